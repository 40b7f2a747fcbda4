"""Published dates from front matter, HTML metadata and JSON fields."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %d %B %Y",
    "%A, %B %d, %Y",
)


def parse_published(value: object) -> date | None:
    """A date from what metadata holds; None when the value is empty.

    Raises ValueError with a readable message when there is a value but it is no date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published date is not a date: {value!r}")
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", text)
    if m:
        return date.fromisoformat(m.group(1))
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"published date not understood: {text!r} (use YYYY-MM-DD)")

"""Publication dates: from front matter, JSON fields, HTML metadata and file names.

A date keeps the precision it was written with: "2025-03-06" stays a day, and
"2025-03-06T09:30:00+09:00" keeps its time and offset, so that two reports of one morning
can still be put in order. ``read_moment`` gives the ISO text a timeline orders by, and a
warning when part of the value could not be used.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import PurePosixPath

from crosscheck.errors import shown

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
_TIMED_FORMATS = (
    "%B %d, %Y %H:%M",
    "%B %d, %Y %I:%M %p",
    "%b %d, %Y %H:%M",
    "%b %d, %Y %I:%M %p",
    "%d %B %Y %H:%M",
    "%Y/%m/%d %H:%M",
)
# A day in a file name or an address (2025-03-06, 20250306, 2025/03/06, 2025.03.06), and
# in a file name maybe a time: 20250306_0930_wire.txt, story.2025-03-06T09-30.html. Years
# 1900-2099 only, so that ids and counts are not dates.
_DAY = r"(?<!\d)((?:19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])"
_FILE_DATE = re.compile(
    _DAY + r"(?:[T_ -]?([01]\d|2[0-3])[-:h.]?([0-5]\d)(?:[-:.]?([0-5]\d))?)?(?!\d)"
)
_URL_DATE = re.compile(_DAY + r"(?!\d)")  # news sites' archives: /2012/11/27/, /20111111.htm


YEARS = range(1800, 2201)  # a publication date outside these is a typo or a placeholder


def read_moment(value: object) -> tuple[str | None, str | None]:
    """A publication moment as ISO text, with a time only when one was written: what
    metadata holds (date, datetime or text); None for an empty value. Raises ValueError
    with a readable message when there is a value but it is no date, or a date no article
    was published on (year 1 or 9999).

    With it, a warning when part of the value was not used: an
    ISO day whose time cannot be ('2024-03-05T25:00:00', an offset of -99:00) is dated by
    its day (almost surely right), and the reader says so naming the file. A time with a
    one-digit hour ('2024-03-05T9:30') is a time like any other."""
    moment, note = _moment(value)
    if moment is not None and int(moment[:4]) not in YEARS:
        written = value.isoformat() if isinstance(value, date) else value  # (YAML's dates)
        raise ValueError(f"date out of range: {shown(written)} (years {YEARS[0]}-{YEARS[-1]})")
    return moment, note


# The time after an ISO day as news metadata writes it when Python's fromisoformat refuses
# it: a one-digit hour, or values no clock shows (hour 25, minute 61, offset -99:00).
_CLOCK = re.compile(
    r"[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?",
    re.I,
)

# A timestamp's time of day and the offset after it, as pages, feeds and front matter write
# them: 'T' or a space after the day, maybe a space before the offset ('2024-03-05T10:00+05:30',
# '2024-03-05 10:00:00 +0530'; YAML allows '2024-3-5' and a one-digit offset hour).
_OFFSET_STAMP = re.compile(
    r"(\d{4}-\d{1,2}-\d{1,2}[Tt ]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)"
    r"\s*([+-]\d{1,2}(?::?\d{2})?)(?![\d:])"
)


def offset(zone: str) -> timedelta:
    """The offset '+05:30', '-0800', '+05' or '+5:30' names. ValueError for one no clock
    shows, hours past 23 or minutes past 59: Python's fromisoformat and YAML's timestamps
    read '+05:99' as +06:39, silently. The one check of an offset: the date readers below,
    the YAML loader and the HTML reader all ask it."""
    sign, digits = zone[0], zone[1:]
    hours, _, minutes = digits.partition(":")
    if not minutes and len(digits) > 2:
        hours, minutes = digits[:-2], digits[-2:]
    if int(hours) > 23 or int(minutes or 0) > 59:
        raise ValueError(f"an offset no clock shows: {zone}")
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return -delta if sign == "-" else delta


def unclocked_offset(text: str) -> bool:
    """Whether ``text``, one timestamp, ends in an offset no clock shows
    ('2024-03-05 10:00:00 +05:99', '2024-03-05T10:00-25:00')."""
    m = _OFFSET_STAMP.search(text)
    if m is None or m.end() != len(text.rstrip()):
        return False
    try:
        offset(m.group(2))
    except ValueError:
        return True
    return False


def drop_unclocked_offsets(text: str) -> str:
    """``text`` (a page) with every timestamp's offset that no clock shows left out, its day
    and time kept: '2024-04-02 12:20:00+25:00' becomes '2024-04-02 12:20:00'."""

    def drop(m: re.Match[str]) -> str:
        try:
            offset(m.group(2))
        except ValueError:
            return m.group(1)
        return m.group(0)

    return _OFFSET_STAMP.sub(drop, text)


def _clock(day: date, m: re.Match[str]) -> datetime:
    """The moment a _CLOCK match names on ``day``; ValueError for a time that cannot be."""
    hour, minute, second, fraction, zone = m.groups()
    tz = None
    if zone and zone.upper() != "Z":
        tz = timezone(offset(zone))
    elif zone:
        tz = UTC
    micro = int((fraction or "0").ljust(6, "0"))
    return datetime.combine(day, time(int(hour), int(minute), int(second or 0), micro, tz))


def _moment(value: object) -> tuple[str | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return _iso(value), None
    if isinstance(value, date):
        return value.isoformat(), None
    if not isinstance(value, str):
        raise ValueError(f"not a date: {shown(value)}")
    text = value.strip()
    if (wrong := no_such_day(text)) is not None:  # written as asked, but never a day
        raise ValueError(f"no such date: {shown(text)} ({wrong})")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text).isoformat(), None
        except ValueError:
            raise ValueError(f"date not understood: {shown(text)} (use YYYY-MM-DD)") from None
    try:
        if not unclocked_offset(text):  # fromisoformat reads +05:99 as +06:39
            return _iso(datetime.fromisoformat(text.replace("Z", "+00:00"))), None
    except ValueError:
        pass
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", text)
    if m:
        try:
            day = date.fromisoformat(m.group(1))
        except ValueError:
            day = None
        clock = _CLOCK.match(text, 10) if day is not None else None
        if day is not None and clock is None:
            return day.isoformat(), None
        if day is not None and clock is not None:
            try:
                moment = _clock(day, clock)
                # a day and words ('10:00 EST'): read by its day
                return (_iso(moment) if clock.end() == len(text) else day.isoformat()), None
            except ValueError:
                return day.isoformat(), (
                    f"time not understood: {shown(text)} (no clock shows it); "
                    f"dated by its day, {day.isoformat()}"
                )
    for fmt in _TIMED_FORMATS:
        try:
            return _iso(datetime.strptime(text, fmt)), None
        except ValueError:
            continue
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat(), None
        except ValueError:
            continue
    from email.utils import parsedate_to_datetime  # (with socket: 1% of every start-up)

    try:
        return _iso(parsedate_to_datetime(text)), None
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"date not understood: {shown(text)} (use YYYY-MM-DD)")


def no_such_day(text: str) -> str | None:
    """Why a date written YYYY-MM-DD (alone or before a time) is no day of the calendar
    ('February 2024 has 29 days'), or None (a day, or not written so). Its reader was
    told to use YYYY-MM-DD, which it had."""
    import calendar

    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])", text)
    if m is None:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        return f"no month {month}"
    if year < 1:
        return "no year 0"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{calendar.month_name[month]} {year} has {days} days"
    return None


def _iso(value: datetime) -> str:
    """A datetime as ISO text to the minute (seconds when written); a midnight with no
    offset is how many sources write a bare day, so it stays a day."""
    if value.tzinfo is None and value.time() == time(0, 0):
        return value.date().isoformat()
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def from_file_name(path: str) -> str | None:
    """The day (and time) a file's name carries, if any: the last such run of digits in
    the name (folders are not read: an archive's year folder is not a date)."""
    name = PurePosixPath(path.replace("\\", "/")).name
    found = None
    for m in _FILE_DATE.finditer(name):
        day = _day(m)
        if day is not None:
            hour, minute, second = m.group(5, 6, 7)
            clock = time(int(hour), int(minute), int(second or 0)) if hour else time(0, 0)
            found = _iso(datetime.combine(day, clock))
    return found


def unreal_day_in_name(path: str) -> str | None:
    """The run of a file's name shaped as a day the calendar lacks ('2024-02-30'), when
    the name holds no real one (from_file_name's None)."""
    name = PurePosixPath(path.replace("\\", "/")).name
    return next((m.group(0) for m in _FILE_DATE.finditer(name) if _day(m) is None), None)


def from_url(url: str | None) -> str | None:
    """The day an article's address carries in its path, if any (not its host or query)."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?")[0]
    days = (_day(m) for m in _URL_DATE.finditer(path))
    return next((d.isoformat() for d in days if d is not None), None)


def _day(m: re.Match[str]) -> date | None:
    """The day a _DAY match names, or None for one the calendar lacks (2024-02-30)."""
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        return None

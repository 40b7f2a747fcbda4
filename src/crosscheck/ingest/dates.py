"""Publication dates: from front matter, JSON fields, HTML metadata, an article's
dateline, its address and its file name.

A date keeps the precision it was written with: "2025-03-06" stays a day, and
"2025-03-06T09:30:00+09:00" keeps its time and offset, so that two reports of one morning
can still be put in order. ``read_moment`` gives the ISO text a timeline orders by, and a
warning when part of the value could not be used.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import PurePosixPath

from crosscheck.errors import shown
from crosscheck.extract.lexicon import MONTHS

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
# Months by name, as news pages and addresses write them: "Jun", "June", "Sept.", "SEPT"
# (the lexicon's MONTHS, longest first; ingest.html's bylines take it too)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
# ... and an address's day with its month by name: /2005/jun/25/ (the Los Angeles Times')
_URL_NAMED_DAY = re.compile(
    r"(?<![a-z0-9])(?P<year>(?:19|20)\d\d)[-_/.]" + _MONTH
    + r"[-_/.](?P<day>0?[1-9]|[12]\d|3[01])(?!\d)", re.I
)  # fmt: skip


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
    """The day an article's address carries in its path, if any (not its host or query):
    /2012/11/27/, /20111111.htm, /2005/jun/25/; the first in the path when it holds two."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I).split("?")[0]
    days = [(m.start(), _day(m)) for m in _URL_DATE.finditer(path)]
    days += [(m.start(), _named_day(m)) for m in _URL_NAMED_DAY.finditer(path)]
    return next((d.isoformat() for _, d in sorted(days) if d is not None), None)


def _named_day(m: re.Match[str]) -> date | None:
    """The day a match with groups year, month (by name) and day names; None for one the
    calendar lacks ("Feb 30, 2013")."""
    try:
        return date(int(m["year"]), MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None


# An article's dateline: the line under its headline that gives its date, as news pages
# print it ("July 26, 2005", "Posted: Sep 27, 2013 5:50 PM", "Last Updated: Monday, 28
# November 2005, 02:24 GMT", "Published on 18th September 2013", "11/28/05"). Read only
# from a line that holds nothing else (at most DATELINE_CHARS characters), among the
# first DATELINE_LINES lines that hold anything after the headline when the text holds
# it (a story titled "September 11, 2001" is not of that day): a date in a sentence ("in
# February 2016") or further down (a chronology, a caption) is not the article's, nor a
# day after tomorrow (a dateline of a zone ahead of the machine's may be of tomorrow).
# Its time of day is not read (its zone is often a name, "EDT", "IST", that says no
# offset): the day alone.
DATELINE_LINES = 8
DATELINE_CHARS = 100
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri"
    r"|sat|sun)\.?,?\s+"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATELINE_DAYS = (  # month first, day first, ISO, and digits with slashes
    rf"(?:{_WEEKDAY})?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})",
    rf"(?:{_WEEKDAY})?(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})",
    r"(?P<year>\d{4})-(?P<mm>\d\d)-(?P<day>\d\d)",
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d\d)",
)
_DATELINE_KIND = (  # (not "Date:", which heads a meeting's or an event's day as well)
    r"(?:(?P<kind>(?:first\s+)?published|posted|(?:last\s+)?updated)(?:\s+on)?:?\s*)?"
)
# its time: "5:50 PM", ", 02:24 GMT", "at 1:24 PM", "| 5:00 PM", "-4:43 pm", "12:00 a.m. MST"
_DATELINE_TIME = (
    r"(?:\s*(?:,|\||-|–|at|@)?\s*\d{1,2}(?::\d\d){0,2}\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?[a-z]{1,5}\)?)?)?"
)
_DATELINES = [re.compile(rf"{_DATELINE_KIND}{day}{_DATELINE_TIME}", re.I) for day in _DATELINE_DAYS]
_LINE_EDGES = " \t*_#>|-–—.:"  # markdown's emphasis and headings, separators


Dateline = tuple[str | None, str | None, str]  # (published, updated, line as written)


def from_dateline(text: str, after: int = 0) -> Dateline | None:
    """The article's (published, updated, line) days from its dateline (ISO text; the
    line as written), or None when its first lines hold none; ``after``: where the text's
    headline ends, when the text holds one (a date alone in it is no dateline; "Posted:
    July 26, 2005" taken for a headline still is). A line "Updated: ..." gives
    the update; any other dateline the publication; a second dateline of a kind already
    found is not read. Digits with slashes are read only when they can be read one way
    ("11/28/05", "28/11/2005"; not "04/02/07": April or February)."""
    return read_dateline(text, after)[0]


def read_dateline(text: str, after: int = 0) -> tuple[Dateline | None, tuple[str, str] | None]:
    """``from_dateline``'s days, and when it finds none because every dateline names a
    day after tomorrow, the first as written and the day it was read as (ISO: "11/28/68"
    is 2068, as strptime reads two digits): no article is of a day to come, so none is
    read, and the reader is told (a slip such as "2027" for "2026"). The lines are read
    once."""
    found: dict[str, str] = {}
    written: dict[str, str] = {}  # each kind's line
    latest = latest_day()
    first: tuple[str, str] | None = None  # the first dateline, whatever its day
    for kind, day, line in _datelines(text, after):
        first = first or (line, day.isoformat())
        if day <= latest and kind not in found:
            found[kind], written[kind] = day.isoformat(), line
    if not found:
        return None, first
    published, updated = found.get("published"), found.get("updated")
    if published and updated and updated <= published:
        updated = None  # (an update before the publication, or that day: none to place)
    return (published, updated, written.get("published") or written["updated"]), None


def _datelines(text: str, after: int) -> Iterator[tuple[str, date, str]]:
    """Each dateline in the first lines of ``text`` (past ``after``, where its headline
    ends, unless it says what it is): its kind ("published", "updated"), the day it
    names (one of the calendar, whenever it is) and the line as written."""
    for at, line in itertools.islice(_lines(text), DATELINE_LINES + (after > 0)):
        bare = line.strip(_LINE_EDGES)
        if len(bare) > DATELINE_CHARS:
            continue
        for pattern in _DATELINES:
            m = pattern.fullmatch(bare)
            if m is None:
                continue
            if at < after and not m["kind"]:
                break  # the headline, a date alone ("September 11, 2001"): not its day
            day = _dateline_day(m)
            if day is not None:
                kind = "updated" if "updat" in (m["kind"] or "").lower() else "published"
                yield kind, day, line.strip()
            break


def latest_day() -> date:
    """The latest day an article may be of: tomorrow (a zone ahead may be there already)."""
    return date.today() + timedelta(days=1)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` that holds anything, with where it starts, read as asked
    (the dateline is in the first few: a 10 MB text is not split whole)."""
    at = 0
    while at <= len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            yield at, text[at:end]
        at = end + 1


def _dateline_day(m: re.Match[str]) -> date | None:
    """The day a dateline pattern's match names, or None: a day the calendar lacks, a
    year outside YEARS, digits with slashes that can be read as two days (a day to come
    is one: from_dateline leaves it)."""
    groups = m.groupdict()
    year = int(groups["year"])
    if len(groups["year"]) == 2:  # as strptime's %y: 69-99 the 1900s, 00-68 the 2000s
        year += 1900 if year >= 69 else 2000
    if year not in YEARS:
        return None
    if groups.get("a") is not None:
        a, b = int(groups["a"]), int(groups["b"])
        if a != b and a <= 12 and b <= 12:
            return None  # month first or day first: either could be meant
        month, day = (a, b) if b > 12 or a == b else (b, a)
    else:
        month = MONTHS[groups["month"].lower()] if groups.get("month") else int(groups["mm"])
        day = int(groups["day"])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(m: re.Match[str]) -> date | None:
    """The day a _DAY match names, or None for one the calendar lacks (2024-02-30)."""
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        return None

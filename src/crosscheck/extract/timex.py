"""Time expressions: found in a sentence, normalised to ISO dates (inclusive) against the
document's published date when one is known.

Explicit dates and years need no anchor ("March 6, 2025", "February 2016", "in 2006"); a
month with no year keeps the month as ISO "--MM" when nothing anchors it. Relative
expressions ("last year", "the first two months of this year", "a few days ago", "early
Thursday") are resolved against the published date; without one they keep their surface
with ``start``/``end`` null and ``relative`` true.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from crosscheck.extract.lexicon import MONTHS, UNITS_WORDS
from crosscheck.model import TimeSpan

# a month name as written, for the patterns here and in crosscheck.extract.scope
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
YEAR = r"(?:1[89]|20)\d{2}"  # a year a news article names
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)"
_PART = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b(?:{WEEKDAY},?\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH})\s+(\d{{4}})\b")),
    ("first_n", re.compile(
        rf"\b(?:the\s+)?(first|last|past)\s+({_NUM}|\d+)\s+(days?|weeks?|months?|years?|quarters?)"
        r"(?:\s+of\s+(this|last|next)\s+year|\s+of\s+(\d{4}))?", re.IGNORECASE)),
    ("first_half", re.compile(
        r"\b(?:the\s+)?(first|second)\s+(half|quarter)\s+of\s+(?:(this|last|next)\s+year|(\d{4}))",
        re.IGNORECASE)),
    ("ago", re.compile(rf"\b({_NUM}|\d+)\s+(days?|weeks?|months?|years?)\s+ago\b", re.IGNORECASE)),
    ("months_and", re.compile(
        rf"\b(?:{_PART}\s+)?({MONTH})\s+(?:and|to|through|-|–)\s+({MONTH})(?:\s+(\d{{4}}))?"
        r"(?:\s+(this|last|next)\s+year)?\b")),
    ("month_year", re.compile(rf"\b(?:({_PART})\s+)?({MONTH})\s+(?:of\s+)?(\d{{4}})\b", re.IGNORECASE)),
    ("month_rel", re.compile(
        rf"\b(?:(?i:around|in|since|by|until)\s+)?(?:({_PART})\s+)?({MONTH})\s+(this|last|next)\s+year\b")),
    ("last_month", re.compile(rf"\b((?i:last|this|next))\s+({MONTH})\b")),
    ("month_day", re.compile(rf"\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")),
    ("part_month", re.compile(rf"\b({_PART})\s+({MONTH})\b", re.IGNORECASE)),
    ("in_month", re.compile(rf"\b(?i:in|since|by|until|during|from)\s+({MONTH})\b")),
    ("rel_year", re.compile(
        r"\b(?:(earlier|later)\s+)?(last|this|next|previous)\s+(year|month|week)\b", re.IGNORECASE)),
    # ("the next Monday" is the one after a day the story told of, not after the article's)
    ("weekday", re.compile(rf"\b(?:(early|late|last|on|(?<!the\s)next|this\s+coming|coming)\s+)?"
                           rf"({WEEKDAY})\b", re.IGNORECASE)),
    ("deictic", re.compile(r"\b(yesterday|today|tonight|this morning|this afternoon|this evening)\b",
                           re.IGNORECASE)),
    ("year", re.compile(r"\b(?:in|since|by|until|during|from|of|before|after|early|late|mid-?)\s+"
                        rf"({YEAR})\b(?:\s+(?:and|to|-|–)\s+({YEAR})\b)?",
                        re.IGNORECASE)),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimeMention:
    start: int  # sentence-relative offsets
    end: int
    span: TimeSpan


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(word: str) -> tuple[int, int]:
    low = word.lower()
    if low.isdecimal():
        return int(low), int(low)
    if low in ("a few", "several"):
        return 2, 5
    if low == "a couple of":
        return 2, 3
    return UNITS_WORDS.get(low, 1), UNITS_WORDS.get(low, 1)


def _month_range(year: int, month: int, part: str | None = None) -> tuple[date, date]:
    last = calendar.monthrange(year, month)[1]
    part = (part or "").lower()
    if part == "early" or "beginning" in part or "start" in part:
        return date(year, month, 1), date(year, month, 10)
    if part == "mid":
        return date(year, month, 11), date(year, month, 20)
    if part == "late" or "end" in part:
        return date(year, month, 21), date(year, month, last)
    return date(year, month, 1), date(year, month, last)


def _span(surface: str, a: date | None, b: date | None, gran: str, relative: bool) -> TimeSpan:
    return TimeSpan(
        surface=surface,
        start=a.isoformat() if a else None,
        end=b.isoformat() if b else None,
        granularity=gran,  # type: ignore[arg-type]
        relative=relative,
    )


def _unanchored_month(surface: str, month: int) -> TimeSpan:
    return TimeSpan(surface=surface, start=f"--{month:02d}", end=f"--{month:02d}",
                    granularity="month", relative=False)  # fmt: skip


def _year_of(rel: str | None, anchor: date | None) -> int | None:
    if anchor is None:
        return None
    return {"last": anchor.year - 1, "previous": anchor.year - 1, "next": anchor.year + 1}.get(
        (rel or "this").lower(), anchor.year
    )


def _past_month_year(month: int, anchor: date | None) -> int | None:
    """A bare month in news copy is the latest such month up to the published date."""
    if anchor is None:
        return None
    return anchor.year if month <= anchor.month else anchor.year - 1


def find_times(text: str, anchor: date | None) -> list[TimeMention]:
    """Time expressions of a sentence, longest first where they overlap."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []  # disjoint spans, sorted: overlap is a bisection
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            try:
                span = _normalise(kind, m, anchor)
            except (ValueError, OverflowError):
                # a date the calendar lacks: 'built 2500 years ago' reaches back before
                # the year 1, 'In March 0000', '9999999 days ago'; no time frame
                span = None
            if span is None:
                continue
            found.append(TimeMention(start, end, span))
            taken.insert(i, (start, end))
    return sorted(found, key=lambda t: t.start)


def _normalise(kind: str, m: re.Match[str], anchor: date | None) -> TimeSpan | None:
    s = m.group(0)
    g = m.groups()
    if kind == "iso":
        try:
            d = date(int(g[0]), int(g[1]), int(g[2]))
        except ValueError:
            return None
        return _span(s, d, d, "day", False)
    if kind in ("mdy", "dmy"):
        mon, day, year = (g[0], g[1], g[2]) if kind == "mdy" else (g[1], g[0], g[2])
        try:
            d = date(int(year), _month(mon), int(day))
        except ValueError:
            return None
        return _span(s, d, d, "day", False)
    if kind == "first_n":
        which, num, unit, rel, year = g
        lo, hi = _count(num)
        unit = unit.lower().rstrip("s")
        if which.lower() == "first":
            y = int(year) if year else _year_of(rel, anchor)
            if y is None or unit not in ("month", "quarter"):
                return _span(s, None, None, "month", True)
            months = hi * (3 if unit == "quarter" else 1)
            end_month = min(12, months)
            return _span(s, date(y, 1, 1), date(y, end_month, calendar.monthrange(y, end_month)[1]),
                         "month" if unit == "month" else "quarter", rel is not None or not year)  # fmt: skip
        if anchor is None:
            return _span(s, None, None, _gran(unit), True)
        start = _minus(anchor, hi, unit)
        return _span(s, start, anchor, _gran(unit), True)
    if kind == "first_half":
        which, part, rel, year = g
        y = int(year) if year else _year_of(rel, anchor)
        if y is None:
            return _span(s, None, None, "quarter", True)
        if part.lower() == "half":
            first_m, last_m = (1, 6) if which.lower() == "first" else (7, 12)
        else:
            first_m, last_m = (1, 3) if which.lower() == "first" else (4, 6)
        return _span(s, date(y, first_m, 1),
                     date(y, last_m, calendar.monthrange(y, last_m)[1]), "quarter",
                     year is None)  # fmt: skip
    if kind == "ago":
        lo, hi = _count(g[0])
        unit = g[1].lower().rstrip("s")
        if anchor is None:
            return _span(s, None, None, _gran(unit), True)
        return _span(s, _minus(anchor, hi, unit), _minus(anchor, lo, unit), _gran(unit), True)
    if kind == "months_and":
        m1, m2, year, rel = _month(g[0]), _month(g[1]), g[2], g[3]
        y = int(year) if year else (_year_of(rel, anchor) if rel else _past_month_year(m2, anchor))
        if y is None:
            return TimeSpan(s, f"--{m1:02d}", f"--{m2:02d}", "month", False)
        return _span(s, date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1]), "month",
                     not year)  # fmt: skip
    if kind == "month_year":
        part, mon, year = g
        a, b = _month_range(int(year), _month(mon), part)
        return _span(s, a, b, "month", False)
    if kind == "month_rel":
        part, mon, rel = g
        y = _year_of(rel, anchor)
        if y is None:
            return _span(s, None, None, "month", True)
        a, b = _month_range(y, _month(mon), part)
        return _span(s, a, b, "month", True)
    if kind == "last_month":
        rel, mon = g
        month = _month(mon)
        if anchor is None:
            return _span(s, None, None, "month", True)
        if rel.lower() == "last":
            y = anchor.year if month < anchor.month else anchor.year - 1
        elif rel.lower() == "next":
            y = anchor.year if month > anchor.month else anchor.year + 1
        else:
            y = anchor.year
        a, b = _month_range(y, month)
        return _span(s, a, b, "month", True)
    if kind == "month_day":
        mon, day = g
        month = _month(mon)
        y = _past_month_year(month, anchor)
        if y is None:
            return TimeSpan(s, f"--{month:02d}-{int(day):02d}", f"--{month:02d}-{int(day):02d}",
                            "day", False)  # fmt: skip
        try:
            d = date(y, month, int(day))
        except ValueError:
            return None
        return _span(s, d, d, "day", True)
    if kind in ("part_month", "in_month"):
        part, mon = (g[0], g[1]) if kind == "part_month" else (None, g[0])
        month = _month(mon)
        if mon.lower() == "may" and kind == "in_month" and not part:
            pass  # "in May" is a month; the modal "may" never follows "in"
        y = _past_month_year(month, anchor)
        if y is None:
            return _unanchored_month(s, month)
        a, b = _month_range(y, month, part)
        return _span(s, a, b, "month", True)
    if kind == "rel_year":
        side, rel, unit = g
        unit = unit.lower()
        if anchor is None:
            return _span(s, None, None, unit if unit != "week" else "day", True)
        if unit == "year":
            y = _year_of(rel, anchor)
            assert y is not None
            a, b = date(y, 1, 1), date(y, 12, 31)
            if (side or "").lower() == "earlier" and y == anchor.year:
                b = anchor  # "earlier this year": up to the day of publication
            elif (side or "").lower() == "later" and y == anchor.year:
                a = anchor
            return _span(s, a, b, "year", True)
        if unit == "month":
            first = anchor.replace(day=1)
            if rel.lower() in ("last", "previous"):
                first = (first - timedelta(days=1)).replace(day=1)
            elif rel.lower() == "next":
                first = (first + timedelta(days=32)).replace(day=1)
            a, b = _month_range(first.year, first.month)
            return _span(s, a, b, "month", True)
        monday = anchor - timedelta(days=anchor.weekday())
        if rel.lower() in ("last", "previous"):
            monday -= timedelta(days=7)
        elif rel.lower() == "next":
            monday += timedelta(days=7)
        return _span(s, monday, monday + timedelta(days=6), "day", True)
    if kind == "weekday":
        qual, wd = g
        if anchor is None:
            return _span(s, None, None, "day", True)
        target = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                  "sunday"].index(wd.lower())  # fmt: skip
        said = (qual or "").lower().split()  # (["this", "coming"], ["last"], ...)
        if said and said[-1] in ("next", "coming"):
            ahead = (target - anchor.weekday()) % 7  # "next Friday": the coming one
            d = anchor + timedelta(days=ahead or 7)
            return _span(s, d, d, "day", True)
        delta = (anchor.weekday() - target) % 7
        if said == ["last"] and delta == 0:
            delta = 7
        d = anchor - timedelta(days=delta)
        return _span(s, d, d, "day", True)
    if kind == "deictic":
        if anchor is None:
            return _span(s, None, None, "day", True)
        d = anchor - timedelta(days=1) if g[0].lower() == "yesterday" else anchor
        return _span(s, d, d, "day", True)
    if kind == "year":
        y1 = int(g[0])
        y2 = int(g[1]) if g[1] else y1
        if y2 < y1:
            return None
        surface_start = m.start(1) - m.start(0)
        return _span(s[surface_start:], date(y1, 1, 1), date(y2, 12, 31), "year", False)
    return None


def _gran(unit: str) -> str:
    return {"day": "day", "week": "day", "month": "month", "year": "year", "quarter": "quarter"}[
        unit
    ]


def _minus(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d - timedelta(days=n)
    if unit == "week":
        return d - timedelta(weeks=n)
    months = n * {"month": 1, "quarter": 3, "year": 12}[unit]
    y, mth = divmod(d.year * 12 + d.month - 1 - months, 12)
    day = min(d.day, calendar.monthrange(y, mth + 1)[1])
    return date(y, mth + 1, day)

"""One place for numeric judgement: the interval a claim's wording allows, written
precision, unit conversion, and whether two claims can both be true.

Used by the matcher (which pairs are compatible), the rules (which groups disagree) and the
report (the compare view), so what a finding says and what the page shows cannot differ.

- Qualifiers: "at least"/"more than" open upwards, "up to"/"fewer than" downwards, a range
  is its bounds (its ends loose as a plain figure's: "800 to 1,000" meets "more than
  1,000" as a plain 1,000 does, and misses "at least 1,001" as it does), "about" widens
  by the rule's ``approx_tolerance``; "nearly" and "almost" widen towards zero only (short
  of the figure). "More than 300" is above 300, "fewer
  than 300" and "nearly 300" below it: such ends exclude the figure itself (``ends``), so
  "nearly 300" and "more than 300" cannot both be true, nor "at least 300" and "fewer
  than 300", while either can be said of what another article writes as a plain or
  "about" 300 (which may be a rounding). A range and such a bound at its end ("800 to
  1,000" and "more than 1,000") meet only there, at the figure the bound excludes: both
  hold only if the range's end is a rounding (``touching``), which the rules say in words.
- Written precision: a figure stands for the interval its last written digit allows when
  the writer rounded: "22 billion" covers 22.4 billion, "about 11,000" covers 10,800, a
  measurement "16 km" covers 16.09 km. A plain count ("10 people") is exact. A fraction
  written in words ("half", "a third", "two-thirds of", "half a million") is a rounding
  to its denominator: its step is one part of that denominator (a third of the whole for
  "two-thirds"), so it covers half a part either way, never more than the tolerance, as
  any rounded figure ("half of voters" is 45-55% at 10%, wider than "50%"; "a third" meets
  "35%"). A plain count written round from a thousand up ("50,500 offences") is exact
  as written, but may be a rounding of a figure near it (``rounds_to``: 50,489), which
  the rules say rather than call the two a contradiction.
- Tolerance: two figures are the same figure (``same_figure``) within the rule's relative
  and absolute tolerance, or when one is a rounding of the other; wordings that cannot
  both hold are never the same figure, and how far apart they are (``gap``, between
  their intervals) says whether they miss each other by more than that tolerance.
- Conversion: lengths, areas, masses, volumes and speeds are compared in one base unit each,
  with the precision of the figure as written in its own unit.
"""

from __future__ import annotations

import decimal
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from crosscheck.model import (
    BARE_DEGREE,
    LOWER_BOUNDS,  # (the qualifiers of bounds, defined with Qualifier)
    OPEN_BOUNDS,
    UPPER_BOUNDS,
    Claim,
    name_in_words,
)

INF = math.inf

# Words that name an order of magnitude, not a count ("dozens of people").
VAGUE_WORDS = frozenset(
    "dozens scores hundreds thousands tens millions billions several many few numerous".split()
)
# Full stops as thousands separators (European style), the one definition the tokenizer
# (extract/numbers.py) and written precision read: two or more groups of three digits after
# a first digit that is no zero ("1.000.000", "12.500.000"; "06.123.456" is a phone or a
# date), and a decimal comma of one or two digits after them ("1.000.000,50"); or one
# group with such a decimal comma ("1.234,56": no English figure has a comma after its
# decimals). One group alone ("1.000") is no such figure: a decimal as English writes it.
DOT_GROUPS = r"[1-9]\d{0,2}(?:(?:\.\d{3}){2,}(?:,\d{1,2}(?!\d))?|\.\d{3},\d{1,2}(?!\d))(?!\.?\d)"
# The words that scale a figure by a power of a thousand ("3 million"), the one list the
# tokenizer (extract/numbers.py) reads (their values: lexicon)
SCALE_NAMES = ("thousand", "million", "billion", "trillion", "quadrillion")
# A decimal comma before a scale word ("3,5 thousand", "2,5 million euros", "€2,5bn"): a
# comma with one or two digits after it groups no thousands, and a scale word leaves no
# list ("1,2 and 3" stays three figures, and so does "1,2,3 million": none after a
# comma). The tokenizer joins it into one token before any scale word it reads after a
# decimal point (extract/numbers.py, _decimal_commas); this is the figure's own digits, as
# its value and written precision read them once it is one token.
DECIMAL_COMMA_SHAPE = re.compile(r"\d{1,3},\d{1,2}")
# Marks between groups of digits besides the full stop, the one list the tokenizer and
# written precision read: the comma, the full-width comma and the Arabic thousands
# separator ("3,000", "３，０００", "٣٬٠٠٠"), and the spaces typeset between groups of three
# (no-break, narrow no-break and thin: "12 000", as SI and French write it). A plain space
# only before "000" here; elsewhere the tokenizer tells prose from a table's row
# (numbers._plain_spaced), and written precision reads what it joined (_figures).
COMMA_GROUPS = ",\uff0c\u066c"
SPACE_GROUPS = "\u00a0\u202f\u2009"
_GROUP_MARK = re.compile(f"[{COMMA_GROUPS}{SPACE_GROUPS} ]")


def ungrouped(digits: str) -> str:
    """A figure's digits without the marks between their groups ('12 000', '３，０００'):
    the one removal the tokenizer's value and written precision both make."""
    return _GROUP_MARK.sub("", digits)


# Groups of three typeset apart: "12 000" (those spaces), and with a plain space only
# before groups of three zeros ("12 000": "000" is never a figure of its own; "12 500"
# with a plain space may be two, in a table).
SPACED_GROUPS = (
    rf"(?<!\d)(?<!\d[\x20{SPACE_GROUPS}])\d{{1,3}}(?:[{SPACE_GROUPS}]\d{{3}}|\x20000)+"
    rf"(?!\d|[\x20{SPACE_GROUPS}]\d)"  # (\x20: the tokenizer's pattern is verbose)
)
# Digits and groups of three after plain spaces ("5 600", "1 234 567"): one figure where
# the tokenizer finds prose around them (numbers._plain_spaced), never in its pattern
PLAIN_SPACED_GROUPS = r"(?<![\d.,])[1-9][0-9]{0,2}(?:\x20[0-9]{3})+(?![0-9])"


# A figure's digits as the extractor reads them (numbers.py): whole part ("1,000",
# "1.000.000,50"), decimals, a power of ten ("2.5e3"). Its scale is the extractor's
# (Claim.scale).
def _figure_pattern(plain: str = "") -> re.Pattern[str]:
    """The pattern of a figure's digits, with ``plain`` (an alternative and its "|") tried
    before the typeset groups."""
    return re.compile(
        rf"({DOT_GROUPS}|{plain}{SPACED_GROUPS}|\d[\d{COMMA_GROUPS}]*)(?:\.(\d+))?"
        r"(?:[eE]([-+]?\d{1,2})(?![A-Za-z]))?"
    )


_FIGURE = _figure_pattern()
# The same with groups of three after plain spaces, which the tokenizer joins into one
# figure where prose writes them so ("Some 5 600 Rohingya refugees"; numbers._plain_spaced)
_FIGURE_PLAIN_SPACED = _figure_pattern(PLAIN_SPACED_GROUPS + "|")


def _figures(c: Claim) -> list[re.Match[str]]:
    """The figures written in the claim's text (``_FIGURE``), its own first; its digits
    and groups of three after plain spaces one figure where the extractor read them so
    (its value: "5 600 Rohingya refugees" is 5,600, "44 737 MAX aircraft" 44)."""
    found = list(_FIGURE.finditer(c.text))
    if not found or c.text[found[0].end() : found[0].end() + 1] != " ":
        return found
    wide = list(_FIGURE_PLAIN_SPACED.finditer(c.text))
    if wide[0].end(1) <= found[0].end(1):
        return found
    whole = float(ungrouped(wide[0].group(1))) * (c.factor or 1.0)
    # (a range's first end: its lower bound, the value its middle)
    ends = (abs(c.value), c.lower, c.upper)
    return wide if any(e is not None and math.isclose(whole, abs(e)) for e in ends) else found


# Units as the extractor names them -> (dimension, factor to the base unit): those of the
# metric system, the others of a dimension the metric system measures too (miles, feet,
# pounds, gallons, acres, knots; pressures and radiation below), and units of time, which
# are neither.
Dimension = tuple[str, float]
_METRIC_UNITS: dict[str, Dimension] = {
    "metre": ("length", 1.0), "kilometre": ("length", 1e3), "centimetre": ("length", 0.01),
    "millimetre": ("length", 1e-3),
    "square metre": ("area", 1.0), "square kilometre": ("area", 1e6), "hectare": ("area", 1e4),
    "kilogram": ("mass", 1.0), "gram": ("mass", 1e-3), "tonne": ("mass", 1e3),
    "litre": ("volume", 1.0), "millilitre": ("volume", 1e-3),
    "cubic centimetre": ("volume", 1e-3),
    "newton metre": ("torque", 1.0),
    "kilometre per hour": ("speed", 1 / 3.6), "metre per second": ("speed", 1.0),
    "watt": ("power", 1.0), "kilowatt": ("power", 1e3), "megawatt": ("power", 1e6),
    "gigawatt": ("power", 1e9), "terawatt": ("power", 1e12),
}  # fmt: skip
_OTHER_UNITS: dict[str, Dimension] = {
    "mile": ("length", 1609.344), "foot": ("length", 0.3048), "inch": ("length", 0.0254),
    "yard": ("length", 0.9144), "nautical mile": ("length", 1852.0),
    "square mile": ("area", 2.589988e6), "square foot": ("area", 0.09290304),
    "acre": ("area", 4046.8564),
    "pound": ("mass", 0.45359237), "ounce": ("mass", 0.028349523),
    "pound-mass": ("mass", 0.45359237),  # (quantulum3's name of a weight in pounds)
    # (not "ton" alone: a short, a long or a metric ton, as the writer's country has it)
    "short ton": ("mass", 907.18474), "long ton": ("mass", 1016.0469088),
    "gallon": ("volume", 3.785411784),
    "pound-foot": ("torque", 1.3558179483),
    "mile per hour": ("speed", 0.44704), "knot": ("speed", 0.514444),
}  # fmt: skip
# Pressures, in pascals: the metric ones (a weather chart's hectopascals and millibars, a
# tyre's or a pipe's bar and kilopascals) and the others news writes (psi, atmospheres, a
# barometer's inches or millimetres of mercury). quantulum3's names, and the extractor's
# (extract.units: "inches of mercury", "pounds per square inch").
_METRIC_PRESSURES: dict[str, Dimension] = {
    "pascal": ("pressure", 1.0), "hectopascal": ("pressure", 100.0),
    "kilopascal": ("pressure", 1e3), "megapascal": ("pressure", 1e6),
    "bar": ("pressure", 1e5), "millibar": ("pressure", 100.0),
}  # fmt: skip
_OTHER_PRESSURES: dict[str, Dimension] = {
    "pound per square inch": ("pressure", 6894.757293168),
    "kilopound per square inch": ("pressure", 6894757.293168),
    "standard atmosphere": ("pressure", 101325.0),
    "millimeter of mercury": ("pressure", 133.322387415),
    "inch of mercury": ("pressure", 3386.389),
}  # fmt: skip
_TIME_UNITS: dict[str, Dimension] = {
    "second": ("time", 1.0), "minute": ("time", 60.0), "hour": ("time", 3600.0),
    "day": ("time", 86400.0), "week": ("time", 604800.0), "month": ("time", 2629800.0),
    "year": ("time", 31557600.0),
}  # fmt: skip
# Radiation as nuclear news writes it: doses (sieverts, rems), activity (becquerels,
# curies), a dose per hour, day or year, an activity per kilogram or litre of food,
# water or air. Not grays, an absorbed dose: into sieverts only with the radiation's weighting.
_SI_DOSES = {"sievert": 1.0, "millisievert": 1e-3, "microsievert": 1e-6, "nanosievert": 1e-9}
_SI_ACTIVITIES = {"becquerel": 1.0, "kilobecquerel": 1e3, "megabecquerel": 1e6,
                  "gigabecquerel": 1e9, "terabecquerel": 1e12, "petabecquerel": 1e15}  # fmt: skip
_OTHER_DOSES = {"rem": 1e-2, "millirem": 1e-5}
_OTHER_ACTIVITIES = {"curie": 3.7e10, "millicurie": 3.7e7, "microcurie": 3.7e4,
                     "nanocurie": 37.0, "picocurie": 0.037}  # fmt: skip


def _radiation(doses: dict[str, float], activities: dict[str, float]) -> dict[str, Dimension]:
    """The units of doses and activities, and their rates, by dimension."""
    table = {u: ("radiation dose", k) for u, k in doses.items()}
    table |= {f"{u} per {t}": (f"radiation dose per {t}", k)
              for u, k in doses.items() for t in ("hour", "day", "year")}  # fmt: skip
    table |= {u: ("radioactivity", k) for u, k in activities.items()}
    table |= {f"{u} per {m}": (f"radioactivity per {m}", k)
              for u, k in activities.items() for m in ("kilogram", "litre")}  # fmt: skip
    return table


_METRIC_RADIATION = _radiation(_SI_DOSES, _SI_ACTIVITIES)
_OTHER_RADIATION = _radiation(_OTHER_DOSES, _OTHER_ACTIVITIES)
# Points of a percentage, the units of a change in a rate ("raised rates by a quarter of a
# percentage point", "by 25 basis points"): figures of kind "percent" that convert. A
# percent beside them is read in percentage points (``base``), as the rules and the
# matcher compared the two as written before basis points converted: news writes a
# rate's change both ways ("mortgage rates rose 0.25%" of a rate up 0.25 percentage
# point), and "0.25%" is never 25 basis points as written
POINTS: dict[str, Dimension] = {
    "percentage point": ("percentage points", 1.0), "basis point": ("percentage points", 0.01),
}  # fmt: skip
_PERCENT = {"percent": POINTS["percentage point"]}


def _dimension(unit: str | None) -> Dimension | None:
    """A unit's dimension and factor into its base unit (CONVERSIONS, which holds POINTS),
    a percent's in percentage points; None for a unit that converts into nothing."""
    return CONVERSIONS.get(unit or "") or _PERCENT.get(unit or "")


def gap_unit(unit: str) -> str:
    """The unit a gap between two figures in ``unit`` is said in: a gap between percents
    is in percentage points (POINTS), any other in the figures' unit."""
    return "percentage point" if unit == "percent" else unit


CONVERSIONS: dict[str, Dimension] = {
    **_METRIC_UNITS, **_OTHER_UNITS, **_METRIC_PRESSURES, **_OTHER_PRESSURES,
    **_METRIC_RADIATION, **_OTHER_RADIATION, **_TIME_UNITS, **POINTS,
}  # fmt: skip
# Temperatures, whose scales' zeros differ: degrees Fahrenheit into degrees Celsius are
# multiplied by 5/9 after 32 is taken off (an affine map, Scale); keyed in lower case, as
# the extractor writes 'degree Celsius' and 'degree fahrenheit'
TEMPERATURES: dict[str, tuple[float, float]] = {
    "degree celsius": (1.0, 0.0), "degree fahrenheit": (5 / 9, -32 * 5 / 9),
}  # fmt: skip
# The named degrees a degree of no named scale (model.BARE_DEGREE) may stand for: the bare
# one is taken as the named one's scale.
NAMED_DEGREES = frozenset(TEMPERATURES)
# Units the matcher (its pair features, candidate pairs and links) reads as written, not
# converted, in lower case: the shipped pair model was fitted on them so. Converting
# temperatures there moved its training pairs (16 more of 65,073), and a refit so lost
# two tested groupings elsewhere (docs/evaluation.md, sixty-fifth round); pounds likewise
# (the twenty-second round). The rules and the report convert them.
MATCHER_AS_WRITTEN = NAMED_DEGREES | {"pound-mass"}
# a measure in a metric unit and one in another unit of its dimension are one figure
# converted (rounded_conversion)
METRIC = frozenset(_METRIC_UNITS) | frozenset(_METRIC_PRESSURES) | frozenset(_METRIC_RADIATION)


# Hedges that put the figure short of what is written ("nearly 300", "almost eight minutes").
SHORT_OF = ("nearly", "almost")
APPROX_TOLERANCE = 0.10  # "about 11,000" allows +-10% unless a rule says otherwise
# How far a plain count written round may stand from a figure it may round, less than
# this share of it (``rounds_to``): "50,500" of 50,489 and "45,000" of 44,612 (0.9%);
# not "3,000" of 3,050 (1.7%), nor "1,000" of 1,010.
ROUND_COUNT_SHARE = 0.01


def about(value: float, tolerance: float = APPROX_TOLERANCE) -> tuple[float, float]:
    """An 'about' figure's interval, lower end first ('about -1,500' is -1,650 to -1,350,
    not the other way round)."""
    a, b = value * (1 - tolerance), value * (1 + tolerance)
    return min(a, b), max(a, b)


def hedged_range(c: Claim) -> bool:
    """A range under a hedge ('about 100 to 200', 'nearly 10 to 12', 'roughly 3km-5km'):
    the record keeps the written ends, its figure their middle; 'about 150' keeps the
    interval 'about' gives (``about``), 'nearly 300' that interval up to 300."""
    lo, hi = c.lower, c.upper
    if c.qualifier != "approx" or lo is None or hi is None or not lo < c.value < hi:
        return False
    # ('about 1,800 to 2,200' has the ends 'about 2,000' has, and is judged as that: the
    # same interval, unwidened; the figures written are not read again here)
    return not about_ends(c.value, lo, hi)


def about_ends(value: float, lo: float | None, hi: float | None) -> bool:
    """Whether ``lo`` and ``hi`` are the ends 'about' ``value`` has (``about``), as a
    record keeps them, whatever the rounding of their floats ('about 100' ends at
    110.00000000000001; a written '90 to 110' at 110)."""
    a, b = about(value)
    return lo is not None and hi is not None and math.isclose(lo, a) and math.isclose(hi, b)


def ranged(c: Claim) -> bool:
    """A range as written, hedged or not ('10 to 12', 'about 100 to 200'): the figures it
    writes are its two ends, not its middle."""
    return c.qualifier == "range" or hedged_range(c)


def is_vague(c: Claim) -> bool:
    """'dozens', 'hundreds of', 'scores of': an order of magnitude, never a figure to compare."""
    first = c.text.split()[0].lower().strip(".,") if c.text.split() else ""
    return first in VAGUE_WORDS or (c.text.lower().startswith(("tens of", "a few")))


def written_step(c: Claim) -> float:
    """The size of the last written digit, in the claim's unit: 1e8 for '22.4 billion',
    1e6 for '100 million' (the digits before a scale word are exact), 1,000 for '11,000'
    when rounding is meant, 0.1 for '1.5'; for a fraction in words one part of its
    denominator (``written_fraction``): 100/3 (percent) for 'two-thirds of', 500,000 for
    'half a million'. 0 when unknown."""
    return _written_step(c, written_fraction(c))


def _written_step(c: Claim, parts: tuple[int, int] | None) -> float:
    """written_step, the claim's ``written_fraction`` already read."""
    if parts is not None:
        return abs(c.value) / parts[0]
    half = c.half
    if half:  # 'and a half': written to the half of what it counts, in digits or words
        value = abs(c.value)
        return half if math.isfinite(value) and value / half == int(value / half) else 0.0
    # a figure in words has no digits of its own ("two million Covid-19 vaccine doses")
    figures = [] if c.in_words else _figures(c)
    if not figures:
        return _worded_step(c)
    m = figures[0]
    step = _step(m, c.scale)
    if c.scale == 1:
        # words that set no scale of their own multiplied the digits, as the extractor read
        # them (Claim.factor): '3 hundred thousand' is written to the hundred thousand as
        # '300,000' is, '5 hundred' to the hundred, '2.998 x 10^8' to the hundred thousand
        step *= c.factor
    # digits before a scale word are exact, unless the figure is more than they say: a
    # fraction of the scale ('4 3/4 million' is not to the million): unknown
    return step if c.scale == 1 or _whole(abs(c.value) / step) else 0.0


def _hedge_step(c: Claim) -> float:
    """How far "about" reaches a figure as written (_interval): its last written digit's
    place, widened by its trailing zeros ("about $40 billion" to the ten billion, "about
    $1.80" to the ten cents, as "about 80%" to the ten) and by five for a last digit 5
    ("about 1,250" to the fifty, "about 7.5%" to the half); 0 (the tolerance alone) for a
    figure in words ("about two dozen"), a range written whole ("about 1,800 to 2,200",
    which a claim may hold as its middle) or a conversion ("(about $505 million)": the
    rate's, not the writer's rounding)."""
    if c.in_words or c.converted:
        return 0.0
    figures = _figures(c)
    if len(figures) > 1 and _RANGE_LINK.fullmatch(c.text[figures[0].end() : figures[1].start()]):
        return 0.0  # (a figure in its noun is no range's end: "about 1,400 Covid-19 patients")
    step = _claim_step(c)  # (cached: the step every pair of the claim asks)
    value = abs(c.value)
    if step <= 0:
        return 0.0
    # (a last 5 of two digits or more: "about 15" to the five, "about 5" to the unit;
    # "and a half" its own)
    digits = round(value / step)
    return step * 5 if digits % 10 == 5 and digits > 10 and not c.half else step


# what joins a range's two ends written whole ("about 1,800 to 2,200", "5-6", "40 or 50")
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|and|or)\s*\$?", re.IGNORECASE)


def _whole(q: float) -> bool:
    return math.isfinite(q) and abs(q - round(q)) <= 1e-9 * max(1.0, abs(q))


def _worded_step(c: Claim) -> float:
    """The written step of a figure in words, as its digits would give it: 'six weeks' is
    written to the week as '6 weeks' is, 'sixty' to the ten as '60', 'sixty million' to
    the million as '60 million' (the words before a scale word are exact). 0 for any
    other figure (nothing is known of its precision)."""
    value, scale = abs(c.value), c.scale
    if not math.isfinite(value) or value == 0:
        return 0.0
    if scale > 1:  # ("two quadrillion" too: to the quadrillion)
        return scale if _whole(value / scale) else 0.0
    if value >= 1e15:  # (past the whole numbers a float holds exactly)
        return 0.0
    if value != int(value):
        return 0.0
    whole, zeros = int(value), 0
    while whole % 10 == 0:
        whole //= 10
        zeros += 1
    return 10.0**zeros


def written_fraction(c: Claim) -> tuple[int, int] | None:
    """(numerator, denominator) of a figure written as a fraction in words, no digits:
    'half' (1, 2), 'nearly two-thirds' (2, 3), 'three quarters of a million' (3, 4); None
    for any other figure, and for a range ('a third and a half': its ends are its bounds).
    The one reading of 'a fraction in words' for precision, messages and the scorer."""
    if c.qualifier == "range" or c.half or any(ch.isdigit() for ch in c.text):
        return None  # 'a million and a half of the residents': 1.5 million, no fraction
    fractions, numerators = _fraction_words()
    if c.unit in fractions or (c.unit or "") + "s" in fractions:
        return None  # "two quarters" counts quarters
    words = re.findall(r"[^\W\d_]+", c.text.lower())
    for k, w in enumerate(words):
        if w in fractions:
            # the figure itself: a share or a fraction, or one of a scale ('half a million');
            # not a word of a compound ('a four-quarter comeback')
            of_scale = k + 1 < len(words) and words[k + 1] in ("a", "an", "of")
            if c.unit not in ("percent", "fraction") and not of_scale:
                return None
            # the numerator as the extractor reads it ("a", "one": 1; numbers.py _fraction)
            numer = 1 if w == "half" or k == 0 else numerators.get(words[k - 1], 0) or 1
            return numer, fractions[w]
    return None


def is_share(c: Claim) -> bool:
    """A share written as a fraction ('a third of', '3/4 of voters'), which the extractor
    reads as a percentage with the fraction's own words as its unit's surface, not a
    percent sign or word."""
    surface = (c.unit_surface or "").lower()
    return c.unit == "percent" and surface != "" and not surface.startswith(("%", "per", "pc"))


def _fraction_words() -> tuple[dict[str, int], dict[str, int]]:
    """The extractor's fraction words with their denominators, and its number words that
    may be their numerators (imported when first asked: the extractor imports this
    module)."""
    from crosscheck.extract.lexicon import FRACTION_WORDS, UNITS_WORDS

    return FRACTION_WORDS, UNITS_WORDS


def _step(m: re.Match[str], scale: float) -> float:
    """The size of the last written digit of one figure (``_FIGURE``) written before a
    scale word worth ``scale``."""
    whole, decimals = _digits(m)
    if m.group(3):  # "2.5e3": the last written digit's step, times the power of ten
        scale *= 10.0 ** int(m.group(3))
    if decimals:
        return scale * 10.0 ** -len(decimals)
    if scale > 1 or m.group(3):  # "1e-3": the digit before the power of ten is exact
        return scale
    stripped = whole.rstrip("0")
    zeros = len(whole) - len(stripped) if stripped else 0
    return 10.0**zeros


def _digits(m: re.Match[str]) -> tuple[str, str | None]:
    """One figure's (``_FIGURE``) whole digits and its decimals (None for none), its
    separators gone: '1,500' ('1500', None), '1.000.000,50' ('1000000', '50')."""
    if "." in m.group(1) or DECIMAL_COMMA_SHAPE.fullmatch(m.group(1)):  # a decimal comma
        whole, _, cents = m.group(1).partition(",")
        return whole.replace(".", ""), cents or None
    # in ASCII digits: '３，０００' is written to the thousand as '3,000' is
    whole = "".join(str(unicodedata.digit(ch)) for ch in ungrouped(m.group(1)))
    return whole, m.group(2)


def rounded(c: Claim) -> bool:
    """Whether the figure is a rounding: hedged ('about', 'nearly'), written with a scale
    word ('1.5 billion'), or a measurement."""
    if c.qualifier == "approx" or c.hedged:
        return True
    if c.kind in ("measure", "duration", "money", "percent"):
        return True
    return c.scale > 1 or written_fraction(c) is not None


def round_count(c: Claim) -> bool:
    """A plain count in digits of a thousand or more that ends in two zeros or more
    ("rose 7% to 50,500 offences", "45,000 asylum requests"), which news writes rounded
    as often as not, unlike "612 people" or "10 people" (the words before it may still
    say it is exact: "exactly 5,000", which the claim does not record)."""
    if c.kind != "count" or c.qualifier != "exact" or c.hedged or c.in_words or c.half:
        return False
    if c.scale != 1 or c.factor != 1 or not 1000 <= c.value < 1e15 or c.value != int(c.value):
        return False
    return int(c.value) % 100 == 0 and _FIGURE.search(c.text) is not None


def rounds_to(r: Claim, o: Claim) -> bool:
    """Whether ``r``, a count written round (``round_count``), may be ``o``'s plain figure
    rounded to r's last digit that is not a zero, by less than ``ROUND_COUNT_SHARE`` of
    it: "50,500" of 50,489, "45,000" of 44,612; not "3,000" of 3,050 (1.7%), nor "50,500"
    of 50,600 (another figure to the hundred), nor a bound or a range. Its interval is
    still the figure as written (the two cannot both be exact): the rules word it as a
    rounding, a note, not as a contradiction."""
    gap = abs(o.value - r.value)
    if not 0 < gap < abs(r.value) * ROUND_COUNT_SHARE:  # (the cheap test first)
        return False
    if o.kind != r.kind or bound(o) or ranged(o) or not round_count(r):
        return False
    return gap < _written_step(r, None) / 2


def figure_key(c: Claim, *, wording: bool = True) -> tuple[Any, ...]:
    """Everything a figure comparison reads from a claim: its wording too, since written
    precision and scale words ('1 million' vs '1,000,000') decide agreement. What the
    rules key a pair's judgement by, to ask each pair of figures once.

    Without ``wording``: the figure whatever its words, its value, bounds, qualifier,
    kind and unit ("nearly 100" is not "100"; "512" euros is not "512" dollars; "12" is
    "12 people"; "1 million" is "1,000,000"): what the timeline asks of an undated
    figure, whether it is the latest one.

    With its wording, also what else the comparison reads: a move or a level ("rose
    5%"), a spread's ends or a range's, and for a measure whether it is a difference of
    temperatures ("limit warming to 36F" is 20C, "reached 36F" 2.2C: temperature_change).
    Claims of one key are one figure to every judgement of a pair."""
    if not wording:
        return (c.value, c.lower, c.upper, c.qualifier, c.kind, c.unit)
    return (c.value, c.lower, c.upper, c.qualifier, c.kind, c.unit, c.text, c.hedged, c.half,
            c.scale, c.change, c.spread, c.kind in MEASURED and temperature_change(c))  # fmt: skip


def interval(
    c: Claim, approx_tolerance: float = APPROX_TOLERANCE, *, loose: bool = False
) -> tuple[float, float]:
    """The interval the wording allows (see _interval), each claim's worked out once per
    process: the rules and the report ask for the same claims' again and again (a group
    of 20 claims, for each of its pairs), and each time its words were parsed again."""
    # (``loose`` reads only a stepped "about" otherwise: one cache entry for the rest)
    loose = loose and c.qualifier == "approx" and c.kind in STEPPED
    try:
        return _interval_of(c, approx_tolerance, loose)
    except TypeError:  # a claim built with an unhashable field (a list) cannot be a key
        return _interval(c, approx_tolerance, loose)


# the kinds whose "about" goes no further than a step of the figure as written (_interval)
STEPPED = frozenset({"count", "money", "percent"})


def _interval(
    c: Claim, approx_tolerance: float = APPROX_TOLERANCE, loose: bool = False
) -> tuple[float, float]:
    """The interval the wording allows: qualifier bounds; for 'about', the figure plus or
    minus the rule's ``approx_tolerance``, for a count, an amount or a share (STEPPED) no
    more than one step of the figure as written (_hedge_step: 'about 4.2 million' is 4.1
    to 4.3 million, not 3.78 to 4.62: the writer gave the tenth; 'about 11,000' 10,000 to
    12,000; 'about 82%' 81 to 83%), unless ``loose`` (the matcher's reading, whether two
    figures may be one subject's: the tolerance alone, as its pair model was fitted; a
    measure's 'about' is an estimate's, 'about 24km' from a ship and 'some 13 miles',
    read so always); for a rounded figure, what its last written
    digit allows, never more than the tolerance ('about 100' is 90-110 at 10%); a range is
    its bounds as written ('800 to 1,000' is 800-1,000); a whole age is the completed
    units it counts ('1-year-old' is 1 up to 2 years, not 2; '18-month-old' 1.5 years
    up to 19 months)."""
    lo = c.lower if c.lower is not None else -INF
    hi = c.upper if c.upper is not None else INF
    if c.qualifier == "more_than":
        lo = c.value
    if c.qualifier == "less_than":
        hi = c.value
    if hedged_range(c):  # "about 100 to 200": each written end widened, 90 to 220
        assert c.lower is not None and c.upper is not None
        lo = c.lower - abs(c.lower) * approx_tolerance
        hi = c.upper + abs(c.upper) * approx_tolerance
        if short_of(c):  # "nearly 10 to 12" is at most 12
            return (c.lower, hi) if c.upper < 0 else (lo, c.upper)
        return lo, hi
    if c.qualifier == "approx":  # the rule's tolerance, not the extractor's default
        # (value +- value * tolerance, not about()'s value * (1 +- tolerance): equal but
        # in the last bit, which report.json's intervals show)
        tol = abs(c.value) * approx_tolerance
        step = 0.0 if loose or c.kind not in STEPPED else _hedge_step(c)
        if step > 0:
            tol = min(tol, step)
        lo, hi = c.value - tol, c.value + tol
    if completed_age(c):  # "1-year-old": one year and more, short of two
        return c.value, (c.value + 1) * (1 - AGE_SHORT)
    if c.qualifier in ("exact", "approx") and rounded(c):
        parts = written_fraction(c)  # read once: it parses the claim's words
        step = _written_step(c, parts)
        if c.qualifier == "exact" and parts is None and c.scale == 1:
            step = min(step, 1.0)  # "16 km", "$1,199": to the last unit, zeros significant
        half = min(step / 2, abs(c.value) * approx_tolerance)
        lo, hi = min(lo, c.value - half), max(hi, c.value + half)
    if short_of(c):  # towards zero: "nearly 300" is at most 300, "nearly -40" at least -40
        if c.value < 0:
            lo = max(lo, c.value)
        else:
            hi = min(hi, c.value)
    return lo, hi


# (a claim is a frozen record, a function of its fields alone: so is its interval)
_interval_of = functools.lru_cache(maxsize=1 << 16)(_interval)


def short_of(c: Claim) -> bool:
    """'nearly 300', 'almost eight minutes': about, but no further from zero than the
    figure."""
    return c.qualifier == "approx" and c.text.lower().startswith(SHORT_OF)


# How each end of a claim's interval stands at the figure it sits on (``ends``): a plain
# or "about" figure, or a range's end, may be a rounding, so its ends meet a strict end
# there (LOOSE; a range's ends too: "800 to 1,000" meets "more than 1,000" and misses
# "at least 1,001", as a plain 1,000 does, though it only touches "more than 1,000":
# ``touching``); a whole age holds its figure and stops just short of the next (CLOSED
# both: "1-year-old" is not two); a stated bound ("at least 100", "up to 100") holds the
# figure but not what lies beyond it (CLOSED); "more than", "fewer than", "nearly" exclude
# it (STRICT).
LOOSE, CLOSED, STRICT = 0, 1, 2


def ends(c: Claim) -> tuple[int, int]:
    """How the lower and upper ends of ``interval(c)`` stand at their own figure (LOOSE,
    CLOSED or STRICT): 'more than 300' is above 300, 'fewer than 300' and 'nearly 300'
    below it, 'nearly -40' above -40; 'at least 300' holds 300 and no less; a plain or
    'about' 300 may be the rounding of a figure just above or below it ('more than four
    minutes' and a rounded 'four minutes' can both be said of one wait); a range's ends
    too, as a plain figure's ('12 to 18' meets 'more than 18' as a plain 18 does, though
    it only touches it: ``touching``)."""
    if short_of(c) and not hedged_range(c):  # ('nearly 10 to 12' ends as a range)
        return (STRICT, LOOSE) if c.value < 0 else (LOOSE, STRICT)
    if completed_age(c):  # its upper end already short of the next unit (AGE_SHORT)
        return CLOSED, CLOSED
    if c.qualifier in ("exact", "approx", "range"):
        return LOOSE, LOOSE
    return (
        STRICT if c.qualifier == "more_than" else CLOSED,
        STRICT if c.qualifier == "less_than" else CLOSED,
    )


def ends_meet(lo: Any, hi: Any, lo_end: Any, hi_end: Any) -> Any:
    """Whether a lower end ``lo`` of one interval lies at or below an upper end ``hi`` of
    another (``lo_end``, ``hi_end``: how each stands, as ``ends`` gives). At one figure two
    ends meet unless one excludes it and the other is not LOOSE: 'nearly 300' and 'more
    than 300' do not meet, nor 'fewer than 100' and 'at least 100'; 'more than 300' and a
    plain 300 do. Plain floats and ints give a bool; numpy arrays give an array (the
    matcher judges many pairs at once with this same function)."""
    at_figure = (
        ((lo_end != STRICT) & (hi_end != STRICT))
        | ((lo_end == STRICT) & (hi_end == LOOSE))
        | ((hi_end == STRICT) & (lo_end == LOOSE))
    )
    return (lo < hi) | ((lo == hi) & at_figure)


def intervals_meet(
    lo_a: Any, hi_a: Any, ends_a: tuple[Any, Any], lo_b: Any, hi_b: Any, ends_b: tuple[Any, Any]
) -> Any:
    """Whether two intervals (in one unit) have a figure in common, their ends as ``ends``
    gives them; scalars or numpy arrays, as ``ends_meet``."""
    return ends_meet(lo_a, hi_b, ends_a[0], ends_b[1]) & ends_meet(lo_b, hi_a, ends_b[0], ends_a[1])


# Kinds whose unit is a unit of measurement (an age in months or years), not a counted noun.
MEASURED = ("measure", "duration", "age")


# An age's units, in years: ages are compared in years ("3-month-old" is 0.25 years old).
AGE_UNITS = {u: CONVERSIONS[u][1] / CONVERSIONS["year"][1]
             for u in ("year", "month", "week", "day", "hour")}  # fmt: skip


def age_like(c: Claim) -> bool:
    """An age, or a bare figure that may be one ("Tanaka, 36, of Riverside")."""
    return c.kind == "age" or (c.kind == "other" and c.unit is None and 0 < c.value < 120)


def age_unit(c: Claim) -> str | None:
    """The unit an age is written in ('month' for '18-month-old'); '' for a bare figure
    that may be an age ('the boy, 1,': in years, if an age); None for any other claim."""
    if not age_like(c):
        return None
    return (c.unit or "") if c.kind == "age" else ""


# How far short of the next unit a whole age's interval stops (relatively): "1-year-old"
# reaches just short of 2, not 2, and meets no plain "2" (a LOOSE end would reach it).
AGE_SHORT = 1e-9


def completed_age(c: Claim) -> bool:
    """A whole age as written, in completed units ('1-year-old', '18-month-old'): its
    interval runs to the next unit, not past it."""
    return c.kind == "age" and c.qualifier == "exact" and not c.hedged and c.value == int(c.value)


def ages_meet_over(a: Claim, b: Claim, years: float) -> bool:
    """Whether two whole ages can be one person's, ``b`` stated ``years`` after ``a``
    (negative: before): the later one may have grown by up to the time between them, so
    its interval reaches back by that much ('35-year-old' in January and '36-year-old' in
    November can both be true; the other way round they cannot)."""
    if not (completed_age(a) and completed_age(b)):
        return False
    la, ha = (base(a)[1](v) for v in interval(a))
    lb, hb = (base(b)[1](v) for v in interval(b))
    if years > 0:
        lb -= years
    else:
        la += years
    return bool(intervals_meet(la, ha, ends(a), lb, hb, ends(b)))


class Scale(NamedTuple):
    """How a figure goes into another unit: multiplied by ``factor``, then ``offset``
    added (0 but for temperatures: 104 degrees Fahrenheit are 40 degrees Celsius). Called
    on a figure it gives the figure converted; ``inverse`` takes one back. A difference
    of two figures converts by ``factor`` alone (``step``)."""

    factor: float = 1.0
    offset: float = 0.0

    def __call__(self, x: float) -> float:
        return x * self.factor + self.offset

    def inverse(self, y: float) -> float:
        return (y - self.offset) / self.factor

    def step(self, d: float) -> float:
        return d * self.factor

    def into(self, other: Scale) -> Scale:
        """This scale's figures in ``other``'s unit (both to one base)."""
        return Scale(self.factor / other.factor, (self.offset - other.offset) / other.factor)


AS_WRITTEN = Scale()


def base(c: Claim, *, matcher: bool = False) -> tuple[str | None, Scale]:
    """The dimension of a measurement's unit and its Scale into the dimension's base unit
    (metres, seconds, degrees Celsius), an age's too, in years, a percent and points of
    a percentage in percentage points (POINTS) (None when it does not convert: counts,
    money and bare figures keep their own scale; a bare figure that may
    be an age, 'the boy, 1,', is never joined with an age in months by the matcher:
    crosscheck.match.cluster). With ``matcher``, the matcher's reading: the units of
    MATCHER_AS_WRITTEN as written."""
    if c.kind == "age":
        return ("age", Scale(AGE_UNITS[c.unit])) if c.unit in AGE_UNITS else (None, AS_WRITTEN)
    if not (c.kind in MEASURED or (c.kind == "percent" and _dimension(c.unit) is not None)) or (
        matcher and (c.unit or "").lower() in MATCHER_AS_WRITTEN
    ):
        return None, AS_WRITTEN
    if (c.unit or "").lower() in TEMPERATURES:
        return "temperature", _scale(c.unit, temperature_change(c))
    dim = _dimension(c.unit)
    return (dim[0], Scale(dim[1])) if dim else (None, AS_WRITTEN)


def same_dimension(unit_a: str | None, unit_b: str | None, *, matcher: bool = False) -> bool:
    """Two units that convert into each other by a factor (miles and kilometres; not
    temperatures, whose scales' zeros differ: ``base``, ``comparable``; with ``matcher``,
    as the matcher reads them: MATCHER_AS_WRITTEN's units convert into none)."""
    if matcher and {(unit_a or "").lower(), (unit_b or "").lower()} & MATCHER_AS_WRITTEN:
        return False
    da, db = _dimension(unit_a), _dimension(unit_b)
    return da is not None and db is not None and da[0] == db[0]


def unit_words(c: Claim, value: float | None = None) -> str:
    """A claim's unit as its figure is worded, in findings and the report alike: as
    written ('km', 'mph'), an age as an age ('18 months old', '1 year old', not '18
    -month-old'), a unit not written as its name in words in the figure's number
    (unit_named: '190 pounds', a degree of no named scale as degrees, not quantulum3's
    angle)."""
    v = c.value if value is None else value
    if c.kind == "age" and c.unit:
        return f"{c.unit}{'' if v == 1 else 's'} old"
    if c.unit_surface or not c.unit:
        return c.unit_surface or ""
    said, one = unit_named(c.unit, v == 1), unit_named(c.unit, True)
    if said == one:
        return said
    # a plural made for the figure only where the claim's words do not say the unit: as
    # they write it ('121 RBIs', not 'RBIS'), or the word they use as it is ('Five
    # Wounded', '46 KO's', 'magnitude 3'); a count whose noun is not in its words keeps
    # the unit's name ('220 howitzer and rocket launcher', no guessed plural)
    for form in (said, one):
        if m := re.search(rf"(?<!\w){re.escape(form)}(?!\w)", c.text, re.IGNORECASE):
            return m.group()
    return one if c.kind == "count" else said


def with_unit(said: str, unit: str) -> str:
    """A figure's words and its unit's (unit_words) as findings write them: a percent
    sign glued to the figure ('0.5%'), any other unit after a space ('25 basis
    points')."""
    if not unit:
        return said
    return f"{said}{unit}" if unit.startswith("%") else f"{said} {unit}"


DEGREE_SCALES = {"celsius": "Celsius", "fahrenheit": "Fahrenheit"}


def unit_named(unit: str, one: bool) -> str:
    """A unit not as written in words, in the number of its figure (``one``: the figure
    is 1), as findings and the HTML number line's ticks say it: '190 pounds' (not
    quantulum3's 'pound-mass': model.name_in_words), '1 degree', '40 degrees' (no named
    scale), '46 degrees Celsius' (the head word takes the plural), '450 workers'."""
    if unit == BARE_DEGREE:
        return "degree" if one else name_in_words(unit)
    head, space, scale = unit.partition(" ")
    if head == "degree" and space:
        return f"{head if one else 'degrees'} {DEGREE_SCALES.get(scale.lower(), scale)}"
    from crosscheck.extract.inflection import plural  # (inflect, only when one is said)

    named = name_in_words(unit)
    return named if one or named in ("percent", "per cent") else plural(named)


def temperature(c: Claim) -> bool:
    """A figure in degrees (named or not): a scale whose zero is no nothing, so that no
    percentage of it means anything ('-17 is 15% above -20')."""
    return (c.unit or "").lower() in NAMED_DEGREES | {BARE_DEGREE}


# What says a temperature is a difference, not a reading: a move's size ("dropped 20
# degrees", "plunged 50F": Claim.change, not on a bound past a level, "rose above 45C")
# or a noun of warming ("limit warming to 1.5C", "global heating"); not a verb's level
# ("warmed to 20C", "heated to 200C")
TEMPERATURE_CHANGE_NOUNS = frozenset({"warming", "cooling", "heating"})
# The largest difference of temperatures, in degrees Celsius, news gives (a warming, an
# anomaly, a cold snap's "40 degrees below normal", 22C): a temperature further from
# zero than this as a difference is a reading unless a move's size says otherwise
# ("plunged 50F"), and a reading so far is never in doubt of being one ("more than 40C"
# and "90F", 50C as a difference)
LARGEST_DIFFERENCE = 25.0


def temperature_change(c: Claim) -> bool:
    """Whether a temperature is a difference of temperatures (converted without the
    scales' offset: 2.7F is 1.5C as a warming, -16C as a reading): a move's size, or a
    noun of warming within LARGEST_DIFFERENCE; else a reading."""
    if c.change is not None and c.qualifier not in OPEN_BOUNDS:
        return True  # "plunged 50F"; not "rose above 45C", a bound past a level
    if (c.predicate_words or "").lower() not in TEMPERATURE_CHANGE_NOUNS:
        return False
    unit = (c.unit or "").lower()
    return _within_a_difference(c, _scale(unit, True) if unit in TEMPERATURES else AS_WRITTEN)


def _within_a_difference(c: Claim, k: Scale) -> bool:
    """Whether each figure of a temperature, so converted into degrees Celsius, is no
    further from zero than a difference news gives (LARGEST_DIFFERENCE)."""
    return all(abs(k(e)) <= LARGEST_DIFFERENCE for e in (c.value, c.lower, c.upper)
               if e is not None)  # fmt: skip


def comparable(a: Claim, b: Claim) -> bool:
    """Same unit, or units of one dimension that convert (degrees Celsius and Fahrenheit
    too); a degree of no named scale ('40 degrees') and a named one ('46 degrees
    Celsius'), read as one scale. Not two temperatures whose reading is in doubt
    (``_temperatures_in_doubt``)."""
    if a.unit == b.unit:
        return True
    units = {(a.unit or "").lower(), (b.unit or "").lower()}
    if units <= NAMED_DEGREES | {BARE_DEGREE} and units & NAMED_DEGREES:
        return not _in_doubt(a, b)  # two named scales, or one beside a bare degree
    da, db = base(a)[0], base(b)[0]
    return da is not None and da == db


def in_no_scale(claims: Sequence[Claim]) -> bool:
    """Whether a degree of no named scale stands among figures in both named scales: read
    in neither ('111 degrees' beside '40C' and '104F' is no Celsius with one and
    Fahrenheit with the other), its pairs are not compared, by the rules and the report
    alike."""
    return {BARE_DEGREE} | NAMED_DEGREES <= {(c.unit or "").lower() for c in claims}


def _in_doubt(a: Claim, b: Claim) -> bool:
    """``_temperatures_in_doubt``, each pair worked out once (the rules ask a group's
    pairs again and again)."""
    try:
        return _temperatures_in_doubt_of(a, b)
    except TypeError:  # a claim built with an unhashable field (a list) cannot be a key
        return _temperatures_in_doubt(a, b)


def _temperatures_in_doubt(a: Claim, b: Claim) -> bool:
    """Whether two temperatures in two scales (two named ones, each read as ``base``
    reads it, or a degree of no named scale, read in the named one's) cannot be compared: they
    do not meet as read, but would if read otherwise (a difference as a reading or the
    other way round: "20C" and "36F", 2.2C or, as a difference, 20C; a degree of no named
    scale in the other named one, as a reading or a difference: "111 degrees" beside
    "44C", 111F being 43.9C; "20 degrees below normal" beside "11C below normal"), or one
    is a reading and the other a difference. Those are noted as figures that cannot be
    compared, as before temperatures converted. Figures that meet as read, or are apart
    every way, are compared ("40C" and "95F", "40 degrees" and "46C"), and a reading is
    never taken for a difference past LARGEST_DIFFERENCE ("more than 40C" and "90F")."""
    if (a.unit or "").lower() == BARE_DEGREE or (b.unit or "").lower() == BARE_DEGREE:
        if _meet(a, b, AS_WRITTEN, AS_WRITTEN):  # the bare one read in the named one
            return False
        bare, named = (a, b) if (a.unit or "").lower() == BARE_DEGREE else (b, a)
        other = next(k for k in TEMPERATURES if k != (named.unit or "").lower())
        k_named = base(named)[1]
        for difference in (False, True):  # in the other scale, a reading or a difference
            k_bare = _scale(other, difference)
            if difference and not _within_a_difference(bare, k_bare):
                continue  # no difference news gives
            if _meet(a, b, *((k_bare, k_named) if bare is a else (k_named, k_bare))):
                return True
        return False
    ka, kb = base(a)[1], base(b)[1]
    if _meet(a, b, ka, kb):
        return False
    difference = temperature_change(a)
    if difference != temperature_change(b):
        return True  # a reading and a difference
    # the other reading: as readings if read as differences, and the other way round
    ka, kb = _scale(a.unit, not difference), _scale(b.unit, not difference)
    if not difference and not (_within_a_difference(a, ka) and _within_a_difference(b, kb)):
        return False  # no difference news gives
    return _meet(a, b, ka, kb)


_temperatures_in_doubt_of = functools.lru_cache(maxsize=1 << 14)(_temperatures_in_doubt)


def _scale(unit: str | None, difference: bool) -> Scale:
    """A temperature scale's Scale into degrees Celsius, of a reading or a difference."""
    factor, offset = TEMPERATURES[(unit or "").lower()]
    return Scale(factor, 0.0 if difference else offset)


def unconvertible(a: Claim, b: Claim) -> bool:
    """Measurements in units that neither match nor convert ('degrees Celsius' and
    'kilometres'): nothing says which figures of one are which of the other."""
    return a.kind in MEASURED and b.kind in MEASURED and not comparable(a, b)


def factors(a: Claim, b: Claim) -> tuple[Scale, Scale]:
    """How to put each figure on one scale to compare them: both into their base unit
    when the units differ but convert (miles and kilometres, degrees Fahrenheit and
    Celsius: a reading with the scales' offset, a difference without it), else as written
    (a degree of no named scale beside a named one is read as that one: ``comparable``)."""
    if a.unit != b.unit and comparable(a, b):
        (da, ka), (db, kb) = base(a), base(b)
        if da is not None and da == db:
            return ka, kb
    return AS_WRITTEN, AS_WRITTEN


def common_factors(claims: Sequence[Claim]) -> list[Scale]:
    """How to put each claim's figures on one scale: into the first claim's unit when
    their units differ but all convert (metres and feet, degrees Fahrenheit and Celsius,
    each as ``factors`` reads it), else as written (temperatures too when two of them
    cannot be compared: ``comparable``). For the rules' wording of a spread and the
    report's number line alike."""
    dims = {base(c)[0] for c in claims}
    if len({c.unit for c in claims}) < 2 or len(dims) != 1 or None in dims:
        return [AS_WRITTEN] * len(claims)
    if dims == {"temperature"} and not all(
        comparable(a, b) for a, b in itertools.combinations(claims, 2) if a.unit != b.unit
    ):
        return [AS_WRITTEN] * len(claims)
    scales = [base(c)[1] for c in claims]
    return [k.into(scales[0]) for k in scales]


def converted_interval(c: Claim, approx_tolerance: float = APPROX_TOLERANCE) -> tuple[float, float]:
    """The interval in the unit's base (metres, seconds...), for measurements: the
    matcher's (``interval``'s ``loose`` reading, whether two figures may be one
    subject's)."""
    lo, hi = interval(c, approx_tolerance, loose=True)
    scale = base(c, matcher=True)[1]
    return scale(lo), scale(hi)


def compatible(
    a: Claim, b: Claim, approx_tolerance: float = APPROX_TOLERANCE, *, loose: bool = False
) -> bool:
    """Whether the two wordings can both be true (after conversion). Two figures that
    may be roundings must share more than an end of their intervals, or one lie inside the
    other's: '5%' and '6%' touch at 5.5 and cannot both be true (a bound's end still meets
    a figure there: ``ends``). Amounts in two
    currencies can: without a rate nothing says otherwise (unit-agreement converts them
    with the rates it knows)."""
    if other_currencies(a, b):
        return True
    if meet_as_written(a, b, approx_tolerance, loose=loose):
        return True
    return not loose and rounded_conversion(a, b) is not None


def meet_as_written(
    a: Claim, b: Claim, approx_tolerance: float = APPROX_TOLERANCE, *, loose: bool = False
) -> bool:
    """``compatible`` without a rounded conversion: the intervals the wordings allow
    meet (after conversion)."""
    return _meet(a, b, *factors(a, b), approx_tolerance, loose=loose)


def _meet(
    a: Claim, b: Claim, ka: Scale, kb: Scale,
    approx_tolerance: float = APPROX_TOLERANCE, *, loose: bool = False,
) -> bool:  # fmt: skip
    """``meet_as_written`` with the scales given; two spreads meet when their least
    figures meet and so do their most (spread_ends)."""
    if a.spread and b.spread:
        return all(
            _meet(x, y, ka, kb, approx_tolerance, loose=loose)
            for x, y in zip(spread_ends(a), spread_ends(b), strict=True)
        )
    la, ha = interval(a, approx_tolerance, loose=loose)
    lb, hb = interval(b, approx_tolerance, loose=loose)
    la, ha, lb, hb = ka(la), ka(ha), kb(lb), kb(hb)
    fa, fb = ka(a.value), kb(b.value)
    return bool(figures_meet(la, ha, ends(a), fa, bound(a), lb, hb, ends(b), fb, bound(b)))


# How far a conversion rounded to its leading digits may stand from the figure it
# converts: its last written step's half, never more than this share of it ("60 km" of 35
# miles, 56.3 km: 6.5%; "a 10-metre dhow" and "a 30-foot" one, 9.1 m: 9.4%, two boats)
CONVERSION_ROUNDING_SHARE = 0.075


def rounded_conversion(a: Claim, b: Claim) -> Claim | None:
    """Which of two measures, one metric and one not, may be the other converted and
    rounded to its leading digits: a plain figure with trailing zeros ("460 mm", "60
    km") that reaches the other's figure as written ("up to 18 inches", "35 miles") within
    half its last written step, never past CONVERSION_ROUNDING_SHARE of it (a "1,000" from
    below only to 950); None for
    neither. Not between units of one system ("5,000 metres" and "5.2 km": no one rounds
    a change of prefix). Degrees Celsius count as metric ("200C" and "400F", 204.4C, of
    an oven; "40C" and "100F", 37.8C). The rules' reading (``compatible``), never the
    matcher's."""
    if a.kind != "measure" or b.kind != "measure" or a.unit == b.unit:
        return None
    if _metric(a) == _metric(b):
        return None
    (da, ka), (db, kb) = base(a), base(b)
    if da is None or da != db:
        return None
    for r, o, kr, ko in ((a, b, ka, kb), (b, a, kb, ka)):
        if r.qualifier != "exact" or r.in_words or r.scale != 1:
            continue
        step = written_step(r)
        if step <= 1 or not _whole(r.value / step):
            continue
        half = min(step / 2, abs(r.value) * CONVERSION_ROUNDING_SHARE)
        # a figure of one digit 1 ("1,000", "100") is no rounding of 933 (that rounds to
        # 900 or 930): from below it reaches only what rounds up to it at a finer step
        down = min(half, step / 20) if abs(r.value) == step else half
        # (away from zero by up to half a step, towards it by ``down``)
        if r.value >= 0:
            lo, hi = kr(r.value - down), kr(r.value + half)
        else:
            lo, hi = kr(r.value - half), kr(r.value + down)
        # the other as written: its figure, a bound's open side, a range's ends
        olo = -INF if o.lower is None else ko(o.lower)
        ohi = INF if o.upper is None else ko(o.upper)
        if o.qualifier in ("exact", "approx"):
            olo = ohi = ko(o.value)
        if lo <= ohi and olo <= hi:
            return r
    return None


def _metric(c: Claim) -> bool:
    """A measure in a metric unit (METRIC), or in degrees Celsius."""
    return (c.unit or "") in METRIC or (c.unit or "").lower() == "degree celsius"


def figures_meet(
    lo_a: Any, hi_a: Any, ends_a: tuple[Any, Any], fig_a: Any, bound_a: Any,
    lo_b: Any, hi_b: Any, ends_b: tuple[Any, Any], fig_b: Any, bound_b: Any,
) -> Any:  # fmt: skip
    """``intervals_meet``, and for two figures that are no bound (``bound``), each perhaps
    a rounding, more than an end in common or one figure inside the other's interval
    ('about 11,000' and '10,800'): '5%' and '6%' only touch at 5.5, which rounds to one of
    them, not to both; a bound's end still meets a figure there ('more than 1,000' and
    '800 to 1,000', which only touch: ``touching``). Scalars or numpy arrays (the matcher
    judges many pairs at once)."""
    meet = intervals_meet(lo_a, hi_a, ends_a, lo_b, hi_b, ends_b)
    if isinstance(lo_a, int | float) and isinstance(lo_b, int | float):
        lo, hi = max(lo_a, lo_b), min(hi_a, hi_b)
    else:
        import numpy as np

        lo, hi = np.maximum(lo_a, lo_b), np.minimum(hi_a, hi_b)
    inside = ((lo_a <= fig_b) & (fig_b <= hi_a)) | ((lo_b <= fig_a) & (fig_a <= hi_b))
    return meet & (bound_a | bound_b | (lo < hi) | inside)


class Touch(NamedTuple):
    """Where two wordings touch (``touching``): ``end``, the one figure they share, in the
    unit of the wording that reaches it (``reach``: 0 the first claim, 1 the second),
    whose ``upper`` end it is (else its lower end); the other's wording excludes it."""

    end: float
    reach: int
    upper: bool


def touching(a: Claim, b: Claim, approx_tolerance: float = APPROX_TOLERANCE) -> Touch | None:
    """Where the two wordings share only one figure, an end of one that the other's
    wording excludes, else None: '800 to 1,000', or a plain '1,000', and 'more than
    1,000' (or '800 to 1,000' and 'nearly 800', 'fewer than 800'). They are compatible
    only because that end may be a rounding of a figure a little past it (it is LOOSE):
    taken as written they cannot both be true, which the rules say in words rather than
    'overlap' or 'agree'. Bounds on either side of one figure ('nearly 300', 'more than
    300') are apart, not touching; nor are wordings that miss each other by any gap ('at
    least 1,001'), or that share more than that figure ('about 1,000', '800 to 1,200')."""
    if not compatible(a, b, approx_tolerance):
        return None
    for reach, (r, o) in enumerate(((a, b), (b, a))):
        kr, ko = factors(r, o)
        lo_r, hi_r = interval(r, approx_tolerance)
        lo_o, hi_o = interval(o, approx_tolerance)
        (r_lo, r_hi), (o_lo, o_hi) = ends(r), ends(o)
        if o_lo == STRICT and r_hi == LOOSE and _at(ko(lo_o), kr(hi_r)):
            return Touch(hi_r, reach, True)  # '800 to 1,000' and 'more than 1,000'
        if o_hi == STRICT and r_lo == LOOSE and _at(ko(hi_o), kr(lo_r)):
            return Touch(lo_r, reach, False)  # '800 to 1,000' and 'nearly 800'
    return None


def _at(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def gap(a: Claim, b: Claim, approx_tolerance: float = APPROX_TOLERANCE) -> float:
    """How far apart the intervals the two wordings allow lie (after conversion, in the
    base unit ``factors`` gives), 0 when they meet: 'nearly 300' and '301' are 1 apart,
    as '105' and '106' are; 'nearly 300' and 'more than 300' are 0 apart, yet cannot both
    hold."""
    if compatible(a, b, approx_tolerance):
        return 0.0
    ka, kb = factors(a, b)
    la, ha = interval(a, approx_tolerance)
    lb, hb = interval(b, approx_tolerance)
    return max(kb(lb) - ka(ha), ka(la) - kb(hb), 0.0)


def _abs_tolerance(ka: Scale, kb: Scale, abs_tol: float) -> float:
    """A rule's absolute tolerance for two figures on the scales ``ka``, ``kb`` (factors):
    in the finer of their units, as each is written (0.05 beside a figure in basis points
    is 0.05 basis points, so "30 basis points" never agrees with "0.25 percentage
    point"; 1 beside kilometres and miles is a kilometre); as the rule gives it for two
    figures of one unit."""
    return abs_tol * min(ka.factor, kb.factor)


def within_tolerance(
    a: Claim,
    b: Claim,
    rel: float = 0.02,
    abs_tol: float = 0.0,
    approx_tolerance: float = APPROX_TOLERANCE,
) -> bool:
    """Whether two wordings that cannot both hold, one of them a bound, miss each other by
    less than the tolerance that lets two plain figures agree ('nearly $300' and '$301' at
    2%: $300 and $305 agree); never with no tolerance (counts: 'nearly 300' and '301'
    differ as '105' and '106' do). Two plain figures are judged by ``same_figure`` alone
    (5.9 and 6.1 are 3.4% apart, though their roundings are closer)."""
    if not (bound(a) or bound(b)) or (a.spread and b.spread):
        return False  # (two spreads' ends are figures: same_figure judges them)
    ka, kb = factors(a, b)
    tol = max(_abs_tolerance(ka, kb, abs_tol), rel * max(abs(ka(a.value)), abs(kb(b.value))))
    if tol <= 0 or compatible(a, b, approx_tolerance):
        return tol > 0
    # the gap between the figures as written, the tolerance the only slack: '$800 to
    # $1,000' and '$1,060' are $60 apart, not what 'about' or a rounding adds besides
    la, ha = as_written(a)
    lb, hb = as_written(b)
    gap = max(kb(lb) - ka(ha), ka(la) - kb(hb), 0.0)
    return gap < tol and gap <= _coarser_step(a, b, ka, kb) * (1 + 1e-9)


def as_written(c: Claim) -> tuple[float, float]:
    """The figures the wording names, with no rounding or 'about' around them: a range's
    ends, a bound's figure open on its side ('at least 300' is 300 and up), else the
    figure ('about 300', 'nearly 300': 300)."""
    if ranged(c) and c.lower is not None and c.upper is not None:
        return c.lower, c.upper
    if c.qualifier in LOWER_BOUNDS:
        return c.value, INF
    if c.qualifier in UPPER_BOUNDS:
        return -INF, c.value
    return c.value, c.value


def bound(c: Claim) -> bool:
    """A bound rather than a figure that may be a rounding: 'at least', 'more than', 'up
    to', 'fewer than', 'nearly', a range."""
    return short_of(c) or hedged_range(c) or c.qualifier not in ("exact", "approx")


def other_currencies(a: Claim, b: Claim) -> bool:
    return a.kind == "money" and b.kind == "money" and a.unit != b.unit


def same_figure(
    a: Claim,
    b: Claim,
    rel: float = 0.02,
    abs_tol: float = 0.0,
    approx_tolerance: float = APPROX_TOLERANCE,
    *,
    loose: bool = False,
) -> bool:
    """Equal within tolerance once converted (not past the coarser of their last written
    digits: ``steps_apart``), or one a rounding of the other: 'about
    11,000' and '10,800'; '10 miles' and '16 km' ('5%' and '6%', whose roundings only
    touch at 5.5, are two figures: ``compatible``). Units that neither match nor convert
    ('degrees Celsius' and 'degrees Fahrenheit') are never the same figure. Open bounds
    ('at least 3,000' and '3,500') are compatible, not the same figure; a bound and a
    figure that cannot both hold ('more than 300' and 'nearly 300', 'at least 100' and
    'fewer than 100', 'nearly 300' and '301') never are, whatever the tolerance."""
    if (bound(a) or bound(b)) and not compatible(a, b, approx_tolerance, loose=loose):
        return False  # 'nearly 300' is no rounding of 301, however close
    if a.spread and b.spread:  # each end its own figure
        return all(
            same_figure(x, y, rel, abs_tol, approx_tolerance, loose=loose)
            for x, y in zip(spread_ends(a), spread_ends(b), strict=True)
        )
    if unconvertible(a, b):
        return False  # '40 degrees Celsius' and '40 degrees Fahrenheit': two figures
    if completed_age(a) and completed_age(b):  # '18-month-old' is a '1-year-old'
        return compatible(a, b, approx_tolerance, loose=loose)
    ka, kb = factors(a, b)
    fa, fb = ka(a.value), kb(b.value)
    if abs(fa - fb) <= max(_abs_tolerance(ka, kb, abs_tol), rel * max(abs(fa), abs(fb))):
        return fa == fb or not steps_apart(a, b, ka, kb)
    if _one_bound_converted(a, b, fa, fb):
        # "up to 5 metres" and "as deep as 16 feet": one bound, converted; its ends are
        # judged as the figures they are
        return same_figure(_end(a), _end(b), rel, abs_tol, approx_tolerance, loose=loose)
    if a.qualifier in OPEN_BOUNDS or b.qualifier in OPEN_BOUNDS or ranged(a) or ranged(b):
        return False  # ('about 100 to 200' holds 180 without being its rounding)
    if not (rounded(a) or rounded(b)):
        return False
    return compatible(a, b, approx_tolerance, loose=loose)


def _one_bound_converted(a: Claim, b: Claim, fa: float, fb: float) -> bool:
    """Two bounds open on one side ('up to 5 metres', 'as deep as 16 feet'; no range) of
    measures in units that convert, whose ends (``fa``, ``fb``, in one unit) stand within
    CONVERSION_ROUNDING_SHARE of each other: a conversion's rounding, not a figure's
    ('up to 1 metre' is no 'up to 4 feet', 1.22 metres, though '1 metre' may be a rounding
    of it). Not ages: a bound's end is no completed age ('under 1 year old' holds no 18
    months)."""
    return (
        a.kind == "measure"
        and b.kind == "measure"
        and a.unit != b.unit
        and same_dimension(a.unit, b.unit)
        and any({a.qualifier, b.qualifier} <= side for side in (LOWER_BOUNDS, UPPER_BOUNDS))
        and abs(fa - fb) <= CONVERSION_ROUNDING_SHARE * max(abs(fa), abs(fb))
    )


def spread_ends(c: Claim) -> tuple[Claim, Claim]:
    """A spread's least and most as figures of their own ("ranging from 7 to 75 years":
    7 years, 75 years; Claim.spread): two spreads of one set agree only end by end
    ("from six to 75 years" is no "from 7 to 75 years", though each range holds the
    other's ends)."""
    lo = c.lower if c.lower is not None else c.value
    hi = c.upper if c.upper is not None else c.value
    return tuple(  # type: ignore[return-value]
        replace(c, qualifier="exact", value=v, lower=v, upper=v, spread=False) for v in (lo, hi)
    )


def _end(c: Claim) -> Claim:
    """A bound's end as a figure of its own ('up to 16 feet': 16 feet)."""
    return replace(c, qualifier="exact", lower=c.value, upper=c.value)


def steps_apart(a: Claim, b: Claim, ka: Scale, kb: Scale) -> bool:
    """Two plain figures further apart than the coarser of their last written digits
    (trailing zeros may be a rounding's): "$64.5 billion" and "$65.4 billion" (or "$65.45
    billion", "$65,400 million"), which no tolerance makes one figure; a figure one such
    step away is left to the tolerance ("$64.6 billion", "$99" beside "$99.99", "$140
    million" beside "$142 million"). Not a conversion ("($505 million)": the rate's).
    ``ka``, ``kb``: the scales to one unit (``factors``), which the caller has."""
    if a.qualifier != "exact" or b.qualifier != "exact" or a.in_words or b.in_words:
        return False
    if a.converted or b.converted or not comparable(a, b):
        return False
    return abs(ka(a.value) - kb(b.value)) > _coarser_step(a, b, ka, kb) * (1 + 1e-9)


def _coarser_step(a: Claim, b: Claim, ka: Scale, kb: Scale) -> float:
    """The coarser of two figures' last written digits, trailing zeros counted, in one
    unit (``ka``, ``kb``: scales, of which a step takes the factor); INF when unknown. A
    tolerance never reaches past it (steps_apart, within_tolerance); unknown, it is the
    tolerance alone."""
    step = max(ka.step(_claim_step(a)), kb.step(_claim_step(b)))
    return step if step > 0 else INF


@functools.lru_cache(maxsize=1 << 16)
def _claim_step(c: Claim) -> float:
    """A claim's written step widened by its trailing zeros (_widened), worked out once a
    claim (a frozen record, as _interval_of's), not once for every pair it is in."""
    return _widened(written_step(c), abs(c.value))


def _widened(step: float, value: float) -> float:
    """A written step widened by the figure's trailing zeros ("$140 million" to the ten
    million, "about $40 billion" to the ten billion); 0 when unknown."""
    if step <= 0 or not math.isfinite(value) or value == 0:
        return 0.0
    while _whole(value / (step * 10)):
        step *= 10
    return step


def fmt_num(v: float | None, plain: bool = False) -> str:
    """A figure as messages write it: "3,000", "1.5 billion", "open" for an open bound.
    ``plain``: every digit of a whole number ("1,500,000,000"), "–" for none, as the
    report's tables and claim tips show figures beside the text that states them."""
    if v is None:
        return "–" if plain else "open"
    if not math.isfinite(v):  # (the extractor reads none: extract.claims._finite)
        return str(v)
    if v != int(v):  # a product's float noise: 235,000 x 1.1 is 258,500.00000000003 (a
        v = float(f"{v:.12g}")  # whole figure keeps every digit: 34,123,456,789,012)
    if plain:
        return f"{int(v):,}" if v == int(v) and abs(v) < 1e15 else _unscaled(v)
    if abs(v) >= 1e9 and v % 1e7 == 0:
        return f"{v / 1e9:,.12g} billion"
    if abs(v) >= 1e6 and v % 1e4 == 0:
        return f"{v / 1e6:,.12g} million"
    return _unscaled(v)


def _unscaled(v: float) -> str:
    """A figure in digits, never with an exponent (2.585e+05 was shown beside the claims):
    whole or from 1,000 to the unit, below to four digits, tiny ones in decimals."""
    if abs(v) >= 1e15 and v == int(v):
        # past the digits a float holds: the shortest that read back as it (those it was
        # read from), not its binary tail ('1,152,921,504,606,846,976' of ...847,000)
        return f"{int(decimal.Decimal(repr(v))):,}"
    if abs(v) >= 1000 or v == int(v):
        return f"{v:,.0f}"
    if abs(v) >= 1e-3:
        return f"{v:,.4g}"
    return f"{v:.10f}".rstrip("0").rstrip(".") or "0"

"""Check kinds: small functions from a group of claims to outcomes, each with its parameters.

Rules are data and select a check kind by name; a check never decides which groups it
sees. An outcome carries the claims it is about, the numbers it compared and the fields
for the rule's message template.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

from crosscheck import quantity
from crosscheck.extract.lexicon import SPEAKER_ROLES, SPEAKS_NO_MORE
from crosscheck.match.features import one_day, spans_overlap
from crosscheck.model import (
    BARE_DEGREE,
    Claim,
    SourceNames,
    by_name,
    day_of,
    source_list,
    source_name,
    source_names,
    update_words,
)
from crosscheck.quantity import figure_key, fmt_num
from crosscheck.rules import timeline
from crosscheck.sources import editing_difference

Number = (int, float)


@dataclass(slots=True)
class Outcome:
    claims: list[Claim]
    verdict: str  # discrepancy, compatible, corroboration
    fields: dict[str, Any]
    compared: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None  # None: the rule's severity
    difference: dict[str, str] | None = None  # update, contradiction or undetermined (timeline)
    timeline: list[dict[str, Any]] | None = None  # the claims' timeline.entries(), if made
    # the unit a finding of part of its group is about (_comparable_parts): its subject
    # says it where the group's label names another ('sievert' of a 'gray' group)
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class CheckKind:
    name: str
    run: Callable[[list[Claim], dict[str, Any], Any], list[Outcome]]
    params: dict[str, tuple[Any, Any]]  # name -> (type, default)
    default_message: str
    doc: str
    # the message fields its findings fill: COMMON_FIELDS and its own (MESSAGE_FIELDS)
    fields: frozenset[str] = frozenset()


CHECKS: dict[str, CheckKind] = {}
MESSAGE_FIELDS = {
    "subject",
    "values",
    "sources",
    "documents",
    "spread",
    "verdict",
    "count",
    "min",
    "max",
    "unit",
    "rule",
    "times",
    "currencies",
    "independent",
    "agree",
    "touching",
}


# The fields every finding fills (the engine's, from its group and claims); the others are
# a kind's own, and blank in the findings of every other kind: a rule's message with
# {spread} on an attribution-agreement printed an empty spread (refused when it loads).
COMMON_FIELDS = frozenset(
    {"subject", "rule", "unit", "documents", "count", "sources", "independent", "agree"}
)


def register(
    name: str, params: dict[str, tuple[Any, Any]], message: str, fields: tuple[str, ...]
) -> Callable[..., Any]:
    def wrap(fn: Callable[[list[Claim], dict[str, Any], Any], list[Outcome]]) -> Any:
        doc = (fn.__doc__ or "").strip()
        CHECKS[name] = CheckKind(name, fn, params, message, doc, COMMON_FIELDS | set(fields))
        return fn

    return wrap


# --- helpers -------------------------------------------------------------------------------


def interval(c: Claim, approx_tolerance: float) -> tuple[float, float]:
    """The interval the wording allows (qualifier, written precision), with the rule's
    tolerance for approximations: crosscheck.quantity."""
    return quantity.interval(c, approx_tolerance)


def recorded_tolerances(compared: dict[str, Any]) -> tuple[float, float, float]:
    """A finding's recorded tolerances (its evidence's ``compared``: relative, absolute,
    'about'), each the rules' default where it records none: what the report's pages and
    each claim's interval in a finding's evidence read them by."""

    def number(key: str, default: float) -> float:
        value = compared.get(key, default)
        return float(value) if isinstance(value, int | float) else default

    return (number("rel_tolerance", 0.02), number("abs_tolerance", 0.0),
            number("approx_tolerance", quantity.APPROX_TOLERANCE))  # fmt: skip


def about_tolerance(compared: Any) -> float:
    """The 'about' tolerance a finding recorded (its evidence's ``compared``; quantity's
    own for one that records none, or a damaged store row's that is no mapping)."""
    return recorded_tolerances(compared if isinstance(compared, dict) else {})[2]


def phrase(c: Claim) -> str:
    return f"“{c.text}”"


def by_document(claims: list[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.document, []).append(c)
    return out


def differ(a: float, b: float, rel: float, abs_tol: float) -> bool:
    return abs(a - b) > max(abs_tol, rel * max(abs(a), abs(b)))


QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "at_least": "at least ",
    "more_than": "more than ",
    "at_most": "up to ",
    "less_than": "fewer than ",
}


def figure(c: Claim) -> str:
    """'at least 3,000', 'about 11,000', 'nearly 300', '3,000-3,500': the figure as the
    wording gives it ('nearly' and 'almost' in the claim's own word: they say less than
    'about'); a fraction in words as the article writes it ('a third', 'nearly half'),
    not the percentage it is read as (33.33)."""
    if quantity.written_fraction(c) is not None:
        return c.text[:1].lower() + c.text[1:]
    if quantity.ranged(c) and c.lower is not None and c.upper is not None:
        ends = f"{fmt_num(c.lower)}-{fmt_num(c.upper)}"
        if c.qualifier == "range":
            return ends
        hedge = c.text.split()[0].lower() if quantity.short_of(c) else "about"
        return f"{hedge} {ends}"  # 'about 100-200', 'nearly 10-12'
    if quantity.short_of(c):
        return f"{c.text.split()[0].lower()} {fmt_num(c.value)}"
    return QUALIFIER_WORDS.get(c.qualifier, "") + fmt_num(c.value)


def _side(c: Claim) -> str:
    """Where a claim's wording puts the quantity against its own figure: 'more than 300'
    above 300, 'nearly 300' below it, 'at least 300' at or above it."""
    lo, hi = quantity.ends(c)
    if lo == quantity.STRICT:
        return "above"
    if hi == quantity.STRICT:
        return "below"
    return {"at_least": "at or above", "at_most": "at or below"}.get(c.qualifier, "at")


def _sides(claims: list[Claim], units: bool = False) -> str:
    """Bounds at one figure that face each other, in words: 'nearly 300 is below 300, more
    than 300 above it' (not '300 is 0.0% above 300'); with ``units``, each figure with its
    own ('nearly 5 km is below 5 km, more than 3.1 miles above it')."""
    words = list(dict.fromkeys((_worded(c, units), _side(c)) for c in claims))
    first, rest = words[0], words[1:]
    said = [f"{first[0]} is {first[1]} {_amount(claims[0], units)}"]
    return ", ".join(said + [f"{fig} {side} it" for fig, side in rest])


def _worded(c: Claim, units: bool) -> str:
    """The figure as its wording gives it (``figure``), with its unit when asked and its
    wording does not end with it already (a fraction in words: 'half a mile', not 'half a
    mile mile')."""
    said, unit = figure(c), quantity.unit_words(c) if units else ""
    if unit and re.search(rf"(?<![\w-]){re.escape(unit)}$", said, re.IGNORECASE):
        return said
    return quantity.with_unit(said, unit)


def worded_figures(claims: Sequence[Claim], among: Sequence[Claim]) -> list[str]:
    """``claims``' figures as a finding's message words them (_describe_values: figure(),
    'more than 30', with its unit when ``among``, the finding's claims, mix units), in
    order of value, each once: the latest figure's words (timeline.latest)."""
    units = _mixed(among)
    ordered = sorted(claims, key=lambda c: (c.value, c.text))
    return list(dict.fromkeys(_worded(c, units) for c in ordered))


def _amount(c: Claim, units: bool, value: float | None = None, qualified: bool = False) -> str:
    """The claim's figure (or ``value``, in its unit), with its unit when asked ('16 km'
    beside '10 miles', '18 months old' beside '1 year old'); ``qualified``: as its wording
    gives it ('more than 2,000', figure())."""
    if qualified:
        return _worded(c, units)
    v = c.value if value is None else value
    return quantity.with_unit(fmt_num(v), quantity.unit_words(c, v) if units else "")


def _percent_digits(pct: float) -> int:
    """The decimals a percentage is written with: one ('16.7%'), or as many as its first
    digit that is not 0 needs ('0.04%' of 2,302 against 2,301), so that a difference is
    never written as none ('0.0% above')."""
    digits = 1
    while pct and math.isfinite(pct) and float(f"{abs(pct):.{digits}f}") == 0 and digits < 15:
        digits += 1
    return digits


def _percent(pct: float) -> str:
    """'16.7%', '0.04%': a difference as a percentage, to _percent_digits()."""
    return f"{pct:.{_percent_digits(pct)}f}%"


def _percent_value(pct: float) -> float:
    """The percentage a report records: to two decimals, or to as many as the message
    writes it with when two would make it 0 (a difference of 0.004% is no 0.0)."""
    return round(pct, max(2, _percent_digits(pct)))


def _differing_end(
    a: Claim, b: Claim, scale: dict[int, quantity.Scale]
) -> tuple[str, Claim, Claim, float, float] | None:
    """Where two spreads (Claim.spread) differ most: 'low' or 'high', the claim with the
    lower figure there and the other, and the two figures (in one unit, by ``scale``);
    None if their ends are the same figures. (Which end the rule found differing is the
    rule's tolerance's; the end furthest apart is one it did.)"""
    ends = zip(quantity.spread_ends(a), quantity.spread_ends(b), strict=True)
    best: tuple[float, str, Claim, Claim, float, float] | None = None
    for side, (x, y) in zip(("low", "high"), ends, strict=True):
        fx, fy = scale[id(a)](x.value), scale[id(b)](y.value)
        gap = abs(fx - fy) / max(abs(fx), abs(fy)) if max(abs(fx), abs(fy)) else 0.0
        if gap > 0 and (best is None or gap > best[0]):
            best = (gap, side, *((b, a, y.value, x.value) if fx > fy else (a, b, x.value, y.value)))
    return None if best is None else best[1:]


def _near_end(c: Claim, side: str) -> float:
    """A range's end on ``side`` ('upper', 'lower'), else the figure."""
    end = getattr(c, side) if quantity.ranged(c) else None
    return c.value if end is None else end


def _mixed(claims: Sequence[Claim]) -> bool:
    """Whether the figures are in different units of measurement, that convert into each
    other (km and miles) or not (mph and a unit with no conversion): then each is shown
    with its unit."""
    measured = {c.unit for c in claims if c.kind in quantity.MEASURED}
    return len(set(quantity.common_factors(claims))) > 1 or len(measured) > 1


def uncomparable(claims: Sequence[Claim]) -> bool:
    """Whether two measurements among the figures do not convert into one scale (their
    units, or two temperatures whose reading is in doubt: quantity.unconvertible), or a
    degree of no named scale stands beside both named ones (quantity.in_no_scale): a bare
    figure beside them would hide which unit it is in. Figures of one unit always can be
    (no pair of them is asked), and a figure written alike twice is asked once: a group
    of many copies would cost the square of them."""
    by_unit: dict[str | None, dict[tuple[Any, ...], Claim]] = {}
    for c in claims:  # each unit's figures, each once (copies repeat a figure as written)
        if c.kind in quantity.MEASURED:
            by_unit.setdefault(c.unit, {}).setdefault(figure_key(c), c)
    if len(by_unit) < 2:
        return False
    if quantity.in_no_scale([next(iter(f.values())) for f in by_unit.values()]):
        return True
    # (figures of one unit always compare; of two, each pair once: temperatures whose
    # reading is in doubt are in doubt figure by figure)
    return any(
        quantity.unconvertible(a, b)
        for fa, fb in itertools.combinations(by_unit.values(), 2)
        for a in fa.values()
        for b in fb.values()
    )


def _comparable_parts(claims: Sequence[Claim]) -> list[tuple[str, list[Claim]]]:
    """A group's measurements that can be compared for certain where some of the group's
    cannot (units that do not convert, temperatures whose reading is in doubt): each
    unit's figures as written, in the order of the units' names, never a degree of no
    named scale (whose scale such a group leaves in doubt), a unit's only where two
    articles or more give them; each in group order. Each pair of figures is compared at
    most once, and none of two units, which is what may be in doubt; which are compared
    depends on no order of the articles nor copy."""
    by_unit: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind in quantity.MEASURED and (c.unit or "").lower() != BARE_DEGREE:
            by_unit.setdefault(c.unit or "", []).append(c)
    return [
        (unit, part)
        for unit, part in sorted(by_unit.items())
        if len({c.document for c in part}) > 1
    ]


_LEFT_OUT_SHOWN = 5  # figures a part's finding names as not compared with it, then a count


def _left_out(claims: Sequence[Claim], part: Sequence[Claim]) -> str:
    """What a finding of one unit's figures of a group (``_comparable_parts``) says of the
    group's others: 'not compared with them: 104 F, 111 degrees (in other units; the
    figures are temperatures (C, F, degrees) that ...: they cannot be compared without
    knowing which they are)', up to five, then a count."""
    kept = {id(c) for c in part}
    others = list(dict.fromkeys(_worded(c, True) for c in claims if id(c) not in kept))
    listed = ", ".join(others[:_LEFT_OUT_SHOWN])
    if len(others) > _LEFT_OUT_SHOWN:
        listed += f" and {len(others) - _LEFT_OUT_SHOWN} more"
    spread, verdict = _unconverted_words(claims)
    return (f"not compared with them: {listed} (in other units; {spread[:1].lower()}"
            f"{spread[1:]}: {verdict})")  # fmt: skip


def _unconverted_words(claims: Sequence[Claim]) -> tuple[str, str]:
    """The spread and verdict of figures that cannot be compared (``uncomparable``): units
    that do not convert, or temperatures whose reading is in doubt (quantity.comparable:
    "20C" and "36F" agree as differences of temperature, not as readings)."""
    units = _units_listed(claims)
    if all(quantity.temperature(c) for c in claims if c.kind in quantity.MEASURED):
        return (
            f"The figures are temperatures ({units}) that agree read one way and not the "
            "other (as readings or as differences of temperature, a degree of no named "
            "scale in either scale)",
            "they cannot be compared without knowing which they are",
        )
    return (
        f"The figures are in units crosscheck does not convert into each other ({units})",
        "they cannot be compared without a conversion crosscheck does not know",
    )


def _units_listed(claims: Sequence[Claim]) -> str:
    """The units of figures that do not convert, each once however it is written: '190
    pounds' and '195 lbs' are one unit, named as its first figure words it ('pounds, lbs,
    kg' read as three); and each wording once ('b/g' of two units is said once)."""
    first = {c.unit: quantity.unit_words(c) for c in reversed(claims)}
    return ", ".join(dict.fromkeys(first[c.unit] for c in claims))


def article(doc_id: str, documents: Mapping[str, Any] | None = None) -> str:
    """An article as a message credits a figure to it: its outlet beside its file when
    its metadata names one ('Coast Herald (a.md)'; an editor knows outlets, a log is read
    by file), else the file ('a.txt'), as the timeline's latest figure names outlets."""
    doc = documents.get(doc_id) if documents is not None else None  # (looks at one only)
    outlet = getattr(doc, "source", None)
    return f"{outlet} ({doc_id})" if outlet and outlet != doc_id else doc_id


def _describe_values(
    claims: list[Claim],
    limit: int = 3,
    documents: Mapping[str, Any] | None = None,
    names: SourceNames | None = None,
    spare: int = 0,
    units: bool = False,
) -> str:
    """'at least 3,000 (JCS, a.txt); about 3,500 (NIS, b.txt)': one entry per figure, with
    its sources and documents (the first few, then a count; all of them where no more than
    ``spare`` would be counted), each document with its outlet when ``documents`` names
    one (article()); each source by the name ``names`` gives it (source_names of the
    finding's claims, which may be more than ``claims``), else the name these claims give
    it. Each figure with its unit where they mix units (_mixed), or ``units`` says so."""
    by_fig: dict[str, list[Claim]] = {}
    units = units or _mixed(claims)
    for c in claims:
        by_fig.setdefault(_worded(c, units), []).append(c)

    def listed(docs: list[str], more: str = " and {} more") -> str:
        hidden = len(docs) - limit if len(docs) > limit + spare else 0
        shown = ", ".join(article(d, documents) for d in docs[: len(docs) - hidden])
        return shown + (more.format(hidden) if hidden else "")

    names = names if names is not None else source_names(c.attribution for c in claims)
    parts = []
    for fig, cs in by_fig.items():
        of_doc: dict[str, set[str]] = {}  # each article's sources of this figure, by name
        for c in cs:
            of_doc.setdefault(c.document, set()).update([source_name(c.attribution, names)]
                                                        if c.attribution else [])  # fmt: skip
        groups: dict[tuple[str, ...], list[str]] = {}  # the articles that credit the same
        for doc, credited in of_doc.items():
            groups.setdefault(tuple(by_name(credited)), []).append(doc)
        if len(groups) == 1:  # one credit for every article: '(JCS; a.txt, b.txt)'
            ((who, docs),) = groups.items()
            credit = f"{', '.join(who)}; " if who else ""
            parts.append(f"{fig} ({credit}{listed(docs)})")
        else:  # each credit beside its articles only: '(officials in b.txt, no source in a.txt)'
            said = [f"{', '.join(who) or 'no source'} in {listed(docs, ' (+{} more)')}"
                    for who, docs in groups.items()]  # fmt: skip
            parts.append(f"{fig} ({', '.join(said)})")
    return "; ".join(parts)


def values_listed(
    message: str, claims: list[Claim], documents: Mapping[str, Any], spare: int
) -> str:
    """``message`` with the figures its {values} lists (_describe_values of ``claims``)
    listed with every article where no more than ``spare`` were left to a count ('4.6
    (USGS in a.md, b.md, c.md (+1 more))'): as the page shows it, whose reader cannot ask
    for the others (report.json and the text keep the message as it is). The message
    as it is where it lists no such figures (another check's words, or cut short)."""
    if " more" not in message:  # (no list of it cut short: the common case, at no cost)
        return message
    short = _describe_values(claims, documents=documents)
    whole = _describe_values(claims, documents=documents, spare=spare)
    return message.replace(short, whole, 1) if short != whole else message


def _pairs(claims: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of claims from two different documents, documents in order."""
    docs = by_document(claims)
    names = list(docs)
    for i, da in enumerate(names):
        for db in names[i + 1 :]:
            for a in docs[da]:
                for b in docs[db]:
                    yield a, b


def _pairs_by_figure(
    claims: list[Claim], signature: Callable[[Claim], Any], judge: Callable[[Claim, Claim], Any]
) -> Iterator[tuple[Claim, Claim, Any]]:
    """The cross-document pairs that ``judge`` (a function of the two claims' signatures
    only) finds something for (not None), with its verdict. Each pair of distinct
    signatures is judged once, so a group of many copies of a few figures costs the
    square of its figures, not of its claims."""
    sig = {id(c): signature(c) for c in claims}
    verdicts: dict[tuple[Any, Any], Any] = {}
    for a, b in _pairs(claims):
        key = (sig[id(a)], sig[id(b)])
        if key not in verdicts:
            verdicts[key] = judge(a, b)
        if verdicts[key] is not None:
            yield a, b, verdicts[key]


MAX_PAIRS = 100  # pairs listed in a finding's evidence; pairs_total counts them all


class PairJudgement(NamedTuple):
    """How numeric-agreement judges two figures of a group (``judge_pair``): whether they
    can both hold (``overlap``), whether they miss each other by less than the tolerance
    (``close``), where they only touch (``touch``), whether they agree all the same
    ('1,000' and 'more than 1,000', named as touching beside figures that differ),
    whether they are one person's age a birthday apart (``aged``) and whether one is a
    count written round that may be the other's figure rounded (``rounded``: '50,500
    offences' and '50,489', _may_round: 1 when the first is the round one, 2 the second,
    0 neither) or a measure that may be the other converted and rounded (``converted``:
    '460 mm' and 'up to 18 inches', quantity.rounded_conversion; 1, 2 or 0 alike)."""

    overlap: bool
    close: bool
    touch: quantity.Touch | None
    agree: bool
    aged: bool = False
    rounded: int = 0
    converted: int = 0

    def round_first(self, a: Claim, b: Claim) -> tuple[Claim, Claim]:
        """The two claims judged, the round one (``rounded``) first."""
        return (a, b) if self.rounded == 1 else (b, a)

    def converted_first(self, a: Claim, b: Claim) -> tuple[Claim, Claim]:
        """The two claims judged, the rounded conversion (``converted``) first."""
        return (a, b) if self.converted == 1 else (b, a)


# what says a round count is exact as written ("exactly 5,000 runners", "5,000 runners
# exactly")
_EXACTLY = re.compile(r"\b(?:exactly|precisely)\s+$", re.IGNORECASE)
_EXACTLY_AFTER = re.compile(r"[\s,]*(?:exactly|precisely)\b", re.IGNORECASE)


def _said_exactly(c: Claim, documents: dict[str, Any]) -> bool:
    """Whether the words beside the claim in its article say its figure is exact."""
    d = documents.get(c.document)
    text = getattr(d, "text", "") or ""
    start, end = c.span
    return bool(_EXACTLY.search(text, max(0, start - 16), start) or _EXACTLY_AFTER.match(text, end))


def _as_of(c: Claim, documents: dict[str, Any]) -> tuple[date | None, bool]:
    """What a round count's rounding depends on besides the figures (_may_round): the
    day its article states it (None undated) and whether its words say the figure moved
    ("rose to 1,008", "revised down to 1,000")."""
    d = documents.get(c.document)
    if d is None:
        return None, False
    moment = timeline.moment_of(d)
    day = day_of(moment.moment) if moment is not None else None  # the day it states
    return day, timeline.moved(c, d) is not None


def _may_round(r: Claim, o: Claim, documents: dict[str, Any]) -> bool:
    """Whether ``r``, a count written round, may be ``o``'s figure rounded
    (quantity.rounds_to): its article not saying it is exact ("exactly 5,000"), both
    stated on one day (or undated) and neither's words saying the figure moved (1,000
    dead on Monday, 1,008 on Wednesday, or "rose to 1,008": a later report, an update)."""
    if not quantity.rounds_to(r, o) or _said_exactly(r, documents):
        return False
    (day_r, moved_r), (day_o, moved_o) = _as_of(r, documents), _as_of(o, documents)
    return not (moved_r or moved_o) and (day_r is None or day_o is None or day_r == day_o)


def rounding(a: Claim, b: Claim, documents: dict[str, Any]) -> int:
    """Which of two figures may be the other rounded (_may_round): 1 the first, 2 the
    second, 0 neither."""
    return 1 if _may_round(a, b, documents) else 2 if _may_round(b, a, documents) else 0


def pair_signature(c: Claim, documents: dict[str, Any], rounds: bool = False) -> Any:
    """What judge_pair's verdict on a claim depends on: its figure (quantity.figure_key),
    and for an age its article's moment too (timeline.moment_of: a birthday between two
    articles' dates), so that pairs of one pair of figures from articles of other dates
    are judged apart ("36" in June, "35" in January, "36" in December); in a group that
    holds a count written round (``rounds``: any_round), a count's day and words too
    (_may_round). The rule and the report's compare view judge each pair of signatures
    once."""
    # (a round count's or its partner's: a partner is within 1% of 1,000 or more)
    if rounds and c.kind == "count" and c.value >= 1000 * (1 - quantity.ROUND_COUNT_SHARE):
        exact = quantity.round_count(c) and _said_exactly(c, documents)
        return figure_key(c), exact, _as_of(c, documents)
    if c.kind != "age":
        return figure_key(c)
    d = documents.get(c.document)
    moment = timeline.moment_of(d) if d is not None else None
    return figure_key(c), moment.at if moment is not None else None


def hedged_reading(
    claims: Sequence[Claim], documents: Mapping[str, Any]
) -> Callable[[Claim], Claim]:
    """How each of ``claims`` is judged: a headline's figure its own article gives
    hedged in its body as that hedged claim ("Norvik Telecom to cut 1,200 jobs" over "it
    would cut about 1,200 jobs" is one statement, the hedge the body's: a headline drops
    it, and "1,200" is never judged against another article's "1,187"), any other claim
    as itself. The same figure, event, change and modifiers, the unit in any case ("To
    Cut 1,200 Jobs"), and the body's event and time frame where the headline says none;
    an "about" (not a "nearly", which bounds, nor a range); a plain figure in the body
    ("In all, 1,200 homes") is its own firm count. The rules and the report's compare
    view judge each figure so (numeric_agreement, corroboration, html._compared)."""

    def what(c: Claim) -> tuple[Any, ...]:
        return (c.document, c.value, (c.unit or "").lower(), c.change, c.negated, c.modifiers)

    def frame(c: Claim) -> tuple[str | None, str | None] | None:
        return (c.time.start, c.time.end) if c.time else None

    hedged: dict[tuple[Any, ...], Claim] = {}
    for c in claims:
        if c.qualifier == "approx" and not quantity.short_of(c) and not quantity.ranged(c):
            hedged.setdefault(what(c), c)
    twins: dict[str, Claim] = {}
    for c in claims if hedged else ():
        title = getattr(documents.get(c.document), "title_span", None)
        if c.qualifier != "exact" or not title or c.span[1] > title[1]:
            continue
        twin = hedged.get(what(c))
        # (a headline says no time, and no verb in Title Case, as often as not)
        if (
            twin is not None
            and twin.span[0] >= title[1]
            and c.predicate in (None, twin.predicate)
            and frame(c) in (None, frame(twin))
        ):
            twins[c.id] = twin
    return lambda c: twins.get(c.id, c)


def figure_signatures(
    claims: Sequence[Claim], documents: dict[str, Any]
) -> tuple[Callable[[Claim], Claim], Callable[[Claim], Any]]:
    """How numeric-agreement and the report's compare view read a group's claims, one
    way: each as judged (hedged_reading), and what its pairs' judgement depends on
    (pair_signature, with the group's round counts read once: any_round)."""
    as_said = hedged_reading(claims, documents)
    rounds = any_round(claims)
    return as_said, lambda c: pair_signature(as_said(c), documents, rounds)


def any_round(claims: Sequence[Claim]) -> bool:
    """Whether a group holds a count written round (quantity.round_count), whose pairs'
    signatures then tell the counts' days and words apart (pair_signature)."""
    return any(quantity.round_count(c) for c in claims)


def judge_pair(
    a: Claim, b: Claim, rel: float, abs_tol: float, approx: float, documents: dict[str, Any]
) -> PairJudgement | None:
    """Two figures of a group as numeric-agreement judges them, with its tolerances; None
    when they agree and do not touch, or are amounts in other currencies (unit-agreement's
    work). The one judgement of a pair: the rule's, and the report's compare view's."""
    if figure_key(a) == figure_key(b):
        return None  # one figure in the same words agrees with itself: an age of many
        # articles' dates, judged pair by pair, asked this of each pair of articles
    if quantity.other_currencies(a, b):
        return None  # other currencies: unit-agreement's work
    if figures_agree(a, b, rel, abs_tol, approx):
        touch = quantity.touching(a, b, approx)
        return None if touch is None else PairJudgement(True, True, touch, True)
    if rounded := rounding(a, b, documents):
        return PairJudgement(True, True, None, False, rounded=rounded)  # a note that says so
    if quantity.unconvertible(a, b):  # psi and bar, temperatures read two ways: no figure
        return PairJudgement(False, False, None, False)
    years = _years_between(a, b, documents)
    if years and quantity.ages_meet_over(a, b, years):
        return PairJudgement(True, True, None, False, aged=True)
    # quantity.compatible's two readings (other currencies are left above), each asked
    # once: as written, else as a rounded conversion (which one is converted: the words)
    written = quantity.meet_as_written(a, b, approx)
    conversion = None if written else quantity.rounded_conversion(a, b)
    overlap = written or conversion is not None
    touch = quantity.touching(a, b, approx) if overlap else None  # (none if not compatible)
    close = overlap or quantity.within_tolerance(a, b, rel, abs_tol, approx)
    converted = 0 if conversion is None else 1 if conversion is a else 2
    return PairJudgement(overlap, close, touch, False, converted=converted)


# --- numeric-agreement ---------------------------------------------------------------------


@register(
    "numeric-agreement",
    {
        "rel_tolerance": (Number, 0.02),
        "abs_tolerance": (Number, 0.0),
        "approx_tolerance": (Number, quantity.APPROX_TOLERANCE),
        "compatible_severity": (str, "warning"),
        "touching_severity": (str, "info"),
        "update_severity": (str, ""),
        "revision_severity": (str, ""),
        "contradiction_severity": (str, ""),
        "same_time_hours": (Number, 2.0),
    },
    "{subject}: {values}. {spread}; {verdict}",
    ("values", "spread", "verdict", "min", "max"),
)
def numeric_agreement(claims: list[Claim], p: dict[str, Any], ctx: Any) -> list[Outcome]:
    """Figures for the same subject differ beyond the tolerance. Judged on the intervals
    the wording allows: when they still overlap ("at least 3,000" and "around 3,500") the
    finding says so and takes ``compatible_severity``; when they cannot both hold it takes
    the rule's severity, unless they miss each other by less than the tolerance
    (``rel_tolerance``, ``abs_tolerance``: "nearly $300" and "$301" at 2%), as two plain
    figures that far apart would agree: then it is a discrepancy at
    ``compatible_severity``. No tolerance reaches past the coarser of two figures' last
    written digits ("$64.5 billion" and "$65.4 billion": quantity.steps_apart). The
    severity follows the gap between the intervals, so with
    no tolerance (counts) "nearly 300" against "301" is as severe as "105" against "106".
    Rounding within ``approx_tolerance`` ("about 11,000" vs "10,900") is agreement.
    Figures that are compatible only because an end may be a rounding ("800 to 1,000" and
    "more than 1,000" share only the 1,000 that "more than" excludes: every pair only
    touches, crosscheck.quantity.touching) take ``touching_severity`` instead ('' keeps
    ``compatible_severity``).

    Whether the difference is an update (later reports, or the wording, move the figure)
    or a contradiction (sources disagree at one time) is read from the articles' dates
    (crosscheck.rules.timeline; figures the wording reconciles are only ever called an
    update); ``update_severity`` and ``contradiction_severity`` set the severity of a
    discrepancy of each kind ('' keeps the rule's), ``revision_severity`` that of an update
    an outlet's own later figure or an article's words show ("rose to"), not the dates of
    different outlets alone ('' keeps ``update_severity``), and two articles count as
    published at one time within ``same_time_hours`` when both give a time of day (else
    on one day).

    Figures some of which cannot be compared (units that do not convert, temperatures
    whose reading is in doubt, a degree of no named scale) are judged in parts that can
    be (``_comparable_parts``): each part whose figures differ is a finding of its own,
    which names the figures left out and why; when none differ, the group is a note that
    they cannot be compared."""
    if uncomparable(claims):  # each part of figures that can be compared, if any differ
        found = [
            replace(o, unit=unit)
            for unit, part in _comparable_parts(claims)
            for o in _numeric_agreement(part, p, ctx, _left_out(claims, part))
        ]
        if found:
            return found
    return _numeric_agreement(claims, p, ctx)


def _numeric_agreement(
    claims: list[Claim], p: dict[str, Any], ctx: Any, left_out: str = ""
) -> list[Outcome]:
    """numeric-agreement's judgement of ``claims``, all of them compared (a note that they
    cannot be compared when some cannot). ``left_out``: what a part of a group says of the
    group's figures it does not compare (_left_out), after its verdict; its figures are
    then each said with its unit, as where they mix units (_mixed), though they may not."""
    units = bool(left_out)
    rel, abs_tol, approx = p["rel_tolerance"], p["abs_tolerance"], p["approx_tolerance"]
    documents = getattr(ctx, "documents", {})
    aged: list[tuple[Claim, Claim]] = []
    roundings: list[tuple[Claim, Claim]] = []
    conversions: list[tuple[Claim, Claim]] = []  # a measure, the one it may convert

    as_said, signature = figure_signatures(claims, documents)

    def judge(a: Claim, b: Claim) -> PairJudgement | None:
        """judge_pair's judgement, its ages that meet over the years between the articles,
        its round counts that may be the other figure rounded and its measures that may be
        the other converted and rounded noted."""
        judged = judge_pair(as_said(a), as_said(b), rel, abs_tol, approx, documents)
        if judged is not None and judged.aged:
            aged.append((a, b))  # one person's age, a birthday between the articles
        if judged is not None and judged.rounded:
            roundings.append(judged.round_first(a, b))
        if judged is not None and judged.converted:
            conversions.append(judged.converted_first(as_said(a), as_said(b)))
        return judged

    # the differing pairs judged (compatible, touching), and the pairs that only touch,
    # differing ("800 to 1,000" and "more than 1,000") or agreeing ("1,000" and "more
    # than 1,000")
    judged_pairs: list[tuple[Claim, Claim, bool, bool, bool]] = []
    touched: list[tuple[Claim, Claim, quantity.Touch]] = []
    touched_agreeing: list[tuple[Claim, Claim, quantity.Touch]] = []
    seen: set[int] = set()
    # the pairs that cannot both hold, one of each pair of figures (first seen), and their
    # claims: the spread names such a pair when the group's extremes can both hold
    clashes: dict[frozenset[tuple[Any, ...]], tuple[Claim, Claim]] = {}
    clashing: set[int] = set()
    total, compatible, near, touches = 0, True, True, 0
    for a, b, (overlap, close, touch, agree, _aged, rounded, _conv) in _pairs_by_figure(
        claims, signature, judge
    ):
        if agree:  # named as touching beside the figures that differ, never one of them
            if touch and len(touched_agreeing) < MAX_PAIRS:
                touched_agreeing.append((a, b, touch))
            continue
        if touch and len(touched) < MAX_PAIRS:  # (worded as judged: the body's "about")
            touched.append((as_said(a), as_said(b), touch))
        seen.update((id(a), id(b)))  # the figures that differ make the finding
        if not overlap:
            clashes.setdefault(frozenset((figure_key(a), figure_key(b))), (a, b))
            clashing.update((id(a), id(b)))
        total += 1
        compatible = compatible and overlap
        near = near and close
        touches += touch is not None
        if len(judged_pairs) < MAX_PAIRS:
            judged_pairs.append((a, b, overlap, touch is not None, bool(rounded)))
    if not seen:
        return []
    # an agreeing pair is named only between figures of the finding, after the differing
    # pairs: it never crowds them out of the first MAX_PAIRS
    touched += [
        (as_said(a), as_said(b), t) for a, b, t in touched_agreeing if {id(a), id(b)} <= seen
    ]
    touched = touched[:MAX_PAIRS]
    touching = compatible and touches == total  # both hold only if an end is a rounding
    involved = list(dict.fromkeys(c for c in claims if id(c) in seen))  # group order
    scale = dict(zip(map(id, involved), quantity.common_factors(involved), strict=True))
    # the spread is between the figures furthest apart that cannot both hold (all of them
    # when they can): '60-100' and 'more than 100' only touch, and never say why 'nearly
    # 100' and 'more than 100' beside them cannot both be true
    pool = [c for c in involved if id(c) in clashing] or involved
    lo_c = min(pool, key=lambda c: scale[id(c)](c.value))  # in one unit: feet, metres
    hi_c = max(pool, key=lambda c: scale[id(c)](c.value))
    if clashes and frozenset((figure_key(lo_c), figure_key(hi_c))) not in clashes:
        # (bounds at one figure: the lowest and highest may be two that can both hold)
        def width(pair: tuple[Claim, Claim]) -> float:
            return abs(scale[id(pair[0])](pair[0].value) - scale[id(pair[1])](pair[1].value))

        widest = max(clashes.values(), key=width)  # the first of the widest
        lo_c, hi_c = sorted(widest, key=lambda c: scale[id(c)](c.value))
    worded = spread_words(lo_c, hi_c, involved, pool, compatible, scale, units)
    spread, spread_by, pct, gap = worded.words, worded.by, worded.pct, worded.gap
    overlap, unconverted = worded.overlap, uncomparable(involved)
    mixed = units or _mixed(involved)
    near_lo, near_hi = worded.near
    said: set[str] = set()  # touching pairs the spread already words
    # each figure's place in the message's list of them (_describe_values): the order a
    # touching pair is named in
    listed = {w: i for i, w in enumerate(dict.fromkeys(_worded(c, mixed) for c in involved))}
    if touching:  # "800-1,000 ends at 1,000, which more than 1,000 excludes"
        spread = "; ".join(dict.fromkeys(_touch_words(a, b, t, mixed) for a, b, t in touched))
        spread = _capital(spread)
        spread_by = None
    elif overlap and (spread_touch := _touching_pair(touched, hi_c, lo_c)):
        spread = _only_touch(*spread_touch, mixed, listed)  # the two it names do not overlap
        said.add(spread)  # named once, here
        spread = _capital(spread)
    not_compared = _unconverted_words(involved) if unconverted else ("", "")
    if unconverted:  # no percentage between units that do not convert
        spread_by = None
        spread = not_compared[0]
    story = timeline.entries(involved, documents)

    def cannot_both(a: Claim, b: Claim) -> bool:  # as judge() finds them, no side effects
        a, b = as_said(a), as_said(b)
        return not (
            quantity.other_currencies(a, b)
            or figures_agree(a, b, rel, abs_tol, approx)
            or quantity.compatible(a, b, approx)
            or rounding(a, b, documents) != 0
        )

    judged: dict[str, str] | None = timeline.judge(
        involved, documents, p["same_time_hours"], story, cannot_both
    )
    if judged is not None and judged["kind"] != "update":  # copies that differ: an edit
        judged = editing_difference(involved, ctx) or judged
    if compatible and judged and judged["kind"] not in ("update", "editing"):
        judged = None  # figures the wording reconciles contradict nothing
    # a bracketed conversion ('85 million euros ($108 million)'): its rate is the outlet's,
    # so a discrepancy that rests on one (the figures that convert nothing can all hold,
    # and the gap is one a rate or another dollar may make) is a note, whatever the dates
    conversion = not compatible and _rests_on_a_conversion(involved, near_lo, near_hi, approx)
    if conversion:
        judged = None  # (no contradiction nor update either)
    # figures that later reports move (an update) were each true when reported: they
    # differ, not "cannot both be true", which the update's words would then contradict
    moved = judged is not None and judged["kind"] == "update"
    if compatible:  # what overlaps: a touching pair's shared end is no overlap
        only_touch = {frozenset((id(a), id(b))) for a, b, _ in touched}
        explain = [
            f"{phrase(c)} admits {_amount(o, mixed)}"
            for c in involved
            if c.qualifier != "exact"
            for o in involved
            if o.document != c.document
            and frozenset((id(c), id(o))) not in only_touch
            and _admits(c, o, approx)
        ]
        explain += ["an age can have grown by the time between the articles"] if aged else []
        explain += [_conversion_words(r, o) for r, o in conversions[:MAX_PAIRS]]
        explain += [_rounding_words(r, o, mixed) for r, o in roundings]
        verdict = (
            "the wording still makes them compatible: " + "; ".join(dict.fromkeys(explain))
            if explain
            else "their intervals overlap"
        )
        if touching:  # no figure both hold as written: not "overlap"
            at = ", ".join(dict.fromkeys(_touch_at(a, b, t, mixed) for a, b, t in touched))
            why = " and ".join(dict.fromkeys(_touch_if(a, b, t, mixed) for a, b, t in touched))
            verdict = f"they only touch at {at}: both hold only if {why}"
    elif unconverted:
        verdict = not_compared[1]
    else:
        # of the figures that cannot all hold (the claims of a clashing pair), as written
        clash = len({_worded(c, mixed) for c in pool}) > 2
        verdict = "they cannot all be true" if clash else "they cannot both be true"
        verdict = "they differ" if moved else verdict
        if near:  # a hair apart: as far as two plain figures that agree
            finest = min(involved, key=lambda c: scale[id(c)].factor).unit  # (_abs_tolerance)
            verdict += (f", though by less than the rule's "
                        f"{_tolerance_words(rel, abs_tol, finest)} tolerance, within which "
                        "plain figures agree")  # fmt: skip
    # each pair of figures once, whichever claims (and in whichever order) give them
    unsaid = [w for w in dict.fromkeys(_only_touch(a, b, t, mixed, listed) for a, b, t in touched)
              if w not in said]  # fmt: skip
    if unsaid and not touching:  # some pairs of a larger group only touch: name them
        verdict += "; " + "; ".join(unsaid)
    if conversion:
        verdict += "; " + "; ".join(
            f"{phrase(c)} ({article(c.document, documents)}) converts the figure before it"
            " from another currency,"
            " at a rate (and in a dollar) the article does not give"
            for c in involved
            if c.converted
        )
    if left_out:
        verdict += "; " + left_out
    if unconverted and not compatible:  # nothing says they differ, nor which came later
        judged = None
    if judged:
        verdict = f"{verdict}; {_difference_words(judged)}"
    # the severity follows the gap between the intervals, not the wording: a bound that
    # misses by less than the tolerance is a note, as plain figures that far apart agree
    severity = p["compatible_severity"] if near else None
    if touching and p["touching_severity"]:  # both hold only if an end is a rounding
        severity = p["touching_severity"]
    if unconverted and not compatible:  # nothing says they differ: a note, not a warning
        severity = "info"
    if conversion:
        severity = "info"
    if not near and judged and judged["kind"] == "update":
        # an update an outlet's own revision or the words show, else any: '' keeps the rest
        revised = judged.get("by") in ("revision", "wording") and p["revision_severity"]
        severity = revised or p["update_severity"] or severity
    elif not near and judged and judged["kind"] == "contradiction":
        severity = p["contradiction_severity"] or None
    return [
        Outcome(
            claims=involved,
            verdict="compatible" if compatible else "discrepancy",
            severity=severity,
            difference=judged,
            timeline=story,
            fields={
                "values": _describe_values(involved, documents=documents, units=units),
                "spread": spread,
                "verdict": verdict,
                "min": fmt_num(min(c.value for c in involved)),  # as written, as before
                "max": fmt_num(max(c.value for c in involved)),
            },
            compared={
                "min": min(c.value for c in involved),
                "max": max(c.value for c in involved),
                "difference_pct": _percent_value(pct) if math.isfinite(pct) else None,
                # the gap between the nearest ends and its unit (the first claim's; None
                # when the units do not convert), and how the spread words it: "percent"
                # ("25.0% above"), "amount" (temperatures, figures of 0 or less, seconds:
                # "3 above", "1 second above"; difference_pct means nothing there) or None
                # (no gap worded: the figures overlap, only touch, are one figure with
                # bounds on either side, or are in units that do not convert)
                "gap": None if unconverted else round(gap, 6),
                "gap_unit": None
                if unconverted or involved[0].unit is None
                else quantity.gap_unit(involved[0].unit),
                "spread_by": spread_by,
                # the claims the spread, gap and difference_pct are between, lower first:
                # the figures furthest apart that cannot both hold (of all, when all can)
                "spread_claims": [c.id for c in worded.claims],
                "within_tolerance": near and not compatible,
                "touching": touching,
                "rel_tolerance": rel,
                "abs_tolerance": abs_tol,
                "approx_tolerance": approx,
                "pairs": [
                    {
                        "claims": [a.id, b.id],
                        "values": [a.value, b.value],
                        "intervals": [
                            list(_json_iv(interval(a, approx))),
                            list(_json_iv(interval(b, approx))),
                        ],
                        "compatible": o,
                        "touching": t,
                        # one a count written round that may be the other figure rounded
                        # (compatible so, though the intervals as written do not meet)
                        "rounded": r,
                    }
                    for a, b, o, t, r in judged_pairs
                ],
                "pairs_total": total,
                # every pair that only touches, agreeing ones too, as corroboration writes it
                "touching_pairs": [[a.id, b.id] for a, b, _ in touched],
            },
        )
    ]


class Spread(NamedTuple):
    """A spread in words (``spread_words``) and what it is made of: how it words the gap
    (``by``: 'percent', 'amount' or None), the gap as a percentage and in the unit of
    the first figure, whether a range reaches the other figure (``overlap``), the
    nearest ends the gap is between (in that unit), and the claims of the lower and the
    higher end (two spreads': those of the end they differ at)."""

    words: str
    by: str | None
    pct: float
    gap: float
    overlap: bool
    near: tuple[float, float]
    claims: tuple[Claim, Claim]


def spread_words(
    lo_c: Claim,
    hi_c: Claim,
    involved: Sequence[Claim],
    pool: Sequence[Claim],
    compatible: bool,
    scale: dict[int, quantity.Scale],
    units: bool = False,
) -> Spread:
    """'60 km is 6.5% above 35 miles': how far ``hi_c``'s figure is above ``lo_c``'s, in
    one unit (``scale``, each claim's by its id: quantity.common_factors of ``involved``,
    the figures of the finding, whose units decide whether each is said with its own),
    from the nearest ends of ranges;
    'X and Y overlap' where a range reaches the other figure; for figures that cannot all
    hold (not ``compatible``) at one figure, where each bound lies ('nearly 300 is below
    300, more than 300 above it', of those of ``pool`` there). The words of a
    numeric-agreement finding's spread, and of the report's compare view. Two spreads
    (Claim.spread) are compared at the end where they differ most (_differing_end: 'At
    the low end, 7 is 16.7% above 6')."""
    lo, hi = scale[id(lo_c)](lo_c.value), scale[id(hi_c)](hi_c.value)
    # from the nearest ends of ranges, not their midpoints: '1,060 is 6.0% above 1,000'
    # of '800 to 1,000' and '1,060'
    lo_v, hi_v = _near_end(lo_c, "upper"), _near_end(hi_c, "lower")
    ranged = quantity.ranged(lo_c) or quantity.ranged(hi_c)
    at_end = _differing_end(lo_c, hi_c, scale) if lo_c.spread and hi_c.spread else None
    if at_end is not None:  # the ends that differ, the lower of them first
        lo_c, hi_c, lo_v, hi_v = at_end[1:]
        ranged = False
    overlap = ranged and scale[id(hi_c)](hi_v) <= scale[id(lo_c)](lo_v)
    if overlap:  # a range reaching the other figure: no spread between them
        lo_v, hi_v = hi_v, hi_v
    near_lo, near_hi = scale[id(lo_c)](lo_v), scale[id(hi_c)](hi_v)
    pct = (near_hi - near_lo) / abs(near_lo) * 100 if near_lo else float("inf")
    mixed = units or _mixed(involved)
    gap = near_hi - near_lo  # in the unit of the first claim (quantity.common_factors)
    by = _percent(pct)
    spread_by: str | None = "percent"  # how the spread words the gap (compared.spread_by)
    if near_lo <= 0 or any(quantity.temperature(c) for c in involved):
        # a share of a temperature, or of 0 or less, is none; a gap between figures
        # converted is in the first figure's unit (quantity.gap_unit: a percent's in
        # percentage points), said with it, a temperature's to a tenth ('40 degrees
        # Celsius is 2.2 degrees Celsius above 100 degrees Fahrenheit')
        by, spread_by = fmt_num(gap), "amount"
        if (len(set(scale.values())) > 1 or units) and involved[0].unit:
            heat = any(quantity.temperature(c) for c in involved)
            gap_said = round(gap, 1) if heat else gap
            unit = quantity.unit_named(quantity.gap_unit(involved[0].unit), gap_said == 1)
            by = quantity.with_unit(fmt_num(gap_said), unit)
    elif all(c.unit == "second" for c in involved):  # a clock's "7:42" is 1 second after "7:41"
        by, spread_by = f"{fmt_num(gap)} second{'' if gap == 1 else 's'}", "amount"
    spread = f"{_amount(hi_c, mixed, hi_v)} is {by} above {_amount(lo_c, mixed, lo_v)}"
    if at_end is not None:
        spread = f"At the {at_end[0]} end, {spread}"
    if overlap:
        spread = f"{_worded(hi_c, mixed)} and {_worded(lo_c, mixed)} overlap"
        spread = _capital(spread)
        spread_by = None  # (no gap worded, here and below)
    one_figure = at_end is None and math.isclose(hi, lo, rel_tol=1e-9)
    if not compatible and one_figure:  # one figure, bounds around it (not two spreads')
        spread = _sides([c for c in pool if math.isclose(scale[id(c)](c.value), lo)], mixed)
        spread = _capital(spread)
        spread_by = None
    return Spread(spread, spread_by, pct, gap, overlap, (near_lo, near_hi), (lo_c, hi_c))


class PairWords(NamedTuple):
    """Two figures in words (``pair_words``): the spread ('60 km is 6.5% above 35
    miles'), and for figures that can both hold, the verdict's head ('the wording still
    makes them compatible') with its reasons ('“at least 3,000 troops” admits 3,500')."""

    spread: str
    head: str = ""
    reasons: tuple[str, ...] = ()


def pair_words(
    a: Claim,
    b: Claim,
    judged: PairJudgement | None,
    approx: float = quantity.APPROX_TOLERANCE,
    *,
    uncompared: bool = False,
    among: Sequence[Claim] = (),
) -> PairWords | None:
    """Two figures of different articles as a numeric-agreement finding of the two alone
    words them, as ``judge_pair`` judged them (with the rule's ``approx`` tolerance): its
    spread ('60 km is 6.5% above 35 miles', 'nearly 300 is below 300, more than 300 above
    it', or that their units do not convert), and for figures that can both hold, why
    ('the wording still makes them compatible': '“at least 3,000 troops” admits 3,500';
    '800-1,000 ends at 1,000, which more than 1,000 excludes', 'both hold only if': 'the
    range's end is a rounding'); None for figures that agree. ``uncompared``: their group
    compares them with nothing (a degree of no named scale beside both named ones,
    quantity.in_no_scale; two units in a group some of whose figures cannot be compared,
    ``among``: its figures, whose reason is said), so they are worded as figures that
    cannot be compared."""
    pair = [a, b]
    if uncompared:
        return PairWords(_unconverted_words(among or pair)[0])
    if judged is None or judged.agree:
        return None
    if uncomparable(pair):
        return PairWords(_unconverted_words(pair)[0])
    mixed = _mixed(pair)
    if judged.overlap and judged.touch is not None:
        t = judged.touch
        return PairWords(_capital(_touch_words(a, b, t, mixed)), "both hold only if",
                         (_touch_if(a, b, t, mixed),))  # fmt: skip
    scale = dict(zip(map(id, pair), quantity.common_factors(pair), strict=True))
    lo_c, hi_c = sorted(pair, key=lambda c: scale[id(c)](c.value))
    spread = _capital(spread_words(lo_c, hi_c, pair, pair, judged.overlap, scale).words)
    if not judged.overlap:
        return PairWords(spread)
    if judged.aged:
        return PairWords(spread, "an age can have grown by the time between the articles")
    if judged.rounded:
        r, o = judged.round_first(a, b)
        return PairWords(spread, "the wording still makes them compatible",
                         (_rounding_words(r, o, mixed),))  # fmt: skip
    if judged.converted:
        return PairWords(spread, "the wording still makes them compatible",
                         (_conversion_words(*judged.converted_first(a, b)),))  # fmt: skip
    explain = [f"{phrase(c)} admits {_amount(o, mixed)}" for c, o in ((a, b), (b, a))
               if c.qualifier != "exact" and _admits(c, o, approx)]  # fmt: skip
    head = "the wording still makes them compatible" if explain else "their intervals overlap"
    return PairWords(spread, head, tuple(explain))


def _rounding_words(r: Claim, o: Claim, units: bool) -> str:
    """'“50,500 offences” may be 50,489 rounded': a round count and the figure it may
    round (_may_round)."""
    return f"{phrase(r)} may be {_amount(o, units)} rounded"


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


def _only_touch(
    a: Claim, b: Claim, t: quantity.Touch, units: bool, listed: dict[str, int] | None = None
) -> str:
    """'800-1,000 and more than 1,000 only touch at 1,000': one touching pair of a group,
    its figures in the order ``listed`` gives (each wording's place in the message's list
    of figures), so that a pair reads the same whichever of its claims comes first."""
    words = sorted((_worded(a, units), _worded(b, units)),
                   key=lambda w: (listed or {}).get(w, 0))  # fmt: skip
    return f"{words[0]} and {words[1]} only touch at {_touch_at(a, b, t, units)}"


def _touch_at(a: Claim, b: Claim, t: quantity.Touch, units: bool) -> str:
    """'1,000': the one figure a touching pair shares (in the unit of the one reaching it)."""
    return _amount((a, b)[t.reach], units, t.end)


def _touching_pair(
    touched: list[tuple[Claim, Claim, quantity.Touch]], x: Claim, y: Claim
) -> tuple[Claim, Claim, quantity.Touch] | None:
    """The touching pair of ``x`` and ``y`` (either order), if they only touch."""
    return next(((a, b, t) for a, b, t in touched if {id(a), id(b)} == {id(x), id(y)}), None)


def _touch_if(a: Claim, b: Claim, t: quantity.Touch, units: bool) -> str:
    """What must hold for a touching pair to both be true: 'the range's end is a
    rounding', '1,000 is a rounding', 'about 1,000 reaches past 1,100'."""
    reach = (a, b)[t.reach]
    if reach.qualifier == "range" or (
        quantity.hedged_range(reach) and t.end in quantity.as_written(reach)
    ):  # (a hedged range reaches past a widened end: 'about 100-200' past 220)
        return "the range's end is a rounding"
    if quantity.as_written(reach) == (t.end, t.end) and reach.qualifier != "approx":
        return f"{_worded(reach, units)} is a rounding"
    return f"{_worded(reach, units)} reaches past {_amount(reach, units, t.end)}"


def _touch_words(a: Claim, b: Claim, t: quantity.Touch, units: bool) -> str:
    """'800-1,000 ends at 1,000, which more than 1,000 excludes', '800-1,000 starts at 800,
    which nearly 800 excludes', 'more than 1,000 excludes 1,000 itself': a touching pair
    in words."""
    reach, other = (a, b)[t.reach], (b, a)[t.reach]
    if reach.qualifier not in ("range", "approx") and quantity.as_written(reach) == (t.end, t.end):
        return f"{_worded(other, units)} excludes {_amount(reach, units, t.end)} itself"
    verb = "ends" if t.upper else "starts"
    reach_words = f"{_worded(reach, units)} {verb} at {_amount(reach, units, t.end)}"
    return f"{reach_words}, which {_worded(other, units)} excludes"


def _years_between(a: Claim, b: Claim, documents: dict[str, Any]) -> float | None:
    """How many years after ``a``'s article ``b``'s was published (negative: before), by
    the days the articles state (model.day_of), as the timeline counts an age's days
    (timeline._aged_apart): 0 for two of one day, when no age grows (a "22-year-old" and
    a "23-year-old" an hour apart cannot both be one man's age, save on his birthday);
    None unless both are dated (crosscheck.rules.timeline.moment_of)."""
    da, db = documents.get(a.document), documents.get(b.document)
    ma = timeline.moment_of(da) if da is not None else None
    mb = timeline.moment_of(db) if db is not None else None
    if ma is None or mb is None:
        return None
    return (day_of(mb.moment) - day_of(ma.moment)).days / timeline.DAYS_A_YEAR


def _tolerance_words(rel: float, abs_tol: float, unit: str | None) -> str:
    """'2%', '2% or 0.05 percentage points': the rule's tolerance as its message gives
    it, the absolute one in the finer of the figures' units (``unit``, as
    quantity.within_tolerance reads it: '0.05 basis points' beside basis points)."""
    words = [f"{rel * 100:g}%"] if rel else []
    if abs_tol:
        said = f"{abs_tol:g}"
        named = quantity.unit_named(quantity.gap_unit(unit), abs_tol == 1) if unit else ""
        words.append(quantity.with_unit(said, named))
    return " or ".join(words)


def _conversion_words(r: Claim, o: Claim) -> str:
    """'“460 mm” may be “up to 18 inches” converted and rounded': a measure and the one in
    the other system of units it may convert (quantity.rounded_conversion)."""
    return f"{phrase(r)} may be {phrase(o)} converted and rounded"


def _difference_words(difference: dict[str, str]) -> str:
    """The words of how figures differ (timeline.judge): an update its words or an outlet's
    own revision show; "perhaps an update" where only the dates do (later reports of other
    outlets carry another figure: a toll grows so, a phone's weight or last season's
    goals do not); a contradiction; or why it cannot be told."""
    kind = difference["kind"]
    if kind in ("undetermined", "editing"):
        return difference["why"]
    if kind == "update":
        return f"{update_words(difference)}: {difference['why']}"
    return f"a contradiction: {difference['why']}"


# How far a currency conversion in brackets may stand from the plain figures and still be
# the outlet's rate (US, Canadian and Australian dollars differ by up to a third): past
# it, no rate explains the gap.
CONVERSION_SPREAD = 1.5


def _rests_on_a_conversion(involved: Sequence[Claim], lo: float, hi: float, approx: float) -> bool:
    """A discrepancy that holds only through a conversion in brackets (Claim.converted):
    the other figures can all hold together (those of one article are not compared, as
    one article's figures never are), and the gap is within CONVERSION_SPREAD."""
    if not any(c.converted for c in involved) or not 0 < lo <= hi <= CONVERSION_SPREAD * lo:
        return False
    plain = [c for c in involved if not c.converted]
    return all(
        a.document == b.document or quantity.compatible(a, b, approx)
        for i, a in enumerate(plain)
        for b in plain[i + 1 :]
    )


def figures_agree(a: Claim, b: Claim, rel: float, abs_tol: float, approx: float) -> bool:
    """Equal within the tolerance, or a rounding: 'about 11,000' and '10,900' agree;
    'at least 3,000' and 'around 3,500' are different figures (compatible or not)."""
    return quantity.same_figure(a, b, rel, abs_tol, approx)


def _admits(c: Claim, o: Claim, approx: float) -> bool:
    """Whether c's wording allows o's figure (in c's unit)."""
    kc, ko = quantity.factors(c, o)
    value = kc.inverse(ko(o.value))
    lo, hi = interval(c, approx)
    return lo <= value <= hi and value != c.value


def _json_iv(iv: tuple[float, float]) -> tuple[float | None, float | None]:
    lo, hi = iv
    return (None if lo == float("-inf") else lo, None if hi == float("inf") else hi)


# --- attribution-agreement -----------------------------------------------------------------


@register(
    "attribution-agreement",
    {"flag_unattributed": (bool, True), "unattributed_severity": (str, "info")},
    "{subject}: credited to different sources: {sources}",
    ("values",),
)
def attribution_agreement(claims: list[Claim], p: dict[str, Any], ctx: Any) -> list[Outcome]:
    """The same figure or subject is credited to different sources in different documents
    (no source in common), or to a source in one and to no one in the other. A source and
    the same narrowed by words before it are one source (_one_source): "local officials"
    and "officials", "the state police" and "police", "Fire Chief James Steele" and
    "Steele" are not different sources an editor needs told about."""
    docs = by_document(claims)
    sources = {d: {c.attribution.entity for c in cs if c.attribution} for d, cs in docs.items()}
    names = list(docs)
    disjoint, missing = [], []
    for i, da in enumerate(names):
        for db in names[i + 1 :]:
            sa, sb = sources[da], sources[db]
            if sa and sb and not any(_one_source(a, b) for a in sa for b in sb):
                disjoint.append((da, db))
            elif bool(sa) != bool(sb) and p["flag_unattributed"]:
                missing.append((da, db))
    pairs, severity = (disjoint, None) if disjoint else (missing, p["unattributed_severity"])
    if not pairs:
        return []
    involved_docs = list(dict.fromkeys(d for pair in pairs for d in pair))
    involved = [c for c in claims if c.document in involved_docs]
    documents = getattr(ctx, "documents", {})
    shown_as = source_names(c.attribution for c in involved)  # as the finding's cards name them
    credited = {
        d: by_name(source_name(c.attribution, shown_as) for c in docs[d] if c.attribution)
        for d in involved_docs
    }
    described = "; ".join(
        f"{', '.join(credited[d]) or 'no source'} in {article(d, documents)}" for d in involved_docs
    )
    outcomes = [
        Outcome(
            involved,
            "discrepancy",
            {"sources": described, "values": _describe_values(involved, documents=documents)},
            {"sources": {d: sorted(sources[d]) for d in involved_docs}},
            severity=severity,
        )
    ]
    return outcomes


@functools.lru_cache(maxsize=1 << 14)  # (source ids repeat over every pair of articles)
def _one_source(a: str, b: str) -> bool:
    """Two source ids are one source: the same, or one the other with words before it
    ("local-officials" and "officials"; the last words of an id are its head: a description
    with a modifier, a name with its role or first name), a body of two words or more and
    one who speaks for it ("defence-ministry", "defence-ministry-spokesman-piotr-amsel":
    lexicon.SPEAKER_ROLES; two who speak for one body so too, the body's figure either
    way; not a bare "ministry", which a foreign ministry's spokesman would match as well,
    nor a former or a shadow one), or an acronym of three letters
    or more the initials of the other's words or its last words ("CBP",
    "customs-and-border-protection", "u-s-customs-and-border-protection":
    entities.abbreviates); two heads with different words before them ("fire-service",
    "ambulance-service"), two acronyms ("JCS", "NIS", "UN", "UNRWA") and two letters
    ("PM", "president-macron") differ."""
    if a == b or a.endswith("-" + b) or b.endswith("-" + a):
        return True
    for one, other in ((a, b), (b, a)):  # "defence-ministry", "defence-ministry-spokesman-jo"
        words = one.split("-")
        role = next((k for k, w in enumerate(words) if w in SPEAKER_ROLES), 0)
        body = words[:role]
        if (
            len(body) > 1  # not a bare "ministry" on either side: which ministry, it
            and "-" in other  # does not say ("ministry spokeswoman", "the ministry")
            and not SPEAKS_NO_MORE & set(body)
            and _one_source("-".join(body), other)
        ):
            return True
    from crosscheck.extract.entities import abbreviates  # (its patterns at first need)

    short, long = (a, b) if a.isupper() else (b, a)
    return len(short) >= 3 and not long.isupper() and abbreviates(short, long.split("-"))


# --- time-agreement ------------------------------------------------------------------------


@register(
    "time-agreement",
    {"rel_tolerance": (Number, 0.02), "abs_tolerance": (Number, 0.0), "days": (bool, True)},
    "{subject}: the same figure is given for different time frames: {times}",
    ("times", "values"),
)
def time_agreement(claims: list[Claim], p: dict[str, Any], ctx: Any) -> list[Outcome]:
    """Same subject and figure, incompatible time frames (both resolved to dates that do
    not overlap; a month holds its days: "in October" and "October 19" overlap).
    With ``days`` false, a time frame of one day is not compared: a day a sentence names
    is mostly when something happened or was said ("killed on June 24", "said today"),
    not the period a figure covers ("in 2009", "last year", "last week", "the past 10
    days")."""

    def judge(a: Claim, b: Claim) -> bool | None:
        if differ(a.value, b.value, p["rel_tolerance"], p["abs_tolerance"]):
            return None
        if not (a.time and b.time and a.time.start and a.time.end and b.time.start and b.time.end):
            return None
        if not p["days"] and (
            one_day(a.time.start, a.time.end) or one_day(b.time.start, b.time.end)
        ):
            return None
        # the matcher's judgement of two time frames (a month holds its days)
        overlap = spans_overlap(a.time.start, a.time.end, b.time.start, b.time.end)
        return True if overlap is False else None

    def signature(c: Claim) -> tuple[Any, ...]:
        return (c.value, c.time.start if c.time else None, c.time.end if c.time else None)

    bad = _pairs_by_figure(claims, signature, judge)
    involved = list(dict.fromkeys(c for a, b, _ in bad for c in (a, b)))  # first seen first
    if not involved:
        return []
    documents = getattr(ctx, "documents", {})
    times = "; ".join(
        f"{phrase(c)} {c.time.surface} ({c.time.start}..{c.time.end}, "
        f"{article(c.document, documents)})"
        for c in involved
        if c.time
    )
    return [
        Outcome(
            involved,
            "discrepancy",
            {
                "times": times,
                "values": _describe_values(involved, documents=getattr(ctx, "documents", {})),
            },
            {"times": {c.id: [c.time.start, c.time.end] for c in involved if c.time}},
        )
    ]


# --- unit-agreement ------------------------------------------------------------------------


@register(
    "unit-agreement",
    {
        "rates": (dict, {}),  # currency -> value of one unit in `reference`
        "reference": (str, "dollar"),
        "rel_tolerance": (Number, 0.10),
    },
    "{subject}: amounts in {currencies} do not agree once converted: {values}. {spread}",
    ("currencies", "values", "spread"),
)
def unit_agreement(claims: list[Claim], p: dict[str, Any], ctx: Any) -> list[Outcome]:
    """Money in different currencies that cannot both hold. Conversions given in the texts
    ("85 million euros ($108 million)") are used first, then the rule's ``rates`` table
    (a currency's name, as claims name it, to the value of one of it in ``reference``: a
    number above 0); amounts in a currency with no known rate are reported as not
    comparable.

    It never fires on a run: it compares amounts in two currencies within one group, and
    the matcher never puts two currencies in one group (without a rate nothing tells
    whether "2 million euros" and "$2.6 million" are one figure; pairing them joined
    other amounts to other subjects). The shipped `currency-disagreement` rule is off, and
    `check` and `rules check` warn of an enabled rule of this kind, naming its file and
    line."""
    currencies = sorted({c.unit for c in claims if c.unit})
    if len(currencies) < 2:
        return []
    rates = {str(k).lower(): float(v) for k, v in p["rates"].items()}
    rates.update(getattr(ctx, "text_rates", {}))
    ref = p["reference"]
    rates[ref] = 1.0
    converted, unknown = [], []
    for c in claims:
        unit = (c.unit or "").lower()
        if unit in rates:
            converted.append((c, c.value * rates[unit]))
        else:
            unknown.append(c)
    outcomes = []
    docs_conv = {c.document for c, _ in converted}
    if len(docs_conv) >= 2:
        lo_c, lo = min(converted, key=lambda x: x[1])
        hi_c, hi = max(converted, key=lambda x: x[1])
        if differ(lo, hi, p["rel_tolerance"], 0.0) and lo_c.document != hi_c.document:
            # a share of nothing (an amount of 0, or below it) is none: the gap is said as
            # an amount ('5 dollar against 0'), and report.json records no percentage
            # (float('inf') was written as Infinity, which is no JSON)
            pct = (hi - lo) / lo * 100 if lo > 0 else None
            involved = [c for c, _ in converted]
            outcomes.append(
                Outcome(
                    involved,
                    "discrepancy",
                    {
                        "currencies": ", ".join(currencies),
                        "values": "; ".join(
                            f"{phrase(c)} ≈ {fmt_num(v)} {ref} "
                            f"({article(c.document, getattr(ctx, 'documents', {}))})"
                            for c, v in converted
                        ),
                        "spread": f"{fmt_num(hi)} is {_percent(pct)} above {fmt_num(lo)} {ref}"
                        if pct is not None
                        else f"{fmt_num(hi)} {ref} against {fmt_num(lo)}",
                    },
                    {
                        "reference": ref,
                        "rates_used": {u: rates[u] for u in currencies if u in rates},
                        "converted": {c.id: v for c, v in converted},
                        "difference_pct": _percent_value(pct) if pct is not None else None,
                    },
                )
            )
    if unknown and converted:
        involved = unknown + [c for c, _ in converted][:1]
        names = source_names(c.attribution for c in involved)  # the finding's, as {sources}
        outcomes.append(
            Outcome(
                involved,
                "compatible",
                {
                    "currencies": ", ".join(currencies),
                    "values": _describe_values(
                        unknown, documents=getattr(ctx, "documents", {}), names=names
                    ),
                    "spread": "no conversion rate known for "
                    + ", ".join(sorted({c.unit or "" for c in unknown})),
                },
                {"unknown_currencies": sorted({c.unit or "" for c in unknown})},
                severity="info",
            )
        )
    return outcomes


def text_rates(pairs: list[tuple[Claim, Claim]], reference: str = "dollar") -> dict[str, float]:
    """Rates implied by conversions written in the articles: '85 million euros ($108
    million)' gives one euro = 1.27 dollars."""
    found: dict[str, list[float]] = {}
    for a, b in pairs:
        if a.unit and b.unit and a.unit != b.unit and a.value and b.value:
            if b.unit == reference:
                found.setdefault(a.unit, []).append(b.value / a.value)
            elif a.unit == reference:
                found.setdefault(b.unit, []).append(a.value / b.value)
    return {u: sum(v) / len(v) for u, v in found.items()}


# --- corroboration -------------------------------------------------------------------------


def _admitted_by_all(
    v: float, claims: list[Claim], values: list[float], scale: list[quantity.Scale], approx: float
) -> bool:
    """Whether every claim's wording admits the figure ``v`` (on the claims' common scale,
    ``values`` theirs), as quantity.intervals_meet judges a point against an interval: an
    end that excludes its figure ('more than 1,000', 'nearly 1,000', 'under 1,000') meets
    it only when a plain or 'about' figure writes it (a LOOSE point, which may be the
    rounding of a figure just past that end); 'nearly 1,000' alone admits no 1,000."""
    loose = (quantity.LOOSE, quantity.LOOSE)
    point = loose if any(math.isclose(x, v) and quantity.ends(c) == loose
                         and not quantity.ranged(c)  # (a range's middle is written by none)
                         for c, x in zip(claims, values, strict=True)) else (
        quantity.CLOSED, quantity.CLOSED)  # fmt: skip
    return all(
        bool(quantity.intervals_meet(k(lo), k(hi), quantity.ends(c), v, v, point))
        for c, k in zip(claims, scale, strict=True)
        for lo, hi in (quantity.interval(c, approx),)
    )


@register(
    "corroboration",
    {
        "min_sources": (int, 2),
        "rel_tolerance": (Number, 0.02),
        "approx_tolerance": (Number, quantity.APPROX_TOLERANCE),
    },
    "{subject}: {count} documents {agree} {values}{touching}; {independent}; sources: {sources}",
    ("values", "touching"),
)
def corroboration(claims: list[Claim], p: dict[str, Any], ctx: Any) -> list[Outcome]:
    """The figure independent sources agree on, and how many documents and independent
    sources give it. Copies of one story (crosscheck.sources: a wire story reprinted, an
    article rewritten from another) count as one source: when fewer than ``min_sources``
    independent sources agree, however many documents do, the verdict is
    ``single-source`` and the message says the figure is not corroborated.

    Figures agree as the numeric-agreement rules that judge the same group find them
    (their tolerances, crosscheck.quantity.same_figure), so no pair of figures is both a
    discrepancy and a corroboration; ``rel_tolerance`` and ``approx_tolerance`` are used
    only for groups no such rule judges: where one does, its tolerances replace these
    (the evidence records the ones used, ``judged_by`` the rules they are from).

    A plain figure and a bound that excludes it ('1,000' and 'more than 1,000') agree as
    the same figure, but only touch (crosscheck.quantity.touching): both hold only if the
    plain one is a rounding, so the message says so, and when every pair only touches it
    says the documents 'only touch at 1,000' rather than 'agree on 1,000' (the evidence's
    ``touching``: every pair touches, ``touching_pairs``: those that do)."""
    docs = by_document(claims)
    if len(docs) < 2:
        return []
    agreement = getattr(ctx, "agreement", None) or [
        {"rule": "", "rel_tolerance": p["rel_tolerance"], "abs_tolerance": 0.0,
         "approx_tolerance": p["approx_tolerance"]}]  # fmt: skip

    # each claim as judged (a headline's figure its body hedges: as hedged), judged
    # as such; the claims themselves are what the finding lists and quotes
    as_said = hedged_reading(claims, getattr(ctx, "documents", {}))
    said = [as_said(c) for c in claims]

    def disagree(a: Claim, b: Claim) -> bool | None:
        if a.unit != b.unit and a.kind == "money":
            return True
        agree = all(figures_agree(a, b, t["rel_tolerance"], t["abs_tolerance"],
                                  t["approx_tolerance"]) for t in agreement)  # fmt: skip
        return None if agree else True

    if any(True for _ in _pairs_by_figure(said, figure_key, disagree)):
        return []
    approx = agreement[0]["approx_tolerance"]
    touched: list[tuple[Claim, Claim, quantity.Touch]] = []
    total = touches = 0  # pairs, and those that only touch (a group of copies: many)
    for a, b, (t,) in _pairs_by_figure(
        said, figure_key, lambda a, b: (quantity.touching(a, b, approx),)
    ):
        total += 1
        touches += t is not None
        if t is not None and len(touched) < MAX_PAIRS:
            touched.append((a, b, t))
    mixed = _mixed(claims)
    touch_words = "; ".join(dict.fromkeys(_touch_words(a, b, t, mixed) for a, b, t in touched))
    touch_if = " and ".join(dict.fromkeys(_touch_if(a, b, t, mixed) for a, b, t in touched))
    independent = ctx.independent(claims) if hasattr(ctx, "independent") else None
    count = independent["count"] if independent else len(docs)
    if count < p["min_sources"] and count == len(docs):
        return []  # too few documents: nothing to say
    single = count < p["min_sources"]
    words = independent["words"] if independent else f"{count} independent sources"
    if single:
        words = (f"only {words}: copies of one story are one source, not an independent "
                 "corroboration")  # fmt: skip
    entities = sorted({c.attribution.entity for c in claims if c.attribution})
    # the median figure on one scale (an age in months and one in years, in the first's
    # unit), worded as the claim that writes it, with its unit when the claims' units
    # differ ('2 years old' of '2-year-old' and '25-month-old', never '2.083 years old')
    scale = quantity.common_factors(claims)
    values = [k(c.value) for c, k in zip(claims, scale, strict=True)]
    middle = sorted(values)[len(claims) // 2]
    # what they agree on is a written figure every claim's wording admits, the one
    # nearest the median ('under 4.5 pounds', '4.46 pounds' and '4.5 pounds' agree on
    # 4.46); with none ('about 1,000' and 'about 1,200' can both hold, but not of 1,200;
    # 'under 1,000' and 'nearly 1,000' both exclude 1,000) the message names no figure
    # and says the documents give compatible ones
    # (a range's middle is no figure it writes: '10-12' and '10-12' do not agree on 11)
    written = {v: k for k, v in reversed(list(enumerate(values)))
               if not quantity.ranged(claims[k])}  # fmt: skip
    admitted = [v for v in sorted(written, key=lambda v: (abs(v - middle), v))
                if _admitted_by_all(v, said, values, scale, approx)]  # fmt: skip
    middle = admitted[0] if admitted else middle
    # the first claim that writes it; with none admitted, the median claim, a range as
    # written ('10-12 miles', not its middle)
    at = claims[written.get(middle, values.index(middle))]
    named = _amount(at, mixed, qualified=quantity.ranged(at))
    wordings = {(figure(c), k) for c, k in zip(claims, scale, strict=True)}
    if not admitted and len(wordings) == 1:  # all say 'more than 2,000': that bound
        named = _amount(claims[0], mixed, qualified=True)
    one_figure = bool(admitted) or len(wordings) == 1
    documents = getattr(ctx, "documents", {})
    # (a headline's figure read as its body's "about" is quoted as that: the body's)
    quotes = "(" + "; ".join(f"{phrase(c)} in {article(c.document, documents)}"
                             for c in claims if as_said(c) is c) + ")"  # fmt: skip
    if touches and touches == total:
        agree, shown = "only touch at", f"{named} {quotes}"
    elif one_figure:
        agree, shown = "agree on", f"{named} {quotes}"
    else:
        agree, shown = "give compatible figures", quotes
    return [
        Outcome(
            claims,
            "single-source" if single else "corroboration",
            {
                "count": str(len(docs)),
                "values": shown,
                "sources": source_list(c.attribution for c in claims) or "no named source",
                "independent": words,
                "agree": agree,
                "touching": f": {touch_words}, so both hold only if {touch_if}" if touched else "",
            },
            {
                "documents": len(docs),
                "sources": entities,
                "figure": named,
                # every claim's wording admits ``figure``, or all give that same bound
                "one_figure": one_figure,
                "independent_sources": count,
                # the tolerances the figures were judged with: the numeric-agreement
                # rule's that decided (each rule's, when several judge the group: the
                # figures agree under all of them), this rule's only when none does
                **{k: v for k, v in agreement[0].items() if k != "rule"},
                "judged_by": [t["rule"] for t in agreement if t.get("rule")],  # (none: own)
                "touching": bool(touches) and touches == total,
                "touching_pairs": [[a.id, b.id] for a, b, _ in touched],
                **({"tolerances": agreement} if len(agreement) > 1 else {}),
            },
        )
    ]

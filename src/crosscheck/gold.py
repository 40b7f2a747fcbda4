"""Gold numeric subjects across articles (the format of ``ecbplus-gold/gold.yaml``) and the
rule that scores findings against them.

A gold file lists, per event, every numeric subject that two or more articles state, with
each mention quoted verbatim and a verdict (``agrees`` or ``differs``). A claim maps onto a
gold mention when it is in the same article, states the same number (its value or a bound
of its interval; "22 billion" may be written as 22 with a scale word) and its span overlaps
the quote in the article's text.

A discrepancy finding (kind numeric-agreement or unit-agreement, severity warning or error,
not suppressed) is right when every one of its claims maps onto ONE ``differs`` subject and
those claims come from two or more articles; one stray claim makes it wrong. Recall counts
the differing subjects found; an ``agrees`` subject is corroborated when a corroboration
finding's claims all map onto it, from two or more articles. This is the rule of
``shared/tools/findings_score.py``; both are used to train and to measure.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crosscheck import safeyaml
from crosscheck.errors import ConfigError, shown
from crosscheck.model import Claim, Finding

DISCREPANCY_KINDS = ("numeric-agreement", "unit-agreement")
VERDICTS = ("agrees", "differs", "unclear")  # unclear: a finding on it is neither right nor wrong


@dataclass(frozen=True, slots=True)
class GoldMention:
    article: str
    quote: str
    value: float | tuple[float, float]
    unit: str | None


@dataclass(frozen=True, slots=True)
class GoldSubject:
    name: str
    verdict: str
    unit: str | None
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    event: str
    articles: tuple[str, ...]
    subjects: tuple[GoldSubject, ...]


# Values a gold file may hold, as written and once its aliases are expanded (a gold file is
# no file of the user's rules: it is bounded as written too): it quotes every mention of
# every subject of every event (the ECB+ gold file, 350 KB, holds about 30,000 values), so
# safeyaml.MAX_NODES is too low; this one still refuses an alias bomb.
GOLD_MAX_NODES = 1_000_000


def load_gold(path: Path) -> list[GoldEvent]:
    """The events of a gold file; a file that cannot be read or parsed, or holds more than
    GOLD_MAX_NODES values (its aliases expanded), is a ConfigError naming it (and the line,
    for a YAML error), and so is an event, subject or claim that lacks a key it needs or
    whose value is no number: "PATH:LINE: gold event N: subject M: claim K: missing
    'quote'"."""
    data = safeyaml.read_file(path, "gold file", safeyaml.LineLoader, GOLD_MAX_NODES)
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise ConfigError(f"{path}: a gold file is a mapping with a list of 'events'")

    def items(node: Any, key: str, where: str) -> list[tuple[str, Any]]:
        # the mappings listed under ``key`` of ``node``, each with its place in messages
        found = node.get(key) or []
        if not isinstance(found, list):
            line = safeyaml.line_of(node, key)
            raise ConfigError(f"{path}:{line}: {where}'{key}' must be a list")
        what = {"events": "gold event", "subjects": "subject", "claims": "claim"}[key]
        out = []
        for i, item in enumerate(found, 1):
            here = f"{where}{what} {i}"
            if not isinstance(item, dict):
                line = safeyaml.line_of(found, index=i - 1)
                raise ConfigError(f"{path}:{line}: {here} is not a mapping")
            out.append((here, item))
        return out

    def need(node: Any, key: str, where: str) -> str:
        if node.get(key) is None:
            raise ConfigError(f"{path}:{safeyaml.line_of(node)}: {where}: missing '{key}'")
        return str(node[key])

    def verdict(node: Any, where: str) -> str:
        said = need(node, "verdict", where)
        if said not in VERDICTS:
            line = safeyaml.line_of(node, "verdict")
            raise ConfigError(
                f"{path}:{line}: {where}: 'verdict' must be one of {', '.join(VERDICTS)}; "
                f"got {shown(node['verdict'])}"
            )
        return said

    def unit(node: Any, where: str) -> str | None:
        wrong = safeyaml.not_text(node["unit"]) if node.get("unit") is not None else None
        if wrong:
            raise ConfigError(f"{path}:{safeyaml.line_of(node, 'unit')}: {where}: 'unit' {wrong}")
        return None if node.get("unit") is None else str(node["unit"])

    events = []
    for where, ev in items(data, "events", ""):
        subjects = []
        for in_subject, s in items(ev, "subjects", f"{where}: "):
            mentions = []
            for in_claim, m in items(s, "claims", f"{in_subject}: "):
                mentions.append(
                    GoldMention(
                        need(m, "article", in_claim),
                        need(m, "quote", in_claim),
                        _gold_value(m, f"{path}:{safeyaml.line_of(m, 'value')}: {in_claim}"),
                        unit(m, in_claim),
                    )
                )
            subjects.append(
                GoldSubject(
                    need(s, "subject", in_subject),
                    verdict(s, in_subject),
                    unit(s, in_subject),
                    tuple(mentions),
                )
            )
        articles = tuple(safeyaml.name_list(path, ev, "articles", where))
        events.append(GoldEvent(need(ev, "event", where), articles, tuple(subjects)))
    return events


def _gold_value(mention: Mapping[str, Any], where: str) -> float | tuple[float, float]:
    """A gold claim's value: a number, or a [low, high] pair of them; a ConfigError
    starting ``where`` for anything else. A number is one ``safeyaml.finite`` reads:
    written by hand, ``1e6`` is text to YAML 1.1 and ``"10"`` is quoted; a yes/no,
    ``.inf``, ``nan`` or an integer past float's range (``1`` and 400 zeros) is refused."""
    v: Any = mention.get("value")
    pair = isinstance(v, list) and len(v) == 2
    numbers = [n for n in map(safeyaml.finite, v if pair else [v]) if n is not None]
    if len(numbers) != (2 if pair else 1):
        raise ConfigError(
            f"{where}: 'value' must be a finite number or a [low, high] pair of them; "
            f"got {shown(v)}"
        )
    return (numbers[0], numbers[1]) if pair else numbers[0]


def _close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _scale(unit: str | None) -> float:
    unit = (unit or "").lower()
    return 1e9 if "billion" in unit else 1e6 if "million" in unit else 1.0


def _states(m: GoldMention, subject_unit: str | None, c: Claim) -> bool:
    k = _scale(m.unit or subject_unit)
    scales = {k, 1.0}
    if isinstance(m.value, tuple):
        a, b = m.value
        return any(
            (_close(c.lower, a * s) and _close(c.upper, b * s))
            or _close(c.value, (a + b) / 2 * s)
            or _close(c.value, a * s)
            or _close(c.value, b * s)
            for s in scales
        )
    return any(_close(x, m.value * s) for x in (c.value, c.lower, c.upper) for s in scales)


def _overlaps(c: Claim, quote: str, text: str) -> bool:
    i = text.find(quote)
    while i >= 0:
        if i < c.span[1] and c.span[0] < i + len(quote):
            return True
        i = text.find(quote, i + 1)
    return False


def article_of(document_id: str) -> str:
    return Path(document_id.split("#")[0]).stem


@dataclass(slots=True)
class GoldMap:
    """Which gold subjects each claim of one event states."""

    event: GoldEvent
    subjects_of: dict[str, frozenset[int]] = field(default_factory=dict)  # claim id -> subjects

    @staticmethod
    def of(event: GoldEvent, claims: Sequence[Claim], texts: Mapping[str, str]) -> GoldMap:
        by_article: dict[str, list[tuple[int, GoldSubject, GoldMention]]] = {}
        for i, s in enumerate(event.subjects):
            for m in s.mentions:
                by_article.setdefault(m.article, []).append((i, s, m))
        out: dict[str, frozenset[int]] = {}
        for c in claims:
            text = texts.get(c.document, "")
            out[c.id] = frozenset(
                i
                for i, s, m in by_article.get(article_of(c.document), ())
                if _states(m, s.unit, c) and _overlaps(c, m.quote, text)
            )
        return GoldMap(event, out)


@dataclass(slots=True)
class EventScore:
    event: str
    tp: int = 0
    fp: int = 0
    neutral: int = 0
    found: set[int] = field(default_factory=set)
    corroborated: set[int] = field(default_factory=set)
    differs: int = 0
    agrees: int = 0
    wrong: list[Finding] = field(default_factory=list)
    right: list[Finding] = field(default_factory=list)


def score_findings(
    gmap: GoldMap, findings: Sequence[Finding], claims: Sequence[Claim]
) -> EventScore:
    subjects = gmap.event.subjects
    verdict = [s.verdict for s in subjects]
    by_id = {c.id: c for c in claims}
    r = EventScore(
        gmap.event.event,
        differs=sum(v == "differs" for v in verdict),
        agrees=sum(v == "agrees" for v in verdict),
    )
    for f in findings:
        fc = [by_id[i] for i in f.claims if i in by_id]
        maps = [gmap.subjects_of.get(c.id, frozenset()) for c in fc]
        common = frozenset.intersection(*maps) if maps else frozenset()
        arts = {article_of(c.document) for c in fc}
        if f.kind == "corroboration":
            if len(arts) >= 2:
                r.corroborated.update(i for i in common if verdict[i] == "agrees")
            continue
        if (
            f.kind not in DISCREPANCY_KINDS
            or f.severity not in ("warning", "error")
            or f.suppressed
        ):
            continue
        differs = [i for i in common if verdict[i] == "differs"]
        if differs and len(arts) >= 2:
            r.tp += 1
            r.found.update(differs)
            r.right.append(f)
        elif any(verdict[i] == "unclear" for i in common):
            r.neutral += 1
        else:
            r.fp += 1
            r.wrong.append(f)
    return r


@dataclass(frozen=True, slots=True)
class Totals:
    precision: float
    recall: float
    corroboration: float
    tp: int
    fp: int
    found: int
    differs: int
    corroborated: int
    agrees: int


def totals(scores: Sequence[EventScore]) -> Totals:
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    found = sum(len(s.found) for s in scores)
    differs = sum(s.differs for s in scores)
    corr = sum(len(s.corroborated) for s in scores)
    agrees = sum(s.agrees for s in scores)
    return Totals(
        tp / (tp + fp) if tp + fp else 0.0,
        found / differs if differs else 0.0,
        corr / agrees if agrees else 0.0,
        tp, fp, found, differs, corr, agrees,
    )  # fmt: skip

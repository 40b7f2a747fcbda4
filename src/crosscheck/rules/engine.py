"""Rules applied to groups: which rules select a group, and the findings they produce."""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from crosscheck import quantity
from crosscheck.match.features import ConceptTable
from crosscheck.model import (
    Claim,
    ClaimGroup,
    CopyCluster,
    Document,
    Finding,
    Sentence,
    name_in_words,
    source_list,
)
from crosscheck.rules import timeline
from crosscheck.rules.checks import (
    CHECKS,
    Outcome,
    about_tolerance,
    text_rates,
    worded_figures,
)
from crosscheck.rules.loader import Rule, RuleSet
from crosscheck.sources import cluster_of, editing_words, independent_sources

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
MAX_MESSAGE = 2000  # characters of a finding's message; the evidence keeps everything


@dataclass(slots=True)
class CheckContext:
    """What checks may need beyond the group: conversion rates the articles state, and
    the articles themselves (their dates, outlets and text around a figure)."""

    text_rates: dict[str, float] = field(default_factory=dict)
    documents: dict[str, Document] = field(default_factory=dict)
    copies: dict[str, CopyCluster] = field(default_factory=dict)  # document -> its cluster
    # the tolerances of the numeric-agreement rules that judge the group at hand: the one
    # judgement of whether its figures agree, which corroboration uses too
    agreement: list[dict[str, Any]] = field(default_factory=list)

    def independent(self, claims: Sequence[Claim]) -> dict[str, Any]:
        """The independent sources of some claims' documents (crosscheck.sources)."""
        return independent_sources((c.document for c in claims), self.copies, self.documents)


def selects(rule: Rule, group: ClaimGroup, claims: list[Claim], concepts: ConceptTable) -> bool:
    if len(group.documents) < rule.min_documents:
        return False
    if rule.kinds and group.kind not in rule.kinds:
        return False
    if rule.concepts:
        chain = _concept_chain(group.concept, concepts)
        if not any(c in chain for c in rule.concepts):
            return False
    if rule.units and not any(c.unit in rule.units for c in claims):
        return False
    if rule.keywords:
        words = " ".join(
            " ".join([*c.modifiers, c.unit or "", c.noun_phrase or "", c.text]) for c in claims
        ).lower()
        if not any(re.search(rf"\b{re.escape(k.lower())}\b", words) for k in rule.keywords):
            return False
    return not rule.entities or any(
        c.attribution and c.attribution.entity in rule.entities for c in claims
    )


def _concept_chain(concept: str | None, concepts: ConceptTable) -> list[str]:
    return list(concepts.chain(concept)) if concept else []


def apply_rules(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    ruleset: RuleSet,
    concepts: ConceptTable,
    copies: Sequence[CopyCluster] = (),
) -> list[Finding]:
    """Every rule on every group it selects, most severe first, then in the order of the
    groups. ``copies`` (crosscheck.sources): documents that are one source; each finding
    counts its independent sources, and a discrepancy whose documents are all copies of
    one story is an editing difference."""
    rates = conversion_rates(claims)
    return sort_findings(
        group_findings(groups, claims, documents, sentences, ruleset, concepts, rates, copies)
    )


def conversion_rates(claims: Sequence[Claim]) -> dict[str, float]:
    """The conversion rates the articles state (read from the whole run rather than from a
    group, like the copy clusters)."""
    return text_rates(_conversion_pairs(claims))


def group_findings(
    groups: Sequence[ClaimGroup],
    claims: Sequence[Claim],
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    ruleset: RuleSet,
    concepts: ConceptTable,
    rates: dict[str, float],
    copies: Sequence[CopyCluster] = (),
) -> list[Finding]:
    """The findings of each group in turn (``group_order`` its place in ``groups``), not
    sorted: ``claims``, ``documents`` and ``sentences`` need hold only those of the groups'
    articles, ``rates`` only the conversion rates of their units and ``copies`` only the
    copy clusters of their articles."""
    by_id = {c.id: c for c in claims}
    docs = {d.id: d for d in documents}
    sentence_text = {(s.document, s.index): s.text for s in sentences}
    ctx = CheckContext(
        text_rates=rates,
        copies=cluster_of(copies),
        documents=docs,
    )
    findings: list[Finding] = []
    for order, group in enumerate(groups):
        members = [by_id[i] for i in group.claims]
        chosen: dict[str, list[Rule]] = {}
        for rule in ruleset.rules:
            if rule.enabled and selects(rule, group, members, concepts):
                chosen.setdefault(rule.check, []).append(rule)
        ctx.agreement = [
            {"rule": r.id}
            | {k: r.params[k] for k in ("rel_tolerance", "abs_tolerance", "approx_tolerance")}
            for r in _top(chosen.get("numeric-agreement", []))
        ]
        for check, rules in chosen.items():
            for rule in _top(rules):
                for outcome in CHECKS[check].run(members, rule.params, ctx):
                    findings.append(_finding(rule, group, outcome, docs, sentence_text, order, ctx))
    return findings


def _top(rules: list[Rule]) -> list[Rule]:
    """The most specific of the rules of one check that select a group: the ones run."""
    top = max((r.specificity for r in rules), default=0)
    return [r for r in rules if r.specificity == top]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most severe first, then by group order and rule (stable: a group's findings keep the
    order its rules made them)."""
    return sorted(
        findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.evidence["group_order"], f.rule)
    )


def _conversion_pairs(claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """Money written with its conversion, 'X euros ($Y)': each conversion the extraction
    read (Claim.converted; not '$1.2 billion ($1.05 a share)') and the amount before it."""
    money = [c for c in claims if c.kind == "money"]
    return [
        (a, b)
        for a, b in itertools.pairwise(money)
        if b.converted and a.document == b.document and a.sentence == b.sentence
    ]


def _finding(
    rule: Rule,
    group: ClaimGroup,
    outcome: Outcome,
    docs: dict[str, Document],
    sentence_text: dict[tuple[str, int], str],
    order: int,
    ctx: CheckContext | None = None,
) -> Finding:
    fields: dict[str, Any] = {
        "subject": group.label,
        "rule": rule.id,
        "unit": outcome.claims[0].unit or "",
        "documents": ", ".join(dict.fromkeys(c.document for c in outcome.claims)),
        "count": str(len({c.document for c in outcome.claims})),
        "values": "",
        "spread": "",
        "verdict": "",
        "min": "",
        "max": "",
        "times": "",
        "currencies": "",
        "agree": "agree on",
        "touching": "",
    }
    independent = ctx.independent(outcome.claims) if ctx else {}
    fields["independent"] = independent.get("words", "")
    fields.update(outcome.fields)
    if outcome.unit and outcome.unit != group.concept:
        # a finding of part of its group (numeric-agreement's figures of one unit beside
        # others that cannot be compared): its own unit, not the group's
        head = name_in_words(group.concept or "")
        if head and group.label.startswith(head):
            fields["subject"] = name_in_words(outcome.unit) + group.label[len(head) :]
    if "sources" not in fields and "{sources" in rule.message:  # (made only where said)
        fields["sources"] = source_list(c.attribution for c in outcome.claims) or "no named source"
    message = rule.message.format_map(fields)
    severity = outcome.severity or rule.severity
    difference = outcome.difference
    if difference is None and outcome.verdict in ("discrepancy", "compatible"):
        words = editing_words(independent)  # a check that judges no difference itself
        if words is not None:
            difference = {"kind": "editing", "why": words}
            message += f". {words[0].upper()}{words[1:]}."
    editing = difference is not None and difference["kind"] == "editing"
    if editing:
        severity = max(severity, rule.severity_for_copies, key=SEVERITY_ORDER.__getitem__)
    if independent:
        independent["editing_difference"] = editing
    if len(message) > MAX_MESSAGE:  # long field values ({documents} of a thousand wires)
        message = message[: MAX_MESSAGE - 1] + "…"
    material = "|".join(
        sorted(
            f"{sentence_text.get((c.document, c.sentence), '')}:{c.text}" for c in outcome.claims
        )
    )
    # rule, subject concept and each claim's text with its sentence: the same across runs,
    # renames and edits elsewhere in the article; new when a claim's own words change
    fid = "f" + hashlib.sha1(f"{rule.id}|{group.concept}|{material}".encode()).hexdigest()[:16]
    story = (
        outcome.timeline if outcome.timeline is not None else timeline.entries(outcome.claims, docs)
    )
    by_id = {c.id: c for c in outcome.claims}
    latest = timeline.latest(  # its figures worded as the message's ('more than 30')
        story, lambda ids: worded_figures([by_id[i] for i in ids], outcome.claims)
    )
    if latest is not None and ctx is not None:  # who says so, independently
        latest["independent_sources"] = independent_sources(
            latest["documents"], ctx.copies, ctx.documents
        )["words"]
    approx = about_tolerance(outcome.compared)
    evidence = {
        "verdict": outcome.verdict,
        "group_label": group.label,
        "group_order": order,
        "compared": outcome.compared,
        "claims": [
            _claim_evidence(c, docs[c.document], sentence_text, approx) for c in outcome.claims
        ],
    }
    return Finding(
        id=fid,
        rule=rule.id,
        title=rule.title,
        severity=severity,  # type: ignore[arg-type]
        kind=rule.check,
        group=group.id,
        claims=tuple(c.id for c in outcome.claims),
        message=message,
        evidence=evidence,
        tags=rule.tags,
        link=rule.link,
        timeline=tuple(story),
        latest=latest,
        difference=difference,
        independent_sources=independent,
    )


def _shown(end: float) -> float | None:
    """An interval's end as the evidence gives it: null when open, else to 12 significant
    digits (7.15, not the 7.1499999999999995 half a written step of 7.1 comes to)."""
    return float(f"{end:.12g}") if math.isfinite(end) else None


class ClaimEvidence:
    """Each finding's evidence of its claims made again from the run's records, for
    findings read back from the store without it (crosscheck.store keeps findings without
    their claims' quotes and figures): the same dicts, in the same place, as when the
    finding was made."""

    def __init__(
        self, claims: Sequence[Claim], documents: Sequence[Document], sentences: Sequence[Sentence]
    ) -> None:
        self.claims = {c.id: c for c in claims}
        self.docs = {d.id: d for d in documents}
        self.sentence_text = {(s.document, s.index): s.text for s in sentences}

    def restore(self, findings: Sequence[Finding]) -> bool:
        """Give back the evidence's claims of every finding without them, with the
        intervals the store kept of them where it did (``intervals``, each claim's: see
        crosscheck.store._findings_json); False (and no finding changed) when a finding is
        not one the rules make (a damaged or hand-edited store row)."""
        if not all(self._whole(f) for f in findings):
            return False
        todo = [f for f in findings if "claims" not in f.evidence]
        try:
            made = [self._claims_evidence(f) for f in todo]
        except KeyError:  # a claim of an article the run does not hold
            return False
        for f in findings:  # (a finding stored with its claims too: a hand-edited row)
            f.evidence.pop("intervals", None)
        for f, claims in zip(todo, made, strict=True):
            f.evidence["claims"] = claims
        return True

    def _claims_evidence(self, f: Finding) -> list[dict[str, Any]]:
        approx = about_tolerance(f.evidence["compared"])
        kept = f.evidence.get("intervals") or [None] * len(f.claims)
        return [_claim_evidence(self.claims[i], self.docs[self.claims[i].document],
                                self.sentence_text, approx, shown)
                for i, shown in zip(f.claims, kept, strict=True)]  # fmt: skip

    def _whole(self, f: Finding) -> bool:
        """Whether a stored finding is as _finding writes it: evidence with its keys (its
        claims' evidence left out, or one entry a claim; the intervals kept of them, two
        ends each, a number or null), and claims this run holds."""
        ev = f.evidence
        if not isinstance(ev, dict) or not ev.keys() >= _EVIDENCE:
            return False
        if "claims" in ev and not (isinstance(ev["claims"], list)
                                   and len(ev["claims"]) == len(f.claims)):  # fmt: skip
            return False
        kept = ev.get("intervals", [])
        if "intervals" in ev and not (isinstance(kept, list) and len(kept) == len(f.claims)
                                      and all(map(_interval_shown, kept))):  # fmt: skip
            return False
        return bool(f.claims) and all(isinstance(i, str) and i in self.claims for i in f.claims)


def _interval_shown(iv: Any) -> bool:
    """An interval as a claim's evidence shows it (_claim_evidence): two ends, each a
    finite number or null."""
    return (
        isinstance(iv, list)
        and len(iv) == 2
        and all(e is None or (type(e) in (int, float) and math.isfinite(e)) for e in iv)
    )


# what every finding's evidence holds besides its claims (see _finding)
_EVIDENCE = frozenset({"verdict", "group_label", "group_order", "compared"})


def _claim_evidence(
    c: Claim,
    doc: Document,
    sentence_text: dict[tuple[str, int], str],
    approx: float,
    shown: list[float | None] | None = None,
) -> dict[str, Any]:
    """One claim as a finding's evidence shows it; its interval the one the finding's rule
    judged (quantity.interval with the 'about' tolerance ``approx`` it recorded: 'nearly
    300' is 270 to 300, a written '16 km' 15.5 to 16.5), an open end null; or ``shown``,
    that interval as the store kept it."""
    if shown is None:
        lo, hi = quantity.interval(c, approx)
        shown = [_shown(lo), _shown(hi)]
    return {
        "claim": c.id,
        "document": c.document,
        "title": doc.title,
        "outlet": doc.source,
        "published": doc.published.isoformat() if doc.published else None,
        "dating": doc.dating.to_dict() if doc.dating else None,
        "quote": sentence_text.get((c.document, c.sentence), ""),
        "text": c.text,
        "span": list(c.span),
        "value": c.value,
        "interval": shown,
        "qualifier": c.qualifier,
        "unit": c.unit,
        "hedged": c.hedged,
        "attribution": c.attribution.to_dict() if c.attribution else None,
        "time": c.time.to_dict() if c.time else None,
    }

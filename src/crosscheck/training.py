"""Fitting the pair model on gold numeric subjects, and measuring findings against them.

Training pairs are the matcher's own candidate pairs (``cluster.blocks``) of every event of
a gold file: a pair is positive when both claims map onto one gold subject (``gold.py``),
negative otherwise (a claim that maps onto no subject belongs in no finding). Findings are
measured leave-one-event-out: each event is matched by a model fitted on the other events
only, so no event is scored by a model that saw it.

Pairs with a side of a score or a record ("won 65-53", "(10-5)") are matched but not fitted
on: every article of a game repeats its scores, so their pairs, equal bare figures in
alike sentences, teach the model that equal bare figures are one subject. Fitted on, they
cost two wrong findings of other subjects on the development gold (leave-one-event-out,
two seeds); left out, precision and recall stay and corroboration gains the same
(docs/evaluation.md).

    python -m crosscheck.training GOLD_YAML ARTICLES_DIR --out src/crosscheck/match/pair_model.json
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosscheck.atomic import write_text
from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.extract.document import extract_document
from crosscheck.gold import EventScore, GoldEvent, GoldMap, load_gold, score_findings
from crosscheck.ingest import read_inputs
from crosscheck.match import learned
from crosscheck.match.cluster import Block, _cluster, blocks
from crosscheck.match.pairs import FEATURES, game_clock, score_side
from crosscheck.model import Claim, ClaimGroup, Document, Finding, Sentence
from crosscheck.pipeline import alias_table, concept_table, rule_set
from crosscheck.rules import apply_rules
from crosscheck.segment import segment
from crosscheck.sources import find_copies


@dataclass(slots=True)
class Extraction:
    """One event's documents, sentences and claims (no matching: that is what is fitted)."""

    documents: list[Document]
    sentences: list[Sentence]
    claims: list[Claim]


def extract_folder(folder: Path, settings: Settings) -> Extraction:
    aliases = alias_table(settings)
    out = Extraction(read_inputs([folder], settings).documents, [], [])
    for doc in out.documents:
        sentences = segment(doc)
        out.sentences.extend(sentences)
        out.claims.extend(extract_document(doc, sentences, aliases))
    return out


@dataclass(slots=True)
class EventData:
    event: GoldEvent
    result: Extraction
    gmap: GoldMap
    blocks: list[Block]
    x: Any  # all candidate pairs' features
    y: Any  # 1: same gold subject
    compatible: Any  # whether each pair's figures can both be true


def prepare(gold_path: Path, articles: Path, settings: Settings | None = None) -> list[EventData]:
    """Read, extract and block every event of the gold file (articles/<event>/)."""
    import numpy as np

    settings = settings or Settings()
    concepts = concept_table(settings)
    out = []
    for ev in load_gold(gold_path):
        folder = articles / ev.event
        if not folder.is_dir():
            print(f"{folder}: no such folder; event {ev.event} left out", file=sys.stderr)
            continue
        result = extract_folder(folder, settings)
        texts = {d.id: d.text for d in result.documents}
        gmap = GoldMap.of(ev, result.claims, texts)
        bl = list(blocks(result.claims, result.sentences, concepts, result.documents))
        xs, ys, cs = [], [], []
        for b in bl:
            # pairs with a side of a score or a game's clock are matched, but not fitted on
            # (see score_side, game_clock)
            fit = ~np.array([score_side(m) or game_clock(m) for m in b.members], dtype=bool)
            keep = fit[b.i] & fit[b.j]
            cs.append(b.compatible[keep])
            subj = [gmap.subjects_of.get(m.claim.id, frozenset()) for m in b.members]
            xs.append(b.x[keep])
            pairs = zip(b.i[keep], b.j[keep], strict=True)
            ys.append(np.array([bool(subj[a] & subj[c]) for a, c in pairs], dtype=bool))
        x = np.vstack(xs) if xs else np.zeros((0, len(FEATURES)))
        y = np.concatenate(ys) if ys else np.zeros(0, dtype=bool)
        c = np.concatenate(cs) if cs else np.zeros(0, dtype=bool)
        out.append(EventData(ev, result, gmap, bl, x, y, c))
    return out


def data_hash(gold_path: Path, articles: Path, events: Sequence[EventData]) -> str:
    """SHA-256 of the gold file and of every article read: what the model was fitted on."""
    h = hashlib.sha256(gold_path.read_bytes())
    for e in events:
        for d in e.result.documents:
            h.update(d.id.encode())
            h.update(d.sha256.encode())
    return h.hexdigest()


# Training pairs a draw leaves out (eval-findings --draws): about 0.05% of the development
# gold's 65,073, as few as moved the figures by a refit's spread (docs/evaluation.md)
DROPPED = 30


def fit_on(
    events: Sequence[EventData], meta: dict[str, Any], draw: int | None = None
) -> learned.PairModel:
    """The pair model fitted on the events' pairs; with ``draw``, on all but DROPPED of
    them, left out at random with ``draw`` as the seed (a refit's spread, measured)."""
    import numpy as np

    if not events:  # leave-one-event-out on a gold file of one event
        raise ConfigError("no other event to fit a model on: leave-one-event-out needs two "
                          "or more events (or --shipped)")  # fmt: skip
    x = np.vstack([e.x for e in events])
    y = np.concatenate([e.y for e in events])
    compatible = np.concatenate([e.compatible for e in events])
    if _one_kind(y, compatible):
        raise ConfigError("the gold gives pairs of one kind only (all the same subject, or "
                          "none): nothing to fit; annotate more events")  # fmt: skip
    if draw is not None:
        keep = np.ones(len(y), dtype=bool)
        keep[np.random.default_rng(draw).choice(len(y), min(DROPPED, len(y)), replace=False)] = (
            False
        )
        x, y, compatible = x[keep], y[keep], compatible[keep]
        if _one_kind(y, compatible):
            raise ConfigError(f"draw {draw} left pairs of one kind only: too few pairs for "
                              f"--draws ({DROPPED} left out each time)")  # fmt: skip
    return learned.fit(x, y, compatible,
                       {**meta, "pairs": len(y), "positives": int(y.sum())})  # fmt: skip


def _one_kind(y: Any, compatible: Any) -> bool:
    """Whether the compatible pairs, or the others, are all of one label (nothing to fit)."""
    return any(len(set(y[part].tolist())) < 2 for part in (compatible, ~compatible))


def findings_for(e: EventData, model: learned.PairModel, settings: Settings) -> tuple[
    list[ClaimGroup], list[Finding]]:  # fmt: skip
    groups: list[ClaimGroup] = []
    for b in e.blocks:
        groups.extend(_cluster(b, model.predict(b.x, b.compatible)))
    r = e.result
    copies = find_copies(r.documents, r.sentences)  # as `check` does: reprints are one source
    findings = apply_rules(groups, r.claims, r.documents, r.sentences, rule_set(settings),
                           concept_table(settings), copies)  # fmt: skip
    return groups, findings


def evaluate(
    events: Sequence[EventData], model: learned.PairModel | None = None,
    settings: Settings | None = None, extra: Sequence[EventData] = (),
    misses: list[Miss] | None = None, models: Path | None = None, draw: int | None = None,
) -> list[EventScore]:  # fmt: skip
    """Score findings per event: leave-one-event-out fits when ``model`` is None, each on
    the other events and on every ``extra`` event (training data that is never scored).
    With a ``misses`` list, where each missed differing subject was lost is added to it.
    With a ``models`` folder, each event's model is read from it (EVENT.json) when there,
    else fitted and written there (``held_out_model``). With a ``draw``, each is fitted on
    all but DROPPED of those pairs (fit_on; not with ``models``)."""
    settings = settings or Settings()
    scores = []
    for e in events:
        others = [o for o in events if o is not e] + list(extra)
        m = model or held_out_model(e, others, models, draw)
        groups, findings = findings_for(e, m, settings)
        scores.append(score_findings(e.gmap, findings, e.result.claims))
        if misses is not None:
            misses.extend(where_missed(e, m, groups, findings, scores[-1]))
    return scores


def held_out_model(
    e: EventData, others: Sequence[EventData], models: Path | None, draw: int | None = None
) -> learned.PairModel:
    """The model that scores event ``e``, fitted on ``others`` (with ``draw``, on all but
    DROPPED of their pairs: fit_on). With a ``models`` folder, read from its EVENT.json if
    there, else fitted and written there: fitted once on one extraction and read on
    another, the models show what a change of the extraction does to the findings apart
    from what refitting on it does (a refit alone moves a few findings,
    docs/evaluation.md)."""
    meta = {"held_out": e.event.event, "trained_on": [o.event.event for o in others]}
    if models is None:
        return fit_on(others, meta, draw)
    if draw is not None:
        raise ConfigError("a draw fits the models again: not with a models folder")
    path = models / f"{e.event.event}.json"
    if path.is_file():
        read = learned.PairModel.from_json(path.read_text(encoding="utf-8"), str(path))
        if {k: read.meta.get(k) for k in meta} != meta:
            raise ConfigError(f"{path}: fitted on other events than these (trained on "
                              f"{', '.join(read.meta.get('trained_on') or ['?'])}); remove "
                              "it to fit it again")  # fmt: skip
        return read
    fitted = fit_on(others, meta)
    models.mkdir(parents=True, exist_ok=True)
    write_text(path, fitted.to_json())
    return fitted


# Where a missed differing subject is lost (docs/evaluation.md, "where recall is lost"):
NOT_EXTRACTED = "not extracted"  # its figures that differ are not read in two articles
COMPATIBLE = "compatible wording"  # read, but every pair's wording can both be true
APART = "apart"  # a pair that cannot both hold is read, but its claims are in no one group
NOT_FLAGGED = "one group, no warning"  # in one group of its own, no discrepancy warning
STRAY = "stray claim"  # in one group with a claim of another subject (or of none)


@dataclass(frozen=True, slots=True)
class Miss:
    event: str
    subject: str
    where: str  # one of the five above
    detail: str


def where_missed(e: EventData, model: learned.PairModel, groups: Sequence[ClaimGroup],
                 findings: Sequence[Finding], score: EventScore) -> list[Miss]:  # fmt: skip
    """For each differing gold subject the findings miss, the first stage that loses it,
    with what tells why: the quotes no claim reads, the best pair whose figures cannot both
    hold (its probability, and the reason a group gave for keeping it out), or the
    group's stray claims and findings."""

    from crosscheck import quantity
    from crosscheck.gold import article_of
    from crosscheck.match.cluster import raised

    prob: dict[frozenset[str], float] = {}
    for bl in e.blocks:
        pp, _ = raised(bl, model.predict(bl.x, bl.compatible))  # as clustering reads them
        for i, j, v in zip(bl.i.tolist(), bl.j.tolist(), pp.tolist(), strict=True):
            prob[frozenset((bl.members[i].claim.id, bl.members[j].claim.id))] = v
    group_of = {cid: g for g in groups for cid in g.claims}
    texts = {d.id: d.text for d in e.result.documents}
    out = []
    for k, s in enumerate(e.event.subjects):
        if s.verdict != "differs" or k in score.found:
            continue
        mine = [c for c in e.result.claims if k in e.gmap.subjects_of.get(c.id, ())]
        differing = [(a, b) for i, a in enumerate(mine) for b in mine[i + 1:]
                     if a.document != b.document and not quantity.other_currencies(a, b)
                     and not quantity.compatible(a, b)]  # fmt: skip

        def quoted(c: Claim, quote: str) -> bool:
            i = texts[c.document].find(quote)
            return i >= 0 and c.span[0] < i + len(quote) and i < c.span[1]

        unread = [m.quote for m in s.mentions if not any(
            article_of(c.document) == m.article and quoted(c, m.quote) for c in mine)]  # fmt: skip
        unread_words = "; not read: " + " | ".join(unread[:3]) if unread else ""
        if not differing:
            read = {c.value for c in mine}
            lost = [m for m in s.mentions if m.quote in unread and m.value not in read]
            few = len({article_of(c.document) for c in mine}) < 2
            where = NOT_EXTRACTED if few or lost else COMPATIBLE
            values = ", ".join(dict.fromkeys(c.text for c in mine))
            out.append(Miss(e.event.event, s.name, where, f"read: {values}{unread_words}"))
            continue
        together = [(a, b) for a, b in differing
                    if a.id in group_of and group_of[a.id] is group_of.get(b.id)]  # fmt: skip
        if not together:
            a, b = max(differing, key=lambda ab: prob.get(frozenset((ab[0].id, ab[1].id)), -1))
            p = prob.get(frozenset((a.id, b.id)))
            why = [x["why"] for g in (group_of.get(a.id), group_of.get(b.id)) if g
                   for x in g.apart if set(x["claims"]) & {a.id, b.id}]  # fmt: skip
            said = ("not a candidate pair (another block or family)" if p is None
                    else f"p {p:.2f}" + (f", kept apart: {why[0]}" if why else ""))  # fmt: skip
            out.append(Miss(e.event.event, s.name, APART,
                            f"\u201c{a.text}\u201d / \u201c{b.text}\u201d: {said}"))  # fmt: skip
            continue
        g = group_of[together[0][0].id]
        stray = [cid for cid in g.claims if k not in e.gmap.subjects_of.get(cid, ())]
        by_id = {c.id: c for c in e.result.claims}
        if stray:
            out.append(Miss(e.event.event, s.name, STRAY, "; ".join(
                f"\u201c{by_id[c].text}\u201d" for c in stray[:3])))  # fmt: skip
        else:
            flags = [f"{f.kind} {f.severity}" for f in findings if f.group == g.id]
            out.append(Miss(e.event.event, s.name, NOT_FLAGGED, ", ".join(flags) or "no finding"))
    return out


def format_misses(misses: Sequence[Miss]) -> str:
    """Counts per stage, then each missed subject with what tells why."""
    from collections import Counter

    counts = Counter(m.where for m in misses)
    lines = [f"Missed differing subjects ({len(misses)}): "
             + ", ".join(f"{w} {n}" for w, n in counts.most_common())]  # fmt: skip
    lines += [f"- {m.event} / {m.subject}: {m.where}; {m.detail}" for m in misses]
    return "\n".join(lines) + "\n"


def format_scores(scores: Sequence[EventScore], events: Sequence[EventData], how: str,
                  errors: bool = False) -> str:  # fmt: skip
    """The findings table: per event and in total, precision, recall and corroboration;
    with ``errors``, every wrong finding with its quotes and the gold subjects they map to."""
    from crosscheck.gold import totals

    by_event = {e.event.event: e for e in events}
    lines = [f"Findings on {len(scores)} gold events ({how})", "", *_table_head("event")]
    for s in scores:
        lines.append(_table_row(s.event, s.tp, s.fp, len(s.found), s.differs,
                                len(s.corroborated), s.agrees))  # fmt: skip
    t = totals(scores)
    lines += [
        _table_row("total", t.tp, t.fp, t.found, t.differs, t.corroborated, t.agrees),
        "",
        f"precision {t.precision:.3f}  recall {t.recall:.3f}  corroborated {t.corroboration:.3f}",
    ]
    if errors:
        lines += ["", "Wrong findings (claim: the gold subjects it states)"]
        for s in scores:
            e = by_event[s.event]
            by_id = {c.id: c for c in e.result.claims}
            for f in s.wrong:
                lines.append(f"- {s.event} {f.rule} ({f.severity}):")
                for cid in f.claims:
                    c = by_id[cid]
                    subj = [e.event.subjects[i].name for i in e.gmap.subjects_of.get(cid, ())]
                    lines.append(f"    {Path(c.document).name}: \u201c{c.text}\u201d -> "
                                 f"{'; '.join(subj) or 'no gold subject'}")  # fmt: skip
    return "\n".join(lines) + "\n"


def format_draws(draws: Sequence[Sequence[EventScore]]) -> str:
    """Each draw's totals (``evaluate`` with ``draw`` 0, 1, ...) and their mean: how far
    a refit alone moves the figures."""
    from crosscheck.gold import totals

    rows = [totals(d) for d in draws]
    n = len(rows)
    seeds = "seed 0" if n == 1 else f"seeds 0-{n - 1}"
    lines = [f"Refits with {DROPPED} training pairs left out at random ({seeds})", "",
             *_table_head("draw")]  # fmt: skip
    for k, t in enumerate(rows):
        lines.append(_table_row(str(k), t.tp, t.fp, t.found, t.differs, t.corroborated, t.agrees))
    t0 = rows[0]

    def mean(values: Sequence[int]) -> str:
        return f"{sum(values) / n:.1f}"

    lines.append(_table_row("mean", mean([t.tp for t in rows]), mean([t.fp for t in rows]),
                            mean([t.found for t in rows]), t0.differs,
                            mean([t.corroborated for t in rows]), t0.agrees))  # fmt: skip
    return "\n".join(lines) + "\n"


def _table_head(first: str) -> list[str]:
    """The findings tables' head (format_scores, format_draws), ``first`` naming a row."""
    return [f"| {first} | right | wrong | differing found | agreeing corroborated |",
            "| --- | --- | --- | --- | --- |"]  # fmt: skip


def _table_row(name: str, tp: object, fp: object, found: object, differs: int,
               corroborated: object, agrees: int) -> str:  # fmt: skip
    """One row of the findings tables: right, wrong, found of differing, corroborated of
    agreeing (counts, or a draw's means)."""
    return f"| {name} | {tp} | {fp} | {found}/{differs} | {corroborated}/{agrees} |"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Fit the pair model on a gold file.")
    ap.add_argument("gold", type=Path)
    ap.add_argument("articles", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args(argv)
    events = prepare(a.gold, a.articles)
    import sklearn

    meta: dict[str, Any] = {
        "trained_on": a.gold.name,
        "events": [e.event.event for e in events],
        "data_sha256": data_hash(a.gold, a.articles, events),
        "sklearn": sklearn.__version__,
    }
    model = fit_on(events, meta)
    a.out.write_text(model.to_json(), encoding="utf-8")
    print(f"{a.out}: {model.meta['pairs']} pairs "
          f"({model.meta['positives']} same subject) from {len(events)} events")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Claims into groups: blocking, pair scores, and clustering under hard constraints.

Claims are compared only inside a block (same kind and same root concept, or the same
currency family for money), so the cost grows with the blocks, not with the square of all
claims. Pair scores mix concept, modifiers, predicate, context (TF-IDF cosine of the
sentences, scikit-learn) and value closeness; pairs that break a hard constraint (another
sequence such as "additional" vs the first deployment, conflicting names, figures of one
document that cannot both hold) never join, not even through a chain.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from crosscheck.match.features import (
    ConceptTable,
    describe,
    narrowing,
    proper_modifiers,
    spans_overlap,
    times_overlap,
    value_closeness,
)
from crosscheck.model import Claim, ClaimGroup, Sentence

THRESHOLD = 0.62
MIN_CONTEXT = 0.0  # pairs whose sentences share less than this are never linked
# Pairs from articles sharing less than this (TF-IDF cosine of whole articles) are never
# linked. Measured on ECB+: 99%+ of article pairs from different topics fall below 0.10,
# 5% of pairs reporting the same event do; one story's folder is unaffected.
MIN_STORY = 0.10
MIN_STORY_WORDS = 100  # shorter articles (briefs, one-line wires) are not judged by it
WEIGHTS = {"concept": 0.25, "modifiers": 0.10, "predicate": 0.15, "context": 0.30, "value": 0.20}
GROUPED_KINDS = ("count", "money", "percent", "measure", "duration", "age")


@dataclass(slots=True)
class _Item:
    claim: Claim
    index: int
    concept: str | None
    root: str | None


def block_key(item: _Item, story: int) -> tuple[str, str | None, int]:
    kind = item.claim.kind
    if kind == "money":
        return (kind, None, story)  # currencies are compared through conversions
    return (kind, item.root, story)


def match_claims(
    claims: Sequence[Claim], sentences: Sequence[Sentence], concepts: ConceptTable
) -> list[ClaimGroup]:
    items = [
        _Item(c, i, concepts.concept_of(c), concepts.root(concepts.concept_of(c)))
        for i, c in enumerate(claims)
        if c.kind in GROUPED_KINDS and not c.negated and c.unit is not None
    ]
    context = _ContextModel(claims, sentences)
    stories = context.story_components()
    blocks: dict[tuple[str, str | None, int], list[_Item]] = defaultdict(list)
    for it in items:
        blocks[block_key(it, stories.get(it.claim.document, -1))].append(it)
    groups: list[ClaimGroup] = []
    for key in sorted(blocks, key=lambda k: (k[0], k[1] or "", k[2])):
        members = blocks[key]
        if len({m.claim.document for m in members}) < 2:
            continue
        groups.extend(_cluster(members, concepts, context))
    pos = {c.id: i for i, c in enumerate(claims)}
    groups.sort(key=lambda g: (min(pos[i] for i in g.claims), g.id))
    return groups


class _ContextModel:
    """TF-IDF vectors of the sentences that hold claims, for context similarity."""

    def __init__(self, claims: Sequence[Claim], sentences: Sequence[Sentence]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._story(sentences)
        text_of = {(s.document, s.index): s.text for s in sentences}
        keys = sorted({(c.document, c.sentence) for c in claims})
        self.row = {k: i for i, k in enumerate(keys)}
        docs = [text_of.get(k, "") for k in keys]
        if not docs or not any(d.strip() for d in docs):
            self.matrix = None
            return
        vectorizer = TfidfVectorizer(
            stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b"
        )
        try:
            self.matrix = vectorizer.fit_transform(docs)
        except ValueError:  # only stop words
            self.matrix = None

    def _story(self, sentences: Sequence[Sentence]) -> None:
        """TF-IDF vectors of whole documents: articles about one story share their words."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts: dict[str, list[str]] = {}
        for s in sentences:
            texts.setdefault(s.document, []).append(s.text)
        self.doc_row = {d: i for i, d in enumerate(texts)}
        self.doc_words = {d: sum(len(t.split()) for t in ts) for d, ts in texts.items()}
        try:
            vec = TfidfVectorizer(
                stop_words="english",
                sublinear_tf=True,
                min_df=1,
                token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b",
            )
            self.doc_matrix = vec.fit_transform([" ".join(t) for t in texts.values()])
        except ValueError:
            self.doc_matrix = None

    def story_components(self, chunk: int = 500) -> dict[str, int]:
        """Articles grouped into stories: connected components of article pairs that pass
        the story gate (sparse products a chunk of rows at a time, thresholded with numpy,
        so memory stays bounded and no Python loop runs per pair). Articles too short to
        judge join the story of their most similar article."""
        import numpy as np
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        docs = list(self.doc_row)
        if self.doc_matrix is None or not docs:
            return {d: 0 for d in docs}
        n = len(docs)
        long_enough = np.array([self.doc_words.get(d, 0) >= MIN_STORY_WORDS for d in docs])
        matrix = self.doc_matrix.tocsr()
        heads: list[Any] = []
        tails: list[Any] = []
        for lo in range(0, n, chunk):
            prod = (matrix[lo : lo + chunk] @ matrix.T).tocoo()
            rows, cols, vals = prod.row + lo, prod.col, prod.data
            keep = (vals >= MIN_STORY) & long_enough[rows] & long_enough[cols] & (rows != cols)
            heads.append(rows[keep])
            tails.append(cols[keep])
            short = ~long_enough[rows] & (rows != cols) & (vals > 0)
            if short.any():  # each short article's best neighbour (the last one on ties)
                r, c, v = rows[short], cols[short], vals[short]
                order = np.lexsort((c, v, r))
                r, c = r[order], c[order]
                last = np.r_[r[1:] != r[:-1], True]
                heads.append(r[last])
                tails.append(c[last])
        head = np.concatenate(heads) if heads else np.zeros(0, dtype=int)
        tail = np.concatenate(tails) if tails else np.zeros(0, dtype=int)
        graph = coo_matrix((np.ones(len(head), dtype=np.int8), (head, tail)), shape=(n, n))
        _count, labels = connected_components(graph, directed=False)
        return {d: int(labels[k]) for k, d in enumerate(docs)}

    def block_rows(self, claims: list[Claim]) -> tuple[Any, Any, list[int]]:
        """A block's sentence vectors (one row per claim), its articles' vectors, and each
        claim's article row among those."""
        sentences = None
        if self.matrix is not None:
            sentences = self.matrix[[self.row[(c.document, c.sentence)] for c in claims]]
        docs = sorted({c.document for c in claims})
        pos = {d: k for k, d in enumerate(docs)}
        articles = None
        if self.doc_matrix is not None:
            articles = self.doc_matrix[[self.doc_row[d] for d in docs]]
        return sentences, articles, [pos[c.document] for c in claims]


INCREMENTS = frozenset({"additional", "new"})


SEQUENCE_WORDS = frozenset({"additional", "new", "initial", "previous"})


@dataclass(slots=True)
class _Summary:
    """What a cluster's hard constraints need, so a merge is checked in constant time
    instead of for every pair of claims: the same answer as checking every pair."""

    increment: bool
    superlatives: frozenset[str]
    narrowing: frozenset[str]  # the non-empty sequence/superlative set, if any
    names: frozenset[frozenset[str]]  # distinct non-empty sets of name modifiers
    change: str | None
    per_doc: dict[str, tuple[float, float]]  # common interval of each document's claims

    @staticmethod
    def of(f: _Features) -> _Summary:
        increment, superlatives, narrowed, change = f.sequence
        return _Summary(increment, superlatives, narrowed,
                        frozenset({f.names}) if f.names else frozenset(), change,
                        {f.claim.document: (f.lower, f.upper)})  # fmt: skip

    def conflicts(self, other: _Summary) -> bool:
        if self.increment != other.increment or self.superlatives != other.superlatives:
            return True
        if self.narrowing and other.narrowing and self.narrowing != other.narrowing:
            return True
        if self.change != other.change:
            return True
        if any(not (a & b) for a in self.names for b in other.names):
            return True
        for doc, (lo, hi) in other.per_doc.items():
            mine = self.per_doc.get(doc)
            if mine is not None and (max(lo, mine[0]) > min(hi, mine[1])):
                return True  # in one dimension, pairwise overlap = a common intersection
        return False

    def merged(self, other: _Summary) -> _Summary:
        per_doc = dict(self.per_doc)
        for doc, (lo, hi) in other.per_doc.items():
            mine = per_doc.get(doc)
            per_doc[doc] = (lo, hi) if mine is None else (max(lo, mine[0]), min(hi, mine[1]))
        return _Summary(self.increment, self.superlatives, self.narrowing or other.narrowing,
                        self.names | other.names, self.change, per_doc)  # fmt: skip


@dataclass(slots=True)
class _Features:
    """What pair scoring reads from one claim, computed once per claim, not per pair."""

    claim: Claim
    label: str | None  # what the concept feature compares: the concept of a count, else the unit
    sequence: tuple[bool, frozenset[str], frozenset[str], str | None]  # see _sequence_apart
    names: frozenset[str]
    lower: float
    upper: float
    words: int  # length of the claim's article, for the story gate

    @staticmethod
    def of(c: Claim, concepts: ConceptTable, context: _ContextModel) -> _Features:
        na = narrowing(c)
        lo = c.lower if c.lower is not None else float("-inf")
        hi = c.upper if c.upper is not None else float("inf")
        label = concepts.concept_of(c) if c.kind == "count" else c.unit
        sequence = (bool(na & INCREMENTS), na - SEQUENCE_WORDS, na, c.change)
        return _Features(c, label, sequence, proper_modifiers(c), lo, hi,
                         context.doc_words.get(c.document, 0))  # fmt: skip


def _sequence_apart(
    x: tuple[bool, frozenset[str], frozenset[str], str | None], y: tuple[Any, ...]
) -> bool:
    """(increment, superlatives, narrowing, change): another sequence ('additional' vs the
    first deployment; an unmarked figure may still be the 'initial' one), another
    superlative subset, or a change vs a level."""
    return x[0] != y[0] or x[1] != y[1] or x[3] != y[3] or bool(x[2] and y[2] and x[2] != y[2])


def _names_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    return bool(x and y and not (x & y))


def _modifier_score(x: frozenset[str], y: frozenset[str]) -> float:
    return 1.0 if x & y or not (x or y) else 0.6


def _concept_score(concepts: ConceptTable, kind: str, x: str | None, y: str | None) -> float:
    if kind == "count":
        return concepts.related(x, y)
    return 1.0 if x == y else 0.5


def _hard_conflict(fa: _Features, fb: _Features) -> bool:
    """Pairs that never join: _sequence_apart, conflicting names, or two figures one
    document states side by side."""
    if _sequence_apart(fa.sequence, fb.sequence) or _names_apart(fa.names, fb.names):
        return True
    same_doc = fa.claim.document == fb.claim.document
    return same_doc and not (fa.lower <= fb.upper and fb.lower <= fa.upper)


def score_pair(
    fa: _Features, fb: _Features, concepts: ConceptTable, sim: float, story: float
) -> tuple[float, dict[str, float | str] | None]:
    """The pair's score and the features that explain it (None when a hard constraint,
    unrelated concepts or the story gate keep the pair apart)."""
    if _hard_conflict(fa, fb):
        return 0.0, None
    a, b = fa.claim, fb.claim
    concept = _concept_score(concepts, a.kind, fa.label, fb.label)
    if concept == 0.0 or sim < MIN_CONTEXT:
        return 0.0, None
    if story < MIN_STORY and min(fa.words, fb.words) >= MIN_STORY_WORDS:
        return 0.0, None  # the articles tell different stories
    feats: dict[str, float | str] = {
        "concept": concept,
        "modifiers": _modifier_score(fa.names, fb.names),
        "predicate": concepts.predicates_match(a.predicate, b.predicate),
        "context": sim,
        "value": value_closeness(a, b),
    }
    score = sum(WEIGHTS[k] * float(feats[k]) for k in WEIGHTS)
    feats["story"] = story
    overlap = times_overlap(a, b)
    if overlap is False:
        score -= 0.15
        feats["time"] = "no overlap"
    elif overlap:
        score += 0.05
        feats["time"] = "overlap"
    feats["score"] = score
    return score, feats


def _ids(keys: list[Any]) -> tuple[Any, list[Any]]:
    """Each key's index among the distinct keys, and the distinct keys."""
    import numpy as np

    distinct = list(dict.fromkeys(keys))
    pos = {k: i for i, k in enumerate(distinct)}
    return np.array([pos[k] for k in keys], dtype=np.int64), distinct


def _table(distinct: list[Any], f: Callable[[Any, Any], float]) -> Any:
    import numpy as np

    return np.array([[f(x, y) for y in distinct] for x in distinct], dtype=float)


def _edges(
    feats: list[_Features], concepts: ConceptTable, context: _ContextModel, chunk: int = 256
) -> tuple[Any, Any, Any, Any]:
    """Every pair of a block that reaches THRESHOLD, as arrays (i, j, sentence
    similarity, article similarity) sorted by descending score, then i, then j.

    The same score as score_pair, feature for feature and in the same order of
    operations, computed with numpy a chunk of rows at a time: features that depend on a
    few distinct values (concepts, predicates, names, time frames, sequence words) come
    from small tables of those values, figures and intervals from arrays, sentence and
    article similarities from sparse products. Pairs that fail a hard constraint, figures
    more than ten times apart, and two different figures of one article are dropped.
    """
    import numpy as np

    claims = [f.claim for f in feats]
    n = len(claims)
    sentences, articles, doc_pos = context.block_rows(claims)
    doc = np.array(doc_pos, dtype=np.int64)
    values = np.array([abs(c.value) for c in claims], dtype=float)
    signed = np.array([c.value for c in claims], dtype=float)
    lower = np.array([f.lower for f in feats], dtype=float)
    upper = np.array([f.upper for f in feats], dtype=float)
    short = np.array([f.words < MIN_STORY_WORDS for f in feats])
    kind = claims[0].kind
    cid, cs = _ids([f.label for f in feats])
    concept_t = _table(cs, lambda x, y: _concept_score(concepts, kind, x, y))
    pid, ps = _ids([c.predicate for c in claims])
    pred_t = _table(ps, concepts.predicates_match)
    nid, ns = _ids([f.names for f in feats])
    names_t = _table(ns, _modifier_score)
    apart_t = _table(ns, _names_apart) > 0
    qid, qs = _ids([f.sequence for f in feats])
    sequence_t = _table(qs, _sequence_apart) > 0
    tid, ts = _ids([(c.time.start, c.time.end) if c.time else None for c in claims])
    time_t = _table(ts, _time_adjustment)
    out: list[tuple[Any, ...]] = []  # per chunk: scores, i, j, sentence and article sims
    cols = np.arange(n)
    for lo in range(0, n, chunk):
        rows = np.arange(lo, min(n, lo + chunk))
        vi, vj = values[rows][:, None], values[None, :]
        big, small = np.maximum(vi, vj), np.minimum(vi, vj)
        both_zero = (vi == 0) & (vj == 0)
        ratio = np.divide(small, big, out=np.zeros_like(big), where=big > 0)
        same_doc = doc[rows][:, None] == doc[None, :]
        concept = concept_t[cid[rows]][:, cid]
        meet = (lower[rows][:, None] <= upper[None, :]) & (lower[None, :] <= upper[rows][:, None])
        keep = (
            (cols[None, :] > rows[:, None])
            & (both_zero | ((small > 0) & (ratio >= 0.1)))
            & ~(same_doc & (signed[rows][:, None] != signed[None, :]))
            & ~sequence_t[qid[rows]][:, qid]
            & ~apart_t[nid[rows]][:, nid]
            & ~(same_doc & ~meet)
            & (concept > 0)
        )
        if articles is not None:
            story = (articles[doc[rows]] @ articles.T).toarray()[:, doc]
            story = np.where(same_doc, 1.0, story)
            keep &= (story >= MIN_STORY) | short[rows][:, None] | short[None, :]
        else:
            story = np.ones((len(rows), n))
        r, j = np.nonzero(keep)
        if not len(r):
            continue
        ri = rows[r]
        if sentences is not None:
            ctx = (sentences[rows] @ sentences.T).toarray()[r, j]
        else:
            ctx = np.zeros(len(r))
        closeness = np.where(both_zero[r, j], 1.0, np.clip((ratio[r, j] - 0.2) / 0.6, 0.0, 1.0))
        closeness = np.where(~both_zero[r, j] & (ratio[r, j] >= 0.8), 1.0, closeness)
        score = WEIGHTS["concept"] * concept[r, j]
        score = score + WEIGHTS["modifiers"] * names_t[nid[ri], nid[j]]
        score = score + WEIGHTS["predicate"] * pred_t[pid[ri], pid[j]]
        score = score + WEIGHTS["context"] * ctx
        score = score + WEIGHTS["value"] * closeness
        score = score + time_t[tid[ri], tid[j]]
        hit = (score >= THRESHOLD) & (ctx >= MIN_CONTEXT)
        out.append((score[hit], ri[hit], j[hit], ctx[hit], story[r, j][hit]))
    if not out:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), [], []
    s_all, i_all, j_all, ctx_all, story_all = (np.concatenate(x) for x in zip(*out, strict=True))
    order = np.lexsort((j_all, i_all, -s_all))
    return i_all[order], j_all[order], ctx_all[order].tolist(), story_all[order].tolist()


def _time_adjustment(x: tuple[str | None, str | None] | None, y: Any) -> float:
    """What score_pair adds for two time frames (start, end): overlap or not."""
    if x is None or y is None:
        return 0.0
    overlap = spans_overlap(x[0], x[1], y[0], y[1])
    return -0.15 if overlap is False else 0.05 if overlap else 0.0


def _cluster(
    members: list[_Item], concepts: ConceptTable, context: _ContextModel
) -> list[ClaimGroup]:
    n = len(members)
    claims = [m.claim for m in members]
    feats_of = [_Features.of(c, concepts, context) for c in claims]
    firsts, seconds, sims, stories = _edges(feats_of, concepts, context)
    parent = list(range(n))
    group_members: dict[int, list[int]] = {i: [i] for i in range(n)}
    reasons: dict[int, list[dict[str, Any]]] = {i: [] for i in range(n)}
    apart: set[tuple[int, int]] = set()  # clusters found in conflict (merging only adds)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    summary = {k: _Summary.of(feats_of[k]) for k in range(n)}
    for k, (i, j) in enumerate(zip(firsts.tolist(), seconds.tolist(), strict=True)):
        ri, rj = find(i), find(j)
        if ri == rj or (ri, rj) in apart:
            continue
        if summary[ri].conflicts(summary[rj]):
            apart.add((ri, rj))
            continue  # complete linkage on the hard constraints: no chaining across them
        parent[rj] = ri
        summary[ri] = summary[ri].merged(summary.pop(rj))
        group_members[ri].extend(group_members.pop(rj))
        reasons[ri].extend(reasons.pop(rj))
        _s, feats = score_pair(feats_of[i], feats_of[j], concepts, sims[k], stories[k])
        assert feats is not None  # the same score _edges found
        reasons[ri].append({"claims": [claims[i].id, claims[j].id], **describe(feats)})
    out = []
    for root, idx in group_members.items():
        claims = [members[k].claim for k in sorted(idx, key=lambda k: members[k].index)]
        docs = tuple(dict.fromkeys(c.document for c in claims))
        if len(docs) < 2:
            continue
        scores = [r["score"] for r in reasons[root]]
        concept = _narrowest([members[k].concept for k in idx], concepts)
        out.append(_group(claims, docs, concept, reasons[root], sum(scores) / len(scores)))
    return out


def _narrowest(found: list[str | None], concepts: ConceptTable) -> str | None:
    """The most specific concept of a group's claims ('dead' over 'people')."""

    def depth(c: str | None) -> int:
        d, seen = 0, set()
        while c in concepts.broader and c not in seen:
            seen.add(c)
            c = concepts.broader[c]
            d += 1
        return d

    present = [c for c in found if c]
    return max(present, key=lambda c: (depth(c), present.count(c))) if present else None


def _group(
    claims: list[Claim],
    docs: tuple[str, ...],
    concept: str | None,
    reasons: list[dict[str, Any]],
    score: float,
) -> ClaimGroup:
    ids = tuple(c.id for c in claims)
    gid = "g" + hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12]
    first = claims[0]
    mods = [m for m in first.modifiers if not m[:1].isdigit()]
    label = " ".join([*mods, first.unit or first.kind])
    if first.predicate:
        label += f" ({first.predicate})"
    return ClaimGroup(
        id=gid,
        claims=ids,
        documents=docs,
        kind=first.kind,
        concept=concept,
        label=label,
        score=score,
        reasons=tuple(reasons),
    )

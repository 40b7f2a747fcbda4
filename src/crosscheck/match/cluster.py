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
import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from crosscheck.match.features import (
    ConceptTable,
    describe,
    narrowing,
    proper_modifiers,
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

    def block_similarities(self, claims: list[Claim]) -> Callable[[int, int], float]:
        """Sentence similarities of a block's claims, from one sparse product."""
        if self.matrix is None:
            return lambda i, j: 0.0
        rows = [self.row[(c.document, c.sentence)] for c in claims]
        sub = self.matrix[rows]
        prod = (sub @ sub.T).tocsr()
        return _lookup(prod)

    def block_stories(self, claims: list[Claim]) -> Callable[[int, int], float]:
        """Article similarities of a block's claims, from one product over its documents."""
        if self.doc_matrix is None:
            return lambda i, j: 1.0
        docs = sorted({c.document for c in claims})
        pos = {d: k for k, d in enumerate(docs)}
        sub = self.doc_matrix[[self.doc_row[d] for d in docs]]
        dense = (sub @ sub.T).toarray() if len(docs) <= 4000 else None
        index = [pos[c.document] for c in claims]
        if dense is not None:
            return lambda i, j: 1.0 if index[i] == index[j] else float(dense[index[i], index[j]])
        prod = (sub @ sub.T).tocsr()
        look = _lookup(prod)
        return lambda i, j: 1.0 if index[i] == index[j] else look(index[i], index[j])


INCREMENTS = frozenset({"additional", "new"})


SEQUENCE_WORDS = frozenset({"additional", "new", "initial", "previous"})


def _bucket(v: float) -> int:
    """Decade of a figure: figures more than ten times apart are never compared."""
    return -999 if v == 0 else math.floor(math.log10(abs(v)))


def _candidate_pairs(claims: list[Claim]) -> Iterator[tuple[int, int]]:
    """Pairs within the same decade or adjacent decades, and within a factor of ten."""
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        buckets[_bucket(c.value)].append(i)
    for b, idx in sorted(buckets.items()):
        near = idx + buckets.get(b + 1, [])
        for x, i in enumerate(idx):
            vi = abs(claims[i].value)
            for j in near[x + 1 :]:
                vj = abs(claims[j].value)
                if vi == vj == 0 or (vi and vj and min(vi, vj) / max(vi, vj) >= 0.1):
                    yield (i, j) if i < j else (j, i)


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
    def of(c: Claim) -> _Summary:
        na = narrowing(c)
        lo = c.lower if c.lower is not None else float("-inf")
        hi = c.upper if c.upper is not None else float("inf")
        names = proper_modifiers(c)
        return _Summary(bool(na & INCREMENTS), na - SEQUENCE_WORDS, na,
                        frozenset({names}) if names else frozenset(), c.change,
                        {c.document: (lo, hi)})  # fmt: skip

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


def _lookup(matrix: Any) -> Callable[[int, int], float]:
    """Fast (i, j) reads of a CSR matrix without scipy's per-item indexing overhead."""
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    cache: dict[int, dict[int, float]] = {}

    def get(i: int, j: int) -> float:
        row = cache.get(i)
        if row is None:
            lo, hi = indptr[i], indptr[i + 1]
            row = dict(zip(indices[lo:hi].tolist(), data[lo:hi].tolist(), strict=True))
            cache[i] = row
        return row.get(j, 0.0)

    return get


@dataclass(slots=True)
class _Features:
    """What pair scoring reads from one claim, computed once per claim, not per pair."""

    claim: Claim
    concept: str | None
    increment: bool
    superlatives: frozenset[str]
    narrowing: frozenset[str]
    names: frozenset[str]
    lower: float
    upper: float
    words: int  # length of the claim's article, for the story gate

    @staticmethod
    def of(c: Claim, concepts: ConceptTable, context: _ContextModel) -> _Features:
        na = narrowing(c)
        lo = c.lower if c.lower is not None else float("-inf")
        hi = c.upper if c.upper is not None else float("inf")
        return _Features(c, concepts.concept_of(c), bool(na & INCREMENTS), na - SEQUENCE_WORDS,
                         na, proper_modifiers(c), lo, hi,
                         context.doc_words.get(c.document, 0))  # fmt: skip


def _hard_conflict(fa: _Features, fb: _Features) -> bool:
    """Pairs that never join: another sequence ('additional' vs the first deployment, an
    unmarked figure may still be the 'initial' one) or superlative subset, conflicting
    names, a change vs a level, or two figures one document states side by side."""
    if fa.increment != fb.increment or fa.superlatives != fb.superlatives:
        return True
    if fa.narrowing and fb.narrowing and fa.narrowing != fb.narrowing:
        return True
    if fa.names and fb.names and not (fa.names & fb.names):
        return True
    a, b = fa.claim, fb.claim
    if a.change != b.change:
        return True
    return a.document == b.document and not (fa.lower <= fb.upper and fb.lower <= fa.upper)


def score_pair(
    fa: _Features, fb: _Features, concepts: ConceptTable, sim: float, story: float
) -> tuple[float, dict[str, float | str] | None]:
    """The pair's score and the features that explain it (None when a hard constraint,
    unrelated concepts or the story gate keep the pair apart)."""
    if _hard_conflict(fa, fb):
        return 0.0, None
    a, b = fa.claim, fb.claim
    concept = concepts.related(fa.concept, fb.concept) if a.kind == "count" else (
        1.0 if a.unit == b.unit else 0.5)  # fmt: skip
    if concept == 0.0 or sim < MIN_CONTEXT:
        return 0.0, None
    if story < MIN_STORY and min(fa.words, fb.words) >= MIN_STORY_WORDS:
        return 0.0, None  # the articles tell different stories
    feats: dict[str, float | str] = {
        "concept": concept,
        "modifiers": 1.0 if fa.names & fb.names or not (fa.names or fb.names) else 0.6,
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


def _cluster(
    members: list[_Item], concepts: ConceptTable, context: _ContextModel
) -> list[ClaimGroup]:
    n = len(members)
    edges: list[tuple[float, int, int, dict[str, Any]]] = []
    claims = [m.claim for m in members]
    sims = context.block_similarities(claims)
    stories = context.block_stories(claims)
    feats_of = [_Features.of(c, concepts, context) for c in claims]
    for i, j in _candidate_pairs(claims):
        a, b = claims[i], claims[j]
        if a.document == b.document and a.value != b.value:
            continue  # within a document only restatements of one figure join
        s, feats = score_pair(feats_of[i], feats_of[j], concepts, sims(i, j), stories(i, j))
        if feats is not None and s >= THRESHOLD:
            edges.append((s, i, j, describe(feats)))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    parent = list(range(n))
    group_members: dict[int, list[int]] = {i: [i] for i in range(n)}
    reasons: dict[int, list[dict[str, Any]]] = {i: [] for i in range(n)}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    summary = {k: _Summary.of(members[k].claim) for k in range(n)}
    for _s, i, j, feats in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if summary[ri].conflicts(summary[rj]):
            continue  # complete linkage on the hard constraints: no chaining across them
        parent[rj] = ri
        summary[ri] = summary[ri].merged(summary.pop(rj))
        group_members[ri].extend(group_members.pop(rj))
        reasons[ri].extend(reasons.pop(rj))
        reasons[ri].append({"claims": [members[i].claim.id, members[j].claim.id], **feats})
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

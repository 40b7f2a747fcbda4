"""Claims into groups: blocking, a learned pair model, and clustering under hard constraints.

Articles are first grouped into stories (TF-IDF of whole articles); claims are compared only
inside a story and a family of kinds (counts, ages and bare figures; money; percentages;
measurements), so the cost grows with the blocks, not with the square of all claims. Each
cross-document pair gets the probability that both claims state a figure for the same
subject, from the pair model that ships with crosscheck (``learned.py``, fitted on the
development gold). Pairs join when that probability is high: higher still when their
figures cannot both be true, since a discrepancy is only worth showing when the subject is
surely the same. Clusters merge only when their claims are, on average over every
cross-document pair, likely the same subject (no chaining through one similar pair), and
never across a hard fact: an increment ("additional") and a total, a part ("208,000 of
which") and another figure of its sentence (its whole), another superlative subset, a
change and a level, conflicting names, other years, other time frames ("since October")
or definitions ("including debt"), or two figures that one article states side by side.
A claim left alone joins the group of the figure its own article states for the same
count ("killing at least three people", then "three people killed").
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from crosscheck import quantity
from crosscheck.extract import lexicon, scope
from crosscheck.extract.lexicon import (
    DETERMINERS,
    IRREGULAR,
    MONTHS,
    NUMBER_WORDS,
    RELATIVES,
    SEXED_NOUNS,
    TIME_UNITS,
    WEEKDAYS,
)
from crosscheck.extract.nouns import described_words, singular
from crosscheck.match import tfidf
from crosscheck.match.features import (
    BESIDES,
    INCREMENTS,
    RATES,
    ConceptTable,
    narrowing,
    proper_modifiers,
    verb_forms,
)
from crosscheck.match.learned import PairModel, shipped_model
from crosscheck.match.owners import owners_apart, record, record_side, same_person
from crosscheck.match.pairs import (
    ALIGNED_KINDS,
    FEATURES,
    Own,
    PairSpace,
    Profile,
    own_years,
    profiles,
    score_partners,
    vectors,
)
from crosscheck.model import (
    POSSESSIVE_MARK,
    REASON_FEATURES,
    Claim,
    ClaimGroup,
    Document,
    Sentence,
    Subject,
    concept_words,
    sort_groups,
)

# Pairs from articles sharing less than this (TF-IDF cosine of whole articles) are never
# linked. Measured on ECB+: 99%+ of article pairs from different topics fall below 0.10,
# 5% of pairs reporting the same event do; one story's folder is unaffected.
MIN_STORY = 0.10
MIN_STORY_WORDS = 100  # shorter articles (briefs, one-line wires) are not judged by it
# Probability thresholds of the pair model (chosen leave-one-event-out on the development
# gold, see docs/evaluation.md): a link between figures that can both be true, a link
# between figures that cannot, and the mean over every cross-document pair of two clusters.
LINK_AGREE = 0.50
LINK_DIFFER = 0.50
LINK_MEAN = 0.30
LINK_DIFFER_EACH = 0.20
# A pair whose figures cannot both hold, read against its claims' other pairs with each
# other's article (mutual_best): when either claim has a likelier partner there (by the
# pair model), its probability is scaled by NOT_MUTUAL. Chosen on the development gold
# leave-one-event-out (0.5-0.7 alike; docs/evaluation.md). Raising a mutual best of 0.4
# or more to LINK_DIFFER found one more differing subject there, but a claim alone of its
# kind in its article is trivially its partner's best, and on unannotated events it
# joined a jury's "5 man" to "four children", a price target to a share price.
NOT_MUTUAL = 0.6
# Two articles that state one sentence with another figure in it ("killing at least three
# people" / "killing at least 10 people") are about one subject, whatever the figures: a
# hard fact, where the pair model has few such examples to learn from.
RESTATED = 0.99
RESTATED_SENTENCE = 0.85  # TF-IDF cosine of the sentences' words
RESTATED_SIDES = 0.70  # character n-gram cosine of the words on each side of the figure
# A claim restated in its own article joins the group its twin is in (_restated_in_article):
# the link's words in the report
RESTATED_IN_ARTICLE = "its article states this figure of this count twice"
# Two claims counting one thing for one owner the words tie to both figures ("Carter had
# 12 points" / "Carter scored 14 points") are linked whatever the model says (owned).
OWNED = LINK_DIFFER
KEEP = 0.05
MAX_BLOCK = 500  # claims compared all against all; larger blocks are split (_bounded)
MAX_APART = 5  # refused links a group keeps, to show why claims were kept out
# Figures further apart than this ratio are not compared (on the development gold, 1 of
# 3,362 same-subject pairs is; a third of all pairs are).
MIN_RATIO = 0.1
SEQUENCE_WORDS = frozenset({"additional", "new", "initial", "previous"})


def _article_vectors(texts: list[str]) -> Any:
    """TF-IDF rows of whole articles (None when they hold only stop words)."""
    analyze = tfidf.word_analyzer(tfidf.ARTICLE_WORDS, tfidf.ENGLISH_STOP_WORDS)
    try:
        return tfidf.tfidf(texts, analyze, sublinear_tf=True)
    except ValueError:
        return None


class _Stories:
    """TF-IDF vectors of whole documents: articles about one story share their words."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        texts: dict[str, list[str]] = {}
        for s in sentences:
            texts.setdefault(s.document, []).append(s.text)
        self.texts = {d: " ".join(t) for d, t in texts.items()}
        self.doc_row = {d: i for i, d in enumerate(texts)}
        self.doc_words = {d: sum(len(t.split()) for t in ts) for d, ts in texts.items()}

    def within(self, docs: Sequence[str]) -> tuple[Any, dict[str, int]]:
        """TF-IDF vectors of one story's articles, fitted on that story alone (so a
        story's pair features do not depend on what else the run holds), and each
        article's row."""
        row = {d: i for i, d in enumerate(docs)}
        return _article_vectors([self.texts.get(d, "") for d in docs]), row

    def story_components(
        self, map_chunks: ChunkMapper | None = None, threads: int = 1
    ) -> dict[str, int]:
        """Articles grouped into stories: communities of the graph that links each article
        to its STORY_LINKS most similar articles above the story gate, weighted by their
        similarity (_links). Articles too short to judge join the story of their most
        similar article. Connected components alone chain unrelated events through
        articles that mention both (on all 839 ECB+ articles one component held 449 of
        them, from 20+ events); label propagation keeps the densely linked ones together
        (_communities)."""
        import numpy as np
        from scipy.sparse import coo_matrix

        docs = list(self.doc_row)
        doc_matrix = _article_vectors(list(self.texts.values())) if docs else None
        if doc_matrix is None:
            return {d: 0 for d in docs}
        n = len(docs)
        long_enough = np.array([self.doc_words.get(d, 0) >= MIN_STORY_WORDS for d in docs])
        head, tail, weight = _links(doc_matrix.tocsr(), long_enough, STORY_CHUNK, map_chunks,
                                    threads)  # fmt: skip
        chosen = coo_matrix((weight, (head, tail)), shape=(n, n)).tocsr()
        graph = chosen.maximum(chosen.T).tocsr()  # a link either end chose, counted once
        labels = _communities(graph)
        return {d: int(labels[k]) for k, d in enumerate(docs)}


# Each article links to at most this many others (its most similar above the gate): the
# story graph grows with the articles, not with their square, while a story of hundreds of
# articles stays joined through its members' links. Above EXACT_LINKS_MAX articles the
# candidates come from a 128-dimension projection of the TF-IDF vectors (CANDIDATES of
# them per article, then scored exactly): comparing every pair of 100,000 articles' sparse
# vectors took hours; the projection's products take minutes.
STORY_LINKS = 30
STORY_CHUNK = 500  # articles compared with all the others at a time (here, not on Dask),
STORY_CELLS = 10_000_000  # and fewer when their similarities would pass this many cells
EXACT_LINKS_MAX = 20_000
CANDIDATES = 100
PROJECTION = 128
# Where the join is mapped (on Dask), a task compares two blocks of STORY_BLOCK articles
# (a block with itself, or with a later one): it holds their vectors and their
# STORY_BLOCK x STORY_BLOCK similarities, whatever the size of the run; a task scoring
# candidates exactly holds SCORE_CHUNK articles' vectors and their candidates'.
STORY_BLOCK = 1000
SCORE_CHUNK = 100
# The projection's pairs of blocks go to tasks by tiles: a group of STORY_TILE blocks with
# itself or with a later group (up to STORY_TILE x STORY_TILE pairs, 2 x STORY_TILE blocks'
# vectors; a block's nearest picked once per tile). At a million articles, 31,375 tasks
# instead of 500,500. A tile is given each of its rows' least similarity among its nearest
# so far (the client's, when the tile is sent) and gives back only what can still be among a row's
# nearest, so the client folds little of a late tile's result, and the workers hold no
# part of the run's nearest (see _Tiles).
STORY_TILE = 4
# The tiles go by squares of STORY_SQUARE x STORY_SQUARE groups (a square's tiles one
# after the other), and a group stays on the workers while a tile of the next
# STORY_SQUARE ** 2 needs it: a square's groups (up to 2 x STORY_SQUARE, 32 MB) are sent
# once for its tiles, and a row of squares keeps its row's groups, so a group is sent
# about count / (2 x STORY_SQUARE) times in the run. Tiles by rows sent a group for
# nearly every tile (64 GB from the client at a million articles; 8 GB by squares), or
# held every group a later tile needed (the whole projection, spread over the workers).
STORY_SQUARE = 8


Links = tuple[Any, Any, Any]  # numpy arrays: row, column, cosine
Fold = Callable[[Any], None]


class ChunkTasks(Sequence[Any]):
    """The items of the story graph's tasks, each cut from the run's vectors when asked
    for (when its task is sent), so they are never all held at once.

    Where ``pieced`` is set, items are made of pieces several tasks share (on Dask, sent
    once): ``pieces(k)`` names task ``k``'s, ``piece(p)`` cuts one, and ``made(k,
    values)`` is task ``k``'s item from its pieces' values, or from what stands for them
    where the task runs (on Dask, the futures of pieces sent once)."""

    pieced = False
    ahead = 0  # tasks to send whose pieces are kept where tasks run (where ``pieced``)

    def describe(self, k: int) -> str:
        """What task ``k`` compares, in words (for an error)."""
        raise NotImplementedError

    def pieces(self, k: int) -> list[Any]:
        """The pieces task ``k``'s item is made of (where ``pieced`` is set)."""
        raise NotImplementedError

    def piece(self, p: Any) -> Any:
        """Piece ``p``, cut from the run's vectors."""
        raise NotImplementedError

    def made(self, k: int, values: list[Any]) -> Any:
        """Task ``k``'s item from the values of its pieces (in ``pieces(k)``'s order)."""
        raise NotImplementedError


# Runs ``function(item)`` for each item of a ChunkTasks, in any order and anywhere (on Dask
# workers: crosscheck.dask_engine), giving each result to ``fold``: the folds below give
# the same links whatever the order (and whenever an item was cut).
ChunkMapper = Callable[[Callable[[Any], Any], ChunkTasks, Fold], None]


def _links(
    matrix: Any,
    long_enough: Any,
    chunk: int,
    map_chunks: ChunkMapper | None = None,
    threads: int = 1,
) -> Links:
    """Each article's links (row, column, cosine), in row and column order: for an article
    long enough to judge, its STORY_LINKS most similar long articles at or above
    MIN_STORY; for a short one, its most similar article. Ties go to the later article.

    Here (no ``map_chunks``), up to EXACT_LINKS_MAX articles, ``chunk`` rows at a time are
    compared with every article. Mapped (on Dask), the rows are compared by pairs of
    blocks (_Pairs): a task holds two blocks of STORY_BLOCK articles, never the run's
    vectors, and gives each of their rows its best links among the other block's; the
    client keeps each row's best of those (_Found), the same links as compared with every
    article at once (a cosine is summed over the two articles' shared words in the same
    order either way). Above EXACT_LINKS_MAX articles, each article's CANDIDATES + 1
    nearest in the projection are found by pairs of blocks of the projection, tiles of
    them a task (_Tiles; here too: one way of finding them, so both engines score the
    same candidates; each tile gives back only what can still be among its rows'
    nearest), then scored
    exactly: here with the run's vectors at hand, mapped by SCORE_CHUNK articles whose
    task carries their vectors and their candidates' (_Scoring).

    Here, ``threads`` compare that many chunks at a time (scipy's sparse products and
    numpy's sorts run outside Python's lock: 2 threads took the join of 10,000 articles
    from 6.8 to 3.7 s), each a share of STORY_CELLS, folded in chunk order: the same
    links as one thread."""
    import numpy as np

    n = matrix.shape[0]
    threads = max(1, threads) if map_chunks is None else 1
    # a chunk's dense similarities (and their ranking) take some 12 bytes a cell: 500
    # rows of 100,000 articles held 1.3 GB on a Dask worker, 100 rows hold a fifth of it;
    # chunks compared at once share that bound
    chunk = max(1, min(chunk, STORY_CELLS // (max(n, 1) * threads)))
    starts = range(0, n, chunk)
    found = _Found(long_enough)
    if n > EXACT_LINKS_MAX:
        near = _Nearest(n, min(CANDIDATES, n - 1) + 1)
        tiles = _Tiles(_projection(matrix), STORY_BLOCK, STORY_TILE, near)
        (map_chunks or _each_chunk)(_tile_nearest, tiles, near.fold)
        nearest = near.result()
        if map_chunks is None:

            def score(lo: int) -> Links:
                hi = min(n, lo + chunk)
                cols = nearest[lo:hi].ravel().astype(np.int64)
                return _scored(lo, hi, nearest[lo:hi], matrix[lo:hi], matrix, cols,
                               long_enough[lo:hi], long_enough[cols])  # fmt: skip

            _in_order(score, starts, threads, found.add)
        else:
            map_chunks(_scored_links, _Scoring(matrix, long_enough, nearest, SCORE_CHUNK),
                       found.add)  # fmt: skip
    elif map_chunks is None:
        _in_order(lambda lo: _chunk_links((lo, min(n, lo + chunk)), matrix, long_enough),
                  starts, threads, found.add)  # fmt: skip
    else:
        map_chunks(_pair_links, _Pairs(matrix, STORY_BLOCK, long_enough), found.merge)
    return found.links()


def _in_order(
    function: Callable[[int], Links], starts: Sequence[int], threads: int, fold: Fold
) -> None:
    """``fold(function(lo))`` for each of ``starts`` in their order, ``threads`` of them
    computed at a time (at most one more waiting to be folded per thread)."""
    if threads <= 1 or len(starts) <= 1:
        for lo in starts:
            fold(function(lo))
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(threads, thread_name_prefix="crosscheck-join") as pool:
        waiting: deque[Any] = deque()
        for lo in starts:
            waiting.append(pool.submit(function, lo))
            if len(waiting) >= threads:
                fold(waiting.popleft().result())
        while waiting:
            fold(waiting.popleft().result())


def _each_chunk(function: Callable[[Any], Any], items: ChunkTasks, fold: Fold) -> None:
    for item in items:
        fold(function(item))


class _Found:
    """The links found, as the tasks give them. Where a task gives a row's best links
    among one block of columns (``merge``), the row's links are the best of those
    (_best again, whose choice is a total order: the same whatever order the parts come
    in), kept so when they add up past a few million."""

    COMPACT = 4_000_000

    def __init__(self, long_enough: Any) -> None:
        self.long_enough = long_enough
        self.parts: list[Links] = []
        self.size = 0
        self.compacted = 0  # the size after the last compaction
        self.merged = False

    def add(self, links: Links) -> None:
        if len(links[0]):
            self.parts.append(links)
            self.size += len(links[0])

    def merge(self, links: Links) -> None:
        self.merged = True
        self.add(links)
        if self.size > max(self.COMPACT, 2 * self.compacted):
            self._compact()

    def _compact(self) -> None:
        h, t, w = self._joined()
        self.parts = [_best(h, t, w, self.long_enough[h], self.long_enough[t])]
        self.size = self.compacted = len(self.parts[0][0])

    def _joined(self) -> Links:
        import numpy as np

        if not self.parts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
        return (np.concatenate([h for h, _, _ in self.parts]).astype(np.int64),
                np.concatenate([t for _, t, _ in self.parts]).astype(np.int64),
                np.concatenate([w for _, _, w in self.parts]).astype(np.float64))  # fmt: skip

    def links(self) -> Links:
        """Every row's links, in row and column order."""
        import numpy as np

        if self.merged:
            self._compact()
        h, t, w = self._joined()
        order = np.lexsort((t, h))
        return h[order], t[order], w[order]


def _chunk_links(rows: tuple[int, int], matrix: Any, long_enough: Any) -> Links:
    """The links of the articles of rows lo..hi, compared with every article."""
    import numpy as np

    lo, hi = rows
    prod = (matrix[lo:hi] @ matrix.T).tocsr()
    counts = np.diff(prod.indptr)
    long_rows = np.repeat(long_enough[lo:hi], counts)
    # what _best can keep: a long article's pairs at the story gate, a short one's all
    keep = (prod.data >= MIN_STORY) | ~long_rows
    rs = np.repeat(np.arange(lo, hi), counts)[keep]
    cols = prod.indices[keep]
    return _best(rs, cols, prod.data[keep], long_rows[keep], long_enough[cols])


class _Pairs(ChunkTasks):
    """Every pair of blocks of ``block`` rows of ``matrix`` (a block with itself, and
    with each later one), as the items of tasks: the first rows of both, the two
    blocks' rows (the second None for a block with itself) and their ``flags``."""

    def __init__(self, matrix: Any, block: int, flags: Any) -> None:
        n = matrix.shape[0]
        self.matrix, self.flags = matrix, flags
        self.ranges = [(lo, min(n, lo + block)) for lo in range(0, n, block)]
        self.pairs = [(a, b) for a in range(len(self.ranges)) for b in range(a, len(self.ranges))]

    def __len__(self) -> int:
        return len(self.pairs)

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        a, b = self.pairs[k]
        (la, ha), (lb, hb) = self.ranges[a], self.ranges[b]
        flags = self.flags
        return (la, lb, self.matrix[la:ha], None if a == b else self.matrix[lb:hb],
                flags[la:ha], None if a == b else flags[lb:hb])  # fmt: skip

    def describe(self, k: int) -> str:
        a, b = self.pairs[k]
        (la, ha), (lb, hb) = self.ranges[a], self.ranges[b]
        return f"comparing articles {la + 1}-{ha} with articles {lb + 1}-{hb}"


def _pair_links(item: tuple[Any, ...]) -> Links:
    """The links of each row of two blocks (a _Pairs item) among the other block's rows
    (a block with itself: among its own)."""
    import numpy as np

    la, lb, a, b, fa, fb = item
    if b is None:
        b, fb = a, fa
    prod = (a @ b.T).tocoo()
    r, c, v = prod.row, prod.col, prod.data
    links = _best(r + la, c + lb, v, fa[r], fb[c])
    if b is a:
        return links
    back = _best(c + lb, r + la, v, fb[c], fa[r])  # the same cosines, from the other side
    return tuple(np.concatenate(x) for x in zip(links, back, strict=True))  # type: ignore[return-value]


class _Tiles(ChunkTasks):
    """The pairs of blocks of ``block`` rows of the projection, by tiles: a group of
    ``tile`` blocks with itself or with a later group, for the nearest kept in ``near``
    (its ``k`` of each row), in squares of groups (STORY_SQUARE). A task's pieces are
    its groups (each a list of its blocks' first rows and vectors); its item, the
    groups' blocks, ``k``, and each of their rows' least similarity among its nearest in
    ``near`` when the item is cut (_tile_nearest compares a block with itself and with
    each later one of a group alone, and each block of the first group with each of the
    second: the very products of _Pairs).

    A similarity under a row's least is never among its nearest (they only get nearer),
    so a tile gives back only those at or above it: early tiles much of what they find,
    later ones little (each row's nearest come in as records do, about k times the log of
    the number of groups in all). The client folds every tile's result (``near.fold``)
    and the workers keep nothing of the run's nearest: what they hold is the tiles in
    flight and a square's groups, whatever the size of the run."""

    pieced = True

    def __init__(self, matrix: Any, block: int, tile: int, near: _Nearest) -> None:
        n = matrix.shape[0]
        self.matrix, self.near = matrix, near
        blocks = [(lo, min(n, lo + block)) for lo in range(0, n, block)]
        self.groups = [blocks[g : g + tile] for g in range(0, len(blocks), tile)]
        count, sq = len(self.groups), STORY_SQUARE
        self.tiles = [(a, b) for lo in range(0, count, sq) for hi in range(lo, count, sq)
                      for a in range(lo, min(lo + sq, count))
                      for b in range(max(a, hi), min(hi + sq, count))]  # fmt: skip
        self.ahead = sq * sq

    def __len__(self) -> int:
        return len(self.tiles)

    def __getitem__(self, k: Any) -> Any:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return self.made(k, [self.piece(g) for g in self.pieces(k)])

    def pieces(self, k: int) -> list[Any]:
        a, b = self.tiles[k]
        return [a] if a == b else [a, b]

    def piece(self, p: Any) -> Any:
        return [(lo, self.matrix[lo:hi]) for lo, hi in self.groups[p]]

    def made(self, k: int, values: list[Any]) -> Any:
        floors = [self.near.floor(*self._rows(g)) for g in self.pieces(k)]
        return values, self.near.k, floors

    def _rows(self, g: int) -> tuple[int, int]:
        return self.groups[g][0][0], self.groups[g][-1][1]

    def describe(self, k: int) -> str:
        (la, ha), (lb, hb) = (self._rows(g) for g in self.tiles[k])
        return f"comparing articles {la + 1}-{ha} with articles {lb + 1}-{hb}"


def _tile_nearest(
    item: tuple[list[list[tuple[int, Any]]], int, list[Any]],
) -> list[tuple[int, Any, Any, Any]]:
    """A task of _Tiles: the nearest of each pair of blocks to compare (_block_nearest),
    each block's nearest then picked once from all the tile's pairs (_keep_nearest), and
    of those, each row's at or above its floor (its group's in ``floors``): (first row,
    rows, columns, similarities) per block, by first row, the rows counted from the
    block's first, in order."""
    import numpy as np

    groups, keep, floors = item
    blocks = [block for group in groups for block in group]
    floor_of = {lo: (group[0][0], f) for group, f in zip(groups, floors, strict=True)
                for lo, _vectors in group}  # fmt: skip
    first = len(groups[0])
    parts: dict[int, list[tuple[Any, Any]]] = defaultdict(list)
    for i in range(len(blocks)):
        for j in range(i, len(blocks)):
            if len(groups) > 1 and not i < first <= j:
                continue
            (la, a), (lb, b) = blocks[i], blocks[j]
            for lo, cols, sims in _block_nearest(la, a, lb, None if i == j else b, keep):
                parts[lo].append((cols, sims))
    out = []
    for lo, ps in sorted(parts.items()):
        cols, sims = _keep_nearest(np.hstack([c for c, _ in ps]), np.hstack([s for _, s in ps]),
                                   keep)  # fmt: skip
        start, floor = floor_of[lo]
        rows, at = np.nonzero(sims >= floor[lo - start : lo - start + len(sims), None])
        out.append((lo, rows.astype(np.int32), cols[rows, at], sims[rows, at]))
    return out


def _keep_nearest(cols: Any, sims: Any, keep: int) -> tuple[Any, Any]:
    """Each row's ``keep`` best of its columns and similarities (all, if no more): the
    higher similarity first, then the later column, as _top orders them."""
    import numpy as np

    if cols.shape[1] <= keep:
        return cols, sims
    pick = np.argpartition(_order(sims, cols), cols.shape[1] - keep, axis=1)[:, -keep:]
    return np.take_along_axis(cols, pick, axis=1), np.take_along_axis(sims, pick, axis=1)


def _block_nearest(la: int, a: Any, lb: int, b: Any, keep: int) -> list[tuple[int, Any, Any]]:
    """Of two blocks of the projection whose first rows are ``la`` and ``lb`` (``b`` None:
    block ``a`` with itself), each row's ``keep`` nearest rows of the other block (or all
    of them, if fewer): (first row, columns, similarities) for the rows of each block."""
    import numpy as np

    same = b is None
    sims = a @ (a if same else b).T
    out = [_top(sims, la, lb, keep)]
    if not same:
        # the other block's rows made contiguous: ranking the rows of the transpose in
        # place read each row's cells a row of the product apart (about 4 ms more a pair)
        out.append(_top(np.ascontiguousarray(sims.T), lb, la, keep))
    return out


def _top(sims: Any, row: int, col: int, keep: int) -> tuple[int, Any, Any]:
    """Each row's ``keep`` most similar columns (numbered from ``col``): the higher
    similarity first, then the later column (a total order: no draw decides)."""
    import numpy as np

    n = sims.shape[1]
    m = min(keep, n)
    pick = np.argpartition(sims, n - m, axis=1)[:, n - m :]
    chosen = np.take_along_axis(sims, pick, axis=1)
    low = chosen.min(axis=1, keepdims=True)  # each row's m-th
    # a row that leaves out a similarity equal to its m-th: the later columns taken
    equal = np.count_nonzero(sims == low, axis=1)
    tied = np.flatnonzero(equal > np.count_nonzero(chosen == low, axis=1))
    for r in tied.tolist():  # (rare on real news; copies of one text tie often)
        above = np.flatnonzero(sims[r] > low[r, 0])
        same = np.flatnonzero(sims[r] == low[r, 0])
        pick[r] = np.concatenate([above, same[len(same) - (m - len(above)) :]])
    return row, (pick + col).astype(np.int32), np.take_along_axis(sims, pick, axis=1)


def _order(sims: Any, cols: Any) -> Any:
    """Keys that sort (similarity, column) pairs as numbers, as _top orders them: a
    float32 similarity's bits made to sort as integers, then the column."""
    import numpy as np

    sims = np.asarray(sims, dtype=np.float32) + np.float32(0)  # -0.0 as 0.0, as == has it
    bits = sims.view(np.int32).astype(np.int64)
    bits = np.where(bits < 0, bits ^ 0x7FFFFFFF, bits)
    return bits * (1 << 32) + cols


class _Nearest:
    """Each row's ``k`` nearest in the projection, kept as the blocks' come in (_top's
    order, so the same whatever order they come in)."""

    def __init__(self, n: int, k: int) -> None:
        import numpy as np

        self.k = k
        self.cols = np.full((n, k), -1, dtype=np.int32)
        self.sims = np.full((n, k), -np.inf, dtype=np.float32)

    def floor(self, lo: int, hi: int) -> Any:
        """Rows ``lo`` to ``hi``'s least similarity among their nearest so far (-inf while
        a row has fewer than ``k``): a similarity under it is never among the nearest."""
        return self.sims[lo:hi].min(axis=1)

    def fold(self, parts: list[tuple[int, Any, Any, Any]]) -> None:
        """A tile's result (_tile_nearest): each block's rows, columns and similarities
        (the rows counted from the block's first, in order) kept where they are nearer."""
        import numpy as np

        for lo, rows, cols, sims in parts:
            if not len(rows):
                continue
            # the entries of each row side by side, one row of a table a row, padded as
            # the rows here are before they have k nearest (never kept before those)
            held, starts, counts = np.unique(rows, return_index=True, return_counts=True)
            at = np.arange(len(rows)) - np.repeat(starts, counts)
            line = np.repeat(np.arange(len(held)), counts)
            # np.max, not counts.max(): numpy 2.5's stubs give ndarray.max() no overload
            # without an axis, and mypy failed the lint where pip installs 2.5 (Python 3.12+)
            width = int(np.max(counts))
            new_cols = np.full((len(held), width), -1, dtype=np.int32)
            new_sims = np.full((len(held), width), -np.inf, dtype=np.float32)
            new_cols[line, at], new_sims[line, at] = cols, sims
            r = held + lo
            self.cols[r], self.sims[r] = _keep_nearest(
                np.hstack([self.cols[r], new_cols]), np.hstack([self.sims[r], new_sims]), self.k
            )

    def result(self) -> Any:
        """Each row's nearest (column numbers, ascending)."""
        import numpy as np

        return np.sort(self.cols, axis=1)


class _Scoring(ChunkTasks):
    """What scoring one chunk's candidates exactly needs, cut from the run's vectors when
    a task is sent (not all at once): its first and last rows, its candidates' column
    numbers, the vectors of its rows and of its distinct candidates (``where``: which of
    those each candidate is), and whether each is long enough to judge."""

    def __init__(self, matrix: Any, long_enough: Any, nearest: Any, chunk: int) -> None:
        n = matrix.shape[0]
        self.matrix, self.long_enough, self.nearest = matrix, long_enough, nearest
        self.ranges = [(lo, min(n, lo + chunk)) for lo in range(0, n, chunk)]

    def __len__(self) -> int:
        return len(self.ranges)

    def __getitem__(self, k: Any) -> Any:
        import numpy as np

        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        lo, hi = self.ranges[k]
        nearest = self.nearest[lo:hi]
        distinct, where = np.unique(nearest.ravel(), return_inverse=True)
        long = self.long_enough
        return (lo, hi, nearest, self.matrix[lo:hi], self.matrix[distinct], where.ravel(),
                long[lo:hi], long[distinct])  # fmt: skip

    def describe(self, k: int) -> str:
        lo, hi = self.ranges[k]
        return f"scoring the nearest articles of articles {lo + 1}-{hi}"


def _scored_links(item: tuple[Any, ...]) -> Links:
    """The links of one chunk's articles among their candidates (see _Scoring), by exact
    cosine: the same products as with the whole run's vectors at hand."""
    lo, hi, nearest, own, theirs, where, long_own, long_theirs = item
    return _scored(lo, hi, nearest, own, theirs, where, long_own, long_theirs[where])


def _scored(
    lo: int, hi: int, nearest: Any, own: Any, theirs: Any, where: Any,
    long_own: Any, long_cols: Any,
) -> Links:  # fmt: skip
    """Links of rows lo..hi among their candidates ``nearest``: ``own`` their vectors,
    row ``where[j]`` of ``theirs`` the vector of the j-th candidate; ``long_own`` whether
    each row is long enough to judge, ``long_cols`` each candidate."""
    import numpy as np

    mine = np.repeat(np.arange(hi - lo), nearest.shape[1])
    vals = np.asarray(own[mine].multiply(theirs[where]).sum(axis=1)).ravel()
    return _best(mine + lo, nearest.ravel().astype(np.int64), vals, long_own[mine], long_cols)


def _best(rs: Any, cols: Any, vals: Any, long_rows: Any, long_cols: Any) -> Links:
    """Of the compared pairs (row, column, cosine; whether the row's article and the
    column's are long enough to judge), each row's links (see _links)."""
    import numpy as np

    real = (rs != cols) & (vals > 0)
    long = real & long_rows & long_cols & (vals >= MIN_STORY)
    r, c, v = rs[long], cols[long], vals[long]
    order = np.lexsort((-c, -v, r))  # each row's best first (the later on ties)
    r, c, v = r[order], c[order], v[order]
    starts = np.r_[0, np.flatnonzero(r[1:] != r[:-1]) + 1]
    rank = np.arange(len(r)) - np.repeat(starts, np.diff(np.r_[starts, len(r)]))
    top = rank < STORY_LINKS
    short = real & ~long_rows
    sr, sc, sv = _most_similar(rs[short], cols[short], vals[short])
    return (np.concatenate([r[top], sr]), np.concatenate([c[top], sc]),
            np.concatenate([v[top], sv]))  # fmt: skip


def _most_similar(rs: Any, cols: Any, vals: Any) -> Links:
    """Each row's one best pair (the later column on ties), rows in order: what sorting
    every pair of a row would pick first, without sorting them (a short article's row
    holds a cosine with nearly every article). The pairs come in row order from a chunk's
    product; otherwise they are put in row order first."""
    import numpy as np

    if not len(rs):
        return rs, cols, vals
    if (rs[1:] < rs[:-1]).any():
        order = np.argsort(rs, kind="stable")
        rs, cols, vals = rs[order], cols[order], vals[order]
    starts = np.r_[0, np.flatnonzero(rs[1:] != rs[:-1]) + 1]
    best = np.maximum.reduceat(vals, starts)
    tied = vals == np.repeat(best, np.diff(np.r_[starts, len(rs)]))  # equal to the bit
    later = np.maximum.reduceat(np.where(tied, cols, -1), starts)
    return rs[starts], later.astype(cols.dtype), best


def _projection(matrix: Any) -> Any:
    """Unit rows of a PROJECTION-dimension truncated SVD of the article vectors (seeded)."""
    import numpy as np
    from sklearn.decomposition import TruncatedSVD

    dims = max(1, min(PROJECTION, matrix.shape[1] - 1))
    projected = TruncatedSVD(dims, random_state=0).fit_transform(matrix).astype(np.float32)
    norms = np.linalg.norm(projected, axis=1, keepdims=True)
    return projected / np.where(norms > 0, norms, 1)


def _communities(graph: Any, rounds: int = 100) -> Any:
    """Communities of a symmetric weighted graph (scipy CSR): label propagation, each
    article taking the label its neighbours' similarities add up to most, then each
    label's connected pieces apart, numbered by their first article. Half of the articles
    (a seeded draw, so runs repeat exactly) move in each round, which stops the two-way
    swaps that make all-at-once propagation oscillate; it settles in 15-25 rounds on ECB+.
    Measured against ECB+'s own event folders (B-cubed over 839 articles, tested in
    tests/test_story_graph.py): precision 0.79, recall 0.86, against 0.28 and 0.87 for
    connected components of the same links."""
    import numpy as np
    from scipy.sparse import csr_matrix

    n = graph.shape[0]
    labels = np.arange(n)
    rng = np.random.default_rng(0)
    index = np.arange(n)
    for _ in range(rounds):
        votes = graph @ csr_matrix((np.ones(n), (index, labels)), shape=(n, n))
        # a hair's weight for the label it has: a tie keeps it
        votes = (votes + csr_matrix((np.full(n, 1e-9), (index, labels)), shape=(n, n))).tocoo()
        order = np.lexsort((votes.col, -votes.data, votes.row))
        row, col = votes.row[order], votes.col[order]
        best = np.r_[True, row[1:] != row[:-1]]
        proposed = labels.copy()
        proposed[row[best]] = col[best]
        if (proposed == labels).all():
            break
        labels = np.where(rng.random(n) < 0.5, proposed, labels)
    edges = graph.tocoo()
    inside = labels[edges.row] == labels[edges.col]
    found = _components(n, edges.row[inside], edges.col[inside])
    _values, first = np.unique(found, return_index=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first)] = np.arange(len(first))
    return rank[found]


def _components(n: int, head: Any, tail: Any) -> Any:
    """A label (0, 1, ...) for each of ``n`` nodes, the same for two nodes exactly when
    the edges (head[k], tail[k]) join them: connected components in numpy (importing
    scipy's csgraph took about 0.07 s of every run). Each root is hooked under the
    smallest root an edge reaches, then every node jumps to its root, until every edge is
    inside one tree: a few rounds, each a pass over the edges."""
    import numpy as np

    parent = np.arange(n)
    while True:
        a, b = parent[head], parent[tail]
        if (a == b).all():
            return np.unique(parent, return_inverse=True)[1]  # numbered 0, 1, ...
        np.minimum.at(parent, np.maximum(a, b), np.minimum(a, b))
        while True:  # pointer jumping until every node points at its root
            up = parent[parent]
            if (up == parent).all():
                break
            parent = up


# Units of time a measure may be read in (quantulum3's, besides the extractor's own
# durations and the ones crosscheck converts): such a measure ('hour', 'millisecond') may
# be a duration's subject, whether it converts or not; a measure in any other unit ("a
# 7200rpm drive") never joins a duration ("a two hour-long keynote").
_TIME_UNITS = frozenset(
    {unit for unit, (dimension, _factor) in quantity.CONVERSIONS.items() if dimension == "time"}
    | set(TIME_UNITS.values())
    | {"millisecond", "microsecond", "nanosecond", "millennium", "kiloyear", "megayear",
       "gigayear"}
)  # fmt: skip


# a threshold's participle right after its figure (matched from the figure's end in its
# sentence), with the goal it is needed for ("the 76 needed to govern alone", "76 seats
# required for a two-thirds majority"; lexicon.THRESHOLD_PARTICIPLES and THRESHOLD_GOALS):
# what is needed, apart from what is or happened ("he needed 14 stitches", "the 40
# injured needed to be hospitalised", "the 200 soldiers needed for the rescue arrived"
# are no thresholds)
_GOALS_TO = "to\\s+(?:{})".format("|".join(sorted(lexicon.THRESHOLD_GOALS["to"])))
_THRESHOLD = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:{})\s+(?:{}|for\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?(?:{}))\b".format(
        "|".join(sorted(lexicon.THRESHOLD_PARTICIPLES)),
        _GOALS_TO,
        "|".join(sorted(lexicon.THRESHOLD_GOALS["for"])),
    )
)
# a threshold's words before its figure: a minimum required ("require a minimum of 500
# metres"; not "a minimum of 40 people were killed", at least 40), or what must be done
# to reach a goal the words after it name ("needs to sell about 2 million units to break
# even")
# verbs of need in the present ("needs 226 votes to pass": _NEED_NOW), and in the past
_NEED_PRESENT = r"(?:requires?|needs?|demands?|sets?|mandates?)"
_REQUIRED = rf"\b(?:{_NEED_PRESENT}|required|needed)\s+"
_MINIMUM = re.compile(_REQUIRED + r"(?:an?\s+)?minimum\s+of\s+$", re.IGNORECASE)
_MINIMUM_OWN = re.compile(r"(?:an?\s+)?minimum\s+of\b", re.IGNORECASE)
_REQUIRED_BEFORE = re.compile(_REQUIRED + "$", re.IGNORECASE)
# (in the present: "had to evacuate 500 residents to avoid casualties" says what was done)
_NEEDS_TO = re.compile(r"\b(?:(?:needs?|requires?|has|have)\s+to|must)\s+[a-z]+\s+$", re.IGNORECASE)
_NEED_GOALS = lexicon.THRESHOLD_GOALS["to"] | lexicon.THRESHOLD_GOALS["need"]
_GOAL_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}\s+to\s+(?:" + "|".join(sorted(_NEED_GOALS)) + r")\b")
_NEED_NOW = re.compile(rf"\b{_NEED_PRESENT}\s+$", re.IGNORECASE)


def _threshold(p: Profile) -> bool:
    """Whether a claim is a threshold, what is needed rather than what is: its participle
    and goal after it (_THRESHOLD), a minimum required before it, what must be done
    before it ("needs to", "has to", "must") with a goal after it (_NEEDS_TO), or what a
    verb of need in the present takes before a goal ("needs 226 votes to pass")."""
    end = p.end
    before = p.sentence[: p.start]
    return bool(
        _THRESHOLD.match(p.sentence, end)
        or _MINIMUM.search(before)
        # (the qualifier read as the claim's own words: "require a minimum of 500 metres")
        or (_MINIMUM_OWN.match(p.claim.text) and _REQUIRED_BEFORE.search(before))
        # what must be done for a goal after the figure ("needs to sell 2 million units to
        # break even"), or what a verb of need takes for it ("needs 226 votes to pass",
        # "needs at least 100,000 kettles returned to meet its conditions"): in the
        # present, and no time (a review: "needed 52 minutes to win", "required 3,000
        # police officers to secure the centre", "needs 40 minutes to reach the island"
        # say what it took)
        or (
            (
                _NEEDS_TO.search(before) is not None
                or (p.claim.kind != "duration" and _NEED_NOW.search(before) is not None)
            )
            and _GOAL_AFTER.match(p.sentence, end) is not None
        )
    )


# what a place or a thing can hold, right before its figure ("shelters can hold up to
# 6,000 people", "a permitted capacity of 40,000", "the site is licensed for 40,000",
# "licensed to carry 300", "capable of holding 800", "the hall seats 2,000", "the permit
# allows a maximum of 40,000"), or right after it ("the 45,000-capacity stadium"); "the
# room holds 1,200" where the figure names nothing ("households hold 1.2 million
# mortgages", "the party now holds 76" are what is). Not what a thing allows or has
# capacity for, often what it does ("the battery allows up to 1,000 recharges", "its
# capacity for 1,000 full recharges" and "can be recharged up to 1,000 times": 40ecb),
# nor what a place accommodates or sleeps now ("the camp currently accommodates 12,000
# refugees": its people), nor a body's size ("the 125-seat parliament", "125 seats")
_HOLD_VERBS = "hold|carry|accommodate|seat|house|take|fit|shelter|sleep|store"
_CAPACITY = re.compile(
    rf"(?:\b(?:can|could)\s+(?:{_HOLD_VERBS})|\bseats|\bcapacity(?:\s+of)?"
    r"|\bcapable\s+of\s+(?:holding|carrying|accommodating|seating|housing)"
    r"|\b(?:licensed|designed|built|rated|permitted|approved|authori[sz]ed)\s+"
    rf"(?:for|to\s+(?:{_HOLD_VERBS}))"
    r"|\b(?:permit|licen[cs]e)\s+(?:only\s+)?allows|\broom\s+for|\bspace\s+for|\bbeds\s+for)"
    r"\s+$",
    re.IGNORECASE,
)
# seats hyphened to the figure, of a place or a vehicle named within two words after it
# ("the 189-seat plane", "a 45,000-seat football stadium"; not a body's size, "the
# 125-seat national legislature", "the 120-seat Knesset", which "125 seats" gives too)
_HYPHENED_SEATS = re.compile(r"-seat(?:er)?$", re.IGNORECASE)
_SEATED = "|".join(sorted(lexicon.words(
    "plane planes jet jets aircraft airliner airliners stadium stadiums arena arenas hall "
    "halls theatre theater venue auditorium cinema bus buses coach coaches minibus ferry "
    "ferries boat boats ship ships vessel helicopter train trains restaurant amphitheatre "
    "ground bowl"
)))  # fmt: skip
_SEATS_OF_A_PLACE = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_SEATED})\b", re.IGNORECASE)
_HOLDS = re.compile(r"(?<!\bnow\s)(?<!\bstill\s)(?<!\bcurrently\s)\bholds?\s+$", re.IGNORECASE)


def _capacity(p: Profile) -> bool:
    """Whether a claim is what a place or a thing can hold (_CAPACITY), not what it holds:
    a count or a bare figure only. Never an amount ("built for $40 million"), a share, a
    time ("could take 10 years") nor a measure, whose capacity is said as often without
    such words ("a slot capable of holding up to 16GB" and "supports up to 16 GB": 42ecb;
    "a capacity of 1,200 megawatts" and "will produce 1,000 megawatts")."""
    c = p.claim
    if c.kind not in ("count", "other"):
        return False
    before = p.sentence[max(0, p.start - _CAPACITY_REACH) : p.start]
    return bool(
        c.unit == "capacity"  # "the 45,000-capacity stadium" (not "a 45,000 capacity")
        or _CAPACITY.search(before)
        or (
            _HYPHENED_SEATS.search(c.text) is not None
            and _SEATS_OF_A_PLACE.match(p.sentence, p.end) is not None
        )
        or (c.unit is None and _HOLDS.search(before))
    )


_CAPACITY_REACH = 60  # characters before a figure its capacity's words stand within


# the word right after an age ("a 58-year-old man"; not "man-made"), or right before
# "aged" ("a woman aged 61"; not past a comma: "a woman and her husband, aged 70 and 72")
# (not a word a hyphen goes on with, "man-made", "mother-of-pearl", but a parent "of" so
# many children: "a 34-year-old mother-of-two", "father-of-3")
_OF_CHILDREN = "|".join(sorted(NUMBER_WORDS))
_AFTER_AGE = re.compile(
    r"\s*([a-z]+)\b"
    rf"(?![-\u2010\u2011](?!of[-\u2010\u2011](?:\d+|{_OF_CHILDREN})(?![\w-])))"
)
_BEFORE_AGED = re.compile(r"\b([a-z]+)\s+aged\s+$")
# a list of ages after "aged" ("aged 30 and 28", "aged 30, 28 and 5"): whose each is, the
# words do not say
_AGES_LISTED = re.compile(r"\s*(?:,|and|or|to)\s+\d")


def _sex_of_age(p: Profile) -> frozenset[str]:
    """The sex of the person an age is said of, when the noun it describes says it ("a
    58-year-old man", "the 61-year-old grandmother", "a boy aged 12"; lexicon.SEXED_NOUNS),
    as a set of one; else none."""
    if p.claim.kind != "age":
        return frozenset()
    m = _AFTER_AGE.match(p.right)
    sex = SEXED_NOUNS.get(m.group(1)) if m else None
    if sex is None and (m := _BEFORE_AGED.search(p.left)) and not _AGES_LISTED.match(p.right):
        sex = SEXED_NOUNS.get(m.group(1))
    return frozenset({sex}) if sex else frozenset()


# The division of a country a figure is counted in, named with its kind right after
# the figure's words, past an auxiliary and a participle, after "in": "killed 9 people in
# Jefferson County", "4 people were killed in Orange County", "died in Sichuan province".
# Only such divisions: two of them are two places, or a part and its whole, for certain;
# a town or a country named alone may be one event's place said two ways ("in
# Brownsville", "in Brooklyn"; "at Oikos University", "in Oakland"), a speaker's, or no
# place ("in the Lakers' win"): a rule on every place was tried twice and not kept
# (docs/evaluation.md)
_DIVISIONS = "County|Parish|Province|Prefecture|District|Governorate|Oblast"
_DIVISION_NAME = rf"((?:[A-Z][\w'\u2019.-]*\s+)+)(?i:({_DIVISIONS}))\b"
_DIVISION_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|have|has|had|been)\s+){0,2}(?:[a-z]+ed\s+)?in\s+(?:the\s+)?"
    # (not the first of a list of them: "in Jefferson County and Orange County")
    rf"{_DIVISION_NAME}(?!(?:\s*,|\s+(?:and|or))\s+(?:the\s+)?{_DIVISION_NAME})"
)
# or one that opens the figure's sentence, before a comma: "In Bramwell County, 165 homes
# were destroyed"
_DIVISION_OPENS = re.compile(
    # (a few words may stand before the comma, none of a list nor a figure: "In Bramwell
    # County alone,", "In Bramwell County on Sunday,")
    rf"\W*In\s+(?:the\s+)?{_DIVISION_NAME}(?:\s+(?!and\b|or\b)[^\s,;:\d]+){{0,3}}\s*,"
)


def _counted_in(p: Profile) -> tuple[str, frozenset[str]] | None:
    """The kind and the words of the name of the division a claim's figure is counted in
    (_DIVISION_AFTER, else _DIVISION_OPENS, in lower case: ("county", {"jefferson"}) for
    "in Jefferson County"; a name of two words or more has its initials too, "Los Angeles
    County" is "LA County"): None for none, for an age (a person's, of no place), in a headline's
    capitals, and for a list of them."""
    if p.title or p.claim.kind == "age":
        return None
    m = _DIVISION_AFTER.match(p.sentence, p.end)
    if m is None:
        m = _DIVISION_OPENS.match(p.sentence)
        # (in its clause: "In Bramwell County, four people died; statewide, 12 died" is
        # no county's 12, nor is a list "In Bramwell County, Lake County and ..." one's)
        if (
            m is None
            or m.end() > p.start
            or any(ch in ";:," for ch in p.sentence[m.end() : p.start])
        ):
            return None
    words = [w.lower().replace(".", "") for w in re.split(r"[\s-]+", m.group(1)) if w]
    initials = {"".join(w[0] for w in words)} if len(words) > 1 else set()
    return m.group(2).lower(), frozenset(words) | initials


# The words after a length that say which extent of a thing it measures, and the extent
# ("40 feet wide", "12 feet deep", "3 metres in diameter", "a 40-foot-wide crater")
_EXTENT_WORDS = {
    "wide": "width", "across": "width", "in width": "width", "in diameter": "width",
    "broad": "width", "long": "length", "in length": "length", "high": "height",
    "tall": "height", "in height": "height", "deep": "depth", "in depth": "depth",
    "thick": "thickness", "in thickness": "thickness",
}  # fmt: skip
_EXTENT = re.compile(
    r"(?:\s+|[-\u2010\u2011])(" + "|".join(w.replace(" ", r"\s+") for w in _EXTENT_WORDS) + r")\b"
)


def _extent(p: Profile) -> str | None:
    """The extent a length measures, as the words right after its figure say it
    (_EXTENT_WORDS: "wide", "in diameter": "width"), None when none do or the figure is
    no length."""
    c = p.claim
    if c.kind != "measure" or not quantity.same_dimension(c.unit, "metre"):
        return None
    m = _EXTENT.match(p.sentence, p.end)
    if m is None or (m.group(1) in ("across", "deep") and _GOING.match(p.sentence, m.end())):
        return None
    return _EXTENT_WORDS[" ".join(m.group(1).split())]


# what follows "across" or "deep" when they say where a distance goes, not an extent
# ("runs 1,172 miles across four states", "advanced 10 km deep into Russia")
_GOING = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|many|into|inside|behind|within)\b|[A-Z]|\d)"
)


# The period a change is said to be over, in the words right after its figure ("rose
# 2.4% year on year", "0.2% month-on-month", "3.1% from a year earlier", "1.2% on the
# previous quarter", "y/y"), up to three words before them ("2.4% in October from a year
# earlier")
_COMPARED_OVER = re.compile(
    r"(?:\s+[\w'’]+){0,3}?,?\s+(?:"
    r"(?P<same>year|month|quarter|week)[- ](?:on|over)[- ](?P=same)"
    r"|(?:from|on|than|against)\s+(?:a|the)\s+(?P<ago>year|month|quarter|week)\s+"
    r"(?:earlier|before|ago)"
    r"|(?:from|on|over|against)\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?P<prior>year|month|quarter|week)"
    r"|(?P<short>[ymq])/(?P=short)"
    r")\b(?!['’]s\b)",  # (not "from the previous month's 2.6%": a baseline)
    re.IGNORECASE,
)
# what makes a figure a level ("eased to 2.4%", "stood at $3 billion"): what it is said
# to be "from" is its baseline, no period of a change ("rose to 4.3% from the previous
# month"); "year on year" after it still says which rate it is
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+[$€£¥]?$", re.IGNORECASE)
_COMPARED_SHORT = {"y": "year", "m": "month", "q": "quarter"}


def _compared_over(p: Profile) -> str | None:
    """The period a change or a rate is said to be over (_COMPARED_OVER: "year", "month",
    "quarter", "week"), None when its words say none, or only what a level is said to
    be "from" (_LEVEL_BEFORE)."""
    c = p.claim
    if c.kind not in ("percent", "money", "count", "measure"):
        return None
    m = _COMPARED_OVER.match(p.sentence, p.end)
    if m is None:
        return None
    if m.group("same"):
        return m.group("same").lower()
    if m.group("short"):
        return _COMPARED_SHORT[m.group("short").lower()]
    if _LEVEL_BEFORE.search(p.sentence, 0, p.start):
        return None  # a level's baseline
    return (m.group("prior") or m.group("ago")).lower()


def _mode(p: Profile) -> str:
    """What a claim's figure is: what is needed, what can be held, or what is (_Summary.mode)."""
    return "needed" if _threshold(p) else "capacity" if _capacity(p) else "is"


@dataclass(slots=True)
class _Summary:
    """What a cluster's hard constraints need, so a merge is checked in constant time
    instead of for every pair of claims: the same answer as checking every pair."""

    increment: bool
    superlatives: frozenset[str]
    narrowing: frozenset[str]  # the non-empty sequence/superlative set, if any
    names: frozenset[frozenset[str]]  # distinct non-empty sets of name modifiers
    change: str | None
    years: frozenset[int]
    per_doc: dict[str, tuple[float, float]]  # common interval of each document's claims
    partners: frozenset[tuple[float, frozenset[int]]]  # score sides: (figure, its partners)
    ages: bool  # holds an age ("the 36-year-old")
    counted: bool  # holds a count of a counted noun ("36 KOs")
    nouns: dict[tuple[str, int], frozenset[str]]  # per sentence, its counted nouns' concepts
    periods: frozenset[str]  # the time frames its figures count over ("since October")
    basis: str  # what its figures include or leave out ("including debt"; "": none said)
    kinds: frozenset[str]  # the "net", "gross", "before tax" its figures are said to be
    # the units its ages are written in ('month'), '' for a bare figure that may be one
    age_units: frozenset[str] = frozenset()
    # the words of the full names its figures belong to ("Doug Keller": {"Doug", "Keller"}).
    # Not a name of one word: a surname may be the family's, and one subject is named in
    # one word as often as not ("Duke" / "the Blue Devils", "GM" / "General Motors",
    # "Turnout hit 62%", "the American" for a person): tried, it silenced real
    # contradictions (2026-12-06, docs/evaluation.md)
    owners: frozenset[str] = frozenset()
    # its counts of things besides some the article names ("four other families"), and the
    # intervals of its other counts ("the five major families"): see _besides_one
    besides: frozenset[float] = frozenset()
    wholes: frozenset[tuple[float, float]] = frozenset()
    # what its measures describe ("a 55-minute speech": "speech"; Claim.measured)
    described: frozenset[str] = frozenset()
    # the sentences where its claims count a part of another figure the sentence gives
    # ("235,000 comments, 208,000 of which"; Claim.part), and where all its claims are: a
    # part never joins another figure of its own sentence, nor another part of it
    part_of: frozenset[tuple[str, int]] = frozenset()
    stated_in: frozenset[tuple[str, int]] = frozenset()
    # the smallest upper end of its partitive counts ("200,000 of the comments"; Claim
    # partitive; the figure itself when open above; inf for none) and the largest lower
    # end of its other figures: a partitive never joins a figure above it, which may be
    # the whole it picks from (another partitive of the same whole may: "two of the bombs"
    # and "three of the bombs")
    partitive: float = math.inf
    floor: float = -math.inf
    # whether it holds a duration ("two hours"), and a measure in a unit not of time
    # ("7200rpm"): a time never joins a measure of something else
    timed: bool = False
    untimed: bool = False
    # what happened to those its counts count (ConceptTable.outcome: 'dead', 'injured')
    outcomes: frozenset[str] = frozenset()
    # the years of the other events its figures belong to ("a similar flood in 2019
    # killed 31": Subject.earlier and year); whether it holds figures of this story, the
    # years every one of them is dated to (its own time's when one year: "on Saturday",
    # "in 2023", not "since 2019"; its sentence's other year: "a 2019 study of 19,000")
    # and the names every one stands beside (Subject.names): a figure of another event
    # joins this story's figures only when each is dated to its year ("when 2,100 fell
    # ill in 2023") or stands beside a name it stands beside ("A quake killed 31,000
    # people in Bam", the same event recalled without the words)
    earlier: frozenset[int] = frozenset()
    story: bool = True
    dated: frozenset[int] = frozenset()
    named: frozenset[str] = frozenset()
    earlier_named: frozenset[str] = frozenset()  # the names beside its other events' figures
    # what its figures are: what is needed ("needed": _threshold, "the 76 needed to
    # govern"), what a place or a thing can hold ("capacity": _capacity, "shelters can
    # hold up to 6,000"), or what is ("is"): two of these are two subjects ("76 seats"
    # won, "4,000 people were evacuated"), so a cluster has one
    mode: str = "is"
    # the sexes its ages' persons are said to be ("a 58-year-old man": male; _sex_of_age):
    # one person is of one, so ages of two never join
    sexes: frozenset[str] = frozenset()
    # the divisions its figures are counted in, each its kind and the words of its name
    # (_counted_in: "killed 9 people in Jefferson County": ("county", {"jefferson"})):
    # figures counted in two divisions of one kind, neither name's words all the other's,
    # are two places' (a province and a district may be a whole and its part, which one
    # event's articles name in turn: not kept apart)
    places: frozenset[tuple[str, frozenset[str]]] = frozenset()
    # the extents its lengths measure, when their words say it (_extent: "40 feet wide",
    # "12 feet deep", "a 40-foot-wide crater"): a width is no depth
    extents: frozenset[str] = frozenset()
    # the periods its changes are said to be over (_compared_over: "rose 2.4% year on
    # year": "year"; "0.2% month on month": "month"): a yearly change is no monthly one
    compared: frozenset[str] = frozenset()
    # whether its counts count people or things, for those the concept files say
    # which of (_counts_people: "14,000 people", "5,000 homes"): a count of people never
    # joins a count of things ("14,000 people have been evacuated", "5,000 homes have
    # been evacuated": one verb, two subjects)
    of_people: frozenset[bool] = frozenset()

    @staticmethod
    def of(p: Profile, concepts: ConceptTable | None = None) -> _Summary:
        c = p.claim
        na = narrowing(c)
        names = proper_modifiers(c)
        lo, hi = quantity.converted_interval(c)  # "35 miles (about 58km)"
        said = (p.subject.basis or "").lower()  # "including debt", or "net", "before tax"
        besides = c.kind == "count" and any(m.lower() in BESIDES for m in c.modifiers)
        untimed = c.kind == "measure" and c.unit is not None and c.unit not in _TIME_UNITS
        return _Summary(bool(na & INCREMENTS), na - SEQUENCE_WORDS, na,
                        frozenset({names}) if names else frozenset(), c.change,
                        frozenset({p.subject.year}) if p.subject.year else frozenset(),
                        {c.document: (lo, hi)},
                        frozenset({(c.value, partners)}) if (partners := score_partners(p))
                        else frozenset(),
                        c.kind == "age", c.kind == "count" and c.unit is not None,
                        {(c.document, c.sentence): frozenset({p.label})}
                        if c.kind == "count" and p.label else {},
                        frozenset({p.subject.period or ""}),
                        said if scope.explicit(said) else "",
                        frozenset({said}) if said and not scope.explicit(said)
                        else frozenset(),
                        frozenset({u}) if (u := quantity.age_unit(c)) is not None
                        else frozenset(),
                        frozenset(h.split()) if (h := p.subject.holder) and " " in h
                        else frozenset(),
                        frozenset({c.value}) if besides else frozenset(),
                        frozenset({(lo, hi)}) if c.kind == "count" and not besides
                        else frozenset(),
                        frozenset({c.measured}) if c.measured and described_words(c.measured)
                        else frozenset(),
                        frozenset({(c.document, c.sentence)}) if c.part
                        else frozenset(),
                        frozenset({(c.document, c.sentence)}),
                        (hi if math.isfinite(hi) else c.value) if c.partitive else math.inf,
                        -math.inf if c.partitive else lo,
                        c.kind == "duration", untimed,
                        _outcomes(p, concepts),
                        frozenset({p.subject.year}) if p.subject.earlier and p.subject.year
                        else frozenset(),
                        p.subject.earlier is None,
                        frozenset() if p.subject.earlier
                        else frozenset(own if len(own := own_years(c)) == 1 else ())
                        | frozenset({p.subject.year} if p.subject.year else ()),
                        frozenset() if p.subject.earlier else frozenset(p.subject.names),
                        frozenset(p.subject.names) if p.subject.earlier
                        else frozenset(),
                        _mode(p), _sex_of_age(p),
                        frozenset({at}) if (at := _counted_in(p)) else frozenset(),
                        frozenset({e}) if (e := _extent(p)) else frozenset(),
                        frozenset({o}) if (o := _compared_over(p)) else frozenset(),
                        frozenset({who}) if (who := _counts_people(p, concepts)) is not None
                        else frozenset())  # fmt: skip

    def conflicts(self, other: _Summary, concepts: ConceptTable | None = None) -> str | None:
        """Why two clusters may not join (None when they may)."""
        if self.increment != other.increment:
            return "an increment is not a total"
        if (self.part_of & other.stated_in) or (other.part_of & self.stated_in):
            return "a part ('208,000 of which') never joins another figure of its sentence"
        if self.partitive < other.floor or other.partitive < self.floor:
            return "some of a whole ('200,000 of the comments') never joins a larger figure"
        if _besides_one(self.besides, other.wholes) or _besides_one(other.besides, self.wholes):
            return "a count besides one named is part of a whole one larger (four other, five)"
        if (self.timed and other.untimed) or (self.untimed and other.timed):
            return "a time is no measure of another kind (hours, revolutions per minute)"
        if self.mode != other.mode:
            if "capacity" in (self.mode, other.mode):
                return "what can be held is no figure that is (room for 6,000, 4,000 came)"
            return "what is needed is no figure that is (the 76 seats needed, 76 seats won)"
        if self.superlatives != other.superlatives:
            if (self.superlatives ^ other.superlatives) & RATES:
                return "another rate (weekly, monthly: '12 weekly flights' are no day's 40)"
            return "another subset (superlative or position)"
        if self.narrowing and other.narrowing and self.narrowing != other.narrowing:
            return "another sequence (initial, additional, previous)"
        if self.change != other.change:
            return "a change is not a level"
        if any(not (a & b) for a in self.names for b in other.names):
            return "different names"
        # owners that share no word but a kind's: another form of one name ("Sophomore
        # Doug Keller", "John F. Smith", "Acme Corp" and "Acme Corporation") shares one
        if self.owners and other.owners and owners_apart(self.owners, other.owners):
            return "the words tie the figures to different owners"
        if _apart(self.years, other.years):
            return "events of other years"
        # (one division's name may be said in part, "Dade" of "Miami-Dade", or in its
        # initials, "LA": one set of words holds the other's; "San Diego" and "San
        # Bernardino" share a word and are two)
        if any(
            ka == kb and not (a <= b or b <= a) for ka, a in self.places for kb, b in other.places
        ):
            return "counted in other divisions (two counties, two provinces)"
        if _apart(self.extents, other.extents):
            return "lengths of other extents (wide / deep)"
        if _apart(self.compared, other.compared):
            return "changes over other periods (year on year / month on month)"
        if _apart(self.of_people, other.of_people):
            return "a count of people is no count of things (people / homes)"
        if _another_event(self, other) or _another_event(other, self):
            return "a figure of another event ('a similar flood in 2019') is not this story's"
        if any(scope.apart(a, b) for a in self.periods for b in other.periods):
            return "counted over another time frame"
        if self.basis != other.basis or len(self.kinds | other.kinds) > 1:
            return "another definition (what the figure includes)"
        # one figure of two scores ("13-3" at the half, "20-13" at the end); two tallies
        # of one vote that differ on both sides ("52-48", "51-49") may be one subject
        if any(a == b and not (pa & pb) for a, pa in self.partners for b, pb in other.partners):
            return "sides of other scores (the other side differs)"
        if self.described and other.described:
            apart = _measures_apart(self.described, other.described, concepts)
            if apart:
                return f"measures of different things ({apart[0]} / {apart[1]})"
        if (self.ages and other.counted) or (self.counted and other.ages):
            return "an age is not a count"
        if len(self.sexes | other.sexes) > 1:
            return "ages of a man and of a woman are two people's"
        if _bare_beside_months(self.age_units, other.age_units):
            return "a bare figure is no age in months (if an age, it is in years)"
        for doc, (lo, hi) in other.per_doc.items():
            mine = self.per_doc.get(doc)
            if mine is not None and (max(lo, mine[0]) > min(hi, mine[1])):
                return "one article states both figures"
        if concepts is not None:
            if any(not concepts.related(a, b) for a in self.outcomes for b in other.outcomes):
                return "something else happened to those counted (killed / injured)"
            for where, theirs in other.nouns.items():  # "11 points, 11 rebounds"
                ours = self.nouns.get(where, frozenset())
                if any(not concepts.related(a, b) for a in ours for b in theirs):
                    return "one sentence counts other things"
        return None

    def merged(self, other: _Summary) -> _Summary:
        per_doc = dict(self.per_doc)
        for doc, (lo, hi) in other.per_doc.items():
            mine = per_doc.get(doc)
            per_doc[doc] = (lo, hi) if mine is None else (max(lo, mine[0]), min(hi, mine[1]))
        return _Summary(self.increment, self.superlatives, self.narrowing or other.narrowing,
                        self.names | other.names, self.change, self.years | other.years,
                        per_doc, self.partners | other.partners, self.ages or other.ages,
                        self.counted or other.counted,
                        {d: self.nouns.get(d, frozenset()) | other.nouns.get(d, frozenset())
                         for d in self.nouns.keys() | other.nouns.keys()},
                        self.periods | other.periods, self.basis,
                        self.kinds | other.kinds, self.age_units | other.age_units,
                        self.owners | other.owners, self.besides | other.besides,
                        self.wholes | other.wholes,
                        self.described | other.described, self.part_of | other.part_of,
                        self.stated_in | other.stated_in,
                        min(self.partitive, other.partitive),
                        max(self.floor, other.floor), self.timed or other.timed,
                        self.untimed or other.untimed, self.outcomes | other.outcomes,
                        self.earlier | other.earlier, self.story or other.story,
                        *_of_every_story_figure(self, other),
                        self.earlier_named | other.earlier_named,
                        self.mode, self.sexes | other.sexes,
                        self.places | other.places, self.extents | other.extents,
                        self.compared | other.compared,
                        self.of_people | other.of_people)  # fmt: skip


def _counts_people(p: Profile, concepts: ConceptTable | None) -> bool | None:
    """Whether a count counts people ("14,000 people", "ten dead": a concept under
    people) or things (a concept the concept files mark `object: true`: "5,000 homes");
    None for any other figure: a noun no such concept holds ("30 structures", "3,000
    jobs", "14,000 teachers", "3 gunmen"), a noun that alone may be either ("24 stealth
    fighters", of "fighter jets"), a measure, a bare figure."""
    c = p.claim
    if concepts is None or c.kind != "count" or not p.label:
        return None
    if concepts.is_within(p.label, "people"):
        noun = (c.unit or "").lower().split()
        return None if noun and noun[-1] in concepts.object_heads() else True
    return False if concepts.is_object(p.label) else None


def _apart(a: frozenset[Any], b: frozenset[Any]) -> bool:
    """Whether two clusters' said values of one kind (years, extents, periods) keep them
    apart: both say some, and none in common."""
    return bool(a and b and not (a & b))


def _of_every_story_figure(a: _Summary, b: _Summary) -> tuple[frozenset[int], frozenset[str]]:
    """The years and the names every figure of this story in two clusters has (the
    years and names of the one that holds such figures, when only one does): what a
    figure of another event must share with each of them to join (_another_event)."""
    if a.story and b.story:
        return a.dated & b.dated, a.named & b.named
    return (a.dated, a.named) if a.story else (b.dated, b.named)


def _another_event(a: _Summary, b: _Summary) -> bool:
    """Whether ``a`` holds figures of other events (_Summary.earlier) that ``b``'s figures
    of this story are not: not all of them dated to such an event's year, nor all beside
    a name of ``a``'s."""
    return bool(
        a.earlier and b.story and not (a.earlier & b.dated) and not (a.earlier_named & b.named)
    )


# two outcomes a count's words give it at once, one of them a flight ("killed or
# displaced", "dead or evacuated", "were injured or fled"): the verb extraction keeps is
# either one, so such a count has no outcome of its own. Killed or wounded, the
# casualties, the extractor reads itself (lexicon.CASUALTY_PREDICATE), count by count.
_HARM = (
    r"(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:e|es|ed|ing|y|ies)|hurt(?:s|ing)?"
    r"|d(?:ie|ies|ied|ying|ead))"
)
_FLIGHT = r"(?:displac(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)|fle(?:e|es|d|eing))"
# the other fates (lexicon.FATE_VERBS, in the forms ConceptTable.outcome reads), their
# auxiliary read: "killed or are missing", "missing or dead", "arrested or injured"
_FATE = "(?:{})".format(
    "|".join(
        sorted(
            {f for verb in lexicon.FATE_VERBS for f in verb_forms(verb)}, key=lambda f: (-len(f), f)
        )
    )
)
_EITHER_HARM = re.compile(
    rf"(?i)\b(?:{_HARM}\s+(?:or|and/or|and)\s+{_FLIGHT}|{_FLIGHT}\s+(?:or|and/or|and)\s+"
    rf"(?:{_HARM}|{_FLIGHT})"
    rf"|(?:{_HARM}|{_FLIGHT})\s+(?:or|and/or|and)\s+(?:(?:are|were|remain)\s+)?{_FATE}"
    rf"|{_FATE}\s+(?:or|and/or|and)\s+(?:(?:are|were)\s+)?(?:{_HARM}|{_FLIGHT}|{_FATE}))\b"
)


def _measures_apart(
    ours: frozenset[str], theirs: frozenset[str], concepts: ConceptTable | None
) -> tuple[str, str] | None:
    """The first two readings of what measures describe (Claim.measured: "speech",
    "video clip") that share no word and whose last words no concept relates ("a truce"
    and "a ceasefire" join when a concept file says they are one): taken in order, since
    a set's order changes with each process's string hashing and the reason must be the
    same on every Dask worker."""
    for a, b in itertools.product(sorted(ours), sorted(theirs)):
        wa, wb = described_words(a), described_words(b)
        if wa & wb:
            continue
        if concepts is not None and concepts.related(_concept(a, concepts), _concept(b, concepts)):
            continue
        return a, b
    return None


def _concept(measured: str, concepts: ConceptTable) -> str:
    """The concept a reading of what a measure describes names, as the concept files say
    ('truces' as 'truce', 'death toll' as a whole or by its head), read as a counted noun
    is: lower-case, its last word singular."""
    words = measured.lower().split()
    return concepts.base_concept(" ".join([*words[:-1], singular(words[-1])]))


def _besides_one(besides: frozenset[float], wholes: frozenset[tuple[float, float]]) -> bool:
    """A count besides one the article names and a count one larger (an interval that
    holds it): "the city's four other mob families" (besides the Genovese) and "the five
    major families", "Jeffs and 11 other men" and "12 men". Only one larger: "wounded
    three other people" and "wounded five people" may be one subject that differs, and so
    may "at least two people" (an open interval holds any count)."""
    return any(lo <= b + 1 <= hi and math.isfinite(hi) for b in besides for lo, hi in wholes)


def _bare_beside_months(a: frozenset[str], b: frozenset[str]) -> bool:
    """A bare figure that may be an age ('the boy, 1,') on one side, an age in another
    unit than years ('18-month-old') on the other: never one subject, so the rules never
    compare 1 with 18 (crosscheck.quantity.age_unit)."""
    return bool(("" in a and b - {"", "year"}) or ("" in b and a - {"", "year"}))


def match_claims(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    concepts: ConceptTable,
    documents: Sequence[Document] = (),
    model: PairModel | None = None,
) -> list[ClaimGroup]:
    """Groups of claims from two or more documents that state a figure for one subject:
    the groups of each story (match_story), in the order of their first claim."""
    model = model or shipped_model()
    groups: list[ClaimGroup] = []
    for part in split_stories(story_components(sentences), claims, sentences, documents):
        groups.extend(match_story(part.claims, part.sentences, concepts, part.documents, model))
    return sort_groups(groups, claims)


def story_components(
    sentences: Sequence[Sentence],
    map_chunks: ChunkMapper | None = None,
    threads: int = 1,
    apart: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """The story of each article that has sentences (see _Stories.story_components): the
    one step of matching that reads every article of the run. ``map_chunks`` compares
    the articles' chunks elsewhere (on Dask workers), ``threads`` that many chunks at a
    time here, with the same result. With ``apart`` (an article's folder, by its id),
    the stories of each folder's articles are found among them alone, as in a run over
    that folder (--by-folder): no story holds articles of two folders."""
    if apart is None:
        return _Stories(sentences).story_components(map_chunks=map_chunks, threads=threads)
    folders: dict[str, list[Sentence]] = {}
    for s in sentences:
        folders.setdefault(apart.get(s.document, ""), []).append(s)
    story_of: dict[str, int] = {}
    base = 0  # the first number of a folder's stories (each folder numbers its own from 0)
    for held in folders.values():
        stories = _Stories(held)
        # a folder of one block of articles or fewer is compared here: a task of its own
        # on the workers costs more than the comparison, and the links are the same
        mapped = map_chunks if len(stories.doc_row) > STORY_BLOCK else None
        found = stories.story_components(map_chunks=mapped, threads=threads)
        story_of.update((d, base + k) for d, k in found.items())
        base += max(found.values(), default=-1) + 1
    return story_of


@dataclass(frozen=True, slots=True)
class StoryPart:
    """One story's records, each in run order: all its groups and findings depend on."""

    documents: list[Document]
    sentences: list[Sentence]
    claims: list[Claim]


def split_stories(
    story_of: dict[str, int],
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    documents: Sequence[Document],
) -> list[StoryPart]:
    """The stories that can hold a group (aligned claims from two or more articles), in
    order of their first article, each with its records in run order."""
    docs_with: dict[int, set[str]] = defaultdict(set)
    for c in aligned(claims):
        story = story_of.get(c.document)
        if story is not None:
            docs_with[story].add(c.document)
    keep = {s for s, docs in docs_with.items() if len(docs) >= 2}
    parts: dict[int, StoryPart] = {}
    for d in documents:
        s = story_of.get(d.id)
        if s in keep:
            parts.setdefault(s, StoryPart([], [], [])).documents.append(d)
    for x in sentences:
        s = story_of.get(x.document)
        if s in keep:  # (a story of articles not among ``documents`` starts here)
            parts.setdefault(s, StoryPart([], [], [])).sentences.append(x)
    for c in claims:
        s = story_of.get(c.document)
        if s in keep:
            parts[s].claims.append(c)
    return list(parts.values())


def aligned(claims: Sequence[Claim]) -> list[Claim]:
    """The claims the matcher lines up: of an aligned kind, stated, with a figure."""
    return [c for c in claims if c.kind in ALIGNED_KINDS and not c.negated
            and not quantity.is_vague(c)]  # fmt: skip


def match_story(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    concepts: ConceptTable,
    documents: Sequence[Document] = (),
    model: PairModel | None = None,
    known: Mapping[str, Own] | None = None,
    made: dict[str, Own] | None = None,
) -> list[ClaimGroup]:
    """The groups of one story, given every claim and sentence of its articles: the same
    whether the run holds this story alone or many (word and article vectors are fitted on
    the story), in the order of their first claim among ``claims``. ``known`` and
    ``made``: what each claim's profile reads of its article alone (pairs.profiles)."""
    model = model or shipped_model()
    groups: list[ClaimGroup] = []
    members: dict[str, list[Profile]] = {}
    for block in _part_blocks(claims, sentences, concepts, documents, model, known, made):
        groups.extend(_cluster(block, block.p, members))
    return sort_groups(distinct_labels(groups, members, concepts), claims)


@dataclass(slots=True)
class Block:
    """The claims of one story and family of kinds, and their candidate pairs: indexes
    (i, j) into ``members`` and the feature matrix ``x`` (one row per pair)."""

    members: list[Profile]
    concepts: ConceptTable
    i: Any
    j: Any
    x: Any
    compatible: Any  # per pair: whether both figures can be true (crosscheck.quantity)
    p: Any = None  # with a model: each pair's probability (only pairs of KEEP or more kept)
    # every claim of the block's story (other families too), for what a claim's sentence
    # says beside it (_cluster's one_spread); None: the members alone
    story: Sequence[Profile] | None = None


def blocks(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    concepts: ConceptTable,
    documents: Sequence[Document] = (),
    model: PairModel | None = None,
) -> Iterator[Block]:
    """The blocks the matcher compares, with the features of their candidate pairs: the
    same for matching and for fitting the pair model. One block at a time, so only one
    block's pair features are in memory; with a model, only the pairs likely enough to
    matter (KEEP) are kept, a chunk of rows at a time."""

    for part in split_stories(story_components(sentences), claims, sentences, documents):
        yield from _part_blocks(part.claims, part.sentences, concepts, part.documents, model)


def _part_blocks(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    concepts: ConceptTable,
    documents: Sequence[Document],
    model: PairModel | None,
    known: Mapping[str, Own] | None = None,
    made: dict[str, Own] | None = None,
) -> Iterator[Block]:
    """One story's blocks from its records: what match_story clusters and what the pair
    model is fitted on (blocks), one path for both."""
    items = profiles(aligned(claims), sentences, documents, concepts, known, made)
    yield from _story_blocks(items, concepts, _Stories(sentences), model)


def _story_blocks(
    items: list[Profile], concepts: ConceptTable, stories: _Stories, model: PairModel | None
) -> Iterator[Block]:
    """One story's blocks. Word and article vectors are fitted on the story alone: the
    same whether the run holds this story only or many, as when the model was fitted."""
    import numpy as np

    if len({p.claim.document for p in items}) < 2:
        return
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for k, p in enumerate(items):
        by_key[(0, p.family)].append(k)
    words = vectors(items)
    articles, article_row = stories.within(list(dict.fromkeys(p.claim.document for p in items)))
    for rows in _bounded(by_key, items, concepts):
        members = [items[k] for k in rows]
        if len({m.claim.document for m in members}) < 2:
            continue
        sliced = tuple(w[rows] if w is not None else None for w in words)
        figures = _Figures(members)
        bare = bare_sides(members)
        parts: list[tuple[Any, ...]] = []
        for i, j, x in _candidate_pairs(members, concepts, sliced, articles, article_row):
            meet = figures.meet(i, j)
            if model is None:
                parts.append((i, j, x, meet, None))
                continue
            p = model.predict(x, meet)
            keep = (p >= KEEP) | restated(bare, i, j, x) | owned(members, i, j, x)
            parts.append((i[keep], j[keep], x[keep], meet[keep], p[keep]))
        if not parts:
            continue
        cols: list[Any] = [np.concatenate(c) if c[0] is not None else None
                           for c in zip(*parts, strict=True)]  # fmt: skip
        pi, pj, px, compatible, pp = cols
        yield Block(members, concepts, pi, pj, px, compatible, pp, story=items)


def _bounded(
    by_key: dict[tuple[int, str], list[int]], items: list[Profile], concepts: ConceptTable
) -> Iterator[list[int]]:
    """The blocks in a stable order, each at most MAX_BLOCK claims: a larger one (a story
    that thousands of articles repeat) is split by what is counted (the root concept or
    the unit; bare figures by kind), then by order of magnitude, then in article order.
    Pairs across those parts are not compared: the price of bounded cost, paid only by
    very large stories."""
    for key in sorted(by_key):
        rows = by_key[key]
        if len(rows) <= MAX_BLOCK:
            yield rows
            continue
        parts: dict[Any, list[int]] = defaultdict(list)
        for k in rows:
            p = items[k]
            label = concepts.root(p.label) if p.claim.kind == "count" else p.label
            parts[label or p.claim.kind].append(k)
        for label in sorted(parts, key=str):
            part = parts[label]
            if len(part) <= MAX_BLOCK:
                yield part
                continue
            decades: dict[int, list[int]] = defaultdict(list)
            for k in part:
                value = abs(items[k].claim.value)
                decades[math.floor(math.log10(value)) if value > 0 else -99].append(k)
            for d in sorted(decades):
                for lo in range(0, len(decades[d]), MAX_BLOCK):  # in article order
                    yield decades[d][lo : lo + MAX_BLOCK]


class _Figures:
    """Whether two claims' figures can both be true, for many pairs at once, as
    crosscheck.quantity.compatible judges one pair: intervals as written, or in the base
    unit when the two are measurements in different units of one dimension (amounts in
    two currencies are never paired: _candidate_pairs)."""

    def __init__(self, members: list[Profile]) -> None:
        import numpy as np

        claims = [m.claim for m in members]
        self.lo, self.hi = (
            np.array([quantity.interval(c, loose=True) for c in claims]).reshape(-1, 2).T
        )
        self.end_lo, self.end_hi = np.array([quantity.ends(c) for c in claims]).reshape(-1, 2).T
        # (the matcher's reading: quantity.MATCHER_AS_WRITTEN)
        bases = [quantity.base(c, matcher=True) for c in claims]
        scales = [k for _, k in bases]
        factor = np.array([k.factor for k in scales])
        # (0 while the matcher reads temperatures as written: quantity.MATCHER_AS_WRITTEN)
        offset = np.array([k.offset for k in scales])
        self.base_lo, self.base_hi = self.lo * factor + offset, self.hi * factor + offset
        _, self.dim = np.unique([dim or "" for dim, _ in bases], return_inverse=True)
        self.convertible = np.array([dim is not None for dim, _ in bases])
        _, self.unit = np.unique([c.unit or "" for c in claims], return_inverse=True)
        self.value = np.array([c.value for c in claims], dtype=float)
        self.base_value = self.value * factor + offset
        self.bound = np.array([quantity.bound(c) for c in claims])

    def meet(self, i: Any, j: Any) -> Any:
        import numpy as np

        convert = (
            self.convertible[i] & (self.dim[i] == self.dim[j]) & (self.unit[i] != self.unit[j])
        )
        lo = np.where(convert, self.base_lo[i], self.lo[i])
        hi = np.where(convert, self.base_hi[i], self.hi[i])
        lo_j = np.where(convert, self.base_lo[j], self.lo[j])
        hi_j = np.where(convert, self.base_hi[j], self.hi[j])
        ends_i, ends_j = (self.end_lo[i], self.end_hi[i]), (self.end_lo[j], self.end_hi[j])
        fig = np.where(convert, self.base_value[i], self.value[i])
        fig_j = np.where(convert, self.base_value[j], self.value[j])
        return quantity.figures_meet(lo, hi, ends_i, fig, self.bound[i],
                                     lo_j, hi_j, ends_j, fig_j, self.bound[j])  # fmt: skip


def _candidate_pairs(
    members: list[Profile], concepts: ConceptTable, words: tuple[Any, ...],
    articles: Any, article_row: dict[str, int], chunk: int = 256,
) -> Iterator[tuple[Any, Any, Any]]:  # fmt: skip
    """Every cross-document pair of a block whose figures are within MIN_RATIO of each
    other, with its features, a chunk of rows at a time. (The articles are one story
    already: the story gate made the stories.) Amounts in two currencies are not paired:
    without a rate nothing tells whether '2 million euros' and 'US$2.6 million' are one
    figure (pairing them joined other amounts to other subjects, measured on ECB+)."""
    import numpy as np

    space = PairSpace.build(members, concepts, words, articles, article_row)
    n = len(members)
    doc = space.arrays["doc"]
    cols = np.arange(n)
    values = space.arrays["value"]
    money = np.array([m.claim.kind == "money" for m in members])
    age = np.array([m.claim.kind == "age" for m in members])
    written = space.arrays["written"]
    _, unit = np.unique([m.claim.unit or "" for m in members], return_inverse=True)
    for lo in range(0, n, chunk):
        rows = np.arange(lo, min(n, lo + chunk))
        big = np.maximum(values[rows][:, None], values[None, :])
        small = np.minimum(values[rows][:, None], values[None, :])
        near = (small >= MIN_RATIO * big) | (big == 0)  # figures ten times apart: never
        # ages in two units whose written figures are near: one age, its unit perhaps
        # misread ('3-month-old' and '3-year-old' are twelve times apart in years)
        w_big = np.maximum(written[rows][:, None], written[None, :])
        w_small = np.minimum(written[rows][:, None], written[None, :])
        near |= (
            age[rows][:, None]
            & age[None, :]
            & (unit[rows][:, None] != unit[None, :])
            & (w_small >= MIN_RATIO * w_big)
        )
        currencies = money[rows][:, None] & money[None, :] & (unit[rows][:, None] != unit[None, :])
        pairs = (cols[None, :] > rows[:, None]) & (doc[rows][:, None] != doc[None, :]) & near
        pairs &= ~currencies
        r, j = np.nonzero(pairs)
        if len(r):
            i = rows[r]
            yield i, j, space.features(i, j)


def _holders(members: list[Profile], said: bool = False) -> list[str | None]:
    """Each claim's holder (``said``: only one its own sentence's words name; a pronoun's
    person may keep claims apart, never join them)."""
    return [same_person(h) if (h := m.subject.holder) and (not said or m.subject.holder_via
            == "words") else None for m in members]  # fmt: skip


def owned(members: list[Profile], i: Any, j: Any, x: Any) -> Any:
    """Pairs that count one thing (the same concept or unit) for one owner the words tie
    to both figures ("Richard Carter had 12 points", "Richard Carter scored 14 points";
    "Ana Lucia Moreno, 29," and "Moreno, 27,"): one subject, whatever the figures. On the
    development gold's candidate pairs, 17 of 26 such pairs whose figures differ state one
    subject, against 12 of 242 for the nearest names; 260 of 260 whose figures agree.
    Full names must be the same: a surname alone counts as the full name its article
    writes, when it writes one ("Moreno" in an article about "Ana Lucia Moreno"), and as
    no owner otherwise ("Baker, 16" may be the boy, "Baker, 42" his mother). The figure's
    own sentence must name the owner: the person a sentence-opening "He" stands for
    (owners.read_holder's "pronoun") keeps figures of other owners apart but joins none,
    since a wrong reading of a pronoun would pull two subjects into one finding."""
    import numpy as np

    names: dict[str, int] = {}  # each full name a number; -1 for none (or a surname alone)
    ids = np.array([names.setdefault(h, len(names)) if h and " " in h else -1
                    for h in _holders(members, said=True)], dtype=np.int64)  # fmt: skip
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    # a side of a record beside the name ("Jo Reyes (52-3, 46 KOs)") reads no concept: one
    # side of one holder's records whose other sides agree (the wins of "52-3" and
    # "53-3") is one count; with other sides that differ, they are records of two days
    # (a team's "10-0" and, a month later, "14-1")
    rows: dict[tuple[str, ...], int] = {}
    side = np.array([rows.setdefault(r, len(rows)) if m.claim.kind == "other"
                     and (r := record(m.left, m.right, beside=True)) else -1
                     for m in members], dtype=np.int64)  # fmt: skip
    one = (x[:, FEATURES.index("concept")] >= 1.0) | ((side[i] == side[j]) & (side[i] >= 0))
    return (ids[i] == ids[j]) & (ids[i] >= 0) & one


def bare_sides(members: list[Profile]) -> tuple[Any, Any]:
    """For each claim, whether the words before and after its figure are none (the figure
    opens or ends its sentence): what ``restated`` reads of them, worked out once a block."""
    import numpy as np

    def bare(texts: list[str]) -> Any:
        return np.array([not any(ch.isalnum() for ch in t) for t in texts], dtype=bool)

    return bare([m.left for m in members]), bare([m.right for m in members])


def restated(bare: tuple[Any, Any], i: Any, j: Any, x: Any) -> Any:
    """Pairs (``i``, ``j``, feature rows ``x``) whose sentences are one sentence but for the
    figure. A side with no words in both (``bare``: bare_sides of the block's claims) is
    alike ("Three people died in the flood" and "Ten people died in the flood" open with
    the figure: the character n-gram cosine of two empty left sides is 0, which kept such
    restated sentences apart)."""
    import numpy as np

    col = FEATURES.index
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    left, right = (
        (x[:, col(feature)] >= RESTATED_SIDES) | (side[i] & side[j])
        for side, feature in zip(bare, ("left_chars", "right_chars"), strict=True)
    )
    return (x[:, col("sentence")] >= RESTATED_SENTENCE) & left & right & (x[:, col("concept")] > 0)


def mutual_best(members: list[Profile], i: Any, j: Any, pp: Any) -> Any:
    """For each pair (``i``, ``j``, probabilities ``pp``), whether each of its claims is
    the other's likeliest partner in the other's article (ties count for both)."""
    import numpy as np

    row: dict[str, int] = {}
    doc = np.array([row.setdefault(m.claim.document, len(row)) for m in members], dtype=np.int64)
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    ki, kj = i * len(row) + doc[j], j * len(row) + doc[i]  # (claim, the other's article)
    best = np.full(len(members) * len(row), -np.inf)
    np.maximum.at(best, ki, pp)
    np.maximum.at(best, kj, pp)
    return (pp >= best[ki]) & (pp >= best[kj])


def raised(block: Block, pp: Any) -> tuple[Any, Any]:
    """The block's pair probabilities ``pp`` as clustering reads them: a pair whose figures
    cannot both hold scaled by NOT_MUTUAL when it is not its claims' mutual best
    (mutual_best); a restated sentence at RESTATED at least, a pair of one owner's figure of
    one concept at OWNED; and which pairs are the latter."""
    import numpy as np

    members, ii, jj, xx = block.members, block.i, block.j, block.x
    differ = ~np.asarray(block.compatible, dtype=bool)
    if differ.any():
        pp = np.where(differ & ~mutual_best(members, ii, jj, pp), pp * NOT_MUTUAL, pp)
    pp = np.where(restated(bare_sides(members), ii, jj, xx), np.maximum(pp, RESTATED), pp)
    by_owner = owned(members, ii, jj, xx)
    return np.where(by_owner, np.maximum(pp, OWNED), pp), by_owner


# a game's period a clock time is in ("the third quarter", "the first half", "overtime")
_PERIOD = re.compile(
    r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:half|quarter|period|inning)"
    r"|overtime)\b"
)


def _timed(m: Profile) -> bool:
    """Whether a claim is a time in seconds, as one moment on a game's clock needs every
    claim of both clusters to be (_cluster's one_moment): a cheap test of the link's two
    claims before the clusters are read."""
    return m.claim.kind == "duration" and m.claim.unit == "second"


# the kinds of figure whose range may be the spread of what a counted set's members have:
# their terms ("sentences ranging from seven to 75 years"). Not ages, pay, sizes or
# shares: two groups of one story share them as often ("Five students, aged 18 to 22";
# "as temperatures ranged from 38 to 42 degrees"), as a review's made-up stories showed;
# nor counts, nor figures of no measure (years, scores)
_SPREAD_KINDS = frozenset({"duration"})
# and the words that tie the range to the counted set's members, right before it
_SPREAD_WORDS = re.compile(r"\b(?:ranging|ranged|range)\s+(?:from\s+)?$")


def _cluster(
    block: Block, pp: Any, members_of: dict[str, list[Profile]] | None = None
) -> list[ClaimGroup]:
    """Links in order of probability, each merging two clusters unless a hard fact or a
    low mean probability over their cross-document pairs keeps them apart."""
    import numpy as np

    members, concepts, ii, jj, xx = block.members, block.concepts, block.i, block.j, block.x
    n = len(members)
    pp, by_owner = raised(block, pp)
    holders = _holders(members)
    meet = block.compatible
    need = np.where(meet, LINK_AGREE, LINK_DIFFER)
    prob: dict[tuple[int, int], float] = {}
    keep = pp >= KEEP
    for a, b, v in zip(ii[keep].tolist(), jj[keep].tolist(), pp[keep].tolist(), strict=True):
        prob[(a, b)] = v
    links = np.nonzero(pp >= need)[0]
    order = links[np.lexsort((jj[links], ii[links], -pp[links]))]
    parent = list(range(n))
    group_members: dict[int, list[int]] = {k: [k] for k in range(n)}
    reasons: dict[int, list[dict[str, Any]]] = {k: [] for k in range(n)}
    apart: dict[int, list[dict[str, Any]]] = {k: [] for k in range(n)}
    in_article: dict[int, list[dict[str, Any]]] = {}  # claims _restated_in_article joined
    summary = {k: _Summary.of(members[k], concepts) for k in range(n)}
    docs = [m.claim.document for m in members]

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # whether each two claims' figures can both be true (_Figures.meet), for all pairs at
    # once: asked one pair at a time (numpy calls on arrays of one) it was most of _cluster
    every_pair = np.arange(n)
    meets = (
        _Figures(members)
        .meet(np.repeat(every_pair, n), np.tile(every_pair, n))
        .reshape(n, n)
        .tolist()
    )

    def one_owner(claims: list[int], link: int) -> bool:
        """Whether the claims name no owner but the one of the owner's link from ``link``:
        for ages, a holder that is that owner's surname alone is that owner (its article
        names another of the surname: "Reyes, 55," beside Warren Reyes). An age is its
        owner's whatever the occasion; a count or measure of one owner may be of another
        game or time ("had 24 points" in a later game), where the surname stays another
        holder. On the development gold's candidate pairs of one owner whose figures
        differ, 9 of 9 ages are one subject, 6 of 15 counts and measures."""
        owner = holders[link] or ""
        surname = owner.split()[-1] if members[link].claim.kind == "age" and owner else None
        named = {owner if h == surname else h for x in claims if (h := holders[x])}
        return len(named) == 1

    def one_moment(a: list[int], b: list[int]) -> bool:
        """Whether two clusters are each one time on a game's clock, a second apart, and
        every claim a clock or a time in seconds ("with 7:42 left", "with 7 minutes 41
        seconds to go"): one moment two articles time a second apart."""
        values, periods = [], []
        for side in (a, b):
            ms = [members[x] for x in side]
            if not any(m.claim.clock for m in ms) or not all(_timed(m) for m in ms):
                return False
            got = {m.claim.value for m in ms}
            if len(got) != 1:
                return False
            values.append(got.pop())
            periods.append({p for m in ms for p in _PERIOD.findall(m.sentence.lower())})
        if periods[0] and periods[1] and not periods[0] & periods[1]:
            return False  # "in the third quarter", "in the fourth": two moments
        # exactly a second apart: two clusters of one time are left to the merge test
        return abs(values[0] - values[1]) == 1

    by_sentence: dict[tuple[str, int], list[Profile]] = {}

    def beside(c: Claim) -> list[Profile]:
        """The claims of ``c``'s sentence, the story's (read once a block, when needed)."""
        if not by_sentence:
            for m in block.story or members:
                by_sentence.setdefault((m.claim.document, m.claim.sentence), []).append(m)
        return by_sentence.get((c.document, c.sentence), [])

    def one_spread(i: int, j: int) -> bool:
        """Whether a link between two counts of one concept in two articles is one set's,
        each sentence giving after its count, after "ranging", one and the same range,
        both ends, of a duration: the spread of the set's terms ("five members have been
        convicted and received sentences ranging from seven to 75 years", "Seven of the
        men have been convicted and have received sentences ranging from 7 to 75 years").
        Not a range before the count ("In the past three to five years, 12 people were
        charged": a period, which two counts of two sets share), nor ages, sums or
        measures, which two groups of one story share as often (_SPREAD_KINDS)."""
        mine = members[i].subject.concept
        if (  # (a link is always of two articles: _candidate_pairs)
            not mine
            or members[j].subject.concept != mine
            or members[i].claim.kind != "count"
            or members[j].claim.kind != "count"
        ):
            return False
        spreads = []
        for x in (i, j):
            c = members[x].claim
            spreads.append({
                (m.subject.concept, m.claim.kind, m.claim.unit, m.claim.lower, m.claim.upper)
                for m in beside(c)
                if m.claim.qualifier == "range" and m.claim.kind in _SPREAD_KINDS
                and _SPREAD_WORDS.search(m.left)
                and m.subject.concept != mine and m.claim.span[0] > c.span[1]
                and m.claim.lower is not None and m.claim.upper is not None
            })  # fmt: skip
        return bool(spreads[0] & spreads[1])

    def linked(a: list[int], b: list[int]) -> bool:
        """Mean probability over the cross-document pairs of two clusters, and no claim
        chained through an open figure ('up to 2.7GHz') to figures that differ: every
        cross pair whose figures cannot both be true likely enough on its own
        (LINK_DIFFER_EACH), or else every claim with such a pair linked by its likeliest
        one as a link between differing figures would be (LINK_DIFFER). The second lets
        two clusters of one total merge when a bare figure's pair with the other wording
        is weak while each claim has a likely one; in it, a pair too weak to link on its
        own vouches for no claim."""
        total, count = 0.0, 0
        every = True  # every differing cross pair reaches LINK_DIFFER_EACH
        best: dict[int, float] = {}  # each claim's likeliest pair whose figures differ
        for x in a:
            for y in b:
                if docs[x] == docs[y]:
                    continue
                p = prob.get((x, y) if x < y else (y, x), 0.0)
                if not meets[x][y]:
                    every = every and p >= LINK_DIFFER_EACH
                    best[x] = max(best.get(x, 0.0), p)
                    best[y] = max(best.get(y, 0.0), p)
                total += p
                count += 1
        if not every and any(p < LINK_DIFFER for p in best.values()):
            return False
        return count > 0 and total / count >= LINK_MEAN

    for k in order.tolist():
        i, j = int(ii[k]), int(jj[k])
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        why = summary[ri].conflicts(summary[rj], concepts)
        if why is None and not linked(group_members[ri], group_members[rj]):
            why = "the other claims of both are not alike enough"
            # one owner the words tie to the link's figures, and no other owner in either;
            # or one moment on a game's clock, timed a second apart; or one set's spread
            if (
                (by_owner[k] and one_owner(group_members[ri] + group_members[rj], i))
                or (
                    _timed(members[i])
                    and _timed(members[j])
                    and one_moment(group_members[ri], group_members[rj])
                )
                or one_spread(i, j)
            ):
                why = None
        if why is not None:
            for root in (ri, rj):
                if len(apart[root]) < MAX_APART:
                    apart[root].append({"claims": [members[i].claim.id, members[j].claim.id],
                                        "why": why, "score": round(float(pp[k]), 4)})  # fmt: skip
            continue
        parent[rj] = ri
        summary[ri] = summary[ri].merged(summary.pop(rj))
        group_members[ri].extend(group_members.pop(rj))
        reasons[ri].extend(reasons.pop(rj))
        apart[ri] = apart[ri] + apart.pop(rj)
        reasons[ri].append(_reason(members[i].claim, members[j].claim, xx[k], float(pp[k]),
                                   bool(meet[k])))  # fmt: skip
    for alone, root in _restated_in_article(members, group_members, summary, concepts):
        if summary[root].conflicts(summary[alone], concepts) is not None:
            continue  # (another claim joined it first)
        twin = next(k for k in group_members[root] if _restates(members[k], members[alone]))
        parent[alone] = root
        summary[root] = summary[root].merged(summary.pop(alone))
        group_members[root].extend(group_members.pop(alone))
        reasons.pop(alone)
        apart[root] = apart[root] + apart.pop(alone)
        in_article.setdefault(root, []).append(
            {"claims": [members[twin].claim.id, members[alone].claim.id],
             "why": RESTATED_IN_ARTICLE})  # fmt: skip
    out = []
    for root, idx in group_members.items():
        idx = sorted(idx)
        claims = [members[k].claim for k in idx]
        gdocs = tuple(dict.fromkeys(c.document for c in claims))
        if len(gdocs) < 2:
            continue
        scores = [r["score"] for r in reasons[root]]
        held = [members[k] for k in idx]
        subject = _group_subject(held, concepts)
        group = _group(claims, gdocs, subject, reasons[root], sum(scores) / len(scores),
                       concepts, held)  # fmt: skip
        if members_of is not None:
            members_of[group.id] = held
        ids = {c.id for c in claims}
        # links refused before the claims they name joined all the same are no longer apart
        # (both clusters record a refusal: once each)
        still = {(tuple(a["claims"]), a["why"]): a for a in apart[root]
                 if not set(a["claims"]) <= ids}  # fmt: skip
        out.append(replace(group, apart=tuple(still.values())[:MAX_APART],
                           restated=tuple(in_article.get(root, ()))))  # fmt: skip
    return out


def _restates(a: Profile, b: Profile) -> bool:
    """Whether two claims of one article state one figure of one count: the same figure
    (quantity.same_figure), kind, counted thing and verb ("killing at least three people"
    and "three people killed"), and nothing their words say of it apart: its year, time
    frame, definition, place and whose it is ("a quake in 2005 killed three people" and
    "Smith scored 20 points" beside "Jones scored 20 points" restate nothing)."""
    sa, sb = a.subject, b.subject
    return (
        a.claim.document == b.claim.document
        and a.claim.kind == b.claim.kind
        and a.label is not None
        and a.label == b.label
        and a.claim.predicate is not None
        and a.claim.predicate == b.claim.predicate
        and (sa.year, sa.period, sa.basis, sa.where, sa.holder)
        == (sb.year, sb.period, sb.basis, sb.where, sb.holder)
        and quantity.same_figure(a.claim, b.claim, loose=True)
    )


def _restated_in_article(
    members: list[Profile],
    group_members: dict[int, list[int]],
    summary: dict[int, _Summary],
    concepts: ConceptTable,
) -> list[tuple[int, int]]:
    """The claims no link joined that join a group through their own article: the one
    group of several articles holding a claim that this claim restates (``_restates``),
    when no hard fact keeps them apart. An article that writes "killing at least three
    people", then "three people killed", states one toll twice; the first may join the
    other articles' "10 people" (its figure admits 10), the second, whose figure does not,
    stays alone however the model reads it: joined, it shows the toll the articles
    disagree on. Two such groups, or none: it stays alone. (alone, group root) pairs; the
    caller joins each unless a hard fact (_Summary.conflicts) keeps them apart."""
    docs = {r: {members[k].claim.document for k in idx} for r, idx in group_members.items()}
    out = []
    for alone, idx in group_members.items():
        if len(idx) != 1:
            continue
        c = members[alone]
        found = {
            r
            for r, ks in group_members.items()
            if len(docs[r]) > 1
            and c.claim.document in docs[r]
            and any(_restates(members[k], c) for k in ks)
        }
        if len(found) == 1:
            out.append((alone, found.pop()))
    return out


def _reason(a: Claim, b: Claim, x: Any, p: float, compatible: bool) -> dict[str, Any]:
    feats = {name: round(float(x[FEATURES.index(name)]), 3) for name in REASON_FEATURES}
    return {
        "claims": [a.id, b.id],
        **feats,
        "compatible": compatible,
        "score": round(p, 4),
    }


# what each side of a record of wins and losses counts ("52-3", "45-7-2", owners.record_side)
RECORD_SIDES = ("record-wins", "record-losses", "record-third")


def _record_concept(members: list[Profile], holder: str | None) -> str | None:
    """The side of a record every claim of a group is, as its concept ("record-wins" for
    the 52 of "52-3"), when the group has a ``holder`` (_shared_holder: the record is
    written beside a name, owners.read_holder); None when one is another figure, or no
    one's (a game's score, "won 91-73", has sides written the same). Such figures read no
    concept of their own (kind "other"): this names what the group counts, and lets a rule
    compare them (shipped_rules/default.yml, record-disagreement)."""
    if holder is None or not any(record(m.left, m.right, beside=True) for m in members):
        return None  # (a score's sides after a possessive: "the Tar Heels' 91-73 win")
    sides = {record_side(m.left, m.right) if m.claim.kind == "other" else None for m in members}
    side = sides.pop() if len(sides) == 1 else None
    return None if side is None else RECORD_SIDES[side]


# A figure that is the level a death toll stands at ("the death toll from the quake rose
# to 1,500", "the death toll was 12", "a death toll of 12"): such a figure has no noun after
# it (kind "other"), so a group of them was judged by no rule. Only a death toll: a toll
# alone is as often a road's or a bridge's ("tolls rose to $5"), an injury or casualty
# toll is no count of the dead, and a plural before "rose to" is as often what is no
# count of people ("complaints from passengers", "losses").
# _RISEN is not the lexicon's CHANGE_UP, on purpose: a toll's level is what it stands at
# as well as what it rose to ("stood at", "reached", "topped", "has passed", "was": no
# change), and of CHANGE_UP's words only the rising verbs news writes of a toll (their
# past, present and perfect: "rose", "rises", "has risen") are one, not its adjectives and
# adverbs ("up", "higher"), a cause's verbs ("raised", "boosted", "added"), a rate's
# ("accelerated", "widened") or the other forms ("rising"). (A toll that "surged" or
# "swelled" to a figure is no level here yet: adding those verbs is a change of what is
# read, for the 74-folder and model gates, not a tidying.)
_RISEN = (  # a verb of standing or rising, as news writes a toll's level
    r"(?:(?:has|have|had)\s+)?(?:rose|rises|risen|climbed|climbs|jumped|jumps|reached|reaches"
    r"|hit|hits|stood|stands|increased|increases|grew|grows|soared|soars|topped|tops|passed"
    r"|passes|surpassed|surpasses|exceeded|exceeds|mounted|mounts|was|is)"
)
_ADVERB = "|".join(sorted(lexicon.VERB_ADVERBS))  # ("now stands at", "has already risen to")
_DEATH_TOLL = re.compile(
    # what the toll is of or from, a year in it too ("from the 2005 quake"); an adverb
    # before the verb, a day after it ("rose on Tuesday to")
    r"\bdeath\s+toll(?:\s+(?:from|in|of|at|on|for|after)\s(?:[^,;:.\d]|(?:1[89]|20)\d\d){0,60}?)?"
    rf"\s+(?:(?:{_ADVERB})\s+)?" + _RISEN + r"(?:(?:\s+on\s+[a-z]+)?\s+(?:to|at))?\s+$"
    r"|\bdeath\s+toll\s+of\s+$"
)  # fmt: skip


def _outcomes(p: Profile, concepts: ConceptTable | None) -> frozenset[str]:
    """What happened to those a claim counts (ConceptTable.outcome), as a set of one or
    none: a count's by its verb (not where its words give two: _EITHER_HARM), a death
    toll's level the dead ("the death toll rose to six": not "six were released")."""
    c = p.claim
    if concepts is None:
        return frozenset()
    if c.kind == "other" and _death_toll(p):
        dead = concepts.dead
        return frozenset({dead}) if dead else frozenset()
    if c.kind != "count" or _EITHER_HARM.search(p.left + c.text + p.right):
        return frozenset()
    o = concepts.outcome(c.predicate, p.label)
    return frozenset({o}) if o else frozenset()


def _level_concept(members: Sequence[Profile], concepts: ConceptTable) -> str | None:
    """The concept the concept files give 'death toll' (the dead), when every claim of a
    group is a figure without a noun of its own that is a death toll's level
    (_DEATH_TOLL); None otherwise."""
    if members and all(m.claim.kind == "other" and _death_toll(m) for m in members):
        return concepts.dead
    return None


# what before a death toll makes its level a condition ("if the death toll passes 50",
# "unless the death toll tops 100"): no level it stands at
_TOLL_IF = re.compile(r"\b(?:if|unless|once|whether|until|should)\s+(?:(?:the|a)\s+)?$")


def _death_toll(m: Profile) -> bool:
    before = m.sentence[: m.start].lower()
    toll = _DEATH_TOLL.search(before)
    return toll is not None and not _TOLL_IF.search(before, 0, toll.start())


def _group_subject(members: list[Profile], concepts: ConceptTable) -> Subject:
    """The subject the claims share: the narrowest concept, and each other field when most
    of the claims that have it agree on it."""

    def common(values: list[Any]) -> Any:
        present = [v for v in values if v]
        if not present:
            return None
        value, count = Counter(present).most_common(1)[0]
        return value if count * 2 > len(present) else None

    def unanimous(values: list[str | None]) -> str | None:
        return values[0] if len(set(values)) == 1 else None

    subs = [m.subject for m in members]
    event = common([s.event for s in subs])
    holder = _shared_holder(subs)
    return Subject(
        concept=_narrowest([s.concept for s in subs], concepts)
        or _record_concept(members, holder)
        or _level_concept(members, concepts),
        event=event,
        owner=common([s.owner for s in subs]),
        place=common([s.place for s in subs]),
        year=common([s.year for s in subs]),
        # a time frame or a definition when every claim states it (hard facts keep the
        # others out, but a claim with no frame may join a calendar frame's)
        period=unanimous([s.period for s in subs]),
        basis=unanimous([s.basis for s in subs]),
        holder=holder,
        where=unanimous([s.where for s in subs]),
        earlier=unanimous([s.earlier for s in subs]),
        measured=unanimous([s.measured for s in subs]),
        # the words of one of its claims tie it, or only pronouns do
        holder_via=None
        if holder is None
        else "words"
        if any(s.holder_via == "words" for s in subs if s.holder)
        else "pronoun",
        names=tuple(
            n
            for n, k in Counter(n for s in subs for n in dict.fromkeys(s.names)).most_common(3)
            if k * 2 > len(subs)
        ),  # the names most of the claims stand near
        # the verb as most of the claims of that verb write it ('killed', 'killing')
        event_words=_most_written([s.event_words for s in subs if s.event == event])
        if event
        else None,
    )


def _most_written(words: list[str | None]) -> str | None:
    """The form most of ``words`` take (of two taken as often, the first in alphabetical
    order: the label does not move with the order of the articles), or None."""
    counts = Counter(w for w in words if w)
    return min(counts, key=lambda w: (-counts[w], w)) if counts else None


def _shared_holder(subs: list[Subject]) -> str | None:
    """Whose figure a group's claims give: the person most of its claims name, when no
    claim names another (one full name, or a surname alone that is its last word: "Jeffs,
    54," in an article that names two Jeffses, beside "Warren Jeffs, 55,"). Claims that
    name no one ("the 55-year-old sect leader") may be the fewer; a name one claim in
    three gives is no label, since one reading may be wrong."""
    named = [s.holder for s in subs if s.holder]
    full = {h for h in named if " " in h}
    # one person written two ways is one ("Jim Oler", "James Oler": same_person, as
    # _holders compares them); the label is the name as most claims write it
    people = {same_person(h) for h in full}
    if len(people) > 1 or (not full and len(set(named)) > 1) or len(named) * 2 <= len(subs):
        return None
    if not full:
        return named[0]
    name = Counter(h for h in named if " " in h).most_common(1)[0][0]
    return name if set(named) <= full | {name.split()[-1]} else None


def _narrowest(found: list[str | None], concepts: ConceptTable) -> str | None:
    """The most specific concept of a group's claims ('dead' over 'people')."""

    present = [c for c in found if c]
    return (
        max(present, key=lambda c: (len(concepts.chain(c)), present.count(c))) if present else None
    )


def label(
    subject: Subject,
    kind: str | None,
    concepts: ConceptTable,
    members: Sequence[Profile] = (),
    show: Collection[str] = (),
) -> str:
    """A group's label: its subject in words an editor reads (Subject.words), the one place
    that decides what it says. The head is what is counted ('figure' for a determiner,
    comparative or number word taken for the counted noun; a concept file's id in words:
    'military personnel'); the verb as the claims write it when it says what happened to
    what is counted (_verb_shown: not one the head says, _implied; a verb of
    knowing or a light verb kept with an event concept, _is_event; a verb of feeling
    dropped as an adjective, as ``members``' words write it); the year of another event
    the sentence names (_year_shown; for an age only where the words tie it to the
    age, _age_year). ``show``: the parts to show where another group of the story has the
    same label (distinct_labels): 'year' (never an age's year its words do not tie to
    it), 'verb' (one the word classes keep, a base form too, and one the head says)."""
    head = "age" if kind == "age" else _head_words(subject.concept, concepts)
    verb = None
    if "verb" in show or not _implied(subject, concepts):
        verb = _verb_shown(
            subject,
            event_head=_is_event(subject.concept, concepts),
            adjective=_adjective(subject, members),
            base="verb" in show,
        )
    age_year = kind == "age" and _age_year(subject, members)
    year = bool(subject.year) and (
        age_year
        or (
            (("year" in show and kind != "age") or _year_shown(subject, kind))
            and _year_told(subject, members)
        )
    )
    return subject.words(head, verb, year)


_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _year_shown(subject: Subject, kind: str | None) -> bool:
    """Whether the label shows the year of another event its sentence names: not for a
    group of ages (a person's age is theirs at the time of writing, no figure of that
    year: "Sixty-year-old Smith is now accused of murders in 1967"; a sentence that ties
    the year to the age, "in 2005, at the age of 91", is read where its words are,
    _age_year), nor when the time frame names a year ('in 1959')."""
    return bool(subject.year) and kind != "age" and not _A_YEAR.search(subject.period or "")


def _verb_shown(
    subject: Subject,
    *,
    event_head: bool = False,
    adjective: bool = False,
    base: bool = False,
) -> str | None:
    """The verb as a label shows it, as the claims write it (``event_words``; ``event``
    where a record has none), or None when it says nothing of what happened to what is
    counted: a verb of saying or knowing ('said', 'described'), a light verb ('made',
    'came'), a linking verb ('turned'), a verb of relation ('including'), a verb of
    feeling as an adjective ('frustrating'; a past only with ``adjective``: "Friday's
    dispirited 88-72"), a form that is no participle nor past ('pay', 'support',
    'last'; a base form is shown with ``base``: _verb_as_written). The word classes:
    extract.lexicon. ``event_head``: the head is an event concept ('arrested'), which a
    verb of knowing (not of saying) or a light verb may be all that qualifies
    ("identified three suspects", "took 12 hostages"): kept."""
    if not subject.event:
        return None
    written = subject.event_words or subject.event
    # (the event is lemma()'s reading of the words written; "+e" where lemma() leaves a
    # verb in -e without it: 'described' -> 'describ', 'noted' -> 'not')
    lemmas = {subject.event, subject.event + "e"}
    dropped = lexicon.SPEECH_LEMMAS | lexicon.LINKING_LEMMAS | lexicon.RELATION_LEMMAS
    if not event_head:
        dropped |= lexicon.KNOWING_LEMMAS | lexicon.LIGHT_LEMMAS
    if adjective or written.endswith("ing"):
        dropped |= lexicon.FEELING_LEMMAS
    if lemmas & dropped:
        return None
    return _verb_as_written(subject, base)


def _verb_as_written(subject: Subject, base: bool = False) -> str | None:
    """The verb as the claims write it where it reads as what happened: a participle
    or a past form ('arrested', 'rushing', 'stole'); not a base form, which reads as a
    noun or an order ('pay', 'support'), unless ``base`` (where it tells two groups
    apart: distinct_labels), nor ever a word of another class the extractor took for
    the verb ('just', 'key', 'whopping': lexicon.TAKEN_FOR_VERBS). A record written
    before ``event_words`` has the matcher's form alone: shown."""
    written = subject.event_words or subject.event
    if written and subject.event_words and written in lexicon.ING_ADJECTIVES:
        return None
    if written and subject.event_words and not written.endswith(("ed", "ing")):
        if written in IRREGULAR or (base and written not in lexicon.TAKEN_FOR_VERBS):
            return written
        return None
    return written


def distinct_labels(
    groups: list[ClaimGroup], members: Mapping[str, Sequence[Profile]], concepts: ConceptTable
) -> list[ClaimGroup]:
    """One story's groups, where two or more share a label, each labelled with a part its
    label left out (its year, then its verb: label's ``show``) where that sets it apart
    from every other group with that label ("in 2005, at the age of 91" and "died at 95":
    'age, 2005' and 'age'); where nothing does, they share it (the report shows each
    group's figures and quotes). Each set of groups sharing a label is decided alone, from
    their subjects: the same labels whatever the order of the articles."""
    shown: dict[str, frozenset[str]] = {g.id: frozenset() for g in groups}
    labels = {g.id: g.label for g in groups}
    for part in ("year", "verb"):
        by_label: dict[str, list[ClaimGroup]] = defaultdict(list)
        for g in groups:
            by_label[labels[g.id]].append(g)
        taken = set(by_label)  # (a part never gives a group another group's label)
        for same in by_label.values():
            if len(same) < 2:
                continue
            trial = {
                g.id: label(g.subject, g.kind, concepts, members.get(g.id, ()),
                            shown[g.id] | {part})
                for g in same if g.subject is not None
            }  # fmt: skip
            made = Counter(trial.values())
            for gid, words in trial.items():
                if made[words] == 1 and words not in taken:
                    labels[gid], shown[gid] = words, shown[gid] | {part}
    _name_apart(groups, members, labels)
    return [g if labels[g.id] == g.label else replace(g, label=labels[g.id]) for g in groups]


def _name_apart(
    groups: list[ClaimGroup], members: Mapping[str, Sequence[Profile]], labels: dict[str, str]
) -> None:
    """Where groups still share a label after their years and verbs, each that has a name
    of its own beside its figures (the owner or names near them: Subject.names) in half
    or more of its claims, a name no claim of the others has, shows it after a comma:
    "dead", "dead, Bam", "dead, Zarand" for a quake's toll and two earlier quakes' tolls
    the articles recall. A group without one keeps the label; ``labels`` is changed in
    place, each set decided from its groups' claims alone (the same whatever the order)."""
    by_label: dict[str, list[ClaimGroup]] = defaultdict(list)
    for g in groups:
        by_label[labels[g.id]].append(g)
    taken = set(by_label)
    # the words of the names the story's groups are the figures of ("point of Danny Green"):
    # a name near another group's figure that is someone's own is no name of this one's
    # ("Ty Lawson added 16 points, and Danny Green had 14")
    held = {w.lower() for g in groups if g.subject is not None and g.subject.holder
            for w in g.subject.holder.split()}  # fmt: skip
    for same in by_label.values():
        if len(same) < 2 or same[0].label.startswith("figure"):
            continue  # (a figure of no counted noun, a side of a score: its names are the
            # players and teams of the game, the opponent's as often as its own)
        said = {a.surface for g in same for m in members.get(g.id, ())
                if (a := m.claim.attribution) is not None}  # fmt: skip
        names = {g.id: [(m.claim.document, frozenset(
                            n for raw in m.subject.names
                            if (n := _POSSESSIVE_END.sub("", raw)) and _may_name_apart(n, said)))
                        for m in members.get(g.id, ())] for g in same}  # fmt: skip
        for g in same:
            mine = names[g.id]
            others = frozenset().union(*(n for o in same if o is not g for _d, n in names[o.id]))
            counts = Counter(n for _d, ns in mine for n in ns if n not in others)
            docs = {n: len({d for d, ns in mine if n in ns}) for n in counts}
            said_already = set(labels[g.id].lower().split())
            best = sorted(
                ((n, k) for n, k in counts.items()
                 if docs[n] >= 2 and not set(n.lower().split()) & (said_already | held)),
                key=lambda kv: (-kv[1], kv[0]),
            )  # fmt: skip
            if best and best[0][1] * 2 >= len(mine):
                words = f"{labels[g.id]}, {best[0][0]}"
                if words not in taken:
                    labels[g.id] = words
                    taken.add(words)


_POSSESSIVE_END = re.compile(rf"{POSSESSIVE_MARK}s?$")  # "Creighton’s", "Charles’"
_PEOPLES_ENDINGS = ("ican", "ian", "ean", "ese", "ish")


def _may_name_apart(name: str, said: set[str]) -> bool:
    """Whether a name near a figure may tell its group apart in a label: not a source of
    the claims ("AFP said"; nor an agency's or a unit's capitals, "IRNA", "GB"), which
    says who gave the figure, not what it counts, nor a month or a day ("Dec")."""
    words = name.split()
    last = words[-1].lower()
    whole = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return (
        len(name) > 1
        and not any(w.isupper() and len(w) > 1 and "." not in w for w in words)
        # a people's or a thing's adjective, no name of a place or person: "African-American",
        # "Khartoum-based"
        and not (len(words) == 1 and last.endswith(_PEOPLES_ENDINGS))
        and not re.search(r"-[a-z]", words[-1])
        and not any(whole.search(s) for s in said)
        and not (len(words) == 1 and (last.rstrip(".") in MONTHS or last in WEEKDAYS))
    )


def _head_words(concept: str | None, concepts: ConceptTable) -> str:
    """What a label says is counted: the concept in words (model.concept_words), a
    concept file's id with its hyphens as spaces ('military personnel'), not a counted
    noun's ('co-worker'); 'figure' for none."""
    words = concept_words(concept)
    if words is None:
        return "figure"
    if words == concept and "-" in words and concept in concepts.defined():
        return words.replace("-", " ")
    return words


def _implied(subject: Subject, concepts: ConceptTable) -> bool:
    """Whether a subject's concept already says its verb: the verb narrowed it ("ten people
    killed" counts the dead: concepts.yml's predicates), or the concept files name the
    concept by the verb as written ("killed"). Its label says 'dead', not 'dead (killed)'."""
    if not subject.event or not subject.concept:
        return False
    return subject.concept in concepts.by_predicate.get(subject.event, ()) or (
        concepts.by_term.get(subject.event_words or "") == subject.concept
    )


def _is_event(concept: str | None, concepts: ConceptTable) -> bool:
    """Whether a concept counts those something happened to, as the concept files say: it
    is narrowed by verbs (`predicates`: dead, injured, displaced) or marked `event: true`
    (arrested, missing). A verb of knowing or a light verb is all its label has to say
    what happened ("identified three suspects")."""
    if not concept:
        return False
    return concepts.is_event(concept)


# (not a relative pronoun: "the result that stunned 40,000 fans" says what happened)
_DETERMINER = "|".join(sorted(DETERMINERS - RELATIVES - {"what", "whatever"}))


def _adjective(subject: Subject, members: Sequence[Profile]) -> bool:
    """Whether the verb stands as an adjective between a determiner or a possessive and the
    figure in one of the claims that write it ("Friday's dispirited 88-72 loss")."""
    verb = subject.event_words
    if not verb:
        return False
    before = re.compile(rf"(?:(?<![\w'])(?:{_DETERMINER})|'s)\s+{re.escape(verb)}\s*$")
    return any(m.claim.predicate_words == verb and before.search(m.left) for m in members)


_YEAR_THEN_AGE = re.compile(
    r"\bin ((?:1[89]|20)\d\d),?\s+(?:at|aged|when \w+ (?:was|were))?\s*(?:the\s+)?"
    r"(?:age\s+(?:of\s+)?)?$"
)
_AGE_THEN_YEAR = re.compile(
    r"^(?:\s*years?\s+old|\s*years\s+of\s+age)?,?\s+in\s+((?:1[89]|20)\d\d)\b"
)


def _year_told(subject: Subject, members: Sequence[Profile]) -> bool:
    """Whether a claim's sentence ties the subject's year to the claim's figure: before
    it in its clause ("In 2019, a blast killed 22 workers and injured 45": the year of
    both), or after it with no other figure between ("killed 31 people in 2019"; not
    "Turnout was 61.2%, up from 57% at the last election in 2022", whose year is the
    57%'s). The year a label shows is one so tied to its figures (no members: as the
    record says)."""
    if not members:
        return True
    year = str(subject.year)
    for m in members:
        start, end = m.start, m.end
        for found in _A_YEAR.finditer(m.sentence):
            if found.group() != year:
                continue
            if found.end() <= start:
                if not scope.CLAUSE_BREAK.search(m.sentence, found.end(), start):
                    return True
            elif not scope.figure_in(m.sentence[end : found.start()]):
                return True
    return False


def _age_year(subject: Subject, members: Sequence[Profile]) -> bool:
    """Whether a claim of a group of ages ties the subject's year to the age: "in 2005, at
    the age of 91", "at 91 in 2005", "91 in 2005" (an age is else its person's at the
    time of writing, no figure of the year its sentence names)."""
    year = str(subject.year)
    for m in members:
        found = _YEAR_THEN_AGE.search(m.left) or _AGE_THEN_YEAR.match(m.right)
        if found and found.group(1) == year:
            return True
    return False


def _group(
    claims: list[Claim],
    docs: tuple[str, ...],
    subject: Subject,
    reasons: list[dict[str, Any]],
    score: float,
    concepts: ConceptTable,
    members: Sequence[Profile] = (),
) -> ClaimGroup:
    ids = tuple(c.id for c in claims)
    gid = "g" + hashlib.sha1("|".join(sorted(ids)).encode()).hexdigest()[:12]
    kinds = Counter(c.kind for c in claims if c.kind != "other")
    kind = kinds.most_common(1)[0][0] if kinds else "other"
    return ClaimGroup(
        id=gid,
        claims=ids,
        documents=docs,
        kind=kind,
        concept=subject.concept,
        label=label(subject, kind, concepts, members),
        score=score,
        reasons=tuple(reasons),
        subject=subject,
    )

"""What two claims share: a subject profile per claim, and the pair features a learned model
reads to say whether two claims state a figure for the same subject.

Each claim gets a :class:`Profile`: its subject record (what is counted, what happened to
it, whose figure it is, where, which year's event) and the words around its figure. Pair
features are computed for many pairs at once from per-claim arrays and sparse word vectors
(TF-IDF of the sentence and of a window of words around the figure), so a block of claims
costs a few matrix products, not a Python loop per pair.

The features are generic: no word list names a domain, an event, a person or a place.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import partial
from typing import Any

from crosscheck import quantity
from crosscheck.extract import scope
from crosscheck.extract.nouns import title_case
from crosscheck.match import owners as owners_
from crosscheck.match import tfidf
from crosscheck.match.features import (
    INCREMENTS,
    ConceptTable,
    narrowing,
    proper_modifiers,
    spans_overlap,
)
from crosscheck.model import Claim, Document, Sentence, Subject, subject_from_dict

# Claim kinds the matcher aligns; "other" (a bare figure) is aligned by its words.
ALIGNED_KINDS = ("count", "money", "percent", "measure", "duration", "age", "other")
# Kinds that may state the same subject: a bare "20" next to a name may be an age or a count.
FAMILY = {
    "count": "count",
    "other": "count",
    "age": "count",
    "money": "money",
    "percent": "percent",
    "measure": "measure",
    "duration": "measure",
}
CHARS = 30  # characters on each side, compared as character n-grams ("killing"/"killed")
NEAR = 3  # of which the nearest, kept with their side
_ARTICLES = frozenset({"a", "an", "the"})
WINDOW = 6  # words on each side of a figure that describe what it is about
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*")
_YEAR = re.compile(r"(?<![\d,.$£€])(1[89]\d\d|20\d\d)(?![\d%])")
_STOP = frozenset(
    """a an the of to in on at by for from with and or but as is was were be been are has have
    had that this these those it its he she they his her their who which said says say told
    after before about than into over up out more less least most also not no new""".split()
)
_NON_NAMES = owners_.NON_NAMES
# "in Riverside", "at the Main Street pharmacy": a place after a preposition of place.
_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)


@dataclass(frozen=True, slots=True)
class Profile:
    """One claim as the pair model reads it."""

    claim: Claim
    family: str
    label: str | None  # concept of a count, else the unit
    subject: Subject
    window: str  # the words around the figure, lower case
    sentence: str  # the sentence that states it
    start: int  # where the figure starts in it (the words before it are sentence[:start])
    left: str  # the characters just before the figure, and just after it
    right: str
    sentence_index: int
    title: bool
    ambiguity: int  # claims of the same family in the same sentence
    in_document: int  # claims of the same label in the same document (a box score: many)
    first: bool  # the document's first claim of this label (the figure a story leads with)

    @property
    def end(self) -> int:
        """Where the figure's words end in the sentence (the words after it start there)."""
        return self.start + len(self.claim.text)


# What a claim's profile reads of its article alone, and the most of its making (its
# subject record, its window of words): kept by a store for each article (known, made),
# whatever story the article falls in.
Own = tuple[Subject, str]
_SUBJECT_FIELDS = tuple(f.name for f in fields(Subject))
# the subject's last fields, added after subject rows were first stored: a row written
# before one existed lacks it, and reads it as none (as subject_from_dict reads a dict)
_LATER_FIELDS = ("holder_via", "event_words", "earlier")  # (the last of Subject's fields:
# tests/test_store.py)


def own_row(own: Own) -> list[Any]:
    """A claim's subject and window as plain JSON (what own_from_row reads): the subject's
    fields in their order (to_dict's values, without its words), then the window."""
    subject, window = own
    return [*(getattr(subject, f) for f in _SUBJECT_FIELDS), window]


def own_from_row(row: Any) -> Own:
    """A claim's subject and window from own_row's list (the subject read as
    model.subject_from_dict reads it, by field name; a row an earlier crosscheck wrote
    lacks the _LATER_FIELDS it did not know); ValueError when it has another shape (a
    damaged row)."""
    shortest = len(_SUBJECT_FIELDS) - len(_LATER_FIELDS) + 1
    if not isinstance(row, list) or not shortest <= len(row) <= len(_SUBJECT_FIELDS) + 1:
        raise ValueError("not a subject row")
    if not isinstance(row[-1], str):
        raise ValueError("not a subject row: no window")
    names = _SUBJECT_FIELDS[: len(row) - 1]
    return subject_from_dict(dict(zip(names, row[:-1], strict=True))), row[-1]


def profiles(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    documents: Sequence[Document],
    concepts: ConceptTable,
    known: Mapping[str, Own] | None = None,
    made: dict[str, Own] | None = None,
) -> list[Profile]:
    """Each claim's profile. A claim's subject and window depend on its article alone
    (its sentences, text and date, and the concept table): given in ``known`` by claim id
    (what a store kept for unchanged articles) they are taken as they are; the ones made
    now are put in ``made``."""
    sent = {(s.document, s.index): s for s in sentences}
    published = {d.id: d.published for d in documents}
    per_sentence: dict[tuple[str, int, str], int] = {}
    for c in claims:
        key = (c.document, c.sentence, FAMILY.get(c.kind, c.kind))
        per_sentence[key] = per_sentence.get(key, 0) + 1
    labels = [concepts.concept_of(c) if c.kind == "count" else c.unit for c in claims]
    per_document: dict[tuple[str, str | None], int] = {}
    for c, label in zip(claims, labels, strict=True):
        per_document[(c.document, label)] = per_document.get((c.document, label), 0) + 1
    seen: set[tuple[str, str | None]] = set()
    texts = {d.id: d.text for d in documents}
    full: dict[tuple[str, str], str | None] = {}  # (document, surname) -> its full name

    def full_name(document: str, surname: str) -> str | None:
        if (document, surname) not in full:
            full[(document, surname)] = owners_.full_name(surname, texts.get(document, ""))
        return full[(document, surname)]

    out = []
    for c, label in zip(claims, labels, strict=True):
        s = sent.get((c.document, c.sentence))
        text, base = (s.text, s.span[0]) if s is not None else (c.text, c.span[0])
        family = FAMILY.get(c.kind, c.kind)
        own = known.get(c.id) if known else None
        if own is None:
            own = _own(c, s, text, base, label, published.get(c.document), sent,
                       partial(full_name, c.document))  # fmt: skip
            if made is not None:
                made[c.id] = own
        subject, window = own
        out.append(
            Profile(
                claim=c,
                family=family,
                label=label,
                subject=subject,
                window=window,
                sentence=_sentence_words(c, text, base),
                start=max(0, c.span[0] - base),
                left=text[max(0, c.span[0] - base - CHARS) : c.span[0] - base].lower(),
                right=text[c.span[1] - base : c.span[1] - base + CHARS].lower(),
                sentence_index=c.sentence,
                title=s is not None and s.role == "title",
                ambiguity=per_sentence[(c.document, c.sentence, family)],
                in_document=per_document[(c.document, label)] if label else 0,
                first=label is not None and (c.document, label) not in seen,
            )
        )
        seen.add((c.document, label))
    return _shared_basis(out)


def _own(
    c: Claim,
    s: Sentence | None,
    text: str,
    base: int,
    label: str | None,
    pub: Any,
    sent: dict[tuple[str, int], Sentence],
    in_full: Callable[[str], str | None],
) -> Own:
    """A claim's subject record (the full name its article writes for a surname holder)
    and its window of words: what its profile reads of its article alone."""
    before = _before(sent, c.document, c.sentence) if s is not None else ()
    head = sent.get((c.document, 0))
    title = head.text if head is not None and head.role == "title" else ""
    subject = subject_of(c, text, base, label, pub.year if pub else None, in_full, before, title)
    if subject.holder and " " not in subject.holder:  # "Moreno, 27,": whom it names
        subject = replace(subject, holder=in_full(subject.holder) or subject.holder)
    return subject, " ".join(_window(text, c.span[0] - base, c.span[1] - base))


def _shared_basis(items: list[Profile]) -> list[Profile]:
    """A figure stated with its definition or its time frame in one article ("including
    its net debt, the deal is valued at $13.9 billion", "since October, police have
    arrested 40 people") is that figure wherever it is repeated: the same amount, in the
    same unit (the same counted thing), with no definition or frame of its own, takes the
    one the story gives it (when the story's definitions, or frames, of that amount agree)."""
    defined: dict[tuple[str | None, float], set[str]] = defaultdict(set)
    framed: dict[tuple[str, str | None, str, float], dict[str, str]] = defaultdict(dict)
    for p in items:
        if p.subject.basis:
            defined[(p.claim.unit, p.claim.value)].add(p.subject.basis.lower())
        # a bare figure ("3") is no one figure; "40 people" arrested is not 40 injured
        if p.subject.period and p.label and p.claim.predicate:
            framed[(p.family, p.label, p.claim.predicate, p.claim.value)].setdefault(
                p.subject.period.lower(), p.subject.period
            )
    if not defined and not framed:
        return items
    out = []
    for p in items:
        b = defined.get((p.claim.unit, p.claim.value), set())
        if not p.subject.basis and len(b) == 1:
            p = replace(p, subject=replace(p.subject, basis=next(iter(b))))
        f = framed.get((p.family, p.label, p.claim.predicate or "", p.claim.value), {})
        # a figure with a time of its own ("on Monday police arrested 40") keeps it
        if not p.subject.period and len(f) == 1 and p.claim.kind != "age" and not p.claim.time:
            p = replace(p, subject=replace(p.subject, period=next(iter(f.values()))))
        out.append(p)
    return out


_PARTNER_LEFT = re.compile(r"(\d+)-$")
_PARTNER_RIGHT = re.compile(r"-(\d+)")


def score_side(p: Profile) -> bool:
    """Whether the claim is one side of a score or a record ("won 65-53", "(10-5)"): a bare
    figure glued by a hyphen to another (crosscheck.extract reads each side as a figure)."""
    c = p.claim
    return (c.kind == "other" and c.unit is None
            and bool(_PARTNER_LEFT.search(p.left) or _PARTNER_RIGHT.match(p.right)))  # fmt: skip


def game_clock(p: Profile) -> bool:
    """Whether the claim is a time on a game's clock ("with 7:42 left": 462 seconds;
    Claim.clock, as the extractor read it). A game's recap gives many moments in
    sentences alike but for the play, which no pair feature reads: matched, not fitted
    on, as the sides of a score are not."""
    return p.claim.clock


def score_partners(p: Profile) -> frozenset[int]:
    """The figures a side of a score or a record is glued to ("20-13": 20 for the 13, 13
    for the 20; "45-7-2": 45 and 2 for the 7); empty for any other claim. Two sides whose
    partners differ belong to two scores ("13-3" at the half, "20-13" at the end)."""
    if not score_side(p):
        return frozenset()
    out = set()
    if m := _PARTNER_LEFT.search(p.left):
        out.add(int(m.group(1)))
    if m := _PARTNER_RIGHT.match(p.right):
        out.add(int(m.group(1)))
    return frozenset(out)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _window(text: str, start: int, end: int) -> list[str]:
    """The words around the figure, without stop words; the nearest ones again with their
    side ("l_killing", "r_people"), which say more about the subject than the farther ones."""
    toks = _tokens(text)
    left = [t.lower() for t, _s, e in toks if e <= start][-WINDOW:]
    right = [t.lower() for t, s, _e in toks if s >= end][:WINDOW]
    words = [w for w in (*left, *right) if not w[0].isdigit() and w not in _STOP]
    near = [f"l_{w}" for w in left[-NEAR:] if w not in _ARTICLES and not w[0].isdigit()]
    near += [f"r_{w}" for w in right[:NEAR] if w not in _ARTICLES and not w[0].isdigit()]
    return words + near


def _names_near(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Runs of capitalised words near the figure with their distance in words: who or what
    the figure belongs to ("Maria Tanaka, 20", "Rovers 65, United 53")."""
    toks = _tokens(text)
    first = next((k for k, (_t, s, e) in enumerate(toks) if e > start), len(toks))
    last = next((k for k, (_t, s, _e) in enumerate(toks) if s >= end), len(toks))
    out: list[tuple[str, int]] = []
    k = 0
    while k < len(toks):
        w = toks[k][0]
        if (
            w[:1].isupper()
            and w.lower() not in _NON_NAMES
            and not (k == 0 and len(toks) > 1 and not toks[1][0][:1].isupper())
        ):
            j = k
            while j + 1 < len(toks) and toks[j + 1][0][:1].isupper():
                j += 1
            dist = first - j if j < first else (k - last + 1 if k >= last else 0)
            if dist <= WINDOW:
                out.append((" ".join(t for t, _s, _e in toks[k : j + 1]), max(dist, 0)))
            k = j + 1
        else:
            k += 1
    return out


def own_years(c: Claim) -> set[int]:
    """The years of the claim's own time frame ("shipped 250,000 cars in 2023": {2023};
    "killed 31 people on Saturday": the article's week's year), none when it has none."""
    t = c.time
    if t and t.start and t.end and t.start[:4].isdigit() and t.end[:4].isdigit():
        return set(range(int(t.start[:4]), int(t.end[:4]) + 1))
    return set()


def _origin_year(text: str, year: re.Match[str], figure: int) -> bool:
    """Whether a year of ``text`` is in an aside that says when a thing came to be
    (scope.origin_aside) and does not hold the figure at ``figure``."""
    aside = scope.origin_aside(text, year.start(1), year.end(1))
    return aside is not None and not aside[0] < figure < aside[1]


def subject_of(
    c: Claim,
    text: str,
    base: int,
    concept: str | None,
    year_published: int | None,
    full: Callable[[str], str | None] | None = None,
    before: Sequence[str] = (),
    title: str = "",
) -> Subject:
    """The subject record of a claim: what, what happened, whose, where, which year
    (``full``: the full name the article writes for a surname, ``before``: the sentences
    before the claim's, nearest last; see owners.holder; ``title``: its article's title,
    whose event is the article's own: scope.earlier)."""
    start, end = c.span[0] - base, c.span[1] - base
    headline = title_case(text)
    names = [] if headline else _names_near(text, start, end)  # Title Case names nothing
    attributed = c.attribution.surface if c.attribution else ""
    owners = [n for n, _d in sorted(names, key=lambda x: x[1]) if n not in attributed]
    place = None
    for m in () if headline else _PLACE.finditer(text):
        if abs(m.start() - start) <= 80 and m.group(1).split()[-1].lower() not in _NON_NAMES:
            place = m.group(1)
            break
    own = own_years(c)  # ("shipped 250,000 cars in 2023": its time, not an event's)
    years = sorted(  # a year a figure counts or ranks from ("since 2005") is no event's,
        # nor the year a thing came to be ("Brunna, founded in 1921, has 17,000 employees")
        {
            int(m.group(1))
            for m in _YEAR.finditer(text)
            if not (start <= m.start() < end) and not _origin_year(text, m, start)
        }
        - scope.frame_years(text)
        - ({year_published} if year_published else set())
        - own
    )
    held = None if headline else _holder(c, text, start, end, attributed, full, before)
    other = None if headline else scope.earlier(text, start, end, year_published, title)
    return Subject(
        concept=concept,
        event=c.predicate,
        owner=owners[0] if owners else None,
        place=place,
        year=other[1] if other else years[0] if years else None,
        names=tuple(owners[:3]),
        period=scope.period(text, start, end) if c.kind != "age" else None,
        basis=scope.basis(text, start, end) if c.kind in ("money", "percent") else None,
        holder=held[0] if held else None,
        where=None if headline else owners_.where(text, start, end),
        measured=c.measured,
        holder_via=held[1] if held else None,
        event_words=c.predicate_words,
        earlier=other[0] if other else None,
    )


def _holder(
    c: Claim,
    text: str,
    start: int,
    end: int,
    attributed: str,
    full: Callable[[str], str | None] | None = None,
    before: Sequence[str] = (),
) -> tuple[str, str] | None:
    """The owner the words tie to the figure, unless it is who gave the figure (but for
    what a firm says it did itself: owners.said_of_itself), and how it was read
    (owners.read_holder)."""
    found = owners_.read_holder(text, start, end, _age_like(c), c.kind, c.unit, full, before)
    if (
        found
        and re.search(rf"(?<!\w){re.escape(found[0])}(?!\w)", attributed)
        and not owners_.said_of_itself(text, start, full)
    ):
        return None  # the source, by whole words ("Ray" is not "Murray said")
    return found


def _before(sent: dict[tuple[str, int], Sentence], document: str, index: int) -> tuple[str, ...]:
    """The body sentences before a claim's, nearest last, as far as a pronoun's person is
    looked for (owners.PRONOUN_REACH); a title stops them."""
    out: list[str] = []
    for k in range(index - 1, index - 1 - owners_.PRONOUN_REACH, -1):
        s = sent.get((document, k))
        if s is None or s.role == "title":
            break
        out.append(s.text)
    return tuple(out[::-1])


def _age_like(c: Claim) -> bool:
    """An age, or a bare figure that may be one ("Tanaka, 36, of Riverside")."""
    return quantity.age_like(c)


FEATURES = (
    "same_kind",
    "concept",
    "same_unit",
    "unit_missing",
    "predicate",
    "predicate_missing",
    "sentence",
    "window",
    "subject_words",
    "left_chars",
    "right_chars",
    "story",
    "names_shared",
    "names_apart",
    "owner_same",
    "place_apart",
    "years_apart",
    "year_one_side",
    "value_ratio",
    "value_equal",
    "intervals_meet",
    "approx",
    "magnitude",
    "time",
    "sequence_apart",
    "proper_apart",
    "change_apart",
    "lede",
    "title",
    "ambiguity",
    "in_document",
    "both_first",
    "same_document",
)


@dataclass(slots=True)
class PairSpace:
    """Per-claim arrays and word vectors from which pair features are computed."""

    profiles: list[Profile]
    arrays: dict[str, Any]
    sentence: Any
    window: Any
    words: Any
    names: Any
    left: Any
    right: Any
    article: Any
    tables: dict[str, Any]

    @staticmethod
    def build(
        items: list[Profile], concepts: ConceptTable, words: tuple[Any, ...] | None = None,
        article_vectors: Any | None = None, doc_row: dict[str, int] | None = None,
    ) -> PairSpace:  # fmt: skip
        """``words``: the rows of ``vectors()`` for these items (computed here if None)."""
        import numpy as np

        claims = [p.claim for p in items]

        def ids(keys: list[Any]) -> tuple[Any, list[Any]]:
            distinct = list(dict.fromkeys(keys))
            pos = {k: i for i, k in enumerate(distinct)}
            return np.array([pos[k] for k in keys], dtype=np.int64), distinct

        def table(distinct: list[Any], f: Any) -> Any:
            return np.array([[f(x, y) for y in distinct] for x in distinct], dtype=float)

        lid, ls = ids([(p.family, p.label) for p in items])
        concept_t = table(ls, lambda x, y: _concept(concepts, x, y))
        pid, ps = ids([c.predicate for c in claims])
        pred_t = table(ps, concepts.predicates_match)
        qid, qs = ids([_sequence(c) for c in claims])
        seq_t = table(qs, lambda x, y: float(x != y))
        nid, ns = ids([proper_modifiers(c) for c in claims])
        proper_t = table(ns, lambda x, y: float(bool(x and y and not (x & y))))
        tid, ts = ids([(c.time.start, c.time.end) if c.time else None for c in claims])
        time_t = table(ts, _time)
        yid, _ys = ids([p.subject.year for p in items])
        plid, _pls = ids([(p.subject.place or "").lower() or None for p in items])
        oid, _os = ids([_surname(p.subject.owner) for p in items])
        docs, _dl = ids([c.document for c in claims])
        bounds = [quantity.converted_interval(c) for c in claims]  # (parsed once)
        # (the matcher's reading: quantity.MATCHER_AS_WRITTEN)
        scales = [quantity.base(c, matcher=True)[1] for c in claims]
        ends = [quantity.ends(c) for c in claims]
        arrays = {
            "kind": ids([c.kind for c in claims])[0],
            "unit": ids([c.unit for c in claims])[0],
            "unit_none": np.array([c.unit is None for c in claims]),
            "pred_none": np.array([c.predicate is None for c in claims]),
            "label": lid,
            "pred": pid,
            "seq": qid,
            "proper": nid,
            "time": tid,
            "year": yid,
            "year_none": np.array([p.subject.year is None for p in items]),
            "place": plid,
            "place_none": np.array([p.subject.place is None for p in items]),
            "owner": oid,
            "owner_none": np.array([p.subject.owner is None for p in items]),
            "named": np.array([bool(_name_words(p.subject.names)) for p in items]),
            # figures in their unit's base ("10 miles" and "16 km" both in metres), and
            # the interval each wording allows, by crosscheck.quantity
            "value": np.array([abs(k(c.value)) for c, k in zip(claims, scales, strict=True)]),
            "written": np.array([abs(c.value) for c in claims], dtype=float),  # as written
            "lower": np.array([lo for lo, _ in bounds]),
            "upper": np.array([hi for _, hi in bounds]),
            "end_lo": np.array([lo for lo, _ in ends]),
            "end_hi": np.array([hi for _, hi in ends]),
            "approx": np.array([c.qualifier != "exact" or c.hedged for c in claims]),
            "change": ids([c.change for c in claims])[0],
            "sentence_index": np.array([p.sentence_index for p in items], dtype=float),
            "title": np.array([p.title for p in items]),
            "ambiguity": np.array([p.ambiguity for p in items], dtype=float),
            "in_document": np.array([p.in_document for p in items], dtype=float),
            "first": np.array([p.first for p in items]),
            "doc": docs,
        }
        sentence, window, subject, names, left, right = words or vectors(items)
        article = None
        if article_vectors is not None and doc_row is not None:
            article = article_vectors[[doc_row[c.document] for c in claims]].tocsr()
        tables = {"concept": concept_t, "pred": pred_t, "seq": seq_t, "proper": proper_t,
                  "time": time_t}  # fmt: skip
        return PairSpace(items, arrays, sentence, window, subject, names, left, right, article,
                         tables)  # fmt: skip

    def features(self, i: Any, j: Any) -> Any:
        """The feature matrix (one row per pair, columns as FEATURES) of pairs (i[k], j[k])."""
        import numpy as np

        a, t = self.arrays, self.tables

        rows, at = np.unique(i, return_inverse=True)

        def rowdot(m: Any) -> Any:
            """Cosine of rows i[k] and j[k] (rows are L2-normalised), from the product of
            the distinct rows of i with the whole block: memory bounded by the chunk."""
            if m is None:
                return np.zeros(len(i))
            return (m[rows] @ m.T).toarray()[at, j]

        vi, vj = a["value"][i], a["value"][j]
        big, small = np.maximum(vi, vj), np.minimum(vi, vj)
        ratio = np.divide(small, big, out=np.ones_like(big), where=big > 0)
        meet = quantity.intervals_meet(
            a["lower"][i], a["upper"][i], (a["end_lo"][i], a["end_hi"][i]),
            a["lower"][j], a["upper"][j], (a["end_lo"][j], a["end_hi"][j]))  # fmt: skip
        names_shared = rowdot(self.names)
        has_i, has_j = (a["named"][i], a["named"][j]) if self.names is not None else (0, 0)
        story = np.ones(len(i))
        if self.article is not None:
            story = rowdot(self.article)
            story = np.where(a["doc"][i] == a["doc"][j], 1.0, story)
        cols = {
            "same_kind": a["kind"][i] == a["kind"][j],
            "concept": t["concept"][a["label"][i], a["label"][j]],
            "same_unit": (a["unit"][i] == a["unit"][j]) & ~a["unit_none"][i],
            "unit_missing": a["unit_none"][i].astype(int) + a["unit_none"][j],
            "predicate": t["pred"][a["pred"][i], a["pred"][j]],
            "predicate_missing": a["pred_none"][i].astype(int) + a["pred_none"][j],
            "sentence": rowdot(self.sentence),
            "window": rowdot(self.window),
            "subject_words": rowdot(self.words),
            "left_chars": rowdot(self.left),
            "right_chars": rowdot(self.right),
            "story": story,
            "names_shared": np.minimum(names_shared, 3),
            "names_apart": (names_shared == 0) & has_i & has_j,
            "owner_same": (a["owner"][i] == a["owner"][j]) & ~a["owner_none"][i],
            "place_apart": (a["place"][i] != a["place"][j])
            & ~a["place_none"][i]
            & ~a["place_none"][j],
            "years_apart": (a["year"][i] != a["year"][j]) & ~a["year_none"][i] & ~a["year_none"][j],
            "year_one_side": a["year_none"][i] != a["year_none"][j],
            "value_ratio": ratio,
            "value_equal": vi == vj,
            "intervals_meet": meet,
            "approx": a["approx"][i].astype(int) + a["approx"][j],
            "magnitude": np.log10(np.maximum(np.maximum(a["written"][i], a["written"][j]), 1.0)),
            "time": t["time"][a["time"][i], a["time"][j]],
            "sequence_apart": t["seq"][a["seq"][i], a["seq"][j]],
            "proper_apart": t["proper"][a["proper"][i], a["proper"][j]],
            "change_apart": a["change"][i] != a["change"][j],
            "lede": np.minimum(np.minimum(a["sentence_index"][i], a["sentence_index"][j]), 10),
            "title": a["title"][i].astype(int) + a["title"][j],
            "ambiguity": np.minimum(np.maximum(a["ambiguity"][i], a["ambiguity"][j]), 6),
            "in_document": np.minimum(np.maximum(a["in_document"][i], a["in_document"][j]), 10),
            "both_first": a["first"][i] & a["first"][j],
            "same_document": a["doc"][i] == a["doc"][j],
        }
        out = np.empty((len(i), len(FEATURES)))
        for k, f in enumerate(FEATURES):
            out[:, k] = cols[f]
        return out


def vectors(items: list[Profile]) -> tuple[Any, ...]:
    """Every word vector pair features read, one row per claim, in CSR form (fitted once
    per run, then sliced per block): sentence, window, subject words, names, and the
    characters left and right of the figure."""
    out = (*_vectors(items), *_char_vectors(items))
    return tuple(m.tocsr() if m is not None else None for m in out)


def _vectors(items: list[Profile]) -> tuple[Any, Any, Any, Any]:
    """L2-normalised TF-IDF rows of each claim's sentence, window and subject words, and
    a binary row of the names near it."""
    analyze = tfidf.word_analyzer(tfidf.CLAIM_WORDS, tfidf.ENGLISH_STOP_WORDS)

    def weigh(texts: list[str]) -> Any:
        if not any(t.strip() for t in texts):
            return None
        try:
            return tfidf.tfidf(texts, analyze, sublinear_tf=True)
        except ValueError:
            return None

    sentences = weigh([p.sentence for p in items])
    window = weigh([p.window for p in items])
    words = weigh([_subject_words(p) for p in items])
    names = None
    name_docs = [p.subject.names for p in items]
    if any(name_docs):
        # by word: "Tanaka" and "Maria Tanaka" share a name
        try:
            names = tfidf.binary(name_docs, _name_words)
        except ValueError:  # names of one letter only: no vocabulary
            names = None
    return sentences, window, words, names


def _sentence_words(c: Claim, text: str, base: int) -> str:
    """The sentence a claim's words are compared by: an age's unit is part of its figure
    (compared in years, crosscheck.quantity), so '3-month-old' and '3-year-old' in one
    sentence otherwise the same are that sentence restated, as '300' and '301' are."""
    if c.kind != "age":
        return text
    start, end = c.span[0] - base, c.span[1] - base
    return text[:start] + " " + text[end:] if 0 <= start <= end <= len(text) else text


def _surname(owner: str | None) -> str | None:
    words = (owner or "").lower().split()
    return words[-1] if words else None


def _name_words(names: Sequence[str]) -> list[str]:
    return [w.lower() for n in names for w in n.split() if len(w) > 1]


def _char_vectors(items: list[Profile]) -> tuple[Any, Any]:
    analyze = tfidf.char_wb_analyzer(3, 5)
    out = []
    for texts in ([p.left for p in items], [p.right for p in items]):
        try:
            out.append(tfidf.tfidf(texts, analyze, sublinear_tf=True))
        except ValueError:
            out.append(None)
    return out[0], out[1]


def _subject_words(p: Profile) -> str:
    """What the pair features compare of a claim's subject, in words: its noun, modifiers,
    "part" for a part of another figure (Claim.part: a part's words say it is one) and
    its verb."""
    c = p.claim
    marker = ("part",) if c.part else ()
    return " ".join(
        x for x in (c.noun_phrase or c.unit or "", *c.modifiers, *marker, c.predicate or "") if x
    )


def _concept(concepts: ConceptTable, x: tuple[str, str | None], y: tuple[str, str | None]) -> float:
    """1 for the same concept or unit, 0.7 for a broader concept or a unit of the same
    dimension (miles and kilometres), 0.5 when one is unknown, else 0."""
    if x[0] != y[0]:
        return 0.0
    if x[1] is None or y[1] is None:
        return 0.5
    if x[0] == "count" and x[1] in quantity.AGE_UNITS and y[1] in quantity.AGE_UNITS:
        return 1.0 if x[1] == y[1] else 0.7  # ages in months and years: one dimension
    if x[0] == "count":
        return concepts.related(x[1], y[1])
    if x[1] == y[1]:
        return 1.0
    return 0.7 if quantity.same_dimension(x[1], y[1], matcher=True) else 0.0


def _sequence(c: Claim) -> tuple[bool, frozenset[str]]:
    na = narrowing(c)
    return bool(na & INCREMENTS), na - INCREMENTS


def _time(x: tuple[str | None, str | None] | None, y: Any) -> float:
    if x is None or y is None:
        return 0.0
    overlap = spans_overlap(x[0], x[1], y[0], y[1])
    return -1.0 if overlap is False else 1.0 if overlap else 0.0

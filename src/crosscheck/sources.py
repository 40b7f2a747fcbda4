"""Copies: which articles are one source.

A wire story reprinted by nine outlets is one source, not nine; an article rewritten from
another is not independent of it. This stage finds documents that share copy, from three
signals, and groups them into copy clusters (``CopyCluster``) with the evidence:

- near-duplicate sentences: every sentence of at least ``MIN_WORDS`` words, lower-cased and
  with every figure read as the same token (an edited reprint that changed "3,000" to
  "3,500" still shares the sentence), is sketched by the ``KEYS`` smallest hashes of its
  word trigrams; sentences that share a key are candidates, and a candidate counts when
  rapidfuzz finds the two at least ``SIMILARITY`` alike. Each bucket is compared with its
  first few members only, so the work grows with the number of sentences, not its square;
- the same quote credited to the same speaker: a quotation of at least ``MIN_QUOTE_WORDS``
  words, alike as above, whose sentences name a speaker in common (the quote moved into a
  sentence of the outlet's own words);
- a wire credit where outlets put one (the data table ``wires.yml``): a dateline
  "WASHINGTON (AP) —", a credit line "By Jane Doe, Associated Press", a sign-off "— AFP",
  a "contributed to this report" line, the article's source or author field or its domain.

Two documents are copies of one story when they share at least ``MIN_SHARED`` passages
(sentences or quotes) that are at least ``MIN_SHARE`` of the shorter one's sentences, one
of them a sentence that is not quoted speech, or when they credit the same wire. Shared
quotes alone are not copy: reporters at one briefing all have them. Clusters are the
connected documents.

What is read of each document alone (its credits, its passages and their sketches:
``DocCopies``) is most of the work and can be kept per document (crosscheck.store): a run
over a few changed articles makes only theirs again; finding the shared passages and the
clusters is done over the whole run.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from rapidfuzz import fuzz

from crosscheck import safeyaml
from crosscheck.config import shipped_rules_dir
from crosscheck.errors import ConfigError, shown
from crosscheck.model import CopyCluster, CopyLink, Document, Sentence
from crosscheck.unionfind import UnionFind

MIN_WORDS = 8  # a shorter sentence is too common to show copying
MIN_QUOTE_WORDS = 6  # a shorter quotation ("a vast amount") proves nothing either
SIMILARITY = 88.0  # rapidfuzz ratio (0-100) of two normalised passages that are one
MIN_SHARED = 2  # passages two documents share to be copies of one story ...
MIN_SHARE = 0.25  # ... when they are at least this share of the shorter one's sentences
KEYS = 5  # hashes kept per passage (a bottom-k sketch of its word trigrams)
REPRESENTATIVES = 3  # members of a bucket every other member is compared with
MAX_EXAMPLES = 2  # shared sentences a link shows

_WORD = re.compile(r"[^\W\d_]+|\d+")
_QUOTE = re.compile(r"[“\"]([^”\"“]+)[”\"]")
_CAPITAL = re.compile(r"\b[A-Z][\w’'-]+")
_NOT_NAMES = frozenset(
    "He She They It We I You The A An This That These Those But And In On At As Of For "
    "Mr Mrs Ms Dr His Her Their Our Its There Then When While If Asked".split()
)
_PHOTO = re.compile(r"(?i)\b(?:photo|photos|photograph|image|picture|video|graphic|illustration)")


# --- the wire table ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Wire:
    id: str
    names: tuple[str, ...]
    domains: tuple[str, ...] = ()


def shipped_wires_file() -> Path:
    return shipped_rules_dir() / "wires.yml"


def wire_files_in(paths: Sequence[Path]) -> list[Path]:
    """Given files with a top-level ``wires:`` list, and such ``*.yml``/``*.yaml`` files in
    given folders (sorted): the rule folders hold wire tables beside rules and concepts."""
    out = []
    for p in paths:
        files = sorted([*p.glob("*.yml"), *p.glob("*.yaml")]) if p.is_dir() else [p]
        for f in files:
            if safeyaml.opens_with(f, ("wires",)):
                out.append(f)
    return out


def load_wire_files(paths: Sequence[Path]) -> list[Wire]:
    """The wires of several tables; a wire id given again adds its names and domains."""
    merged: dict[str, Wire] = {}
    for path in paths:
        for w in load_wires(path):
            old = merged.get(w.id)
            if old is not None:
                w = Wire(w.id, (*old.names, *w.names), (*old.domains, *w.domains))
            merged[w.id] = w
    return list(merged.values())


def load_wires(path: Path | None = None) -> list[Wire]:
    """The wires of a table file (``wires:`` list of id, names, domains); the shipped one
    by default. A malformed file is a ConfigError naming it."""
    path = path or shipped_wires_file()
    # with lines, and a key written twice refused (the second 'names:' silently won), as in
    # every other file of a rule folder
    data = safeyaml.read_file(path, "wire table", safeyaml.LineLoader, own=True)
    items = data.get("wires") if isinstance(data, dict) else None
    if not isinstance(items, list):
        # (its key's line; line 1 when there is none)
        raise ConfigError(f"{path}:{safeyaml.line_of(data, 'wires')}: a wire table needs a list "
                          "under 'wires'")  # fmt: skip
    out = []
    for i, item in enumerate(items, 1):
        ok = isinstance(item, dict) and isinstance(item.get("id"), str)
        names = item.get("names") if ok else None
        domains = item.get("domains", []) if ok else None
        if not (
            ok
            and isinstance(names, list)
            and names
            and all(isinstance(n, str) and n.strip() for n in names)
            and isinstance(domains, list)
            and all(isinstance(d, str) for d in domains)
        ):
            at = safeyaml.line_of(items, index=i - 1)
            raise ConfigError(
                f"{path}:{at}: wire {i}: needs an 'id', a list of 'names' and optional 'domains'"
            )
        for k, domain in enumerate(domains):
            if (problem := _domain_problem(domain)) is not None:
                at = safeyaml.line_of(domains, index=k, default=safeyaml.line_of(item))
                raise ConfigError(f"{path}:{at}: wire '{item['id']}': domain {shown(domain)} "
                                  f"{problem}")  # fmt: skip
        # 'www.reuters.com' as the host it matches: an article's host is read without its
        # 'www.' (_domain_wire), so the domain as written matched none
        hosts = tuple(_bare_host(d) for d in domains)
        out.append(Wire(item["id"], tuple(names), hosts))
    return out


# A host name as an article's address gives it: labels of letters, digits and hyphens
# (any script's letters: an address may be read as Unicode), joined by dots.
_DOMAIN = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.?\Z")


def _bare_host(host: str) -> str:
    """A host as wire tables and articles' addresses are compared: no case, no 'www.', no
    trailing dot ('www.Reuters.com.' is 'reuters.com'), the one reading of both."""
    return host.strip().rstrip(".").lower().removeprefix("www.")


def _domain_problem(domain: str) -> str | None:
    """Why a wire's domain can match no article's host, or None. It is compared with the
    host of each address, so 'https://apnews.com/' (a web address) or 'ap news.com' (a
    space) was accepted and never matched: refused, with the host to write instead."""
    text = domain.strip()
    if "://" in text or "/" in text:
        host = _host(text if "://" in text else "//" + text)
        hint = f": write its host, '{host}'" if host else ""
        return f"is a web address, not a domain{hint}"
    if not _DOMAIN.match(text):
        return "is not a domain (a host name such as 'reuters.com': letters, digits, '-' and '.')"
    return None


class CreditFinder:
    """Finds wire credits where outlets put them, never in the body's sentences."""

    def __init__(self, wires: Sequence[Wire]) -> None:
        self.wire_of: dict[str, str] = {}
        self.domains: dict[str, str] = {}
        for w in wires:
            for n in w.names:
                self.wire_of.setdefault(n, w.id)
                self.wire_of.setdefault(n.upper(), w.id)
            for d in w.domains:
                self.domains[d] = w.id
        names = sorted(self.wire_of, key=len, reverse=True) or ["(?!)"]  # none: never
        name = "(?P<name>" + "|".join(n if n == "(?!)" else re.escape(n) for n in names)
        name += r")(?![\w-])"
        self.dateline = re.compile(rf"\(\s*{name}\s*\)\s*(?:[-–—]|$)")
        self.signoff = re.compile(rf"[-–—/(]\s*{name}\s*\)?\s*\.?\s*$")
        self.credit_line = re.compile(
            r"^(?:[-–—]\s*)?(?:(?i:by|reporting by|written by|from)\b[^\n]{0,60}?[\s,;/]\s*"
            r"|(?i:copyright|©|\(c\))\s*(?:\d{4}\s*)?)?(?:[Tt]he\s+)?"
            rf"{name}(?:\s*$|\s*[,.;/]|\s+(?i:writer|reporter|correspondent|staff|news|wire)\b)"
        )
        self.contributed = re.compile(
            rf"(?<![\w-]){name}\s+(?:(?i:writers?|reporters?|correspondents?|staff)\b"
            r"[^\n]{0,120}?)?(?i:contributed)"
        )

    def credits(self, doc: Document, sentences: Sequence[Sentence]) -> list[tuple[str, str]]:
        """(wire, the credit as written) for every credit of a document, first ones first."""
        found: list[tuple[str, str]] = []
        for s in sentences:
            if s.role == "dateline":
                m = self.dateline.search(s.text)
                if m:
                    found.append((self.wire_of[m.group("name")], s.text))
        paras = [doc.text[a:b].strip() for a, b in doc.paragraphs]
        if paras:
            m = self.dateline.search(paras[0][:120])
            if m and not found:
                found.append((self.wire_of[m.group("name")], paras[0][: m.end()].strip()))
        for i, p in enumerate(paras):
            if not p:
                continue
            short = len(p.split()) <= 12
            if short and not _PHOTO.search(p):
                m = self.credit_line.search(p)
                if m:
                    found.append((self.wire_of[m.group("name")], p))
                    continue
            if i >= len(paras) - 2:
                m = self.signoff.search(p[-60:])
                if m and not _PHOTO.search(p[-60:]):
                    found.append((self.wire_of[m.group("name")], p[-60:].strip()))
                    continue
            m = self.contributed.search(p) if "contributed" in p else None
            if m:
                found.append((self.wire_of[m.group("name")], m.group(0)))
        for value in (doc.source, doc.author):
            wire = self._field_wire(value)
            if wire:
                found.append((wire, value or ""))
        host = _host(doc.url)
        for candidate in (host, doc.source):
            wire = self._domain_wire(candidate)
            if wire:
                found.append((wire, candidate or ""))
        return list({w: (w, t) for w, t in reversed(found)}.values())[::-1]

    def _field_wire(self, value: str | None) -> str | None:
        if not value:
            return None
        v = re.sub(r"^[Tt]he\s+", "", value.strip())
        for n, w in self.wire_of.items():
            if v.lower() == re.sub(r"^[Tt]he\s+", "", n).lower():
                return w
        return None

    def _domain_wire(self, host: str | None) -> str | None:
        if not host:
            return None
        host = _bare_host(host)
        for d, w in self.domains.items():
            if host == d or host.endswith("." + d):
                return w
        return None


# --- passages and their sketches ---------------------------------------------------------------


def _host(url: str | None) -> str | None:
    """The host of an article's address; None when it has none or it cannot be read (an
    address stored before ingest checked them: "http://[::1")."""
    if not url:
        return None
    try:
        return urlparse(url).hostname
    except ValueError:
        return None


def normalise(text: str) -> list[str]:
    """Lower-cased words, every figure read as '0' (an edited figure is the same copy), of
    the text in Unicode's composed form (_composed)."""
    return ["0" if t[0].isdigit() else t for t in _WORD.findall(_composed(text).lower())]


def _composed(text: str) -> str:
    """The text in Unicode's composed form (NFC), what passages and speakers are compared
    by: 'Mu\u0308ller' (decomposed, each accent a mark of its own) is 'Müller', so a copy
    pasted in either form is the same passage and speaker. Marks no letter composes with
    stay (Thai vowels, stressed Cyrillic), and are read as before. Only for comparing: the
    text itself is never changed."""
    return unicodedata.normalize("NFC", text)  # (the same object when it is composed)


_TOKEN_HASH: dict[str, int] = {}


def _token_hash(t: str) -> int:
    h = _TOKEN_HASH.get(t)
    if h is None:
        if len(_TOKEN_HASH) > 500_000:
            _TOKEN_HASH.clear()
        h = _TOKEN_HASH[t] = zlib.crc32(t.encode("utf-8", "surrogatepass"))
    return h


def sketch(tokens: Sequence[str], kind: int) -> list[int]:
    """The ``KEYS`` smallest hashes of the passage's word trigrams (deterministic across
    runs: crc32, not Python's salted hash)."""
    cache = _TOKEN_HASH
    hs = [cache.get(t) or _token_hash(t) for t in tokens]
    tri = {
        (a * 0x9E3779B1 ^ b * 0x85EBCA77 ^ c * 0xC2B2AE3D ^ kind) & 0xFFFFFFFF
        for a, b, c in zip(hs, hs[1:], hs[2:], strict=False)
    }
    return heapq.nsmallest(KEYS, tri)


def speakers(sentence: str) -> frozenset[str]:
    """Names outside the quotation marks of a sentence: who the quote is credited to."""
    outside = _QUOTE.sub(" ", sentence)
    names = _CAPITAL.findall(_composed(outside))
    return frozenset(w for w in names if w not in _NOT_NAMES)


_QUOTE_MARKS = re.compile(r"[“”\"]")


def is_speech(sentence: str) -> bool:
    """A sentence that is quoted speech: it opens with a quotation mark, has an unpaired
    one (part of a quotation over several sentences) or is mostly a quotation ('She
    said: "..."'). Two outlets that share it share what someone said, which reporters
    at one briefing all have."""
    text = sentence.strip()
    if text[:1] in '“"' or len(_QUOTE_MARKS.findall(text)) % 2 == 1:
        return True
    quoted = sum(len(m.group(1)) for m in _QUOTE.finditer(text))
    return quoted > len(text) / 2


@dataclass(slots=True)
class _Passages:
    doc: list[int]
    sentence: list[int]
    text: list[str]
    shown: list[str]
    speakers: list[frozenset[str] | None]  # None: a whole sentence; else a quote
    speech: list[bool]  # a whole sentence that is (part of) a quotation


@dataclass(frozen=True, slots=True)
class DocCopies:
    """What finding copies reads of one document alone: its wire credits (wire, the credit
    as written), and for each of its body and caption sentences, in order, the passages it
    gives (normalised text, the speakers of a quote or None for the whole sentence, whether
    the sentence is speech, the sketch's keys); ``eligible``: its sentences long enough."""

    credits: tuple[tuple[str, str], ...]
    passages: tuple[tuple[tuple[str, frozenset[str] | None, bool, tuple[int, ...]], ...], ...]
    eligible: int

    def to_json(self) -> str:
        passages = [[[t, None if w is None else sorted(w), sp, list(k)] for t, w, sp, k in x]
                    for x in self.passages]  # fmt: skip
        return json.dumps([[list(c) for c in self.credits], passages, self.eligible])

    @staticmethod
    def from_json(text: str) -> DocCopies:
        credits, passages, eligible = json.loads(text)
        return DocCopies(
            tuple((w, t) for w, t in credits),
            tuple(tuple((t, None if w is None else frozenset(w), bool(sp), tuple(k))
                        for t, w, sp, k in x) for x in passages),
            int(eligible),
        )  # fmt: skip


def document_copies(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    wires: Sequence[Wire] | None = None,
    known: Sequence[DocCopies | None] | None = None,
) -> list[DocCopies]:
    """Each document's DocCopies: ``known`` where given (kept from an earlier run), else
    made now from the document and its sentences (in their order among ``sentences``)."""
    by_doc: dict[str, list[Sentence]] = {}
    for s in sentences:
        by_doc.setdefault(s.document, []).append(s)
    finder: CreditFinder | None = None
    out = []
    for k, d in enumerate(documents):
        given = known[k] if known is not None else None
        if given is None:
            finder = finder or CreditFinder(load_wires() if wires is None else wires)
            given = _doc_copies(d, by_doc.get(d.id, []), finder)
        out.append(given)
    return out


def _doc_copies(doc: Document, sentences: Sequence[Sentence], finder: CreditFinder) -> DocCopies:
    passages = []
    eligible = 0
    for s in sentences:
        if s.role not in ("body", "caption"):
            continue
        tokens = normalise(s.text)
        found: list[tuple[str, frozenset[str] | None, bool, tuple[int, ...]]] = []
        if len(tokens) >= MIN_WORDS:
            found.append((" ".join(tokens), None, is_speech(s.text), tuple(sketch(tokens, 0))))
            eligible += 1
        if "“" in s.text or '"' in s.text:
            names = speakers(s.text)
            for m in _QUOTE.finditer(s.text):
                q = normalise(m.group(1))
                if len(q) >= MIN_QUOTE_WORDS and names:
                    found.append((" ".join(q), names, False, tuple(sketch(q, 1))))
        passages.append(tuple(found))
    return DocCopies(tuple(finder.credits(doc, sentences)), tuple(passages), eligible)


def _passages(
    order: dict[str, int], sentences: Iterable[Sentence], parts: Sequence[DocCopies]
) -> tuple[_Passages, dict[int, list[int]], list[int]]:
    ps = _Passages([], [], [], [], [], [])
    buckets: dict[int, list[int]] = {}
    eligible = [p.eligible for p in parts]
    at = [0] * len(order)  # each document's next body or caption sentence
    for s in sentences:
        d = order.get(s.document)
        if d is None or s.role not in ("body", "caption"):
            continue
        found = parts[d].passages[at[d]]
        at[d] += 1
        for text, who, speech, keys in found:
            i = len(ps.doc)
            ps.doc.append(d)
            ps.sentence.append(s.index)
            ps.text.append(text)
            ps.shown.append(s.text)
            ps.speakers.append(who)
            ps.speech.append(speech)
            for key in keys:
                buckets.setdefault(key, []).append(i)
    return ps, buckets, eligible


def _families(ps: _Passages, buckets: dict[int, list[int]]) -> UnionFind:
    """Passages that are one: candidates from shared sketch keys, each member of a bucket
    compared with the bucket's first few members from other documents."""
    uf = UnionFind(len(ps.doc))
    find, doc = uf.find, ps.doc
    for members in buckets.values():
        if len(members) < 2:
            continue
        reps: list[int] = []
        rep_docs: set[int] = set()
        for i in members:
            di = doc[i]
            root = find(i)  # i's set: it changes only when i's set is joined
            for r in reps:
                if doc[r] != di and find(r) != root and _same(ps, r, i):
                    uf.union(r, i)
                    root = find(i)
            if len(reps) < REPRESENTATIVES and di not in rep_docs:
                reps.append(i)
                rep_docs.add(di)
    return uf


def _same(ps: _Passages, a: int, b: int) -> bool:
    wa, wb = ps.speakers[a], ps.speakers[b]
    if (wa is None) != (wb is None) or (wa is not None and wb is not None and not wa & wb):
        return False
    return fuzz.ratio(ps.text[a], ps.text[b], score_cutoff=SIMILARITY) > 0


# --- clusters ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Shared:
    sentences: set[int]
    quotes: set[int]
    examples: list[str]


def find_copies(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    wires: Sequence[Wire] | None = None,
    parts: Sequence[DocCopies] | None = None,
) -> list[CopyCluster]:
    """The copy clusters of a run's documents (two or more documents each), in the order
    of their first document; documents in none are independent of every other. ``parts``:
    each document's DocCopies (document_copies), when the caller has them."""
    order = {d.id: i for i, d in enumerate(documents)}
    if parts is None:
        parts = document_copies(documents, sentences, wires)
    credits = [p.credits for p in parts]

    ps, buckets, eligible = _passages(order, sentences, parts)
    uf = _families(ps, buckets)
    families: dict[int, list[int]] = {}
    for i in range(len(ps.doc)):
        families.setdefault(uf.find(i), []).append(i)
    shared: dict[tuple[int, int], _Shared] = {}
    for members in families.values():
        docs = {ps.doc[i] for i in members}
        if len(docs) < 2:
            continue
        anchor = min(docs)
        first = next(i for i in members if ps.doc[i] == anchor)
        for i in members:
            d = ps.doc[i]
            if d == anchor:
                continue
            entry = shared.setdefault((anchor, d), _Shared(set(), set(), []))
            if ps.speakers[i] is None and not ps.speech[i]:
                entry.sentences.add(ps.sentence[i])
                if len(entry.examples) < MAX_EXAMPLES and ps.shown[first] not in entry.examples:
                    entry.examples.append(ps.shown[first])
            else:
                entry.quotes.add(ps.sentence[i])

    doc_uf = UnionFind(len(documents))
    links: list[tuple[int, int, CopyLink]] = []
    wires_of = [{w for w, _ in c} for c in credits]
    for (a, b), e in sorted(shared.items()):
        quotes = e.quotes - e.sentences
        total = len(e.sentences) + len(quotes)
        shorter = max(1, min(eligible[a], eligible[b]))
        common = sorted(wires_of[a] & wires_of[b])
        enough = e.sentences and total >= MIN_SHARED and total >= MIN_SHARE * shorter
        if enough or (total and common):
            doc_uf.union(a, b)
            links.append((a, b, CopyLink(
                (documents[a].id, documents[b].id), len(e.sentences), len(quotes),
                common[0] if common else None, tuple(e.examples),
            )))  # fmt: skip
    linked = {(a, b) for a, b, _ in links}
    first_with: dict[str, int] = {}
    for d, ws in enumerate(wires_of):
        for w in sorted(ws):
            if w not in first_with:
                first_with[w] = d
                continue
            a = first_with[w]
            if (a, d) not in linked:
                links.append((a, d, CopyLink((documents[a].id, documents[d].id), wire=w)))
                linked.add((a, d))
            doc_uf.union(a, d)

    members_of: dict[int, list[int]] = {}
    for d in range(len(documents)):
        members_of.setdefault(doc_uf.find(d), []).append(d)
    links_of: dict[int, list[CopyLink]] = {}
    for _, _, link in sorted(links, key=lambda x: x[:2]):
        links_of.setdefault(doc_uf.find(order[link.documents[0]]), []).append(link)
    clusters = []
    for root in sorted(members_of):
        ds = members_of[root]
        if len(ds) < 2:
            continue
        ids = tuple(documents[d].id for d in ds)
        wire_ids = tuple(dict.fromkeys(w for d in ds for w, _ in credits[d]))
        label = f"{' / '.join(wire_ids)} copy" if wire_ids else "shared copy"
        digest = hashlib.sha1("\n".join(sorted(ids)).encode()).hexdigest()[:10]
        clusters.append(
            CopyCluster(
                id=f"copy-{digest}",
                documents=ids,
                label=label,
                wires=wire_ids,
                outlets=tuple(dict.fromkeys(o for d in ds if (o := documents[d].source))),
                credits=tuple((documents[d].id, w, t) for d in ds for w, t in credits[d]),
                links=tuple(links_of.get(root, ())),
            )
        )
    return clusters


# --- independent sources -----------------------------------------------------------------------


def cluster_of(clusters: Iterable[CopyCluster]) -> dict[str, CopyCluster]:
    """Each clustered document's cluster."""
    return {d: c for c in clusters for d in c.documents}


def independent_sources(
    doc_ids: Iterable[str],
    clusters: dict[str, CopyCluster],
    documents: dict[str, Document] | None = None,
) -> dict[str, Any]:
    """The independent sources among some documents: a copy cluster counts once, every
    other document once. ``words``: '3 independent sources: AFP copy in 6 outlets,
    Reuters copy in 2 outlets, c.txt'."""
    documents = documents or {}
    groups: dict[str, list[str]] = {}
    for d in dict.fromkeys(doc_ids):
        c = clusters.get(d)
        groups.setdefault(c.id if c else d, []).append(d)
    sources: list[dict[str, Any]] = []
    for key, docs in groups.items():
        c = clusters.get(docs[0])
        if c is not None and len(docs) > 1:
            outlets = list(dict.fromkeys(s for d in docs if (s := _outlet(d, documents))))
            n = len(outlets) if len(outlets) == len(docs) else len(docs)
            noun = "outlets" if len(outlets) == len(docs) else "articles"
            words = f"{c.label} in {n} {noun}"
            if not c.wires:  # no agency to name it by: which outlets share it, so that two
                # such clusters of one finding are not both "shared copy in 2 outlets"
                names = outlets if noun == "outlets" else docs
                shown = ", ".join(names[:3]) + (
                    f" and {len(names) - 3} more" if len(names) > 3 else ""
                )
                words += f" ({shown})"
            sources.append({"label": c.label, "cluster": key, "documents": docs,
                            "wires": list(c.wires), "words": words})  # fmt: skip
        else:
            name = _outlet(docs[0], documents) or docs[0]
            sources.append({"label": name, "cluster": c.id if c else None, "documents": docs,
                            "wires": list(c.wires) if c else [], "words": name})  # fmt: skip
    n = len(sources)
    words = f"{n} independent source{'s' if n != 1 else ''}: " + ", ".join(
        s["words"] for s in sources
    )
    copies = [s for s in sources if len(s["documents"]) > 1]
    return {"count": n, "documents": sum(len(s["documents"]) for s in sources),
            "sources": sources, "words": words, "copies": len(copies)}  # fmt: skip


def editing_words(independent: dict[str, Any]) -> str | None:
    """'Both documents are copies of one story (AFP copy in 2 outlets): an editing
    difference ...' when every document of ``independent`` (independent_sources()) is a
    copy of one story, else None."""
    if independent.get("count") != 1:
        return None
    source = independent["sources"][0]
    n = len(source["documents"])
    if n < 2:
        return None
    which = "both documents are" if n == 2 else f"all {n} documents are"
    return (
        f"{which} copies of one story ({source['words']}): an editing difference between"
        " copies, not independent sources disagreeing"
    )


def editing_difference(claims: Iterable[Any], ctx: Any) -> dict[str, str] | None:
    """For a check: the difference between ``claims`` when their documents are all copies
    of one story (``{"kind": "editing", "why": ...}``), else None. ``ctx`` is the rules'
    context (its ``independent``); without one, None."""
    if not hasattr(ctx, "independent"):
        return None
    words = editing_words(ctx.independent(list(claims)))
    return {"kind": "editing", "why": words} if words else None


def _outlet(doc_id: str, documents: dict[str, Document]) -> str | None:
    d = documents.get(doc_id)
    return d.source if d is not None and d.source else None

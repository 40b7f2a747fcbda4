"""The records every stage passes on.

Small immutable dataclasses, each with ``to_dict()`` giving plain JSON-ready data. Stages
depend on this module and never on each other's internals.

Offsets are Python string indices (code points) into ``Document.text``; ``OffsetMap`` takes
them back to the input file, for formats where that is possible.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from datetime import time as dtime
from typing import Any, Literal, get_args

Span = tuple[int, int]

SentenceRole = Literal["title", "dateline", "body", "caption", "credit"]
SENTENCE_ROLES = frozenset(get_args(SentenceRole))


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in a document's text back to offsets (and lines) in its source file.

    ``anchors`` is a sorted tuple of ``(text_offset, source_offset)`` pairs; between two
    anchors the text is a verbatim copy of the source, so the mapping is a shift. ``exact`` is
    false where only a coarse position is known (an HTML page, a JSON record): every offset
    then maps to the anchor before it. ``line_starts`` holds the source offset at which each
    source line begins, for line/column positions.
    """

    anchors: tuple[tuple[int, int], ...] = ((0, 0),)
    line_starts: tuple[int, ...] = (0,)
    exact: bool = True

    def to_source(self, offset: int) -> int:
        """The source-file offset of a text offset."""
        i = bisect.bisect_right(self.anchors, offset, key=_text_offset) - 1  # O(log n)
        if i < 0:
            return 0
        text_pos, source_pos = self.anchors[i]
        return source_pos + (offset - text_pos if self.exact else 0)

    def line_col(self, offset: int, end: bool = False) -> tuple[int, int]:
        """1-based (line, column) in the source file of a text offset; with ``end``, of
        the end of a span that ends at ``offset``: just after its last character in the
        source (to_source of the offset itself is where the next text character comes
        from, past the markup between them: '17 people**', '15 people](http://x.y/z)')."""
        source = self.to_source(offset - 1) + 1 if end and offset > 0 else self.to_source(offset)
        line = bisect.bisect_right(self.line_starts, source) - 1
        return line + 1, source - self.line_starts[line] + 1


def _text_offset(anchor: tuple[int, int]) -> int:
    return anchor[0]


def line_starts_of(source: str) -> tuple[int, ...]:
    """Offsets at which each line of ``source`` starts, after LF, CRLF or CR alone (a file
    saved with CR line ends was all on line 1 for its columns)."""
    if "\r" in source:
        return (0, *(m.end() for m in LINE_END.finditer(source)))
    starts = [0]
    pos = source.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = source.find("\n", pos + 1)
    return tuple(starts)


LINE_END = re.compile(r"\r\n?|\n")  # a line's end: LF, CRLF or CR alone


@functools.lru_cache(maxsize=256)
def sha256_text(text: str) -> str:
    """The SHA-256 of a text, remembered: claim ids ask for their document's hash once per
    claim, and hashing a 1 MB article 15,000 times was a third of its extraction time (the
    cache lookup of the same string object costs nothing: its hash is kept)."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Dating:
    """When an article was published (and last updated), as its source states it, and
    where that came from. ``published`` and ``updated`` are ISO 8601 text with the
    precision found: a date ("2025-03-06") or a time too ("2025-03-06T09:30+09:00").
    An article without any date has no Dating: a missing date is stated, never invented."""

    published: str | None
    source: str  # "front matter: published", "HTML page (htmldate)", "file name", ...
    updated: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"published": self.published, "updated": self.updated, "source": self.source}


# The Dating source of a date the user gave for undated articles (--published-default):
# it resolves "last year", but it is not the article's own date, so no timeline uses it.
ASSUMED_DATE = "--published-default"


def day_of(moment: str) -> date:
    """The day of a Dating moment (ISO text)."""
    return date.fromisoformat(moment[:10])


def has_time(moment: str) -> bool:
    """Whether a Dating moment gives a time of day."""
    return len(moment) > 10


def instant(moment: str) -> datetime:
    """A Dating moment as a point in time to order by: in UTC when an offset was written;
    a bare day is its start; a time without an offset is taken as written."""
    if not has_time(moment):
        return datetime.combine(day_of(moment), dtime(0, 0))
    value = datetime.fromisoformat(moment)
    if value.tzinfo is not None:
        try:
            value = value.astimezone(UTC).replace(tzinfo=None)
        except OverflowError:  # the first or last day a datetime holds: as written
            value = value.replace(tzinfo=None)
    return value


@dataclass(frozen=True, slots=True)
class Document:
    """One article, as ingestion read it.

    ``id`` is the path relative to the input root with forward slashes (``#record`` appended
    for articles that are records of a JSON/JSONL file). ``text`` is what extraction sees:
    markup removed, line endings normalised. ``paragraphs`` are spans into ``text``;
    ``title_span`` is set when the title is part of the text (a plain-text headline line).
    """

    id: str
    path: str
    format: str
    text: str
    paragraphs: tuple[Span, ...]
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    author: str | None = None
    title_span: Span | None = None
    encoding: str = "utf-8"
    offset_map: OffsetMap = field(default_factory=OffsetMap, compare=False, repr=False)
    dating: Dating | None = None  # ``published`` is its date (or --published-default's)
    # sha256 once worked out: each store key, claim id and report record asks for it (a
    # run hashed every text several times over)
    _sha256: str | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def sha256(self) -> str:
        digest = self._sha256
        if digest is None:
            digest = sha256_text(self.text)
            object.__setattr__(self, "_sha256", digest)  # frozen: a cache, not a change
        return digest

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "format": self.format,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "dating": self.dating.to_dict() if self.dating else None,
            "author": self.author,
            "title_span": list(self.title_span) if self.title_span else None,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "chars": len(self.text),
            "paragraphs": [list(p) for p in self.paragraphs],
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: ``document.text[span[0]:span[1]] == text`` always holds."""

    document: str
    index: int
    paragraph: int
    span: Span
    text: str
    role: SentenceRole = "body"

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "index": self.index,
            "paragraph": self.paragraph,
            "span": list(self.span),
            "text": self.text,
            "role": self.role,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read, and why. ``empty``: it held nothing to check (an empty
    file, a page or record with no article text), which --allow-empty excuses; an input
    that could not be decoded, ran past its time budget or failed a stage is not.
    ``replaceable``: a file crosscheck's reports may be written over (its own earlier
    report, a file of a type it does not read); any other file skipped is a user's and is
    never replaced (crosscheck.report.outputs.read_documents)."""

    path: str
    reason: str
    empty: bool = False
    replaceable: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning about an input that was read (a bad JSONL line, a guessed charset...)."""

    path: str
    message: str
    line: int | None = None
    level: Literal["warning", "error"] = "warning"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "level": self.level, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


# --- Records filled in by the extraction, matching and rules stages. -------------------------

Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]
ClaimKind = Literal["count", "money", "percent", "measure", "age", "duration", "rank", "other"]
Severity = Literal["info", "warning", "error"]
Granularity = Literal["day", "month", "quarter", "year"]
QUALIFIERS = frozenset(get_args(Qualifier))
# The qualifiers of a bound open above ("at least 300", "more than 300") and open below
# ("up to 300", "fewer than 300"): the one definition the extraction, the rules and the
# evaluation read
LOWER_BOUNDS: frozenset[Qualifier] = frozenset({"at_least", "more_than"})
UPPER_BOUNDS: frozenset[Qualifier] = frozenset({"at_most", "less_than"})
OPEN_BOUNDS = LOWER_BOUNDS | UPPER_BOUNDS
CLAIM_KINDS = frozenset(get_args(ClaimKind))


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a claim is credited to (filled in by the attribution stage)."""

    entity: str
    surface: str
    span: Span
    verb: str | None = None
    direct: bool = False
    when: str | None = None
    # the source's words (an id no alias table gave) as its sentence writes them when they
    # make the id, else as the document first named it ('harbour official' of 'the
    # official' it later said; 'officials' of 'Officials said'): extract.document; None for
    # a table's id and an acronym the text defines, shown as the id (source_names)
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "surface": self.surface,
            "span": list(self.span),
            "verb": self.verb,
            "direct": self.direct,
            "when": self.when,
            "name": self.name,
        }


def _combining_marks() -> str:
    """The combining marks a letter takes (Unicode categories Mn and Mc; not the enclosing
    marks, Me, nor the variation selectors that choose an emoji's look, as in "⚠️Police
    said") as ranges for a regular expression's character class (crosscheck.unicode_marks:
    written out, not worked out at each start)."""
    from crosscheck.unicode_marks import RANGES

    # (the characters themselves: a class of escapes took twice as long to compile)
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in RANGES)


# Words as a name's letters make them. Python's \w (and str.isalpha) counts no combining
# mark (an accent written as a character of its own after its letter, as text in Unicode's
# decomposed form NFD writes every accent: "Mu\u0308ller", "Серге\u0301й") as a word's,
# so such a name fell apart at its marks ("Mu", "ller") and got no source. A mark belongs
# to the word of the letter before it: MARKS goes inside a character class beside \w
# ("[\w{MARKS}'-]"); WORD is one character of a word, letter or mark; NOT_AFTER_WORD
# and NOT_BEFORE_WORD stand where \b would stand before and after a word; CAPITAL is an
# ASCII capital with no mark on it ("E\u0301" is "É", which [A-Z] never matched either).
# The text itself is never normalised: offsets stay those of what was written.
MARKS = _combining_marks()
WORD = rf"[\w{MARKS}]"
NOT_AFTER_WORD = rf"(?<![\w{MARKS}])"
NOT_BEFORE_WORD = rf"(?![\w{MARKS}])"
CAPITAL = rf"[A-Z](?![{MARKS}])"


def without_marks(word: str) -> str:
    """``word`` without its combining marks: what str.isalpha() and the like read."""
    return "".join(c for c in word if unicodedata.category(c)[0] != "M")


LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# a possessive 's, which no name's key nor the id of a source no table knows keeps
# (slug; extract.entities reads names without it)
POSSESSIVE_MARK = "['’ʼ]"  # the apostrophes a possessive is written with
POSSESSIVE = re.compile(rf"{POSSESSIVE_MARK}s\b")
# what writers put for an apostrophe: curly quotes, and the modifier letters of the okina,
# the glottal stop and the Arabic ayin and hamza ("Hawaiʻi", "Hawai'i", "Hawai’i": one
# name, one id)
_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʻʼʾʿ", "'"))


def normalize(text: str) -> str:
    """Lower-case, straight apostrophes (for curly ones and the okina's kin), no leading
    article, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.split()).strip(" ,.;:\"'“”")
    return LEADING_ARTICLE.sub("", text).lower()


def slug(surface: str) -> str:
    """The id extraction gives a source no alias table knows: its words in lower case,
    joined by hyphens, without a leading article or a possessive ('Fire Chief Maria
    Lopes' -> 'fire-chief-maria-lopes'); an acronym as written ('NIS', and 'the NHC'
    'NHC', as it is where no article stands before it)."""
    bare = POSSESSIVE.sub("", surface)
    name = LEADING_ARTICLE.sub("", bare.strip())
    if re.fullmatch(r"[a-z]{2,6}", normalize(bare)) and name.isupper():
        return name.upper()
    return plain_slug(bare)


def plain_slug(surface: str) -> str:
    """The id of a source its words describe without a name ('the fire service's
    spokesperson'), whose possessive is kept (extract.attribution.resolve_source). Its
    letters are kept: an accent on a Latin or Greek letter is folded ('État' -> 'etat',
    'Müller' -> 'muller'), any other script's letters kept as written ('Сергей' ->
    'сергей', '新华社'), so no two names collide by losing them."""
    words = "".join(_letter_or_space(c) for c in _folded(normalize(surface)))
    return "-".join(words.split()) or "unknown"


def _folded(text: str) -> str:
    """``text`` without the marks a name may be written with or without: the accents of
    the alphabets that write them on a letter (Latin and Greek: below U+0400, and their
    extended letters U+1E00-U+1FFF, 'Müller' -> 'muller'), and then any mark left on a
    letter of a script that does not spell with marks: a Cyrillic stress ('Серге́й' ->
    'сергей'; 'й' is a letter of its own), Arabic harakat ('مُحَمَّد' -> 'محمد'), Hebrew
    points, a mark on no letter. The scripts of South and Southeast Asia spell with
    theirs (a Devanagari virama or vowel sign: 'दिल्ली'), which stay. A tatweel (a
    stretch of the line), the zero-width (non-)joiner, a soft hyphen, a zero-width space,
    a word joiner and a byte-order mark are no letters nor breaks."""
    out: list[str] = []
    base = ""  # the letter the marks read stand on
    for c in unicodedata.normalize("NFKD", text):
        if c in _INVISIBLE_IN_A_WORD:
            continue
        if not unicodedata.combining(c):
            base = c
        elif _accented_alphabet(base):
            continue
        out.append(c)
    kept: list[str] = []
    base = ""
    for c in unicodedata.normalize("NFC", "".join(out)):
        if not unicodedata.combining(c):
            base = c
        elif not _spelt_with_marks(base):
            continue
        kept.append(c)
    return "".join(kept).translate(_UNMARKED_LATIN)


# within a word and no letter of it: tatweel, zero-width non-joiner and joiner
_INVISIBLE_IN_A_WORD = frozenset("\u0640\u200c\u200d\u00ad\u200b\u2060\ufeff")

# the scripts whose marks are part of a word's spelling (a virama, a vowel sign, a tone
# mark): the Brahmic scripts of South and Southeast Asia (Devanagari to Sinhala, Thai,
# Lao, Tibetan, Myanmar, Khmer, the Indonesian and Philippine scripts, historic Brahmi)
_MARKED_SCRIPTS = (
    ("\u0900", "\u0dff"), ("\u0e00", "\u0fff"), ("\u1000", "\u109f"),
    ("\u1700", "\u17ff"), ("\u1900", "\u1aaf"), ("\u1b00", "\u1c4f"),
    ("\ua800", "\uaaff"), ("\uabc0", "\uabff"), ("\U00011000", "\U00011fff"),
)  # fmt: skip


def _spelt_with_marks(c: str) -> bool:
    return any(a <= c <= b for a, b in _MARKED_SCRIPTS)


# Latin letters whose stroke or ligature is no mark NFKD takes off ('Łódź' -> 'lodz',
# 'Ørsted' -> 'orsted', 'Straße' -> 'strasse'), read as the letters they are written for
_UNMARKED_LATIN = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "ß": "ss", "æ": "ae",
     "œ": "oe", "þ": "th", "ð": "d"}
)  # fmt: skip


def _accented_alphabet(c: str) -> bool:
    return "" < c < "\u0400" or "\u1e00" <= c <= "\u1fff"


def _letter_or_space(c: str) -> str:
    """A letter, digit or a letter's mark (MARKS: not an emoji's variation selector nor an
    enclosing mark) as it is; anything else a word break."""
    if c.isalnum() or (unicodedata.category(c) in ("Mn", "Mc") and not "\ufe00" <= c <= "\ufe0f"):
        return c  # (not "_")
    return " "


# the name each source of some claims is shown by, keyed by source_key (source_names)
SourceNames = dict[tuple[str, str], str]


def name_key(words: str) -> str:
    """A source's words as one name reads them, whatever their spelling: normalize()'s
    reading with punctuation and spaces between words as one space, so that spellings
    alike apart from case, spacing, a leading article and punctuation are one ('Police',
    'the police'; 'Attorney General Ann Lee', 'Attorney-General Ann Lee'). source_key and
    the HTML report's source as written (report.html) both read names by it."""
    return re.sub(r"[\W_]+", " ", normalize(words)).strip()


def source_key(attribution: Attribution) -> tuple[str, str]:
    """What a claim's source is told apart by where it is named: its id and its words as
    name_key() reads them ('' for an id with none: an alias table's), so that spellings
    alike apart from case, spacing, a leading article and punctuation are one name
    ('Police', 'police', 'the police'; 'Attorney General Ann Lee', 'Attorney-General Ann
    Lee'), while two names slug() made one id of stay two: 'Müller' and 'Muller' (both
    'muller', the accent folded), 'Серге́й' and 'Сергей' (a stress mark dropped)."""
    if not attribution.name:
        return (attribution.entity, "")
    return (attribution.entity, name_key(attribution.name))


def source_names(attributions: Iterable[Attribution | None]) -> SourceNames:
    """The name each source of some claims is shown by, keyed by source_key: an id an
    alias table gives (or an acronym the text defines) as it is, 'JCS', whatever the
    claim's words ('the Joint Chiefs of Staff'); an id made of the words of a source no
    table knows by the words the extraction recorded (Attribution.name), 'Fire Chief Maria
    Lopes', the spelling most of the claims give when they differ only as source_key
    allows ('Police' and 'police'), ties to the first in sorted order, so that the name
    does not depend on the order the claims come in. Two sources shown alike (case aside)
    are each followed by their id, 'ABC [ABC]' and 'Abc [abc]'. A name is kept raw, as the
    article's other words in a message are: the text and terminal writers escape whole
    lines (report.oneline.escape) and the HTML isolates article text (report.bidi)."""
    seen: dict[tuple[str, str], Counter[str]] = {}
    for a in attributions:
        if a is None:
            continue
        counts = seen.setdefault(source_key(a), Counter())
        if a.name:
            counts[" ".join(a.name.split())] += 1
    names = {
        k: min(counts, key=lambda n: (-counts[n], n)) if counts else k[0]
        for k, counts in seen.items()
    }
    ids: dict[str, set[str]] = {}  # the ids each name (case aside) is shown for
    for (entity, _), n in names.items():
        ids.setdefault(n.casefold(), set()).add(entity)
    return {k: n + id_tag(k[0]) if len(ids[n.casefold()]) > 1 else n for k, n in names.items()}


def id_tag(entity: str) -> str:
    """' [ABC]': what follows a source's name, its id, where another source is shown
    alike (source_names)."""
    return f" [{entity}]"


def by_name(names: Iterable[str]) -> list[str]:
    """Sources' names in the order a message lists them: alphabetical, capitals aside
    ('Americans, officials, Reuters')."""
    return sorted(set(names), key=lambda name: (name.casefold(), name))


def source_list(attributions: Iterable[Attribution | None]) -> str:
    """'JCS, officials, Staunton Police Chief Jim Williams': the sources of some claims
    by their names (source_names), as a message's {sources} lists them; '' for none."""
    return ", ".join(by_name(source_names(attributions).values()))


def source_name(attribution: Attribution | None, names: SourceNames | None = None) -> str:
    """The name a claim's source is shown by (source_names of the claims shown with it,
    or of this claim alone), 'no source' for none."""
    if attribution is None:
        return "no source"
    key = source_key(attribution)
    if names and key in names:
        return names[key]
    return source_names([attribution])[key]


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """The time frame a claim is about (filled in by the time stage)."""

    surface: str
    start: str | None = None
    end: str | None = None
    granularity: Granularity | None = None
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "surface": self.surface,
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity,
            "relative": self.relative,
        }


# quantulum3's name for a degree of no named scale ('reached 40 degrees', 'minus 17
# degrees'): an angle to it, most often a temperature in the news
BARE_DEGREE = "degree angle"
BARE_DEGREE_WORDS = "degrees"  # how a reader is shown it (labels, findings, the report)
# Units and concepts whose names are no words a reader uses, in words: a weight in pounds
# (extract.units names it apart from the currency), the sides of a record of wins and
# losses (match.cluster.RECORD_SIDES: the third is draws in boxing, ties elsewhere)
_NAMES_IN_WORDS = {
    BARE_DEGREE: BARE_DEGREE_WORDS,
    "pound-mass": "pound",
    "record-wins": "wins",
    "record-losses": "losses",
    "record-third": "draws or ties",
}


def concept_words(name: str | None) -> str | None:
    """A unit's or concept's name as a reader is shown it (labels, findings, the report):
    'degrees' for quantulum3's 'degree angle', 'pound' for a weight's 'pound-mass',
    'losses' for a record's 'record-losses'; None for none, or for a name that counts
    nothing (a determiner, comparative or number word taken for the counted noun: 'all',
    'more', 'seventy': extract.lexicon.NOT_COUNTED); any other name as it is."""
    from crosscheck.extract.lexicon import NOT_COUNTED  # (lexicon reads quantity, this)

    if name is None or name.lower() in NOT_COUNTED:
        return None
    return name_in_words(name)


def name_in_words(name: str) -> str:
    """A unit's or concept's name in words (concept_words), any name counted or not."""
    return _NAMES_IN_WORDS.get(name, name)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a figure is about, as the matcher reads it from the claim and its sentence:
    what is counted or measured (``concept``), what happened to it (``event``, the verb),
    whose figure it is (``owner``, the nearest name; ``holder``, the name the words tie to
    it: "Reyes's 20 points", "Tanaka scored 20", "Tanaka, 36,"), where (``place``, a name
    after "in", "at", "near"...; ``where``, "in X" or "at X" as written beside the
    figure), which year's event it belongs to when the sentence names another year than
    the article's (``year``: background such as an earlier quake) or another event its
    clause names (``earlier``: "a similar flood"), the time frame it counts over
    (``period``) and what it includes (``basis``).

    The label (match.cluster.label, in ``words``) says only what the words tie to the
    figure: ``holder`` and ``where``, never the nearest name or place, which the matcher
    reads as clues. A holder may be read through a pronoun ("He scored 20 points" after a
    sentence naming the player alone; ``holder_via`` says so): the label says it too, but
    the matcher joins no figures by it (crosscheck.match.cluster.owned)."""

    concept: str | None
    event: str | None = None
    owner: str | None = None
    place: str | None = None
    year: int | None = None
    names: tuple[str, ...] = ()  # the names near the figure, nearest first
    # the time frame the figure counts over, as its clause says ("since October")
    period: str | None = None
    # what the figure includes or leaves out, as its clause says ("including debt")
    basis: str | None = None
    holder: str | None = None
    where: str | None = None
    # what the measure describes, as its compound says ('speech': Claim.measured)
    measured: str | None = None
    # how ``holder`` was read: "words" (the figure's sentence ties it), "pronoun" (a
    # sentence-opening "He"/"She" stands for the person a sentence before names)
    holder_via: str | None = None
    # ``event`` as the claims write it ('killed', 'became'; Claim.predicate_words): what
    # the label shows; the matcher reads ``event``
    event_words: str | None = None
    # another event of the story's kind the figure's clause says it belongs to ("In 2019,
    # a similar flood killed 31 people": 'similar flood'; extract.scope.earlier): a figure
    # of that event is not one of this story's
    earlier: str | None = None

    def words(self, head: str, verb: str | None, year: bool) -> str:
        """The label's words in their order: the head and what the measure describes
        ('minute, speech'), the holder ("of X"), the verb in brackets (unless the head's
        own word says it: 'arrest', 'sentence'), then where, the other event ('similar
        flood'), the year (when ``year``), the time frame and what it includes, after
        commas. The holder comes before the
        verb: 'age of Peterson (convicted)', not 'age (convicted) of Peterson', which
        reads "convicted of Peterson"."""
        if self.measured:
            head += f", {self.measured}"
        said = head.split()
        if self.holder:
            head += f" of {self.holder}"
        if verb and not any(w.startswith((self.event or verb, verb)) for w in said):
            head += f" ({verb})"
        parts = [head]
        if self.where:
            parts.append(self.where)
        if self.earlier:
            parts.append(self.earlier)
        if year and self.year:
            parts.append(str(self.year))
        if self.period:
            parts.append(self.period)
        if self.basis:
            parts.append(self.basis)
        return ", ".join(parts)

    def to_dict(self, words: str) -> dict[str, Any]:
        """The record as JSON, with ``words``: its group's label (match.cluster.label)."""
        return {
            "concept": self.concept,
            "event": self.event,
            "owner": self.owner,
            "place": self.place,
            "year": self.year,
            "names": list(self.names),
            "period": self.period,
            "basis": self.basis,
            "holder": self.holder,
            "where": self.where,
            "measured": self.measured,
            "holder_via": self.holder_via,
            "event_words": self.event_words,
            "earlier": self.earlier,
            "words": words,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim of one sentence.

    ``span`` and ``text`` cover the quantity phrase as written (qualifier, figure, unit or
    counted noun); ``lower``/``upper`` is the interval the wording allows (None: open).
    ``unit`` is the normalised unit or the counted noun, singular, with its compound
    ("transmission tower"); ``modifiers`` narrow what is counted ("additional",
    "North Korean"); ``noun_phrase`` is the counted phrase, singular, as a reader would
    name it ("North Korean soldier"); ``part``: it is a part of another figure its
    sentence gives ("235,000 comments, at least 208,000 of which were form letters").
    """

    id: str
    document: str
    sentence: int
    span: Span
    text: str
    value: float
    lower: float | None
    upper: float | None
    qualifier: Qualifier
    unit: str | None
    unit_surface: str | None
    kind: ClaimKind
    modifiers: tuple[str, ...] = ()
    predicate: str | None = None
    negated: bool = False
    change: Literal["up", "down"] | None = None
    hedged: bool = False
    noun_phrase: str | None = None
    elided: bool = False  # the counted noun was taken from an earlier mention
    # the figure it changed from, as the sentence says: "rose from 30 to 40" is 40, was 30
    was: float | None = None
    # how the sentence words it, when not plainly: "rose from about 30" is 'approx'
    was_qualifier: str | None = None
    # where the sentence writes it, in the document: before the claim ("from 30 to 40")
    # or after it ("rose to 40 from 30")
    was_span: Span | None = None
    attribution: Attribution | None = None
    time: TimeSpan | None = None
    # the half an 'and a half' added to the figure, as the extractor read it ('two and a
    # half million': 500,000; 'a dozen and a half': 6; '3 and a half inches': 0.5); 0 for
    # none. Written precision reads it (quantity.written_step), never the text again.
    half: float = 0.0
    # the scale its last written digit counts in, as the extractor read it: 1e6 for '60
    # million', '$5m' and 'sixty million', 1e12 for '5 lakh crore', 1e3 for '10 thousand';
    # 1 for none ('2,000', 'two thousand', '30m' of a length). Written precision reads it.
    scale: float = 1.0
    # what a measure or duration describes, as the compound before its noun says: 'a
    # 55-minute speech' -> 'speech', 'a 19-yard touchdown pass' -> 'touchdown pass'; None
    # when the words do not say ('the speech lasted 55 minutes', '30 miles north')
    measured: str | None = None
    # its figure is written in words, as the extractor read it ('two million', 'sixty',
    # 'half a million'; a range when both its ends are). Written precision reads it (a
    # figure in words has no digits to count), never the text again.
    in_words: bool = False
    # what the extractor multiplied the figure's digits by: the scale words or suffix
    # after them ('3 hundred thousand' 1e5, '5 hundred' 100, '$5m' 1e6) and a power of ten
    # after them ('2.998 x 10^8' 1e8); 1 for none ('300,000', '10^3', a range of two
    # figures) and for a figure in words (its words are read whole). Written precision
    # reads it where the words set no scale (Claim.scale 1: a hundred), never the words.
    factor: float = 1.0
    # it counts a part of another figure its sentence gives, as the extractor read it
    # ("235,000 comments, at least 208,000 of which were form letters", "killed 12, three
    # of whom were children"): match.cluster never joins it with a figure of its sentence
    part: bool = False
    # it converts the figure before it into another currency, in brackets, as the
    # extractor read it ('85 million euros ($108 million)', '$US1 million ($1.52 million)'):
    # a rate and a dollar the article does not name, so the rules never flag it alone
    converted: bool = False
    # a time on a game's or a round's clock, minutes and seconds read as seconds, as the
    # extractor read it ('with 7:42 left': 462; 'at the 2:15 mark'): a recap gives many
    # such moments, so the matcher links them but its model is not fitted on them
    clock: bool = False
    # it counts some of a whole its sentence names but does not count, as the extractor
    # read it ('more than 200,000 of the comments opposed', 'Two of the bombs', 'six of
    # his points'): match.cluster never joins it with a larger figure, which may be the
    # whole
    partitive: bool = False
    # ``predicate`` as the sentence writes it, in lower case ('became' for 'becom', 'used'
    # for 'us': the predicate is cut by rule, for matching, and is no word to show); what
    # labels show (Subject.event_words)
    predicate_words: str | None = None
    # a range that spans what the members of a set have, as the extractor read it
    # ("sentences ranging from seven to 75 years"): its ends are figures of their own, the
    # least and the most, not an estimate's bounds (quantity.spread_ends)
    spread: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document,
            "sentence": self.sentence,
            "span": list(self.span),
            "text": self.text,
            "value": self.value,
            "lower": self.lower,
            "upper": self.upper,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "unit_surface": self.unit_surface,
            "kind": self.kind,
            "modifiers": list(self.modifiers),
            "predicate": self.predicate,
            "negated": self.negated,
            "change": self.change,
            "hedged": self.hedged,
            "noun_phrase": self.noun_phrase,
            "elided": self.elided,
            "was": self.was,
            "was_qualifier": self.was_qualifier,
            "was_span": list(self.was_span) if self.was_span else None,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "time": self.time.to_dict() if self.time else None,
            "half": self.half,
            "scale": self.scale,
            "measured": self.measured,
            "in_words": self.in_words,
            "factor": self.factor,
            "part": self.part,
            "converted": self.converted,
            "clock": self.clock,
            "partitive": self.partitive,
            "predicate_words": self.predicate_words,
            "spread": self.spread,
        }


# What a group's ``reasons`` say of each link, in the words the report shows: how alike the
# two claims are in what is counted, what happened, the words around the figures, the
# sentences, the names near the figures (how many are shared, 0 to 3), the articles, and the
# figures (0 to 1 each).
REASON_FEATURES = {
    "concept": "what is counted",
    "predicate": "what happened",
    "window": "words around",
    "sentence": "sentences",
    "names_shared": "names",
    "story": "articles",
    "value_ratio": "figures",
}


def claim_id(document: Document, span: tuple[int, int]) -> str:
    """A claim's id: its article (id and text) and its span. Two outlets printing the same
    wire text word for word still give claims of their own."""
    material = f"{document.id}\0{document.sha256}:{span[0]}:{span[1]}"
    return "c" + hashlib.sha1(material.encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    """Claims from several documents that state a figure for the same subject.

    ``reasons`` says why: for each pair that tied the group, the features and their scores.
    """

    id: str
    claims: tuple[str, ...]
    documents: tuple[str, ...]
    kind: str
    concept: str | None
    label: str
    score: float
    reasons: tuple[dict[str, Any], ...] = ()
    subject: Subject | None = None  # what the claims are about; ``label`` says it in words
    # pairs of these claims and others kept out of the group, and why (a few at most)
    apart: tuple[dict[str, Any], ...] = ()
    # claims a hard fact joined, not the pair model: each with the claim of its own article
    # it restates, and why ({"claims": [twin, claim], "why": ...}; match.cluster)
    restated: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claims": list(self.claims),
            "documents": list(self.documents),
            "kind": self.kind,
            "concept": self.concept,
            "label": self.label,
            "subject": self.subject.to_dict(self.label) if self.subject else None,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
            "apart": list(self.apart),
            "restated": list(self.restated),
        }


def sort_groups(groups: list[ClaimGroup], claims: Sequence[Claim]) -> list[ClaimGroup]:
    """Groups in the order of their first claim among ``claims``, then by id."""
    pos = {c.id: i for i, c in enumerate(claims)}
    return sorted(groups, key=lambda g: (min(pos[i] for i in g.claims), g.id))


def update_words(difference: dict[str, str] | None) -> str:
    """ "an update", or "perhaps an update" for one only the dates show (Finding.update_words;
    the rules word their messages with it before the finding is made)."""
    by = (difference or {}).get("by")
    return "perhaps an update" if by == "dates" else "an update"


@dataclass(frozen=True, slots=True)
class Finding:
    """A discrepancy or a corroboration found by a rule, with everything that explains it."""

    id: str
    rule: str
    severity: Severity
    kind: str
    group: str
    claims: tuple[str, ...]
    message: str
    title: str = ""
    evidence: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    link: str | None = None
    suppressed: bool = False  # accepted in a baseline: shown, but never fails a run
    # the figures in order of publication (rules/timeline.py), the latest dated one and
    # who gives it, and for a difference whether it is an update or a contradiction
    timeline: tuple[dict[str, Any], ...] = ()
    latest: dict[str, Any] | None = None
    difference: dict[str, str] | None = None
    # how many independent sources give the finding's claims: copies of one story count once
    independent_sources: dict[str, Any] = field(default_factory=dict)

    def update_words(self) -> str:
        """How the finding calls its update (``difference``: kind 'update'): "an update"
        its words or an outlet's own revision show, "perhaps an update" where only other
        outlets' later dates do (by 'dates': a toll grows so, a phone's weight does not).
        The one wording of the message and the report's timeline."""
        return update_words(self.difference)

    def latest_words(self) -> str | None:
        """'latest: 13 (2024-04-02T19:10+02:00, Evening Courier; 1 independent source:
        Evening Courier)', or None when no article of the finding is dated."""
        if not self.latest:
            return None
        independent = self.latest.get("independent_sources")
        tail = f"; {independent}" if independent else ""
        moments = latest_moments(self.latest)
        if len(moments) == 1:
            ((values, when, who),) = moments
            return f"latest: {values} ({when}, {', '.join(who)}{tail})"
        each = " / ".join(f"{values} ({when}, {', '.join(who)})" for values, when, who in moments)
        return f"latest: {each}{tail}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "suppressed": self.suppressed,
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "kind": self.kind,
            "group": self.group,
            "claims": list(self.claims),
            "message": self.message,
            "evidence": self.evidence,
            "tags": list(self.tags),
            "link": self.link,
            "timeline": list(self.timeline),
            "latest": self.latest,
            "difference": self.difference,
            "independent_sources": self.independent_sources,
        }


def latest_moments(latest: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """A finding's latest figures by moment, in words: (figures, when, who) for each, in
    order of time; one for reports of one moment. A report dated by its day alone is
    'DAY, no time of day': it may be as late as the timed ones of that day, not at their
    time (a latest of '40 / 52 (10:00, Other Wire, Daily Globe)' put the day-only 52 at
    10:00)."""
    moments = latest.get("by") or [latest]  # (a latest from a report.json of before)
    untimed = len(moments) > 1
    # the timed moments first: a day-only report sorts at its day's midnight, not before
    moments = sorted(moments, key=lambda m: not has_time(str(m["published"])))
    out = []
    for m in moments:
        when = str(m["published"])
        if untimed and not has_time(when):
            when += ", no time of day"
        out.append((latest_figure(m), when, list(m["outlets"])))
    return out


def latest_figure(latest: dict[str, Any]) -> str:
    """A latest figure (or one moment's) in words: its figures as the finding's message
    words them ('more than 30', rules.timeline.latest), else (a latest from a report.json
    of before) its values ('30')."""
    from crosscheck.quantity import fmt_num

    figures = latest.get("figures")
    if figures:
        return " / ".join(str(f) for f in figures)
    return " / ".join(fmt_num(v) for v in latest["values"])


# --- copies: articles that are one source ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class CopyLink:
    """Why two documents share copy: near-duplicate sentences, the same quote credited to
    the same speaker, the same wire credit. ``examples`` are shared sentences as the
    first document words them (a few)."""

    documents: tuple[str, str]
    sentences: int = 0
    quotes: int = 0
    wire: str | None = None
    examples: tuple[str, ...] = ()

    def words(self) -> str:
        """'share 7 sentences and 1 quote; both credit AFP'."""
        parts = []
        if self.sentences:
            parts.append(f"{self.sentences} sentence{'s' if self.sentences != 1 else ''}")
        if self.quotes:
            parts.append(f"{self.quotes} quote{'s' if self.quotes != 1 else ''}")
        out = ("share " + " and ".join(parts)) if parts else ""
        if self.wire:
            out += ("; " if out else "") + f"both credit {self.wire}"
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": list(self.documents),
            "sentences": self.sentences,
            "quotes": self.quotes,
            "wire": self.wire,
            "examples": list(self.examples),
            "words": self.words(),
        }


@dataclass(frozen=True, slots=True)
class CopyCluster:
    """Documents that are one source: copies of one story (a wire story reprinted, an
    article rewritten from another), found by shared copy or by the same wire credit.

    ``wires`` are the agencies the members credit; ``credits`` says where, per document
    (document, wire, the credit as written); ``links`` the evidence that tied them."""

    id: str
    documents: tuple[str, ...]
    label: str  # "AFP copy", "shared copy"
    wires: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()  # the members' outlets (source field), where known
    credits: tuple[tuple[str, str, str], ...] = ()
    links: tuple[CopyLink, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "documents": list(self.documents),
            "wires": list(self.wires),
            "outlets": list(self.outlets),
            "credits": [{"document": d, "wire": w, "text": t} for d, w, t in self.credits],
            "links": [link.to_dict() for link in self.links],
        }


# --- what a run gives back ------------------------------------------------------------------


@dataclass(slots=True)
class RunResult:
    """Everything a run produced, in document order: what ``crosscheck.check`` returns and
    what every report writer reads (writers never import the pipeline)."""

    inputs: list[str]
    documents: list[Document] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    groups: list[ClaimGroup] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    copies: list[CopyCluster] = field(default_factory=list)  # documents that are one source
    alias_files: list[str] = field(default_factory=list)
    rule_files: list[str] = field(default_factory=list)
    concept_files: list[str] = field(default_factory=list)
    wire_files: list[str] = field(default_factory=list)  # the wire tables read (sources)
    stale_baseline: list[dict[str, Any]] = field(default_factory=list)
    # with new_only: the ids of the findings left out for involving no new or changed
    # article; they are still found, so a baseline entry of one is not stale
    left_out: set[str] = field(default_factory=set)
    from_store: list[str] = field(default_factory=list)  # documents read from the store
    reused: int = 0  # documents whose extraction came from the store
    reused_results: bool = False  # groups and findings came from the store
    reused_stories: int = 0  # stories whose groups and findings came from the store
    extraction_keys: list[str] = field(default_factory=list)  # per document, in order
    results_key: str | None = None  # with a store: the hash groups and findings are kept by
    # with a store: each group's story key (crosscheck.stories.story_key), when its story was
    # judged or taken from the store in this run; report.json keeps lines by it
    story_keys: dict[str, str] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (not reported)
    exit_code: int = 0  # set by crosscheck.check (crosscheck.errors: 0, 1, 3 or 5)
    # the files the run opened besides its inputs (path as given -> what it is: "the
    # store", "the baseline"), which write_reports never writes a report over, as the
    # command line refuses to replace its --store or --baseline (not reported)
    opened: dict[str, str] = field(default_factory=dict)
    # the working folder the run's relative paths are relative to (where check() ran):
    # report paths (SARIF's locations) and what write_reports never writes over are read
    # from it, not from a folder the program moved to since (not reported)
    workdir: str | None = None  # (None: not recorded, as in a RunResult a caller made;
    # "": check() ran in a folder already removed)

    @property
    def suppressed(self) -> set[str]:
        """Ids of the findings a baseline accepted."""
        return {f.id for f in self.findings if f.suppressed}

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - started


def nothing_checked(result: RunResult) -> str | None:
    """Why no input of the run was checked, in one line, or None when one was: every input
    was skipped (unreadable, past its time budget, failing a stage), or none was found. An
    article the store adds (not among the run's inputs) is no input checked now: a report
    of those alone must not pass for a check of the inputs given. Here, with the record it
    reads, so that the report writers (which never import the pipeline) say it in the
    words the CLI's error line uses; crosscheck.pipeline still exports it."""
    if len(result.documents) > len(result.from_store):
        return None
    if result.skipped:
        # items, not inputs: a JSONL file skips each bad line (its records are inputs too)
        n = len(result.skipped)
        return f"nothing was checked: every input was skipped ({n} skipped item(s))"
    return f"nothing was checked: no input found in {', '.join(result.inputs) or 'no path'}"


# --- reading records back (the store) ---------------------------------------------------------


def document_from_dict(d: dict[str, Any], offset_map: Any = None) -> Document:
    """A document as to_dict wrote it, with its offset map as offset_map_to_dict wrote it
    (checked: offset_map_from_dict), or none."""
    om = OffsetMap() if offset_map is None else offset_map_from_dict(offset_map)
    return Document(
        id=d["id"], path=d["path"], format=d["format"], text=d["text"],
        paragraphs=tuple(tuple(p) for p in d["paragraphs"]),
        title=d.get("title"), source=d.get("source"), url=d.get("url"),
        published=date.fromisoformat(d["published"]) if d.get("published") else None,
        author=d.get("author"), encoding=d.get("encoding", "utf-8"), offset_map=om,
        title_span=(int(d["title_span"][0]), int(d["title_span"][1])) if d.get("title_span")
        else None,
        dating=Dating(**d["dating"]) if d.get("dating") else None,
    )  # fmt: skip


def offset_map_to_dict(om: OffsetMap) -> dict[str, Any]:
    return {"anchors": [list(a) for a in om.anchors], "line_starts": list(om.line_starts),
            "exact": om.exact}  # fmt: skip


def offset_map_from_dict(d: Any) -> OffsetMap:
    """An offset map as stored (offset_map_to_dict), checked: anchors, pairs of offsets in
    the order of their text's; line starts from 0, in order; ``exact`` true or false. One
    of any other shape raises ValueError (what decoding a damaged row raises), rather
    than the SARIF and text reports failing on it."""
    if not isinstance(d, dict):
        raise ValueError("not an offset map")
    anchors, starts, exact = d["anchors"], d["line_starts"], d["exact"]
    if (
        not isinstance(anchors, list)
        or not anchors
        or not all(isinstance(a, list) and len(a) == 2 and _offsets(a) for a in anchors)
    ):
        raise ValueError("an offset map's anchors are not pairs of offsets")
    if not _offsets([a[0] for a in anchors], ordered=True):
        raise ValueError("an offset map's anchors are out of order")
    if not isinstance(starts, list) or starts[:1] != [0] or not _offsets(starts, ordered=True):
        raise ValueError("an offset map's line starts are not offsets in order from 0")
    if not isinstance(exact, bool):
        raise ValueError("an offset map's exact is not true or false")
    return OffsetMap(anchors=tuple(tuple(a) for a in anchors), line_starts=tuple(starts),
                     exact=exact)  # fmt: skip


def _offsets(values: list[Any], ordered: bool = False) -> bool:
    """Whether ``values`` are offsets (ints, not bools, from 0), in order if ``ordered``."""
    if not all(type(v) is int and v >= 0 for v in values):
        return False
    return not ordered or values == sorted(values)


def sentence_from_dict(d: dict[str, Any], index: int) -> Sentence:
    """A sentence as to_dict wrote it, checked: its index its place among its document's
    sentences (``index``: what claims name it by), its paragraph a whole number, its
    document and text strings, its role one crosscheck gives (a damaged or hand-edited row
    raises ValueError)."""
    i, paragraph, span, role = d["index"], d["paragraph"], d["span"], d.get("role", "body")
    document, text = d["document"], d["text"]
    if (
        type(i) is not int
        or i != index
        or type(paragraph) is not int
        or type(document) is not str
        or type(text) is not str
        or role not in SENTENCE_ROLES
        or not _span(span, sys.maxsize)  # (inside its document: _records, which cuts it)
    ):
        raise ValueError("not a sentence as crosscheck writes one")
    return Sentence(document, i, paragraph, (span[0], span[1]), text, role)


def claim_from_dict(d: dict[str, Any], sentences: int, length: int) -> Claim:
    """A claim as to_dict wrote it, checked against its document's ``sentences`` (how
    many) and text's ``length``: every field of the type and range the extractor gives it
    (a figure a number, an open bound null; its sentence one of its document's; its spans
    inside the text; its qualifier and kind ones crosscheck knows; each flag true or false;
    each word a string or null). A damaged or hand-edited row raises ValueError (the
    article is extracted again), rather than a figure that is text stopping the matcher
    as "a bug", or a claim quoting a sentence its article lacks reaching the report. With
    sentence_from_dict's, the checks add about 0.05 s to the 0.65 s an unchanged re-run at
    10,000 articles spends decoding its 169,000 sentences and 77,000 claims."""
    g = d.get
    a, t, sentence, span, was_span = (g("attribution"), g("time"), d["sentence"], d["span"],
                                      g("was_span"))  # fmt: skip
    value, lower, upper, half, scale, factor, was = (
        d["value"], d["lower"], d["upper"], g("half", 0.0), g("scale", 1.0), g("factor", 1.0),
        g("was"))  # fmt: skip
    negated, hedged, elided, in_words, part, converted, clock, partitive, spread = (
        d["negated"], d["hedged"], g("elided", False), g("in_words", False), g("part", False),
        g("converted", False), g("clock", False), g("partitive", False),
        g("spread", False))  # fmt: skip
    unit, unit_surface, predicate, predicate_words, noun_phrase, was_qualifier, measured = (
        d["unit"], d["unit_surface"], d["predicate"], g("predicate_words"), g("noun_phrase"),
        g("was_qualifier"), g("measured"))  # fmt: skip
    ident, document, text, modifiers = d["id"], d["document"], d["text"], d["modifiers"]
    if (
        not {type(value), type(half), type(scale), type(factor)} <= _NUMBER
        or not {type(lower), type(upper), type(was)} <= _NUMBER_OR_NULL
        or type(sentence) is not int
        or not 0 <= sentence < sentences
        or not _span(span, length)
        or not {type(ident), type(document), type(text)} <= _TEXT
        or d["qualifier"] not in QUALIFIERS
        or d["kind"] not in CLAIM_KINDS
        or d["change"] not in _CHANGES
        or not {
            type(negated),
            type(hedged),
            type(elided),
            type(in_words),
            type(part),
            type(converted),
            type(clock),
            type(partitive),
            type(spread),
        }
        <= _FLAG
        or not {
            type(unit),
            type(unit_surface),
            type(predicate),
            type(predicate_words),
            type(noun_phrase),
            type(was_qualifier),
            type(measured),
        }
        <= _TEXT_OR_NULL
        or type(modifiers) is not list
        or not set(map(type, modifiers)) <= _TEXT
        or (was_span is not None and not _span(was_span, length))
        or (a and not _attribution_checked(a, length))
        or (t and not _time_checked(t))
    ):
        raise ValueError("not a claim as crosscheck writes one")
    # in the order of Claim's fields (by position: a tenth of the decoding's time; the
    # round trip of a claim with every field set is tested)
    return Claim(
        ident, document, sentence, (span[0], span[1]), text, value, lower, upper,
        d["qualifier"], unit, unit_surface, d["kind"], tuple(modifiers), predicate, negated,
        d["change"], hedged, noun_phrase, elided, was, was_qualifier,
        (was_span[0], was_span[1]) if was_span else None,
        _attribution_from_dict(a) if a else None,
        TimeSpan(t["surface"], t.get("start"), t.get("end"), t.get("granularity"),
                 t.get("relative", False)) if t else None,
        half, scale, measured, in_words, factor, part, converted, clock, partitive,
        predicate_words, spread,
    )  # fmt: skip


# The types a stored claim's fields may have, as sets (claim_from_dict: a set of the
# fields' types taken in one expression, not one test a field, keeps the checks cheap).
_NUMBER = frozenset({float, int})
_NUMBER_OR_NULL = frozenset({float, int, type(None)})
_TEXT = frozenset({str})
_TEXT_OR_NULL = frozenset({str, type(None)})
_FLAG = frozenset({bool})
_CHANGES = (None, "up", "down")


def _span(span: Any, length: int) -> bool:
    """Whether ``span`` is [start, end] inside a text of ``length``."""
    return (
        type(span) is list
        and len(span) == 2
        and type(span[0]) is int
        and type(span[1]) is int
        and 0 <= span[0] <= span[1] <= length
    )


def _attribution_checked(a: Any, length: int) -> bool:
    """Whether a stored claim's attribution is as Attribution.to_dict writes it."""
    return (
        type(a) is dict
        and type(a["entity"]) is str
        and type(a["surface"]) is str
        and _span(a["span"], length)
        and all(v is None or type(v) is str for v in (a.get("verb"), a.get("when"), a.get("name")))
        and type(a.get("direct", False)) is bool
    )


_GRANULARITIES = (None, *get_args(Granularity))


def _time_checked(t: Any) -> bool:
    """Whether a stored claim's time frame is as TimeSpan.to_dict writes it."""
    return (
        type(t) is dict
        and type(t["surface"]) is str
        and all(v is None or type(v) is str for v in (t.get("start"), t.get("end")))
        and t.get("granularity") in _GRANULARITIES
        and type(t.get("relative", False)) is bool
    )


def _attribution_from_dict(a: dict[str, Any]) -> Attribution:
    return Attribution(a["entity"], a["surface"], (a["span"][0], a["span"][1]), a.get("verb"),
                       a.get("direct", False), a.get("when"), a.get("name"))  # fmt: skip


def group_from_dict(d: dict[str, Any]) -> ClaimGroup:
    """A group back from its dict; ``raw_score`` (the store keeps it) avoids the rounding
    of ``score`` in reports."""
    s = d.get("subject")
    return ClaimGroup(
        id=d["id"], claims=tuple(d["claims"]), documents=tuple(d["documents"]), kind=d["kind"],
        concept=d["concept"], label=d["label"], score=d.get("raw_score", d["score"]),
        reasons=tuple(d["reasons"]), apart=tuple(d.get("apart", ())),
        restated=tuple(d.get("restated", ())), subject=subject_from_dict(s) if s else None,
    )  # fmt: skip


# How a subject's holder may have been read (Subject.holder_via), or none.
HOLDER_VIA = (None, "words", "pronoun")
# A subject's fields that hold a text or none (all but ``year`` and ``names``).
_SUBJECT_TEXTS = tuple(f.name for f in fields(Subject) if f.name not in ("year", "names"))


def subject_from_dict(d: Any) -> Subject:
    """A subject as to_dict wrote it (its ``words``, the group's label, are not read: the
    group keeps its ``label``), checked: ``concept``
    given, each other text a string or null (``holder_via`` one of HOLDER_VIA, and null
    when ``holder`` is; a holder with none was written before the field existed),
    ``year`` a whole number or null, ``names`` a list of strings; a field missing (a record
    written before it existed) is none. One of any other shape raises ValueError, what
    decoding a damaged row raises. The one reader of a subject: a stored group's (group_from_dict)
    and a stored claim's subject row (crosscheck.match.pairs.own_from_row)."""
    if not isinstance(d, dict) or "concept" not in d:
        raise ValueError("not a subject")
    texts = {name: d.get(name) for name in _SUBJECT_TEXTS}
    names, year = d.get("names", []), d.get("year")
    if (
        not isinstance(names, list)
        or not all(isinstance(n, str) for n in names)
        or (year is not None and type(year) is not int)
        or not all(v is None or isinstance(v, str) for v in texts.values())
        or texts["holder_via"] not in HOLDER_VIA
        or (texts["holder_via"] is not None and texts["holder"] is None)
    ):
        raise ValueError("not a subject")
    return Subject(year=year, names=tuple(names), **texts)


def finding_from_dict(d: dict[str, Any]) -> Finding:
    return Finding(
        id=d["id"], rule=d["rule"], severity=d["severity"], kind=d["kind"], group=d["group"],
        claims=tuple(d["claims"]), message=d["message"], title=d.get("title", ""),
        evidence=d.get("evidence", {}), tags=tuple(d.get("tags", ())), link=d.get("link"),
        suppressed=d.get("suppressed", False), timeline=tuple(d.get("timeline", ())),
        latest=d.get("latest"), difference=d.get("difference"),
        independent_sources=d.get("independent_sources", {}),
    )  # fmt: skip


def copy_cluster_from_dict(d: dict[str, Any]) -> CopyCluster:
    """A copy cluster back from its dict (``to_dict``; a link's ``words`` are made again)."""
    links = tuple(
        CopyLink((x["documents"][0], x["documents"][1]), x["sentences"], x["quotes"], x["wire"],
                 tuple(x["examples"]))
        for x in d["links"]
    )  # fmt: skip
    return CopyCluster(
        id=d["id"], documents=tuple(d["documents"]), label=d["label"], wires=tuple(d["wires"]),
        outlets=tuple(d["outlets"]),
        credits=tuple((c["document"], c["wire"], c["text"]) for c in d["credits"]), links=links,
    )  # fmt: skip

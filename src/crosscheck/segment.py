"""Sentence segmentation for news text, with exact character offsets.

Rule-based, in the spirit of Punkt but with news-specific knowledge instead of a trained
model (nothing to download): a boundary is a run of ``.``, ``!``, ``?`` or an ellipsis,
possibly followed by closing quotes or brackets, then white space, then something that can
start a sentence. Abbreviations, initials and dotted acronyms are told apart from sentence
ends; datelines ("SEOUL –", "WASHINGTON (Reuters) -") and photo credit lines
("PHOTO: ... / ...") become sentences of their own with a role, so later stages can leave
them out. Paragraphs are hard boundaries. A run of text with no boundary longer than
MAX_SENTENCE characters (a table or a data dump pasted as one line, never a sentence of
news) is cut at the last space before that length, so that the work of the later stages,
which compare the figures and speech events of one sentence pairwise, stays linear in
the length of the document. Offsets always satisfy
``document.text[start:end] == sentence.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.extract import lexicon
from crosscheck.model import Document, Sentence, SentenceRole, Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and other abbreviations that (almost) never end a sentence.
NEVER_FINAL = _words(
    """mr mrs ms messrs mme mlle dr prof gen lt col sgt capt cpt maj adm cmdr cdr brig
    gov sen rep rev hon pres supt insp det cpl pvt amb fr sr sra srta st ste mt ft
    msgr atty dist dep asst assoc spc adj
    no nos vol vols pp fig figs art arts sec sect ch para cf vs v approx est www
    e.g i.e viz"""
)
# Abbreviations that end a sentence when the next word looks like a sentence start.
MAYBE_FINAL = _words(
    """inc corp co ltd llc plc bros dept univ assn ave blvd rd hwy jr etc al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m u.s u.k u.n u.s.a e.u d.c
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa penn phila tenn tex va vt wash wis wyo"""
)
MONTHS = frozenset(lexicon.MONTHS)  # the months' names and abbreviations ("Sept", "June")
# Labels that look like an all-caps dateline but are page furniture.
NOT_DATELINES = _words(
    """PUBLISHED UPDATED UPDATE BREAKING EXCLUSIVE WATCH PHOTO PHOTOS VIDEO LISTEN READ MORE
    ANALYSIS OPINION EDITORIAL NOTE CORRECTION"""
)
# Words that start sentences far more often than they follow an abbreviation mid-sentence.
STARTERS = _words(
    """the a an this that these those it its he she they we i you his her their our there
    but and yet so however meanwhile still also then now in on at for by with from after
    before when while as if although though since during despite according some many most
    all no not one two three four five six seven eight nine ten officials police"""
)

_CANDIDATE = re.compile(r"(?:\.{3}|…|[.!?]+)[\"'”’»)\]]*(?=\s)")
_NEXT = re.compile(r"\s+([\"'“‘«(\[]*)(\S+)")
_DATELINE = re.compile(
    r"""(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})      # SEOUL, NEW YORK, ST. PAUL
    (?:,\s+[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})?   # , Minn. / , New South Wales
    (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?                       # , March 6
    (?:\s*\([A-Za-z][\w .&'’\-]{0,40}\))?                        # (Reuters)
    \s*(?:–|—|--|-)\s+(?=[A-Z0-9"“‘'])""",
    re.VERBOSE,
)
_CREDIT = re.compile(
    r"^(?:\(?\s*)(?:PHOTO|PHOTOS|FILE PHOTO|PHOTOGRAPH|IMAGE|CREDIT|VIDEO|GRAPHIC|"
    r"Photo|Photos|File photo|Photograph|Image|Credit)\s*(?::|/|by\b)"
)
_ATTRIBUTION_AFTER = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}?\s+"
    r"(?:said|says|asked|asks|added|adds|told|wrote|writes|stated|replied|continued|shouted|"
    r"questioned|wondered|insisted|argued|explained|declared|exclaimed)\b"
)


def segment(document: Document) -> list[Sentence]:
    """The sentences of a document, in order, indexed from 0."""
    sentences: list[Sentence] = []
    text = document.text
    for p_index, (p_start, p_end) in enumerate(document.paragraphs):
        in_title = document.title_span is not None and (p_start, p_end) == document.title_span
        spans = list(_split_paragraph(text, p_start, p_end, first=p_index <= 2))
        has_credit = any(role == "credit" for _, role in spans)
        for span, role in spans:
            if in_title:
                role = "title"
            elif role == "body" and has_credit:
                role = "caption"
            sentences.append(
                Sentence(
                    document=document.id,
                    index=len(sentences),
                    paragraph=p_index,
                    span=span,
                    text=text[span[0] : span[1]],
                    role=role,
                )
            )
    return sentences


# The longest sentence: the longest of the 13,340 in the ECB+ articles has 530 characters.
MAX_SENTENCE = 2000


def _split_paragraph(
    text: str, start: int, end: int, first: bool
) -> Iterator[tuple[Span, SentenceRole]]:
    for span, role in _sentences(text, start, end, first):
        for piece in _pieces(text, span):
            yield piece, role


_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def _pieces(text: str, span: Span) -> Iterator[Span]:
    """A span cut into pieces of at most MAX_SENTENCE characters, each at the last white
    space (str.isspace: a space, a newline, a tab...) before that length (anywhere, when
    there is none), trimmed."""
    start, end = span
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        last = _LAST_SPACE.match(text, start + 1, limit)  # greedy: the last one, in C
        cut = last.end() - 1 if last else limit
        piece = _trim(text, start, cut)
        if piece[0] < piece[1]:
            yield piece
        start = _trim(text, cut, end)[0]
    if start < end:
        yield start, end


def _sentences(text: str, start: int, end: int, first: bool) -> Iterator[tuple[Span, SentenceRole]]:
    pos = start
    if first:
        m = _DATELINE.match(text, start, end)
        if m and _is_dateline(m.group(0)):
            yield _trim(text, start, m.end()), "dateline"
            pos = m.end()
    for cut in _boundaries(text, pos, end):
        span = _trim(text, pos, cut)
        if span[0] < span[1]:
            yield span, _role(text[span[0] : span[1]])
        pos = cut
    span = _trim(text, pos, end)
    if span[0] < span[1]:
        yield span, _role(text[span[0] : span[1]])


def _is_dateline(match: str) -> bool:
    head = re.split(r"[,(–—:-]", match, maxsplit=1)[0].strip()
    if head in NOT_DATELINES:
        return False
    letters = [c for c in head if c.isalpha()]
    # an all-caps place name of at least two letters; not "I -" nor an acronym-led sentence
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(match) <= 80


def _role(sentence: str) -> SentenceRole:
    if _CREDIT.match(sentence):
        return "credit"
    return "body"


def _boundaries(text: str, start: int, end: int) -> list[int]:
    cuts = {m.end() for m in _CANDIDATE.finditer(text, start, end)
            if _is_boundary(text, m.start(), m.end(), start, end)}  # fmt: skip
    cuts.update(_credit_cuts(text, start, end))
    return sorted(cuts)


def _credit_cuts(text: str, start: int, end: int) -> Iterator[int]:
    """A credit line run on after a caption without a full stop: '... on Thursday PHOTO: X'."""
    for m in re.finditer(r"(?<=[a-z0-9,;])\s+(?=(?:PHOTO|FILE PHOTO|CREDIT)\s*:)", text[start:end]):
        yield start + m.end()


def _is_boundary(text: str, p_start: int, p_end: int, lo: int, hi: int) -> bool:
    punct = text[p_start:p_end]
    nxt = _NEXT.match(text, p_end, hi)
    if nxt is None:
        return False  # only white space follows: the paragraph end is the boundary
    opener, word = nxt.group(1), nxt.group(2)
    first = word[0]
    if not (first.isupper() or first.isdigit() or (opener and first.isalnum())):
        return False  # "?" he asked / "... and then" / "p.m. on Friday"
    core = punct.rstrip("\"'”’»)]")
    closed_quote = len(core) < len(punct)
    if core[-1] in "?!" and closed_quote and _ATTRIBUTION_AFTER.match(text, nxt.start(2), hi):
        return False  # "Who will pay?" Trump asked.
    if core[0] != ".":
        return True  # ! ? and … are sentence ends when a capital follows
    if core.startswith(("...", "…")):
        return True
    token = _word_before(text, lo, p_start)
    if not token:
        return True
    lower = token.lower()
    bare = lower.rstrip(".")
    starter = word.strip("\"'“‘,;:").lower() in STARTERS
    if bare in NEVER_FINAL:
        # "No. 5" and "vs. Smith" never end; "no." at the end of a quote can
        return bare == "no" and not first.isdigit() and starter
    if bare in MONTHS and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?,?", word):
        return False  # "Jan. 5", "May. 3, 2013"
    if bare in MAYBE_FINAL:
        return starter
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", lower):
        return starter  # dotted acronyms not listed above: "N.Y." "R.I."
    if re.fullmatch(r"(?:\S*[-/])?[A-Z]\.?", token):
        return starter  # an initial, "John F. Kennedy"; "Plan B. The ..." still ends
    return True


_NOT_IN_WORD = frozenset("\"'“‘([")


def _word_before(text: str, lo: int, end: int) -> str:
    """The run of characters before ``end`` back to white space, a quote or an opening
    bracket (what ``[^\\s"'“‘(\\[]+$`` matches), found by stepping back from ``end``: the
    cost is the word's length, not the distance from the paragraph start, so segmenting a
    paragraph stays linear however many full stops it has."""
    i = end
    while i > lo and not text[i - 1].isspace() and text[i - 1] not in _NOT_IN_WORD:
        i -= 1
    return text[i:end]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

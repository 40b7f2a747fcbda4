"""Saved news pages: main article text and metadata via trafilatura.

trafilatura is what web archivists and news researchers use for this (boilerplate removal
scored on news benchmarks, metadata from OpenGraph/JSON-LD/meta tags, dates via htmldate),
and it runs offline. Its output text does not keep offsets into the HTML, so the offset map
of an HTML document is coarse (every claim points at the top of the file).
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Callable
from string import ascii_lowercase, ascii_uppercase
from typing import Any

from crosscheck.config import Settings
from crosscheck.errors import InputError
from crosscheck.ingest.base import A_REPORT, ReadResult, SourceFile, clean_str
from crosscheck.ingest.dates import MONTH_NAMES, drop_unclocked_offsets, read_moment
from crosscheck.ingest.decode import charset_declared, decode
from crosscheck.ingest.textbuild import normalize_newlines
from crosscheck.model import (
    Dating,
    Diagnostic,
    Document,
    OffsetMap,
    has_time,
    instant,
    line_starts_of,
)

log = logging.getLogger("crosscheck")

# Below this, what the extractor found is a stray menu or label, not an article.
MIN_ARTICLE_WORDS = 6


def read_html(src: SourceFile, settings: Settings) -> ReadResult:
    out = ReadResult()
    decoded = decode(src.data, *charset_declared(src.data))
    if re.search(r'<meta name="generator" content="crosscheck[ "]', decoded.text[:2000]):
        raise InputError(
            A_REPORT,
            replaceable=True,
        )
    if decoded.note:
        out.diagnostics.append(Diagnostic(src.path, decoded.note))
    root, cut = _parse(decoded.text)
    seen = _without_impossible_days(_without_unseen(decoded.text, root), src, out)
    extracted, page, bare = _extract(seen)
    words = len((extracted.text or "").split()) if extracted is not None else 0
    if words < MIN_ARTICLE_WORDS:
        raise InputError(
            f"no article text found in the HTML page ({words} word(s) of main text; "
            "menus and page furniture are not read)"
            + (f"; {_CUT}" if cut else "")
            + (f"; {_SCRIPTED}" if _scripted(root) else ""),
            empty=not cut,  # a page cut short may hold its article past the cut
        )
    if cut:
        out.diagnostics.append(Diagnostic(src.path, _CUT))
    if bare:
        out.diagnostics.append(Diagnostic(src.path, _BARE))
    # trafilatura puts one paragraph per line; keep that as our paragraph structure
    title = clean_str(extracted.title)
    text = _without_captions(
        normalize_newlines(extracted.text).text().strip(), root, decoded.text, title
    )
    paragraphs = _line_spans(text)
    title_span = (
        paragraphs[0] if paragraphs and title and text[slice(*paragraphs[0])] == title else None
    )
    out.documents.append(
        Document(
            id=src.doc_id,
            path=src.path,
            format="html",
            text=text,
            paragraphs=paragraphs,
            title=title,
            title_span=title_span,
            source=clean_str(extracted.sitename) or clean_str(extracted.hostname),
            url=clean_str(extracted.url),
            author=_author(extracted.author),
            encoding=decoded.encoding,
            offset_map=OffsetMap(line_starts=line_starts_of(decoded.text), exact=False),
            dating=_dating(page, decoded.text, extracted.date, src, out),
        )
    )
    return out


_SCRIPTED = (
    "the page may fill in its article with a script as it loads, and this copy was saved "
    "before it ran: save the page once the article shows"
)


def _scripted(root: Any) -> bool:
    """Whether the page ``root`` runs scripts (one it loads, or one of some length; not
    data such as JSON-LD, which nearly every news page carries: a review)."""
    return root is not None and bool(
        root.xpath(
            "//script[(not(@type) or contains(@type, 'javascript') or @type = 'module')"
            " and (@src or string-length(normalize-space()) > 200)]"
        )
    )


# The words a page says when it was published or updated with ('Updated March 9', 'Posted
# 2 hours ago', 'Last updated'): in a byline (_DATE_WORD, with 'modified' and 'ago') and
# in a line of page furniture (_FURNITURE_LINE).
_STAMP_WORDS = "updated|published|posted"
# A byline's date words, which trafilatura reads as an author's name ('Updated', 'Sam Lee
# Updated March 9'): the name is what comes before the first of them (a date's word or a
# digit), without the months' names that end it ('April Ryan' is a name, 'Sam Lee March'
# is not all one). 'Read' is a surname ('Benjamin Read'), never a date word.
# Whole words: 'Ana Modified-Ruiz' is a name.
_DATE_WORD = re.compile(rf"(?<![\w-])(?:last\s+)?(?:{_STAMP_WORDS}|modified|ago)(?![\w-])|\d", re.I)
_MONTH = re.compile(rf"(?:{MONTH_NAMES})\.?", re.I)  # (ingest.dates's months by name)


def _author(said: str | None) -> str | None:
    """The page's authors as trafilatura read them ('A; B'), without the byline's date
    words it took for one or for part of one ('Updated', 'Sam Lee Updated March 9'); a
    month's name alone is a date's too."""
    kept = []
    for name in (said or "").split(";"):
        m = _DATE_WORD.search(name)
        words = (name[: m.start()] if m else name).split()
        if m and m.group().isdigit() and words and _MONTH.fullmatch(words[-1].strip(",")):
            words.pop()  # (the month before the day is the date's: 'Sam Lee March 9')
        elif not m and len(words) == 1 and _MONTH.fullmatch(words[0]):
            words = []
        name = " ".join(words).strip(" ,|-\u2013\u2014\u00b7")
        if name:
            kept.append(name)
    return clean_str("; ".join(kept))


# Machine-readable timestamps in a page's metadata (OpenGraph, JSON-LD, Dublin Core,
# <meta name=...>): htmldate gives the day, these give the time of day. The value must
# follow its key closely (a meta's content, a JSON value), or come just before it.
# A 'T' or a space after the day, maybe a space before the offset.
_STAMP = (
    r"(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?"
    r"(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?)"
)
_KEYS = {
    "published": r"(?:article:published_time|datePublished|dc\.date(?:\.issued|\.created)?"
    r"|pubdate|publish[-_]?date|date[-_]?published)",
    "updated": r"(?:article:modified_time|dateModified|last[-_]?modified|date[-_]?modified"
    r"|og:updated_time|dc\.date\.modified)",
}
_GAP = r"""["']?\s*(?:[:=]\s*["']?|\s+content\s*=\s*["'])\s*"""


def _by_field(stamp: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """For each field, the patterns of ``stamp`` (a group) in the page's metadata: after
    its key, or in a meta's content before it."""
    return {
        field: (
            re.compile(key + r"(?![\w.:-])" + _GAP + stamp, re.I),
            re.compile(r"content\s*=\s*[\"']" + stamp + r"""["'][^<>]{0,60}?["']""" + key
                       + r"""["']""", re.I),
        )
        for field, key in _KEYS.items()
    }  # fmt: skip


_TIMESTAMPS = _by_field(_STAMP)


def _dating(
    page: str, html: str, original: str | None, src: SourceFile, out: ReadResult
) -> Dating | None:
    """When the page says it was published and last updated: the days as htmldate finds
    them in ``page`` (the original date, which trafilatura already asked for, and the
    latest), with the time of day when the metadata of ``html``, the page as written, gives
    a timestamp on that day (one whose time cannot be is a warning naming the file, and the
    day). An update that says nothing more than the publication, or comes before it, is
    left out."""
    updated = _find_date(page, original=False)
    published = _timed(original, "published", html, src, out)
    updated = _timed(updated, "updated", html, src, out)
    if published is None and updated is None:
        return None
    if updated is not None and published is not None and (
        updated == published or instant(updated) < instant(published)
        or (not has_time(updated) and updated == published[:10])
    ):  # fmt: skip
        updated = None
    return Dating(published, "HTML page (htmldate)", updated)


def _timed(day: str | None, field: str, html: str, src: SourceFile, out: ReadResult) -> str | None:
    """``day`` with its time of day, when a timestamp of the page's ``field`` falls on it
    (a timestamp whose time cannot be: a warning, and the day)."""
    if not day:
        return None
    head = html[:200_000]
    for pattern in _TIMESTAMPS[field]:
        for m in pattern.finditer(head):
            if m.group(1).startswith(day[:10]):
                try:
                    moment, note = read_moment(m.group(1))
                except ValueError:
                    continue
                if note is not None:
                    out.diagnostics.append(Diagnostic(src.path, f"{field}: {note}"))
                return moment
    return day[:10]


# A day in the page's date metadata, with or without its time, as _TIMESTAMPS finds them
_DAY = r"(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)"
_DAYS = _by_field(_DAY)
_ANY_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # (a page with no day that cannot be: one scan)


def _without_impossible_days(html: str, src: SourceFile, out: ReadResult) -> str:
    """The page without the days of its date metadata that cannot be ('2025-02-30'), each
    said in a warning naming the file: htmldate read one as its month's first, a day the
    page never gave, and took it over a <time> element that gives one. The keyed scans
    run only when some day of the page's head cannot be (one scan otherwise: they cost
    every page 8 ms in 100 KB)."""
    if not any(map(_no_day, {m.group() for m in _ANY_DAY.finditer(html, 0, 200_000)})):
        return html
    cut: dict[tuple[int, int], str] = {}
    for field, patterns in _DAYS.items():
        for m in (m for pattern in patterns for m in pattern.finditer(html, 0, 200_000)):
            try:
                read_moment(m.group(1))
            except ValueError as exc:
                cut.setdefault(m.span(1), f"{field}: {exc}; left out of the page's dates")
    if not cut:
        return html
    for said in dict.fromkeys(cut.values()):
        out.diagnostics.append(Diagnostic(src.path, said))
    pieces, at = [], 0
    for start, end in sorted(cut):
        pieces.append(html[at : max(at, start)])
        at = max(at, end)
    return "".join(pieces) + html[at:]


def _no_day(day: str) -> bool:
    try:
        read_moment(day)
    except ValueError:
        return True
    return False


def _find_date(html: str, original: bool) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, original_date=original, extensive_search=False)
    except Exception:  # htmldate is best effort: an odd page is an undated page
        log.debug("htmldate failed", exc_info=True)
        return None


_CUT = (
    "nested deeper than the HTML parser reads (about 255 elements): the page is read only "
    "up to the first element that deep"
)


# The elements whose text neither a reader sees nor trafilatura reads as the page's text:
# a script's code, a style sheet, a template's content (shown only when a script copies
# it). One list for the words a reader may see (_words), a caption's text (_SEEN_TEXT)
# and the page's text in order (_runs).
_UNREAD = ("script", "style", "template")


def _text_outside(tags: tuple[str, ...]) -> str:
    """An XPath of the text under an element that is in none of the elements ``tags``."""
    return ".//text()[not(" + " or ".join(f"ancestor::{tag}" for tag in tags) + ")]"


def _lower(expr: str, drop: str = "") -> str:
    """An XPath of the string ``expr`` in lower case, without the characters ``drop``.
    lxml's XPath (1.0) has no lower-case(): translate() maps the ASCII letters one by one
    (what a style's or a class's words are written in)."""
    return f"translate({expr}, '{ascii_uppercase}{drop}', '{ascii_lowercase}')"


# The words of the page a hidden element is weighed against (_unseen_text) are those a
# reader whose browser runs scripts sees: a <noscript>'s are left out as well. Only there:
# trafilatura reads a <noscript>'s text (a page's whole article may be in one, for readers
# without scripts: tests/fixtures/html/noscript_article_page.html), so the page's text in
# order (_runs) holds it: without it, a paragraph there that a photo's caption repeats was
# dropped with the caption (test_html_furniture_names_never_drop_the_article).
_TEXT_WITH_SCRIPTS = _text_outside((*_UNREAD, "noscript"))


# What a page holds and a reader never sees, which trafilatura reads as text: a template's
# content, an element marked hidden or styled display:none, an iframe's fallback text.
_UNSEEN = (
    "//template | //iframe | //*[@hidden] | "
    # (the style in lower case, its spaces gone)
    f"//*[contains({_lower('@style', drop=' ')}, 'display:none')]"
)
_UNSEEN_HINT = re.compile(r"<(?:template|iframe)\b|\shidden\b|display\s*:\s*none", re.I)


def _without_unseen(html: str, root: Any) -> str:
    """``html`` without what a reader never sees (_UNSEEN), else as it is (a page that
    names none of it, or that lxml could not parse: ``root`` None); ``root`` is the page
    as _parse read it, changed here."""
    if root is None or not _UNSEEN_HINT.search(html):
        return html
    import lxml.html

    page_words = _words(root)
    unseen = root.xpath(_UNSEEN)
    hidden = set(unseen)
    # the page's <article> and <main> a reader sees: none of their own or above hidden
    shown = [a for a in root.xpath("//article | //main")
             if not any(e in hidden for e in a.iterancestors()) and a not in hidden]  # fmt: skip
    dropped = False
    for element in unseen:
        if element.getparent() is None or element.getroottree().getroot() is not root:
            continue  # the root, or inside one dropped already
        if not _unseen_text(element, page_words, bool(shown)):
            continue
        element.drop_tree()  # its tail, the text after it, is kept
        dropped = True
    return str(lxml.html.tostring(root, encoding="unicode")) if dropped else html


def _words(element: Any) -> int:
    """The words a reader may see in ``element``: not its scripts', styles', templates'
    or noscripts' (_TEXT_WITH_SCRIPTS)."""
    texts = element.xpath(_TEXT_WITH_SCRIPTS)
    return sum(len(str(t).split()) for t in texts)


def _unseen_text(element: Any, page_words: int, article_shown: bool) -> bool:
    """Whether a hidden element holds text a reader never sees as the article's: a
    sentence's words or more (a hidden date or label is the page's metadata, read for its
    date), not 'until-found' (text the reader finds and opens), and not the page's article
    hidden until a script runs. That is: one holding (or being) an <article> or <main>
    when the page shows none (else it is another story's, a draft, a tab); any other
    when it holds less than half the words a reader may see on the page (a hidden old
    draft longer than the article beside it is read: only a size tells it apart)."""
    if str(element.get("hidden", "")).lower() == "until-found" or element.tag == "body":
        return False
    # (a template's words are all in a template: counted as they are)
    words = len(element.text_content().split()) if element.tag == "template" else _words(element)
    if words < MIN_SENTENCE_WORDS:
        return False
    if element.tag != "template" and element.xpath(
        "descendant-or-self::*[self::article or self::main]"
    ):
        return article_shown
    return 2 * words < page_words


MIN_SENTENCE_WORDS = 6  # words of a hidden element that make it text, not a label


# Photo captions and credits that trafilatura reads as the article's text (its own rules
# drop a <figure>, and a div, p or span whose class says 'caption' in lower case: not a
# 'Caption', an <em class="caption">, a table cell, a photo's <small class="credit">):
# their numbers were claims, and a caption repeating a sentence of the body doubled its
# claims. The page is read once, as it is; afterwards a line of the text that is the whole
# text of such an element is dropped, never a line of the body: as many copies of it are
# kept as the page holds outside its captions (a caption that repeats a paragraph leaves
# that paragraph once), and nothing is dropped when what stays would be no article or
# fewer words than the captions (a photo essay, all captions or nearly). A caption is
# known by its markup alone: a <figcaption>, or an element a class or id of which names a
# caption by its last word ('caption', 'wp-caption-text', 'image-caption',
# 'CarouselSlide-Caption': never 'caption-like' or 'captioned'); a credit ('photo-credit',
# 'Credit') only beside a photo: in a <figure>, in a caption, or next to an <img> or
# <picture> (a byline of class 'credit' is read).
_CAPTION_HINT = re.compile(r"caption|credit", re.I)
_LOWER_ATTRS = _lower("concat(@class, ' ', @id)")
_CAPTIONS = (
    f"//figcaption | //body//*[contains({_LOWER_ATTRS}, 'caption')"
    f" or contains({_LOWER_ATTRS}, 'credit')]"
)
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CAPTION_ENDS: set[tuple[str, ...]] = {
    ("caption",),
    ("captions",),
    ("figcaption",),
    ("caption", "text"),
}
_CREDIT_ENDS: set[tuple[str, ...]] = {("credit",), ("credits",)}
# the text a reader sees of an element (a <noscript>'s too: see _TEXT_WITH_SCRIPTS)
_SEEN_TEXT = _text_outside(_UNREAD)


def _names(element: Any, ends: set[tuple[str, ...]]) -> bool:
    """Whether a word of ``element``'s class or id ends with one of ``ends``."""
    for name in f"{element.get('class', '')} {element.get('id', '')}".split():
        words = tuple(w.lower() for w in _NAME_WORDS.findall(name))
        if words[-1:] in ends or words[-2:] in ends:
            return True
    return False


def _photo_credit(element: Any) -> bool:
    """A credit in a figure or a caption, or beside an image unless it is a byline ('By
    Ali Karimi' beside the author's portrait: a review)."""
    parent = element.getparent()
    beside = parent is not None and bool(parent.xpath("img | picture | */img"))
    byline = " ".join(element.text_content().split()).lower().startswith("by ")
    return bool(
        element.xpath("ancestor::figure or ancestor::figcaption")
        or (beside and not byline)
        or any(_names(a, _CAPTION_ENDS) for a in element.iterancestors())
    )


def _caption_elements(root: Any) -> list[Any]:
    """The page's captions and photo credits (see _CAPTION_HINT), in the page's order
    (never its <body>, whatever its class: a page's class names its kind)."""
    return [
        element
        for element in root.xpath(_CAPTIONS)
        if element.tag == "figcaption"
        or _names(element, _CAPTION_ENDS)
        or (_names(element, _CREDIT_ENDS) and _photo_credit(element))
    ]


def _key(text: str) -> str:
    """``text`` as trafilatura writes a page's text, to compare with a line of it: in NFC,
    without the characters it drops (a soft hyphen, a zero-width space: none printable),
    its whitespace single spaces."""
    text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = "".join(c for c in text if c.isprintable() or c.isspace())
    return " ".join(text.split())


def _cell(key: str) -> str:
    """A line's text (``key``), or the cell's of a table's row of one cell ('| A
    caption. |': an old page's photo and its caption in a table)."""
    if key.startswith("| ") and key.endswith(" |") and " | " not in key[2:-2]:
        return key[2:-2].strip()
    return key


def _runs(root: Any, captions: set[Any]) -> list[tuple[bool, str]]:
    """The text a reader sees of the page ``root`` in order, in runs each all inside the
    ``captions`` or all outside them (whitespace made single spaces), each with whether
    it is a caption's."""
    pieces: list[tuple[bool, str]] = []

    def walk(element: Any, inside: bool) -> None:
        inside = inside or element in captions
        if isinstance(element.tag, str) and element.tag not in _UNREAD:
            pieces.append((inside, element.text or ""))
            for child in element:
                walk(child, inside)
                pieces.append((inside, child.tail or ""))

    walk(root, False)
    runs: list[tuple[bool, str]] = []
    for inside, text in pieces:
        if runs and runs[-1][0] == inside:
            runs[-1] = (inside, runs[-1][1] + text)
        else:
            runs.append((inside, text))
    return [(inside, _key(text)) for inside, text in runs]


def _copies(runs: list[tuple[bool, str]]) -> Callable[[str], list[bool]]:
    """For a text, its copies in ``runs`` (_runs) in order, each whether it is a
    caption's; one search of the page's text for each text asked (runs apart: no copy
    counted across two)."""
    holders = _holders([run for _, run in runs])
    return lambda text: [runs[i][0] for i in holders(text)]


def _holders(keys: list[str]) -> Callable[[str], list[int]]:
    """For a text, the lines of ``keys`` holding it, once for each copy, in order (one
    search of the text for each text asked)."""
    joined = "\n".join(keys)
    starts, at = [], 0
    for key in keys:
        starts.append(at)
        at += len(key) + 1

    def holders(text: str) -> list[int]:
        found = []
        at = joined.find(text)
        while at >= 0:
            found.append(bisect.bisect_right(starts, at) - 1)
            at = joined.find(text, at + len(text))
        return found

    return holders


def _without_captions(text: str, root: Any, html: str, title: str | None) -> str:
    """``text``, trafilatura's one reading of the page ``root`` (``html`` as written),
    without its lines that are captions or credits of the page's photos (_CAPTION_HINT)
    or furniture whole (_FURNITURE_LINE). A line that is a caption's text is kept as many
    times as the page gives that text outside its captions, less the times a longer line
    of the text holds it (the body's copy, kept there): the body's sentence is never lost.
    The title line is never dropped. The text is as it is when what would stay has under
    MIN_ARTICLE_WORDS words besides the title, or fewer than the captions dropped (a photo
    essay, all captions or a line of words and its captions: they are its article)."""
    lines = text.split("\n")
    keys = [_key(line) for line in lines]
    titled = 0 if title and keys and keys[0] == _key(title) else None
    drop: set[int] = {
        i
        for i, key in enumerate(keys)
        if i != titled
        and len(key.split()) <= MAX_FURNITURE_WORDS
        and _FURNITURE_LINE.fullmatch(key)
    }
    captions = _caption_elements(root) if root is not None and _CAPTION_HINT.search(html) else []
    of = {e: _key("".join(e.xpath(_SEEN_TEXT))) for e in captions}
    said = set(of.values()) - {""}
    at: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if _cell(key) in said:
            at.setdefault(_cell(key), []).append(i)
    if at:
        # (a caption's only when its text is a line: a wrapper of the article's paragraphs
        # that calls itself a caption is the body's)
        copies = _copies(_runs(root, {e for e, key in of.items() if key in at}))
        other = [_cell(key) not in said for key in keys]  # (a line no caption's text)
        in_lines = _holders(keys)
        for key, places in at.items():
            order = copies(key)  # (the page's copies, in order: whether each is a caption's)
            # the text's copies in order, the lines that are it and those holding it (a
            # list's item '- ...', a longer paragraph): when as many as the page's, each
            # is one of them, and the captions' lines go (the body's stays in its place)
            alike = set(places)
            holders = in_lines(key)
            body, longer = order.count(False), sum(other[i] for i in holders)
            if len(order) == len(holders):
                drop.update(i for i, cap in zip(holders, order, strict=True)
                            if cap and i in alike and i != titled)  # fmt: skip
                continue
            keep = min(len(places), max(0, body - longer))
            # (never more lines dropped than the page has captions saying it)
            keep = max(keep, len(places) - order.count(True))
            if titled in places:
                places.remove(titled)  # (the title is never dropped: a copy the body gives)
                keep = max(0, keep - 1)
            drop.update(places[: len(places) - keep])  # (else the body's copy: the last)
    if not drop:
        return text
    words = sum(len(key.split()) for i, key in enumerate(keys) if i not in drop and i != titled)
    captioned = sum(len(keys[i].split()) for i in drop if _cell(keys[i]) in at)
    if words < MIN_ARTICLE_WORDS or captioned > words:
        return text  # (all captions, or mostly: a photo essay, read as it is)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


# A line that is page furniture from its start to its end, and short (at most
# MAX_FURNITURE_WORDS words): a reading time ('4 min read'), a relative time of minutes or
# hours alone ('4 hours ago', 'Updated 2 hours ago'; days or weeks only after 'Updated',
# 'Posted': '100 days ago' alone is a subhead), a count of shares or comments alone ('12
# shares', 'Share12 shares', 'Comments (42)'; not 'Shares: 1,200', a fact box's line).
# Nothing else: not a gallery's place ('3 of 5' is a table's cell, a score, a share of a
# vote as well), never a line with any more words.
MAX_FURNITURE_WORDS = 6
_NUM = r"\d[\d,.]*\s?[kK]?"
_AGO = r"(?:about\s)?(?:\d+|an?)\s?"
_FURNITURE_LINE = re.compile(
    rf"(?:(?:last\s)?(?:{_STAMP_WORDS}):?\s)?{_AGO}"
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?)\sago"
    rf"|(?:last\s)?(?:{_STAMP_WORDS}):?\s{_AGO}(?:days?|weeks?)\sago"
    rf"|{_NUM}\s?(?:min|mins|minutes?)\.?\s(?:read|listen)"
    rf"|(?:reading|read)\stime:?\s{_NUM}\s?(?:min|mins|minutes?)\.?"
    rf"|(?:share\s?)?{_NUM}\s(?:shares?|comments?)"
    rf"|(?:shares?|comments?)\s?\({_NUM}\)",
    re.I,
)


def _parse(html: str) -> tuple[Any, bool]:
    """The page as lxml parses it (None when it cannot), and whether it is nested deeper
    than lxml parses by default, as trafilatura does (libxml2 stops at 256 levels and the
    rest of the page is lost): an article inside a page builder's wrappers or unclosed
    <div>s. One parse of the page for both (lxml is fast: a few milliseconds a page); a
    deeper parse for trafilatura cost it its repair of the page's text and grew with depth
    times size (a 2.5 MB page 2,000 levels deep: 4 GB)."""
    import lxml.etree
    import lxml.html

    # the text is decoded already: its bytes are UTF-8 whatever the page declares (as for
    # trafilatura's own parser; a declared UTF-16 read them as garbage, with no error)
    parser = lxml.html.HTMLParser(remove_pis=True, encoding="utf-8")
    try:
        root = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None, False
    cut = any(e.type_name == "ERR_RESOURCE_LIMIT" and "depth" in e.message
              for e in parser.error_log)  # fmt: skip
    return root, cut


_BARE = (
    "the page's metadata could not be read (the HTML reader failed on it): its text is read, "
    "its title, author, site and publication date are left out"
)


def _extract(html: str):  # type: ignore[no-untyped-def]
    """trafilatura's reading of the page (None when it finds no article), the page as it
    was read, and whether it was read without its metadata. htmldate raises on a timestamp
    whose offset no clock shows (-99:00, +25:00) and trafilatura then drops the whole page;
    such offsets are left out and the page read again (its stamps are read as written by
    ``_timed``, which warns and keeps the day). When the metadata still fails, the text is
    read without it, and the reader says so (``_BARE``)."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)

    def extract(page: str, with_metadata: bool = True):  # type: ignore[no-untyped-def]
        return trafilatura.bare_extraction(
            page,
            with_metadata=with_metadata,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            # the page's own metadata, markup and address only: htmldate's extensive search
            # takes any year the text mentions ("in 2006") for its date, which then decides
            # whether a difference is an update
            date_extraction_params={"original_date": True, "extensive_search": False},
        )

    extracted = extract(html)
    if extracted is not None:
        return extracted, html, False
    page = drop_unclocked_offsets(html)
    if page != html:
        extracted = extract(page)
        if extracted is not None:
            return extracted, page, False
    # some other metadata it cannot read (or no article at all): the text without it
    extracted = extract(html, with_metadata=False)
    return extracted, page, extracted is not None


def _line_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if s < e:
            spans.append((s, e))
        pos += len(line) + 1
    return tuple(spans)

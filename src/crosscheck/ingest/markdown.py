"""Markdown with optional YAML front matter (or TOML, between '+++' lines).

Extraction sees the body with the markup taken out (headings, emphasis, links, images, code
fences, list and quote markers, HTML tags, footnote marks) and without what a page never
shows (HTML comments, scripts, styles), while every character of the text still maps back
to its place in the file through the document's offset map.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml

from crosscheck import safeyaml
from crosscheck.config import Settings
from crosscheck.ingest.base import (
    METADATA_FIELDS,
    ReadResult,
    SourceFile,
    metadata_dating,
    metadata_texts,
)
from crosscheck.ingest.decode import decode
from crosscheck.ingest.textbuild import TextBuilder, split_paragraphs
from crosscheck.model import LINE_END, Diagnostic, Document

# '---' and then lines of a key and a colon: front matter, when a closing line follows
_OPENED = re.compile(r"\A---[ \t]*(?:\r\n?|\n)((?:[A-Za-z_][\w-]*[ \t]*:[^\r\n]*(?:\r\n?|\n)?)+)")
_KEY = re.compile(r"[A-Za-z_][\w-]*")
_FIELDS = frozenset(name.lower() for names in METADATA_FIELDS.values() for name in names)


def _unclosed(source: str) -> bool:
    """Front matter opened with '---' and never closed: two or more 'key:' lines after it,
    or one that names a field front matter gives (title, date, source...). One line such
    as 'Note: ...' or 'Update: ...' under a rule is prose."""
    m = _OPENED.match(source)
    if m is None:
        return False
    lines = m.group(1).splitlines()
    first = _KEY.match(lines[0])
    return len(lines) >= 2 or (first is not None and first.group().lower() in _FIELDS)


def _fenced(opening: str, closing: str) -> re.Pattern[str]:
    """A block at the file's start between an opening and a closing line (each a regular
    expression; lines may end with LF, CRLF or CR alone), its text in group 1."""
    return re.compile(
        rf"\A{opening}[ \t]*(?:\r\n?|\n)(.*?(?:\r\n?|\n))?{closing}[ \t]*(?:\r\n?|\n|\Z)", re.S
    )


_FRONT_MATTER = _fenced("---", r"(?:---|\.\.\.)")
# '+++' ... '+++': TOML front matter, as Hugo and Zola write it
_TOML_FRONT_MATTER = _fenced(r"\+\+\+", r"\+\+\+")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_HR = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"[ \t]{0,3}>[ \t]?")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_LINK_DEF = re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+")
# a footnote's definition ('[^1]: text'): its marker is dropped, its text read
_NOTE_DEF = re.compile(r"[ \t]{0,3}\[\^[^\]\s]{1,100}\]:[ \t]*")
# what a reader of the page never sees: HTML comments, scripts, styles and templates, on
# one line or many ('<!-- old draft: 300 killed -->'); one left open is text
_HIDDEN_OPENS = re.compile(r"<!--|<(script|style|template)\b[^>]*>", re.I)
_CLOSES = {kind: re.compile(rf"</{kind}\s*>", re.I) for kind in ("script", "style", "template")}
# code, where '<!--' is text shown as written: a span of backticks on one line, bounded
# (an unmatched run looks no further than 1,000 characters)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)[^`\n]{1,1000}?(?<!`)\1(?!`)")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")

# Inline markup, in the order tried at each position.
# Bracketed parts stop at the next bracket and after 1,000 characters (a destination after
# 2,000): on a line of 20,000 "[" the unbounded form scanned to the line's end from every
# bracket, quadratic in the line's length.
_INLINE = re.compile(
    r"(?P<image>!\[(?P<alt>[^\[\]]{0,1000})\]\([^()]{0,2000}\))"
    r"|(?P<note>\[\^[^\[\]\s]{1,100}\])"  # a footnote's mark: '[^1]'
    r"|(?P<link>\[(?P<label>[^\[\]]{1,1000})\](?:\([^()]{0,2000}\)|\[[^\[\]]{0,1000}\]))"
    r"|(?P<auto><(?P<url>(?:https?|mailto):[^>\s]+)>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<code>`+)"
    r"|(?P<escape>\\(?P<escaped>[\\`*_{}\[\]()#+\-.!|>~\"']))"
    r"|(?P<emph>\*{1,3}|_{1,3}|~~)"
    r"|(?P<pipe>\|)"
)


def read_markdown(src: SourceFile, settings: Settings) -> ReadResult:
    out = ReadResult()
    decoded = decode(src.data)
    if decoded.note:
        out.diagnostics.append(Diagnostic(src.path, decoded.note))
    source = decoded.text
    meta: dict[str, Any] = {}
    lines: dict[str, int] = {}  # each key's line in the file, for the warnings on its value
    body_start = 0
    m = _FRONT_MATTER.match(source)
    toml = None if m else _TOML_FRONT_MATTER.match(source)
    if m:
        body_start = m.end()
        meta, lines = _front_matter(m.group(1) or "", src, out)
    elif toml:
        body_start = toml.end()
        meta, lines = _toml_front_matter(toml.group(1) or "", src, out)
    elif _unclosed(source):  # its keys read as the article's first lines: said so
        said = "front matter opened with '---' is never closed ('---' or '...'); read as text"
        out.diagnostics.append(Diagnostic(src.path, said, 1))
    builder = TextBuilder(source)
    heading_spans = _strip_body(source, body_start, builder)
    text = builder.text()
    paragraphs = split_paragraphs(text)
    texts = metadata_texts(meta, "front matter", src, out, lines)
    title = texts["title"]
    title_span = None
    if paragraphs and heading_spans and heading_spans[0] == paragraphs[0]:
        title_span = paragraphs[0]
        title = title or text[slice(*title_span)]
    out.documents.append(
        Document(
            id=src.doc_id,
            path=src.path,
            format="markdown",
            text=text,
            paragraphs=paragraphs,
            title=title,
            title_span=title_span,
            source=texts["source"],
            url=texts["url"],
            author=texts["author"],
            dating=metadata_dating(meta, "front matter", src, out, lines),
            encoding=decoded.encoding,
            offset_map=builder.offset_map(),
        )
    )
    return out


def _front_matter(
    block: str, src: SourceFile, out: ReadResult
) -> tuple[dict[str, Any], dict[str, int]]:
    """The front matter's keys (lower-cased) and values, and the line in the file of each
    key's last spelling (the one read)."""
    try:
        # bounded: an alias bomb or deep nesting is refused
        data, keys = safeyaml.load_with_keys(block)
    except safeyaml.BoundsError as exc:
        out.diagnostics.append(Diagnostic(src.path, f"front matter refused: {exc}; ignored", 2))
        return {}, {}
    except yaml.YAMLError as exc:
        at, problem, _ = safeyaml.where_and_why(exc, block)
        line = at + 1 if at is not None else None  # +1 for the '---' above the block
        out.diagnostics.append(
            Diagnostic(src.path, f"front matter is not valid YAML ({problem}); ignored", line)
        )
        return {}, {}
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        out.diagnostics.append(
            Diagnostic(src.path, "front matter is not a mapping of keys to values; ignored", 2)
        )
        return {}, {}
    first: dict[str, tuple[str, int]] = {}
    last: dict[str, str] = {}  # folded key -> its last spelling
    lines: dict[str, int] = {}  # folded key -> the line of its last spelling
    for key, line in keys:  # (+1: the '---' line above the block)
        if key.lower() in first:
            said, at = first[key.lower()]
            out.diagnostics.append(Diagnostic(
                src.path, f"front matter key '{key}' is written twice (first"
                f"{f' as {said!r}' if said != key else ''} at line {at + 1}); the last is "
                "read", line + 1,
            ))  # fmt: skip
        first.setdefault(key.lower(), (key, line))
        last[key.lower()] = key
        lines[key.lower()] = line + 1
    meta = {str(k).lower(): v for k, v in data.items()}
    # 'date', 'Date', 'date': YAML keeps 'date' where it was first written, its last value;
    # the last written is read, as the warning says
    meta.update((folded, data[key]) for folded, key in last.items() if key in data)
    return meta, lines


def _toml_front_matter(
    block: str, src: SourceFile, out: ReadResult
) -> tuple[dict[str, Any], dict[str, int]]:
    """TOML front matter's keys (lower-cased) and values, and the line in the file of each
    top-level key; not valid TOML: a warning naming its line, and none read. Its tables
    ([params]) are values of their keys, as YAML's nested mappings are."""
    from crosscheck import safetoml

    block = block.replace("\r\n", "\n").replace("\r", "\n")  # (tomllib takes no CR alone)
    try:
        data = safetoml.loads(block)
    except safetoml.TomlProblem as exc:
        line = exc.line + 1 if exc.line else None  # +1 for the '+++' above the block
        out.diagnostics.append(Diagnostic(src.path, f"front matter is {exc.said}; ignored", line))
        return {}, {}
    at = _toml_key_lines(block)
    folded: dict[str, Any] = {}
    spelt: dict[str, str] = {}  # folded key -> the spelling read
    for key, value in data.items():
        first = spelt.get(key.lower())
        if first is not None:  # ('Date' and 'date': TOML keeps both; the last is read)
            out.diagnostics.append(Diagnostic(
                src.path, f"front matter key '{key}' is written twice (first as {first!r} at "
                f"line {at.get(first, '?')}); the last is read", at.get(key),
            ))  # fmt: skip
        folded[key.lower()] = value
        spelt[key.lower()] = key
    return folded, {k: at[key] for k, key in spelt.items() if key in at}


def _toml_key_lines(block: str) -> dict[str, int]:
    """Each top-level key of TOML front matter (as spelt) and its line in the file (the
    '+++' above the block is line 1): safetoml's reading, as the configuration file's."""
    from crosscheck import safetoml

    return {key: line + 1 for key, line in safetoml.key_lines(block).items()}


def _strip_body(source: str, start: int, builder: TextBuilder) -> list[tuple[int, int]]:
    """Copy the body into ``builder`` without markup; returns the text spans of headings."""
    headings: list[tuple[int, int]] = []
    in_fence: str | None = None
    lines = _lines(source, start)
    hidden = _hidden_spans(source, lines) if "<" in source else []
    for i, (ls, le, nl_end) in enumerate(lines):
        line = source[ls:le]
        if hidden and not in_fence and not _visible(ls, le, hidden):  # all of it hidden
            builder.emit("\n", at=ls)
            continue
        fence = _FENCE.match(line)
        if in_fence:
            if _closes(fence, in_fence):
                in_fence = None
            builder.emit("\n", at=ls)
            continue
        if fence:
            in_fence = fence.group(1)
            builder.emit("\n", at=ls)
            continue
        next_line = source[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        if (
            _HR.match(line) or _LINK_DEF.match(line) or _TABLE_RULE.match(line)
        ) and not _is_setext_target(line, source, lines, i):
            builder.emit("\n", at=ls)
            continue
        if _SETEXT.match(line) and i > 0 and source[lines[i - 1][0] : lines[i - 1][1]].strip():
            builder.emit("\n", at=ls)  # underline of the heading above
            continue
        pos = ls
        is_heading = False
        while True:
            q = _QUOTE.match(source, pos, le)
            if not q:
                break
            pos = q.end()
        h = _ATX.match(source, pos, le)
        if h:
            pos, is_heading = h.end(), True
            close = _ATX_CLOSE.search(source, pos, le)
            le = close.start() if close else le
        else:
            li = _LIST.match(source, pos, le) or _NOTE_DEF.match(source, pos, le)
            if li:
                pos = li.end()
        if next_line and _SETEXT.match(next_line) and source[ls:le].strip():
            is_heading = True
        before = builder.length
        _inline(source, pos, le, _Skipping(builder, hidden) if hidden else builder)
        if is_heading and builder.length > before:
            headings.append((before, builder.length))
        if nl_end > le:
            if source[nl_end - 1] == "\n":
                builder.copy(nl_end - 1, nl_end)  # the newline itself, without any '\r' or '##'
            else:  # a CR alone: a new line in the text, at its place
                builder.emit("\n", at=nl_end - 1)
            # a heading or list item ends its paragraph even without a blank line after it
            if (is_heading or _LIST.match(line)) and next_line.strip():
                builder.emit("\n", at=nl_end)
    return headings


def _closes(found: re.Match[str] | None, fence: str) -> bool:
    """Whether a line's fence (_FENCE's match) closes the block ``fence`` opened: the same
    character, at least as many times."""
    return found is not None and found.group(1)[0] == fence[0] and len(found.group(1)) >= len(fence)


def _hidden_spans(source: str, lines: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """The spans a page never shows: HTML comments ('<!-- ... -->'; '<!-->' is an empty
    one) and scripts, styles and templates, on one line or many; none opened in code (a
    fenced block, a span of backticks on its line), with the fences found as _strip_body
    finds them (a fence inside a comment is none). One left open is text, and so is every
    later one of its kind (no closer follows: each is looked for once, in linear time)."""
    last = {"--": source.rfind("-->")}  # where the last closer of each kind starts
    for kind, closer in _CLOSES.items():
        last[kind] = max((m.start() for m in closer.finditer(source)), default=-1)
    out: list[tuple[int, int]] = []
    fence: str | None = None
    hidden_to = -1  # the end of the span the lines are in
    for ls, le, nl_end in lines:
        if nl_end <= hidden_to:
            continue  # all of it inside a span (a fence there is none)
        pos = max(ls, hidden_to)
        if pos == ls:  # a line of its own: a fence's, or inside one
            found = _FENCE.match(source[ls:le])
            if fence is not None:
                if _closes(found, fence):
                    fence = None
                continue
            if found:
                fence = found.group(1)
                continue
        code = [m.span() for m in _CODE_SPAN.finditer(source, ls, le) if "<" in m.group()]
        while (m := _HIDDEN_OPENS.search(source, pos, le)) is not None:
            kind = (m.group(1) or "--").lower()
            empty = kind == "--" and source.startswith((">", "->"), m.end())  # '<!-->', '<!--->'
            if (code and not _visible(m.start(), m.start() + 1, code)) or (
                not empty and last[kind] < m.end()
            ):
                pos = m.end()  # in code, or left open (no closer after it)
                continue
            if empty:
                end = source.index(">", m.end()) + 1
            elif kind == "--":
                end = source.index("-->", m.end()) + 3
            else:
                close = _CLOSES[kind].search(source, m.end())
                assert close is not None  # (last[kind] is after it)
                end = close.end()
            out.append((m.start(), end))
            if end > le:
                hidden_to = end
                break
            pos = end
    return out


class _Skipping:
    """A TextBuilder for _inline that copies only what is outside ``hidden``: a comment
    inside a link's label is left out, the link still read as one."""

    def __init__(self, builder: TextBuilder, hidden: list[tuple[int, int]]) -> None:
        self.builder, self.hidden = builder, hidden

    def copy(self, start: int, end: int) -> None:
        for a, b in _visible(start, end, self.hidden):
            self.builder.copy(a, b)

    def emit(self, text: str, at: int) -> None:
        self.builder.emit(text, at=at)


def _visible(start: int, end: int, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of [start, end) outside the ``hidden`` spans (sorted, apart)."""
    out = []
    k = bisect.bisect_right(hidden, start, key=lambda span: span[0]) - 1  # the last before
    pos = start
    for i in range(max(k, 0), len(hidden)):  # (no slice: a copy of the rest each call)
        hs, he = hidden[i]
        if hs >= end:
            break
        if he <= pos:
            continue
        if hs > pos:
            out.append((pos, hs))
        pos = max(pos, he)
    if pos < end:
        out.append((pos, end))
    return out


def _is_setext_target(line: str, source: str, lines: list[tuple[int, int, int]], i: int) -> bool:
    """'---' under a line of text underlines a heading; it is no horizontal rule."""
    return bool(
        re.match(r"^[ \t]{0,3}-+[ \t]*$", line)
        and i > 0
        and source[lines[i - 1][0] : lines[i - 1][1]].strip()
    )


def _lines(source: str, start: int) -> list[tuple[int, int, int]]:
    """(line start, content end, end including the newline) for each line from ``start``."""
    out = []
    pos = start
    n = len(source)
    if "\r" in source:  # lines ended by CRLF or CR alone too (an old Mac's file)
        for m in LINE_END.finditer(source, start):
            out.append((pos, m.start(), m.end()))
            pos = m.end()
        if pos < n:
            out.append((pos, n, n))
        return out
    while pos < n:
        nl = source.find("\n", pos)
        if nl == -1:
            out.append((pos, n, n))
            break
        out.append((pos, nl, nl + 1))
        pos = nl + 1
    return out


def _inline(source: str, start: int, end: int, builder: TextBuilder | _Skipping) -> None:
    pos = start
    for m in _INLINE.finditer(source, start, end):
        kind = m.lastgroup
        if m.group("image") is not None:
            kind = "image"
        elif m.group("link") is not None:
            kind = "link"
        elif m.group("auto") is not None:
            kind = "auto"
        if kind == "emph" and not _flanking(source, m.start(), m.end(), start, end):
            continue
        builder.copy(pos, m.start())
        if kind == "link":
            ls = m.start("label")
            _inline(source, ls, m.end("label"), builder)
        elif kind == "auto":
            builder.copy(m.start("url"), m.end("url"))
        elif kind == "escape":
            builder.copy(m.start("escaped"), m.end("escaped"))
        elif kind == "pipe":
            builder.emit(" ", at=m.start())
        # image, tag, code ticks, emphasis: dropped
        pos = m.end()
    builder.copy(pos, end)


def _flanking(source: str, s: int, e: int, lo: int, hi: int) -> bool:
    """An emphasis run opens before a word or closes after one; '2 * 3' is no emphasis."""
    before = source[s - 1] if s > lo else " "
    after = source[e] if e < hi else " "
    delim = source[s]
    opens = not after.isspace() and (before.isspace() or not before.isalnum())
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if delim == "_" and before.isalnum() and after.isalnum():
        return False  # snake_case
    return opens or closes

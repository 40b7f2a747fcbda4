"""Building a document's text from pieces of its source, keeping the way back.

Readers copy verbatim slices of the decoded source and emit the odd character of their own
(a paragraph break after a heading); the builder records an anchor wherever the text stops
being a plain shift of the source, which is all ``OffsetMap`` needs.
"""

from __future__ import annotations

import re

from crosscheck.model import OffsetMap, Span, line_starts_of


class TextBuilder:
    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._len = 0
        self._anchors: list[tuple[int, int]] = []
        self._src_pos = 0

    @property
    def length(self) -> int:
        return self._len

    def copy(self, start: int, end: int) -> None:
        """Append source[start:end] verbatim."""
        if end <= start:
            return
        last = self._anchors[-1] if self._anchors else None
        if last is None or last[1] + (self._len - last[0]) != start:
            self._anchors.append((self._len, start))
        self._parts.append(self.source[start:end])
        self._len += end - start
        self._src_pos = end

    def emit(self, text: str, at: int | None = None) -> None:
        """Append text that is not a copy of the source; it maps to source offset ``at``."""
        if not text:
            return
        self._anchors.append((self._len, self._src_pos if at is None else at))
        self._parts.append(text)
        self._len += len(text)

    def text(self) -> str:
        return "".join(self._parts)

    def offset_map(self) -> OffsetMap:
        anchors = tuple(self._anchors) or ((0, 0),)
        if anchors[0][0] != 0:
            anchors = ((0, anchors[0][1]), *anchors)
        return OffsetMap(anchors=anchors, line_starts=line_starts_of(self.source))


def normalize_newlines(source: str, start: int = 0, end: int | None = None) -> TextBuilder:
    """Copy source[start:end] with CRLF and lone CR turned into LF."""
    end = len(source) if end is None else end
    builder = TextBuilder(source)
    pos = start
    for m in re.finditer(r"\r\n?", source[start:end]):
        s = start + m.start()
        builder.copy(pos, s)
        builder.emit("\n", at=s)
        pos = start + m.end()
    builder.copy(pos, end)
    return builder


_BLANK_RUN = re.compile(r"\n[ \t\f\v]*\n\s*")
_WRAP_MIN, _WRAP_MAX = 40, 100


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans of plain text (no surrounding whitespace in any span).

    Blank lines always separate paragraphs. Inside a block, lines are one paragraph when the
    block looks hard-wrapped (every line but the last 40-100 characters long); otherwise, as
    in files that put one paragraph per line with no blank line between, each line is a
    paragraph of its own.
    """
    spans: list[Span] = []
    pos = 0
    for m in _BLANK_RUN.finditer(text):
        _block(text, pos, m.start(), spans)
        pos = m.end()
    _block(text, pos, len(text), spans)
    return tuple(spans)


def _block(text: str, start: int, end: int, out: list[Span]) -> None:
    lines: list[Span] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        s, e = _strip(text, pos, stop)
        if s < e:
            lines.append((s, e))
        if nl == -1:
            break
        pos = nl + 1
    if not lines:
        return
    wrapped = len(lines) > 1 and all(_WRAP_MIN <= e - s <= _WRAP_MAX for s, e in lines[:-1])
    if wrapped:
        out.append((lines[0][0], lines[-1][1]))
    else:
        out.extend(lines)


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

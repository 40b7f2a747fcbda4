"""Plain text: paragraphs split on blank lines; a short first line without a full stop is
the title."""

from __future__ import annotations

from crosscheck.config import Settings
from crosscheck.ingest.base import ReadResult, SourceFile
from crosscheck.ingest.decode import decode
from crosscheck.ingest.textbuild import normalize_newlines, split_paragraphs
from crosscheck.model import Diagnostic, Document

TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 25


def read_text(src: SourceFile, settings: Settings) -> ReadResult:
    out = ReadResult()
    decoded = decode(src.data)
    if decoded.note:
        out.diagnostics.append(Diagnostic(src.path, decoded.note))
    builder = normalize_newlines(decoded.text)
    text = builder.text()
    paragraphs = split_paragraphs(text)
    title, title_span = None, None
    if len(paragraphs) > 1 and looks_like_title(text[slice(*paragraphs[0])]):
        title_span = paragraphs[0]
        title = text[slice(*title_span)]
    out.documents.append(
        Document(
            id=src.doc_id,
            path=src.path,
            format="text",
            text=text,
            paragraphs=paragraphs,
            title=title,
            title_span=title_span,
            encoding=decoded.encoding,
            offset_map=builder.offset_map(),
        )
    )
    return out


def looks_like_title(line: str) -> bool:
    """A headline: one short line that does not end with a full stop."""
    return (
        "\n" not in line
        and len(line) <= TITLE_MAX_CHARS
        and len(line.split()) <= TITLE_MAX_WORDS
        and not line.rstrip("\"'”’ ").endswith((".", ",", ";", ":"))
    )

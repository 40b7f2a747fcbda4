"""Saved news pages: main article text and metadata via trafilatura.

trafilatura is what web archivists and news researchers use for this (boilerplate removal
scored on news benchmarks, metadata from OpenGraph/JSON-LD/meta tags, dates via htmldate),
and it runs offline. Its output text does not keep offsets into the HTML, so the offset map
of an HTML document is coarse (every claim points at the top of the file).
"""

from __future__ import annotations

import logging
import re

from crosscheck.config import Settings
from crosscheck.errors import InputError
from crosscheck.ingest.base import ReadResult, SourceFile, clean_str, metadata_date
from crosscheck.ingest.decode import declared_charset, decode
from crosscheck.ingest.textbuild import normalize_newlines
from crosscheck.model import Diagnostic, Document, OffsetMap, line_starts_of

# Below this, what the extractor found is a stray menu or label, not an article.
MIN_ARTICLE_WORDS = 6


def read_html(src: SourceFile, settings: Settings) -> ReadResult:
    out = ReadResult()
    decoded = decode(src.data, declared_charset(src.data))
    if re.search(r'<meta name="generator" content="crosscheck[ "]', decoded.text[:2000]):
        raise InputError("a crosscheck report, not an article (is --out inside the input folder?)")
    if decoded.note:
        out.diagnostics.append(Diagnostic(src.path, decoded.note))
    extracted = _extract(decoded.text)
    words = len((extracted.text or "").split()) if extracted is not None else 0
    if words < MIN_ARTICLE_WORDS:
        raise InputError(
            f"no article text found in the HTML page ({words} word(s) of main text; "
            "menus and page furniture are not read)"
        )
    # trafilatura puts one paragraph per line; keep that as our paragraph structure
    text = normalize_newlines(extracted.text).text().strip()
    paragraphs = _line_spans(text)
    title = clean_str(extracted.title)
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
            published=metadata_date(extracted.date, src, settings, out),  # type: ignore[arg-type]
            author=clean_str(extracted.author),
            encoding=decoded.encoding,
            offset_map=OffsetMap(line_starts=line_starts_of(decoded.text), exact=False),
        )
    )
    return out


def _extract(html: str):  # type: ignore[no-untyped-def]
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )


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

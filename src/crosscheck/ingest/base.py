"""What every reader gets and gives."""

from __future__ import annotations

from dataclasses import dataclass, field

from crosscheck.config import Settings
from crosscheck.model import Diagnostic, Document, Skipped


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input file: where it is, the id its document(s) get, and its bytes."""

    path: str
    doc_id: str
    data: bytes


@dataclass(slots=True)
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def metadata_date(
    value: object, src: SourceFile, settings: Settings, out: ReadResult, line: int | None = None
) -> object:
    """Parse a published date; a bad one is a warning, and the default (if any) applies."""
    from crosscheck.ingest.dates import parse_published

    try:
        parsed = parse_published(value)
    except ValueError as exc:
        out.diagnostics.append(Diagnostic(src.path, str(exc), line))
        parsed = None
    return parsed if parsed is not None else settings.published_default


def clean_str(value: object) -> str | None:
    """Metadata strings: None for missing/empty, str() of anything else, stripped."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# Metadata keys of front matter and JSON records, and the names they may go by.
METADATA_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "site_name"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "pubdate"),
    "author": ("author", "byline", "authors"),
}


def metadata_field(meta: dict[str, object], name: str) -> object:
    """The first non-empty value among a field's names."""
    for key in METADATA_FIELDS[name]:
        if meta.get(key) not in (None, ""):
            return meta[key]
    return None

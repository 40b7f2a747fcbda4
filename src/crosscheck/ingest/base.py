"""What every reader gets and gives."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from crosscheck.config import Settings
from crosscheck.errors import shown
from crosscheck.model import (
    ASSUMED_DATE,
    Dating,
    Diagnostic,
    Document,
    Skipped,
    day_of,
    instant,
)

# A lone surrogate: what a JSON escape like "\ud800" (or a file name's byte that is not
# UTF-8) leaves in a str, which no UTF-8 output can write.
SURROGATE = re.compile("[\ud800-\udfff]")
# why an earlier crosscheck report among the inputs is skipped (report.html and report.json
# alike): its writer's folder is inside the input folder
A_REPORT = "a crosscheck report, not articles (is the report folder inside the input folder?)"
# and why a baseline is (`baseline create --out articles/baseline.json`, then `check
# articles` without --baseline: it was called a report, its folder the report folder)
A_BASELINE = "a crosscheck baseline, not articles (give it with --baseline)"


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as its escape ('b\\udfff'): one name
    stays one name, and every output can write it."""
    return SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# A control character (C0, DEL, C1): no page can show one, and HTML takes a NUL for none
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with each control character written as its escape ('a\\x00', 'b\\n'), as
    a record's own id names its document: what every output shows alike (the text output
    escaped it, the HTML report carried a raw NUL). An id that writes that escape itself
    ('b\\x00') is then the same id: a repeat, skipped and said, as with lone surrogates."""
    return CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


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
    # the ids of records the file holds that could not be read ("w.jsonl#r2" with no text)
    unread_ids: set[str] = field(default_factory=set)
    # whether the file names records without an id by their place ("w.jsonl#3", a JSON or
    # JSONL file, whatever it holds now): a place is no record's name once a line goes
    numbered: bool = False
    # whether a record of the file could not be read whose name cannot be known (a JSON
    # Lines line that is not JSON, a record that is no object): any record of the file
    # stored before may be that one, so a store serves none the file does not give now
    unnamed_unread: bool = False


def metadata_dating(
    meta: dict[str, object],
    where: str,
    src: SourceFile,
    out: ReadResult,
    line: int | Mapping[str, int] | None = None,
) -> Dating | None:
    """The publication (and update) moment that metadata states, and which field said so
    ("front matter: date"); a value that is no date is a warning naming the file (and
    line: the record's, or each key's from a map of them) and counts as absent, a day whose
    time cannot be is a warning and its day. None when metadata gives no date."""
    from crosscheck.ingest.dates import read_moment

    found: dict[str, tuple[str, str]] = {}
    for name in ("published", "updated"):
        for key in METADATA_FIELDS[name]:
            if meta.get(key) in (None, ""):
                continue
            try:
                moment, note = read_moment(meta[key])
            except ValueError as exc:
                out.diagnostics.append(Diagnostic(src.path, f"{key}: {exc}", key_line(line, key)))
                continue
            if note is not None:
                out.diagnostics.append(Diagnostic(src.path, f"{key}: {note}", key_line(line, key)))
            if moment:
                found[name] = (moment, key)
                break
    if not found:
        return None
    published, updated = found.get("published"), found.get("updated")
    if published and updated and instant(updated[0]) < instant(published[0]):
        why = f"{updated[1]} {updated[0]} is before {published[1]} {published[0]}"
        out.diagnostics.append(
            Diagnostic(src.path, f"{why}; the update is ignored", key_line(line, updated[1]))
        )
        updated = None
    key = (published or updated or ("", ""))[1]
    return Dating(
        published[0] if published else None, f"{where}: {key}", updated[0] if updated else None
    )


def dated(doc: Document, settings: Settings) -> tuple[Document, list[str]]:
    """A document with its dating complete: what its metadata said, else, for a text that
    is no saved web page, its dateline (a line under the headline that gives its date,
    "Posted: Sep 27, 2013 5:50 PM"), else a day in its address (URL) or file name, else
    --published-default (said as such); ``published`` is that day. With none of them the
    article stays undated. With it, the warnings to give: a dateline that names only days
    to come ("Published: 2027-03-14" in a run of 2026: not used), a file name read for want
    of any other date that holds a day the calendar lacks ('2024-02-30_wire.txt'). The dateline is
    the outlet's own word and comes before the address and the file name: where they
    differ on the ECB+ articles, an address held a print edition's day (the next), an
    archive's (a 2004 obituary under /2012/05/31/, a blog's month under
    2005_05_01_archive.html). A saved page is dated from its metadata, markup and address
    alone (htmldate; its text's dates are not read, by design: docs/how-it-works.md)."""
    from crosscheck.ingest.dates import (
        from_file_name,
        from_url,
        read_dateline,
        unreal_day_in_name,
    )

    dating = doc.dating
    notes: list[str] = []
    if dating is None and doc.format != "html":
        headline_end = doc.title_span[1] if doc.title_span else 0
        line, to_come = read_dateline(doc.text, headline_end)
        if line is not None:
            dating = Dating(line[0], f'dateline in the text: "{line[2]}"', line[1])
        elif to_come is not None:
            written, named = to_come
            notes.append(f'the dateline "{written}" names a day to come ({named}); not used')
    if dating is None and (day := from_url(doc.url)):
        dating = Dating(day, "URL")
    if dating is None:
        moment = from_file_name(doc.path)
        if moment is not None:
            dating = Dating(moment, "file name")
        else:
            unreal = unreal_day_in_name(doc.path)
            if unreal is not None:
                notes.append(
                    f"the date in the file name, {unreal}, is no day of the calendar; not used"
                )
            if settings.published_default is not None:
                dating = Dating(settings.published_default.isoformat(), ASSUMED_DATE)
    if dating is None:
        return (replace(doc, published=None) if doc.published is not None else doc), notes
    moment = dating.published or dating.updated
    return replace(doc, dating=dating, published=day_of(moment) if moment else None), notes


def clean_str(value: object) -> str | None:
    """Metadata strings: None for missing/empty, str() of anything else, stripped."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def metadata_text(
    value: object,
    name: str,
    kind: str,
    src: SourceFile,
    out: ReadResult,
    line: int | None = None,
    key: str | None = None,
) -> str | None:
    """A metadata field (``name``, written as ``key``: 'link' for the url; in the file's
    ``kind``: "front matter", "JSON field") as text: a string, a finite number or a date
    written as one, for an author a list of names (its empty items left out), a url an
    address (not a number); anything else (a mapping, a list, true or false, an
    infinite number) is no title, outlet or address: a warning naming the file, and the
    field left out (a mapping's text as an outlet would decide which articles are
    independent)."""
    what = f"{kind} '{key or name}'"
    if name == "author" and isinstance(value, list):
        names = [v for v in value if v not in (None, "")]
        if all(isinstance(v, str) for v in names):
            return ", ".join(v.strip() for v in names if v.strip()) or None
    if value is None or isinstance(value, str | date):
        text = clean_str(value.isoformat() if isinstance(value, date) else value)
        if name == "url" and text is not None:
            return web_address(text, what, src, out, line)
        return text
    # an int of any size is finite (math.isfinite(10**400) is an OverflowError)
    number = type(value) is int or (type(value) is float and math.isfinite(value))
    if number and name == "url":  # ("url": 5 was the address '5', without a word)
        said = f"{what} is a number ({shown(value, 40)}), not a web address; ignored"
        out.diagnostics.append(Diagnostic(src.path, said, line))
        return None
    if number:  # a title, outlet or author written as a number (an outlet's id) is its text
        return clean_str(value)
    out.diagnostics.append(Diagnostic(src.path, not_text(what, value), line))
    return None


def not_text(what: str, value: object) -> str:
    """The warning on a metadata value that is no text: "JSON field 'id' is a mapping, not
    text; ignored", its shape said where it has one."""
    if isinstance(value, dict):  # (a JSON object with a key written twice is a dict too)
        shape = "a mapping"
    elif type(value) is float and math.isfinite(value):
        shape = "a number that is not whole"  # (a whole one is read as text)
    elif type(value) is float:  # (JSON's NaN and Infinity, 1e400)
        shape = "a number that is not finite"
    else:
        shape = {list: "a list", bool: "true or false"}.get(type(value), "")
    return f"{what} is {shape + ', ' if shape else ''}not text; ignored"


def web_address(
    url: str, what: str, src: SourceFile, out: ReadResult, line: int | None = None
) -> str | None:
    """``url`` when it parses as an address (urllib reads its host), else a warning naming
    the file (``what``: where it was found) and None: the article is read without it, so
    no later stage meets an address it cannot read ("http://[::1")."""
    from urllib.parse import urlsplit

    try:
        _ = urlsplit(url).hostname  # (reading the host checks the address)
    except ValueError as exc:
        said = f"{what} {url[:80]!r} is not a web address ({exc}); read without it"
        out.diagnostics.append(Diagnostic(src.path, said, line))
        return None
    return url


# Metadata keys of front matter and JSON records, and the names they may go by.
METADATA_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "site_name"),
    "url": ("url", "link", "canonical_url"),
    "published": ("published", "date", "published_at", "pubdate", "datePublished"),
    "updated": (
        "updated",
        "modified",
        "updated_at",
        "date_modified",
        "dateModified",
        "last_modified",
    ),
    "author": ("author", "byline", "authors"),
}


# The metadata fields read as text (metadata_text); the others are dates (metadata_dating).
TEXT_FIELDS = ("title", "source", "url", "author")


def metadata_texts(
    meta: dict[str, object],
    kind: str,
    src: SourceFile,
    out: ReadResult,
    line: int | Mapping[str, int] | None = None,
) -> dict[str, str | None]:
    """Each text field of ``meta`` (TEXT_FIELDS, by any of its names) as metadata_text
    reads it, a warning naming the key as written and its line (the record's, or each
    key's from a map of them, as metadata_dating's)."""
    texts: dict[str, str | None] = {}
    for name in TEXT_FIELDS:
        key = metadata_key(meta, name)
        value = meta[key] if key else None
        texts[name] = metadata_text(value, name, kind, src, out, key_line(line, key), key)
    return texts


def key_line(line: int | Mapping[str, int] | None, key: str | None) -> int | None:
    """The line of ``key``: its own from a map of each key's, else the record's."""
    if isinstance(line, Mapping):
        return line.get(key) if key else None
    return line


def metadata_key(meta: dict[str, object], name: str) -> str | None:
    """The first of a field's names whose value is not empty."""
    return next((key for key in METADATA_FIELDS[name] if meta.get(key) not in (None, "")), None)

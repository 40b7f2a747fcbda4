"""JSON and JSON Lines: one article per record.

Fields: ``text`` (required), ``title``, ``source`` (or ``outlet``), ``url``, ``published``
(or ``date``), ``author``, ``id``. A ``.json`` file holds one record, a list of records, or an
object with an ``articles`` list. A bad record is skipped with its line (JSONL) or index
(JSON) named; the other records are read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from crosscheck.config import Settings
from crosscheck.errors import InputError
from crosscheck.ingest.base import (
    A_BASELINE,
    A_REPORT,
    ReadResult,
    SourceFile,
    clean_str,
    escape_controls,
    escape_surrogates,
    metadata_dating,
    metadata_texts,
    not_text,
)
from crosscheck.ingest.decode import decode
from crosscheck.ingest.textbuild import normalize_newlines, split_paragraphs
from crosscheck.model import Diagnostic, Document, OffsetMap, Skipped, line_starts_of


def read_jsonl(src: SourceFile, settings: Settings) -> ReadResult:
    out = ReadResult(numbered=True)
    decoded = decode(src.data)
    if decoded.note:
        out.diagnostics.append(Diagnostic(src.path, decoded.note))
    source = decoded.text
    line_starts = line_starts_of(source)
    lines: list[tuple[int, int, Any]] = []  # line, its offset, its record (or why not)
    ends = (*line_starts[1:], len(source))
    for lineno, (offset, end) in enumerate(zip(line_starts, ends, strict=True), start=1):
        raw = source[offset:end].strip()  # (its line end too: LF, CRLF or CR)
        if not raw:
            continue
        try:
            lines.append((lineno, offset, _loads(raw)))
        except json.JSONDecodeError as exc:
            # the line is named with the record; the column ends the decoder's message,
            # which reads "Unterminated string starting at" alone
            why = f"not valid JSON ({exc.msg}: column {exc.colno})"
            lines.append((lineno, offset, _Unread(why)))
        except RecursionError:
            lines.append((lineno, offset, _Unread("is nested too deeply")))
    named = _named_ids(record for _, _, record in lines)
    for lineno, offset, record in lines:
        if isinstance(record, _Unread):
            _bad(out, src, f"line {lineno}", record.why, lineno)
            out.unnamed_unread = True  # whichever record it held, the store must not serve
            continue
        _record(record, src, settings, out, f"line {lineno}", _own_key(lineno, "line", named),
                lineno, OffsetMap(((0, offset),), line_starts, exact=False),
                decoded.encoding)  # fmt: skip
    if not out.documents and not out.skipped:
        raise InputError("no records in the JSON Lines file", empty=True)
    return out


def read_json(src: SourceFile, settings: Settings) -> ReadResult:
    out = ReadResult(numbered=True)  # a single record now, a list before
    decoded = decode(src.data)
    if decoded.note:
        out.diagnostics.append(Diagnostic(src.path, decoded.note))
    try:
        data = _loads(decoded.text)
    except json.JSONDecodeError as exc:
        # a whole file that is no JSON (a configuration file with comments, tsconfig.json)
        # holds no record to check; a bad line of a JSON Lines file is a record unread
        raise InputError(
            f"not valid JSON ({exc.msg}: line {exc.lineno} column {exc.colno})", empty=True
        ) from None
    except RecursionError:
        raise InputError("not read: JSON nested too deeply") from None
    if (
        isinstance(data, dict)
        and isinstance(data.get("tool"), dict)
        and data["tool"].get("name") == "crosscheck"
    ):
        raise InputError(
            A_REPORT if "documents" in data else A_BASELINE,  # (a baseline has none)
            replaceable=True,
        )
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        for field in getattr(data, "twice", ()):  # ('articles' twice: the first list unread)
            said = _written_twice(field, " in the file's object")
            out.diagnostics.append(Diagnostic(src.path, said))
        if data.get("text") is not None:  # an article of its own beside the list: not read
            said = "JSON field 'text' beside an 'articles' list; the list's articles are read"
            out.diagnostics.append(Diagnostic(src.path, said))
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputError("no records in the JSON file", empty=True)
    line_starts = line_starts_of(decoded.text)
    single = not isinstance(data, list)
    named = _named_ids(records)
    for index, record in enumerate(records):
        where = "the record" if single else f"record {index}"
        key = None if single else _own_key(index, "record", named)
        _record(record, src, settings, out, where, key, None,
                OffsetMap(((0, 0),), line_starts, exact=False), decoded.encoding)  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class _Unread:
    """A JSON Lines line that could not be read, and why."""

    why: str


def _named_ids(records: Any) -> set[str]:
    """The ids records give themselves (their 'id' field, as _record reads it)."""
    return {key for r in records if isinstance(r, dict) and (key := _id_of(r))}


def _id_of(record: dict[str, Any]) -> str | None:
    """A record's own id: its 'id' field when it is text or a whole number, 3.0 too (a
    mapping, a list, true or false named records by their Python spelling: '#{'x': 1}')."""
    value = record.get("id")
    if isinstance(value, str) or (type(value) is int):
        # a lone surrogate ("\\udfff" in JSON) as its escape: the id names the document,
        # and its claims' ids hash it as UTF-8 (a literal '\\udfff' is then the same id)
        own = clean_str(value)
        return None if own is None else escape_controls(escape_surrogates(own))
    if type(value) is float and value.is_integer():  # 3.0: a whole number as pandas writes
        return str(int(value))  # a column of ids with a gap in it
    return None


# The keys of records named by their place (_own_key's): '3', 'line3', "record3'". A
# record whose own id has that shape is taken for one (never served from a store).
PLACE_KEY = re.compile(r"(?:line|record)?[0-9]+'*")


def _own_key(number: int, kind: str, named: set[str]) -> str:
    """The key of a record that names no id: its line or index ('3'), unless a record of
    the file names itself so; then 'line3' ('record3', then with a prime), so that no
    record is taken for a repeat of another it does not repeat (always a PLACE_KEY)."""
    key = str(number)
    if key in named:
        key = f"{kind}{number}"
        while key in named:
            key += "'"
    return key


class _Fields(dict):  # type: ignore[type-arg]
    """A JSON object that writes a key twice (json keeps the last without a word), 'date'
    then 'Date' too: each key written again with the spelling it was first written in, for
    a record's warning."""

    twice: tuple[tuple[str, str], ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object with its keys case-folded, as front matter's are ('Date' is 'date'):
    a key of another case was dropped without a word. A key written twice in any case
    keeps its last value; the object tells which (_Fields)."""
    out: dict[str, Any] = {}
    first: dict[str, str] = {}  # folded key -> its first spelling
    twice: list[tuple[str, str]] = []
    for key, value in pairs:
        folded = key.lower()
        if folded in first:
            twice.append((key, first[folded]))
        first.setdefault(folded, key)
        out[folded] = value
    if not twice:
        return out
    fields = _Fields(out)
    fields.twice = tuple(dict.fromkeys(twice))
    return fields


def _written_twice(field: tuple[str, str], place: str) -> str:
    key, said = field
    again = f" (first as {said!r})" if said != key else ""
    return f"JSON field {key!r} is written twice{again}{place}; the last is read"


def _loads(text: str) -> Any:
    return json.loads(text, parse_int=_int, object_pairs_hook=_object)


def _int(digits: str) -> int | str:
    """A JSON integer; one with more digits than Python converts stays a string (it can
    only be an id: a 5,000-digit number ended the whole run)."""
    return int(digits) if len(digits) <= 100 else digits


def _record(
    record: Any,
    src: SourceFile,
    settings: Settings,
    out: ReadResult,
    where: str,
    fallback_key: str | None,
    lineno: int | None,
    offset_map: OffsetMap,
    encoding: str,
) -> None:
    if not isinstance(record, dict):
        # a line of words is an article in a shape not read; null, a number, a list: none
        words = isinstance(record, str) and bool(record.strip())
        _bad(out, src, where, "is not an object with a 'text' field", lineno, empty=not words)
        out.unnamed_unread = True  # no id to name it by: no record of the file is served
        return
    for field in getattr(record, "twice", ()):
        place = f" in {where}" if lineno is None else ""  # (a line says which record)
        twice = _written_twice(field, place)
        out.diagnostics.append(Diagnostic(src.path, twice, lineno))
    text_value = record.get("text")
    named = _id_of(record)
    key = named or fallback_key
    own = record.get("id")
    if own is not None and not isinstance(own, str) and named is None:
        out.diagnostics.append(Diagnostic(src.path, not_text("JSON field 'id'", own), lineno))
    doc_id = f"{src.doc_id}#{key}" if key is not None else src.doc_id
    if not isinstance(text_value, str) or not text_value.strip():
        # no text at all is nothing to check; text in another shape (a list of paragraphs,
        # a number, an object) is an article not read
        said = text_value is not None and not (isinstance(text_value, str))
        # a 'text' of another shape is named as such: "has no 'text' field" of a record
        # that has one (a list of paragraphs) sent its writer looking for a missing key
        why = (
            f"has a 'text' field that is {_shape(text_value)}, not a string of article text"
            if said
            else "has no 'text' field with article text"
        )
        _bad(out, src, where, why, lineno, empty=not said)
        out.unread_ids.add(doc_id)  # a store must not stand in with its earlier text
        return
    if any(d.id == doc_id for d in out.documents):
        _bad(out, src, where, f"repeats the id {key!r} of an earlier record", lineno)
        return
    text = normalize_newlines(text_value).text()
    texts = metadata_texts(record, "JSON field", src, out, lineno)
    out.documents.append(
        Document(
            id=doc_id,
            path=src.path,
            format="json",
            text=text,
            paragraphs=split_paragraphs(text),
            title=texts["title"],
            source=texts["source"],
            url=texts["url"],
            author=texts["author"],
            encoding=encoding,
            offset_map=offset_map,
            dating=metadata_dating(record, "JSON field", src, out, lineno),
        )
    )


def _shape(value: object) -> str:
    """A JSON value's shape in words: 'a list', 'a number', 'an object', 'true or false'."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a number" if isinstance(value, int | float) else "of another type"


def _bad(
    out: ReadResult, src: SourceFile, where: str, why: str, lineno: int | None, empty: bool = False
) -> None:
    """A record skipped; ``empty`` when it held no article text (nothing to check)."""
    label = f"{src.path}:{lineno}" if lineno is not None else f"{src.path} ({where})"
    out.skipped.append(Skipped(label, f"{where} {why}", empty))

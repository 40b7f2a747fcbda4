"""report.json: the contract other tools read. Change it by adding fields, or bump VERSION."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import Any, BinaryIO

from crosscheck import __version__
from crosscheck.atomic import file_stamp, open_regular, write_bytes
from crosscheck.model import RunResult
from crosscheck.report import FILE_NAMES

# 2: groups[].reasons name other features; 3: findings' timeline/latest/difference
# replace evidence.compared.update; 4: summary.reused_extractions and reused_results
# removed, so that the file is the same bytes whether or not a store supplied the work (see
# docs: reading the report)
VERSION = 4


def to_report(result: RunResult) -> dict[str, Any]:
    """report.json as one dictionary (``sections`` with every list made)."""
    return {key: list(v) if isinstance(v, Iterator) else v for key, v in sections(result)}


def sections(result: RunResult) -> Iterator[tuple[str, Any]]:
    """report.json's keys in order, each with its value; the records' lists as iterators,
    made one record at a time while they are written."""
    yield "version", VERSION
    yield "tool", {"name": "crosscheck", "version": __version__}
    yield "inputs", result.inputs
    yield "alias_files", [shown_path(p) for p in result.alias_files]
    yield "rule_files", [shown_path(p) for p in result.rule_files]
    yield "concept_files", [shown_path(p) for p in result.concept_files]
    yield "wire_files", [shown_path(p) for p in result.wire_files]
    yield (
        "summary",
        {
            "documents": len(result.documents),
            "sentences": len(result.sentences),
            "claims": len(result.claims),
            "groups": len(result.groups),
            "copy_clusters": len(result.copies),
            "findings": {
                sev: sum(1 for f in result.findings if f.severity == sev)
                for sev in ("error", "warning", "info")
            },
            "skipped": len(result.skipped),
            "warnings": len(result.diagnostics),
            "suppressed": sum(1 for f in result.findings if f.suppressed),
            "from_store": len(result.from_store),
        },
    )
    yield "documents", (d.to_dict() for d in result.documents)
    yield "sentences", (s.to_dict() for s in result.sentences)
    yield "claims", (c.to_dict() for c in result.claims)
    yield "groups", (g.to_dict() for g in result.groups)
    yield "findings", (f.to_dict() for f in result.findings)
    yield "copies", (c.to_dict() for c in result.copies)
    yield "skipped", (s.to_dict() for s in result.skipped)
    yield "warnings", (d.to_dict() for d in result.diagnostics)
    yield "stale_baseline", result.stale_baseline
    yield "from_store", result.from_store


def dumps(data: Any) -> str:
    """The report as JSON, one record per line: readable and diffable like an indented
    file, but written by json's C encoder (``indent`` would switch to the pure-Python one,
    which took a quarter of a 1,000-article run)."""
    if not isinstance(data, dict):
        return json.dumps(data, ensure_ascii=False) + "\n"
    return "".join(chunks(data.items()))


def chunks(items: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """``dumps`` of the (key, value) ``items`` as pieces of text of about a megabyte, a
    list's records encoded as they come: what write_report writes, with nothing copied."""
    for chunk in _write(items, None):
        yield chunk.decode("utf-8")


_CHUNK = 1 << 20
# json.dumps(record, ensure_ascii=False) with one encoder for all records: dumps makes an
# encoder per call, a tenth of the time of report.json's tens of thousands of records
_encode = json.JSONEncoder(ensure_ascii=False).encode


_AFTER_SUMMARY = b',\n  "documents": '
_SUMMARY_WITHIN = 1 << 24  # the summary line ends within a report's first bytes (16 MiB)


class ReportChanged(Exception):
    """The old report.json, whose lines a new one copies, is not the file the store
    recorded: another program changed it while it was read."""


def write_report(result: RunResult, out_dir: Path, memory: LineMemory | None = None) -> Path:
    """Write report.json; with ``memory``, the lines of records whose makings did not
    change since the last write into this folder are copied from that file."""
    path = out_dir / FILE_NAMES["json"]
    if memory is None:
        return write_bytes(path, _write(sections(result), None))
    try:
        return write_bytes(path, memory.chunks(result, path))
    except ReportChanged:  # the last file changed while it was read: nothing copied
        memory.before, memory.reused = {}, 0
        return write_bytes(path, memory.chunks(result, path))


@dataclass
class LineMemory:
    """Where report.json's last write into a folder put the lines of its records, so that
    the next write copies them from that file rather than encoding them again (a run
    after 1% of 1,000 articles changed spent a tenth of its time encoding the 30,000
    records). A line is copied only under what made it: an article's sentences and claims
    under its id and extraction key (which hashes its text, its other fields but its name,
    and the extraction code), a group under its story's key (crosscheck.stories.story_key),
    a finding under its story's key and whether a baseline suppressed it, with its
    ``group_order`` (its group's place among the run's, which moves when any story gains
    a group) written afresh; all of them under ``version``, the code of the records and
    the report. The old file is used only when it has the SHA-256 the last write left.

    ``before`` is what Store.report_lines gives for the folder, ``now`` what this write
    leaves (saved with Store.save_outputs)."""

    version: str
    before: dict[str, Any]
    now: dict[str, Any] = field(default_factory=dict)
    reused: int = 0  # records whose line was copied

    def chunks(self, result: RunResult, path: Path) -> Iterator[bytes]:
        """report.json as write_report writes it without a memory, as bytes, in pieces of
        about _CHUNK bytes; fills ``now``."""
        old = _OldReport.open(path, self.before) if self._usable() else None
        try:
            yield from _write(sections(result), self, _Units(result, old))
            if old is not None and not old.unchanged():
                raise ReportChanged  # lines copied from it may be another file's
        finally:
            if old is not None:
                old.close()

    def _usable(self) -> bool:
        before = self.before
        return before.get("version") == self.version and isinstance(before.get("sha256"), str)


class _OldReport:
    """The last report.json, open, its lines read by their place. Never mapped into memory:
    a mapped file that another program truncates meanwhile kills the run with SIGBUS,
    where reading it gives short pieces (no line copied) and ``unchanged`` turns false."""

    def __init__(self, fh: BinaryIO, base: int, stamp: tuple[int, int, int, int]) -> None:
        self.fh = fh
        self.base = base  # where its records start (_AFTER_SUMMARY)
        self.size = stamp[1]
        self.stamp = stamp

    @classmethod
    def open(cls, path: Path, before: dict[str, Any]) -> _OldReport | None:
        """The file at ``path`` when it is the one ``before`` describes (its SHA-256, and
        its records where they start); else None. Read a piece at a time, never whole."""
        try:
            if path.is_symlink():
                return None
            opened = open_regular(path)  # lines are read by place (os.pread)
        except OSError:
            return None
        if opened is None:
            return None
        fh = opened
        try:
            stamp = _stamp(fh)
            digest, base, at, tail = hashlib.sha256(), -1, 0, b""
            while piece := fh.read(_CHUNK):  # at: where piece starts
                digest.update(piece)
                if base < 0 and at <= _SUMMARY_WITHIN:  # the first _AFTER_SUMMARY
                    found = (tail + piece).find(_AFTER_SUMMARY)
                    if found >= 0:
                        base = at - len(tail) + found
                    tail = (tail + piece)[-(len(_AFTER_SUMMARY) - 1) :]
                at += len(piece)
            if (
                base < 0
                or base != before.get("base")
                or digest.hexdigest() != before.get("sha256")
                or _stamp(fh) != stamp
            ):
                fh.close()
                return None
        except OSError:
            fh.close()
            return None
        except BaseException:
            fh.close()
            raise
        return cls(fh, base, stamp)

    def read(self, at: int, size: int) -> bytes:
        """``size`` bytes from ``at`` (fewer at the file's end, none on a read error).
        One call that does not move a buffer: lines read out of order cost no more."""
        try:
            if hasattr(os, "pread"):
                return os.pread(self.fh.fileno(), size, at)
            self.fh.seek(at)
            return self.fh.read(size)
        except OSError:
            return b""

    def unchanged(self) -> bool:
        """Whether the file is still as it was opened (atomic.file_stamp; renaming another
        file over it or unlinking it moves it too, though its bytes stay as they were)."""
        try:
            return _stamp(self.fh) == self.stamp
        except OSError:
            return False

    def close(self) -> None:
        self.fh.close()


def _stamp(fh: BinaryIO) -> tuple[int, int, int, int]:
    return file_stamp(os.fstat(fh.fileno()))


def _write(
    items: Iterable[tuple[str, Any]], memory: LineMemory | None, units: _Units | None = None
) -> Iterator[bytes]:
    """report.json (``dumps`` of ``items``) as bytes, in pieces of about _CHUNK bytes, a
    list's records encoded as they come; with ``memory`` (and ``units``, the run's records
    with the last file's), the lines it may copy copied, and ``memory.now`` filled."""
    copying = memory is not None and units is not None and units.old is not None
    before = memory.before if memory is not None and copying else {}
    now: dict[str, Any] = {"version": memory.version} if memory is not None else {}
    digest = hashlib.sha256() if memory is not None else None
    pending: list[bytes] = [b"{\n"]
    size = 2  # bytes in pending
    at = 0  # bytes of the file before pending
    for n, (key, value) in enumerate(items):
        head = ((",\n" if n else "") + f"  {json.dumps(key, ensure_ascii=False)}: ").encode()
        if key == "documents":
            now["base"] = at + size
        if not isinstance(value, (list, Iterator)):
            pending.append(head + _bytes(json.dumps(value, ensure_ascii=False)))
            size += len(pending[-1])
            continue
        walk = _UNITS.get(key) if units is not None else None
        if walk is not None and units is not None:
            kept: dict[str, list[Any]] = {}
            now[key] = kept
            part = before.get(key)
            pieces = walk(units, part if isinstance(part, dict) else {}, kept)
        else:
            pieces = ((None, _bytes(_encode(r)), 0) for r in value)
        first = True
        for entry, line, reused in pieces:
            piece = head + b"[\n    " if first else b",\n    "
            first = False
            pending.append(piece)
            size += len(piece)
            if entry is not None:  # where its lines are, from the records' start
                entry[0] = at + size - now["base"]
                entry[1] = entry[0] + len(line)
            if memory is not None:
                memory.reused += reused
            pending.append(line)
            size += len(line)
            if size >= _CHUNK:
                chunk = b"".join(pending)
                if digest is not None:
                    digest.update(chunk)
                yield chunk
                at += size
                pending, size = [], 0
        pending.append(head + b"[]" if first else b"\n  ]")
        size += len(pending[-1])
    pending.append(b"\n}\n")
    chunk = b"".join(pending)
    if digest is not None:
        digest.update(chunk)
    yield chunk
    if memory is not None and digest is not None:
        now["sha256"] = digest.hexdigest()
        memory.now = now


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", errors="backslashreplace")  # as crosscheck.atomic writes


_SEP = b",\n    "
_ORDER = b'"group_order": '
# one line of the memory: where a unit's lines are (start, end: from the records' start)
# and what they were made of
Entry = list[Any]
Piece = tuple[Entry | None, bytes, int]  # an entry (None: not kept), its lines, lines copied


class _Units:
    """The run's records as report.json's units of lines, with the last file's."""

    def __init__(self, result: RunResult, old: _OldReport | None) -> None:
        self.result = result
        self.old = old
        docs, keys = result.documents, result.extraction_keys
        # each document's extraction key; none (nothing copied) unless there is one for each
        same = len(keys) == len(docs)
        self.ext = dict(zip((d.id for d in docs), keys, strict=True)) if same else {}

    def lines(self, was: Any, size: int) -> bytes | None:
        """The lines the last file holds where the entry ``was`` (a list of ``size``) says,
        None without a file or for an entry that does not point at whole lines."""
        old = self.old
        if old is None or not isinstance(was, list) or len(was) != size:
            return None
        start, end = was[0], was[1]
        if type(start) is not int or type(end) is not int:
            return None
        lo, hi = old.base + start, old.base + end
        if not old.base < lo <= hi < old.size:
            return None
        piece = old.read(lo - 5, hi - lo + 6)  # with the indent before, the byte after
        if len(piece) != hi - lo + 6 or piece[:5] != b"\n    " or piece[-1:] not in (b",", b"\n"):
            return None
        return piece[5:-1]


def _encoded(record: Any) -> bytes:
    return _bytes(_encode(record.to_dict()))


Walk = Callable[[_Units, dict[str, Any], dict[str, Entry]], Iterator[Piece]]


def _by_document(name: str) -> Walk:
    """The units of the sentences or the claims: each document's, under its id and
    extraction key (its records come one after the other, in the run's order)."""

    def walk(units: _Units, before: dict[str, Any], kept: dict[str, Entry]) -> Iterator[Piece]:
        records = getattr(units.result, name)
        runs = [(doc, list(rs)) for doc, rs in groupby(records, key=attrgetter("document"))]
        if len({doc for doc, _ in runs}) != len(runs):  # a document's records apart
            for r in records:
                yield None, _encoded(r), 0
            return
        for doc, rs in runs:
            key = units.ext.get(doc)
            if key is None:
                yield None, _SEP.join(map(_encoded, rs)), 0
                continue
            was: Any = before.get(doc)
            line = units.lines(was, 4)
            reused = len(rs)
            if line is None or was[2] != key or was[3] != len(rs):
                line, reused = _SEP.join(map(_encoded, rs)), 0
            kept[doc] = entry = [0, 0, key, len(rs)]
            yield entry, line, reused

    return walk


def _groups(units: _Units, before: dict[str, Any], kept: dict[str, Entry]) -> Iterator[Piece]:
    """The groups, each under its story's key (but an id two groups share: no line kept)."""
    story = units.result.story_keys
    seen = Counter(g.id for g in units.result.groups)
    for g in units.result.groups:
        key = story.get(g.id)
        if key is None or seen[g.id] > 1:
            yield None, _encoded(g), 0
            continue
        was: Any = before.get(g.id)
        line = units.lines(was, 3)
        reused = 1
        if line is None or was[2] != key:
            line, reused = _encoded(g), 0
        kept[g.id] = entry = [0, 0, key]
        yield entry, line, reused


def _findings(units: _Units, before: dict[str, Any], kept: dict[str, Entry]) -> Iterator[Piece]:
    """The findings, each under its story's key, whether it is suppressed, its group and
    claims, with the place of its ``group_order`` figure in its line (written afresh).
    Finding ids are not unique (one subject judged alike in two groups): an id two findings
    share keeps no line, whose line would be which is not known; and a line is copied only
    for the same group and claims (``--new-only`` may write one such finding in a run and
    the other in a later one)."""
    story = units.result.story_keys
    seen = Counter(f.id for f in units.result.findings)
    for f in units.result.findings:
        key = story.get(f.group)
        order = f.evidence.get("group_order")
        if key is None or type(order) is not int or seen[f.id] > 1:  # an id twice
            yield None, _encoded(f), 0
            continue
        figure = str(order).encode()
        was: Any = before.get(f.id)
        old = units.lines(was, 8)
        if (
            old is not None
            and was[2] == key
            and was[3] is f.suppressed
            and was[6] == f.group
            and was[7] == list(f.claims)
            and type(was[4]) is int
            and type(was[5]) is int
            and len(_ORDER) <= was[4] <= was[5] <= len(old)
            and old[was[4] - len(_ORDER) : was[4]] == _ORDER
            and old[was[4] : was[5]].isdigit()
        ):
            line, at, reused = old[: was[4]] + figure + old[was[5] :], was[4], 1
        else:
            line, reused = _encoded(f), 0
            at = line.find(_ORDER) + len(_ORDER)
            if (
                at < len(_ORDER)
                or line.find(_ORDER, at) >= 0
                or line[at : at + len(figure)] != figure
            ):
                yield None, line, 0  # its figure not found once: not kept
                continue
        kept[f.id] = entry = [0, 0, key, f.suppressed, at, at + len(figure), f.group,
                              list(f.claims)]  # fmt: skip
        yield entry, line, reused


_UNITS: dict[str, Walk] = {
    "sentences": _by_document("sentences"),
    "claims": _by_document("claims"),
    "groups": _groups,
    "findings": _findings,
}


def shown_path(path: str) -> str:
    """Shipped files by their name in the package; the user's as given."""
    from crosscheck.config import shipped_rules_dir

    root = str(shipped_rules_dir())
    return "crosscheck:" + path[len(root) + 1 :] if path.startswith(root) else path

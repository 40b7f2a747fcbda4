"""report.json: the contract other tools read. Change it by adding fields, or bump VERSION."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from crosscheck import __version__
from crosscheck.atomic import write_chunks
from crosscheck.model import RunResult

# 2: groups[].reasons name other features; 3: findings' timeline/latest/difference
# replace evidence.compared.update (see docs: reading the report)
VERSION = 3


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
            "reused_extractions": result.reused,
            "reused_results": result.reused_results,
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
    list's records encoded as they come."""
    pending: list[str] = ["{\n"]
    size = 0
    for n, (key, value) in enumerate(items):
        head = (",\n" if n else "") + f"  {json.dumps(key, ensure_ascii=False)}: "
        if isinstance(value, (list, Iterator)):
            records = iter(value)
            first = next(records, _NONE)
            if first is _NONE:
                pending.append(head + "[]")
                continue
            pending.append(head + "[\n    " + _encode(first))
            for record in records:
                text = ",\n    " + _encode(record)
                pending.append(text)
                size += len(text)
                if size >= _CHUNK:
                    yield "".join(pending)
                    pending, size = [], 0
            pending.append("\n  ]")
        else:
            pending.append(head + json.dumps(value, ensure_ascii=False))
    pending.append("\n}\n")
    yield "".join(pending)


_NONE = object()
_CHUNK = 1 << 20
# json.dumps(record, ensure_ascii=False) with one encoder for all records: dumps makes an
# encoder per call, a tenth of the time of report.json's tens of thousands of records
_encode = json.JSONEncoder(ensure_ascii=False).encode


_SUMMARY = b'\n  "summary": '
_AFTER_SUMMARY = b',\n  "documents": '


def with_summary(old: bytes, result: RunResult) -> bytes | None:
    """The report ``old`` (as write_report writes it) with the summary of ``result`` in
    place of its own: for a run whose report differs only in what the store supplied.
    None when ``old`` is not laid out so (the summary is one line, the only top-level
    key line that starts so: records are indented further and their text escapes line
    breaks)."""
    start = old.find(_SUMMARY)
    if start < 0 or old.find(_SUMMARY, start + 1) >= 0:
        return None
    end = old.find(_AFTER_SUMMARY, start)
    if end < 0:
        return None
    summary = next(value for key, value in sections(result) if key == "summary")
    text = json.dumps(summary, ensure_ascii=False).encode("utf-8", errors="backslashreplace")
    return old[: start + len(_SUMMARY)] + text + old[end:]


def write_report(result: RunResult, out_dir: Path) -> Path:
    return write_chunks(out_dir / "report.json", chunks(sections(result)))


def shown_path(path: str) -> str:
    """Shipped files by their name in the package; the user's as given."""
    from crosscheck.config import shipped_rules_dir

    root = str(shipped_rules_dir())
    return "crosscheck:" + path[len(root) + 1 :] if path.startswith(root) else path

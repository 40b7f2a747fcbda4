"""One line per finding, `path:line:col: severity rule-id message`, for terminals and logs."""

from __future__ import annotations

from pathlib import Path

from crosscheck.model import RunResult
from crosscheck.report.sarif import _uri


def to_text(result: RunResult, root: Path | None = None, suppressed: set[str] | None = None) -> str:
    root = root or Path.cwd()
    suppressed = suppressed or set()
    docs = {d.id: d for d in result.documents}
    claims = {c.id: c for c in result.claims}
    lines = []
    for f in result.findings:
        first = next((claims[i] for i in f.claims if i in claims), None)
        if first is None:
            continue
        doc = docs[first.document]
        line, col = doc.offset_map.line_col(first.span[0])
        mark = " (suppressed)" if f.id in suppressed else ""
        lines.append(f"{_uri(doc, root)}:{line}:{col}: {f.severity} {f.rule} {f.message}{mark}")
    return "\n".join(lines) + ("\n" if lines else "")

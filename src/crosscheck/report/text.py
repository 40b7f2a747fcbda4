"""One line per finding, `path:line:col: severity rule-id message`, for terminals and logs."""

from __future__ import annotations

from pathlib import Path

from crosscheck.model import RunResult
from crosscheck.report.oneline import escape
from crosscheck.report.sarif import relative_path


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
        latest = f.latest_words()
        mark = f" [{escape(latest)}]{mark}" if latest else mark  # outlets' names too
        where = escape(relative_path(doc, root))
        lines.append(
            f"{where}:{line}:{col}: {f.severity} {escape(f.rule)} {escape(f.message)}{mark}"
        )
    return "\n".join(lines) + ("\n" if lines else "")

"""report.json: the contract other tools read. Change it by adding fields, or bump VERSION."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crosscheck import __version__
from crosscheck.atomic import write_text
from crosscheck.model import RunResult

# 2: groups[].reasons name other features; 3: findings' timeline/latest/difference
# replace evidence.compared.update (see docs: reading the report)
VERSION = 3


def to_report(result: RunResult) -> dict[str, Any]:
    return {
        "version": VERSION,
        "tool": {"name": "crosscheck", "version": __version__},
        "inputs": result.inputs,
        "alias_files": [shown_path(p) for p in result.alias_files],
        "rule_files": [shown_path(p) for p in result.rule_files],
        "concept_files": [shown_path(p) for p in result.concept_files],
        "summary": {
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
        "documents": [d.to_dict() for d in result.documents],
        "sentences": [s.to_dict() for s in result.sentences],
        "claims": [c.to_dict() for c in result.claims],
        "groups": [g.to_dict() for g in result.groups],
        "findings": [f.to_dict() for f in result.findings],
        "copies": [c.to_dict() for c in result.copies],
        "skipped": [s.to_dict() for s in result.skipped],
        "warnings": [d.to_dict() for d in result.diagnostics],
        "stale_baseline": result.stale_baseline,
        "from_store": result.from_store,
    }


def dumps(data: Any) -> str:
    """The report as JSON, one record per line: readable and diffable like an indented
    file, but written by json's C encoder (``indent`` would switch to the pure-Python one,
    which took a quarter of a 1,000-article run)."""
    if not isinstance(data, dict):
        return json.dumps(data, ensure_ascii=False) + "\n"
    lines = []
    for key, value in data.items():
        head = f"  {json.dumps(key, ensure_ascii=False)}: "
        if isinstance(value, list) and value:
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in value)
            lines.append(f"{head}[\n{items}\n  ]")
        else:
            lines.append(head + json.dumps(value, ensure_ascii=False))
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write_report(result: RunResult, out_dir: Path) -> Path:
    return write_text(out_dir / "report.json", dumps(to_report(result)))


def shown_path(path: str) -> str:
    """Shipped files by their name in the package; the user's as given."""
    from crosscheck.config import shipped_rules_dir

    root = str(shipped_rules_dir())
    return "crosscheck:" + path[len(root) + 1 :] if path.startswith(root) else path

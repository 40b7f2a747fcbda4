"""MkDocs hook: replaces `<!-- generated: NAME -->` lines with reference text made from
the code (crosscheck.reference) or from output files, so nothing is written twice.

An unknown NAME fails the build (mkdocs build --strict treats the error as fatal).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from crosscheck import reference

REPO = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^<!-- generated: ([a-z-]+) -->$", re.MULTILINE)

GENERATORS = {
    "check-kinds": reference.kinds_markdown,
    "message-fields": reference.message_fields_markdown,
    "config-keys": reference.config_keys_markdown,
    "bench": lambda: reference.bench_markdown(REPO / "reports" / "bench.json"),
    "eval": lambda: reference.output_markdown(REPO / "reports" / "eval-extract.txt", "make eval"),
    "eval-findings": lambda: reference.output_markdown(
        REPO / "reports" / "eval-findings.txt", "make eval"
    ),
    "eval-heldout": lambda: reference.output_markdown(
        REPO / "reports" / "eval-heldout.txt", "make eval"
    ),
    "eval-outside": lambda: reference.output_markdown(
        REPO / "reports" / "eval-outside.txt", "make eval"
    ),
}


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in GENERATORS:
            raise ValueError(f"{page.file.src_path}: unknown generated section {name!r}")
        return GENERATORS[name]()

    return MARKER.sub(replace, markdown)

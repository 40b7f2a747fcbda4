"""What report.html shows of copies (crosscheck.sources): the copy clusters of the run, and
for each finding its independent sources, which of its documents are copies of one another
and whether its difference is an editing difference between copies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crosscheck.model import Document, Finding, RunResult


def _doc_anchor(doc_id: str) -> str:
    from crosscheck.report.html import anchor  # html imports this module

    return anchor("doc", doc_id)


def _doc(doc_id: str, docs: Mapping[str, Document]) -> dict[str, Any]:
    d = docs.get(doc_id)
    return {"id": doc_id, "anchor": _doc_anchor(doc_id), "outlet": d.source if d else None,
            "title": (d.title if d and d.title else doc_id)}  # fmt: skip


MAX_CLUSTERS = 200  # clusters shown in full; report.json lists them all
MAX_LINKS = 20  # links shown per cluster


def copies_view(
    result: RunResult, docs: Mapping[str, Document] | None = None
) -> list[dict[str, Any]]:
    """The copy clusters (the first MAX_CLUSTERS): members (outlet, title), where each
    credits a wire, and why documents were found to share copy (the first MAX_LINKS
    links; ``more_links`` counts the rest). ``docs``: the run's documents by id, when the
    caller has them (a report of many pages asks once per page)."""
    if docs is None:
        docs = {d.id: d for d in result.documents}
    return [
        {
            "id": c.id,
            "label": c.label,
            "documents": [_doc(d, docs) for d in c.documents],
            "credits": [{"document": d, "wire": w, "text": t} for d, w, t in c.credits],
            "links": [
                {
                    "documents": list(link.documents),
                    "words": link.words(),
                    "examples": list(link.examples),
                }
                for link in c.links[:MAX_LINKS]
            ],
            "more_links": max(0, len(c.links) - MAX_LINKS),
        }
        for c in result.copies[:MAX_CLUSTERS]
    ]


def finding_sources_view(f: Finding, docs: Mapping[str, Document]) -> dict[str, Any] | None:
    """A finding's independent sources, each with its documents; None when not known (a
    finding stored by an older version)."""
    indep = f.independent_sources
    if not indep or "sources" not in indep:
        return None
    return {
        "count": indep["count"],
        "words": indep["words"],
        "editing": bool(indep.get("editing_difference")),
        "sources": [
            {
                # the outlets a shared copy's words name are listed beside them here
                "words": s["words"] if s.get("wires") else s["words"].partition(" (")[0],
                "copies": len(s["documents"]) > 1,
                "documents": [_doc(d, docs) for d in s["documents"]],
            }
            for s in indep["sources"]
        ],
    }

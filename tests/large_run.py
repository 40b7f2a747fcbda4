"""A large run built from a small real one, for the report at scale (browser tests and
`make bench`): the seeds' records copied many times under new ids, each copy its own story,
so a report of thousands of articles is made in seconds rather than by hours of extraction.
Optionally one story is made larger than a page (a group that joins claims of many copies),
so the report has a story that spans several pages."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crosscheck.model import CopyCluster, CopyLink, RunResult


def _new_id(prefix: str, old: str, copy: int) -> str:
    return prefix + hashlib.sha256(f"{old}/{copy}".encode()).hexdigest()[:12]


def _remap(value: Any, ids: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return ids(value)
    if isinstance(value, list | tuple):
        return type(value)(_remap(v, ids) for v in value)
    if isinstance(value, dict):
        return {k: _remap(v, ids) for k, v in value.items()}
    return value


def replicate(base: RunResult, copies: int, joined: int = 0) -> RunResult:
    """``base`` copied ``copies`` times (documents ``s00001/<id>``...); with ``joined``, one
    more group ties a claim of each of the first ``joined`` copies' first document into a
    single story of that many articles, and the first and last articles share copy."""
    out = RunResult(
        inputs=["synthetic/"],
        alias_files=base.alias_files,
        rule_files=base.rule_files,
        concept_files=base.concept_files,
    )
    for k in range(1, copies + 1):
        doc = {d.id: f"s{k:05d}/{d.id}" for d in base.documents}
        claim = {c.id: _new_id("c", c.id, k) for c in base.claims}
        group = {g.id: _new_id("g", g.id, k) for g in base.groups}

        def ids(s: str, claim: dict[str, str] = claim, doc: dict[str, str] = doc) -> str:
            return claim.get(s) or doc.get(s) or s

        for d in base.documents:
            title = f"{d.title or d.id} (copy {k})"
            out.documents.append(dataclasses.replace(d, id=doc[d.id], title=title))
        out.sentences.extend(
            dataclasses.replace(s, document=doc[s.document]) for s in base.sentences
        )
        out.claims.extend(
            dataclasses.replace(c, id=claim[c.id], document=doc[c.document]) for c in base.claims
        )
        for g in base.groups:
            out.groups.append(
                dataclasses.replace(
                    g,
                    id=group[g.id],
                    claims=tuple(claim[c] for c in g.claims),
                    documents=tuple(doc[d] for d in g.documents),
                    reasons=_remap(g.reasons, ids),
                    apart=_remap(g.apart, ids),
                )
            )
        for f in base.findings:
            out.findings.append(
                dataclasses.replace(
                    f,
                    id=_new_id("f", f.id, k),
                    group=group[f.group],
                    claims=tuple(claim[c] for c in f.claims),
                    evidence=_remap(f.evidence, ids),
                    timeline=_remap(f.timeline, ids),
                    latest=_remap(f.latest, ids),
                    independent_sources=_remap(f.independent_sources, ids),
                )
            )
        for cluster in base.copies:
            out.copies.append(
                dataclasses.replace(
                    cluster,
                    id=f"{cluster.id}-{k}",
                    documents=tuple(doc[d] for d in cluster.documents),
                    credits=_remap(cluster.credits, ids),
                    links=tuple(
                        dataclasses.replace(link, documents=_remap(link.documents, ids))
                        for link in cluster.links
                    ),
                )
            )
    if joined:
        first = {}
        for c in out.claims:
            first.setdefault(c.document, c)
        members = [first[d.id] for d in out.documents[: 2 * joined : 2] if d.id in first]
        group = base.groups[0]
        out.groups.append(
            dataclasses.replace(
                group,
                id=_new_id("g", "joined", joined),
                claims=tuple(c.id for c in members),
                documents=tuple(c.document for c in members),
                label="one story across pages",
                reasons=(),
                apart=(),
            )
        )
        # and two articles far apart that share copy: the copies section links across pages
        out.copies.append(
            CopyCluster(
                id="copies-far-apart",
                documents=(out.documents[0].id, out.documents[-1].id),
                label="shared copy",
                links=(CopyLink((out.documents[0].id, out.documents[-1].id), sentences=3),),
            )
        )
    out.findings.sort(key=lambda f: ("error", "warning", "info").index(f.severity))
    return out


def seeds_result(seeds: Path) -> RunResult:
    """The seeds' run, as `crosscheck check seeds/` makes it."""
    import os

    from crosscheck.config import Settings
    from crosscheck.pipeline import run

    here = os.getcwd()
    os.chdir(seeds.parent)
    try:
        return run([Path(seeds.name + "/")], Settings(jobs=1))
    finally:
        os.chdir(here)

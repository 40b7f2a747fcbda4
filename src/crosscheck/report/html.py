"""report.html: one self-contained page an editor can review offline.

Everything from the articles is untrusted: it reaches the page only through jinja2's
autoescaping (text and attributes) or through a JSON data block whose ``<`` are escaped;
no article text ever reaches a script. The one inline script is allowed by its hash in the
Content-Security-Policy; nothing is fetched from anywhere.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from crosscheck import __version__, quantity
from crosscheck.model import REASON_FEATURES, Claim, Document, Finding, RunResult
from crosscheck.report.copies import copies_view, finding_sources_view
from crosscheck.report.json import shown_path
from crosscheck.report.timeline import timeline_view

KIND_LABELS = {
    "count": "count",
    "money": "money",
    "percent": "percent",
    "measure": "measure",
    "age": "age",
    "duration": "duration",
    "rank": "rank",
    "other": "other",
}


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("crosscheck.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt_num
    return env


def _asset(name: str) -> str:
    return resources.files("crosscheck.report").joinpath("templates", name).read_text("utf-8")


def anchor(prefix: str, value: str) -> str:
    """A stable, safe anchor id: 'doc-000-71db2a8b7660cb1e-txt'."""
    return prefix + "-" + re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-")


def fmt_num(v: float | None) -> str:
    if v is None:
        return "–"
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.4g}"


def render(result: RunResult, timestamp: bool = False) -> str:
    docs = {d.id: d for d in result.documents}
    claims = {c.id: c for c in result.claims}
    sentences = {(s.document, s.index): s for s in result.sentences}
    claims_by_doc: dict[str, list[Claim]] = {}
    for c in result.claims:
        claims_by_doc.setdefault(c.document, []).append(c)
    in_finding = {cid for f in result.findings if f.kind != "corroboration" for cid in f.claims}
    group_of = {cid: g.id for g in result.groups for cid in g.claims}
    findings_of: dict[str, list[str]] = {}
    for f in result.findings:
        for cid in f.claims:
            findings_of.setdefault(cid, []).append(f.id)
    script = _asset("report.js")
    script_hash = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    model = {
        "version": __version__,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None,
        "inputs": result.inputs,
        "documents": [
            _doc_view(d, claims_by_doc.get(d.id, []), in_finding, group_of, findings_of)
            for d in result.documents
        ],
        "findings": [
            _finding_view(f, claims, docs, sentences)
            for f in result.findings
            if f.kind != "corroboration"
        ],
        "corroborations": [
            _finding_view(f, claims, docs, sentences)
            for f in result.findings
            if f.kind == "corroboration"
        ],
        "counts": {
            "documents": len(result.documents),
            "claims": len(result.claims),
            "groups": len(result.groups),
            **{
                s: sum(1 for f in result.findings if f.severity == s)
                for s in ("error", "warning", "info")
            },
        },
        "copies": copies_view(result),
        "copies_total": len(result.copies),
        "outlets": sorted({d.source for d in result.documents if d.source}),
        "dates": _date_range(result.documents),
        "rules": sorted({f.rule for f in result.findings}),
        "rule_files": [shown_path(p) for p in result.rule_files],
        "alias_files": [shown_path(p) for p in result.alias_files],
        "claims": [_claim_row(c, docs, group_of) for c in result.claims],
        "groups": [_group_view(g, claims) for g in result.groups],
        "reason_headers": list(REASON_FEATURES.values()),
        "skipped": [s.to_dict() for s in result.skipped],
        "warnings": [w.to_dict() for w in result.diagnostics],
        "css": Markup(_asset("report.css")),  # our own file, not input
        "script": Markup(script),
        "script_hash": script_hash,
        "data": Markup(_json_block(_diff_data(result, docs))),
    }
    return _env().get_template("report.html.j2").render(**model)


def _json_block(data: Any) -> str:
    """JSON for a <script type="application/json"> block: no '<', '>' or '&' left raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _date_range(documents: list[Document]) -> str | None:
    dates = sorted(d.published for d in documents if d.published)
    if not dates:
        return None
    return dates[0].isoformat() if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"


def _interval(c: Claim) -> str:
    if c.qualifier == "exact":
        return fmt_num(c.value)
    lo = "−∞" if c.lower is None else fmt_num(c.lower)
    hi = "∞" if c.upper is None else fmt_num(c.upper)
    return f"[{lo}, {hi}]"


def _highlight(text: str, start: int, end: int) -> Markup:
    return Markup("{}<mark>{}</mark>{}").format(text[:start], text[start:end], text[end:])


def _claim_view(c: Claim, doc: Document, sentences: dict[tuple[str, int], Any]) -> dict[str, Any]:
    sent = sentences.get((c.document, c.sentence))
    if sent is not None:
        quote = _highlight(sent.text, c.span[0] - sent.span[0], c.span[1] - sent.span[0])
    else:
        quote = escape(c.text)
    return {
        "id": c.id,
        "anchor": anchor("claim", c.id),
        "document": c.document,
        "doc_anchor": anchor("doc", c.document),
        "title": doc.title or c.document,
        "outlet": doc.source,
        "published": doc.published.isoformat() if doc.published else None,
        "quote": quote,
        "text": c.text,
        "value": fmt_num(c.value),
        "interval": _interval(c),
        "qualifier": c.qualifier.replace("_", " "),
        "unit": c.unit or "",
        "kind": c.kind,
        "hedged": c.hedged,
        "source": (c.attribution.surface + f" ({c.attribution.entity})") if c.attribution else None,
        "direct": bool(c.attribution and c.attribution.direct),
        "when": c.attribution.when if c.attribution else None,
        "time": c.time.surface if c.time else None,
        "time_range": f"{c.time.start} … {c.time.end}" if c.time and c.time.start else None,
    }


def _finding_view(
    f: Finding,
    claims: dict[str, Claim],
    docs: dict[str, Document],
    sentences: dict[tuple[str, int], Any],
) -> dict[str, Any]:
    members = [claims[i] for i in f.claims if i in claims]
    return {
        "id": f.id,
        "anchor": anchor("finding", f.id),
        "rule": f.rule,
        "title": f.title,
        "severity": f.severity,
        "kind": f.kind,
        "message": f.message,
        "verdict": f.evidence.get("verdict"),
        "group_anchor": anchor("group", f.group),
        "group_label": f.evidence.get("group_label", ""),
        "claims": [_claim_view(c, docs[c.document], sentences) for c in members],
        "docs": " ".join(sorted({anchor("doc", c.document) for c in members})),
        "numberline": numberline(members)
        if f.kind in ("numeric-agreement", "corroboration")
        else None,
        "link": f.link,
        "suppressed": f.suppressed,
        "tags": list(f.tags),
        "timeline": timeline_view(f),
        "sources": finding_sources_view(f, docs),
    }


def _claim_row(c: Claim, docs: dict[str, Document], group_of: dict[str, str]) -> dict[str, Any]:
    return {
        "id": c.id,
        "anchor": anchor("claim", c.id),
        "document": c.document,
        "doc_anchor": anchor("doc", c.document),
        "text": c.text,
        "value": c.value,
        "value_str": fmt_num(c.value),
        "unit": c.unit or "",
        "qualifier": c.qualifier,
        "kind": c.kind,
        "source": c.attribution.entity if c.attribution else "",
        "time": c.time.surface if c.time else "",
        "group": group_of.get(c.id),
        "group_anchor": anchor("group", group_of[c.id]) if c.id in group_of else None,
    }


def _entity(c: Claim) -> str | None:
    return c.attribution.entity if c.attribution else None


def _group_view(g: Any, claims: dict[str, Claim]) -> dict[str, Any]:
    texts = {cid: claims[cid].text[:30] for cid in g.claims if cid in claims}
    return {
        "anchor": anchor("group", g.id),
        "label": g.label,
        "concept": g.concept,
        "score": f"{g.score:.2f}",
        "documents": len(g.documents),
        "claims": [
            {
                "anchor": anchor("claim", cid),
                "text": claims[cid].text,
                "document": claims[cid].document,
                "source": _entity(claims[cid]),
            }
            for cid in g.claims
            if cid in claims
        ],
        "reasons": [
            {
                "pair": " ~ ".join(texts.get(i, i) for i in r.get("claims", [])),
                "values": [r.get(k, "") for k in REASON_FEATURES],
                "score": r.get("score", ""),
            }
            for r in g.reasons
        ],
        "apart": [
            {
                "pair": " ~ ".join(texts.get(i, i) for i in r.get("claims", [])),
                "why": r.get("why", ""),
            }
            for r in g.apart
        ],
    }


def _doc_view(
    d: Document,
    doc_claims: list[Claim],
    in_finding: set[str],
    group_of: dict[str, str],
    findings_of: dict[str, list[str]],
) -> dict[str, Any]:
    doc_claims = sorted(doc_claims, key=lambda c: c.span)
    starts = [c.span[0] for c in doc_claims]
    paragraphs = []
    for ps, pe in d.paragraphs:
        parts: list[Markup] = []
        pos = ps
        # only this paragraph's claims: bisect to the first, stop past its end (linear in
        # paragraphs plus claims, not their product)
        for k in range(bisect.bisect_left(starts, ps), bisect.bisect_left(starts, pe)):
            c = doc_claims[k]
            if c.span[1] > pe or c.span[0] < pos:
                continue
            parts.append(escape(d.text[pos : c.span[0]]))
            qual = c.qualifier.replace("_", " ")
            tip = f"{c.kind}: {fmt_num(c.value)} {c.unit or ''} ({qual}, interval {_interval(c)})"
            if c.attribution:
                tip += f"; source {c.attribution.entity}"
            if c.time:
                tip += f"; time {c.time.surface}"
            if c.id in group_of:
                tip += f"; group {group_of[c.id]}"
            if c.id in findings_of:
                tip += f"; {len(findings_of[c.id])} finding(s)"
            cls = f"claim kind-{KIND_LABELS.get(c.kind, 'other')}" + (
                " flagged" if c.id in in_finding else ""
            )
            href = ("#" + anchor("group", group_of[c.id])) if c.id in group_of else None
            parts.append(
                Markup(
                    '<span class="{}" id="{}" tabindex="0" data-tip="{}" title="{}">{}{}{}</span>'
                ).format(
                    cls,
                    anchor("claim", c.id),
                    tip,
                    tip,
                    Markup('<a href="{}">').format(href) if href else "",
                    d.text[c.span[0] : c.span[1]],
                    Markup("</a>") if href else "",
                )
            )
            pos = c.span[1]
        parts.append(escape(d.text[pos:pe]))
        paragraphs.append(Markup("").join(parts))
    return {
        "id": d.id,
        "anchor": anchor("doc", d.id),
        "title": d.title or d.id,
        "source": d.source,
        "url": d.url if d.url and re.match(r"https?://", d.url) else None,
        "published": d.published.isoformat() if d.published else None,
        "dating": _dating_words(d),
        "paragraphs": paragraphs,
        "claims": len(doc_claims),
        "claim_anchors": " ".join(anchor("claim", c.id) for c in doc_claims),
    }


def _dating_words(d: Document) -> str:
    """Where the article's date came from, or that it has none."""
    if d.dating is None:
        return "no date found (none in its metadata or file name)"
    updated = f", updated {d.dating.updated}" if d.dating.updated else ""
    return (
        f"published {d.dating.published or 'date not given'}{updated}, from the {d.dating.source}"
    )


def numberline(claims: list[Claim], width: int = 560, row: int = 22) -> Markup:
    """An SVG number line: each claim's value (dot) and the interval its wording allows."""
    finite = [v for c in claims for v in (c.value, c.lower, c.upper) if v is not None]
    lo, hi = min(finite), max(finite)
    if lo == hi:
        lo, hi = lo * 0.9 - 1e-9, hi * 1.1 + 1e-9
    pad = (hi - lo) * 0.15
    lo, hi = lo - pad, hi + pad
    left, right = 150, width - 20

    def x(v: float) -> float:
        return left + (v - lo) / (hi - lo) * (right - left)

    height = row * len(claims) + 30
    out = [
        Markup(
            '<svg class="numberline" role="img" viewBox="0 0 {} {}" width="{}" height="{}" '
            'aria-label="{}">'
        ).format(
            width,
            height,
            width,
            height,
            "Number line: " + "; ".join(f"{c.text} ({c.document})" for c in claims),
        )
    ]
    axis_y = height - 18
    out.append(
        Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" class="axis"/>').format(
            left, axis_y, right, axis_y
        )
    )
    for v in (lo + pad, hi - pad):
        out.append(
            Markup('<text x="{:.1f}" y="{}" class="tick" text-anchor="middle">{}</text>').format(
                x(v), height - 4, fmt_num(v)
            )
        )
    for i, c in enumerate(claims):
        y = 14 + i * row
        a = x(c.lower) if c.lower is not None else left
        b = x(c.upper) if c.upper is not None else right
        label = f"{c.document[:18]}"
        out.append(Markup('<text x="4" y="{}" class="label">{}</text>').format(y + 4, label))
        out.append(
            Markup('<line x1="{:.1f}" y1="{}" x2="{:.1f}" y2="{}" class="range"/>').format(
                a, y, b, y
            )
        )
        if c.upper is None:
            out.append(Markup('<text x="{}" y="{}" class="open">→</text>').format(right - 4, y + 4))
        out.append(
            Markup(
                '<circle cx="{:.1f}" cy="{}" r="4" class="dot"><title>{}</title></circle>'
            ).format(
                x(c.value), y, f"{c.text}: {fmt_num(c.value)} ({c.qualifier.replace('_', ' ')})"
            )
        )
    out.append(Markup("</svg>"))
    return Markup("").join(out)


MAX_DIFFER_PAIRS = 2000  # per group, in the diff view's data


def _differing(
    ids: Sequence[str], by_id: dict[str, Claim], judged: dict[str, Any] | None
) -> list[list[str]]:
    """The cross-document pairs of a group whose figures differ. As the group's
    numeric-agreement finding judged them, with its rule's tolerances, when it lists them
    all; no such finding means the rule found the figures equal. Only a group whose
    finding lists part of its pairs is judged here, by crosscheck.quantity."""
    if judged is None:
        return []
    pairs = judged.get("pairs", [])
    if judged.get("pairs_total", len(pairs)) <= len(pairs):
        return [list(p["claims"]) for p in pairs]
    members = [by_id[i] for i in ids if i in by_id]
    out: list[list[str]] = []
    for k, a in enumerate(members):
        for b in members[k + 1 :]:
            if a.document != b.document and not quantity.same_figure(a, b):
                out.append([a.id, b.id])
                if len(out) >= MAX_DIFFER_PAIRS:
                    return out
    return out


def _diff_data(result: RunResult, docs: dict[str, Document]) -> dict[str, Any]:
    """What the diff view needs: documents, groups and claims, as plain data."""
    by_id = {c.id: c for c in result.claims}
    judged = {
        f.group: f.evidence.get("compared", {})
        for f in result.findings
        if f.kind == "numeric-agreement" and isinstance(f.evidence.get("compared"), dict)
    }
    return {
        "documents": [
            {"id": d.id, "anchor": anchor("doc", d.id), "title": d.title or d.id}
            for d in result.documents
        ],
        "groups": [
            {
                "id": g.id,
                "anchor": anchor("group", g.id),
                "label": g.label,
                "claims": list(g.claims),
                "differs": _differing(g.claims, by_id, judged.get(g.id)),
            }
            for g in result.groups
        ],
        "claims": {
            c.id: {
                "doc": c.document,
                "text": c.text,
                "value": c.value,
                "qualifier": c.qualifier,
                "lower": c.lower,
                "upper": c.upper,
                "unit": c.unit,
                "kind": c.kind,
                "anchor": anchor("claim", c.id),
            }
            for c in result.claims
        },
    }

"""A finding's timeline on the page: a small step chart and the table behind it.

The chart is drawn in SVG from the finding's ``timeline`` record (rules/timeline.py): time
runs left to right in proportion, each dated report is a labelled point, and a step line
shows the figure in force after each report. It is readable without colour: points carry
their value and outlet as text, and the same facts are in the table under it.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from crosscheck.model import Finding, instant, latest_figure, latest_moments
from crosscheck.quantity import fmt_num
from crosscheck.report.bidi import bidi_text, bidi_within, svg_bidi

MAX_ROWS = 100  # timeline rows on the page (report.json keeps them all)
MAX_POINTS = 60  # points in the chart: more are thinned evenly, the first and last kept
MAX_SPOKEN = 12  # steps read out by the chart's label
LINE = 13  # a point's label's height (11px text, crosscheck/report/templates/report.css) and gap
CHAR = 6.5  # the width of a label's letter in 11px text, at most, for most scripts' letters
WIDE_CHAR = 11.0  # a wide letter's (Chinese, Japanese, Korean: one em of 11px text)
TOP_LINE = 11  # the highest baseline a label's text shows whole at

DIFFERENCE_WORDS = {
    "an update": "Update",
    "perhaps an update": "Perhaps an update",  # only other outlets' later dates show it
    "contradiction": "Contradiction",
    "undetermined": "Update or contradiction: cannot tell",
    "editing": "Editing difference between copies",  # crosscheck.sources
}


def timeline_view(f: Finding, article_words: Iterable[str | None] = ()) -> dict[str, Any] | None:
    """What the finding's timeline partial shows; None for a finding with no timeline.
    ``article_words``: the article text its words about the difference may name (outlets,
    files, quotes), each isolated where it does (crosscheck.report.bidi)."""
    if not f.timeline:
        return None
    rows = [
        {
            "published": e["published"] or "no date",
            "dated": bool(e["published"]),
            "date_source": e.get("date_source")
            or "no date in the article's metadata, dateline, address or file name",
            "outlet": e.get("outlet") or e["document"],
            "document": e["document"],
            "figure": " / ".join(fmt_num(v) for v in e["values"]),
            "texts": list(e.get("texts", [])),
        }
        for e in f.timeline[:MAX_ROWS]
    ]
    latest = None
    if f.latest:
        latest = {
            "figure": latest_figure(f.latest),
            "published": f.latest["published"],
            "outlets": list(f.latest["outlets"]),
            # each outlet, file or copy isolated on its own: the whole list in one <bdi>
            # let an outlet's right-to-left override reverse the next one and the commas
            "independent": _independent(f),
            # each moment's figures, where reports of the day alone are among the latest
            "moments": [
                {"figure": figure, "published": when, "outlets": who}
                for figure, when, who in latest_moments(f.latest)
            ],
        }
    difference = None
    if f.difference:
        kind = f.difference["kind"]
        words = [*article_words, *(e.get("outlet") for e in f.timeline),
                 *(t for e in f.timeline for t in e.get("texts", []))]  # fmt: skip
        said = f.update_words() if kind == "update" else kind  # as the message says
        label = DIFFERENCE_WORDS.get(said, said)
        difference = {"kind": kind, "label": label,
                      "why": bidi_within(f.difference["why"], words)}  # fmt: skip
    return {
        "rows": rows,
        "latest": latest,
        "difference": difference,
        "chart": step_chart(f.timeline),
        "undated": sum(1 for e in f.timeline if not e["published"]),
        "total": len(f.timeline),
        "more": max(0, len(f.timeline) - MAX_ROWS),
    }


def _independent(f: Finding) -> Markup | None:
    """'3 independent sources: A, B, C' of the latest figure, each name the words give
    (an outlet, a file, the outlets of a shared copy) in its own ``<bdi>``."""
    words = (f.latest or {}).get("independent_sources")
    if not words:
        return None
    latest = f.latest or {}
    names = [*latest.get("outlets", ()), *latest.get("documents", ())]
    names += [e.get("outlet") for e in f.timeline] + [e["document"] for e in f.timeline]
    return bidi_within(str(words), names)


def step_chart(timeline: tuple[dict[str, Any], ...] | list[dict[str, Any]],
               width: int = 560, height: int = 150) -> Markup | None:  # fmt: skip
    """The dated figures as a step chart, or None with fewer than two dated reports."""
    points = []
    for e in timeline:
        if not e["published"]:
            continue
        at = instant(e["published"])
        for v in e["values"]:
            points.append((at, v, e.get("outlet") or e["document"], e["published"]))
    if len({p[0] for p in points}) < 2:
        return None
    if len(points) > MAX_POINTS:  # thinned evenly; the first and the last always drawn
        step = (len(points) - 1) / (MAX_POINTS - 1)
        points = [points[round(k * step)] for k in range(MAX_POINTS)]
    left, right, top, bottom = 56, 16, 14, 34
    t0, t1 = points[0][0], points[-1][0]
    span = (t1 - t0).total_seconds() or 1.0

    def x(t: datetime) -> float:
        return left + (width - left - right) * (t - t0).total_seconds() / span

    # each label's text and the stretch of the line it takes (its x at the point, to the
    # right, or to the left in the chart's last third); labels that share a stretch stand
    # one under another (_label_ys), the chart as tall as their stacks need
    ends = [x(t) > width * 0.7 for t, *_rest in points]  # a label ending at its point
    spans = []
    for (t, v, o, _p), end in zip(points, ends, strict=True):
        px, wide = x(t), text_width(f"{fmt_num(v)} · {_short(o)}")
        spans.append((px - 6 - wide, px - 6) if end else (px + 6, px + 6 + wide))
    height = max(height, bottom + 2 + 11 + (_deepest(spans) - 1) * LINE)
    lo = min(p[1] for p in points)
    hi = max(p[1] for p in points)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    lo, hi = lo - pad, hi + pad

    def y(v: float) -> float:
        return float(top + (height - top - bottom) * (hi - v) / (hi - lo))

    # a stack of labels each sharing a stretch with the next only can stand deeper than
    # the most that share one point: the chart grows until its highest label shows whole
    for _ in range(8):
        label_ys = _label_ys(
            [(a, b, y(v) - 6) for (a, b), (_t, v, _o, _p) in zip(spans, points, strict=True)],
            height - bottom - 2,
        )
        short = TOP_LINE - min(label_ys)
        if short <= 1e-6:
            break
        height += math.ceil(short)

    parts = [
        f'<svg class="timeline-chart" role="img" viewBox="0 0 {width} {height}" width="{width}"'
        f' height="{height}" aria-label="{escape(_summary(points))}">',
        f"<title>{escape(_summary(points))}</title>",
        f'<line class="axis" x1="{left}" y1="{height - bottom}" x2="{width - right}" '
        f'y2="{height - bottom}" stroke="currentColor" />',
    ]
    # the figure in force: from each report to the next, then the last one to the edge
    path = [f"M{x(points[0][0]):.1f},{y(points[0][1]):.1f}"]
    for t, v, _o, _p in points[1:]:
        path += [f"H{x(t):.1f}", f"V{y(v):.1f}"]
    parts.append(f'<path class="step" d="{" ".join(path)}" fill="none" stroke="currentColor" '
                 f'stroke-dasharray="4 3" />')  # fmt: skip
    for k, (t, v, outlet, published) in enumerate(points):
        anchor = "end" if ends[k] else "start"
        dx = -6 if anchor == "end" else 6
        parts.append(
            f'<g class="point"><circle cx="{x(t):.1f}" cy="{y(v):.1f}" r="4" '
            f'fill="currentColor"><title>'
            f"{escape(f'{fmt_num(v)}: {bidi_text(outlet)}, {published}')}"
            f'</title></circle><text x="{x(t) + dx:.1f}" y="{label_ys[k]:.1f}" '
            f'text-anchor="{anchor}">{escape(fmt_num(v))} · {svg_bidi(_short(outlet))}</text></g>'
        )
        if k in (0, len(points) - 1):
            parts.append(
                f'<text class="tick" x="{x(t):.1f}" y="{height - bottom + 16}" '
                f'text-anchor="{"start" if k == 0 else "end"}">{escape(published)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def _deepest(spans: list[tuple[float, float]]) -> int:
    """The most of ``spans`` (stretches of the line) that share one point."""
    ends = sorted([(a, 1) for a, _b in spans] + [(b, -1) for _a, b in spans])
    depth = most = 0
    for _at, step in ends:  # (an end before a start at one place: they only touch)
        depth += step
        most = max(most, depth)
    return most


def _label_ys(labels: list[tuple[float, float, float]], lowest: float) -> list[float]:
    """Each point's label's baseline (``labels``: the stretch of the line its text takes,
    and its place above its point): labels whose stretches overlap stand at least LINE
    apart, in the order of their places, each as near its place as that allows, above the
    axis (``lowest``): the labels of reports a day or an hour apart, or of one day, drew
    over one another. Down from the highest, each below those before it that share its
    stretch; then up from the lowest, each above those after it."""
    order = sorted(range(len(labels)), key=lambda k: labels[k][2])
    ys = [min(max(want, TOP_LINE), lowest) for _a, _b, want in labels]

    def overlap(j: int, k: int) -> bool:
        return labels[j][0] < labels[k][1] and labels[k][0] < labels[j][1]

    for n, k in enumerate(order):
        ys[k] = max([ys[k], *(ys[j] + LINE for j in order[:n] if overlap(j, k))])
    for n in range(len(order) - 1, -1, -1):
        k = order[n]
        ys[k] = min([ys[k], lowest, *(ys[j] - LINE for j in order[n + 1 :] if overlap(j, k))])
    return ys


def text_width(text: str) -> float:
    """How wide ``text`` draws in a label, at most: a wide letter (East Asian, 'W' or 'F')
    an em, a combining mark nothing, any other CHAR. Counting each letter as CHAR put an
    outlet named in Chinese or Japanese at half its width, and such labels over others."""
    return sum(
        WIDE_CHAR if unicodedata.east_asian_width(ch) in "WF"
        else 0.0 if unicodedata.combining(ch) else CHAR
        for ch in text
    )  # fmt: skip


def head_fitting(widths: list[float], room: float) -> tuple[int, float]:
    """How many of a text's first letters (``widths``: each one's, text_width) fit in
    ``room``, and how wide they are; a combining mark after them is counted in, never cut
    from its letter (it takes no room). A label's start, before an ellipsis: here and in
    a number line's row names (report/html.py's _ends_of)."""
    head, used = 0, 0.0
    while head < len(widths) and used + widths[head] <= room:
        used += widths[head]
        head += 1
    while head < len(widths) and not widths[head]:
        head += 1
    return head, used


def _short(text: str, limit: int = 28) -> str:
    """``text`` whole when it is no wider than ``limit`` Latin letters, else as much of its
    start as fits with an ellipsis (a Latin name's first ``limit`` - 1 letters). Cut by
    width: by count, an outlet named in Chinese or Japanese was kept to nearly twice as
    wide, and its label ran over the others'."""
    if text_width(text) <= limit * CHAR:
        return text
    head, _wide = head_fitting([text_width(ch) for ch in text], (limit - 1) * CHAR)
    return text[:head] + "…"


def _summary(points: list[tuple[datetime, float, str, str]]) -> str:
    shown = points if len(points) <= MAX_SPOKEN else [*points[: MAX_SPOKEN - 1], points[-1]]
    said = [f"{fmt_num(v)} ({bidi_text(_short(o))}, {p})" for _t, v, o, p in shown]
    if len(shown) < len(points):
        said.insert(-1, f"{len(points) - len(shown)} more")
    return f"The figure over time: {', then '.join(said)}"

"""Bidirectional isolation of the articles' text on the report's pages.

Outlets, titles, file names, quotes and attributions come from articles in Arabic, Persian
and Hebrew as well as English, and from anyone: a name may hold a right-to-left override
(U+202E). Set beside the page's own words unisolated, its direction leaks: an override
reverses the rest of the line, and an Arabic name pulls the digits and punctuation next to
it to its side. Every such text is therefore isolated where it is written, in one of three
ways, all of them the same isolation (Unicode's, UAX #9) and all invisible for English:

- HTML text: ``<bdi>`` (``bidi``), whose direction is its own, from its first strong
  letter, and goes no further than it; a whole block of article text (a quote, a
  paragraph) is written with ``dir="auto"`` on its element, which isolates it alike;
- SVG text: ``<tspan class="bidi">`` (``svg_bidi``), isolated by report.css's rule;
- plain text (an attribute, a tooltip, an SVG ``<title>``, an ``<option>``, text a script
  sets): the isolate marks FSI … PDI (``bidi_text``), which a browser reads as a ``<bdi>``.

A text the report builds from article text (a finding's message names outlets, files and
the group's subject) is written with each such piece isolated (``bidi_within``; for a
script, cut into its own words and the pieces, ``bidi_parts``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

FSI = "\u2068"  # FIRST STRONG ISOLATE: a <bdi> in plain text
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE: its end


def bidi(value: Any) -> Markup:
    """Article text in HTML, escaped and isolated (the templates' ``|bidi``)."""
    return Markup(f"<bdi>{escape(value)}</bdi>")


def svg_bidi(value: Any) -> Markup:
    """Article text inside an SVG ``<text>``, escaped and isolated."""
    return Markup(f'<tspan class="bidi">{escape(value)}</tspan>')


def bidi_text(value: Any) -> str:
    """Article text in plain text (an attribute, a tooltip, an SVG title), isolated by
    FSI … PDI; escaped where it is written, as any text (markup given stays markup, so
    it is not escaped twice)."""
    if hasattr(value, "__html__"):
        marked: Markup = Markup(FSI) + value + Markup(PDI)
        return marked
    return f"{FSI}{value}{PDI}"


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _spans(text: str, pieces: Iterable[str | None]) -> list[tuple[int, int]]:
    """Where the pieces occur in ``text`` as whole words, longest first, none overlapping
    another, in order."""
    found: list[tuple[int, int]] = []
    taken = [False] * len(text)
    for piece in sorted({p for p in pieces if p and p.strip()}, key=len, reverse=True):
        start = text.find(piece)
        while start >= 0:
            end = start + len(piece)
            whole = (start == 0 or not (_word(text[start - 1]) and _word(piece[0]))) and (
                end == len(text) or not (_word(text[end]) and _word(piece[-1]))
            )
            if whole and not any(taken[start:end]):
                found.append((start, end))
                taken[start:end] = [True] * (end - start)
            start = text.find(piece, start + 1)
    return sorted(found)


def bidi_parts(text: str, pieces: Iterable[str | None]) -> list[str]:
    """``text`` cut where each of ``pieces`` (article text) occurs: the report's own words
    at even places, the pieces at odd ones (what a script writes as text and ``<bdi>``)."""
    out: list[str] = []
    pos = 0
    for start, end in _spans(text, pieces):
        out += [text[pos:start], text[start:end]]
        pos = end
    out.append(text[pos:])
    return out


def bidi_within(text: str, pieces: Iterable[str | None]) -> Markup:
    """The report's own words about the articles (a finding's message) in HTML, escaped,
    with each of ``pieces`` (article text) where it occurs isolated in a ``<bdi>``."""
    parts = bidi_parts(text, pieces)
    return Markup("".join(str(bidi(p) if k % 2 else escape(p)) for k, p in enumerate(parts)))

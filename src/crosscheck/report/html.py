"""report.html: one self-contained page an editor can review offline.

Everything from the articles is untrusted: it reaches the page only through jinja2's
autoescaping (text and attributes) or through a JSON data block whose ``<`` are escaped;
no article text ever reaches a script. The one inline script is allowed by its hash in the
Content-Security-Policy; nothing is fetched from anywhere.
"""

from __future__ import annotations

import base64
import bisect
import dataclasses
import functools
import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from crosscheck import __version__, quantity
from crosscheck.model import (
    BARE_DEGREE,
    REASON_FEATURES,
    Claim,
    ClaimGroup,
    Document,
    Finding,
    RunResult,
    SourceNames,
    Span,
    TimeSpan,
    concept_words,
    id_tag,
    name_key,
    source_name,
    source_names,
)
from crosscheck.report.bidi import bidi, bidi_parts, bidi_text, bidi_within, svg_bidi
from crosscheck.report.copies import copies_view, finding_sources_view
from crosscheck.report.json import shown_path
from crosscheck.report.timeline import CHAR, head_fitting, text_width, timeline_view
from crosscheck.rules.checks import (
    about_tolerance,
    recorded_tolerances,
    values_listed,
    worded_figures,
)

if TYPE_CHECKING:
    from jinja2 import Environment

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


@functools.cache
def _env() -> Environment:
    # imported when a page is rendered: a re-run whose report is up to date needs no jinja2
    from jinja2 import Environment, PackageLoader, select_autoescape

    class Views(Environment):
        """jinja2's environment, which looks ``x.name`` up as an attribute first and as an
        item when that raises: the pages' views are dicts, and the exception raised and
        caught for each of their fields was a third of rendering a page. A dict's
        attributes are its class's, so for a dict and a name that is not one of them the
        item is what jinja2 gives, looked up at once."""

        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except (TypeError, LookupError):
                    return self.undefined(obj=obj, name=attribute)
            return super().getattr(obj, attribute)

    env = Views(
        loader=PackageLoader("crosscheck.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship with the package: no stat() per include
    )
    env.filters["num"] = fmt_num
    env.filters["count_of"] = count_of
    env.filters["claim_row"] = claim_row_html
    env.filters["bidi"] = bidi  # article text, isolated (crosscheck.report.bidi)
    env.filters["bidi_text"] = bidi_text
    return env


_DICT_ATTRIBUTES = frozenset(dir(dict))


@functools.cache
def _asset(name: str) -> str:
    return resources.files("crosscheck.report").joinpath("templates", name).read_text("utf-8")


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
_PLAIN = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")  # its id says which it was


@functools.lru_cache(maxsize=1 << 16)
def anchor(prefix: str, value: str) -> str:
    """A stable, safe anchor id, one per value: 'doc-000_71db2a8b7660cb1e-txt'. A value
    other than words joined by single dots ('日本.txt', 'a-b.txt', 'a b.txt', 'sub/a.txt',
    all of which the safe characters alone would make 'doc-txt' or 'doc-a-b-txt' as
    another's) ends in '--' and a hash of it, which a plain value's id never holds.
    (Cached: a report asks for each claim's several times, over a million times at 10,000
    articles.)"""
    safe = _UNSAFE.sub("-", value).strip("-")
    if _PLAIN.fullmatch(value):
        return prefix + "-" + safe
    digest = hashlib.sha256(value.encode("utf-8", errors="surrogatepass")).hexdigest()[:12]
    return f"{prefix}-{safe}--{digest}" if safe else f"{prefix}--{digest}"


def count_of(n: int, noun: str) -> str:
    """'1 document', '2 documents', '6,121 claims': a count and its noun, in the number the
    count takes, its thousands grouped as the findings' figures are."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def corroboration_counts(findings: Iterable[Finding]) -> tuple[int, int]:
    """(corroborations, figures from one source only): of the corroboration rule's
    findings, those whose independent sources agree (verdict ``corroboration``) and those
    given alike only by copies of one story (``single-source``), which are no
    corroboration: their message says so, and the header counted them as ones."""
    verdicts = [f.evidence.get("verdict") for f in findings if f.kind == "corroboration"]
    single = sum(1 for v in verdicts if v == "single-source")
    return len(verdicts) - single, single


def single_source_words(n: int) -> str:
    """'8 figures from one source only', '1 figure from one source only'."""
    return f"{count_of(n, 'figure')} from one source only"


def corroboration_words(corroborated: int, single: int) -> str:
    """'12 corroborations and 8 figures from one source only', '1 corroboration', '8
    figures from one source only'; '' for none of either."""
    said = [count_of(corroborated, "corroboration")] if corroborated else []
    said += [single_source_words(single)] if single else []
    return " and ".join(said)


def fmt_num(v: float | None) -> str:
    """A figure in the report's tables and claim tips (crosscheck.quantity.fmt_num)."""
    return quantity.fmt_num(v, plain=True)


def render(result: RunResult, timestamp: bool = False) -> str:
    """The whole run as one self-contained page."""
    ctx = Context(result)
    return render_page(ctx, result.documents, result.groups, result.findings, LOCAL, timestamp)


class Links:
    """Where each anchor lives. In one self-contained file everything is on the page
    ('#anchor'); in a report split into story pages, a link to what another page holds
    names that page ('story-3f2a9c0b1d4e.html#anchor', from the index 'report-files/...'):
    pages are numbered 1... here, and ``names`` holds each one's file."""

    def __init__(
        self,
        doc_page: dict[str, int] | None = None,
        group_page: dict[str, int] | None = None,
        here: int | None = None,
        names: Sequence[str] = (),
        seen: set[str] | None = None,
    ) -> None:
        self.doc_page = doc_page or {}
        self.group_page = group_page or {}
        self.here = here
        self.names = names
        self.seen = seen  # with a set, the articles linked to are noted in it (NotingDocs)

    def page_file(self, page: int) -> str:
        if not 1 <= page <= len(self.names):
            raise IndexError(f"no story page {page} of {len(self.names)}")
        return self.names[page - 1]

    def file_of(self, page: int | None) -> str | None:
        """The file of a page number, None for None (what a key holds: a page's name
        does not move when pages are added before it, its number does)."""
        return None if page is None else self.page_file(page)

    def to(self, page: int | None, target: str) -> str:
        if page is None or page == self.here:
            return "#" + target
        return self.page_file(page) + "#" + target

    def doc(self, doc_id: str) -> str:
        if self.seen is not None:
            self.seen.add(doc_id)
        return self.to(self.doc_page.get(doc_id), anchor("doc", doc_id))

    def claim(self, c: Claim) -> str:
        if self.seen is not None:
            self.seen.add(c.document)
        return self.to(self.doc_page.get(c.document), anchor("claim", c.id))

    def group(self, group_id: str) -> str:
        return self.to(self.group_page.get(group_id), anchor("group", group_id))

    def at(self, here: int | None) -> Links:
        """The same places, seen from another page."""
        return Links(self.doc_page, self.group_page, here, self.names, self.seen)

    def noting(self, seen: set[str]) -> Links:
        """The same places, noting in ``seen`` each article linked to."""
        return Links(self.doc_page, self.group_page, self.here, self.names, seen)


# Noted by NotingDocs when the documents are looked at as a whole (no article id holds it).
ALL_DOCUMENTS = "\x00"


class NotingDocs(Mapping[str, Document]):
    """The run's documents by id, noting in ``seen`` each one a page looks up (its title,
    outlet, date): what a story page shows of other pages' articles, which its key must
    cover (crosscheck.report.pages). A look at them as a whole notes ALL_DOCUMENTS."""

    def __init__(self, docs: Mapping[str, Document], seen: set[str]) -> None:
        self._docs = docs
        self.seen = seen

    def __getitem__(self, doc_id: str) -> Document:
        self.seen.add(doc_id)
        return self._docs[doc_id]

    def __iter__(self) -> Iterator[str]:
        self.seen.add(ALL_DOCUMENTS)
        return iter(self._docs)

    def __len__(self) -> int:
        self.seen.add(ALL_DOCUMENTS)
        return len(self._docs)


LOCAL = Links()


class Context:
    """What every page of one run looks up: records by id, which claims are in a group or
    a finding, and how each numeric-agreement finding judged its group's figures."""

    def __init__(self, result: RunResult) -> None:
        self.result = result
        self.docs = {d.id: d for d in result.documents}
        self.claims = {c.id: c for c in result.claims}
        self.claims_by_doc: dict[str, list[Claim]] = {}
        for c in result.claims:
            self.claims_by_doc.setdefault(c.document, []).append(c)
        quoted = {(self.claims[i].document, self.claims[i].sentence)
                  for f in result.findings for i in f.claims if i in self.claims}  # fmt: skip
        # only the sentences a finding quotes: a large run holds millions
        self.sentences = {
            (s.document, s.index): s for s in result.sentences if (s.document, s.index) in quoted
        }
        self.in_finding = {
            cid for f in result.findings if f.kind != "corroboration" for cid in f.claims
        }
        self.group_of = {cid: g.id for g in result.groups for cid in g.claims}
        # the name each source is shown by in the tables of every page (a finding's own
        # claims are named as its message names them: _finding_view)
        self.names = source_names(c.attribution for c in result.claims)
        self.groups_by_doc: dict[str, list[int]] = {}  # positions in result.groups
        for k, g in enumerate(result.groups):
            for d in dict.fromkeys(self.claims[i].document for i in g.claims if i in self.claims):
                self.groups_by_doc.setdefault(d, []).append(k)
        self.findings_of: dict[str, list[str]] = {}
        for f in result.findings:
            for cid in f.claims:
                self.findings_of.setdefault(cid, []).append(f.id)
        self.judged = {
            f.group: f.evidence.get("compared", {})
            for f in result.findings
            if f.kind == "numeric-agreement" and isinstance(f.evidence.get("compared"), dict)
        }
        # the tolerances a corroboration judged its group with, for a group no
        # numeric-agreement finding judged (the compare view's figures: _compared)
        self.corroborated = {
            f.group: f.evidence.get("compared", {})
            for f in result.findings
            if f.kind == "corroboration" and isinstance(f.evidence.get("compared"), dict)
        }
        self.compared: dict[str, dict[str, Any]] = {}
        self.copies_by_doc: dict[str, list[int]] = {}  # positions in result.copies
        for k, cluster in enumerate(result.copies):
            for d in cluster.documents:
                self.copies_by_doc.setdefault(d, []).append(k)


def render_page(
    ctx: Context,
    documents: Sequence[Document],
    groups: Sequence[ClaimGroup],
    findings: Sequence[Finding],
    links: Links,
    timestamp: bool = False,
    page: dict[str, Any] | None = None,
    seen: set[str] | None = None,
) -> str:
    """One page: these documents with their claims, these groups and these findings (in
    one file, all of the run's; on a story page, the story's). With ``seen``, every article
    the page looks up or links to is noted in it (NotingDocs, Links.noting)."""
    result = ctx.result
    docs: Mapping[str, Document] = ctx.docs
    if seen is not None:
        docs, links = NotingDocs(ctx.docs, seen), links.noting(seen)
    claims = [c for d in documents for c in ctx.claims_by_doc.get(d.id, [])]
    if len(documents) == len(result.documents):
        claims = result.claims  # the run's own order
    script = _asset("report.js")
    page_copies = _copies_of(ctx, documents)
    corroborated, single = corroboration_counts(findings)
    model = {
        "version": __version__,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None,
        "inputs": result.inputs,
        "page": page,
        "documents": [
            _doc_view(
                d,
                ctx.claims_by_doc.get(d.id, []),
                ctx.in_finding,
                ctx.group_of,
                ctx.findings_of,
                links,
                ctx.names,
            )
            for d in documents
        ],
        "findings": told_apart(
            [
                _finding_view(f, ctx.claims, docs, ctx.sentences, links)
                for f in findings
                if f.kind != "corroboration"
            ]
        ),
        # figures independent sources agree on, and those only copies of one story give
        # (one source: no corroboration), listed apart
        "corroborations": [
            _corroboration_view(f, links, ctx.claims)
            for f in findings
            if f.kind == "corroboration" and f.evidence.get("verdict") != "single-source"
        ],
        "single_source": [
            _corroboration_view(f, links, ctx.claims)
            for f in findings
            if f.kind == "corroboration" and f.evidence.get("verdict") == "single-source"
        ],
        "counts": {
            "documents": len(documents),
            # of them, those only the store holds (their files gone): said in the header
            "from_store": len(set(result.from_store).intersection(d.id for d in documents)),
            "claims": len(claims),
            "groups": len(groups),
            **{
                s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")
            },
            "corroborations": corroborated,
            "single_source": single,
        },
        "corroboration_words": corroboration_words(corroborated, single),
        "copies": _with_hrefs(copies_view(page_copies, docs), links),
        "copies_total": len(page_copies.copies),
        "outlets": sorted({d.source for d in documents if d.source}),
        "dates": _date_range(documents),
        # the rules of the findings listed (a corroboration's is under Corroborations)
        "rules": sorted({f.rule for f in findings if f.kind != "corroboration"}),
        "rule_files": [shown_path(p) for p in result.rule_files],
        "alias_files": [shown_path(p) for p in result.alias_files],
        "claims": [_claim_row(c, ctx.group_of, links, ctx.names) for c in claims],
        "groups": [group_html(g, ctx.claims, links, ctx.names) for g in groups],
        "skipped": [s.to_dict() for s in result.skipped] if page is None else [],
        "warnings": [w.to_dict() for w in result.diagnostics] if page is None else [],
        "css": Markup(_asset("report.css")),  # our own file, not input
        "script": Markup(script),
        "script_hash": script_hash(script),
        "data": Markup(_json_block(_diff_data(ctx, documents, claims, links))),
    }
    return _env().get_template("report.html.j2").render(**model)


def _copies_of(ctx: Context, documents: Sequence[Document]) -> RunResult:
    """The run as the copies section of a page sees it: the copy clusters with an article
    on the page (on one page, all of them)."""
    if len(documents) == len(ctx.result.documents):
        return ctx.result
    seen = {k for d in documents for k in ctx.copies_by_doc.get(d.id, [])}
    return dataclasses.replace(ctx.result, copies=[ctx.result.copies[k] for k in sorted(seen)])


def _with_hrefs(view: Any, links: Links) -> Any:
    """Each document of a copies view gets its link (on this page or another)."""
    if isinstance(view, list):
        return [_with_hrefs(v, links) for v in view]
    if isinstance(view, dict):
        out = {k: _with_hrefs(v, links) for k, v in view.items()}
        if "anchor" in out and str(out["anchor"]).startswith("doc-") and "id" in out:
            out["href"] = links.doc(out["id"])
        return out
    return view


def script_hash(script: str) -> str:
    """For the Content-Security-Policy: the one inline script a page may run."""
    return base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


def _json_block(data: Any) -> str:
    """JSON for a <script type="application/json"> block: no '<', '>' or '&' left raw."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _date_range(documents: Sequence[Document]) -> str | None:
    """When the articles were published, and how many of them carry no date: 'published
    2005-11-27' over 11 articles of which 8 are undated read as if all 11 were of that day."""
    dates = sorted(d.published for d in documents if d.published)
    if not dates:
        return None
    span = dates[0].isoformat() if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"
    undated = len(documents) - len(dates)
    return span + (f" ({undated} of {len(documents)} undated)" if undated else "")


def _interval(c: Claim, approx_tolerance: float = quantity.APPROX_TOLERANCE) -> str:
    """The interval a claim's wording allows, as the rules judge it (crosscheck.quantity,
    with the finding's 'about' tolerance) and its number line draws it, each end bracketed
    as the rules hold it (quantity.ends): 'nearly 300' is [270, 300), below 300, not the
    extractor's [270, 330], which 'more than 300' would meet; 'more than 300' is
    (300, ∞), 'at least 12' [12, ∞); a plain '10-metre' is what its last digit allows,
    [9.5, 10.5]; a whole age runs up to the next year, which it excludes: '52' is
    [52, 53)."""
    lo, hi = quantity.interval(c, approx_tolerance)
    if lo == hi:
        return fmt_num(lo)
    if quantity.completed_age(c):  # its upper end just short of the next year: to it
        return f"[{_end(lo)}, {_end(round(hi, 6))})"
    lo_end, hi_end = quantity.ends(c)
    low = "(−∞" if lo == -math.inf else ("(" if lo_end == quantity.STRICT else "[") + _end(lo)
    high = "∞)" if hi == math.inf else _end(hi) + (")" if hi_end == quantity.STRICT else "]")
    return f"{low}, {high}"


def _end(v: float) -> str:
    """An end of an interval as the rules hold it: to the hundredth from 1,000 up, where
    the report's figures are whole ('$1,199' allows 1,198.5 to 1,199.5, shown as [1,198,
    1,200], and '1,500 kilometers' as [1,500, 1,500] beside 'may be rounded')."""
    if abs(v) >= 1000 and v != int(v):
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return fmt_num(v)


def qualifier_words(c: Claim) -> str:
    """A claim's qualifier as an editor reads it beside its figure, meaning what the rules
    judge (crosscheck.quantity) and its card's interval shows: 'nearly 300' and 'almost 300'
    are just below 300 ([270, 300), missing 'more than 300'), not the
    extractor's 'approx', which read as 'about' and so as either side; a plain figure the
    rules take as a rounding ('1.5 billion', '16 km') may be rounded, not 'exact'; a whole
    age runs up to the next; the others say their words ('at least', not 'at_least')."""
    if quantity.hedged_range(c):  # its written ends loose, each widened: 'about 100 to 200'
        return f"a range, {'nearly' if quantity.short_of(c) else 'about'}"
    if quantity.short_of(c):  # towards zero: 'nearly -40' is above -40
        return f"just {'above' if c.value < 0 else 'below'} it"
    if c.qualifier == "exact":
        if quantity.completed_age(c):
            return "a whole age, short of the next"
        return "as written, may be rounded" if quantity.rounded(c) else "exact"
    return QUALIFIER_WORDS.get(c.qualifier, c.qualifier.replace("_", " "))


LISTED_SPARE = 2  # articles a message's list names rather than count ('(+1 more)'): values_listed
QUALIFIER_WORDS = {"approx": "about", "range": "a range"}


def _highlight(text: str, start: int, end: int) -> Markup:
    return Markup("{}<mark>{}</mark>{}").format(text[:start], text[start:end], text[end:])


def _claim_view(
    c: Claim,
    doc: Document,
    sentences: dict[tuple[str, int], Any],
    links: Links,
    approx_tolerance: float = quantity.APPROX_TOLERANCE,
    names: SourceNames | None = None,
) -> dict[str, Any]:
    sent = sentences.get((c.document, c.sentence))
    if sent is not None:
        quote = _highlight(sent.text, c.span[0] - sent.span[0], c.span[1] - sent.span[0])
    else:
        quote = escape(c.text)
    return {
        "id": c.id,
        "anchor": anchor("claim", c.id),
        "href": links.claim(c),
        "document": c.document,
        "doc_anchor": anchor("doc", c.document),
        "title": doc.title or c.document,
        "outlet": doc.source,
        "published": doc.published.isoformat() if doc.published else None,
        "quote": quote,
        "text": c.text,
        "value": fmt_num(c.value),
        "interval": _interval(c, approx_tolerance),
        "qualifier": qualifier_words(c),
        "unit": quantity.unit_words(c),
        "value_words": value_words(c),
        "kind": c.kind,
        "hedged": c.hedged,
        "source": _source_as_written(c, names),
        "direct": bool(c.attribution and c.attribution.direct),
        "when": c.attribution.when if c.attribution else None,
        "time": c.time.surface if c.time else None,
        "time_range": _time_range(c.time) if c.time and c.time.start else None,
    }


def value_words(c: Claim) -> str:
    """A claim card's value as the number line's ticks word it: a counted noun in its
    plural ('300 crewmen', not '300 crewman'), a currency where it is written ('$5,000,000',
    not '5,000,000 $'), a percent sign, a range as its two ends ('24 to 30 feet', not its
    middle, '27 foot', which no article wrote); a measure as written ('120 mph'), in its
    plural when the article wrote it as a compound ('a 10-metre dhow': '10 metres')."""
    if quantity.ranged(c) and c.lower is not None and c.upper is not None:
        low = _with_unit(c.lower, c) if c.kind == "money" else fmt_num(c.lower)
        return f"{low} to {value_words(dataclasses.replace(c, value=c.upper, qualifier='exact'))}"
    if c.kind in ("count", "money", "percent") and c.unit:
        return _with_unit(c.value, c)
    if c.kind in ("measure", "duration") and c.unit and c.unit_surface == c.unit:
        return _with_unit(c.value, c)
    return quantity.with_unit(fmt_num(c.value), quantity.unit_words(c))


def _time_range(t: TimeSpan) -> str:
    """A time frame's dates as a reader takes them: one day or month alone, two joined by
    'to', and a month no year anchors said so (its ISO form, '--05 … --05', meant nothing
    on the page)."""
    if (t.start or "").startswith("--"):
        return "year not stated"
    return str(t.start) if t.start == t.end or not t.end else f"{t.start} to {t.end}"


def _finding_view(
    f: Finding,
    claims: dict[str, Claim],
    docs: Mapping[str, Document],
    sentences: dict[tuple[str, int], Any],
    links: Links = LOCAL,
) -> dict[str, Any]:
    members = [claims[i] for i in f.claims if i in claims]
    names = source_names(c.attribution for c in members)  # as the message names them
    words = article_words(f, members, names)
    approx = about_tolerance(f.evidence.get("compared"))  # as the rule judged its figures
    return {
        "id": f.id,
        "anchor": anchor("finding", f.id),
        "rule": f.rule,
        "title": f.title,
        "severity": f.severity,
        "kind": f.kind,
        "message": bidi_within(values_listed(f.message, members, docs, LISTED_SPARE), words),
        "verdict": f.evidence.get("verdict"),
        "group_anchor": anchor("group", f.group),
        "group_href": links.group(f.group),
        "group_label": f.evidence.get("group_label", ""),
        "figures": functools.partial(figures_of, members),  # (told_apart's, when it asks)
        "claims": [
            _claim_view(c, docs[c.document], sentences, links, approx, names) for c in members
        ],
        "docs": " ".join(sorted({anchor("doc", c.document) for c in members})),
        "numberline": numberline(members, approx) if f.kind == "numeric-agreement" else None,
        "link": f.link,
        "suppressed": f.suppressed,
        "tags": list(f.tags),
        "timeline": timeline_view(f, words),
        "sources": _with_hrefs(finding_sources_view(f, docs), links),
    }


def article_words(
    f: Finding, members: Sequence[Claim], names: SourceNames | None = None
) -> list[str | None]:
    """The article text a finding's message may name, each isolated where it does
    (crosscheck.report.bidi): its group's subject, its claims' (``members``, those of the
    page) words, files, sources and time frames, and its articles' outlets. ``names``:
    source_names of ``members``, when the caller has them."""
    words: list[str | None] = [f.evidence.get("group_label")]
    for c in members:
        words += [c.document, c.text, c.time.surface if c.time else None]
        if c.attribution:
            words += [c.attribution.entity, c.attribution.surface]
    # the sources by the names the message gives them (of the finding's claims: 'Police'
    # where one claim alone is 'police', 'ABC [ABC]'), each claim's own name besides
    words += (names if names is not None else source_names(c.attribution for c in members)).values()
    words += sorted({source_name(c.attribution) for c in members if c.attribution})
    words += [e.get("outlet") for e in f.timeline or ()]
    return words


def told_apart(views: list[dict[str, Any]], group: str = "group_label") -> list[dict[str, Any]]:
    """The findings' views, each heading told apart from the others of the page: a
    heading says its group (``group``: 'Sources give different counts: point'), and those
    whose title and group still read alike their figures ('16, 17', ``nth``; a view's
    ``figures``), or where those are alike too their place among them ('2 of 3'), so that
    no two headings in a screen reader's list or the outline read the same. A view's
    ``figures`` words them when called (figures_of), for the headings alike only. (A
    story page and the index of a large run say the same figures for a finding.)"""
    alike: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for v in views:
        alike.setdefault((v["title"], v[group]), []).append(v)
    for same in alike.values():
        if len(same) == 1:
            same[0]["nth"] = None
            continue
        figures = [v["figures"]() for v in same]
        apart = len(set(figures)) == len(same)
        for k, (v, worded) in enumerate(zip(same, figures, strict=True), 1):
            v["nth"] = worded if apart else f"{k} of {len(same)}"
    return views


def figures_of(claims: Sequence[Claim]) -> str:
    """A finding's figures as its message words them, each once, lowest first ('16, 17',
    'more than 30, 30': checks.worded_figures), for its heading."""
    worded = worded_figures(claims, claims)
    return ", ".join(worded[:4]) + (", …" if len(worded) > 4 else "")


def _corroboration_view(f: Finding, links: Links, claims: Mapping[str, Claim]) -> dict[str, Any]:
    """What the list of corroborations shows of one (a line each, linking to its group):
    not a finding's full view, whose claim cards, number line, timeline and sources were
    over half of rendering a story page, all for findings that are mostly corroborations."""
    members = [claims[i] for i in f.claims if i in claims]
    return {
        "anchor": anchor("finding", f.id),
        "verdict": f.evidence.get("verdict"),
        "message": bidi_within(f.message, article_words(f, members)),
        "group_href": links.group(f.group),
    }


def _claim_row(
    c: Claim,
    group_of: dict[str, str],
    links: Links = LOCAL,
    names: SourceNames | None = None,
) -> dict[str, Any]:
    return {
        "id": c.id,
        "anchor": anchor("claim", c.id),
        "document": c.document,
        "doc_anchor": anchor("doc", c.document),
        "text": c.text,
        "value": c.value,
        "value_str": fmt_num(c.value),
        "unit": c.unit or "",
        "qualifier": qualifier_words(c),
        "kind": c.kind,
        "source": source_name(c.attribution, names) if c.attribution else "",
        "time": c.time.surface if c.time else "",
        "group": group_of.get(c.id),
        "group_anchor": anchor("group", group_of[c.id]) if c.id in group_of else None,
        "href": links.claim(c),
        "group_href": links.group(group_of[c.id]) if c.id in group_of else None,
    }


def claim_row_html(c: dict[str, Any]) -> Markup:
    """A row of the claims table (a _claim_row), each text escaped as the template's
    autoescape would: written in Python, a jinja include per row was most of rendering the
    table of a story's thousands of claims."""
    group = f'<a href="{escape(c["group_href"])}">{escape(c["group"])}</a>' if c["group"] else ""
    return Markup(
        f'<tr data-value="{escape(c["value"])}"><td>{bidi(c["document"])}</td>'
        f'<td><a href="{escape(c["href"])}">{bidi(c["text"])}</a></td>'
        f'<td class="num">{escape(c["value_str"])}</td><td>{escape(c["unit"])}</td>'
        f"<td>{escape(c['qualifier'])}</td><td>{bidi(c['source']) if c['source'] else ''}</td>"
        f"<td>{bidi(c['time']) if c['time'] else ''}</td><td>{group}</td></tr>"
    )


_REASONS_CAPTION = (
    '<caption class="small">Why joined: how alike each linked pair is (0 to 1; names: how '
    "many are shared), and the probability that both state one subject</caption>"
)


def group_html(
    g: ClaimGroup,
    claims: dict[str, Claim],
    links: Links = LOCAL,
    names: SourceNames | None = None,
) -> Markup:
    """A group of the groups section with its claims (those of ``claims``: the page's),
    the reasons its claims were joined and the pairs kept apart, each text escaped as the
    template's autoescape would: written in Python, the per-field lookups and escapes of a
    jinja loop were a fifth of rendering a story page (a story's groups list thousands of
    reasons). Without the line break after it, which the template writes."""
    mine = [claims[cid] for cid in g.claims if cid in claims]

    def words_of(i: str) -> str:
        # a claim kept apart is most often in another group: its words, where the page
        # has it, not its id ('c89909ac893ae ~ at least three people')
        return bidi(claims[i].text[:30] if i in claims else i)

    def pair(r: Mapping[str, Any]) -> str:
        return " ~ ".join(words_of(i) for i in r.get("claims", []))

    items = "".join(
        f'<li><a href="{escape(links.claim(c))}">“{bidi(c.text)}”</a> <span class="small">'
        f"{bidi(c.document)}{' · ' + bidi(source_name(a, names)) if (a := c.attribution) else ''}"
        f"</span></li>"
        for c in mine
    )
    heads = "".join(f'<th scope="col">{escape(h)}</th>' for h in REASON_FEATURES.values())
    reasons = "".join(
        f"<tr><td>{pair(r)}</td>"
        + "".join(f"<td>{escape(r.get(k, ''))}</td>" for k in REASON_FEATURES)
        + f"<td>{escape(r.get('score', ''))}</td></tr>"
        for r in g.reasons
    )
    apart = ""
    for title, said in (("Joined in its own article", g.restated), ("Kept apart", g.apart)):
        if said:  # a hard fact's joins (match.cluster._restated_in_article), and refusals
            apart += (
                f'<p class="small">{title}:</p><ul class="small">'
                + "".join(f"<li>{pair(r)}: {bidi(r.get('why', ''))}</li>" for r in said)
                + "</ul>"
            )
    # the concept where the label does not say it already ('age': 'year'), not 'weapons
    # weapons' or 'mile (located) mile', in words as labels say it (concept_words: 'pound',
    # not 'pound-mass'; none for 'all', 'more'; a concept file's hyphens as the label's
    # spaces: 'military personnel')
    named = concept_words(g.concept)
    told = not named or re.match(re.escape(named).replace("\\-", "[- ]") + r"(?!\w)", g.label)
    concept = "" if told else f"{escape(named)} · "
    return Markup(
        f'  <details class="group" id="{escape(anchor("group", g.id))}">\n'
        f'    <summary><strong>{bidi(g.label)}</strong> <span class="small">{concept}'
        f"{count_of(len(mine), 'claim')} in {count_of(len(g.documents), 'document')}"
        f" · score {g.score:.2f}</span></summary>\n"
        f"    <ul>{items}</ul>\n"
        f'    <table class="reasons">{_REASONS_CAPTION}<thead><tr><th scope="col">pair</th>'
        f'{heads}<th scope="col">same subject</th></tr></thead>\n'
        f"    <tbody>{reasons}</tbody></table>\n"
        f"{apart}  </details>"
    )


def _source_as_written(c: Claim, names: SourceNames | None) -> str | None:
    """A claim's source as its sentence writes it, and the name the report shows it by
    where that reads otherwise: 'Seoul's spy agency, the National Intelligence Service
    (NIS)', but 'Fire Chief Maria Lopes' alone, as 'Attorney-General Ann Lee' is where
    the name is 'Attorney General Ann Lee' (one name by name_key), and 'ABC [ABC]' where
    the name needs its id beside it (source_names, id_tag) but is the surface already."""
    if c.attribution is None:
        return None
    surface, name = c.attribution.surface, source_name(c.attribution, names)
    tag = id_tag(c.attribution.entity)
    bare = name.removesuffix(tag)
    if name_key(surface) == name_key(bare):
        return surface + (tag if bare != name else "")
    return f"{surface} ({name})"


def _doc_view(
    d: Document,
    doc_claims: list[Claim],
    in_finding: set[str],
    group_of: dict[str, str],
    findings_of: dict[str, list[str]],
    links: Links = LOCAL,
    names: SourceNames | None = None,
) -> dict[str, Any]:
    doc_claims = sorted(doc_claims, key=lambda c: c.span)
    starts = [c.span[0] for c in doc_claims]
    paragraphs = []
    for ps, pe in d.paragraphs:
        parts: list[Markup] = []
        pos = ps
        # only this paragraph's claims: bisect to the first, stop past its end (linear in
        # paragraphs plus claims, not their product)
        last = bisect.bisect_left(starts, pe)
        placed: set[str] = set()  # anchors of claims inside a claim, put where they start
        for k in range(bisect.bisect_left(starts, ps), last):
            c = doc_claims[k]
            if c.id in placed:
                continue
            if c.span[1] > pe or c.span[0] < pos:
                # past the paragraph (or inside a longer one): not marked again, but its
                # anchor is here, so every link to a claim lands
                parts.append(_claim_at(c))
                continue
            # claims that start inside this one ('80 wounded' in '30 of the 80 wounded'):
            # their anchors go where their words start, inside it
            # (sorted by start: up to the first that starts past its end, so no scan of the
            # paragraph's claims for each claim)
            within = bisect.bisect_left(starts, c.span[1], k + 1, last)
            inner = [o for o in doc_claims[k + 1 : within] if o.span[1] <= pe]
            placed.update(o.id for o in inner)
            parts.append(escape(d.text[pos : c.span[0]]))
            qual = qualifier_words(c)
            unit = quantity.unit_words(c)
            # (a range as its two ends, '100 to 200 people', never its middle)
            figure = (
                value_words(c) if quantity.ranged(c) else quantity.with_unit(fmt_num(c.value), unit)
            )
            tip = f"{c.kind}: {figure} ({qual}, interval {_interval(c)})"
            if c.attribution:
                tip += f"; source {bidi_text(source_name(c.attribution, names))}"
            if c.time:
                tip += f"; time {bidi_text(c.time.surface)}"
            if c.id in group_of:
                tip += f"; group {group_of[c.id]}"
            if c.id in findings_of:
                tip += f"; {count_of(len(findings_of[c.id]), 'finding')}"
            cls = f"claim kind-{KIND_LABELS.get(c.kind, 'other')}" + (
                " flagged" if c.id in in_finding else ""
            )
            href = links.group(group_of[c.id]) if c.id in group_of else None
            # (what Markup.format makes of it, built directly: a third of a large report's
            # writing went to str.format's field parsing here)
            # (str(escape(...)): a str added to a Markup would be escaped again)
            tip_ = str(escape(tip))
            link = f'<a href="{escape(href)!s}">' if href else ""
            parts.append(
                Markup(
                    f'<span class="{escape(cls)!s}" id="{escape(anchor("claim", c.id))!s}" '
                    f'tabindex="0" data-tip="{tip_}" title="{tip_}">{link}'
                    f"{_with_anchors(d.text, c.span, inner)!s}{'</a>' if href else ''}</span>"
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


def _claim_at(c: Claim) -> Markup:
    """The anchor of a claim not marked on its own (it lies inside another)."""
    return Markup('<span class="claim-at" id="{}"></span>').format(anchor("claim", c.id))


def _with_anchors(text: str, span: Span, inner: list[Claim]) -> Markup:
    """A claim's words, with the anchors of the claims inside it where their words start."""
    parts: list[Markup] = []
    pos = span[0]
    for o in sorted(inner, key=lambda o: o.span):
        parts += [escape(text[pos : o.span[0]]), _claim_at(o)]
        pos = max(pos, o.span[0])
    parts.append(escape(text[pos : span[1]]))
    return Markup("").join(parts)


def _dating_words(d: Document) -> str:
    """Where the article's date came from, or that it has none."""
    if d.dating is None:
        return "no date found (none in its metadata, dateline, address or file name)"
    updated = f", updated {d.dating.updated}" if d.dating.updated else ""
    return (
        f"published {d.dating.published or 'date not given'}{updated}, from the {d.dating.source}"
    )


@functools.cache
def _plural(noun: str) -> str:
    """The extraction's plural of a counted noun, imported when a page is written (a
    re-run whose report is up to date never imports the extractor); each noun's once."""
    from crosscheck.extract.inflection import plural

    return plural(noun)


def _line_unit(claims: Sequence[Claim], scale: Sequence[quantity.Scale]) -> Claim | None:
    """The claim whose unit a number line is drawn in: the first when all figures are in
    its unit or convert into it (metres for 8 metres and 27 feet), None when they are in
    units that do not convert or the first carries none."""
    # a count's noun in either number is one unit ('One person' and 'Three people')
    units = {_plural(c.unit) if c.kind == "count" and c.unit else c.unit for c in claims}
    if len(units) > 1 and len(set(scale)) == 1:
        return None
    return claims[0] if claims[0].unit else None


def _with_unit(v: float, c: Claim | None) -> str:
    """A tick's figure in the unit of claim ``c``, from its unit or counted noun (never
    read back out of its text): '8.2 metres', '$300', 'US$300', '12%', '3 years old' (an
    age), '450 workers', '1 worker' (a count's noun), '300 euros'."""
    num = fmt_num(v)
    if c is None or not c.unit:
        return num
    if c.kind == "percent" and c.unit not in quantity.POINTS:  # not '25 basis points'
        return quantity.with_unit(num, "%")
    surface = c.unit_surface or ""
    if c.kind == "money" and surface:  # "$", "US$", "€" before the figure; "euros" after
        if v != int(v):
            num = f"{v:,.2f}"  # cents: '$4.50'
        sign, per, rest = surface.partition(" per ")  # '$4.50 per barrel'
        written = f"{num} {sign}" if sign.isalpha() else f"{sign}{num}"
        return f"{written}{per}{rest}"
    one = v == 1
    if c.kind == "age":
        return f"{num} {c.unit if one else _plural(c.unit)} old"
    # a unit in words, in the tick's number, as findings say it ('4.5 pounds', not
    # 'pound-mass'; '40 degrees'; '46 degrees Celsius')
    return f"{num} {quantity.unit_named(c.unit, one)}"


def numberline(
    claims: list[Claim],
    approx_tolerance: float = quantity.APPROX_TOLERANCE,
    width: int = 560,
    row: int = 22,
) -> Markup:
    """An SVG number line: each claim's value (dot) and the interval its wording allows,
    as crosscheck.quantity judges it with the finding's ``approx_tolerance`` ('nearly
    300' up to 300, not past it; 'about 300' as wide as the rule allows), all in the
    first claim's unit when theirs convert; the ticks say that unit."""
    scale = quantity.common_factors(claims)
    values = [k(c.value) for c, k in zip(claims, scale, strict=True)]
    spans = [(k(a), k(b)) for c, k in zip(claims, scale, strict=True)
             for a, b in [quantity.interval(c, approx_tolerance)]]  # fmt: skip
    unit = _line_unit(claims, scale)
    finite = [v for v in values + [e for s in spans for e in s] if math.isfinite(v)]
    if not finite:  # nothing to draw
        return Markup("")
    lo, hi = min(finite), max(finite)
    if lo == hi:
        lo, hi = lo * 0.9 - 1e-9, hi * 1.1 + 1e-9
    pad = (hi - lo) * 0.15
    lo, hi = lo - pad, hi + pad
    left, right = 150, width - 20

    def x(v: float) -> float:
        return left + (v - lo) / (hi - lo) * (right - left)

    height = row * len(claims) + 30
    # rows name their articles without the folder when that still tells them apart
    bare = len({_file_name(c.document) for c in claims}) == len({c.document for c in claims})
    # f-strings with each text escaped: the same bytes as Markup(...).format, whose
    # Python formatter was most of drawing the lines of a page's findings
    label = escape(
        "Number line: "
        + "; ".join(f"{bidi_text(c.text)} ({bidi_text(c.document)})" for c in claims)
    )
    out = [
        f'<svg class="numberline" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-label="{label}">'
    ]
    axis_y = height - 18
    out.append(f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" class="axis"/>')
    for v in (lo + pad, hi - pad):
        out.append(
            f'<text x="{x(v):.1f}" y="{height - 4}" class="tick" text-anchor="middle">'
            f"{escape(_with_unit(v, unit))}</text>"
        )
    for i, (c, value, (start, end)) in enumerate(zip(claims, values, spans, strict=True)):
        y = 14 + i * row
        a = x(start) if math.isfinite(start) else left
        b = x(end) if math.isfinite(end) else right
        out.append(f'<text x="4" y="{y + 4}" class="label">{_row_label(c.document, bare)}</text>')
        out.append(f'<line x1="{a:.1f}" y1="{y}" x2="{b:.1f}" y2="{y}" class="range"/>')
        if not math.isfinite(end):
            out.append(f'<text x="{right - 4}" y="{y + 4}" class="open">→</text>')
        tip = escape(f"{bidi_text(c.text)}: {fmt_num(c.value)} ({qualifier_words(c)})")
        out.append(
            f'<circle cx="{x(value):.1f}" cy="{y}" r="4" class="dot"><title>{tip}</title></circle>'
        )
    out.append("</svg>")
    return Markup("".join(out))


LABEL_CHARS = 18  # of an article's name, at the start of its row of a number line
LABEL_WIDTH = LABEL_CHARS * CHAR  # what they take: wide letters are fewer (text_width)


def _file_name(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def _row_label(name: str, bare: bool = False) -> str:
    """An article's name at the start of its row (``bare``: without its folder): whole
    when it fits; else its start and its end around an ellipsis, with the whole name as
    the row's tooltip. Its first 18 characters alone made 'reuters_2024-03-02_fire.txt'
    and 'reuters_2024-03-02_fire-update.txt' one label, with nothing to tell which row
    was which."""
    shown = _file_name(name) if bare else name
    wide = text_width(shown)
    if wide <= LABEL_WIDTH and shown == name:
        return str(svg_bidi(name))
    if wide > LABEL_WIDTH:
        shown = _ends_of(shown, LABEL_WIDTH - CHAR)  # (the ellipsis's room)
    return f"<title>{escape(bidi_text(name))}</title>{svg_bidi(shown)}"


def _ends_of(name: str, room: float) -> str:
    """``name``'s start and end around an ellipsis, as much of each as half of ``room``
    (its width, text_width) holds, the end given what the start leaves: 17 letters of a
    Latin name, 10 of a Chinese one (its letters an em wide: cut by count, it ran into
    the line)."""
    widths = [text_width(ch) for ch in name]
    head, used = head_fitting(widths, room / 2)
    tail = len(name)
    while tail > head and used + widths[tail - 1] <= room:
        used += widths[tail - 1]
        tail -= 1
    while tail < len(name) and not widths[tail]:
        tail += 1
    return name[:head] + "…" + name[tail:]


MAX_FIGURE_PAIRS = 2000  # per group, in the compare view's data: pairs of figures judged

# The status of a pair of figures in the compare view's data (report.js shows it): "c"
# they can both hold, "d" they cannot, "x" in units crosscheck does not convert (not
# compared); a pair not listed agrees.
COMPATIBLE, DIFFER, NOT_COMPARED = "c", "d", "x"


def _tolerances(ctx: Context, group_id: str) -> tuple[float, float, float]:
    """The tolerances the group's figures were judged with: its numeric-agreement
    finding's, else its corroboration's, else the rules' defaults (as recorded in their
    evidence: relative, absolute, 'about')."""
    return recorded_tolerances(ctx.judged.get(group_id) or ctx.corroborated.get(group_id) or {})


def _compared(ctx: Context, group: ClaimGroup) -> dict[str, Any]:
    """What the compare view shows of a group: each claim's figure (its place among the
    group's distinct figures, quantity.figure_key), and each pair of figures that does not
    agree as numeric-agreement judges it (crosscheck.rules.checks.judge_pair, with the
    tolerances the group was judged with), with its status and the words a finding of the
    two gives it ('60 km is 6.5% above 35 miles', in one unit; why figures that differ can
    both hold: checks.pair_words). The
    page only looks the pair of two articles' figures up: it judges no figure itself.
    Per group, not per pair of articles: the figures of a group of many copies are few.
    At most MAX_FIGURE_PAIRS pairs are listed; ``upto`` then says the last one judged."""
    from crosscheck.rules.checks import (  # (when drawn)
        figure_signatures,
        judge_pair,
        pair_words,
        uncomparable,
    )

    members = [ctx.claims[i] for i in group.claims if i in ctx.claims]
    index: dict[Any, int] = {}
    figures: list[Claim] = []
    of_claim: dict[str, int] = {}
    as_said, signature = figure_signatures(members, ctx.docs)  # (as the rule reads them)
    for c in members:  # (an age of each article's date: checks.pair_signature)
        stated = as_said(c)
        key = signature(c)
        if key not in index:
            index[key] = len(figures)
            figures.append(stated)
        of_claim[c.id] = index[key]
    if group.id not in ctx.judged and group.id not in ctx.corroborated:
        # a group no numeric rule judged (no finding of its figures): the page says so of
        # figures that differ, and judges nothing itself
        return {"figures": of_claim, "pairs": [], "upto": None, "unjudged": True}
    rel, abs_tol, approx = _tolerances(ctx, group.id)
    pairs: list[list[Any]] = []
    upto: list[int] | None = None
    # a degree of no named scale beside both named ones is compared with nothing, as the
    # finding says ("111 degrees" beside "40C" and "104F"); where some figures cannot be
    # compared, figures of two units that differ are not either (the rules judge each
    # unit's alone: "46C" against "104F" beside a bare "111 degrees")
    no_scale = quantity.in_no_scale(figures)
    in_doubt = uncomparable(figures)
    for i, a in enumerate(figures):
        for j in range(i + 1, len(figures)):
            b = figures[j]
            uncompared = no_scale and BARE_DEGREE in (
                (a.unit or "").lower(),
                (b.unit or "").lower(),
            )
            judged = judge_pair(a, b, rel, abs_tol, approx, ctx.docs)
            apart = in_doubt and a.unit != b.unit and judged is not None and not judged.agree
            said = pair_words(a, b, judged, approx, uncompared=uncompared or apart,
                              among=figures if apart else ())  # fmt: skip  # (None: agree)
            if said is None:
                continue
            status = (
                NOT_COMPARED  # "40 psi", "43 bar"; "111 degrees" beside "40C" and "104F"
                if uncompared or apart or quantity.unconvertible(a, b)
                else COMPATIBLE
                if judged is not None and judged.overlap
                else DIFFER
            )
            texts = [a.text, b.text]  # cut out of the words: report.js isolates them
            entry = [i, j, status, bidi_parts(said.spread, texts)]
            if said.head:  # why they can both hold: its head, then its reasons
                entry += [said.head, [bidi_parts(r, texts) for r in said.reasons]]
            pairs.append(entry)
            if len(pairs) >= MAX_FIGURE_PAIRS:
                upto = [i, j]
                break
        if upto is not None:
            break
    return {"figures": of_claim, "pairs": pairs, "upto": upto}


def _diff_data(
    ctx: Context, documents: Sequence[Document], claims: Sequence[Claim], links: Links = LOCAL
) -> dict[str, Any]:
    """What the diff view needs: documents, groups and claims, as plain data (on a story
    page, its own documents and their claims: the view compares two of them)."""
    by_id = ctx.claims
    here = {c.id for c in claims}
    whole = len(here) == len(by_id)
    touched = ctx.result.groups
    if not whole:  # the groups with a claim in these documents, in the run's order
        seen = {k for d in documents for k in ctx.groups_by_doc.get(d.id, [])}
        touched = [ctx.result.groups[k] for k in sorted(seen)]
    groups = []
    for g in touched:
        members = list(g.claims) if whole else [i for i in g.claims if i in here]
        if not members:
            continue
        compared = ctx.compared.get(g.id)
        if compared is None:  # once per group, though it may touch several story pages
            compared = ctx.compared[g.id] = _compared(ctx, g)
        figs = [compared["figures"][i] for i in members]
        pairs = compared["pairs"]
        if not whole:  # the pairs of the figures on this page
            shown = set(figs)
            pairs = [p for p in pairs if p[0] in shown and p[1] in shown]
        view: dict[str, Any] = {
            "id": g.id,
            "anchor": anchor("group", g.id),
            "label": g.label,
            "claims": members,
            "figs": figs,  # each claim's figure, a place among the group's figures
            # [figure, figure, status, spread, head, reasons]: the pairs that do not
            # agree, in words (checks.pair_words: the spread, and why they can both
            # hold), each cut into the report's words (even places) and the claims' (odd:
            # bidi_parts)
            "pairs": pairs,
        }
        if compared["upto"] is not None:  # pairs past it were not judged for the page
            view["upto"] = compared["upto"]
        if compared.get("unjudged"):  # no rule judged the group's figures
            view["unjudged"] = True
        href = links.group(g.id)
        if href != "#" + view["anchor"]:  # the group is on another story page
            view["href"] = href
        groups.append(view)
    return {
        "documents": [
            {"id": d.id, "anchor": anchor("doc", d.id), "title": d.title or d.id} for d in documents
        ],
        "groups": groups,
        "claims": {
            c.id: {  # (no figures: the page judges none, Python did: _compared)
                "doc": c.document,
                "text": c.text,
                "unit": c.unit,
                "kind": c.kind,
                "anchor": anchor("claim", c.id),
            }
            for c in claims
        },
    }

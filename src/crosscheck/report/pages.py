"""report.html of any size: one self-contained file for a small run, an index and story
pages for a large one.

A report of tens of thousands of articles as one page is hundreds of megabytes a browser
must parse before it shows anything. Above SINGLE_FILE_MAX_DOCS documents, report.html is
an index (findings first, with the filters, then the list of story pages, then what was
skipped) and report-files/ holds the story pages: the articles that share a group or a
finding, with those findings in full, their groups, the articles' text and their claims.
Small stories share a page, about ARTICLES_PER_PAGE articles, cut before stories picked by
their first article (_starts_page); a large one spans several (PAGE_DOCS articles or about
PAGE_BYTES of HTML each). Each page's file is named by its first article (page_names), so
it keeps its name when pages are added before it. Every page is a plain file that opens
from disk with nothing fetched from the network. The index holds its first findings and
story pages (all of these are listed on report-files/stories.html); all of them are in
report-files/findings-*.js, read (a <script src>, which file:// pages may load, unlike
fetch) only when a filter or "Show more" needs them, so the first screen costs the same at
any size. Anchors of the one-file layout (report.html#claim-..., #doc-..., #group-...,
#finding-...) still lead to the place, through small report-files/anchors-*.html pages that
know the story page of each.

Pages are written one at a time (the memory is that of one page) into a fresh folder that
replaces report-files/ when all are written (with the run's other reports, within
atomic.staging); report.html is put in place after it. Given a
PageMemory (with --store: what the last write into this folder left), a story page whose
key (a hash of everything the page shows, see ``_page_key``) and file are unchanged is
copied from the old folder instead of being rendered again; any other page is written
anew, and a page no story has any more goes with the old folder. Of the articles on other
pages, a page's key covers those it looked up or linked to when it was last rendered
(render_page notes them): an article that moves to another page, or is retitled, renders
again only the pages that show it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import logging
import operator
import os
import re
import shutil
import stat
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup

from crosscheck import __version__
from crosscheck.atomic import file_stamp, on_commit, record, temp_prefix, umask, write_text
from crosscheck.model import ClaimGroup, Document, Finding, RunResult
from crosscheck.report import FILE_NAMES, FOLDER
from crosscheck.report.bidi import bidi_parts
from crosscheck.report.html import (
    ALL_DOCUMENTS,
    LISTED_SPARE,
    Context,
    Links,
    _asset,
    _date_range,
    _env,
    _json_block,
    anchor,
    article_words,
    corroboration_counts,
    corroboration_words,
    count_of,
    figures_of,
    render,
    render_page,
    script_hash,
    single_source_words,
    told_apart,
)
from crosscheck.report.json import shown_path
from crosscheck.rules.checks import values_listed
from crosscheck.unionfind import UnionFind

log = logging.getLogger("crosscheck")

SINGLE_FILE_MAX_DOCS = 200  # up to this many documents, report.html is one file
PAGE_DOCS = 100  # articles per story page at most (a larger story spans several pages)
ARTICLES_PER_PAGE = 10  # about, on a page of small stories (see _starts_page)
NAME_DIGITS = 12  # hex digits of a page's name (page_names)
PAGE_BYTES = 1_500_000  # and about this much HTML (one finding or group larger stays whole)
ANCHORS_PER_FILE = 5000  # about, in each report-files/anchors-*.html
FIRST_FINDINGS = 50  # in the index itself; all of them in report-files/findings-*.js
FINDINGS_PER_FILE = 2000
STORIES_LISTED = 100  # story pages listed in the index; all of them in report-files/stories.html
# the files of report-files/ (story pages: numbered, as before, or named by page_names)
_OURS = re.compile(
    rf"(story-(?:\d+|[0-9a-f]{{{NAME_DIGITS}}}|[0-9a-f]{{64}})|anchors-[0-9a-f]+|stories)\.html"
    r"|findings-\d+\.js"
)


@dataclass
class PageMemory:
    """The story pages of the last write into a report folder: file name -> [page key,
    SHA-256 of the file, the articles of other pages it showed or linked to (its key covers
    those), the file's stamp once in place (atomic.file_stamp)]; a page without the third
    is rendered again, one without the fourth read to be kept. ``salt`` stands for the code that
    renders pages (the caller's version of the report code); ``now`` is filled with what
    this write leaves, and ``kept`` counts the pages kept rather than rendered."""

    salt: str
    before: dict[str, list[Any]]
    now: dict[str, list[Any]] = field(default_factory=dict)
    kept: int = 0


def write_html(
    result: RunResult, out_dir: Path, timestamp: bool = False, memory: PageMemory | None = None
) -> list[Path]:
    """Write report.html, and for a large run report-files/; the files written, report.html
    first. With ``memory`` (never with ``timestamp``), unchanged story pages are kept."""
    index = out_dir / FILE_NAMES["html"]
    if len(result.documents) <= SINGLE_FILE_MAX_DOCS:
        write_text(index, render(result, timestamp=timestamp))
        # the pages of an earlier, larger run, once the page is in place (atomic.staging)
        on_commit(out_dir / FOLDER, lambda: remove_pages(out_dir / FOLDER), lambda: None)
        return [index]
    return _write_pages(result, out_dir, timestamp, None if timestamp else memory)


def story_pages(
    result: RunResult, page_docs: int = PAGE_DOCS, page_bytes: int = PAGE_BYTES
) -> list[list[int]]:
    """Positions of the documents on each story page. A story is what groups and findings
    join (connected components of articles); stories keep the order of their first
    article, whole on a page; a story larger than a page (more than ``page_docs`` articles,
    or about ``page_bytes`` of HTML with its findings and groups) spans consecutive pages,
    each finding and group on the page of its first claim's article. A page ends when the
    next story would not fit, and before a story that _starts_page picks by its first
    article's id and its size (about ARTICLES_PER_PAGE articles a page): where a page ends
    depends on the stories since the last page so picked, not on all the pages before it,
    so an article that grows, or a story added or removed, moves the pages up to the next
    story picked so and no further (filling pages in turn moved every later page when one
    article grew: a re-run after 1% of 10,000 articles changed rendered every page)."""
    pos = {d.id: k for k, d in enumerate(result.documents)}
    sets = UnionFind(len(result.documents))

    def join(members: Sequence[int]) -> None:
        for k in members[1:]:
            sets.union(members[0], k)

    doc_of = {c.id: c.document for c in result.claims}
    for g in result.groups:
        join([pos[d] for d in g.documents if d in pos])
    for f in result.findings:
        join([pos[doc_of[c]] for c in f.claims if c in doc_of and doc_of[c] in pos])
    stories: dict[int, list[int]] = {}
    for k in range(len(result.documents)):
        stories.setdefault(sets.find(k), []).append(k)
    weight = _weights(result, pos, doc_of)
    pages: list[list[int]] = []
    current: list[int] = []
    size = 0
    for members in stories.values():  # in the order of each story's first article
        story = sum(weight[k] for k in members)
        full = len(current) + len(members) > page_docs or size + story > page_bytes
        if current and (full or _starts_page(result.documents[members[0]].id, len(members))):
            pages.append(current)
            current, size = [], 0
        if len(members) <= page_docs and story <= page_bytes:
            current.extend(members)
            size += story
            continue
        for k in members:  # a large story: as many pages as it needs
            if current and (len(current) >= page_docs or size + weight[k] > page_bytes):
                pages.append(current)
                current, size = [], 0
            current.append(k)
            size += weight[k]
        pages.append(current)
        current, size = [], 0
    if current:
        pages.append(current)
    return pages


def _id_hash(doc_id: str) -> str:
    """SHA-256 of an article's id, in hex: what a page's start and name are read from."""
    return hashlib.sha256(doc_id.encode("utf-8", errors="backslashreplace")).hexdigest()


def _starts_page(doc_id: str, articles: int) -> bool:
    """Whether a story of ``articles`` articles whose first article has this id begins a
    page: with a chance of ``articles`` in ARTICLES_PER_PAGE (always from that many), read
    from a hash of the id, so the same story at the same place decides the same in every
    run, whatever came before it."""
    # the hash's last digits: its first ones name the page (page_names)
    return int(_id_hash(doc_id)[-8:], 16) < articles * 2**32 / ARTICLES_PER_PAGE


def page_names(result: RunResult, pages: list[list[int]]) -> list[str]:
    """Each story page's file, named by a hash of its first article's id (NAME_DIGITS hex
    digits; all 64 for pages whose short names are alike): a page keeps its name, and so
    can be kept by the next write, while it begins with the same article, whatever pages
    are added, split or removed before it (numbered names moved every later page)."""
    full = [_id_hash(result.documents[members[0]].id) for members in pages]
    short = Counter(h[:NAME_DIGITS] for h in full)
    return [f"story-{h if short[h[:NAME_DIGITS]] > 1 else h[:NAME_DIGITS]}.html" for h in full]


def home(result: RunResult, doc_of: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The article each group and each finding is shown with: its first claim's (a
    finding's group's, when it has one)."""
    groups = {
        g.id: doc_of[g.claims[0]] for g in result.groups if g.claims and g.claims[0] in doc_of
    }
    findings = {}
    for f in result.findings:
        doc = groups.get(f.group) or next((doc_of[c] for c in f.claims if c in doc_of), None)
        if doc is not None:
            findings[f.id] = doc
    return groups, findings


def _weights(result: RunResult, pos: dict[str, int], doc_of: dict[str, str]) -> list[int]:
    """About how many bytes of HTML each article brings to its page: its text and claims,
    and the findings and groups shown with it (a claim card quotes a sentence)."""
    weight = [len(d.text) + 200 for d in result.documents]
    for c in result.claims:
        if c.document in pos:
            weight[pos[c.document]] += 600  # marked in the text, a row of the claims table
    group_home, finding_home = home(result, doc_of)
    for g in result.groups:
        if g.id in group_home:
            weight[pos[group_home[g.id]]] += 600 + 250 * len(g.claims) + 350 * len(g.reasons)
    for f in result.findings:
        if f.id in finding_home:
            weight[pos[finding_home[f.id]]] += 1500 + 1600 * len(f.claims)
    return weight


def _write_pages(
    result: RunResult, out_dir: Path, timestamp: bool, memory: PageMemory | None = None
) -> list[Path]:
    ctx = Context(result)
    pages = story_pages(result)
    doc_page = {result.documents[k].id: n for n, members in enumerate(pages, 1) for k in members}
    group_home, finding_home = home(result, {c.id: c.document for c in result.claims})
    group_page = {g: doc_page[d] for g, d in group_home.items()}
    links = Links(doc_page, group_page, names=page_names(result, pages))
    groups_on: dict[int, list[ClaimGroup]] = {}
    for g in result.groups:
        if g.id in group_page:
            groups_on.setdefault(group_page[g.id], []).append(g)
    findings_on: dict[int, list[Finding]] = {}
    finding_page: dict[str, int] = {}
    for f in result.findings:
        n = doc_page[finding_home[f.id]] if f.id in finding_home else 1
        findings_on.setdefault(n, []).append(f)
        finding_page[f.id] = n

    out_dir.mkdir(parents=True, exist_ok=True)
    old = out_dir / FOLDER
    head = _run_head(result)
    ext: dict[str, str] = {}
    if memory is not None and len(result.extraction_keys) == len(result.documents):
        ext = dict(zip((d.id for d in result.documents), result.extraction_keys, strict=True))
    fresh = Path(tempfile.mkdtemp(prefix=temp_prefix(FOLDER), dir=out_dir))
    try:
        os.chmod(fresh, 0o777 & ~umask())  # as a folder made by mkdir, not mkdtemp's 0700
        written = []
        summaries = []
        made: dict[str, tuple[str, int]] = {}  # each file put in the fresh folder: its
        # SHA-256 and inode
        for n, members in enumerate(pages, 1):
            docs = [result.documents[k] for k in members]
            here = {
                "title": docs[0].title or docs[0].id,
                "index": "../report.html",
                "prev": links.page_file(n - 1) if n > 1 else None,
                "next": links.page_file(n + 1) if n < len(pages) else None,
            }
            path = fresh / links.page_file(n)
            page = (docs, groups_on.get(n, []), findings_on.get(n, []), links.at(n), here, ext)
            before = memory.before.get(path.name) if memory is not None else None
            refs = _refs(before)
            key = ""
            if memory is not None and before is not None and refs is not None:
                key = _page_key(ctx, memory.salt, _refs_key(head, ctx, links, refs), *page)
                digest = _keep(old, path.name, before, key, path, made)
                if digest is not None:
                    memory.now[path.name] = [key, digest, refs]
                    memory.kept += 1
                    written.append(path)
                    summaries.append(_summary(n, docs, ctx, findings_on.get(n, []), links))
                    continue
            seen: set[str] = set()
            html = render_page(ctx, docs, groups_on.get(n, []), findings_on.get(n, []),
                               links.at(n), timestamp, page=here,
                               seen=seen if memory is not None else None)  # fmt: skip
            digest = _write(path, html, made)
            if memory is not None and ALL_DOCUMENTS in seen:
                memory.now[path.name] = ["", digest]  # no notes: rendered again next time
            elif memory is not None:
                own = {d.id for d in docs}  # in the key already, with their page (here)
                noted = sorted(seen - own)
                if not key or noted != refs:  # the key made above covers other articles
                    key = _page_key(ctx, memory.salt, _refs_key(head, ctx, links, noted),
                                    *page)  # fmt: skip
                memory.now[path.name] = [key, digest, noted]
            written.append(path)
            summaries.append(_summary(n, docs, ctx, findings_on.get(n, []), links))
        written.extend(_write_anchors(fresh, ctx, doc_page, group_page, finding_page, links, made))
        stories = fresh / "stories.html"
        _write(stories, _env().get_template("stories.html.j2").render(
            pages=summaries, listed=len(summaries), prefix="", version=__version__,
            css=Markup(_asset("report.css")),
        ), made)  # fmt: skip
        written.append(stories)
        rows = _finding_rows(result, ctx, finding_page, links)
        written.extend(_write_findings(fresh, rows, made))
        index_html = _index(result, rows, summaries, links, timestamp)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise

    def put() -> None:  # the new pages in place (atomic.staging: with the other reports)
        try:
            _swap(fresh, out_dir / FOLDER)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        _note(out_dir / FOLDER, made, memory)

    on_commit(out_dir / FOLDER, put, lambda: shutil.rmtree(fresh, ignore_errors=True))
    index = write_text(out_dir / FILE_NAMES["html"], index_html)
    return [index] + [out_dir / FOLDER / p.name for p in written]


def _write(path: Path, text: str | bytes, made: dict[str, tuple[str, int]] | None = None) -> str:
    """Write a new file of the fresh folder; its SHA-256 (kept in ``made`` by its name,
    with its inode)."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", errors="backslashreplace")
    with path.open("wb") as fh:
        fh.write(data)
        inode = os.fstat(fh.fileno()).st_ino
    os.chmod(path, 0o666 & ~umask())
    digest = hashlib.sha256(data).hexdigest()
    if made is not None:
        made[path.name] = (digest, inode)
    return digest


def _keep(
    old: Path,
    name: str,
    before: list[Any] | None,
    key: str,
    path: Path,
    made: dict[str, tuple[str, int]],
) -> str | None:
    """Put the page ``name`` of the old folder at ``path`` (noted in ``made`` as _write
    notes it) when the last write left it under the same key and it is as that write left
    it; its SHA-256, or None when it must be rendered again. A file whose stamp
    (atomic.file_stamp) is the one noted after that write, with the mode a file written
    now gets and this user's, is linked, not read (a run after 1% of 10,000 articles
    changed read, hashed and wrote again 200 MB of unchanged pages, and deleted the old
    ones); else its bytes must have the noted SHA-256, and are copied (a file touched
    since, say its mode changed, is not taken as it is; nor is one of another mode or
    owner, as the umask or the user running now would not give it)."""
    if before is None or before[0] != key or old.is_symlink() or not old.is_dir():
        return None
    src = old / name
    try:
        st = src.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None  # a symlink is never followed: the page is written anew
    if len(before) > 3 and before[3] == list(file_stamp(st)) and _as_written(st):
        try:
            os.link(src, path)
            linked = path.lstat()
        except OSError:
            pass  # no hard links here (or the file went): read, as when touched
        else:
            if file_stamp(linked)[:3] == file_stamp(st)[:3]:
                made[name] = (str(before[1]), linked.st_ino)
                return str(before[1])
            path.unlink()  # another file came in its place meanwhile: read
    try:
        data = src.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != before[1]:
        return None
    return _write(path, data, made)


def _as_written(st: os.stat_result) -> bool:
    """Whether a file has the mode and owner a page written now would get."""
    uid = os.geteuid() if hasattr(os, "geteuid") else st.st_uid
    return stat.S_IMODE(st.st_mode) == 0o666 & ~umask() and st.st_uid == uid


def _note(folder: Path, made: dict[str, tuple[str, int]], memory: PageMemory | None) -> None:
    """After the new pages are in ``folder``: what each file written there holds, for the
    caller's record (crosscheck.atomic.recording: the pages need not be read back), and
    each remembered story page's stamp (_keep), taken now that the old pages' links are
    gone (deleting a link changes a file's change time), when the file there is still the
    one this write put in (another run writing into the folder meanwhile may have put its
    own: its stamp under this write's SHA-256 would have it linked unread next time)."""
    for name, (digest, inode) in made.items():
        record(folder / name, digest, inode)
    if memory is None:
        return
    for name, entry in memory.now.items():
        if len(entry) == 3 and name in made:
            try:
                st = (folder / name).lstat()
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and st.st_ino == made[name][1]:
                entry.append(list(file_stamp(st)))


_FIELDS: dict[type, Any] = {}


def _canonical(value: Any) -> Any:
    """A record as plain JSON for a key: a dataclass as the values of the fields that make
    it equal (tuples and lists alike: a record read back from the store keys as the one
    just made)."""
    kind = type(value)
    get = _FIELDS.get(kind)
    if get is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value) if f.compare]
        get = _FIELDS[kind] = operator.attrgetter(*names) if len(names) > 1 else (
            lambda v, n=names[0]: (getattr(v, n),))  # fmt: skip
    if get is not None:
        return get(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    raise TypeError(f"not keyed: {kind.__name__}")


def _digest(material: Any) -> str:
    text = json.dumps(material, default=_canonical, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", errors="backslashreplace")).hexdigest()


def _run_head(result: RunResult) -> list[Any]:
    """What every story page shows of the run but its articles: the inputs and files named
    in its header."""
    return [__version__, result.inputs, result.rule_files, result.alias_files]


def _refs_key(head: list[Any], ctx: Context, links: Links, refs: list[str]) -> str:
    """What a story page shows of the run beyond its own records: the run's header
    (_run_head) and the articles of other pages it looked up or linked to when it was
    last rendered (``refs``, noted by render_page: copies, sources, the claims of its
    findings and groups), with each one's title, outlet, url, date, path and page. A page
    whose other parts of its key are unchanged looks up the same articles again, so an
    article moved to another page, or retitled, changes only the keys of the pages that
    show it; one no longer in the run changes them too."""
    shown = [[i, d.title, d.source, d.url, d.published, d.path,
              links.file_of(links.doc_page.get(i))]
             if (d := ctx.docs.get(i)) is not None else [i] for i in refs]  # fmt: skip
    return _digest([head, shown])


def _refs(before: list[Any] | None) -> list[str] | None:
    """The articles of other pages a page showed when last written (PageMemory), or None
    when not known (the page is rendered again)."""
    if before is None or len(before) < 3 or not isinstance(before[2], list):
        return None
    refs = before[2]
    return refs if all(isinstance(i, str) for i in refs) else None


def _unplaced(f: Finding) -> list[Any]:
    """A finding's fields for a key, but for its group's place among the run's groups."""
    evidence = dict(f.evidence)  # in its order, as the keys were
    evidence.pop("group_order", None)
    return [*_FINDING_FIELDS(f), evidence]


# a finding's fields that make it equal, but its evidence (_unplaced: dataclasses.fields
# per finding was a third of its time)
_FINDING_FIELDS = operator.attrgetter(
    *[x.name for x in dataclasses.fields(Finding) if x.compare and x.name != "evidence"]
)
# a document's fields that make it equal, but its text (its extraction key stands for it)
_DOC_FIELDS = operator.attrgetter(
    *[x.name for x in dataclasses.fields(Document) if x.compare and x.name != "text"]
)


def _page_key(
    ctx: Context,
    salt: str,
    run_part: str,
    docs: list[Document],
    groups: list[ClaimGroup],
    findings: list[Finding],
    links: Links,
    here: dict[str, Any],
    ext: dict[str, str] | None = None,
) -> str:
    """A hash of everything render_page shows on one story page: its articles and their
    claims, its groups and findings (with their evidence but for the place of a finding's
    group among the run's, which is not shown and moves when any story gains a group),
    every claim those cite and the sentences they quote, for each claim of the page its
    group and findings, the groups whose claims the page holds (the diff view) with how
    their findings judged them (and the tolerances a corroboration judged them with), the
    copy clusters of its articles, where each group it links to lives, and ``run_part``
    (_refs_key).

    With the articles' extraction keys (``ext``) and the story key of every group the page
    shows or links (RunResult.story_keys), those stand for what they hash: an article's
    text and claims for its key, and a story's groups, findings and the claims and
    sentences they cite for its key (crosscheck.stories.story_key), with which of its
    groups and findings are here and whether a baseline suppressed each; hashing the
    records themselves was a tenth of a re-run after 1% of 1,000 articles changed."""
    claims = [c for d in docs for c in ctx.claims_by_doc.get(d.id, [])]
    own = {c.id for c in claims}
    touched = sorted({k for d in docs for k in ctx.groups_by_doc.get(d.id, [])})
    diff = [ctx.result.groups[k] for k in touched]
    gids = {ctx.group_of[i] for i in own if i in ctx.group_of}
    gids.update(f.group for f in findings)
    gids.update(g.id for g in [*groups, *diff])
    story = ctx.result.story_keys
    if ext and all(d.id in ext for d in docs) and all(g in story for g in gids):
        return _digest([
            "stories",
            salt,
            run_part,
            here,
            [[*_DOC_FIELDS(d), ext[d.id]] for d in docs],
            sorted({story[g] for g in gids}),
            [g.id for g in groups],
            [[f.id, f.suppressed] for f in findings],
            [
                [ctx.group_of.get(c.id), ctx.findings_of.get(c.id), c.id in ctx.in_finding]
                for c in claims
            ],
            sorted((g, links.file_of(links.group_page.get(g))) for g in gids),
            [g.id for g in diff],
            [ctx.judged.get(g.id) for g in diff],
            [ctx.corroborated.get(g.id) for g in diff],  # (tolerances: html._compared)
            [ctx.result.copies[k] for k in sorted({k for d in docs
                                                   for k in ctx.copies_by_doc.get(d.id, [])})],
        ])  # fmt: skip
    cited = {i for f in findings for i in f.claims}
    cited.update(i for g in [*groups, *diff] for i in g.claims)
    quoted = [ctx.sentences.get((ctx.claims[i].document, ctx.claims[i].sentence))
              for f in findings for i in f.claims if i in ctx.claims]  # fmt: skip
    copies = sorted({k for d in docs for k in ctx.copies_by_doc.get(d.id, [])})
    material = [
        salt,
        run_part,
        here,
        docs,
        claims,
        groups,
        [_unplaced(f) for f in findings],
        [ctx.claims[i] for i in sorted(cited - own) if i in ctx.claims],
        quoted,
        [
            [ctx.group_of.get(c.id), ctx.findings_of.get(c.id), c.id in ctx.in_finding]
            for c in claims
        ],
        sorted((g, links.file_of(links.group_page.get(g))) for g in gids),
        diff,
        [ctx.judged.get(g.id) for g in diff],
        [ctx.corroborated.get(g.id) for g in diff],  # (tolerances: html._compared)
        [ctx.result.copies[k] for k in copies],
    ]
    return _digest(material)


OLD = f"{FOLDER}.old"  # the folder the old pages are moved into while the new take their place


def _swap(fresh: Path, target: Path) -> None:
    """Put the new pages in place of the old ones (renames: never half of each). A
    failure, or an interrupt, puts the old folder back where it was; the user's files in
    it (not named as crosscheck names its pages) are moved into the new one, and the old
    folder is deleted only when all of them moved (else it stays, named .report-files.old.*,
    and no later run deletes it: see ``yours_inside``)."""
    old = None
    if os.path.lexists(target) and not (target.is_dir() and not target.is_symlink()):
        # a file or a symbolic link of that name gives way to the folder (a link is not
        # followed): the folder was then never put in place, report.html leading nowhere
        target.unlink()
        os.replace(fresh, target)
    elif target.is_dir():
        old = Path(tempfile.mkdtemp(prefix=temp_prefix(OLD), dir=target.parent))
        try:
            os.replace(target, old / FOLDER)
            os.replace(fresh, target)
        except BaseException:
            if (old / FOLDER).exists() and not os.path.lexists(target):
                with contextlib.suppress(OSError):
                    os.replace(old / FOLDER, target)
            with contextlib.suppress(OSError):
                os.rmdir(old)  # only when empty: the old pages never deleted here
            raise
    else:
        os.replace(fresh, target)
    if old is not None:
        moved = True
        for entry in list((old / FOLDER).iterdir()):
            if not _OURS.fullmatch(entry.name):
                try:
                    os.replace(entry, target / entry.name)
                except OSError:
                    moved = False
        if moved:
            shutil.rmtree(old, ignore_errors=True)
        else:
            log.warning("%s: files of yours that could not be moved into the new pages' "
                        "folder are kept there", old / FOLDER)  # fmt: skip


def yours_inside(old: Path) -> bool:
    """Whether ``old``, a folder _swap moved the old pages into (OLD) that a stopped run
    left, holds anything but crosscheck's pages (a file of the user's that was not moved
    into the new pages' folder yet, or could not be): such a folder is left for the user;
    one of pages only (or empty) is removed as any other leftover (atomic.sweep)."""
    try:
        inside = list(os.scandir(old))
        if not inside:
            return False
        if (
            len(inside) > 1
            or inside[0].name != FOLDER
            or not inside[0].is_dir(follow_symlinks=False)
        ):
            return True
        return not all(_page_file(e) for e in os.scandir(inside[0].path))
    except OSError:  # not to be read: left as it is
        return True


def stray_pages(folder: Path, pages: Iterable[str]) -> list[str]:
    """The names in ``folder`` (report-files/) that crosscheck gives its pages but that
    are not among ``pages`` (the last run's): a page of an earlier run or one copied in,
    which a report that is up to date does not hold."""
    try:
        names = [e.name for e in os.scandir(folder)]
    except OSError:
        return []
    wanted = set(pages)
    return sorted(n for n in names if _OURS.fullmatch(n) and n not in wanted)


def only_pages(target: Path) -> bool:
    """Whether ``target`` is a folder (not a link) that holds only pages crosscheck
    writes (report-files/ as a run left it): files, not folders or links, by their names."""
    return os.path.lexists(target) and _not_pages(target) is None


def _not_pages(target: Path) -> str | None:
    """Why ``target`` (that exists) is not a folder of crosscheck's pages alone: a link, a
    file, a folder that cannot be read, or one that holds what crosscheck does not write;
    None when it is one."""
    try:
        if target.is_symlink():
            return "it is a symbolic link"
        if not target.is_dir():
            return "it is a file, not a folder of crosscheck's"
        theirs = sorted(e.name for e in os.scandir(target) if not _page_file(e))
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if not theirs:
        return None
    shown = ", ".join(theirs[:3]) + (f" and {len(theirs) - 3} more" if len(theirs) > 3 else "")
    return f"it holds what crosscheck does not write ({shown})"


def _page_file(entry: os.DirEntry[str]) -> bool:
    """Whether an entry of report-files/ is a page crosscheck writes: a file by its name
    (not a folder or link so named)."""
    return bool(_OURS.fullmatch(entry.name)) and entry.is_file(follow_symlinks=False)


def remove_pages(target: Path) -> None:
    """report-files/ of an earlier run, if it holds only pages crosscheck writes; else it
    is left as it is, with a warning saying why (_not_pages): the earlier run's pages in
    it are out of date."""
    if not os.path.lexists(target):
        return
    why = _not_pages(target)
    if why is None:
        shutil.rmtree(target, ignore_errors=True)
        return
    log.warning("%s: left as it is, since %s: remove it, or what it holds of an earlier run's "
                "story pages may be taken for this run's", target, why)  # fmt: skip


def _summary(
    n: int, docs: list[Document], ctx: Context, findings: list[Finding], links: Links
) -> dict[str, Any]:
    shown = [f for f in findings if f.kind != "corroboration"]
    corroborated, single = corroboration_counts(findings)
    return {
        "number": n,
        "file": links.page_file(n),
        "documents": len(docs),
        "claims": sum(len(ctx.claims_by_doc.get(d.id, [])) for d in docs),
        "error": sum(1 for f in shown if f.severity == "error"),
        "warning": sum(1 for f in shown if f.severity == "warning"),
        "info": sum(1 for f in shown if f.severity == "info"),
        "corroborations": corroborated,
        "single_source": single,
        "titles": [d.title or d.id for d in docs[:3]],
        "more": max(0, len(docs) - 3),
        "dates": _date_range(docs),
    }


def _on_story_pages(corroborated: int, single: int, copies: int) -> str:
    """What the index says the story pages list besides the findings: '12 corroborations,
    8 figures from one source only and 1 set of copies (articles that are one source) are
    listed on the story pages.'; '' for none of them."""
    said = [count_of(corroborated, "corroboration")] if corroborated else []
    said += [single_source_words(single)] if single else []
    if copies:
        said.append(f"{count_of(copies, 'set')} of copies (articles that are one source)")
    if not said:
        return ""
    listed = ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]
    verb = "is" if corroborated + single + copies == 1 else "are"
    return f"{listed} {verb} listed on the story pages."


def _bucket(name: str, buckets: int) -> int:
    """FNV-1a (32 bits) of an anchor, as report-files/anchors-*.html are named by; the
    index computes the same in its script (anchors are ASCII)."""
    h = 0x811C9DC5
    for ch in name.encode("ascii", errors="replace"):
        h = ((h ^ ch) * 0x01000193) & 0xFFFFFFFF
    return h & (buckets - 1)


def _anchors(result: RunResult) -> int:
    return len(result.documents) + len(result.claims) + len(result.groups) + len(result.findings)


def _anchor_buckets(total: int) -> int:
    buckets = 1
    while buckets * ANCHORS_PER_FILE < total and buckets < 4096:
        buckets *= 2
    return buckets


def _write_anchors(
    folder: Path,
    ctx: Context,
    doc_page: dict[str, int],
    group_page: dict[str, int],
    finding_page: dict[str, int],
    links: Links,
    made: dict[str, tuple[str, int]] | None = None,
) -> list[Path]:
    """The anchors-*.html pages: for each anchor of a finding, document, claim or group,
    its story page (a link to report.html#claim-... goes there in two steps)."""
    result = ctx.result
    buckets = _anchor_buckets(_anchors(result))
    at: list[dict[str, str]] = [{} for _ in range(buckets)]

    def put(name: str, page: int) -> None:
        at[_bucket(name, buckets)][name] = links.page_file(page)

    for d in result.documents:
        put(anchor("doc", d.id), doc_page[d.id])
    for c in result.claims:
        if c.document in doc_page:
            put(anchor("claim", c.id), doc_page[c.document])
    for gid, n in group_page.items():
        put(anchor("group", gid), n)
    for fid, n in finding_page.items():
        put(anchor("finding", fid), n)
    script = _asset("anchors.js")
    digest = script_hash(script)
    template = _env().get_template("anchors.html.j2")
    css = Markup(_asset("report.css"))
    width = len(f"{buckets - 1:x}")
    paths = []
    for k, entries in enumerate(at):
        data = {"at": entries}
        html = template.render(
            css=css,
            script=Markup(script),
            script_hash=digest,
            data=Markup(_json_block(data)),
            version=__version__,
        )
        path = folder / f"anchors-{k:0{width}x}.html"
        _write(path, html, made)
        paths.append(path)
    return paths


def _finding_rows(
    result: RunResult, ctx: Context, finding_page: dict[str, int], links: Links
) -> list[dict[str, Any]]:
    """What the index lists of each finding (corroborations are on the story pages), each
    heading told apart (told_apart)."""
    rows = []
    for f in result.findings:
        if f.kind == "corroboration":
            continue
        members = [ctx.claims[c] for c in f.claims if c in ctx.claims]
        rows.append({
            "anchor": anchor("finding", f.id),
            "severity": f.severity,
            "rule": f.rule,
            "kind": f.kind,
            "title": f.title,
            # index.js writes the article text it names (odd parts) isolated, in a <bdi>;
            # its articles listed whole, as the finding's story page lists them
            "message": bidi_parts(
                values_listed(f.message, members, ctx.docs, LISTED_SPARE),
                article_words(f, members),
            ),
            "verdict": f.evidence.get("verdict"),
            "group": f.evidence.get("group_label", ""),
            "figures": functools.partial(figures_of, members),  # (told_apart's)
            "file": links.page_file(finding_page[f.id]),
            "docs": sorted({c.document for c in members}),
            "suppressed": f.suppressed,
        })  # fmt: skip
    told_apart(rows, "group")
    for row in rows:
        del row["figures"]  # (told_apart's: index.js shows nth, not the figures)
    return rows


def _write_findings(
    folder: Path, rows: list[dict[str, Any]], made: dict[str, tuple[str, int]] | None = None
) -> list[Path]:
    """report-files/findings-*.js: every finding of the index, FINDINGS_PER_FILE a file,
    loaded by the index only when a filter or "Show more" needs them all."""
    paths = []
    chunks = _chunks(len(rows))
    width = len(str(chunks))
    for k in range(chunks):
        part = rows[k * FINDINGS_PER_FILE : (k + 1) * FINDINGS_PER_FILE]
        path = folder / f"findings-{k + 1:0{width}d}.js"
        _write(path, f"crosscheckFindings({k}, {_json_block(part)});\n", made)
        paths.append(path)
    return paths


def _chunks(rows: int) -> int:
    return (rows + FINDINGS_PER_FILE - 1) // FINDINGS_PER_FILE


def _index(
    result: RunResult,
    rows: list[dict[str, Any]],
    summaries: list[dict[str, Any]],
    links: Links,
    timestamp: bool,
) -> str:
    shown = [f for f in result.findings if f.kind != "corroboration"]
    corroborated, single = corroboration_counts(result.findings)
    data = {
        "buckets": _anchor_buckets(_anchors(result)),
        "total": len(rows),
        "chunks": _chunks(len(rows)),
        "first": rows[:FIRST_FINDINGS],
    }
    script = _asset("index.js")
    model = {
        "articles_per_page": ARTICLES_PER_PAGE,
        "version": __version__,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC") if timestamp else None,
        "inputs": result.inputs,
        "counts": {
            "documents": len(result.documents),
            "from_store": len(result.from_store),
            "claims": len(result.claims),
            "groups": len(result.groups),
            "findings": len(shown),
            "corroborations": corroborated,
            "single_source": single,
            "copies": len(result.copies),
            **{
                s: sum(1 for f in result.findings if f.severity == s)
                for s in ("error", "warning", "info")
            },
        },
        "corroboration_words": corroboration_words(corroborated, single),
        "on_story_pages": _on_story_pages(corroborated, single, len(result.copies)),
        "outlets": sorted({d.source for d in result.documents if d.source}),
        "dates": _date_range(result.documents),
        "rules": sorted({f.rule for f in shown}),
        "rule_files": [shown_path(p) for p in result.rule_files],
        "alias_files": [shown_path(p) for p in result.alias_files],
        "first": data["first"],  # also written as HTML: the list shows without JavaScript
        "pages": summaries,
        "listed": STORIES_LISTED,  # the rest on report-files/stories.html
        "prefix": FOLDER + "/",
        "files": FOLDER,
        "skipped": [s.to_dict() for s in result.skipped],
        "warnings": [w.to_dict() for w in result.diagnostics],
        "css": Markup(_asset("report.css")),
        "script": Markup(script),
        "script_hash": script_hash(script),
        "data": Markup(_json_block(data)),
    }
    return _env().get_template("index.html.j2").render(**model)

"""report.html of a large run: an index and story pages (crosscheck.report.pages).

The run is the seeds' records copied 150 times (300 articles, past the one-file limit), with
one story of 120 articles that spans two pages. Checked on disk (every link resolves, the
same run gives the same files, bounded pages) and in headless Chromium (the index lists the
findings, a click reaches the evidence, old anchors still lead to their place, no console
errors). Nothing here is timed: the open time is measured by `make bench`."""

from __future__ import annotations

import logging
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest

from crosscheck.model import RunResult
from crosscheck.report import FOLDER, MANIFEST, pages
from crosscheck.report.html import anchor
from crosscheck.report.outputs import write_files
from crosscheck.report.pages import (
    PAGE_BYTES,
    PAGE_DOCS,
    SINGLE_FILE_MAX_DOCS,
    page_names,
    story_pages,
)
from tests.conftest import SEEDS
from tests.large_run import replicate, seeds_result

COPIES, JOINED = 150, 60


@pytest.fixture(scope="module")
def base() -> RunResult:
    return seeds_result(SEEDS)


@pytest.fixture(scope="module")
def large(base: RunResult) -> RunResult:
    return replicate(base, COPIES, joined=JOINED)


@pytest.fixture(scope="module")
def report(large: RunResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("large")
    written = write(large, out)
    assert written == [out / "report.html"]
    return out / "report.html"


def write(run: RunResult, out: Path) -> list[Path]:
    with pytest.MonkeyPatch.context() as mp:  # the findings in three files, as a larger run
        mp.setattr(pages, "FINDINGS_PER_FILE", 100)
        mp.setattr(pages, "STORIES_LISTED", 3)  # the others on report-files/stories.html
        return write_files(run, ["html"], out, "info", set())


def pages_of(report: Path) -> list[Path]:
    """The story pages of a report, in their order (as report-files/stories.html lists
    them)."""
    listed = (report.parent / FOLDER / "stories.html").read_text(encoding="utf-8")
    order = re.findall(r'href="(story-[0-9a-f]+\.html)"', listed)
    assert sorted(order) == sorted(p.name for p in (report.parent / FOLDER).glob("story-*.html"))
    return [report.parent / FOLDER / name for name in order]


def page_file(run: RunResult, n: int, **limits: int) -> str:
    """The file of the story page ``n`` (from 1) of a run."""
    return page_names(run, story_pages(run, **limits))[n - 1]


# --- on disk ----------------------------------------------------------------------------------


def test_large_run_is_split_into_story_pages(
    large: RunResult, report: Path, tmp_path: Path
) -> None:
    assert len(large.documents) > SINGLE_FILE_MAX_DOCS
    pages = story_pages(large)
    placed = sorted(k for members in pages for k in members)
    assert placed == list(range(len(large.documents)))  # every article on exactly one page
    assert all(len(members) <= PAGE_DOCS for members in pages)
    assert len(pages_of(report)) == len(pages) >= 4
    plain = tmp_path / "plain"
    plain.mkdir()  # report-files/ readable as any folder made here, not private like a temp dir
    assert (report.parent / FOLDER).stat().st_mode & 0o777 == plain.stat().st_mode & 0o777
    assert all(p.stat().st_size < 2 * PAGE_BYTES for p in pages_of(report))  # bounded pages
    # the story of 120 articles spans two consecutive pages; the other stories are whole
    joined = large.groups[-1]
    pos = {d.id: k for k, d in enumerate(large.documents)}
    page = {k: n for n, members in enumerate(pages) for k in members}
    assert {page[pos[d]] for d in joined.documents} == {0, 1}
    for g in large.groups[:-1]:
        assert len({page[pos[d]] for d in g.documents}) == 1
    index = report.read_text(encoding="utf-8")
    assert len(index) < len(pages_of(report)[0].read_text(encoding="utf-8"))
    assert "<link" not in index and "http://" not in index and "https://" not in index
    # the header's info count takes in the corroborations, which the index does not list:
    # it says so (a reader saw "2919 info" over a list of 910 findings)
    corroborations = sum(1 for f in large.findings if f.kind == "corroboration")
    assert corroborations and (f"({corroborations} corroborations among these, on the "
                               "story pages)") in index  # fmt: skip


def test_where_a_page_ends_depends_on_the_stories_there(base: RunResult, large: RunResult) -> None:
    """Stories are whole on a page (but for one larger than a page) and a page ends before
    a story picked by its first article, so an article that grows past the page's size
    moves the pages up to the next page so picked and none after it (pages filled in turn,
    at 60,000 bytes here, gave every page after a grown article other articles); and an
    article removed from the middle of a page changes that page alone."""
    import dataclasses

    def story_of(run: RunResult) -> dict[str, str]:
        sets = {d.id: {d.id} for d in run.documents}
        for g in run.groups:
            joined = set().union(*(sets[d] for d in g.documents))
            for d in joined:
                sets[d] = joined
        return {d: min(members) for d, members in sets.items()}

    def by_id(run: RunResult, limit: int) -> list[list[str]]:
        return [[run.documents[k].id for k in members]
                for members in story_pages(run, page_bytes=limit)]  # fmt: skip

    story = story_of(large)
    size = Counter(story.values())
    cut = by_id(large, 60_000)
    for members in cut:  # whole stories, or a part of one too large for a page
        assert len({story[d] for d in members}) == 1 or all(
            sum(1 for x in members if story[x] == story[d]) == size[story[d]] for d in members
        ), members
    first: dict[str, str] = {}  # each story's first article
    for d in large.documents:
        first.setdefault(story[d.id], d.id)
    heads = [n for n, p in enumerate(cut) if first[story[p[0]]] == p[0]]
    starts = [n for n in heads if pages._starts_page(cut[n][0], size[story[cut[n][0]]])]
    at = next(n for n in heads if n > 2 and size[story[cut[n][0]]] < 10)
    early = cut[at][0]
    grown_docs = [dataclasses.replace(d, text=d.text + " More words." * 5000)
                  if d.id == early else d for d in large.documents]  # fmt: skip
    grown = by_id(dataclasses.replace(large, documents=grown_docs), 60_000)
    resumes = min(n for n in starts if n > at)
    assert grown[:at] == cut[:at] and grown != cut
    assert grown[-(len(cut) - resumes) :] == cut[resumes:]  # from the next page picked
    alone = dataclasses.replace(replicate(base, 110), groups=[], findings=[])
    before = by_id(alone, PAGE_BYTES)
    assert len(before) >= 5 and max(map(len, before)) < PAGE_DOCS  # cut by the articles' ids
    middle = next(n for n, p in enumerate(before) if len(p) >= 3)
    gone = before[middle][1]
    after = by_id(dataclasses.replace(alone, documents=[d for d in alone.documents
                                                        if d.id != gone]), PAGE_BYTES)  # fmt: skip
    assert after == [*before[:middle], [d for d in before[middle] if d != gone],
                     *before[middle + 1 :]]  # fmt: skip


def test_pages_hold_about_ten_articles_within_their_limits_and_name_their_first(
    base: RunResult, large: RunResult, report: Path
) -> None:
    """Articles that share nothing come about ARTICLES_PER_PAGE a page; no page holds more
    than ``page_docs`` articles (a large story spans pages of that many); a page's file is
    named by the hash of its first article's id, and its title and heading name that
    article; a user's story-cafe.html is not taken for a page of ours."""
    import dataclasses
    import hashlib

    alone = dataclasses.replace(replicate(base, 500), groups=[], findings=[])
    counts = [len(p) for p in story_pages(alone)]
    assert 7 <= sum(counts) / len(counts) <= 14, counts
    assert all(len(p) <= 5 for p in story_pages(large, page_docs=5))
    cut = story_pages(large)
    first = large.documents[cut[1][0]]
    digest = hashlib.sha256(first.id.encode()).hexdigest()
    assert page_names(large, cut)[1] == f"story-{digest[:12]}.html"
    html = (report.parent / FOLDER / f"story-{digest[:12]}.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    # (each isolated: <bdi> in the heading, FSI … PDI in the title; crosscheck.report.bidi)
    assert title and f"“\u2068{first.title}\u2069”" in title.group(1)
    assert f"“<bdi>{first.title}</bdi>”</h1>" in html
    index = report.read_text(encoding="utf-8")
    listed = f'{digest[:12]}.html"><bdi>{first.title}</bdi></a>'  # by its first article
    assert listed in index
    assert not pages._OURS.fullmatch("story-cafe.html")
    assert pages._OURS.fullmatch(f"story-{digest[:12]}.html")


def test_page_names_are_unique_and_short_unless_alike(
    large: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page is named by a hash of its first article's id; where two short names are
    alike (forced here by names of one hex digit), those pages, and only those, take the
    whole hash."""
    cut = story_pages(large)
    names = page_names(large, cut)
    assert len(set(names)) == len(names) and all(re.fullmatch(r"story-[0-9a-f]{12}\.html", n)
                                                  for n in names)  # fmt: skip
    monkeypatch.setattr(pages, "NAME_DIGITS", 1)
    tight = page_names(large, cut)
    assert len(set(tight)) == len(tight) > 16
    long = [n for n in tight if len(n) == len("story-.html") + 64]
    short = [n for n in tight if len(n) == len("story-.html") + 1]
    assert long and short and len(long) + len(short) == len(tight)
    assert all(n[6:18] == names[k][6:18] for k, n in enumerate(tight) if n in long)


def test_every_link_between_pages_resolves(report: Path) -> None:
    """Each href of every story page and of the index names a file that exists and, past
    the '#', an id on that page."""
    folder = report.parent / FOLDER
    ids: dict[Path, set[str]] = {}

    def has(path: Path, anchor: str) -> bool:
        if path not in ids:
            html = path.read_text(encoding="utf-8")
            ids[path] = set(re.findall(r' id="([^"]+)"', html))
        return anchor in ids[path]

    checked = 0
    for page in [report, folder / "stories.html", *pages_of(report)]:
        for href in re.findall(r' href="([^"]+)"', page.read_text(encoding="utf-8")):
            name, _, frag = unquote(href).partition("#")
            target = (page.parent / name).resolve() if name else page
            assert target.exists(), f"{page.name}: {href} names no file"
            if frag:
                assert has(target, frag), f"{page.name}: {href} names no anchor"
            checked += 1
    assert checked > 1000
    assert any(  # links from one story page into another (the story that spans two)
        re.search(r'href="story-[0-9a-f]{12}\.html#claim-', p.read_text(encoding="utf-8"))
        for p in pages_of(report)
    )
    assert (folder / "anchors-0.html").exists()
    first = pages_of(report)[0].read_text(encoding="utf-8")  # copies of an article far away
    copies = first[first.index('<section id="copies"') :]
    shown = copies[: copies.index("</section>")]
    assert re.search(r'href="story-[0-9a-f]{12}\.html#doc-s00150-', shown)
    assert sorted(p.name for p in folder.glob("findings-*.js")) == [
        "findings-1.js", "findings-2.js", "findings-3.js"
    ]  # fmt: skip


def test_same_run_same_files(large: RunResult, report: Path, tmp_path: Path) -> None:
    write(large, tmp_path)
    mine = sorted(p.relative_to(report.parent) for p in report.parent.rglob("*") if p.is_file())
    again = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert mine == again
    for rel in mine:
        assert (report.parent / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_small_run_is_one_file_and_replaces_old_pages(
    large: RunResult, base: RunResult, tmp_path: Path
) -> None:
    write_files(large, ["html"], tmp_path, "info", set())
    assert (tmp_path / FOLDER).is_dir()
    write_files(base, ["html"], tmp_path, "info", set())  # a later, small run into the same place
    assert not (tmp_path / FOLDER).exists()
    assert "crosscheck-data" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_small_run_says_it_left_old_pages_beside_a_file_of_yours(
    large: RunResult, base: RunResult, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A later small run writes report.html alone; report-files/ with a file of the user's
    in it is left as it is (never a file of theirs removed), but no longer silently: the
    earlier run's pages beside this report are out of date, and a warning names the
    folder and the file (docs/cli.md promises one for what is left)."""
    write_files(large, ["html"], tmp_path, "info", set())
    (tmp_path / FOLDER / "notes.txt").write_text("mine", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="crosscheck"):
        write_files(base, ["html"], tmp_path, "info", set())
    assert (tmp_path / FOLDER / "notes.txt").read_text(encoding="utf-8") == "mine"
    (said,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert str(tmp_path / FOLDER) in said and "notes.txt" in said
    # a folder named as a page is no page: what it holds is the user's, never removed
    (tmp_path / FOLDER / "notes.txt").unlink()
    (tmp_path / FOLDER / "story-999.html").mkdir()
    (tmp_path / FOLDER / "story-999.html" / "mine.txt").write_text("mine", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="crosscheck"):
        write_files(base, ["html"], tmp_path, "info", set())
    assert (tmp_path / FOLDER / "story-999.html" / "mine.txt").is_file()
    (said,) = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "story-999.html" in said


def test_a_bug_while_writing_keeps_the_earlier_pages(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck.errors import InternalError

    write(large, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    calls = []

    def broken(*args: object, **kwargs: object) -> str:
        calls.append(1)
        if len(calls) == 3:  # half way through the pages
            raise RuntimeError("template exploded")
        return "page"

    monkeypatch.setattr(pages, "render_page", broken)
    with pytest.raises(InternalError):
        write(large, tmp_path)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    # no temporary file (the record of what was written is crosscheck's own)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, FOLDER, "report.html"]


def test_pages_are_recorded_in_the_store(large: RunResult, tmp_path: Path) -> None:
    """With a store, an unchanged report and its pages are left as they are; a page edited
    since is noticed and the report written again."""
    import dataclasses

    from crosscheck.store import Store

    run = dataclasses.replace(large, results_key="k" * 16)
    store = Store(tmp_path / "store.db")
    try:
        out = tmp_path / "out"
        write_files(run, ["html"], out, "info", set(), store=store)
        page = out / FOLDER / page_file(run, 2)
        before = page.stat().st_mtime_ns
        write_files(run, ["html"], out, "info", set(), store=store)
        assert page.stat().st_mtime_ns == before
        page.write_text("edited", encoding="utf-8")
        write_files(run, ["html"], out, "info", set(), store=store)
        assert page.read_text(encoding="utf-8") != "edited"
    finally:
        store.close()


def test_kept_pages_are_linked_unread_and_a_touched_one_is_read(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page kept for a run with other results but the same story pages is the file the
    last write left (linked, neither read nor written again, nor read back for the store's
    record); one edited since with its size and modification time set back is rendered
    again, and one whose mode changed is copied anew with a new file's mode. The report
    left is then up to date for its run."""
    import dataclasses
    import os
    import stat as st

    from crosscheck.atomic import umask
    from crosscheck.report import outputs
    from crosscheck.store import Store

    store = Store(tmp_path / "store.db")
    out = tmp_path / "out"
    edited, chmodded = out / FOLDER / page_file(large, 2), out / FOLDER / page_file(large, 3)
    read: list[str] = []
    real_sha = outputs._sha256
    monkeypatch.setattr(outputs, "_sha256", lambda p: read.append(str(p)) or real_sha(p))
    try:
        write_files(dataclasses.replace(large, results_key="a" * 16), ["html"], out, "info",
                    set(), store=store)  # fmt: skip
        story = sorted((out / FOLDER).glob("story-*.html"))
        inodes = {p.name: p.stat().st_ino for p in story}
        assert not [r for r in read if FOLDER in r]  # the pages written are not read back
        write_files(dataclasses.replace(large, results_key="b" * 16), ["html"], out, "info",
                    set(), store=store)  # fmt: skip
        assert {p.name: p.stat().st_ino for p in story} == inodes  # linked, every one
        assert not [r for r in read if FOLDER in r]

        was = edited.read_bytes()
        times = edited.stat()
        edited.write_bytes(was.replace(b"<html", b"<HTML", 1))  # the same size
        os.utime(edited, ns=(times.st_atime_ns, times.st_mtime_ns))
        os.chmod(chmodded, 0o400)
        write_files(dataclasses.replace(large, results_key="c" * 16), ["html"], out, "info",
                    set(), store=store)  # fmt: skip
        assert edited.read_bytes() == was  # rendered again
        assert chmodded.stat().st_ino != inodes[chmodded.name]  # copied, not linked
        assert st.S_IMODE(chmodded.stat().st_mode) == 0o666 & ~umask()
        others = [p for p in story if p not in (edited, chmodded)]
        assert all(p.stat().st_ino == inodes[p.name] for p in others)

        read.clear()
        with pytest.MonkeyPatch.context() as mp:
            logged: list[str] = []
            mp.setattr(outputs.log, "info", lambda msg, *a: logged.append(msg % a))
            write_files(dataclasses.replace(large, results_key="c" * 16), ["html"], out,
                        "info", set(), store=store)  # fmt: skip
        assert any("is up to date" in m for m in logged), logged
    finally:
        store.close()


def test_report_files_as_written_are_told_by_their_stamps_unread(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unchanged re-run finds its report files (report.html, every story page,
    report.json) as it wrote them by the stamps taken once they were written, without
    reading them (an unchanged re-run over 10,000 articles read and hashed 400 MB); a
    file edited since with its size and modification time set back is read, found
    changed and written again; a store row written before stamps were kept is read as
    before."""
    import dataclasses
    import json
    import os

    from crosscheck.report import outputs
    from crosscheck.store import Store

    store = Store(tmp_path / "store.db")
    out = tmp_path / "out"
    run = dataclasses.replace(large, results_key="a" * 16)
    read: list[str] = []
    real_sha = outputs._sha256
    monkeypatch.setattr(outputs, "_sha256", lambda p: read.append(str(p)) or real_sha(p))
    logged: list[str] = []
    monkeypatch.setattr(outputs.log, "info", lambda msg, *a: logged.append(msg % a))
    try:
        write_files(run, ["html", "json"], out, "info", set(), store=store)
        files = [out / "report.html", out / "report.json", *(out / FOLDER).iterdir()]
        assert len(files) > 10
        read.clear(), logged.clear()
        write_files(run, ["html", "json"], out, "info", set(), store=store)
        assert read == []  # nothing read
        assert sum("is up to date" in m for m in logged) == 2, logged

        index = out / "report.html"
        was, times = index.read_bytes(), index.stat()
        index.write_bytes(was.replace(b"<html", b"<HTML", 1))  # the same size
        os.utime(index, ns=(times.st_atime_ns, times.st_mtime_ns))
        read.clear(), logged.clear()
        write_files(run, ["html", "json"], out, "info", set(), store=store)
        assert str(index.resolve()) in read and index.read_bytes() == was  # written again
        assert str((out / "report.json").resolve()) not in read
        assert sum("is up to date" in m for m in logged) == 1, logged  # report.json

        rows = store.db.execute("SELECT key, files FROM outputs").fetchall()
        assert any(isinstance(v, list) for _, f in rows for v in json.loads(f).values())
        with store.db:  # as a store written before stamps were kept holds them
            for key, f in rows:
                plain = {p: v[0] if isinstance(v, list) else v for p, v in json.loads(f).items()}
                store.db.execute("UPDATE outputs SET files = ? WHERE key = ?",
                                 (json.dumps(plain), key))  # fmt: skip
        read.clear(), logged.clear()
        write_files(run, ["html", "json"], out, "info", set(), store=store)
        assert sum("is up to date" in m for m in logged) == 2, logged
        assert len(read) == len(files)  # each read once, as before stamps
    finally:
        store.close()


def test_a_page_another_run_put_in_the_folder_meanwhile_is_not_kept_unread(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second run writes the folder between the first's swap and its note of its pages'
    stamps: the first does not note the second's files under its own SHA-256s, so a later
    run of the first's articles renders that page again rather than linking the second's
    page unread, on every run after."""
    import dataclasses

    from crosscheck.store import Store

    k = 200
    docs = list(large.documents)
    docs[k] = dataclasses.replace(docs[k], title="TITLE OF THE OTHER RUN")
    first = dataclasses.replace(large, results_key="a" * 16)
    other = dataclasses.replace(large, results_key="b" * 16, documents=docs)
    n = next(n for n, members in enumerate(story_pages(first), 1) if k in members)
    out = tmp_path / "out"
    page = out / FOLDER / page_file(first, n)
    real_swap = pages._swap
    raced: list[bool] = []

    def swap_then_other_run(fresh: Path, target: Path) -> None:
        real_swap(fresh, target)
        if not raced:
            raced.append(True)
            other_store = Store(tmp_path / "store.db")
            try:
                write_files(other, ["html"], out, "info", set(), store=other_store)
            finally:
                other_store.close()

    monkeypatch.setattr(pages, "_swap", swap_then_other_run)
    store = Store(tmp_path / "store.db")
    try:
        write_files(first, ["html"], out, "info", set(), store=store)
        assert b"TITLE OF THE OTHER RUN" in page.read_bytes()  # the other run's, last
        monkeypatch.setattr(pages, "_swap", real_swap)
        for key in "cd":
            write_files(dataclasses.replace(large, results_key=key * 16), ["html"], out,
                        "info", set(), store=store)  # fmt: skip
            assert b"TITLE OF THE OTHER RUN" not in page.read_bytes()
    finally:
        store.close()


def test_a_kept_page_gets_the_mode_a_page_written_now_gets(
    large: RunResult, tmp_path: Path
) -> None:
    """A page kept from a write under another umask is copied with this one's mode, as
    the pages rendered now and report.html are (linked, it kept 0600 beside their 0644:
    a web server serving the folder refused the story pages)."""
    import dataclasses
    import os
    import stat as st

    from crosscheck.store import Store

    out = tmp_path / "out"
    store = Store(tmp_path / "store.db")
    was = os.umask(0o077)
    try:
        write_files(dataclasses.replace(large, results_key="a" * 16), ["html"], out, "info",
                    set(), store=store)  # fmt: skip
        os.umask(0o022)
        write_files(dataclasses.replace(large, results_key="b" * 16), ["html"], out, "info",
                    set(), store=store)  # fmt: skip
    finally:
        os.umask(was)
        store.close()
    modes = {st.S_IMODE(p.stat().st_mode) for p in (out / FOLDER).iterdir()}
    assert modes == {0o644} == {st.S_IMODE((out / "report.html").stat().st_mode)}


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _written_with_a_store(
    runs: list[RunResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[dict[str, bytes], list[int]]]:
    """Each run's report written with a store into one folder, one after another: its
    files and the numbers of the story pages rendered rather than kept. Every write's
    files are checked against a write of the same run into an empty folder, byte for byte."""
    from crosscheck.store import Store

    rendered: list[int] = []
    real = pages.render_page

    def counting(*args: object, **kwargs: object) -> str:
        rendered.append(args[4].here)  # type: ignore[attr-defined]  # the page's Links
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "render_page", counting)
    written = []
    store = Store(tmp_path / "store.db")
    try:
        for run in runs:
            rendered.clear()
            write_files(run, ["html"], tmp_path / "out", "info", set(), store=store)
            written.append((_files(tmp_path / "out"), sorted(rendered)))
    finally:
        store.close()
    for k, run in enumerate(runs):
        write_files(run, ["html"], tmp_path / f"cold{k}", "info", set())
        assert written[k][0] == _files(tmp_path / f"cold{k}")  # byte for byte, every file
    return written


def test_unchanged_story_pages_are_kept_and_the_rest_equals_a_cold_write(
    base: RunResult, large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a store, a report written again into the same folder for a run that changed
    renders only the pages whose story changed, and when the run has fewer pages those
    no story has any more are deleted: every file is the one a write into an empty folder
    makes."""
    import dataclasses
    import functools

    monkeypatch.setattr(pages, "story_pages", functools.partial(story_pages, page_docs=20))
    runs = [dataclasses.replace(large, results_key="a" * 16)]
    edited = 2 * 100  # an article of a story far from the others changes
    doc = large.documents[edited]
    text = doc.text.replace("the", "The", 1)
    assert text != doc.text
    docs = [*large.documents[:edited], dataclasses.replace(doc, text=text),
            *large.documents[edited + 1 :]]  # fmt: skip
    runs.append(dataclasses.replace(large, documents=docs, results_key="b" * 16))
    fewer = replicate(base, COPIES - 30, joined=JOINED)  # thirty stories fewer
    runs.append(dataclasses.replace(fewer, results_key="c" * 16))
    out = tmp_path / "out"
    (first, all_pages), (second, again), (third, _) = _written_with_a_store(
        runs, tmp_path, monkeypatch
    )
    story = [n for n in second if n.startswith(f"{FOLDER}/story-")]
    assert len(all_pages) == len(story) > 10
    kept = [n for n in story if first[n] == second[n]]
    assert 0 < len(again) < 4 and len(kept) == len(story) - len(again)
    pos = {d.id: k for k, d in enumerate(large.documents)}
    page = next(n for n, members in enumerate(story_pages(large, page_docs=20), 1)
                if pos[doc.id] in members)  # fmt: skip
    name = f"{FOLDER}/{page_file(large, page, page_docs=20)}"
    assert name not in kept  # the changed story's page was written again
    gone = set(story) - set(third)
    assert gone and not any((out / n).exists() for n in gone)  # pages no story has: deleted


def test_an_article_added_first_renders_again_only_the_pages_it_changes(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages are named by their first article, not numbered: an article added before all
    the others gets a page of its own (the first story here has more than ten articles, so
    it begins a page whatever comes before it), and the page after it gets another
    "previous" link; every other page keeps its file and is kept, where pages numbered
    "N of M" were all rendered again."""
    import dataclasses

    added = dataclasses.replace(large.documents[0], id="s00000/added.txt", title="Added")
    runs = [dataclasses.replace(large, results_key="a" * 16),
            dataclasses.replace(large, documents=[added, *large.documents],
                                results_key="b" * 16)]  # fmt: skip
    (first, _), (second, again) = _written_with_a_store(runs, tmp_path, monkeypatch)
    total = len(story_pages(runs[1]))
    assert total == len(story_pages(large)) + 1 and again == [1, 2]
    kept = [n for n in first if n.startswith(f"{FOLDER}/story-") and second.get(n) == first[n]]
    assert len(kept) == total - 2


@pytest.mark.parametrize("keyed", [False, True], ids=["records", "store-keys"])
def test_a_page_linking_to_a_renamed_page_is_rendered_again(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keyed: bool
) -> None:
    """The first article shares copy with the last, so page 1 links to the last page. The
    last page renamed while it keeps its number (as when its first article goes and the
    next one begins it), page 1 is rendered again with the new link (its key holds the
    names of the pages it links to, not their numbers; with numbers it was kept, its link
    dead), the last page under its new name, the one before it for its "next" link; the
    rest are kept, and every file is the one a write into an empty folder makes."""
    import dataclasses

    from crosscheck.store import Store

    rendered: list[int] = []
    real_render, real_names = pages.render_page, pages.page_names

    def counting(*args: object, **kwargs: object) -> str:
        rendered.append(args[4].here)  # type: ignore[attr-defined]  # the page's Links
        return real_render(*args, **kwargs)  # type: ignore[arg-type]

    def renamed(run: RunResult, members: list[list[int]]) -> list[str]:
        names = real_names(run, members)
        return [*names[:-1], "story-" + "0" * 12 + ".html"]

    monkeypatch.setattr(pages, "render_page", counting)
    run = large
    if keyed:  # as a run with --store: keys stand for each article's text and each story
        run = dataclasses.replace(
            large,
            extraction_keys=[f"x:{d.id}" for d in large.documents],
            story_keys={g.id: f"s:{g.id}" for g in large.groups},
        )
    store = Store(tmp_path / "store.db")
    try:
        first = dataclasses.replace(run, results_key="a" * 16)
        write_files(first, ["html"], tmp_path / "out", "info", set(), store=store)
        monkeypatch.setattr(pages, "page_names", renamed)
        rendered.clear()
        second = dataclasses.replace(run, results_key="b" * 16)
        write_files(second, ["html"], tmp_path / "out", "info", set(), store=store)
    finally:
        store.close()
    total = len(story_pages(large))
    assert any(large.documents[0].id in c.documents and large.documents[-1].id in c.documents
               for c in large.copies)  # fmt: skip
    assert total > 3 and sorted(rendered) == [1, total - 1, total]
    write_files(second, ["html"], tmp_path / "cold", "info", set())
    assert _files(tmp_path / "out") == _files(tmp_path / "cold")


@pytest.mark.parametrize("keyed", [False, True], ids=["records", "store-keys"])
def test_a_retitled_article_renders_again_only_the_pages_that_show_it(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keyed: bool
) -> None:
    """A page's key covers the articles of other pages it shows or links to, as noted when
    it was last rendered, not every article of the run: an article retitled in a story of
    its own renders its page again and no other (the last article, whose copy is on the
    first page, would render that too); one of the story that spans two pages renders
    both (the first page links to its claim); every file is the one a write into an empty
    folder makes."""
    import dataclasses

    page_of = {large.documents[k].id: n for n, members in enumerate(story_pages(large), 1)
               for k in members}  # fmt: skip
    joined = large.groups[-1]  # the story of 120 articles, on two pages
    copied = {d for c in large.copies for d in c.documents}  # the first and last share copy
    far = next(d for d in reversed(large.documents) if d.id not in copied)  # a story alone
    spans = [d for d in joined.documents if page_of[d] == 2]
    assert spans and page_of[joined.documents[0]] == 1 and page_of[far.id] > 2

    def retitled(run: RunResult, doc_id: str, key: str) -> RunResult:
        docs = [dataclasses.replace(d, title=f"{d.title}, corrected") if d.id == doc_id else d
                for d in run.documents]  # fmt: skip
        return dataclasses.replace(run, documents=docs, results_key=key * 16)

    first = dataclasses.replace(large, results_key="a" * 16)
    if keyed:  # as a run with --store: keys stand for each article's text and each story
        first = dataclasses.replace(
            first,
            extraction_keys=[f"x:{d.id}" for d in large.documents],
            story_keys={g.id: f"s:{g.id}" for g in large.groups},
        )
    runs = [first, retitled(first, far.id, "b")]
    runs.append(retitled(runs[-1], spans[0], "c"))
    written = _written_with_a_store(runs, tmp_path, monkeypatch)
    assert len(written[0][1]) == len(set(page_of.values())) > 3
    assert written[1][1] == [page_of[far.id]]  # its own page only
    assert written[2][1] == [1, 2]  # the page of the article and the page linking to it


def test_a_page_that_looks_at_every_article_is_rendered_again(
    large: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page whose rendering looks at the run's articles as a whole (html.NotingDocs, which
    no view does today) keeps no list of the articles it showed, so it is rendered again
    on the next write, even of the same run, rather than kept past a change it shows."""
    import dataclasses

    from crosscheck.report import html

    real_view = html.copies_view

    def counting_all(result: RunResult, docs: object = None) -> object:
        len(docs)  # type: ignore[arg-type]
        return real_view(result, docs)  # type: ignore[arg-type]

    monkeypatch.setattr(html, "copies_view", counting_all)
    # the same records twice, as a run whose other outputs changed
    runs = [dataclasses.replace(large, results_key=key * 16) for key in "ab"]
    _, (_, again) = _written_with_a_store(runs, tmp_path, monkeypatch)
    assert again == list(range(1, len(story_pages(large)) + 1))


# --- in the browser ---------------------------------------------------------------------------


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    pg = browser.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    assert errors == []
    pg.close()


def test_index_lists_findings_first(page, report: Path, large: RunResult) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto(report.as_uri())
    listed = page.locator("#finding-list > li.finding")
    shown = [f for f in large.findings if f.kind != "corroboration"]
    assert listed.count() == 50
    assert page.locator("#findings-count").inner_text() == f"50 of {len(shown)}"
    assert page.locator("script[src]").count() == 0  # the rest is read when needed
    first = listed.first.inner_text()
    assert shown[0].message in first and "Evidence on its story page" in first
    # no two headings read alike: each says its group, and where that is alike its place
    heads = listed.locator("h3").all_inner_texts()
    assert len(set(heads)) == 50 and shown[0].evidence["group_label"] in heads[0]
    # the findings come before the story list
    assert page.evaluate(
        "document.getElementById('findings').compareDocumentPosition("
        "document.getElementById('stories')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    assert page.locator("#story-table tbody tr").count() == 3
    page.click("#all-stories")
    expect(page.locator("#story-table tbody tr")).to_have_count(len(pages_of(report)))
    page.click("#to-index")
    page.click("#more-findings")
    expect(listed).to_have_count(100)
    assert page.locator("script[src]").count() == 3
    assert shown[99].message in listed.nth(99).inner_text()
    assert len(set(listed.locator("h3").all_inner_texts())) == 100  # as index.js draws them


def test_index_filters_all_findings(page, report: Path) -> None:  # type: ignore[no-untyped-def]
    """A filter reads all the findings (report-files/findings-*.js) and applies to them; one
    that leaves none says so (the list was only empty)."""
    from playwright.sync_api import expect

    page.goto(report.as_uri())
    count = page.locator("#findings-count")
    page.select_option("select[name=rule]", "troop-source-disagreement")
    expect(count).to_have_text(f"50 of {COPIES}")
    page.fill("input[name=q]", "s00137/")  # one copy's articles
    expect(count).to_have_text("1")
    assert "s00137/" in page.locator("#finding-list li.finding").inner_text()
    page.fill("input[name=q]", "")
    page.select_option("select[name=rule]", "")
    page.uncheck("input[name=severity][value=warning]")
    expect(count).to_have_text("0")
    # an empty list says so in words
    expect(page.locator("#findings-none")).to_have_text("No findings match these filters.")
    page.check("input[name=severity][value=warning]")
    expect(page.locator("#findings-none")).to_be_hidden()


def test_click_reaches_evidence_on_story_page(page, report: Path, large: RunResult) -> None:  # type: ignore[no-untyped-def]
    page.goto(report.as_uri())
    link = page.locator("#finding-list li.finding a.evidence").nth(7)
    href = link.get_attribute("href")
    assert href and href.startswith(f"{FOLDER}/story-")
    link.click()
    page.wait_for_load_state("domcontentloaded")
    target = "#" + href.split("#", 1)[1]
    assert page.url.endswith(href)
    finding = page.locator(target)
    assert finding.is_visible()
    shown = next(f for f in large.findings if target == f"#finding-{f.id}")
    assert finding.locator("article.claim-card").count() == len(shown.claims) >= 2
    assert finding.locator("mark").count() == len(shown.claims)
    # from the finding to the claim in its article's text (kept inert until asked for)
    article = finding.locator("dd a").first
    claim = article.get_attribute("href")
    assert claim and claim.startswith("#claim-")
    article.click()
    # the page opens the claim's article on the "hashchange" event, after the click: wait
    from playwright.sync_api import expect

    expect(page.locator(claim)).to_be_visible()
    assert "flagged" in (page.locator(claim).get_attribute("class") or "")
    page.click("#to-index")
    page.wait_for_load_state("domcontentloaded")
    assert page.url.endswith("/report.html") and page.locator("#finding-list li").count() == 50


def test_old_anchors_lead_to_their_place(page, report: Path, large: RunResult) -> None:  # type: ignore[no-untyped-def]
    """Links made for the one-file report (report.html#...) still open the place."""
    last = pages_of(report)[-1].name
    claim, group, doc = large.claims[-1], large.groups[-2], large.documents[-1]
    corroboration = next(f for f in reversed(large.findings) if f.kind == "corroboration")
    for target in (
        f"claim-{claim.id}",
        f"group-{group.id}",
        anchor("doc", doc.id),
        f"finding-{corroboration.id}",
    ):
        page.goto(report.as_uri() + "#" + target)
        page.wait_for_url(re.compile(re.escape(f"{last}#{target}") + "$"))
        assert page.locator("#" + target).is_visible(), target
    page.goto(report.as_uri() + "#claim-cnotinthisrun")
    page.wait_for_url(re.compile(r"anchors-0\.html#claim-cnotinthisrun$"))
    assert "is not in this report" in page.locator("#where").inner_text()


def test_story_spanning_pages_links_across(page, report: Path, large: RunResult) -> None:  # type: ignore[no-untyped-def]
    joined = large.groups[-1]
    page.goto(pages_of(report)[0].as_uri() + f"#group-{joined.id}")
    group = page.locator(f"#group-{joined.id}")
    assert group.is_visible()
    away = group.locator(f"ul a[href^='{page_file(large, 2)}#claim-']")
    first = set(story_pages(large)[0])
    pos = {d.id: k for k, d in enumerate(large.documents)}
    assert away.count() == sum(1 for d in joined.documents if pos[d] not in first) > 0
    href = away.first.get_attribute("href")
    away.first.click()
    page.wait_for_load_state("domcontentloaded")
    assert href and page.url.endswith(href)
    assert page.locator("#" + href.split("#")[1]).is_visible()


def test_large_run_without_findings(page, base: RunResult, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Articles that share nothing: about ARTICLES_PER_PAGE a page, an index that says so."""
    import dataclasses

    quiet = dataclasses.replace(replicate(base, 110), groups=[], findings=[])
    write(quiet, tmp_path)
    assert len(pages_of(tmp_path / "report.html")) == len(story_pages(quiet)) >= 3
    assert not list((tmp_path / FOLDER).glob("findings-*.js"))
    page.goto((tmp_path / "report.html").as_uri())
    assert page.locator("#findings .empty").inner_text() == "No discrepancies found."
    assert page.locator("#findings-count").inner_text() == "0"
    page.fill("input[name=q]", "anything")
    assert page.locator("#finding-list li").count() == 0


def test_index_lists_its_first_findings_without_javascript(browser, report: Path) -> None:  # type: ignore[no-untyped-def]
    """With JavaScript off (a locked-down mail client, a viewer of attachments) the index
    listed no finding at all, only a note; its first findings are in the page as HTML, as
    its script draws them, each with its link to the evidence."""
    off = browser.new_page(java_script_enabled=False)
    off.goto(report.as_uri())
    plain = off.locator("#finding-list > li.finding")
    assert plain.count() == 50
    without = plain.evaluate_all("ls => ls.map(l => l.outerHTML)")
    href = off.locator("#finding-list a.evidence").first.get_attribute("href") or ""
    note = off.locator("noscript").inner_text()
    off.close()
    assert href.startswith(FOLDER + "/story-") and "#finding-" in href
    assert "The first 50 of" in note
    on = browser.new_page()
    on.goto(report.as_uri())
    drawn = on.locator("#finding-list > li.finding").evaluate_all("ls => ls.map(l => l.outerHTML)")
    on.close()
    assert drawn == without  # the script's list is the page's own

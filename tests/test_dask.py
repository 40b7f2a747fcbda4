"""--engine dask: the same stages on a Dask cluster give byte-identical output; a file that
fails on the workers twice is skipped and listed; usage errors are one line, exit 2.

Most tests share one small in-process cluster (2 workers, threads) through --scheduler;
one runs the LocalCluster that --engine dask starts by itself; the tests of workers that
die run a cluster of 2 worker processes each, killed by a WorkerPlugin the test registers."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest

from crosscheck.errors import ClusterTrouble
from tests.conftest import ARTICLES, SEEDS, invoke
from tests.test_store import BROKEN_LINES, bad_line_serves_no_stored_record

pytest.importorskip("distributed", reason="Dask is an extra: pip install 'crosscheck[dask]'")

from distributed.diagnostics.plugin import WorkerPlugin


class _KillOn(WorkerPlugin):
    """In every worker process (restarted ones too): calling ``module.function`` on the
    file named ``victim`` kills the process with SIGKILL, as the kernel's out-of-memory
    killer would."""

    module = ""
    function = ""

    def __init__(self, victim: str, deaths: Path | None = None) -> None:
        self.victim = victim
        self.deaths = deaths  # a line per death written here

    def names(self, first: Any) -> list[str]:  # the file names the call is about
        raise NotImplementedError

    def setup(self, worker: Any) -> None:
        import importlib

        module = importlib.import_module(self.module)
        real = getattr(module, self.function)

        def dying(first: Any, *args: Any) -> Any:
            if self.victim in self.names(first):
                if self.deaths is not None:
                    with self.deaths.open("a", encoding="utf-8") as f:
                        f.write(f"{os.getpid()}\n")
                os.kill(os.getpid(), signal.SIGKILL)
            return real(first, *args)

        setattr(module, self.function, dying)


class KillWhileReading(_KillOn):
    """Reading the file ``victim`` kills its worker."""

    name, module, function = "kill-while-reading", "crosscheck.ingest", "_parse"

    def names(self, first: Any) -> list[str]:
        return [first.path.name]


class KillWhileJudging(_KillOn):
    """Judging the story that holds the article ``victim`` kills its worker."""

    name, module, function = "kill-while-judging", "crosscheck.dask_engine", "judge_story"

    def names(self, first: Any) -> list[str]:
        return [Path(d.path).name for d in first.documents]


class KillOnceWhileTiling(WorkerPlugin):
    """From the ``nth`` comparing of two blocks of the projection on (in any worker: the
    calls are counted in the file ``calls``), the first to write the file ``killed`` (its
    process id) kills its worker process with SIGKILL: a worker that dies once, in the
    middle of the story graph's join."""

    name = "kill-once-while-tiling"

    def __init__(self, calls: Path, killed: Path, nth: int) -> None:
        self.calls, self.killed, self.nth = calls, killed, nth

    def setup(self, worker: Any) -> None:
        from crosscheck.match import cluster

        real = cluster._block_nearest

        def dying(*args: Any) -> Any:
            with self.calls.open("a", encoding="utf-8") as f:
                f.write(f"{os.getpid()}\n")
            if len(self.calls.read_text(encoding="utf-8").splitlines()) >= self.nth:
                try:
                    mark = os.open(self.killed, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                except FileExistsError:
                    return real(*args)
                os.write(mark, f"{os.getpid()}\n".encode())
                os.close(mark)
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args)

        cluster._block_nearest = dying


@pytest.fixture
def dying_cluster() -> Iterator[Any]:
    """A client of a cluster of 2 worker processes (1 thread each) whose scheduler lets a
    task's workers die as crosscheck's own LocalCluster does, before it fails the task."""
    import dask
    from distributed import Client, LocalCluster

    from crosscheck.dask_engine import RETRIES

    with dask.config.set({"distributed.scheduler.allowed-failures": RETRIES}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # fmt: skip
    with cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster:  # fmt: skip
        yield str(cluster.scheduler_address)


def _files(out: Path) -> dict[str, bytes]:
    """Every report file written (report.html, report.json and any pages beside them)."""
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert "report.json" in files and "report.html" in files
    return files


def _check(*args: str) -> Any:
    result = invoke("check", *args, "--fail-on", "never", "--format", "html,json")
    assert result.exit_code == 0, result.output
    return result


def test_dask_on_the_seeds_writes_what_local_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _check(str(SEEDS), "--out", "local", "--engine", "local", "-j", "1")
    _check(str(SEEDS), "--out", "dask", "--engine", "dask", "--scheduler", scheduler)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    report = json.loads((tmp_path / "dask" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["groups"] > 0 and report["findings"]


def test_dask_on_json_lines_shards_and_every_format_writes_what_local_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """JSON Lines shards (many articles per file, read by a worker) next to a folder of
    Markdown, HTML and text: the same documents, skipped records and report."""
    monkeypatch.chdir(tmp_path)
    shards = tmp_path / "shards"
    shards.mkdir()
    lines = (ARTICLES / "feeds.jsonl").read_text(encoding="utf-8").splitlines()
    half = len(lines) // 2
    (shards / "part-0.jsonl").write_text("\n".join(lines[:half]) + "\n", encoding="utf-8")
    (shards / "part-1.jsonl").write_text("\n".join(lines[half:]) + "\n", encoding="utf-8")
    inputs = [str(shards / "part-0.jsonl"), str(shards / "part-1.jsonl"), str(ARTICLES)]
    _check(*inputs, "--out", "local", "-j", "1")
    _check(*inputs, "--out", "dask", "--engine", "dask", "--scheduler", scheduler)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    report = json.loads((tmp_path / "dask" / "report.json").read_text(encoding="utf-8"))
    ids = [d["id"] for d in report["documents"]]
    assert any("part-0.jsonl#" in i for i in ids) and any("part-1.jsonl#" in i for i in ids)


def test_dask_on_hundreds_of_ecb_articles_writes_what_local_writes(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """Several folders as inputs (events of ECB+, about 300 articles), a store on the
    second run: the same report files, byte for byte. On Dask the story graph is found
    beside the copies (by the workers, a thread of this process waiting for them), as from
    BESIDE_MIN_DOCUMENTS articles; the local run finds it in turn here (this test process
    holds threads, so crosscheck does not fork: test_beside forks in a process of its
    own)."""
    from crosscheck import pipeline

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pipeline, "BESIDE_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(pipeline, "usable_cores", lambda: 2)
    events: list[str] = []
    count = 0
    for folder in sorted(p for p in ecb_articles.iterdir() if p.is_dir()):
        if count >= 300:
            break
        events.append(str(folder))
        count += len(list(folder.glob("*.md")))
    _check(*events, "--out", "local", "-j", "2")
    _check(*events, "--out", "dask", "--engine", "dask", "--scheduler", scheduler)
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    report = json.loads((tmp_path / "dask" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["documents"] >= 300 and report["summary"]["groups"] > 50


def test_dask_by_folder_writes_what_local_writes(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """--by-folder over two events of one topic (each folder's story graph on its own):
    the same report files as the local engine, a folder larger than a block of the join
    (here 4 articles) compared on the workers, a smaller one here, and no finding
    comparing the two folders' articles."""
    from crosscheck import pipeline
    from crosscheck.match import cluster

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pipeline, "BESIDE_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(cluster, "STORY_BLOCK", 4)
    root = tmp_path / "events"
    for event in ("20ecb", "20ecbplus"):
        shutil.copytree(ecb_articles / event, root / event)
    (root / "small").mkdir()  # a folder of fewer articles than a block: joined here
    for article in sorted((ecb_articles / "20ecbplus").glob("*.md"))[:3]:
        shutil.copy(article, root / "small" / article.name)
    _check(str(root), "--out", "local", "-j", "2", "--by-folder")
    _check(str(root), "--out", "dask", "--engine", "dask", "--scheduler", scheduler,
           "--by-folder")  # fmt: skip
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    report = json.loads((tmp_path / "dask" / "report.json").read_text(encoding="utf-8"))
    folder = {c["id"]: c["document"].split("/")[0] for c in report["claims"]}
    assert report["findings"] and report["summary"]["groups"] > 10
    assert all(len({folder[i] for i in f["claims"]}) == 1 for f in report["findings"])
    assert any(folder[f["claims"][0]] == "small" for f in report["findings"])


@pytest.mark.parametrize("search", ["exact", "projected"])
def test_the_story_graph_is_compared_on_the_workers_with_the_same_stories(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str,
    search: str,
) -> None:  # fmt: skip
    """The story graph's similarity join runs on the workers by pairs of blocks of 8
    articles (here 6 blocks, 21 tasks), and through the projection used above 20,000
    articles (blocks of 4 in groups of 2, a tile a group with itself or a later one:
    here 6 groups, 21 tiles, more than the 6 in flight; each tile's nearest that can
    still count folded by the client), with 5 candidates each scored by tasks of 4
    articles: the same report files as the local engine, byte for byte. No task is given
    the run's article vectors or its projection, only two blocks' or a chunk's and its
    candidates' (what a worker holds does not grow with the run), and nothing is shared
    with every worker."""
    import threading

    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    monkeypatch.chdir(tmp_path)
    block = 8 if search == "exact" else 4
    monkeypatch.setattr(cluster, "STORY_BLOCK", block)
    monkeypatch.setattr(cluster, "SCORE_CHUNK", 4)
    monkeypatch.setattr(cluster, "STORY_TILE", 2)
    name = "_pair_links"
    if search == "projected":
        monkeypatch.setattr(cluster, "EXACT_LINKS_MAX", 0)
        monkeypatch.setattr(cluster, "CANDIDATES", 5)
        name = "_scored_links"
    real = getattr(cluster, name)
    log = tmp_path / "threads.txt"  # the function travels to the workers as a copy

    def spied(item: Any) -> Any:
        given = sum(x.shape[0] for x in item if hasattr(x, "tocsr"))  # sparse vectors
        with log.open("a", encoding="utf-8") as f:
            f.write(f"{threading.current_thread().name} {given}\n")
        return real(item)

    shared: list[Any] = []
    share = DaskEngine._share

    def spy(self: DaskEngine, value: Any, name: str) -> Any:
        shared.append(name)
        return share(self, value, name)

    folded: list[list[int]] = []  # the first rows of each result the client takes
    entries: list[int] = []  # and how many candidates it holds
    fold = cluster._Nearest.fold

    def taken(self: Any, parts: Any) -> None:
        folded.append([lo for lo, _rows, _cols, _sims in parts])
        entries.append(sum(len(rows) for _lo, rows, _cols, _sims in parts))
        fold(self, parts)

    monkeypatch.setattr(cluster, name, spied)
    monkeypatch.setattr(DaskEngine, "_share", spy)
    monkeypatch.setattr(cluster._Nearest, "fold", taken)
    events = [str(p) for p in sorted(ecb_articles.iterdir()) if p.is_dir()][:4]
    _check(*events, "--out", "dask", "--engine", "dask", "--scheduler", scheduler)
    where = [line.split() for line in log.read_text(encoding="utf-8").splitlines()]
    assert len(where) >= 10 and "MainThread" not in {t for t, _n in where}
    taken_on_dask = folded[:]
    _check(*events, "--out", "local", "-j", "1")
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    documents = json.loads((tmp_path / "dask" / "report.json").read_text())["summary"]
    assert documents["documents"] > 40
    # each task's vectors: two blocks of 8, or 4 articles and their (at most 24) candidates
    assert 0 < max(int(n) for _t, n in where) <= 28
    assert not any(n.startswith("story-graph") for n in shared)
    if search == "projected":  # one result per tile of groups of 2 blocks of 4 articles
        articles = documents["documents"]
        groups = -(-articles // (2 * block))
        tiles = groups * (groups + 1) // 2
        assert len(taken_on_dask) == tiles > 3 * 2
        # each block's nearest from each of the groups' tiles it is in
        blocks = Counter(lo for f in taken_on_dask for lo in f)
        assert sorted(blocks) == list(range(0, articles, block))
        assert set(blocks.values()) == {groups}
        # unfiltered, 6 candidates (5 and itself) a row from each tile it is in, or all
        # the tile's other group's rows, if fewer; fewer once the rows' least nearest so
        # far go with the tiles (few here: 6 of 21 tiles in flight, each cut before the
        # last 5 came back)
        sizes = [min(2 * block, articles - lo) for lo in range(0, articles, 2 * block)]
        most = sum(sizes[a] * min(6, sizes[b]) + (sizes[b] * min(6, sizes[a]) if a < b else 0)
                   for a in range(groups) for b in range(a, groups))  # fmt: skip
        assert sum(entries[: len(taken_on_dask)]) < most


def _held(dask_scheduler: Any) -> tuple[int, int, int]:
    """What the scheduler keeps: its tasks, those whose result is held on the workers,
    and the bytes of every task's recipe (in this process: the fixture's cluster)."""
    import pickle

    tasks = list(dask_scheduler.tasks.values())
    recipes = sum(len(pickle.dumps(t.run_spec)) for t in tasks if t.run_spec is not None)
    return len(tasks), sum(t.state == "memory" for t in tasks), recipes


def test_the_projections_tiles_leave_the_scheduler_little_to_keep(
    scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The projection's tiles on the workers (300 tiles of 24 groups, 50 times the 6 in
    flight): groups of blocks are sent apart from the tiles, so what the scheduler keeps
    of the tasks (their recipes) stays under a tenth of the projection, where tiles that
    carried their vectors left it 50 projections' worth; what the workers hold stays a
    window's tiles and their groups (not every group a later tile needs, not the run's
    nearest), and the nearest are those found here."""
    import numpy as np

    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    vectors = np.random.default_rng(0).standard_normal((960, 128)).astype(np.float32)
    near, here = cluster._Nearest(960, 5), cluster._Nearest(960, 5)
    monkeypatch.setattr(cluster, "STORY_SQUARE", 3)  # squares of 3 x 3: 9 tiles ahead
    tiles = cluster._Tiles(vectors, 20, 2, near)
    assert len(tiles.groups) == 24 and len(tiles) == 300 and tiles.ahead == 9
    engine = DaskEngine(Settings(scheduler=scheduler))
    seen: list[tuple[int, int, int]] = []

    def fold(parts: Any) -> None:
        seen.append(engine.client.run_on_scheduler(_held))
        near.fold(parts)

    scatters: list[int] = []
    scatter = engine._scatter

    def counted(value: Any) -> Any:
        scatters.append(value[0][0])
        return scatter(value)

    monkeypatch.setattr(engine, "_scatter", counted)
    try:
        before = engine.client.run_on_scheduler(_held)  # (other tests' tasks and results)
        engine.map_chunks(cluster._tile_nearest, tiles, fold)
        after = [engine.client.run_on_scheduler(_held)[1]]
        while after[-1] > before[1] and len(after) < 50:  # the last releases on their way
            time.sleep(0.1)
            after.append(engine.client.run_on_scheduler(_held)[1])
        assert after[-1] <= before[1]  # nothing left behind
    finally:
        engine.close()
    cluster._each_chunk(cluster._tile_nearest, cluster._Tiles(vectors, 20, 2, here), here.fold)
    assert np.array_equal(near.result(), here.result())
    assert len(seen) == 300
    assert max(recipes for _t, _m, recipes in seen) < vectors.nbytes / 10
    assert max(tasks for tasks, _m, _r in seen) - before[0] < 30
    # a window of tiles (6), their groups and the next 9 tiles': at most 2 squares' sides
    # and a third's (15 tiles span up to 3 squares of 6 or 9), not the 24 groups
    assert max(held for _t, held, _r in seen) - before[1] <= 6 + 3 * 6
    # a square's column groups sent once for its tiles, its row's once for the row of
    # squares (8 by 8 squares of 3: 3 x 36 + 3 x 8 at most, where tiles by rows kept
    # only the next window's groups sent one for nearly every tile, 279)
    assert set(scatters) == {lo for lo, _hi in (tiles._rows(g) for g in range(24))}
    assert len(scatters) <= 3 * 36 + 3 * 8


def test_a_story_graph_task_whose_workers_died_is_no_bug(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A task of the story graph whose workers kept dying (out of memory, a crash) ends the
    run with exit 4 naming it, as one that raised does, but asks for no bug report: the
    workers' logs say why; an error the task raised is still reported as a bug."""
    from distributed import KilledWorker

    from crosscheck import dask_engine
    from crosscheck.errors import WorkersDied
    from crosscheck.match import cluster

    died = KilledWorker("t", None, 1)  # type: ignore[arg-type]
    with pytest.raises(WorkersDied) as caught:
        dask_engine._raise_failed("comparing articles 1-4 with articles 5-8", died, "comparing")
    assert caught.value.exit_code == 4
    assert caught.value.message == (
        "comparing articles 1-4 with articles 5-8 failed on the workers: the Dask worker "
        "process comparing died 2 times (out of memory or a crash; the workers' logs say "
        "which); no report was written"
    )
    with pytest.raises(RuntimeError, match="failed twice on the Dask workers: ValueError"):
        dask_engine._raise_failed("comparing articles 1-4", ValueError("x"), "comparing")

    def dying(*_args: Any, **_kwargs: Any) -> Any:
        raise WorkersDied("comparing articles 1-4 failed on the workers: died 2 times")

    monkeypatch.setattr(cluster, "story_components", dying)
    result = invoke("check", "articles", "--out", "out")  # (work: the seeds in articles/)
    assert result.exit_code == 4
    assert result.stderr.splitlines()[-1] == (
        "crosscheck: error: comparing articles 1-4 failed on the workers: died 2 times; "
        "no report was written"
    )
    assert not Path("out").exists()


def test_a_tile_that_fails_ends_the_run_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """A tile of the projection that fails on the workers (twice): exit 4 and one line
    naming the articles it compared (not a later task's), no traceback and no report;
    the same when the story graph is found beside the copies (a thread of this process
    waiting for the workers), as from BESIDE_MIN_DOCUMENTS articles."""
    from crosscheck import pipeline
    from crosscheck.match import cluster

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(pipeline, "BESIDE_MIN_DOCUMENTS", 1)
    _corpus(tmp_path / "articles")  # 8 documents: 2 groups of 2 blocks of 2, 3 tiles
    for name, value in (("EXACT_LINKS_MAX", 0), ("CANDIDATES", 3), ("STORY_BLOCK", 2),
                        ("STORY_TILE", 2)):  # fmt: skip
        monkeypatch.setattr(cluster, name, value)
    tile = cluster._tile_nearest

    def broken_tile(item: Any) -> Any:
        groups, _keep, _floors = item
        if [group[0][0] for group in groups] == [0, 4]:
            raise ValueError("no nearest here")
        return tile(item)

    monkeypatch.setattr(cluster, "_tile_nearest", broken_tile)
    said = "comparing articles 1-4 with articles 5-8 failed on the workers: " \
           "failed twice on the Dask workers: ValueError: no nearest here"  # fmt: skip
    from crosscheck.beside import Beside

    started: list[str] = []
    thread = Beside.thread

    def noted(what: str, *args: Any) -> Any:
        started.append(what)
        return thread(what, *args)

    monkeypatch.setattr(Beside, "thread", noted)
    result = invoke("check", "articles", "--out", "out", "--engine", "dask",
                    "--scheduler", scheduler)  # fmt: skip
    assert started == ["the story graph"]
    assert result.exit_code == 4, result.output
    line = result.stderr.splitlines()[-1]  # (as any task of the story graph that fails)
    assert line.startswith("crosscheck: error: internal error while finding the stories (")
    assert f"): RuntimeError: {said} (a bug: rerun with -v" in line
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


_TROUBLE = (  # ClusterTrouble's message for _lost() (a regular expression)
    r"could not take a result from the Dask cluster \(OSError: connection to the "
    r"scheduler lost\); no report was written"
)


_SENDING = _TROUBLE.replace("take a result from", "send data to")
_LOST = r"OSError: connection to the scheduler lost"  # _lost(), as ClusterTrouble says it
_CLOSED = (  # the cause ClusterTrouble gives once the engine's client is closed
    r"ConnectionError: the Dask client is closed: its connection to the scheduler was lost "
    r"and not made again"
)


def _cut_off(
    monkeypatch: pytest.MonkeyPatch, at: int, trouble: BaseException | None = None,
    key: str = "_marked",
) -> list[str]:  # fmt: skip
    """Future.result made to fail as the client's own trouble would: the ``at``-th result
    taken of the tasks whose key starts with ``key`` (a map's batches and items alone:
    ``_marked``) is waited for (the task done on the workers), then ``trouble`` is raised,
    or for None the task is cancelled as a dropped connection to the scheduler cancels
    it. Returns the keys taken, filled as they come."""
    from distributed import Future

    result, taken = Future.result, []

    def cut_off(self: Future, *args: Any, **kwargs: Any) -> Any:
        if str(self.key).startswith(key):
            taken.append(str(self.key))
            if len(taken) == at:
                result(self, *args, **kwargs)
                if trouble is not None:
                    raise trouble
                self.cancel(reason="scheduler-connection-lost",
                            msg="Client lost the connection to the scheduler.")  # fmt: skip
        return result(self, *args, **kwargs)

    monkeypatch.setattr(Future, "result", cut_off)
    return taken


def _close_as_dask_does(client: Any) -> None:
    """``client`` closed as Dask closes a client whose connection to the scheduler was
    lost and not made again in time: its event loop goes on, so what is asked of it then
    fails as it would (AttributeError, ClosedClientError), where ``close()`` also stops
    its loop ("IOLoop is closed")."""
    client.sync(client._close)
    assert client.status == "closed"


def _lost() -> OSError:
    """The client's connection lost, as _TROUBLE words it."""
    return OSError("connection to the scheduler lost")


def _busy(dask_scheduler: Any) -> int:
    """The scheduler's tasks waiting, running or holding a result (not one that failed)."""
    return sum(t.state != "erred" for t in dask_scheduler.tasks.values())


def _busy_settled(client: Any, before: int) -> int:
    """The scheduler's busy tasks (_busy) once back to ``before``, or after 2 s (the
    cancels of a join that ended on their way), asked by ``client``."""
    left = client.run_on_scheduler(_busy)
    for _ in range(20):
        if left <= before:
            break
        time.sleep(0.1)
        left = client.run_on_scheduler(_busy)
    return int(left)


def _slow_or_broken_tile(item: Any) -> Any:
    """A tile of _projection_tiles that takes half a second, or fails (articles 1-40 with
    41-80). (Not a local function: the scheduler's recipes of it are pickled by _held.)"""
    from crosscheck.match import cluster

    groups, _keep, _floors = item
    if [group[0][0] for group in groups] == [0, 40]:
        raise ValueError("no nearest here")
    time.sleep(0.5)
    return cluster._tile_nearest(item)


def test_a_join_that_ends_on_a_failed_tile_leaves_no_tile_on_the_cluster(
    monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """A tile that fails ends the join (RuntimeError, naming it) with the tiles in flight
    cancelled, not left running or holding their results on a cluster the engine (or a
    user's client) goes on using, even while the error is still held."""
    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    near = cluster._Nearest(ROWS, 5)
    tiles = _projection_tiles(near)
    engine = DaskEngine(Settings(scheduler=scheduler))
    try:
        before = engine.client.run_on_scheduler(_busy)
        with pytest.raises(RuntimeError, match="comparing articles 1-40 with articles 41-80") \
                as caught:  # (held: its traceback holds the join's frame)  # fmt: skip
            engine.map_chunks(_slow_or_broken_tile, tiles, near.fold)
        assert _busy_settled(engine.client, before) <= before
        assert caught.value.__traceback__ is not None
    finally:
        engine.close()


def test_trouble_in_the_client_taking_a_tile_is_not_called_the_tiles_failure(
    monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """A tile's result the client cannot take for its connection to the cluster (the
    task done) ends the join as cluster trouble, not as a tile that "failed on the
    workers" (a bug in crosscheck, exit 4), and leaves no tile on the cluster, that one
    included, while the error is still held."""
    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    near = cluster._Nearest(ROWS, 5)
    tiles = _projection_tiles(near)
    _cut_off(monkeypatch, 3, _lost(), key="_tile_nearest")
    engine = DaskEngine(Settings(scheduler=scheduler))
    try:
        before = engine.client.run_on_scheduler(_busy)
        with pytest.raises(ClusterTrouble, match=f"^{_TROUBLE}$") as caught:
            engine.map_chunks(cluster._tile_nearest, tiles, near.fold)
        assert _busy_settled(engine.client, before) <= before
        assert caught.value.__traceback__ is not None
    finally:
        engine.close()


@pytest.mark.parametrize(
    ("closed", "said", "tries"),
    [
        # the connection fails try after try: no worker takes the group
        (False, _SENDING, 5),  # three sent, then the fourth tried twice
        # the client closed, its connection lost and not made again, as Dask closes it
        # (its loop still running: its own error is then an AttributeError): no try more
        (True, _SENDING.replace(_LOST, _CLOSED), 4),
    ],
)  # fmt: skip
def test_trouble_in_the_client_scattering_a_tile_is_no_bug(
    monkeypatch: pytest.MonkeyPatch, scheduler: str, closed: bool, said: str, tries: int
) -> None:
    """A group of blocks the client cannot scatter for its connection to the cluster
    ends the join as cluster trouble that says so, not as an internal error of the join
    (a bug), and leaves no tile on the cluster, while the error is still held."""
    from distributed import Client

    from crosscheck import dask_engine
    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    near = cluster._Nearest(ROWS, 5)
    tiles = _projection_tiles(near)
    engine = DaskEngine(Settings(scheduler=scheduler))
    looking = Client(scheduler, set_as_default=False)  # the engine's client may be closed
    sent: list[int] = []
    scatter = Client.scatter

    def scattering(self: Client, data: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append(len(sent))
        if len(sent) > 3:  # the fourth group on: the connection is gone
            if not closed:
                raise _lost()
            _close_as_dask_does(self)
        return scatter(self, data, *args, **kwargs)

    monkeypatch.setattr(Client, "scatter", scattering)
    monkeypatch.setattr(dask_engine, "SCATTER_TRIES", 2)
    try:
        before = looking.run_on_scheduler(_busy)
        with pytest.raises(ClusterTrouble, match=f"^{said}$") \
                as caught:  # (held: its traceback holds the join's frame)  # fmt: skip
            engine.map_chunks(cluster._tile_nearest, tiles, near.fold)
        assert len(sent) == tries
        assert _busy_settled(looking, before) <= before
        assert caught.value.__traceback__ is not None
    finally:
        engine.close()
        looking.close()


def test_a_worker_that_dies_in_the_projections_join_loses_nothing(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dying_cluster: Any
) -> None:
    """A worker process killed in the middle of the projection's join (2 workers, 4 ECB+
    events in groups of 2 blocks of 4 articles): the groups of blocks scattered to it
    alone are lost with it (unless the scheduler had copied them to the other worker for a
    tile), and the tiles' results not yet taken; they are scattered again and the lost
    tiles run again, and the report is the local engine's, byte for byte."""
    from distributed import Client

    from crosscheck.match import cluster

    monkeypatch.chdir(tmp_path)
    for name, value in (("EXACT_LINKS_MAX", 0), ("CANDIDATES", 5), ("STORY_BLOCK", 4),
                        ("STORY_TILE", 2), ("SCORE_CHUNK", 4)):  # fmt: skip
        monkeypatch.setattr(cluster, name, value)  # (on the client: it cuts the tiles)
    scattered: list[int] = []  # the first row of each group scattered
    scatter = Client.scatter

    def counted(self: Client, data: Any, *args: Any, **kwargs: Any) -> Any:
        futures = scatter(self, data, *args, **kwargs)
        scattered.extend(group[0][0] for group in data)  # (not one to the dead worker, again)
        return futures

    monkeypatch.setattr(Client, "scatter", counted)
    calls, killed = tmp_path / "calls.txt", tmp_path / "killed.txt"
    dying_cluster.register_plugin(KillOnceWhileTiling(calls, killed, 12))
    events = [str(p) for p in sorted(ecb_articles.iterdir()) if p.is_dir()][:4]
    address = dying_cluster.scheduler.address
    _check(*events, "--out", "dask", "--engine", "dask", "--scheduler", address)
    pids = calls.read_text(encoding="utf-8").splitlines()
    died = killed.read_text(encoding="utf-8").split()  # in the middle of the join, once
    assert len(died) == 1 and 12 <= pids.index(died[0], 11) + 1 < len(pids) - 12
    _check(*events, "--out", "local", "-j", "1")
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    articles = json.loads((tmp_path / "dask" / "report.json").read_text())["summary"]
    groups = -(-articles["documents"] // (2 * 4))
    # every group scattered (again for each square of tiles it is in, and when the dead
    # worker held its one copy, which depends on whether the scheduler had already copied
    # it to the other worker for a tile)
    assert groups > 4 and sorted(set(scattered)) == list(range(0, groups * 8, 8))


class LoseGroup:
    """DaskEngine._scatter and _submit wrapped so that the projection's group of blocks
    starting at row 0 is lost from the cluster, as a worker's death loses scattered data
    only it held, ``times`` times (None: every time): each time it is scattered, right
    after the tile that needed it is sent (so that tile, and every task sent before that
    needed it, is lost with it: Dask cancels a task whose data is lost, and everything
    that depends on it, whether it has run or not). Records the first row of each group
    scattered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, times: int | None) -> None:
        from crosscheck.dask_engine import DaskEngine

        self.times, self.lost = times, 0
        self.scattered: list[int] = []
        self.pending: Any = None
        scatter, submit = DaskEngine._scatter, DaskEngine._submit

        def scattering(engine: DaskEngine, value: Any) -> Any:
            future = scatter(engine, value)
            first = value[0][0]  # a group: its blocks' (first row, vectors)
            self.scattered.append(first)
            if first == 0 and (self.times is None or self.lost < self.times):
                self.pending = future
            return future

        def submitting(engine: DaskEngine, *call: Any) -> Any:
            future = submit(engine, *call)
            if self.pending is not None:  # the tile that needs it is sent: lost now
                engine.client.cancel([self.pending])
                self.pending, self.lost = None, self.lost + 1
            return future

        monkeypatch.setattr(DaskEngine, "_scatter", scattering)
        monkeypatch.setattr(DaskEngine, "_submit", submitting)


ROWS = 480  # articles of _projection_tiles


def _projection_tiles(near: Any) -> Any:
    """The projection's tiles of 480 random articles: 24 blocks of 20 in 12 groups of 2,
    78 tiles, for ``near`` (5 nearest kept). The first group is in 12 tiles, twice the 6
    in flight on 2 workers: it is still needed by tiles not yet sent when it is lost with
    the first."""
    import numpy as np

    from crosscheck.match import cluster

    vectors = np.random.default_rng(1).standard_normal((ROWS, 64)).astype(np.float32)
    tiles = cluster._Tiles(vectors, 20, 2, near)
    assert len(tiles.groups) == 12 and len(tiles) == 78
    return tiles


@pytest.mark.parametrize("times", [1, 2])
def test_a_group_of_blocks_lost_from_the_workers_is_scattered_again(
    monkeypatch: pytest.MonkeyPatch, scheduler: str, times: int
) -> None:
    """A scattered group of the projection's blocks lost from the workers (what a worker
    dying loses when it held the group's one copy; made deterministic here, where a
    worker killed may or may not have been the only one to hold it): the tiles that
    needed it are cancelled and sent again, the group scattered again from the client's
    projection, each tile's result is folded once, and the nearest are those found
    without Dask. times=2: the group scattered again is lost again, while the tiles are
    sent again, and the run still recovers (a tile may be lost up to LOST_AGAIN
    times)."""
    import numpy as np

    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    near, here = cluster._Nearest(ROWS, 5), cluster._Nearest(ROWS, 5)
    tiles = _projection_tiles(near)
    losing = LoseGroup(monkeypatch, times)
    folded: list[tuple[int, ...]] = []  # each result's blocks, by their first rows

    def fold(parts: Any) -> None:
        folded.append(tuple(lo for lo, _rows, _cols, _sims in parts))
        near.fold(parts)

    engine = DaskEngine(Settings(scheduler=scheduler))
    try:
        engine.map_chunks(cluster._tile_nearest, tiles, fold)
    finally:
        engine.close()
    cluster._each_chunk(cluster._tile_nearest, _projection_tiles(here), here.fold)
    assert losing.lost == times
    assert losing.scattered.count(0) > times  # lost each time, then scattered again
    groups = list(range(0, ROWS, 40))
    assert sorted(set(losing.scattered)) == groups
    assert len(folded) == len(set(folded)) == 78  # one result per tile, once
    assert np.array_equal(near.result(), here.result())


def test_a_group_of_blocks_lost_every_time_ends_the_run_naming_it(
    monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """A group lost every time it is scattered (workers that keep dying): a tile that
    needed it sent again LOST_AGAIN times is not sent a fifth time; the run ends (exit 4)
    with one line naming the articles the tile compared."""
    from crosscheck.config import Settings
    from crosscheck.dask_engine import LOST_AGAIN, DaskEngine
    from crosscheck.errors import WorkersDied
    from crosscheck.match import cluster

    near = cluster._Nearest(ROWS, 5)
    tiles = _projection_tiles(near)
    losing = LoseGroup(monkeypatch, None)
    engine = DaskEngine(Settings(scheduler=scheduler))
    try:
        with pytest.raises(WorkersDied) as caught:
            engine.map_chunks(cluster._tile_nearest, tiles, near.fold)
    finally:
        engine.close()
    assert caught.value.exit_code == 4
    assert re.fullmatch(
        r"comparing articles 1-40 with articles \d+-\d+ failed on the workers: what it needed "
        rf"was lost {LOST_AGAIN + 1} times with Dask workers that died \(or with the "
        r"client's connection to the scheduler\)",
        caught.value.message.removesuffix("; no report was written"),
    ), caught.value.message
    assert losing.lost > LOST_AGAIN


def test_a_second_worker_death_while_recovering_a_lost_group_loses_nothing(
    monkeypatch: pytest.MonkeyPatch, dying_cluster: Any
) -> None:
    """Worker processes killed with SIGKILL (2 workers, each restarted by its nanny):
    first the one holding the projection's first group of blocks as soon as it is
    scattered, before any tile runs, so that its one copy is lost with it; then, once
    that loss is being recovered (the first tile sent again), the one holding the
    group's copy scattered again, with the tiles it was running or held. That copy is
    lost too, so the group is scattered a third time: the worker killed held its one
    copy (asserted; the one killed first was not yet back from its nanny then,
    milliseconds after, so the scheduler had no other worker to copy it to). The run
    recovers from both and the nearest are those found without Dask."""
    import numpy as np

    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match import cluster

    near, here = cluster._Nearest(ROWS, 5), cluster._Nearest(ROWS, 5)
    tiles = _projection_tiles(near)
    scatter, submit = DaskEngine._scatter, DaskEngine._submit
    first_row: dict[Any, int] = {}  # a group's future's key -> the group's first row
    sent: set[tuple[int, ...]] = set()  # the tiles sent, by their groups' first rows
    killed: list[str] = []
    holders: list[int] = []  # how many workers held the copy each kill was for
    group: list[Any] = []  # the first group's latest copy

    def kill(engine: DaskEngine, future: Any) -> None:
        """The worker holding ``future`` killed; back when the scheduler has removed it."""
        held = engine.client.who_has([future])[future.key]
        holders.append(len(held))
        holder = held[0]
        pid = engine.client.run(os.getpid, workers=[holder])[holder]
        os.kill(pid, signal.SIGKILL)
        killed.append(holder)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and holder in engine.client.run_on_scheduler(
            lambda dask_scheduler: list(dask_scheduler.workers)
        ):
            time.sleep(0.05)

    def scattering(engine: DaskEngine, value: Any) -> Any:
        future = scatter(engine, value)
        first_row[future.key] = value[0][0]  # a group: its blocks' (first row, vectors)
        if value[0][0] == 0:
            group[:] = [future]
            if not killed:  # its one copy lost with its worker, before any tile runs
                kill(engine, future)
                deadline = time.monotonic() + 60
                while future.status == "finished" and time.monotonic() < deadline:
                    time.sleep(0.05)  # until the client is told it is lost
                assert future.status != "finished", "the group outlived its one worker"
        return future

    def submitting(engine: DaskEngine, *call: Any) -> Any:
        future = submit(engine, *call)
        if call[0] is cluster._tile_nearest:
            rows = tuple(first_row[f.key] for f in call[1][0])
            if rows in sent and len(killed) == 1:  # a tile sent again: recovering
                kill(engine, group[0])
            sent.add(rows)
        return future

    monkeypatch.setattr(DaskEngine, "_scatter", scattering)
    monkeypatch.setattr(DaskEngine, "_submit", submitting)
    engine = DaskEngine(Settings(scheduler=dying_cluster.scheduler.address))
    try:
        engine.map_chunks(cluster._tile_nearest, tiles, near.fold)
    finally:
        engine.close()
    cluster._each_chunk(cluster._tile_nearest, _projection_tiles(here), here.fold)
    assert len(killed) == 2  # (the second once a tile was sent again)
    assert holders == [1, 1]  # each kill lost the group's one copy
    assert list(first_row.values()).count(0) >= 3  # so it was scattered twice again
    assert np.array_equal(near.result(), here.result())


def test_dask_with_a_store_reuses_it_and_writes_what_local_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "articles")
    dask = ["--engine", "dask", "--scheduler", scheduler, "--store", "store.db"]
    _check("articles", "--out", "first", *dask)
    article = sorted((tmp_path / "articles").iterdir())[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said 12 people left.\n")
    again = _check("articles", "--out", "again", *dask)
    _check("articles", "--out", "cold", "-j", "1")
    assert "reused 1 of 2 readings" in again.stderr  # the unchanged article
    assert _files(tmp_path / "again") == _files(tmp_path / "cold")


def test_a_file_that_fails_twice_on_the_workers_is_skipped_and_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """A worker that dies or a bug that escapes: Dask runs the task again; a file that
    fails on its retry too is skipped with its reason, the others are checked."""
    from crosscheck import dask_engine

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "articles")
    flaky, broken = sorted(p.name for p in (tmp_path / "articles").iterdir())[:2]
    calls: dict[str, int] = {}
    real = dask_engine.read_candidate

    def failing(cand: Any, settings: Any) -> Any:
        name = Path(cand.shown).name
        calls[name] = calls.get(name, 0) + 1
        if name == broken or (name == flaky and calls[name] == 1):
            raise RuntimeError(f"worker lost while reading {name}")
        return real(cand, settings)

    monkeypatch.setattr(dask_engine, "read_candidate", failing)
    result = invoke("check", "articles", "--out", "out", "--engine", "dask",
                    "--scheduler", scheduler, "--strict")  # fmt: skip
    assert result.exit_code == 3, result.output  # an input was skipped, and --strict
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    skipped = {Path(s["path"]).name: s["reason"] for s in report["skipped"]}
    assert list(skipped) == [broken]
    assert "failed twice on the Dask workers" in skipped[broken]
    assert f"worker lost while reading {broken}" in skipped[broken]
    assert [Path(d["path"]).name for d in report["documents"]] == [flaky]
    assert calls[broken] >= 2 and calls[flaky] >= 2  # each was tried again


@dataclass
class _Reading:
    """An engine on the test cluster and ``copies`` small articles (a seed's text, each
    copy its own) to read on it; the values every map shares already sent, so that what
    the scheduler holds before a map (``busy``) and the client's futures (``held``) are
    known."""

    engine: Any
    read: Callable[[], Any]
    busy: int
    held: int


@contextmanager
def _reading(tmp_path: Path, scheduler: str, copies: int) -> Iterator[_Reading]:
    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.ingest import discover
    from crosscheck.pipeline import alias_table

    (tmp_path / "articles").mkdir()
    seed = sorted(p for p in SEEDS.iterdir() if p.suffix in (".md", ".txt"))[0]
    for n in range(copies):
        text = seed.read_text(encoding="utf-8")
        (tmp_path / "articles" / f"{n:03}{seed.suffix}").write_text(f"{text}\nCopy {n}.\n")
    engine = DaskEngine(Settings(scheduler=scheduler))
    try:
        settings = Settings(engine="dask", scheduler=scheduler)
        candidates, _ = discover([tmp_path / "articles"], settings.exclude, set())
        aliases = alias_table(settings)

        def read(these: list[Any] = candidates) -> Any:
            return engine.read_and_extract(these, settings, aliases, "", frozenset())

        read(candidates[:1])
        yield _Reading(engine, read, engine.client.run_on_scheduler(_busy),
                       len(engine.client.futures))  # fmt: skip
    finally:
        engine.close()


def test_trouble_in_the_client_taking_a_files_result_is_no_failure_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """A batch of files whose result the client cannot take for its connection to the
    cluster (the task done on the workers) ends the run (ClusterTrouble, exit 4): the
    files are not read again one by one and listed as "failed twice on the Dask workers"
    (a CI would have read a connection lost as unreadable inputs), and no task is left on
    the cluster, while the error is still held."""
    # batches of 16 files: a window in flight when it ends
    with _reading(tmp_path, scheduler, 6 * 16) as run:
        taken = _cut_off(monkeypatch, 1, _lost())
        with pytest.raises(ClusterTrouble, match=f"^{_TROUBLE}$") \
                as caught:  # (held: its traceback holds the map's frame)  # fmt: skip
            run.read()
        assert len(taken) == 1  # nothing read again, alone or not
        assert _busy_settled(run.engine.client, run.busy) <= run.busy
        assert caught.value.__traceback__ is not None


def test_a_map_that_fails_sending_its_first_tasks_leaves_none_on_the_cluster(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """An error while the first window of batches is being sent (Ctrl-C while one is
    pickled, a closed client) ends the map with the batches already sent cancelled."""
    from crosscheck.dask_engine import DaskEngine

    submit, sent = DaskEngine._submit, []

    def failing(self: DaskEngine, *call: Any) -> Any:
        sent.append(1)
        if len(sent) == 3:
            raise RuntimeError("could not pickle the batch")
        return submit(self, *call)

    with _reading(tmp_path, scheduler, 6 * 16) as run:
        monkeypatch.setattr(DaskEngine, "_submit", failing)
        with pytest.raises(RuntimeError, match="could not pickle the batch") \
                as caught:  # (held: its traceback holds the map's frame)  # fmt: skip
            run.read()
        assert len(sent) == 3
        assert _busy_settled(run.engine.client, run.busy) <= run.busy
        assert len(run.engine.client.futures) == run.held  # the two sent, cancelled
        assert caught.value.__traceback__ is not None


@pytest.mark.parametrize(
    ("trouble", "said"),
    [
        # the connection: no bug, no input's failure
        (_lost(), f"crosscheck: error: {_TROUBLE}"),
        # Dask cancels every task when the client's connection to the scheduler drops
        (None, r"crosscheck: error: could not take a result from the Dask cluster "
               r"\(FutureCancelledError: _marked-\S+ cancelled for reason: "
               r"scheduler-connection-lost\. Client lost .*\); no report was written"),
        # an error of the client's own in taking a result it has (a result it cannot read,
        # an event loop closed): a bug, reported as one
        (TypeError("__init__() missing 1 required positional argument"),
         r"crosscheck: error: internal error while reading the inputs \(.*\): TypeError: "
         r"__init__\(\) missing 1 required positional argument \(a bug: rerun with -v.*"),
    ],
)  # fmt: skip
def test_trouble_in_the_client_ends_the_run_in_one_line_that_says_what_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str,
    trouble: Exception | None, said: str,
) -> None:  # fmt: skip
    """From the command line: exit 4 (a CI tells it from findings), one line, no report,
    nothing listed as skipped; a connection lost is not called a bug, nor a file's
    failure, and no traceback is asked for; an error of the client's own is a bug."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "articles")
    taken = _cut_off(monkeypatch, 1, trouble)
    ran = invoke("check", "articles", "--out", "out", "--engine", "dask", "--scheduler", scheduler)
    assert ran.exit_code == 4, ran.output
    line = ran.stderr.splitlines()[-1]
    assert re.fullmatch(said, line), line
    assert "Traceback" not in ran.output and "skipped" not in ran.stderr
    assert len(taken) == 1 and not (tmp_path / "out").exists()
    if not isinstance(trouble, TypeError):
        assert "bug" not in ran.stderr


@pytest.mark.parametrize(
    ("how", "said"),
    [
        # copying what every task needs to every worker: the connection closes
        ("replicate", _SENDING),
        # waiting for its task: Dask cancels every task when the connection drops
        ("wait", r"could not send data to the Dask cluster \(FuturesCancelledError: "
                 r".*scheduler-connection-lost.*\); no report was written"),
        # the client closed (its connection lost and not made again) while it is copied
        ("replicate closed", _SENDING.replace(_LOST, _CLOSED)),
        # or before a batch of files is sent (distributed's ClosedClientError)
        ("submit closed", _SENDING.replace(_LOST, _CLOSED)),
        # asking the workers at the start whether they can be stopped on a stuck input
        ("run", _TROUBLE.replace("take a result from", "reach")),
    ],
)  # fmt: skip
def test_trouble_in_the_client_sending_to_the_cluster_is_no_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str, how: str, said: str
) -> None:
    """When the client's connection fails while it sends the cluster what every task needs
    (settings, rules, aliases), sends a task, or asks the workers, the run ends as it does
    when a result cannot be taken: exit 4, one line that says so, no report, no bug."""
    import distributed
    from distributed import Client

    from crosscheck import dask_engine

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "articles")
    calls: list[str] = []
    name = how.split()[0]
    real = getattr(distributed if name == "wait" else Client, name)

    def failing(*args: Any, **kwargs: Any) -> Any:
        if name == "submit" and args[1] is not dask_engine._marked:
            return real(*args, **kwargs)  # (what every task needs: sent as a task too)
        if name == "run" and args[1] is not dask_engine._restarted_when_stopped:
            return real(*args, **kwargs)  # (the workers' memory: never fails a run)
        calls.append(how)
        if name == "wait":
            for future in args[0]:
                future.cancel(reason="scheduler-connection-lost",
                              msg="Client lost the connection to the scheduler.")  # fmt: skip
        elif how.endswith("closed"):
            _close_as_dask_does(args[0])
        else:
            raise _lost()
        return real(*args, **kwargs)

    monkeypatch.setattr(distributed if name == "wait" else Client, name, failing)
    ran = invoke("check", "articles", "--out", "out", "--engine", "dask", "--scheduler", scheduler)
    assert ran.exit_code == 4, ran.output
    line = ran.stderr.splitlines()[-1]
    assert re.fullmatch(f"crosscheck: error: {said}", line), line
    assert "Traceback" not in ran.output and "bug" not in ran.stderr
    assert calls == [how] and not (tmp_path / "out").exists()


def test_workers_that_cannot_read_what_every_task_needs_end_the_run_saying_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """Workers that cannot read back what every task needs (crosscheck not installed
    where they run, or another version of it: the value's task fails) end the run at
    once with exit 2 and one line that says what to check, not with every file skipped as
    unreadable after failing twice on them."""
    from crosscheck import dask_engine

    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "articles")

    def unreadable(value: Any) -> Any:  # (run on a worker: a copy of it, pickled)
        raise ModuleNotFoundError("No module named 'crosscheck'")

    monkeypatch.setattr(dask_engine, "_value", unreadable)
    ran = invoke("check", "articles", "--out", "out", "--engine", "dask", "--scheduler", scheduler)
    assert ran.exit_code == 2, ran.output
    assert ran.stderr.splitlines()[-1] == (
        "crosscheck: error: the Dask workers cannot take what every task needs "
        "(ModuleNotFoundError: No module named 'crosscheck'): is this version of crosscheck "
        "installed where they run?"
    )
    assert "skipped" not in ran.stderr and "Traceback" not in ran.output
    assert not (tmp_path / "out").exists()


def test_an_engine_whose_workers_cannot_be_reached_at_the_start_closes_its_client(
    monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """The engine's start asks the workers (the time budget): when its connection fails
    there, the error is cluster trouble and the client it opened is closed, not left
    connected to the scheduler by a constructor that raised; an error in closing it does
    not hide the trouble."""
    from distributed import Client

    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine

    clients: list[Client] = []

    def unreachable(self: Client, *args: Any, **kwargs: Any) -> Any:
        clients.append(self)
        raise _lost()

    def failing_close(self: DaskEngine) -> None:
        self.client.close()
        raise RuntimeError("closing it failed too")

    monkeypatch.setattr(Client, "run", unreachable)
    monkeypatch.setattr(DaskEngine, "close", failing_close)
    with pytest.raises(ClusterTrouble, match=r"^could not reach the Dask cluster \(OSError"):
        DaskEngine(Settings(scheduler=scheduler))
    assert clients and clients[0].status == "closed"


def test_trouble_in_the_client_retrying_files_alone_is_no_failure_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """The same when the client's trouble comes while the files of a failed batch are read
    again one per task: the run ends with that error, the file whose result could not be
    taken not listed as failed, no task left on the cluster."""
    from crosscheck import dask_engine

    real = dask_engine.read_candidate

    def failing(cand: Any, settings: Any) -> Any:
        if Path(cand.shown).name.startswith("000"):
            raise RuntimeError("a bug in reading it")
        return real(cand, settings)

    with _reading(tmp_path, scheduler, 16) as run:  # one batch
        monkeypatch.setattr(dask_engine, "read_candidate", failing)
        # the batch's, the first file's alone, then the second's
        taken = _cut_off(monkeypatch, 3, _lost())
        with pytest.raises(ClusterTrouble, match=f"^{_TROUBLE}$") \
                as caught:  # (held: its traceback holds the map's frame)  # fmt: skip
            run.read()
        assert len(taken) == 3
        assert _busy_settled(run.engine.client, run.busy) <= run.busy
        assert caught.value.__traceback__ is not None


def test_dask_without_a_scheduler_starts_a_local_cluster_of_jobs_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _check(str(SEEDS), "--out", "local", "-j", "1")
    result = _check(str(SEEDS), "--out", "dask", "--engine", "dask", "-j", "2", "-v")
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    peaks = next(x for x in result.stderr.splitlines() if "dask workers' peak memory:" in x)
    assert peaks.count("MB") == 2  # two workers
    from crosscheck.dask_engine import _clear_peak

    if _clear_peak():  # Linux, where it may: each stage's peak on its own
        by_stage = next(x for x in result.stderr.splitlines() if "peak memory by stage" in x)
        stages = dict(re.findall(r"(\w+) ([\d, ]+) MB", by_stage.split(": ", 2)[-1]))
        assert list(stages) == ["read", "stories", "match"], by_stage
        assert all(len(mbs.split(", ")) == 2 for mbs in stages.values())  # two workers each
        assert "largest story judged: " in result.stderr
    assert "--time-budget on this Dask cluster" not in result.stderr  # one task each, nannies


def _collector() -> tuple[tuple[int, ...], bool]:
    import gc

    return gc.get_threshold(), gc.get_freeze_count() > 0


def test_the_local_clusters_workers_collect_garbage_as_the_command_does() -> None:
    """The LocalCluster a run starts: each worker, and one started again after another
    died, moves what its start made out of the collector's sight and collects the youngest
    generation every 20,000 new objects (crosscheck.collector.for_worker), as the forked
    processes of --engine local do (they inherit it). A cluster started after it, as a
    user's would be, is left alone."""
    import gc

    from distributed import LocalCluster

    from crosscheck.collector import THRESHOLD
    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine

    engine = DaskEngine(Settings(jobs=2, engine="dask"))
    try:
        client = engine.client
        assert list(client.run(_collector).values()) == [(THRESHOLD, True)] * 2
        before = set(client.scheduler_info()["workers"])
        client.run(os._exit, 1, workers=[min(before)], on_error="ignore")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # the nanny starts another in its place
            now = set(client.scheduler_info()["workers"])
            if len(now) == 2 and now != before:
                break
            time.sleep(0.2)
        assert len(now) == 2 and now != before, now
        assert list(client.run(_collector).values()) == [(THRESHOLD, True)] * 2
    finally:
        engine.close()
    assert gc.get_threshold() != THRESHOLD  # the client's own is the test's
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:  # fmt: skip
        theirs = DaskEngine(Settings(scheduler=str(cluster.scheduler_address)))
        try:
            ((threshold, frozen),) = theirs.client.run(_collector).values()
        finally:
            theirs.close()
    assert threshold != THRESHOLD and not frozen


@pytest.mark.parametrize(
    "theirs",
    [{"distributed.worker.preload": "colorsys"},
     {"distributed.worker.preload": ["colorsys"], "distributed.worker.preload-argv": [[]]},
     {"distributed.worker.preload": ["colorsys"], "distributed.worker.preload-argv": []}],
)  # fmt: skip
def test_a_users_own_preload_is_kept_beside_crosschecks(theirs: dict[str, Any]) -> None:
    """A user's Dask configuration may name a preload of its own, as one name or a list,
    with one list of arguments for all or one for each: crosscheck's LocalCluster runs it
    and crosscheck's own (a name split into letters, or arguments one short, stopped the
    workers from starting)."""
    import dask

    from crosscheck.collector import THRESHOLD
    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine

    with dask.config.set(theirs):
        engine = DaskEngine(Settings(jobs=1, engine="dask"))
    try:
        assert list(engine.client.run(_collector).values()) == [(THRESHOLD, True)]
        assert all(engine.client.run(lambda: "colorsys" in sys.modules).values())
    finally:
        engine.close()


def test_workers_that_join_later_are_asked_too(caplog: pytest.LogCaptureFixture) -> None:
    """A cluster that grows during a run (an adaptive one): the workers that join are
    asked whether a stuck document can stop them before the next stage, and each worker
    is named once."""
    import logging

    from distributed import LocalCluster

    from crosscheck.config import Settings
    from crosscheck.dask_engine import DaskEngine

    caplog.set_level(logging.WARNING, logger="crosscheck")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster:  # fmt: skip
        engine = DaskEngine(Settings(scheduler=str(cluster.scheduler_address), time_budget=1))
        try:
            cluster.scale(2)
            engine.client.wait_for_workers(2, timeout=60)
            engine._check_budget()
            engine._check_budget()
        finally:
            engine.close()
    said = [r.getMessage() for r in caplog.records if "--time-budget" in r.getMessage()]
    assert [m.split(" workers run")[0] for m in said] == [
        "--time-budget on this Dask cluster: 1 of 1",  # threads of one process, no nanny
        "--time-budget on this Dask cluster: 1 of 1 new",
    ]


def _corpus(folder: Path) -> None:
    """A small corpus: the seeds (one story) and the test articles (Markdown, HTML, text,
    JSON Lines)."""
    shutil.copytree(ARTICLES, folder)
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder)


def test_a_file_whose_reading_kills_its_worker_is_skipped_and_the_rest_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dying_cluster: Any
) -> None:
    """The worker process reading one file dies (SIGKILL), and again on its batch's
    retry: that file is skipped with a one-line reason naming it, without killing a third
    worker, and every other article gives exactly the output it gives without that file."""
    monkeypatch.chdir(tmp_path)
    _corpus(tmp_path / "articles")
    _check("articles", "--out", "without", "-j", "1")
    shutil.copy(ARTICLES / "harbour_fire.md", tmp_path / "articles" / "dies.md")
    deaths = tmp_path / "deaths.txt"
    dying_cluster.register_plugin(KillWhileReading("dies.md", deaths))
    from crosscheck import dask_engine

    names: list[str] = []  # this run's marks (other tests run beside it make theirs)
    marked = dask_engine.DaskEngine._map_marked

    def named(self: Any, task: Any, marks: str, *args: Any) -> Any:
        names.append(marks)
        return marked(self, task, marks, *args)

    monkeypatch.setattr(dask_engine.DaskEngine, "_map_marked", named)
    address = dying_cluster.scheduler.address
    dask = ["--engine", "dask", "--scheduler", address]
    result = invoke("check", "articles", "--out", "with", *dask, "--fail-on", "never",
                    "--format", "json")  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if "dies.md" in x]
    assert lines == [
        "crosscheck: WARNING: skipped articles/dies.md: the Dask worker process reading or "
        "extracting it died 2 times (out of memory, a crash, or stuck past its time budget "
        "where it could not be interrupted; the workers' logs say which)"
    ]
    without = json.loads((tmp_path / "without" / "report.json").read_text(encoding="utf-8"))
    died = json.loads((tmp_path / "with" / "report.json").read_text(encoding="utf-8"))
    assert [s["path"] for s in died.pop("skipped")] == sorted(
        [s["path"] for s in without.pop("skipped")] + ["articles/dies.md"]
    )
    died["summary"]["skipped"] -= 1
    assert died == without
    assert len(without["documents"]) == 8 and without["groups"]
    assert len(deaths.read_text(encoding="utf-8").splitlines()) == 2
    assert names and not any((Path(tempfile.gettempdir()) / name).exists() for name in names)


@pytest.fixture
def marks_run(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, str, Path]]:
    """dask_engine._marked as a worker running one task at a time runs it: the function, a
    map's marks name (this test's own) and their folder (removed after the test)."""
    from crosscheck import dask_engine

    monkeypatch.setattr(dask_engine, "_one_at_a_time", lambda: True)
    marks = f"crosscheck-marks-test-{uuid4().hex}"
    folder = Path(tempfile.gettempdir()) / marks
    yield dask_engine._marked, marks, folder
    shutil.rmtree(folder, ignore_errors=True)


def test_an_item_that_ends_leaves_no_empty_marks_folder(marks_run: Any) -> None:
    """Each item's mark is there while it runs and gone when it ends, error or not, and the
    folder with it when no mark is left, so that a task still running after its map ended
    and removed the folder leaves nothing behind; a mark left by a worker that died
    running another item stays, and the folder with it."""
    from crosscheck import dask_engine

    marked, marks, folder = marks_run

    def task(items: list[int]) -> list[Any]:
        if items == [3]:
            raise ValueError("no reading")
        mark = (folder / str(items[0])).read_bytes()
        if items == [4]:  # its map ended early meanwhile (a task running is not cancelled)
            dask_engine._forget_marks(marks)
        return [mark]

    assert marked(task, marks, [1, 2], [1, 2]) == [b"x", b"x"]
    assert not folder.exists()
    with pytest.raises(ValueError, match="no reading"):
        marked(task, marks, [3], [3])
    assert not folder.exists()
    folder.mkdir()
    (folder / "7").write_bytes(b"x")  # item 7's worker died running it
    assert marked(task, marks, [1], [1]) == [b"x"]
    assert sorted(p.name for p in folder.iterdir()) == ["7"]
    assert (folder / "7").read_bytes() == b"x"
    shutil.rmtree(folder)
    assert marked(task, marks, [4, 1], [4, 1]) == [b"x", b"x"]
    assert not folder.exists()


def test_an_items_mark_is_left_when_another_item_removes_the_folder_meanwhile(
    marks_run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another worker's item that ends between this item's making the folder and leaving
    its mark removes the folder, empty: the mark is still left (the folder made again), so
    a death while running is still counted."""
    marked, marks, folder = marks_run
    mkdir, made = Path.mkdir, []

    def racing(self: Path, *args: Any, **kwargs: Any) -> None:
        mkdir(self, *args, **kwargs)
        if self == folder:  # (not another test's)
            made.append(self)
            if len(made) == 1:
                self.rmdir()  # the other item's end

    monkeypatch.setattr(Path, "mkdir", racing)
    assert marked(lambda items: [(folder / "5").read_bytes()], marks, [5], [5]) == [b"x"]
    assert made == [folder, folder] and not folder.exists()


def test_a_story_whose_judging_kills_its_workers_ends_the_run_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dying_cluster: Any
) -> None:
    """A story whose worker dies each time it is judged: exit 4 and one line naming the
    story's articles and what happened, no traceback and no report; the store keeps the
    run's extractions, so a re-run does not read and extract the articles again."""
    monkeypatch.chdir(tmp_path)
    _corpus(tmp_path / "articles")
    dying_cluster.register_plugin(KillWhileJudging("000_71db2a8b7660cb1e.txt"))
    address = dying_cluster.scheduler.address
    result = invoke("check", "articles", "--out", "out", "--engine", "dask", "--scheduler",
                    address, "--store", "store.db")  # fmt: skip
    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines()[-1] == (
        "crosscheck: error: a story of 2 articles (articles/000_71db2a8b7660cb1e.txt, "
        "articles/003_7f9d67f18c909fa1.txt) could not be judged: the Dask worker process "
        "judging it died 2 times (out of memory or a crash; the workers' logs say which); no "
        "report was written"
    )
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()
    said = _check("articles", "--out", "again", "-j", "1", "--store", "store.db").stderr
    again = json.loads((tmp_path / "again" / "report.json").read_text(encoding="utf-8"))
    assert "reused 8 of 8 readings" in said and again["groups"]


def test_the_time_budget_holds_on_dask_workers_as_it_does_locally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheduler: str
) -> None:
    """Tasks run in worker threads, where no alarm signal reaches: a file whose reading
    and a document whose segmenting run past --time-budget are skipped with the reasons
    the local engine gives, and the report files are the same byte for byte."""
    import time

    import crosscheck.segment
    from crosscheck import ingest

    monkeypatch.chdir(tmp_path)
    _corpus(tmp_path / "articles")
    (tmp_path / "articles" / "slow.txt").write_text("About 3,000 troops were sent.\n")

    def stuck(*args: object) -> object:
        while True:  # a pathological file or document
            time.sleep(0.01)

    real_segment = crosscheck.segment.segment

    def segment(doc: Any) -> Any:
        return stuck() if doc.id == "slow.txt" else real_segment(doc)

    monkeypatch.setattr(crosscheck.segment, "segment", segment)
    monkeypatch.setitem(ingest.READERS, ".html", stuck)
    budget = ["--time-budget", "0.5"]
    _check("articles", "--out", "local", "-j", "1", *budget)
    result = _check("articles", "--out", "dask", "--engine", "dask", "--scheduler", scheduler,
                    *budget)  # fmt: skip
    assert _files(tmp_path / "dask") == _files(tmp_path / "local")
    # this cluster's workers are threads of one process, which nothing starts again
    assert "crosscheck: WARNING: --time-budget on this Dask cluster: 2 of 2 workers" in (
        result.stderr
    )
    report = json.loads((tmp_path / "dask" / "report.json").read_text(encoding="utf-8"))
    reasons = {s["path"]: s["reason"] for s in report["skipped"]}
    assert reasons["articles/quake_page.html"] == "reading took longer than its time budget (0.5 s)"
    assert reasons["articles/slow.txt"].startswith("segmenting took longer than its time budget")


def test_after_a_story_killed_its_workers_a_rerun_judges_only_what_was_left(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dying_cluster: Any
) -> None:
    """Four ECB+ events, one story of which kills its workers: the run ends, and the store
    keeps the stories judged before it; a re-run with the local engine takes them from the
    store, judges the one left, and writes what a cold run writes, with --new-only too
    (the failed run reported nothing, so every article is still new)."""
    import re

    monkeypatch.chdir(tmp_path)
    events = [str(ecb_articles / e) for e in ("10ecb", "11ecb", "12ecb", "13ecb")]
    dying_cluster.register_plugin(KillWhileJudging("11_1ecb.md"))
    address = dying_cluster.scheduler.address
    result = invoke("check", *events, "--out", "out", "--engine", "dask", "--scheduler",
                    address, "--store", "store.db")  # fmt: skip
    assert result.exit_code == 4, result.output
    assert "11ecb/11_1ecb.md" in result.stderr.splitlines()[-1]
    again = _check(*events, "--out", "again", "-j", "1", "--store", "store.db", "--new-only",
                   "-v")  # fmt: skip
    judged = re.search(r"stories: (\d+) judged again, (\d+) from the store", again.stderr)
    assert judged is not None, again.stderr
    assert int(judged[1]) == 1 and int(judged[2]) >= 1
    _check(*events, "--out", "cold", "-j", "1")
    assert _files(tmp_path / "again") == _files(tmp_path / "cold")  # report.json too


@pytest.mark.parametrize("broken", BROKEN_LINES)
def test_dask_with_a_store_serves_no_record_of_a_file_whose_line_cannot_be_read(
    tmp_path: Path, scheduler: str, broken: str
) -> None:
    """The store's test of a JSONL line that became unreadable, on Dask: the workers' reading
    carries the file's 'not all read' (``unread``) back to the store, so r2's earlier text is
    not served in place of the bad line."""
    from crosscheck.config import Settings

    bad_line_serves_no_stored_record(tmp_path, broken, Settings(engine="dask", scheduler=scheduler))


@contextmanager
def _listener(reply: bytes | None) -> Iterator[str]:
    """A TCP server on 127.0.0.1 that is no Dask scheduler: each connection gets ``reply``
    (an HTTP server's answer) and is closed, or, for None, is held open in silence."""
    import contextlib
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:  # closed: the test is over
                return
            if reply is None:
                held.append(conn)
                continue
            conn.sendall(reply)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"tcp://127.0.0.1:{server.getsockname()[1]}"
    finally:
        with contextlib.suppress(OSError):  # wakes the accept() (close alone may not)
            server.shutdown(socket.SHUT_RDWR)
        server.close()
        for conn in held:
            conn.close()


@pytest.mark.parametrize("reply", [b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n", None])
def test_a_scheduler_address_where_no_dask_scheduler_answers_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reply: bytes | None
) -> None:
    # an HTTP server's reply was read as a frame's length: exit 4, "internal error:
    # MemoryError: Unable to allocate 3.07 EiB"; a listener that never answered held the
    # run for ever (Dask bounds the connecting, not its handshake)
    import threading

    from crosscheck import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1.0, raising=False)
    monkeypatch.setattr(dask_engine, "HANDSHAKE_TIMEOUT", 1.0, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The city has 500 people.\n", encoding="utf-8")
    with _listener(reply) as address:
        results: list[Any] = []
        run = threading.Thread(
            target=lambda: results.append(
                invoke("check", "a.txt", "--out", "out", "--engine", "dask", "--scheduler", address)
            ),
            daemon=True,  # a run that hangs is left behind, the test failed
        )
        run.start()
        run.join(20)  # the bounds are 2 s in all here
    assert results, "the run did not end"
    result = results[0]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"cannot reach the Dask scheduler at {address}" in lines[0]
    assert "internal error" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("address", ["not a url", "tcp://", "http://127.0.0.1:1"])
def test_a_scheduler_address_that_is_none_is_a_usage_error(tmp_path: Path, address: str) -> None:
    # Dask's ValueError ("missing port number", "unknown address scheme") was exit 4
    (tmp_path / "a.txt").write_text("The city has 500 people.\n", encoding="utf-8")
    result = invoke("check", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                    "--engine", "dask", "--scheduler", address)  # fmt: skip
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not a Dask scheduler's address" in lines[0], lines
    assert repr(address) in lines[0]


@pytest.mark.parametrize("address", ["", "  "])
def test_an_empty_scheduler_address_is_a_usage_error(tmp_path: Path, address: str) -> None:
    # `--scheduler "$UNSET"` in CI ran on a local cluster (and with --engine local) without
    # a word, where the configuration file's and Settings' empty scheduler are refused
    (tmp_path / "a.txt").write_text("The city has 500 people.\n", encoding="utf-8")
    for engine in ("dask", "local"):
        result = invoke("check", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                        "--engine", engine, "--scheduler", address)  # fmt: skip
        assert result.exit_code == 2, result.output
        assert "'--scheduler': an empty value; leave the option out for none" in result.stderr
    assert not (tmp_path / "out").exists()


def test_engine_local_on_the_command_line_sets_aside_the_files_scheduler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with a configuration file's cluster (engine dask, a scheduler) there was no way to
    # run locally once: --engine local was "scheduler needs engine = dask", and the empty
    # --scheduler that did it is a usage error now
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crosscheck.toml").write_text('engine = "dask"\nscheduler = "tcp://127.0.0.1:1"\n')
    (tmp_path / "a.txt").write_text("The city has 500 people.\n", encoding="utf-8")
    result = invoke("check", "a.txt", "--out", "out", "--engine", "local")
    assert result.exit_code == 0, result.output
    refused = invoke("check", "a.txt", "--out", "out", "--engine", "local",
                     "--scheduler", "tcp://127.0.0.1:1")  # fmt: skip
    assert refused.exit_code == 2 and "--scheduler needs --engine dask" in refused.stderr
    # a file whose scheduler has no engine of its own is wrong whatever the flag
    (tmp_path / "crosscheck.toml").write_text('engine = "local"\nscheduler = "tcp://127.0.0.1:1"\n')
    wrong = invoke("check", "a.txt", "--out", "out", "--engine", "local")
    assert wrong.exit_code == 2 and "scheduler needs engine" in wrong.stderr

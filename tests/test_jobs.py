"""Parallel extraction: the same output whatever --jobs is."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.pipeline import POOL_MIN_DOCS
from tests.conftest import ARTICLES, SEEDS, fresh_env, fresh_python, needs_fork


def test_output_identical_whatever_jobs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for k in range(POOL_MIN_DOCS // len(seeds) + 1):  # enough to use the process pool
        for seed in seeds:
            text = seed.read_text(encoding="utf-8").replace("3,500", f"3,{500 + k * 10}")
            (src / f"{k}_{seed.name}").write_text(text, encoding="utf-8")
    shutil.copy(ARTICLES / "harbour_fire.md", src)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = CliRunner().invoke(
            cli, ["check", str(src), "--out", str(out), "--jobs", jobs, "-q", "--fail-on", "never"]
        )
        assert result.exit_code == 0, result.output
        outs.append(out)
    for name in ("report.json", "report.html"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_more_jobs_than_the_open_file_limit_allows_runs_with_fewer_workers(
    tmp_path: Path,
) -> None:
    # --jobs 60 under `ulimit -n 100`: starting the 20-odd-th worker failed (too many open
    # files), an internal error, and the workers started waited for work forever
    import os
    import resource
    import subprocess
    import sys

    for k in range(max(POOL_MIN_DOCS, 40)):
        (tmp_path / f"a{k}.txt").write_text(f"Police said {k + 2} people were hurt on Monday.")

    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (100, 100))

    result = subprocess.run(
        [sys.executable, "-m", "crosscheck", "check", str(tmp_path), "--out",
         str(tmp_path / "out"), "--format", "json", "--jobs", "60", "--fail-on", "never", "-q"],
        capture_output=True, text=True, timeout=120, preexec_fn=low_limit,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "report.json").is_file()


def test_workers_started_are_bounded_by_the_open_file_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import resource

    from crosscheck.config import workers_to_start

    monkeypatch.setattr(resource, "getrlimit", lambda _which: (1024, 4096))
    assert workers_to_start(8) == 8
    assert workers_to_start(1024) == (1024 - 64) // 4
    assert workers_to_start(1024, files_each=16) == (1024 - 64) // 16
    monkeypatch.setattr(resource, "getrlimit", lambda _which: (resource.RLIM_INFINITY,) * 2)
    assert workers_to_start(1024) == 1024


def _ecb_events(ecb_articles: Path, folder: Path) -> Path:
    """Four ECB+ events (about 50 real articles, two of them earthquakes)."""
    for event in ("1ecb", "3ecb", "12ecb", "27ecb"):
        shutil.copytree(ecb_articles / event, folder / event)
    return folder


def _check(folder: Path, out: Path, jobs: int, *extra: str) -> tuple[bytes, str]:
    args = ["check", str(folder), "--out", str(out), "--format", "json", "--jobs", str(jobs),
            "--fail-on", "never", "-v", *extra]  # fmt: skip
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, done.output
    return (out / "report.json").read_bytes(), done.output


JUDGE = """
import os, sys
from pathlib import Path
from crosscheck import pipeline
from crosscheck.cli import main
worker, judged, argv = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
if not worker.endswith("alone"):
    pipeline.POOL_MIN_CLAIMS = 1
pipeline.BESIDE_MIN_DOCUMENTS = 10**9  # the story graph here
pipeline.usable_cores = lambda: 2
judge = pipeline.judge_story
parent = os.getpid()

def noted(part, *args):
    k = sorted(d.id for d in part.documents)[0]  # the story, by its first article
    with judged.open("a") as fh:
        fh.write(f"{k} {os.getpid()} {os.getpid() == parent}\\n")
    if worker == "dies" and os.getpid() != parent:
        os._exit(9)  # the first story a process is given kills it
    if worker.startswith("fails"):
        raise RuntimeError("a story the rules cannot judge")
    return judge(part, *args)

pipeline.judge_story = noted
main(argv)
"""


def _judged(tmp_path: Path, folder: Path, worker: str, name: str) -> tuple[Any, list[str]]:
    """A run of the four events with --jobs 2 and a store, in a process of its own (see
    conftest.fresh_python); where each story was judged."""
    judged = tmp_path / f"judged-{name}"
    done = fresh_python(JUDGE, worker, str(judged), "check", str(folder), "--out",
                        str(tmp_path / name), "--format", "json", "--jobs", "2",
                        "--fail-on", "never", "--store", str(tmp_path / f"{name}.db"))  # fmt: skip
    lines = judged.read_text().splitlines() if judged.exists() else []
    return done, lines


@pytest.fixture(scope="module")
def judged_in_turn(
    ecb_articles: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, bytes, list[str], list[list[str]]]:
    """The four events judged in turn with a store: the folder the runs of this module
    share (the store's path is in report.json), the articles, report.json, the store's
    matcher rows and where each story was judged."""
    import sqlite3

    root = tmp_path_factory.mktemp("judged")
    folder = _ecb_events(ecb_articles, root / "in")
    done, lines = _judged(root, folder, "alone", "one")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(root / "one.db") as con:
        rows = sorted(r[0] for r in con.execute("SELECT parts FROM subject_parts"))
    return root, folder, (root / "one" / "report.json").read_bytes(), rows, \
        [line.split() for line in lines]  # fmt: skip


@needs_fork
@pytest.mark.parametrize("worker", ["judges", "dies"])
def test_stories_judged_by_forked_processes_give_the_same_report_and_store(
    judged_in_turn: tuple[Path, Path, bytes, list[str], list[list[str]]], worker: str
) -> None:
    """With --jobs 2 the stories are judged by two forked processes, the largest first:
    report.json is byte for byte that of the stories judged in turn, and the store keeps
    the same matcher's rows. A process that dies (as killed by the kernel) leaves its
    stories to be judged here, with the same report."""
    import sqlite3

    root, folder, report, rows, in_turn = judged_in_turn
    name = f"two-{worker}"
    done, lines = _judged(root, folder, worker, name)
    assert done.returncode == 0, done.stderr
    assert (root / name / "report.json").read_bytes().replace(name.encode(), b"one") == report
    with sqlite3.connect(root / f"{name}.db") as con:
        assert sorted(r[0] for r in con.execute("SELECT parts FROM subject_parts")) == rows
    assert len(rows) > 40
    stories = {k for k, _pid, _here in in_turn}
    assert len(stories) >= 4 and all(here == "True" for _k, _pid, here in in_turn)
    where = [line.split() for line in lines]
    here = {k for k, _pid, at_home in where if at_home == "True"}
    forked = {pid for _k, pid, at_home in where if at_home == "False"}
    if worker == "judges":  # every story judged once, by two forked processes
        assert len(where) == len(stories) and not here and len(forked) == 2
    else:  # the processes died on their first story: every story judged here
        assert here == stories and len(forked) >= 1


@needs_fork
def test_a_story_that_fails_in_a_forked_process_fails_the_run_as_here(
    ecb_articles: Path, tmp_path: Path
) -> None:
    """An error judging a story in a forked process ends the run with the internal error's
    exit code and message that judging in turn gives: the story is judged again here,
    where it fails as it does in turn (an error that does not pickle, or a traceback from
    another process, would say otherwise)."""
    folder = _ecb_events(ecb_articles, tmp_path / "in")
    said = []
    for mode, name in (("fails-alone", "one"), ("fails", "two")):
        done, lines = _judged(tmp_path, folder, mode, name)
        assert done.returncode == 4, done.stderr
        said.append(done.stderr.replace(str(tmp_path / "two"), str(tmp_path / "one")))
        at = [here for _k, _pid, here in (line.split() for line in lines)]
        if name == "one":
            assert at == ["True"]  # the first story, judged in turn, fails the run
        else:  # failed in a forked process, then judged again here, where it fails
            assert "False" in at and at.count("True") == 1
    assert said[0] == said[1]
    assert "RuntimeError: a story the rules cannot judge" in said[1]


ORPHANS = """
import os, sys, time
from pathlib import Path
from crosscheck import pipeline
from crosscheck.cli import main
kind, pids, argv = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
pipeline.usable_cores = lambda: 2
parent = os.getpid()

def stuck(*args):
    if os.getpid() != parent:  # a forked process: noted, then working for ever
        with pids.open("a") as fh:
            fh.write(f"{os.getpid()}\\n")
        time.sleep(600)
    return found(*args)

if kind == "judging":
    pipeline.POOL_MIN_CLAIMS = 1
    pipeline.BESIDE_MIN_DOCUMENTS = 10**9
    found = pipeline.judge_story
    pipeline.judge_story = stuck
elif kind == "extraction":
    import crosscheck.segment as segment
    found = segment.segment
    segment.segment = stuck
else:
    import crosscheck.match.cluster as cluster
    pipeline.BESIDE_MIN_DOCUMENTS = 1
    found = cluster.story_components
    cluster.story_components = stuck
main(argv)
"""


@needs_fork
@pytest.mark.skipif(__import__("sys").platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize("kind", ["judging", "story graph", "extraction"])
def test_a_run_killed_leaves_no_forked_process_working(
    ecb_articles: Path, tmp_path: Path, kind: str
) -> None:
    """A run killed by SIGKILL (a CI job's timeout, the kernel out of memory) while forked
    processes extract its articles, judge its stories or find its story graph: they end
    with it, not left working (or waiting for work) for nothing."""
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = _ecb_events(ecb_articles, tmp_path / "in")
    pids = tmp_path / "pids"
    run = subprocess.Popen(
        [sys.executable, "-c", ORPHANS, kind, str(pids), "check", str(folder), "--out",
         str(tmp_path / "out"), "--format", "json", "--jobs", "2", "-q"],
        env=fresh_env(), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not (pids.exists() and pids.read_text().strip()) and time.monotonic() < deadline:
            assert run.poll() is None, "the run ended before forking"
            time.sleep(0.1)
        children = [int(p) for p in pids.read_text().split()]
        assert children
        run.send_signal(signal.SIGKILL)
        run.wait(30)
        deadline = time.monotonic() + 10
        alive = children
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [p for p in children if _running(p)]
        assert alive == []
    finally:
        if run.poll() is None:
            run.kill()
        for pid in pids.read_text().split() if pids.exists() else []:
            if _running(int(pid)):  # (a failed test leaves none working either)
                os.kill(int(pid), signal.SIGKILL)


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


FORK_SERVER = """
import multiprocessing, sys
multiprocessing.set_start_method("forkserver", force=True)
from crosscheck import pipeline
from crosscheck.cli import main
pipeline.can_fork = lambda: False  # as with another thread running, or on macOS
main(sys.argv[1:])
"""


@pytest.mark.skipif(
    "forkserver" not in __import__("multiprocessing").get_all_start_methods(),
    reason="no fork server on this platform",
)
def test_extraction_workers_a_fork_server_starts_extract(
    ecb_articles: Path, tmp_path: Path
) -> None:
    """Where the run may not fork, its extraction workers are started as the platform
    starts them; under a fork server (Linux's default from Python 3.14) the server is
    their parent, so they are not tied to the run by a parent check, which would end
    every one of them: the articles are extracted."""
    import json

    folder = _ecb_events(ecb_articles, tmp_path / "in")
    assert len(list(folder.rglob("*.*"))) >= POOL_MIN_DOCS  # the pool is used
    done = fresh_python(FORK_SERVER, "check", str(folder), "--out", str(tmp_path / "out"),
                        "--format", "json", "--jobs", "2", "--fail-on", "never", "-q")  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["claims"] > 100 and not report["skipped"]


DIES = """
import os, signal, sys
from pathlib import Path
from crosscheck import pipeline, segment
from crosscheck.cli import main
victim, deaths, times, argv = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
real_segment, real_extract = segment.segment, pipeline._extract_one
parent = os.getpid()

def dies(doc):
    # in a worker, for the article ``victim``, up to ``times`` times in all
    died = len(deaths.read_text().splitlines()) if deaths.exists() else 0
    return Path(doc.path).name == victim and os.getpid() != parent and died < int(times[0])

def die():  # SIGKILL, as the kernel out of memory does
    with deaths.open("a") as fh:
        fh.write(f"{os.getpid()}\\n")
    os.kill(os.getpid(), signal.SIGKILL)

def dying(doc):  # while segmenting it
    if dies(doc):
        die()
    return real_segment(doc)

class Dying:  # while its results are sent to the run
    def __reduce__(self):
        die()

def sending(doc):
    return [*real_extract(doc), Dying()] if dies(doc) else real_extract(doc)

if times.endswith("sending"):
    pipeline._extract_one = sending
else:
    segment.segment = dying
main(argv)
"""


@needs_fork
@pytest.mark.parametrize("times", ["1", "2", "1 sending"])
def test_an_article_whose_extraction_kills_its_process_is_retried_then_skipped(
    ecb_articles: Path, tmp_path: Path, times: str
) -> None:
    """The process extracting one article dies (SIGKILL) with others in the pool's hands:
    that article is extracted again alone, the rest in a new pool. An article whose
    process dies once is kept; one whose process dies again, alone, is skipped with a
    one-line reason naming it, and every other article gives the output of a run without
    it, not an internal error. A process that dies sending an article's results (done
    extracting it) does not make it a suspect: it is extracted again with the rest."""
    import json

    folder = _ecb_events(ecb_articles, tmp_path / "in")
    assert len(list(folder.rglob("*.*"))) >= POOL_MIN_DOCS  # the pool is used
    first = sorted(folder.rglob("*.*"))[0]
    if times == "2":  # the same output as a run without it
        _check(folder, tmp_path / "without", 1)
    victim = folder / "12ecb" / "dies.txt"
    shutil.copy(first, victim)
    if times != "2":  # the same output as a run with it
        _check(folder, tmp_path / "without", 1)
    deaths = tmp_path / "deaths"
    done = fresh_python(DIES, victim.name, str(deaths), times, "check", str(folder),
                        "--out", str(tmp_path / "out"), "--format", "json", "--jobs", "2",
                        "--fail-on", "never", "-vv")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(deaths.read_text().splitlines()) == int(times[0])
    named = [line for line in done.stderr.splitlines() if "dies.txt" in line]
    without = json.loads((tmp_path / "without" / "report.json").read_text(encoding="utf-8"))
    got = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    if times == "2":
        assert named == [
            f"crosscheck: DEBUG: an extraction process died holding {victim}; extracted "
            "again alone",
            f"crosscheck: WARNING: skipped {victim}: the process extracting it died 2 times, "
            "the second time extracting it alone (out of memory, or a crash)",
        ]
        assert [s["path"] for s in got.pop("skipped")] == [str(victim)]
        got["summary"]["skipped"] -= 1
    else:
        assert got.pop("skipped") == []
        assert named == ([] if times == "1 sending" else [
            f"crosscheck: DEBUG: an extraction process died holding {victim}; extracted "
            "again alone"])  # fmt: skip
    assert without.pop("skipped") == []
    assert got == without
    assert len(without["documents"]) >= POOL_MIN_DOCS and without["findings"]


NO_WORKER = """
import os, sys
from pathlib import Path
from crosscheck import pipeline
from crosscheck.cli import main
deaths, pools, argv = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
ends_with_parent = pipeline.ends_with_parent
in_pool = pipeline._in_pool
started = [0]

def counted(*args, **kwargs):  # the pools started so far (their workers, forked, know)
    started[0] += 1
    return in_pool(*args, **kwargs)

def dying(parent):  # the workers of the first ``pools`` pools die as they start
    if started[0] <= pools:
        with deaths.open("a") as fh:
            fh.write(f"{started[0]} {os.getpid()}\\n")
        os._exit(9)
    ends_with_parent(parent)

pipeline._in_pool = counted
pipeline.ends_with_parent = dying
main(argv)
"""


@needs_fork
@pytest.mark.parametrize("pools", [1, 1000])
def test_extraction_processes_that_die_before_any_article(
    ecb_articles: Path, tmp_path: Path, pools: int
) -> None:
    """Extraction processes that die holding no article (here as each starts) are not
    blamed on an article. A pool whose workers died so is started again, and the run's
    report is the one it writes without deaths; a second pool in a row that breaks
    without an article extracted ends the run with exit 4 and one line, no report. (The
    workers of the first pool die, however many of them started before it broke: the
    first two workers started could be one of each pool, under load.)"""
    import json

    folder = _ecb_events(ecb_articles, tmp_path / "in")
    deaths = tmp_path / "deaths"
    done = fresh_python(NO_WORKER, str(deaths), str(pools), "check", str(folder), "--out",
                        str(tmp_path / "out"), "--jobs", "2", "--format", "json",
                        "--fail-on", "never", "-q")  # fmt: skip
    if pools == 1:
        assert done.returncode == 0, done.stderr
        _check(folder, tmp_path / "without", 1)
        got, without = (json.loads((tmp_path / name / "report.json").read_text(encoding="utf-8"))
                        for name in ("out", "without"))  # fmt: skip
        assert got == without and without["documents"]
        died = [line.split()[0] for line in deaths.read_text().splitlines()]
        assert died and set(died) == {"1"}  # the first pool's, one or two
        return
    assert done.returncode == 4, done.stderr
    assert done.stderr.splitlines() == [
        "crosscheck: error: extracting claims failed: the extraction processes died 2 times "
        "in a row without extracting an article (out of memory, or a crash); no report was "
        "written"
    ]
    assert not (tmp_path / "out").exists()


def test_a_library_callers_threads_are_never_forked_with(tmp_path: Path) -> None:
    """can_fork refuses a fork while another thread runs (the copy keeps that thread's
    locks held, for ever); the extraction's processes were then started 'as the platform
    starts them', which on Linux before Python 3.14 is a fork all the same: a web server's
    or a notebook's threads running, check(jobs=2) forked. It extracts in the calling
    process now (a fork server or spawn would import the calling program again: a
    threaded script with no main guard started again in each), with the same result."""
    import multiprocessing
    import threading
    from concurrent import futures

    import crosscheck
    from crosscheck.config import Settings

    for k in range(max(POOL_MIN_DOCS, 40)):
        (tmp_path / f"a{k}.txt").write_text(f"Police said {k + 2} people were hurt on Monday.")
    alone = crosscheck.check([tmp_path], Settings(jobs=1, fail_on="never"))
    methods: list[str] = []
    pool = futures.ProcessPoolExecutor

    def spy(*args: Any, **kwargs: Any) -> Any:
        methods.append(kwargs["mp_context"].get_start_method())
        return pool(*args, **kwargs)

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(futures, "ProcessPoolExecutor", spy)
            both = crosscheck.check([tmp_path], Settings(jobs=2, fail_on="never"))
    finally:
        stop.set()
        other.join()
    assert methods == [] if multiprocessing.get_all_start_methods()[0] == "fork" else methods
    assert "fork" not in methods
    assert [f.id for f in both.findings] == [f.id for f in alone.findings]
    assert len(both.documents) == len(alone.documents) >= POOL_MIN_DOCS

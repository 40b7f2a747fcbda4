"""The story graph found in a forked process while the copies are found (crosscheck.beside,
--jobs 2 or more from BESIDE_MIN_DOCUMENTS articles): the same report as found in turn,
whether the child answers, fails or dies."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from crosscheck import beside, pipeline
from crosscheck.beside import Beside
from crosscheck.cli import cli

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@needs_fork
def test_a_child_answers_or_says_it_could_not() -> None:
    started = Beside.start("sums", sum, [1, 2, 3])
    assert started is not None
    assert started.result() == (True, 6)
    assert started.process.exitcode == 0
    failed = Beside.start("a division", divmod, 1, 0)  # ZeroDivisionError in the child
    assert failed is not None
    assert failed.result() == (False, None)
    started.stop()  # twice: nothing left to end


@needs_fork
def test_no_child_while_another_thread_runs() -> None:
    """A fork copies only the thread that forks: with another running, computed here."""
    go = threading.Event()
    other = threading.Thread(target=go.wait)
    other.start()
    try:
        assert Beside.start("sums", sum, [1, 2, 3]) is None
    finally:
        go.set()
        other.join()
    assert Beside.start("sums", sum, [1]) is not None


def _report(folder: Path, out: Path, jobs: int) -> bytes:
    done = CliRunner().invoke(cli, ["check", str(folder), "--out", str(out), "--format", "json",
                                    "--jobs", str(jobs), "-q", "--fail-on", "never"])  # fmt: skip
    assert done.exit_code == 0, done.output
    return (out / "report.json").read_bytes()


@needs_fork
@pytest.mark.parametrize("child", ["answers", "dies", "fails"])
def test_stories_found_beside_the_copies_give_the_same_report(
    ecb_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child: str
) -> None:
    """Four ECB+ events (about 50 real articles, two of them earthquakes): --jobs 2 with
    the story graph found in a child gives report.json byte for byte as --jobs 1; a child
    killed (as by the kernel's OOM killer) or failing leaves the graph to be found here."""
    folder = tmp_path / "in"
    for event in ("1ecb", "3ecb", "12ecb", "27ecb"):
        shutil.copytree(ecb_articles / event, folder / event)
    alone = _report(folder, tmp_path / "alone", 1)
    monkeypatch.setattr(pipeline, "BESIDE_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(pipeline, "usable_cores", lambda: 2)  # threads > 1 on one core too
    answers: list[tuple[bool, Any]] = []
    result = Beside.result

    def noted(self: Beside[Any]) -> tuple[bool, Any]:
        answers.append(result(self))
        return answers[-1]

    monkeypatch.setattr(Beside, "result", noted)
    if child == "dies":
        monkeypatch.setattr(beside, "_child", lambda *args: os._exit(9))
    elif child == "fails":
        import crosscheck.match.cluster as cluster

        def broken(*args: Any) -> Any:
            if os.getpid() != parent:  # in the child only: here it works
                raise MemoryError
            return found(*args)

        parent, found = os.getpid(), cluster.story_components
        monkeypatch.setattr(cluster, "story_components", broken)
    assert _report(folder, tmp_path / "beside", 2) == alone
    assert len(answers) == 1
    done, stories = answers[0]
    assert done is (child == "answers")
    assert (stories is not None) is done
    if done:
        assert len(set(stories.values())) >= 4  # the four events' stories, at least

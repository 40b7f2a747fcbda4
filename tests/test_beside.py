"""The story graph found in a forked process while the copies are found (crosscheck.beside,
--jobs 2 or more from BESIDE_MIN_DOCUMENTS articles): the same report as found in turn,
whether the child answers, fails or dies. Each case runs in a process of its own
(conftest.fresh_python): crosscheck does not fork beside threads, and a test process holds
those other tests left."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import fresh_python, needs_fork

UNITS = """
import threading
from crosscheck.beside import Beside, can_fork
assert can_fork()
started = Beside.start("sums", sum, [1, 2, 3])
assert started.result() == (True, 6), "answer"
assert started.process.exitcode == 0, started.process.exitcode
failed = Beside.start("a division", divmod, 1, 0)  # ZeroDivisionError in the child
assert failed.result() == (False, None), "failure"
started.stop()  # twice: nothing left to end
go = threading.Event()
other = threading.Thread(target=go.wait)
other.start()
assert not can_fork() and Beside.start("sums", sum, [1]) is None, "a thread runs"
go.set()
other.join()
assert Beside.start("sums", sum, [1]).result() == (True, 1)
thread = Beside.thread("sums", sum, [4, 5])
assert thread.result() == (True, 9)
broken = Beside.thread("a division", divmod, 1, 0)
try:
    broken.result()
except ZeroDivisionError:
    pass
else:
    raise AssertionError("a thread's error is raised where its answer is asked for")
"""


@needs_fork
def test_a_child_answers_or_says_it_could_not() -> None:
    """A child's answer, a child's failure (computed again by the caller), none started
    while another thread runs (a fork copies only the thread that forks); a thread's
    answer, and its error raised where the answer is asked for."""
    done = fresh_python(UNITS)
    assert done.returncode == 0, done.stderr


RUN = """
import json, os, sys
from pathlib import Path
from crosscheck import beside, pipeline
from crosscheck.beside import _Forked
from crosscheck.cli import main
child, answers, argv = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
if child != "alone":
    pipeline.BESIDE_MIN_DOCUMENTS = 1
pipeline.usable_cores = lambda: 2  # threads > 1 on one core too
pipeline.POOL_MIN_CLAIMS = 10**9  # the stories judged here
result = _Forked.result

def noted(self):
    answer = result(self)
    answers.write_text(json.dumps([answer[0], len(set((answer[1] or {}).values()))]))
    return answer

_Forked.result = noted
if child == "dies":
    beside._child = lambda *args: os._exit(9)
elif child == "fails":
    import crosscheck.match.cluster as cluster
    parent, found = os.getpid(), cluster.story_components

    def broken(*args):
        if os.getpid() != parent:  # in the child only: here it works
            raise MemoryError
        return found(*args)

    cluster.story_components = broken
main(argv)
"""


def _beside(mode: str, folder: Path, out: Path, answers: Path) -> bytes:
    done = fresh_python(RUN, mode, str(answers), "check", str(folder), "--out", str(out),
                        "--format", "json", "--jobs", "2", "-q", "--fail-on", "never")  # fmt: skip
    assert done.returncode == 0, done.stderr
    return (out / "report.json").read_bytes()


@pytest.fixture(scope="module")
def four_events(ecb_articles: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """Four ECB+ events (about 60 real articles, two of them earthquakes), and their
    report.json with the story graph found in turn."""
    root = tmp_path_factory.mktemp("four")
    folder = root / "in"
    for event in ("1ecb", "3ecb", "12ecb", "27ecb"):
        shutil.copytree(ecb_articles / event, folder / event)
    return folder, _beside("alone", folder, root / "alone", root / "answers")


@needs_fork
@pytest.mark.parametrize("child", ["answers", "dies", "fails"])
def test_stories_found_beside_the_copies_give_the_same_report(
    four_events: tuple[Path, bytes], tmp_path: Path, child: str
) -> None:
    """--jobs 2 with the story graph found in a child gives report.json byte for byte as
    found in turn; a child killed (as by the kernel's OOM killer) or failing leaves the
    graph to be found here."""
    folder, alone = four_events
    assert _beside(child, folder, tmp_path / "beside", tmp_path / "answers") == alone
    done_beside, stories = json.loads((tmp_path / "answers").read_text())
    assert done_beside is (child == "answers")
    assert (stories >= 4) is done_beside  # the four events' stories, at least


WATCHDOG = """
import threading
import crosscheck
from crosscheck.beside import can_fork
from tests.conftest import SEEDS
assert can_fork()
checked = threading.Thread(target=crosscheck.check, args=([SEEDS],))  # budget: a watchdog
checked.start()
checked.join()
assert [t.name for t in threading.enumerate()] == ["MainThread", "crosscheck-budget"]
assert can_fork(), "the watchdog's thread"
"""


@needs_fork
def test_the_budgets_watchdog_leaves_later_runs_their_forks() -> None:
    """A check() outside the main thread (a web server's request) starts the time budget's
    watchdog thread, which lives as long as the process: every later run, in any thread,
    counted it as another thread and never forked (no story graph beside the run, the
    extraction's processes started the slow way). A forked child makes a watchdog of its
    own: the watchdog holds no fork back."""
    done = fresh_python(WATCHDOG)
    assert done.returncode == 0, done.stderr

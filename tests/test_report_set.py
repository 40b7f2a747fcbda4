"""The report files of one run change as one set (crosscheck.atomic.staging): every file
is written to its temporary first (the story pages to their fresh folder), then all are
renamed in place in one short step, report.json last. A run that fails or is interrupted
before that step leaves the earlier run's report.json, report.html and story pages as
they were, and no temporary. Nothing here is timed: a failure is made where it is wanted
by replacing a writer."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

import crosscheck
from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from crosscheck.model import RunResult
from crosscheck.report import FOLDER, MANIFEST, outputs, pages
from crosscheck.report.outputs import write_files
from tests.conftest import SEEDS, invoke
from tests.large_run import replicate

ALL = ["html", "json", "sarif", "junit"]


@pytest.fixture(scope="module")
def base() -> RunResult:
    return crosscheck.check([SEEDS], Settings(jobs=1))  # absolute paths: any folder


@pytest.fixture(scope="module")
def other(base: RunResult) -> RunResult:
    """Another run into the same folder, whose every report differs from base's."""
    assert len(base.findings) > 1
    return dataclasses.replace(base, findings=base.findings[:1])


def files(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its path there, with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def temporaries(folder: Path) -> list[str]:
    """What a run left beside its reports (their temporaries' names start with a dot),
    but for the record of the files written."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name != MANIFEST)


def full_disk(*args: object) -> list[Path]:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failure", [full_disk, KeyboardInterrupt])
def test_a_run_that_fails_on_its_third_file_leaves_the_earlier_set(
    base: RunResult,
    other: RunResult,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: object,
) -> None:
    """html, json and sarif in that order, the SARIF writer failing (a full disk, Ctrl-C):
    report.html and report.json were already renamed in place, the new page beside the
    earlier run's SARIF file (and, with a failing json, the new page beside the old
    report.json). Now both are the earlier run's, byte for byte, nothing temporary is
    left, and the earlier SARIF and JUnit files, which said how that run ended, are gone.
    The next run that succeeds replaces them all."""
    out = tmp_path / "out"
    crosscheck.write_reports(base, out, ALL, fail_on="warning")
    before = files(out)

    def broken(*args: object) -> list[Path]:
        if failure is KeyboardInterrupt:
            raise KeyboardInterrupt
        return full_disk()

    with monkeypatch.context() as mp:
        mp.setitem(outputs._WRITERS, "sarif", broken)
        with pytest.raises(ConfigError if failure is full_disk else KeyboardInterrupt):
            crosscheck.write_reports(other, out, ALL, fail_on="warning")
    after = files(out)
    for name in ("report.html", "report.json"):
        assert after[name] == before[name], name
    assert "report.sarif" not in after and "report.junit.xml" not in after
    assert temporaries(out) == []

    written = crosscheck.write_reports(other, out, ALL, fail_on="warning")
    assert [p.name for p in written] == ["report.html", "report.json", "report.sarif",
                                         "report.junit.xml"]  # fmt: skip
    now = files(out)
    for name in ("report.html", "report.json", "report.sarif", "report.junit.xml"):
        assert now[name] != before[name], name
    assert temporaries(out) == []


def test_report_json_is_put_in_place_last_and_the_pages_before_their_index(
    base: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The renames come after every file is written, report.json the last of them: a
    reader that finds the new report.json finds the run's other files in place."""
    large = replicate(base, 2 + pages.SINGLE_FILE_MAX_DOCS // len(base.documents))
    real = os.replace
    renamed: list[str] = []
    written: list[str] = []

    def replace(src: str, dst: str) -> None:
        renamed.append(Path(dst).name)
        written.append("rename")
        real(src, dst)

    real_sarif = outputs._WRITERS["sarif"]

    def sarif(*args: object) -> list[Path]:
        written.append("sarif written")
        return real_sarif(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setitem(outputs._WRITERS, "sarif", sarif)
    write_files(large, ["json", "sarif", "html", "junit"], tmp_path, "warning", set())
    renamed.remove(MANIFEST)  # the record of what was written, once all are in place
    assert renamed[-1] == "report.json"
    assert renamed.index(FOLDER) < renamed.index("report.html")
    assert written.index("sarif written") < written.index("rename")  # all written first


def test_the_story_pages_of_a_large_report_are_part_of_the_set(
    base: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large report (report.html, report-files/) and report.json, the JSON failing to
    be written after the pages: the new story pages had been swapped in beside the old
    report.json. Now the pages, the index and report.json are the earlier run's, and no
    fresh pages' folder is left."""
    large = replicate(base, 2 + pages.SINGLE_FILE_MAX_DOCS // len(base.documents))
    docs = list(large.documents)
    docs[0] = dataclasses.replace(docs[0], title="A TITLE OF THE SECOND RUN")
    second = dataclasses.replace(large, documents=docs)
    write_files(large, ["html", "json"], tmp_path, "info", set())
    before = files(tmp_path)
    assert any(name.startswith(FOLDER + os.sep) for name in before)
    monkeypatch.setattr(outputs, "write_report", full_disk)
    with pytest.raises(ConfigError, match="cannot write the json report"):
        write_files(second, ["html", "json"], tmp_path, "info", set())
    assert files(tmp_path) == before
    assert temporaries(tmp_path) == []
    monkeypatch.undo()
    write_files(second, ["html", "json"], tmp_path, "info", set())
    assert b"A TITLE OF THE SECOND RUN" in b"".join(
        data for name, data in files(tmp_path).items() if name.startswith(FOLDER + os.sep)
    )


def test_a_standard_output_that_fails_puts_no_file_in_place(
    base: RunResult, other: RunResult, tmp_path: Path
) -> None:
    """With a SARIF file, the text on stdout comes once the files are written and before
    they are put in place: when it cannot be written, the earlier report.json and
    report.html stay (they were replaced before the text was tried), and the earlier
    SARIF file goes. Without one the text comes after, as before."""
    write_files(base, ["html", "json", "sarif"], tmp_path, "warning", set())
    before = files(tmp_path)

    def text() -> None:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    with pytest.raises(BrokenPipeError):
        write_files(other, ["html", "json", "sarif", "text"], tmp_path, "warning", set(),
                    between=text)  # fmt: skip
    del before["report.sarif"], before[MANIFEST]  # (the record says it is gone)
    assert {k: v for k, v in files(tmp_path).items() if k != MANIFEST} == before
    assert temporaries(tmp_path) == []
    with pytest.raises(BrokenPipeError):
        write_files(other, ["html", "json", "text"], tmp_path, "warning", set(), between=text)
    assert files(tmp_path)["report.json"] != before["report.json"]


def test_an_earlier_report_of_another_format_goes_only_once_the_new_set_is_in_place(
    base: RunResult, other: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An earlier run's report.html, which a run of --format json removes: a run whose
    report.json cannot be written removed it first, leaving neither report."""
    write_files(base, ["html", "json"], tmp_path, "warning", set())
    before = files(tmp_path)
    with monkeypatch.context() as mp:
        mp.setattr(outputs, "write_report", full_disk)
        with pytest.raises(ConfigError):
            write_files(other, ["json"], tmp_path, "warning", set())
    assert files(tmp_path) == before
    write_files(other, ["json"], tmp_path, "warning", set())
    assert not (tmp_path / "report.html").exists()


def test_write_reports_refuses_a_folder_named_dash(
    base: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'-' is no folder for the report files, as `check --out -` says: the library made a
    folder named '-' in the working folder. A folder of that name is given by its path."""
    monkeypatch.chdir(tmp_path)
    for dash in ("-", Path("-"), b"-"):
        with pytest.raises(ConfigError, match="out_dir '-' is no folder"):
            crosscheck.write_reports(base, dash, ["json"], fail_on="error")  # type: ignore[arg-type]
    assert not (tmp_path / "-").exists()
    crosscheck.write_reports(base, tmp_path / "-", ["json"], fail_on="error")
    assert (tmp_path / "-" / "report.json").is_file()


def test_a_small_run_removes_the_pages_of_a_large_one_only_once_in_place(
    base: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small run after a large one into the same folder removed report-files/ with its
    page, before the report.json that then failed: the earlier index led to nothing."""
    large = replicate(base, 2 + pages.SINGLE_FILE_MAX_DOCS // len(base.documents))
    write_files(large, ["html", "json"], tmp_path, "info", set())
    before = files(tmp_path)
    with monkeypatch.context() as mp:
        mp.setattr(outputs, "write_report", full_disk)
        with pytest.raises(ConfigError):
            write_files(base, ["html", "json"], tmp_path, "info", set())
    assert files(tmp_path) == before
    write_files(base, ["html", "json"], tmp_path, "info", set())
    assert not (tmp_path / FOLDER).exists()


def test_an_earlier_outcome_file_is_gone_whatever_fails_after_the_renames(
    base: RunResult, other: RunResult, tmp_path: Path
) -> None:
    """An earlier `--format html,json,sarif,junit` run, then a `--format text,html,json`
    run whose standard output fails once its files are in place (`>&-`, `| head`): the
    earlier SARIF and JUnit files, which said how that run ended, were left beside the new
    report.json (their removal came after the text). So was an earlier report.html beside
    a `--format text,json` run's report.json."""

    def text() -> None:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    write_files(base, ALL, tmp_path, "warning", set())
    with pytest.raises(BrokenPipeError):
        write_files(other, ["text", "html", "json"], tmp_path, "warning", set(), between=text)
    assert not (tmp_path / "report.sarif").exists()
    assert not (tmp_path / "report.junit.xml").exists()
    json_now = (tmp_path / "report.json").read_bytes()
    with pytest.raises(BrokenPipeError):
        write_files(base, ["text", "json"], tmp_path, "warning", set(), between=text)
    assert (tmp_path / "report.json").read_bytes() != json_now  # the new one in place
    assert not (tmp_path / "report.html").exists()
    assert temporaries(tmp_path) == []


def test_the_earlier_outcome_files_are_gone_before_the_first_file_is_written(
    base: RunResult, other: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a run killed while it writes (SIGKILL, a cancelled CI job, the OOM killer)
    leaves is what is on disk while it writes: the earlier run's SARIF and JUnit files,
    which said that run passed, were removed only when a failure was caught. They are gone
    before the first file is written, as they were before the reports were written as one
    set; those of a format this run does not write too (when crosscheck wrote them)."""
    seen: list[set[str]] = []
    real_html, real_json = outputs.write_html, outputs.write_report

    def html(*args: object, **kwargs: object) -> list[Path]:
        seen.append({p.name for p in tmp_path.iterdir()})
        return real_html(*args, **kwargs)  # type: ignore[arg-type]

    def json_report(*args: object, **kwargs: object) -> Path:
        seen.append({p.name for p in tmp_path.iterdir()})
        return real_json(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs, "write_html", html)
    monkeypatch.setattr(outputs, "write_report", json_report)
    for formats in (ALL, ["html", "json"]):
        write_files(base, ALL, tmp_path, "warning", set())
        seen.clear()
        write_files(other, formats, tmp_path, "warning", set())
        assert seen and all("report.sarif" not in s and "report.junit.xml" not in s for s in seen)
        assert {"report.html", "report.json"} <= seen[0]  # the earlier set, else untouched


class Kills:
    """os.kill of this process with SIGTERM, kept rather than sent (the test's own process
    would end), with the handler SIGTERM had then: the default, for the signal to end the
    process as it does anywhere else in the run. The program then exits 143 (cli._killed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.handlers: list[object] = []
        real = os.kill

        def kill(pid: int, signum: int) -> None:
            if pid == os.getpid() and signum == signal.SIGTERM:
                self.handlers.append(signal.getsignal(signal.SIGTERM))
                return
            real(pid, signum)

        monkeypatch.setattr(os, "kill", kill)


@pytest.fixture
def sigterm_default() -> Iterator[None]:
    """SIGTERM's default handler back after the test, whatever the run left."""
    yield
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL, "the run left its handler"
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def an_earlier_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[str, ...], Path]:
    from crosscheck import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli._late, "said", False)  # (the line is said once a process)
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    args = ("check", str(SEEDS), "--out", "out", "--format", "html,json,sarif,junit")
    assert invoke(*args).exit_code in (0, 1)
    assert (tmp_path / "out" / FOLDER).is_dir()
    return args, tmp_path / "out"


def test_sigterm_while_the_reports_are_written_cleans_up_then_ends_the_run_by_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sigterm_default: None
) -> None:
    """SIGTERM (a cancelled CI job, `kill`) while the report files are written ended the
    process where it was: every temporary (the fresh story pages' folder too) was left
    for the next run's sweep, an hour later. Then it was taken as Ctrl-C, exit 130, where
    SIGTERM at any other point of the run ends it by the signal (143 from a shell). The
    temporaries are removed, the earlier report.json and report.html stay, and then the
    process ends by SIGTERM, its default handler back."""
    args, out = an_earlier_set(tmp_path, monkeypatch)
    before = files(out)
    handlers: list[object] = []

    def killed(*args: object) -> list[Path]:
        handlers.append(signal.getsignal(signal.SIGTERM))
        if handlers[-1] is signal.SIG_DFL:  # (else the test's own process would end)
            raise AssertionError("SIGTERM would end the run, its temporaries left")
        signal.raise_signal(signal.SIGTERM)
        raise AssertionError("SIGTERM ignored")

    monkeypatch.setitem(outputs._WRITERS, "junit", killed)
    kills = Kills(monkeypatch)
    result = invoke(*args, "--fail-on", "never")
    assert kills.handlers == [signal.SIG_DFL], (result.exit_code, result.stderr)
    assert result.exit_code == 143, (result.exit_code, result.stderr, result.exception)
    assert "crosscheck: interrupted" not in result.stderr
    after = files(out)
    for name in ("report.html", "report.json"):
        assert after[name] == before[name], name
    assert {k for k in after if k.startswith(FOLDER + os.sep)} == {
        k for k in before if k.startswith(FOLDER + os.sep)
    }
    assert "report.sarif" not in after and "report.junit.xml" not in after
    assert temporaries(out) == []


def test_sigterm_while_the_reports_are_written_ends_the_process_by_the_signal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same in a process of its own, as the `crosscheck` command runs (entry, which
    ends with os._exit): its parent sees it killed by SIGTERM, not an exit 130."""
    import subprocess
    import sys

    args, out = an_earlier_set(tmp_path, monkeypatch)
    before = files(out)
    script = (
        "import signal, sys\n"
        "from crosscheck import cli\n"
        "from crosscheck.report import outputs, pages\n"
        "pages.SINGLE_FILE_MAX_DOCS = 1\n"
        "def killed(*args):\n"
        "    signal.raise_signal(signal.SIGTERM)\n"
        "    raise AssertionError('SIGTERM ignored')\n"
        "outputs._WRITERS['junit'] = killed\n"
        "sys.argv = ['crosscheck', *sys.argv[1:]]\n"
        "cli.entry()\n"
    )
    src = Path(crosscheck.__file__).parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(Path.cwd())])}
    command = [sys.executable, "-c", script, *args, "--fail-on", "never", "-q"]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == -signal.SIGTERM, (done.returncode, done.stderr)
    after = files(out)
    assert after["report.json"] == before["report.json"]
    assert "report.sarif" not in after and "report.junit.xml" not in after
    assert temporaries(out) == []


def test_sigterm_as_its_handler_is_put_back_is_neither_raised_nor_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sigterm_default: None
) -> None:
    """signal.signal runs a pending handler before it changes it: a SIGTERM that came as
    the window closed raised there, in its `finally`, past the line that put the default
    back: the run ended 130 with the program's handler still SIGTERM's. The handler keeps
    it once the window closes, the default goes back (SIGTERM blocked meanwhile), and the
    process ends by it then."""
    args, out = an_earlier_set(tmp_path, monkeypatch)
    real = signal.signal
    came: list[int] = []

    def pending_then_set(signum: int, handler: object) -> object:
        now = signal.getsignal(signal.SIGTERM)
        if signum == signal.SIGTERM and handler is signal.SIG_DFL and callable(now) and not came:
            came.append(signum)  # as CPython does with a signal that came: its handler first
            now(signum, None)
        return real(signum, handler)  # type: ignore[arg-type]

    monkeypatch.setattr(signal, "signal", pending_then_set)
    kills = Kills(monkeypatch)
    try:
        result = invoke(*args, "--fail-on", "never")
    finally:
        handler = signal.getsignal(signal.SIGTERM)
        real(signal.SIGTERM, signal.SIG_DFL)
    assert came, "no handler was put back"
    assert handler is signal.SIG_DFL
    assert kills.handlers == [signal.SIG_DFL], (result.exit_code, result.stderr)
    assert result.exit_code == 143, (result.exit_code, result.stderr, result.exception)
    assert json.loads((out / "report.json").read_bytes())  # the set was in place


def test_sigterm_after_the_renames_ends_the_run_as_anywhere_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sigterm_default: None
) -> None:
    """The window in which SIGTERM cleans up before it ends the run is the writing and the
    renames: after them (the store recording the files, the removal of an earlier report
    of another format, the log lines) it ran to 130 with the whole new set in place and
    nothing saved to the store. SIGTERM has its default handler there."""
    from crosscheck.store import Store

    args, _ = an_earlier_set(tmp_path, monkeypatch)
    seen: dict[str, object] = {}
    save, stale = Store.save_outputs, outputs._stale

    def saving(self: Store, *a: object, **k: object) -> object:
        seen["store"] = signal.getsignal(signal.SIGTERM)
        return save(self, *a, **k)  # type: ignore[arg-type]

    def removing(*a: object, **k: object) -> None:
        if a[-1] == outputs._SET:  # (after the renames; the SARIF and JUnit ones before)
            seen["stale"] = signal.getsignal(signal.SIGTERM)
        return stale(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "save_outputs", saving)
    monkeypatch.setattr(outputs, "_stale", removing)
    result = invoke(*args, "--fail-on", "never", "--store", str(tmp_path / "s.db"))
    assert result.exit_code == 0, (result.exit_code, result.stderr)
    assert seen == {"store": signal.SIG_DFL, "stale": signal.SIG_DFL}


def test_the_sets_record_is_saved_before_sigterm_may_end_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sigterm_default: None
) -> None:
    """The window closes once the set is in place; the record of the files written
    (.crosscheck-outputs.json) was saved only after the store's record and the stale
    removals, so a SIGTERM there left the earlier run's record: the next run then kept
    this run's report.sarif, said to be "changed since crosscheck wrote it"."""
    import hashlib

    args, out = an_earlier_set(tmp_path, monkeypatch)
    stale = outputs._stale
    seen: dict[str, object] = {}

    def removing(*a: object, **k: object) -> None:
        if a[-1] == outputs._SET:  # after the window closed: what SIGTERM would find
            seen["record"] = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
            seen["sarif"] = hashlib.sha256((out / "report.sarif").read_bytes()).hexdigest()
        return stale(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs, "_stale", removing)
    one = sorted(SEEDS.iterdir())[0]  # another run: other findings, another report.sarif
    result = invoke(args[0], str(one), *args[2:], "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert seen["record"]["report.sarif"] == seen["sarif"]  # type: ignore[index]


def test_a_run_stopped_as_its_window_closes_leaves_a_record_of_files_there(
    tmp_path: Path, base: RunResult
) -> None:
    """A Ctrl-C (or a SIGTERM before the window's closing) right after the set is in place
    and its record saved: the run's SARIF and JUnit files are cleared as it ends, and the
    record, saved again as the run ends, must not name them (a review found a record
    naming files no longer there when the second save was left out)."""
    out = tmp_path / "out"

    def placed() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_files(base, ["json", "sarif", "junit"], out, "never", set(), placed=placed)
    recorded = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    there = {p.name for p in out.iterdir() if p.name.startswith("report")}
    assert set(recorded) <= there and "report.json" in recorded, (recorded, there)


def test_sigterm_while_a_failed_set_is_cleaned_up_lets_it_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sigterm_default: None
) -> None:
    """A full disk on the JUnit file, and SIGTERM as the temporaries are being removed: it
    raised there, and the rest were left for the sweep an hour later. It waits until the
    removal is done, then ends the run by the signal."""
    from crosscheck import atomic

    args, out = an_earlier_set(tmp_path, monkeypatch)
    monkeypatch.setitem(outputs._WRITERS, "junit", full_disk)
    drop = atomic._drop

    def dropping(steps: object) -> None:
        signal.raise_signal(signal.SIGTERM)  # (the window's handler: the test lives on)
        drop(steps)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "_drop", dropping)
    kills = Kills(monkeypatch)
    result = invoke(*args, "--fail-on", "never")
    assert temporaries(out) == []
    assert kills.handlers == [signal.SIG_DFL], (result.exit_code, result.stderr)
    assert result.exit_code == 143, (result.exit_code, result.stderr, result.exception)


@pytest.mark.parametrize("what", ["file", "link"])
def test_a_file_or_link_named_report_files_gives_way_to_the_story_pages(
    base: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """A file, or a symbolic link, named report-files in the report folder: it was
    removed and the fresh story pages were never put in its place (the run ended 0, its
    report.html leading to a folder that was not there, the pages left in a temporary
    folder)."""
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    if what == "file":
        (out / FOLDER).write_text("a file\n", encoding="utf-8")
    else:
        (out / FOLDER).symlink_to(elsewhere, target_is_directory=True)
    written = write_files(base, ["html", "json"], out, "info", set())
    assert (out / FOLDER).is_dir() and not (out / FOLDER).is_symlink()
    pages_now = sorted(p.name for p in (out / FOLDER).iterdir())
    assert pages_now and "stories.html" in pages_now
    assert temporaries(out) == []
    assert list(elsewhere.iterdir()) == []  # never written through
    assert written[0] == out / "report.html"


def test_the_old_pages_folder_a_stopped_run_left_is_swept_unless_it_holds_yours(
    tmp_path: Path,
) -> None:
    """A run stopped just after the new story pages took the old ones' place left the
    old ones in `.report-files.old.HOST.PID.xxxxxxxx`, which no run removed. The sweep
    removes it as any other leftover (its process gone, unchanged for an hour) when it
    holds only crosscheck's pages; one that holds a file of the user's stays."""
    import subprocess
    import sys
    import time

    from crosscheck import atomic

    if os.name != "posix":
        pytest.skip("whether a process lives is asked on POSIX only")
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    prefix = f".{pages.OLD}.{atomic._HOST}.{ended.pid}."
    ours, yours, empty = (tmp_path / (prefix + s) for s in ("a1b2c3d4", "e5f6g7h8", "i9j0k1l2"))
    for old in (ours, yours):
        (old / FOLDER).mkdir(parents=True)
        (old / FOLDER / "stories.html").write_text("old", encoding="utf-8")
    (yours / FOLDER / "notes.txt").write_text("mine", encoding="utf-8")
    empty.mkdir()
    hours = time.time() - 2 * 3600
    for old in (ours, yours, empty):
        os.utime(old, (hours, hours))
    swept = outputs.sweep_left(tmp_path)
    assert sorted(swept) == sorted([ours, empty])
    assert not ours.exists() and not empty.exists()
    assert (yours / FOLDER / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_renames_that_fail_half_way_say_which_files_are_new(
    base: RunResult, other: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rename of the last step that fails (a failing disk, `chattr +i report.sarif`)
    after the story pages and report.html were put in place: the message said only
    "cannot put the reports in place", the set left mixed without a word. It names what
    this run replaced and says the set is mixed; none replaced, it says so."""
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    write_files(base, ALL, tmp_path, "warning", set())
    real = os.replace
    refused = ["report.sarif"]

    def failing(src: str, dst: str) -> None:
        if Path(dst).name in refused and Path(src).name.startswith("."):
            raise OSError(errno.EIO, os.strerror(errno.EIO), src, None, os.fspath(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(ConfigError) as raised:
        write_files(other, ALL, tmp_path, "warning", set())
    message = str(raised.value)
    assert "report.sarif: cannot put the reports in place (Input/output error)" in message
    assert f"{FOLDER}/, report.html of this run already replaced" in message
    assert "the set is mixed, run again" in message
    assert temporaries(tmp_path) == []
    refused[:] = [FOLDER]
    with pytest.raises(ConfigError, match="none was replaced"):
        write_files(base, ALL, tmp_path, "warning", set())
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("change", ["removed", "fail_on"])
def test_a_store_run_that_rewrites_only_junit_keeps_the_sarif_it_found_up_to_date(
    base: RunResult, tmp_path: Path, change: str
) -> None:
    """A `--store` re-run whose report.sarif is up to date but whose report.junit.xml is
    not (removed, or another --fail-on): the run said "report.sarif is up to date", then
    removed it with the earlier JUnit file before writing the new one, which left no SARIF
    file and none in the record of the files written. Only the outcome files the run
    writes are cleared; the record keeps the SARIF file, and a third run writes nothing."""
    import json

    stored = dataclasses.replace(base, results_key="a run's results")
    db = tmp_path / "s.db"
    out = tmp_path / "out"
    write_files(stored, ALL, out, "warning", set(), store=db)
    sarif = (out / "report.sarif").read_bytes()
    fail_on = "warning"
    if change == "removed":
        (out / "report.junit.xml").unlink()
    else:
        fail_on = "never"
    write_files(stored, ALL, out, fail_on, set(), store=db)
    assert (out / "report.sarif").read_bytes() == sarif
    assert (out / "report.junit.xml").exists()
    recorded = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert set(recorded) == {"report.html", "report.json", "report.sarif", "report.junit.xml"}
    before = files(out)
    written: list[str] = []
    real = outputs._WRITERS

    def watched(fmt: str):  # type: ignore[no-untyped-def]
        def write(*args):  # type: ignore[no-untyped-def]
            written.append(fmt)
            return real[fmt](*args)

        return write

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(outputs, "_WRITERS", {f: watched(f) for f in real})
        write_files(stored, ALL, out, fail_on, set(), store=db)
    assert written == [] and files(out) == before  # all up to date, as recorded
    assert temporaries(out) == []


def test_the_mixed_set_message_names_only_the_outcome_files_removed(
    base: RunResult, other: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renames that fail half way said "(its SARIF and JUnit files removed)" whatever the
    run wrote: a `--format html,json` run removes neither, and one that writes them names
    those that were there and went."""
    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    real = os.replace

    def failing(src: str, dst: str) -> None:
        if Path(dst).name == "report.json" and Path(src).name.startswith("."):
            raise OSError(errno.EIO, os.strerror(errno.EIO), src, None, os.fspath(dst))
        real(src, dst)

    write_files(base, ["html", "json"], tmp_path, "warning", set())
    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(ConfigError) as raised:
        write_files(other, ["html", "json"], tmp_path, "warning", set())
    message = str(raised.value)
    assert f"{FOLDER}/, report.html of this run already replaced" in message
    assert "SARIF" not in message and "removed" not in message, message
    assert message.endswith("still that run's: the set is mixed, run again"), message
    monkeypatch.setattr(os, "replace", real)
    write_files(base, ["html", "json", "junit"], tmp_path, "warning", set())
    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(ConfigError) as raised:
        write_files(other, ["html", "json", "junit"], tmp_path, "warning", set())
    message = str(raised.value)
    assert f"{FOLDER}/, report.html of this run already replaced" in message  # not its JUnit
    assert "that run's (report.junit.xml removed): the set is mixed" in message, message
    assert not (tmp_path / "report.junit.xml").exists()
    assert temporaries(tmp_path) == []


def test_own_outputs_trusts_the_stored_stamp_and_hashes_a_file_changed_since(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `check t --out t --store s.db`: each start read and hashed the last run's reports to
    # know them for its own (400 MB of a run over 10,000 articles), though the store holds
    # the stamps they had once written; a file changed since, its size and modification
    # time put back, is still hashed and not taken for crosscheck's
    from crosscheck.store import Store

    folder = tmp_path / "t"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    run = ("check", "t", "--out", "t", "--format", "html,json,sarif", "--store", "s.db")
    for _ in range(2):
        assert invoke(*run).exit_code in (0, 1)
    hashed: list[str] = []
    sha256 = outputs._sha256

    def counting(path: Path) -> str | None:
        hashed.append(path.name)
        return sha256(path)

    monkeypatch.setattr(outputs, "_sha256", counting)
    result = invoke(*run, "--strict")  # the whole start, its reports up to date
    assert result.exit_code in (0, 1) and hashed == [], (result.output, hashed)
    report = folder / "report.json"
    st = report.stat()
    report.write_bytes(report.read_bytes().replace(b'"documents"', b'"Documents"', 1))
    os.utime(report, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert report.stat().st_size == st.st_size
    store = Store(tmp_path / "s.db")
    try:
        own = {p.name for p in outputs.own_outputs(folder, store)}
    finally:
        store.close()
    assert "report.json" not in own and {"report.html", "report.sarif"} <= own
    assert hashed == ["report.json"]

"""crosscheck as a library: ``crosscheck.check`` and ``crosscheck.write_reports`` called as
a program embedding crosscheck calls them (a web service, a notebook, a batch job calling
check() many times in one process). Each test is a regression test for one case where
such a caller got something other than what the command line gets."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

import crosscheck
from crosscheck.budget import time_budget
from crosscheck.config import Settings
from crosscheck.errors import ConfigError
from tests.conftest import SEEDS


def _summary(result: crosscheck.RunResult) -> tuple[list[str], list[str], int]:
    return ([d.id for d in result.documents], [f.id for f in result.findings], result.exit_code)


def test_paths_may_be_a_generator_bytes_or_a_list_of_bytes() -> None:
    """A generator of paths was used up by the check for empty paths before any was read:
    the run read nothing and ended 5 ('nothing was checked'). A path as bytes (as
    os.listdir(b'...') gives) was a TypeError, iterated byte by byte; and in a list a
    'cannot use a string pattern on a bytes-like object'."""
    want = _summary(crosscheck.check([SEEDS], Settings(jobs=1)))
    assert want[0] and want[2] != 5
    assert _summary(crosscheck.check((p for p in [SEEDS]), Settings(jobs=1))) == want
    assert _summary(crosscheck.check(os.fsencode(SEEDS), Settings(jobs=1))) == want
    assert _summary(crosscheck.check([os.fsencode(SEEDS)], Settings(jobs=1))) == want  # type: ignore[list-item]
    for wrong in (None, 5, [SEEDS, None]):
        with pytest.raises(ConfigError, match="paths must be a path or a list of paths"):
            crosscheck.check(wrong, Settings(jobs=1))  # type: ignore[arg-type]
    # a path object that gives bytes, as a str one (a TypeError before)
    assert _summary(crosscheck.check([_BytesPath(os.fsencode(SEEDS))], Settings(jobs=1))) == want


class _BytesPath:
    """A path object whose __fspath__ gives bytes (os.PathLike[bytes])."""

    def __init__(self, path: bytes) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return self.path


def test_a_callers_own_timer_is_left_running() -> None:
    """The time budget of each document is SIGALRM in the main thread: its timer was set
    over the program's own (a batch job's signal.alarm() limit on a run) and cancelled at
    the end of each document, so the program's time limit never came."""
    import signal

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 600)  # due after the run: armed still after it
        crosscheck.check([SEEDS], Settings(jobs=1))
        assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] < 600
        assert not fired
        signal.setitimer(signal.ITIMER_REAL, 0.05)  # due within a document's budget: fires
        with time_budget(60):
            time.sleep(0.2)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_new_only_without_a_store_is_refused(tmp_path: Path) -> None:
    """The command line refuses --new-only without --store; a library caller's
    Settings(new_only=True) without a store ran and reported every finding, as if each
    involved a new or changed article."""
    with pytest.raises(ConfigError, match="new_only needs a store"):
        crosscheck.check([SEEDS], Settings(jobs=1, new_only=True))
    stored = crosscheck.check([SEEDS], Settings(jobs=1, new_only=True, store=tmp_path / "s.db"))
    assert stored.findings  # the first run with a store: every article is new


def test_arguments_of_the_wrong_type_are_a_config_error(tmp_path: Path) -> None:
    """Settings given as a dict, write_reports' formats as None or a list of lists, its
    folder as None or empty: an AttributeError or TypeError from deep in the call, where a
    ConfigError naming the argument is promised (and the command line's exit 2 follows)."""
    with pytest.raises(ConfigError, match="settings must be a crosscheck Settings"):
        crosscheck.check([SEEDS], {"jobs": 1})  # type: ignore[arg-type]
    result = crosscheck.check([SEEDS], Settings(jobs=1))
    for formats, message in ((None, "a list of formats"), ([["json"]], "unknown format"),
                             ([None], "unknown format")):  # fmt: skip
        with pytest.raises(ConfigError, match=message):
            crosscheck.write_reports(result, tmp_path, formats, fail_on="error")  # type: ignore[arg-type]
    for folder in (None, "", 5):
        with pytest.raises(ConfigError, match="out_dir must be a path"):
            crosscheck.write_reports(result, folder, ["json"], fail_on="error")  # type: ignore[arg-type]
    assert not list(tmp_path.iterdir())
    written = crosscheck.write_reports(result, os.fsencode(tmp_path), ["json"], fail_on="error")  # type: ignore[arg-type]
    assert written == [tmp_path / "report.json"]


def test_a_callers_alarm_that_goes_off_during_an_article_reaches_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program's own timer due within a document's budget is left to fire: what its
    handler raises ends check() as the program asked, where it was taken for the
    article's failure ("internal error, please report it"), the article skipped and the
    run going on, so the program's time limit never came."""
    import signal

    from crosscheck import pipeline

    class Limit(Exception):
        pass

    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    segment, extract = pipeline._extraction()

    def slow(doc: object) -> object:
        time.sleep(0.5)  # the program's alarm goes off here, inside the budget
        return segment(doc)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_extraction", lambda: (slow, extract))

    def limit(signum: int, frame: object) -> None:
        raise Limit("the program's own limit")

    previous = signal.signal(signal.SIGALRM, limit)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        with pytest.raises(Limit):
            crosscheck.check([tmp_path], Settings(jobs=1))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_each_thread_extracting_keeps_its_own_aliases_and_budget() -> None:
    """What a run sets up for extracting in its process (its alias table and time budget)
    is the thread's: two check() calls in two threads of a program (which extract in
    their own thread, a fork not being safe there) each keep theirs; a module's globals
    gave one run the other's budget."""
    import threading

    from crosscheck import pipeline
    from crosscheck.model import Document

    doc = Document("a", "a", "text", "x", ((0, 1),))
    seen: list[float] = []
    ready, done = threading.Event(), threading.Event()

    def other() -> None:
        pipeline._init_worker(pipeline.alias_table(Settings()), 7.0)
        ready.set()
        done.wait(5)
        seen.append(pipeline._budget_for(doc))

    thread = threading.Thread(target=other)
    thread.start()
    ready.wait(5)
    pipeline._init_worker(pipeline.alias_table(Settings()), 3.0)
    done.set()
    thread.join()
    assert seen == [7.0] and pipeline._budget_for(doc) == 3.0


def test_a_callers_alarm_reaches_it_as_raised_from_a_nested_run_and_the_baseline_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the program's SIGALRM handler raises reaches the program as it was: with its
    cause (not chained to crosscheck's carrier), from a run inside a run's progress
    callback (the inner run handed it to the outer one's stage, which made it an
    InternalError), and while the baseline is read (a TimeoutError, an OSError, became
    "cannot read the baseline"); the program's handler is back after each."""
    import signal

    from crosscheck import baseline as baseline_module
    from crosscheck import pipeline

    class Root(Exception):
        pass

    def limit(signum: int, frame: object) -> None:
        raise TimeoutError("the program's own limit") from Root("why")

    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    previous = signal.signal(signal.SIGALRM, limit)
    try:
        # nested: the alarm goes off in a run inside the progress callback of another
        real = pipeline._extract_one

        def slow(doc: object) -> object:
            time.sleep(0.3)
            return real(doc)  # type: ignore[arg-type]

        def progress(done: int, total: int) -> None:
            with pytest.MonkeyPatch.context() as inner:
                inner.setattr(pipeline, "_extract_one", slow)
                signal.setitimer(signal.ITIMER_REAL, 0.05)
                crosscheck.check([tmp_path], Settings(jobs=1))

        with pytest.raises(TimeoutError) as raised:
            crosscheck.check([SEEDS], Settings(jobs=1), progress=progress)
        assert isinstance(raised.value.__cause__, Root)
        assert signal.getsignal(signal.SIGALRM) is limit
        # while the baseline is read
        crosscheck.check([tmp_path], Settings(jobs=1))  # a clean run, its baseline
        base = tmp_path / "base.json"
        base.write_text('{"version": 1, "findings": []}', encoding="utf-8")
        real_load = baseline_module.load

        def slow_load(path: Path) -> object:
            time.sleep(0.3)
            return real_load(path)

        monkeypatch.setattr(pipeline, "load_baseline", slow_load)
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with pytest.raises(TimeoutError):
            crosscheck.check([tmp_path], Settings(jobs=1, baseline=base))
        assert signal.getsignal(signal.SIGALRM) is limit
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_the_budgets_own_timeout_in_the_callers_handler_still_skips_the_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program's timer due within a document's budget leaves the document to the
    watchdog; its timeout delivered while the program's handler runs is the document's
    (skipped, the run going on), not the program's (it ended the run)."""
    import signal

    from crosscheck import pipeline

    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    segment, extract = pipeline._extraction()

    def slow(doc: object) -> object:
        for _ in range(40):
            time.sleep(0.05)  # 2 s, past its 1 s budget
        return segment(doc)  # type: ignore[arg-type]

    def busy(signum: int, frame: object) -> None:  # returns, after the budget has passed
        start = time.monotonic()
        while time.monotonic() - start < 0.6:
            pass

    real = pipeline._extract_one

    def armed(doc: object) -> object:
        signal.setitimer(signal.ITIMER_REAL, 0.7)  # within the 1 s budget
        return real(doc)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_extraction", lambda: (slow, extract))
    monkeypatch.setattr(pipeline, "_extract_one", armed)
    previous = signal.signal(signal.SIGALRM, busy)
    try:
        result = crosscheck.check([tmp_path], Settings(jobs=1, time_budget=1.0))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert [s.reason.split(";")[0] for s in result.skipped if s.path.endswith("a.txt")] == [
        "segmenting took longer than its time budget (1 s)"
    ]


def test_progress_store_and_result_of_the_wrong_type_are_a_config_error(tmp_path: Path) -> None:
    """A progress that is no function, a store given as a path (Settings.store's) rather
    than an open Store, and settings that are empty but no Settings ({}, ""), were taken
    at their first use: an "internal error" (a bug of crosscheck's, exit 4) after every
    article was read, or the defaults silently; write_reports given anything but a
    RunResult (None, a dict) an AttributeError. Each is a ConfigError naming it."""
    from crosscheck.store import Store

    with pytest.raises(ConfigError, match="progress must be a function"):
        crosscheck.check([SEEDS], Settings(jobs=1), progress=5)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"store must be an open crosscheck\.store\.Store"):
        crosscheck.check([SEEDS], Settings(jobs=1), store=str(tmp_path / "s.db"))  # type: ignore[arg-type]
    for empty in ({}, ""):
        with pytest.raises(ConfigError, match="settings must be a crosscheck Settings"):
            crosscheck.check([SEEDS], empty)  # type: ignore[arg-type]
    for wrong in (None, {"findings": []}):
        with pytest.raises(ConfigError, match="result must be the RunResult"):
            crosscheck.write_reports(wrong, tmp_path / "out", ["json"], fail_on="error")  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists() and not (tmp_path / "s.db").exists()
    store = Store(str(tmp_path / "s.db"))  # a str, as Settings.store takes one
    try:
        assert crosscheck.check([SEEDS], Settings(jobs=1), store=store).findings
    finally:
        store.close()


def test_settings_take_a_size_as_text_and_a_datetime_as_its_day(tmp_path: Path) -> None:
    """The manual says Settings take what the configuration file does: its max_size
    "10MB" was refused as max_bytes. A datetime (a pandas Timestamp) for
    published_default was kept with its hour: the report gave undated articles the date
    "2009-01-02T03:04:00"."""
    import datetime
    import json

    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    assert crosscheck.check([tmp_path], Settings(max_bytes="10MB")).documents  # type: ignore[arg-type]
    small = crosscheck.check([tmp_path], Settings(max_bytes="10b"))  # type: ignore[arg-type]
    assert "larger than the size limit" in small.skipped[0].reason
    with pytest.raises(ConfigError, match="max_bytes: not a size"):
        crosscheck.check([tmp_path], Settings(max_bytes="ten"))  # type: ignore[arg-type]
    when = datetime.datetime(2009, 1, 2, 3, 4)
    result = crosscheck.check([tmp_path], Settings(published_default=when))
    assert result.documents[0].dating is not None
    assert result.documents[0].dating.published == "2009-01-02"
    crosscheck.write_reports(result, tmp_path / "out", ["json"], fail_on="error")
    assert "T03:04" not in (tmp_path / "out" / "report.json").read_text()
    assert json.loads((tmp_path / "out" / "report.json").read_text())["documents"]


def test_errors_speak_of_the_library_callers_names(tmp_path: Path) -> None:
    """A library caller's time budget was refused as "--time-budget", a flag it never
    gave, its published_default as "an empty date" naming no field; a report folder
    that is a file as "cannot create the report folder (File exists)"."""
    with pytest.raises(ConfigError, match=r"^time_budget must be a number of seconds"):
        crosscheck.check([SEEDS], Settings(time_budget=-1))
    for date, said in (("", "an empty date"), ("02/01/2024", "not an ISO date")):
        with pytest.raises(ConfigError, match=f"^published_default: {said}"):
            crosscheck.check([SEEDS], Settings(published_default=date))  # type: ignore[arg-type]
    result = crosscheck.check([SEEDS], Settings(jobs=1))
    (tmp_path / "out").write_text("mine\n")
    with pytest.raises(ConfigError, match=r"out: not a folder \(a file is there\)"):
        crosscheck.write_reports(result, tmp_path / "out", ["json"], fail_on="error")
    assert (tmp_path / "out").read_text() == "mine\n"


def test_a_closed_store_or_one_of_another_thread_is_refused_before_reading(
    tmp_path: Path,
) -> None:
    """A Store closed before check() (or opened in another thread: SQLite lets only that
    one use it) failed at its first use, after every article was read, as an "internal
    error" (exit 4, a bug of crosscheck's). Each is a one-line ConfigError naming the
    store, before anything is read."""
    import threading

    from crosscheck.errors import EXIT_USAGE
    from crosscheck.pipeline import run
    from crosscheck.store import Store

    closed = Store(tmp_path / "closed.db")
    closed.close()
    for call in (crosscheck.check, run):
        with pytest.raises(ConfigError, match=r"^store: .*closed\.db: the Store was closed") as e:
            call([SEEDS], Settings(jobs=1), store=closed)
        assert e.value.exit_code == EXIT_USAGE and "\n" not in e.value.message
    its_own = Store(tmp_path / "own.db")
    its_own.db.close()  # the connection closed by the caller, not through Store.close()
    with pytest.raises(ConfigError, match=r"own\.db: the Store was closed"):
        crosscheck.check([SEEDS], Settings(jobs=1), store=its_own)
    store = Store(tmp_path / "s.db")
    raised: list[BaseException] = []

    def in_a_thread() -> None:
        try:
            crosscheck.check([SEEDS], Settings(jobs=1), store=store)
        except BaseException as exc:  # (kept for the assertion in this thread)
            raised.append(exc)

    worker = threading.Thread(target=in_a_thread)
    worker.start()
    worker.join()
    assert len(raised) == 1 and isinstance(raised[0], ConfigError), raised
    assert "the Store was opened in another thread" in raised[0].message
    try:  # the same store in its own thread: used as ever
        assert crosscheck.check([SEEDS], Settings(jobs=1), store=store).findings
    finally:
        store.close()


def test_the_engine_and_the_size_limit_are_named_as_settings_name_them(tmp_path: Path) -> None:
    """A library caller's Settings(scheduler=...) without engine="dask" was refused as
    "--scheduler needs --engine dask", an address Dask cannot read as "--scheduler ...",
    flags it never gave; a scheduler of another type than str was a raw TypeError from
    Dask. An article over the size limit was skipped saying "raise it with --max-size"
    alone, and max_bytes is the limit such a caller sets."""
    with pytest.raises(ConfigError, match=r'^scheduler needs engine="dask"; got engine=.local.'):
        crosscheck.check([SEEDS], Settings(scheduler="tcp://127.0.0.1:1"))
    with pytest.raises(ConfigError, match=r"^scheduler 'not a url' is not a Dask scheduler's"):
        crosscheck.check([SEEDS], Settings(engine="dask", scheduler="not a url"))
    with pytest.raises(ConfigError, match=r"^scheduler must be a Dask scheduler's address"):
        crosscheck.check([SEEDS], Settings(engine="dask", scheduler=8786))  # type: ignore[arg-type]
    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    small = crosscheck.check([tmp_path], Settings(max_bytes=10))
    assert small.skipped[0].reason.endswith("raise it with --max-size, or Settings.max_bytes)")


def test_a_path_with_a_nul_character_or_no_path_is_a_config_error(tmp_path: Path) -> None:
    """A store, baseline, rule path or report folder holding a NUL character (which the
    configuration file refuses) reached its first system call: the store's an "internal
    error" (exit 4), the baseline's "holds a whole number of more than 4,300 digits",
    write_reports' and Store()'s a raw ValueError; Store(None) a raw TypeError."""
    from crosscheck.store import Store

    nul = str(tmp_path / "a\0b")
    for settings, name in (
        (Settings(store=nul), "store"),  # type: ignore[arg-type]
        (Settings(baseline=Path(nul)), "baseline"),
        (Settings(rule_paths=(nul,)), "rule_paths"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ConfigError, match=rf"^{name}: .*: no path holds a NUL character"):
            crosscheck.check([SEEDS], settings)
    with pytest.raises(ConfigError, match=r"^Store: .*: no path holds a NUL character"):
        Store(nul)
    with pytest.raises(ConfigError, match=r"^Store needs the path of its file; got None"):
        Store(None)  # type: ignore[arg-type]
    result = crosscheck.check([SEEDS], Settings(jobs=1))
    with pytest.raises(ConfigError, match=r"^out_dir: .*: no path holds a NUL character"):
        crosscheck.write_reports(result, nul, ["json"], fail_on="error")
    assert not list(tmp_path.iterdir())


def test_what_the_progress_function_raises_reaches_the_caller_as_it_was() -> None:
    """A progress function that raised (a program's way to cancel a run, or its own bug)
    was reported as crosscheck's "internal error while extracting claims" (exit 4, "a bug
    in crosscheck"); one that takes no (done, total) failed so at the first article."""
    from crosscheck.pipeline import run

    class Cancelled(Exception):
        pass

    mine = Cancelled("enough")

    def cancel(done: int, total: int) -> None:
        raise mine

    for call in (crosscheck.check, run):
        with pytest.raises(Cancelled) as raised:
            call([SEEDS], Settings(jobs=1), progress=cancel)
        assert raised.value is mine
    # a function, but of no (done, total): said so, not that it is no function
    with pytest.raises(ConfigError, match=r"^progress: .* cannot be called with \(done, total\)"):
        crosscheck.check([SEEDS], Settings(jobs=1), progress=lambda: None)  # type: ignore[arg-type,misc]
    seen: list[tuple[int, int]] = []
    crosscheck.check([SEEDS], Settings(jobs=1), progress=lambda *told: seen.append(told))
    assert seen and seen[-1][0] == seen[-1][1]


def test_write_reports_over_an_input_names_out_dir_and_a_store_under_a_file_says_so(
    tmp_path: Path,
) -> None:
    """write_reports into the folder of an input named report.json refused to write over
    it asking to "choose another --out", a flag a library caller never gave; a store whose
    folder is a file was refused as "cannot create the store's folder (File exists)"."""
    from crosscheck.store import Store

    (tmp_path / "in").mkdir()
    article = '{"text": "Police said 12 people were hurt on Monday in the city."}'
    (tmp_path / "in" / "report.json").write_text(article)
    result = crosscheck.check([tmp_path / "in"], Settings(jobs=1))
    assert [d.id for d in result.documents] == ["report.json"]
    with pytest.raises(ConfigError, match=r"would replace the input .*\(choose another out_dir\)$"):
        crosscheck.write_reports(result, tmp_path / "in", ["json"], fail_on="error")
    assert (tmp_path / "in" / "report.json").read_text() == article
    (tmp_path / "f").write_text("mine\n")
    for store in (tmp_path / "f" / "s.db", tmp_path / "f" / "sub" / "s.db"):
        with pytest.raises(ConfigError, match=rf": {tmp_path / 'f'} is a file, not a folder$"):
            Store(store)
    assert (tmp_path / "f").read_text() == "mine\n"
    (tmp_path / "gone").symlink_to(tmp_path / "nothing")
    with pytest.raises(ConfigError, match=rf": {tmp_path / 'gone'} is a link to nothing, not a"):
        Store(tmp_path / "gone" / "s.db")


def test_write_reports_after_the_program_moved_folders_writes_over_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check() with relative paths, then os.chdir, then write_reports: the guard read the
    relative names from the new folder, so an input saved as report.html (or the
    baseline) was written over, and SARIF named files relative to a folder they are not
    in. Refused now, nothing written; with absolute paths the reports are written and
    SARIF's root is where check() ran."""
    import json

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in" / "sub").mkdir(parents=True)
    page = ("<html><head><title>Troops</title></head><body><article><p>Officials said 3,000 "
            "troops were sent to the border on Thursday, after a week of talks.</p>"
            "</article></body></html>")  # fmt: skip
    (tmp_path / "in" / "report.html").write_text(page)
    (tmp_path / "in" / "b.txt").write_text("Officials said 3,500 troops were sent on Monday.\n")
    result = crosscheck.check(["in/report.html", "in/b.txt"], Settings(jobs=1))
    assert len(result.documents) == 2
    monkeypatch.chdir(tmp_path / "in" / "sub")
    with pytest.raises(ConfigError, match=r"where check\(\) ran.*nothing written$"):
        crosscheck.write_reports(result, "..", ["html", "sarif"], fail_on="error")
    assert (tmp_path / "in" / "report.html").read_text() == page
    assert not (tmp_path / "in" / "report.sarif").exists()
    monkeypatch.chdir(tmp_path)
    absolute = crosscheck.check([tmp_path / "in" / "b.txt"], Settings(jobs=1))
    monkeypatch.chdir(tmp_path / "in" / "sub")
    crosscheck.write_reports(absolute, tmp_path / "out", ["sarif"], fail_on="error")
    sarif = json.loads((tmp_path / "out" / "report.sarif").read_text())
    assert sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    # a working folder removed since (or before) check() ran: absolute paths still run and
    # write; a relative one is named (both were a raw FileNotFoundError of getcwd)
    (tmp_path / "gone").mkdir()
    monkeypatch.chdir(tmp_path / "gone")
    (tmp_path / "gone").rmdir()
    from_gone = crosscheck.check([tmp_path / "in" / "b.txt"], Settings(jobs=1))
    assert len(from_gone.documents) == 1
    crosscheck.write_reports(from_gone, tmp_path / "out2", ["json", "sarif"], fail_on="error")
    with pytest.raises(ConfigError, match=r"is gone, not .* names 'in/report.html' relative"):
        crosscheck.write_reports(result, tmp_path / "out3", ["json"], fail_on="error")
    with pytest.raises(ConfigError, match=r"'in/b.txt' is relative to a working folder that"):
        crosscheck.check(["in/b.txt"], Settings(jobs=1))
    with pytest.raises(ConfigError, match=r"out_dir 'out4' is relative to a working folder"):
        crosscheck.write_reports(from_gone, "out4", ["json"], fail_on="error")
    # a RunResult a caller made records no working folder: written as ever
    made = crosscheck.RunResult(inputs=["synthetic/"])
    crosscheck.write_reports(made, tmp_path / "out5", ["json"], fail_on="error")


def test_messages_of_the_store_and_the_inputs_name_no_flag(tmp_path: Path) -> None:
    """Another program's SQLite file given as Settings.store was refused with "give
    --store a new file"; an earlier report among the inputs was skipped asking "is --out
    inside the input folder?": flags a library caller never gave (nor does a caller of
    Store())."""
    import sqlite3

    from crosscheck.store import Store

    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE mine (x)")
    db.close()
    with pytest.raises(ConfigError, match="not a crosscheck store") as refused:
        crosscheck.check([SEEDS], Settings(store=foreign))
    said = refused.value.message
    assert "--" not in said and said.endswith("give the store a new file")
    with pytest.raises(ConfigError, match="give the store a new file"):
        Store(foreign)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    result = crosscheck.check([tmp_path / "in"], Settings(jobs=1))
    crosscheck.write_reports(result, tmp_path / "in" / "out", ["html", "json"], fail_on="error")
    again = crosscheck.check([tmp_path / "in"], Settings(jobs=1))
    reports = sorted((s.path.rsplit("/", 1)[-1], s.reason) for s in again.skipped)
    said = "a crosscheck report, not articles (is the report folder inside the input folder?)"
    assert reports == [("report.html", said), ("report.json", said)]  # the page's too


def test_write_reports_never_replaces_the_runs_store_or_baseline(tmp_path: Path) -> None:
    """The command line refuses a report that would replace its --store or --baseline;
    write_reports replaced a library caller's store named report.json in the report
    folder with the report (its earlier runs lost), and its baseline so named too."""
    import json

    from crosscheck.baseline import write as write_baseline
    from crosscheck.store import Store

    (tmp_path / "out").mkdir()
    store = tmp_path / "out" / "report.json"
    result = crosscheck.check([SEEDS], Settings(jobs=1, store=store))
    with pytest.raises(ConfigError, match=r"would replace the store .*choose another out_dir\)$"):
        crosscheck.write_reports(result, tmp_path / "out", ["json"], fail_on="error")
    assert store.read_bytes().startswith(b"SQLite format 3")
    given = Store(store)  # the store the caller opened, as the store argument: kept too
    try:
        result = crosscheck.check([SEEDS], Settings(jobs=1), store=given)
    finally:
        given.close()
    with pytest.raises(ConfigError, match="would replace the store"):
        crosscheck.write_reports(result, tmp_path / "out", ["html", "json"], fail_on="error")
    store.unlink()
    baseline = tmp_path / "out" / "report.json"
    write_baseline(result.findings, baseline)
    accepted = baseline.read_text()
    result = crosscheck.check([SEEDS], Settings(jobs=1, baseline=baseline))
    assert all(f.suppressed for f in result.findings)
    with pytest.raises(ConfigError, match="would replace the baseline"):
        crosscheck.write_reports(result, tmp_path / "out", ["json"], fail_on="error")
    assert baseline.read_text() == accepted and json.loads(accepted)["findings"]
    assert crosscheck.write_reports(result, tmp_path / "elsewhere", ["json"], fail_on="error")


def test_the_runs_store_and_baseline_in_an_input_folder_are_not_read_as_articles(
    tmp_path: Path,
) -> None:
    """The command line leaves its --store (with its journals) and --baseline out of the
    inputs; a library caller's Settings.store and Settings.baseline in the folder checked
    were read as articles and listed as skipped ("a crosscheck report, not articles",
    ".db-wal": unsupported file type), and a strict run ended 3 for its own files."""
    from crosscheck.baseline import write as write_baseline
    from crosscheck.errors import EXIT_OK
    from crosscheck.store import Store

    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    write_baseline([], tmp_path / "base.json")
    settings = Settings(jobs=1, strict=True, baseline=tmp_path / "base.json")
    for store in (None, tmp_path / "s.db"):
        result = crosscheck.check([tmp_path], replace(settings, store=store))
        assert [d.id for d in result.documents] == ["a.txt"]
        assert result.skipped == [] and result.exit_code == EXIT_OK
    given = Store(tmp_path / "s.db")  # the store argument's, its journals too
    try:
        result = crosscheck.check([tmp_path], settings, store=given)
    finally:
        given.close()
    assert result.skipped == [] and result.exit_code == EXIT_OK


def test_a_name_too_long_for_the_file_system_is_no_raw_oserror(tmp_path: Path) -> None:
    """A path to check whose name the file system refuses to look at (longer than it
    takes: ENAMETOOLONG, which Path.exists() raises rather than answers) ended the run
    as an "internal error while reading the inputs" (exit 4); a rule or alias path so
    named was a raw OSError. The first is skipped with why, as a missing one is; the
    others are a ConfigError, as the configuration file's are."""
    from crosscheck.errors import EXIT_NOTHING_CHECKED

    long = tmp_path / ("x" * 300)
    (tmp_path / "a.txt").write_text("Police said 12 people were hurt on Monday.\n")
    result = crosscheck.check([long, tmp_path / "a.txt"], Settings(jobs=1))
    assert [d.id for d in result.documents] == ["a.txt"]
    assert [s.reason for s in result.skipped] == ["cannot be read (File name too long)"]
    assert crosscheck.check([long], Settings(jobs=1)).exit_code == EXIT_NOTHING_CHECKED
    for settings in (Settings(rule_paths=(long,)), Settings(alias_paths=(long,))):
        with pytest.raises(ConfigError, match=r": cannot be read \(File name too long\)$"):
            crosscheck.check([tmp_path / "a.txt"], settings)

"""Robustness (issue 13): exit codes CI can trust, one bad input never ends a run, reports
written atomically, bounded YAML and JSON, and the hostile inputs found by trying the tool as
a careless or hostile user would. Each test is a regression test for one of those cases."""

from __future__ import annotations

import ast
import json
import os
import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

import crosscheck
import crosscheck.segment
from crosscheck import config, pipeline, safeyaml
from crosscheck.cli import cli
from crosscheck.config import Settings, checked
from crosscheck.errors import ConfigError
from crosscheck.model import RunResult
from tests.conftest import REPO, SEEDS, invoke

SRC = REPO / "src" / "crosscheck"


def report(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return data


def skipped(out: Path) -> dict[str, str]:
    return {s["path"]: s["reason"] for s in report(out)["skipped"]}  # type: ignore[attr-defined]


# --- exit codes ---------------------------------------------------------------------------------


def test_internal_error_exits_4_with_one_line_naming_the_stage(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(pipeline, "judge_story", broken)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 4, result.output
    lines = [x for x in result.stderr.splitlines() if "error:" in x]
    assert len(lines) == 1 and "matching claims" in lines[0] and "ZeroDivisionError" in lines[0]
    assert "Traceback" not in result.stderr and "-v" in lines[0]
    verbose = invoke("-v", "check", "articles", "--out", "out")
    assert verbose.exit_code == 4 and "Traceback" in verbose.stderr


def test_a_bug_while_writing_exits_4_and_keeps_the_earlier_report(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    before = (work / "out" / "report.html").read_bytes()
    from crosscheck.report import pages

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("template exploded")

    monkeypatch.setattr(pages, "render", broken)  # the one-file report (a large run's: pages)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 4 and "writing the html report" in result.stderr
    assert (work / "out" / "report.html").read_bytes() == before  # not truncated
    assert not [p for p in (work / "out").iterdir() if p.name.endswith(".tmp")]


def test_ctrl_c_exits_130(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "judge_story", interrupted)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 130 and "interrupted" in result.stderr


# the program (crosscheck.cli.entry) with a Ctrl-C once the command is done: in an exit
# handler (atexit: multiprocessing's joins, logging's flush), or in the command's own
# clean-up (the garbage collector's settings given back). The signal is the process's
# own, sent where the clean-up runs: no timing to guess.
_LATE_CTRL_C = """
import atexit, contextlib, os, signal, sys, time
import crosscheck.cli as cli

def ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(0.2)  # the handler runs here
    print("clean-up done", file=sys.stderr)

if sys.argv[1] == "exit handler":
    atexit.register(ctrl_c)
else:
    tuned = cli.collector.tuned

    @contextlib.contextmanager
    def late():
        with tuned():
            try:
                yield
            finally:
                ctrl_c()

    cli.collector.tuned = late
sys.argv = ["crosscheck", *sys.argv[2:]]
cli.entry()
"""


@pytest.mark.skipif(os.name == "nt", reason="a SIGINT of its own (os.kill) is POSIX")
@pytest.mark.parametrize("where", ["exit handler", "clean-up"])
def test_ctrl_c_while_the_program_ends_is_exit_130_and_one_line(tmp_path: Path, where: str) -> None:
    """Ctrl-C in an exit handler printed Python's traceback ("Exception ignored in atexit
    callback") and the run ended 0, as if not interrupted; in the command's clean-up, a
    traceback of two exceptions. It is an interrupt: exit 130, the one line
    `crosscheck: interrupted`, no traceback. The exit handlers run to their end (the
    interrupt is kept meanwhile); the command's clean-up is interrupted, as the command
    is."""
    from tests.conftest import fresh_python

    out = tmp_path / "out"
    done = fresh_python(_LATE_CTRL_C, where, "check", str(SEEDS), "--out", str(out), "-q")
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr
    finished = ["clean-up done"] if where == "exit handler" else []
    assert done.stderr.splitlines() == [*finished, "crosscheck: interrupted"], done.stderr
    assert (out / "report.json").is_file()  # the run itself was done


def test_a_closed_stdout_ends_quietly_and_a_full_one_is_exit_2(work: Path) -> None:
    # `crosscheck check --format text | head -0`: click made the closed pipe exit 1, the
    # code of findings; a full disk behind stdout was exit 4, "a bug". A closed pipe is
    # no error of the user's: no message, and 141 as for a process SIGPIPE ends
    import sys

    command = [sys.executable, "-m", "crosscheck", "check", "articles", "--format", "text"]
    code, err = _to_a_closed_stdout(command)
    assert code == 141 and "error" not in err and "Exception" not in err, err
    code, err = _to_a_closed_stdout([sys.executable, "-m", "crosscheck", "rules", "list"])
    assert code == 141 and not err, err
    _to_a_full_stdout_is_exit_2(command)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_stdout_whose_encoding_cannot_hold_a_name_gets_its_escape_not_exit_4(
    tmp_path: Path, encoding: str
) -> None:
    """Text output to a stdout in cp1252 (Windows, output redirected) or latin-1 of an
    article named in another script ('日本.txt') was exit 4, "a bug": the characters it
    cannot hold are escaped, as on stderr, and the run ends by its findings."""
    import subprocess
    import sys

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "日本.txt").write_text("Officials said 120 people died in the fire.\n")
    (tmp_path / "a" / "b.txt").write_text("Officials said 150 people died in the fire.\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-m", "crosscheck", "check", "a", "--format", "text", "-q"]
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, check=False)
    assert done.returncode == 1, done.stderr.decode(encoding)
    out = done.stdout.decode(encoding)
    assert "\\u65e5\\u672c.txt" in out and len(out.splitlines()) == 1, out


def test_a_file_named_as_a_record_of_another_is_skipped_and_listed_not_exit_4(
    tmp_path: Path,
) -> None:
    """A file 'w.jsonl#3.txt' beside 'w.jsonl', whose record '3.txt' has that article id
    too: two articles under one id ended the run with exit 4 ("internal error while finding
    copies") and no report. The later one is skipped and listed; the run goes on."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "w.jsonl").write_text(
        '{"id": "3.txt", "text": "Officials said 120 people died in the fire."}\n'
    )
    (tmp_path / "a" / "w.jsonl#3.txt").write_text("Officials said 150 people died in the fire.\n")
    (tmp_path / "a" / "x.txt").write_text("Officials said 170 people died in the fire.\n")
    out = tmp_path / "out"
    result = invoke("check", str(tmp_path / "a"), "--out", str(out), "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in report["documents"]) == ["w.jsonl#3.txt", "x.txt"]
    [skip] = report["skipped"]
    assert skip["path"].endswith("a/w.jsonl#3.txt") and "w.jsonl#3.txt" in skip["reason"]
    strict = invoke("check", str(tmp_path / "a"), "--out", str(out), "--strict")
    assert strict.exit_code == 3, strict.output


@pytest.mark.skipif(os.name == "nt", reason="file names are text on Windows")
def test_a_file_whose_name_is_shown_as_another_s_is_listed_not_dropped(tmp_path: Path) -> None:
    """'x\\xff.txt' (a byte not UTF-8) is shown as the file named with a backslash is:
    one of the two was dropped without a word (exit 0, even with --strict)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x\\xff.txt").write_text("Officials said 150 people died in the fire.\n")
    with open(os.fsencode(tmp_path / "a") + b"/x\xff.txt", "wb") as f:
        f.write(b"Officials said 120 people died in the fire.\n")
    out = tmp_path / "out"
    result = invoke("check", str(tmp_path / "a"), "--out", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == 1 and len(report["skipped"]) == 1
    assert report["skipped"][0]["path"].endswith("x\\xff.txt")
    assert invoke("check", str(tmp_path / "a"), "--out", str(out), "--strict").exit_code == 3


@pytest.mark.skipif(os.name == "nt", reason="file names are text on Windows")
def test_an_input_named_with_a_byte_not_utf8_is_shown_as_its_articles_are(tmp_path: Path) -> None:
    """A folder 'd<0xff>' given: report.json listed it as "d\\udcff", a lone surrogate that
    strict JSON readers refuse, while its articles' paths said 'd\\xff/...'."""
    folder = os.fsencode(tmp_path) + b"/d\xff"
    os.mkdir(folder)
    with open(folder + b"/one.txt", "wb") as f:
        f.write(b"Officials said 120 people died in the fire.\n")
    out = tmp_path / "out"
    result = invoke("check", os.fsdecode(folder), "--out", str(out), "--format", "json,html")
    assert result.exit_code == 0, result.output
    raw = (out / "report.json").read_text(encoding="utf-8")
    assert "\\udc" not in raw
    report = json.loads(raw)
    assert report["inputs"] == [str(tmp_path / "d\\xff")]
    assert report["documents"][0]["path"] == str(tmp_path / "d\\xff" / "one.txt")


def _to_a_closed_stdout(command: list[str]) -> tuple[int, str]:
    """Run ``command`` with its stdout's reader gone before anything is written: its exit
    code and what it wrote to stderr."""
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    closed = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert closed.stdout is not None and closed.stderr is not None
    closed.stdout.close()
    err = closed.stderr.read().decode()
    return closed.wait(), err


def _to_a_full_stdout_is_exit_2(command: list[str]) -> None:
    """``command`` writing to a full disk (/dev/full, where there is one) exits 2 and says so."""
    import subprocess

    if Path("/dev/full").exists():
        env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
        with open("/dev/full", "w") as full:
            done = subprocess.run(command, stdout=full, stderr=subprocess.PIPE, env=env)
        assert done.returncode == 2 and b"cannot write the output" in done.stderr


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"],
                                  ["baseline", "create", "--help"]])  # fmt: skip
def test_click_own_writes_to_a_closed_or_full_stdout(args: list[str]) -> None:
    # --help and --version are written by click, not through _out: a closed pipe was
    # click's exit 1 (the code of findings), a full disk exit 4 ("a bug")
    import sys

    command = [sys.executable, "-m", "crosscheck", *args]
    code, err = _to_a_closed_stdout(command)
    assert code == 141 and not err, err
    _to_a_full_stdout_is_exit_2(command)


@pytest.mark.parametrize("stdout", ["closed", "read-only"])
@pytest.mark.parametrize("args", [["--version"], ["--help"], ["check", "--help"]])
def test_help_and_version_to_a_stdout_that_cannot_take_them_is_exit_2(
    args: list[str], stdout: str
) -> None:
    """`crosscheck --help >&-`: click wrote the text to no stream, said nothing and the
    program exited 0, as if it had been shown; to a stdout open for reading only it was
    exit 4, "a bug". Either is an output not written, as for the commands' own output
    (`crosscheck rules kinds >&-`): exit 2 and one line."""
    import subprocess
    import sys

    from tests.conftest import fresh_env, unwritable_stdout

    done = subprocess.run([sys.executable, "-m", "crosscheck", *args], stderr=subprocess.PIPE,
                          text=True, env=fresh_env(), timeout=120,
                          preexec_fn=unwritable_stdout(stdout), check=False)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "cannot write the output" in done.stderr
    assert "Traceback" not in done.stderr


def test_unwritable_out_is_exit_2_naming_it(work: Path) -> None:
    (work / "out").write_text("a file, not a folder")
    result = invoke("check", "articles", "--out", "out/reports")
    assert result.exit_code == 2 and "out/reports" in result.stderr


# --- one bad input never ends the run -----------------------------------------------------------


def test_an_input_failing_in_any_stage_is_skipped_and_listed(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (work / "articles" / "bad.txt").write_text("About 3,000 troops were sent.\n")
    real_segment = crosscheck.segment.segment

    def segment(doc: crosscheck.model.Document) -> object:
        if doc.id == "bad.txt":
            raise IndexError("segmenter bug")
        return real_segment(doc)

    monkeypatch.setattr(crosscheck.segment, "segment", segment)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    reasons = skipped(work / "out")
    assert (
        "IndexError" in reasons["articles/bad.txt"] and "segmenting" in reasons["articles/bad.txt"]
    )
    assert report(work / "out")["summary"]["documents"] == 2  # type: ignore[index]
    assert invoke("check", "articles", "--out", "out", "--strict").exit_code == 3


def test_a_reader_bug_costs_only_that_file(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck import ingest

    (work / "articles" / "page.html").write_text("<html><body><p>Some 40 people.</p></body></html>")

    def broken(*args: object) -> object:
        raise KeyError("reader bug")

    monkeypatch.setitem(ingest.READERS, ".html", broken)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0
    assert "KeyError" in skipped(work / "out")["articles/page.html"]


def test_a_document_past_its_time_budget_is_skipped(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (work / "articles" / "slow.txt").write_text("About 3,000 troops were sent.\n")
    _hangs_on(monkeypatch, "slow.txt")
    started = time.monotonic()
    result = invoke("check", "articles", "--out", "out", "--time-budget", "0.5", "-j", "1")
    assert result.exit_code == 0 and time.monotonic() - started < 30
    assert "time budget" in skipped(work / "out")["articles/slow.txt"]
    assert report(work / "out")["summary"]["documents"] == 2  # type: ignore[index]


def test_a_run_whose_every_input_is_skipped_checked_nothing_and_says_so(
    work: Path, tmp_path: Path
) -> None:
    """A budget too small for any document, or nothing readable: not 'no findings' (exit 0
    and an empty report) but exit 5 and one line, with the report listing what was skipped;
    one input read is enough for a result again."""
    starved = invoke("check", "articles", "--out", "out", "--time-budget", "0.000001")
    assert starved.exit_code == 5, starved.output
    (line,) = [x for x in starved.stderr.splitlines() if "error:" in x]
    assert line == (
        "crosscheck: error: nothing was checked: every input was skipped (2 skipped item(s))"
    )
    assert len(skipped(work / "out")) == 2 and all(
        "time budget" in why for why in skipped(work / "out").values()
    )
    unreadable = tmp_path / "unreadable"
    unreadable.mkdir()
    (unreadable / "a.txt").write_bytes(b"\x00\x01")
    (unreadable / "b.md").write_text(" \n")
    same = invoke("check", str(unreadable), "--out", "out2", "-qq")  # an error: always said
    assert same.exit_code == 5 and "every input was skipped (2 skipped item(s))" in same.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    none = invoke("check", str(empty), "--out", "out3")
    assert none.exit_code == 5 and f"no input found in {empty}" in none.stderr
    lines = tmp_path / "lines"
    lines.mkdir()  # one file of three bad lines: three items skipped, not three inputs
    (lines / "feed.jsonl").write_text('{"text": bad\n{"text": also bad\nnot json\n')
    three = invoke("check", str(lines), "--out", "out5")
    assert three.exit_code == 5 and "every input was skipped (3 skipped item(s))" in three.stderr
    shutil.copy(SEEDS / "000_71db2a8b7660cb1e.txt", unreadable)
    assert invoke("check", str(unreadable), "--out", "out4").exit_code == 0
    assert crosscheck.check([empty]).exit_code == 5  # the library call says it too


def test_the_shipped_hook_passes_a_commit_with_no_article_text_and_fails_on_errors(
    work: Path,
) -> None:
    """pre-commit gives the hook every staged file its pattern matches: a package.json or an
    emptied .txt alone failed the commit with exit 5. The hook runs with --allow-empty (the
    flag, or `allow_empty` in the configuration): nothing read is a warning, not a failure;
    without it the run still exits 5."""
    import shlex

    import yaml

    root = Path(__file__).resolve().parents[1]
    [hook] = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = shlex.split(hook["entry"])[1:]  # after the program's name
    (work / "package.json").write_text('{"name": "site", "version": "1.0.0"}\n')
    (work / "notes.txt").write_text("")
    staged = invoke(*entry, "package.json", "notes.txt")
    assert staged.exit_code == 0, staged.output
    assert "nothing was checked: every input was skipped (2 skipped item(s))" in staged.stderr
    assert "error:" not in staged.stderr
    assert invoke("check", "package.json", "notes.txt", "--out", "o").exit_code == 5
    (work / "crosscheck.toml").write_text("allow_empty = true\n")
    assert invoke("check", "package.json", "--out", "o").exit_code == 0
    (work / "crosscheck.toml").unlink()
    # an article staged is checked as ever, and the hook fails on its errors
    hooked = invoke(*entry, "articles", "package.json")
    plain = invoke("check", "articles", "--out", "o2", "--fail-on", "error")
    assert hooked.exit_code == plain.exit_code and "nothing was checked" not in hooked.stderr
    assert invoke(*entry, "package.json", "--strict").exit_code == 3


def test_the_shipped_hook_fails_a_commit_whose_article_cannot_be_read(work: Path) -> None:
    """--allow-empty excused every input that was not read: a commit whose only staged
    article was a binary file (NUL bytes), or past its time budget, passed with a warning
    nobody sees (pre-commit hides the output of a hook that passes). It excuses only inputs
    that held nothing to check; one that could not be read fails the hook, exit 5."""
    import shlex

    import yaml

    root = Path(__file__).resolve().parents[1]
    [hook] = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = shlex.split(hook["entry"])[1:]
    (work / "scan.txt").write_bytes(b"Four people died \x00\x00\x01 in the fire.\n" * 20)
    (work / "notes.txt").write_text("   \n")
    (work / "index.html").write_text("<html><body><nav>Home</nav></body></html>\n")
    binary = invoke(*entry, "scan.txt", "notes.txt")
    assert binary.exit_code == 5, binary.output
    assert "crosscheck: error: nothing was checked" in binary.stderr
    starved = invoke(*entry, "articles", "--time-budget", "0.000001")
    assert starved.exit_code == 5 and "crosscheck: error:" in starved.stderr
    # nothing to check: an emptied file, a page with no article text, a record without one
    (work / "feed.jsonl").write_text('{"id": "a", "title": "no text"}\n[1, 2]\n')
    (work / "tsconfig.json").write_text('{\n // a comment\n "compilerOptions": {}\n}\n')
    nothing = invoke(*entry, "notes.txt", "index.html", "feed.jsonl", "tsconfig.json")
    assert nothing.exit_code == 0 and "error:" not in nothing.stderr, nothing.output
    assert "every input was skipped (5 skipped item(s))" in nothing.stderr
    # article text in a shape not read (a list of paragraphs, a bare string) is no nothing
    paragraphs = {"id": "a", "text": ["Four people died in the fire.", "Twelve were hurt."]}
    for line in (json.dumps(paragraphs), json.dumps("Four people died in the fire on Monday.")):
        (work / "shaped.jsonl").write_text(line + "\n")
        shaped = invoke(*entry, "shaped.jsonl")
        assert shaped.exit_code == 5 and "crosscheck: error:" in shaped.stderr, shaped.output


def _workflow_run(repo: Path, event: str, base: str = "") -> tuple[int, str]:
    """The example workflow's shell steps run as GitHub Actions runs them (bash -e, each
    `${{ }}` expression replaced by its value, RUNNER_TEMP a scratch folder), in the git
    repository ``repo``, with `crosscheck` this package: the last step's exit code and
    what the steps printed. Steps that use an action (checkout, upload) and the install
    are left out."""
    import re
    import subprocess
    import sys

    import yaml

    workflow = yaml.safe_load((REPO / "examples" / "github-actions.yml").read_text("utf-8"))
    (job,) = workflow["jobs"].values()
    shim = repo.parent / "bin" / "crosscheck"
    shim.parent.mkdir(exist_ok=True)
    shim.write_text(
        f'#!/bin/sh\nPYTHONPATH="{SRC.parent}" exec "{sys.executable}" -m crosscheck "$@"\n'
    )
    shim.chmod(0o755)
    temp = repo.parent / "runner-temp"
    temp.mkdir(exist_ok=True)
    values = {"github.event_name": event, "github.event.pull_request.base.sha": base}

    def fill(text: str) -> str:
        return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", lambda m: values[m.group(1)], text)

    code, said = 0, ""
    for step in job["steps"]:
        if "run" not in step or step["run"].lstrip().startswith("pip install"):
            continue
        env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}",
               "RUNNER_TEMP": str(temp),
               **{k: fill(str(v)) for k, v in step.get("env", {}).items()}}  # fmt: skip
        done = subprocess.run(["bash", "-e", "-c", fill(step["run"])], cwd=repo, env=env,
                              capture_output=True, text=True, check=False)  # fmt: skip
        code, said = done.returncode, said + done.stdout + done.stderr
        if code != 0:
            break
    return code, said


@pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                    reason="git and bash run the example workflow")  # fmt: skip
def test_the_example_workflow_checks_the_changed_folders_that_still_exist(
    tmp_path: Path,
) -> None:
    """The GitHub Actions example ran crosscheck on the folder of every file a pull request
    changed, deleted ones too: a pull request that removed a story's folder made it call
    `crosscheck check` on a missing path, exit 2, and fail. It checks the changed folders
    that still exist (a name with a space or a `$(...)` is one folder, never split or run;
    a folder renamed is checked under its new name; a file in a story's subfolder checks
    the story, articles/NAME), and nothing when none is left; a
    base commit that git cannot read fails the step instead of passing as a pull request
    that changes nothing (it had, with `git diff` unseen inside a process substitution);
    nightly, every article."""
    import subprocess

    repo = tmp_path / "repo"
    shutil.copytree(SEEDS, repo / "articles" / "quake")
    (repo / "articles" / "old story").mkdir()
    (repo / "articles" / "old story" / "a.txt").write_text("The fire killed 12 people.\n")
    (repo / "articles" / "flood spring").mkdir()
    (repo / "articles" / "flood spring" / "a.txt").write_text("The flood killed 4 people.\n")
    (repo / "articles" / "storm").mkdir()
    (repo / "articles" / "storm" / "a.txt").write_text("The storm killed 7 people.\n")

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                              cwd=repo, check=True, capture_output=True, text=True)  # fmt: skip
        return done.stdout.strip()

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "base")
    base = git("rev-parse", "HEAD")
    shutil.rmtree(repo / "articles" / "old story")  # a story removed whole
    (repo / "articles" / "flood spring" / "b.txt").write_text("The flood killed 40 people.\n")
    (repo / "articles" / "flood spring" / "wires").mkdir()  # a story's own subfolder
    (repo / "articles" / "flood spring" / "wires" / "c.txt").write_text("It killed 4.\n")
    odd = repo / "articles" / "fire $(touch ran)"  # a name is data, never run
    odd.mkdir()
    (odd / "a.txt").write_text("The fire killed 3 people.\n")
    git("mv", "articles/storm", "articles/storm of May")  # a folder renamed
    git("add", "-A")
    git("commit", "-qm", "pull request")
    code, said = _workflow_run(repo, "pull_request", base)
    assert code in (0, 1), said  # a result, not exit 2 on the folder deleted or renamed
    inputs = report(repo / "reports")["inputs"]
    assert inputs == ["articles/fire $(touch ran)", "articles/flood spring",
                      "articles/storm of May"]  # fmt: skip
    assert not (repo / "ran").exists()
    shutil.rmtree(repo / "reports")
    for bad in ("", "0" * 40):  # no base given, or one the checkout did not fetch
        code, said = _workflow_run(repo, "pull_request", bad)
        assert code != 0 and "nothing to check" not in said, said
        assert not (repo / "reports").exists()
    git("rm", "-rq", "articles/flood spring")
    git("commit", "-qm", "a pull request that only deletes")
    code, said = _workflow_run(repo, "pull_request", git("rev-parse", "HEAD~1"))
    assert code == 0 and not (repo / "reports").exists(), said
    assert "no article folder this pull request changes is left" in said
    code, said = _workflow_run(repo, "schedule")
    assert code in (0, 1) and report(repo / "reports")["inputs"] == ["articles"], said


def test_a_baseline_that_cannot_be_written_is_one_line_exit_2(work: Path, tmp_path: Path) -> None:
    """A --out whose folder is a file, or a name the file system refuses, ended `baseline
    create` with exit 4 ("internal error"), as `check` does not for its --out."""
    (tmp_path / "afile").write_text("x")
    for out, why in (
        (tmp_path / "afile" / "b.json", f"{tmp_path / 'afile'} is not a folder"),
        (tmp_path / "afile" / "deeper" / "b.json", f"{tmp_path / 'afile'} is not a folder"),
        (tmp_path / ("x" * 300 + ".json"), "File name too long"),
        (tmp_path / ("x" * 300) / "b.json", "File name too long"),  # a folder's: exit 4
    ):
        result = invoke("baseline", "create", "articles", "--out", str(out), "-qq")
        lines = result.stderr.splitlines()
        assert result.exit_code == 2 and len(lines) == 1, result.output
        assert lines[0] == f"crosscheck: error: {out}: cannot write the baseline ({why})"


def test_a_baseline_or_an_extract_of_nothing_read_says_so_and_writes_no_baseline(
    work: Path, tmp_path: Path
) -> None:
    """`baseline create` over inputs of which none was read wrote an empty baseline and
    exited 0 (a later check then suppressed nothing, silently); it now writes nothing and
    ends as `check` does, with exit 5 and one line. `extract` prints what it read (each
    skipped input and why) and ends the same way."""
    base = tmp_path / "base.json"
    starved = invoke("baseline", "create", "articles", "--out", str(base),
                     "--time-budget", "0.000001")  # fmt: skip
    assert starved.exit_code == 5, starved.output
    (line,) = [x for x in starved.stderr.splitlines() if "error:" in x]
    assert line == (
        "crosscheck: error: nothing was checked: every input was skipped (2 skipped item(s))"
    )
    assert not base.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    none = invoke("baseline", "create", str(empty), "--out", str(base), "-qq")
    assert none.exit_code == 5 and f"no input found in {empty}" in none.stderr
    assert not base.exists()
    listed = invoke("extract", "articles", "--time-budget", "0.000001")
    assert listed.exit_code == 5 and "every input was skipped (2 skipped item(s))" in listed.stderr
    assert listed.stdout.count("time budget") == 2
    assert invoke("extract", str(empty), "--format", "json").exit_code == 5
    assert invoke("baseline", "create", "articles", "--out", str(base)).exit_code == 0
    assert base.exists() and invoke("extract", "articles").exit_code == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("date.md", "---\ndate: 2025-13-45\n---\nSome 3,000 troops came.\n", None),
        ("digits.txt", "The figure was " + "9" * 5000 + " people.\n", None),
        ("bigint.json", '{"text": "Some 3 people.", "published": ' + "1" * 5000 + "}", None),
        ("bigint.md", "---\ntitle: " + "9" * 5000 + "\n---\nSome 3,000 troops came.\n", None),
        (
            "surrogate.json",
            '{"text": "About 3,000 troops \\ud800 left.", "title": "\\udfff"}',
            None,
        ),
    ],
)
def test_hostile_inputs_do_not_end_the_run(
    work: Path, name: str, content: str, reason: str | None
) -> None:
    (work / "articles" / name).write_text(content)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    data = report(work / "out")
    ids = {d["id"] for d in data["documents"]}  # type: ignore[attr-defined]
    assert {"000_71db2a8b7660cb1e.txt", "003_7f9d67f18c909fa1.txt"} <= ids
    if reason is None:
        assert name in ids, data["skipped"]
    else:
        assert reason in skipped(work / "out")[f"articles/{name}"]


def test_a_deep_jsonl_line_skips_only_that_line(work: Path) -> None:
    good = json.dumps({"text": "About 3,000 troops were sent."})
    (work / "articles" / "feed.jsonl").write_text(good + "\n" + "[" * 100_000 + "]" * 100_000)
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    assert "feed.jsonl#1" in {d["id"] for d in report(work / "out")["documents"]}  # type: ignore[attr-defined]
    assert "nested too deeply" in skipped(work / "out")["articles/feed.jsonl:2"]


def test_lone_surrogates_become_replacement_characters(work: Path) -> None:
    (work / "articles" / "s.json").write_text('{"text": "About 3,000 troops \\ud800 left."}')
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    doc = next(d for d in report(work / "out")["documents"] if d["id"] == "s.json")  # type: ignore[attr-defined]
    assert "\ufffd" in doc["text"] and len(doc["text"]) == len("About 3,000 troops \ud800 left.")


def test_a_record_id_with_a_lone_surrogate_is_read_under_its_escape(work: Path) -> None:
    """A JSONL record whose id holds a lone surrogate ("b\\udfff") was skipped as an
    internal error of the extraction (its claims' ids hash the id as UTF-8), the run
    ending 0 without it. Its id is written with the escape now, and its figures count."""
    (work / "articles" / "id.jsonl").write_text(
        '{"id":"b\\udfff","published":"2024-06-14","text":"A fire at the warehouse injured '
        '40 people, the fire service said."}\n'
        '{"id":"b\\udffe","published":"2024-06-14","text":"A fire at the warehouse injured '
        '20 people, the fire service said."}\n'
    )  # fmt: skip
    result = invoke("check", "articles/id.jsonl", "--out", "out", "--format", "json,text")
    assert result.exit_code == 1, result.output  # the 40 against the 20: an error
    data = report(work / "out")
    assert sorted(d["id"] for d in data["documents"]) == [  # type: ignore[index]
        "id.jsonl#b\\udffe", "id.jsonl#b\\udfff"]  # fmt: skip
    assert data["skipped"] == []  # type: ignore[index]
    # an id written as that escape in plain text is the same id: a repeat, skipped and
    # said, as any repeated id is (the two were one id to the store and crashed a run)
    (work / "articles" / "id.jsonl").write_text(
        '{"id":"b\\udfff","text":"A fire at the warehouse injured 40 people, the fire '
        'service said."}\n{"id":"b\\\\udfff","text":"A fire at the warehouse injured 20 '
        'people, the fire service said."}\n{"id":"  ","text":"Police said 3 people fled."}\n'
    )  # fmt: skip
    again = invoke("check", "articles/id.jsonl", "--out", "out", "--store", "s.db")
    assert again.exit_code == 0, again.output
    assert "line 2 repeats the id 'b\\\\udfff' of an earlier record" in again.stderr


def _fires(*ids: str) -> str:
    """JSON Lines of a fire that injured 40, then 20, ... people, each record with its id
    as JSON writes it (escapes and all)."""
    return "".join(
        f'{{"id":"{i}","text":"A fire at the warehouse injured {40 - 20 * k} people, the fire '
        'service said."}\n'
        for k, i in enumerate(ids)
    )


def test_a_record_id_with_control_characters_is_read_under_their_escapes(work: Path) -> None:
    """A JSONL record's id "\u202e\n\u0000" named its document with a raw NUL and a new
    line: the text output escaped them, but report.html carried the NUL into a document
    list (HTML takes a NUL for none). The id is written with their escapes, in every
    output alike."""
    (work / "articles" / "c.jsonl").write_text(_fires(r"\u202e\n\u0000", r"x\u001b[31m"))
    result = invoke("check", "articles/c.jsonl", "--out", "out", "--format", "json,html")
    assert result.exit_code == 1, result.output  # the 40 against the 20: an error
    ids = sorted(d["id"] for d in report(work / "out")["documents"])  # type: ignore[attr-defined]
    assert ids == ["c.jsonl#x\\x1b[31m", "c.jsonl#\u202e\\n\\x00"]
    page = (work / "out" / "report.html").read_bytes()
    assert b"\x00" not in page and b"\x1b" not in page
    assert "c.jsonl#\u202e\\n\\x00".encode() in page


def _troop_rule(concept: str) -> str:
    """A rule file of one rule, 'my-troops', that selects counts of ``concept``."""
    return (
        "rules:\n  - id: my-troops\n    title: Troop numbers differ\n    severity: warning\n"
        f"    select: {{kinds: [count], concepts: [{concept}]}}\n"
        "    check: {kind: numeric-agreement, rel_tolerance: 0.05}\n"
    )


def test_a_rules_or_aliases_folder_of_which_nothing_is_read_is_said(work: Path) -> None:
    """`--rules` and `--aliases` naming an empty folder (or one of other files, a mistyped
    one that exists) ran with the shipped rules alone, without a word, where `rules check`
    on the same folder exits 2."""
    (work / "empty").mkdir()
    (work / "mine").mkdir()
    (work / "mine" / "notes.yml").write_text("todo: 1\n")
    (work / "good").mkdir()
    (work / "good" / "r.yml").write_text(_troop_rule("military-personnel"))
    (work / "linked").symlink_to(work / "good")  # read once, under the first name
    result = invoke("check", "articles", "--out", "out", "--rules", "empty", "--rules", "mine",
                    "--rules", "good", "--rules", "linked", "--aliases", "empty")  # fmt: skip
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "nothing of it is used" in line]
    assert said == [
        "crosscheck: WARNING: empty: no rule, concept or wire file in it (--rules); nothing of "
        "it is used",
        "crosscheck: WARNING: mine: no rule, concept or wire file in it (--rules); nothing of "
        "it is used",
        "crosscheck: WARNING: empty: no alias file in it (--aliases); nothing of it is used",
    ]


def test_an_alias_file_in_a_rules_folder_not_read_as_one_is_said(work: Path) -> None:
    """The newsroom folder (rules, aliases and cases side by side) given to --rules alone:
    its alias file was silently not read (its rule on `entities: [RFS]` never fired) while
    `rules check` counted "1 alias file(s)". Given to --aliases too, nothing is said; the
    case file is never one to say."""
    shutil.copytree(REPO / "examples" / "newsroom", work / "desk")
    said = "an alias file under --rules is not read (give its folder to --aliases"
    alone = invoke("check", "articles", "--out", "out", "--rules", "desk")
    assert alone.exit_code == 0, alone.output
    lines = [line for line in alone.stderr.splitlines() if said in line]
    # (at the top of the --rules folder: the desk's own, no fixture said)
    assert lines == [f"crosscheck: WARNING: desk/agencies.yml: {said}, or to `aliases` in the "
                     "configuration file, to use it)"]  # fmt: skip
    assert "cases.yml" not in alone.stderr
    both = invoke("check", "articles", "--out", "out", "--rules", "desk", "--aliases", "desk")
    assert both.exit_code == 0 and said not in both.stderr, both.output


def test_a_rule_file_in_a_subfolder_of_a_rules_folder_is_said_not_read(work: Path) -> None:
    """--rules reads a folder one level deep (as its concept files and wire tables): a rule
    in rules/fires/evacuations.yml was silently never run. Said, naming the file; given
    its own folder too, it is read and nothing is said. The shipped folder's aliases/ and
    cases/ hold no rule file: nothing to say of them."""
    (work / "rules" / "fires").mkdir(parents=True)
    (work / "rules" / "troops.yml").write_text(_troop_rule("military-personnel"))
    deep = work / "rules" / "fires" / "evacuations.yml"
    deep.write_text((REPO / "examples" / "newsroom" / "rules.yml").read_text())
    said = (
        "not read: only the files at the top of a --rules folder are read (give its folder "
        "to --rules to use it"
    )
    result = invoke("check", "articles", "--out", "out", "--rules", "rules")
    assert result.exit_code == 0, result.output
    warning = (f"crosscheck: WARNING: rules/fires/evacuations.yml: {said}; a rule test's "
               "fixture may stay where it is)")  # fmt: skip
    assert result.stderr.splitlines().count(warning) == 1, result.stderr
    both = invoke("check", "articles", "--out", "out", "--rules", "rules",
                  "--rules", "rules/fires")  # fmt: skip
    assert both.exit_code == 0 and said not in both.stderr, both.output
    # `rules list` shows "every rule a check would use": it says what the check leaves
    # out too (2ea21f5 walked for `check` alone, and the listing went without a word)
    listed = invoke("rules", "list", "--rules", "rules")
    assert listed.exit_code == 0, listed.output
    assert listed.stderr.splitlines().count(warning) == 1, listed.stderr
    assert "rfs-evacuation-count" not in listed.stdout and "my-troops" in listed.stdout
    listed = invoke("rules", "list", "--rules", "rules", "--rules", "rules/fires")
    assert listed.exit_code == 0 and said not in listed.stderr, listed.output
    shipped = invoke("rules", "check", str(config.shipped_rules_dir()))
    assert shipped.exit_code == 0 and said not in shipped.stderr, shipped.output


def test_links_under_a_rules_folder_are_taken_as_what_they_lead_to(work: Path) -> None:
    """A subfolder of a --rules folder that is a link was passed by without a word, while a
    real one is said not read; a folder whose rule file is a link to one elsewhere had its
    rule read and was said to be of no use. A link to the folder itself (or a parent) is
    no loop, and its files, read at the top, are not said."""
    (work / "kept" / "fires").mkdir(parents=True)
    (work / "kept" / "fires" / "evacuations.yml").write_text(_troop_rule("people"))
    (work / "rules").mkdir()
    (work / "rules" / "troops.yml").write_text(
        _troop_rule("military-personnel").replace("my-troops", "mine"))  # fmt: skip
    (work / "rules" / "fires").symlink_to(work / "kept" / "fires")
    (work / "rules" / "again").symlink_to(work / "rules")
    result = invoke("check", "articles", "--out", "out", "--rules", "rules")
    assert result.exit_code == 0, result.output
    said = [line for line in result.stderr.splitlines() if "not read" in line]
    assert said == ["crosscheck: WARNING: rules/fires/evacuations.yml: not read: only the files "
                    "at the top of a --rules folder are read (give its folder to --rules to use "
                    "it; a rule test's fixture may stay where it is)"], result.stderr  # fmt: skip
    (work / "linked").mkdir()
    (work / "linked" / "fires.yml").symlink_to(work / "kept" / "fires" / "evacuations.yml")
    linked = invoke("check", "articles", "--out", "out", "--rules", "linked")
    assert linked.exit_code == 0, linked.output
    assert "nothing of it is used" not in linked.stderr, linked.stderr
    listed = invoke("rules", "list", "--rules", "linked")
    assert "my-troops" in listed.stdout and "linked/fires.yml" in listed.stdout, listed.output


def test_rules_check_says_a_dangling_link_in_a_folder_once(work: Path) -> None:
    """A .yml link that leads to no file in a checked folder was said twice, by the read
    of the rule files and by that of the alias files."""
    (work / "rules").mkdir()
    (work / "rules" / "troops.yml").write_text(_troop_rule("military-personnel"))
    (work / "rules" / "gone.yml").symlink_to(work / "nowhere.yml")
    result = invoke("rules", "check", "rules")
    assert result.exit_code == 0, result.output
    assert result.stderr.count("rules/gone.yml: left out: a link that leads to no file") == 1


def test_rules_check_help_says_what_its_aliases_are_for() -> None:
    """`rules check --aliases` gives the ids select.entities is checked against, not alias
    files to check: its help says so (the help of `check`'s option was shared)."""
    said = " ".join(invoke("rules", "check", "--help").stdout.split())
    assert "ids a rule's select.entities is checked against" in said, said
    assert "ids a rule's" not in " ".join(invoke("check", "--help").stdout.split())


def test_a_link_to_a_parent_under_a_rules_folder_is_walked_once_without_file_ids(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a file system with no file ids (_identity None) the walk of a --rules folder had
    no guard: a link to the folder itself was walked again and again, its files said not
    read at each depth. It is told by where it really is."""
    from crosscheck.rules import loader

    (work / "rules").mkdir()
    (work / "rules" / "troops.yml").write_text(_troop_rule("military-personnel"))
    (work / "rules" / "again").symlink_to(work / "rules")
    monkeypatch.setattr(loader, "_identity", lambda path: None)
    read = [str(work / "rules" / "troops.yml")]
    assert loader.not_read_below([work / "rules"], None, read) == []


_AGENCIES = (
    "entities:\n  - id: RFS\n    name: Regional Fire Service\n"
    "    aliases: [Regional Fire Service, the fire service, fire chiefs]\n"
)


def _desk_cases(rule_file: str, alias_files: str) -> str:
    """A case file whose test passes only when the fire service's names are one id."""
    return (f"rule_files: [{rule_file}]\nalias_files: [{alias_files}]\ncases:\n"
            "  - name: one source\n    articles:\n"
            "      a.txt: About 1,000 people were evacuated on Friday, the Regional Fire "
            "Service said.\n"
            "      b.txt: Fire chiefs said about 1,000 people were evacuated on Friday.\n"
            "    expect:\n      - {rule: corroborated-figure, severity: info, sources: [RFS], "
            "values: [1000]}\n")  # fmt: skip


def test_an_aliases_folder_holding_a_case_file_reads_every_alias_file_below(work: Path) -> None:
    """A desk's folder given to --aliases with its case file at the top and its aliases
    in desk/aliases/: every alias file below is read (a feature that took alias files
    below a case file's folder for the test's fixtures left them out: reverted), as in a
    folder holding the shipped example desk."""
    (work / "desk" / "aliases").mkdir(parents=True)
    (work / "desk" / "aliases" / "agencies.yml").write_text(_AGENCIES)
    (work / "desk" / "rules.yml").write_text(_troop_rule("people"))
    (work / "desk" / "cases.yml").write_text(_desk_cases("rules.yml", "aliases"))
    result = invoke("check", "articles", "--out", "out", "--aliases", "desk")
    assert result.exit_code == 0 and "not read" not in result.stderr, result.output
    assert report(work / "out")["alias_files"] == [
        "crosscheck:aliases/korean-peninsula.yml", "desk/aliases/agencies.yml"]  # fmt: skip
    shutil.copytree(REPO / "examples" / "newsroom", work / "examples" / "newsroom")
    examples = invoke("check", "articles", "--out", "out", "--aliases", "examples")
    assert examples.exit_code == 0, examples.output
    assert "examples/newsroom/agencies.yml" in report(work / "out")["alias_files"]  # type: ignore[operator]


def test_rules_check_validates_an_alias_file_below_a_case_files_folder(work: Path) -> None:
    """`rules check` validates every alias file under its PATHS, a rule test's fixture too:
    an unknown key in desk/cases/fixtures/fx.yml is exit 2 naming its line."""
    (work / "desk" / "cases" / "fixtures").mkdir(parents=True)
    (work / "desk" / "rules.yml").write_text(_troop_rule("people"))
    (work / "desk" / "cases" / "cases.yml").write_text(
        _desk_cases("../rules.yml", "fixtures/fx.yml"))  # fmt: skip
    (work / "desk" / "cases" / "fixtures" / "fx.yml").write_text(
        "entities:\n  - id: XX\n    aliases: [X]\n    bogus: 1\n")  # fmt: skip
    result = invoke("rules", "check", "desk")
    assert result.exit_code == 2, result.output
    assert "desk/cases/fixtures/fx.yml:4: entity 'XX': unknown key(s) ['bogus']" in result.stderr


def test_rules_test_reads_the_fixtures_below_a_case_files_own_folder(work: Path) -> None:
    """A case file whose alias_files names its own folder ('.') reads the alias files
    below it: its fixtures/agencies.yml makes the fire service's names one source."""
    (work / "tests" / "fixtures").mkdir(parents=True)
    (work / "rules.yml").write_text(_troop_rule("people"))
    (work / "tests" / "fixtures" / "agencies.yml").write_text(_AGENCIES)
    (work / "tests" / "cases.yml").write_text(_desk_cases("../rules.yml", "."))
    result = invoke("rules", "test", "tests")
    assert result.exit_code == 0 and "1 passed, 0 failed" in result.stdout, result.output


def test_a_file_below_a_rules_folder_that_is_not_utf8_does_not_stop_the_run(work: Path) -> None:
    """A binary .yaml in an old subfolder of a rules folder, a file `check` never reads,
    stopped the run with exit 2 ("YAML file is not UTF-8 text"): the scans for what is not
    read (rule files below, alias files) sniffed it. They pass it by; the run checks."""
    (work / "desk" / "old").mkdir(parents=True)
    shutil.copy(REPO / "examples" / "newsroom" / "rules.yml", work / "desk" / "rules.yml")
    (work / "desk" / "old" / "bin.yaml").write_bytes(b"\xff\xfe\x00x")
    (work / "desk" / "old" / "wide.yml").write_text("entities:\n  - id: X\n", encoding="utf-16")
    result = invoke("check", "articles", "--out", "out", "--rules", "desk")
    assert result.exit_code == 0, result.output
    assert "bin.yaml" not in result.stderr and "wide.yml" not in result.stderr, result.stderr


def test_a_rule_file_below_a_rules_folder_is_said_though_a_case_file_names_it(
    work: Path,
) -> None:
    """A case file names the rules it tests: desk/fires/cases.yml (rule_files:
    [evacuations.yml]) beside the forgotten desk/fires/evacuations.yml kept the file unsaid
    (taken for a test's fixture), so `check --rules desk` ran without the desk's evacuation
    rules and without a word; `--rules` on a checkout left out examples/newsroom/rules.yml
    so too. Every such file is said, and the warning gives no advice a fixture should not
    take: give its folder to use it, a fixture may stay where it is."""
    newsroom = REPO / "examples" / "newsroom"
    (work / "desk" / "fires").mkdir(parents=True)
    (work / "desk" / "cases").mkdir(parents=True)
    shutil.copy(newsroom / "rules.yml", work / "desk" / "rules.yml")
    fires = work / "desk" / "fires"
    (fires / "evacuations.yml").write_text(
        (newsroom / "rules.yml").read_text().replace("rfs-", "evac-")
    )
    (fires / "cases.yml").write_text(
        (newsroom / "cases.yml").read_text()
        .replace("rule_files: [rules.yml]", "rule_files: [evacuations.yml]")
        .replace("alias_files: [agencies.yml]", "alias_files: [agencies.yml]")
        .replace("rfs-", "evac-")
    )  # fmt: skip
    shutil.copy(newsroom / "agencies.yml", fires / "agencies.yml")
    cases = work / "desk" / "cases"  # a test's fixtures, named by its case file
    shutil.copy(newsroom / "rules.yml", cases / "fixture-rules.yml")
    (cases / "cases.yml").write_text(
        (newsroom / "cases.yml").read_text()
        .replace("rule_files: [rules.yml]", "rule_files: [fixture-rules.yml]")
        .replace("alias_files: [agencies.yml]", "alias_files: [../fires/agencies.yml]")
    )  # fmt: skip
    assert invoke("rules", "test", "desk/fires").exit_code == 0
    assert invoke("rules", "test", "desk/cases").exit_code == 0
    result = invoke("check", "articles", "--out", "out", "--rules", "desk")
    assert result.exit_code == 0, result.output
    fixture = "a rule test's fixture may stay where it is)"
    said = sorted(line for line in result.stderr.splitlines() if "not read" in line)
    assert said == [
        "crosscheck: WARNING: desk/cases/fixture-rules.yml: not read: only the files at the "
        f"top of a --rules folder are read (give its folder to --rules to use it; {fixture}",
        "crosscheck: WARNING: desk/fires/agencies.yml: an alias file under --rules is not "
        "read (give its folder to --aliases, or to `aliases` in the configuration file, to "
        f"use it; {fixture}",
        "crosscheck: WARNING: desk/fires/evacuations.yml: not read: only the files at the "
        f"top of a --rules folder are read (give its folder to --rules to use it; {fixture}",
    ], result.stderr
    shutil.copytree(newsroom, work / "checkout" / "examples" / "newsroom")
    root = invoke("check", "articles", "--out", "out", "--rules", "checkout")
    assert root.exit_code == 0, root.output
    assert "checkout/examples/newsroom/rules.yml: not read" in root.stderr, root.stderr


def test_a_rules_folder_is_walked_once_past_hidden_folders_and_environments(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check --rules DIR` walked DIR's whole tree twice (rule files below, then alias
    files), reading the head of every YAML file each time (20,000 files: 1.25 s to 2.59 s),
    and `--rules` on a project folder warned of every rule or alias file in its .venv and
    .git. One walk now, each file below read once, hidden folders and virtual environments
    (a folder holding pyvenv.cfg) passed by."""
    newsroom = REPO / "examples" / "newsroom"
    (work / "desk" / "fires").mkdir(parents=True)
    shutil.copy(newsroom / "rules.yml", work / "desk" / "rules.yml")
    shutil.copy(newsroom / "rules.yml", work / "desk" / "fires" / "evacuations.yml")
    shutil.copy(newsroom / "agencies.yml", work / "desk" / "fires" / "agencies.yml")
    site = work / "desk" / "env" / "lib" / "python3.11" / "site-packages" / "pkg"
    site.mkdir(parents=True)
    (work / "desk" / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    shutil.copy(newsroom / "rules.yml", site / "rules.yml")
    shutil.copy(newsroom / "agencies.yml", site / "agencies.yml")
    (work / "desk" / ".git" / "old").mkdir(parents=True)
    shutil.copy(newsroom / "agencies.yml", work / "desk" / ".git" / "old" / "agencies.yml")
    # other tools' trees a project holds: a conda environment, node_modules
    (work / "desk" / "conda" / "conda-meta").mkdir(parents=True)
    shutil.copy(newsroom / "rules.yml", work / "desk" / "conda" / "relaxed.yaml")
    (work / "desk" / "node_modules" / "pkg").mkdir(parents=True)
    shutil.copy(newsroom / "rules.yml", work / "desk" / "node_modules" / "pkg" / "x.yml")
    reads: dict[Path, int] = {}
    real = safeyaml.open_regular

    def counted(path: Any, *args: Any, **kwargs: Any) -> Any:
        reads[Path(path)] = reads.get(Path(path), 0) + 1
        return real(path, *args, **kwargs)

    monkeypatch.setattr(safeyaml, "open_regular", counted)
    result = invoke("check", "articles", "--out", "out", "--rules", "desk")
    assert result.exit_code == 0, result.output
    said = sorted(line for line in result.stderr.splitlines() if "not read" in line)
    assert said == [
        "crosscheck: WARNING: desk/fires/agencies.yml: an alias file under --rules is not "
        "read (give its folder to --aliases, or to `aliases` in the configuration file, to "
        "use it; a rule test's fixture may stay where it is)",
        "crosscheck: WARNING: desk/fires/evacuations.yml: not read: only the files at the top "
        "of a --rules folder are read (give its folder to --rules to use it; a rule test's "
        "fixture may stay where it is)",
    ], result.stderr
    below = {f: n for f, n in reads.items() if f.parent != Path("desk") and "desk" in f.parts}
    assert below == {Path("desk/fires/agencies.yml"): 1, Path("desk/fires/evacuations.yml"): 1}


def test_a_folder_given_twice_spelt_two_ways_is_one_input(work: Path) -> None:
    """'articles' and its absolute path (or './articles/../articles') are one folder: each
    of its files was skipped as "same file ..., read once" and --strict failed a run that
    read every file (the same spelling twice was one already). A link to it is another
    name, still skipped and said."""
    spellings = ["articles", str(work / "articles"), "./articles/../articles"]
    result = invoke("check", *spellings, "--out", "out", "--format", "json", "--strict")
    assert result.exit_code == 0, result.output
    assert "read once" not in result.stderr
    assert len(report(work / "out")["documents"]) == 2  # type: ignore[arg-type]
    (work / "link").symlink_to(work / "articles")
    linked = invoke("check", "articles", "link", "--out", "out", "--strict")
    assert linked.exit_code == 3 and "read once" in linked.stderr


def test_a_rule_selecting_an_id_or_unit_no_claim_has_is_said_by_check(work: Path) -> None:
    """A rule on `entities: [JSC]` (the shipped id is JCS) ran on the seeds, selected
    nothing and said nothing; an id an --aliases file has is no slip of another. A unit
    name (`kilometer`: claims name it 'kilometre') is said by `rules check` alone: reading
    it takes the extractor, which a re-run wholly from the store does without, and the
    warning came and went from run to run; `check` says it on none."""
    (work / "mine").mkdir()
    (work / "mine" / "r.yml").write_text(
        "rules:\n  - id: my-troops\n    title: T\n    severity: warning\n    select:\n"
        "      entities: [JSC]\n      units: [kilometer]\n"
        "    check: {kind: numeric-agreement, rel_tolerance: 0.05}\n"
    )
    result = invoke("check", "articles", "--out", "out", "--rules", "mine")
    assert result.exit_code == 0, result.output
    assert ("mine/r.yml:6: rule 'my-troops': select.entities 'JSC' is in no alias file (did "
            "you mean 'JCS'?)") in result.stderr  # fmt: skip
    assert "'kilometer'" not in result.stderr, result.stderr
    for _ in range(2):  # with a store: extracted, then wholly reused; the same words
        stored = invoke("check", "articles", "--out", "out", "--rules", "mine", "--store",
                        "s.db")  # fmt: skip
        assert stored.exit_code == 0 and "'kilometer'" not in stored.stderr, stored.stderr
        assert "select.entities 'JSC'" in stored.stderr, stored.stderr
    said = invoke("rules", "check", "mine")
    assert ("mine/r.yml:7: rule 'my-troops': select.units 'kilometer': after a figure, "
            "'kilometer' is read as 'kilometre'") in said.stderr, said.stderr  # fmt: skip
    (work / "desk").mkdir()
    (work / "desk" / "a.yml").write_text("entities:\n  - id: JSC\n    name: Joint Sea Council\n")
    known = invoke("check", "articles", "--out", "out", "--rules", "mine", "--aliases", "desk")
    assert known.exit_code == 0 and "'JSC'" not in known.stderr, known.stderr


def test_rules_check_knows_the_alias_ids_check_reads(work: Path) -> None:
    """`rules check` read no configuration and took no --aliases: with `aliases =
    ["aliases"]` defining MOD-UK and JSC, it warned that 'MOD-UK' was no source id a claim
    can have and that 'JSC' was in no alias file (did you mean 'JCS'?), where `check`
    said nothing. It knows the ids `check` reads (the configuration's, or --aliases').
    A bad alias file of the configuration's is an error that says it came from there."""
    (work / "rules").mkdir()
    (work / "aliases").mkdir()
    (work / "rules" / "r.yml").write_text(
        "rules:\n  - id: mod\n    title: T\n    severity: warning\n    select:\n"
        "      entities: [MOD-UK, JSC]\n    check: {kind: numeric-agreement}\n"
    )
    (work / "aliases" / "a.yml").write_text(
        "entities:\n  - id: MOD-UK\n    aliases: [Ministry of Defence]\n"
        "  - id: JSC\n    name: Joint Sea Council\n"
    )
    alone = invoke("rules", "check", "rules")
    assert alone.exit_code == 0, alone.output
    assert ("rules/r.yml:6: rule 'mod': select.entities 'MOD-UK' is no source id a claim can "
            "have") in alone.stderr, alone.stderr  # fmt: skip
    given = invoke("rules", "check", "rules", "--aliases", "aliases")
    assert given.exit_code == 0 and "WARNING" not in given.stderr, given.stderr
    (work / "crosscheck.toml").write_text('aliases = ["aliases"]\nrules = ["rules"]\n')
    configured = invoke("rules", "check", "rules")
    assert configured.exit_code == 0 and "WARNING" not in configured.stderr, configured.stderr
    check = invoke("check", "articles", "--out", "out")
    assert check.exit_code == 0 and "WARNING" not in check.stderr, check.stderr
    (work / "aliases" / "a.yml").write_text("entities:\n  - id: MOD-UK\n    bogus: 1\n")
    bad = invoke("rules", "check", "rules")
    assert bad.exit_code == 2, bad.output
    assert ("aliases/a.yml:3: entity 'MOD-UK': unknown key(s) ['bogus']" in bad.stderr
            and "(an alias file of the configuration's `aliases` in "
            f"{work / 'crosscheck.toml'}, read for the ids a rule's select.entities is "
            "checked against)" in bad.stderr), bad.stderr  # fmt: skip
    # a configuration that cannot be read (a key of another option) was exit 2 where the
    # rules checked alone were fine: a warning, and the ids are the shipped ones and PATHS'
    (work / "crosscheck.toml").write_text('aliases = ["aliases"]\nbogus = 1\n')
    odd = invoke("rules", "check", "rules")
    assert odd.exit_code == 0 and odd.stdout.startswith("ok: 1 rule(s)"), odd.output
    assert ("unknown key 'bogus'" in odd.stderr and "(the configuration file, which `rules "
            "check` reads for its `aliases` alone" in odd.stderr), odd.stderr  # fmt: skip


def test_a_rule_selecting_a_concept_no_file_defines_is_said_by_check(work: Path) -> None:
    """A misspelt concept ('militray-personnel'), or the shipped ones left out with the
    shipped rules, made a user's rule select nothing: `rules check` warned, `check` ran on
    with 0 findings and exit 0 without a word."""
    (work / "mine").mkdir()
    (work / "mine" / "r.yml").write_text(_troop_rule("militray-personnel"))
    result = invoke("check", "articles", "--out", "out", "--rules", "mine")
    assert result.exit_code == 0, result.output
    assert ("mine/r.yml:2: rule 'my-troops': concept 'militray-personnel' is in no concept "
            "file (did you mean 'military-personnel'?)") in result.stderr  # fmt: skip
    (work / "mine" / "r.yml").write_text(
        (work / "mine" / "r.yml").read_text().replace("militray", "military")
    )
    alone = invoke("check", "articles", "--out", "out", "--rules", "mine", "--no-default-rules")
    assert "concept 'military-personnel' is in no concept file" in alone.stderr
    shipped = invoke("check", "articles", "--out", "out", "--rules", "mine")
    assert shipped.exit_code == 0 and "in no concept file" not in shipped.stderr


def test_a_figure_past_what_a_float_holds_is_no_claim_and_the_run_goes_on(work: Path) -> None:
    """'5' and 26 'trillion's is 5e312, read as infinity: formatting it ended the run
    (exit 4, no report), report.json carried 'Infinity' (no JSON reader takes it), and a
    store kept it, failing every later run. Such a figure is no claim; the other figures
    of the run, and of its sentence, are checked as ever."""
    big = " ".join(["trillion"] * 26)
    (work / "articles" / "big.txt").write_text(
        f"The fire caused losses of 5 {big} dollars, and 12 people were hurt, police said.\n"
    )
    result = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert result.exit_code == 0, result.output
    text = (work / "out" / "report.json").read_text(encoding="utf-8")
    json.loads(text, parse_constant=lambda name: pytest.fail(f"report.json holds {name}"))
    claims = [c for c in report(work / "out")["claims"] if c["document"] == "big.txt"]  # type: ignore[index]
    assert [c["text"] for c in claims] == ["12 people"]
    again = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert again.exit_code == 0, again.output


def test_a_file_name_that_is_not_utf8_is_read_and_reported(work: Path) -> None:
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    old = (work / "out" / "report.html").stat().st_size
    Path(os.fsdecode(b"articles/caf\xe9.txt")).write_bytes(b"Some 400 people came.\n")
    result = invoke("check", "articles", "--out", "out", "--format", "html,json,sarif,junit,text")
    assert result.exit_code == 0, result.output
    assert "caf\\xe9.txt" in {d["id"] for d in report(work / "out")["documents"]}  # type: ignore[attr-defined]
    assert (work / "out" / "report.html").stat().st_size >= old > 0


# --- atomic report files, symlinks in --out -----------------------------------------------------


@pytest.mark.parametrize("store", [[], ["--store", "s.db"]])
def test_an_earlier_runs_report_of_a_format_not_written_now_is_removed(
    work: Path, store: list[str]
) -> None:
    """`--format sarif`, then `--format html,json` into the same --out: report.sarif of
    the first run stayed, and a CI step uploading it uploaded the findings of another
    run. A report crosscheck wrote and nobody changed since is removed (with a store,
    one found up to date is as much this run's); one changed since, or one crosscheck
    has no record of writing (the user's own), is left with a warning naming it."""
    out = work / "out"

    def run(formats: str) -> Any:
        result = invoke("check", "articles", "--out", "out", "--format", formats, *store)
        assert result.exit_code == 0, result.output
        return result

    run("sarif")
    run("sarif")  # (with a store: up to date, not written again)
    assert (out / "report.sarif").is_file()
    quiet = run("html,json")
    assert sorted(p.name for p in out.glob("report*")) == ["report.html", "report.json"]
    assert "report" not in quiet.stderr.replace("document(s)", "")  # removed, not warned
    run("sarif,junit")
    (out / "report.sarif").write_text('{"edited": "by hand"}\n', encoding="utf-8")
    run("json")
    assert not (out / "report.junit.xml").exists() and not (out / "report.html").exists()
    assert (out / "report.sarif").read_text(encoding="utf-8") == '{"edited": "by hand"}\n'
    (out / "report.junit.xml").write_text("<testsuites/>\n", encoding="utf-8")  # the user's
    warned = run("json")
    assert (out / "report.junit.xml").read_text(encoding="utf-8") == "<testsuites/>\n"
    lines = [x for x in warned.stderr.splitlines() if "earlier report" in x]
    assert len(lines) == 2 and "WARNING" in lines[0], warned.stderr
    assert "report.sarif" in lines[0] and "changed since" in lines[0]
    assert "report.junit.xml" in lines[1] and "no record" in lines[1]
    run("json,html")  # recorded: then a link in its place, to a file of the same bytes
    (work / "copy.html").write_bytes((out / "report.html").read_bytes())
    (out / "report.html").unlink()
    (out / "report.html").symlink_to(work / "copy.html")
    linked = run("json")
    assert (out / "report.html").is_symlink() and (work / "copy.html").is_file()
    assert "report.html" in linked.stderr and "is a symbolic link now" in linked.stderr


def test_the_record_of_the_reports_written_is_left_as_it_is_when_it_holds_the_same(
    work: Path,
) -> None:
    """Every run wrote --out's record of its report files again, a re-run that wrote the
    same files too (a write and a flush to disk for nothing); it is written when what it
    records changes, and only then."""
    from crosscheck.report import MANIFEST

    assert invoke("check", "articles", "--out", "out", "--format", "json").exit_code == 0
    before = (work / "out" / MANIFEST).stat()
    assert invoke("check", "articles", "--out", "out", "--format", "json").exit_code == 0
    again = (work / "out" / MANIFEST).stat()
    assert (again.st_ino, again.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert invoke("check", "articles", "--out", "out", "--format", "json,sarif").exit_code == 0
    assert "report.sarif" in json.loads((work / "out" / MANIFEST).read_text())["files"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_is_not_read_and_is_no_empty_file(work: Path) -> None:
    os.mkfifo(work / "articles" / "pipe.txt")  # opening it would wait for a writer
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    assert skipped(work / "out")["articles/pipe.txt"].startswith("not a regular file")
    # it held no article known to be empty: --allow-empty does not pass it
    alone = invoke("check", "articles/pipe.txt", "--out", "out2", "--allow-empty")
    assert alone.exit_code == 5, alone.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.parametrize(
    ("args", "what"),
    [
        (["check", "articles", "--out", "out", "--baseline", "pipe"], "the baseline"),
        (["check", "articles", "--out", "out", "--aliases", "pipe"], "alias file"),
        (["eval-findings", "pipe", "articles"], "gold file"),
        (["eval-extract", "pipe"], None),  # was "no NewsQuant.json under pipe"
    ],
)
def test_a_named_pipe_given_as_a_baseline_alias_or_gold_file_is_refused(
    work: Path, args: list[str], what: str | None
) -> None:
    # opening it waited for a writer: the run hung for ever, as --rules and
    # crosscheck.toml given a named pipe do not
    import subprocess
    import sys

    import crosscheck

    os.mkfifo(work / "pipe")
    env = {**os.environ, "PYTHONPATH": str(Path(crosscheck.__file__).parents[1])}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "crosscheck", *args],
            capture_output=True, text=True, timeout=30, env=env,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"crosscheck {' '.join(args)} hung on a named pipe")
    assert done.returncode == 2, done.stderr
    said = f"{what} is not" if what else "not"
    assert done.stderr.strip().splitlines() == [
        f"crosscheck: error: pipe: {said} a regular file (a named pipe, socket or device)"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_as_the_configurations_baseline_is_said_to_be_one(work: Path) -> None:
    os.mkfifo(work / "pipe")  # it was "no such file"
    (work / "crosscheck.toml").write_text('baseline = "pipe"\n', encoding="utf-8")
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2, result.output
    needle = "crosscheck.toml:1: baseline: pipe: not a regular file (a named pipe"
    assert needle in result.stderr, result.stderr


def test_a_write_that_fails_half_way_leaves_nothing_and_closes_its_source(
    tmp_path: Path,
) -> None:
    """A report written from a generator (report.json copying the last file's lines
    holds that file open in it) that fails half way: no file is left, the target keeps
    its bytes, and the generator is closed at once, not when the error is dropped
    (Windows cannot replace a file a run still holds open)."""
    from crosscheck.atomic import write_bytes

    target = tmp_path / "report.json"
    target.write_bytes(b"before")
    closed: list[bool] = []

    def chunks() -> Any:
        try:
            yield b"one"
            yield "two"  # not bytes: the write fails here, its source suspended
            yield b"three"
        finally:
            closed.append(True)

    with pytest.raises(TypeError) as failed:  # held: its traceback keeps the generator
        write_bytes(target, chunks())
    assert closed == [True]  # while the error is still held
    assert "bytes-like" in str(failed.value)  # the write's own error, not the close's
    assert target.read_bytes() == b"before"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_recordings_of_what_was_written_nest(tmp_path: Path) -> None:
    """Two recordings open at once (nested, both empty when the inner one ends): each
    holds the writes made while it was open, and ending one never ends the other."""
    import hashlib

    from crosscheck import atomic

    with atomic.recording() as outer:
        with atomic.recording() as inner:
            pass
        path = atomic.write_text(tmp_path / "a.txt", "one")
    assert inner == {}
    assert outer == {str(path.resolve()): hashlib.sha256(b"one").hexdigest()}
    assert atomic._RECORDS == []


def test_what_a_killed_run_left_in_the_report_folder_the_next_run_removes(work: Path) -> None:
    """A run killed while it wrote its report (SIGKILL, a cancelled CI job) leaves its
    half-written story pages and temporary files in --out. The next run into that
    folder removes those of this machine whose process is gone and that have not changed
    for an hour; never a live run's, another machine's (a shared folder), a recent one
    (another PID namespace under the same host name), the old pages' folder while it holds
    the user's files, or a name of another shape, and a name no PID can be is no error."""
    import subprocess
    import sys

    from crosscheck import atomic

    if os.name != "posix":
        pytest.skip("whether a process lives is asked on POSIX only")
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        out = work / "out"
        host, dead, alive = atomic._HOST, ended.pid, live.pid
        left = {
            f".report-files.{host}.{dead}.k2j4_x9z": "story-0a1b2c3d4e5f.html",
            f".report.json.{host}.{dead}.q1w2e3r4.tmp": None,
        }
        kept = {
            f".report-files.{host}.{alive}.a1b2c3d4": "story-0a1b2c3d4e5f.html",  # running
            f".report-files.{'0' * 8 if host != '0' * 8 else '1' * 8}.{dead}.c3d4e5f6": "x",
            f".report-files.old.{host}.{dead}.x9y8w7v6": "report-files",
            f".report.json.{host}.{dead}.bak": None,  # not mkstemp's shape
            f".report.json.{host}.{'9' * 30}.q1w2e3r4.tmp": None,  # no PID is that large
            "notes.txt": None,
        }
        recent = f".report.json.{host}.{dead}.z9x8c7v6.tmp"  # changed a minute ago
        for name, inside in {**left, **kept, recent: None}.items():
            if inside is None:
                (out / name).parent.mkdir(parents=True, exist_ok=True)
                (out / name).write_text("half", encoding="utf-8")
            else:
                (out / name).mkdir(parents=True)
                (out / name / inside).write_text("half", encoding="utf-8")
            if name != recent:
                hours = time.time() - 2 * 3600
                os.utime(out / name, (hours, hours))
        result = invoke("check", "articles", "--out", "out", "-v")
        assert result.exit_code == 0, result.output
        names = {p.name for p in out.iterdir()}
        assert not names & set(left), names & set(left)
        assert {*kept, recent} <= names
        assert result.stderr.count("left by a run that was stopped") == len(left)
        # this run's own temporary names are ones a later run can tell: host and process
        assert atomic.temp_prefix("report.json") == f".report.json.{host}.{os.getpid()}."
    finally:
        live.kill()
        live.wait()


@pytest.mark.parametrize("refused", ["moving the old pages aside", "putting the new in place"])
def test_pages_that_cannot_be_moved_aside_leave_no_folder_behind(
    work: Path, monkeypatch: pytest.MonkeyPatch, refused: str
) -> None:
    """The story pages' folder cannot be moved aside for the new one (read-only, in
    use), or the new one cannot take its place (another run put a folder there): the run
    fails with exit 2 naming the report folder, the old pages (and a file of the user's
    among them) are where they were, and neither the new pages nor the folder made to
    move the old ones into is left."""
    from crosscheck.report import pages

    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    assert (work / "out" / "report-files").is_dir()
    (work / "out" / "report-files" / "notes.txt").write_text("mine", encoding="utf-8")
    before = {p.name for p in (work / "out").iterdir()}
    pages_before = {p.name for p in (work / "out" / "report-files").iterdir()}
    real = os.replace

    def refusing(src: Any, dst: Any) -> None:
        aside = Path(src).name == "report-files" and Path(dst).name == "report-files"
        into = Path(src).name.startswith(".report-files.") and Path(dst).name == "report-files"
        if aside if refused.startswith("moving") else into:
            raise PermissionError(13, "Permission denied")
        real(src, dst)

    monkeypatch.setattr(pages.os, "replace", refusing)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2, result.stderr
    assert "out/report.html: cannot put the reports in place" in result.stderr
    assert {p.name for p in (work / "out").iterdir()} == before
    assert {p.name for p in (work / "out" / "report-files").iterdir()} == pages_before


def test_a_users_file_in_the_pages_folder_is_kept_and_a_stray_page_removed(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """report-files/ of a run with a store holds a file of the user's and a story page no
    run of these articles wrote (an earlier run's, or copied in). A re-run with nothing
    changed writes the pages again without the stray one (it called them up to date and
    kept it); one after an article changed keeps the user's file (it deleted it with the
    old pages), as a small run's report leaves a folder with others' files alone."""
    from crosscheck.report import pages

    monkeypatch.setattr(pages, "SINGLE_FILE_MAX_DOCS", 1)
    args = ("check", "articles", "--out", "out", "--store", "s.db", "--format", "html")
    assert invoke(*args).exit_code == 0
    assert invoke("check", "articles", "--out", "cold", "--format", "html").exit_code == 0
    folder, cold = work / "out" / "report-files", work / "cold" / "report-files"
    ours = sorted(p.name for p in cold.iterdir())
    assert sorted(p.name for p in folder.iterdir()) == ours
    page = next(p for p in folder.iterdir() if p.name.startswith("story-"))
    (folder / "story-aaaaaaaaaaaa.html").write_bytes(page.read_bytes())
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    assert invoke(*args).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([*ours, "notes.txt"])
    article = sorted((work / "articles").glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials counted 41 boats.\n")
    assert invoke(*args).exit_code == 0
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    # (the one file crosscheck keeps there: the record of the reports written)
    dotted = [p.name for p in (work / "out").iterdir() if p.name.startswith(".")]
    assert dotted == [".crosscheck-outputs.json"]


def test_a_report_file_that_cannot_be_written_is_named(work: Path) -> None:
    """report.json (or report.sarif) replaced by a folder between runs: exit 2 with one
    line naming that file, not only the --out folder it is in."""
    (work / "out" / "report.json").mkdir(parents=True)
    (work / "out" / "report.json" / "x").write_text("a folder", encoding="utf-8")
    result = invoke("check", "articles", "--out", "out", "--format", "json")
    assert result.exit_code == 2, result.output
    said = [x for x in result.stderr.splitlines() if "cannot write" in x]
    assert len(said) == 1 and said[0].startswith(
        "crosscheck: error: out/report.json: cannot write the json report ("
    ), result.stderr
    (work / "out" / "report.sarif").mkdir()
    (work / "out" / "report.sarif" / "x").write_text("a folder", encoding="utf-8")
    result = invoke("check", "articles", "--out", "out", "--format", "sarif")
    assert result.exit_code == 2
    assert "crosscheck: error: out/report.sarif: cannot write the sarif report (" in result.stderr


def test_no_output_replaces_an_input(work: Path) -> None:
    # an article saved as report.html in the folder that is also --out was read, then
    # replaced by the report; `baseline create a.txt --out a.txt` replaced the article
    page = work / "articles" / "report.html"
    page.write_text(
        "<html><head><title>Fire</title></head><body><article><h1>Fire</h1><p>Police said "
        "12 people were killed in the fire on Monday, officials at the scene said.</p><p>"
        "Officials later said 14 people were killed in the fire.</p></article></body></html>"
    )
    before = {p: p.read_bytes() for p in (work / "articles").iterdir()}
    result = invoke("check", "articles", "--out", "articles")
    assert result.exit_code == 2, result.output
    assert "would replace the input articles/report.html" in result.stderr
    one = work / "articles" / sorted(SEEDS.glob("*.txt"))[0].name
    result = invoke("baseline", "create", str(one), "--out", str(one))
    assert result.exit_code == 2 and "would replace the input" in result.stderr, result.output
    assert {p: p.read_bytes() for p in (work / "articles").iterdir()} == before
    page.unlink()  # an earlier report in the way is no input: replaced, run after run
    for fmt in ("json", "html", "sarif", "junit", "text", "json,html,sarif,junit,text"):
        for _ in range(2):  # report.sarif and report.junit.xml are skipped as no article
            again = invoke("check", "articles", "--out", "articles", "--format", fmt)
            assert again.exit_code == 0, (fmt, again.output)


def test_baseline_create_replaces_no_article_found_in_a_folder(work: Path) -> None:
    # `baseline create articles --out articles/a.txt` left its own --out out of the
    # articles (for the baseline it makes again), so an article there was never read, and
    # never refused: it was replaced by the baseline, exit 0 (a JSON Lines feed too)
    feed = work / "articles" / "feed.jsonl"
    feed.write_text(json.dumps({"id": "r1", "text": "Police said 12 people were killed in "
                                "the fire on Monday, officials said."}) + "\n")  # fmt: skip
    before = {p: p.read_bytes() for p in (work / "articles").iterdir()}
    for name in [*(p.name for p in sorted(SEEDS.glob("*.txt"))), feed.name]:
        for by_folder in ([], ["--by-folder"]):
            result = invoke("baseline", "create", "articles", *by_folder,
                            "--out", f"articles/{name}")  # fmt: skip
            assert result.exit_code == 2, (name, result.output)
            assert f"would replace the input articles/{name}" in result.stderr, result.stderr
    assert {p: p.read_bytes() for p in (work / "articles").iterdir()} == before
    # its own baseline there is still no article: made again, run after run, unwarned
    for _ in range(2):
        made = invoke("baseline", "create", "articles", "--out", "articles/base.json")
        assert made.exit_code == 0 and "WARNING" not in made.stderr, made.output


def test_baseline_create_replaces_no_rule_alias_concept_or_configuration_file(
    work: Path,
) -> None:
    # `baseline create articles --rules r.yml --out r.yml` replaced the rule file it read
    # with the baseline (so did an alias or concept file, and `--out crosscheck.toml` the
    # configuration file), exit 0: the next run stopped on a rule file that is JSON
    (work / "mine").mkdir()
    files = {
        "mine/rules.yml": "rules: []\n",
        "mine/concepts.yml": "concepts:\n  - id: widget\n    terms: [widget]\n",
        "mine/aliases.yml": "entities:\n  - id: RG\n    aliases: [regional government]\n",
        "mine/wires.yml": "wires:\n  - id: ZZ\n    names: [Zed News Agency]\n",
        "crosscheck.toml": 'rules = ["mine"]\naliases = ["mine/aliases.yml"]\nstore = "s.db"\n',
    }
    for name, text in files.items():
        (work / name).write_text(text, encoding="utf-8")
    for name, what in (
        ("mine/rules.yml", "the rule file"),
        ("mine/concepts.yml", "the concept file"),
        ("mine/aliases.yml", "the alias file"),
        ("mine/wires.yml", "the wire table"),  # (review: a wire table was replaced)
        ("crosscheck.toml", "the configuration file"),
        ("s.db", "the --store"),  # (review: the store and the articles only it holds)
    ):
        result = invoke("baseline", "create", "articles", "--out", name)
        assert result.exit_code == 2, (name, result.output)
        lines = [x for x in result.stderr.splitlines() if "error:" in x]
        assert len(lines) == 1 and f"would replace {what}" in lines[0], result.stderr
    assert {name: (work / name).read_text(encoding="utf-8") for name in files} == files
    assert invoke("baseline", "create", "articles", "--out", "b.json").exit_code == 0
    assert not (work / "s.db").exists() or (work / "s.db").read_bytes()[:6] == b"SQLite"


def test_baseline_create_replaces_no_device_or_named_pipe(work: Path) -> None:
    # `baseline create articles --out /dev/null` renamed the baseline over the device:
    # run as root (a CI container), /dev/null became a regular file for every program
    pipe = work / "pipe"
    os.mkfifo(pipe)
    for out in (str(pipe), os.devnull):
        result = invoke("baseline", "create", "articles", "--out", out)
        assert result.exit_code == 2, (out, result.output)
        lines = [x for x in result.stderr.splitlines() if "error:" in x]
        assert len(lines) == 1 and f"{out}: not a regular file" in lines[0], result.stderr
    assert pipe.is_fifo() and Path(os.devnull).is_char_device()


def test_no_report_replaces_the_baseline_or_the_store(work: Path) -> None:
    # `check a --baseline out/report.json --out out` replaced the baseline; `--store
    # out/report.sarif --out out --format sarif` replaced the SQLite store (or its journal)
    assert invoke("baseline", "create", "articles", "--out", "out/report.json").exit_code == 0
    before = (work / "out" / "report.json").read_bytes()
    result = invoke("check", "articles", "--baseline", "out/report.json", "--out", "out")
    assert result.exit_code == 2, result.output
    assert "would replace the --baseline out/report.json; nothing was run" in result.stderr
    assert (work / "out" / "report.json").read_bytes() == before
    # the store's journals sit beside it: a report replaces one only with the store
    for store in ("out/report.sarif", "out/report-files/s.db"):
        result = invoke("check", "articles", "--store", store, "--out", "out",
                        "--format", "sarif,html")  # fmt: skip
        assert result.exit_code == 2 and "would replace the --store" in result.stderr, store
        assert not (work / store).exists()  # nothing was run: no store made either
    # nor a link to the store or the baseline in the story pages' folder (replacing the
    # folder deleted it mid-run: the store was compared by what the link leads to, the
    # folder by its own entries), nor a link to a store not made yet
    (work / "kept").mkdir()
    (work / "kept" / "report.json").write_bytes(before)
    assert invoke("check", "articles", "--store", "kept/s.db", "--out", "o2").exit_code == 0
    (work / "out" / "report-files").mkdir(parents=True)
    for option, name in (("--store", "s.db"), ("--baseline", "report.json"),
                         ("--store", "new.db")):  # fmt: skip
        link = work / "out" / "report-files" / name
        link.symlink_to(Path("..", "..", "kept", name))
        result = invoke("check", "articles", option, f"out/report-files/{name}", "--out", "out")
        assert result.exit_code == 2, (name, result.output)
        assert f"would replace the {option} out/report-files/{name}; nothing" in result.stderr
        assert link.is_symlink() and not (work / "kept" / "new.db").exists()
    # nor a link to a folder there that the path goes through (`sub` was deleted with the
    # folder: the store itself, in kept/, is no file of the folder), an input's either
    sub = work / "out" / "report-files" / "sub"
    sub.symlink_to(Path("..", "..", "kept"), target_is_directory=True)
    one = work / "articles" / sorted(SEEDS.glob("*.txt"))[0].name
    (work / "kept" / one.name).write_bytes(one.read_bytes())
    for option, name in (("--store", "s.db"), ("--baseline", "report.json"),
                         ("--store", "new.db"), ("", one.name)):  # fmt: skip
        path = f"out/report-files/sub/{name}"
        named = [option, path] if option else [path]  # an input named after the folder
        result = invoke("check", "articles", *named, "--out", "out")
        what = f"the {option}" if option else "the input"
        assert result.exit_code == 2, (name, result.output)
        assert f"would replace {what} {path}; " in result.stderr, result.stderr
        assert sub.is_symlink() and not (work / "kept" / "new.db").exists()
    # a link elsewhere in --out is no report's: a store through it is used as usual
    (work / "o2" / "kept").symlink_to(Path("..", "kept"), target_is_directory=True)
    result = invoke("check", "articles", "--store", "o2/kept/s.db", "--out", "o2")
    assert result.exit_code == 0 and (work / "o2" / "kept").is_symlink(), result.output
    # nor is an input file named on the command line replaced (known after the run: a
    # file named may be an earlier run's report, replaced as before)
    one = work / "articles" / sorted(SEEDS.glob("*.txt"))[0].name
    result = invoke("check", str(one), "--out", "articles", "--format", "json")
    assert result.exit_code == 0, result.output  # report.json is no input here
    text = one.read_bytes()
    result = invoke("baseline", "create", str(one), "--out", str(one))
    assert "no report written" in result.stderr and result.exit_code == 2
    assert one.read_bytes() == text


def test_a_path_through_the_story_pages_folder_and_back_is_not_replaced(work: Path) -> None:
    # out/report-files/../s.db is out/s.db once resolved, but opening it (or its journals)
    # goes through the folder the report deletes and makes again: refused like a path
    # inside it, with no symbolic link anywhere (a store also before the folder is made)
    assert invoke("baseline", "create", "articles", "--out", "out/base.json").exit_code == 0
    before = (work / "out" / "base.json").read_bytes()
    for made in (False, True):
        if made:
            (work / "out" / "report-files").mkdir()
        for option, name in (("--store", "s.db"), ("--baseline", "base.json"))[: made + 1]:
            path = f"out/report-files/../{name}"
            result = invoke("check", "articles", option, path, "--out", "out")
            assert result.exit_code == 2, (made, name, result.output)
            assert f"would replace the {option} {path}; nothing was run" in result.stderr
    assert not (work / "out" / "s.db").exists()
    assert (work / "out" / "base.json").read_bytes() == before
    # nor is an input read through it replaced (known after the run)
    one = sorted(SEEDS.glob("*.txt"))[0].name
    shutil.copy(work / "articles" / one, work / "out" / one)
    path = f"out/report-files/../{one}"
    result = invoke("check", path, "--out", "out", "--format", "html")
    assert result.exit_code == 2, result.output
    assert f"would replace the input {path}; no report written" in result.stderr
    # the same files named without the folder are used as usual
    result = invoke("check", "articles", "--store", "out/s.db", "--baseline", "out/base.json",
                    "--out", "out")  # fmt: skip
    assert result.exit_code in (0, 1) and (work / "out" / "s.db").is_file(), result.output


FEED = json.dumps(
    {
        "title": "Fire",
        "text": "Police said 12 people were killed in the fire on Monday. Officials later "
        "said 14 people were killed in the fire.",
    }
)


@pytest.mark.parametrize(
    ("pattern", "formats"), [("*.json", "json,html"), ("*", "sarif"), ("*", "junit")]
)
def test_a_glob_of_named_files_run_twice_replaces_its_own_report(
    work: Path, pattern: str, formats: str
) -> None:
    # `check *.json --out . --format json,html` named the first run's report.json the
    # second time, and that was refused before the run as an input (exit 2)
    (work / "w").mkdir()
    (work / "w" / "feed.json").write_text(FEED)
    os.chdir(work / "w")
    for _ in range(2):
        named = sorted(str(p) for p in Path(".").glob(pattern) if p.is_file())
        result = invoke("check", *named, "--out", ".", "--format", formats)
        assert result.exit_code in (0, 1), result.output
        assert "would replace" not in result.stderr
    assert json.loads(Path("feed.json").read_text()) == json.loads(FEED)


def test_baseline_create_on_a_glob_run_twice_replaces_its_own_baseline(work: Path) -> None:
    (work / "w").mkdir()
    (work / "w" / "feed.json").write_text(FEED)
    os.chdir(work / "w")
    for _ in range(2):
        named = sorted(str(p) for p in Path(".").glob("*.json"))
        result = invoke("baseline", "create", *named, "--out", "baseline.json")
        assert result.exit_code == 0, result.output
    assert json.loads(Path("feed.json").read_text()) == json.loads(FEED)
    assert "findings" in json.loads(Path("baseline.json").read_text())


PAGE = (
    "<html><head><title>Fire</title></head><body><article><h1>Fire</h1>"
    + "<p>Police said 12 people were killed in the fire on Monday, officials said.</p>" * 80
    + "</article></body></html>"
)


def test_a_users_file_the_run_skips_for_its_size_is_not_replaced(work: Path) -> None:
    # a real article saved as report.html, skipped as larger than --max-size, was
    # replaced by the report written into its folder
    page = work / "articles" / "report.html"
    page.write_text(PAGE)
    assert page.stat().st_size > 6000 > max(p.stat().st_size for p in SEEDS.glob("*.txt"))
    result = invoke("check", "articles", "--out", "articles", "--format", "html",
                    "--max-size", "6000")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "skipped articles/report.html: larger than the size limit" in result.stderr
    assert "would replace the input articles/report.html; no report written" in result.stderr
    assert page.read_text() == PAGE


def test_a_users_file_past_its_time_budget_is_not_replaced(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = work / "articles" / "report.html"
    page.write_text(PAGE)
    _hangs_on(monkeypatch, "report.html")
    result = invoke("check", "articles", "--out", "articles", "--format", "html",
                    "--time-budget", "0.5", "-j", "1")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "time budget" in result.stderr  # skipped, not read
    assert "would replace the input articles/report.html; no report written" in result.stderr
    assert page.read_text() == PAGE


def test_a_report_link_to_an_input_is_replaced_not_an_input_written(work: Path) -> None:
    # the writer replaces a symbolic link in --out rather than write through it: an
    # out/report.json linking to an article does not touch the article, so it is no clash
    one = work / "articles" / sorted(SEEDS.glob("*.txt"))[0].name
    text = one.read_bytes()
    (work / "out").mkdir()
    (work / "out" / "report.json").symlink_to(one)
    result = invoke("check", "articles", "--out", "out", "--format", "json")
    assert result.exit_code == 0, result.output
    assert one.read_bytes() == text and not (work / "out" / "report.json").is_symlink()


def test_a_symlink_in_out_is_replaced_not_followed(work: Path) -> None:
    victim = work / "victim.txt"
    victim.write_text("precious")
    (work / "out").mkdir()
    (work / "out" / "report.json").symlink_to(victim)
    assert invoke("check", "articles", "--out", "out").exit_code == 0
    assert victim.read_text() == "precious"
    assert not (work / "out" / "report.json").is_symlink()
    assert report(work / "out")["summary"]["documents"] == 2  # type: ignore[index]


# --- bounded YAML -------------------------------------------------------------------------------

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


def test_a_large_plain_alias_or_rule_file_is_no_alias_bomb(work: Path) -> None:
    """An agency list of 1,100 entities with 15 names each (no YAML anchor in it), and a
    rule file of 2,500 rules, were refused as "too large once its aliases are expanded
    (over 20,000 values; an alias bomb?)": the bound counted every value written. Only
    what YAML aliases add is bounded now; a small bomb is still refused, and says so."""
    names = [", ".join(f"Agency {i} office {k}" for k in range(15)) for i in range(1100)]
    entities = "".join(f"  - id: AGENCY-{i}\n    aliases: [{n}]\n" for i, n in enumerate(names))
    (work / "agencies.yml").write_text(f"# every agency we quote\nentities:\n{entities}")
    rules = "".join(
        f"  - id: desk-{i}\n    title: Desk {i} counts differ\n    severity: warning\n"
        f"    select: {{kinds: [count], keywords: [desk{i}]}}\n"
        "    check: {kind: numeric-agreement, rel_tolerance: 0.05}\n"
        for i in range(2500)
    )
    (work / "desks.yml").write_text(f"rules:\n{rules}")
    result = invoke("rules", "check", "agencies.yml", "desks.yml")
    assert result.exit_code == 0, result.output
    assert "ok: 2500 rule(s) in 1 file(s)" in result.output
    (work / "bomb.yml").write_text(f"{BOMB}entities: *i\n")
    bomb = invoke("rules", "check", "bomb.yml")
    assert bomb.exit_code == 2
    assert bomb.stderr == (
        "crosscheck: error: bomb.yml: alias file refused: too large once its aliases are "
        "expanded (they add over 20,000 values; an alias bomb?)\n"
    )


def _chain(anchors: int, levels: int) -> str:
    """Anchors each nesting the one before ``levels`` deep: no line deeper than MAX_DEPTH
    as written, thousands of levels once its aliases are followed."""
    lines = ["d0: &d0 x"]
    for n in range(1, anchors):
        lines.append(f"d{n}: &d{n} {'[' * levels}*d{n - 1}{']' * levels}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("anchors", "levels"), [(30, 45), (24, 45), (3, 30), (2, 49)])
def test_a_yaml_alias_chain_deeper_than_the_bound_is_refused(
    work: Path, anchors: int, levels: int
) -> None:
    """Anchors that each nest the one before 45 levels deep, under the bound line by line,
    are 1,305 levels deep once followed: the loader ended in a RecursionError (exit 4, an
    internal error). An alias counts at the depth it reaches (its place and its anchor's
    levels): refused in one line, exit 2, as deep nesting written out is."""
    (work / "agencies.yml").write_text(
        f"# agencies\n{_chain(anchors, levels)}entities: [{{id: X, aliases: [*d{anchors - 1}]}}]\n"
    )
    result = invoke("rules", "check", "agencies.yml")
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        "crosscheck: error: agencies.yml: alias file refused: nested deeper than 50 levels "
        "(through its aliases)\n"
    )
    # an alias that reaches no deeper than the bound passes, as before (46 levels)
    safeyaml.check_bounds(f"{_chain(2, 45)}x: [*d1]\n", own=True)
    with pytest.raises(safeyaml.BoundsError):
        safeyaml.check_bounds(f"{_chain(2, 45)}x: [[[[[*d1]]]]]\n", own=True)


def test_front_matter_is_bounded_as_written_and_a_rule_file_is_not(work: Path) -> None:
    """Front matter of 600,000 tags (7 MB) was refused with a warning until only what YAML
    aliases add was bounded, then built whole (315 MB): an article is not the user's own
    file. Its values written count again (25,000 tags here: refused, the article read);
    a rule or alias file the user writes is as large as it is written."""
    tags = "".join(f"  - tag-{i}\n" for i in range(25_000))
    (work / "articles" / "tagged.md").write_text(
        f"---\ntitle: Tagged\ntags:\n{tags}---\nSome 3,000 troops came.\n"
    )
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    warnings = [w["message"] for w in report(work / "out")["warnings"]]  # type: ignore[attr-defined]
    assert "front matter refused: too large: over 20,000 values; ignored" in warnings, warnings
    with pytest.raises(safeyaml.BoundsError, match="an alias bomb"):
        safeyaml.load_with_keys(f"{BOMB}title: *i\n")
    names = ", ".join(f"Agency office {k}" for k in range(25_000))
    (work / "agencies.yml").write_text(f"entities:\n  - id: AGENCY\n    aliases: [{names}]\n")
    assert invoke("rules", "check", "agencies.yml").exit_code == 0


@pytest.mark.parametrize("kind", ["entities", "concepts", "rules", "cases"])
def test_an_unhashable_yaml_key_is_an_error_at_its_line(tmp_path: Path, kind: str) -> None:
    # `? [x]: 1` was a TypeError in the line-keeping loader: an internal error (exit 4)
    from crosscheck.extract.entities import load_alias_file
    from crosscheck.match.features import load_concepts
    from crosscheck.rules.cases import load_case_files
    from crosscheck.rules.loader import load_rule_files

    path = tmp_path / f"{kind}.yml"
    path.write_text(f"{kind}: []\n? [x]\n: 1\n")
    load = {
        "entities": load_alias_file,
        "concepts": lambda p: load_concepts([p]),
        "rules": lambda p: load_rule_files([p]),
        "cases": lambda p: load_case_files([p]),
    }[kind]
    with pytest.raises(ConfigError, match=f"(?s){kind}.yml:2: .*unhashable key"):
        load(path)


NAMED_FILES = {  # a file of each kind whose third line gives the name: "{key}: {value}"
    "entities": "entities:\n  - name: X\n    id: {value}\n",
    "concepts": "concepts:\n  - terms: [x]\n    id: {value}\n",
    "rules": "rules:\n  - title: T\n    id: {value}\n    severity: error\n"
    "    check: {{kind: numeric-agreement}}\n",
    "cases": "cases:\n  - articles: {{a.txt: x}}\n    name: {value}\n    expect: []\n",
}


@pytest.mark.parametrize("kind", sorted(NAMED_FILES))
@pytest.mark.parametrize(
    ("value", "wrong"),
    [
        ("12", "must be text, not a number (12 as YAML reads it): put it in quotes"),
        ("[a]", "must be text, not a list (['a'] as YAML reads it): put it in quotes"),
        ("yes", "must be text, not a yes/no (True as YAML reads it): put it in quotes"),
        (
            "2024-01-01",
            "must be text, not a date ('2024-01-01' as YAML reads it): put it in quotes",
        ),
        ("''", "is empty"),
        ("null", "is empty (null)"),
    ],
)
def test_an_id_or_name_that_is_no_text_is_refused_alike_in_every_kind_of_file(
    tmp_path: Path, kind: str, value: str, wrong: str
) -> None:
    # a rule's `id: 12` was "must be a non-empty string", a case's `name: [a]` "must be a
    # string", and a case's `name: null` or `name: ''` ran as the case "None" or ""
    load = _yaml_reader(kind)
    path = tmp_path / f"{kind}.yml"
    path.write_text(NAMED_FILES[kind].format(value=value))
    key = "name" if kind == "cases" else "id"
    with pytest.raises(ConfigError) as caught:
        load(path)
    message = str(caught.value)
    assert f"{path}:3: " in message and f": '{key}' {wrong}" in message, message


@pytest.mark.parametrize("kind", ["rules", "cases"])
@pytest.mark.parametrize(
    ("written", "read"), [("12", "12"), ("0", "0"), ("false", "False"), ("[]", "[]")]
)
def test_the_other_problems_of_a_rule_or_case_whose_name_is_no_text_name_it(
    tmp_path: Path, kind: str, written: str, read: str
) -> None:
    # once `id: 12` was refused as no text, the rule's other messages said rule '?'; a
    # case's `name: 0` (false to Python) was a bare "case" while `id: 0` was rule '0'
    from crosscheck.rules.cases import load_case_files
    from crosscheck.rules.loader import load_rule_files

    path = tmp_path / f"{kind}.yml"
    if kind == "rules":
        path.write_text(f"rules:\n  - id: {written}\n    severity: grave\n    check: {{kind: x}}\n")
        labels = [f"rule '{read}': missing 'title'", f"rule '{read}': severity 'grave'"]
        label = f"rule '{read}'"
    else:
        path.write_text(f"cases:\n  - name: {written}\n    articles: {{a.txt: x}}\n")
        labels = [f"case '{read}': missing 'expect'"]
        label = f"case '{read}'"
    with pytest.raises(ConfigError) as caught:
        (load_rule_files if kind == "rules" else load_case_files)([path])
    lines = str(caught.value).splitlines()[1:]
    assert all(f": {label}: " in x for x in lines) and len(lines) >= len(labels) + 1, lines
    for said in labels:
        assert any(said in x for x in lines), (said, lines)


def _yaml_reader(kind: str) -> Callable[[Path], Any]:
    """The reader of one kind of YAML file (its top-level key), given one path."""
    from crosscheck.extract.entities import load_alias_file
    from crosscheck.gold import load_gold
    from crosscheck.match.features import load_concepts
    from crosscheck.rules.cases import load_case_files
    from crosscheck.rules.loader import load_rule_files
    from crosscheck.sources import load_wires

    return {
        "entities": load_alias_file,
        "concepts": lambda p: load_concepts([p]),
        "rules": lambda p: load_rule_files([p]),
        "cases": lambda p: load_case_files([p]),
        "wires": load_wires,
        "events": load_gold,
    }[kind]


YAML_FILES = {  # the top-level key of each kind of YAML file, and its name in messages
    "entities": "alias file",
    "concepts": "concept file",
    "rules": "rule file",
    "cases": "rule test file",
    "wires": "wire table",
    "events": "gold file",
}


@pytest.mark.parametrize("kind", sorted(YAML_FILES))
@pytest.mark.parametrize(
    "problem", ["syntax", "encoding", "missing", "bomb", "control", "value", "tag"]
)
def test_every_kind_of_yaml_file_says_the_same_of_a_file_it_cannot_read(
    tmp_path: Path, kind: str, problem: str
) -> None:
    # each reader had its own words: "YAML error: ..." (rules, cases), "not valid YAML
    # (...)" with no line and a traceback's text (wires, concepts), "cannot read the gold
    # file (YAMLError)"; a gold file had no bound on its aliases
    load = _yaml_reader(kind)
    path = tmp_path / f"{kind}.yml"
    what = YAML_FILES[kind]
    if problem == "syntax":
        path.write_text(f"{kind}:\n  - [unclosed\n")
        expected = f"{path}:3: {what} is not valid YAML (did not find expected ',' or ']')"
        expected += " (in what begins at line 2)"
    elif problem == "encoding":
        path.write_bytes(f"{kind}:\n  - caf\xe9\n".encode("latin-1"))
        expected = f"{path}: {what} is not UTF-8 text"
    elif problem == "missing":
        expected = f"{path}: cannot read {what} (No such file or directory)"
    elif problem == "control":  # a Windows quote pasted as U+0092, after accented text
        path.write_text(f"{kind}:\n  - « café »\n  - it\u0092s\n", encoding="utf-8")
        expected = f"{path}:3: {what} is not valid YAML (unacceptable character #x0092: "
        expected += "control characters are not allowed)"
    elif problem == "tag":  # "!!bool maybe" was an internal error (KeyError)
        path.write_text(f"{kind}:\n  - x\n  - !!bool maybe\n")
        expected = f"{path}:3: {what} is not valid YAML (cannot read 'maybe' as "
        expected += "tag:yaml.org,2002:bool)"
    elif problem == "value":  # a tag that cannot build its value: it had no line, and all of it
        path.write_text(f"{kind}:\n  - x\n  - !!float {'a' * 3000}\n")
        expected = f"{path}:3: {what} is not valid YAML (could not convert string to float: "
        expected += f"'{'a' * 64}... (3,037 characters))"
    else:
        path.write_text(f"{BOMB}{kind}: *i\n")
        expected = f"{path}: {what} refused: too large once its aliases are expanded"
    started = time.monotonic()
    with pytest.raises(ConfigError) as caught:
        load(path)
    assert expected in str(caught.value)
    assert len(str(caught.value).splitlines()) <= 2  # rules and cases: a heading, then it
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)])
@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: x\x00y\n", 1),
        ("a: « b »\nc: ding\x07\n", 2),
        ("a: ééééééééé\nb: ding\x07\nc: x\nd: y\n", 2),  # 9 bytes more than characters
        ("a: é\r\nb: é\r\nc: it\u0092s\r\n", 3),
        ("a: é\rb: é\rc: \x1b\r", 3),  # CR alone ends a line for YAML too
    ],
)
def test_a_character_yaml_refuses_is_placed_on_its_line_by_either_parser(
    loader: type, text: str, line: int
) -> None:
    # a ReaderError has no mark, only a position: libyaml's in UTF-8 bytes, the Python
    # reader's in characters; the message said neither line nor reason
    with pytest.raises(yaml.YAMLError) as caught:
        list(yaml.parse(text, Loader=loader))
    at, problem, began = safeyaml.where_and_why(caught.value, text)
    assert (at, began) == (line, None)
    assert problem.startswith("unacceptable character #x") and "not allowed" in problem


GOLD = """events:
  - event: e1
    articles: [a1, a2]
    subjects:
      - subject: s1
        verdict: differs
        claims:
          - {article: a1, quote: "q one", value: 10}
          - {article: a2, quote: "q two", value: [3, 4]}
  - event: e2
"""


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("  - event: e2\n", "  - articles: [a3]\n", ":10: gold event 2: missing 'event'"),
        ("  - event: e2\n", "  - e2\n", ":10: gold event 2 is not a mapping"),
        ("        verdict: differs\n", "", ":5: gold event 1: subject 1: missing 'verdict'"),
        ('quote: "q two", ', "", ":9: gold event 1: subject 1: claim 2: missing 'quote'"),
        ("value: 10", "value: ten", ":8: gold event 1: subject 1: claim 1: 'value' must be a"),
        ("value: 10", "value: yes", ":8: gold event 1: subject 1: claim 1: 'value' must be a"),
        ("value: 10", "value: .inf", ":8: gold event 1: subject 1: claim 1: 'value' must be a"),
        ("value: 10", "value: nan", ":8: gold event 1: subject 1: claim 1: 'value' must be a"),
        ("value: 10", "value: 1e999", ":8: gold event 1: subject 1: claim 1: 'value' must be a"),
        ("value: 10", "value: 1" + "0" * 400, ":8: gold event 1: subject 1: claim 1: 'value'"),
        ("[3, 4]", "[3, 1" + "0" * 400 + "]", ":9: gold event 1: subject 1: claim 2: 'value'"),
        ("[3, 4]", "[3, 4, 5]", ":9: gold event 1: subject 1: claim 2: 'value' must be a"),
        ("e2\n", "e2\n    subjects: s\n", ":11: gold event 2: 'subjects' must be a list"),
        # each a type error (exit 4), or read as nothing, before the hunt
        ("[a1, a2]", "5", ":3: gold event 1 'articles' must be a list of names"),
        ("[a1, a2]", "a1", ":3: gold event 1 'articles' must be a list of names"),
        (
            "verdict: differs",
            "verdict: maybe",
            ":6: gold event 1: subject 1: 'verdict' must be "
            "one of agrees, differs, unclear; got 'maybe'",
        ),
        (
            "verdict: differs",
            "verdict: differs\n        unit: [x]",
            ":7: gold event 1: subject 1: 'unit' must be text, not a list",
        ),
        (
            "value: 10}",
            "value: 10, unit: 5}",
            ":8: gold event 1: subject 1: claim 1: 'unit' must be text, not a number",
        ),
    ],
)
def test_a_gold_event_subject_or_claim_that_lacks_a_key_is_one_line_naming_it(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    # an event without 'event:' was a KeyError, a claim's 'value: ten' a ValueError
    from crosscheck.gold import load_gold

    path = tmp_path / "gold.yml"
    path.write_text(GOLD)
    assert [e.event for e in load_gold(path)] == ["e1", "e2"]
    assert GOLD.count(old) == 1
    path.write_text(GOLD.replace(old, new))
    with pytest.raises(ConfigError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert message.startswith(f"{path}{said}") and len(message.splitlines()) == 1, message
    assert len(message) < len(str(path)) + 200, message  # not 400 digits


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1e6", 1e6),
        ("2.5e9", 2.5e9),
        ('"10"', 10.0),
        ("'-3.5'", -3.5),
        ("[1e3, '2e3']", (1e3, 2e3)),
    ],
)
def test_a_gold_value_float_reads_as_a_number_is_one(
    tmp_path: Path, written: str, value: float | tuple[float, float]
) -> None:
    # YAML 1.1 reads 1e6 as text (no dot): hand-written gold said so, and float() read it
    from crosscheck.gold import load_gold

    path = tmp_path / "gold.yml"
    path.write_text(GOLD.replace("value: 10", f"value: {written}"))
    assert load_gold(path)[0].subjects[0].mentions[0].value == value


@pytest.mark.parametrize("field", ["title", "author", "published"])
def test_a_yaml_alias_bomb_in_front_matter_is_refused(work: Path, field: str) -> None:
    (work / "articles" / "bomb.md").write_text(
        f"---\n{BOMB}{field}: *i\n---\nSome 3,000 troops came.\n"
    )
    started = time.monotonic()
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0 and time.monotonic() - started < 60
    warnings = [w["message"] for w in report(work / "out")["warnings"]]  # type: ignore[attr-defined]
    assert any("alias" in w and "refused" in w for w in warnings), warnings


def test_a_binary_yml_in_a_rule_or_alias_folder_is_no_internal_error(work: Path) -> None:
    # the folder sniffers read each *.yml as UTF-8 to find its top-level key; a binary file
    # named .yml ended check, rules check and rules test with exit 4
    (work / "newsroom").mkdir()
    (work / "newsroom" / "logo.yml").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00rules:\n")
    for args in (("check", "articles", "--out", "out", "--rules", "newsroom"),
                 ("check", "articles", "--out", "out", "--aliases", "newsroom"),
                 ("rules", "check", "newsroom"), ("rules", "test", "newsroom")):  # fmt: skip
        result = invoke(*args)
        assert result.exit_code == 2 and "internal error" not in result.output, args
        assert "logo.yml: YAML file is not UTF-8 text" in result.stderr, args
    (work / "newsroom" / "logo.yml").unlink()
    # one that does open with a kind's key is that kind's file, and its loader says why not
    (work / "newsroom" / "rules.yml").write_bytes(b"rules:\n  - id: caf\xe9\n")
    result = invoke("rules", "check", "newsroom")
    assert result.exit_code == 2, result.output
    assert "rules.yml: YAML file is not UTF-8 text" in result.stderr


def test_a_rule_folder_tells_its_files_apart_whatever_their_line_ends(work: Path) -> None:
    # the sniffer read the head as UTF-8 as far as it decoded: a UTF-16 rule file was no
    # rule file, without a word; CR-only line ends hid the top-level key; a named pipe
    # called p.yml blocked the run for ever
    import threading

    from crosscheck import safeyaml

    folder = work / "newsroom"
    folder.mkdir()
    rule = "rules:\n  - id: mine\n    title: T\n    severity: error\n"
    rule += "    check: {kind: numeric-agreement}\n"
    (folder / "cr.yml").write_bytes(rule.replace("\n", "\r").encode())
    assert safeyaml.opens_with(folder / "cr.yml", ("rules",))
    listed = invoke("rules", "list", "--rules", "newsroom")
    assert listed.exit_code == 0 and "mine" in listed.output, listed.output
    (folder / "cr.yml").unlink()
    (folder / "wide.yml").write_text(rule, encoding="utf-16")
    result = invoke("rules", "check", "newsroom")
    assert result.exit_code == 2, result.output
    assert "wide.yml: YAML file is not UTF-8 text" in result.stderr
    (folder / "wide.yml").unlink()
    os.mkfifo(folder / "p.yml")
    found: list[bool] = []
    sniff = threading.Thread(
        target=lambda: found.append(safeyaml.opens_with(folder / "p.yml", ("rules",))),
        daemon=True,
    )
    sniff.start()
    sniff.join(10)
    assert found == [False]
    if sniff.is_alive():  # let the blocked open go
        with open(folder / "p.yml", "w"):
            pass
    # rules check says what it is (it said "its top-level keys are none a rule folder's
    # files have", as of a folder named x.yml)
    (folder / "sub.yml").mkdir()
    (folder / "ok.yml").write_text(rule, encoding="utf-8")
    checked = invoke("rules", "check", "newsroom")
    assert checked.exit_code == 0, checked.output
    said = [x for x in checked.stderr.splitlines() if "left out" in x]
    assert said == [
        "crosscheck: WARNING: newsroom/p.yml: left out: not a regular file (a named pipe, "
        "socket or device)",
        "crosscheck: WARNING: newsroom/sub.yml: left out: a folder, not a rule file",
    ], said


def test_a_yaml_alias_bomb_in_a_rule_file_is_a_rule_error(work: Path) -> None:
    (work / "rules").mkdir()
    (work / "rules" / "bomb.yml").write_text(
        BOMB
        + "rules:\n  - id: x\n    title: t\n    severity: *i\n    check: {kind: corroboration}\n"
    )
    result = invoke("check", "articles", "--rules", "rules", "--out", "out")
    assert result.exit_code == 2 and "bomb.yml" in result.stderr and "alias" in result.stderr
    assert invoke("rules", "check", "rules").exit_code == 2


def test_a_yaml_alias_bomb_in_an_alias_file_is_an_error(work: Path) -> None:
    (work / "aliases.yml").write_text(BOMB + "entities:\n  - id: x\n    name: *i\n")
    result = invoke("check", "articles", "--aliases", "aliases.yml", "--out", "out")
    assert result.exit_code == 2 and "aliases.yml" in result.stderr


# --- baseline -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        '{"version": "2", "findings": []}',
        "[" * 100_000 + "]" * 100_000,
        '{"version": 1, "findings": ' + "[" * 50_000 + "]" * 50_000 + "}",
        '{"version": 1, "findings": [{"id": "f1"}, {"rule": "count-disagreement"}]}',
        '{"version": 1, "findings": [5]}',
    ],
)
def test_a_bad_baseline_is_exit_2_naming_it(work: Path, content: str) -> None:
    (work / "base.json").write_text(content)
    result = invoke("check", "articles", "--out", "out", "--baseline", "base.json")
    assert result.exit_code == 2 and "base.json" in result.stderr, result.output


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about 3\u200b,000 troops", 3000.0),  # zero-width space
        ("about 3,\u200f000 troops", 3000.0),  # right-to-left mark
        ("about 3,0\u2066\u206900 troops", 3000.0),  # isolates
        ("about ３，０００ troops", 3000.0),  # full-width digits and comma
        ("about ٣٬٠٠٠ troops", 3000.0),  # Arabic-Indic digits, Arabic thousands separator
        ("about 2٫5 percent", 2.5),  # Arabic decimal separator
        ("grew 10^6 cells", 1e6),
        # groups typeset apart, as SI and French write them: never "12" and "0 people"
        ("about 12\u202f000 people", 12000.0),  # narrow no-break space
        ("about 12\u00a0000 people", 12000.0),  # no-break space
        ("about 1\u2009234\u2009567 euros", 1234567.0),  # thin space
        ("about 12 000 people", 12000.0),  # a plain space before three zeros
        ("about 1 000 000 people", 1e6),
        ("about 2\u00a0500.5 tonnes", 2500.5),
        # groups of three after a plain space in prose: a thousands' space, as "12 000"
        ("Some 5 600 Rohingya refugees arrived", 5600.0),
        ("the carrier flew 12 298 passengers", 12298.0),
        ("some 1 234 567 votes were cast", 1234567.0),
        ("scored 12 500 points", 12500.0),
        ("On Tuesday 2 300 people marched", 2300.0),
        ("About 2 300 Hamas fighters were killed", 2300.0),  # a plural name, then a noun
        ("paid $5 600 in fines", 5600.0),
        ("It cost 5 600 euros.", 5600.0),  # a unit that ends the phrase
        ("It weighed 5 600 tonnes of grain.", 5600.0),
        # (review) a compound whose noun is singular is the figure's; a word of its own
        ("The 12 500-seat stadium was full.", 12500.0),
        ("The 1 200-page report was published.", 1200.0),
        ("Some 3 400-odd people were evacuated.", 3400.0),
        # a decimal comma before a percent sign or word: a share, as Europe writes it
        ("inflation was 2,1 % in March", 2.1),
        ("turnout reached 63,4%", 63.4),
        ("6,2 per cent were unemployed", 6.2),
        ("it grew 2,5 percent", 2.5),
        # lakh and crore, as India groups them
        ("a fine of ₹1,00,000", 100000.0),
        ("a fine of ₹12,34,56,789", 123456789.0),
    ],
)
def test_figures_with_marks_and_other_separators_are_one_number(text: str, value: float) -> None:
    from crosscheck.extract.numbers import find_numbers, tokenize

    found = [m.value for m in find_numbers(tokenize(text))]
    assert found == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 10^400 rockets were fired.",
        "Officials said 3x10^400 rockets were fired.",
        "Officials said 2.5 × 10^-400 rockets were fired.",
        "Officials said 99^99 rockets were fired.",
    ],
)
def test_a_power_too_large_for_a_count_is_no_figure(text: str) -> None:
    """Its exponent is no count of its own ('400 rockets'), nor is its base ('10')."""
    from crosscheck.extract.numbers import find_numbers, tokenize

    assert find_numbers(tokenize(text)) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a plain space between digits parts two figures in a table or a list: read apart
        ("Table 3 000 4", [3.0, 0.0, 4.0]),  # a group followed by more digits: a table
        ("in 2019 12 000 people", [2019.0, 12.0, 0.0]),  # after a figure: a table too
        ("in 2019 12 500 people", [2019.0, 12.0, 500.0]),
        ("Scores were 12 500 3", [12.0, 500.0, 3.0]),
        ("call 1 877 268 9324", [1.0, 877.0, 268.0, 9324.0]),
        ("call +1 877 268", [1.0, 877.0, 268.0]),  # after a sign
        ("rows 1,2 and 3% of them", [1.0, 2.0, 3.0]),  # a list, a comma and no space
        ("rows 1, 2 %", [1.0, 2.0]),
        ("won 3-5 600 times", [4.0, 600.0]),  # a range's end
        # in prose: a day after its month, a name's number, a model's name after a count,
        # a unit after the group (its own measure), digits that open with a zero
        ("On May 5 300 people marched", [5.0, 300.0]),
        ("Flight 370 239 passengers were lost", [370.0, 239.0]),
        ("Boeing delivered 44 737 MAX aircraft", [44.0, 737.0]),
        ("He won 3 100 metres titles", [3.0, 100.0]),
        ("The state built 12 100-bed hospitals", [12.0, 100.0]),  # a compound counted
        ("The town has 15 100-year-old buildings", [15.0, 100.0]),
        # a decimal's digits, whatever else the sentence holds
        ("The fine was 1 234,50 euros and 5 600 people paid it", [1.0, 234.0, 50.0, 5600.0]),
        ("Air India's 27 787 Dreamliners were grounded", [27.0, 787.0]),  # no Title Case
        ("BA has 32 787 Dreamliners", [32.0, 787.0]),
        ("code 05 600 and 5 600 people", [5.0, 600.0, 5600.0]),
    ],
)
def test_digits_apart_in_a_table_or_list_stay_apart(text: str, found: list[float]) -> None:
    from crosscheck.extract.numbers import find_numbers, tokenize

    assert [m.value for m in find_numbers(tokenize(text))] == found


def test_grouped_figures_are_written_to_their_last_digit() -> None:
    """Written precision reads the figure the tokenizer read: '12 000' (a narrow no-break
    space) and '３，０００' are written to the thousand, as '3,000' is (they read as
    written to the unit: 12 and ３)."""
    from crosscheck.extract.numbers import find_numbers, tokenize
    from crosscheck.quantity import written_step
    from tests.test_judgement import _claim

    for text, step in (("12\u202f000 people", 1000), ("12 000 people", 1000),
                       ("12\u202f345 people", 1), ("３，０００ people", 1000),
                       ("٣٬٠٠٠ people", 1000), ("₹1,00,000", 100000),
                       ("5 600 people", 100), ("12 290 people", 10)):  # fmt: skip
        assert written_step(_claim(f"Police said {text} were counted.")) == step, text
    assert [m.value for m in find_numbers(tokenize("Some 5 600-6 000 people marched."))] == [5800.0]
    # a range's ends in groups: its first end written to the hundred (its value the middle)
    assert written_step(_claim("Police said between 5 600 and 6 000 people marched.")) == 100


def test_a_huge_digit_string_is_no_figure() -> None:
    from crosscheck.extract.numbers import MAX_DIGITS, find_numbers, tokenize

    assert find_numbers(tokenize("it was " + "7" * 5000 + " people")) == []
    # nor one in groups after plain spaces (it was a figure of 5.6e90 people; longer, inf)
    assert find_numbers(tokenize("Some 5" + " 600" * 30 + " people came.")) == []
    assert find_numbers(tokenize("Some 5" + " 600" * 1500 + " people came.")) == []
    assert find_numbers(tokenize("it was 7" + "0" * (MAX_DIGITS - 1) + " people")) != []


def test_a_figure_with_more_significant_digits_than_a_float_holds_is_no_figure(
    tmp_path: Path,
) -> None:
    """Two 30-digit counts that differ past their 16th digit were one float: "2 documents
    agree on 123,456,789,012,345,677,877,719,597,056", a figure neither article wrote. A
    figure a float holds to its last digit stays one, however long: a debt to the cent."""
    from crosscheck.extract.numbers import FLOAT_DIGITS, find_numbers, tokenize

    assert find_numbers(tokenize("it was " + "7" * FLOAT_DIGITS + " people")) != []
    assert find_numbers(tokenize("it was " + "7" * (FLOAT_DIGITS + 2) + " people")) == []
    for name, tail in (("a", "111"), ("b", "222")):
        (tmp_path / f"{name}.txt").write_text(
            f"Officials said 123,456,789,012,345,678,901,234,567,{tail} troops were sent to "
            "the border on Thursday, and 40 people were hurt, police said.\n"
        )
    result = crosscheck.check([tmp_path], crosscheck.Settings(jobs=1))
    assert {c.value for c in result.claims} == {40}
    assert all("123,456" not in f.message for f in result.findings)
    debt = tmp_path / "debt"
    debt.mkdir()
    for name, figure in (("a", "36,218,611,203,458.12"), ("b", "38,218,611,203,458.12")):
        (debt / f"{name}.txt").write_text(
            f"The Treasury said on Friday that the national debt stood at ${figure}, a record.\n"
        )
    owed = crosscheck.check([debt], crosscheck.Settings(jobs=1))
    assert sorted(c.value for c in owed.claims) == [36218611203458.12, 38218611203458.12]
    assert [f.rule for f in owed.findings] == ["money-disagreement"]
    import decimal  # (whatever the caller's decimal context: no rounding, no trap)

    with decimal.localcontext() as context:
        context.prec = 12
        context.traps[decimal.Rounded] = True
        again = crosscheck.check([debt], crosscheck.Settings(jobs=1))
    assert sorted(c.value for c in again.claims) == [36218611203458.12, 38218611203458.12]


# --- the library call ---------------------------------------------------------------------------


def test_check_is_a_library_call_returning_the_run_record(tmp_path: Path) -> None:
    result = crosscheck.check([SEEDS], crosscheck.Settings(fail_on="warning", jobs=1))
    assert isinstance(result, RunResult) and result.exit_code == 1
    assert len(result.documents) == 2 and result.findings
    assert crosscheck.check([SEEDS], Settings(jobs=1)).exit_code == 0
    base = tmp_path / "base.json"
    from crosscheck.baseline import write

    write(result.findings, base)
    accepted = crosscheck.check([SEEDS], Settings(fail_on="warning", baseline=base, jobs=1))
    assert accepted.exit_code == 0 and accepted.suppressed == {f.id for f in result.findings}
    with pytest.raises(ConfigError, match="nope"):
        crosscheck.check([SEEDS], Settings(rule_paths=(tmp_path / "nope",)))


def test_one_path_given_as_a_string_is_that_path_not_its_letters(work: Path) -> None:
    # a str is a Sequence of str: iterated, "articles" was the paths "a", "r", ... and a
    # path with a slash gave "/", walking the whole machine
    for one in ("articles", Path("articles")):
        result = crosscheck.check(one, Settings(jobs=1))
        assert result.inputs == ["articles"] and len(result.documents) == 2, result.skipped


def test_settings_a_python_caller_writes_are_read_or_refused_before_the_run(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a str for a Path, a date as text: an AttributeError, or an internal error (exit 4)
    # naming a stage; a fail_on that does not exist: a KeyError once the run was over
    (work / "base.json").write_text('{"version": 1, "findings": []}')
    given = Settings(jobs=1, store="cc.sqlite", baseline="base.json",  # type: ignore[arg-type]
                     published_default="2024-05-06", rule_paths=["articles"])  # type: ignore[arg-type]  # fmt: skip
    read: list[Settings] = []  # each reading of a caller's settings
    real = pipeline.checked
    monkeypatch.setattr(pipeline, "checked", lambda s: read.append(s) or real(s))
    result = crosscheck.check(["articles"], given)
    assert result.exit_code == 0 and (work / "cc.sqlite").is_file()
    assert {d.published for d in result.documents} == {date(2024, 5, 6)}
    assert read == [given]  # once, by check(), not again by the run it makes
    direct = pipeline.run(["articles"], given)  # a direct run() caller's too
    assert {d.published for d in direct.documents} == {date(2024, 5, 6)} and len(read) == 2
    # any whole number up to 1 is one process, as it always was for a library caller (a
    # run of fewer than POOL_MIN_DOCS documents is one process whatever jobs says: the
    # setting the run gets is what is tested)
    from crosscheck.config import checked

    assert [checked(Settings(jobs=n)).jobs for n in (0, -1, -8, 1, 3)] == [1, 1, 1, 1, 3]
    for wrong, needle in (
        (Settings(fail_on="loud"), "fail_on must be one of"),
        (Settings(jobs=2.0), "jobs must be a whole number"),  # type: ignore[arg-type]
        (Settings(jobs=True), "jobs must be a whole number"),
        (Settings(published_default="2024-13-01"), r"no such date: '2024-13-01' \(no month 13\)"),  # type: ignore[arg-type]
        (Settings(published_default="2024-1-01"), "not an ISO date"),  # type: ignore[arg-type]
        # a TypeError, and an empty store was silently none where the TOML file refuses it
        (Settings(rule_paths=None), "rule_paths must be a path or a list"),  # type: ignore[arg-type]
        (Settings(alias_paths=b"x"), "alias_paths must be a path or a list"),  # type: ignore[arg-type]
        (Settings(store=""), "store must be a path"),  # type: ignore[arg-type]
        (Settings(rule_paths=("",)), "rule_paths: an empty path"),  # type: ignore[arg-type]
        # a yes/no given as text: 'no' turned strict on
        (Settings(strict="no"), "strict must be True or False"),  # type: ignore[arg-type]
        (Settings(shipped_rules="false"), "shipped_rules must be True or False"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ConfigError, match=needle):
            crosscheck.check(["articles"], wrong)
        with pytest.raises(ConfigError, match=needle):
            pipeline.run(["articles"], wrong)


def test_a_library_caller_may_give_one_path_where_a_list_is_taken(work: Path) -> None:
    """One Path for rule_paths, alias_paths or exclude (a str was read, a Path raised a
    TypeError, or an internal error for exclude); an empty path to check is an error, not
    the working directory read whole; a path that does not exist is skipped as such (it
    was 'unsupported file type (no extension)', to be replaced)."""
    examples = Path(__file__).resolve().parents[1] / "examples" / "newsroom"
    one = crosscheck.check(["articles"], Settings(rule_paths=examples / "rules.yml",  # type: ignore[arg-type]
                                                  alias_paths=examples / "agencies.yml"))  # type: ignore[arg-type]  # fmt: skip
    assert one.exit_code in (0, 1) and any(r.id == "rfs-evacuation-count"
                                           for r in pipeline.rule_set(checked(Settings(
                                               rule_paths=examples / "rules.yml"))).rules)  # type: ignore[arg-type]  # fmt: skip
    first = sorted((work / "articles").iterdir())[0]
    left = crosscheck.check(["articles"], Settings(exclude=first.relative_to(work)))  # type: ignore[arg-type]
    assert first.name not in {d.id for d in left.documents} and left.documents
    for empty in ("", [""], [Path("articles"), " "]):
        with pytest.raises(ConfigError, match="paths: an empty path"):
            crosscheck.check(empty)  # type: ignore[arg-type]
    gone = crosscheck.check(["nope", "articles"])
    assert gone.skipped[0].path == "nope" and gone.skipped[0].reason == "no such file or folder"
    assert not gone.skipped[0].replaceable and gone.documents


def test_a_library_caller_keeps_its_own_logging(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """quantulum3's parse() called logging.basicConfig on every call: after a check the
    root logger had a stderr handler of quantulum3's format, so the program's own
    basicConfig did nothing and crosscheck's warnings printed twice. (The root logger
    starts with no handler here, as in a program that has not set logging up; pytest's
    own would hide the call.)"""
    import logging

    monkeypatch.setattr(logging.root, "handlers", [])
    (work / "articles" / "more.txt").write_text("Officials said 1,234 people were hurt.\n")
    crosscheck.check(["articles"], Settings(jobs=1))
    assert logging.root.handlers == []


def test_the_configuration_file_and_a_library_caller_say_the_same(work: Path) -> None:
    # rules = [""] was the working directory, accepted though the docs say an error; the
    # jobs and fail_on checks were written twice with different words
    from crosscheck.config import load_config

    for text, needle in (
        ('rules = [""]', ":1: rules: an empty path"),
        ("jobs = 0", ":1: jobs must be a whole number from 1 to 1,024; got 0"),
        ("jobs = 100000", ":1: jobs must be a whole number from 1 to 1,024; got 100000"),
        ('fail_on = "loud"', ":1: fail_on must be one of info, warning, error, never; got"),
    ):
        (work / "crosscheck.toml").write_text(text + "\n")
        with pytest.raises(ConfigError, match=needle):
            load_config(work)


def test_writers_read_records_and_never_import_the_pipeline() -> None:
    for name in ("json", "sarif", "junit", "text", "outputs", "html"):
        tree = ast.parse((SRC / "report" / f"{name}.py").read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
            a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
        }
        assert "crosscheck.pipeline" not in imported, name


# --- configuration ------------------------------------------------------------------------------


def test_store_new_only_and_jobs_work_from_the_config_file(work: Path) -> None:
    (work / "crosscheck.toml").write_text('store = "cc.sqlite"\nnew_only = true\njobs = 1\n')
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    assert (work / "cc.sqlite").is_file()
    again = invoke("check", "articles", "--out", "out")
    assert again.exit_code == 0
    assert "reused 2 of 2 readings" in again.stderr
    assert report(work / "out")["findings"] == []  # new_only: nothing new


@pytest.mark.parametrize("key", ["rules", "aliases"])
def test_a_missing_path_in_the_config_file_is_an_error(work: Path, key: str) -> None:
    (work / "crosscheck.toml").write_text(f'{key} = ["missing-folder"]\n')
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2
    assert "crosscheck.toml" in result.stderr and "missing-folder" in result.stderr


def test_every_option_is_defined_once() -> None:
    from crosscheck.config import CONFIG_KEYS, OPTIONS

    assert len({o.key for o in OPTIONS}) == len(OPTIONS) == len(CONFIG_KEYS)
    assert len({o.flag for o in OPTIONS}) == len(OPTIONS)
    check_flags = {opt for p in cli.commands["check"].params for opt in getattr(p, "opts", [])}
    assert {o.flag for o in OPTIONS} <= check_flags
    fields = set(Settings.__dataclass_fields__)
    assert {o.key for o in OPTIONS if o.setting} - {"rules", "aliases", "default_rules",
                                                    "max_size"} <= fields  # fmt: skip


# --- bounded time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He ran. " * 10_000,  # 10,000 short sentences in one paragraph
        "Mr. Smith and Dr. Jones met the U.S. envoy at 5 p.m. on Jan. 5. " * 1_500,
        "word " * 20_000,  # 100 kB without a full stop
    ],
)
def test_segmentation_is_linear_in_the_paragraph(text: str) -> None:
    from crosscheck.ingest.textbuild import split_paragraphs
    from crosscheck.model import Document
    from crosscheck.segment import segment

    doc = Document("x", "x", "text", text, split_paragraphs(text))
    started = time.monotonic()
    sentences = segment(doc)
    assert time.monotonic() - started < 5  # was minutes: a search from the paragraph start
    assert all(doc.text[s.span[0] : s.span[1]] == s.text for s in sentences)


# --- paths --------------------------------------------------------------------------------------


def test_a_symlink_out_of_the_input_folder_is_not_followed(work: Path) -> None:
    secret = work / "secret.txt"
    secret.write_text("The password is 12345 and 999 people know it.\n")
    (work / "articles" / "passwd.txt").symlink_to(secret)
    (work / "articles" / "inside.txt").symlink_to(work / "articles" / "000_71db2a8b7660cb1e.txt")
    (work / "articles" / "loop.txt").symlink_to(work / "articles" / "loop.txt")
    (work / "articles" / "elsewhere").symlink_to(work, target_is_directory=True)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    reasons = skipped(work / "out")
    assert "outside the input folder" in reasons["articles/passwd.txt"]
    assert "loop" in reasons["articles/loop.txt"] or "symbolic" in reasons["articles/loop.txt"]
    assert "not followed" in reasons["articles/elsewhere"]
    assert "same file" in reasons["articles/inside.txt"]  # inside: followed, read once
    assert "12345" not in (work / "out" / "report.json").read_text(encoding="utf-8")


def test_a_file_and_a_link_to_it_read_the_file_under_its_own_name(work: Path) -> None:
    """Whatever the order the link and its file are found in (a folder's names sorted, the
    command line's order), the file is read and the link skipped: the report's article
    is named as it is on disk, and stays so if the link goes."""
    folder = work / "pair"
    folder.mkdir()
    (folder / "zeta.txt").write_text("Officials said 300 people were hurt on Monday.\n")
    (folder / "alpha.txt").symlink_to("zeta.txt")
    for given in (["pair"], ["pair/alpha.txt", "pair/zeta.txt"], ["pair", "pair/alpha.txt"]):
        result = invoke("check", *given, "--out", "out")
        assert result.exit_code == 0, result.output
        assert [d["id"] for d in report(work / "out")["documents"]] == ["zeta.txt"]
        assert report(work / "out")["skipped"] == [  # once, though given twice
            {"path": "pair/alpha.txt", "reason": "same file as pair/zeta.txt, read once"}
        ]
    # two links, and a link to a link: each names the file read, in the order found; the
    # file read keeps its place among the others (sorted as with no link)
    (folder / "beta.txt").symlink_to("zeta.txt")
    (folder / "gamma.txt").symlink_to("alpha.txt")
    (folder / "omega.txt").write_text("Officials said 200 people were hurt on Monday.\n")
    result = invoke("check", "pair", "--out", "out")
    assert [d["id"] for d in report(work / "out")["documents"]] == ["omega.txt", "zeta.txt"]
    assert report(work / "out")["skipped"] == [
        {"path": f"pair/{name}.txt", "reason": "same file as pair/zeta.txt, read once"}
        for name in ("alpha", "beta", "gamma")
    ]


def test_a_link_to_a_file_that_does_not_exist_says_where_it_leads(work: Path) -> None:
    """... and one to a file that cannot be looked at (a name too long here; a folder that
    cannot be entered for a user) is skipped, where it ended the run (exit 4); a link
    leading out of the folder says only that, wherever it leads."""
    (work / "articles" / "gone.txt").symlink_to("moved/away.txt")
    (work / "articles" / "long.txt").symlink_to("y" * 300)
    (work / "articles" / "out.txt").symlink_to("/nonexistent/secret/x.txt")
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 0, result.output
    reasons = skipped(work / "out")
    assert reasons["articles/gone.txt"] == (
        "a symbolic link to 'moved/away.txt', which does not exist"
    )
    assert reasons["articles/long.txt"].endswith("which cannot be reached (File name too long)")
    assert reasons["articles/out.txt"] == (
        "a symbolic link to a file outside the input folder; not followed"
    )
    assert "skipped articles/gone.txt: a symbolic link to 'moved/away.txt'" in result.stderr


def test_out_inside_the_input_folder_is_not_read(work: Path) -> None:
    out = "articles/reports"
    assert (
        invoke("check", "articles", "--out", out, "--format", "html,json,sarif,junit").exit_code
        == 0
    )
    again = invoke("check", "articles", "--out", out, "--strict")
    assert again.exit_code == 0, again.output
    assert report(work / out)["skipped"] == []


def test_an_out_folder_inside_the_input_folder_is_not_read_and_what_it_holds_is_said(
    work: Path,
) -> None:
    # `check articles --out articles/b`, b a story's folder: the --out folder is left out
    # of the input whole (its reports are no articles), but its articles were left out
    # unsaid ("0 skipped input(s)", "0 warning(s)"); read instead, a README kept beside
    # the reports in the default `reports/` was read as an article, and every later run
    # listed the run's own reports as skipped inputs (--strict: exit 3)
    second = sorted((work / "articles").glob("*.txt"))[1]
    (work / "articles" / "b").mkdir()
    second.rename(work / "articles" / "b" / second.name)
    for by_folder in ([], ["--by-folder"]):
        args = ["check", "articles", *by_folder, "--format", "json", "--out", "articles/b"]
        for _ in range(2):
            result = invoke(*args, "--strict")
            assert result.exit_code == 0, result.output
        inside = report(work / "articles" / "b")
        assert [d["id"] for d in inside["documents"]] == ["000_71db2a8b7660cb1e.txt"]
        assert inside["skipped"] == []
        said = (
            f"the report folder (--out) is inside an input folder and is not read: "
            f"{second.name} in it is not checked (give --out a folder of its own"
        )
        assert [w["path"] for w in inside["warnings"]] == ["articles/b"]
        assert said in inside["warnings"][0]["message"]
        assert said in result.stderr and "1 warning(s)" in result.stderr

    (work / "articles" / "b" / "report.json").unlink()  # (an input folder's again below)
    reports = work / "articles" / "reports"  # the default --out, with a README of its own
    reports.mkdir()
    (reports / "README.md").write_text("# Reports\n\nThe 2 reports of each night.\n")
    for _ in range(2):
        result = invoke("check", "articles", "--format", "json,html", "--out",
                        "articles/reports", "--strict")  # fmt: skip
        assert result.exit_code == 0, result.output
    written = report(reports)
    assert len(written["documents"]) == 2 and written["skipped"] == []  # (b is read now)
    assert "README.md in it is not checked" in written["warnings"][0]["message"]
    (work / "crosscheck.toml").write_text('out = "articles/reports"\n')  # baseline create
    made = invoke("baseline", "create", "articles", "--out", "base.json")  # reads as check
    assert made.exit_code == 0 and "README.md in it is not checked" in made.stderr


def test_an_out_folder_that_an_input_names_is_read_and_said_of_in_no_warning(
    work: Path,
) -> None:
    # `check articles articles/b --out articles/b`: b, inside the input articles, is an
    # input too, so its articles are read (as an --out that is an input folder is), but
    # the run warned that they were not checked; so with b's article named alone
    second = sorted((work / "articles").glob("*.txt"))[1]
    (work / "articles" / "b").mkdir()
    second.rename(work / "articles" / "b" / second.name)
    every = len(list((work / "articles").rglob("*.txt")))
    for inputs in (["articles", "articles/b"], ["articles/b", "articles"],
                   ["articles", f"articles/b/{second.name}"]):  # fmt: skip
        for _ in range(2):  # (the second run finds the first's reports in b)
            result = invoke("check", *inputs, "--format", "json", "--out", "articles/b",
                            "--strict")  # fmt: skip
            assert result.exit_code == 0, result.output
            written = report(work / "articles" / "b")
            assert len(written["documents"]) == every and written["skipped"] == []
            assert written["warnings"] == [] and "not checked" not in result.stderr
    # --out inside the second of two inputs: its article is not read, and said so
    result = invoke("check", "articles/b", "articles", "--format", "json", "--out", "articles/b/r")
    assert result.exit_code == 0 and "not checked" not in result.stderr
    (work / "articles" / "b" / "r" / "c.txt").write_text("Some 3 people.\n")
    result = invoke("check", "articles/b", "articles", "--format", "json", "--out", "articles/b/r")
    assert result.exit_code == 0 and "c.txt in it is not checked" in result.stderr
    # a folder in --out with nothing to check (an earlier --out kept there, an empty one)
    # was named as not checked too
    result = invoke("check", "articles", "--format", "json,html", "--out", "articles/x/old")
    assert result.exit_code == 0
    (work / "articles" / "x" / "empty").mkdir()
    result = invoke("check", "articles", "--format", "json", "--out", "articles/x")
    assert result.exit_code == 0 and "not checked" not in result.stderr
    assert report(work / "articles" / "x")["warnings"] == []
    # but a file of a report's name that no run wrote there is a user's, and so is one
    # in an old report's pages folder: their folders are named, as before
    article = '{"articles": [{"id": "x", "text": "The fire killed 14 people, police said."}]}'
    (work / "articles" / "x" / "mine").mkdir()
    (work / "articles" / "x" / "mine" / "report.json").write_text(article)
    (work / "articles" / "x" / "old" / "report-files").mkdir(exist_ok=True)
    (work / "articles" / "x" / "old" / "report-files" / "notes.txt").write_text("Some 3 people.\n")
    result = invoke("check", "articles", "--format", "json", "--out", "articles/x")
    assert result.exit_code == 0
    assert "mine/, old/ in it are not checked" in result.stderr, result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder whatever its mode")
def test_an_unreadable_sub_folder_is_listed_and_fails_strict(work: Path) -> None:
    locked = work / "articles" / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Some 3 people.\n")
    locked.chmod(0)
    try:
        result = invoke("check", "articles", "--out", "out", "--strict")
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 3 and "locked" in result.stderr


def _as_a_user(args: list[str], cwd: Path) -> Any:
    """`crosscheck ARGS` in ``cwd`` as a user that file modes bind: this one, or nobody when
    the tests run as root (root reads any file whatever its mode)."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "crosscheck", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root reads any file whatever its mode, and no setpriv to run as nobody")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "PYTHONPATH": str(Path(crosscheck.__file__).parents[1])}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_an_unreadable_article_named_on_the_command_line_is_skipped_not_the_run() -> None:
    """Named on the command line, an article that cannot be read ended the run with exit 2
    and no report ("Invalid value for 'PATHS...': ... is not readable"), where one found in
    a folder is skipped and listed; and one under a folder that may not be searched was
    said not to exist. Both are skipped with why, the others checked; a path that does not
    exist is still a usage error."""
    import tempfile

    work = Path(tempfile.mkdtemp(dir="/tmp"))  # (pytest's tmp_path is closed to others)
    try:
        work.chmod(0o755)
        for name in ("a.txt", "b.txt", "locked.txt"):
            shutil.copy(SEEDS / "000_71db2a8b7660cb1e.txt", work / name)
        (work / "locked.txt").chmod(0)
        (work / "shut").mkdir()
        shutil.copy(SEEDS / "003_7f9d67f18c909fa1.txt", work / "shut" / "c.txt")
        (work / "shut").chmod(0)
        (work / "out").mkdir(mode=0o777)
        (work / "out").chmod(0o777)
        run = _as_a_user(["check", "a.txt", "b.txt", "locked.txt", "shut/c.txt", "--out",
                          "out", "--format", "json", "--strict", "--jobs", "1"], work)  # fmt: skip
        assert run.returncode == 3, run.stderr
        assert "locked.txt: cannot be read (Permission denied)" in run.stderr
        assert "c.txt: cannot be read (Permission denied)" in run.stderr
        written = report(work / "out")
        assert [d["path"] for d in written["documents"]] == ["a.txt", "b.txt"]  # type: ignore[index]
        assert sorted(s["path"] for s in written["skipped"]) == ["locked.txt", "shut/c.txt"]  # type: ignore[attr-defined]
        missing = _as_a_user(["check", "a.txt", "nowhere.txt", "--out", "out"], work)
        assert missing.returncode == 2 and "'nowhere.txt' does not exist" in missing.stderr
        # read once into a store while it could be, then not: the store never stands in
        # for it (it was listed as skipped and used all the same, "1 from the store")
        (work / "shut").chmod(0o755)
        stored = ["check", "a.txt", "shut/c.txt", "--out", "out", "--store", "out/st.db",
                  "--format", "json", "--jobs", "1", "--strict"]  # fmt: skip
        assert _as_a_user(stored, work).returncode == 0
        (work / "shut").chmod(0)
        again = _as_a_user(stored, work)
        assert again.returncode == 3, again.stderr
        assert [d["path"] for d in report(work / "out")["documents"]] == ["a.txt"]  # type: ignore[index]
    finally:
        (work / "shut").chmod(0o755)
        shutil.rmtree(work)


def test_a_store_in_a_folder_that_cannot_be_written_says_so() -> None:
    """A store file that can be written, in a folder that cannot, was "not a usable
    crosscheck store (attempt to write a readonly database)": SQLite's word for the journal
    it cannot make beside it, read as a damaged store, which invited deleting a good one."""
    import tempfile

    work = Path(tempfile.mkdtemp(dir="/tmp"))  # (pytest's tmp_path is closed to others)
    try:
        work.chmod(0o755)
        shutil.copy(SEEDS / "000_71db2a8b7660cb1e.txt", work / "a.txt")
        (work / "keep").mkdir()
        crosscheck.check([work / "a.txt"], Settings(store=work / "keep" / "s.db", jobs=1))
        for name in ("s.db", "s.db-wal", "s.db-shm"):
            if (work / "keep" / name).exists():
                (work / "keep" / name).chmod(0o666)
        (work / "keep").chmod(0o555)
        (work / "out").mkdir(mode=0o777)
        (work / "out").chmod(0o777)
        run = _as_a_user(["check", "a.txt", "--store", "keep/s.db", "--out", "out"], work)
        assert run.returncode == 2, run.stderr
        assert "keep/s.db: the store's folder is read-only (" in run.stderr
        assert "not a usable" not in run.stderr
        # a store named through a link in a read-only folder lives (and journals) where
        # the link leads: the link's folder is not the one SQLite writes in
        (work / "keep").chmod(0o755)
        (work / "real").mkdir(mode=0o777)
        (work / "real").chmod(0o777)
        shutil.move(work / "keep" / "s.db", work / "real" / "s.db")
        for name in ("s.db-wal", "s.db-shm"):
            (work / "keep" / name).unlink(missing_ok=True)
        (work / "keep" / "s.db").symlink_to(work / "real" / "s.db")
        (work / "keep").chmod(0o555)
        linked = _as_a_user(["check", "a.txt", "--store", "keep/s.db", "--out", "out"], work)
        assert linked.returncode == 0, linked.stderr
    finally:
        (work / "keep").chmod(0o755)
        shutil.rmtree(work)


def test_the_command_line_in_a_removed_working_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a folder removed meanwhile, with absolute paths, it was exit 4, "internal
    error: FileNotFoundError (a bug...)": looking for its configuration file there."""
    (tmp_path / "gone").mkdir()
    monkeypatch.chdir(tmp_path / "gone")
    (tmp_path / "gone").rmdir()
    result = invoke("check", str(SEEDS), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2, result.output
    assert "the working folder was removed" in result.stderr and "internal" not in result.stderr


def test_a_store_that_is_a_link_into_a_missing_folder_says_so(work: Path) -> None:
    (work / "s.db").symlink_to(work / "nowhere" / "y.db")
    result = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert result.exit_code == 2
    assert f"s.db: the store's folder {work / 'nowhere'} does not exist" in result.stderr


# --- outputs with hostile file names ------------------------------------------------------------

HOSTILE = "x y#%\n\x1b[31mred\x01\u202e.txt"


def test_an_outlets_name_cannot_forge_a_line_of_the_text_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text output's '[latest: ...]' names the outlets as their records write them:
    it was not escaped as the message is, so a JSON record's source with a new line put a
    line of its own ('fake.md:9:9: error forged-finding') into a CI log."""
    story = tmp_path / "a.jsonl"
    story.write_text(
        json.dumps({"id": "x", "source": "A\nfake.md:9:9: error forged-finding\r",
                    "published": "2024-06-14",
                    "text": "A fire at the warehouse injured 20 people, the fire service said."})
        + "\n" + json.dumps({"id": "z", "source": "B\u2028C\u0085D", "published": "2024-06-14",
                            "text": "A fire at the warehouse injured 40 people, the fire "
                                    "service said."}) + "\n"
    )  # fmt: skip
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "a.jsonl", "--out", "out", "--format", "text")
    assert result.exit_code == 1, result.output
    lines = result.stdout.split("\n")[:-1]  # one per finding, nothing else splits it
    assert lines and all(line.startswith("a.jsonl:") for line in lines), lines
    assert all(ch not in result.stdout for ch in "\r\u2028\u0085")
    assert "[latest: " in result.stdout and "A\\nfake.md:9:9" in result.stdout


def test_outputs_survive_hostile_file_names(work: Path) -> None:
    import xml.etree.ElementTree as ET

    seed = work / "articles" / "000_71db2a8b7660cb1e.txt"
    seed.rename(work / "articles" / HOSTILE)
    result = invoke(
        "check", "articles", "--out", "out", "--format", "html,json,sarif,junit,text",
        "--fail-on", "warning",
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    ET.parse(work / "out" / "report.junit.xml")  # well-formed
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("articles/") for line in lines)  # one line each
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\x1b" not in result.stderr
    assert "x y#%\\n\\x1b[31mred\\x01\\u202e.txt" in result.stdout
    sarif = json.loads((work / "out" / "report.sarif").read_text(encoding="utf-8"))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
        for loc in [*r["locations"], *r["relatedLocations"]]
    }
    assert "articles/x%20y%23%25%0A%1B%5B31mred%01%E2%80%AE.txt" in uris


def test_a_date_out_of_range_and_a_stale_entry_with_no_rule_read_as_written(work: Path) -> None:
    # the messages showed Python's reprs: "date out of range: datetime.date(1700, 1, 1)",
    # "baseline entry fdeadbeef (None) matches no finding"
    (work / "articles" / "old.md").write_text(
        "---\npublished: 1700-01-01\n---\nPolice said 12 people were killed.\n", encoding="utf-8"
    )
    baseline = work / "base.json"
    baseline.write_text(json.dumps({"version": 1, "findings": [{"id": "fdeadbeef"}]}))
    result = invoke("check", "articles", "--out", "out", "--baseline", str(baseline))
    assert "old.md:2: published: date out of range: '1700-01-01' (years 1800-2200)" in result.stderr
    assert "datetime" not in result.stderr
    (stale,) = [x for x in result.stderr.splitlines() if "stale" in x]
    assert stale.endswith("baseline entry fdeadbeef matches no finding any more: stale"), stale


def test_a_front_matter_date_warning_names_the_line_of_its_key(work: Path) -> None:
    """A date's warnings named the file but not the line, where a key written twice names
    it: each names the line of the key it is about (the last spelling, the one read)."""
    (work / "articles" / "a.md").write_text(
        "---\ntitle: A\nDate: 2024-03-05\npublished: 2024-13-45\n\nupdated: 2024-03-01T25:00\n"
        "---\nPolice said 12 people were killed.\n", encoding="utf-8"
    )  # fmt: skip
    result = invoke("extract", "articles")
    said = [x for x in result.stderr.splitlines() if "WARNING" in x]
    assert any("a.md:4: published: no such date: '2024-13-45' (no month 13)" in x
               for x in said), said  # fmt: skip
    assert any("a.md:6: updated: time not understood: '2024-03-01T25:00'" in x for x in said)
    assert any("a.md:6: updated 2024-03-01 is before date 2024-03-05; the update is ignored"
               in x for x in said), said  # fmt: skip


def test_a_date_written_as_asked_that_is_no_day_says_why(work: Path) -> None:
    """'published: 2024-02-30' was 'date not understood ... (use YYYY-MM-DD)', advice for a
    date written so already: the warning says which day the month lacks."""
    for name, value in (("a.md", "2024-02-30"), ("b.md", "2023-02-29"),
                        ("c.md", "2024-04-31T10:00:00Z"), ("d.md", "2024-02-29")):  # fmt: skip
        (work / "articles" / name).write_text(
            f"---\npublished: {value}\n---\nPolice said 12 people were killed.\n",
            encoding="utf-8",
        )
    said = [x for x in invoke("extract", "articles").stderr.splitlines() if "WARNING" in x]
    for name, message in (
        ("a.md", "no such date: '2024-02-30' (February 2024 has 29 days)"),
        ("b.md", "no such date: '2023-02-29' (February 2023 has 28 days)"),
        ("c.md", "no such date: '2024-04-31T10:00:00Z' (April 2024 has 30 days)"),
    ):
        assert any(f"{name}:2: published: {message}" in x for x in said), said
    assert not any("d.md" in x for x in said), said  # a leap year's 29 February


def test_extract_and_warnings_stay_one_line_whatever_a_name_holds(work: Path) -> None:
    """`extract` printed a file name's new line and bidi override raw (one document's line
    split in two), and a baseline entry's id with a new line made its stale warning two
    lines: each is escaped now, as every other message is."""
    seed = work / "articles" / "000_71db2a8b7660cb1e.txt"
    seed.rename(work / "articles" / HOSTILE)
    result = invoke("extract", "articles")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    heads = [x for x in result.stdout.splitlines() if "chars" in x and "(text," in x]
    assert "x y#%\\n\\x1b[31mred\\x01\\u202e.txt  (text," in "\n".join(heads)
    baseline = work / "base.json"
    baseline.write_text(json.dumps({"version": 1, "findings": [
        {"id": "f0\nsecond line", "rule": "r\x1b[31m"}]}))  # fmt: skip
    result = invoke("check", "articles", "--out", "out", "--baseline", str(baseline))
    (warned,) = [x for x in result.stderr.splitlines() if "stale" in x]
    assert "baseline entry f0\\nsecond line (r\\x1b[31m) matches no finding" in warned
    assert "second line" not in result.stderr.replace(warned, "")


# --- store --------------------------------------------------------------------------------------


def test_another_programs_sqlite_file_is_left_alone(work: Path) -> None:
    import sqlite3

    db = sqlite3.connect(work / "app.db")
    db.execute("CREATE TABLE users (name TEXT)")
    db.commit()
    db.close()
    result = invoke("check", "articles", "--out", "out", "--store", "app.db")
    assert result.exit_code == 2 and "not a crosscheck store" in result.stderr
    db = sqlite3.connect(work / "app.db")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"users"}


def test_a_report_another_run_writes_over_before_the_store_records_it_is_written_again(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run writes its report.json into the same --out just after this run put
    its own in place, before this run records the file in its store: the store keeps the
    hash of the bytes this run wrote (it read the file back, and kept the other run's
    file as this run's, which every later re-run called up to date), so the next re-run
    writes the report again."""
    from crosscheck.atomic import Staged

    args = ("check", "articles", "--out", "out", "--store", "s.db", "--format", "json")
    assert invoke(*args).exit_code == 0
    first = sorted((work / "articles").glob("*.txt"))[0]
    assert invoke("check", str(first), "--out", "other", "--format", "json").exit_code == 0
    theirs = (work / "other" / "report.json").read_bytes()  # another run's report
    first.write_text(first.read_text(encoding="utf-8") + "\nOfficials counted 41 boats.\n")
    real = Staged.commit

    def and_then_another(self: Staged, last: Path | None = None) -> None:
        real(self, last)
        (work / "out" / "report.json").write_bytes(theirs)

    monkeypatch.setattr(Staged, "commit", and_then_another)
    assert invoke(*args).exit_code == 0  # an article changed: report.json written anew
    assert (work / "out" / "report.json").read_bytes() == theirs
    monkeypatch.setattr(Staged, "commit", real)
    assert invoke("check", "articles", "--out", "cold", "--format", "json").exit_code == 0
    cold = {k: v for k, v in report(work / "cold").items() if k != "summary"}
    for _ in range(2):  # up to date both times: report.json holds no store counts
        again = invoke(*args)
        assert again.exit_code == 0, again.stderr
        mine = {k: v for k, v in report(work / "out").items() if k != "summary"}
        assert mine == cold


def test_a_damaged_store_is_an_error_or_a_miss_never_a_traceback(work: Path) -> None:
    import sqlite3

    assert invoke("check", "articles", "--out", "out", "--store", "s.db").exit_code == 0
    db = sqlite3.connect(work / "s.db")
    db.execute("UPDATE extractions SET claims = '{not json'")
    db.execute("UPDATE stories SET findings = '[{}]'")
    db.commit()
    result = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert result.exit_code == 0, result.output
    assert report(work / "out")["summary"]["claims"] > 0  # type: ignore[index]
    # the damaged rows were written again: the next run reuses every article, warning none
    result = invoke("check", "articles", "--out", "again", "--store", "s.db")
    assert result.exit_code == 0 and "damaged" not in result.stderr, result.stderr
    documents = report(work / "again")["summary"]["documents"]  # type: ignore[index]
    assert f"reused {documents} of {documents} readings" in result.stderr
    db.execute("UPDATE meta SET value = 'one' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    result = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert result.exit_code == 2 and "s.db" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("outputs", "x"),
        ("pages", "x"),
        ("stories", "x"),
        ("outputs", "key, files, stored_at, extra"),  # rows are inserted by position
        ("outputs", "files, key, stored_at"),
    ],
)
def test_a_store_table_made_again_with_other_columns_is_refused_when_it_opens(
    work: Path, table: str, columns: str
) -> None:
    """A table of the store dropped and made again by hand or another tool with other
    columns: the run stops at once with exit 2 naming the store and the column (it
    ran every stage, then failed as an internal error, exit 4, at the first read)."""
    import sqlite3

    assert invoke("check", "articles", "--out", "out", "--store", "s.db").exit_code == 0
    db = sqlite3.connect(work / "s.db")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"CREATE TABLE {table} ({columns})")
    db.commit()
    db.close()
    result = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert result.exit_code == 2, result.output
    assert "s.db: not a usable crosscheck store" in result.stderr
    assert f"table {table} has columns ({columns}), not (" in result.stderr
    assert "Traceback" not in result.stderr
    assert "wrote" not in result.stderr  # refused before any work


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_in_place_of_the_report_does_not_block_a_rerun_with_a_store(
    work: Path,
) -> None:
    """report.json replaced by a named pipe between two runs with a store: the re-run
    neither waits for a writer for ever (hashing it) nor reads it; it writes the report
    in its place."""
    import subprocess
    import sys

    # the code under test, wherever it is imported from (a relative PYTHONPATH would
    # not reach it from this folder)
    code = str(Path(crosscheck.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([code, os.environ.get("PYTHONPATH", "")])}

    def run(out: str) -> subprocess.CompletedProcess[str]:
        args = [sys.executable, "-m", "crosscheck", "check", "articles", "--out", out,
                "--store", "s.db", "--format", "json", "-q"]  # fmt: skip
        return subprocess.run(args, capture_output=True, text=True, timeout=120, env=env)

    assert run("out").returncode == 0
    (work / "out" / "report.json").unlink()
    os.mkfifo(work / "out" / "report.json")
    again = run("out")
    assert again.returncode == 0, again.stderr
    assert (work / "out" / "report.json").is_file()
    cold = invoke("check", "articles", "--out", "cold", "--format", "json", "-q")
    assert cold.exit_code == 0
    mine, theirs = report(work / "out"), report(work / "cold")
    assert {k: v for k, v in mine.items() if k != "summary"} == {
        k: v for k, v in theirs.items() if k != "summary"
    }


# --- rule files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "problem"),
    [
        ("{count:xyz} documents", "format"),
        ("{subject:>30000000}", "width"),
        ("{subject:>" + "9" * 500 + "}", "width"),
        ("x" * 5000, "longer"),
    ],
)
def test_rules_check_rejects_message_templates_that_would_fail_or_explode(
    work: Path, message: str, problem: str
) -> None:
    (work / "rules").mkdir()
    (work / "rules" / "r.yml").write_text(
        "rules:\n  - id: x\n    title: t\n    severity: info\n"
        f"    message: {json.dumps(message)}\n    check: {{kind: corroboration}}\n"
    )
    result = invoke("rules", "check", "rules")
    assert result.exit_code == 2 and "r.yml" in result.stderr and problem in result.stderr
    assert invoke("check", "articles", "--rules", "rules", "--out", "out").exit_code == 2


def test_an_alias_pattern_that_backtracks_exponentially_is_refused(work: Path) -> None:
    (work / "aliases.yml").write_text(
        'entities:\n  - id: A\n    name: Agency\n    patterns: ["(\\\\w+\\\\s?)+agency"]\n'
    )
    result = invoke("check", "articles", "--aliases", "aliases.yml", "--out", "out")
    assert result.exit_code == 2 and "aliases.yml" in result.stderr and "repeat" in result.stderr
    # alternatives that may start alike under a repeat backtrack as badly: each article
    # was skipped at its time budget, blamed for the alias file's pattern
    (work / "aliases.yml").write_text(
        'entities:\n  - id: A\n    name: Agency\n    patterns: ["(a|aa)*$"]\n'
    )
    for args in (["check", "articles", "--out", "out", "--aliases"], ["rules", "check"]):
        said = invoke(*args, "aliases.yml")  # ('(ab|a)*', '(a|a)*' too)
        assert said.exit_code == 2 and "aliases.yml" in said.stderr, said.output
        assert "alternatives inside a repeat" in said.stderr
    (work / "aliases.yml").write_text(
        'entities:\n  - id: A\n    name: Agency\n    patterns: ["[\\\\w\\\\s]+agency", '
        '"(?:(?:Joint|National) )+Chiefs", "(?:(?:[Nn]orth|[Ss]outh)ern )*Command", '
        '"(?:(?:the )?army|navy)+"]\n'
    )
    assert invoke("check", "articles", "--aliases", "aliases.yml", "--out", "out").exit_code == 0


def test_a_run_opens_its_store_once(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck.store import Store

    opened: list[Path] = []
    real_init = Store.__init__

    def counting(self: Store, path: Path) -> None:
        opened.append(path)
        real_init(self, path)

    monkeypatch.setattr(Store, "__init__", counting)
    for _ in range(2):  # the second run also checks the report files recorded in the store
        result = invoke("check", "articles", "--out", "out", "--store", "s.db")
        assert result.exit_code == 0, result.output
    assert len(opened) == 2


def test_a_huge_number_in_a_rule_file_is_a_rule_error(work: Path) -> None:
    (work / "rules").mkdir()
    (work / "rules" / "r.yml").write_text(
        "rules:\n  - id: x\n    title: t\n    severity: " + "9" * 5000 + "\n"
        "    check: {kind: corroboration}\n"
    )
    result = invoke("rules", "check", "rules")
    assert result.exit_code == 2 and "r.yml" in result.stderr


@pytest.mark.parametrize("piece", ["[", "![a](", "[a]("])
def test_markdown_inline_markup_is_linear_in_the_line(piece: str) -> None:
    from crosscheck.ingest.base import SourceFile
    from crosscheck.ingest.markdown import read_markdown

    data = ("Some 3 people came. " + piece * 50_000 + "\n").encode()
    started = time.monotonic()
    read = read_markdown(SourceFile("a.md", "a.md", data), Settings())
    assert time.monotonic() - started < 5  # was over a minute: a scan to the line's end
    assert read.documents[0].text.startswith("Some 3 people came.")


def test_a_file_whose_reading_runs_past_the_budget_is_skipped(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import ingest

    (work / "articles" / "page.html").write_text("<html><body><p>Some 40 people.</p></body></html>")

    def stuck(*args: object) -> object:
        while True:
            time.sleep(0.01)

    monkeypatch.setitem(ingest.READERS, ".html", stuck)
    started = time.monotonic()
    result = invoke("check", "articles", "--out", "out", "--time-budget", "0.5")
    assert result.exit_code == 0 and time.monotonic() - started < 30
    assert "time budget" in skipped(work / "out")["articles/page.html"]
    assert report(work / "out")["summary"]["documents"] == 2  # type: ignore[index]


def test_the_time_budget_holds_in_a_thread_other_than_the_main_one(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library caller's thread (as a Dask worker's task thread): no signal reaches it,
    a watchdog stops the stuck document all the same, with the same reason."""
    import threading

    from crosscheck import ingest

    (work / "articles" / "page.html").write_text("<html><body><p>Some 40 people.</p></body></html>")

    def stuck(*args: object) -> object:
        while True:
            time.sleep(0.01)

    monkeypatch.setitem(ingest.READERS, ".html", stuck)
    results: list[RunResult] = []
    settings = Settings(time_budget=0.5, jobs=1)
    thread = threading.Thread(target=lambda: results.append(pipeline.check(["articles"], settings)))
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive()
    reasons = {s.path: s.reason for s in results[0].skipped}
    assert reasons == {"articles/page.html": "reading took longer than its time budget (0.5 s)"}
    assert len(results[0].documents) == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_has_a_watchdog_of_its_own(tmp_path: Path) -> None:
    """A process pool forked after the parent's watchdog started (a Dask worker's nanny, a
    library caller's pool): the child's budget in a thread still stops Python code."""
    import subprocess
    import sys

    script = tmp_path / "forked.py"
    script.write_text(
        "import multiprocessing, threading, time\n"
        "from crosscheck import budget\n"
        "def budgeted(out):\n"
        "    try:\n"
        "        with budget.time_budget(0.3):\n"
        "            while True:\n"
        "                time.sleep(0.01)\n"
        "    except budget.DocumentTimeout:\n"
        "        out.append('stopped')\n"
        "def in_thread():\n"
        "    out = []\n"
        "    t = threading.Thread(target=budgeted, args=(out,))\n"
        "    t.start(); t.join(20)\n"
        "    return out\n"
        "if __name__ == '__main__':\n"
        "    assert in_thread() == ['stopped']  # the parent's watchdog thread runs\n"
        "    with multiprocessing.get_context('fork').Pool(1) as pool:\n"
        "        print(pool.apply(in_thread))\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['stopped']"


def test_a_process_that_asks_for_it_stops_when_a_thread_is_stuck_past_its_budget(
    tmp_path: Path,
) -> None:
    """A regular expression that backtracks for ever holds the interpreter: no watchdog
    thread can stop it. A process that asked for it (a Dask worker under a nanny) ends
    itself once the budget and the grace after it have passed, naming where it was stuck."""
    import subprocess
    import sys

    script = tmp_path / "stuck.py"
    script.write_text(
        "import re, threading\n"
        "from crosscheck import budget\n"
        "budget.GRACE = 0.5\n"
        "budget.stop_process_when_stuck(True)\n"
        "def stuck():\n"
        "    with budget.time_budget(0.5):\n"
        "        re.match(r'(a+)+$', 'a' * 60 + 'b')\n"
        "threading.Thread(target=stuck).start()\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode != 0 and time.monotonic() - started < 60
    assert "Timeout" in done.stderr and "in stuck" in done.stderr


@pytest.mark.parametrize("content", [b"\xff\xfe rules = 1", b"rules = [\n"])
def test_an_unreadable_config_file_is_exit_2_naming_it(work: Path, content: bytes) -> None:
    (work / "crosscheck.toml").write_bytes(content)
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2 and "crosscheck.toml" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "A" * 200_000,  # one run of capitals (acronym definitions)
        "X said " * 30_000,  # thousands of speech verbs in one sentence
        '"a" said ' * 20_000,  # and as many quotations
        "according to Reuters " * 20_000,  # a source phrase that never ends
    ],
)
def test_attribution_is_linear_in_the_sentence(text: str) -> None:
    from crosscheck.extract.document import extract_document
    from crosscheck.ingest.textbuild import split_paragraphs
    from crosscheck.model import Document
    from crosscheck.segment import segment

    doc = Document("x", "x", "text", text, split_paragraphs(text))
    sentences = segment(doc)
    started = time.monotonic()
    extract_document(doc, sentences, pipeline.alias_table(Settings()))
    assert time.monotonic() - started < 30  # each was minutes, or did not finish


@pytest.mark.parametrize("text", ["on Monday " * 20_000, "in 2024 " * 20_000])
def test_time_expressions_are_found_in_linear_time(text: str) -> None:
    from datetime import date

    from crosscheck.extract.timex import find_times

    started = time.monotonic()
    assert len(find_times(text, date(2024, 1, 1))) == 20_000
    assert time.monotonic() - started < 10  # was 20 s: every match against every earlier one


def test_own_baseline_and_store_inside_the_input_folder_are_not_read(work: Path) -> None:
    base = "articles/crosscheck-baseline.json"
    assert invoke("baseline", "create", "articles", "--out", base).exit_code == 0
    for _ in range(2):  # the second run finds the store and its journal files in articles/
        result = invoke(
            "check", "articles", "--out", "out", "--strict", "--baseline", base,
            "--store", "articles/cc.sqlite",
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert report(work / "out")["skipped"] == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_first_document_does_not_pay_for_warming_up(tmp_path: Path, jobs: str) -> None:
    """The first extraction in a process loads word lists and tables (seconds); in a fresh
    process (and in every pool worker) that must not count against a document's budget."""
    import subprocess
    import sys

    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(8):  # enough for a pool with -j 2
        shutil.copy(SEEDS / "000_71db2a8b7660cb1e.txt", articles / f"s{i}.txt")
    out = tmp_path / "out"
    args = ["check", str(articles), "--out", str(out), "-j", jobs, "--time-budget", "2"]
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert report(out)["skipped"] == [], done.stderr


@pytest.mark.parametrize("budget", ["1e12", "inf", "nan", "1e400"])
def test_a_time_budget_no_timer_holds_is_a_usage_error(work: Path, budget: str) -> None:
    """A budget so large (or not a number) that the timer cannot be set skipped every
    document with an "internal error" and ended the run with 0, having checked nothing:
    it is refused before anything is read, on the command line, in a configuration file
    and from Python."""
    result = invoke("check", "articles", "--out", "out", "--time-budget", budget)
    assert result.exit_code == 2 and "'--time-budget': must be a number of seconds" in result.output
    assert not (work / "out").exists()
    (work / "crosscheck.toml").write_text(f"time_budget = {budget}\n".replace("1e400", "inf"))
    result = invoke("check", "articles", "--out", "out")
    assert result.exit_code == 2 and "crosscheck.toml:1: time_budget must be" in result.output
    with pytest.raises(ConfigError, match="time_budget"):  # (a Python caller's name)
        pipeline.run([work / "articles"], Settings(time_budget=float(budget)))
    for wrong in ("5", None, True):  # a Python caller's Settings of another type
        with pytest.raises(ConfigError, match="time_budget must be a number of seconds"):
            pipeline.run([work / "articles"], Settings(time_budget=wrong))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"time_budget": 10**5000}, "to 1,000,000; got a whole number of more than 4,300 digits"),
        ({"max_bytes": -(10**5000)}, "got a negative whole number of more than 4,300 digits"),
        (
            {"jobs": "8" * 500},
            f"from 1 to 1,024; got '{'8' * 56}... (500 characters)",
        ),
    ],
)
def test_a_python_callers_long_value_is_shown_cut_short(given: dict[str, Any], said: str) -> None:
    # str() of an integer of 5,001 digits is a ValueError: the message was an internal error
    with pytest.raises(ConfigError) as caught:
        config.checked(Settings(**given))
    assert str(caught.value).endswith(said), caught.value


def test_a_budget_longer_than_timers_hold_is_cut_to_what_they_hold() -> None:
    """The largest budget allowed times a large file's share (per 100,000 characters)
    overflowed the timer: the file was skipped as an internal error, and off the main
    thread the watchdog died, so no later budget held. It is cut to TIMER_MAX."""
    import threading

    from crosscheck.budget import DocumentTimeout, time_budget

    with time_budget(1e6 * 20_000):  # main thread: the signal timer
        pass
    outcome: list[str] = []

    def worker() -> None:
        with time_budget(1e6 * 20_000):  # another thread: the watchdog
            pass
        try:
            with time_budget(0.2):
                while True:
                    time.sleep(0.01)
        except DocumentTimeout:
            outcome.append("stopped")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert outcome == ["stopped"]


def _hangs_on(monkeypatch: pytest.MonkeyPatch, doc_id: str) -> None:
    """Segmenting the document ``doc_id`` never ends (a pathological document)."""
    real_segment = crosscheck.segment.segment

    def segment(doc: crosscheck.model.Document) -> object:
        if doc.id == doc_id:
            while True:
                time.sleep(0.01)
        return real_segment(doc)

    monkeypatch.setattr(crosscheck.segment, "segment", segment)


def test_a_kept_path_hundreds_of_folders_deep_is_judged(tmp_path: Path) -> None:
    """The folders on the way to a kept path with a ".." are compared one after another:
    600 of them were a recursion Python's stack could not hold (a RecursionError, a
    traceback instead of a run)."""
    from crosscheck.report.outputs import clash

    out = tmp_path / "out"
    targets = [out / "report.html", out / "report-files"]
    deep = "a/" * 600
    assert clash(targets, {str(tmp_path / deep / ".." / "s.db"): "the --store"}) is None
    lost = str(out / "report-files" / deep / ".." / "s.db")
    found = clash(targets, {lost: "the --store"})
    assert found is not None and found[0] == out / "report-files"


@pytest.mark.parametrize("table", ["documents", "copy_parts", "subject_parts", "pages"])
def test_a_store_damaged_after_it_opens_is_an_error_naming_it_not_a_bug(
    work: Path, table: str
) -> None:
    """A store whose pages are damaged (a disk fault, a copy cut short) opens (its schema
    is whole) but fails at the first read of the damaged table: that was an internal error
    (exit 4, 'a bug: report it', the file unnamed) or, while reading an article, the
    article skipped as a reader's bug. Now exit 2, one line naming the store and what to
    do, whichever stage reads the damaged table, and no report written. (Tables the
    second run surely reads: the stories of a run whose one story changed are looked up by
    their index alone, and a damaged table page was met or not by where the new row went.)"""
    import sqlite3

    assert invoke("check", "articles", "--out", "out", "--store", "s.db").exit_code == 0
    shutil.rmtree(work / "out")
    (work / "articles" / "new.txt").write_text("Officials said 1,400 people were evacuated.\n")
    db = sqlite3.connect(work / "s.db")
    (size,) = db.execute("PRAGMA page_size").fetchone()
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    with open(work / "s.db", "r+b") as fh:  # the table's first page, all but its first bytes
        fh.seek((root - 1) * size + 8)
        fh.write(b"\xff" * (size - 8))
    result = invoke("check", "articles", "--out", "out", "--store", "s.db")
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert errors == [
        "crosscheck: error: s.db: the store is damaged (database disk image is malformed); "
        "remove it, with its -wal and -shm files, to start afresh"
    ], result.stderr
    assert not (work / "out" / "report.json").exists()


def test_a_folder_read_as_a_file_is_said_to_be_one_not_a_named_pipe(tmp_path: Path) -> None:
    """Read through the reader that refuses named pipes, a folder was 'not a regular file
    (a named pipe, socket or device)'; as before it, it is a folder."""
    from crosscheck import baseline, evaluation, safeyaml
    from crosscheck.errors import ConfigError

    folder = tmp_path / "d.yml"
    folder.mkdir()
    for read in (lambda: safeyaml.read_file(folder, "an alias file"),
                 lambda: baseline.load(folder), lambda: evaluation.load_gold(folder)):  # fmt: skip
        with pytest.raises(ConfigError) as caught:
            read()
        assert "Is a directory" in str(caught.value) and "named pipe" not in str(caught.value)


def test_a_baseline_in_the_input_folder_is_skipped_as_a_baseline_not_a_report(
    work: Path,
) -> None:
    # `baseline create articles --out articles/baseline.json`, then `check articles`
    # without --baseline: the baseline was skipped as "a crosscheck report ... (is the
    # report folder inside the input folder?)", which it is not
    made = invoke("baseline", "create", "articles", "--out", "articles/baseline.json")
    assert made.exit_code == 0, made.output
    result = invoke("check", "articles", "--out", "out", "--format", "json")
    said = "a crosscheck baseline, not articles (give it with --baseline)"
    assert skipped(work / "out") == {"articles/baseline.json": said}
    assert f"skipped articles/baseline.json: {said}" in result.stderr
    given = invoke("check", "articles", "--out", "out", "--baseline", "articles/baseline.json")
    assert given.exit_code == 0 and skipped(work / "out") == {}

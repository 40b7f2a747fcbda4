"""The command line: a thin face over crosscheck.pipeline.

Messages go to stderr (through logging), results to stdout or into ``--out``. Usage errors
(unknown option, missing path, bad value) are one line on stderr and exit code 2.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import io
import logging
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from crosscheck import __version__, atomic, collector
from crosscheck.baseline import check_out as check_baseline_out
from crosscheck.baseline import write as write_baseline
from crosscheck.config import (
    ENGINES,
    FAIL_ON,
    FORMATS,
    MAX_JOBS,
    Settings,
    check_time_budget,
    load_config,
    resolve,
    shipped_rules_dir,
    split_formats,
    value_problem,
    working_folder,
)
from crosscheck.errors import (
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_NOTHING_CHECKED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    ISSUES_URL,
    ConfigError,
    CrosscheckError,
    InternalError,
    describe,
    shown,
)
from crosscheck.model import Claim, Diagnostic, Document, RunResult
from crosscheck.pipeline import check as check_articles
from crosscheck.pipeline import nothing_checked, nothing_to_check, open_store, run
from crosscheck.report import FILE_NAMES, FOLDER
from crosscheck.report.json import chunks, sections
from crosscheck.report.oneline import escape
from crosscheck.report.outputs import (
    clash,
    own_outputs,
    read_documents,
    refuse,
    targets,
    write_files,
)
from crosscheck.report.text import to_text
from crosscheck.store import Store, store_files

F = TypeVar("F", bound=Callable[..., Any])


# A reader that closed standard output early (`crosscheck check --format text | head`) ends
# the run quietly with the code a shell gives a process SIGPIPE ends, as git does: never
# 1 (findings) nor 2 (a configuration error) under `set -o pipefail`. A full or failing
# disk behind it is an output not written: exit 2 with one line.
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE


class _StdoutFailed(Exception):
    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror)
        self.cause = cause


def _out(message: str, nl: bool = True) -> None:
    """Write results to standard output: the one way commands do. A closed one (``>&-``:
    Python then has none) is an output not written, as a full disk is: click.echo
    writes nothing to none and says nothing, and the run ended as if it had."""
    if sys.stdout is None:
        raise _StdoutFailed(_CLOSED)
    try:
        try:
            _echo_whole(message, nl)
        except UnicodeEncodeError:  # (raised before anything is written)
            # a stdout in cp1252 or latin-1 and an article named '日本.txt': its
            # characters escaped, as on stderr, not an internal error
            encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
            _echo_whole(message.encode(encoding, "backslashreplace").decode(encoding), nl)
    except OSError as exc:
        raise _StdoutFailed(exc) from None


def _echo_whole(message: str, nl: bool) -> None:
    """click.echo, but for an unbuffered stdout (PYTHONUNBUFFERED, as many CI images set,
    or python -u), where Python's text stream hands the file one write and drops what
    the system did not take of it without an error: a full disk or a reader gone half
    way lost the rest of the report with the run's own exit code. There the bytes are
    written until all are taken, and a failure is raised as a buffered stream does."""
    stream = sys.stdout
    raw = getattr(stream, "buffer", None)
    # (on Windows the stream writes "\r\n" for each "\n": left to it there)
    if (os.name == "nt" or not isinstance(stream, io.TextIOWrapper)
            or not isinstance(raw, io.RawIOBase)):  # fmt: skip
        click.echo(message, nl=nl)
        return
    text = message + "\n" if nl else message
    if not stream.isatty():  # as click.echo does
        text = click.unstyle(text)
    data = memoryview(text.encode(stream.encoding, stream.errors or "strict"))
    stream.flush()
    while data:
        written = raw.write(data)
        if written is None:  # a stdout made non-blocking, full: wait for room
            time.sleep(0.01)
            continue
        data = data[written:]


class _ClickWrites:
    """click writes to stdout itself while it reads the command line (--help, --version):
    a closed or full stdout there is a _StdoutFailed as one of _out's (141 or 2), not
    click's own exit 1 for a broken pipe or an internal error (4) for a full disk or one
    open for reading only. A closed one (``>&-``) is one too (exit 2, as _out's):
    click.echo writes nothing to none and says nothing, and --help ended with 0 as if
    the text had been written."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)  # type: ignore[misc,no-any-return]
        except OSError as exc:
            # a reader gone, a full or failing disk, a descriptor open for reading only
            if exc.errno in (errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EBADF):
                raise _StdoutFailed(exc) from None
            raise
        except click.exceptions.Exit as exc:
            # the end of an eager option that printed (--help, --version: the only ones
            # here): to standard output, which there is none of
            if exc.exit_code == EXIT_OK and sys.stdout is None:
                raise _StdoutFailed(_CLOSED) from None
            raise


_CLOSED = OSError(errno.EBADF, "standard output is closed")


class _Command(_ClickWrites, click.Command):
    pass


class _Group(_ClickWrites, click.Group):
    command_class = _Command


_Group.group_class = _Group


class OneLineErrors(_Group):
    """A group whose errors are a single ``crosscheck: error: ...`` line, each kind with its
    own exit code (see crosscheck.errors): a crash never looks like a result."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        _stderr_or_nothing()
        _setup_logging()
        try:
            rv = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as exc:
            _err(exc.ctx.get_help() if exc.ctx else str(exc))
            sys.exit(EXIT_USAGE)
        except click.ClickException as exc:
            _err(f"crosscheck: error: {_one_line(exc.format_message())}")
            sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)
        except _StdoutFailed as exc:
            # Python's advice: nothing more reaches the pipe, not even the exit's flush (a
            # test's runner has no real file behind stdout); nor a failing file, where
            # the exit's flush failed again, after the line, with Python's 120 and its
            # own two lines
            with contextlib.suppress(OSError, ValueError, AttributeError):
                _null_at(sys.stdout.fileno())
            if exc.cause.errno != errno.EPIPE:
                _err(f"crosscheck: error: cannot write the output ({exc})")
                sys.exit(EXIT_USAGE)
            sys.exit(EXIT_BROKEN_PIPE)
        except InternalError as exc:
            _internal(exc.message, exc.cause)
        except CrosscheckError as exc:
            for line in _error_lines(exc):
                _err(f"crosscheck: error: {line}")
            sys.exit(exc.exit_code)
        except (click.exceptions.Abort, KeyboardInterrupt):
            _say_interrupted()  # (once: the program's end does not say it again)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:  # a bug outside the pipeline's stages
            _internal(f"internal error: {describe(exc)}", exc)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


def _stderr_or_nothing() -> None:
    """A closed stderr (``2>&-``) made the null device: messages have nowhere to go, and
    the run and its exit code are what they would be (the summary line failed to be
    written: exit 4, no report). A closed stdout (``>&-``) is held by the null device
    too, so that no file the run opens takes its number (where a library's or a child
    process's output would land in a report); sys.stdout stays None (_out)."""
    for fd in (1, 2):
        try:
            os.fstat(fd)
        except OSError:
            _null_at(fd)
    if sys.stderr is None:  # (Python starts without one when fd 2 is closed)
        sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115  (for the run)


def _null_at(fd: int) -> None:
    """The null device at descriptor ``fd``: a stream closed or failing goes nowhere."""
    null = os.open(os.devnull, os.O_WRONLY)
    if null != fd:
        os.dup2(null, fd)
        os.close(null)


def _internal(message: str, cause: BaseException) -> NoReturn:
    """One line naming what failed, the traceback only with -v, and exit 4."""
    if logging.getLogger("crosscheck").isEnabledFor(logging.INFO):
        try:
            traceback.print_exception(cause, file=sys.stderr)
        except OSError:
            _stderr_gone()
    _err(
        f"crosscheck: error: {_one_line(message)} "
        f"(a bug: rerun with -v for the traceback and report it at {ISSUES_URL})"
    )
    sys.exit(EXIT_INTERNAL)


def _err(message: str) -> None:
    """A line on stderr: how the command line writes there. A stderr that cannot take it
    (its reader gone: `2>&1 | head -1`, a log collector that died; a descriptor open for
    reading only: a wrapper script run with `2>&-`) loses the message, never the run's
    exit code: the broken pipe reached click, which ends with 1 (a clean run, a usage
    error, an unreadable input with --strict all read as findings), or left Python's
    exit 120 after an error's own line."""
    try:
        click.echo(message, err=True)
    except OSError:
        _stderr_gone()


def _stderr_gone() -> None:
    """The null device put in the place of a stderr that cannot be written: later messages
    go nowhere, and what a failed write left in the stream's buffer is flushed there at
    the end rather than failing the exit (Python's 120)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        _null_at(sys.stderr.fileno())


def _one_line(message: str) -> str:
    return escape(" ".join(message.split()))


def _error_lines(exc: CrosscheckError) -> list[str]:
    """An error's lines: one, or for a file's several problems (ConfigError.listing: five
    problems of a rule file ran together on one line) a heading that counts them and each
    problem on a line of its own, every line made one line whatever the text it quotes."""
    problems = getattr(exc, "problems", [])
    if len(problems) < 2:
        return [_one_line(exc.message)]
    heading = f"{getattr(exc, 'heading', '') or 'errors'} ({len(problems)} problems):"
    return [_one_line(heading)] + [_one_line(p) for p in problems]


class _NamedPath(click.Path):
    """click.Path that refuses an empty name, which it reads as '.' (the working folder:
    --out '' wrote the reports there, --store '' opened the folder as a store)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path; leave the option out for none", param, ctx)
        return super().convert(value, param, ctx)


def _store_option(help_text: str) -> Callable[[Any], Any]:
    """--store, as every command that opens a store takes it (the configuration's `store`
    when not given)."""
    return click.option(
        "--store", "store_path", type=_NamedPath(dir_okay=False, path_type=Path), help=help_text
    )


def _not_empty(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An option's text, refused when given empty (a CI variable that was never set,
    `--scheduler "$UNSET"`, ran on a local cluster without a word), as the configuration
    file's empty values are."""
    if value is not None and not value.strip():
        raise click.BadParameter("an empty value; leave the option out for none", ctx, param)
    return value


class _InputPath(click.Path):
    """An article or folder to read: one that does not exist is a usage error (exit 2), but
    one that exists and cannot be read (its mode, or a folder above it that may not be
    searched) is an input like any other that cannot be read: skipped with why and listed,
    the run going on with the others (exit 3 with --strict), as in a folder given."""

    def __init__(self) -> None:
        super().__init__(exists=True, readable=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            os.stat(value)
        except PermissionError:  # a folder above it may not be searched: ingest says so
            return Path(value)
        except (OSError, ValueError):  # (click names what is wrong: missing, a NUL, ...)
            pass
        return super().convert(value, param, ctx)


# What stderr shows, from the most to the least: -vv debugging, -v information, by default
# warnings and the run's summary line (and its progress bar), -q warnings, -qq errors
SUMMARY = 25
_LEVELS = (logging.DEBUG, logging.INFO, SUMMARY, logging.WARNING, logging.ERROR, logging.CRITICAL)


def _chatty() -> bool:
    """Whether stderr shows more than warnings: the summary line, the progress bar."""
    return logging.getLogger("crosscheck").isEnabledFor(SUMMARY)


def verbosity_options(func: F) -> F:
    """-q/--quiet and -v/--verbose, on the group and on every command."""

    def set_level(ctx: click.Context, param: click.Parameter, value: int) -> int:
        if value:
            delta = value if param.name == "quiet" else -value
            root = logging.getLogger("crosscheck")
            # a step of the ladder from where the level is (given on the group and on the
            # command, -q and -v add up)
            at = min(range(len(_LEVELS)), key=lambda k: abs(_LEVELS[k] - root.level))
            root.setLevel(_LEVELS[min(max(at + delta, 0), len(_LEVELS) - 1)])
        return value

    func = click.option(
        "-q",
        "--quiet",
        count=True,
        expose_value=False,
        callback=set_level,
        help="Fewer messages on stderr (warnings, no summary line; -qq for errors only).",
    )(func)
    func = click.option(
        "-v",
        "--verbose",
        count=True,
        expose_value=False,
        callback=set_level,
        help="More messages on stderr (-vv for debugging).",
    )(func)
    return func


def story_options(func: F) -> F:
    """What makes the stories a run judges: `check` and `baseline create` (whose findings
    are `check`'s) share it."""
    return click.option(
        "--by-folder",
        is_flag=True,
        default=None,
        help="Each folder is a story apart: articles in different folders are never "
        "compared, as in a run over each folder alone (a folder's articles are still split "
        "into stories by their words). For inputs kept one story a folder.",
    )(func)


_ALIASES_HELP = ("Entity alias file or folder (YAML), besides the shipped ones, in place of "
                 "the configuration file's `aliases`; repeatable.")  # fmt: skip


def aliases_option(func: F, help: str = _ALIASES_HELP) -> F:
    """--aliases: of `check` and the commands that read articles, and of `rules check`
    (with a ``help`` of its own), whose warnings know the ids of the alias files `check`
    reads."""
    return click.option(
        "--aliases",
        "alias_paths",
        multiple=True,
        type=click.Path(exists=True, path_type=Path),
        help=help,
    )(func)


def input_options(func: F) -> F:
    """The options every command that reads articles shares."""
    func = click.argument("paths", nargs=-1, required=True, type=_InputPath())(func)
    func = click.option(
        "--max-size",
        default=None,
        metavar="SIZE",
        help="Skip input files larger than this (e.g. 10MB, 500kB, 2MiB; default 10MB).",
    )(func)
    func = click.option(
        "--rules",
        "rule_paths",
        multiple=True,
        type=click.Path(exists=True, path_type=Path),
        help="Folder or file of rules (and concept files), besides the shipped ones, in place "
        "of the configuration file's `rules`; repeatable.",
    )(func)
    func = aliases_option(func)
    func = click.option(
        "--published-default",
        metavar="DATE",
        help="Published date (YYYY-MM-DD) for articles that carry none, e.g. plain text.",
    )(func)
    func = click.option(
        "--time-budget",
        callback=_time_budget,
        default=None,
        metavar="SECONDS",
        help="Skip a document whose reading takes longer than this per 100,000 bytes (of a "
        "file parsed) or characters (of a document extracted) (default 60; 0: no limit; at "
        "most 1,000,000).",
    )(func)
    return func


def _time_budget(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    """--time-budget, checked as the configuration file's time_budget is (one check, one
    message: a value that is no number is shown cut short, as there, not whole)."""
    if value is None:
        return None
    seconds = _read_number(value, float)
    try:
        check_time_budget(seconds, "--time-budget")
    except ConfigError as exc:
        raise click.BadParameter(str(exc).removeprefix("--time-budget "), ctx, param) from None
    return float(seconds)


def _jobs(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """--jobs, checked as the configuration file's jobs is (config.value_problem)."""
    if value is None:
        return None
    jobs = _read_number(value, int)
    problem = value_problem("jobs", jobs)
    if problem:
        raise click.BadParameter(problem.removeprefix("jobs "), ctx, param)
    return int(jobs)


def _read_number(text: str, kind: type[int] | type[float]) -> int | float | str:
    """``text`` as an int or float, else the text itself, for the one check of the
    option to refuse by its value (int() refuses more than 4,300 digits too)."""
    try:
        return kind(text)
    except ValueError:
        return text


class _StderrHandler(logging.Handler):
    """Writes to whatever sys.stderr is at the time (click's CliRunner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:  # a file name (or a baseline's id) cannot break the line or drive the terminal;
            # a traceback (-v) keeps its lines
            one = logging.makeLogRecord(
                {**record.__dict__, "msg": escape(record.getMessage()), "args": None}
            )
            text = "\n".join(escape(line) for line in self.format(one).split("\n"))
            sys.stderr.write(text + "\n")
        except OSError:  # a stderr that cannot be written (_err)
            _stderr_gone()
        except Exception:  # pragma: no cover - logging must never break a run
            self.handleError(record)


def _setup_logging() -> None:
    logger = logging.getLogger("crosscheck")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("crosscheck: %(levelname)s: %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(SUMMARY)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="crosscheck")
@verbosity_options
def cli() -> None:
    """crosscheck: pull the numeric claims out of news articles about one story, line up the
    claims that talk about the same thing, and flag where the sources disagree.

    Messages go to stderr; results to stdout or into --out.
    """
    if working_folder() is None:  # (the configuration file is looked for there)
        raise ConfigError(
            "the working folder was removed: change to an existing folder and run again"
        )


@cli.command()
@input_options
@click.option(
    "--out",
    "out_dir",
    type=_NamedPath(file_okay=False, path_type=Path),
    help="Folder for the report files (default: reports, or `out` in the config).",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    metavar="LIST",
    help="Outputs, comma-separated or repeated: html, json, sarif, junit, text "
    "(text goes to stdout). Default: html,json.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Exit 1 when a finding (not suppressed) is at or above this severity. Default: error.",
)
@click.option(
    "--strict", is_flag=True, default=None, help="Exit 3 when some input could not be read."
)
@click.option(
    "--allow-empty",
    is_flag=True,
    default=None,
    help="Exit as for a check that found nothing, not 5, when the inputs held nothing to "
    "check: none found, or each empty or without article text (a pre-commit hook given only "
    "files that are no article). An input that cannot be read still exits 5.",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Suppress the findings recorded in this baseline (they stay visible).",
)
@click.option("--no-default-rules", is_flag=True, default=None, help="Leave out the shipped rules.")
@_store_option(
    "SQLite store: reuse extractions of unchanged articles and compare with every article "
    "stored before."
)
@click.option(
    "--new-only",
    is_flag=True,
    default=None,
    help="With --store: report only findings that involve a new or changed article.",
)
@click.option(
    "--jobs",
    "-j",
    callback=_jobs,
    default=None,
    metavar="N",
    help=f"Processes for reading and extracting articles, finding stories and judging "
    f"them, 1 to {MAX_JOBS:,} (default: usable cores).",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="Where the stages run: local (this machine, --jobs processes) or dask (a Dask "
    "cluster: --scheduler, else a local one of --jobs workers; needs crosscheck[dask]). "
    "The output is the same. Default: local.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    callback=_not_empty,
    help="With --engine dask: the scheduler of an existing Dask cluster "
    "(e.g. tcp://10.0.0.5:8786).",
)
@click.option(
    "--timestamp", is_flag=True, default=None, help="Put the generation time in the HTML report."
)
@story_options
@verbosity_options
def check(
    paths: Sequence[Path],
    max_size: str | None,
    published_default: str | None,
    alias_paths: Sequence[Path],
    rule_paths: Sequence[Path],
    out_dir: Path | None,
    formats: Sequence[str],
    fail_on: str | None,
    strict: bool | None,
    allow_empty: bool | None,
    baseline_path: Path | None,
    no_default_rules: bool | None,
    store_path: Path | None,
    new_only: bool | None,
    jobs: int | None,
    time_budget: float | None,
    engine: str | None,
    scheduler: str | None,
    timestamp: bool | None,
    by_folder: bool | None,
) -> int:
    """Check the articles in PATH... (files or folders, walked recursively) and write the
    reports into --out.

    Reads .txt/.text, .md/.markdown (with YAML or TOML front matter), .html/.htm (saved news
    pages), .json and .jsonl/.ndjson. Unreadable inputs are skipped with a warning and
    listed in the report.
    Settings come from the command line, else crosscheck.toml or [tool.crosscheck] in
    pyproject.toml in the working directory, else the defaults.

    \b
    Exit codes:
      0  no finding at or above --fail-on (suppressed findings never count)
      1  findings at or above --fail-on
      2  usage, configuration or rule-file error (nothing checked), or output not written
      3  with --strict, some input could not be read
      4  internal error (a bug: one line naming the stage and input; -v for the traceback;
         also processes that kept dying: a story's on Dask, the extraction's before any
         article was extracted)
      5  nothing was checked: every input was skipped (or none was found); with
         --allow-empty only when some input could not be read (not just empty)
      130  interrupted (Ctrl-C)
      141  standard output closed early (`| head`): no message
      143  ended by SIGTERM (killed by the signal): no message
    """
    started = time.monotonic()
    opts = _resolve(
        **_inputs(max_size, published_default, alias_paths, rule_paths, time_budget),
        out=out_dir,
        formats=formats,
        fail_on=fail_on,
        strict=strict,
        allow_empty=allow_empty,
        baseline=baseline_path,
        no_default_rules=no_default_rules,
        store=store_path,
        new_only=new_only,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        timestamp=timestamp,
        by_folder=by_folder,
    )
    _not_a_dash(opts.out_dir, "folder for the report files (the text report goes to standard "
                "output with --format text; a folder", "--out" if out_dir is not None
                else f"out in {opts.config_file}")  # fmt: skip
    refuse(clash(targets(opts.formats, opts.out_dir), _kept(opts.settings)), "--out")
    store = open_store(opts.settings)  # once: the run and the report files share it
    try:  # (the report files of an --out that is an input folder: known by the store's
        # stamps of them, unread, where it has them)
        own = _own_outputs(paths, opts.out_dir, store)
        opts.settings = replace(opts.settings, exclude=(*opts.settings.exclude, *own))
        with _Progress() as progress:
            result = check_articles(paths, opts.settings, progress, store)
        left = _left_out(paths, opts.out_dir, opts.settings.exclude, store)
        if left is not None:  # a warning of the run's, in its reports and its count
            result.diagnostics.append(left)
            logging.getLogger("crosscheck").warning("%s", left)
        if _held is not None:  # the program's end frees nothing (entry)
            _held.append(result)
        with result.timed("write"):
            _write_outputs(result, opts, result.suppressed, opts.timestamp, store)
    finally:
        if store is not None:
            store.close()
    logging.getLogger("crosscheck").info(
        "time per stage: %s", ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items())
    )
    allowed = opts.settings.allow_empty and nothing_to_check(result)
    if allowed:  # a warning, before the line that sums up the run (the last, as documented)
        _said_nothing_checked(result, allowed)
    _summary(result, time.monotonic() - started, len(result.suppressed),
             stored=opts.settings.store is not None)  # fmt: skip
    if not allowed:  # exit 5's one line comes after it
        _said_nothing_checked(result)
    if result.exit_code == EXIT_UNREADABLE:  # why, even with -q (the warnings are hidden)
        first, more = result.skipped[0], len(result.skipped) - 1
        others = f" (and {more} other input(s))" if more else ""
        why = _one_line(f"--strict: {first.path} was not read: {first.reason}{others}")
        _err(f"crosscheck: error: {why}")  # as the exit 2 and 5 lines
    return result.exit_code


def _not_a_dash(path: Path, what: str, where: str) -> None:
    """Refuse '-' as a path to write (many tools' standard output; here a folder or file
    named '-' was written, silently). ``what`` opens the words the message continues
    ("file for the baseline (a file"), ``where`` is the option or key that gave it."""
    if str(path) == "-":
        raise click.BadParameter(f"'-' is no {what} named '-' is given by its full path)",
                                 param_hint=where)  # fmt: skip


def _said_nothing_checked(result: RunResult, allowed: bool = False) -> bool:
    """Whether the run checked none of its inputs (``nothing_checked``), said in one error
    line whatever the verbosity (a warning when ``allowed``: --allow-empty, and the inputs
    held nothing to check)."""
    unchecked = nothing_checked(result)
    if unchecked is not None and allowed:
        logging.getLogger("crosscheck").warning("%s", _one_line(unchecked))
    elif unchecked is not None:
        _err(f"crosscheck: error: {_one_line(unchecked)}")
    return unchecked is not None


class _Progress:
    """A progress bar on stderr once a run takes longer than a moment; never when stderr is
    not a terminal or with --quiet."""

    DELAY = 1.5

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.bar: Any = None
        self.shown = 0
        self.enabled = sys.stderr.isatty() and _chatty()

    def __enter__(self) -> _Progress:
        return self

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            if time.monotonic() - self.started < self.DELAY:
                return
            self.bar = click.progressbar(length=total, label="reading articles", file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@dataclass(slots=True)
class _Options:
    settings: Settings
    out_dir: Path
    formats: list[str]
    config_file: Path | None = None  # the configuration file read, if any
    timestamp: bool = False  # the generation time in the reports (--timestamp)
    config_store: Path | None = None  # the store it names (a command may open none)


def _inputs(
    max_size: str | None,
    published_default: str | None,
    alias_paths: Sequence[Path],
    rule_paths: Sequence[Path],
    time_budget: float | None,
) -> dict[str, Any]:
    """The options every command that reads articles shares (input_options), as _resolve
    names them."""
    return {"max_size": max_size, "published_default": published_default,
            "aliases": alias_paths, "rules": rule_paths, "time_budget": time_budget}  # fmt: skip


def _resolve(
    no_default_rules: bool | None = None,
    formats: Sequence[str] = (),
    out: Path | None = None,
    baseline_read: bool = True,
    inputs: Sequence[Path] = (),
    **given: Any,
) -> _Options:
    """Command line first, then the configuration file, then the defaults (one table of
    options, crosscheck.config.OPTIONS, says which key is which flag). ``baseline_read``
    False for a command that reads no baseline (load_config). ``inputs``: the paths the
    command reads, for the report files of --out when it is one of them (_own_outputs)."""
    config, source = load_config(baseline_read=baseline_read)
    fmt_list = split_formats(formats)  # as the configuration's `formats` is read
    for f in fmt_list:
        if f not in FORMATS:
            raise click.BadParameter(
                f"unknown format {shown(f)}; use {', '.join(FORMATS)}", param_hint="--format"
            )
    if formats and not fmt_list:  # `--format ""` (an unset variable): not the default's files
        raise click.BadParameter(
            f"no format given; use one or more of {', '.join(FORMATS)}", param_hint="--format"
        )
    given["default_rules"] = None if no_default_rules is None else not no_default_rules
    given["formats"] = fmt_list
    given["out"] = out
    settings, outputs = resolve(given, config)
    out_dir = Path(str(outputs["out"] or "reports"))
    # the configuration file read is crosscheck's own too (a folder checked as `check .`),
    # and so are the baseline and store it names, for a command that uses neither (which
    # reads the articles `check` reads: `baseline create` records `check`'s findings)
    baseline = settings.baseline or (Path(str(config["baseline"])) if config.get("baseline")
                                     else None)  # fmt: skip
    store = settings.store or (Path(str(config["store"])) if config.get("store") else None)
    own = [p for p in (baseline, source and Path(source)) if p]
    if store is not None:  # the SQLite file and its journals
        own += store_files(store)
    own.append(out_dir)  # with what else it holds: said by _left_out
    own += _own_outputs(inputs, out_dir)
    return _Options(
        settings=replace(settings, exclude=tuple(own)),  # never read our own files as input
        out_dir=out_dir,
        formats=[str(f) for f in outputs["formats"] or ["html", "json"]],
        timestamp=bool(outputs["timestamp"]),
        config_file=Path(source) if source else None,
        config_store=Path(str(config["store"])) if config.get("store") is not None else None,
    )


def _own_outputs(paths: Sequence[Path], out_dir: Path, store: Store | None = None) -> list[Path]:
    """The report files an earlier run wrote into ``out_dir`` (own_outputs), when --out is
    itself one of the input folders ``paths``: left out of the input as an --out folder
    inside one is whole (`check t --out t` read them the second time, skipped them as "a
    crosscheck report", and --strict ended with 3). [] for any other --out (read only
    there: each report file is hashed, but one with the stamp the run's ``store``
    recorded of it)."""
    try:
        out_real = os.path.realpath(out_dir)
        if not any(p.is_dir() and os.path.realpath(p) == out_real for p in paths):
            return []
    except (OSError, ValueError):
        return []
    return own_outputs(out_dir, store)


def _left_out(
    paths: Sequence[Path], out_dir: Path, own: Sequence[Path], store: Store | None = None
) -> Diagnostic | None:
    """A warning when the --out folder, inside an input folder, leaves articles unread: it is left
    out of the input whole (its reports are no articles, and a folder a user keeps there,
    a README beside the reports, is none either), so the files in it of a type read as
    articles and its folders are named in a warning, never dropped unsaid ('check
    articles --out articles/b', b a story's folder, checked none of b's articles and
    said nothing). None when it is in no input folder or holds only crosscheck's files
    (its reports, ``own``). What an input names itself is read, and named in no warning:
    --out itself (`check a a/b --out a/b`, read as usual) or a file or folder in it."""
    from crosscheck.ingest import safe_name, supported_extensions

    try:
        out_real = Path(os.path.realpath(out_dir))
        given = {Path(os.path.realpath(p)) for p in paths}
        inside = out_real not in given and any(
            p.is_dir() and out_real != (real := Path(os.path.realpath(p)))
            and out_real.is_relative_to(real)
            for p in paths
        )  # fmt: skip
        names = sorted(os.listdir(out_dir)) if inside else []
    except OSError:
        return None  # (none yet, or none to list: nothing in it is read either)
    ours = {*FILE_NAMES.values(), FOLDER}
    mine = {os.path.realpath(p) for p in own}
    unread = []
    for name in names:
        path = out_dir / name
        where = os.path.realpath(path)
        if name.startswith(".") or name in ours or where in mine or Path(where) in given:
            continue
        if path.is_dir():
            if not _only_reports(path, store):
                unread.append(name + "/")
        elif path.suffix.lower() in supported_extensions():
            unread.append(name)
    if not unread:
        return None
    listed = ", ".join(safe_name(n) for n in unread[:3])
    more = f" and {len(unread) - 3} more" if len(unread) > 3 else ""
    one = len(unread) == 1
    return Diagnostic(safe_name(out_dir.as_posix()),
                      f"the report folder (--out) is inside an input folder and is not read: "
                      f"{listed}{more} in it {'is' if one else 'are'} not checked (give --out "
                      f"a folder of its own to check {'it' if one else 'them'})")  # fmt: skip


def _only_reports(folder: Path, store: Store | None = None) -> bool:
    """Whether ``folder`` holds nothing a user would have checked: nothing, or only the
    report files an earlier run recorded writing there and left as it wrote them (an old
    --out kept inside this one, `reports/2024/`: own_outputs). A file of a report's name
    that no run wrote there, or one changed since (an article saved as report.json, a
    note in report-files/), is a user's: the folder is named."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    # (those the run's store has stamps of are known without being hashed)
    own = {p.name for p in own_outputs(folder, store)} if names else set()
    return all(n.startswith(".") or n in own for n in names)


def _kept(settings: Settings) -> dict[str, str]:
    """The files a run will open that are known before it: the --baseline and the --store.
    The store's journals (-wal, -shm, -journal) need no entry: no report file has such a
    name, so only the story pages' folder could replace one, and SQLite keeps them beside
    the file the --store leads to, which ``clash`` compares as well as the --store's own
    name (a symbolic link in that folder). The inputs are checked after the run, by what
    it read or skipped (crosscheck.report.outputs.read_documents): a file named on the
    command line may be an earlier run's own report, which is replaced as before."""
    kept: dict[str, str] = {}
    if settings.baseline is not None:
        kept[str(settings.baseline)] = "the --baseline"
    if settings.store is not None:
        kept[str(settings.store)] = "the --store"
    return kept


def _write_outputs(
    result: RunResult, opts: _Options, suppressed: set[str], timestamp: bool, store: Store | None
) -> None:
    def text() -> None:
        _out(to_text(result, suppressed=suppressed), nl=False)

    # the text before the SARIF and JUnit files: a stdout that fails ends the run with 2
    # (or 141), where a SARIF file written before it said "exitCode": 1 and
    # "executionSuccessful": true
    # (an earlier report this run does not write is removed, never the --baseline or the
    # --store)
    with _sigterm_window() as window:
        write_files(result, opts.formats, opts.out_dir, opts.settings.fail_on, suppressed,
                    timestamp, store, between=text if "text" in opts.formats else None,
                    keep=_kept(opts.settings), placed=window.close)  # fmt: skip


class _Terminated(KeyboardInterrupt):
    """SIGTERM while the report files are written (_SigtermWindow): unwinds the writing
    as Ctrl-C does, its temporaries removed, before the process ends by the signal."""


class _SigtermWindow:
    """While the report files are written and put in place, SIGTERM (a cancelled CI job,
    `kill`, a container stopped) raises _Terminated, so that the temporaries of the set
    not yet in place are removed (atomic.staging) and an earlier run's SARIF and JUnit
    files go; then the process ends by SIGTERM as it would have at once (_killed: a parent
    sees it killed by the signal, a shell 143), where it left them all (the fresh story
    pages' folder too) until a later run's sweep, an hour on. The window is the writing
    and the renames only: ``close`` ends it once the set is in place (write_files'
    ``placed``), before the store records it and any text after it, which SIGTERM ends at
    once as it ends the rest of the run. Only where SIGTERM does what it does by default
    (not where a caller handles or ignores it), in the main thread. Not for the whole
    run: the processes forked to work for it are ended by SIGTERM, and would take the
    handler with them."""

    def __init__(self) -> None:
        self.installed = False  # the handler is (or may be) SIGTERM's
        self.closing = False  # from here the handler only keeps a SIGTERM (``came``)
        self.raised = False  # the handler raised _Terminated (once)
        # a SIGTERM came (raised or kept) that the process is still to end by (``end``,
        # once: where _killed returns, its exit unwinds through the window's end again)
        self.came = False

    def open(self) -> None:
        with contextlib.suppress(ValueError, OSError, AttributeError):  # (not the main thread)
            if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
                self.installed = True  # (first: a SIGTERM as it is set finds it put back)
                signal.signal(signal.SIGTERM, self.handler)

    def handler(self, signum: int, frame: object) -> None:
        # once it has fired, as it closes, or while what a failed set left is removed
        # (another error unwinding: cut short, it left the temporaries): kept for later
        self.came = True
        if self.closing or self.raised or atomic.is_cleaning():
            return
        self.raised = True
        raise _Terminated

    def close(self) -> None:
        """End the window (once): SIGTERM's default back, SIGTERM blocked meanwhile, so
        that one that comes as it is put back is neither raised where nothing cleans up
        after it (signal.signal runs a pending handler first: the handler, closing, keeps
        it) nor lost (one that comes during the swap waits for the default). A SIGTERM
        kept ends the process now, as SIGTERM outside the window does."""
        if self.closing:
            return
        self.closing = True
        if not self.installed:
            return
        mask = getattr(signal, "pthread_sigmask", None)
        blocked = None
        if mask is not None:
            with contextlib.suppress(ValueError, OSError):
                blocked = mask(signal.SIG_BLOCK, {signal.SIGTERM})
        try:
            with contextlib.suppress(ValueError, OSError):
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
        finally:
            if mask is not None and blocked is not None:
                mask(signal.SIG_SETMASK, blocked)  # (a SIGTERM that waited ends it here)
        self.end()

    def end(self) -> None:
        """End the process by SIGTERM (_killed) when one came, once."""
        if self.came:
            self.came = False
            _killed()


@contextlib.contextmanager
def _sigterm_window() -> Iterator[_SigtermWindow]:
    """A _SigtermWindow open for the block; closed when it ends, and a SIGTERM that came
    in it ends the process by the signal once the block's clean-up is done (the
    temporaries removed, the record of the files written saved)."""
    window = _SigtermWindow()
    try:
        window.open()
        yield window
    except _Terminated:
        pass  # (ended below, by the signal)
    finally:
        window.close()
        window.end()


def _killed() -> NoReturn:
    """End the process by SIGTERM, its default action: a parent sees what it sees of a
    run SIGTERM ends at any other point (killed by the signal; 143 from a shell), not a
    Ctrl-C's 130. Where the signal does not end it (it is blocked or handled in a way this
    cannot change), the program exits 143."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(ValueError, OSError, AttributeError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    with contextlib.suppress(OSError):
        os.kill(os.getpid(), signal.SIGTERM)
    sys.exit(EXIT_TERMINATED)


@cli.group("baseline")
def baseline_group() -> None:
    """Record accepted findings so later runs suppress them."""


def _an_article(path: Path) -> bool:
    """Whether ``path`` is a file of a type crosscheck reads as articles that is no
    baseline (baseline create's --out: such a file in an input folder is an input)."""
    from crosscheck.baseline import load
    from crosscheck.ingest import supported_extensions

    try:
        if not path.is_file() or path.suffix.lower() not in supported_extensions():
            return False
        load(path)
    except (ConfigError, OSError, ValueError):
        return True
    return False


@baseline_group.command("create")
@input_options
@click.option(
    "--out",
    "out_file",
    required=True,
    type=_NamedPath(dir_okay=False, path_type=Path),
    help="The baseline file to write (JSON).",
)
@click.option("--no-default-rules", is_flag=True, default=None, help="Leave out the shipped rules.")
@story_options
@verbosity_options
def baseline_create(
    paths: Sequence[Path],
    max_size: str | None,
    published_default: str | None,
    alias_paths: Sequence[Path],
    rule_paths: Sequence[Path],
    out_file: Path,
    no_default_rules: bool | None,
    time_budget: float | None,
    by_folder: bool | None,
) -> int:
    """Check PATH... as `check` would and record the fingerprints of all its findings."""
    opts = _resolve(  # the configured baseline may be the file this makes (not read)
        **_inputs(max_size, published_default, alias_paths, rule_paths, time_budget),
        no_default_rules=no_default_rules,
        by_folder=by_folder,
        baseline_read=False,
        inputs=paths,
    )
    _not_a_dash(out_file, "file for the baseline (a file", "--out")
    check_baseline_out(out_file)  # a device there (/dev/null), before the run
    # before the run: the configuration file read (`--out crosscheck.toml` replaced it) and
    # the store it names (a baseline over it loses the articles only it holds; baseline
    # create opens none, check does)
    named = ((opts.config_file, "the configuration file"), (opts.config_store, "the --store"))
    own = {str(path): what for path, what in named if path is not None}
    refuse(clash([out_file], own), "--out")
    # the baseline this replaces is not an article (it was read as one, and skipped with
    # a warning, by each run after the first over the folder that holds it); an article
    # there is (left out, it was replaced by the baseline, exit 0): read, and refused below
    mine = () if _an_article(out_file) else (out_file,)
    result = run(paths, replace(opts.settings, exclude=(*opts.settings.exclude, *mine)))
    left = _left_out(paths, opts.out_dir, opts.settings.exclude)  # as `check` says it
    if left is not None:
        logging.getLogger("crosscheck").warning("%s", left)
    if _said_nothing_checked(result):  # an empty baseline would pass for one of a check
        return EXIT_NOTHING_CHECKED
    refuse(clash([out_file], read_documents(result)), "--out", after_run=True)
    write_baseline(result.findings, out_file)
    if _chatty():
        _err(f"crosscheck: baseline of {len(result.findings)} finding(s) written to {out_file}")
    return EXIT_OK


@cli.group("store")
def store_group() -> None:
    """Edit a --store of earlier runs."""


@store_group.command("forget")
@click.argument("names", nargs=-1, required=True)
@_store_option("The SQLite store (else the configuration file's `store`).")
@verbosity_options
def store_forget(names: Sequence[str], store_path: Path | None) -> int:
    """Remove the stored articles NAMES (as report.json's `documents` and `from_store` name
    them), so that later runs no longer compare them: an article renamed and edited is a
    new one, and its old name stays stored until forgotten. A name the store does not hold
    is an error (exit 2), and nothing is removed. An article forgotten that is still among
    a later run's inputs is read again, as a new one (so --new-only reports it). A name
    that starts with '-' goes after '--'."""
    from crosscheck.store import Store

    path = _resolve(store=store_path, baseline_read=False).settings.store
    if path is None:
        raise ConfigError("no store: give --store, or `store` in the configuration file")
    if not path.is_file() or path.stat().st_size == 0:  # (opening one would make a store)
        what = "a folder" if path.is_dir() else "an empty file" if path.is_file() else "no file"
        raise ConfigError(f"{path}: no store there ({what})")
    store = Store(path)
    try:
        missing = store.forget(names)
    finally:
        store.close()
    if missing:
        raise ConfigError(
            f"{path}: no stored article named {', '.join(map(shown, missing[:3]))}"
            f"{f' and {len(missing) - 3} more' if len(missing) > 3 else ''}; nothing "
            "forgotten (report.json's `documents` and `from_store` name the stored articles)"
        )
    if _chatty():
        _err(f"crosscheck: forgot {len(set(names))} article(s) in {path}")
    return EXIT_OK


@cli.command()
@input_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: one line per document and sentence; json: the report.json structure.",
)
@verbosity_options
def extract(
    paths: Sequence[Path],
    max_size: str,
    published_default: str | None,
    alias_paths: Sequence[Path],
    rule_paths: Sequence[Path],
    fmt: str,
    time_budget: float | None,
) -> int:
    """Print what crosscheck reads from PATH...: documents, sentences and claims with their
    sources and time frames, then the groups and findings; exit 0 whatever is found (5
    when nothing was read): for looking, `check` is what gates CI."""
    opts = _resolve(
        **_inputs(max_size, published_default, alias_paths, rule_paths, time_budget),
        baseline_read=False,
    )
    # read as `check` reads (the configuration file too), but with no store nor baseline
    # (printing what was read changes nothing) and no report folder to leave out (check
    # never reads its --out; extract has none, and reads what it is given)
    settings = replace(opts.settings, store=None, baseline=None, new_only=False, exclude=())
    result = run(paths, settings)
    if fmt == "json":
        for chunk in chunks(sections(result)):
            _out(chunk, nl=False)
    else:
        _out(_table(result), nl=False)
    # what was read is printed as `check` writes its report (the table lists each skipped
    # input and why), and a run that read nothing ends as `check`'s does
    return EXIT_NOTHING_CHECKED if _said_nothing_checked(result) else EXIT_OK


@cli.command("eval-extract")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--errors",
    "errors_to",
    type=_NamedPath(dir_okay=False, path_type=Path),
    help="Also write every miss, spurious claim and unit/change mismatch to this JSON file.",
)
@verbosity_options
def eval_extract(path: Path, errors_to: Path | None) -> int:
    """Measure extraction on NewsQuant (PATH: NewsQuant.json or a folder above it), next to
    quantulum3 alone on the same sentences, and print P/R/F1 for value, value+unit and
    value+change."""
    from crosscheck.evaluation import run_newsquant

    table, _ = run_newsquant(path, errors_to)
    _out(table, nl=False)
    return EXIT_OK


@cli.command("eval-findings")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("articles", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--shipped",
    is_flag=True,
    help="Score the shipped pair model (fitted on the development gold, so optimistic on "
    "it) instead of fitting one model per event on the other events.",
)
@click.option("--errors", is_flag=True, help="Also list every wrong finding with its quotes.")
@click.option(
    "--misses",
    "show_misses",
    is_flag=True,
    help="Also list each missed differing subject and where it was lost: not extracted, "
    "compatible wording, apart (with the best pair's probability), one group with no "
    "warning, or a stray claim in its group.",
)
@click.option(
    "--train-extra",
    "extra",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Another gold file whose events every fitted model also trains on (never scored); "
    "repeatable.",
)
@click.option(
    "--models",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the leave-one-event-out models (EVENT.json): each read when there, "
    "else fitted and written there. Run once before a change to the extraction and once "
    "after it, to see the change apart from refitting's spread.",
)
@click.option(
    "--draws",
    type=click.IntRange(min=1),
    help="Also fit every event's model N more times, each without 30 of its training pairs "
    "(left out at random, seeds 0 to N-1), and print each draw's totals and their mean: "
    "how far a refit alone moves the figures, against which a change to the extraction is "
    "fairly measured.",
)
@verbosity_options
def eval_findings(
    gold: Path, articles: Path, shipped: bool, errors: bool, show_misses: bool,
    extra: Sequence[Path], models: Path | None, draws: int | None,
) -> int:  # fmt: skip
    """Measure findings against gold numeric subjects (GOLD: a gold.yaml; ARTICLES: one
    folder per event). Prints precision, recall and corroboration per event and in total;
    by default each event is matched by a pair model fitted on the other events only."""
    from crosscheck.match.learned import shipped_model
    from crosscheck.training import (
        Miss,
        evaluate,
        format_draws,
        format_misses,
        format_scores,
        prepare,
    )

    if shipped and models is not None:
        raise click.UsageError("--models is for the leave-one-event-out models, not --shipped")
    if draws is not None and (shipped or models is not None):
        raise click.UsageError("--draws fits the leave-one-event-out models again: not with "
                               "--shipped or --models")  # fmt: skip
    events = prepare(gold, articles)
    model = shipped_model() if shipped else None
    more = [e for path in extra for e in prepare(path, articles)] if not shipped else []
    misses: list[Miss] | None = [] if show_misses else None
    scores = evaluate(events, model, extra=more, misses=misses, models=models)
    how = "shipped model" if shipped else "leave-one-event-out"
    if models is not None:
        how += f", models in {models}"
    if more:
        how += f", also trained on {len(more)} other events ({', '.join(p.name for p in extra)})"
    _out(format_scores(scores, events, how, errors), nl=False)
    if misses is not None:
        _out("\n" + format_misses(misses), nl=False)
    if draws is not None:
        spread = [evaluate(events, extra=more, draw=k) for k in range(draws)]
        _out("\n" + format_draws(spread), nl=False)
    return EXIT_OK


@cli.group("rules")
def rules_group() -> None:
    """Show, validate and test rule files; list the check kinds."""


@rules_group.command("list")
@click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Folder or file of rules besides the shipped ones; repeatable.",
)
@click.option("--no-default-rules", is_flag=True, default=None, help="Leave out the shipped rules.")
@verbosity_options
def rules_list(rule_paths: Sequence[Path], no_default_rules: bool | None) -> int:
    """List the rules a check would use: id, severity, check kind, what they select, and
    the severities their findings take otherwise (a compatible wording, an update, copies
    of one story). Reads the configuration file's `rules` and `default-rules` as `check`
    does."""
    from crosscheck.pipeline import concept_table, files_read, rule_set, wire_table_files
    from crosscheck.rules.loader import not_read_below

    settings = _resolve(rules=rule_paths, no_default_rules=no_default_rules,
                        baseline_read=False).settings  # fmt: skip
    ruleset = rule_set(settings)
    # the concept files beside them: one check refuses stops it too
    concepts = concept_table(settings)
    # a rule file in a subfolder of a --rules folder, which the check leaves out: said here
    # too, as `check` says it (alias files are no rules: not listed, not said)
    read = files_read(ruleset, concepts, wire_table_files(settings))
    for warning in not_read_below(list(settings.rule_paths), None, read):
        logging.getLogger("crosscheck").warning("%s", warning)
    for r in ruleset.rules:
        sel = ", ".join(
            f"{k}={'|'.join(v)}"
            for k, v in (
                ("kinds", r.kinds),
                ("concepts", r.concepts),
                ("units", r.units),
                ("keywords", r.keywords),
                ("entities", r.entities),
            )
            if v
        )
        state = "" if r.enabled else " (disabled)"
        _out(f"{r.id:<28} {r.severity:<8} {r.check:<22} {sel or 'all groups'}{state}")
        _out(f"{'':<28} {r.title}  [{r.source}]")
        _out(f"{'':<28} severities: {_severities(r)}")
    return EXIT_OK


def _severities(rule: Any) -> str:
    """The severities a rule's findings can take besides its own: its ``*_severity``
    parameters that are set (unset ones take the rule's), and that of copies of one story."""
    named = [(k.removesuffix("_severity"), v) for k, v in rule.params.items()
             if k.endswith("_severity") and v]  # fmt: skip
    named.append(("copies", rule.severity_for_copies))
    return ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in named)


def _ids_aliases_option(func: F) -> F:
    """`rules check`'s --aliases, whose files give the ids select.entities is checked
    against."""
    return aliases_option(
        func,
        help="Entity alias file or folder (YAML) whose ids, with the shipped ones and those "
        "of the alias files in PATHS, are the ids a rule's select.entities is checked "
        "against (as `check --aliases` reads them), in place of the configuration file's "
        "`aliases`; repeatable.",
    )


@rules_group.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_ids_aliases_option
@verbosity_options
def rules_check(paths: Sequence[Path], alias_paths: Sequence[Path]) -> int:
    """Validate the rule, concept, wire and alias files in PATHS (files or folders); exit 2
    and name every problem. A rule's select.entities is checked against the ids of the
    alias files in PATHS and of those `check` reads (the shipped ones, --aliases or the
    configuration file's `aliases`: the configuration file is read, as `check` reads it)."""
    from crosscheck.extract.entities import load_aliases
    from crosscheck.match.features import is_concept_file
    from crosscheck.pipeline import alias_table, concept_table, files_read
    from crosscheck.rules import load_rule_files, rule_files_in
    from crosscheck.rules.loader import (
        not_read_below,
        select_problems,
        shipped_ids,
        unknown_concepts,
    )
    from crosscheck.safeyaml import opens_with
    from crosscheck.sources import load_wire_files, wire_files_in

    # alias files, which a folder of rules may hold beside them (docs/writing-rules.md): read
    # as --aliases reads them, so that 'ok' here is no exit 2 of `check --aliases` on the
    # same folder; one given alone was refused as a rule file without a 'rules' list
    alias_files = [
        f
        for p in paths
        for f in ([p] if p.is_file() else sorted([*p.rglob("*.yml"), *p.rglob("*.yaml")]))
        if f.is_file() and opens_with(f, ("entities",)) and not opens_with(f, ("rules",))
    ]
    checked = load_aliases(alias_files)
    files = [f for f in rule_files_in(list(paths)) if f not in alias_files]
    ruleset = load_rule_files(files)
    wire_files = wire_files_in(list(paths))  # read (so validated) as `check` reads them
    load_wire_files(wire_files)
    concept_files = [
        f
        for p in paths
        for f in ([p] if p.is_file() else sorted(p.glob("*.y*ml")))
        if is_concept_file(f)
    ]
    # the concept files checked, read (and so validated) with the shipped ones and those
    # beside a rule file checked alone (its folder, as `--rules FOLDER` would read them):
    # the concepts its rules may mean
    beside = [p.parent for p in paths if p.is_file()]
    try:
        concepts = concept_table(Settings(rule_paths=(*paths, *beside)))
    except ConfigError:
        # a file given stops the command; a draft beside one (which `check --rules FILE`
        # never reads) is a warning, and the other concept files beside it are read
        with _unsaid():
            concept_table(Settings(rule_paths=tuple(paths)))
        good: list[Path] = []
        drafts = sorted({f for folder in beside for f in [*folder.glob("*.yml"),
                         *folder.glob("*.yaml")] if is_concept_file(f)} - set(paths))  # fmt: skip
        for draft in drafts:
            try:
                with _unsaid():
                    concept_table(Settings(rule_paths=(*paths, *good, draft)))
            except ConfigError as exc:
                logging.getLogger("crosscheck").warning(
                    "%s (a concept file beside %s, not given: its concepts are not known here)",
                    str(exc).splitlines()[0] + "".join(f"; {p}" for p in exc.problems[:3]),
                    ", ".join(str(p) for p in paths if p.is_file() and p.parent == draft.parent),
                )
            else:
                good.append(draft)
        concepts = concept_table(Settings(rule_paths=(*paths, *good)))
    # ('rule:' for 'rules:'): no 'ok' for a folder of no rule; an alias file given alone is one
    if not files and not concept_files and not wire_files and not set(alias_files) & set(paths):
        raise ConfigError(f"no rule or concept file in {', '.join(map(str, paths))}")
    # a rule, concept or wire file in a subfolder, which --rules would not read (its alias
    # files are read here, as --aliases reads them: none said)
    read = files_read(ruleset, concepts, wire_files)  # (ruleset: of ``files``)
    # the ids a select.entities may mean: those checked and those `check` reads (the
    # shipped, --aliases or the configuration's), whose files are check's to warn of
    try:
        resolved: _Options | None = _resolve(aliases=alias_paths, baseline_read=False)
    except ConfigError as exc:  # a configuration this command reads for its aliases alone
        said = str(exc).splitlines()[0] + "".join(f"; {p}" for p in exc.problems[:3])
        logging.getLogger("crosscheck").warning(
            "%s (the configuration file, which `rules check` reads for its `aliases` alone: "
            "select.entities checked against the ids of the shipped alias files%s and of PATHS)",
            said, ", of --aliases" if alias_paths else "")  # fmt: skip
        resolved = None
    settings = resolved.settings if resolved else Settings(alias_paths=tuple(alias_paths))
    try:
        with _unsaid():
            known = {*checked.entities, *alias_table(settings).entities}
    except ConfigError as exc:  # (a file of theirs, not of PATHS: said whence it came)
        whence = ("given to --aliases" if alias_paths or resolved is None else
                  f"of the configuration's `aliases` in {resolved.config_file}")  # fmt: skip
        raise ConfigError(f"{exc} (an alias file {whence}, read for the ids a rule's "
                          "select.entities is checked against)", exc.problems,
                          exc.heading) from None  # fmt: skip
    for warning in [*not_read_below(list(paths), None, read),
                    *unknown_concepts(ruleset.rules, concepts),
                    *select_problems(ruleset.rules, known, shipped_rules_dir())]:  # fmt: skip
        logging.getLogger("crosscheck").warning("%s", warning)
    # an id a shipped rule has: 'ok' here, then `check` with the shipped rules (the
    # default) stopped on it as a duplicate id
    for warning in shipped_ids(ruleset.rules, shipped_rules_dir()):
        logging.getLogger("crosscheck").warning("%s", warning)
    wires = f", {len(wire_files)} wire table(s)" if wire_files else ""
    aliases = f", {len(checked.sources)} alias file(s)" if checked.sources else ""
    _out(
        f"ok: {len(ruleset.rules)} rule(s) in {len(files)} file(s), "
        f"{len(concept_files)} concept file(s){wires}{aliases}"
    )
    return EXIT_OK


@contextlib.contextmanager
def _unsaid() -> Iterator[None]:
    """No warning logged within (what another command is to say)."""
    before = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(before)


@rules_group.command("kinds")
@verbosity_options
def rules_kinds() -> int:
    """List the check kinds a rule can use, with their parameters and defaults."""
    from crosscheck.reference import kinds_text

    _out(kinds_text(), nl=False)
    return EXIT_OK


@rules_group.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--rules",
    "rule_paths",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Rule file or folder besides those the case files name; repeatable.",
)
@click.option(
    "--aliases",
    "alias_paths",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Alias file or folder besides those the case files name; repeatable.",
)
@click.option("--no-default-rules", is_flag=True, default=None, help="Leave out the shipped rules.")
@verbosity_options
def rules_test(
    paths: Sequence[Path],
    rule_paths: Sequence[Path],
    alias_paths: Sequence[Path],
    no_default_rules: bool | None,
) -> int:
    """Run rule test cases: articles in, expected findings out.

    PATH...: YAML files with a top-level `cases:` list, or folders of them; by default the
    shipped rules' cases.

    \b
    Exit codes:
      0  every case passed
      1  some case failed
      2  a case, rule or alias file is invalid
    """
    from crosscheck.rules import cases

    files = cases.case_files_in(list(paths) or [cases.shipped_cases_dir()])
    if not files:
        raise click.UsageError("no rule test files (YAML with a top-level `cases:` list) found")
    loaded = cases.load_case_files(files)
    results = cases.run_case_files(
        loaded, rule_paths, alias_paths, None if no_default_rules is None else False
    )
    verbose = logging.getLogger("crosscheck").isEnabledFor(logging.INFO)
    _out(cases.format_results(results, verbose=verbose), nl=False)
    return EXIT_OK if all(r.passed for r in results) else EXIT_FINDINGS


def _table(result: RunResult) -> str:
    lines = []
    by_doc: dict[str, list[str]] = {}
    claims_by_sentence: dict[tuple[str, int], list[str]] = {}
    for c in result.claims:
        claims_by_sentence.setdefault((c.document, c.sentence), []).append(_claim_line(c))
    for s in result.sentences:
        role = "" if s.role == "body" else f" [{s.role}]"
        by_doc.setdefault(s.document, []).append(
            f"  {s.index:>4} p{s.paragraph:<3} {s.span[0]:>6}-{s.span[1]:<6}{role} {s.text}"
        )
        by_doc[s.document].extend(claims_by_sentence.get((s.document, s.index), []))
    for d in result.documents:
        meta = ", ".join(
            f"{k}: {v}"
            for k, v in (
                ("title", d.title),
                ("source", d.source),
                ("published", _dated(d)),
                ("url", d.url),
            )
            if v
        )
        lines.append(f"{d.id}  ({d.format}, {len(d.text):,} chars{'; ' + meta if meta else ''})")
        lines.extend(by_doc.get(d.id, []))
    for sk in result.skipped:
        lines.append(f"skipped {sk.path}: {sk.reason}")
    by_claim = {c.id: c for c in result.claims}
    for g in result.groups:
        lines.append(f"group {g.id}: {g.label} [{g.concept}] score {g.score:.2f}")
        lines.extend(f"    {by_claim[i].document}: {by_claim[i].text!r}" for i in g.claims)
    for f in result.findings:
        lines.append(f"{f.severity.upper()} {f.rule}: {f.message}")
    # one line each, whatever a file name or a sentence holds (a new line, a bidi override)
    return "".join(escape(line) + "\n" for line in lines)


def _claim_line(c: Claim) -> str:
    interval = f"[{_num(c.lower)}, {_num(c.upper)}]"
    facts = [
        f"{_num(c.value)} {c.qualifier} {interval}",
        f"{c.kind}:{c.unit or '-'}",
    ]
    if c.modifiers:
        facts.append("mods=" + "|".join(c.modifiers))
    if c.predicate:
        facts.append(f"pred={c.predicate}")
    facts.extend(
        flag
        for flag, on in (
            ("hedged", c.hedged),
            ("negated", c.negated),
            ("elided", c.elided),
            ("part", c.part),
            ("converted", c.converted),
            ("clock", c.clock),
            ("partitive", c.partitive),
        )
        if on
    )
    if c.change:
        facts.append(f"change={c.change}")
    if c.was is not None:
        hedge = f"{c.was_qualifier} " if c.was_qualifier else ""
        facts.append(f"was={hedge}{_num(c.was)}")
    if c.attribution:
        a = c.attribution
        quoted = " (quoted)" if a.direct else ""
        when = f" {a.when}" if a.when else ""
        facts.append(f"source={a.entity} [{a.verb}{when}]{quoted}")
    if c.time:
        t = c.time
        facts.append(f"time={t.surface!r}" + (f" {t.start}..{t.end}" if t.start else ""))
    return f"         > {c.text!r}  " + "  ".join(facts)


def _dated(d: Document) -> str | None:
    """An article's date as the extract table says it: to the time of day when the article
    gives one, its update, and where it came from ("2024-04-02T07:45 from file name"). The day
    alone left a date --published-default assumed looking like the article's own."""
    if d.dating is None or d.dating.published is None:
        return d.published.isoformat() if d.published else None
    updated = f", updated {d.dating.updated}" if d.dating.updated else ""
    return f"{d.dating.published}{updated} from {d.dating.source}"


def _num(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:,.0f}" if v == int(v) and abs(v) < 1e15 else f"{v:,.6g}"


def _summary(
    result: RunResult, seconds: float | None = None, suppressed: int = 0, stored: bool = False
) -> None:
    """The run's last line on stderr; with a store (``stored``), what it supplied, which
    report.json leaves out (it is the same bytes whether or not a store did the work)."""
    if not _chatty():
        return  # --quiet
    sev = {
        s: sum(1 for f in result.findings if f.severity == s) for s in ("error", "warning", "info")
    }
    _err(  # counts grouped by thousands, as the report's figures are ("13,340 sentence(s)")
        f"crosscheck: {len(result.documents):,} document(s)"
        # articles only the store holds (their files gone): said, not taken for the inputs'
        + (f" ({len(result.from_store):,} from the store)" if result.from_store else "")
        + f", {len(result.sentences):,} sentence(s), "
        f"{len(result.claims):,} claim(s), {len(result.groups):,} group(s), "
        + (f"{len(result.copies):,} copy cluster(s), " if result.copies else "")
        + "findings: "
        + f"{sev['error']:,} error, {sev['warning']:,} warning, {sev['info']:,} info; "
        + f"{len(result.skipped):,} skipped input(s), {len(result.diagnostics):,} warning(s)"
        + (f"; {suppressed:,} suppressed" if suppressed else "")
        + (_from_store(result) if stored else "")
        + (f"; {seconds:.1f}s" if seconds is not None else "")
    )


def _from_store(result: RunResult) -> str:
    """What the store supplied ("; reused 9,900 of 10,000 readings and 496 stories'
    groups and findings"): the articles whose extraction it held, and the stories (or the
    whole run's groups and findings) it had judged."""
    judged = (
        "every group and finding"
        if result.reused_results
        else f"{result.reused_stories:,} stories' groups and findings"
    )
    return f"; reused {result.reused:,} of {len(result.documents):,} readings and {judged}"


def main(argv: Sequence[str] | None = None) -> None:
    # the garbage collector tuned for the command (crosscheck.collector)
    with collector.tuned():
        _run_cli(argv)


def _run_cli(argv: Sequence[str] | None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="crosscheck")


# What the command made, kept to the process's end when entry() runs it: entry ends the
# process without freeing it. None in any other caller's process (main() called by a test
# or a script), where a run's records are freed when they are done with.
_held: list[object] | None = None


def entry() -> NoReturn:
    """The program, as the ``crosscheck`` command and ``python -m crosscheck`` start it:
    main(), then the process ends at once (os._exit) with main's exit code, as mypy's does
    (mypy.util.hard_exit). Ending the usual way frees the run's records one by one (the
    result is kept to the end for this: _held) and every module's objects, with nothing
    left to do: 0.2-0.3 s of a 3.6 s unchanged re-run at 10,000 articles (docs/scale.md).
    What the usual way does first is done first: the exit handlers run (atexit: logging's
    flush, multiprocessing's joins, any a library registered) and the streams are
    flushed. Where that cannot be done so (a thread of the program's own still running, a
    stream that cannot be flushed, an exit message rather than a code) the process ends
    the usual way. main() returns or raises as it always did: a caller in its own process
    (a test, a script) keeps running, its records freed when done with."""
    global _held
    _held = []
    _late.watch()
    try:
        try:
            main()
            code: int | str | None = EXIT_OK
        except SystemExit as exc:
            code = exc.code if exc.code is not None else EXIT_OK
        finally:
            _late.closing = True  # from here Ctrl-C is kept, not raised (_LateInterrupt)
    except KeyboardInterrupt:  # in the command's own clean-up, after its handler
        _say_interrupted()
        code = EXIT_INTERRUPTED
    _end(code)


class _LateInterrupt:
    """Ctrl-C once the command is done, while the program ends (entry: the command's
    clean-up, the exit handlers, the streams' flush). Python's KeyboardInterrupt there
    was a traceback: in an exit handler (atexit: multiprocessing's joins, logging's
    flush) atexit printed it ("Exception ignored in atexit callback") and the program
    ended with the run's own code, as if it had not been interrupted; elsewhere it
    escaped the program. The program's SIGINT handler raises KeyboardInterrupt, as
    Python's does, until ``closing``; from then the interrupt is kept (``pressed``), the
    clean-up goes on and the program ends with 130 and the one line of an interrupt
    (_end); a second Ctrl-C, or one where Python's own exit runs the clean-up
    (``at_once``), ends it at once the same way."""

    def __init__(self) -> None:
        self.closing = False
        self.pressed = False
        self.at_once = False
        self.said = False  # the line of an interrupt written

    def watch(self) -> None:
        """The program's SIGINT handler, in place of Python's: not where SIGINT is
        ignored (nohup, a job started in the background) or handled otherwise."""
        with contextlib.suppress(ValueError, OSError):  # (not the main thread)
            if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                signal.signal(signal.SIGINT, self.interrupt)

    def interrupt(self, signum: int, frame: object) -> None:
        if not self.closing:
            raise KeyboardInterrupt
        if self.pressed or self.at_once:
            _interrupted_now()
        self.pressed = True


_late = _LateInterrupt()


def _say_interrupted() -> None:
    """The one line of an interrupt (exit 130), once whatever the Ctrl-Cs."""
    if not _late.said:
        _late.said = True
        _err("crosscheck: interrupted")


def _interrupted_now() -> NoReturn:
    """End the program at once as an interrupt does: its line, and exit 130."""
    _say_interrupted()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)


def _watched() -> bool:
    """Whether a profiler or tracer runs the program (python -m cProfile -m crosscheck,
    as docs/scale.md measures it; python -m trace): it writes what it found once the
    program has returned to it, which an os._exit never does (the profile was lost
    without a word, the exit code the run's)."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return True
    monitoring = getattr(sys, "monitoring", None)  # Python 3.12's profilers and debuggers
    return monitoring is not None and any(
        monitoring.get_tool(tool) is not None
        for tool in (monitoring.DEBUGGER_ID, monitoring.PROFILER_ID)
    )


def _end(code: int | str | None) -> NoReturn:
    """The process ended with ``code`` (see entry)."""
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    main_thread = threading.main_thread()
    working = [t for t in threading.enumerate() if t is not main_thread and not t.daemon]
    if type(code) is not int or run_exit_handlers is None or working or _watched():
        _python_ends(code)
    run_exit_handlers()  # (a Ctrl-C meanwhile is kept: _LateInterrupt)
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):
        _python_ends(code)  # Python's own exit says so (and exits 120 on a failed flush)
    if _late.pressed:
        _interrupted_now()
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        _stderr_gone()  # messages lost change no exit code (_err)
    os._exit(code)


def _python_ends(code: int | str | None) -> NoReturn:
    """The process ended the usual way (sys.exit), as an interrupt if one came since the
    command ended; Python's own exit runs the clean-up, where a Ctrl-C ends it at once."""
    if _late.pressed:
        _interrupted_now()
    _late.at_once = True
    sys.exit(code)


__all__ = ["cli", "entry", "main"]

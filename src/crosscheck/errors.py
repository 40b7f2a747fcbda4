"""Exceptions that carry their exit code, so the CLI maps them without a lookup table.

The exit codes, one meaning each (CI tells a crash from a result by them):

    0    clean: no finding at or above --fail-on
    1    findings at or above --fail-on
    2    usage, configuration or rule-file error: nothing was checked
    3    with --strict, some input could not be read (it is listed with its reason)
    4    internal error: a bug in crosscheck, named by stage and input (also processes
         that kept dying: with Dask a story's, named by its articles; the extraction's,
         twice in a row before extracting an article)
    5    nothing was checked: no input of the run was read (every one was skipped, or none
         was found); the report lists the skipped ones
    130  interrupted (Ctrl-C)
    143  ended by SIGTERM (killed by the signal, as its default does; cli._SigtermWindow)
"""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_INTERNAL = 4
EXIT_NOTHING_CHECKED = 5
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM: what a shell gives a process SIGTERM ends

ISSUES_URL = "https://example.invalid/crosscheck/issues"


class CrosscheckError(Exception):
    """Base of crosscheck's own errors: a one-line message and an exit code."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(CrosscheckError):
    """A bad option value or configuration file: nothing was checked. ``problems``: the
    problems of a file that has several, each naming its file and line (the command line
    prints each on a line of its own under ``heading``)."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, problems: list[str] | None = None, heading: str = "") -> None:
        super().__init__(message)
        self.problems = problems or []
        self.heading = heading

    @classmethod
    def listing(cls, heading: str, problems: list[str]) -> ConfigError:
        """One error for a file's several problems: its message the heading and each
        problem on an indented line, as before."""
        return cls(f"{heading}:\n  " + "\n  ".join(problems), problems, heading)


class InternalError(CrosscheckError):
    """An unexpected exception in a stage that works on all inputs at once (matching, rules,
    writing): a bug, reported in one line naming the stage and the input. Stages that work
    on one input at a time never raise it: the input is skipped with the reason instead."""

    exit_code = EXIT_INTERNAL

    def __init__(self, stage: str, subject: str, cause: BaseException) -> None:
        detail = " ".join(str(cause).split())[:300] or "no message"
        super().__init__(
            f"internal error while {stage} ({subject}): {type(cause).__name__}: {detail}"
        )
        self.stage = stage
        self.subject = subject
        self.cause = cause


class WorkersDied(CrosscheckError):
    """A task of a stage that works on all inputs at once (the story graph on Dask), or
    the extraction's processes, whose workers kept dying (out of memory, a crash): no
    bug, so no traceback is asked for; the run ends (exit 4) naming it, without a
    report."""

    exit_code = EXIT_INTERNAL

    def __init__(self, what: str) -> None:
        super().__init__(f"{what}; no report was written")


class ClusterTrouble(CrosscheckError):
    """The client could not take a result the Dask workers made, send them data or reach
    them, for its connection to the cluster (lost, timed out; Dask then cancels every
    task): no input's failure and no bug of crosscheck's; the run ends (exit 4) saying so,
    without a report. ``doing``: what the client could not do, as the message says it."""

    exit_code = EXIT_INTERNAL

    def __init__(self, cause: BaseException, doing: str = "take a result from") -> None:
        super().__init__(
            f"could not {doing} the Dask cluster ({describe(cause)}); no report was written"
        )
        self.cause = cause


class InputError(Exception):
    """One input could not be read; the run goes on and the input is listed as skipped.

    Not a CrosscheckError: it never ends a run by itself. ``empty``: the input held nothing
    to check (an empty file, no article text), as opposed to one that could not be read.
    ``replaceable``: the file is crosscheck's own earlier report or of a type crosscheck
    does not read, so a report may be written over it (Skipped.replaceable).
    """

    def __init__(self, reason: str, empty: bool = False, replaceable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.empty = empty
        self.replaceable = replaceable


def describe(exc: BaseException) -> str:
    """An unexpected exception as part of a one-line reason: type and first 200 chars."""
    detail = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


# why a named pipe, socket or device is not read (opening a pipe waits for a writer for ever):
# inputs, rule and YAML files, baselines (atomic.open_regular tells them)
NOT_REGULAR = "not a regular file (a named pipe, socket or device)"


SHOWN_CHARS = 60  # the most of a value a message shows


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value a user gave, as a one-line message shows it: its repr, cut to ``limit``
    characters and its length told when longer (a --max-size of 5,000 digits is not
    printed whole); an integer past the digits Python converts to text (4,300, which
    repr() refuses with a ValueError) is told by that."""
    try:
        text = repr(value)
    except ValueError:
        return too_many_digits(negative=isinstance(value, int) and value < 0)
    return cut(text, limit, len(value) if isinstance(value, str) else len(text))


def cut(text: str, limit: int, size: int | None = None) -> str:
    """``text`` cut to ``limit`` characters and its length (``size``, else its own) told
    when longer: the one shortening of what a message quotes."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 3]}... ({size if size is not None else len(text):,} characters)"


def too_many_digits(negative: bool = False) -> str:
    """What a message calls a whole number Python will not convert to or from text."""
    sign = "negative " if negative else ""
    return f"a {sign}whole number of more than {sys.get_int_max_str_digits():,} digits"

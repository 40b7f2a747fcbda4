"""What the terminal, the text report and the SARIF and JUnit files share. The terminal and
the text report escape each whole line they write (escape: a text made one line that
cannot drive a terminal). SARIF and JUnit give the lines stderr gives for a skipped input
and for a run that checked nothing (skipped_line, unchecked_line: escaped as stderr's),
and fail the run for its inputs as its exit code does (failed_on_inputs); they escape
nothing else: a finding's message keeps its article's words raw there, as JSON and XML
carry them (JUnit writes as ``\\uNNNN`` only what XML cannot hold, junit.xml_safe)."""

from __future__ import annotations

import re

from crosscheck.errors import EXIT_NOTHING_CHECKED, EXIT_UNREADABLE
from crosscheck.model import RunResult, Skipped, nothing_checked


def escape(text: str) -> str:
    """One finding stays one line and cannot drive the terminal: control characters (new
    lines, ESC of terminal escape sequences, C1 controls, line and paragraph separators) and
    the bidirectional overrides and isolates that reorder what is shown are written as
    \\xNN / \\uNNNN escapes."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def skipped_line(skipped: Skipped) -> str:
    """The line stderr gives for a skipped input (the pipeline's warning, without the
    ``crosscheck: WARNING:`` before it): ``skipped PATH: REASON``, escaped as stderr is."""
    return escape(f"skipped {skipped.path}: {skipped.reason}")


def failed_on_inputs(result: RunResult) -> bool:
    """Whether the run's exit code fails it for its inputs: 3 (--strict, some input
    skipped) or 5 (nothing checked). Its skipped inputs are then errors, not warnings."""
    return result.exit_code in (EXIT_UNREADABLE, EXIT_NOTHING_CHECKED)


def unchecked_line(result: RunResult) -> str | None:
    """The one line that says nothing was checked, for a run that ended so (exit 5)."""
    why = nothing_checked(result) if result.exit_code == EXIT_NOTHING_CHECKED else None
    return escape(" ".join(why.split())) if why is not None else None

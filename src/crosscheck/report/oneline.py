"""What the terminal, the text report and the SARIF and JUnit files share: a text made one
line that cannot drive a terminal (errors.escape), the line that names a skipped input (the
one stderr gives for it), and how the run's exit code judges its inputs."""

from __future__ import annotations

from crosscheck.errors import EXIT_NOTHING_CHECKED, EXIT_UNREADABLE, escape
from crosscheck.model import RunResult, Skipped, nothing_checked


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

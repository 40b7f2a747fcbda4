"""Exceptions that carry their exit code, so the CLI maps them without a lookup table."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base of crosscheck's own errors: a one-line message and an exit code."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(CrosscheckError):
    """A bad option value or configuration file: nothing was checked."""

    exit_code = 2


class InputError(Exception):
    """One input could not be read; the run goes on and the input is listed as skipped.

    Not a CrosscheckError: it never ends a run by itself.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

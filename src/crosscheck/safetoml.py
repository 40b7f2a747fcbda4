"""TOML read as crosscheck reads every TOML text (its configuration file, Markdown's TOML
front matter): tomllib, with what it raises besides TOMLDecodeError (an integer too long
to convert, nesting deeper than it recurses) said as one problem with its line."""

from __future__ import annotations

import re
import sys
import tomllib
from typing import Any

from crosscheck.errors import too_many_digits

_AT = re.compile(r"\s*\(at line (\d+), column \d+\)|\s*\(at end of document\)")


class TomlProblem(ValueError):
    """What is wrong with a TOML text (``said``: 'not valid TOML (Invalid value)', 'nested
    too deeply to be read as TOML') and its line from 1, when tomllib tells it."""

    def __init__(self, said: str, line: int | None) -> None:
        super().__init__(said)
        self.said, self.line = said, line


def loads(text: str) -> dict[str, Any]:
    """``text`` read as TOML; TomlProblem when it cannot be."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _AT.search(str(exc))
        line = int(at.group(1)) if at and at.group(1) else None
        raise TomlProblem(f"not valid TOML ({_AT.sub('', str(exc))})", line) from None
    except RecursionError:  # arrays or inline tables nested thousands deep: tomllib recurses
        raise TomlProblem("nested too deeply to be read as TOML", None) from None
    except ValueError:  # an integer of more digits than int() reads: no TOMLDecodeError
        long = re.search(rf"[0-9][0-9_]{{{sys.get_int_max_str_digits()},}}", text)
        line = text.count("\n", 0, long.start()) + 1 if long else None
        raise TomlProblem(f"not valid TOML ({too_many_digits()})", line) from None

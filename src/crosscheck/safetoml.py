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


_BARE = re.compile(r"[A-Za-z0-9_-]+")


def key_lines(text: str, table: tuple[str, ...] = ()) -> dict[str, int]:
    """Each key set in ``table`` of a TOML text (() the top level; as spelt) and the line
    (from 1) where it is first set: ``key = ...``, a dotted ``key.x = ...``, or a header
    ``[key]`` / ``[[key]]`` (under ``table``'s own) of a value that is a table. tomllib
    tells no positions, so the text is read again for messages only: its strings (a
    '\"\"\"' in a comment is none), comments and values over several lines (an array
    whose lines open with '[' is no table header) are stepped over as TOML reads them.
    The one reading of key lines: the configuration file's and Markdown's front matter's."""
    out: dict[str, int] = {}
    current: tuple[str, ...] = ()
    i, n, line = 0, len(text), 1
    depth = len(table)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif c in " \t\r":
            i += 1
        elif c == "#":
            i = _line_end(text, i)
        elif c == "[":  # a table's header: [a.b] or [[a.b]]
            i = i + 2 if text.startswith("[[", i) else i + 1
            current, i = _dotted(text, i)
            if len(current) > depth and current[:depth] == table:
                out.setdefault(current[depth], line)
            i = _line_end(text, i)  # (its ']' and any comment)
        else:  # a key, '=' and its value
            parts, i = _dotted(text, i)
            full = (*current, *parts)
            if parts and len(full) > depth and full[:depth] == table:
                out.setdefault(full[depth], line)
            if not parts or i >= n or text[i] != "=":  # (not TOML: its line left)
                i = _line_end(text, i)
                continue
            i, line = _value_end(text, i + 1, line)
    return out


def _line_end(text: str, i: int) -> int:
    """Where the line of ``i`` ends (its newline, or the text's end)."""
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _dotted(text: str, i: int) -> tuple[tuple[str, ...], int]:
    """The parts of a dotted key from ``i`` ('a', "b c", 'd'), and where it ends (past
    any blanks after it); no parts where there is no key."""
    parts: list[str] = []
    n = len(text)
    while True:
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] in "\"'":
            j = _string_end(text, i)
            parts.append(text[i + 1 : j])
            i = j + 1
        else:
            m = _BARE.match(text, i)
            if not m:
                break
            parts.append(m.group())
            i = m.end()
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] == ".":
            i += 1
            continue
        break
    return tuple(parts), i


def _string_end(text: str, i: int) -> int:
    """Where the one-line string whose quote is at ``i`` ends: its closing quote, or the
    newline or end of text that cuts it short (a basic string's escapes stepped over)."""
    quote, j, n = text[i], i + 1, len(text)
    while j < n and text[j] != quote and text[j] != "\n":
        j += 2 if quote == '"' and text[j] == "\\" else 1
    return j


def _value_end(text: str, i: int, line: int) -> tuple[int, int]:
    """Where the value from ``i`` ends (the newline after it, its arrays and inline
    tables closed) and the line there: its strings, of one line or many, and comments
    stepped over whole."""
    n, depth = len(text), 0
    while i < n:
        c = text[i]
        if c == "\n":
            if depth == 0:
                return i, line
            line += 1
            i += 1
        elif c == "#":
            i = _line_end(text, i)
        elif text.startswith('"""', i) or text.startswith("'''", i):
            quote, i = text[i] * 3, i + 3
            while i < n and not text.startswith(quote, i):
                if text[i] == "\n":
                    line += 1
                i += 2 if quote == '"""' and text[i] == "\\" and text[i + 1 : i + 2] != "\n" else 1
            i += 3
            while i < n and text[i] == quote[0]:  # ('""""' closes with a quote in it)
                i += 1
        elif c in "\"'":
            j = _string_end(text, i)
            i = j + 1 if j < n and text[j] == c else j
        elif c in "[{":
            depth += 1
            i += 1
        elif c in "]}":
            depth = max(0, depth - 1)
            i += 1
        else:
            i += 1
    return i, line

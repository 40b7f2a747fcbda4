"""Reference text made from the code that defines it: check kinds and their parameters (the
registry in crosscheck.rules.checks), message fields, configuration keys (the table in
crosscheck.config, described by the `check` option of the same name).

`crosscheck rules kinds` prints the text form; the manual's generated pages use the
Markdown form (docs/hooks.py), so the two cannot drift apart.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from crosscheck.rules.checks import CHECKS, MESSAGE_FIELDS, CheckKind


def type_name(expected: Any) -> str:
    """The type of a parameter or configuration key, as a rule or TOML author reads it."""
    if isinstance(expected, tuple):
        if set(expected) == {int, float}:
            return "number"
        return " or ".join(type_name(t) for t in expected)
    return {
        int: "integer",
        float: "number",
        str: "string",
        bool: "true/false",
        dict: "mapping",
        list: "list",
    }.get(expected, getattr(expected, "__name__", str(expected)))


def _value(v: Any) -> str:
    """A default as it is written in YAML or TOML."""
    return json.dumps(v) if isinstance(v, bool | str | dict | list) or v is None else repr(v)


def _paragraphs(doc: str) -> list[str]:
    text = textwrap.dedent(doc).replace("``", "`")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def kinds_text(width: int = 88) -> str:
    """Every check kind: what it flags, its parameters with type and default, its message."""
    out: list[str] = []
    for kind in sorted(CHECKS.values(), key=lambda k: k.name):
        out.append(kind.name)
        for para in _paragraphs(kind.doc):
            out.extend(textwrap.wrap(para, width, initial_indent="  ", subsequent_indent="  "))
        out.append("  parameters:" if kind.params else "  parameters: none")
        for name, (expected, default) in kind.params.items():
            out.append(f"    {name:<22} {type_name(expected):<10} default {_value(default)}")
        out.append(f"  default message: {kind.default_message}")
        out.append("")
    out.append("message fields: " + ", ".join(f"{{{f}}}" for f in sorted(MESSAGE_FIELDS)))
    return "\n".join(out) + "\n"


def kind_markdown(kind: CheckKind) -> str:
    lines = [f"### `{kind.name}`", ""]
    lines.extend(p + "\n" for p in _paragraphs(kind.doc))
    if kind.params:
        lines += ["| parameter | type | default |", "| --- | --- | --- |"]
        lines += [
            f"| `{name}` | {type_name(expected)} | `{_value(default)}` |"
            for name, (expected, default) in kind.params.items()
        ]
        lines.append("")
    lines += [f"Default message: `{kind.default_message}`", ""]
    return "\n".join(lines)


def kinds_markdown() -> str:
    return "\n".join(kind_markdown(k) for k in sorted(CHECKS.values(), key=lambda k: k.name))


def message_fields_markdown() -> str:
    return ", ".join(f"`{{{f}}}`" for f in sorted(MESSAGE_FIELDS))


def config_keys() -> list[dict[str, str]]:
    """The keys the configuration loader accepts, each with its type and the `check`
    option that sets the same thing (whose help text describes it)."""
    import click

    from crosscheck.cli import check
    from crosscheck.config import CONFIG_KEYS

    options: dict[str, click.Option] = {}
    for param in check.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                options[opt] = param
    rows = []
    for key, spec in CONFIG_KEYS.items():
        expected = getattr(spec, "type", spec)
        dashed = key.replace("_", "-")
        option, negated = None, False
        for name in (f"--{dashed}", f"--{dashed.rstrip('s')}", f"--no-{dashed}"):
            if name in options:
                option, negated = options[name], name.startswith("--no-")
                break
        help_text = getattr(spec, "help", None) or (option.help if option else "") or ""
        if negated:
            help_text = f"`false`: {help_text[0].lower()}{help_text[1:]}" if help_text else ""
        rows.append(
            {
                "key": key,
                "type": type_name(expected),
                "option": (option.opts[0] if option else ""),
                "help": " ".join(help_text.split()),
            }
        )
    return rows


def config_keys_markdown() -> str:
    lines = ["| key | type | same as | what it sets |", "| --- | --- | --- | --- |"]
    for row in config_keys():
        option = f"`{row['option']}`" if row["option"] else ""
        help_text = row["help"].replace("|", "\\|")
        lines.append(f"| `{row['key']}` | {row['type']} | {option} | {help_text} |")
    return "\n".join(lines) + "\n"


__all__ = [
    "config_keys",
    "config_keys_markdown",
    "kind_markdown",
    "kinds_markdown",
    "kinds_text",
    "message_fields_markdown",
    "type_name",
]

"""Reference text made from the code that defines it: check kinds and their parameters (the
registry in crosscheck.rules.checks), message fields, configuration keys (the table in
crosscheck.config, described by the `check` option of the same name).

`crosscheck rules kinds` prints the text form; the manual's generated pages use the
Markdown form (docs/hooks.py), so the two cannot drift apart.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from crosscheck.rules.checks import CHECKS, COMMON_FIELDS, MESSAGE_FIELDS, CheckKind


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
        date: "date",
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
        out.append(f"  message fields: {_own_fields(kind, '{{{}}}')}")
        out.append("")
    out.append("message fields of every kind: " + _fields(COMMON_FIELDS, "{{{}}}"))
    return "\n".join(out) + "\n"


def _fields(names: Iterable[str], shape: str) -> str:
    return ", ".join(shape.format(f) for f in sorted(names))


def _own_fields(kind: CheckKind, shape: str) -> str:
    """The fields a kind fills besides those of every kind (COMMON_FIELDS)."""
    own = kind.fields - COMMON_FIELDS
    return f"those of every kind, and {_fields(own, shape)}" if own else "those of every kind"


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
    lines += [f"Message fields: {_own_fields(kind, '`{{{}}}`')}.", ""]
    return "\n".join(lines)


def kinds_markdown() -> str:
    return "\n".join(kind_markdown(k) for k in sorted(CHECKS.values(), key=lambda k: k.name))


def message_fields_markdown() -> str:
    """Every field, those every kind fills, and each kind's own (a field no kind of a rule
    fills is an error when the rule is loaded)."""
    lines = [
        f"All fields: {_fields(MESSAGE_FIELDS, '`{{{}}}`')}.",
        "",
        f"Every check kind fills {_fields(COMMON_FIELDS, '`{{{}}}`')}; besides them:",
        "",
    ]
    lines += [f"- `{k.name}`: {_fields(k.fields - COMMON_FIELDS, '`{{{}}}`')}"
              for k in sorted(CHECKS.values(), key=lambda k: k.name)]  # fmt: skip
    return "\n".join(lines) + "\n"


def config_keys() -> list[dict[str, str]]:
    """The keys the configuration loader accepts, each with its type, the `check` option
    that sets the same thing, and what it does (from the option table of crosscheck.config
    where it describes them, else from the option's --help)."""
    import click

    from crosscheck import config
    from crosscheck.cli import check

    options: dict[str, click.Option] = {}
    for param in check.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                options[opt] = param
    described = {o.key: o for o in getattr(config, "OPTIONS", ())}
    rows = []
    for key, expected in config.CONFIG_KEYS.items():
        entry = described.get(key)
        dashed = key.replace("_", "-")
        candidates = [entry.flag] if entry is not None else []
        candidates += [f"--{dashed}", f"--{dashed.rstrip('s')}", f"--no-{dashed}"]
        flag = next((c for c in candidates if c in options), "")
        help_text = options[flag].help or "" if flag else ""
        if flag.startswith("--no-"):
            help_text = f"`false`: {help_text[:1].lower()}{help_text[1:]}"
        rows.append(
            {
                "key": key,
                "type": type_name(expected if len(expected) != 1 else expected[0])
                if isinstance(expected, tuple)
                else type_name(expected),
                "option": flag,
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


def output_markdown(path: Path, target: str) -> str:
    """A text table a make target writes (such as `make eval`), as it was written, or how to
    get it."""
    if not path.is_file():
        return (
            f'!!! note "No `{target}` output here"\n'
            f"    `{target}` writes `reports/{path.name}`; the next `make docs` shows it here.\n"
        )
    text = path.read_text(encoding="utf-8").rstrip("\n")
    return f"From `reports/{path.name}` (`{target}`):\n\n```text\n{text}\n```\n"


def bench_markdown(path: Path) -> str:
    """The figures of `make bench` (reports/bench.json) as tables, or how to get them."""
    if not path.is_file():
        return (
            '!!! note "No benchmark output here"\n'
            "    `make bench` writes `reports/bench.json`; the next `make docs` shows its "
            "figures in this section.\n"
        )
    r = json.loads(path.read_text(encoding="utf-8"))
    m = r.get("machine", {})
    lines = [
        f"From `reports/bench.json` ({m.get('usable_cores', '?')} usable cores, Python "
        f"{m.get('python', '?')}, {r.get('bench_seconds', 0):.0f} s in all).",
        "",
        "| articles | `--jobs` | wall s | CPU s | peak MB | slowest stages (s) |",
        "| ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for size, runs in r.get("end_to_end", {}).items():
        for jobs, run in runs.items():
            stages = sorted(run.get("stages", {}).items(), key=lambda kv: -kv[1])[:3]
            shown = ", ".join(f"{k} {v:.1f}" for k, v in stages)
            lines.append(
                f"| {int(size):,} | {jobs.removeprefix('jobs')} | {run['wall']:.1f} | "
                f"{run['cpu']:.1f} | {run['peak_mb']:.0f} | {shown} |"
            )
    lines += ["", "| measure | figure |", "| --- | --- |"]
    for size, base in r.get("baselines", {}).items():
        if "quantulum3" in base:
            lines.append(
                f"| quantulum3 alone, {int(size):,} articles | {base['quantulum3']['wall']:.1f} s |"
            )
        lines.append(
            f"| regular-expression floor, {int(size):,} articles | {base['regex']['wall']:.2f} s |"
        )
    for n, run in r.get("matcher", {}).items():
        lines.append(
            f"| matcher alone, {int(n):,} synthetic claims | {run['wall']:.2f} s, "
            f"{run['peak_mb']:.0f} MB |"
        )
    named = (
        ("ratio_vs_quantulum3", "end-to-end 1,000 articles `--jobs 2` / quantulum3 alone", "x"),
        ("matcher_exponent", "matcher growth exponent, last two sizes", ""),
        ("match_stage_exponent_articles", "match stage growth, 1,000 to 10,000 articles", ""),
    )
    for key, label, unit in named:
        if key in r:
            lines.append(f"| {label} | {r[key]:.2f}{unit} |")
    store = r.get("store")
    if store:
        lines += [
            f"| re-run with a store, unchanged, first / later | {store['warm_ratio']:.2f}x / "
            f"{store['warm_again_ratio']:.2f}x the cold run |",
            f"| re-run with a store, 1% of articles changed | {store['changed_ratio']:.2f}x |",
        ]
        if "moved_ratio" in store:  # bench output from 2026-12-03 on
            lines.append(f"| re-run with a store, the same articles in another folder | "
                         f"{store['moved_ratio']:.2f}x |")  # fmt: skip
    for size, runs in r.get("dask", {}).items():
        d = runs["dask"]
        workers = ", ".join(f"{w:.0f}" for w in d.get("worker_peak_mb", []))
        figure = f"{d['wall']:.1f} s; client {d['peak_mb']:.0f} MB, workers {workers} MB"
        if "dask_vs_local" in runs:
            figure += f"; {runs['dask_vs_local']:.2f}x `--engine local --jobs 2`"
        lines.append(f"| `--engine dask`, {int(size):,} articles, 2 workers | {figure} |")
    return "\n".join(lines) + "\n"


__all__ = [
    "bench_markdown",
    "config_keys",
    "config_keys_markdown",
    "kind_markdown",
    "kinds_markdown",
    "kinds_text",
    "message_fields_markdown",
    "output_markdown",
    "type_name",
]

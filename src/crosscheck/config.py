"""Run settings, typed, with their defaults in one place."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crosscheck.errors import ConfigError

DEFAULT_MAX_BYTES = 10 * 1000 * 1000

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    "": 1, "b": 1,
    "k": 1000, "kb": 1000, "kib": 1024, "ki": 1024,
    "m": 1000**2, "mb": 1000**2, "mib": 1024**2, "mi": 1024**2,
    "g": 1000**3, "gb": 1000**3, "gib": 1024**3, "gi": 1024**3,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run is told; the CLI builds it from options, tests build it directly."""

    max_bytes: int = DEFAULT_MAX_BYTES
    published_default: date | None = None
    alias_paths: tuple[Path, ...] = field(default_factory=tuple)  # besides the shipped ones
    shipped_aliases: bool = True
    rule_paths: tuple[Path, ...] = field(default_factory=tuple)  # besides the shipped ones
    shipped_rules: bool = True
    store: Path | None = None  # SQLite memory of earlier runs
    jobs: int = 1  # processes for segmentation and extraction
    new_only: bool = False  # with a store: only findings that involve new or changed articles


def shipped_rules_dir() -> Path:
    """The rule and alias files that come with crosscheck: crosscheck/shipped_rules next to
    this module (in the source tree a symlink to rules/ at the top of the repository; in a
    wheel a folder). Not importlib.resources: the folder holds no Python, so it is a
    namespace package whose resources root is not a plain path."""
    return Path(__file__).parent / "shipped_rules"


def parse_size(text: str) -> int:
    """'10MB', '500k', '2MiB', '1048576' -> bytes."""
    m = _SIZE_RE.match(text)
    if not m:
        raise ConfigError(f"not a size: {text!r} (expected e.g. 10MB, 500kB, 2MiB or bytes)")
    number, unit = m.groups()
    size = int(float(number) * _SIZE_UNITS[(unit or "").lower()])
    if size <= 0:
        raise ConfigError(f"size must be positive: {text!r}")
    return size


def parse_date_option(text: str) -> date:
    """An ISO date given on the command line."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


# --- configuration files ---------------------------------------------------------------------

CONFIG_KEYS: dict[str, type | tuple[type, ...]] = {
    "rules": list,
    "aliases": list,
    "fail_on": str,
    "formats": list,
    "out": str,
    "max_size": (str, int),
    "published_default": str,
    "jobs": int,
    "strict": bool,
    "baseline": str,
    "default_rules": bool,
}
FAIL_ON = ("info", "warning", "error", "never")
FORMATS = ("html", "json", "sarif", "junit", "text")


def load_config(cwd: Path | None = None) -> tuple[dict[str, Any], str | None]:
    """`crosscheck.toml` in the working directory, else `[tool.crosscheck]` in
    `pyproject.toml`; ({}, None) when neither. Unknown keys and wrong types are errors."""
    import difflib
    import tomllib

    cwd = cwd or Path.cwd()
    data: dict[str, Any] = {}
    source = None
    own = cwd / "crosscheck.toml"
    project = cwd / "pyproject.toml"
    try:
        if own.is_file():
            data, source = tomllib.loads(own.read_text(encoding="utf-8")), str(own)
        elif project.is_file():
            tool = tomllib.loads(project.read_text(encoding="utf-8")).get("tool", {})
            if isinstance(tool, dict) and "crosscheck" in tool:
                data, source = tool["crosscheck"], f"{project} [tool.crosscheck]"
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{own if own.is_file() else project}: not valid TOML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the configuration must be a table")
    for key, value in data.items():
        norm = key.replace("-", "_")
        if norm not in CONFIG_KEYS:
            close = difflib.get_close_matches(norm, sorted(CONFIG_KEYS), n=1, cutoff=0.5)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(
                f"{source}: unknown key '{key}'{hint}; known: {', '.join(sorted(CONFIG_KEYS))}"
            )
        expected = CONFIG_KEYS[norm]
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is int):
            raise ConfigError(f"{source}: '{key}' has the wrong type ({type(value).__name__})")
    out = {k.replace("-", "_"): v for k, v in data.items()}
    if "fail_on" in out and out["fail_on"] not in FAIL_ON:
        raise ConfigError(f"{source}: fail_on must be one of {', '.join(FAIL_ON)}")
    for fmt in out.get("formats", []) or []:
        if fmt not in FORMATS:
            raise ConfigError(f"{source}: unknown format '{fmt}'; known: {', '.join(FORMATS)}")
    return out, source


def usable_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)

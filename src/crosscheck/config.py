"""Run settings, typed, with their defaults in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

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


def shipped_rules_dir() -> Path:
    """The rule and alias files that come with crosscheck (rules/ of the source tree,
    packaged as crosscheck.shipped_rules in a wheel)."""
    try:
        root = resources.files("crosscheck.shipped_rules")
        return Path(str(root))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - running from a bare tree
        return Path(__file__).resolve().parents[2] / "rules"


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

"""Baselines: accepted findings, recorded by fingerprint, suppressed in later runs.

A suppressed finding stays in every output, marked as suppressed; it never vanishes. A
finding whose claims changed has another fingerprint and is new again. Baseline entries
that no current finding matches are reported as stale.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crosscheck import __version__
from crosscheck.atomic import read_regular, unwritten, write_text
from crosscheck.errors import NOT_REGULAR, ConfigError, shown, too_many_digits
from crosscheck.model import Finding

VERSION = 1


@dataclass(slots=True)
class Baseline:
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: str | None = None

    @property
    def ids(self) -> set[str]:
        return set(self.entries)

    def stale(
        self, findings: list[Finding], also_found: Iterable[str] = ()
    ) -> list[dict[str, Any]]:
        """The entries that match none of ``findings`` nor ``also_found`` (the ids of
        findings found but not reported: --new-only's)."""
        current = {f.id for f in findings} | set(also_found)
        return [{"id": k, **v} for k, v in sorted(self.entries.items()) if k not in current]


def create(findings: list[Finding]) -> dict[str, Any]:
    return {
        "version": VERSION,
        "tool": {"name": "crosscheck", "version": __version__},
        "findings": [
            {
                "id": f.id,
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "documents": sorted({e["document"] for e in f.evidence.get("claims", [])}),
            }
            for f in findings
        ],
    }


def check_out(path: Path) -> None:
    """A ConfigError when ``path`` is no place for a baseline: a named pipe, socket or
    device there (`--out /dev/null`) would be replaced by the file, as run by root the
    system's /dev/null itself. A symbolic link there is replaced, never written through,
    as a report's is."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return  # nothing there (or no reaching it: write() says why)
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode) or stat.S_ISDIR(mode)):
        raise ConfigError(f"{path}: {NOT_REGULAR}: no baseline replaces it (choose another --out)")


def write(findings: list[Finding], path: Path) -> None:
    """The baseline of ``findings`` written to ``path``; a ConfigError naming it when it
    cannot be (its folder is a file, a name too long, no such place, a device there)."""
    check_out(path)
    try:
        write_text(path, json.dumps(create(findings), indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the baseline ({unwritten(path, exc)})") from None


class _Twice(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _once(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different (json.loads keeps the last of two)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Twice(key)
        out[key] = value
    return out


def load(path: Path) -> Baseline:
    try:
        raw = read_regular(path)  # (a named pipe would block the run)
        if raw is None:
            raise ConfigError(f"{path}: the baseline is {NOT_REGULAR}")
        # a BOM, as articles take; a key set twice (a hand edit, a merge of two
        # baselines) is refused: the first 'findings' list or 'id' was silently dropped
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_once)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the baseline ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            # the column ends the decoder's message ("Invalid control character at")
            f"{path}:{exc.lineno}: the baseline is not valid JSON ({exc.msg}: column {exc.colno})"
        ) from None
    except RecursionError:
        raise ConfigError(f"{path}: the baseline is nested too deeply to be one") from None
    except _Twice as twice:
        raise ConfigError(
            f"{path}: the baseline sets {shown(twice.key)} twice in one object; keep one"
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the baseline is not UTF-8 text") from None
    except ValueError:  # a whole number of more digits than Python converts to int
        raise ConfigError(f"{path}: the baseline holds {too_many_digits()}") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a crosscheck baseline (no 'findings' list)")
    if "summary" in data and "documents" in data:  # (its version was taken for a baseline's)
        raise ConfigError(f"{path}: a crosscheck report (report.json), not a baseline; make "
                          "one with `crosscheck baseline create`")  # fmt: skip
    version = data.get("version", VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ConfigError(
            f"{path}: baseline 'version' must be a whole number, not {shown(version)}"
        )
    if version < 1:  # no version crosscheck ever wrote: not silently read as one
        raise ConfigError(f"{path}: baseline version {shown(version)} is none crosscheck writes")
    if version > VERSION:
        raise ConfigError(
            f"{path}: baseline version {shown(version)} is newer than this crosscheck "
            f"reads ({VERSION})"
        )
    entries = {}
    for n, item in enumerate(data["findings"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            # dropped, an entry cut by a hand edit suppressed nothing and said nothing; an
            # entry that has an 'id', of the wrong kind, is told so, not that it has none
            if not isinstance(item, dict):
                why = f"is {shown(item)}, not an object with an 'id'"
            elif item.get("id") is None:
                why = "has no 'id'"
            else:
                why = f"has the 'id' {shown(item['id'])}, not a finding's id (text: \"f...\")"
            raise ConfigError(f"{path}: finding {n} of the baseline {why}")
        documents = item.get("documents", [])
        if not isinstance(documents, list) or not all(isinstance(d, str) for d in documents):
            # ([5], "x"): the entry was read, and its staleness judged by nothing it names
            raise ConfigError(f"{path}: finding {n} of the baseline has the 'documents' "
                              f"{shown(documents)}, not a list of article names")  # fmt: skip
        entries[item["id"]] = {k: v for k, v in item.items() if k != "id"}
    return Baseline(entries=entries, path=str(path))

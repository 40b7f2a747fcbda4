"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning accepts this subset).

One result per finding, located at its first claim in the article file (line and column of
the quoted figure), with the other claims as related locations, and a partial fingerprint
that stays the same across runs and renames (the finding id). Suppressed (baselined)
findings carry a SARIF suppression instead of disappearing.

The run's one invocation says whether it succeeded (``executionSuccessful``: false when its
exit code fails it for its inputs, 3 or 5) and lists each input skipped as a tool
execution notification, with the line stderr gave for it and the file it names: a warning,
or an error when that exit code failed the run for it (--strict, or nothing checked).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from crosscheck import __version__
from crosscheck.config import working_folder
from crosscheck.model import Claim, Document, RunResult, Skipped
from crosscheck.report.oneline import failed_on_inputs, skipped_line, unchecked_line

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def relative_path(doc: Document | str, root: Path) -> str:
    """The article's (or a file's) path relative to the repository root (the working
    directory). A file named by a string (a skipped input) is named as given, its folder
    resolved but not itself: it may be a link that loops, dangles or leads out of the
    repository, which is why it was skipped."""
    path = Path(doc if isinstance(doc, str) else doc.path)
    try:
        where = (Path(os.path.realpath(path.parent)) / path.name if isinstance(doc, str)
                 else path.resolve())  # fmt: skip
        rel = os.path.relpath(where, root.resolve())
    except (ValueError, OSError, RuntimeError):  # another drive; a loop of links
        return path.as_posix()
    return Path(rel).as_posix()


def _uri(doc: Document | str, root: Path) -> str:
    """The relative path as a URI reference (RFC 3986): spaces, '#', '%', '?', control
    and non-ASCII characters percent-encoded (as UTF-8), slashes kept."""
    return quote(relative_path(doc, root), safe="/")


def _location(c: Claim, doc: Document, root: Path, message: str | None = None) -> dict[str, Any]:
    sl, sc = doc.offset_map.line_col(c.span[0])
    el, ec = doc.offset_map.line_col(c.span[1], end=True)  # after its last character
    if (el, ec) < (sl, sc) or not doc.offset_map.exact:
        el, ec = sl, sc + 1
    loc: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(doc, root), "uriBaseId": "%SRCROOT%"},
            "region": {
                "startLine": sl,
                "startColumn": sc,
                "endLine": el,
                "endColumn": ec,
                "snippet": {"text": c.text},
            },
        }
    }
    if message:
        loc["message"] = {"text": message}
    return loc


def skipped_file(skipped: Skipped) -> tuple[str, int | None] | None:
    """The file a skipped input names, and the line when it names one: a JSON Lines record
    is named ``feed.jsonl:3`` (its line), a JSON file's record ``feed.json (record 2)``, a
    record a later stage failed on ``feed.jsonl#id``. A name that is a path on disk as it
    stands is that file (one named ``a:3`` is no line 3 of ``a``). None when no file on
    disk has the name (a name shown with a byte that is not UTF-8 as ``\\xff``): no
    location then, rather than the address of another file."""
    path = skipped.path
    if os.path.lexists(path):
        return path, None
    if (m := re.fullmatch(r"(.+):([1-9][0-9]*)", path, re.S)) and os.path.lexists(m[1]):
        return m[1], int(m[2])
    if (m := re.fullmatch(r"(.+) \([^()]*\)", path, re.S)) and os.path.lexists(m[1]):
        return m[1], None
    if "#" in path and os.path.lexists(head := path.rsplit("#", 1)[0]):
        return head, None
    return None


def _invocation(result: RunResult, root: Path) -> dict[str, Any]:
    """The run's invocation: whether it succeeded, its exit code, and a notification per
    skipped input (and one saying that nothing was checked, for exit 5)."""
    failed = failed_on_inputs(result)
    notes: list[dict[str, Any]] = []
    for s in result.skipped:
        note: dict[str, Any] = {
            "level": "error" if failed else "warning",
            "message": {"text": skipped_line(s)},
        }
        if (found := skipped_file(s)) is not None:
            path, line = found
            where: dict[str, Any] = {
                "artifactLocation": {"uri": _uri(path, root), "uriBaseId": "%SRCROOT%"}
            }
            if line is not None:
                where["region"] = {"startLine": line}
            note["locations"] = [{"physicalLocation": where}]
        notes.append(note)
    if (unchecked := unchecked_line(result)) is not None:
        notes.append({"level": "error", "message": {"text": unchecked}})
    return {
        "executionSuccessful": not failed,
        "exitCode": result.exit_code,
        "toolExecutionNotifications": notes,
    }


MAX_TIMELINE = 100  # timeline entries in a result's properties (report.json has them all)


def root_of(result: RunResult) -> Path:
    """Where the run's paths are from, that SARIF's addresses are relative to: where
    check() ran (a folder removed since: its paths are absolute, and stay)."""
    return Path(result.workdir or working_folder() or "/")


def to_sarif(
    result: RunResult, root: Path | None = None, suppressed: set[str] | None = None
) -> dict[str, Any]:
    root = root or root_of(result)
    suppressed = suppressed or set()
    docs = {d.id: d for d in result.documents}
    claims = {c.id: c for c in result.claims}
    rules: dict[str, dict[str, Any]] = {}
    for f in result.findings:
        if f.rule not in rules:
            rules[f.rule] = {
                "id": f.rule,
                "name": "".join(w.capitalize() for w in f.rule.split("-")),
                "shortDescription": {"text": f.title or f.rule},
                "fullDescription": {"text": f"{f.title}. Check: {f.kind}."},
                "help": {
                    "text": f"crosscheck rule {f.rule} ({f.kind}). See the report's evidence "
                    "for the claims, values and sources it compared."
                },
                "defaultConfiguration": {"level": LEVELS[f.severity]},
                "properties": {"tags": list(f.tags)},
            }
            if f.link:
                rules[f.rule]["helpUri"] = f.link
    results = []
    for f in result.findings:
        members = [claims[i] for i in f.claims if i in claims]
        if not members:
            continue
        first, others = members[0], members[1:]
        entry: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": list(rules).index(f.rule),
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [_location(first, docs[first.document], root)],
            "relatedLocations": [
                {**_location(c, docs[c.document], root, f"“{c.text}” ({c.document})"), "id": i}
                for i, c in enumerate(others)
            ],
            "partialFingerprints": {"crosscheckFinding/v1": f.id},
            "properties": {
                "kind": f.kind,
                "group": f.group,
                "verdict": f.evidence.get("verdict"),
                "difference": f.difference,
                "latest": f.latest,
                "timeline": list(f.timeline[:MAX_TIMELINE]),
                "timeline_total": len(f.timeline),
                "independent_sources": f.independent_sources,
            },
        }
        if f.id in suppressed:
            entry["suppressions"] = [{"kind": "external", "justification": "in the baseline"}]
        results.append(entry)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": __version__,
                        "informationUri": "https://example.invalid/crosscheck",
                        "rules": list(rules.values()),
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.resolve().as_uri() + "/"}},
                # columns count characters, as line_col does (SARIF's default is UTF-16
                # code units: a column after an emoji was one short)
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(result, root)],
                "results": results,
            }
        ],
    }

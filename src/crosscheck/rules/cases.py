"""Rule test cases: articles in, expected findings out (``crosscheck rules test``).

A case file is YAML with a top-level ``cases:`` list, and optionally the rule and alias
files it tests (paths relative to the case file) and whether the shipped rules run too::

    rule_files: [agency-rules.yml]        # besides the shipped rules
    alias_files: [agency-aliases.yml]     # besides the shipped aliases
    default_rules: true                   # run the shipped rules too (default)
    rule: agency-count-disagreement       # optional: compare only these rules' findings
    cases:
      - name: two counts that cannot both hold
        published: 2025-03-06             # optional: the articles' published date
        articles:                         # file name (its extension picks the reader): text
          a.txt: "The agency said 1,200 people were evacuated."
          b.txt: "The agency said 1,800 people were evacuated."
        expect:                           # every finding compared, and nothing else
          - rule: agency-count-disagreement
            severity: error
            verdict: discrepancy
            values: [1200, 1800]
            sources: [AGENCY]
            message: cannot both be true  # words the message contains
            difference: contradiction     # or update, undetermined (by the articles' dates)

Each case runs the whole pipeline on its articles, as ``crosscheck check`` would. Each
expected finding must match a finding of the run (every key given must agree), no two the
same; a finding of a compared rule that nothing expects is a failure too, so
``expect: []`` says that the rule stays silent. ``rule`` (a rule id or a list, on the file
or on one case) limits the comparison to those rules' findings; without it every finding
is compared. A case file never has a top-level ``rules:`` key, so a folder can hold rule,
alias and case files side by side.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crosscheck import safeyaml
from crosscheck.config import Settings, shipped_rules_dir
from crosscheck.errors import ConfigError, shown
from crosscheck.model import Finding
from crosscheck.rules.loader import _suggest
from crosscheck.safeyaml import line_of

FILE_KEYS = {"cases", "rule_files", "alias_files", "default_rules", "rule", "description"}
CASE_KEYS = {"name", "articles", "published", "rule", "expect", "description"}
NAME_BYTES = 255  # the longest file name the usual file systems take (NAME_MAX)
EXPECT_KEYS = {
    "rule", "severity", "verdict", "values", "sources", "documents", "message", "difference",
}  # fmt: skip
VERDICTS = ("discrepancy", "compatible", "corroboration", "single-source")
DIFFERENCES = ("update", "contradiction", "undetermined", "editing")
SEVERITIES = ("info", "warning", "error")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")


FACTS = ("severity", "verdict", "values", "sources", "documents", "difference")


@dataclass(frozen=True, slots=True)
class Expected:
    """One finding a case expects; None leaves that part unchecked."""

    rule: str
    line: int
    severity: str | None = None
    verdict: str | None = None
    values: tuple[float, ...] | None = None
    sources: tuple[str, ...] | None = None
    documents: tuple[str, ...] | None = None
    message: str | None = None
    difference: str | None = None  # update, contradiction, undetermined

    def describe(self) -> str:
        parts = [f"rule {self.rule}"]
        for name in (*FACTS, "message"):
            value = getattr(self, name)
            if value is not None:
                shown = ", ".join(_num(v) for v in value) if name == "values" else value
                if isinstance(shown, tuple):
                    shown = ", ".join(shown)
                parts.append(f"{name} {shown!r}" if name == "message" else f"{name} {shown}")
        return "; ".join(parts)

    def problems_with(self, f: Finding) -> list[str]:
        """What differs between this expectation and a finding of the same rule."""
        got = finding_facts(f)
        out = []
        for name in FACTS:
            want = getattr(self, name)
            if isinstance(want, tuple):
                want = tuple(sorted(set(want)))
            if want is not None and not _same(name, want, got[name]):
                out.append(f"{name}: expected {_show(want)}, got {_show(got[name])}")
        if self.message is not None and self.message.lower() not in f.message.lower():
            out.append(f"message: expected it to contain {self.message!r}, got {f.message!r}")
        return out


@dataclass(slots=True)
class Case:
    name: str
    file: Path
    line: int
    articles: dict[str, str]
    expect: list[Expected]
    published: date | None = None
    rules: tuple[str, ...] = ()  # compare only these rules' findings; () = all
    # the line of each of ``rules`` when the case names them itself; () when they are the
    # file's (checked once, at the file's lines)
    rule_lines: tuple[int, ...] = ()


@dataclass(slots=True)
class CaseFile:
    path: Path
    cases: list[Case] = field(default_factory=list)
    rule_files: tuple[Path, ...] = ()
    alias_files: tuple[Path, ...] = ()
    default_rules: bool = True
    rules: tuple[str, ...] = ()  # the file's top-level 'rule', for every case that has none
    rule_lines: tuple[int, ...] = ()  # the line of each


@dataclass(slots=True)
class CaseResult:
    case: Case
    problems: list[str]
    findings: list[Finding]  # every finding of the run, compared or not

    @property
    def passed(self) -> bool:
        return not self.problems


def _same(name: str, want: Any, got: Any) -> bool:
    """A fact as a case gives it and as the finding has it; figures alike to a part in a
    trillion ("$65.4 billion" is 65,400,000,000.00001 once its scale word multiplies it)."""
    if name != "values" or len(want) != len(got):
        return bool(want == got)
    return all(math.isclose(w, g, rel_tol=1e-12) for w, g in zip(want, got, strict=True))


def finding_facts(f: Finding) -> dict[str, Any]:
    """What a case can say about a finding, in the form it is compared in."""
    claims = f.evidence.get("claims", [])
    return {
        "severity": f.severity,
        "verdict": f.evidence.get("verdict"),
        "values": tuple(sorted({float(c["value"]) for c in claims})),
        "sources": tuple(
            sorted({c["attribution"]["entity"] for c in claims if c.get("attribution")})
        ),
        "documents": tuple(sorted({c["document"] for c in claims})),
        "difference": f.difference["kind"] if f.difference else None,
    }


def _num(v: float) -> str:
    return f"{v:g}" if v != int(v) else f"{int(v):,}"


def _show(v: Any) -> str:
    if isinstance(v, tuple):
        return "[" + ", ".join(_num(x) if isinstance(x, float) else str(x) for x in v) + "]"
    return str(v)


# --- loading ---------------------------------------------------------------------------------


def case_files_in(paths: Sequence[Path]) -> list[Path]:
    """Given files, and under given folders (recursively, sorted) the YAML files with a
    top-level ``cases:`` list."""
    out: list[Path] = []
    for p in paths:
        if p.is_file():
            out.append(p)
            continue
        for f in sorted([*p.rglob("*.yml"), *p.rglob("*.yaml")]):
            if safeyaml.opens_with(f, ("cases",)):
                out.append(f)
    return out


def shipped_cases_dir() -> Path:
    return shipped_rules_dir() / "cases"


def load_case_files(paths: Sequence[Path]) -> list[CaseFile]:
    """Every case file, validated; one ConfigError (exit 2) names every problem."""
    errors: list[str] = []
    files = [_load_file(p, errors) for p in paths]
    if errors:
        raise ConfigError.listing("invalid rule test cases", errors)
    return [f for f in files if f is not None]


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _lines_of(node: Any, key: str, ids: tuple[str, ...]) -> tuple[int, ...]:
    """The line of each rule id of ``node[key]``: its item's in a list written on lines of
    their own, else the key's."""
    value = node.get(key)
    if isinstance(value, list):
        return tuple(line_of(value, index=k, default=line_of(node, key)) for k in range(len(ids)))
    return (line_of(node, key),) * len(ids)


def _load_file(path: Path, errors: list[str]) -> CaseFile | None:
    try:
        data = safeyaml.read_file(path, "rule test file", safeyaml.LineLoader, own=True)
    except safeyaml.FileError as exc:
        errors.append(str(exc))
        return None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        errors.append(f"{path}:1: a rule test file needs a list under 'cases'")
        return None
    if not data["cases"]:  # a file of no case passed: "0 passed, 0 failed", exit 0
        errors.append(f"{path}:{line_of(data, 'cases')}: 'cases' is empty: no case to run")
    for key in data:
        if key not in FILE_KEYS:
            errors.append(
                f"{path}:{line_of(data, key)}: unknown top-level key '{key}'"
                f"{_suggest(str(key), FILE_KEYS)}"
            )
    out = CaseFile(path=path)
    for key in ("rule_files", "alias_files"):
        names = _strings(data.get(key, []))
        if names is None:
            errors.append(f"{path}:{line_of(data, key)}: '{key}' must be a list of paths")
            continue
        resolved = tuple((path.parent / n) for n in names)
        for n, p in zip(names, resolved, strict=True):
            try:
                found = p.exists()
            except OSError as exc:  # a name too long: raised, not answered (it was exit 4)
                errors.append(f"{path}:{line_of(data, key)}: {key}: {shown(n)} cannot be "
                              f"read ({exc.strerror or exc})")  # fmt: skip
                continue
            if not found:
                errors.append(f"{path}:{line_of(data, key)}: {key}: '{n}' not found at {p}")
        setattr(out, key, resolved)
    default_rules = data.get("default_rules", True)
    if not isinstance(default_rules, bool):
        errors.append(
            f"{path}:{line_of(data, 'default_rules')}: 'default_rules' must be true/false"
        )
    out.default_rules = bool(default_rules)
    file_rules = _strings(data.get("rule", []))
    if file_rules is None:
        errors.append(f"{path}:{line_of(data, 'rule')}: 'rule' must be a rule id or a list of them")
        file_rules = ()
    out.rules = file_rules
    out.rule_lines = _lines_of(data, "rule", file_rules)
    names_seen: set[str] = set()
    for index, item in enumerate(data["cases"]):
        line = line_of(data["cases"], index=index)
        case = _case(path, item, file_rules, errors, line)
        if case is None:
            continue
        if case.name in names_seen:
            errors.append(f"{path}:{case.line}: case '{case.name}': duplicate name")
        names_seen.add(case.name)
        out.cases.append(case)
    return out


def _case(
    path: Path, item: Any, file_rules: tuple[str, ...], errors: list[str], line: int
) -> Case | None:
    if not isinstance(item, dict):
        errors.append(f"{path}:{line}: a case is a mapping with name, articles and expect")
        return None
    name = item.get("name")
    wrong_name = safeyaml.not_text(name) if "name" in item else None
    # as YAML read it, refused or not, as a rule's id is: case '0', case 'False'
    label = f"case '{name}'" if "name" in item else "case"
    n_before = len(errors)

    def err(msg: str, key: str | None = None, node: Any = None, index: int | None = None) -> None:
        at = line_of(node if node is not None else item, key, index)
        errors.append(f"{path}:{at}: {label}: {msg}")

    for key in item:
        if key not in CASE_KEYS:
            err(f"unknown key '{key}'{_suggest(str(key), CASE_KEYS)}", key)
    for key in ("name", "articles", "expect"):
        if key not in item:
            err(f"missing '{key}'")
    if wrong_name:
        err(f"'name' {wrong_name}", "name")
    articles = item.get("articles") or {}
    if not isinstance(articles, dict) or not articles:
        err("'articles' must map file names to their text", "articles")
        articles = {}
    for fname, text in articles.items():
        if not isinstance(fname, str) or not fname.lower().endswith(ARTICLE_SUFFIXES):
            err(
                f"article name {shown(fname)} needs one of the extensions "
                f"{', '.join(ARTICLE_SUFFIXES)} (it picks the reader)",
                "articles",
            )
        elif (
            "/" in fname or "\\" in fname or fname.startswith(".")
            or any(ord(ch) < 32 or ord(ch) == 127 for ch in fname)
        ):  # fmt: skip
            err(f"article name {shown(fname)} must be a plain file name", "articles")
        elif len(os.fsencode(fname)) > NAME_BYTES:
            err(f"article name {shown(fname)} is longer than a file name may be "
                f"({NAME_BYTES} bytes)", "articles")  # fmt: skip
        if not isinstance(text, str):
            err(f"the text of {shown(fname)} must be a string", "articles")
    published = item.get("published")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            err(f"'published' is not a date (YYYY-MM-DD): {shown(published)}", "published")
            published = None
    elif published is not None and not isinstance(published, date):
        err("'published' must be a date (YYYY-MM-DD)", "published")
        published = None
    rules = _strings(item.get("rule", list(file_rules)))
    if rules is None:
        err("'rule' must be a rule id or a list of them", "rule")
        rules = ()
    rule_lines = _lines_of(item, "rule", rules) if "rule" in item else ()
    expect_items = item.get("expect", [])
    if not isinstance(expect_items, list):
        err("'expect' must be a list of findings ([] for none)", "expect")
        expect_items = []
    expect = [e for e in (_expected(x, err) for x in expect_items) if e is not None]
    if len(errors) > n_before:
        return None
    return Case(
        name=str(name),
        file=path,
        line=line,
        articles={str(k): str(v) for k, v in articles.items()},
        expect=expect,
        published=published,
        rules=rules,
        rule_lines=rule_lines,
    )


def _expected(item: Any, err: Any) -> Expected | None:
    if not isinstance(item, dict) or "rule" not in item:
        err("an expected finding is a mapping with at least a 'rule'", None, item)
        return None
    ok = True
    for key in item:
        if key not in EXPECT_KEYS:
            err(f"unknown key '{key}' in expect{_suggest(str(key), EXPECT_KEYS)}", key, item)
            ok = False
    if item.get("severity") is not None and item["severity"] not in SEVERITIES:
        err(f"severity must be one of {', '.join(SEVERITIES)}", "severity", item)
        ok = False
    if item.get("verdict") is not None and item["verdict"] not in VERDICTS:
        err(f"verdict must be one of {', '.join(VERDICTS)}", "verdict", item)
        ok = False
    if item.get("difference") is not None and item["difference"] not in DIFFERENCES:
        err(f"difference must be one of {', '.join(DIFFERENCES)}", "difference", item)
        ok = False
    values = item.get("values")
    numbers: list[float] = []  # each value read once, as gold reads a claim's
    if values is not None and not isinstance(values, list):
        err(f"'values' must be a list of finite numbers; got {shown(values)}", "values", item)
        ok = False
    for index, value in enumerate(values if isinstance(values, list) else []):
        number = safeyaml.finite(value)
        if number is None:  # named, on its own line when the list is written one a line
            err(f"'values' must be a list of finite numbers; {shown(value)} is not one",
                None, values, index)  # fmt: skip
            ok = False
        else:
            numbers.append(number)
    lists: dict[str, tuple[str, ...] | None] = {}
    for key in ("sources", "documents"):
        lists[key] = _strings(item[key]) if key in item else None
        if key in item and lists[key] is None:
            err(f"'{key}' must be a list of strings", key, item)
            ok = False
    message = item.get("message")
    if message is not None and not isinstance(message, str):
        err("'message' must be a string (words the message contains)", "message", item)
        ok = False
    if not ok:
        return None
    return Expected(
        rule=str(item["rule"]),
        line=line_of(item),
        severity=item.get("severity"),
        verdict=item.get("verdict"),
        values=tuple(numbers) if values is not None else None,
        sources=lists["sources"],
        documents=lists["documents"],
        message=message,
        difference=item.get("difference"),
    )


# --- running ---------------------------------------------------------------------------------


def run_case_files(
    files: Sequence[CaseFile],
    rule_paths: Sequence[Path] = (),
    alias_paths: Sequence[Path] = (),
    default_rules: bool | None = None,
) -> list[CaseResult]:
    """Run every case; ``rule_paths``/``alias_paths`` add to what each file names, and
    ``default_rules`` (when not None) overrides the files' choice."""
    from crosscheck.pipeline import rule_set

    results: list[CaseResult] = []
    for cf in files:
        settings = Settings(
            rule_paths=(*cf.rule_files, *rule_paths),
            alias_paths=(*cf.alias_files, *alias_paths),
            shipped_rules=cf.default_rules if default_rules is None else default_rules,
            jobs=1,
        )
        known = {r.id for r in rule_set(settings).rules}  # rule errors stop here (exit 2)
        _check_rule_ids(cf, known)
        results.extend(run_case(case, settings) for case in cf.cases)
    return results


def _check_rule_ids(cf: CaseFile, known: set[str]) -> None:
    """Each rule id a case file names that no rule has, at the line naming it: the file's
    top-level 'rule' once (a typo at line 3 was said at every case's line, 6 and 9)."""
    errors = [
        f"{cf.path}:{line}: 'rule': unknown rule '{rid}'{_suggest(rid, known)}"
        for line, rid in zip(cf.rule_lines, cf.rules, strict=True)
        if rid not in known
    ]
    for case in cf.cases:
        named = [*zip(case.rule_lines, case.rules if case.rule_lines else (), strict=True),
                 *[(e.line, e.rule) for e in case.expect]]  # fmt: skip
        for line, rid in named:
            if rid not in known:
                errors.append(
                    f"{cf.path}:{line}: case '{case.name}': unknown rule '{rid}'"
                    f"{_suggest(rid, known)}"
                )
    if errors:
        raise ConfigError.listing("invalid rule test cases", errors)


def run_case(case: Case, settings: Settings) -> CaseResult:
    """Write the case's articles to a temporary folder, check it, compare the findings."""
    from dataclasses import replace

    from crosscheck.ingest import read_inputs
    from crosscheck.pipeline import run

    with tempfile.TemporaryDirectory(prefix="crosscheck-case-") as tmp:
        folder = Path(tmp)
        try:
            for name, text in case.articles.items():
                (folder / name).write_text(text, encoding="utf-8")
        except OSError as exc:  # a name this file system refuses that others take
            said = f"article {shown(name)} cannot be written here ({exc.strerror or exc})"
            return CaseResult(case=case, problems=[said], findings=[])
        settings = replace(settings, published_default=case.published)

        def article(path: str) -> str:  # as the case names it, not in the temporary folder
            where = Path(path)
            return shown(str(where.relative_to(folder) if where.is_relative_to(folder) else where))

        # an article the case gives that cannot be read tests nothing: a bad case file
        for bad in read_inputs([folder], settings).skipped[:1]:
            raise ConfigError(f"{case.file}:{case.line}: case '{case.name}': article "
                              f"{article(bad.path)} cannot be read: {bad.reason}")  # fmt: skip
        result = run([folder], settings)
        # one read whose extraction failed (a bug, its time budget): the case fails
        problems = [f"article {article(s.path)}: {s.reason}" for s in result.skipped]
    problems += compare(case, result.findings)
    return CaseResult(case=case, problems=problems, findings=result.findings)


def compare(case: Case, findings: Sequence[Finding]) -> list[str]:
    """What is wrong: expected findings not found, compared findings not expected."""
    compared = [f for f in findings if not case.rules or f.rule in case.rules]
    unused = list(compared)
    problems = []
    for exp in case.expect:
        match = next((f for f in unused if f.rule == exp.rule and not exp.problems_with(f)), None)
        if match is not None:
            unused.remove(match)
            continue
        near = [f for f in unused if f.rule == exp.rule]
        if near:
            why = "; ".join(exp.problems_with(near[0]))
            problems.append(f"expected {exp.describe()}: the finding of that rule differs ({why})")
        else:
            problems.append(f"expected {exp.describe()}: no such finding")
    for f in unused:
        facts = finding_facts(f)
        problems.append(
            f"unexpected finding: rule {f.rule}; severity {f.severity}; verdict "
            f"{facts['verdict']}; values {_show(facts['values'])}: {f.message}"
        )
    return problems


def format_results(results: Sequence[CaseResult], verbose: bool = False) -> str:
    """One line per case (PASS/FAIL), the problems under a failed case, then a summary."""
    lines = []
    for r in results:
        where = f"{r.case.file}:{r.case.line}"
        lines.append(f"{'PASS' if r.passed else 'FAIL'} {where} {r.case.name}")
        for p in r.problems:
            lines.append(f"     {p}")
        if verbose or not r.passed:
            for f in r.findings:
                lines.append(f"     finding: {f.severity} {f.rule}: {f.message}")
    passed = sum(r.passed for r in results)
    failed = len(results) - passed
    lines.append(f"{passed} passed, {failed} failed")
    return "\n".join(lines) + "\n"


__all__ = [
    "Case",
    "CaseFile",
    "CaseResult",
    "Expected",
    "case_files_in",
    "compare",
    "finding_facts",
    "format_results",
    "load_case_files",
    "run_case",
    "run_case_files",
    "shipped_cases_dir",
]

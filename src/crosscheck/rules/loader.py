"""Rule files: YAML in, validated rules out, or one error that names every problem.

A rule file holds ``rules:``, a list of rules. Each rule: ``id``, ``title``, ``severity``
(info, warning, error), ``message`` (a template), ``select`` (which groups), ``check`` (a
check kind and its parameters), and optional ``enabled``, ``tags``, ``description``,
``link``. Problems are reported with file, line, rule id and what was expected, with the
nearest valid key or kind suggested; nothing runs on a half-loaded rule set.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import logging
import os
import re
import string
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck import safeyaml
from crosscheck.errors import NOT_REGULAR, ConfigError, shown
from crosscheck.rules.checks import CHECKS, MESSAGE_FIELDS

if TYPE_CHECKING:
    from crosscheck.match.features import ConceptTable

log = logging.getLogger(__name__)

SEVERITIES = ("info", "warning", "error")
# Check parameters are numbers of 0 or more (tolerances, counts, hours); some have a ceiling.
MAX_NUMBER = {"same_time_hours": 24 * 366.0}
RULE_KEYS = {
    "id",
    "title",
    "severity",
    "message",
    "select",
    "check",
    "enabled",
    "tags",
    "description",
    "link",
    "copy_severity",
}
SELECT_KEYS = {"kinds", "concepts", "units", "keywords", "entities", "min_documents"}
KINDS = ("count", "money", "percent", "measure", "age", "duration", "rank", "other")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: str
    severity: str
    message: str
    check: str
    params: dict[str, Any]
    kinds: tuple[str, ...] = ()
    concepts: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    min_documents: int = 2
    enabled: bool = True
    tags: tuple[str, ...] = ()
    description: str = ""
    link: str | None = None
    source: str = ""  # file:line
    # the severity when every document of a finding is a copy of one story (an editing
    # difference between copies, not sources disagreeing); None: one step below severity
    copy_severity: str | None = None
    # the line of each value of select.units and select.entities: (key, value, line), for
    # the warnings of a value no claim can have (select_problems)
    select_lines: tuple[tuple[str, str, int], ...] = field(default=(), compare=False)

    @property
    def severity_for_copies(self) -> str:
        if self.copy_severity is not None:
            return self.copy_severity
        return SEVERITIES[max(0, SEVERITIES.index(self.severity) - 1)]

    @property
    def specificity(self) -> int:
        return sum(bool(x) for x in (self.concepts, self.units, self.keywords, self.entities))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "severity": self.severity,
            "check": self.check,
            "params": self.params,
            "enabled": self.enabled,
            "select": {
                "kinds": list(self.kinds),
                "concepts": list(self.concepts),
                "units": list(self.units),
                "keywords": list(self.keywords),
                "entities": list(self.entities),
                "min_documents": self.min_documents,
            },
            "tags": list(self.tags),
            "description": self.description,
            "link": self.link,
            "copy_severity": self.severity_for_copies,
            "source": self.source,
        }


@dataclass(slots=True)
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


MAX_TEMPLATE = 1000  # characters of a message template
MAX_WIDTH = 200  # the widest field a format spec may ask for ("{subject:>30000000}")


def template_problem(message: str) -> str | None:
    """Why a message template would fail or blow up when findings are written, or None:
    too long, a field width or precision over MAX_WIDTH, or a format spec Python rejects
    ("{count:xyz}"), found by formatting it once with sample values of every field."""
    if len(message) > MAX_TEMPLATE:
        return f"longer than {MAX_TEMPLATE} characters"
    try:  # a brace left open or alone ("{subject", "}"): Python's own words for it
        fields = list(string.Formatter().parse(message))
    except ValueError as exc:
        return str(exc)
    for _, name, spec, _ in fields:
        for number in re.findall(r"\d+", spec or ""):
            if len(number) > 4 or int(number) > MAX_WIDTH:
                return f"field '{{{name}}}' asks for width {number[:10]} (at most {MAX_WIDTH})"
        if spec and "{" in spec:
            return f"field '{{{name}}}' has a nested field in its format spec"
    try:
        message.format_map({f: "12" for f in MESSAGE_FIELDS})
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
        return str(exc)
    return None


def _suggest(word: str, options: set[str] | tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(str(word), sorted(options), n=1, cutoff=0.5)
    return f" (did you mean '{close[0]}'?)" if close else ""


def load_rule_files(paths: list[Path]) -> RuleSet:
    """Every rule in the given files, validated together; ConfigError lists all problems."""
    errors: list[str] = []
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths:
        for rule in _load_file(path, errors):
            if rule.id in seen:
                errors.append(
                    f"{rule.source}: rule '{rule.id}': duplicate id (first in {seen[rule.id]})"
                )
                continue
            seen[rule.id] = rule.source
            rules.append(rule)
    if errors:  # (a rule an alias repeats says its problems once)
        raise ConfigError.listing("invalid rules", list(dict.fromkeys(errors)))
    return RuleSet(rules=rules, files=[str(p) for p in paths])


def _load_file(path: Path, errors: list[str]) -> list[Rule]:
    try:
        text = safeyaml.read_text(path, "rule file")  # (its items' lines: item_lines, below)
        data = safeyaml.parse_text(path, text, "rule file", safeyaml.LineLoader, own=True)
    except safeyaml.FileError as exc:
        errors.append(str(exc))
        return []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        errors.append(f"{path}:1: a rule file needs a list under 'rules'")
        return []
    extra = set(data) - {"rules"}
    if extra:
        key = sorted(extra)[0]
        at = safeyaml.line_of(data, key)
        errors.append(f"{path}:{at}: unknown top-level key '{key}'{_suggest(key, {'rules'})}")
    out = []
    items = data["rules"]
    lines = [safeyaml.line_of(items, index=n) for n in range(len(items))]
    mappings = [id(item) for item in items if isinstance(item, dict)]
    if len(set(mappings)) < len(mappings):  # a rule repeated by a YAML alias ('- *r')
        written = safeyaml.item_lines(text, "rules")
        lines = written if len(written) == len(lines) else lines
    for n, item in enumerate(items):
        rule = _rule(path, item, errors, lines[n])
        if rule is not None:
            out.append(rule)
    return out


def _rule(path: Path, item: Any, errors: list[str], line: int) -> Rule | None:
    if not isinstance(item, dict):
        errors.append(f"{path}:{line}: a rule is a mapping with id, title, severity, check, ...")
        return None
    # a finding's rule, a SARIF ruleId: text (safeyaml.not_text), as an alias or concept id
    wrong_id = safeyaml.not_text(item["id"]) if "id" in item else None
    rid = str(item.get("id", "?"))  # as YAML read it, refused or not: rule '12' ...
    n_before = len(errors)

    def err(msg: str, key: str | None = None, sub: Any = None) -> None:
        src = sub if sub is not None else item
        at = safeyaml.line_of(src, key, default=line) if key is not None else line
        errors.append(f"{path}:{at}: rule '{rid}': {msg}")

    for key in item:
        if key not in RULE_KEYS:
            err(f"unknown key '{key}'{_suggest(key, RULE_KEYS)}", key)
    for key in ("id", "title", "severity", "check"):
        if key not in item:
            err(f"missing '{key}'")
    if wrong_id:
        err(f"'id' {wrong_id}", "id")
    severity = item.get("severity", "warning")
    if severity not in SEVERITIES:
        err(
            f"severity {shown(severity)} is not one of {', '.join(SEVERITIES)}"
            f"{_suggest(severity, SEVERITIES)}",
            "severity",
        )
    copy_severity = item.get("copy_severity")
    if copy_severity is not None and copy_severity not in SEVERITIES:
        err(
            f"copy_severity {shown(copy_severity)} is not one of {', '.join(SEVERITIES)}"
            f"{_suggest(str(copy_severity), SEVERITIES)}",
            "copy_severity",
        )
    for key in ("title", "message", "description", "link"):
        if key in item and not isinstance(item[key], str):
            err(f"'{key}' must be a string", key)
    link = item.get("link")
    if isinstance(link, str) and not _WEB_LINK.match(link):  # 'javascript:' in the report
        err(f"'link' must be an http or https address, not {shown(link)}", "link")
    if "enabled" in item and not isinstance(item["enabled"], bool):
        err("'enabled' must be true or false", "enabled")
    tags = item.get("tags", [])
    if not isinstance(tags, list):
        err("'tags' must be a list of strings", "tags")
        tags = []
    for k, tag in enumerate(tags):  # a tag goes into report.json and SARIF as text
        if (wrong := safeyaml.not_text(tag)) is not None:
            at = safeyaml.line_of(tags, index=k, default=line)
            errors.append(f"{path}:{at}: rule '{rid}': tag {shown(tag)} {wrong}")
            tags = []
            break
    select = item.get("select", {}) or {}
    sel: dict[str, Any] = {}
    at_lines: list[tuple[str, str, int]] = []
    if not isinstance(select, dict):
        err("'select' must be a mapping", "select")
        select = {}
    for key, value in select.items():
        if key not in SELECT_KEYS:
            err(f"unknown select key '{key}'{_suggest(key, SELECT_KEYS)}", key, select)
        elif key == "min_documents":
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                err("'select.min_documents' must be a whole number >= 1", key, select)
            else:
                sel[key] = value
        elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            err(f"'select.{key}' must be a list of strings", key, select)
        elif empty := [k for k, v in enumerate(value) if not v.strip()]:
            # a keyword '' is in every group's words (r'\b\b'): the rule, more specific
            # than the shipped ones, judged every group in their place
            at = safeyaml.line_of(value, index=empty[0], default=line)
            errors.append(f"{path}:{at}: rule '{rid}': 'select.{key}' item {empty[0] + 1} is empty")
        else:
            trimmed = key in ("units", "entities")  # (as alias ids are: ' JCS' is JCS)
            sel[key] = tuple(v.strip() for v in value) if trimmed else tuple(value)
            if trimmed:
                at_lines.extend((key, v, safeyaml.line_of(value, index=i, default=line))
                                for i, v in enumerate(sel[key]))  # fmt: skip
            if key == "kinds":
                for i, k in enumerate(value):  # at its own line ('kinds:' then '- counts')
                    if k not in KINDS:
                        at = safeyaml.line_of(value, index=i, default=line)
                        errors.append(f"{path}:{at}: rule '{rid}': unknown kind '{k}' in "
                                      f"select.kinds{_suggest(k, KINDS)}")  # fmt: skip
    check = item.get("check")
    kind = None
    params: dict[str, Any] = {}
    if check is not None:
        if not isinstance(check, dict) or "kind" not in check:
            err("'check' must be a mapping with a 'kind'", "check")
        else:
            kind = check["kind"]
            wrong = safeyaml.not_text(kind)
            if wrong:
                err(f"check 'kind' {wrong}", "kind", check)
                kind = None
            elif kind not in CHECKS:
                err(
                    f"unknown check kind '{kind}'{_suggest(kind, list(CHECKS))}; "
                    f"known: {', '.join(sorted(CHECKS))}",
                    "kind",
                    check,
                )
            else:
                spec = CHECKS[kind].params
                for key, value in check.items():
                    if key == "kind":
                        continue
                    if key not in spec:
                        hint = _suggest(key, set(spec))
                        err(f"unknown parameter '{key}' for check '{kind}'{hint}", key, check)
                        continue
                    expected, _default = spec[key]
                    if not _type_ok(value, expected):
                        err(
                            f"parameter '{key}' must be {_type_name(expected)}, not {shown(value)}",
                            key,
                            check,
                        )
                        continue
                    most = MAX_NUMBER.get(key, 1e9)
                    # compared as they are: math.isfinite(10**400) is an OverflowError;
                    # nan is no number from 0 to anything
                    if isinstance(value, int | float) and not 0 <= value <= most:
                        err(
                            f"parameter '{key}' must be a number from 0 to {most:g}, "
                            f"not {shown(value)}",
                            key,
                            check,
                        )
                        continue
                    if isinstance(value, dict) and (bad := _rate_problem(value)) is not None:
                        at = safeyaml.line_of(value, bad[0], default=line)
                        errors.append(f"{path}:{at}: rule '{rid}': parameter '{key}': {bad[1]}")
                        continue
                    if key.endswith("_severity") and value not in ("", *SEVERITIES):
                        err(
                            f"parameter '{key}' must be one of {', '.join(SEVERITIES)} (or '' "
                            f"for the rule's own), not {shown(value)}{_suggest(value, SEVERITIES)}",
                            key,
                            check,
                        )
                        continue
                    params[key] = value
                params = {k: params.get(k, d) for k, (_t, d) in spec.items()}
    message = item.get("message") or (CHECKS[kind].default_message if kind in CHECKS else "")
    if isinstance(message, str):
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(message) if f}
        except ValueError as exc:  # a brace left open or alone: said once, nothing more
            err(f"message template: {exc}", "message")
            message, names = None, set()
    if isinstance(message, str):
        for name in names - MESSAGE_FIELDS:
            err(
                f"message uses unknown field '{{{name}}}'{_suggest(name, MESSAGE_FIELDS)}; "
                f"fields: {', '.join(sorted(MESSAGE_FIELDS))}",
                "message",
            )
        fills = CHECKS[kind].fields if isinstance(kind, str) and kind in CHECKS else None
        blank = sorted(names & MESSAGE_FIELDS - fills) if fills is not None else []
        if blank and fills is not None:  # (a field of another kind: its findings left it empty)
            err(
                f"message uses {', '.join(f'{{{f}}}' for f in blank)}, which check kind "
                f"'{kind}' never fills (it would print blank); its fields: "
                f"{', '.join(sorted(fills))}",
                "message",
            )
        if not names - MESSAGE_FIELDS:
            problem = template_problem(message)
            if problem:
                err(f"message template: {problem}", "message")
    if len(errors) > n_before or kind is None:
        return None
    return Rule(
        id=rid,
        title=str(item["title"]),
        severity=str(severity),
        message=str(message),
        check=str(kind),
        params=params,
        kinds=sel.get("kinds", ()),
        concepts=sel.get("concepts", ()),
        units=sel.get("units", ()),
        keywords=sel.get("keywords", ()),
        entities=sel.get("entities", ()),
        min_documents=sel.get("min_documents", 2),
        enabled=bool(item.get("enabled", True)),
        tags=tuple(str(t) for t in tags),
        description=str(item.get("description", "")),
        link=item.get("link"),
        source=f"{path}:{line}",
        copy_severity=copy_severity,
        select_lines=tuple(at_lines),
    )


def _rate_problem(rates: dict[Any, Any]) -> tuple[Any, str] | None:
    """What is wrong with a table of rates (unit-agreement's ``rates``: a currency's name ->
    the value of one of it in the reference currency), as (its key, why), or None: a name
    that is no text, or a rate that is no number above 0 (the rule reads it with float():
    'abc' raised mid-run, as a list did; 0 or -1 turned every amount into 0 or below it).
    Text float() reads is a number: PyYAML reads 1e-3 and 1e12, with no dot, as text."""
    for name, rate in rates.items():
        if (wrong := safeyaml.not_text(name)) is not None:
            return name, f"currency {shown(name)} {wrong}"
        number = isinstance(rate, int | float) and not isinstance(rate, bool)
        value = rate
        if isinstance(rate, str):
            with contextlib.suppress(ValueError):
                value, number = float(rate), True
        # (compared as they are: nan is no number above 0, 10**400 no float)
        if not number or not 0 < value <= 1e12:
            return name, (f"the rate of {shown(name)} must be a number above 0 and at most "
                          f"1e12, not {shown(rate)}")  # fmt: skip
    return None


def _type_ok(value: Any, expected: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool) and expected in (int, float, (int, float)):
        return False
    return isinstance(value, expected)


def _type_name(expected: type | tuple[type, ...]) -> str:
    if expected == (int, float) or expected is float:
        return "a number"
    names = {
        int: "a whole number",
        str: "a string",
        bool: "true or false",
        dict: "a mapping",
        list: "a list",
    }
    return names.get(expected, str(expected)) if isinstance(expected, type) else "a number"


def rule_files_in(paths: list[Path]) -> list[Path]:
    """Files with a top-level 'rules' list under the given folders (sorted), or given files
    (but a concept file or a wire table given alone, which --rules takes too: each was
    read as a rule file with no 'rules' and refused). A file reached twice (given twice, in
    a folder given and by its own name, the shipped folder given to --rules) is read once,
    at its first: its rules were each 'a duplicate id (first in' its own line."""
    out = []
    for p in paths:
        if p.is_file():
            other = safeyaml.opens_with(p, ("concepts", "predicates", "wires"))
            if not other or safeyaml.opens_with(p, ("rules",)):
                out.append(p)
            continue
        if not p.is_dir():  # /dev/null, a pipe: no rule was silently all it gave
            raise ConfigError(f"{p}: not a rule file or a folder of them")
        for f in sorted([*p.glob("*.yml"), *p.glob("*.yaml")]):
            if f.is_dir():  # a folder named x.yml: not a file, not one of its keys
                log.warning("%s: left out: a folder, not a rule file", f)
            elif not f.exists():  # (not 'its top-level keys are none...': none was read)
                log.warning("%s: left out: a link that leads to no file", f)
            elif not f.is_file():  # a named pipe: never opened
                log.warning("%s: left out: %s", f, NOT_REGULAR)
            elif safeyaml.opens_with(f, ("rules",)):
                out.append(f)
            elif not safeyaml.opens_with(f, RULE_FOLDER_KEYS):  # 'rule:' for 'rules:'
                log.warning(
                    "%s: left out: its top-level keys are none a rule folder's files have (%s)",
                    f,
                    ", ".join(("rules", *RULE_FOLDER_KEYS)),
                )
    return _once(out)


# What --rules reads of a folder, and only at its top: its subfolders are no rule folders
# (the shipped folder keeps its alias files and test cases in aliases/ and cases/).
_READ_AT_TOP = ("rules", "concepts", "predicates", "wires")


def not_read_below(
    paths: Sequence[Path], aliases_read: Sequence[str] | None, read: Sequence[str] = ()
) -> list[str]:
    """What `check` (and `rules check`, `rules list`: rule files only) says of the files
    under the folders given to --rules that it does not read, found by one walk (each
    file's head read once: two walks, each reading every YAML file's head, took a tree of
    20,000 files from 1.25 s to 2.59 s):

    - a rule, concept or wire file in a subfolder: --rules reads a folder one level deep,
      and a rule in rules/desk/fires.yml was silently never run (unless it is one of the
      files ``read``: the shipped ones, under a checkout given to --rules);
    - an alias file no path of ``aliases_read`` is (None: none said, as `rules check`
      reads them): --rules reads no alias file, so a rule that selects `entities: [RFS]`
      never fired, while `rules check` on the folder counted it.

    Never a reason to stop: a file that cannot be read or is no UTF-8 text (an old binary
    .yaml) is passed by, as are hidden folders (.git) and virtual environments (a folder
    holding pyvenv.cfg: `--rules .` in a project warned of every rule file in its .venv).
    A rule test's fixture is said too, for it cannot be told from a forgotten production
    file (the case file beside desk/fires/evacuations.yml names it, as a test's does its
    fixture): the warning says how to use the file and that a fixture may stay."""
    deeper: list[Path] = []
    aliases: list[Path] = []
    for folder in paths:
        if not folder.is_dir():
            continue
        for f, head in _walk(folder):
            if safeyaml.head_opens_with(head, ("cases",)):
                continue  # (a rule test file: never read by a run)
            if safeyaml.head_opens_with(head, _READ_AT_TOP):
                if f.parent != folder:  # (one at the top is read)
                    deeper.append(f)
            elif aliases_read is not None and safeyaml.head_opens_with(head, ("entities",)):
                aliases.append(f)
    # (one in a folder also given, or given itself, is read: a concept file as a rule is)
    top = {_where(f) for p in paths for f in ([*p.glob("*.y*ml")] if p.is_dir() else [p])}
    top |= {_where(Path(f)) for f in read}
    read_as_aliases = {_where(Path(f)) for f in aliases_read or ()}
    fixture = "; a rule test's fixture may stay where it is"
    out = [
        f"{f}: not read: only the files at the top of a --rules folder are read (give its "
        f"folder to --rules to use it{fixture})"
        for f in _once(sorted(deeper))  # (under two folders given: said once)
        if _where(f) not in top
    ]
    given = {_where(p) for p in paths}
    out += [  # (one at the top of a --rules folder is the desk's own: no fixture said)
        f"{f}: an alias file under --rules is not read (give its folder to --aliases, or to "
        f"`aliases` in the configuration file, to use it"
        f"{'' if _where(f.parent) in given else fixture})"
        for f in _once(sorted(aliases))
        if _where(f) not in read_as_aliases
    ]
    return out


def _where(path: Path) -> tuple[int, int] | str:
    """What a file or folder is, to tell two paths to it apart from two files: its file id,
    or where it really is on a file system with none (_identity None for every file)."""
    return _identity(path) or os.path.realpath(path)


def _passed_by(root: str, name: str) -> bool:
    """A folder no --rules walk looks into: hidden (.git), a virtual environment (holding
    pyvenv.cfg) or a conda one (conda-meta), node_modules: `--rules .` in a project found
    other tools' YAML there (a linter's settings, a package's) and called it unread rules."""
    here = os.path.join(root, name)
    return (
        name.startswith(".")
        or name == "node_modules"
        or os.path.exists(os.path.join(here, "pyvenv.cfg"))
        or os.path.isdir(os.path.join(here, "conda-meta"))
    )


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    """Each YAML file under ``folder`` with its head (safeyaml.head), in one walk, hidden
    folders and virtual environments left out; what is no regular file, cannot be read or
    is no UTF-8 text passed by. A subfolder that is a link is walked as a real one is (it
    was passed by without a word, its rule files never read nor said), each folder once
    by what it is (a link to the folder itself or a parent: no loop), or where it really
    is on a file system with no file ids."""

    seen = {_where(folder)}
    for root, dirs, files in os.walk(folder, followlinks=True):
        walked = []
        for d in sorted(d for d in dirs if not _passed_by(root, d)):
            if (same := _where(Path(root, d))) not in seen:
                walked.append(d)
                seen.add(same)
        dirs[:] = walked
        for name in sorted(files):
            if not name.endswith((".yml", ".yaml")):
                continue
            f = Path(root, name)
            try:
                head = safeyaml.head(f)
            except ConfigError:  # not UTF-8: a file this never reads does not stop the run
                continue
            if head is not None:
                yield f, head


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` is, whatever its name (device, inode); None when that cannot be
    told: no such file (its reader names the problem), or a file system with no file ids."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None


def _once(files: list[Path]) -> list[Path]:
    """``files`` without a file met before under this or another name (by identity)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in files:
        if (same := _identity(f)) is None or same not in seen:
            out.append(f)
        if same is not None:
            seen.add(same)
    return out


def shipped_ids(rules: list[Rule], shipped_dir: Path) -> list[str]:
    """What `rules check` warns of, each naming its rule's file and line: a rule that has
    the id of a shipped rule, in a file that is not the shipped one. Fine with
    --no-default-rules; with the shipped rules (the default), `check` refuses it as a
    duplicate id."""
    files = rule_files_in([shipped_dir])
    shipped = {r.id: r.source for r in load_rule_files(files).rules}
    ours = {_identity(f) for f in files}
    return [
        f"{rule.source}: rule '{rule.id}': a shipped rule has this id ({shipped[rule.id]}): a "
        "check with the shipped rules (without --no-default-rules) refuses it as a duplicate id"
        for rule in rules
        if rule.id in shipped and _identity(Path(rule.source.rsplit(":", 1)[0])) not in ours
    ]


# A rule's link, shown on the report's page and as SARIF's helpUri: a web address only.
_WEB_LINK = re.compile(r"https?://[^\s]+\Z", re.I)

# The top-level keys of the other files a rule folder holds (concepts, aliases, wire
# tables, rule test cases), read by their own readers.
RULE_FOLDER_KEYS = ("concepts", "predicates", "entities", "wires", "cases")


def unknown_concepts(rules: list[Rule], concepts: ConceptTable) -> list[str]:
    """What `rules check` warns of, each naming its file and line: a concept a rule selects
    that no concept file (the shipped ones, those checked and those beside a rule file
    checked) defines, which selects only groups whose counted noun or unit is that very
    word (a misspelt id, 'militray-personnel', selects nothing); and a concept file's
    'broader' that is a near miss of a defined concept."""
    defined = concepts.defined()
    known = defined | set(concepts.broader.values())

    def hint(concept: str) -> str:
        close = difflib.get_close_matches(concept, sorted(defined), n=1, cutoff=0.8)
        return f" (did you mean '{close[0]}'?)" if close else ""

    out = [
        f"{rule.source}: rule '{rule.id}': concept {shown(concept)} is in no concept file"
        f"{hint(concept)}: it selects only groups whose counted noun or unit is that word"
        for rule in rules
        for concept in rule.concepts
        if concept not in known
    ]
    out += [
        f"{concepts.broader_at.get(concept, '?')}: concept '{concept}': broader "
        f"{shown(broader)} is in no concept file{hint(broader)}: its groups are not among "
        "that concept's"
        for concept, broader in concepts.broader.items()
        if broader not in defined and hint(broader)
    ]
    return out


NEVER_FIRES = {
    "unit-agreement": "the matcher never puts amounts in two currencies in one group (without "
    "a rate nothing tells whether '2 million euros' and '$2.6 million' are one figure), and "
    "it compares only such amounts",
}
# The sentences a select.units name is read in, after a figure, to learn the unit the
# extractor names it ('pounds' is a weight's 'pound-mass', a price's 'pound sterling', a
# count's 'pound'): a weight, a price, a count and a distance
_UNIT_PROBES = ("It weighed 2 {}.", "It cost 2 {}.", "They counted 2 {} there.",
                "They walked 2 {}.")  # fmt: skip
# no unit name is longer: a longer one is not read (four readings of 100,000 characters)
_UNIT_CHARS = 100


def select_problems(
    rules: list[Rule], known: Collection[str], shipped: Path | None = None, probe: bool = True
) -> list[str]:
    """What `check` and `rules check` warn of, each naming its file and line: a rule that
    can never select a group, though it loads. A ``select.entities`` id that no source can
    have (no alias-table id of ``known``, and not of the forms the extraction makes of
    other names: 'JCS', 'staunton-police-chief-jim-williams'; the id it would make of it
    suggested), or one no alias file has that is a slip of one it has ('JSC' for 'JCS',
    'nis' for 'NIS'): an id of a source the alias files do not know is not said, as the
    articles may name it so. With ``probe``, a ``select.units`` name claims do not have
    as it is written: one of the extractor's in another case ('degree celsius'), one the
    extractor reads as another after a figure ('kilometer', 'km' and 'kilometres' are
    'kilometre'; 'euros' 'euro'; 'soldiers' 'soldier'; 'pounds' each of 'pound-mass',
    'pound sterling' and 'pound'; a counted noun in small letters: 'Soldiers' and
    'People'), or a scale read as part of the number ('million'): a claim's unit is the
    extractor's name of it. A name it cannot read is not said: a counted noun is a unit
    too ('evacuee'), and any noun may be one. And a rule of a check kind that never
    fires (NEVER_FIRES). Each value said once for its rule. The rules of the ``shipped``
    folder are not looked at (tested with the code). Without ``probe`` no unit is looked
    at, so that neither the extractor nor quantulum3 is loaded: `check` never probes (a
    re-run wholly from the store does without them, and a warning said only on a run
    that extracts came and went); `rules check` does."""
    ours = os.path.realpath(shipped) if shipped is not None else None
    out = []
    for rule in rules:
        where = f"{rule.source.rsplit(':', 1)[0]}"
        if ours is not None and os.path.dirname(os.path.realpath(where)) == ours:
            continue
        said: set[tuple[str, str]] = set()
        for key, value, line in rule.select_lines:
            if (key, value) in said:
                continue
            said.add((key, value))
            if key == "units" and not probe:
                continue
            problem = (_entity_problem(value, known) if key == "entities"
                       else _unit_problem(value))  # fmt: skip
            if problem:
                out.append(f"{where}:{line}: rule '{rule.id}': {problem}")
        if rule.enabled and rule.check in NEVER_FIRES:
            out.append(
                f"{rule.source}: rule '{rule.id}': check kind '{rule.check}' never fires: "
                f"{NEVER_FIRES[rule.check]} (set 'enabled: false', or remove the rule)"
            )
    return out


def _entity_problem(value: str, known: Collection[str]) -> str | None:
    from rapidfuzz.distance import OSA

    from crosscheck.extract.entities import made_id

    if value in known:
        return None
    # a slip of a known id: its letters in another case, or one letter wrong, left out,
    # added or swapped with the next (one letter of three is another id's: only a swap)
    near = sorted(
        (OSA.distance(value.casefold(), k.casefold()), k)
        for k in known
        if value.casefold() == k.casefold() or _slip(value.casefold(), k.casefold())
    )
    made = made_id(value)
    meant = near[0][1] if near else made
    hint = f" (did you mean {shown(meant)}?)" if meant else ""
    if made is not None:
        return (f"select.entities {shown(value)} is no source id a claim can have{hint}: an id "
                "is an alias file's, or made of a name's words, in capitals for an acronym "
                "('FAA') or in small letters and hyphens ('health-ministry')")  # fmt: skip
    if near:
        return (f"select.entities {shown(value)} is in no alias file{hint}: it selects only a "
                f"source the articles name {shown(value)} that no alias file knows")  # fmt: skip
    return None


def _slip(a: str, b: str) -> bool:
    """One letter wrong, left out, added, or two swapped (of three letters, only a swap:
    'NSA' and 'NIS' are two agencies)."""
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b) == 1 and (min(len(a), len(b)) >= 4 or sorted(a) == sorted(b))


@functools.lru_cache(maxsize=1024)
def _unit_problem(value: str) -> str | None:
    """What to say of a select.units name, or None. The probes show what the extractor
    names a word after a figure, not every name a claim can have ('40 kms' gives claims
    in 'km', while '2 km' is read as 'kilometre'): said as what it is read as there."""
    if value in _own_unit_names():
        return None  # (the tables of our own first: quantulum3 loads in about a second)
    names = _own_unit_names() | _quantulum_unit_names()
    if value in names:
        return None
    cased = sorted(n for n in names if n.casefold() == value.casefold())
    if cased:
        return (f"select.units {shown(value)}: the extractor names it {shown(cased[0])} "
                f"(did you mean {shown(cased[0])}?)")  # fmt: skip
    if len(value) > _UNIT_CHARS:
        return None
    probed, read, how = value, _unit_readings(value), ""
    if (lower := value.lower()) != value and all(k == "count" for k, _ in read):
        # a counted noun is named in small letters ('2 Soldiers' is read as 'Soldier',
        # where the articles' '2 soldiers' are 'soldier'); one in the singular is read
        # only in the plural ('2 soldier' is no count). Not a unit's symbol that reads as
        # written ('USD', 'MW', 'MB': 'usd' is none, 'mb' a millibarn)
        for word in (lower, f"{lower}s"):
            low: list[tuple[str, str | None]] = [
                (k, u) for k, u in _unit_readings(word) if u is not None and k == "count"
            ]
            if word != lower:
                low = [(k, u) for k, u in low if u == lower]
            if low:
                probed, read, how = word, low, "in small letters, "
                break
    figure = shown(f"2 {probed}")
    units = list(dict.fromkeys(unit for _, unit in read if unit is not None))
    if not units:  # read as part of the number, or not read at all
        if not read:
            return None  # (no name the extractor reads: a counted noun, as 'evacuee' may be)
        return (f"select.units {shown(value)}: after a figure, {shown(value)} is a scale, no "
                f"unit ({figure} is read as a number of no unit)")  # fmt: skip
    if value in units:
        return None
    named = shown(units[-1])
    if len(units) > 1:  # ('pound-mass', 'pound sterling' or 'pound')
        named = f"{', '.join(map(shown, units[:-1]))} or {named}"
    said = f"{figure} as " + "; as ".join(f"{k}, in {shown(u)}" for k, u in read if u)
    meant = shown(units[0]) if len(units) == 1 else f"one of {', '.join(map(shown, units))}"
    return (f"select.units {shown(value)}: {how}after a figure, {shown(probed)} is read as "
            f"{named} ({said}; did you mean {meant}?)")  # fmt: skip


def _unit_readings(value: str) -> list[tuple[str, str | None]]:
    """The (kind, unit) each of _UNIT_PROBES reads '2 ``value``' as, each once, in their
    order; unit None where '2 ``value``' is read as a number of no unit ('2 million')."""
    from crosscheck.extract.claims import extract_claims
    from crosscheck.model import Document
    from crosscheck.segment import segment

    out: list[tuple[str, str | None]] = []
    for probe in _UNIT_PROBES:
        text = probe.format(value)
        doc = Document("unit", "unit", "text", text, ((0, len(text)),))
        for c in extract_claims(doc, segment(doc)):
            if c.text == f"2 {value}" and (c.kind, c.unit) not in out:
                out.append((c.kind, c.unit))
    return out


@functools.lru_cache(maxsize=1)
def _own_unit_names() -> frozenset[str]:
    """The names claims' units have that the extractor's own tables give (currencies,
    percent, times, the units measurements convert between): each is one a claim can
    have, whatever '2 NAME' reads as ('degree Celsius' alone is read otherwise than after
    a figure). Each as the extractor writes it: the named degrees are quantulum3's names
    ('degree Celsius', 'degree fahrenheit'; quantity.NAMED_DEGREES are their lower-case
    keys of comparison)."""
    from crosscheck import quantity
    from crosscheck.extract import lexicon, units
    from crosscheck.model import BARE_DEGREE

    names = set(units.CURRENCY_SIGNS.values()) | set(units.CURRENCY_CODES.values())
    names |= set(units.CURRENCY_WORDS.values()) | set(units.NATIONAL_NAMES.values())
    names |= set(quantity.CONVERSIONS) | set(lexicon.TIME_UNITS.values())
    names |= {"percent", "percentage point", "penny", "pound-mass", "inch", "magnitude",
              "fraction", BARE_DEGREE, "degree Celsius", "degree fahrenheit"}  # fmt: skip
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def _quantulum_unit_names() -> frozenset[str]:
    """quantulum3's unit names, which a measurement's unit is."""
    from crosscheck.extract import units

    units._quantulum()  # (quantulum3 imported as the extractor imports it)
    from quantulum3 import load

    return frozenset(str(n) for n in load.units("en_US").names)

"""Who is who: entity mentions and their resolution to one canonical id per entity.

Sources of knowledge, in order: alias files (YAML, for what no text can teach: that
"South Korea's military" reports through its Joint Chiefs of Staff), what the document
itself says ("the National Intelligence Service (NIS)", initials matching "Joint Chiefs of
Staff" to "JCS", appositives such as "Seoul's spy agency, the National Intelligence
Service, said"), and rapidfuzz for spelling variants. Nothing here names a domain.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# the parser of the re module: what a pattern is made of, without running it
from re import _constants as re_constants  # type: ignore[attr-defined]
from re import _parser as re_parser  # type: ignore[attr-defined]
from typing import Any

from rapidfuzz import fuzz

from crosscheck import safeyaml
from crosscheck.errors import ConfigError, shown
from crosscheck.model import CAPITAL, MARKS, NOT_AFTER_WORD, NOT_BEFORE_WORD, POSSESSIVE, normalize
from crosscheck.model import slug as _slug

log = logging.getLogger("crosscheck")

FUZZY_THRESHOLD = 92.0
# the small words a name's initials leave out ("Joint Chiefs of Staff": JCS)
CONNECTORS = frozenset({"of", "the", "for", "and", "on", "de", "del", "la", "du", "&"})


@dataclass(frozen=True, slots=True)
class EntityDef:
    id: str
    name: str
    type: str | None
    aliases: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...] = ()


@dataclass(slots=True)
class AliasTable:
    """Entities known from alias files: normalised alias -> canonical id."""

    entities: dict[str, EntityDef] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    # normalised alias -> (file, line, shipped) of the entry that gave it, for messages
    origin: dict[str, tuple[str, int, bool]] = field(default_factory=dict)

    def add(
        self,
        entity: EntityDef,
        where: str = "",
        lines: dict[str, int] | None = None,
        shipped: bool = True,
    ) -> None:
        """Add an entity (``where``: its file, ``lines``: the line of each of its names,
        ``shipped``: from a shipped file); one whose id is known already adds its names and
        patterns to it. A name that already names another entity is an error, never a
        silent pick; but when that entity's name came from a shipped file and this one is
        the user's, it is a warning and the user's entry wins: an alias file that worked
        before the shipped ones grew keeps working. Nothing is added on an error."""
        lines = lines or {}
        names = (entity.id, entity.name, *entity.aliases)
        said: set[str] = set()
        for alias in names:
            key = normalize(alias)
            other = self.by_alias.get(key)
            if other is None or other == entity.id or key in said:
                continue
            said.add(key)
            there, at, by_shipped = self.origin[key]
            message = (
                f"{where}:{lines.get(alias, 0)}: entity '{entity.id}': '{alias}' already names "
                f"entity '{other}' ({there}:{at}); reuse id {other} to extend it"
            )
            if not by_shipped or shipped:
                raise ConfigError(message)
            log.warning("%s; this file's entry wins over the shipped one", message)
        known = self.entities.get(entity.id)
        if known is not None:
            entity = EntityDef(
                id=known.id,
                name=known.name,
                type=known.type or entity.type,
                aliases=(*known.aliases, entity.name, *entity.aliases),
                patterns=(*known.patterns, *entity.patterns),
            )
        self.entities[entity.id] = entity
        for alias in names:  # this entry's (the known entity's stay where they are)
            key = normalize(alias)
            if self.by_alias.get(key) != entity.id:
                self.by_alias[key] = entity.id
                self.origin[key] = (where, lines.get(alias, 0), shipped)

    def lookup(self, surface: str) -> str | None:
        key = normalize(surface)
        if key in self.by_alias:
            return self.by_alias[key]
        for entity in self.entities.values():
            for pattern in entity.patterns:
                if pattern.fullmatch(key):
                    return entity.id
        return None

    def name_of(self, entity_id: str) -> str | None:
        e = self.entities.get(entity_id)
        return e.name if e else None


_ALIAS_KEYS = {"id", "name", "type", "aliases", "patterns"}


MAX_PATTERN = 300  # characters of an alias pattern


def pattern_problem(pattern: str) -> str | None:
    """Why an alias pattern could take exponential time, or None. Python's re backtracks,
    so a repeated group that itself repeats, like ``(\\w+\\s?)+agency``, can take longer
    than the universe on a line of words that does not match; such patterns are refused
    (write ``[\\w\\s]+agency`` instead). Also refused: patterns too long to review."""
    if len(pattern) > MAX_PATTERN:
        return f"longer than {MAX_PATTERN} characters"
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        try:
            parsed = re_parser.parse(pattern, re.IGNORECASE)
        except (re.error, OverflowError) as exc:  # OverflowError: "a{99999999999}"
            return f"not a regular expression ({exc})"
    for warning in said:  # '[[:alpha:]]': a set of '[:alph', not a POSIX class, and a
        if issubclass(warning.category, FutureWarning):  # warning printed raw
            posix = "; POSIX classes such as [:alpha:] are not Python's" if "[:" in pattern else ""
            return f"read otherwise than it looks ({warning.message}{posix})"
    return _nested_repeat(list(parsed), inside_repeat=False)


_REPEATS = {re_constants.MAX_REPEAT, re_constants.MIN_REPEAT}


def _apart_at_once(branches: Any) -> bool:
    """Whether no two alternatives start with the same letter, and none is empty ('(a|aa)',
    '(ab|a)', which the parser reads 'a(|a)' and 'a(b|)': a repeat around them tries two
    ways of matching one text, exponentially in its length).
    Alternatives that start otherwise (a class, a group, an optional word) are let be: a
    static test of those refused patterns that run in linear time ('(?:[Nn]orth|[Ss]outh)'),
    and the time budget stops what it lets through."""
    alternatives = [list(b) for b in branches]
    if any(not items for items in alternatives):  # ('(a|aa)' is read 'a(|a)': one empty)
        return False
    firsts = [chr(items[0][1]).casefold() for items in alternatives
              if items[0][0] is re_constants.LITERAL]  # fmt: skip
    return len(set(firsts)) == len(firsts)


def _nested_repeat(items: list[Any], inside_repeat: bool) -> str | None:
    for op, arg in items:
        if op in _REPEATS or op is getattr(re_constants, "POSSESSIVE_REPEAT", None):
            _low, high, body = arg
            many = high is re_constants.MAXREPEAT or high > 1
            if many and inside_repeat:
                return "a repeat inside a repeat (nested quantifiers backtrack exponentially)"
            found = _nested_repeat(list(body), inside_repeat or many)
            if found:
                return found
        elif op is re_constants.SUBPATTERN:
            found = _nested_repeat(list(arg[-1]), inside_repeat)
            if found:
                return found
        elif op is re_constants.BRANCH:
            if inside_repeat and not _apart_at_once(arg[1]):
                return ("alternatives inside a repeat that may start alike ('(a|aa)*'; they "
                        "backtrack exponentially)")  # fmt: skip
            for branch in arg[1]:
                found = _nested_repeat(list(branch), inside_repeat)
                if found:
                    return found
        elif op in (re_constants.ASSERT, re_constants.ASSERT_NOT):
            found = _nested_repeat(list(arg[1]), inside_repeat)
            if found:
                return found
    return None


def load_alias_file(
    path: Path, table: AliasTable | None = None, shipped: bool = False
) -> AliasTable:
    """Read an alias file: a list under ``entities`` of {id, name, aliases, type, patterns}.
    Every problem stops the run (exit 2) naming the file and line. An id given again (in
    this file or another, such as a shipped one) adds its aliases and patterns to the
    entity. A name that already names another entity is an error, or a warning where the
    user's file (``shipped`` False) wins over a shipped one: AliasTable.add decides.
    (Rules differ: a rule id given twice is an error.)"""
    table = table or AliasTable()
    data = safeyaml.read_file(path, "alias file", safeyaml.LineLoader, own=True)
    items = data.get("entities") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f"{path}:1: an alias file needs a list under 'entities'")
    for n, item in enumerate(items, start=1):
        where = f"{path}:{safeyaml.line_of(items, index=n - 1)}: entity {n}"
        if not isinstance(item, dict) or "id" not in item:
            raise ConfigError(f"{where}: each entity needs at least an 'id'")
        wrong = safeyaml.not_text(item["id"])
        if wrong:
            raise ConfigError(f"{path}:{safeyaml.line_of(item, 'id')}: entity {n}: 'id' {wrong}")
        eid = item["id"].strip()

        def problem(key: str, message: str, item: Any = item, eid: str = eid) -> ConfigError:
            return ConfigError(f"{path}:{safeyaml.line_of(item, key)}: entity '{eid}': {message}")

        unknown = set(item) - _ALIAS_KEYS
        if unknown:
            key = sorted(unknown, key=str)[0]
            raise problem(str(key), f"unknown key(s) {sorted(map(str, unknown))}; expected "
                                    f"{sorted(_ALIAS_KEYS)}")  # fmt: skip
        for key in ("name", "type"):  # null: as if left out
            wrong = safeyaml.not_text(item[key]) if item.get(key) is not None else None
            if wrong:
                raise problem(key, f"'{key}' {wrong}")
        words: dict[str, list[str]] = {}
        for key in ("aliases", "patterns"):
            words[key] = safeyaml.name_list(path, item, key, f"entity '{eid}':")
        for p in words["patterns"]:
            found = pattern_problem(p)
            if found:
                raise problem("patterns", f"pattern {shown(p, 80)}: {found}")
        try:  # (a look-behind of no fixed width parses, and fails only here)
            compiled = tuple(re.compile(p, re.IGNORECASE) for p in words["patterns"])
        except (re.error, OverflowError) as exc:
            raise problem("patterns", f"bad pattern: {exc}") from None
        entity = EntityDef(
            id=eid,
            name=str(item.get("name") or eid),
            type=str(item["type"]) if item.get("type") else None,
            aliases=tuple(words["aliases"]),
            patterns=compiled,
        )
        lines = {eid: safeyaml.line_of(item, "id"), entity.name: safeyaml.line_of(item, "name")}
        for i, alias in enumerate(words["aliases"]):
            lines.setdefault(alias, safeyaml.line_of(item.get("aliases"), index=i))
        table.add(entity, str(path), lines, shipped)  # a name of another: refused or warned
    table.sources.append(str(path))
    return table


def load_aliases(paths: list[Path], shipped: Sequence[Path] = ()) -> AliasTable:
    """All alias files under the ``shipped`` files or folders, then the given ones
    (``*.yml``/``*.yaml`` with ``entities``), each in sorted order; a user's entry wins
    over a shipped one that has one of its names (``load_alias_file``)."""
    table = AliasTable()
    for p in [*shipped, *paths]:
        is_shipped = p in shipped
        files = sorted([*p.rglob("*.yml"), *p.rglob("*.yaml")]) if p.is_dir() else [p]
        for f in files:
            if p.is_dir() and not f.exists():  # its file moved: not silently no alias file
                log.warning("%s: left out: a link that leads to no file", f)
                continue
            if p.is_dir() and not _looks_like_alias_file(f):
                continue
            load_alias_file(f, table, is_shipped)
    return table


def _looks_like_alias_file(path: Path) -> bool:
    return safeyaml.opens_with(path, ("entities",))


# --- resolution within a document ------------------------------------------------------


def initials(name: str) -> str:
    """'Joint Chiefs of Staff' -> 'JCS'; 'National Intelligence Service' -> 'NIS'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in CONNECTORS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def abbreviates(short: str, words: Sequence[str], ordered: bool = True) -> bool:
    """Whether ``short``, written in capitals (dots aside: "CBP", "U.S."; as long as an
    acronym the text defines, _ACRONYM), may be the name ``words`` make shortened to its
    initials, connectors aside. ``ordered`` (a name's words in their order): the initials
    of the name or of its last words ("CBP", "U.S. Customs and Border Protection":
    _trim_to_initials, as a text's own "... (CBP)" is read). Not ``ordered`` (a set's
    words, in no order): the initials of all of them ("AA", {"American", "Airlines"}).
    One judgement for the sources an attribution compares (rules.checks._one_source) and
    the owners the matcher keeps apart (match.owners.owners_apart); an alias file names
    the rest ("Pentagon", "DOJ", "VW")."""
    letters = short.replace(".", "")
    if not re.fullmatch(_ACRONYM, letters):
        return False
    if ordered:
        return _trim_to_initials(" ".join(words), letters) is not None
    return sorted(initials(" ".join(words))) == sorted(letters)


def made_id(value: str) -> str | None:
    """None when ``value`` is an id the resolution may make of a name no alias file knows
    (``_slug``'s of a name's words, or an acronym the text defines or writes), else the
    id it makes of ``value`` read as a name ('Joint Chiefs' -> 'joint-chiefs', 'G7' ->
    'g7'), or '' when it makes none of it."""
    made = _slug(value)
    if made == value or re.fullmatch(_ACRONYM, value):
        return None
    return "" if made == "unknown" else made


# an acronym, as the text defines ('... (NIS)') or writes it ('the NIS')
_ACRONYM = r"[A-Z]{2,8}"
# "National Intelligence Service (NIS)": up to 8 capitalised words, then the acronym. A
# name starts only at the start of a word and its words are never backtracked into
# (possessive *+): on a 200 kB run of capitals the plain pattern retried from every letter
# and scanned to the run's end each time, quadratic.
_DEFINED_ACRONYM = re.compile(
    rf"((?<![\w{MARKS}'’.-])"
    rf"(?:{CAPITAL}[\w{MARKS}'’.-]*+\s+(?:(?:of|the|for|and|on)\s+)*){{1,8}})"
    rf"\(({_ACRONYM})\)"
)


@dataclass(slots=True)
class Resolver:
    """Resolves the mentions of one document; learns from the text as it reads it."""

    table: AliasTable
    learned: dict[str, str] = field(default_factory=dict)  # normalised surface -> id
    names: dict[str, str] = field(default_factory=dict)  # id -> best display name

    def learn_from_text(self, text: str) -> None:
        """Acronyms defined in the text: 'National Intelligence Service (NIS)', and
        'the NIS' when 'National Intelligence Service' appears with matching initials."""
        for m in _DEFINED_ACRONYM.finditer(text):
            long_name, acronym = m.group(1).strip(), m.group(2)
            long_name = _trim_to_initials(long_name, acronym)
            if long_name:
                self._link(long_name, acronym)
        acronyms = set(re.findall(rf"{NOT_AFTER_WORD}{_ACRONYM}{NOT_BEFORE_WORD}", text))
        for span in capitalised_spans(text):
            ini = initials(span)
            if len(ini) >= 2 and ini in acronyms:
                self._link(span, ini)

    def _link(self, long_name: str, acronym: str) -> None:
        known = self.table.lookup(long_name) or self.table.lookup(acronym)
        entity_id = known or acronym
        self.learned[normalize(long_name)] = entity_id
        self.learned[normalize(acronym)] = entity_id
        self.names.setdefault(entity_id, long_name)

    def written(self, entity_id: str) -> str | None:
        """The words the text first named an id it made by (extract.document reads the
        name in them, as its sentence writes it); None for an alias table's id."""
        return None if entity_id in self.table.entities else self.names.get(entity_id)

    def alias(self, surface: str, entity_id: str) -> None:
        """Make ``surface`` another name of ``entity_id`` (appositives)."""
        self.learned[normalize(surface)] = entity_id

    def resolve(self, surface: str) -> str | None:
        """Canonical id of a mention, or None when it names no organisation or person."""
        key = normalize(surface)
        if not key:
            return None
        if key in self.learned:
            return self.learned[key]
        found = self.table.lookup(surface)
        if found:
            return found
        # without a possessive: "the JCS's update"
        bare = normalize(POSSESSIVE.sub("", surface))
        if bare != key:
            found = self.learned.get(bare) or self.table.lookup(bare)
            if found:
                return found
        # spelling variants of names already seen or known
        best: tuple[float, str] | None = None
        for alias, entity_id in [*self.learned.items(), *self.table.by_alias.items()]:
            if len(alias) < 5 or abs(len(alias) - len(key)) > 6:
                continue
            score = fuzz.ratio(key, alias)
            if score >= FUZZY_THRESHOLD and (best is None or score > best[0]):
                best = (score, entity_id)
        if best:
            return best[1]
        if not any(c.isupper() for c in surface):
            return None  # "officials", "the military": a description the files do not know
        entity_id = _slug(surface)
        self.learned[key] = entity_id
        self.names.setdefault(entity_id, surface.strip())
        return entity_id


def _trim_to_initials(long_name: str, acronym: str) -> str | None:
    words = long_name.split()
    for start in range(len(words)):
        candidate = " ".join(words[start:])
        if initials(candidate) == acronym:
            return candidate
    return None


_CAP_SPAN = re.compile(
    rf"{NOT_AFTER_WORD}{CAPITAL}[\w{MARKS}'’-]*"
    rf"(?:\s+(?:(?:of|the|for|and|on)\s+)*{CAPITAL}[\w{MARKS}'’-]*)*"
)


def capitalised_spans(text: str) -> list[str]:
    return [m.group(0) for m in _CAP_SPAN.finditer(text)]


def describe(table: AliasTable) -> list[dict[str, Any]]:
    """The alias table as plain data (for `crosscheck rules list` and reports)."""
    return [
        {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases)}
        for e in table.entities.values()
    ]

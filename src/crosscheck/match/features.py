"""What makes two claims about the same subject: concepts, narrowing modifiers, predicates,
names, values, times and the words around them.

Concepts and predicate synonyms come from data (``rules/concepts.yml`` and the user's
``--rules`` folders), never from code.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from crosscheck import safeyaml
from crosscheck.errors import ConfigError, shown
from crosscheck.model import Claim

log = logging.getLogger(__name__)
_V = TypeVar("_V")

# Modifiers that make a different subject: "additional" troops are not the first deployment.
NARROWING = {
    "additional": "sequence",
    "initial": "sequence",
    "new": "sequence",
    "previous": "sequence",
    # a period before the counted noun, where it may be of a rate or of a count of
    # periods ("12 weekly flights", "24 monthly payments"): none of "40 flights" cancelled
    # on one day, nor of "40 payments" ("30 daily flights" are "30 flights a day":
    # extract.claims)
    "hourly": "rate",
    "weekly": "rate",
    "monthly": "rate",
    "quarterly": "rate",
    "yearly": "rate",
}
RATES = frozenset(w for w, k in NARROWING.items() if k == "rate")
# A capitalised counted noun shaped like a demonym names people ("Koreans", "Somalis").
DEMONYM = re.compile(r"(?:an|ean|ian|ese|i|ish|ch|ene|ite)$")
# Sequence words that mark an increment: never the same subject as the total.
INCREMENTS = frozenset({"additional", "new"})
# A count of things besides one the article names ("the city's four other mob families")
# is part of the count one larger ("the five major families"), never that count: a hard
# fact of match.cluster (_besides_one; the pair model is not fitted on it). Said with
# "other" before the counted noun only: "wounding two others" is often the count of all
# the wounded (issue 12).
BESIDES = frozenset({"other"})
# Superlatives pick a subset: "the four hardest-hit villages" are not "five villages".
SUPERLATIVE = re.compile(r"(?:^|-)(?:\w+est|worst|best|most|least)(?:-|$)")
# So does a position after a figure of one: "one final chance" is the last of the chances,
# not all of them ("two chances"). Read as one word ("one last chance" is that chance too).
# Only after one: "three final games" is often "the final three games", which the figure
# before its position words as no modifier; and a position in a compound names a kind
# ("first-degree murder charges", "a last-minute goal").
POSITIONS = frozenset({"final", "last"})
POSITION = "last"
# Modifiers that describe the figure, not the subject; they never keep claims apart.
NEUTRAL_MODIFIERS = {"combined", "total", "estimated", "reported", "confirmed", "such", "more"}


@dataclass(slots=True)
class ConceptTable:
    by_term: dict[str, str] = field(default_factory=dict)
    broader: dict[str, str] = field(default_factory=dict)
    broader_at: dict[str, str] = field(default_factory=dict)  # file:line of each 'broader'
    predicate_sets: dict[str, int] = field(default_factory=dict)
    by_predicate: dict[str, list[str]] = field(default_factory=dict)  # verb -> concepts
    # concepts marked `event: true`: they count those something happened to (a label
    # keeps the verb that says what: match.cluster.label); read by no matching
    events: set[str] = field(default_factory=set)
    # concepts marked `object: true`: they count things, never people ("homes",
    # "vehicles"): a count of one never joins a count of people (match.cluster)
    objects: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    # what the lookups below ask of every label, made from by_term and by_predicate when
    # first asked (load_concepts fills the table, and nothing changes it after): the ids
    # a concept file defines (every id is a term of its own), and the concepts verbs narrow
    _index: tuple[frozenset[str], frozenset[str]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _chains: dict[str, tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _outcomes: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)
    # the first words of the objects' terms of two words or more ("fighter" of "fighter
    # jet"), made when first asked
    _object_heads: frozenset[str] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _fates: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    # predicate_sets by the lemmas of each verb's forms, made when first asked (a store's
    # re-run reads the table without the extractor)
    _by_lemma: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    def _indexed(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._index is None:
            narrowed = frozenset(c for named in self.by_predicate.values() for c in named)
            self._index = (frozenset(self.by_term.values()), narrowed)
        return self._index

    def defined(self) -> frozenset[str]:
        """The concepts a concept file defines (every id is a term of its own)."""
        return self._indexed()[0]

    @property
    def dead(self) -> str | None:
        """The concept the concept files give 'death toll' (the dead), if any."""
        return self.by_term.get("death toll")

    def outcome(self, predicate: str | None, concept: str | None) -> str | None:
        """What happened to those a count counts: the concept its verb narrows to (a
        concept file's `predicates`: "killed" the dead, "wounding" the injured), or the
        fate lexicon.FATE_VERBS names ("are missing", "were arrested"), else its own
        concept when a verb narrows to it ("200 injured"; not an event concept's word
        alone: "three suspects were shot dead" are no arrest); None for a count of
        anything else.
        Verbs are matched by the lemmas the extractor gives their forms ("died" is "di",
        "killed" "kill": extract.context.lemma)."""
        if self._outcomes is None:
            from crosscheck.extract.lexicon import FATE_VERBS

            fates = by_forms(FATE_VERBS)
            narrowed = by_forms({verb: named[0] for verb, named in self.by_predicate.items()})
            self._outcomes = fates | narrowed  # a concept file's predicates over the fates
            self._fates = frozenset(fates.values()) - frozenset(narrowed.values())
        dead = self.dead
        if (
            predicate
            and (named := self._outcomes.get(predicate))
            and (
                named not in self._fates
                or concept is None
                or (
                    self.is_within(concept, "people")
                    and not (dead is not None and self.is_within(concept, dead))
                )
            )
        ):
            # (a fate of people only: "missed 3 penalties" is none; not of the dead:
            # "released six bodies to relatives" are the dead still)
            return named
        return concept if concept and concept in self._indexed()[1] else None

    def is_event(self, concept: str) -> bool:
        """Whether a concept counts those something happened to: narrowed by verbs
        (`predicates`) or marked `event: true`."""
        return concept in self.events or concept in self._indexed()[1]

    def is_object(self, concept: str) -> bool:
        """Whether a concept counts things (it or a broader one is marked `object:
        true`)."""
        return any(c in self.objects for c in self.chain(concept))

    def object_heads(self) -> frozenset[str]:
        """The words an object's term of two words or more opens with ("fighter" of
        "fighter jet"): such a word alone may count the thing as well as people."""
        if self._object_heads is None:
            self._object_heads = frozenset(
                term.split()[0]
                for term, cid in self.by_term.items()
                if " " in term and self.is_object(cid)
            )
        return self._object_heads

    def concept_of(self, claim: Claim) -> str | None:
        unit = claim.unit
        if unit is None:
            return None
        if claim.kind != "count":
            return unit
        concept = self.base_concept(unit)
        # "ten people killed": a verb narrows people to the dead
        for narrower in self.by_predicate.get(claim.predicate or "", []):
            if self._ancestor(concept, narrower) or narrower == concept:
                return narrower
        return concept

    def base_concept(self, unit: str) -> str:
        """The concept of a noun or unit as the concept files name it, or its head noun
        ('transmission tower' -> 'tower' unless a file names it)."""
        if unit[:1].isupper():
            if unit.lower() in self.by_term:
                return self.by_term[unit.lower()]
            if DEMONYM.search(unit):
                return "people"  # "North Koreans", "Somalis", "Iraqis": people
        low = unit.lower()
        if " per " in low:  # a rate's concept is its noun's, per its word: never the word's
            head, rate = low.split(" per ", 1)
            return f"{self.base_concept(head)} per {rate}"
        for part in _parts(low):
            if part in self.by_term:
                return self.by_term[part]
        return low.split(" and ")[0].split()[-1]  # the head noun: its own concept

    def chain(self, concept: str) -> tuple[str, ...]:
        """The concept and its broader ones, narrowest first ('dead', 'people'): the one
        walk up the table (load_concepts refuses a cycle; one would end the walk), kept
        once walked, since nothing changes the table after it is loaded."""
        if (known := self._chains.get(concept)) is not None:
            return known
        out, seen, walked = [concept], {concept}, concept
        while (walked := self.broader.get(walked, "")) and walked not in seen:
            out.append(walked)
            seen.add(walked)
        self._chains[concept] = chain = tuple(out)
        return chain

    def root(self, concept: str | None) -> str | None:
        return self.chain(concept)[-1] if concept else concept

    def related(self, a: str | None, b: str | None) -> float:
        """1 for the same concept, 0.7 when one is broader than the other, else 0."""
        if a is None or b is None:
            return 0.0
        if a == b:
            return 1.0
        if self._ancestor(a, b) or self._ancestor(b, a):
            return 0.7
        return 0.0

    def is_within(self, concept: str, other: str) -> bool:
        """Whether ``other`` is ``concept`` or in its broader chain, as a rule that selects
        ``other`` selects a group of ``concept`` (rules.engine._concept_chain)."""
        return concept == other or self._ancestor(other, concept)

    def _ancestor(self, a: str, b: str) -> bool:
        return a in self.chain(b)[1:]

    def predicates_match(self, a: str | None, b: str | None) -> float:
        if a is None or b is None:
            return 0.5
        if a == b:
            return 1.0
        if self._by_lemma is None:
            # claims carry the extractor's lemmas ("created" is "creat", "axed" "ax"), as
            # the fates' table reads them (outcome); the verb as written too
            self._by_lemma = self.predicate_sets | by_forms(self.predicate_sets)
        sa, sb = self._by_lemma.get(a), self._by_lemma.get(b)
        return 1.0 if sa is not None and sa == sb else 0.0


def by_forms(values: dict[str, _V]) -> dict[str, _V]:
    """``values`` keyed by the lemma the extractor gives each form of each verb ('die',
    'dies', 'died', 'dying' -> 'di', 'die', ...: extract.context.lemma), as claims carry
    their verbs; a later verb's value wins where two verbs' forms meet."""
    from crosscheck.extract.context import lemma

    return {lemma(form): value for verb, value in values.items() for form in verb_forms(verb)}


def verb_forms(verb: str) -> tuple[str, ...]:
    """A verb and its regular forms ('die', 'dies', 'died', 'dying'; 'flee' ... 'fleeing'),
    which the extractor lemmatises each its own way."""
    if verb.endswith("ie"):
        ing = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith("ee"):
        ing = verb[:-1] + "ing"
    else:
        ing = verb + "ing"
    past = verb + ("d" if verb.endswith("e") else "ed")
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")  # misses
    return (verb, third, past, ing)


def _parts(unit: str) -> list[str]:
    """'transmission tower' -> ['transmission tower', 'tower']; coordinated units too."""
    out: list[str] = []
    for piece in unit.split(" and "):
        words = piece.split()
        out.extend(" ".join(words[i:]) for i in range(len(words)))
    return out


_CONCEPT_KEYS = {"id", "terms", "broader", "predicates", "event", "object"}


def load_concepts(paths: list[Path]) -> ConceptTable:
    """The concept files, validated: a problem stops the run (exit 2) naming file and line."""
    table = ConceptTable()
    set_id = 0
    # a term -> the concept an earlier file gave it and where: a later file that gives it
    # to another concept takes it (its concept wins), which is said, for a user's concept
    # with the term 'troop' silently took it from the shipped military-personnel, and the
    # shipped troop rules stopped applying
    given_at: dict[str, tuple[str, str]] = {}
    taken: list[tuple[str, str, str, str, str]] = []  # (where, concept, term, was, was where)
    set_when: dict[str, int] = {}  # each concept's 'broader', when it was read
    clock = itertools.count()
    for path in paths:
        data = safeyaml.read_file(path, "concept file", safeyaml.LineLoader, own=True) or {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}:1: a concept file is a mapping with 'concepts'")
        unknown = sorted(set(data) - {"concepts", "predicates"}, key=str)
        if unknown:
            raise ConfigError(
                f"{path}:{safeyaml.line_of(data, str(unknown[0]))}: unknown key(s) "
                f"{unknown}; expected concepts, predicates"
            )
        # null lists are as if left out, as in alias files
        concepts = data["concepts"] if data.get("concepts") is not None else []
        groups = data["predicates"] if data.get("predicates") is not None else []
        for key, value in (("concepts", concepts), ("predicates", groups)):
            if not isinstance(value, list):
                raise ConfigError(f"{path}:{safeyaml.line_of(data, key)}: '{key}' must be a list")
        first_at: dict[str, int] = {}  # a concept's id -> its line, in this file
        term_of: dict[str, tuple[str, int]] = {}  # a term -> its concept and line, in this file
        for index, item in enumerate(concepts):
            at = f"{path}:{safeyaml.line_of(concepts, index=index)}"
            if not isinstance(item, dict):
                raise ConfigError(f"{at}: each concept needs an 'id' and a list of 'terms'")
            extra = sorted(set(item) - _CONCEPT_KEYS, key=str)
            if extra:
                raise ConfigError(
                    f"{path}:{safeyaml.line_of(item, str(extra[0]))}: concept "
                    f"{item.get('id')!r}: unknown key(s) {extra}; expected "
                    f"{', '.join(sorted(_CONCEPT_KEYS))}"
                )
            if "id" not in item:
                raise ConfigError(f"{at}: each concept needs an 'id' (a name)")
            wrong = safeyaml.not_text(item["id"])
            if wrong:
                raise ConfigError(
                    f"{path}:{safeyaml.line_of(item, 'id')}: concept {index + 1}: 'id' {wrong}"
                )
            cid = item["id"]
            line = safeyaml.line_of(item, "id")
            if cid in first_at:  # (a later file may add to a concept: not one file twice)
                raise ConfigError(
                    f"{path}:{line}: concept '{cid}' is defined twice in this file (first at "
                    f"line {first_at[cid]}); give it one entry"
                )
            first_at[cid] = line
            if item.get("terms") is None:
                raise ConfigError(f"{at}: concept '{cid}' needs a list of 'terms'")
            for key in ("terms", "predicates"):
                safeyaml.name_list(path, item, key, f"concept '{cid}':")
            broader = item.get("broader")
            wrong = safeyaml.not_text(broader) if broader is not None else None
            if wrong:
                raise ConfigError(
                    f"{path}:{safeyaml.line_of(item, 'broader')}: concept '{cid}': 'broader' "
                    f"(the id of another concept) {wrong}"
                )
            for k, term in enumerate(item["terms"]):
                other = term_of.setdefault(term.lower(), (cid, line))
                if other[0] != cid:  # the last one silently took it from the first
                    raise ConfigError(
                        f"{path}:{safeyaml.line_of(item['terms'], index=k)}: concept '{cid}': "
                        f"term {shown(term)} already means concept '{other[0]}' (line "
                        f"{other[1]}); a term means one concept"
                    )
                at_term = f"{path}:{safeyaml.line_of(item['terms'], index=k)}"
                before = given_at.get(term.lower())
                if before is not None and before[0] != cid:
                    taken.append((at_term, cid, term, *before))
                given_at[term.lower()] = (cid, at_term)
                table.by_term[term.lower()] = cid
            table.by_term.setdefault(cid, cid)
            if broader:
                table.broader[cid] = broader  # (a head noun is a concept of its own)
                table.broader_at[cid] = f"{path}:{safeyaml.line_of(item, 'broader')}"
                set_when[cid] = next(clock)  # (the order 'broader's are read in)
            for verb in item.get("predicates") or []:
                table.by_predicate.setdefault(verb.lower(), []).append(cid)
            for key, marked, meaning in (
                ("event", table.events, "it counts those something happened to"),
                ("object", table.objects, "it counts things, never people"),
            ):
                value = item.get(key)
                if value is not None and not isinstance(value, bool):
                    raise ConfigError(
                        f"{path}:{safeyaml.line_of(item, key)}: concept '{cid}': '{key}' is "
                        f"true or false ({meaning}), not {shown(value)}"
                    )
                if value:
                    marked.add(cid)
                elif value is False:
                    marked.discard(cid)
        for index, group in enumerate(groups):
            if not isinstance(group, list):
                raise ConfigError(
                    f"{path}:{safeyaml.line_of(groups, index=index)}: each entry of "
                    "'predicates' is a list of verbs"
                )
            safeyaml.check_names(path, group, f"'predicates' entry {index + 1}:")
            set_id += 1
            for verb in group:
                table.predicate_sets[verb.lower()] = set_id
        table.sources.append(str(path))
    _no_cycle(table, set_when)
    for at_term, cid, term, was, was_at in taken:
        # a narrower concept taking its broader one's terms (naval-personnel, broader
        # military-personnel, taking 'sailor') takes nothing from what selects the broader
        # one: a rule selects a group by its concept's broader chain (rules.engine), as the
        # last file leaves it
        if not table.is_within(cid, was):
            log.warning(
                "%s: concept '%s': term %s was concept '%s' (%s); the later file wins: it "
                "now means '%s', and what selects '%s' no longer sees it",
                at_term, cid, shown(term), was, was_at, cid, was,
            )  # fmt: skip
    return table


def _no_cycle(table: ConceptTable, set_when: dict[str, int]) -> None:
    """ConfigError when a concept's broader ones lead back to it (over every file read: a
    later one may close the cycle with an earlier one's), naming the 'broader' of the
    cycle written last (``set_when``: the order each was read in), the line a user edited,
    and the chain. Each concept is walked once (a chain known to end is not walked again)."""
    done: set[str] = set()
    for start in table.broader:
        chain: list[str] = []
        on_chain: set[str] = set()
        cid: str | None = start
        while cid is not None and cid not in done and cid not in on_chain:
            chain.append(cid)
            on_chain.add(cid)
            cid = table.broader.get(cid)
        if cid is not None and cid in on_chain:
            cycle = chain[chain.index(cid) :]
            last = max(cycle, key=lambda c: set_when.get(c, -1))
            at = cycle.index(last)
            shown = [*cycle[at:], *cycle[:at], last]
            raise ConfigError(
                f"{table.broader_at.get(last, '?')}: concept '{last}': its broader concepts "
                f"lead back to it ({' -> '.join(shown)}); a concept cannot be broader than "
                "itself"
            )
        done.update(chain)


def is_concept_file(path: Path) -> bool:
    return safeyaml.opens_with(path, ("concepts", "predicates"))


def narrowing(claim: Claim) -> frozenset[str]:
    """Modifiers that make another subject: sequence words and subsets (superlatives, and
    a position after a figure of one: POSITIONS, read as POSITION)."""
    found = {m for m in claim.modifiers if m in NARROWING or SUPERLATIVE.search(m.lower())}
    if claim.value == 1 and any(m.lower() in POSITIONS for m in claim.modifiers):
        found.add(POSITION)
    return frozenset(found)


def proper_modifiers(claim: Claim) -> frozenset[str]:
    """Names that say whose figure it is ('North Korean', 'Russian') or what it counts
    ('AK-47'), each as a key that spaces, hyphens, full stops, slashes and case do not
    change: 'AK 47', 'AK-47' and 'AK47' are one name, as are '737 Max' and '737 MAX',
    'U.S.' and 'US', 'F/A-18' and 'FA-18', and a model's digits ('787' of "20 787
    Dreamliners": extract.nouns)."""
    return frozenset(
        re.sub(r"[\s./-]+", "", m).casefold()
        for m in claim.modifiers
        if (m[:1].isupper() or m.isdigit())
        and not m.endswith(("'s", "’s"))
        and m.lower() not in NEUTRAL_MODIFIERS
    )


def one_day(start: str, end: str) -> bool:
    """Whether a time frame is one day ("on June 24", "Thursday", "today"), not a period
    ("last week", "the past 10 days", "in October", "--10": October of no year, "in
    2009")."""
    return start == end and iso_shape(start) == "day"


def spans_overlap(sa: str | None, ea: str | None, sb: str | None, eb: str | None) -> bool | None:
    """Whether two ISO time frames overlap; None when either is unresolved, or when one has
    a year and the other not. A month holds its days: "--10" (October of no year) and
    "--10-19" overlap (compared as strings, the month came before its own 19th)."""
    if not (sa and ea and sb and eb) or sa.startswith("--") != sb.startswith("--"):
        return None
    sa, sb, ea, eb = _day(sa, "00"), _day(sb, "00"), _day(ea, "99"), _day(eb, "99")
    return not (ea < sb or eb < sa)


def _day(iso: str, pad: str) -> str:
    """A date as the time stage writes it made a day, so that dates compare as strings: a
    month's first day with ``pad`` "00", its last with "99" (no day of it is before or
    after them)."""
    return f"{iso}-{pad}" if iso_shape(iso) == "month" else iso


def iso_shape(iso: str) -> str:
    """Whether a date as the time stage writes it is a "day" ("2009-06-24", or "--10-19"
    of no year), a "month" ("--10" of no year; "2009-10" in a report's JSON written by
    hand) or a "year" ("2009"), read by its length ("" for another); a date of no year is
    three characters shorter than with one ("--" for "2009")."""
    size = len(iso) + (3 if iso.startswith("--") else 0)
    return {10: "day", 7: "month", 4: "year"}.get(size, "")

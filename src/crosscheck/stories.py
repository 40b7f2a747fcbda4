"""Matching and the rules, one story at a time.

A story (articles that share their words, see crosscheck.match.cluster) is judged alone:
its groups come from word and article vectors fitted on the story, and its findings from
its own claims. What a story takes from the rest of the run is named here and nowhere
else: the place of each claim in the run (which orders the groups), the conversion rates
the articles state for the story's currencies, and the copy clusters of its articles. So
a story's results can be kept by a key of what it is made of (crosscheck.store) and
computed anywhere (a process, a Dask worker); ``assemble`` puts them together exactly as
one pass over the run would.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck.errors import EXIT_INTERNAL, CrosscheckError
from crosscheck.match.features import ConceptTable
from crosscheck.model import Claim, ClaimGroup, CopyCluster, Document, Finding, sort_groups
from crosscheck.rules import RuleSet
from crosscheck.rules.engine import group_findings, sort_findings

if TYPE_CHECKING:  # the matcher is imported by the runs that match (see judge_story)
    from crosscheck.match.cluster import StoryPart
    from crosscheck.match.pairs import Own

__all__ = [
    "StoryFailed",
    "StoryResult",
    "assemble",
    "config_digest",
    "document_meta",
    "judge_story",
    "judged_meta",
    "story_copies",
    "story_key",
    "story_rates",
]


@dataclass(frozen=True, slots=True)
class StoryResult:
    """One story's groups (in the story's order) and the findings of each group in the
    order its rules made them (``group_order`` within the story; ``assemble`` renumbers)."""

    groups: list[ClaimGroup]
    findings: list[Finding]


class StoryFailed(CrosscheckError):
    """A story that could not be judged (on Dask: the workers judging it died): the run
    ends (exit 4) naming it, without a report. ``done`` holds the results of the stories
    that were judged, by their index in the stories asked for, and ``fresh`` the same by
    story key once the pipeline has them, so a store keeps them."""

    exit_code = EXIT_INTERNAL

    def __init__(self, part: StoryPart, reason: str, done: dict[int, StoryResult]) -> None:
        names = [d.path for d in part.documents[:3]]
        more = len(part.documents) - len(names)
        shown = ", ".join(names) + (f" and {more} more" if more else "")
        super().__init__(
            f"a story of {len(part.documents)} articles ({shown}) could not be judged: "
            f"{reason}; no report was written"
        )
        self.done = done
        self.fresh: list[tuple[str, StoryResult]] = []


def judge_story(
    part: StoryPart,
    rates: dict[str, float],
    concepts: ConceptTable,
    ruleset: RuleSet,
    copies: Sequence[CopyCluster] = (),
    known: Mapping[str, Own] | None = None,
    made: dict[str, Own] | None = None,
) -> StoryResult:
    """Match one story's claims and apply the rules to its groups (``known``, ``made``:
    what each claim's profile reads of its article alone, see match.pairs.profiles)."""
    # here, not at the top: a re-run whose stories are all in the store never matches,
    # and the matcher and the extraction it imports are a third of its start-up
    from crosscheck.match.cluster import match_story

    groups = match_story(part.claims, part.sentences, concepts, part.documents, known=known,
                         made=made)  # fmt: skip
    findings = group_findings(groups, part.claims, part.documents, part.sentences, ruleset,
                              concepts, rates, copies)  # fmt: skip
    return StoryResult(groups, findings)


def story_copies(
    parts: Sequence[StoryPart], copies: Sequence[CopyCluster]
) -> list[list[CopyCluster]]:
    """For each story, the run's copy clusters (crosscheck.sources) that hold an article of
    it, in the run's order of clusters: the only ones its findings can read. Looked up by
    article, not by scanning every cluster for each story (597 stories and 673 clusters of
    10,000 articles: 2.0 s that way under cProfile, in a re-run after one article changed)."""
    at: dict[str, list[int]] = {}  # each clustered article's clusters, by place in ``copies``
    for k, c in enumerate(copies):
        for d in c.documents:
            at.setdefault(d, []).append(k)
    return [[copies[k] for k in sorted({k for d in p.documents for k in at.get(d.id, ())})]
            for p in parts]  # fmt: skip


def story_rates(claims: Sequence[Claim], rates: dict[str, float]) -> dict[str, float]:
    """The run's conversion rates that a story's checks can look up: those of its units
    (as written and in lower case, the two ways checks look them up)."""
    units = {u for c in claims if c.unit for u in (c.unit, c.unit.lower())}
    return {u: rates[u] for u in sorted(units) if u in rates}


def hash_files(h: Any, paths: Sequence[str]) -> None:
    """Add each file's bytes, in order and each with its length, to the hash ``h`` (an
    unreadable file counts as such): what rule, concept and wire files contribute to a
    key. Not their paths: what is judged is read from their text (a rule's file and line
    go to the report only), so the same files elsewhere (each CI job's checkout, the
    package's own in another virtual environment) give the same key."""
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError:
            h.update(b"unreadable;")
            continue
        h.update(b"%d:" % len(data))
        h.update(data)


def config_digest(version: str, files: Sequence[str]) -> str:
    """A hash of the matching and rules code (``version``) and of the rule and concept
    files: one part of every story's key."""
    h = hashlib.sha256(version.encode())
    hash_files(h, files)
    return h.hexdigest()


def document_meta(d: Document) -> dict[str, Any]:
    """A document's record without its text (its extraction key stands for that): what
    store keys hash of it."""
    return {k: v for k, v in d.to_dict().items() if k not in ("text", "paragraphs")}


def judged_meta(d: Document) -> dict[str, Any]:
    """document_meta without the file's path: what the keys of a story's results and of
    an article's subjects and copies hash of it. Judging reads the article's id (its
    name under its input root), never the path it was given by, so the same folder named
    another way (relative or absolute, moved, a CI job's fresh workspace) reuses them."""
    meta = document_meta(d)
    del meta["path"]
    return meta


def story_key(
    config: str,
    part: StoryPart,
    extraction_keys: dict[str, str],
    rates: dict[str, float],
    copies: Sequence[CopyCluster] = (),
) -> str:
    """A hash of everything a story's results are made of: the code and rule files
    (``config``), each article's metadata but its path (judged_meta) and its extraction
    key in run order (the key hashes its text, published date, the extraction code and
    the alias files, so it stands for its sentences and claims), the conversion rates its
    checks can read, and the copy clusters of its articles (found over the whole run)."""
    meta = [[judged_meta(d), extraction_keys.get(d.id, "")] for d in part.documents]
    clusters = [c.to_dict() for c in copies]
    material = json.dumps([config, meta, rates, clusters], ensure_ascii=False, default=str,
                          sort_keys=True)  # fmt: skip
    return hashlib.sha256(material.encode()).hexdigest()


def assemble(
    results: Iterable[StoryResult], claims: Sequence[Claim]
) -> tuple[list[ClaimGroup], list[Finding]]:
    """The run's groups and findings from its stories' results, as one pass over the run
    makes them: groups in the order of their first claim among ``claims``, findings
    renumbered by their group's place and sorted most severe first."""
    groups: list[ClaimGroup] = []
    by_group: dict[str, list[Finding]] = defaultdict(list)
    for r in results:
        groups.extend(r.groups)
        for f in r.findings:
            by_group[f.group].append(f)
    groups = sort_groups(groups, claims)
    findings: list[Finding] = []
    for order, g in enumerate(groups):
        for f in by_group.pop(g.id, ()):
            findings.append(replace(f, evidence={**f.evidence, "group_order": order}))
    return groups, sort_findings(findings)

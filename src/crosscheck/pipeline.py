"""The stages, one after the other: what the CLI calls, and what tests can call directly."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crosscheck.config import Settings, shipped_rules_dir
from crosscheck.extract.document import extract_document
from crosscheck.extract.entities import AliasTable, load_aliases
from crosscheck.ingest import read_inputs
from crosscheck.match import ConceptTable, load_concepts, match_claims
from crosscheck.match.features import is_concept_file
from crosscheck.model import Claim, ClaimGroup, Diagnostic, Document, Finding, Sentence, Skipped
from crosscheck.rules import RuleSet, apply_rules, load_rule_files, rule_files_in
from crosscheck.segment import segment

log = logging.getLogger("crosscheck")


@dataclass(slots=True)
class RunResult:
    """Everything a run produced, in document order."""

    inputs: list[str]
    documents: list[Document] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    groups: list[ClaimGroup] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    alias_files: list[str] = field(default_factory=list)
    rule_files: list[str] = field(default_factory=list)
    concept_files: list[str] = field(default_factory=list)
    stale_baseline: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def run(paths: Sequence[str | os.PathLike[str]], settings: Settings) -> RunResult:
    ruleset = rule_set(settings)  # configuration errors stop the run before any reading
    concepts = concept_table(settings)
    ingested = read_inputs(paths, settings)
    result = RunResult(inputs=[os.fspath(p) for p in paths])
    result.documents = ingested.documents
    result.skipped = ingested.skipped
    result.diagnostics = ingested.diagnostics
    for skipped in result.skipped:
        log.warning("skipped %s: %s", skipped.path, skipped.reason)
    for diag in result.diagnostics:
        log.warning("%s", diag)
    aliases = alias_table(settings)
    result.alias_files = list(aliases.sources)
    for doc in result.documents:
        sentences = segment(doc)
        result.sentences.extend(sentences)
        result.claims.extend(extract_document(doc, sentences, aliases))
    result.rule_files = list(ruleset.files)
    result.concept_files = list(concepts.sources)
    result.groups = match_claims(result.claims, result.sentences, concepts)
    result.findings = apply_rules(
        result.groups, result.claims, result.documents, result.sentences, ruleset, concepts
    )
    log.info(
        "read %d document(s), %d sentence(s), %d claim(s); skipped %d input(s)",
        len(result.documents),
        len(result.sentences),
        len(result.claims),
        len(result.skipped),
    )
    return result


def alias_table(settings: Settings) -> AliasTable:
    """The shipped alias files (unless turned off) and the user's, later ones adding."""
    paths = [shipped_rules_dir() / "aliases"] if settings.shipped_aliases else []
    paths.extend(settings.alias_paths)
    return load_aliases([p for p in paths if p.exists()])


def _config_paths(settings: Settings) -> list[Path]:
    paths = [shipped_rules_dir()] if settings.shipped_rules else []
    return [*paths, *settings.rule_paths]


def rule_set(settings: Settings) -> RuleSet:
    """Shipped rules (unless turned off) and every rule file under --rules."""
    return load_rule_files(rule_files_in(_config_paths(settings)))


def concept_table(settings: Settings) -> ConceptTable:
    files: list[Path] = []
    for p in _config_paths(settings):
        if p.is_file():
            files.extend([p] if is_concept_file(p) else [])
        else:
            files.extend(
                f for f in sorted([*p.glob("*.yml"), *p.glob("*.yaml")]) if is_concept_file(f)
            )
    return load_concepts(files)

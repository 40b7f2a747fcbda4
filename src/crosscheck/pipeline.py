"""The stages, one after the other: what the CLI calls, and what tests can call directly."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from crosscheck.config import Settings, shipped_rules_dir
from crosscheck.extract.document import extract_document
from crosscheck.extract.entities import AliasTable, load_aliases
from crosscheck.ingest import read_inputs
from crosscheck.model import Claim, Diagnostic, Document, Sentence, Skipped
from crosscheck.segment import segment

log = logging.getLogger("crosscheck")


@dataclass(slots=True)
class RunResult:
    """Everything a run produced, in document order."""

    inputs: list[str]
    documents: list[Document] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    alias_files: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def run(paths: Sequence[str | os.PathLike[str]], settings: Settings) -> RunResult:
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

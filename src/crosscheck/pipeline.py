"""The stages, one after the other: what the CLI calls, and what tests can call directly."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
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
from crosscheck.store import Extracted, Store, extraction_key, results_key

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
    from_store: list[str] = field(default_factory=list)  # documents read from the store
    reused: int = 0  # documents whose extraction came from the store
    reused_results: bool = False  # groups and findings came from the store
    extraction_keys: list[str] = field(default_factory=list)  # per document, in order
    results_key: str | None = None  # with a store: the hash groups and findings are kept by
    skipped: list[Skipped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (not reported)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - started


Progress = Callable[[int, int], None]  # (documents done, documents in all)


def run(
    paths: Sequence[str | os.PathLike[str]], settings: Settings, progress: Progress | None = None
) -> RunResult:
    result = RunResult(inputs=[os.fspath(p) for p in paths])
    with result.timed("configure"):
        ruleset = rule_set(settings)  # configuration errors stop the run before any reading
        concepts = concept_table(settings)
    with result.timed("read"):
        ingested = read_inputs(paths, settings)
    result.documents = ingested.documents
    result.skipped = ingested.skipped
    result.diagnostics = ingested.diagnostics
    for skipped in result.skipped:
        log.warning("skipped %s: %s", skipped.path, skipped.reason)
    for diag in result.diagnostics:
        log.warning("%s", diag)
    aliases = alias_table(settings)
    result.alias_files = list(aliases.sources)
    store = Store(settings.store) if settings.store is not None else None
    try:
        with result.timed("extract"):
            new_docs, to_save = _extract_all(result, aliases, settings, store, progress)
        result.rule_files = list(ruleset.files)
        result.concept_files = list(concepts.sources)
        key = None
        if store is not None:
            with result.timed("store"):
                key = results_key(result.documents, result.extraction_keys,
                                  [*result.rule_files, *result.concept_files])  # fmt: skip
                cached = store.results(key)
            result.results_key = key
            if cached is not None:
                result.groups, result.findings = cached
                result.reused_results = True
        if not result.reused_results:
            with result.timed("match"):
                result.groups = match_claims(result.claims, result.sentences, concepts)
            with result.timed("rules"):
                result.findings = apply_rules(
                    result.groups, result.claims, result.documents, result.sentences, ruleset,
                    concepts,
                )  # fmt: skip
        if store is not None:
            with result.timed("store"):
                fresh = (key, result.groups, result.findings) if key else None
                store.save(to_save, None if result.reused_results else fresh)
    finally:
        if store is not None:
            store.close()
    if settings.store is not None and settings.new_only:
        by_id = {c.id: c for c in result.claims}
        result.findings = [
            f for f in result.findings if any(by_id[i].document in new_docs for i in f.claims)
        ]
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


def _extract_all(
    result: RunResult,
    aliases: AliasTable,
    settings: Settings,
    store: Store | None,
    progress: Progress | None = None,
) -> tuple[set[str], list[tuple[str, Extracted]]]:
    """Segment and extract every document (reusing the store's results for unchanged
    texts); with a store, add every article stored before. Returns the ids of documents
    that are new or changed since the store last saw them, and what to save."""
    context = _alias_fingerprint(aliases)
    known = store.known() if store else {}
    to_save: list[tuple[str, Extracted]] = []
    total = len(result.documents)
    keys = [extraction_key(doc, context) for doc in result.documents]
    cached = [store.get(k) if store else None for k in keys]
    todo = [doc for doc, c in zip(result.documents, cached, strict=True) if c is None]
    fresh = iter(_extract_many(todo, aliases, settings.jobs))
    for done, (doc, key, hit) in enumerate(zip(result.documents, keys, cached, strict=True), 1):
        if progress is not None:
            progress(done, total)
        if hit is not None:
            sentences = [replace(x, document=doc.id) for x in hit.sentences]
            claims = [replace(c, document=doc.id) for c in hit.claims]
            result.reused += 1
        else:
            sentences, claims = next(fresh)
        result.sentences.extend(sentences)
        result.claims.extend(claims)
        to_save.append((key, Extracted(doc, sentences, claims)))
        result.extraction_keys.append(key)
    if store is None:
        return {d.id for d in result.documents}, to_save
    current = {d.id for d in result.documents}
    for key, old in store.stored_documents(exclude=current):
        result.extraction_keys.append(key)
        result.documents.append(old.document)
        result.sentences.extend(old.sentences)
        result.claims.extend(old.claims)
        result.from_store.append(old.document.id)
    hashes = {ex.document.id: ex.document.sha256 for _, ex in to_save}
    return {d for d in current if known.get(d) != hashes[d]}, to_save


def _alias_fingerprint(aliases: AliasTable) -> str:
    import hashlib

    h = hashlib.sha256()
    for path in aliases.sources:
        try:
            h.update(Path(path).read_bytes())
        except OSError:
            h.update(path.encode())
    return h.hexdigest()[:16]


# --- extraction, one document at a time, in this process or a pool -----------------------

_WORKER_ALIASES: AliasTable | None = None


def _init_worker(aliases: AliasTable) -> None:
    global _WORKER_ALIASES
    _WORKER_ALIASES = aliases


def _extract_one(doc: Document) -> tuple[list[Sentence], list[Claim]]:
    assert _WORKER_ALIASES is not None
    sentences = segment(doc)
    return sentences, extract_document(doc, sentences, _WORKER_ALIASES)


def _extract_many(
    docs: list[Document], aliases: AliasTable, jobs: int
) -> list[tuple[list[Sentence], list[Claim]]]:
    """Segment and extract documents; with jobs > 1 in a process pool whose workers load
    their tables once. Results come back in document order, so output never depends on
    the number of jobs."""
    if jobs <= 1 or len(docs) < 8:
        _init_worker(aliases)
        return [_extract_one(d) for d in docs]
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(32, len(docs) // (jobs * 8)))
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(aliases,)
    ) as pool:
        return list(pool.map(_extract_one, docs, chunksize=chunk))

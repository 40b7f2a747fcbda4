"""The stages, one after the other: what the CLI calls, and what tests can call directly."""

from __future__ import annotations

import json
import logging
import os
import posixpath
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck.baseline import Baseline
from crosscheck.baseline import load as load_baseline
from crosscheck.beside import (
    Beside,
    can_fork,
    ends_with_parent,
    in_forks,
    pool_processes,
    stop_pool,
)
from crosscheck.budget import Carried, DocumentTimeout, carrying, time_budget
from crosscheck.config import (
    Settings,
    checked,
    first_relative,
    in_its_folder,
    inside,
    path_texts,
    shipped_rules_dir,
    unreachable,
    usable_cores,
    workers_to_start,
    working_folder,
)
from crosscheck.errors import (
    EXIT_FINDINGS,
    EXIT_NOTHING_CHECKED,
    EXIT_OK,
    EXIT_UNREADABLE,
    ConfigError,
    CrosscheckError,
    InternalError,
    WorkersDied,
    describe,
    shown,
)
from crosscheck.extract.entities import AliasTable, load_aliases
from crosscheck.ingest import (
    IngestResult,
    discover,
    listing_order,
    read_inputs,
    real_path,
    safe_name,
)
from crosscheck.ingest.records import PLACE_KEY
from crosscheck.match.features import ConceptTable, is_concept_file, load_concepts
from crosscheck.model import (
    Claim,
    ClaimGroup,
    CopyCluster,
    Document,
    Finding,
    RunResult,
    Sentence,
    Skipped,
    claim_id,
    nothing_checked,
)
from crosscheck.rules import RuleSet, load_rule_files, rule_files_in
from crosscheck.rules.engine import ClaimEvidence, conversion_rates
from crosscheck.rules.loader import not_read_below, select_problems, unknown_concepts
from crosscheck.sources import (
    DocCopies,
    Wire,
    document_copies,
    find_copies,
    load_wire_files,
    shipped_wires_file,
    wire_files_in,
)
from crosscheck.store import (
    RESULTS_VERSION,
    SUBJECTS_VERSION,
    Extracted,
    ReadCache,
    Repairs,
    Store,
    copies_key,
    extraction_key,
    results_key,
    store_files,
    subjects_key,
)
from crosscheck.stories import (
    StoryFailed,
    StoryResult,
    assemble,
    config_digest,
    judge_story,
    story_copies,
    story_key,
    story_rates,
)

if TYPE_CHECKING:
    from crosscheck.dask_engine import DaskEngine
    from crosscheck.match.cluster import StoryPart
    from crosscheck.match.pairs import Own

log = logging.getLogger("crosscheck")

# RunResult lives in crosscheck.model; importing it from here still works for old callers
__all__ = [
    "RunResult",
    "alias_table",
    "check",
    "concept_table",
    "exit_code",
    "nothing_checked",
    "nothing_to_check",
    "rule_set",
    "run",
]


Progress = Callable[[int, int], None]  # (documents done, documents in all)
# From this many articles, a run with --jobs 2 or more finds its story graph in a forked
# process while it finds the copies (crosscheck.beside): at 10,000 articles each takes
# seconds; below this the fork costs about what it saves.
BESIDE_MIN_DOCUMENTS = 1000
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def check(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    settings: Settings | None = None,
    progress: Progress | None = None,
    store: Store | None = None,
) -> RunResult:
    """The library call under the CLI: check the articles in ``paths`` (files or folders,
    or one of them) and return the run's record, with the baseline applied and
    ``exit_code`` set by the exit policy of ``settings`` (0 clean, 1 findings, 3 unreadable
    inputs with strict, 5 nothing checked).
    Raises ConfigError for bad settings and InternalError for a bug; bad inputs never
    raise, they are listed in ``result.skipped``. Writes nothing but the store; ``store``
    is an open store to use (the caller closes it), else ``settings.store`` is opened."""
    # once: before the baseline is read ({} or "" is no Settings: refused, not the defaults)
    settings = checked(Settings() if settings is None else settings)
    _check_arguments(progress, store)
    _no_removed_workdir((), settings)  # (the baseline is read here; the paths in _run)
    told = _relaying(progress)

    def read_and_run() -> tuple[Baseline | None, RunResult]:
        baseline = None if settings.baseline is None else load_baseline(settings.baseline)
        return baseline, _run(paths, settings, told, store)

    # what the program's own alarm raises reaches it, from the baseline's read too; and
    # what its progress function raises
    baseline, result = carrying(read_and_run)
    if settings.baseline is not None:
        result.opened[str(settings.baseline)] = "the baseline"
    if baseline is not None:
        apply_baseline(result, baseline)
    result.exit_code = exit_code(result, settings)
    return result


def open_store(settings: Settings) -> Store | None:
    """The store of ``settings``, open (one per run: reading, saving and the report files
    all use it), or None without one."""
    if settings.store is None:
        return None
    with _stage("opening the store", str(settings.store)):
        return Store(settings.store)


def apply_baseline(result: RunResult, baseline: Baseline) -> None:
    """Mark the findings the baseline accepted as suppressed; list its stale entries."""
    ids = baseline.ids
    result.findings = [replace(f, suppressed=f.id in ids) for f in result.findings]
    # a finding --new-only left out (no new or changed article in it) is still found: its
    # entry is not stale (every entry of a baseline was, on a re-run with nothing new)
    stale = baseline.stale(result.findings, result.left_out)
    # nor is one the run could not look for: a run that checked nothing (exit 5) found
    # no finding, and an article it skipped (unreadable, too large, past its time
    # budget) gave none; an entry naming one was called stale, and pruned, would fail
    # the run once the article is read again
    if nothing_checked(result) is not None:
        stale = []
    else:
        if result.skipped:
            unread = _endings(_absolute(re.sub(r":\d+$", "", s.path)) for s in result.skipped)
            stale = [e for e in stale if not _names_one_of(e.get("documents"), unread, True)]
        # nor one of articles the run was not given: a run over the folders a pull request
        # changes (examples/github-actions.yml) called every entry of the other folders
        # stale. An entry names the articles of its finding; one of them read now is
        # where its finding would be (an entry naming none, a hand edit's, is judged as
        # before). Entries of articles since deleted are therefore not reported.
        read = _endings(_absolute(_shown(d)) for d in result.documents)
        stale = [e for e in stale if not isinstance(e.get("documents"), list)
                 or not e["documents"] or _names_one_of(e["documents"], read)]  # fmt: skip
    result.stale_baseline = stale
    for entry in result.stale_baseline:
        rule = entry.get("rule")  # an entry without one (a hand edit) said "(None)"
        of = f" ({rule})" if isinstance(rule, str) and rule else ""
        log.warning("baseline entry %s%s matches no finding any more: stale", entry["id"], of)


def _absolute(path: str) -> str:
    """A path as the run was given it, absolute and with "/" between its names."""
    return os.path.abspath(path).replace(os.sep, "/")


def _endings(paths: Iterable[str]) -> set[str]:
    """Every ending of ``paths`` (absolute, "/" between names) as whole names: 'x.md',
    'pol/x.md', 'art/pol/x.md', ... of '/w/art/pol/x.md'. A baseline entry's articles are
    looked up in it (_names_one_of), not compared with each path: a run of 10,000
    articles whose baseline entries all went stale (new ids after an upgrade) compared
    each entry with every path."""
    out: set[str] = set()
    for p in paths:
        names = p.strip("/").split("/")
        out.update("/".join(names[k:]) for k in range(len(names)))
    return out


def _names_one_of(documents: object, endings: set[str], within: bool = False) -> bool:
    """Whether a baseline entry's ``documents`` (ids relative to the folder the baseline
    was made of, which it does not record: a JSON(L) record's with its key, 'f.jsonl#2')
    name one of the paths whose ``endings`` are given (_endings; an article as _shown
    names it): a path ending with the id as whole names. With ``within`` (skipped inputs,
    named by their file or folder), also a path ending with the id's file ('f.jsonl' of
    'f.jsonl#2') or with one of the folders it lies in ('pol' of 'pol/x.txt'): an entry is
    rather left unjudged than called stale for an input the run did not read. A baseline
    made of a folder whose sibling holds files of the same names cannot tell them apart."""
    if not isinstance(documents, list):
        return False
    for d in documents:  # (names: baseline.load refuses any other kind)
        if not d:
            continue
        ends = {d}
        if within:
            file = d.split("#", 1)[0]
            parts = file.split("/")
            ends |= {file, *("/".join(parts[:k]) for k in range(1, len(parts)))}
        if not ends.isdisjoint(endings):
            return True
    return False


def exit_code(result: RunResult, settings: Settings) -> int:
    """5 when no input of the run was read (nothing_checked), unless allow_empty and
    there was nothing to check (nothing_to_check); 3 when strict and some input was
    skipped; 1 when a finding not suppressed is at or above fail_on; else 0."""
    if nothing_checked(result) is not None and not (
        settings.allow_empty and nothing_to_check(result)
    ):
        return EXIT_NOTHING_CHECKED
    if settings.strict and result.skipped:
        return EXIT_UNREADABLE
    if settings.fail_on != "never" and any(
        not f.suppressed and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[settings.fail_on]
        for f in result.findings
    ):
        return EXIT_FINDINGS
    return EXIT_OK


def nothing_to_check(result: RunResult) -> bool:
    """Whether every input skipped held nothing to check (Skipped.empty: an empty file, no
    article text), or none was found: what --allow-empty excuses. An input that could not
    be decoded (a binary file), ran past its time budget or failed a stage is a failure to
    check whatever --allow-empty says: a hook passing on it would hide it (pre-commit shows
    no output of a hook that passes)."""
    return all(s.empty for s in result.skipped)


def run(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    settings: Settings,
    progress: Progress | None = None,
    store: Store | None = None,
) -> RunResult:
    """Read, extract, match and judge: every stage in order. A bad input never ends the
    run (it is skipped and listed with its reason, whatever stage failed on it); a
    configuration error raises ConfigError before anything is read (``settings`` as a
    library caller builds them: config.checked reads or refuses them first); an
    unexpected exception in a stage over all inputs raises InternalError naming the
    stage."""
    settings = checked(settings)
    _check_arguments(progress, store)
    told = _relaying(progress)
    # what the program's own alarm raises reaches it, and what its progress function raises
    return carrying(lambda: _run(paths, settings, told, store))


class _ProgressRaised(Carried):
    """What a library caller's progress function raised (its own bug, or its way to cancel
    a run): carried, the stages' handlers of Exception made it an "internal error" (exit
    4, a bug of crosscheck's); check() and run() raise it as it was (budget.carrying)."""


def _relaying(progress: Progress | None) -> Progress | None:
    """``progress``, what it raises carried as a _ProgressRaised."""
    if progress is None:
        return None
    call = progress

    def relayed(done: int, total: int) -> None:
        try:
            call(done, total)
        except Exception as exc:
            raise _ProgressRaised(exc) from exc

    return relayed


def _check_arguments(progress: object, store: object) -> None:
    """A ConfigError for a library caller's ``progress`` that is no function or ``store``
    that is no open Store (a path: that is ``Settings.store``'s; a closed Store; one of
    another thread), before anything is read:
    each failed at its first use as an "internal error", a bug of crosscheck's."""
    if progress is not None and not callable(progress):
        raise ConfigError(
            f"progress must be a function of (done, total), or None; got {shown(progress)}"
        )
    if progress is not None and not _takes_two(progress):
        raise ConfigError(
            f"progress: {shown(progress)} cannot be called with (done, total): a progress "
            "function takes the articles done and their total"
        )
    if store is not None and not isinstance(store, Store):
        raise ConfigError(
            f"store must be an open crosscheck.store.Store, or None (for a path, use "
            f"Settings(store=...)); got {shown(store)}"
        )
    if store is not None and (problem := _unusable(store)) is not None:
        raise ConfigError(f"store: {store.path}: {problem}")


def _takes_two(function: Callable[..., object]) -> bool:
    """Whether ``function`` can be called with (done, total), as far as its signature
    tells (a builtin may tell nothing: taken as it is). One of no arguments failed at
    the first article read, its TypeError the caller's own error."""
    import inspect

    try:
        inspect.signature(function).bind(0, 0)
    except TypeError:
        return False
    except ValueError:  # no signature to read
        pass
    return True


def _unusable(store: Store) -> str | None:
    """Why a library caller's open ``store`` cannot serve this run, or None: SQLite lets
    a connection be used only until it is closed and only in the thread that opened it,
    and says so at the first query (asked here, not kept beside it: a caller may close
    ``store.db`` itself)."""
    try:
        store.db.execute("SELECT 1")
    except sqlite3.ProgrammingError as exc:
        if "closed" in str(exc):
            return "the Store was closed (Store.close()); pass an open one, or None"
        return (
            "the Store was opened in another thread, and SQLite lets only that one use it; "
            "open it in the thread that runs the check, or use Settings(store=...)"
        )
    return None


def _run(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    settings: Settings,
    progress: Progress | None,
    store: Store | None,
) -> RunResult:
    """run() with ``settings`` already checked (config.checked), as check() has them."""
    if isinstance(paths, str | bytes | os.PathLike):
        # one path, not its letters: a str is a sequence of str, and "a/b" iterated gave
        # the path "/", the whole machine
        paths = [paths]
    # a list of its own (a generator was used up by the check for empty paths below, and
    # the run read nothing), each as the text the rest reads (config.path_text: a name as
    # bytes was a TypeError, or a "cannot use a string pattern on a bytes-like object")
    texts = path_texts(paths) if isinstance(paths, Iterable) else None
    if texts is None:
        raise ConfigError(f"paths must be a path or a list of paths; got {shown(paths)}")
    if any(not t.strip() for t in texts):  # Path("") is "." and would read it all
        raise ConfigError("paths: an empty path; give a file or folder")
    paths = texts
    _no_removed_workdir(paths, settings)
    if settings.new_only and store is None and settings.store is None:
        # as the command line refuses --new-only without --store: every finding was
        # reported, to a caller told they were only those of new or changed articles
        raise ConfigError("new_only needs a store (Settings.store, or the store argument)")
    # as shown, as their articles' paths are (a byte not UTF-8 in a name as \xNN)
    result = RunResult(inputs=[safe_name(os.fspath(p)) for p in paths],
                       workdir=working_folder() or "")  # fmt: skip
    if store is not None or settings.store is not None:
        result.opened[str(store.path if store is not None else settings.store)] = "the store"
    # never read as articles, as the command line leaves its --store and --baseline out
    settings = replace(settings, exclude=(*settings.exclude, *_own_files(settings, store)))
    with result.timed("configure"):
        ruleset = rule_set(settings)  # configuration errors stop the run before any reading
        concepts = concept_table(settings)
        aliases = alias_table(settings)
        wire_files = wire_table_files(settings)
        wires = load_wire_files(wire_files)
    read = files_read(ruleset, concepts, wire_files)
    # a rule that selects a concept no concept file defines selects almost nothing (a
    # misspelt id; the shipped concepts left out with the shipped rules): said, as `rules
    # check` says it
    for warning in [*_unused_paths(settings, read, aliases.sources),
                    # (rule files in subfolders, alias files: one walk of the folders)
                    *not_read_below(_existing(settings.rule_paths), aliases.sources, read),
                    *unknown_concepts(ruleset.rules, concepts),
                    # a select.entities value no claim has. Not a select.units name:
                    # reading one takes the extractor (and quantulum3), which a re-run
                    # wholly from the store does without, so a warning said only when
                    # some article was extracted came and went from run to run; `rules
                    # check` is where unit names are checked. Said before the reading, as
                    # the other rule files' warnings are
                    *select_problems(ruleset.rules, aliases.entities, shipped_rules_dir(),
                                     probe=False)]:  # fmt: skip
        log.warning("%s", warning)
    own_store = store is None and settings.store is not None
    if own_store:
        store = open_store(settings)
    engine: DaskEngine | None = None
    graph: Beside[dict[str, int]] | None = None
    reads = ReadCache(store) if store is not None else None
    repairs = Repairs()  # this run's alone: one that fails leaves nothing to the next
    try:
        engine = _open_engine(settings)
        given: list[Extraction] | None = None
        with result.timed("read"), _stage("reading the inputs", ", ".join(result.inputs)):
            if engine is None:
                ingested = read_inputs(paths, settings, reads)
            else:  # the workers read and extract; the client only lists the files
                unread: set[Path] = set()
                unread_names: set[str] = set()
                candidates, unlisted = discover(paths, settings.exclude, unread, unread_names)
                known = store.extraction_keys() if store is not None else frozenset()
                ingested, given = engine.read_and_extract(
                    candidates, settings, aliases, _alias_fingerprint(aliases), known, progress
                )
                ingested.skipped[:0] = unlisted
                ingested.unread |= unread
                ingested.unread_names |= unread_names
        result.documents = ingested.documents
        result.skipped = ingested.skipped
        result.diagnostics = ingested.diagnostics
        for diag in result.diagnostics:
            log.warning("%s", diag)
        result.alias_files = list(aliases.sources)
        with result.timed("extract"), _stage("extracting claims", "all documents"):
            new_docs, to_save = _extract_all(
                result, aliases, settings, store, repairs, None if engine else progress, given,
                ingested=ingested,
            )  # fmt: skip
        for skipped in result.skipped:
            log.warning("skipped %s: %s", skipped.path, skipped.reason)
        result.rule_files = list(ruleset.files)
        result.concept_files = list(concepts.sources)
        result.wire_files = [str(p) for p in wire_files]
        elsewhere = (_still_elsewhere(result.from_store, store.places, paths)
                     if settings.by_folder and store is not None else {})  # fmt: skip
        apart = _folders(result.documents, elsewhere) if settings.by_folder else None
        key = config = matcher = None
        stored_copies = None
        if store is not None:
            config_files = [*result.rule_files, *result.concept_files, *map(str, wire_files)]
            config = config_digest(RESULTS_VERSION, config_files)  # read once, for both keys
            # what the matcher reads of each article alone: its code and the concept files
            matcher = config_digest(SUBJECTS_VERSION, result.concept_files)
            with result.timed("store"), _stage("reading the store", str(settings.store)):
                key = results_key(result.documents, result.extraction_keys, config,
                                  settings.by_folder, elsewhere)  # fmt: skip
                stored_copies = store.copies(key)  # the key hashes the wire tables too
            result.results_key = key
        threads = min(settings.jobs, usable_cores())
        if (len(result.documents) >= BESIDE_MIN_DOCUMENTS and (engine is not None or threads > 1)
                and (store is None or key is None or store.run_stories(key) is None)):  # fmt: skip
            # the story graph while the copies are found (neither needs the other): here in
            # a forked process; on Dask by the workers, a thread of this process waiting
            from crosscheck.match.cluster import story_components

            if engine is None:
                graph = Beside.start("the story graph", story_components, result.sentences,
                                     None, threads, apart)  # fmt: skip
            else:
                graph = Beside.thread("the story graph", story_components, result.sentences,
                                      engine.map_chunks, 1, apart)  # fmt: skip
        part_keys: list[str] = []
        fresh_parts: list[tuple[str, str]] = []
        with result.timed("copies"), _stage("finding copies", "all documents"):
            if store is not None and config is not None:
                pairs = zip(result.documents, result.extraction_keys, strict=True)
                part_keys = [copies_key(config, d, k) for d, k in pairs]
            if stored_copies is not None:
                result.copies = stored_copies
            else:  # each document's parts from the store where it has them
                kept = (_stored_parts(store, part_keys, result.documents)
                        if store and part_keys else None)  # fmt: skip
                each = document_copies(result.documents, result.sentences, wires, kept)
                result.copies = _copies_found(result.documents, result.sentences, wires,
                                              each, apart)  # fmt: skip
                if kept is not None:
                    made = zip(part_keys, each, kept, strict=True)
                    fresh_parts = [(k, p.to_json()) for k, p, was in made if was is None]
        fresh_copies = (key, result.copies) if key and stored_copies is None else None
        evidence = None
        story_keys: list[str] = []
        if store is not None and key is not None:  # what the store leaves out of findings
            evidence = ClaimEvidence(result.claims, result.documents, result.sentences)
            with result.timed("store"), _stage("reading the store", str(settings.store)):
                cached = _stored_run(store, key, evidence, result.claims)
            if cached is not None:
                result.groups, result.findings, story_keys, result.story_keys = cached
                result.reused_results = True
        subject = f"{len(result.claims)} claims of {len(result.documents)} documents"
        fresh_stories: list[tuple[str, StoryResult]] = []
        owns = _Owns()
        if not result.reused_results:
            # the matcher, imported only by a run that matches (see stories.judge_story)
            from crosscheck.match.cluster import split_stories, story_components

            with result.timed("stories"), _stage("finding the stories", subject):
                done, story_of = graph.result() if graph is not None else (False, None)
                if not done or story_of is None:
                    # here, the join compares --jobs chunks at a time (threads: no more
                    # than the usable cores)
                    story_of = story_components(result.sentences,
                                                engine.map_chunks if engine else None,
                                                threads, apart)  # fmt: skip
                parts = split_stories(story_of, result.claims, result.sentences,
                                      result.documents)  # fmt: skip
                rates = conversion_rates(result.claims)
            with result.timed("match"), _stage("matching claims", subject):
                try:
                    judged, story_keys, fresh_stories, owns = _judge_stories(
                        parts,
                        rates,
                        config,
                        matcher,
                        result,
                        ruleset,
                        concepts,
                        store,
                        engine,
                        evidence,
                        threads,
                    )
                except StoryFailed as exc:  # the run ends: what was done is kept
                    if store is not None:  # its documents not as seen: nothing reported them
                        store.save(to_save, None, exc.fresh, (), reads, seen=False,
                                   repairs=repairs)  # fmt: skip
                    raise
                result.groups, result.findings = assemble(judged, result.claims)
                for k, story in zip(story_keys, judged, strict=False):  # with a store
                    result.story_keys.update((g.id, k) for g in story.groups)
            if store is not None:
                log.info("stories: %d judged again, %d from the store (of the articles judged "
                         "again, %d with their claims' subjects from the store)",
                         len(parts) - result.reused_stories, result.reused_stories,
                         len(owns.found))  # fmt: skip
        if store is not None:
            with result.timed("store"), _stage("saving to the store", str(settings.store)):
                fresh = (key, story_keys) if key else None
                store.save(to_save, None if result.reused_results else fresh,
                           fresh_stories, story_keys, reads, copies=fresh_copies,
                           copy_parts=fresh_parts, copy_parts_used=part_keys,
                           repairs=repairs, subject_parts=owns.fresh,
                           subject_parts_used=owns.used)  # fmt: skip
    finally:
        if graph is not None:
            graph.stop()
        if engine is not None:
            engine.close()
        if own_store and store is not None:
            store.close()
    if store is not None and settings.new_only:
        by_id = {c.id: c for c in result.claims}
        every = result.findings
        result.findings = [f for f in every if any(by_id[i].document in new_docs for i in f.claims)]
        reported = {f.id for f in result.findings}
        result.left_out = {f.id for f in every if f.id not in reported}
    log.info(
        "read %d document(s), %d sentence(s), %d claim(s); skipped %d input(s)",
        len(result.documents),
        len(result.sentences),
        len(result.claims),
        len(result.skipped),
    )
    return result


def _own_files(settings: Settings, store: Store | None) -> list[Path]:
    """The files a run opens besides its inputs: its baseline, its store and the store's
    journals. A library caller's found in an input folder were read as inputs and
    listed as skipped ("a crosscheck report, not articles"; ".db-wal": unsupported), a
    strict run ending 3 for its own files."""
    own = [settings.baseline] if settings.baseline is not None else []
    path = store.path if store is not None else settings.store
    if path is not None:  # (SQLite's journals beside it, as the command line's _resolve)
        own += store_files(path)
    return own


def _folders(
    documents: Sequence[Document], elsewhere: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Each article's folder, by its id (--by-folder): the folder of its file under the
    run's inputs (a JSON or JSONL file's records, the folder of that file), read from its
    name, not its path: an article only the store holds has the path an earlier run gave
    it, which from another working directory (or through a link) is another folder. But
    for one ``elsewhere`` places (_still_elsewhere): the folder its file is in, outside
    the run's inputs, named as no folder under them is."""
    found = elsewhere or {}
    return {d.id: found.get(d.id) or posixpath.dirname(_file_name(d)) for d in documents}


def _still_elsewhere(
    from_store: Sequence[str], places: Mapping[str, str], paths: Sequence[str]
) -> dict[str, str]:
    """--by-folder: the folder, absolute and resolved, of each article only the store holds
    (``from_store``) whose file is still where the store recorded it (``places``, its
    absolute path) and lies outside every input of the run (``paths``: under no folder
    given, not a file given), by its id. Its name is relative to the common folder of the
    earlier run's inputs, which need not be this run's: after a run over 'lay', one over
    'lay/x' placed 'lay/top.md' ('top.md') in x's top folder, compared with x's articles
    (an error between them). An article whose file is gone (a CI job's new workspace, the
    old one removed) or within an input (where the name and the file agree, or the file
    is read now under another name) is placed by its name, as before."""
    if not from_store:
        return {}
    given = {Path(os.path.abspath(p)) for p in paths}
    given_real = {real_path(Path(p)) for p in paths}

    def within(where: Path, inputs: AbstractSet[Path]) -> bool:  # an input, or under one
        return where in inputs or not inputs.isdisjoint(where.parents)

    folders: dict[Path, Path] = {}  # each folder resolved once (an archive's thousands)
    out: dict[str, str] = {}
    for doc_id in from_store:
        place = places.get(doc_id)
        if place is None:  # stored before the store kept files' places: by its name
            continue
        try:
            here = Path(os.path.abspath(place))
            if within(here, given) or not here.is_file():
                continue
            if here.parent not in folders:
                folders[here.parent] = real_path(here.parent)
            folder = folders[here.parent]
            if within(folder / here.name, given_real):
                continue  # (one of the inputs named through a link)
        except (OSError, ValueError):  # a name too long, a NUL: no file
            continue
        out[doc_id] = folder.as_posix()  # absolute: no name under the inputs is
    return out


def _copies_found(
    documents: Sequence[Document],
    sentences: Sequence[Sentence],
    wires: Sequence[Wire],
    each: Sequence[DocCopies],
    apart: Mapping[str, str] | None,
) -> list[CopyCluster]:
    """The run's copy clusters (find_copies); with ``apart`` (--by-folder) found among
    each folder's articles alone, as a run over that folder finds them: a cluster joined
    through another folder's article (one sharing sentences with two of this folder's)
    made two articles that share nothing copies of one story, and their error a warning."""
    if apart is None:
        return find_copies(documents, sentences, wires, each)
    held: dict[str, list[int]] = {}
    for k, d in enumerate(documents):
        held.setdefault(apart[d.id], []).append(k)
    said: dict[str, list[Sentence]] = {}
    for s in sentences:
        said.setdefault(apart.get(s.document, ""), []).append(s)
    clusters: list[CopyCluster] = []
    for folder, ks in held.items():
        clusters += find_copies([documents[k] for k in ks], said.get(folder, []), wires,
                                [each[k] for k in ks])  # fmt: skip
    order = {d.id: k for k, d in enumerate(documents)}
    return sorted(clusters, key=lambda c: min(order[d] for d in c.documents))


def _stored_run(
    store: Store, key: str, evidence: ClaimEvidence, claims: Sequence[Claim]
) -> tuple[list[ClaimGroup], list[Finding], list[str], dict[str, str]] | None:
    """The groups and findings of an earlier run over the very same inputs (``key``, the
    results key), with its stories' keys and each group's story key: assembled from the
    stored results of its stories (Store.run_stories). None when none is stored, or one
    is damaged (a warning: matched again)."""
    keys = store.run_stories(key)
    if keys is None:
        return None
    stored = store.stories(keys)
    if not all(k in stored for k in keys):
        return None  # a story pruned since
    stories = [stored[k] for k in keys]
    if not all(evidence.restore(s.findings) for s in stories):
        log.warning("%s: stored results are damaged; matching again", store.path)
        return None
    groups, findings = assemble(stories, claims)
    story_of = {g.id: k for k, s in zip(keys, stories, strict=True) for g in s.groups}
    return groups, findings, keys, story_of


def _stored_parts(
    store: Store, keys: list[str], documents: Sequence[Document]
) -> list[DocCopies | None]:
    """Each document's parts of copy finding kept by the store (``keys``: theirs, in
    order), None where it has none (or a damaged one: made again, with a warning)."""
    stored = store.copy_parts(keys)
    out: list[DocCopies | None] = []
    for k, doc in zip(keys, documents, strict=True):
        try:
            out.append(DocCopies.from_json(stored[k]) if k in stored else None)
        except (ValueError, TypeError, KeyError, IndexError):
            log.warning("%s: its copy finding's row in the store %s is damaged; made again",
                        _shown(doc), store.path)  # fmt: skip
            out.append(None)
    return out


def _judge_stories(
    parts: list[StoryPart],
    rates: dict[str, float],
    config: str | None,
    matcher: str | None,
    result: RunResult,
    ruleset: RuleSet,
    concepts: ConceptTable,
    store: Store | None,
    engine: DaskEngine | None,
    evidence: ClaimEvidence | None,
    jobs: int = 1,
) -> tuple[list[StoryResult], list[str], list[tuple[str, StoryResult]], _Owns]:
    """Each story's groups and findings: from the store when it judged the very same
    story before, else matched and judged now (here, or on the engine's workers; here,
    what the matcher reads of each unchanged article alone comes from the store). Returns
    the results in story order, every story's key (with a store), the results to save and
    the matcher's rows of each article (_Owns). Here, ``jobs`` processes judge them
    (_judge_here)."""
    story_rate = [story_rates(p.claims, rates) for p in parts]
    copies = story_copies(parts, result.copies)
    keys: list[str] = []
    stored: dict[str, StoryResult] = {}
    if store is not None and config is not None and evidence is not None:  # all or none
        ext = dict(zip((d.id for d in result.documents), result.extraction_keys, strict=True))
        keys = [story_key(config, p, ext, r, c)
                for p, r, c in zip(parts, story_rate, copies, strict=True)]  # fmt: skip
        stored = store.stories(keys)
        for key in [k for k, story in stored.items() if not evidence.restore(story.findings)]:
            log.warning("%s: a stored story is damaged; matching it again", store.path)
            del stored[key]
    todo = [k for k in range(len(parts)) if not keys or keys[k] not in stored]
    owns = _Owns()
    if keys and engine is None:  # (keys: a store and its config)
        assert store is not None and matcher is not None
        owns = _Owns.read(store, matcher, parts, todo, ext)
    if engine is not None and todo:
        try:
            fresh = engine.judge([parts[k] for k in todo], [story_rate[k] for k in todo],
                                 [copies[k] for k in todo], concepts, ruleset)  # fmt: skip
        except StoryFailed as exc:
            exc.fresh = [(keys[todo[i]], r) for i, r in exc.done.items()] if keys else []
            raise
    else:
        made = owns.made if owns.keys else None
        fresh = _judge_here([(parts[k], story_rate[k], copies[k]) for k in todo], concepts,
                            ruleset, owns.known, made, jobs)  # fmt: skip
        owns.keep()
    judged = dict(zip(todo, fresh, strict=True))
    result.reused_stories = len(parts) - len(todo)
    in_order = [judged[k] if k in judged else stored[keys[k]] for k in range(len(parts))]
    to_save = [(keys[k], judged[k]) for k in todo] if keys else []
    return in_order, keys, to_save, owns


# Stories judged here (--engine local) with --jobs 2 or more are judged by that many
# forked processes when they hold this many claims in all (a fork costs tens of
# milliseconds; a story of 2,000 claims takes seconds). Below, or where no fork is to be
# had, they are judged in turn.
POOL_MIN_CLAIMS = 2000


def _judge_here(
    stories: list[tuple[StoryPart, dict[str, float], list[CopyCluster]]],
    concepts: ConceptTable,
    ruleset: RuleSet,
    known: Mapping[str, Own],
    made: dict[str, Own] | None,
    jobs: int,
) -> list[StoryResult]:
    """Each story (its records, rates and copies) judged, in order: in turn, or with
    ``jobs`` of 2 or more and POOL_MIN_CLAIMS claims, by forked processes (in_forks), the
    largest stories first, each result (and the matcher's rows it made, into ``made``)
    taken in the stories' order, so the run's output is the same whichever way. A process
    that dies leaves its stories to be judged here; a story that fails fails as here."""
    sizes = [len(part.claims) for part, _rates, _copies in stories]
    got: dict[int, tuple[StoryResult, dict[str, Own]]] = {}
    if jobs >= 2 and len(stories) >= 2 and sum(sizes) >= POOL_MIN_CLAIMS and can_fork():

        def judge_forked(k: int) -> tuple[StoryResult, dict[str, Own]]:
            part, rates, copies = stories[k]
            rows: dict[str, Own] = {}
            story = judge_story(part, rates, concepts, ruleset, copies, known,
                                rows if made is not None else None)  # fmt: skip
            return story, rows

        got = in_forks(judge_forked, sorted(range(len(stories)), key=lambda k: -sizes[k]), jobs)
    results = []
    for k, (part, rates, copies) in enumerate(stories):
        if k in got:
            story, rows = got[k]
            if made is not None:
                made.update(rows)
        else:
            story = judge_story(part, rates, concepts, ruleset, copies, known, made)
        results.append(story)
    return results


@dataclass
class _Owns:
    """What the matcher reads of each article alone (its claims' subjects and windows,
    crosscheck.match.pairs.profiles), kept by the store under subjects_key: ``known`` by
    claim id for the articles of the stories matched now whose rows the store has,
    ``made`` filled by the matching, ``fresh`` the rows to save and ``used`` the keys of
    every article of the run's stories (kept like stories)."""

    keys: dict[str, str] = field(default_factory=dict)  # document id -> its key
    known: dict[str, Own] = field(default_factory=dict)
    made: dict[str, Own] = field(default_factory=dict)
    fresh: list[tuple[str, str]] = field(default_factory=list)
    used: list[str] = field(default_factory=list)
    found: set[str] = field(default_factory=set)  # documents whose stored rows are known
    claims: dict[str, list[Claim]] = field(default_factory=dict)  # lined up, by document

    @staticmethod
    def read(
        store: Store, matcher: str, parts: list[StoryPart], todo: list[int], ext: dict[str, str]
    ) -> _Owns:
        from crosscheck.match.pairs import own_from_row

        owns = _Owns()
        owns.keys = {d.id: subjects_key(matcher, d, ext[d.id]) for p in parts for d in p.documents}
        owns.used = list(owns.keys.values())
        now = [d for k in todo for d in parts[k].documents]
        rows = store.subject_parts([owns.keys[d.id] for d in now])
        owns.claims = _aligned_by_document(parts, todo)
        for doc in now:
            if owns.keys[doc.id] not in rows:
                continue
            row = rows[owns.keys[doc.id]]  # None: a row that does not decode
            mine = owns.claims.get(doc.id, [])
            try:
                if not isinstance(row, list) or len(row) != len(mine):
                    raise ValueError("another number of claims")
                decoded = [own_from_row(r) for r in row]  # all or none: a row damaged
                # after its first claim is made again whole, and so written again
                owns.known.update(zip((c.id for c in mine), decoded, strict=True))
            except ValueError:
                log.warning("%s: its matcher's row in the store %s is damaged; made again",
                            _shown(doc), store.path)  # fmt: skip
                continue
            owns.found.add(doc.id)
        return owns

    def keep(self) -> None:
        """The rows of the articles matched now that the store did not have, to save (none
        without a store: nothing was read, nothing made)."""
        from crosscheck.match.pairs import own_row

        for doc_id, claims in self.claims.items():
            if doc_id in self.found:
                continue
            if all(c.id in self.made for c in claims):
                row = [own_row(self.made[c.id]) for c in claims]
                self.fresh.append((self.keys[doc_id], json.dumps(row, ensure_ascii=False)))


def _aligned_by_document(parts: list[StoryPart], todo: list[int]) -> dict[str, list[Claim]]:
    """The claims the matcher lines up, by article, for the stories ``todo``; every
    article of those stories (one without such claims has none)."""
    from crosscheck.match.cluster import aligned

    out: dict[str, list[Claim]] = {d.id: [] for k in todo for d in parts[k].documents}
    for k in todo:
        for c in aligned(parts[k].claims):
            out.setdefault(c.document, []).append(c)
    return out


def _open_engine(settings: Settings) -> DaskEngine | None:
    """The Dask engine of ``settings`` (connected), or None for the local one (one that
    cannot run was refused by config.checked, before anything was read)."""
    if settings.engine != "dask":
        return None
    from crosscheck.dask_engine import DaskEngine

    return DaskEngine(settings)


@contextmanager
def _stage(stage: str, subject: str) -> Iterator[None]:
    """Turn an unexpected exception of a stage into an InternalError naming the stage and
    what it was working on; crosscheck's own errors and Ctrl-C pass through."""
    try:
        yield
    except CrosscheckError:
        raise
    except Exception as exc:
        raise InternalError(stage, subject, exc) from exc


def alias_table(settings: Settings) -> AliasTable:
    """The shipped alias files (unless turned off) and the user's, later ones adding. A
    path that does not exist is an error, as on the command line."""
    paths = [shipped_rules_dir() / "aliases"] if settings.shipped_aliases else []
    return load_aliases(_existing(settings.alias_paths), [p for p in paths if p.exists()])


def _no_removed_workdir(paths: Iterable[object], settings: Settings) -> None:
    """A ConfigError, before anything is read (the baseline too), when the working folder
    was removed and a path of the run is relative to it (getcwd raised inside, an
    internal error); a run of absolute paths runs."""
    if working_folder() is not None:
        return
    named = [*paths, settings.store, settings.baseline, *settings.rule_paths,
             *settings.alias_paths]  # fmt: skip
    if (relative := first_relative(named)) is not None:
        raise ConfigError(f"{shown(relative)} is relative to a working folder that was "
                          "removed; give it as an absolute path")  # fmt: skip


def _unused_paths(settings: Settings, read: Sequence[str], aliases: Sequence[str]) -> list[str]:
    """A --rules or --aliases path of which no file was read (an empty folder, a folder of
    other files, a mistyped one that exists): said, where the run went on without a word,
    with the shipped rules and aliases alone."""
    out = []
    for paths, files, flag, what in (
        (settings.rule_paths, read, "--rules", "rule, concept or wire file"),
        (settings.alias_paths, aliases, "--aliases", "alias file"),
    ):
        # (where they really are: a folder given again through a link is read once; and
        # where its folder really is, by its own name: a rule file that is a link to one
        # elsewhere was read, and its folder said to be of no use)
        within = [*map(os.path.realpath, files), *map(in_its_folder, files)]
        for p in paths:
            base = os.path.realpath(p)
            if not any(inside(f, base) for f in within):
                out.append(f"{p}: no {what} in it ({flag}); nothing of it is used")
    return out


def _config_paths(settings: Settings) -> list[Path]:
    paths = [shipped_rules_dir()] if settings.shipped_rules else []
    return [*paths, *_existing(settings.rule_paths)]


def _existing(paths: Sequence[Path]) -> list[Path]:
    for p in paths:
        # a name too long for the file system is an OSError of exists(), not an answer:
        # a library caller's got it raw (the configuration file's is refused on reading)
        if problem := unreachable(p):
            raise ConfigError(f"{p}: {problem}")
        if not p.exists():
            raise ConfigError(f"{p}: no such file or folder")
    return list(paths)


def wire_table_files(settings: Settings) -> list[Path]:
    """The shipped wire table (always: it is no rule, --no-default-rules keeps it) and every
    file with a top-level ``wires:`` list under --rules, later ones adding names."""
    user = [p for p in wire_files_in(_existing(settings.rule_paths)) if p != shipped_wires_file()]
    return [shipped_wires_file(), *user]


def files_read(ruleset: RuleSet, concepts: ConceptTable, wire_files: Sequence[Path]) -> list[str]:
    """The rule, concept and wire files read (the shipped ones and those of --rules): none
    is said to be left unread under a --rules folder (not_read_below, as `check`, `rules
    check` and `rules list` say it), and a --rules path that gave one is of use."""
    return [*ruleset.files, *concepts.sources, *map(str, wire_files)]


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
    repairs: Repairs,
    progress: Progress | None = None,
    given: list[Extraction] | None = None,
    *,
    ingested: IngestResult,
) -> tuple[set[str], list[tuple[str, Extracted]]]:
    """Segment and extract every document (reusing the store's results for unchanged
    texts, and the extractions ``given`` by an engine, None where it left one to the
    store); with a store, add every article stored before that the run's inputs do not
    hold (what its rows found damaged noted in ``repairs``, for the run's save), nor an
    input of them not read now (``ingested``'s unread files and folders, see _unread_now;
    its unread records of files read; records a file read numbers by place): the store
    never stands in for a file or record skipped now, or for a place in a file, with what
    it read before. Returns the ids of documents that are new or changed since the store
    last saw them, and what to save."""
    context = _alias_fingerprint(aliases)
    known = store.known() if store else {}
    to_save: list[tuple[str, Extracted]] = []
    total = len(result.documents)
    keys = [extraction_key(doc, context) for doc in result.documents]
    texts = [d.text for d in result.documents]
    names = [_shown(d) for d in result.documents]
    cached = store.extractions(keys, texts, names, repairs) if store else [None] * total
    ready = given if given is not None else [None] * total
    todo = [doc for doc, c, g in zip(result.documents, cached, ready, strict=True)
            if c is None and g is None]  # fmt: skip
    extracted = iter(_extract_many(todo, aliases, settings.jobs, settings.time_budget))
    fresh = iter([g if g is not None else next(extracted)
                  for c, g in zip(cached, ready, strict=True) if c is None])  # fmt: skip
    kept: list[Document] = []
    failed: set[Path] = set()  # where the documents whose extraction failed are
    failed_docs: list[Document] = []
    for done, (doc, key, hit) in enumerate(zip(result.documents, keys, cached, strict=True), 1):
        if progress is not None:
            progress(done, total)
        if hit is not None:
            sentences, claims = _named(doc, *hit)
            result.reused += 1
        else:
            outcome = next(fresh)
            if isinstance(outcome, str):  # this document failed: skipped, the run goes on
                result.skipped.append(Skipped(_shown(doc), outcome))
                failed.add(real_path(Path(doc.path)))
                failed_docs.append(doc)
                continue
            sentences, claims = outcome
        kept.append(doc)
        result.sentences.extend(sentences)
        result.claims.extend(claims)
        to_save.append((key, Extracted(doc, sentences, claims)))
        result.extraction_keys.append(key)
    result.documents = kept
    if store is None:
        return {d.id for d in result.documents}, to_save
    current = {d.id for d in result.documents}
    name_of = {key: d.id for d, key in zip(result.documents, result.extraction_keys, strict=True)}

    def ours(doc_id: str, key: str) -> bool:  # this run's article, named from another root
        return key in name_of and _one_file(doc_id, name_of[key])  # before ('A/x' and 'x')

    # a row serving one of them too: its sentences and claims are at hand
    made = {key: (_shown(ex.document), ex) for key, ex in to_save}
    unread = ingested.unread | failed
    # and by name: the store keeps articles by name, so the same name read before from
    # another folder (one copied or moved, or another folder of files so named) is that input
    unread_names = ingested.unread_names | {_file_name(d) for d in failed_docs}
    stored = store.stored_documents(current | ingested.unread_ids, repairs, skip=ours, made=made)
    # A name whose file is gone while its text (and all but its name) is read now under
    # names the store never had, and none it had, was renamed or moved (a file; a record
    # to another file): served beside the new name, the one text counted twice (its
    # findings' ids changed, a baseline's entries went stale and its accepted findings
    # failed the run). A name whose file is still there (a folder not given now), or whose
    # text a name stored before holds now (a copy, then one of the two removed), is
    # served as any article only the store holds. The old name is forgotten with the run's
    # save: the next run, the new name stored, would take the old one for a copy removed.
    pairs = list(zip(result.documents, result.extraction_keys, strict=True))
    renamed = ({key for d, key in pairs if d.id not in known}
               - {key for d, key in pairs if d.id in known})  # fmt: skip
    # A name whose file, where the store recorded it, is one the run reads (under another
    # name: a run over lay/x after one over lay) is that file: its old text, served beside
    # the new, was compared with it and with every other article (skip= catches it only
    # while the text is unchanged). The run's files by where they are, with the records
    # each holds: made when a stored article is first met (also the renamed ones' test)
    reading: dict[Path, set[str]] | None = None

    def read_by_run() -> dict[Path, set[str]]:
        nonlocal reading
        if reading is None:  # resolving 10,000 paths was a twentieth of an unchanged re-run
            reading = {}
            for d, _key in pairs:  # the run's own (stored ones are appended below)
                reading.setdefault(real_path(Path(d.path)), set()).add(d.id[_record_key_at(d) :])
        return reading

    # after the run's own, in the order a run over them lists them: a function of the
    # articles alone, so two stores holding the same ones give the same report
    for key, old in sorted(stored, key=lambda row: listing_order(row[1].document)):
        doc = old.document  # under its own name (sentences and claims under the row's)
        if (_unread_now(doc.path, unread) or _unread_name(_file_name(doc), unread_names)
                or _placed(doc, ingested.numbered, ingested.numbered_names)):  # fmt: skip
            continue  # an input skipped now (listed as such), a place in a file read now
        if _read_now(doc, store.places.get(doc.id), read_by_run):
            continue  # one of the run's articles, whatever its text now
        if key in renamed and not _still_there(doc, read_by_run, store.places.get(doc.id)):
            repairs.moved[doc.id] = key  # forgotten: the new name is stored now
            continue
        sentences, claims = _named(doc, old.sentences, old.claims)
        result.extraction_keys.append(key)
        result.documents.append(doc)
        result.sentences.extend(sentences)
        result.claims.extend(claims)
        result.from_store.append(doc.id)
    hashes = {ex.document.id: ex.document.sha256 for _, ex in to_save}
    changed = [d for d in current if d in known and known[d] != hashes[d]]
    if changed:
        _warn_replaced(store, changed, {ex.document.id: ex for _, ex in to_save})
    return {d for d in current if known.get(d) != hashes[d]}, to_save


# Word triples an edited article shares with what it was: an edit keeps most (a sentence
# added, a figure corrected), another article under the same name next to none (two
# articles of one story share words, but few runs of three). Below this share, of the
# shorter text's, the name is said to hold another article. Measured on the 4,594 pairs
# of different articles within ECB+'s event folders (one story, other outlets): median
# share 0.048, 90% under 0.195; the 10% above are mostly copies, not warned about.
ANOTHER_ARTICLE = 0.2


def _warn_replaced(store: Store, changed: list[str], now: Mapping[str, Extracted]) -> None:
    """A warning for each article whose name the store held another text under, one that
    shares next to nothing with it: the store knows articles by their names, so the one
    before is no longer checked (a drop folder emptied each day, its files named 1.md,
    2.md, ...: each day's articles replaced the day before's, silently)."""
    before = store.stored_texts(changed)
    for doc_id in changed:
        if doc_id not in before:
            continue
        old, new = _triples(before[doc_id]), _triples(now[doc_id].document.text)
        if min(len(old), len(new)) < 20:  # too short to tell an edit from another text
            continue
        if len(old & new) / min(len(old), len(new)) < ANOTHER_ARTICLE:
            log.warning("%s: holds another article than the store %s had under its name (they "
                        "share next to no wording): the earlier one is no longer checked; "
                        "give each article a name of its own to keep both",
                        _shown(now[doc_id].document), store.path)  # fmt: skip


def _triples(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


def _placed(doc: Document, numbered: AbstractSet[Path], names: AbstractSet[str]) -> bool:
    """Whether a stored record is named by its place ('w.jsonl#3', '#line3': records.
    PLACE_KEY) in a file read now that names records so (``numbered``, where they are:
    from any root; ``names``, their names: the same name in another folder is the same
    file to the store). A record whose own id has that shape is taken for one: never
    served from the store."""
    _, sep, tail = doc.id.rpartition("#")
    if not (numbered and sep and PLACE_KEY.fullmatch(tail)):
        return False
    return _file_name(doc) in names or real_path(Path(doc.path)) in numbered


def _file_name(doc: Document) -> str:
    """The name (id under its input root) of the file a document was read from: its id,
    but for a JSON(L) record's, the part before its record's key ('w.jsonl' of
    'w.jsonl#3'; see _shown)."""
    return doc.id[: _record_key_at(doc)]


def _unread_now(path: str, unread: AbstractSet[Path]) -> bool:
    """Whether the file a stored article was read from (``path``, as that run named it) is
    one of this run's inputs not read now, or in a folder not listed now (``unread``): the
    file itself, resolved, or its name (a file that became a link to another)."""
    if not unread:
        return False
    where = Path(path)
    for p in (real_path(where), real_path(where, follow=False)):
        if p in unread or any(folder in unread for folder in p.parents):
            return True
    return False


def _still_there(
    doc: Document, reading: Callable[[], Mapping[Path, AbstractSet[str]]], place: str | None
) -> bool:
    """Whether the file the store recorded for an article is still a file (at ``place``,
    its absolute path as stored, else at the path as the earlier run was given it); for a
    record of a JSON or JSONL file ('feed.jsonl#r7'), one the run did not read
    (``reading()``, the files the run reads, asked for only then: a file read now holds
    its records under their names, so one the store holds alone left it)."""
    where = Path(place or doc.path)
    try:
        if "#" in doc.id and real_path(where) in reading():
            return False
        return where.is_file()
    except (OSError, ValueError):  # a name too long, a NUL: no file
        return False


def _read_now(
    doc: Document, place: str | None, reading: Callable[[], Mapping[Path, AbstractSet[str]]]
) -> bool:
    """Whether a stored article is one the run reads, under whatever name and text: the
    file the store recorded for it (``place``, its absolute path; None in a row stored
    before the store kept it) is one of the run's (``reading()``: each with the keys of
    the records read from it, '' for a file that holds none), and for a JSON(L) record,
    that file holds its record now (one it no longer holds is one the store holds alone)."""
    if place is None:
        return False
    try:
        if not os.path.lexists(place):  # gone: no file the run reads, and no need to
            return False  # resolve every one of the run's paths to say so (every re-run did)
        keys = reading().get(real_path(Path(place)))
    except (OSError, ValueError):  # a name too long, a NUL: no file
        return False
    return keys is not None and doc.id[_record_key_at(doc) :] in keys


def _one_file(a: str, b: str) -> bool:
    """Whether two ids of one text name one file from two roots: 'A/x.txt' (a run over
    folders A and B) and 'x.txt' (a run over A alone)."""
    return a.endswith("/" + b) or b.endswith("/" + a)


def _named(
    doc: Document, sentences: list[Sentence], claims: list[Claim]
) -> tuple[list[Sentence], list[Claim]]:
    """A stored extraction's sentences and claims with ``doc``'s own ids: the store keeps
    one extraction for the same text under two names, made under the first."""
    if not sentences or sentences[0].document == doc.id:
        return sentences, claims
    return ([replace(x, document=doc.id) for x in sentences],
            [replace(c, document=doc.id, id=claim_id(doc, c.span)) for c in claims])  # fmt: skip


def _shown(doc: Document) -> str:
    """A document as skipped inputs name it: its file, and its record for JSON(L) (what
    follows the file's name in its id: a file 'x#y.jsonl' may hold the record 'r#2', and
    a text file 'x#y.txt' holds none)."""
    return doc.path + doc.id[_record_key_at(doc) :]


def _record_key_at(doc: Document) -> int:
    """Where a JSON(L) record's key starts in its document's id (after the file's name:
    '#r#2' of 'x#y.jsonl#r#2'), else the id's length (a file holds no record): the
    longest start of the id, up to a '#', that its file's path ends with as whole names
    (the record 3 of 'w.jsonl#old/w.jsonl' is 'w.jsonl#old/w.jsonl#3', not 'w.jsonl''s
    'old/w.jsonl#3'; 'data.jsonl' is not the end of 'mydata.jsonl#v2')."""
    if doc.format != "json":
        return len(doc.id)
    path = "/" + Path(doc.path).as_posix()
    at = doc.id.rfind("#")
    while at > 0:
        if path.endswith("/" + doc.id[:at]):
            return at
        at = doc.id.rfind("#", 0, at)
    return len(doc.id)


def _unread_name(name: str, names: AbstractSet[str]) -> bool:
    """Whether a file's name (its id) is one of ``names`` (IngestResult.unread_names), or in
    a folder named there (ending in '/')."""
    if name in names:
        return True
    at = name.find("/")
    while at >= 0:
        if name[: at + 1] in names:
            return True
        at = name.find("/", at + 1)
    return False


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

# Fewer documents than this are extracted in this process: starting a pool's workers and
# loading their tables costs more than extracting 30 articles on one core.
POOL_MIN_DOCS = 32


class _Worker(threading.local):
    """What _init_worker sets up for _extract_one, per thread: two library calls in two
    threads of one program, each extracting in its own thread (no fork where threads
    run), each keep their own alias table and time budget (module globals, one run's
    budget was the other's). A pool's worker sets it up and extracts in one thread."""

    aliases: AliasTable | None = None
    budget: float = 0.0
    held: Any = None  # in a pool's worker: a number per document, shared with the run


_WORKER = _Worker()
Extraction = tuple[list[Sentence], list[Claim]] | str  # the results, or why it failed


def _init_worker(
    aliases: AliasTable, budget: float = 0.0, parent: int | None = None, held: Any = None
) -> None:
    """Set up extraction in this process; in a worker forked by the run ``parent``, it also
    ends with the run (beside.ends_with_parent). Ctrl-C still reaches it; the run then
    ends the pool's workers. ``held``: the numbers shared with the run, one per document
    (_extract_held)."""
    if parent is not None:
        ends_with_parent(parent)
    _WORKER.aliases = aliases
    _WORKER.budget = budget
    _WORKER.held = held
    if budget > 0:
        _warm_up(aliases)


_SAMPLE = "Officials said on Monday that about 3,000 troops, at a cost of $2 million, had left."


def _warm_up(aliases: AliasTable) -> None:
    """Extract a sample sentence once, outside any time budget: the first extraction in a
    process loads its word lists and tables (over 3 s), which the first document's budget
    must not pay for (with a short budget every document of a pool worker timed out)."""
    doc = Document("warm-up", "warm-up", "text", _SAMPLE, ((0, len(_SAMPLE)),))
    segment, extract_document = _extraction()
    try:
        extract_document(doc, segment(doc), aliases)
    except Exception:  # a warm-up never fails a run; the documents report their own errors
        log.debug("warm-up extraction failed", exc_info=True)


Segmenter = Callable[[Document], list[Sentence]]
Extractor = Callable[[Document, list[Sentence], AliasTable], list[Claim]]


def _extraction() -> tuple[Segmenter, Extractor]:
    """The segmenter and the extractor, imported by the first document to extract: a
    re-run that finds every article in the store never imports them (they and their
    tables are a third of its start-up)."""
    from crosscheck.extract.document import extract_document
    from crosscheck.segment import segment

    return segment, extract_document


def _extract_one(doc: Document) -> Extraction:
    """One document's sentences and claims, or the one-line reason it failed: any
    exception, or running past the time budget, skips this document and no other."""
    aliases = _WORKER.aliases
    assert aliases is not None
    segment, extract_document = _extraction()
    stage = "segmenting"
    try:
        with time_budget(_budget_for(doc)):
            sentences = segment(doc)
            stage = "extracting claims"
            return sentences, extract_document(doc, sentences, aliases)
    except DocumentTimeout:  # (both names of the budget, as the size limit's reason)
        return (
            f"{stage} took longer than its time budget ({_budget_for(doc):g} s); "
            "skipped (raise it with --time-budget, or Settings.time_budget)"
        )
    except RecursionError as exc:
        return f"{stage} failed: nested too deeply ({describe(exc)})"
    except Exception as exc:
        log.debug("%s failed on %s", stage, doc.id, exc_info=True)
        return f"{stage} failed (internal error, please report it): {describe(exc)}"


def _budget_for(doc: Document) -> float:
    """The time a document may take: the budget, and as much again per 100,000 characters
    beyond the first (a long article is not a pathological one)."""
    if _WORKER.budget <= 0:
        return 0.0
    return _WORKER.budget * max(1.0, len(doc.text) / 100_000)


def _extract_many(
    docs: list[Document], aliases: AliasTable, jobs: int, budget: float = 0.0
) -> list[Extraction]:
    """Segment and extract documents; with jobs > 1 in a process pool whose workers load
    their tables once. Results come back in document order, so output never depends on
    the number of jobs. Nothing to extract loads nothing (no warm-up).

    A worker that dies (the kernel out of memory, a crash in a library) breaks the pool:
    the document it held is extracted again alone, in a pool of its own, and skipped with
    the reason if that process dies too; the rest go on in a new pool. Pools that break
    twice in a row without a document extracted or skipped (workers that die as they
    start, or between documents) end the run (WorkersDied)."""
    if not docs:
        return []
    pooled = jobs > 1 and len(docs) >= POOL_MIN_DOCS
    forked = pooled and can_fork()
    method = "fork" if forked else _unforked_method() if pooled else None
    if method is None:
        if pooled:
            log.info("extracting in this process alone: other threads of the program are "
                     "running, so it is not forked")  # fmt: skip
        _init_worker(aliases, budget)
        return [_extract_one(d) for d in docs]
    import multiprocessing

    _extraction()  # imported before the workers start: each would import it again
    # forked where a fork is safe (as the other processes of a run), and then ending
    # with the run; elsewhere as the program or the platform starts processes, when that
    # is no fork (Linux before Python 3.14 forked all the same "as the platform does", with
    # a library caller's threads running, what can_fork refuses: see _unforked_method)
    context = multiprocessing.get_context(method)
    held = context.RawArray("i", len(docs))  # _extract_held
    setup = (aliases, budget, os.getpid() if forked else None, held)
    results: dict[int, Extraction] = {}
    todo = list(range(len(docs)))
    workers = min(workers_to_start(jobs), len(docs))
    chunk = max(1, min(32, len(docs) // (workers * 8)))
    fruitless = 0  # pools broken in a row with no document extracted or skipped
    while todo:
        before = len(results)
        broke, blamed = _in_pool(docs, todo, workers, chunk, context, setup, results)
        if not broke:
            break
        chunk = 1  # from now on a worker sends one document's results at a time
        if blamed:
            log.debug("an extraction process died holding %s; extracted again alone",
                      ", ".join(_shown(docs[i]) for i in blamed))  # fmt: skip
        else:
            log.debug("an extraction process died holding no document; started again")
        for i in blamed:
            broke, died_with = _in_pool(docs, [i], 1, 1, context, setup, results)
            if broke and died_with == [i]:
                results[i] = (
                    "the process extracting it died 2 times, the second time extracting it "
                    "alone (out of memory, or a crash)"
                )
        todo = [i for i in todo if i not in results]
        fruitless = 0 if len(results) > before else fruitless + 1
        if fruitless > 1:
            raise WorkersDied(
                "extracting claims failed: the extraction processes died 2 times in a row "
                "without extracting an article (out of memory, or a crash)"
            )
    return [results[i] for i in range(len(docs))]


def _unforked_method() -> str | None:
    """The start method of processes where a fork is not safe: the program's, else the
    platform's (the first listed), unless it forks; else None, and the documents are
    extracted in this process. Not a fork server's or spawn's, which import the calling
    program again in each process: a threaded script with no main guard (a web server
    started at its top level) would start again in each (a fork would copy its other
    threads' locks held, for ever)."""
    import multiprocessing

    method = multiprocessing.get_start_method(allow_none=True)
    method = method or multiprocessing.get_all_start_methods()[0]
    return None if method == "fork" else method


def _in_pool(
    docs: list[Document],
    todo: list[int],
    workers: int,
    chunk: int,
    context: Any,
    setup: tuple[Any, ...],
    results: dict[int, Extraction],
) -> tuple[bool, list[int]]:
    """Extract ``docs[i]`` for each i of ``todo`` in a pool of ``workers`` processes,
    ``chunk`` documents a task, into ``results``. Returns whether the pool broke (a worker
    died), and then the documents the dead worker held (started, not done; when the dead
    one cannot be told from the workers the pool ended with it, all the workers held)."""
    import signal
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    held = setup[-1]
    for i in todo:
        held[i] = 0
    parts = [todo[k : k + chunk] for k in range(0, len(todo), chunk)]
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_init_worker, initargs=setup)  # fmt: skip
    futures: list[Any] = []
    broke = False
    try:
        try:
            for part in parts:  # (a pool already broken refuses more)
                futures.append(pool.submit(_extract_held, [(i, docs[i]) for i in part]))
            for part, future in zip(parts, futures, strict=True):
                results.update(zip(part, future.result(), strict=True))
        except BrokenProcessPool:
            broke = True
        # its processes, all started by now (to tell which died); none where unknown
        processes = pool_processes(pool)
    except BaseException:  # Ctrl-C: the workers ended, as in_forks does
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)  # (a broken pool has ended its processes)
    if not broke:
        return False, []
    for part, future in zip(parts, futures, strict=False):  # done before it broke
        if future.done() and not future.cancelled() and future.exception() is None:
            results.update(zip(part, future.result(), strict=True))
    holding = [i for i in todo if i not in results and held[i] > 0]
    # the pool ended the others (SIGTERM): the dead one is the one that did not end so
    dead = {p.pid for p in processes if p.exitcode not in (None, 0, -signal.SIGTERM)}
    return True, [i for i in holding if held[i] in dead] if dead else holding


def _extract_held(items: list[tuple[int, Document]]) -> list[Extraction]:
    """In a pool's worker: _extract_one on each document, noting in the numbers shared
    with the run (``_WORKER.held``) this process's id while it extracts each (-1 once done), so
    that the run knows which document a worker that died held."""
    out = []
    pid = os.getpid()
    held = _WORKER.held
    for i, doc in items:
        held[i] = pid
        out.append(_extract_one(doc))
        held[i] = -1
    return out

"""Writing the report files, and knowing when the ones on disk are already up to date.

With a store, each set of files written is recorded under a key that hashes everything the
files are made of (the run's results key, the inputs, what was skipped or suppressed, the
formats and the report code) together with the SHA-256 of every file. A later run with the
same key whose files are still on disk, unchanged, leaves them as they are, as make would.
When the run changed, the story pages of a large report.html are keyed one by one (the
store keeps each report folder's page keys): a page whose story did not change is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from crosscheck.atomic import (
    as_stamped,
    cleaning,
    open_regular,
    read_regular,
    record,
    recording,
    staging,
    sweep,
    write_text,
)
from crosscheck.config import first_relative, working_folder
from crosscheck.errors import ConfigError, InternalError, shown
from crosscheck.model import RunResult
from crosscheck.report import FILE_NAMES, FOLDER, MANIFEST
from crosscheck.report.json import LineMemory, write_report
from crosscheck.report.junit import to_junit
from crosscheck.report.pages import (
    OLD,
    PageMemory,
    only_pages,
    remove_pages,
    stray_pages,
    write_html,
    yours_inside,
)
from crosscheck.report.sarif import root_of, to_sarif
from crosscheck.store import REPORT_VERSION, Store

log = logging.getLogger("crosscheck")
FILE_FORMATS = tuple(FILE_NAMES)
_OUTCOME = ("sarif", "junit")  # the formats that carry the run's exit code or outcome
_SET = tuple(f for f in FILE_FORMATS if f not in _OUTCOME)  # the others
T = TypeVar("T")


def clash(targets: Sequence[Path], kept: Mapping[str, str]) -> tuple[Path, str, str] | None:
    """A target (a file, or a folder replaced as a whole) whose writing would replace or
    delete a file of ``kept`` (path as given -> what it is: "the input", "the
    --baseline"...): (target, what, path), else None.

    Compared by identity, (st_dev, st_ino), which also catches two names of one file (a
    hard link, a case-insensitive disk): a target is the directory entry the writer
    replaces (a symbolic link there is replaced, not written through: its own folder is
    resolved, its name is not), with the entries inside it for a folder; a kept file is
    both its own directory entry (a --store or --baseline that is a symbolic link inside
    the story pages' folder would lose its name mid-run) and, for a link, what it leads
    to. By name, resolved, where there is no entry to compare: a kept file not there yet
    (a store to be made), or where a link to nothing leads (opening a store makes it).

    A path is lost too with a folder on its way that a target deletes:
    ``out/report-files/sub/s.db``, ``sub`` a link to a folder elsewhere, or
    ``out/report-files/../s.db``. Each folder on the way is compared as the path is, but
    only when one can be inside a target while the path's own entry is not: when a
    target, or an entry inside a target folder, is a symbolic link to a folder (or to
    nothing), or when the path has a ``..``. Otherwise a path under a target is under it
    on disk, and its own entry is enough: one lstat per kept file that is no link, as
    before any folder was compared. When folders are compared, each is judged once,
    however many kept paths share it.

    Known limit: a chain of links is not followed link by link. A path that reaches a
    link the report deletes only through a link of its own outside the targets is not
    refused: a --store that is itself a link whose target path goes through a link
    inside the story pages' folder (``s.db`` a link to ``out/report-files/sub/x.db``,
    ``sub`` a link to a folder elsewhere), or a --store ``lnk/s.db``, ``lnk`` a link to
    ``out/report-files`` that is itself a link. What it leads to and its own entries are
    outside the targets; the inner link is deleted with the folder and the store's path
    breaks mid-run."""
    if not kept:
        return None  # (no walk of the story pages' folder for nothing to compare)
    ids: dict[tuple[int, int], Path] = {}
    entries: dict[str, Path] = {}
    linked = False  # a link a path could go through: to a folder, or to nothing
    for target in targets:
        entry = os.path.join(os.path.realpath(target.parent), target.name)
        entries[entry] = target
        try:
            st = os.lstat(entry)
        except OSError:
            continue
        ids[(st.st_dev, st.st_ino)] = target
        linked = linked or _through(entry, st)
        if stat.S_ISDIR(st.st_mode):
            for root, folders, names in os.walk(entry):
                for name in folders + names:  # (a link to a folder is among the folders)
                    inner_path = os.path.join(root, name)
                    try:
                        inner = os.lstat(inner_path)
                    except OSError:
                        continue
                    ids[(inner.st_dev, inner.st_ino)] = target
                    linked = linked or _through(inner_path, inner)
    on_way = _on_way(ids, entries)
    for path, what in kept.items():
        found = _clashes(path, ids, entries)
        if found is None and (linked or _up(path)):
            found = on_way(path)
        if found is not None:
            return found, what, path
    return None


def _through(path: str, st: os.stat_result) -> bool:
    """Whether the entry ``path`` (``st`` its lstat) is a symbolic link a path could go
    through to somewhere else: one to a folder or to nothing, not one to a file."""
    return stat.S_ISLNK(st.st_mode) and not os.path.isfile(path)


def _up(path: str) -> bool:
    """Whether ``path`` has a ``..`` (most have no two dots at all: not split)."""
    if os.pardir not in path:
        return False
    return os.pardir in path.replace(os.altsep or os.sep, os.sep).split(os.sep)


def _within(name: str, entries: Mapping[str, Path]) -> Path | None:
    """The target whose entry is ``name`` or a folder holding it, by name."""
    for entry, target in entries.items():
        if name == entry or name.startswith(entry + os.sep):
            return target
    return None


def _clashes(
    path: str, ids: Mapping[tuple[int, int], Path], entries: Mapping[str, Path]
) -> Path | None:
    """The target of ``clash`` that replaces or deletes the kept ``path`` itself, by its
    own entry or, for a link, what it leads to; by name where there is none; or None."""
    try:
        own = os.lstat(path)  # its own directory entry
    except OSError:  # not there yet (a store to be made): by name
        return _within(os.path.realpath(path), entries)
    found = ids.get((own.st_dev, own.st_ino))
    if found is not None or not stat.S_ISLNK(own.st_mode):
        return found
    try:
        led = os.stat(path)  # and, for a link, what it leads to
    except OSError:  # a link to nothing: where it leads, by name (opening a store makes it)
        return _within(os.path.realpath(path), entries)
    return ids.get((led.st_dev, led.st_ino))


def _on_way(
    ids: Mapping[tuple[int, int], Path], entries: Mapping[str, Path]
) -> Callable[[str], Path | None]:
    """A function giving the target of ``clash`` that holds a folder on the way to a kept
    path, each folder compared as the path itself is (by its entry, by name where there is
    none) and judged once, however many kept paths share it. A loop, not a recursion: a
    path may have hundreds of folders."""
    judged: dict[str, Path | None] = {}  # a folder -> its answer

    def held(folder: str) -> Path | None:
        try:
            st = os.lstat(folder)
        except OSError:  # not there: by name
            return _within(os.path.realpath(folder), entries)
        return ids.get((st.st_dev, st.st_ino))

    def on_way(path: str) -> Path | None:
        walked: list[str] = []
        found = None
        while True:
            parent = os.path.dirname(path)  # ('out/report-files/..' -> 'out/report-files')
            if not parent or parent == path:
                break
            path = parent
            if path in judged:
                found = judged[path]
                break
            walked.append(path)
            found = held(path)
            if found is not None:
                break
        for folder in walked:  # below a folder inside a target is inside it too
            judged[folder] = found
        return found

    return on_way


def targets(formats: Sequence[str], out_dir: Path) -> list[Path]:
    """What writing ``formats`` into ``out_dir`` replaces (with the record of what was
    written, MANIFEST, when some report file is)."""
    names = [FILE_NAMES[f] for f in formats if f in FILE_FORMATS]
    if names:
        names.append(MANIFEST)
    return [out_dir / n for n in names] + ([out_dir / FOLDER] if "html" in formats else [])


def refuse(found: tuple[Path, str, str] | None, option: str, after_run: bool = False) -> None:
    """A ConfigError naming a ``clash`` (when there is one): nothing is written over a
    file the run reads or opens (its inputs, the --baseline, the --store, whose journals
    sit beside it), nor over the name it was given: a symbolic link to one is not replaced
    either."""
    if found is None:
        return
    target, what, path = found
    done = "no report written" if after_run else "nothing was run"
    raise ConfigError(
        f"{target}: writing it would replace {what} {path}; {done} (choose another {option})"
    )


def read_documents(result: RunResult) -> dict[str, str]:
    """The files this run read as documents, and the user's files it skipped (too large,
    past the time budget, failing a stage, no article text), and the rule, concept and
    alias files it read: none is written over (`baseline create --rules r.yml --out r.yml`
    replaced the rule file). Only a file ingest marked Skipped.replaceable (an earlier
    run's report, a file of a type not read) is replaced as before."""
    # one stat per file: every record of a JSONL feed has its file's path
    paths = dict.fromkeys(d.path for d in result.documents)  # in order, each once
    kept = {p: "the input" for p in paths if os.path.isfile(p)}
    for s in result.skipped:
        if s.replaceable:
            continue
        path = s.path
        if not os.path.isfile(path) and "#" in path:  # 'feed.jsonl#r2': a record of a file
            path = path.rsplit("#", 1)[0]
        if os.path.isfile(path):
            kept.setdefault(path, "the input")
    for files, what in ((result.rule_files, "the rule file"),
                        (result.concept_files, "the concept file"),
                        (result.wire_files, "the wire table"),
                        (result.alias_files, "the alias file")):  # fmt: skip
        for path in files:
            kept.setdefault(path, what)
    return kept


def write_reports(
    result: RunResult,
    out_dir: str | os.PathLike[str],
    formats: Iterable[str] = ("html", "json"),
    *,
    fail_on: str,
) -> list[Path]:
    """The library call for the files `crosscheck check --out DIR --format ...` writes: the
    report files of ``formats`` (json, html, sarif, junit; each once) for the
    ``RunResult`` that ``crosscheck.check`` returned, into ``out_dir`` (made when
    missing). SARIF and JUnit mark as failing the findings at or above ``fail_on`` (info,
    warning, error or never, as --fail-on: pass the run's ``Settings.fail_on`` for files
    that agree with its exit code); findings a baseline accepted stay shown as suppressed.
    Returns the files written (report.html of a large run with its story pages). An
    earlier call's report file of another format is removed, as `check` removes it
    (write_files). Raises
    ConfigError (crosscheck.errors) for an unknown format or fail_on, a folder that
    cannot be written, or a working folder other than check()'s when the run named its
    files by relative paths (_same_workdir), before writing."""
    from crosscheck.config import path_text, refuse_nul, value_problem

    if not isinstance(result, RunResult):  # (None, a dict): an AttributeError at its first use
        raise ConfigError(
            f"result must be the RunResult crosscheck.check returned; got {type(result).__name__}"
        )
    if isinstance(formats, str):
        raise ConfigError(f"formats: a list of formats, not the string {formats!r}")
    # None, a list of lists, a folder of None or bytes: a ConfigError as promised, not a
    # TypeError ('NoneType' object is not iterable, unhashable type: 'list')
    if not isinstance(formats, Iterable):
        raise ConfigError(f"formats: a list of formats; got {shown(formats)}")
    given = list(formats)
    unknown = [f for f in given if not isinstance(f, str) or f not in FILE_FORMATS]
    if unknown:
        raise ConfigError(f"formats: unknown format {shown(unknown[0])}; use a list of "
                          f"{', '.join(FILE_FORMATS)}")  # fmt: skip
    wanted = list(dict.fromkeys(given))
    if (problem := value_problem("fail_on", fail_on)) is not None:
        raise ConfigError(problem)
    folder = path_text(out_dir)
    if folder is None or not folder.strip():
        raise ConfigError(f"out_dir must be a path to a folder; got {shown(out_dir)}")
    refuse_nul("out_dir", folder)  # (a ValueError from the first look at the folder)
    if str(Path(folder)) == "-":  # as --out refuses it: no standard output for a set of files
        raise ConfigError("out_dir '-' is no folder for the report files (write_reports writes "
                          "files only; a folder named '-' is given by its full path); nothing "
                          "written")  # fmt: skip
    _same_workdir(result)
    if not os.path.isabs(folder) and working_folder() is None:
        raise ConfigError(f"out_dir {shown(folder)} is relative to a working folder that was "
                          "removed; give it as an absolute path; nothing written")  # fmt: skip
    # the run's store or baseline is never written over (keep), as the command line
    # refuses to replace its --store or --baseline (a store named report.json in the folder
    # was replaced by the report, its runs lost); a clash names out_dir, not --out
    return write_files(result, wanted, Path(folder), fail_on, result.suppressed,
                       keep=result.opened, named="out_dir")  # fmt: skip


def _same_workdir(result: RunResult) -> None:
    """A ConfigError when the program moved to another working folder since check() ran
    (or removed it) and the run names a file by a path relative to that one: what
    write_reports must never write over (an input saved as report.html, the baseline)
    would be looked for in the wrong place, and report paths would name files that are
    not there."""
    if result.workdir is None:  # not recorded (a RunResult a caller made): as ever
        return
    here = working_folder()
    if (
        here is not None
        and result.workdir
        and (os.path.realpath(here) == os.path.realpath(result.workdir))
    ):
        return
    named = [*result.inputs, *(d.path for d in result.documents), *result.opened,
             *(s.path for s in result.skipped)]  # fmt: skip
    if (relative := first_relative(named)) is not None:
        now = shown(here) if here is not None else "gone"
        raise ConfigError(
            f"the working folder is {now}, not {shown(result.workdir or 'gone')} where "
            f"check() ran, and the run names {shown(relative)} relative to that one: write "
            "the reports from there (or give check() absolute paths); nothing written"
        )


def write_files(
    result: RunResult,
    formats: list[str],
    out_dir: Path,
    fail_on: str,
    suppressed: set[str],
    timestamp: bool = False,
    store: Store | Path | None = None,
    between: Callable[[], None] | None = None,
    keep: Mapping[str, str] | None = None,
    named: str = "--out",
    placed: Callable[[], None] | None = None,
) -> list[Path]:
    """Write the report files of ``formats`` (json, html, sarif, junit) into ``out_dir``;
    with a store, files already written for the very same run are left as they are.
    The files are put in place together once all are written (_write_all): a run that
    fails before leaves the earlier run's as they were. ``between``: what the run writes
    elsewhere (the text on stdout), done once the reports are in place, but before when
    a SARIF or JUnit file is written: when it fails none is put in place, and an earlier
    run's of those are removed (they would tell another exit code than the one this run
    ends with); those this run writes go before the first file is written (_clear_outcome),
    so that no end of the run (a signal, a failure after the renames) leaves them; one up
    to date (a store's record) is this run's and stays unless the run fails. An earlier run's
    report file of a format not asked for now is removed when it is as that run wrote it
    (MANIFEST), else named in a warning (_stale): a SARIF or JUnit file first, as those
    of this run's formats, report.json or report.html once this run's are in place and
    before ``between``; never one of ``keep`` (path -> what it is: the --baseline, the
    --store) or one the run read. ``named``: what the caller called the folder (the command line's
    --out, write_reports' out_dir), for a message that asks for another. ``placed``: done
    right after the renames put the set in place, before anything else (the command
    line's SIGTERM window ends there)."""
    # the files that say how the run ended (its exit code, whether it succeeded) staged
    # last, after ``between``: a report or a standard output that fails ends the run with
    # another exit code than theirs (a SARIF file said "exitCode": 0 of a run that ended
    # with 2), and none is put in place then (_write_all); the files written are returned
    # in the order asked for
    asked = [f for f in formats if f in FILE_FORMATS]
    formats = sorted(asked, key=lambda f: f in _OUTCOME)
    if not formats:
        if between is not None:
            between()
        return []
    # the files the run read, and ``keep``: none is written over, none removed as stale
    kept = {**read_documents(result), **(keep or {})}
    refuse(clash(targets(formats, out_dir), kept), named, after_run=True)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # ("cannot create the report folder (File exists)" said less)
        raise ConfigError(
            f"{out_dir}: not a folder (a file is there); the reports need a folder"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{out_dir}: cannot create the report folder ({exc.strerror})") from None
    sweep_left(out_dir)
    before = _manifest(out_dir)
    # an earlier run's SARIF or JUnit file said how that run ended: gone before anything
    # is written, whatever ends this run (SIGKILL included); its report.json or
    # report.html only once this run's set is in place (a run that fails leaves those)
    _stale(out_dir, formats, before, kept, _OUTCOME)
    with recording() as wrote_all:  # what this run wrote, for the record of it
        saved: list[dict[str, str]] = []  # the record as last saved by this run

        def set_in_place() -> None:  # the set's record saved before ``placed``'s step:
            # a SIGTERM after it (the command line's window closed) finds it saved
            saved.append(_save_manifest(out_dir, before, wrote_all))
            if placed is not None:
                placed()

        try:
            written = _write_all(result, formats, out_dir, fail_on, suppressed, timestamp,
                                 store, between,
                                 lambda: _stale(out_dir, formats, before, kept, _SET),
                                 set_in_place)  # fmt: skip
        finally:  # (also when putting the set in place failed half way: those put are;
            # and after it, on every path: a run stopped after set_in_place saved may
            # have removed files since, a stale report or its own SARIF and JUnit, which
            # the record must not name; written only when it differs from ``saved``)
            _save_manifest(out_dir, before, wrote_all, saved[-1] if saved else None)
    return [written[f] for f in dict.fromkeys(asked) if f in written]


def sweep_left(out_dir: Path) -> list[Path]:
    """Remove what a run killed while it wrote into ``out_dir`` left (half-written pages,
    temporary files, the old pages' folder of a swap it did not finish, atomic.sweep),
    but an old pages' folder that holds a file of the user's (pages.yours_inside)."""
    left = sweep(out_dir, [*FILE_NAMES.values(), FOLDER, MANIFEST, OLD],
                 keep=lambda p: p.name.startswith(f".{OLD}.") and yours_inside(p))  # fmt: skip
    for path in left:
        log.info("removed %s, left by a run that was stopped", path)
    return left


def _write_all(
    result: RunResult,
    formats: list[str],
    out_dir: Path,
    fail_on: str,
    suppressed: set[str],
    timestamp: bool,
    store: Store | Path | None,
    between: Callable[[], None] | None,
    in_place: Callable[[], None] = lambda: None,
    placed: Callable[[], None] | None = None,
) -> dict[str, Path]:
    """write_files' writing, once the folder is made: the files written, by format.

    The files are written as one set (atomic.staging): every file that is not up to date
    goes to its temporary (the story pages to their fresh folder), then ``between`` is
    done when a SARIF or JUnit file is written (else once the files are in place), then
    all are renamed in place in one short step, report.json last (a reader
    that finds the new report.json finds every other file of the run in place; until
    then it has the last run's). ``placed`` is done right after that step (write_files),
    then ``in_place``, before ``between`` (what must not be left when the text fails: an
    earlier run's report of another format). A failure or an interrupt before that step
    removes the temporaries and leaves the last run's files as they were, but its SARIF
    and JUnit files: those this run writes go before the first file is written
    (_clear_outcome), so a run killed while it writes (SIGKILL) leaves none saying the
    last run passed; those up to date (a store's, this run's own to the byte) stay while
    it writes, and go when it fails."""
    keys: dict[str, str] = {}
    recorded: dict[str, dict[str, tuple[str, list[int] | None]]] = {}
    if store is not None and result.results_key and not timestamp:
        keys = {f: _outputs_key(result, f, out_dir, fail_on) for f in formats}
        recorded = _with_store(store, lambda s: {f: s.outputs(k) or {} for f, k in keys.items()})
    written: dict[str, Path] = {}  # by format
    staged: dict[str, list[Path]] = {}  # the files of each format written now
    said: list[str] = []  # what the log says of them, once they are in place
    cleared = False  # the outcome files cleared once the renames failed
    fresh: dict[str, dict[str, str | None]] = {}
    stamps: dict[str, dict[str, tuple[int, int, int, int]]] = {}  # of fresh's files
    folder = str(out_dir.resolve())  # what the store keeps the folder's pages and lines by
    memory: PageMemory | None = None
    if keys and "html" in formats and store is not None:
        memory = PageMemory(REPORT_VERSION, _with_store(store, lambda s: s.pages(folder)))
    lines: LineMemory | None = None
    if keys and "json" in formats and store is not None:
        lines = LineMemory(REPORT_VERSION, _with_store(store, lambda s: s.report_lines(folder)))
    try:
        # what was written, as the store keeps it: recorded as each file is put in place
        with recording() as wrote, staging() as staging_now:
            # the files up to date first: an earlier run's SARIF or JUnit file this run
            # leaves as it is (this run's own, to the byte) is not one to clear
            for fmt in formats:
                files = recorded.get(fmt)
                stray = []  # story pages in report-files/ that are not the recorded ones
                if fmt == "html" and files and len(files) > 1:
                    stray = stray_pages(out_dir / FOLDER, (Path(p).name for p in list(files)[1:]))
                if files and not stray and all(_unchanged(Path(p), *k) for p, k in files.items()):
                    main = next(iter(files))
                    more = f" (and its {len(files) - 1} pages)" if len(files) > 1 else ""
                    log.info("%s%s is up to date", main, more)
                    written[fmt] = Path(main)
                    record(Path(main), files[main][0])  # this run's file, as one written now
            to_write = [f for f in formats if f not in written]
            removed = _clear_outcome(out_dir, to_write)  # before the first file written
            for fmt in to_write:
                try:
                    if fmt == "html":
                        paths = write_html(result, out_dir, timestamp, memory)  # and its pages
                    elif fmt == "json":
                        paths = [write_report(result, out_dir, lines)]
                    else:
                        paths = _WRITERS[fmt](result, out_dir, fail_on, suppressed, timestamp)
                except OSError as exc:
                    raise ConfigError(
                        f"{_failed_at(exc, out_dir, fmt)}: cannot write the {fmt} report "
                        f"({exc.strerror or exc})"
                    ) from None
                except Exception as exc:
                    raise InternalError(f"writing the {fmt} report", str(out_dir), exc) from exc
                path = paths[0]  # report.html of a large run comes with its story pages
                kept = f" ({memory.kept} of them unchanged)" if fmt == "html" and memory else ""
                if fmt == "json" and lines is not None and lines.reused:
                    kept = f" ({lines.reused} records' lines kept)"
                pages = f" and {len(paths) - 1} pages" if len(paths) > 1 else ""
                said.append(f"wrote {path}{pages}{kept}")
                written[fmt] = path
                staged[fmt] = paths
            # the text on stdout before the files that say how the run ended are put in
            # place, with the others (when it fails, none is); without them, after
            # (a `| head` that closes it early leaves the new report.json to read)
            told = any(f in _OUTCOME for f in formats)
            if between is not None and told:
                between()
            try:
                staging_now.commit(last=out_dir / FILE_NAMES["json"])
            except OSError as exc:
                with cleaning():  # (as below, once: named in the message)
                    removed += _clear_outcome(out_dir, formats)
                cleared = True
                raise ConfigError(
                    f"{_failed_at(exc, out_dir, next(iter(staged)))}: cannot put the reports "
                    f"in place ({exc.strerror or exc})"
                    f"{_mixed(staging_now.done, removed, out_dir)}"
                ) from None
        if placed is not None:  # (out of the staging: what it writes is put in place now)
            placed()
    except BaseException:
        # an earlier run's SARIF and JUnit files said how that run ended; this one ends
        # with an error, which they would hide from a CI step that reads them
        if not cleared:
            with cleaning():
                _clear_outcome(out_dir, formats)
        raise
    in_place()
    for line in said:
        log.info("%s", line)
    if between is not None and not told:
        between()
    for fmt, paths in staged.items():
        if fmt not in keys:
            continue
        # the bytes written, not the file read back: another run writing into the folder
        # meanwhile would have its file recorded as this run's; a story page kept from the
        # last run, or written into the folder its pages were swapped in from, is read
        fresh[keys[fmt]] = {
            str(p.resolve()): wrote.get(str(p.resolve())) or _sha256(p) for p in paths
        }
        stamps[keys[fmt]] = {p: wrote.stamps[p] for p in fresh[keys[fmt]]
                             if p in wrote.stamps and wrote.get(p)}  # fmt: skip
    if fresh and store is not None:
        html = memory is not None and keys["html"] in fresh  # written now, not up to date
        pages_now = {folder: memory.now} if memory is not None and html else {}
        json_lines = {folder: lines.now} if lines is not None and lines.now else {}
        _with_store(store, lambda s: s.save_outputs(fresh, pages_now, json_lines, stamps))
    return written


def _mixed(done: Sequence[Path], removed: Sequence[Path], out_dir: Path) -> str:
    """What the message of renames that failed half way adds: the files (the pages'
    folder) this run had already put in place, beside the earlier run's others, and the
    SARIF and JUnit files that were removed (``removed``: the earlier run's before the
    first file was written, this run's or the earlier run's once the renames failed),
    only those there were. Nothing puts those back: that would be renames again, which
    fail as these did (a failing disk, a file made immutable), so the user is told to
    run again."""
    gone = list(dict.fromkeys(p.name for p in removed))
    but = f" ({' and '.join(gone)} removed)" if gone else ""
    names = [n for n in dict.fromkeys(p.name + ("/" if p.name == FOLDER else "") for p in done)
             if n not in gone]  # fmt: skip
    if not names:
        return f"; none was replaced, the earlier run's reports are as they were{but}"
    return (f"; {', '.join(names)} of this run already replaced the earlier run's, the "
            f"other reports in {out_dir} are still that run's{but}: the set is mixed, run "
            "again")  # fmt: skip


def _clear_outcome(out_dir: Path, formats: list[str]) -> list[Path]:
    """Remove the SARIF and JUnit files of ``formats`` in ``out_dir``: before this run
    writes its first file, those it writes (not one a store found up to date, which is
    this run's own); when its set cannot be put in place, all of the run's. An earlier
    run's said that run passed, and this one may end otherwise (a file or a link;
    anything else is left as it is). Those removed."""
    removed = []
    for fmt in formats:
        if fmt in _OUTCOME:
            path = out_dir / FILE_NAMES[fmt]
            with contextlib.suppress(OSError):
                if path.is_symlink() or path.is_file():
                    path.unlink()
                    removed.append(path)
    return removed


def _manifest(out_dir: Path) -> dict[str, str]:
    """What the last run recorded writing into ``out_dir`` (MANIFEST): report file name ->
    SHA-256; {} when there is no record or it cannot be read (nothing is then removed)."""
    try:
        raw = read_regular(out_dir / MANIFEST)
        data = json.loads(raw) if raw is not None else None
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        return {}
    names = set(FILE_NAMES.values())
    return {k: v for k, v in files.items() if k in names and isinstance(v, str)}


def own_outputs(out_dir: Path, store: Store | None = None) -> list[Path]:
    """The report files in ``out_dir`` that the last run recorded writing (MANIFEST) and
    that are still as it wrote them, with report.html its pages' folder when that holds
    only pages: crosscheck's own outputs, left out of the input when ``out_dir`` is an
    input folder too (`check t --out t`; a second run read its report.html and
    report.json, skipped them as "a crosscheck report", and a --strict run ended with 3).
    A file of those names crosscheck has no record of writing, or one changed since (an
    article saved as report.html), is not among them: read as any other file. One that
    has the stamp a ``store`` recorded once it was written with that SHA-256 is not read
    (each start read and hashed them: 400 MB of reports of 10,000 articles); one changed
    since has another (its change time) and is hashed."""
    digests = _manifest(out_dir)
    stamps: dict[str, list[int]] = {}
    if store is not None and digests:
        with contextlib.suppress(OSError, sqlite3.Error):
            stamps = store.stamps({str((out_dir / n).resolve()): d for n, d in digests.items()})
    own = [
        path
        for name, digest in digests.items()
        if as_stamped(path := out_dir / name, stamps.get(str(path.resolve())))
        or _not_ours(path, digest, {}) is None
    ]
    if out_dir / FILE_NAMES["html"] in own and only_pages(out_dir / FOLDER):
        own.append(out_dir / FOLDER)
    return own


def _save_manifest(
    out_dir: Path,
    before: Mapping[str, str],
    wrote: Mapping[str, str],
    saved: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Record the report files ``out_dir`` holds as crosscheck wrote them: those written
    now (``wrote``: resolved path -> SHA-256), and those of the last record this run did
    not touch that are still there; not again when it is ``saved``, what this run saved
    already. Returns the record. Not being able to is no failure of the run: a file not
    recorded is only never removed by a later run."""
    files: dict[str, str] = {}
    for name in FILE_NAMES.values():
        path = out_dir / name
        digest = wrote.get(str(path.resolve())) or before.get(name)
        if digest is not None and os.path.lexists(path):
            files[name] = digest
    if files in (before, saved) and os.path.isfile(out_dir / MANIFEST):
        return files  # as recorded (an unchanged re-run wrote it again, each time)
    text = json.dumps({"written_by": "crosscheck", "files": files}, indent=1, sort_keys=True)
    try:
        write_text(out_dir / MANIFEST, text + "\n")
    except OSError as exc:
        log.info("%s: cannot record the report files written (%s)", out_dir / MANIFEST,
                 exc.strerror or exc)  # fmt: skip
    return files


def _stale(
    out_dir: Path,
    formats: Sequence[str],
    recorded: Mapping[str, str],
    kept: Mapping[str, str],
    of: Sequence[str] = FILE_FORMATS,
) -> None:
    """The report files in ``out_dir`` of formats this run does not write (an earlier
    `--format sarif` run's report.sarif in a `--format html,json` run's folder, which a CI
    step would upload as this run's): removed when an earlier run recorded writing it
    (``recorded``) and it is still as written (with report.html, its pages' folder when it
    holds only pages); else left, with a warning naming it (a file of the user's, one
    changed since, one a crosscheck before the record wrote). Never a file the run read
    or keeps (``kept``). Only the formats ``of``."""
    for fmt in of:
        if fmt in formats:
            continue
        path = out_dir / FILE_NAMES[fmt]
        if not os.path.lexists(path):
            continue
        why = _not_ours(path, recorded.get(path.name), kept)
        if why is None:
            try:
                path.unlink()
            except OSError as exc:
                why = f"it cannot be removed ({exc.strerror or exc})"
            else:
                log.info("removed %s, an earlier run's report this run does not write", path)
                if fmt == "html":
                    remove_pages(out_dir / FOLDER)
                continue
        log.warning("%s: an earlier report, of a format this run does not write (%s), is left "
                    "as it is, since %s: remove it, or it may be taken for this run's", path,
                    fmt, why)  # fmt: skip


def _not_ours(path: Path, digest: str | None, kept: Mapping[str, str]) -> str | None:
    """Why the earlier report ``path`` is not to be removed, or None: it is the file an
    earlier run recorded writing (``digest``), unchanged, and none the run read or keeps."""
    if digest is None:
        return "crosscheck has no record of writing it"
    if path.is_symlink():  # (crosscheck writes files, never links)
        return "it is a symbolic link now"
    if _sha256(path) != digest:
        return "it changed since crosscheck wrote it"
    found = clash([path], kept)
    if found is not None:
        return f"it is {found[1]}"
    return None


# Every file is written atomically (crosscheck.atomic): a failed run never leaves a
# truncated report, and a symlink in --out is replaced, never followed.


def _failed_at(exc: OSError, out_dir: Path, fmt: str) -> Path:
    """The file or folder a report's write failed on, as the error names it (a report
    file replaced by a folder, report-files/ that cannot be moved): the first it names
    that is not a temporary one (their names start with a dot), else the format's file."""
    for name in (exc.filename, exc.filename2):
        if isinstance(name, (str, bytes)) and name:
            path = Path(os.fsdecode(name))
            if not path.name.startswith("."):
                return path
    return out_dir / FILE_NAMES[fmt]


def _sarif(result: RunResult, out: Path, fail_on: str, sup: set[str], ts: bool) -> list[Path]:
    sarif = to_sarif(result, suppressed=sup)
    text = json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
    return [write_text(out / FILE_NAMES["sarif"], text)]


def _junit(result: RunResult, out: Path, fail_on: str, sup: set[str], ts: bool) -> list[Path]:
    return [write_text(out / FILE_NAMES["junit"], to_junit(result, fail_on, sup))]


_WRITERS: dict[str, Callable[[RunResult, Path, str, set[str], bool], list[Path]]] = {
    "sarif": _sarif,
    "junit": _junit,
}


def _outputs_key(result: RunResult, fmt: str, out_dir: Path, fail_on: str) -> str:
    """What one report file is made of: none tells how much the store supplied, so a
    first and a second run over the same articles have the same keys; only the JUnit
    file depends on --fail-on."""
    material: dict[str, object] = {
        "report": REPORT_VERSION,
        "format": fmt,
        "results": result.results_key,
        "out": str(out_dir.resolve()),
        "inputs": result.inputs,
        "files": [result.alias_files, result.rule_files, result.concept_files, result.wire_files],
        "from_store": result.from_store,
        "skipped": [s.to_dict() for s in result.skipped],
        "warnings": [d.to_dict() for d in result.diagnostics],
        "findings": [(f.id, f.suppressed) for f in result.findings],  # baseline included
        "stale_baseline": result.stale_baseline,
    }
    if fmt == "junit":
        material["fail_on"] = fail_on
    if fmt in ("junit", "sarif"):  # a skipped input is an error by it (--strict, exit 5)
        material["exit_code"] = result.exit_code
    if fmt == "sarif":  # it gives source lines: the same text may have moved in its file
        material["lines"] = hashlib.sha256(
            repr([(d.id, d.offset_map) for d in result.documents]).encode()
        ).hexdigest()
        material["root"] = str(root_of(result).resolve())  # its addresses are relative to it
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


def _unchanged(path: Path, digest: str, stamp: list[int] | None) -> bool:
    """Whether a report file is as a run wrote it: it has the stamp taken once it was
    written (crosscheck.atomic.as_stamped; not read: an unchanged re-run over 10,000
    articles read and hashed 400 MB of reports), else its bytes hash to ``digest``."""
    return as_stamped(path, stamp) or _sha256(path) == digest


def _sha256(path: Path) -> str | None:
    """The SHA-256 of a regular file, None for anything else or a read error."""
    try:
        f = open_regular(path)
        if f is None:
            return None
        with f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def _with_store(path: Store | Path, action: Callable[[Store], T]) -> T:
    if isinstance(path, Store):  # the run's open store
        return action(path)
    store = Store(path)
    try:
        return action(store)
    finally:
        store.close()

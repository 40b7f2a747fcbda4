"""Ingestion: files and folders in, Documents out, every unread input listed with its reason.

Folders are walked recursively in sorted order (so output never depends on the file system),
skipping hidden files and folders (``.git``, ``.DS_Store``). Each file goes to the reader
registered for its extension. Input files are opened read-only and never modified.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Protocol

from crosscheck.budget import DocumentTimeout, time_budget
from crosscheck.config import Settings, unreachable
from crosscheck.errors import NOT_REGULAR, ConfigError, InputError, describe, shown
from crosscheck.ingest.base import SURROGATE, ReadResult, SourceFile, dated
from crosscheck.ingest.html import read_html
from crosscheck.ingest.markdown import read_markdown
from crosscheck.ingest.records import read_json, read_jsonl
from crosscheck.ingest.text import read_text
from crosscheck.model import Diagnostic, Document, Skipped

log = logging.getLogger("crosscheck")

Reader = Callable[[SourceFile, Settings], ReadResult]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
}


@dataclass(slots=True)
class IngestResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # where the inputs not read are (real_path): files that gave no document, files with a
    # record not read whose name is unknown (ReadResult.unnamed_unread), and folders that
    # could not be listed: a store must not stand in for them with what it read before
    unread: set[Path] = field(default_factory=set)
    unread_ids: set[str] = field(default_factory=set)  # and records of files read (ReadResult)
    numbered: set[Path] = field(default_factory=set)  # where files numbering records are
    # the names (ids under the input root) of the files in ``unread`` and ``numbered``, a
    # folder's ending in '/': the store keeps articles by name, so a file of that name read
    # before from another folder (a folder copied or moved) is the same input
    unread_names: set[str] = field(default_factory=set)
    numbered_names: set[str] = field(default_factory=set)
    ids: dict[str, str] = field(default_factory=dict)  # each document's id: its input

    def take(self, cand: Candidate, read: IngestResult) -> list[bool]:
        """Add one candidate's reading (read_candidate's): a file that gave no document is
        an input not read. A document whose id an earlier input's has (a file
        'w.jsonl#3.txt' beside the record '3.txt' of 'w.jsonl') is skipped and listed:
        two articles under one id are one in every later stage. Which documents of
        ``read`` were taken."""
        taken = [d.id not in self.ids for d in read.documents]
        for doc, ok in zip(read.documents, taken, strict=True):
            if ok:
                self.ids[doc.id] = cand.shown
                self.documents.append(doc)
            else:
                said = f"its article id {shown(doc.id)} is that of one read from"
                self.skipped.append(Skipped(cand.shown, f"{said} {self.ids[doc.id]}; not read"))
        if not any(taken):
            self.unread.add(real_path(cand.path))
            self.unread_names.add(cand.doc_id)
        self.skipped.extend(read.skipped)
        self.diagnostics.extend(read.diagnostics)
        self.unread |= read.unread
        self.unread_ids |= read.unread_ids
        self.numbered |= read.numbered
        self.unread_names |= read.unread_names
        self.numbered_names |= read.numbered_names
        return taken


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file found on the command line or in a walked folder, with its document id."""

    path: Path
    shown: str  # the path as the user will see it in messages and reports
    doc_id: str


def supported_extensions() -> list[str]:
    return sorted(READERS)


def discover(
    paths: Sequence[str | os.PathLike[str]],
    exclude: Sequence[Path] = (),
    unread: set[Path] | None = None,
    unread_names: set[str] | None = None,
) -> tuple[list[Candidate], list[Skipped]]:
    """The files to read, in a stable order, plus the ones already known to be unreadable;
    ``unread`` (when given) gets where every file skipped is, and every folder that could
    not be listed (IngestResult.unread); ``unread_names`` their names (ids), a folder's
    ending in '/' (IngestResult.unread_names).

    Document ids are paths relative to the input root: the folder given, or with several
    paths their common parent folder. In a folder, symbolic links are followed only to
    files inside the folder (a link to /etc/passwd is skipped, never read into a report),
    folders that cannot be listed are listed as skipped, and the folders in ``exclude``
    (the report folder, --out) are left out.
    """
    skipped: list[Skipped] = []
    given = []
    unlooked: list[Path] = []
    for p in map(Path, paths):
        # a name the system will not even look at (longer than the file system takes, or
        # under a folder that may not be searched): skipped with why, as one that does not
        # exist (is_dir() raised it: exit 4)
        if problem := unreachable(p):
            skipped.append(Skipped(_shown(p), problem))
            unlooked.append(p)
        else:
            given.append(p)
    bases = [p if p.is_dir() else p.parent for p in given]
    root = Path(os.path.commonpath([os.path.abspath(b) for b in bases])) if bases else Path(".")
    excluded = [_real(e) for e in exclude]
    found: list[Candidate | None] = []  # None: a link's place, its file read in its own
    seen: dict[Path, tuple[int, bool]] = {}  # a file read: its place in found, by a link?
    again: dict[Path, list[Candidate]] = {}  # other names of a file read: skipped
    names: set[str] = set()  # every name handled (the same one given twice is one), as
    # it is: two shown alike ('x\xff.txt', one with a byte not UTF-8) are two
    folders: dict[Path, Path | None] = {}  # where each folder walked really is

    def id_of(f: Path) -> str:
        return safe_name(Path(os.path.relpath(os.path.abspath(f), root)).as_posix())

    for p in unlooked:  # not read: a store must not stand in with what it read before
        if unread is not None:
            unread.add(real_path(p, follow=False))
        if unread_names is not None:
            unread_names.add(id_of(p))

    def unlisted(folder: Path) -> None:
        if unread is not None:
            unread.add(real_path(folder))
        if unread_names is not None and (name := id_of(folder)) != ".":
            unread_names.add(name + "/")  # (the root: nothing is read, nothing reused)

    def unfollowed(link: Path) -> None:  # its name: another folder's files under it are
        if unread_names is not None:  # not this run's (where it leads may be read as itself)
            unread_names.add(id_of(link) + "/")

    for p in given:
        if not p.exists() and not p.is_symlink():  # (the CLI refuses it before a run)
            if p.as_posix() not in names:
                names.add(p.as_posix())
                skipped.append(Skipped(_shown(p), "no such file or folder"))
            continue
        if p.is_dir():
            files = _walk(p, skipped, [e for e in excluded if e is not None], unlisted,
                          unfollowed)  # fmt: skip
            inside = _real(p)
        else:
            files, inside = [p], None
        for f in files:
            shown = _shown(f)
            if f.as_posix() in names:
                continue  # a file given and found in a folder given too
            names.add(f.as_posix())
            doc_id = id_of(f)
            real, link = _real_in(f, folders) if inside is not None else (_real(f), _is_link(f))
            reason = None
            if real is None:
                reason = _LOOP
            elif link and inside is not None and not real.is_relative_to(inside):
                reason = _OUTSIDE
            elif link and (unreached := _unreached(f, real)):
                reason = unreached
            elif inside is not None and real in excluded:
                continue  # crosscheck's own file found in a folder: the baseline, the store
            elif real in seen:
                place, by_link = seen[real]
                if (held := found[place]) is not None and held.doc_id == doc_id:
                    continue  # one name spelt another way ('x', './x/../x', '/abs/x')
                this, others = Candidate(f, shown, doc_id), again.setdefault(real, [])
                unread_name = this
                if by_link and not link:  # the file itself is read, under its own name and
                    first = found[place]  # in its own place; the link found first is
                    assert first is not None  # skipped, listed first
                    found[place], seen[real] = None, (len(found), link)
                    found.append(this)
                    others.insert(0, first)
                    unread_name = first
                else:
                    others.append(this)
                if unread is not None:  # the skipped name's place
                    unread.update({real, real_path(unread_name.path, follow=False)})
                if unread_names is not None:
                    unread_names.add(unread_name.doc_id)
                continue
            if reason is not None:
                skipped.append(Skipped(shown, reason))
                if unread is not None:  # where it leads, and where its name is
                    unread.update({real or real_path(f), real_path(f, follow=False)})
                if unread_names is not None:
                    unread_names.add(doc_id)
                continue
            assert real is not None  # (a loop has its reason)
            seen[real] = len(found), link
            found.append(Candidate(f, shown, doc_id))
    for real, others in again.items():  # each named with the name it is read under
        read = found[seen[real][0]]
        assert read is not None
        skipped += [Skipped(c.shown, f"same file as {read.shown}, read once") for c in others]
    return [c for c in found if c is not None], skipped


def _is_link(f: Path) -> bool:
    try:
        return f.is_symlink()
    except OSError:
        return False


def _unreached(link: Path, real: Path) -> str | None:
    """Why a symbolic link found in a folder leads to no file that can be looked at (none
    there, a folder on the way that cannot be entered, a name too long), or None."""
    try:
        os.stat(real)
        return None
    except OSError as exc:
        try:
            target = os.readlink(link)
        except OSError:
            return _LOOP
        if isinstance(exc, FileNotFoundError):
            return f"a symbolic link to {shown(target)}, which does not exist"
        return f"a symbolic link to {shown(target)}, which cannot be reached ({exc.strerror})"


_OUTSIDE = "a symbolic link to a file outside the input folder; not followed"
_LOOP = "a symbolic link that loops or leads nowhere"


def real_path(p: Path, follow: bool = True) -> Path:
    """Where a file or folder is, as a run's inputs not read are matched with the paths a
    store recorded: resolved (``follow`` False: its folder resolved, a link itself kept),
    or made absolute where it cannot be (a symbolic link loop)."""
    if not follow:
        return real_path(p.parent) / p.name
    return _real(p) or Path(os.path.abspath(p))


def _real(p: Path) -> Path | None:
    """Where a path really leads, or None for a symlink loop."""
    try:
        return p.resolve(strict=False)
    except (OSError, RuntimeError):
        return None


def _real_in(f: Path, folders: dict[Path, Path | None]) -> tuple[Path | None, bool]:
    """_real of a file found in a folder walked (os.walk follows no symbolic link to a
    folder): its folder's, resolved once for all its files, and its name, unless the
    file itself is a link (or cannot be told not to be); with whether it is. Resolving
    each of 1,000 files was a tenth of an unchanged re-run."""
    try:
        link = f.is_symlink()
    except OSError:
        link = True
    if link:
        return _real(f), True
    here = f.parent
    if here not in folders:
        folders[here] = _real(here)
    real = folders[here]
    return (real / f.name if real is not None else _real(f)), False


def _walk(
    folder: Path,
    skipped: list[Skipped],
    excluded: list[Path],
    unlisted: Callable[[Path], None] = lambda _: None,
    unfollowed: Callable[[Path], None] = lambda _: None,
) -> Iterable[Path]:
    def unreadable(err: OSError) -> None:
        where = Path(err.filename) if err.filename else folder
        skipped.append(Skipped(_shown(where), f"folder cannot be read ({err.strerror or err})"))
        unlisted(where)

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        here = Path(dirpath)
        for d in sorted(dirnames):
            if not d.startswith(".") and (here / d).is_symlink():
                skipped.append(
                    Skipped(_shown(here / d), "a symbolic link to a folder; not followed")
                )
                unfollowed(here / d)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (_real(here / d) or here / d) not in excluded
        )
        for name in sorted(filenames):
            if not name.startswith("."):
                yield here / name


def listing_order(doc: Document) -> tuple[tuple[int, str], ...]:
    """Where a document falls in the order a run over its root lists documents: by its id,
    a folder's files (by name) before its subfolders (each by name), as _walk gives them,
    and a file's records after the file's name by their ids (a store cannot know where the
    records of a file not read now stand in it). A function of the id alone: the articles
    a store adds to a run come in this order, whatever the store's history."""
    name, record = doc.id, None
    if doc.format == "json":  # 'sub/w.jsonl#r2': the file's own name ends before the '#'
        file = PurePosixPath(doc.path.replace("\\", "/")).name
        at = doc.id.find(file + "#")
        while at > 0 and doc.id[at - 1] != "/":
            at = doc.id.find(file + "#", at + 1)
        if at >= 0:
            name, record = doc.id[: at + len(file)], doc.id[at + len(file) + 1 :]
    *folders, last = name.split("/")
    key = [*((1, f) for f in folders), (0, last)]
    return (*key, (0, record)) if record is not None else tuple(key)


def _shown(p: Path) -> str:
    """A path as text that can be written anywhere: bytes of a file name that are not
    UTF-8 (which Python keeps as lone surrogates) are shown as \\xNN escapes."""
    return safe_name(p.as_posix())


def safe_name(name: str) -> str:
    if not SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


class ReadMemory(Protocol):
    """What earlier runs read (crosscheck.store.ReadCache): a file's reading, by its path,
    id, bytes and the settings readers use; None when not remembered."""

    def recall(self, cand: Candidate, settings: Settings, data: bytes) -> ReadResult | None: ...

    def remember(
        self, cand: Candidate, settings: Settings, data: bytes, read: ReadResult
    ) -> None: ...


def read_inputs(
    paths: Sequence[str | os.PathLike[str]], settings: Settings, memory: ReadMemory | None = None
) -> IngestResult:
    """Read every input; a file that cannot be read is skipped with its reason. With a
    memory, a file read before with the same bytes is not parsed again."""
    result = IngestResult()
    candidates, skipped = discover(paths, settings.exclude, result.unread, result.unread_names)
    result.skipped.extend(skipped)
    for cand in candidates:
        result.take(cand, read_candidate(cand, settings, memory))
    return result


def read_candidate(
    cand: Candidate, settings: Settings, memory: ReadMemory | None = None
) -> IngestResult:
    """One input file's documents, or why it (or a record of it) was skipped: never
    raises for a bad input (a reader's bug costs this file, not the run); a damaged store
    (``memory``'s) ends the run (ConfigError)."""
    result = IngestResult()
    budget = 0.0
    try:
        data = _read_bytes(cand, settings)
        known = memory.recall(cand, settings, data) if memory is not None else None
        if known is not None:  # read before: nothing parsed, no budget to arm
            read = known
        else:
            budget = settings.time_budget * max(1.0, len(data) / 100_000)
            with time_budget(budget):
                read = _parse(cand, settings, data, memory)
    except DocumentTimeout:
        reason = f"reading took longer than its time budget ({budget:g} s)"
        result.skipped.append(Skipped(cand.shown, reason))
        return result
    except InputError as exc:
        result.skipped.append(Skipped(cand.shown, exc.reason, exc.empty, exc.replaceable))
        return result
    except RecursionError:
        result.skipped.append(Skipped(cand.shown, "nested too deeply to read"))
        return result
    except ConfigError:  # the run's own store is damaged (Store): not this file's fault
        raise
    except Exception as exc:
        log.debug("reading %s failed", cand.shown, exc_info=True)
        reason = f"could not be read (internal error, please report it): {describe(exc)}"
        result.skipped.append(Skipped(cand.shown, reason))
        return result
    notes: set[str] = set()  # (one a file: its records share its name)
    for doc, said in (dated(d, settings) for d in read.documents):
        result.documents.append(doc)
        for note in said:
            if note not in notes:
                notes.add(note)
                result.diagnostics.append(Diagnostic(cand.shown, note))
    result.skipped.extend(read.skipped)
    result.diagnostics.extend(read.diagnostics)
    result.unread_ids |= read.unread_ids
    if read.numbered:
        result.numbered.add(real_path(cand.path))
        result.numbered_names.add(cand.doc_id)
    if read.unnamed_unread:
        result.unread.add(real_path(cand.path))
        result.unread_names.add(cand.doc_id)
    return result


def read_file(cand: Candidate, settings: Settings, memory: ReadMemory | None = None) -> ReadResult:
    """Read one candidate file, raising InputError when it cannot be read at all (no time
    budget: read_candidate reads under one)."""
    data = _read_bytes(cand, settings)
    known = memory.recall(cand, settings, data) if memory is not None else None
    return known if known is not None else _parse(cand, settings, data, memory)


def _read_bytes(cand: Candidate, settings: Settings) -> bytes:
    """A candidate file's bytes, raising InputError when it cannot be read at all or is
    of a type crosscheck does not read."""
    reader = READERS.get(cand.path.suffix.lower())
    if reader is None:
        what = f"'{cand.path.suffix}'" if cand.path.suffix else "no extension"
        raise InputError(
            f"unsupported file type ({what}; crosscheck reads {', '.join(supported_extensions())})",
            replaceable=True,
        )
    try:
        status = cand.path.stat()
        if not stat.S_ISREG(status.st_mode):
            # a named pipe, socket or device has no size to tell: opening a pipe waits for a
            # writer, and one read as empty passed --allow-empty as "nothing to check"
            raise InputError(f"{NOT_REGULAR}; not read")
        size = status.st_size
        if size == 0:
            raise InputError("empty file", empty=True)
        if size > settings.max_bytes:
            # one reason for the command line and a library caller alike (report.json
            # keeps it): both names of the limit, the flag and the field of Settings
            raise InputError(
                f"larger than the size limit ({size:,} > {settings.max_bytes:,} bytes; "
                "raise it with --max-size, or Settings.max_bytes)"
            )
        with open(cand.path, "rb") as fh:  # read-only: inputs are never modified
            # read(n) first allocates n bytes: asking for the size limit (10 MB) for every
            # 5 KB article cost more than reading it; a file that grew since stat is read on
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(settings.max_bytes - size)
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError("empty file (only white space)", empty=True)
    return data


def _parse(
    cand: Candidate, settings: Settings, data: bytes, memory: ReadMemory | None
) -> ReadResult:
    """A candidate file's documents, parsed from its ``data`` (_read_bytes), remembered by
    ``memory``; raises InputError for a file with no article text."""
    read = READERS[cand.path.suffix.lower()](SourceFile(cand.shown, cand.doc_id, data), settings)
    for doc in read.documents:
        if not doc.text.strip():
            raise InputError("no article text", empty=True)
    read.documents = [_clean_document(d) for d in read.documents]
    if memory is not None:
        memory.remember(cand, settings, data, read)
    return read


def _clean_document(doc: Document) -> Document:
    """Lone surrogates (from a JSON escape like "\\ud800") become U+FFFD, one character for
    one, so offsets stay valid and every output can be written as UTF-8 (a record's id
    has them as escapes already: ingest.records)."""
    values = (doc.text, doc.title, doc.author, doc.source, doc.url)
    if not any(SURROGATE.search(v or "") for v in values):
        return doc

    def fix(value: str | None) -> str | None:
        return SURROGATE.sub("\ufffd", value) if value else value

    return replace(doc, text=fix(doc.text) or "", title=fix(doc.title), source=fix(doc.source),
                   url=fix(doc.url), author=fix(doc.author))  # fmt: skip

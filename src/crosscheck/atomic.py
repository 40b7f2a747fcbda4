"""Writing a file all at once or not at all.

The text goes to a temporary file in the same folder, is flushed to disk, then renamed over
the target: a run that fails half way never leaves a truncated report, and a symlink at
the target is replaced by the file rather than followed (its target is never written).
Within ``staging``, the renames wait: the files of one set (a run's reports) are all
written to their temporaries first and put in place together, in one short step at the
end, or not at all.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import re
import shutil
import socket
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from io import BufferedReader
from pathlib import Path


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically. Characters UTF-8 cannot carry (lone
    surrogates) are written as backslash escapes rather than failing the write."""
    return write_chunks(path, (text,))


def unwritten(path: Path, exc: OSError) -> str:
    """Why ``path`` could not be written, for a message: the first of its folders that is
    a file ("File exists" or "Not a directory" said nothing of which), else the error's."""
    for above in path.parents:
        try:
            if above.exists():
                return (
                    f"{above} is not a folder" if not above.is_dir() else exc.strerror or str(exc)
                )
        except OSError:  # a name too long, a folder that cannot be entered: look higher
            continue
    return exc.strerror or str(exc)


def write_chunks(path: Path, chunks: Iterable[str]) -> Path:
    """Write the text of ``chunks``, one after the other, as write_text writes one text:
    a large file is never held in memory whole."""
    return write_bytes(path, (c.encode("utf-8", errors="backslashreplace") for c in chunks))


def write_bytes(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` of bytes, one after the other, atomically (within ``recording``,
    the SHA-256 of what was written is kept for its path, once the file is in place).
    Within ``staging``, the temporary waits for the staging's commit to be renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=path.parent)
    digest = hashlib.sha256() if _RECORDS else None
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
                if digest is not None:
                    digest.update(chunk)
            fh.flush()
            os.fsync(fh.fileno())
            inode = os.fstat(fh.fileno()).st_ino
        os.chmod(tmp, 0o666 & ~umask())
        staged = _staged()
        if staged is None:
            os.replace(tmp, path)
            if digest is not None:
                record(path, digest.hexdigest(), inode)
        else:
            if path.is_dir() and not path.is_symlink():  # what the rename would fail on,
                # found now, while the earlier set is still whole
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
            staged.add(path, _rename(tmp, path, digest.hexdigest() if digest else None, inode),
                       functools.partial(os.unlink, tmp))  # fmt: skip
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        close = getattr(chunks, "close", None)  # a generator's files closed now
        if close is not None:
            close()
        raise
    return path


def _rename(tmp: str, path: Path, digest: str | None, inode: int) -> Callable[[], None]:
    """What puts a staged temporary in place (and records it, as write_bytes would)."""

    def put() -> None:
        try:
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        if digest is not None:
            record(path, digest, inode)

    return put


class Staged:
    """The files of one set written to their temporaries (write_bytes within ``staging``)
    and other steps of putting the set in place (a folder of story pages swapped in), in
    the order they were staged: ``commit`` does them all, ``discard`` drops them."""

    def __init__(self) -> None:
        # (the path a step puts in place, doing it, dropping it)
        self.steps: list[tuple[Path, Callable[[], None], Callable[[], None]]] = []
        self.done: list[Path] = []  # the paths of the steps done by ``commit``, in order

    def add(self, path: Path, put: Callable[[], None], drop: Callable[[], None]) -> None:
        self.steps.append((path, put, drop))

    def commit(self, last: Path | None = None) -> None:
        """Put the staged files in place, in the order staged but ``last`` last: renames
        only (every file is whole on disk already), so the window in which a reader sees
        part of the set is theirs. A step that fails drops the steps after it (their
        temporaries removed) and raises: those before it stay done (``done``: the set on
        disk is then part this one, part the earlier one)."""
        if last is not None:  # (by its entry: a path from the store is absolute)
            last_entry = _entry(last)
            steps = sorted(self.steps, key=lambda s: _entry(s[0]) == last_entry)  # (stable)
        else:
            steps = list(self.steps)
        self.steps = []
        for k, (path, put, _) in enumerate(steps):
            try:
                put()
            except BaseException:
                _drop(steps[k + 1 :])
                raise
            self.done.append(path)

    def discard(self) -> None:
        """Drop every step not done: the temporaries removed, the set on disk untouched."""
        steps, self.steps = self.steps, []
        with cleaning():
            _drop(steps)


def _entry(path: Path) -> tuple[str, str]:
    """The directory entry ``path`` names: its folder resolved, its own name not (a link
    there is what is replaced)."""
    return os.path.realpath(path.parent), path.name


def _drop(steps: Sequence[tuple[Path, Callable[[], None], Callable[[], None]]]) -> None:
    for _, _, drop in steps:
        with contextlib.suppress(OSError):
            drop()


_STAGING = threading.local()  # this thread's open ``staging``s (a library caller's
# threads each write their own set)
_CLEANING = threading.local()  # how deep this thread is in removing temporaries (cleaning)


@contextlib.contextmanager
def cleaning() -> Iterator[None]:
    """This thread removes what a set that failed left (Staged.discard, and the files
    that would say the failed run passed): a handler of a signal that must not cut it
    short asks ``is_cleaning`` and lets it finish (the command line's SIGTERM window)."""
    depth = getattr(_CLEANING, "depth", 0)
    _CLEANING.depth = depth + 1
    try:
        yield
    finally:
        _CLEANING.depth = depth


def is_cleaning() -> bool:
    """Whether this thread is within ``cleaning``."""
    return getattr(_CLEANING, "depth", 0) > 0


def _staged() -> Staged | None:
    """The innermost open ``staging`` of this thread, else None."""
    held: list[Staged] = getattr(_STAGING, "held", [])
    return held[-1] if held else None


@contextlib.contextmanager
def staging() -> Iterator[Staged]:
    """While open, write_bytes (write_text, write_chunks) leaves each file in its
    temporary, and ``on_commit`` keeps its step, until the Staged's ``commit``; on leaving
    the context whatever was not committed is discarded (an error, an interrupt): the
    temporaries are removed and the files on disk are as they were."""
    staged = Staged()
    held = getattr(_STAGING, "held", None)
    if held is None:
        held = _STAGING.held = []
    held.append(staged)
    try:
        yield staged
    finally:
        held[:] = [s for s in held if s is not staged]
        staged.discard()


def on_commit(path: Path, put: Callable[[], None], drop: Callable[[], None]) -> None:
    """Do ``put`` (what puts ``path`` in place) at the open staging's commit, or now when
    none is open; ``drop`` is what undoes its preparation when the set is discarded."""
    staged = _staged()
    if staged is None:
        put()
    else:
        staged.add(path, put, drop)


class Written(dict[str, str]):
    """What a ``recording`` kept: the SHA-256 of each file written, by its resolved path;
    and in ``stamps``, the stamp (file_stamp) each had once in place, where it was taken
    of the very file written (the same inode): a later run that finds that stamp finds
    the file as written, without reading it (a report of 10,000 articles is 400 MB)."""

    stamps: dict[str, tuple[int, int, int, int]]

    def __init__(self) -> None:
        super().__init__()
        self.stamps = {}


_RECORDS: list[Written] = []  # the dictionaries of the open ``recording``s


def record(path: Path, digest: str, inode: int | None = None) -> None:
    """Keep ``digest`` as the SHA-256 of what was written to ``path`` in every open
    ``recording`` (write_bytes; a report's story pages, written into a fresh folder and
    moved in place together, record theirs), with the file's stamp when ``inode`` (the
    file written) is the one at ``path`` now. A stamp is taken once the file is in place,
    since a rename changes a file's change time."""
    if not _RECORDS:
        return
    resolved = str(path.resolve())
    found = None
    if inode is not None:
        with contextlib.suppress(OSError):
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and st.st_ino == inode:
                found = file_stamp(st)
    for held in _RECORDS:
        held[resolved] = digest
        if found is not None:
            held.stamps[resolved] = found
        else:
            held.stamps.pop(resolved, None)


def as_stamped(path: Path, stamp: Sequence[int] | None) -> bool:
    """Whether ``path`` is a regular file (not a link) whose stamp is ``stamp``, as a
    ``recording`` kept it when the file was written: the file as written, unread."""
    if not stamp:
        return False
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and list(file_stamp(st)) == list(stamp)


@contextlib.contextmanager
def recording() -> Iterator[Written]:
    """The SHA-256 of each file written by write_bytes (write_text, write_chunks) while
    the context is open, by its resolved path: what was written, not what a file holds
    when it is read back (another program may have written it since); its stamps too
    (Written)."""
    record = Written()
    _RECORDS.append(record)
    try:
        yield record
    finally:  # by identity: two open recordings may hold the same (an empty one)
        _RECORDS[:] = [r for r in _RECORDS if r is not record]


def umask() -> int:
    """The process's umask (the mode bits a new file does not get)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def open_regular(path: Path) -> BufferedReader | None:
    """``path`` open for reading in binary when it is a regular file (or a link to one),
    else None; never blocks (a named pipe put in a report's place would wait for a writer
    for ever). OSError as open raises it."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        return os.fdopen(fd, "rb")
    except BaseException:
        with contextlib.suppress(OSError):
            os.close(fd)
        raise


def file_stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    """What changes whenever a file is written, replaced, touched or has its mode or links
    changed: its inode, size, modification time and change time (which no program sets
    back, as ``touch -r`` or ``rsync -t`` set the modification time; renaming another
    file over a name, or unlinking it, moves it too). Whether a file is as it was (the
    story pages kept, report.json's lines copied)."""
    return st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def read_regular(path: Path) -> bytes | None:
    """The bytes of ``path`` when it is a regular file (or a link to one), None for a named
    pipe, socket or device, as ``open_regular`` tells (never blocking on a pipe); a folder
    is IsADirectoryError, as reading it with open would be. OSError as open raises it."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    opened = open_regular(path)
    if opened is None:
        return None
    with opened:
        return opened.read()


# this machine, as a temporary name holds it: a short hash of its name (a long host name
# would push a long file's temporary name past the file system's limit)
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
# a killed run's leftovers are removed only once they have not changed for this long: a
# host name shared by two PID namespaces (containers on the host's network) cannot make a
# live run's files look like a dead one's
SWEEP_AFTER = 3600.0


def temp_prefix(name: str) -> str:
    """How a temporary file or folder made beside ``name`` starts: with this machine and
    process, so that a later run can tell what a killed one left (``sweep``)."""
    return f".{name}.{_HOST}.{os.getpid()}."


def sweep(
    folder: Path, names: Iterable[str], keep: Callable[[Path], bool] | None = None
) -> list[Path]:
    """Remove from ``folder`` the temporary files and folders of ``names`` (temp_prefix
    followed by mkstemp's or mkdtemp's eight characters) that a run on this machine left
    when it was killed (SIGKILL, a CI job cancelled): those whose process is gone and that
    have not changed for SWEEP_AFTER seconds. Another machine's, a live run's, a name
    of any other shape, or a folder ``keep`` says to keep (one that holds the user's
    files) are left alone. What was removed. POSIX only (where a process can be asked
    whether it lives)."""
    if os.name != "posix":
        return []
    shape = re.compile(
        "|".join(
            rf"\.{re.escape(n)}\.{_HOST}\.(?P<p{k}>[0-9]+)\.[a-z0-9_]{{8}}(?:\.tmp)?"
            for k, n in enumerate(names)
        )
    )
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    removed = []
    now = time.time()
    for entry in entries:
        m = shape.fullmatch(entry.name)
        if m is None:
            continue
        pid = int(next(v for v in m.groupdict().values() if v is not None))
        try:
            if pid == os.getpid() or _alive(pid):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < SWEEP_AFTER:
                continue
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                if keep is not None and keep(path):
                    continue
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink()
        except OSError:
            continue
        if not os.path.lexists(path):
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # another user's process; a number no PID is
        return True
    return True

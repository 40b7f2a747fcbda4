"""Writing a file all at once or not at all.

The text goes to a temporary file in the same folder, is flushed to disk, then renamed over
the target: a run that fails half way never leaves a truncated report, and a symlink at
the target is replaced by the file rather than followed (its target is never written).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from io import BufferedReader
from pathlib import Path


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically. Characters UTF-8 cannot carry (lone
    surrogates) are written as backslash escapes rather than failing the write."""
    return write_chunks(path, (text,))


def write_chunks(path: Path, chunks: Iterable[str]) -> Path:
    """Write the text of ``chunks``, one after the other, as write_text writes one text:
    a large file is never held in memory whole."""
    return write_bytes(path, (c.encode("utf-8", errors="backslashreplace") for c in chunks))


def write_bytes(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` of bytes, one after the other, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        close = getattr(chunks, "close", None)  # a generator's files closed now
        if close is not None:
            close()
        raise
    return path


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

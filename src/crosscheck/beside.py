"""One computation run in a forked process while this one goes on with another.

A run with --jobs 2 or more finds its story graph (which reads every article) this way
while it looks for copies among the same articles: both take seconds at 10,000 articles
and neither needs the other. The child is a fork, so it is given nothing (it has the
records already); its answer comes back pickled through a pipe. Where no fork is to be had
(can_fork), or when the child fails or dies, ``result`` says so and the caller computes the
answer itself, so a run's output never depends on where it was computed. On Dask, where
the work is the workers' and this process only waits for them, a thread does the waiting
(``Beside.thread``).

The module also holds the run's other forking helpers: ``in_forks`` spreads numbered work
(the stories to judge) over forked processes, with the same rule (what a process did not
give back, the caller does itself); ``forked_child`` and ``ends_with_parent`` are what
such processes, and the extraction's workers, do first so that none outlives a run.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger("crosscheck")


def can_fork() -> bool:
    """Whether this process may fork a copy of itself to work beside it: POSIX but macOS,
    where a forked process may crash in the system's libraries (Python itself no longer
    forks there by default), and no other thread running (a fork copies only the thread
    that forks, so a lock another thread held would stay held in the copy). The time
    budget's watchdog is none: a forked child makes its own (crosscheck.budget); it lives
    as long as the process once a document was checked outside the main thread, and every
    later run lost its forks."""
    import multiprocessing
    import sys
    import threading

    from crosscheck.budget import is_watchdog

    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    return ("fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
            and all(is_watchdog(t) for t in others))  # fmt: skip


class Beside(Generic[T]):
    """``function(*args)`` computing beside the run until ``result``: in a forked child
    (``start``), or in a thread of this process (``thread``: for work done elsewhere, as
    on Dask workers, that leaves this process mostly waiting)."""

    def __init__(self, what: str) -> None:
        self.what = what

    @staticmethod
    def start(what: str, function: Callable[..., T], *args: Any) -> Beside[T] | None:
        """The child started, or None where it cannot be (the caller computes here)."""
        import multiprocessing
        import os

        if not can_fork():
            return None
        context = multiprocessing.get_context("fork")
        reader, writer = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(os.getpid(), reader, writer, function, args),
                                  daemon=True, name=f"crosscheck: {what}")  # fmt: skip
        try:
            process.start()
        except OSError as exc:  # no process to be had (EAGAIN, ENOMEM): here, then
            log.debug("%s: not started beside (%s)", what, exc)
            reader.close()
            writer.close()
            return None
        writer.close()  # the child's end: EOF here when the child ends without answering
        return _Forked(what, process, reader)

    @staticmethod
    def thread(what: str, function: Callable[..., T], *args: Any) -> Beside[T]:
        """The computation started in a thread of this process."""
        import threading

        box: list[Any] = []

        def run() -> None:
            try:
                box.append((True, function(*args)))
            except BaseException as exc:  # raised again where the answer is asked for
                box.append((False, exc))

        thread = threading.Thread(target=run, name=f"crosscheck: {what}", daemon=True)
        thread.start()
        return _Threaded(what, thread, box)

    def result(self) -> tuple[bool, T | None]:
        """(True, the answer), or (False, None) when a child failed or died (it is then
        computed here, where a failure is reported as any other). A thread's error is
        raised here."""
        raise NotImplementedError

    def stop(self) -> None:
        """End the work if it still runs; idempotent."""
        raise NotImplementedError


class _Forked(Beside[T]):
    """The computation in a forked child, its answer pickled through a pipe."""

    def __init__(self, what: str, process: Any, conn: Any) -> None:
        super().__init__(what)
        self.process = process
        self.conn = conn

    def result(self) -> tuple[bool, T | None]:
        try:
            done, value = self.conn.recv()
        except (EOFError, OSError) as exc:
            done, value = False, None
            log.debug("%s: the process beside ended without an answer (%s)", self.what, exc)
        except BaseException:  # Ctrl-C here: the child ended rather than its answer awaited
            self.stop()
            raise
        self.process.join(5)  # it ends once it has answered
        self.stop()
        if not done:
            log.debug("%s: computed here, the process beside gave no answer (exit %s)",
                      self.what, self.process.exitcode)  # fmt: skip
        return bool(done), value

    def stop(self) -> None:
        """The child ended (if still running) and waited for."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.conn.close()


class _Threaded(Beside[T]):
    """The computation in a thread, which cannot be ended, only waited for: a daemon, and
    on Dask the engine's closing ends what it waits for."""

    def __init__(self, what: str, worker: Any, box: list[Any]) -> None:
        super().__init__(what)
        self.worker = worker
        self.box = box

    def result(self) -> tuple[bool, T | None]:
        self.worker.join()
        done, value = self.box[0]
        if not done:
            raise value
        return True, value

    def stop(self) -> None:
        pass  # not waited for: an error elsewhere ends the run without the join


def forked_child(parent: int) -> None:
    """What a process forked to work beside ``parent`` does first: it ends with its parent
    (ends_with_parent), is the first the kernel ends when memory runs out (Linux: its
    work is then done by the parent, not lost with it), and leaves Ctrl-C to the parent,
    which ends it (one line on the terminal, as without it)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ends_with_parent(parent)
    with contextlib.suppress(OSError), open("/proc/self/oom_score_adj", "w") as fh:
        fh.write("1000")


def ends_with_parent(parent: int) -> None:
    """What a process forked to work for ``parent`` does first (Linux; elsewhere nothing):
    dies with its parent, so a run killed by SIGKILL or a CI job's timeout leaves no
    process working, or waiting for work, for nothing. Only for a fork: a process
    started by a fork server has that server for its parent."""
    import os
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # no C library to be had
        return
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


def _child(
    parent: int, reader: Any, conn: Any, function: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    reader.close()  # the parent's end: a send to a parent gone fails, never blocks
    forked_child(parent)
    try:
        answer = (True, function(*args))
    except BaseException:  # the parent computes it again, and meets the error itself
        answer = (False, None)
    # no answer to be sent (the parent gone, the answer unpicklable): the parent reads EOF
    # and computes it
    with contextlib.suppress(Exception):
        conn.send(answer)
    conn.close()


# what the processes of in_forks() do: set before they are forked, so they have it (and
# all it reads) without its being sent to them
_WORK: Callable[[int], Any] | None = None


def in_forks(work: Callable[[int], T], order: Sequence[int], jobs: int) -> dict[int, T]:
    """``work(k)`` for each k of ``order`` by up to ``jobs`` forked processes (the caller
    checks can_fork() first), given in that order (the longest first, as the caller
    knows them): the results by k, taken in ascending k. The processes are forks, so
    ``work`` and what it reads are not sent to them, only k; each result comes back
    pickled. From the first k whose process dies or whose work raises, no further
    result is taken: the caller does the ks missing itself, where an error is raised
    as it would be without the processes. Ctrl-C ends them and is raised here."""
    global _WORK
    import multiprocessing
    import os
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from crosscheck.config import workers_to_start

    got: dict[int, T] = {}
    if not order:
        return got
    _WORK = work
    pool = None
    try:
        pool = ProcessPoolExecutor(min(workers_to_start(jobs), len(order)),
                                   mp_context=multiprocessing.get_context("fork"),
                                   initializer=forked_child, initargs=(os.getpid(),))  # fmt: skip
        futures: dict[int, Future[T]] = {}
        try:
            for k in order:
                futures[k] = pool.submit(_work, k)
            for k in sorted(futures):
                got[k] = futures[k].result()
        except BrokenProcessPool:
            log.debug("a forked process died; the rest is done here")
            stop_pool(pool)
        except Exception as exc:  # done again here, where it fails as in turn
            log.debug("a forked process failed (%r); the rest is done here", exc)
            stop_pool(pool)
        else:
            pool.shutdown()  # all idle
    except BaseException:  # Ctrl-C: the others are not waited for
        if pool is not None:
            stop_pool(pool)
        raise
    finally:
        _WORK = None
    return got


def _work(k: int) -> Any:
    """In a process of in_forks(): its work for ``k``."""
    assert _WORK is not None
    return _WORK(k)


def pool_processes(pool: Any) -> list[Any]:
    """A ProcessPoolExecutor's processes (multiprocessing.Process), or none where this
    Python does not tell: the standard API gives no handle on them, so this is the one
    place that reads the pool's own attribute."""
    return list((getattr(pool, "_processes", None) or {}).values())


def stop_pool(pool: Any) -> None:
    """A pool's processes ended, whatever they were doing, and waited for (the standard
    API cannot end running workers: pool_processes)."""
    processes = pool_processes(pool)
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(5)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(5)  # it ends once it sees its processes gone

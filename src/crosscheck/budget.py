"""The time budget of one input: a pathological document is skipped with a reason instead
of hanging the run (parsing a file, segmenting and extracting each run under it; a
file whose reading the store holds is not parsed, and arms none).

In the main thread the budget is SIGALRM, which also interrupts a regular expression
(CPython's re checks for signals), unless the program has a timer of its own due before
the budget ends (a library caller's alarm()), which is left to fire. In any other
thread (a Dask worker's task, a library caller's thread pool), or then, no signal can
reach the code, so a watchdog thread raises the same
DocumentTimeout in it when the budget has passed: Python code stops at its next step, but
one call into C that holds the interpreter (a regular expression stuck backtracking) runs
on until it returns. A process that may be stopped and started again by someone else (a
Dask worker under a nanny, one task at a time: ``stop_process_when_stuck``) is stopped
when a block is still running GRACE seconds after its budget, with a traceback of every
thread on stderr, so such a call costs its input and not the run.
"""

from __future__ import annotations

import ctypes
import faulthandler
import itertools
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

GRACE = 5.0  # seconds past the budget before a stuck process is stopped (at least)
_STOP_WHEN_STUCK = False


class DocumentTimeout(Exception):
    """A document ran past its time budget."""


def stop_process_when_stuck(stop: bool) -> None:
    """Whether this process ends itself when a budgeted block outside the main thread runs
    past its budget and the grace after it (only for a process that runs one budgeted
    block at a time and is started again when it ends: a Dask worker under a nanny)."""
    global _STOP_WHEN_STUCK
    _STOP_WHEN_STUCK = stop


# seconds (31 years): setitimer fails from about 9.2e9, as a thread's wait does past
# threading.TIMEOUT_MAX
TIMER_MAX = 1e9


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise DocumentTimeout in the code running when ``seconds`` have passed (SIGALRM in
    the main thread, a watchdog in any other). With ``seconds`` <= 0 no budget applies; a
    longer one than the timers hold (a large file's share of a large budget) is cut to
    TIMER_MAX."""
    seconds = min(seconds, TIMER_MAX)
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        if 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= seconds:  # the program's comes first
            with _watchdog(seconds):
                yield
        else:
            with _alarm(seconds):
                yield
    else:  # another thread, no SIGALRM (Windows): stopped all the same
        with _watchdog(seconds):
            yield


class Carried(BaseException):
    """A caller's exception (``error``) carried past the code's handlers of Exception
    (which would take it for the document's failure: "internal error", the run going on;
    or a stage's InternalError) out of the run, where the library call raises it as it
    was."""

    def __init__(self, error: Exception) -> None:
        super().__init__(error)
        self.error = error


class ProgramSignal(Carried):
    """What the program's own SIGALRM handler raised during a run (ProgramSignals)."""


def carrying(run: Callable[[], T]) -> T:
    """``run()`` within ProgramSignals: its result, or what was carried out of it (the
    program's own SIGALRM handler raised it, or a caller's function the run called: its
    Carried), as it was (pipeline.check, pipeline.run)."""
    signals = ProgramSignals()
    done: list[T] = []
    carried: Exception | None = None
    try:
        with signals:
            done.append(run())
    except ProgramSignal as late:  # one that came as the block ended
        signals.caught(late)
    except Carried as other:
        carried = other.error
    if carried is not None:
        raise carried  # (outside the handler: nothing of crosscheck's chained to it)
    signals.raise_carried()  # (a run the program's signal ended: raised here)
    return done[0]


class ProgramSignals:
    """Around a run in the main thread: the program's own SIGALRM handler (a library
    caller's time limit on a batch of check() calls; time_budget leaves its timer
    running) runs as it would, and what it raises ends the run and reaches the program
    as it was, not taken for a document's failure ("internal error, please report it",
    the article skipped and the run going on) nor a stage's. Used through
    carrying. The program's exception is raised outside any handler, so
    nothing is chained to it; the program's handler is back in place whenever its signal
    comes. A run inside a run (a progress callback's) leaves it to the outer one
    (``outer`` false)."""

    def __init__(self) -> None:
        self.previous: Any = None
        self.outer = False
        self.error: Exception | None = None

    def __enter__(self) -> ProgramSignals:
        previous = signal.getsignal(signal.SIGALRM) if hasattr(signal, "SIGALRM") else None
        if (
            not callable(previous)
            or getattr(previous, "_crosscheck_relay", False)  # an outer run carries it out
            or threading.current_thread() is not threading.main_thread()
        ):
            return self

        def relay(signum: int, frame: Any) -> None:
            try:
                previous(signum, frame)
            except DocumentTimeout:  # the budget's own, delivered in the program's handler
                raise
            except Exception as exc:
                raise ProgramSignal(exc) from exc

        relay._crosscheck_relay = True  # type: ignore[attr-defined]
        self.previous, self.outer = previous, True
        signal.signal(signal.SIGALRM, relay)
        return self

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> bool:
        if not self.outer:
            return False
        self._put_back()
        if isinstance(exc, ProgramSignal):
            self.error = self.error or exc.error
            return True  # raised by raise_carried, outside this handler
        return False

    def caught(self, late: ProgramSignal) -> None:
        """A ProgramSignal that came as the block ended (before its exit ran, or in it):
        the program's handler put back and its exception carried; raised on to the
        outer run's when this is not the outer one."""
        if not self.outer:
            raise late
        self._put_back()
        self.error = self.error or late.error

    def raise_carried(self) -> None:
        """Raise the program's exception the run carried, if any (outside any handler)."""
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def _put_back(self) -> None:
        """Put the program's handler back (signal.signal runs a pending handler before it
        changes the handler: tried again until it has, a signal after that is the
        program's handler's), keeping what the relay carried meanwhile."""
        while self.previous is not None:
            try:
                signal.signal(signal.SIGALRM, self.previous)
                self.previous = None
            except ProgramSignal as carried:
                self.error = self.error or carried.error


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expired(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    start = time.monotonic()
    # a timer of the program's own (a library caller's alarm(), due after this budget, as
    # time_budget leaves a sooner one to the watchdog) is armed again when the block ends,
    # with what was left of it: it was cancelled, and the program's own time limit never came
    delay, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if delay > 0:
            left = delay - (time.monotonic() - start)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), interval)


# PyThreadState_SetAsyncExc(thread id, exception): raise it in that thread; NULL clears
_raise_in = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
)
_clear_in = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
)


class _Watchdog:
    """One thread per process that raises DocumentTimeout in each thread whose deadline
    has passed (a thread per budgeted block would cost more than a short block)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.due: dict[int, tuple[float, int]] = {}  # token -> (deadline, thread id)
        self.fired: set[int] = set()
        self.tokens = itertools.count()
        self.started = False  # its thread starts at the first budget (a forked child's too)
        self.thread: threading.Thread | None = None

    def add(self, seconds: float) -> int:
        with self.cond:
            if not self.started:
                self.started = True
                self.thread = threading.Thread(
                    target=self._run, name="crosscheck-budget", daemon=True
                )
                self.thread.start()
            token = next(self.tokens)
            self.due[token] = (time.monotonic() + seconds, threading.get_ident())
            self.cond.notify()
            return token

    def remove(self, token: int) -> bool:
        """Stop watching; whether the deadline passed (and DocumentTimeout was raised)."""
        with self.cond:
            self.due.pop(token, None)
            if token in self.fired:
                self.fired.discard(token)
                return True
            return False

    def _run(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                for token, (deadline, ident) in list(self.due.items()):
                    if deadline <= now:
                        del self.due[token]
                        self.fired.add(token)
                        _raise_in(ident, DocumentTimeout)
                nearest = min((d for d, _ in self.due.values()), default=None)
                self.cond.wait(None if nearest is None else max(0.0, nearest - now))


_WATCHDOG = _Watchdog()


def _after_fork() -> None:
    """A forked child starts with a watchdog of its own (never waiting on a lock that a
    thread of its parent held)."""
    global _WATCHDOG
    _WATCHDOG = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def is_watchdog(thread: threading.Thread) -> bool:
    """Whether ``thread`` is this process's watchdog (which a fork need not fear: the
    child starts one of its own, _after_fork)."""
    return thread is _WATCHDOG.thread


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """DocumentTimeout raised in this thread by the watchdog thread (the interpreter
    delivers it at the code's next step); never once the block has ended."""
    stop = _STOP_WHEN_STUCK and threading.current_thread() is not threading.main_thread()
    token = _WATCHDOG.add(seconds)
    if stop:
        faulthandler.dump_traceback_later(seconds + max(GRACE, seconds), exit=True)
    try:
        yield
    finally:
        fired = _WATCHDOG.remove(token)
        if stop:
            faulthandler.cancel_dump_traceback_later()
        if fired:  # delivered in the block, or still pending: a pending one is dropped
            _clear_in(threading.get_ident(), None)

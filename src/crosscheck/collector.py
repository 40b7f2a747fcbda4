"""Python's garbage collector during a run.

A run makes hundreds of thousands of records (documents, sentences, claims, groups,
findings) that live to its end and hold no reference cycles. The cyclic collector cannot
know that: every record that survives is walked once when its generation is collected and
again in the next one, which was about a tenth of an unchanged re-run with ``--store``
(1.2-1.5 s of 11 at 10,000 articles, most of it spent on records decoded from the store).

``tuned()`` is the command's policy (crosscheck.cli.main): what is alive when the command
starts (modules, functions, compiled patterns) is moved out of the collector's sight, and
the youngest generation is collected every 20,000 new objects, not 700. ``lasting()`` is
for a block that only makes such records (decoding the store's rows): the collector is
paused while it runs, and under ``tuned()`` what it made is moved out of sight as well
(gc.freeze), so it is never walked. A library caller's collector is only paused there:
its frozen objects, and whether it freezes at all, are its own.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freezing = False  # under tuned(), which unfreezes at its end


@contextmanager
def tuned() -> Iterator[None]:
    """The collector's settings for one command, given back afterwards. Garbage of a
    caller that runs the command in its own process is collected first; a caller that
    froze objects of its own keeps them frozen (unfreezing is for all or none, so the
    command then freezes nothing, and lasting() only pauses)."""
    global _freezing
    threshold = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0 and not _freezing
    if freeze:
        gc.collect()
        gc.freeze()
        _freezing = True
    gc.set_threshold(20_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freeze:
            _freezing = False
            gc.unfreeze()


@contextmanager
def lasting() -> Iterator[None]:
    """A block that makes records living to the run's end, with no reference cycles: the
    collector paused while it runs; under tuned(), what the process holds at its end is
    moved out of the collector's sight (gc.freeze). A block that raises is treated the
    same: what it made is freed by reference counting, as any record is."""
    if not gc.isenabled():  # paused already (an outer block, or the caller's choice)
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if _freezing:
            gc.freeze()
        gc.enable()

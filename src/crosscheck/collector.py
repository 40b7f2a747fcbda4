"""Python's garbage collector during a run.

A run makes hundreds of thousands of records (documents, sentences, claims, groups,
findings) that live to its end and hold no reference cycles. The cyclic collector cannot
know that: every record that survives is walked once when its generation is collected and
again in the next one, which was about a tenth of an unchanged re-run with ``--store``
(1.2-1.5 s of 11 at 10,000 articles, most of it spent on records decoded from the store).

``tuned()`` is the command's policy (crosscheck.cli.main): what is alive when the command
starts (modules, functions, compiled patterns) is moved out of the collector's sight, and
the youngest generation is collected every 20,000 new objects, not 700. ``lasting()`` is
for a block that only makes such records (decoding the store's rows in bulk): under
``tuned()``, garbage is collected first (so no garbage cycle is kept out of sight), the
collector is paused while the block runs, and then everything alive, the block's records
most of it, is moved out of sight (gc.freeze) and never walked. A library caller's
collector is only paused there: its frozen objects, and whether it freezes at all, are
its own. The collector's state is the process's: neither is for blocks running at once in
two threads.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freezing = False  # under tuned(), which unfreezes at its end
# the youngest generation collected every 20,000 new objects, not 700 (tuned, for_worker)
THRESHOLD = (20_000, 20, 20)


@contextmanager
def tuned() -> Iterator[None]:
    """The collector's settings for one command, given back afterwards. Garbage of a
    caller that runs the command in its own process is collected first; a caller that
    froze objects of its own keeps them frozen (unfreezing is for all or none, so the
    command then freezes nothing, and lasting() only pauses)."""
    global _freezing
    threshold = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0 and not _freezing
    try:
        if freeze:
            gc.collect()
            _freezing = True
            gc.freeze()
        gc.set_threshold(*THRESHOLD)
        yield
    finally:
        try:
            gc.set_threshold(*threshold)
        finally:
            if freeze:
                _freezing = False
                gc.unfreeze()


@contextmanager
def lasting() -> Iterator[None]:
    """A block that makes records living to the run's end, with no reference cycles: under
    tuned(), garbage collected first and what is alive at its end moved out of the
    collector's sight (gc.freeze); the collector paused while it runs. A block that
    raises is treated the same: what it made is freed by reference counting, as any
    record is. For a few large blocks a run, not one per article (each collects first)."""
    if not gc.isenabled():  # paused already (an outer block, or the caller's choice)
        yield
        return
    if _freezing:
        gc.collect()  # what is frozen below is what lives, not a cycle of garbage
    try:
        gc.disable()
        yield
    finally:
        try:
            if _freezing:
                gc.freeze()
        finally:
            gc.enable()


def for_worker() -> None:
    """A worker process that crosscheck starts and owns (a LocalCluster's, see
    crosscheck.dask_engine): the command's settings for the rest of its life, as the
    processes of --engine local inherit them from the command where they are forked
    (where a fork is safe, see crosscheck.beside). What its start made (modules, Dask's
    worker) is moved out of the collector's sight, and the youngest generation is
    collected every 20,000 new objects (reading and extracting 400 articles in a fresh
    process: 0.29 s in 703 collections with Python's settings, 0.07 s in 18)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLD)

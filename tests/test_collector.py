"""The garbage collector during a run (crosscheck.collector): records decoded from the store
are moved out of its sight under the command's policy, and a caller's collector is given
back as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crosscheck import collector
from crosscheck.store import Store
from tests.conftest import SEEDS


@pytest.fixture
def plain_collector() -> Iterator[None]:
    """A test that starts with nothing frozen and the collector on (as pytest leaves it)."""
    assert gc.isenabled() and gc.get_freeze_count() == 0
    yield
    gc.enable()
    gc.unfreeze()


class _Record:  # a tracked object, as a decoded claim is
    def __init__(self, n: int) -> None:
        self.n = n


def test_under_the_commands_policy_what_a_lasting_block_makes_is_frozen(
    plain_collector: None,
) -> None:
    threshold = gc.get_threshold()
    with collector.tuned():
        assert gc.get_threshold() == (20_000, 20, 20)
        before = gc.get_freeze_count()
        with collector.lasting():
            assert not gc.isenabled()
            made = [_Record(n) for n in range(1_000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
        # a block that raises leaves the collector on all the same
        with pytest.raises(ValueError), collector.lasting():
            raise ValueError
        assert gc.isenabled()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == threshold


def test_garbage_made_before_a_lasting_block_is_collected_not_frozen(
    plain_collector: None,
) -> None:
    import weakref

    with collector.tuned():
        cycle = _Record(0)
        cycle.n = cycle  # type: ignore[assignment]  # a reference cycle, then garbage
        gone = weakref.ref(cycle)
        del cycle
        with collector.lasting():
            made = [_Record(n) for n in range(10)]
        assert gone() is None and len(made) == 10


def test_a_library_callers_collector_is_only_paused(plain_collector: None) -> None:
    with collector.lasting():
        assert not gc.isenabled()
        made = [_Record(n) for n in range(1_000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0 and len(made) == 1_000
    # a caller that turned the collector off finds it off
    gc.disable()
    with collector.lasting():
        made.append(_Record(0))
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_a_command_run_inside_a_command_leaves_the_outer_ones_frozen_objects(
    plain_collector: None,
) -> None:
    with collector.tuned():
        outer = gc.get_freeze_count()
        with collector.tuned(), collector.lasting():
            made = [_Record(n) for n in range(100)]
        # the inner command froze nothing of its own to give back: the outer's (and what
        # its lasting block made) stay frozen until the outer one ends
        assert gc.get_freeze_count() >= outer + len(made)
    assert gc.get_freeze_count() == 0


def test_an_unchanged_rerun_in_a_callers_process_freezes_the_stores_records_then_gives_back(
    plain_collector: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck.cli import main

    store = tmp_path / "store.db"
    args = ["check", str(SEEDS), "--store", str(store), "--out", str(tmp_path / "out"),
            "--fail-on", "never", "-qq"]  # fmt: skip
    with pytest.raises(SystemExit) as first:
        main(args)
    assert first.value.code == 0
    # frozen before and after each call, and the records it decoded
    decoded: dict[str, list[tuple[int, int, int]]] = {"extractions": [], "stories": [], "read": []}

    def spy(name: str, count: Any) -> None:
        real = getattr(Store, name)

        def spied(self: Store, *args: Any, **kwargs: Any) -> Any:
            before = gc.get_freeze_count()
            out = real(self, *args, **kwargs)
            decoded[name].append((before, gc.get_freeze_count(), count(out)))
            return out

        monkeypatch.setattr(Store, name, spied)

    spy("extractions", lambda out: sum(len(x[1]) for x in out if x is not None))
    spy("stories", lambda out: sum(len(s.groups) + len(s.findings) for s in out.values()))
    spy("read", lambda out: len(out.documents) if out is not None else 0)
    threshold = gc.get_threshold()
    with pytest.raises(SystemExit) as second:
        main(args)
    assert second.value.code == 0
    # the re-run decoded its articles' sentences and claims, and its stories' groups and
    # findings, from the store, and froze them; an article's reading, decoded one at a
    # time, is left to the collector (freezing there would keep cycles of garbage)
    [(before, after, claims)] = decoded["extractions"]
    assert claims > 10 and after - before > claims
    [(before, after, records)] = decoded["stories"]
    assert records > 3 and after - before > records
    assert len(decoded["read"]) >= 2
    assert all(after == before and read > 0 for before, after, read in decoded["read"])
    assert gc.isenabled() and gc.get_freeze_count() == 0 and gc.get_threshold() == threshold

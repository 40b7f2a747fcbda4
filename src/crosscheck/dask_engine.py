"""The same stages on Dask (``--engine dask``): a cluster runs them, crosscheck does not
grow one of its own.

- Reading and extraction: one task per batch of input files (a folder's files, JSON Lines
  shards), read on the workers: the client lists the files, it never reads them.
- The story graph: the article vectors (TF-IDF, and the projection above 20,000
  articles) are fitted on the client, which holds the run's records anyway for the
  report; the similarity join runs on the workers (``map_chunks``), a task per pair of
  blocks of articles, given those two blocks' vectors alone (above 20,000 articles, of
  the projection; then a task per chunk of articles scores their nearest exactly, given
  the vectors of the chunk and of its candidates): never the whole run's. The client
  keeps each article's best links as the tasks give them (above 20,000 articles, each
  tile's nearest that can still count); label propagation on the client.
- Matching and the rules: one task per batch of stories (crosscheck.stories.judge_story).

Every task calls the functions the local engine calls, and results are put back in input
order, so the output is byte-identical to ``--engine local``. A task that fails is run
again by Dask, then each of its items alone (``DaskEngine._map``): a file that still
fails is skipped and listed like any unreadable input; a story that still fails ends the
run (StoryFailed, exit 4). The time budget holds in the workers' threads through
crosscheck.budget's watchdog; a worker process of one thread under a nanny also ends
itself on a document stuck where the watchdog cannot reach.
"""

from __future__ import annotations

import logging
import resource
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from uuid import uuid4

from crosscheck.config import Settings, workers_to_start
from crosscheck.errors import ClusterTrouble, ConfigError, WorkersDied, describe
from crosscheck.extract.entities import AliasTable
from crosscheck.ingest import Candidate, IngestResult, read_candidate, real_path
from crosscheck.match import ConceptTable
from crosscheck.model import CopyCluster, Skipped
from crosscheck.rules import RuleSet
from crosscheck.stories import StoryFailed, StoryResult, judge_story

if TYPE_CHECKING:  # the matcher is imported by the runs that match (see stories.judge_story)
    from crosscheck.match.cluster import ChunkTasks, Fold, StoryPart

log = logging.getLogger("crosscheck")

FILES_PER_TASK = 16  # input files read and extracted by one task
# open files one local worker costs the client's process (its nanny, comms, pipes): a
# local cluster starts no more workers than the open-file limit allows (workers_to_start)
DASK_FILES_EACH = 16
CLAIMS_PER_TASK = 4000  # claims of the stories one matching task judges (at least one story)
RETRIES = 1  # Dask tries a failed task once more
IN_FLIGHT_PER_WORKER = 3  # tasks submitted and not yet done, per worker thread
LOST_AGAIN = 3  # times a tile of the projection is sent again, lost with workers
SCATTER_TRIES = 10  # tries to scatter a piece of them, a second apart
MARK_TRIES = 5  # tries to leave an item's mark in a folder other items may remove
SENDING = "send data to"  # what the client could not do, in ClusterTrouble's message
CONNECT_TIMEOUT = 20.0  # s to reach a --scheduler (Dask's own bound, which ends at connecting)
HANDSHAKE_TIMEOUT = 10.0  # s more for it to answer as a Dask scheduler (crosscheck's bound)
CLOSED = "the Dask client is closed: its connection to the scheduler was lost and not made again"

Extraction = Any  # crosscheck.pipeline.Extraction: (sentences, claims), or why it failed
Progress = Callable[[int, int], None]
Put = Callable[[list[int], list[Any]], None]  # a batch's items and their results


@dataclass(slots=True)
class FileResult:
    """What one input file gave: its documents, each with its extraction (None when the
    store holds one under the document's extraction key), and what was skipped or
    noticed. (The client hashes the keys again: a SHA-256 of each text, a fraction of a
    second for 10,000 articles.)"""

    read: IngestResult
    extractions: list[Extraction] = field(default_factory=list)


def _read_and_extract(
    cands: list[Candidate],
    settings: Settings,
    aliases: AliasTable,
    context: str,
    known: frozenset[str],
) -> list[FileResult]:
    """A task: read each file and extract each of its documents whose extraction key the
    store does not hold (``known``), each within its time budget."""
    from crosscheck import budget, pipeline
    from crosscheck.store import extraction_key

    if pipeline._WORKER.aliases is not aliases or settings.time_budget != pipeline._WORKER.budget:
        pipeline._init_worker(aliases, settings.time_budget)  # once per worker and run
        budget.stop_process_when_stuck(_restarted_when_stopped())
    out = []
    for cand in cands:
        read = read_candidate(cand, settings)
        keys = [extraction_key(doc, context) for doc in read.documents]
        extractions = [
            None if key in known else pipeline._extract_one(doc)
            for doc, key in zip(read.documents, keys, strict=True)
        ]
        out.append(FileResult(read, extractions))
    return out


def _restarted_when_stopped(dask_worker: Any = None) -> bool:
    """Whether this worker (the one running this task, or given by ``Client.run``) is a
    process of its own that runs one task at a time and that its nanny starts again when
    it ends: then a reading or an extraction stuck past its time budget where it cannot
    be interrupted stops the process (see crosscheck.budget), Dask runs the task again,
    and the input is skipped like one whose worker died."""
    if dask_worker is None:
        from distributed import get_worker

        try:
            dask_worker = get_worker()
        except ValueError:  # not on a worker
            return False
    return dask_worker.nanny is not None and dask_worker.state.nthreads == 1


def _judge(
    stories: list[tuple[StoryPart, dict[str, float], list[CopyCluster]]],
    concepts: ConceptTable,
    ruleset: RuleSet,
) -> list[StoryResult]:
    """A task: judge some stories (each with its conversion rates and copy clusters)."""
    return [judge_story(p, r, concepts, ruleset, c) for p, r, c in stories]


class DiedOnIt(Exception):
    """An item that was running each time its worker process died (``deaths`` times): it
    fails at once instead of killing another worker."""

    def __init__(self, deaths: int) -> None:
        super().__init__(deaths)  # the arguments it is pickled with, back from a worker
        self.deaths = deaths

    def __str__(self) -> str:
        return f"its worker process died {self.deaths} times running it"


def _marked(
    task: Callable[..., list[Any]], marks: str, keys: list[int], items: list[Any], *args: Any
) -> list[Any]:
    """``task`` run item by item, each item leaving a mark in the worker machine's temp
    folder while it runs (a byte per start, removed when it ends, error or not). A mark
    left behind is a worker process that died running the item: out of memory, a crash,
    or stuck past its time budget where it could not be interrupted. An item with two
    such marks raises DiedOnIt without running, so a document that kills its worker costs
    two deaths, not the batch's two and then its own two alone (workers on another
    machine see no marks: there the item simply runs again). Only a worker that runs one
    task at a time leaves marks: in one that runs several, a death marks them all.

    The marks' folder is removed when an item ends and no mark is left in it (another
    worker's item running, or one whose worker died), so that a task still running when
    its map has ended and removed the folder (_forget_marks: a map that ended early; a
    task running cannot be cancelled) does not leave it behind, empty."""
    if not _one_at_a_time():
        return task(items, *args)
    folder = Path(tempfile.gettempdir()) / marks
    out: list[Any] = []
    for key, item in zip(keys, items, strict=True):
        mark = folder / str(key)
        deaths = mark.stat().st_size if mark.exists() else 0
        if deaths >= RETRIES + 1:
            raise DiedOnIt(deaths)
        _add_mark(folder, mark)
        try:
            out.extend(task([item], *args))
        finally:
            mark.unlink(missing_ok=True)  # (gone if the map ended meanwhile)
            with suppress(OSError):  # not empty: another item's mark
                folder.rmdir()
    return out


def _add_mark(folder: Path, mark: Path) -> None:
    """A byte added to ``mark`` in ``folder``, made if missing; made again when another
    worker's item removes it, empty, between the two steps (a few times at most)."""
    for attempt in range(MARK_TRIES):
        folder.mkdir(exist_ok=True)
        try:
            with mark.open("ab") as f:
                f.write(b"x")
            return
        except FileNotFoundError:  # the folder removed meanwhile
            if attempt + 1 == MARK_TRIES:
                raise


def _one_at_a_time() -> bool:
    from distributed import get_worker

    try:
        return bool(get_worker().state.nthreads == 1)
    except ValueError:  # not on a worker
        return False


def _forget_marks(marks: str) -> None:
    """Remove a map's marks from this worker's machine (run on every worker at its end)."""
    shutil.rmtree(Path(tempfile.gettempdir()) / marks, ignore_errors=True)


def _chunks(items: list[Any], function: Callable[[Any], Any]) -> list[Any]:
    """A task: the story graph's work on some of its items (see DaskEngine.map_chunks)."""
    return [function(item) for item in items]


def _value(value: Any) -> Any:
    """A task whose result is ``value``: how the engine shares a value with every task."""
    return value


def _raise_failed(what: str, exc: BaseException, doing: str) -> NoReturn:
    """A story-graph task that failed on the workers ends the run naming it: workers that
    died running it are no bug (WorkersDied); an error it raised is one (a RuntimeError
    the stage reports as an internal error)."""
    from distributed import KilledWorker

    said = f"{what} failed on the workers: {_failure(exc, doing)}"
    if isinstance(exc, KilledWorker | DiedOnIt):
        raise WorkersDied(said)
    raise RuntimeError(said)


def _failure(exc: BaseException, doing: str, budget: float = 0.0) -> str:
    """Why an input or a story failed on the workers, in one line (``budget``: the time
    budget it ran under, whose overrun can stop a worker too)."""
    from distributed import KilledWorker

    if isinstance(exc, KilledWorker | DiedOnIt):
        deaths = exc.deaths if isinstance(exc, DiedOnIt) else exc.allowed_failures + 1
        causes = (
            "out of memory, a crash, or stuck past its time budget where it could not be "
            "interrupted"
            if budget > 0
            else "out of memory or a crash"
        )
        return (
            f"the Dask worker process {doing} died {deaths} times "
            f"({causes}; the workers' logs say which)"
        )
    return f"failed twice on the Dask workers: {describe(exc)}"


def _peak_mb() -> float:
    """This process's peak resident memory since it started, or since _clear_peak (on
    Linux, where /proc says it; elsewhere since it started)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _clear_peak() -> bool:
    """Start this process's peak memory again from what it holds now (Linux: writing 5 to
    clear_refs resets VmHWM), so each stage's peak is its own; False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _with_our_preload() -> dict[str, Any]:
    """The workers' preload settings with this module added after the user's (Dask's
    configuration): a preload may be one module's name or a list, and its arguments one
    list for all (left as they are) or a list for each, which gets an empty one more."""
    from dask.config import get

    theirs = get("distributed.worker.preload", None) or []
    preload = [theirs] if isinstance(theirs, str) else list(theirs)
    out: dict[str, Any] = {"distributed.worker.preload": [*preload, __name__]}
    argv = get("distributed.worker.preload-argv", None) or []
    if argv and not isinstance(argv, str) and not isinstance(argv[0], str):
        out["distributed.worker.preload-argv"] = [*argv, []]
    return out


def dask_setup(worker: Any) -> None:
    """Run by each worker of the LocalCluster a run starts (this module is its preload,
    see DaskEngine), when it starts: the garbage collector as the command has it, which
    the processes of --engine local inherit where they are forked
    (crosscheck.collector.for_worker). A cluster of the user's (--scheduler) is left as
    it is."""
    from crosscheck import collector

    collector.for_worker()


class _NoHandshake(OSError):
    """A --scheduler's address took the connection and gave no Dask handshake in time."""


def _connect(client: Any, address: str) -> Any:
    """A ``client`` (distributed.Client) of the scheduler at ``address``, reached and its
    handshake done within CONNECT_TIMEOUT + HANDSHAKE_TIMEOUT seconds: Dask bounds the
    connecting alone, and a listener that takes the connection and never answers held the
    run for ever. Past the bound a _NoHandshake; the half-started client is closed."""

    class Bounded(client):  # type: ignore[misc]
        def start(self, **kwargs: Any) -> None:
            try:
                super().start(callback_timeout=CONNECT_TIMEOUT + HANDSHAKE_TIMEOUT, **kwargs)
            except BaseException as exc:
                with suppress(Exception):
                    self.close(timeout=1)
                if isinstance(exc, TimeoutError) and "Timed out trying" not in str(exc):
                    raise _NoHandshake from None  # (Dask's own bound on connecting says so)
                raise

    return Bounded(address, timeout=CONNECT_TIMEOUT)


class DaskEngine:
    """A connection to a Dask cluster for one run: the scheduler of ``settings`` or a
    LocalCluster of ``settings.jobs`` worker processes, as many as the open-file limit
    allows (config.workers_to_start; closed with the engine)."""

    def __init__(self, settings: Settings) -> None:
        from distributed import Client, LocalCluster

        self.cluster: Any = None
        try:
            if settings.scheduler:
                self.client = _connect(Client, settings.scheduler)
            else:
                import dask

                local = {
                    # a task whose worker dies is run once more, as a task that raises
                    "distributed.scheduler.allowed-failures": RETRIES,
                    # the nanny's 64 KiB malloc trim threshold made matching 1.6x slower
                    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                    # each worker (and each one started again) runs dask_setup below
                    **_with_our_preload(),
                }
                # crosscheck says itself what failed on the workers (one line per input);
                # Dask's own account of it (workers restarted, tasks failed) with -v
                quiet = logging.ERROR if log.isEnabledFor(logging.INFO) else logging.CRITICAL
                with dask.config.set(local):
                    self.cluster = LocalCluster(
                        n_workers=workers_to_start(settings.jobs, DASK_FILES_EACH),
                        threads_per_worker=1, processes=True,
                        dashboard_address=":0", silence_logs=quiet,
                    )  # fmt: skip
                self.client = Client(self.cluster)
        except OSError as exc:  # no scheduler there (a timeout is an OSError too)
            where = settings.scheduler or "a local cluster"
            if isinstance(exc, _NoHandshake):
                raise ConfigError(
                    f"cannot reach the Dask scheduler at {where}: what listens there took "
                    "the connection but did not answer as a Dask scheduler within "
                    f"{CONNECT_TIMEOUT + HANDSHAKE_TIMEOUT:g} s"
                ) from None
            raise ConfigError(f"cannot reach the Dask scheduler at {where} ({exc})") from None
        except Exception as exc:  # what answered speaks no Dask (an HTTP server's reply
            if not settings.scheduler:  # read as a frame length: a MemoryError), or not
                raise  # as this client does (TLS without its settings, another version)
            raise ConfigError(
                f"cannot reach the Dask scheduler at {settings.scheduler}: could not talk "
                f"to it as a Dask scheduler ({describe(exc)})"
            ) from None
        self.shared: dict[str, Any] = {}
        self.stage_peaks: dict[str, dict[str, float]] = {}  # stage -> worker -> peak, MB
        self.peaks: dict[str, float] = {}  # worker -> its peak in the run, MB
        self.budget = settings.time_budget
        self.asked: set[str] = set()  # the workers asked by _check_budget
        try:
            self._check_budget()
        except BaseException:  # (ClusterTrouble too): no client left open, and the
            with suppress(Exception):  # error said, whatever closing it says
                self.close()
            raise

    def _check_budget(self) -> None:
        """Say when the cluster's workers cannot be stopped on a document stuck where the
        time budget cannot interrupt it (see crosscheck.budget): workers that run several
        tasks at once, or that no nanny starts again. Asked when the engine starts and
        before each stage, of the workers not asked before (a cluster that grows)."""
        if self.budget <= 0:
            return
        # asked of the workers: scheduler_info() lists only 5 in some Dask versions
        # a worker that died and is not yet removed does not answer: asked at the next stage
        with self._talking("reach"):
            answers = self.client.run(_restarted_when_stopped, on_error="ignore")
        new = {address: stopped for address, stopped in answers.items()
               if address not in self.asked}  # fmt: skip
        self.asked.update(new)
        loose = sum(1 for stopped in new.values() if not stopped)
        if loose:
            log.warning(
                "--time-budget on this Dask cluster: %d of %d %sworkers run several tasks at "
                "once or have no nanny, so there a document stuck inside one call into C "
                "(a regular expression backtracking) is not stopped; Python code is",
                loose, len(new), "new " if len(self.asked) > len(new) else "",
            )  # fmt: skip

    @contextmanager
    def _stage_memory(self, stage: str) -> Iterator[None]:
        """Each worker's peak memory during ``stage`` (kept in stage_peaks, the largest of
        the stage's calls), where the workers can start their peak again (Linux; the
        run's peak, in ``peaks``, is then the largest of its stages'); measuring never
        fails a run."""
        self._note_peaks()  # before a reset loses them
        try:
            cleared = all(self.client.run(_clear_peak).values())
        except Exception:
            log.debug("could not start the workers' peak memory again", exc_info=True)
            cleared = False
        yield
        now = self._note_peaks()
        if cleared:
            was = self.stage_peaks.setdefault(stage, {})
            for worker, mb in now.items():
                was[worker] = max(mb, was.get(worker, 0.0))

    def _note_peaks(self) -> dict[str, float]:
        """Each worker's peak memory now (since its last reset), also kept in ``peaks``."""
        try:
            now: dict[str, float] = self.client.run(_peak_mb)
        except Exception:
            log.debug("could not ask the workers for their memory", exc_info=True)
            return {}
        for worker, mb in now.items():
            self.peaks[worker] = max(mb, self.peaks.get(worker, 0.0))
        return now

    def close(self) -> None:
        try:
            self._note_peaks()
            if self.peaks:
                log.info("dask workers' peak memory: %s",
                         ", ".join(f"{mb:.0f} MB" for mb in self.peaks.values()))  # fmt: skip
            if self.stage_peaks:
                log.info("dask workers' peak memory by stage: %s", "; ".join(
                    f"{stage} {', '.join(f'{mb:.0f}' for mb in mbs.values())} MB"
                    for stage, mbs in self.stage_peaks.items()))  # fmt: skip
        except Exception:  # a report of memory never fails a run
            log.debug("could not report the workers' memory", exc_info=True)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def _workers(self) -> int:
        """How many tasks the cluster runs at once (its workers' threads), now."""
        try:
            return max(1, int(sum(self.client.nthreads().values())))
        except Exception:  # a cluster that cannot say: a window of a few tasks still works
            log.debug("could not ask the scheduler for its workers", exc_info=True)
            return 1

    def _shared(self, name: str, value: Any) -> Any:
        """``value`` (the alias table, rules, concepts) held on the cluster for every task
        that needs it: as the result of a task, copied to every worker. Not scattered data:
        when the workers holding scattered data die, it is lost and every task needing it
        is cancelled, where Dask computes a task's result again."""
        if name not in self.shared:
            self.shared[name] = self._share(value, name)
        return self.shared[name]

    def _share(self, value: Any, name: str) -> Any:
        """``value`` copied to every worker, as the result of a task (see _shared);
        ClusterTrouble when the client's connection to the cluster fails meanwhile, and
        ConfigError when the task fails: its value is crosscheck's own (aliases, rules),
        which a worker without crosscheck, or with another version of it, cannot read
        back; every task would fail too, and each file would be called unreadable."""
        from distributed import wait

        with self._talking(SENDING), warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Sending large graph", UserWarning)  # sent once,
            future = self.client.submit(  # as intended (the store's keys)
                _value, value, key=f"crosscheck-{name}-{uuid4().hex}"
            )
            with self.client.as_current():  # wait() waits on the default client's loop
                wait([future])
            self.client.replicate([future])
        if future.status == "error":  # the workers could not read it back
            cause = future.exception()
            raise ConfigError(
                f"the Dask workers cannot take what every task needs ({describe(cause)}): "
                "is this version of crosscheck installed where they run?"
            ) from cause
        return future

    def _map(
        self,
        task: Callable[..., list[Any]],
        items: Sequence[Any],
        batches: list[list[int]],
        args: tuple[Any, ...],
        step: Callable[[int], None] | None = None,
        put: Put | None = None,
    ) -> tuple[dict[int, Any], dict[int, BaseException]]:
        """``_map_marked`` under marks of its own, removed from the workers' machines at
        its end."""
        marks = f"crosscheck-marks-{uuid4().hex}"
        self._check_budget()
        try:
            return self._map_marked(task, marks, items, batches, args, step, put)
        finally:
            try:
                self.client.run(_forget_marks, marks)
            except Exception:  # a worker that cannot be reached keeps an empty folder
                log.debug("could not remove the marks on the Dask workers", exc_info=True)

    def _map_marked(
        self,
        task: Callable[..., list[Any]],
        marks: str,
        items: Sequence[Any],
        batches: list[list[int]],
        args: tuple[Any, ...],
        step: Callable[[int], None] | None = None,
        put: Put | None = None,
    ) -> tuple[dict[int, Any], dict[int, BaseException]]:
        """``task(items of a batch, *args)`` for every batch (of indices into ``items``) on
        the workers: each item's result, and why each item that failed did.

        Dask runs a task that fails once more (a worker that died, an error that escaped).
        The items of a batch that fails again are run one per task: side by side when an
        error escaped, one at a time when workers died, since a worker's death counts
        against every task it held, not only the one that killed it; an item that fails
        side by side by workers' deaths is run again one at a time too. So an item is
        called failed only by its own task's failures; one that was running at both of
        its batch's deaths fails alone without running again (``_marked``). ``step`` is
        told how many items
        each batch that succeeded held. ``put``, if given, is given each batch's results
        as they come (items and results), which are then not kept."""
        from distributed import KilledWorker, as_completed

        results: dict[int, Any] = {}
        keep: Put = put or (lambda batch, out: results.update(zip(batch, out, strict=True)))
        failed: dict[int, BaseException] = {}
        futures: dict[Any, list[int]] = {}
        waiting = iter(batches)

        def submit() -> Any:
            batch = next(waiting, None)
            if batch is None:
                return None
            future = self._submit(_marked, task, marks, batch, [items[i] for i in batch], *args)
            futures[future] = batch
            return future

        # A window of tasks in flight, not all of them: a task's items travel with it and
        # wait in the scheduler (in this process, on a LocalCluster) until it runs, so
        # submitting every batch at once held a second copy of the run's records here.
        window = max(2, IN_FLIGHT_PER_WORKER * self._workers())
        suspects: list[int] = []  # each alone, side by side
        killed: list[int] = []  # each alone, one at a time
        try:
            first = [f for f in (submit() for _ in range(window)) if f is not None]
            running = as_completed(first, loop=self.client.loop)  # (see _map_pieced)
            for future in running:
                following = submit()
                if following is not None:
                    running.add(following)
                batch = futures[future]
                try:  # waits again if a worker that held the result died: Dask computes it anew
                    out = future.result()
                except Exception as exc:
                    self._the_tasks_own(future, exc)
                    log.debug("a task of %d items failed on the Dask workers (%s); each alone",
                              len(batch), describe(exc))  # fmt: skip
                    (killed if isinstance(exc, KilledWorker) else suspects).extend(batch)
                else:
                    keep(batch, out)
                    if step is not None:
                        step(len(batch))
                del futures[future]
                future.release()
        finally:  # a map that ends early (an error of the client's, Ctrl-C) leaves no task
            self._cancel(futures)
        for i, why in self._alone(task, marks, items, sorted(suspects), args, keep):
            if isinstance(why, KilledWorker):
                killed.append(i)
            else:
                failed[i] = why
        for i in sorted(killed):
            failed.update(self._alone(task, marks, items, [i], args, keep))
        return results, failed

    def _alone(
        self,
        task: Callable[..., list[Any]],
        marks: str,
        items: Sequence[Any],
        todo: list[int],
        args: tuple[Any, ...],
        keep: Put,
    ) -> list[tuple[int, BaseException]]:
        """Each item of ``todo`` in a task of its own, side by side (as many at a time as
        ``_map`` keeps in flight: an item's data is made when its task is sent): the
        results go to ``keep``; returns the items that failed, with why."""
        failures: list[tuple[int, BaseException]] = []
        window = max(2, IN_FLIGHT_PER_WORKER * self._workers())
        for start in range(0, len(todo), window):
            part = todo[start : start + window]
            futures: dict[Any, int] = {}
            try:
                for i in part:
                    futures[self._submit(_marked, task, marks, [i], [items[i]], *args)] = i
                for future, i in list(futures.items()):
                    try:
                        out = future.result()
                    except Exception as exc:
                        self._the_tasks_own(future, exc)
                        failures.append((i, exc))
                    else:
                        keep([i], out)
                    del futures[future]
                    future.release()
            finally:  # those not taken when it ends early, that one included
                self._cancel(futures)
        return failures

    def _cancel(self, futures: Iterable[Any]) -> None:
        """The tasks of ``futures`` cancelled on the cluster (a map that ended early)."""
        futures = list(futures)
        if futures:
            try:
                self.client.cancel(futures)
            except Exception:  # a cluster that cannot be reached: the run ends anyway
                log.debug("could not cancel the tasks in flight", exc_info=True)

    def _submit(self, *call: Any) -> Any:
        """A task that Dask runs again once if it fails. Its data travels with it (a batch
        of stories, a chunk's article vectors: often over distributed's 10 MB warning
        threshold, as intended, so that warning is not shown)."""
        with self._talking(SENDING), warnings.catch_warnings():  # (closed: ClosedClientError)
            warnings.filterwarnings("ignore", "Sending large graph", UserWarning)
            return self.client.submit(*call, retries=RETRIES, pure=False)

    def _the_tasks_own(self, future: Any, exc: Exception) -> None:
        """Return when ``exc``, raised taking ``future``'s result, is the task's own failure
        (an error it raised, or its workers' deaths: its status is then "error"). Otherwise
        it is no input's or story's failure: ClusterTrouble when it is the client's
        connection to the cluster (_trouble), else ``exc`` again, an error of the client's
        own in taking the result (an event loop closed, a result it cannot read): a bug,
        reported as one."""
        if future.status == "error":
            return
        if (trouble := self._trouble(exc, "take a result from")) is not None:
            raise trouble from exc
        raise exc

    @contextmanager
    def _talking(self, doing: str) -> Iterator[None]:
        """An error of the client's in what it asks of the cluster inside: ClusterTrouble
        when it is the connection's (_trouble, ``doing`` in its message), else as it is."""
        try:
            yield
        except Exception as exc:
            if (trouble := self._trouble(exc, doing)) is None:
                raise
            raise trouble from exc

    def _trouble(self, exc: Exception, doing: str) -> ClusterTrouble | None:
        """What an error of the client's in talking to the cluster is: ClusterTrouble for
        its connection (an OSError: CommClosedError, a timeout; a task cancelled, as Dask
        cancels them all when the connection drops; any error once the client is closed,
        its connection lost and not made again in time, where distributed raises
        AttributeError or ClosedClientError), else None (a bug). (After the engine's own
        ``close`` every error would read as the first kind: nothing is asked of it then.)"""
        from concurrent.futures import CancelledError  # distributed's FuturesCancelledError

        if self._closed():
            return ClusterTrouble(ConnectionError(CLOSED), doing)
        if isinstance(exc, (OSError, CancelledError)):
            return ClusterTrouble(exc, doing)
        return None

    def _closed(self) -> bool:
        """Whether the client is closed (or closing): nothing more can be sent or taken."""
        return self.client.status in ("closing", "closed")

    # --- reading and extraction -------------------------------------------------------

    def read_and_extract(
        self,
        candidates: list[Candidate],
        settings: Settings,
        aliases: AliasTable,
        context: str,
        known: frozenset[str],
        progress: Progress | None = None,
    ) -> tuple[IngestResult, list[Extraction]]:
        """Every file read and its documents extracted on the workers: the documents (in
        input order, as ``read_inputs`` gives them) and their extractions (None where the
        store holds one). A file that fails on the workers is skipped with its reason."""
        batches = [list(range(i, min(i + FILES_PER_TASK, len(candidates))))
                   for i in range(0, len(candidates), FILES_PER_TASK)]  # fmt: skip
        args = (settings, self._shared("aliases", aliases), context,
                self._shared("known", known))  # fmt: skip
        files = 0

        def step(n: int) -> None:
            nonlocal files
            files += n
            if progress is not None:
                progress(files, len(candidates))

        # a worker's working folder is not the client's: paths go absolute, as shown unchanged
        sent = [replace(c, path=c.path.absolute()) for c in candidates]
        with self._stage_memory("read"):
            done, failed = self._map(_read_and_extract, sent, batches, args, step)
        if failed and progress is not None:
            progress(len(candidates), len(candidates))
        ingested = IngestResult()
        extractions: list[Extraction] = []
        for k, cand in enumerate(candidates):
            if k in failed:
                reason = _failure(failed[k], "reading or extracting it", settings.time_budget)
                ingested.skipped.append(Skipped(cand.shown, reason))
                ingested.unread.add(real_path(cand.path))
                ingested.unread_names.add(cand.doc_id)
                continue
            fr: FileResult = done[k]
            taken = ingested.take(cand, fr.read)
            extractions.extend(e for e, ok in zip(fr.extractions, taken, strict=True) if ok)
        return ingested, extractions

    # --- the story graph ------------------------------------------------------------------

    def map_chunks(self, function: Callable[[Any], Any], items: ChunkTasks, fold: Fold) -> None:
        """The story graph's similarity join on the workers (a ChunkMapper, see
        crosscheck.match.cluster._links): a task per item, each item (two blocks of
        articles, or a chunk of articles with their candidates) cut when its task is sent,
        and nothing shared: what a worker holds does not grow with the run. Each result
        goes to ``fold`` as it comes, so the client does not hold them all either. A task
        that fails on the workers ends the run (exit 4): without its links, stories would
        differ from a run where it did not fail. Items made of pieces (the projection's
        tiles) go by _map_pieced, where what a worker's death loses is run again."""
        if items.pieced:
            with self._stage_memory("stories"):
                self._map_pieced(function, items, fold)
            return

        def put(batch: list[int], results: list[Any]) -> None:
            for result in results:
                fold(result)

        batches = [[k] for k in range(len(items))]
        with self._stage_memory("stories"):
            _done, failed = self._map(_chunks, items, batches, (function,), put=put)
        if failed:
            k = min(failed)
            _raise_failed(items.describe(k), failed[k], "comparing them")

    def _map_pieced(self, function: Callable[[Any], Any], items: ChunkTasks, fold: Fold) -> None:
        """``function`` on every item on the workers, each result given to ``fold`` here as
        it comes and then dropped on the workers, a window of tasks in flight as in _map:
        what the workers hold is that window's tasks and their pieces, whatever the size
        of the run.

        Each piece of the items (``items.pieces``: the projection's groups of blocks) is
        scattered to the workers when a task needs it and it is not held here, and
        dropped here when none of the next tasks to send (a window, or ``items.ahead``)
        needs it (the tasks sent hold it until they have run; one sent again is
        scattered again); a task is sent with its pieces' futures. So what the scheduler
        keeps of a task in flight is a few names, not its vectors (with the vectors in
        the tasks, the scheduler, in this process on a LocalCluster, kept every tile's
        until the end), and the workers hold the pieces of the tasks in flight and of
        the next ones, not every piece a later task needs. An item is made when its task
        is sent (``items.made``), with what ``fold`` has taken so far. A task that fails
        (twice) ends the run, as in map_chunks, naming it.

        A worker that dies loses the pieces only it held, which Dask cannot compute again:
        it forgets them and cancels every task that needs them. A task cancelled is sent
        again, before any other, its pieces scattered again from the client's vectors
        where lost; a task lost more than LOST_AGAIN times ends the run, naming it."""
        import weakref
        from collections import Counter, deque
        from concurrent.futures import CancelledError  # distributed's FutureCancelledError
        from itertools import islice

        from distributed import as_completed

        self._check_budget()
        sent: dict[Any, Any] = {}  # piece -> its future, while the next tasks to send need it
        scattered: weakref.WeakSet[Any] = weakref.WeakSet()  # each piece's, while held
        lost: Counter[int] = Counter()  # task -> how many times it was lost
        todo = deque(range(len(items)))  # tasks to send
        what: dict[Any, int] = {}  # future -> its task, while in flight
        window = max(2, IN_FLIGHT_PER_WORKER * self._workers())
        # this client's loop: as_completed takes the default client's, which in a process
        # with another client (a notebook's) is not this one's, and a future waited on
        # there could not be waited on here (a result lost with a worker: "bound to a
        # different event loop")
        running = as_completed(loop=self.client.loop)

        def piece(p: Any) -> Any:
            future = sent.get(p)
            if future is None or future.status != "finished":  # not sent, or lost
                future = sent[p] = self._scatter(items.piece(p))
                scattered.add(future)
            return future

        def again(k: int) -> None:
            lost[k] += 1
            if lost[k] > LOST_AGAIN:
                raise WorkersDied(
                    f"{items.describe(k)} failed on the workers: what it needed was lost "
                    f"{lost[k]} times with Dask workers that died (or with the client's "
                    "connection to the scheduler)"
                )
            log.debug("%s: lost on the cluster, sent again", items.describe(k))
            todo.appendleft(k)

        def fill() -> None:
            while len(what) < window and todo:
                k = todo.popleft()
                made = items.made(k, [piece(p) for p in items.pieces(k)])
                future = self._submit(function, made)
                what[future] = k
                running.add(future)
                soon = {p for j in islice(todo, max(window, items.ahead)) for p in items.pieces(j)}
                for p in items.pieces(k):
                    if p not in soon:
                        del sent[p]  # the tasks sent hold it until they have run

        try:
            fill()
            for future in running:
                k = what[future]  # (in flight until taken: cancelled if the join ends first)
                failed: BaseException | None = None
                try:  # waits again if the worker holding it died, until Dask says it is lost
                    result = future.result()
                except CancelledError:  # lost with a worker, needing what was, or the
                    again(k)  # client's connection to the scheduler (Dask cancels it all)
                except Exception as exc:
                    self._the_tasks_own(future, exc)
                    failed = exc
                else:
                    fold(result)
                if failed is not None:
                    _raise_failed(items.describe(k), failed, "comparing them")
                del what[future]
                future.release()
                fill()
            assert not todo and not what, "every task's result given to fold"
        finally:  # a join that ends early (an error, Ctrl-C) leaves no tile on the cluster,
            sent.clear()  # nor a piece still held here (by the error's traceback: a frame
            self._cancel(what)  # of fill's that was sending a task)
            what.clear()
            self._cancel(scattered)

    def _scatter(self, value: Any) -> Any:
        """``value`` sent to a worker once (the future of scattered data). Sent again when
        the worker the scheduler picked has died and is not yet removed (the connection
        closes), up to SCATTER_TRIES times, a second apart; then ClusterTrouble (the
        client's connection, no bug), at once when the client is closed (its connection
        lost and not made again: a lost tile sent again ends here then)."""
        import time

        for attempt in range(SCATTER_TRIES):
            try:
                return self.client.scatter([value], hash=False)[0]
            except Exception as exc:
                if (trouble := self._trouble(exc, SENDING)) is None:
                    raise  # no connection's: a bug
                if attempt + 1 == SCATTER_TRIES or self._closed():
                    raise trouble from exc  # no worker takes it, or no client to send it
                log.debug("scattering to a Dask worker failed (%s); again", describe(exc))
                time.sleep(1)
        raise AssertionError("unreachable")

    # --- matching and the rules ---------------------------------------------------------

    def judge(
        self,
        parts: Sequence[StoryPart],
        rates: Sequence[dict[str, float]],
        copies: Sequence[list[CopyCluster]],
        concepts: ConceptTable,
        ruleset: RuleSet,
    ) -> list[StoryResult]:
        """Each story judged on the workers, a batch of stories per task; results in the
        order of ``parts``. A story that fails on the workers ends the run with
        StoryFailed, which holds the stories judged (a story's findings depend on all its
        articles: none of them is reported unchecked, and no partial report is written)."""
        batches: list[list[int]] = []
        size = 0
        for k, part in enumerate(parts):
            if not batches or size + len(part.claims) > CLAIMS_PER_TASK:
                batches.append([])
                size = 0
            batches[-1].append(k)
            size += len(part.claims)
        stories = list(zip(parts, rates, copies, strict=True))
        args = (self._shared("concepts", concepts), self._shared("ruleset", ruleset))
        if parts:
            big = max(parts, key=lambda p: len(p.claims))
            log.info("largest story judged: %d claims of %d documents", len(big.claims),
                     len({c.document for c in big.claims}))  # fmt: skip
        with self._stage_memory("match"):
            done, failed = self._map(_judge, stories, batches, args)
        if failed:
            k = min(failed)
            raise StoryFailed(parts[k], _failure(failed[k], "judging it"), done)
        return [done[k] for k in range(len(parts))]

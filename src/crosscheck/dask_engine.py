"""The same stages on Dask (``--engine dask``): a cluster runs them, crosscheck does not
grow one of its own.

- Reading and extraction: one task per batch of input files (a folder's files, JSON Lines
  shards), read on the workers: the client lists the files, it never reads them. A batch
  that fails (its worker died, or an error escaped) is tried again by Dask, then each of
  its files alone, again with one retry; a file that still fails is skipped and listed
  like any unreadable input.
- The story graph (one similarity join over all articles) on the client, which holds the
  run's records anyway for the report.
- Matching and the rules: one task per batch of stories (crosscheck.stories.judge_story).

Every task calls the functions the local engine calls, and results are put back in input
order, so the output is byte-identical to ``--engine local``. The time budget of a
document is not applied on Dask workers (tasks run in worker threads, where no signal
can interrupt them).
"""

from __future__ import annotations

import logging
import resource
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crosscheck.config import Settings
from crosscheck.errors import ConfigError, describe
from crosscheck.extract.entities import AliasTable
from crosscheck.ingest import Candidate, IngestResult, read_candidate
from crosscheck.match import ConceptTable
from crosscheck.match.cluster import StoryPart
from crosscheck.model import CopyCluster, Skipped
from crosscheck.rules import RuleSet
from crosscheck.stories import StoryResult, judge_story

log = logging.getLogger("crosscheck")

FILES_PER_TASK = 16  # input files read and extracted by one task
CLAIMS_PER_TASK = 4000  # claims of the stories one matching task judges (at least one story)
RETRIES = 1  # Dask tries a failed task once more

Extraction = Any  # crosscheck.pipeline.Extraction: (sentences, claims), or why it failed
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class FileResult:
    """What one input file gave: its documents, each with its extraction key and its
    extraction (None when the store holds it), and what was skipped or noticed."""

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
    store does not hold (``known``)."""
    from crosscheck import pipeline
    from crosscheck.store import extraction_key

    if pipeline._WORKER_ALIASES is not aliases:  # once per worker process and alias table
        pipeline._init_worker(aliases, 0.0)
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


def _judge(
    parts: list[StoryPart],
    rates: list[dict[str, float]],
    copies: list[list[CopyCluster]],
    concepts: ConceptTable,
    ruleset: RuleSet,
) -> list[StoryResult]:
    """A task: judge some stories."""
    return [judge_story(p, r, concepts, ruleset, c)
            for p, r, c in zip(parts, rates, copies, strict=True)]  # fmt: skip


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class DaskEngine:
    """A connection to a Dask cluster for one run: the scheduler of ``settings`` or a
    LocalCluster of ``settings.jobs`` worker processes (closed with the engine)."""

    def __init__(self, settings: Settings) -> None:
        from distributed import Client, LocalCluster

        self.cluster: Any = None
        try:
            if settings.scheduler:
                self.client = Client(settings.scheduler, timeout="20s")
            else:
                import dask

                local = {
                    # a task whose worker dies is run once more, as a task that raises
                    "distributed.scheduler.allowed-failures": RETRIES,
                    # the nanny's 64 KiB malloc trim threshold made matching 1.6x slower
                    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                }
                with dask.config.set(local):
                    self.cluster = LocalCluster(
                        n_workers=settings.jobs, threads_per_worker=1, processes=True,
                        dashboard_address=":0", silence_logs=logging.ERROR,
                    )  # fmt: skip
                self.client = Client(self.cluster)
        except OSError as exc:  # no scheduler there (a timeout is an OSError too)
            where = settings.scheduler or "a local cluster"
            raise ConfigError(f"cannot reach the Dask scheduler at {where} ({exc})") from None
        self.shared: dict[str, Any] = {}

    def close(self) -> None:
        try:
            peaks = self.client.run(_peak_mb)
            log.info("dask workers' peak memory: %s",
                     ", ".join(f"{mb:.0f} MB" for mb in peaks.values()))  # fmt: skip
        except Exception:  # a report of memory never fails a run
            log.debug("could not ask the workers for their memory", exc_info=True)
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def _scatter(self, name: str, value: Any) -> Any:
        """``value`` sent once to every worker (the alias table, rules, concepts)."""
        if name not in self.shared:
            # in a list: scatter sends a collection's items one by one
            self.shared[name] = self.client.scatter([value], broadcast=True, hash=False)[0]
        return self.shared[name]

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
        store holds one)."""
        from distributed import as_completed

        batches = [candidates[i : i + FILES_PER_TASK]
                   for i in range(0, len(candidates), FILES_PER_TASK)]  # fmt: skip
        args = (settings, self._scatter("aliases", aliases), context,
                self._scatter("known", known))  # fmt: skip
        futures = {
            self.client.submit(_read_and_extract, batch, *args, retries=RETRIES, pure=False): k
            for k, batch in enumerate(batches)
        }
        done: dict[int, list[FileResult]] = {}
        files = 0
        for future in as_completed(futures):
            k = futures[future]
            if future.status == "finished":
                done[k] = future.result()
            else:  # the batch failed twice: each of its files alone
                done[k] = self._one_by_one(batches[k], args, future.exception())
            future.release()
            files += len(batches[k])
            if progress is not None:
                progress(files, len(candidates))
        ingested = IngestResult()
        extractions: list[Extraction] = []
        for k in range(len(batches)):
            for fr in done[k]:
                ingested.documents.extend(fr.read.documents)
                ingested.skipped.extend(fr.read.skipped)
                ingested.diagnostics.extend(fr.read.diagnostics)
                extractions.extend(fr.extractions)
        return ingested, extractions

    def _one_by_one(
        self, batch: list[Candidate], args: tuple[Any, ...], cause: BaseException | None
    ) -> list[FileResult]:
        log.debug("a batch of %d files failed on the workers (%s); trying each alone",
                  len(batch), describe(cause) if cause else "?")  # fmt: skip
        futures = [self.client.submit(_read_and_extract, [cand], *args, retries=RETRIES,
                                      pure=False) for cand in batch]  # fmt: skip
        out = []
        for cand, future in zip(batch, futures, strict=True):
            try:
                out.extend(future.result())
            except Exception as exc:
                reason = f"failed twice on the Dask workers: {describe(exc)}"
                out.append(FileResult(IngestResult(skipped=[Skipped(cand.shown, reason)])))
        return out

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
        order of ``parts``."""
        batches: list[list[int]] = []
        size = 0
        for k, part in enumerate(parts):
            if not batches or size + len(part.claims) > CLAIMS_PER_TASK:
                batches.append([])
                size = 0
            batches[-1].append(k)
            size += len(part.claims)
        c, r = self._scatter("concepts", concepts), self._scatter("ruleset", ruleset)
        futures = [
            self.client.submit(_judge, [parts[k] for k in b], [rates[k] for k in b],
                               [copies[k] for k in b], c, r, retries=RETRIES, pure=False)
            for b in batches
        ]  # fmt: skip
        results: list[StoryResult] = []
        for future in futures:
            results.extend(future.result())  # a story that fails twice: an internal error
        return results

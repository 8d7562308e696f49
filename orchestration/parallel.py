"""Run analyse_document over many documents, inline or in a pool of worker processes (see AnalysisWorkers).

No dagster import here: spawned workers import this module, and should not pay for Dagster. Nor the analysis at
import time: the build process imports this module for its resources, and the analysis's imports (rjieba, cn2an,
the rules' patterns: ≈ 0.3 s) are paid by the process that analyses.

The analysis is Python and rjieba holds the GIL while it segments, so parallelism means processes. Each worker builds its Analyser
once (dictionary, gazetteer) in the pool initializer and returns polars frames, which pickle as
compact column buffers rather than millions of small objects: one set of frames per group of
GROUP_DOCUMENTS documents, since building a dozen small frames per document costs more than its rows.
"""

import ctypes
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

import polars as pl

if TYPE_CHECKING:
    from transforms.pipeline import Analyser

# Below this many characters a pool started on demand costs more (≈2 s to start workers) than it saves.
MIN_CHARS_FOR_POOL = 400_000
# Above this many characters to read, staging alone outlasts a worker's start (≈ 1 s): workers started before it
# would only sit idle beside the validator and the staging frames, so staging starts them when it is done.
EARLY_START_MAX_CHARS = 3_000_000
# A long analysis (≈ 10 s on 2 cores and more) runs without the validator beside it: stopped for the analysis
# (restarting it costs ≈ 3 s), with the workers started only once it is, so that the build's memory never holds
# both (with both, a 20 MB build peaked at 1,385 MiB; it was 10 M characters, about 30 MB, until 2026-12-07).
LONG_ANALYSIS_CHARS = 3_000_000

GROUP_DOCUMENTS = 10  # documents whose rows a worker returns as one set of frames

Frames = dict[str, pl.DataFrame]
# (document_id, number of articles) of each document of a group, in input order, and the group's frames
Group = tuple[list[tuple[str, int]], Frames]
Analyse = Callable[[list[tuple[str, str]]], Iterator[Group]]
_worker_analyser: "Analyser | None" = None


def _init_worker() -> None:
    from transforms.pipeline import build_analyser

    global _worker_analyser
    _worker_analyser = build_analyser()
    _return_freed_heap()


def _return_freed_heap() -> None:
    """Hand the C heap's free pages back to the system. Building the Analyser frees much of what it allocated (the
    parse of jieba's dictionary, rjieba's module-level segmenter), but glibc keeps freed memory in the process,
    resident for the whole build, unless asked. A no-op where the C library has no malloc_trim (not glibc)."""
    if os.name != "posix":
        return
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


def analyse_group(documents: list[tuple[str, str]], analyser: "Analyser") -> Group:
    """Analyse documents into one DocumentAnalysis: their frames, and how many articles each one has."""
    from transforms.pipeline import DocumentAnalysis, analyse_document

    out, counts = DocumentAnalysis(), []
    for document_id, text in documents:
        before = len(out.rows["articles"])
        analyse_document(document_id, text, analyser, out)
        counts.append((document_id, len(out.rows["articles"]) - before))
    return counts, out.frames()


def _analyse_in_worker(documents: list[tuple[str, str]]) -> Group:
    return analyse_group(documents, _worker_analyser)


def analyse_warm(documents: list[tuple[str, str]]) -> Group:
    """analyse_group with this process's Analyser, built by the first call (the run service's, kept between runs)."""
    if _worker_analyser is None:
        _init_worker()
    return analyse_group(documents, _worker_analyser)


def analyse_in_service(client) -> Analyse:
    """Analyse in the long-lived run service (orchestration.run_service), group by group."""
    return lambda documents: (client.apply(analyse_warm, (group,)) for group in _groups(documents))


def _groups(documents: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    return [documents[i:i + GROUP_DOCUMENTS] for i in range(0, len(documents), GROUP_DOCUMENTS)]


def worker_count() -> int:
    """$INNOVATION_WORKERS, else one worker per CPU."""
    return max(1, int(os.environ.get("INNOVATION_WORKERS") or os.cpu_count() or 1))


def spawn_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent runs Dagster's threads, and forking a threaded process is unsafe. An executor, not
    # multiprocessing's Pool: a worker that dies (the out-of-memory killer, a crash in native code) breaks it, which
    # fails the analysis; a Pool replaces the worker, drops its documents and leaves the build waiting for them forever.
    pool = ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=_init_worker)
    for _ in range(workers):
        pool.submit(int)  # an executor starts its workers one per call: all of them now, to build their Analysers
    return pool


# A pool the command line started before importing Dagster (start_early), for the run's staging to take over.
_early: tuple[object, int] | None = None


def workers_for(chars: int, workers: int | None = None) -> int:
    """One worker for a little text (the other core stays free for the build process), all of them (`workers`,
    else worker_count()) for more."""
    return (workers or worker_count()) if chars >= MIN_CHARS_FOR_POOL else 1


def start_early(chars: int) -> None:
    """For a build that reads `chars` characters, start its analysis workers now when the text is small: they build
    their Analyser (≈ 1 s) while Dagster imports and sets the run up. For more text staging starts them."""
    global _early
    if _early is None and chars <= EARLY_START_MAX_CHARS:
        workers = workers_for(chars)
        _early = (spawn_pool(workers), workers)


def take_early(workers: int):
    """The early pool when it has `workers` workers (once), else None (a pool of another size is stopped)."""
    global _early
    found, _early = _early, None
    if found is None:
        return None
    pool, size = found
    if size == workers:
        return pool
    _stop(pool)
    return None


def close_early() -> None:
    """Stop an early pool no run took over (nothing to analyse, or the build stopped before its run began)."""
    global _early
    if _early is not None:
        _stop(_early[0])
        _early = None


def _stop(pool: ProcessPoolExecutor) -> None:
    # no signal: a SIGTERM that reaches a spawned worker before it has started Python is lost. A worker still
    # building its Analyser exits once it has (≤ 1 s); one already waiting for work exits at once.
    pool.shutdown(wait=True, cancel_futures=True)


def stop_now(pool) -> None:
    """Stop the workers (or the run service's connection) whose work is no longer wanted: a group a worker is
    analysing is finished first (≤ 1 s), the groups not started are dropped."""
    if isinstance(pool, ProcessPoolExecutor):
        _stop(pool)
    else:
        pool.terminate()


def analyse_inline() -> Analyse:
    from transforms.pipeline import build_analyser

    analyser = build_analyser()
    return lambda documents: (analyse_group(group, analyser) for group in _groups(documents))


def analyse_in_pool(pool: ProcessPoolExecutor) -> Analyse:
    def analyse(documents: list[tuple[str, str]]) -> Iterator[Group]:
        return _unless_broken(pool.map(_analyse_in_worker, _groups(documents)))  # handed to the workers now

    return analyse


class WorkerDied(RuntimeError):
    """An analysis worker process ended while the build waited for its documents."""


def _unless_broken(results: Iterator[Group]) -> Iterator[Group]:
    try:
        yield from results
    except BrokenProcessPool as error:
        raise WorkerDied("an analysis worker process stopped before it had finished (killed, most often by the system "
                         "for lack of memory: `dmesg` says); the published warehouse is as it was: build again, with "
                         "INNOVATION_WORKERS=1 to use less memory") from error

"""Run analyse_document over many documents, inline or in a pool of worker processes (see AnalysisWorkers).

No dagster import here: spawned workers import this module, and should not pay for Dagster.

The analysis is Python and rjieba holds the GIL while it segments, so parallelism means processes. Each worker builds its Analyser
once (dictionary, gazetteer) in the pool initializer and returns polars frames, which pickle as
compact column buffers rather than millions of small objects.
"""

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator

import polars as pl

from transforms.pipeline import Analyser, analyse_document, build_analyser

# Below this many characters a pool started on demand costs more (≈2 s to start workers) than it saves.
MIN_CHARS_FOR_POOL = 400_000

Frames = dict[str, pl.DataFrame]
Analyse = Callable[[list[tuple[str, str]]], Iterator[tuple[str, Frames]]]
_worker_analyser: Analyser | None = None


def _init_worker() -> None:
    global _worker_analyser
    _worker_analyser = build_analyser()


def _analyse_in_worker(item: tuple[str, str]) -> tuple[str, Frames]:
    document_id, text = item
    return document_id, analyse_document(document_id, text, _worker_analyser).frames()


def worker_count() -> int:
    """$INNOVATION_WORKERS, else one worker per CPU."""
    return max(1, int(os.environ.get("INNOVATION_WORKERS") or os.cpu_count() or 1))


def spawn_pool(workers: int):
    # spawn, not fork: the parent runs Dagster's threads, and forking a threaded process is unsafe.
    return mp.get_context("spawn").Pool(workers, initializer=_init_worker)


def analyse_inline() -> Analyse:
    analyser = build_analyser()
    return lambda documents: ((doc_id, analyse_document(doc_id, text, analyser).frames()) for doc_id, text in documents)


def analyse_in_pool(pool) -> Analyse:
    return lambda documents: pool.imap(_analyse_in_worker, documents, chunksize=2)

"""Run analyse_document over many documents, inline or in a pool of worker processes.

jieba is pure Python and GIL-bound, so parallelism means processes. Each worker builds its
Analyser once (dictionary, gazetteer) in the pool initializer, then takes documents in chunks.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Iterator

from transforms.pipeline import Analyser, DocumentAnalysis, analyse_document, build_analyser

# Below this many characters a pool costs more (≈1 s to start workers) than it saves.
MIN_CHARS_FOR_POOL = 400_000

_worker_analyser: Analyser | None = None


def _init_worker() -> None:
    global _worker_analyser
    _worker_analyser = build_analyser()


def _analyse_in_worker(item: tuple[str, str]) -> tuple[str, DocumentAnalysis]:
    document_id, text = item
    return document_id, analyse_document(document_id, text, _worker_analyser)


def worker_count() -> int:
    """$INNOVATION_WORKERS, else one worker per CPU."""
    return max(1, int(os.environ.get("INNOVATION_WORKERS") or os.cpu_count() or 1))


def analyse_many(documents: list[tuple[str, str]], *, workers: int | None = None, analyser: Analyser | None = None) -> Iterator[tuple[str, DocumentAnalysis]]:
    """Yield (document_id, analysis) for each document, in input order."""
    workers = workers or worker_count()
    total_chars = sum(len(text) for _, text in documents)
    if workers == 1 or total_chars < MIN_CHARS_FOR_POOL:
        analyser = analyser or build_analyser()
        for document_id, text in documents:
            yield document_id, analyse_document(document_id, text, analyser)
        return
    # spawn, not fork: the parent runs Dagster's threads, and forking a threaded process is unsafe.
    with mp.get_context("spawn").Pool(workers, initializer=_init_worker) as pool:
        yield from pool.imap(_analyse_in_worker, documents, chunksize=4)

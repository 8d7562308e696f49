"""Run analyse_document over many documents, inline or in one pool of worker processes per build.

jieba is pure Python and GIL-bound, so parallelism means processes. Each worker builds its Analyser
once (dictionary, gazetteer) in the pool initializer and returns polars frames, which pickle as
compact column buffers rather than millions of small objects.
"""

import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import polars as pl

from transforms.pipeline import Analyser, analyse_document, build_analyser

# Below this many characters a pool costs more (≈2 s to start workers) than it saves.
MIN_CHARS_FOR_POOL = 400_000

Frames = dict[str, pl.DataFrame]
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


@contextmanager
def document_analyser(total_chars: int, *, workers: int | None = None) -> Iterator[Callable[[list[tuple[str, str]]], Iterator[tuple[str, Frames]]]]:
    """A function mapping [(document_id, text)] to [(document_id, frames)] in input order, backed by
    one pool of worker processes for the whole build when there is enough text to pay for it."""
    workers = workers or worker_count()
    if workers == 1 or total_chars < MIN_CHARS_FOR_POOL:
        analyser = build_analyser()
        yield lambda documents: ((doc_id, analyse_document(doc_id, text, analyser).frames()) for doc_id, text in documents)
        return
    # spawn, not fork: the parent runs Dagster's threads, and forking a threaded process is unsafe.
    with mp.get_context("spawn").Pool(workers, initializer=_init_worker) as pool:
        yield lambda documents: pool.imap(_analyse_in_worker, documents, chunksize=2)

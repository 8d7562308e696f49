"""Full build of a generated corpus into a fresh warehouse, against plain jieba on all cores.

The build is the in-process Dagster materialize of `innovation-warehouse build` (every asset and
check). The baseline is the floor any pipeline built on jieba must pay: `jieba.lcut` of the same
decoded text (raw_documents.text of the build) in a spawn Pool of os.cpu_count() workers, timed
once the workers have loaded the dictionary. build / jieba is the headline (issue 15's target is
≤ 1.0×): the whole warehouse against the standard segmenter alone. build / rjieba is the same against
`rjieba.Jieba().cut` (the pipeline's own segmenter, default dictionary), timed the same way: the floor,
what the rest of the pipeline (staging, splitting, regions, facts, DuckDB writes, checks, SQL models)
costs on top of the segmentation it does.

    python -m benchmarks.bench_build --mb 50 [--workdir /tmp/iw-bench] [--seed 0]
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing as mp
import os
import time
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, build, connect_read_only, corpus_dir, print_build, remove_warehouse, row_counts, snapshot_code
from benchmarks.corpus import CorpusInfo, make_corpus


def _jieba_init() -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()


def _warm(_: int) -> int:
    time.sleep(0.2)  # long enough that every worker takes one task
    return os.getpid()


def _segment(text: str) -> int:
    import jieba

    return len(jieba.lcut(text))


_RJIEBA = None


def _rjieba_init() -> None:
    global _RJIEBA
    import rjieba

    _RJIEBA = rjieba.Jieba()


def _rjieba_segment(text: str) -> int:
    return len(_RJIEBA.cut(text))


def jieba_baseline(texts: list[str], workers: int | None = None, *, segmenter: str = "jieba") -> tuple[float, int]:
    """(seconds, tokens) of jieba.lcut (or, with segmenter="rjieba", rjieba.Jieba().cut) over texts in a warm
    spawn Pool of `workers` processes."""
    workers = workers or os.cpu_count() or 1
    init, segment = (_jieba_init, _segment) if segmenter == "jieba" else (_rjieba_init, _rjieba_segment)
    with mp.get_context("spawn").Pool(workers, initializer=init) as pool:
        while len(set(pool.map(_warm, range(workers), chunksize=1))) < workers:
            pass  # a worker took two warm-up tasks: the other one may still be loading; try again
        t0 = time.perf_counter()
        tokens = sum(pool.imap_unordered(segment, texts, chunksize=8))
        return time.perf_counter() - t0, tokens


def current_texts(warehouse: Path) -> list[str]:
    with connect_read_only(warehouse) as con:
        return [r[0] for r in con.execute("SELECT text FROM raw_documents WHERE is_current ORDER BY source_path").fetchall()]


def run(corpus: CorpusInfo, warehouse: Path, code: Path | None = None) -> dict:
    """Build, count rows, time the jieba baseline; print everything; return the figures."""
    print(f"\n## full build: {corpus.mb:.1f} MB in {corpus.n_files:,} files ({corpus.n_gbk_files} GB18030) from {corpus.path}")
    remove_warehouse(warehouse)
    run_ = build(corpus.path, warehouse, code=code)
    print_build(f"full build into {warehouse}", run_)
    if not run_["success"] or run_["failed_checks"]:
        raise SystemExit("the full build failed (see the failed step above): no further figures")
    print(f"throughput: {corpus.mb / run_['seconds']:.2f} MB/s (analysis_version {run_['analysis_version']}, code from {run_['code']})")
    print(f"peak RSS (getrusage): build process {run_['maxrss_self_mb']:,.0f} MiB (RUSAGE_SELF); children "
          f"{run_['maxrss_children_mb']:,.0f} MiB (RUSAGE_CHILDREN: max over children, includes the parent's RSS at fork)")
    print(f"peak RSS (sampled from /proc every 0.25 s): build process + workers together {run_['sampled_peak_total_mb']:,.0f} MiB; "
          f"largest worker's own VmHWM {run_['sampled_worker_hwm_mb']:,.0f} MiB")
    counts = row_counts(warehouse)
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))

    texts = current_texts(warehouse)  # the decoded text the build analysed
    n_chars = sum(map(len, texts))
    jieba_seconds, jieba_tokens = jieba_baseline(texts)
    print(f"jieba.lcut on the same {len(texts):,} decoded texts ({n_chars / 1e6:.1f} M chars), {os.cpu_count()} warm spawn workers: "
          f"{jieba_seconds:.1f} s, {jieba_tokens:,} tokens ({corpus.mb / jieba_seconds:.2f} MB/s)")
    rjieba_seconds, rjieba_tokens = jieba_baseline(texts, segmenter="rjieba")
    print(f"rjieba.Jieba().cut on the same texts, {os.cpu_count()} warm spawn workers: "
          f"{rjieba_seconds:.1f} s, {rjieba_tokens:,} tokens ({corpus.mb / rjieba_seconds:.2f} MB/s)")
    ratio = run_["seconds"] / jieba_seconds
    rjieba_ratio = run_["seconds"] / rjieba_seconds
    print(f"HEADLINE build / jieba = {run_['seconds']:.1f} s / {jieba_seconds:.1f} s = {ratio:.2f}×")
    print(f"build / rjieba = {run_['seconds']:.1f} s / {rjieba_seconds:.1f} s = {rjieba_ratio:.1f}×")
    return {**run_, "corpus_mb": corpus.mb, "files": corpus.n_files, "rows": counts,
            "jieba_seconds": jieba_seconds, "jieba_tokens": jieba_tokens, "ratio": ratio,
            "rjieba_seconds": rjieba_seconds, "rjieba_tokens": rjieba_tokens, "rjieba_ratio": rjieba_ratio}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--live-code", action="store_true", help="import the pipeline from the repository, not a snapshot")
    args = parser.parse_args(argv)
    corpus = make_corpus(args.mb, corpus_dir(args.workdir, args.mb, args.seed), args.seed)
    run(corpus, args.workdir / f"warehouse-{args.mb:g}mb.duckdb", None if args.live_code else snapshot_code(args.workdir))


if __name__ == "__main__":
    main()

"""Rebuild only the SQL models (sql/*.sql: staging views, intermediate and mart tables) on a built warehouse.

`dg.materialize(all_assets, selection=<the SQL model assets, without checks>)`: the Python assets are
in the graph but not executed, so the time is that of the CREATE OR REPLACE statements (and Dagster's
per-step overhead). This is what a change to a SQL file costs.

    python -m benchmarks.bench_marts --warehouse /tmp/iw-bench/warehouse-50mb.duckdb [--full-build-seconds S]
    python -m benchmarks.bench_marts --mb 2          # builds a warehouse first
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, build, corpus_dir, print_build, remove_warehouse, snapshot_code
from benchmarks.corpus import make_corpus


def run(source: Path, warehouse: Path, full_seconds: float | None = None, code: Path | None = None) -> dict:
    print(f"\n## SQL models only, on {warehouse}")
    run_ = build(source, warehouse, sql_only=True, code=code)
    print_build("SQL models rebuilt", run_, full_seconds)
    return {**run_, "ratio": run_["seconds"] / full_seconds if full_seconds else None}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warehouse", type=Path, help="a built warehouse (else one is built from a --mb corpus)")
    parser.add_argument("--full-build-seconds", type=float, help="the full build time, for the ratio")
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--live-code", action="store_true", help="import the pipeline from the repository, not a snapshot")
    args = parser.parse_args(argv)
    code = None if args.live_code else snapshot_code(args.workdir)
    source = corpus_dir(args.workdir, args.mb, args.seed)
    warehouse, full_seconds = args.warehouse, args.full_build_seconds
    if warehouse is None:
        corpus = make_corpus(args.mb, source, args.seed)
        warehouse = args.workdir / f"warehouse-marts-{args.mb:g}mb.duckdb"
        remove_warehouse(warehouse)
        full = build(corpus.path, warehouse, code=code)
        print_build("full build", full)
        full_seconds = full_seconds or full["seconds"]
    run(source, warehouse, full_seconds, code)


if __name__ == "__main__":
    main()

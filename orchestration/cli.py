"""`innovation-warehouse`: build the warehouse, query it, see what is in it."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import duckdb

STAGES = {
    "ingest": ("raw_documents", "document_sources", "rejected_documents"),
    "reference": ("regions", "region_members"),
    "text": ("articles", "boilerplate_blocks", "sentences", "tokens", "region_mentions", "facts", "entities", "article_topics", "article_keywords"),
    "marts": ("mart_region_indicators", "mart_region_indicators_yearly", "mart_facts_latest", "mart_region_platforms", "mart_region_topics", "mart_region_links"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="innovation-warehouse", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="materialize every asset and run every check through Dagster")
    build.add_argument("--source", help="folder of raw text files (default: $INNOVATION_SOURCE_DIR or seeds/)")
    build.add_argument("--warehouse", help="DuckDB file (default: $INNOVATION_WAREHOUSE or data/warehouse.duckdb)")
    build.add_argument("--verbose", action="store_true", help="show Dagster's event log")
    sql = sub.add_parser("sql", help="run one read-only SQL query and print the result")
    sql.add_argument("query")
    sql.add_argument("--warehouse")
    sql.add_argument("--max-rows", type=int, default=40)
    status = sub.add_parser("status", help="tables, row counts, last build, rejected files")
    status.add_argument("--warehouse")
    args = parser.parse_args(argv)
    if args.command == "build":
        return run_build(args.source, args.warehouse, verbose=args.verbose)
    if args.command == "sql":
        return run_sql(args.query, args.warehouse, args.max_rows)
    return run_status(args.warehouse)


def _warehouse(path: str | None) -> Path:
    from orchestration.settings import warehouse_path

    return Path(path) if path else warehouse_path()


def run_build(source: str | None, warehouse: str | None, *, verbose: bool = False) -> int:
    """Materialize all assets and checks in-process; print counts and failed checks; 1 on any failure."""
    import dagster as dg

    from orchestration.checks import asset_checks
    from orchestration.definitions import all_assets, build_resources

    started = time.perf_counter()
    resources = build_resources(source, warehouse)
    print(f"building {resources['warehouse'].published} from {resources['source'].path} …", flush=True)
    log_level = "DEBUG" if verbose else "ERROR"
    result = dg.materialize([*all_assets, *asset_checks], resources=resources, raise_on_error=False,
                            run_config={"loggers": {"console": {"config": {"log_level": log_level}}}})
    failed_checks = [e for e in result.get_asset_check_evaluations() if not e.passed]
    print(f"\nbuild {'succeeded' if result.success else 'FAILED'} in {time.perf_counter() - started:.1f} s")
    if not result.success or failed_checks:
        print("  the published warehouse was left as it was before this build")
    for step in sorted(result.get_failed_step_keys()) if not result.success else []:
        print(f"  failed step: {step}")
    for check in failed_checks:
        failed = check.metadata.get("failed_expectations")
        print(f"  failed check {check.asset_key.to_user_string()}:{check.check_name} {failed.value if failed else ''}")
    path = Path(resources["warehouse"].published)
    if path.exists():
        print_summary(path)
    return 0 if result.success and not failed_checks else 1


def _connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    from orchestration.readonly import WarehouseMissing, open_reader

    try:
        return open_reader(path)
    except WarehouseMissing as missing:
        raise SystemExit(f"error: {missing}") from None


def _tables(con) -> dict[str, str]:
    rows = con.execute("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name").fetchall()
    return dict(rows)


def print_summary(path: Path) -> None:
    with _connect_read_only(path) as con:
        tables = _tables(con)
        print(f"\nwarehouse {path}")
        for stage, names in STAGES.items():
            counts = ", ".join(f"{n} {con.execute(f'SELECT count(*) FROM {n}').fetchall()[0][0]:,}" for n in names if n in tables)
            print(f"  {stage:<9} {counts}")
        if "rejected_documents" in tables:
            for source_path, reason in con.execute("SELECT source_path, reason FROM rejected_documents ORDER BY 1").fetchall():
                print(f"  rejected  {source_path}: {reason}")


def run_sql(query: str, warehouse: str | None, max_rows: int) -> int:
    """Run a query on a read-only connection and print DuckDB's table rendering."""
    with _connect_read_only(_warehouse(warehouse)) as con:
        try:
            con.sql(query).show(max_rows=max_rows, max_width=int(os.environ.get("COLUMNS", "200")))
        except duckdb.Error as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
    return 0


def run_status(warehouse: str | None) -> int:
    path = _warehouse(warehouse)
    with _connect_read_only(path) as con:
        tables = _tables(con)
        print(f"warehouse {path} ({path.stat().st_size / 2**20:.1f} MiB)")
        if "source_scans" in tables:
            last = con.execute("SELECT scanned_at, source_folder, n_files, n_new_documents, n_rejected FROM source_scans ORDER BY scanned_at DESC LIMIT 1").fetchall()
            if last:
                at, folder, n_files, n_new, n_rejected = last[0]
                print(f"last build: {at:%Y-%m-%d %H:%M:%S %Z} from {folder}: {n_files} files, {n_new} new documents, {n_rejected} rejected")
        for name, kind in tables.items():
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
            print(f"  {name:<28} {kind.lower():<10} {n:>10,}")
        if "rejected_documents" in tables:
            rejected = con.execute("SELECT source_path, reason FROM rejected_documents ORDER BY 1").fetchall()
            print(f"rejected files: {len(rejected)}")
            for source_path, reason in rejected:
                print(f"  {source_path}: {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

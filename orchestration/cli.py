"""`innovation-warehouse`: build the warehouse, query and export it, read an article's evidence, write the report."""

from __future__ import annotations

import argparse
import atexit
import os
import sys
from pathlib import Path

import duckdb

# UTF-8 Chinese text is about 3 bytes a character, GBK 2: the smaller guess of the characters to analyse
BYTES_PER_CHAR = 3


def _parser() -> argparse.ArgumentParser:
    from orchestration.export import FORMATS

    parser = argparse.ArgumentParser(prog="innovation-warehouse", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="materialize every asset and run every check through Dagster")
    build.add_argument("--source", help="folder of raw text files (default: $INNOVATION_SOURCE_DIR or seeds/)")
    build.add_argument("--warehouse", help="DuckDB file (default: $INNOVATION_WAREHOUSE or data/warehouse.duckdb)")
    sql = sub.add_parser("sql", help="run one read-only SQL query; print it or export it")
    sql.add_argument("query")
    sql.add_argument("--warehouse")
    sql.add_argument("--max-rows", type=int, default=40, help="rows shown in table format (default 40)")
    sql.add_argument("--format", choices=FORMATS, default="table")
    sql.add_argument("-o", "--output", type=Path, help="file to write (required for parquet and xlsx)")
    status = sub.add_parser("status", help="tables, row counts, last build, rejected files")
    status.add_argument("--warehouse")
    show = sub.add_parser("show", help="an article with its facts, regions and entities highlighted")
    show.add_argument("article_id")
    show.add_argument("--warehouse")
    report = sub.add_parser("report", help="write the self-contained HTML report")
    report.add_argument("--warehouse")
    report.add_argument("-o", "--output", type=Path, help="HTML file (default: report.html beside the warehouse)")
    for command in (build, sql, status, show, report):
        command.add_argument("--verbose", action="store_true", help="show Dagster's log and tracebacks")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from orchestration.preflight import UserError
    from orchestration.readonly import WarehouseMissing

    try:
        return _dispatch(args)
    except BrokenPipeError:
        # the reader went away (`status | head -1`): stop quietly, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (UserError, WarehouseMissing) as error:
        if args.verbose:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (duckdb.Error, OSError) as error:
        if args.verbose:
            raise
        from orchestration.preflight import explain_duckdb_error

        print(f"error: {explain_duckdb_error(error, _warehouse(getattr(args, 'warehouse', None)))}", file=sys.stderr)
        print("  (--verbose shows the traceback)", file=sys.stderr)
        return 2


def _dispatch(args) -> int:
    if args.command == "build":
        to_read = _bytes_to_read(args.source, args.warehouse)
        if not to_read:
            return 0
        # GX imports and the analysis workers build their Analyser on the other core while Dagster imports and
        # sets the run up; the run takes both over
        from orchestration import validation

        validation.start_early()
        try:
            from orchestration import parallel

            parallel.start_early(to_read // BYTES_PER_CHAR)
            try:
                from orchestration.build_cli import run_build

                return run_build(args.source, args.warehouse, verbose=args.verbose)
            finally:
                parallel.close_early()
        finally:
            validation.close_early()
    if args.command == "sql":
        return run_sql(args.query, args.warehouse, args.max_rows, fmt=args.format, output=args.output)
    if args.command == "show":
        from orchestration.show import show_article

        with _connect_read_only(_warehouse(args.warehouse)) as con:
            return show_article(con, args.article_id)
    if args.command == "report":
        from orchestration.report import write_report

        target = write_report(_warehouse(args.warehouse), args.output)
        print(f"report written to {target} ({target.stat().st_size / 2**20:.1f} MiB)")
        return 0
    return run_status(args.warehouse)


def _bytes_to_read(source: str | None, warehouse: str | None) -> int:
    """0, after saying so and printing the summary, when the published warehouse is the build of this folder and
    code (orchestration.up_to_date): then Dagster is never started. Else the bytes a build would read."""
    import time
    from datetime import datetime, timezone

    from orchestration.history import record_build
    from orchestration.preflight import check_source, check_warehouse_folder
    from orchestration.settings import source_dir, working_path
    from orchestration.up_to_date import bytes_to_read

    started, at = time.perf_counter(), datetime.now(timezone.utc)
    root, published = Path(source) if source else source_dir(), _warehouse(warehouse)
    check_source(root)  # refused before any process is started for the build
    check_warehouse_folder(published)
    check_warehouse_folder(working_path(published))
    to_read = bytes_to_read(root, published)
    if to_read:
        return to_read
    seconds = time.perf_counter() - started
    print(f"building {published} from {root}\n\nnothing changed since the last build: {published} is up to date ({seconds:.1f} s)")
    record_build(published, {"started_at": at.isoformat(timespec="seconds"), "seconds": round(seconds, 1), "source": str(root),
                             "outcome": "unchanged", "reasons": [], "run_id": None})
    print_summary(published)
    return 0


def _warehouse(path: str | None) -> Path:
    from orchestration.settings import warehouse_path

    return Path(path) if path else warehouse_path()


def _connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    from orchestration.readonly import open_reader

    return open_reader(path)


def _tables(con) -> dict[str, str]:
    rows = con.execute("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name").fetchall()
    return dict(rows)


def print_summary(path: Path, console=None) -> None:
    """Row counts per stage and the rejected files of the warehouse at `path`."""
    from orchestration.registry import stages

    out = console.print if console else print
    with _connect_read_only(path) as con:
        tables = _tables(con)
        out(f"\nwarehouse {path}")
        for stage, names in stages().items():
            counts = ", ".join(f"{n} {con.execute(f'SELECT count(*) FROM {n}').fetchall()[0][0]:,}" for n in names if n in tables)
            out(f"  {stage:<9} {counts}")
        if "rejected_documents" in tables:
            for source_path, reason in con.execute("SELECT source_path, reason FROM rejected_documents ORDER BY 1").fetchall():
                out(f"  rejected  {source_path}: {reason}")


def run_sql(query: str, warehouse: str | None, max_rows: int, *, fmt: str = "table", output: Path | None = None) -> int:
    """Run a query on a read-only connection; print every column (table) or write csv/json/parquet/xlsx."""
    from orchestration.export import BINARY, print_table, write_rows
    from orchestration.preflight import UserError

    if fmt in BINARY and output is None:
        raise UserError(f"--format {fmt} writes a binary file: name it with -o FILE")
    path = _warehouse(warehouse)
    with _connect_read_only(path) as con:
        try:
            cursor = con.execute(query)
        except duckdb.Error as error:
            print(f"error: {_first_line(error)}", file=sys.stderr)
            return 2
        if cursor.description is None:
            print("the statement returned no rows", file=sys.stderr)
            return 0
        columns = [d[0] for d in cursor.description]
        types = [str(d[1]) for d in cursor.description]
        if fmt == "table":
            rows = cursor.fetchmany(max_rows + 1)
            total = len(rows) if len(rows) <= max_rows else len(rows) + len(cursor.fetchall())
            print_table(columns, types, rows[:max_rows], total=total)
            return 0
        rows = cursor.fetchall()
    write_rows(fmt, columns, rows, output)
    if output is not None:
        print(f"{len(rows):,} rows written to {output}", file=sys.stderr)
    return 0


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return " ".join(lines[:2]) if lines else type(error).__name__


def run_status(warehouse: str | None) -> int:
    """Tables with row counts, the last build (and the last failed one, with its reason), rejected files."""
    from orchestration.history import read_history

    path = _warehouse(warehouse)
    history = read_history(path)
    with _connect_read_only(path) as con:
        tables = _tables(con)
        print(f"warehouse {path} ({path.stat().st_size / 2**20:.1f} MiB)")
        if "source_scans" in tables:
            last = con.execute("SELECT scanned_at, source_folder, n_files, n_new_documents, n_rejected FROM source_scans ORDER BY scanned_at DESC LIMIT 1").fetchall()
            if last:
                at, folder, n_files, n_new, n_rejected = last[0]
                print(f"last build: {at:%Y-%m-%d %H:%M:%S %Z} from {folder}: {n_files} files, {n_new} new documents, {n_rejected} rejected")
        if history:
            print(f"last command-line build: {history[0]['outcome']} at {history[0]['started_at']} ({history[0]['seconds']} s)")
        failed = next((h for h in history if h["outcome"] == "failed"), None)
        if failed:
            print(f"last failed build: {failed['started_at']}: {'; '.join(failed['reasons']) or 'no reason recorded'}")
        for name, kind in tables.items():
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
            print(f"  {name:<28} {kind.lower():<10} {n:>10,}")
        if "rejected_documents" in tables:
            rejected = con.execute("SELECT source_path, reason FROM rejected_documents ORDER BY 1").fetchall()
            print(f"rejected files: {len(rejected)}")
            for source_path, reason in rejected:
                print(f"  {source_path}: {reason}")
    sys.stdout.flush()
    return 0


def entry() -> None:
    """The console script: `main`, then leave without the interpreter's teardown. After a build, freeing Dagster's,
    DuckDB's and polars' modules one by one takes most of a second, which the analyst would wait for after the
    summary with nothing left to do. The exit handlers still run (logging, multiprocessing's), this one last."""
    code = [1]
    atexit.register(lambda: (sys.stdout.flush(), sys.stderr.flush(), os._exit(code[0])))  # first registered, so run last
    code[0] = main()
    sys.exit(code[0])


if __name__ == "__main__":
    entry()

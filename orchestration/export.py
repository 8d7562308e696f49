"""`sql --format …`: query results as a wrapped terminal table or a file, written by Python from fetched rows.

The reader connection has external access off (no COPY), so every format is produced here from the
rows: csv and json with the standard library, parquet through pyarrow, xlsx through openpyxl.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
import os
import sys
from pathlib import Path

FORMATS = ("table", "csv", "json", "parquet", "xlsx")
BINARY = {"parquet", "xlsx"}


def _plain(value):
    """A JSON/xlsx-friendly version of a DuckDB value."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def print_table(columns: list[str], types: list[str], rows: list[tuple], *, total: int, console=None) -> None:
    """Every column, every character: cells wrap instead of being cut; a note says when rows were left out."""
    from rich.console import Console
    from rich.table import Table

    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS") or 200)
    console = console or Console(width=width)
    table = Table(show_lines=False, header_style="bold")
    for name, kind in zip(columns, types):
        numeric = any(t in kind for t in ("INT", "DOUBLE", "FLOAT", "DECIMAL", "REAL"))
        table.add_column(f"{name}\n[dim]{kind.lower()}[/dim]", overflow="fold", justify="right" if numeric else "left", no_wrap=False)
    for row in rows:
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    console.print(table)
    if total > len(rows):
        console.print(f"{len(rows)} of {total:,} rows shown (--max-rows N for more, or --format csv -o FILE for all)")
    else:
        console.print(f"{total:,} row{'s' if total != 1 else ''}")


def write_rows(fmt: str, columns: list[str], rows: list[tuple], out: Path | None) -> None:
    """Write rows as csv, json, parquet or xlsx to `out` (csv and json to stdout when out is None)."""
    if fmt in BINARY and out is None:
        raise ValueError(f"--format {fmt} writes a binary file: give it one with -o FILE")
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        _emit(buffer.getvalue(), out)
    elif fmt == "json":
        records = [dict(zip(columns, (_plain(v) for v in row))) for row in rows]
        _emit(json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n", out)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({c: [row[i] for row in rows] for i, c in enumerate(columns)}), out)
    elif fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("result")
        sheet.append(columns)
        for row in rows:
            sheet.append([_xlsx_cell(v) for v in row])
        book.save(out)
    else:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _xlsx_cell(value):
    value = _plain(value)
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")

"""Small helpers for writing polars frames into warehouse tables, always inside a transaction."""

from __future__ import annotations

from contextlib import contextmanager

import duckdb
import polars as pl

from transforms.tables import schema

BUILD_STATE = schema("build_state")  # small key/value facts about past builds


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection):
    """BEGIN … COMMIT, or ROLLBACK on any error: a step's writes land together or not at all."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def quote_ident(name: str) -> str:
    """Quote a SQL identifier (table names come from code, but never trust a string)."""
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame):
    """Make a polars frame queryable as `name` on this connection for the duration of the block."""
    con.register(name, frame)
    try:
        yield name
    finally:
        con.unregister(name)


def ensure_table(con: duckdb.DuckDBPyConnection, table: str, schema: dict[str, pl.DataType]) -> None:
    """Create `table` with the columns of a polars schema if it does not exist yet, and add the columns a
    newer schema has to a table made by an older version (they are NULL in its old rows)."""
    with registered(con, "_empty_frame", pl.DataFrame(schema=schema)):
        con.execute(f"CREATE TABLE IF NOT EXISTS {quote_ident(table)} AS SELECT * FROM _empty_frame")
        existing = {c for (c,) in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?", [table]).fetchall()}
        types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE _empty_frame)").fetchall())
    for column in schema:
        if column not in existing:
            con.execute(f"ALTER TABLE {quote_ident(table)} ADD COLUMN {quote_ident(column)} {types[column]}")


def read_state(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """A value remembered in build_state (small key/value facts about past builds), or None."""
    ensure_table(con, "build_state", BUILD_STATE)
    rows = con.execute("SELECT value FROM build_state WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def write_state(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    ensure_table(con, "build_state", BUILD_STATE)
    con.execute("DELETE FROM build_state WHERE key = ?", [key])
    con.execute("INSERT INTO build_state VALUES (?, ?)", [key, value])


def append_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Insert a polars frame by column name; returns the number of rows written."""
    if frame.height:
        with registered(con, "_append_frame", frame):
            con.execute(f"INSERT INTO {quote_ident(table)} BY NAME SELECT * FROM _append_frame")
    return frame.height


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Replace a whole table with a frame (used for small reference tables)."""
    with registered(con, "_replace_frame", frame):
        con.execute(f"CREATE OR REPLACE TABLE {quote_ident(table)} AS SELECT * FROM _replace_frame")
    return frame.height


def row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {quote_ident(table)}").fetchall()[0][0]


def markdown_preview(con: duckdb.DuckDBPyConnection, query: str, limit: int = 5) -> str:
    """A small markdown table of a query's first rows, for the asset's metadata in the UI."""
    frame = con.sql(f"SELECT * FROM ({query}) LIMIT {int(limit)}").pl()
    header = "| " + " | ".join(frame.columns) + " |\n|" + "---|" * len(frame.columns)
    rows = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.iter_rows()]
    return "\n".join([header, *rows])


def _cell(value) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"

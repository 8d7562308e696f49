"""The one DuckDB resource and the source-folder resource."""

from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster._utils.backoff import backoff
from dagster_duckdb import DuckDBResource


class WarehouseResource(DuckDBResource):
    """dagster-duckdb's resource plus an OS file lock beside the warehouse.

    DuckDB allows one writer process per file. Within Dagster the `duckdb_warehouse` pool already
    serialises steps, but a `build` from the command line runs outside the daemon: the lock makes
    every writer wait its turn instead of failing on DuckDB's own lock.
    """

    @contextmanager
    def get_connection(self):
        path = Path(self.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_name(path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            conn = None
            try:
                conn = backoff(fn=duckdb.connect, retry_on=(RuntimeError, duckdb.IOException), max_retries=10,
                               kwargs={"database": str(path), "read_only": False, "config": {"custom_user_agent": "innovation-warehouse", **self.connection_config}})
                yield conn
            finally:
                if conn is not None:
                    conn.close()  # also on error: a leaked connection keeps the file open in this process
                fcntl.flock(lock, fcntl.LOCK_UN)


class SourceFolder(dg.ConfigurableResource):
    """The folder whose files are staged into raw_documents."""

    path: str

    def root(self) -> Path:
        return Path(self.path)

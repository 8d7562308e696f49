"""The one DuckDB resource and the source-folder resource."""

import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster._utils.backoff import backoff
from dagster_duckdb import DuckDBResource
from pydantic import Field


def duckdb_memory_limit() -> str:
    """$INNOVATION_DUCKDB_MEMORY, else 256MB: DuckDB's default (80 % of RAM) would let the build's memory grow
    with the warehouse; beyond the limit DuckDB spills to its temporary directory."""
    return os.environ.get("INNOVATION_DUCKDB_MEMORY") or "256MB"


class WarehouseResource(DuckDBResource):
    """dagster-duckdb's resource, writing to a *working* file and publishing it when the checks pass.

    - `database` is the working copy every step writes to; `published` is what readers open.
    - DuckDB allows one writer process per file. The `duckdb_warehouse` pool serialises steps inside
      Dagster, but a `build` from the command line runs outside the daemon, so every connection also
      takes an OS file lock beside the working file: a second writer waits instead of failing.
    """

    published: str = Field(default="", description="The file readers query; replaced atomically by publish().")

    @contextmanager
    def locked(self):
        """Hold the writer lock of the working file (blocks until other writers are done)."""
        path = Path(self.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_name(path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextmanager
    def get_connection(self):
        with self.locked():
            conn = backoff(fn=duckdb.connect, retry_on=(RuntimeError, duckdb.IOException), max_retries=10,
                           kwargs={"database": self.database, "read_only": False,
                                   "config": {"custom_user_agent": "innovation-warehouse", "memory_limit": duckdb_memory_limit(),
                                              **self.connection_config}})
            try:
                yield conn
            finally:
                conn.close()  # also on error: a leaked connection keeps the file open in this process

    def publish(self) -> Path:
        """Copy the checkpointed working file over the published one atomically (rename).

        Readers holding the old file keep reading it; new readers see the new build; a crash at any
        point leaves either the old or the new file, never half of one.
        """
        target = Path(self.published or self.database)
        with self.locked():
            conn = duckdb.connect(self.database)
            conn.execute("CHECKPOINT")
            conn.close()
            if target == Path(self.database):
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            staging = target.with_name(f".{target.name}.publishing")
            shutil.copyfile(self.database, staging)
            with open(staging, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(staging, target)
        return target


class SourceFolder(dg.ConfigurableResource):
    """The folder whose files are staged into raw_documents."""

    path: str

    def root(self) -> Path:
        return Path(self.path)

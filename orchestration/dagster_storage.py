"""Dagster's run history (its SQLite files under $DAGSTER_HOME) written without waiting for the disk.

Dagster stores every event of a run (a step started, an asset materialized, a check evaluated: about 200 for a
one-file build) as its own SQLite transaction on a new connection, and SQLite waits for each commit to reach the
disk (fsync). On this machine that wait is most of an event's cost, and it grows with the disk's other traffic
(a whole build gains less than its noise: see docs/benchmark_history.md).
Here the connections to the instance's own files commit without it (`PRAGMA synchronous = OFF`): a process that
crashes loses nothing, since the data is with the operating system; a power cut or kernel crash while a run writes
can lose or damage the run history, never the warehouse (a DuckDB file with its own write-audit-publish). The
README's troubleshooting says how to start a fresh history. INNOVATION_DAGSTER_FSYNC=on keeps SQLite's default.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

_installed = False


def fsync_wanted() -> bool:
    return os.environ.get("INNOVATION_DAGSTER_FSYNC", "").lower() in {"1", "on", "true", "yes"}


def in_dagster_home(database_file: str, home: str | None) -> bool:
    """Whether a SQLite file is one of the instance's own (under $DAGSTER_HOME), not some other database."""
    if not database_file or not home:
        return False
    return Path(database_file).resolve().is_relative_to(Path(home).resolve())


def _without_fsync(dbapi_connection, _record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list")]
    if files and in_dagster_home(files[0], os.environ.get("DAGSTER_HOME")):
        dbapi_connection.execute("PRAGMA synchronous = OFF")


def commit_without_fsync() -> None:
    """From now on, in this process, the instance's SQLite connections commit without fsync (once per process)."""
    global _installed
    if _installed or fsync_wanted():
        return
    event.listen(Engine, "connect", _without_fsync)
    _installed = True

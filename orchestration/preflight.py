"""What the command line checks before it touches anything, and how it names a failure to a person.

A build checks its source folder and warehouse folder *before* Dagster runs, so a build that cannot
start leaves nothing behind (no warehouse folder, no working copy, no data docs).
"""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
from pathlib import Path


class UserError(Exception):
    """A failure the person can fix; printed as `error: …` without a traceback (exit code 2)."""


def check_source(folder: Path) -> None:
    """The source folder exists, is a folder and can be listed."""
    if not folder.exists():
        raise UserError(f"source folder {folder} does not exist: give an existing folder with --source DIR (or $INNOVATION_SOURCE_DIR)")
    if not folder.is_dir():
        raise UserError(f"source {folder} is a file, not a folder: give the folder that holds the text files with --source DIR")
    try:
        next(iter(os.scandir(folder)), None)
    except PermissionError:
        raise UserError(f"source folder {folder} cannot be read (permission denied): fix its permissions or run as a user who can read it") from None


def check_warehouse_folder(warehouse: Path) -> None:
    """The warehouse's folder exists and is writable, or could be created (its nearest existing parent is writable)."""
    folder = warehouse.parent
    if warehouse.exists() and not warehouse.is_file():
        raise UserError(f"warehouse {warehouse} is a folder, not a file: give a file name such as {warehouse / 'warehouse.duckdb'}")
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise UserError(f"warehouse folder {folder} cannot be created: {existing} is a file")
    if not os.access(existing, os.W_OK | os.X_OK):
        what = "cannot be written" if existing == folder else f"cannot be created ({existing} is not writable)"
        raise UserError(f"warehouse folder {folder} {what}: choose another place with --warehouse FILE or fix the permissions")
    if warehouse.exists() and not os.access(warehouse, os.R_OK | os.W_OK):
        raise UserError(f"warehouse {warehouse} is not writable: fix its permissions or choose another --warehouse FILE")
    try:  # what access() cannot tell: root, read-only mounts, /proc (a folder made and removed again: nothing stays)
        with tempfile.TemporaryDirectory(dir=existing, prefix=".innovation-warehouse-check-"):
            pass
    except OSError as error:
        raise UserError(f"warehouse folder {folder} cannot be created in {existing} ({error.strerror or error}): "
                        "choose another place with --warehouse FILE") from None


def other_build_running(lock_file: Path) -> bool:
    """True when another process holds the writer lock of the working copy (it builds right now)."""
    if not lock_file.is_file():
        return False
    with open(lock_file, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


_PID = re.compile(r"PID (\d+)")


def explain_duckdb_error(error: Exception, path: Path) -> str:
    """One line for a DuckDB error on opening or querying the warehouse at `path`."""
    message = str(error).strip()
    first = message.splitlines()[0] if message else type(error).__name__
    if "Conflicting lock" in message or "Could not set lock" in message:
        pid = _PID.search(message)
        who = f"process {pid.group(1)}" if pid else "another process"
        return f"warehouse {path} is locked by {who}, which has it open for writing: wait for it or close it, then retry"
    if "Permission denied" in message:
        return f"warehouse {path} cannot be read (permission denied): fix its permissions"
    if "not a valid DuckDB database" in message or "Unable to open" in message:
        return f"{path} is not a DuckDB warehouse: give the file `innovation-warehouse build` wrote with --warehouse FILE"
    return first

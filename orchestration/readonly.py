"""The one way readers open the warehouse: read-only, with DuckDB's own security settings locked.

No statement on such a connection can attach another file, write or read a file outside the warehouse,
install or load an extension, scan Python objects, or lift these settings (`lock_configuration`). Export
is the CLI's job (`sql --format … -o FILE`), done by Python on the rows, never by SQL.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

READER_MEMORY_LIMIT = "1GB"

READER_CONFIG = {
    "enable_external_access": False,  # no ATTACH, COPY, EXPORT, read_* of files, replacement scans
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "allow_unsigned_extensions": False,
    "memory_limit": READER_MEMORY_LIMIT,
    "custom_user_agent": "innovation-warehouse-reader",
    "lock_configuration": True,  # last: nothing above can be SET back
}


class WarehouseMissing(FileNotFoundError):
    """The warehouse file does not exist (nothing was built there yet)."""


def open_reader(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A locked-down read-only connection to the warehouse at `path`; raises WarehouseMissing if there is none."""
    path = Path(path)
    if not path.is_file():
        raise WarehouseMissing(f"no warehouse at {path}: run `innovation-warehouse build` first")
    return duckdb.connect(str(path), read_only=True, config=dict(READER_CONFIG))

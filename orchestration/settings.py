"""Where things are: resolved late, from the environment, with repository-relative defaults."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = REPO_ROOT / "sql"
POOL = "duckdb_warehouse"  # every step that opens the warehouse file takes this pool's single slot


def source_dir() -> Path:
    """Folder of raw text files: $INNOVATION_SOURCE_DIR, else seeds/ in the repository."""
    return Path(os.environ.get("INNOVATION_SOURCE_DIR") or REPO_ROOT / "seeds")


def warehouse_path() -> Path:
    """The published DuckDB warehouse readers query: $INNOVATION_WAREHOUSE, else data/warehouse.duckdb."""
    return Path(os.environ.get("INNOVATION_WAREHOUSE") or REPO_ROOT / "data" / "warehouse.duckdb")


def working_path(published: Path) -> Path:
    """The working copy builds write to, beside the published file (data/warehouse.building.duckdb)."""
    return published.with_name(f"{published.stem}.building{published.suffix or '.duckdb'}")

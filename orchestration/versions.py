"""The versions of the code a warehouse was built with: a change makes the next build redo that part.

No dagster import: the command line's up-to-date check reads these before it decides to start Dagster.
"""

import hashlib
from pathlib import Path

import transforms
from orchestration.settings import SQL_DIR

# transforms modules the analysis never runs: editing them re-analyses nothing (the registry is hashed by its schemas below)
NOT_ANALYSIS = {"tables.py", "report.py"}


def analysis_version() -> str:
    """Hash of the transforms code and lexicons: when it changes, every document is analysed again. The
    table registry counts by its schemas only: editing a column's description re-analyses nothing."""
    from transforms.tables import TABLES

    digest = hashlib.sha256()
    root = Path(transforms.__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.suffix in {".py", ".csv", ".txt"} and p.relative_to(root).as_posix() not in NOT_ANALYSIS):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(repr([(t.name, [(c, str(d)) for c, d in t.schema.items()]) for t in TABLES]).encode())
    return digest.hexdigest()[:12]


def sql_version() -> str:
    """Hash of the SQL models: editing one makes the next build rebuild and republish."""
    digest = hashlib.sha256()
    for path in sorted(SQL_DIR.glob("*.sql")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]

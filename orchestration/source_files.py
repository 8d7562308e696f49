"""Which files of the source folder a build reads, and how it tells that one is unchanged (no dagster import)."""

import os
from pathlib import Path


def list_source_files(root: Path) -> list[Path]:
    """Every regular file (or link) below root, hidden files and folders excluded, in a stable order."""
    return sorted(
        p for p in root.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(root).parts) and (p.is_file() or p.is_symlink())
    )


def source_stat(path: Path) -> os.stat_result:
    """The file's status, or the link's own for a link that points nowhere (it is rejected, with its reason)."""
    return path.stat() if path.exists() else path.lstat()

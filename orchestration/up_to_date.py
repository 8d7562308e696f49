"""Is the published warehouse already the build of this folder with this code? Answered without Dagster.

A build with nothing to do would otherwise start Dagster, a run and a folder scan only to skip every step.
The command line asks this first, reading the published file: the same test the staging step makes (files,
rejections, analysis and SQL code as at the last publish, `orchestration.state`), on the folder's listing
(every present file by path, size and modification time, as the scan decides whether to read a file again).
Anything it cannot settle (rejected files, which the scan reads again, an unreadable warehouse) answers no,
and the build runs.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from orchestration.readonly import open_reader
from orchestration.source_files import list_source_files, source_stat
from orchestration.state import build_fingerprint


def folder_listing(root: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for path in list_source_files(root):
        stat = source_stat(path)
        out[path.relative_to(root).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return out


def is_up_to_date(source_root: Path, published: Path) -> bool:
    return bytes_to_read(source_root, published) == 0


def bytes_to_read(source_root: Path, published: Path) -> int:
    """0 when the published warehouse is the build of this folder and code; else the bytes of the files a build
    would read again (all of them when the code changed or nothing was published): the command line sizes the
    analysis workers it starts ahead of the run by it. At least 1 when the answer is no."""
    listing = folder_listing(source_root) if source_root.is_dir() else {}
    everything = max(1, sum(size for size, _ in listing.values()))
    if not published.is_file() or not source_root.is_dir():
        return everything
    try:
        with open_reader(published) as con:
            recorded = con.execute("SELECT value FROM build_state WHERE key = 'published_fingerprint'").fetchall()
            if not recorded or recorded[0][0] != build_fingerprint(con):  # code changed, or never published
                return everything
            rejected = con.execute("SELECT count(*) FROM rejected_documents").fetchall()[0][0]
            known = {path: (size, mtime) for path, size, mtime in con.execute(
                "SELECT source_path, byte_size, mtime_ns FROM document_sources WHERE is_present").fetchall()}
    except (duckdb.Error, OSError):
        return everything
    changed = sum(size for path, (size, mtime) in listing.items() if known.get(path) != (size, mtime))
    if changed or rejected or listing.keys() != known.keys():
        return max(1, changed)
    return 0

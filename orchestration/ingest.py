"""Stage raw files from the source folder with provenance; quarantine what cannot be read."""


import codecs
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
import polars as pl

from orchestration import parallel
from orchestration.analysis import pending_analysis
from orchestration.registry import asset_spec
from orchestration.resources import AnalysisWorkers, SourceFolder, WarehouseResource
from orchestration.settings import POOL
from orchestration.source_files import list_source_files, source_stat
from orchestration.state import build_fingerprint, published_fingerprint
from orchestration.tables import append_frame, ensure_table, markdown_preview, registered, row_count, transaction
from orchestration.versions import analysis_version
from transforms.script import to_simplified
from transforms.staging import (
    MAX_DAMAGED_SHARE,
    DecodedText,
    RejectedFile,
    check_decoded,
    content_sha256,
    decode_document,
    detect_encoding,
    document_id_for,
)
from transforms.tables import TABLE, schema

RAW_DOCUMENTS = schema("raw_documents")
DOCUMENT_SOURCES = schema("document_sources")
SOURCE_SCANS = schema("source_scans")
REJECTED_DOCUMENTS = schema("rejected_documents")

LARGE_FILE_BYTES = 16 * 2**20  # above this a file is hashed and decoded chunk by chunk
CHUNK_BYTES = 4 * 2**20
DETECTION_SAMPLE_BYTES = 256 * 2**10  # enough for charset-normalizer; more only costs time


@dataclass(frozen=True)
class StagedFile:
    sha256: str
    byte_size: int
    decoded: DecodedText


def stage_file(path: Path, root: Path) -> StagedFile:
    """Read, hash and decode one file; raises RejectedFile with the reason when it cannot be staged."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise RejectedFile(f"symbolic link pointing outside the source folder ({resolved})")
    try:
        before = resolved.stat()
        staged = _read_small(resolved) if before.st_size <= LARGE_FILE_BYTES else _read_streamed(resolved)
        after = resolved.stat()
    except OSError as error:
        raise RejectedFile(f"cannot be read: {error.strerror or error}") from error
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or staged.byte_size != after.st_size:
        raise RejectedFile("file changed while it was being read; it will be staged on the next run")
    return staged


def _read_small(path: Path) -> StagedFile:
    data = path.read_bytes()
    return StagedFile(content_sha256(data), len(data), decode_document(data))


def _read_streamed(path: Path) -> StagedFile:
    """Hash and decode a large file chunk by chunk: its bytes are never held in memory whole."""
    digest, parts, size = hashlib.sha256(), [], 0
    with open(path, "rb") as handle:
        chunk = handle.read(CHUNK_BYTES)
        encoding, confidence = detect_encoding(chunk[:DETECTION_SAMPLE_BYTES])
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        damaged = 0
        while chunk:
            digest.update(chunk)
            size += len(chunk)
            parts.append(decoder.decode(chunk))
            damaged += parts[-1].count("\ufffd")
            chunk = handle.read(CHUNK_BYTES)
        parts.append(decoder.decode(b"", final=True))
        damaged += parts[-1].count("\ufffd")
    if damaged > MAX_DAMAGED_SHARE * size:
        raise RejectedFile(f"{damaged:,} of {size:,} bytes are invalid {encoding} (damaged or mixed encodings)")
    issues = f"{damaged:,} damaged byte sequence(s) could not be decoded as {encoding} and were replaced with U+FFFD" if damaged else None
    return StagedFile(digest.hexdigest(), size, check_decoded("".join(parts), encoding, confidence, issues))


def scan_folder(root: Path, now: datetime, known: dict[str, tuple[str, int, int]] | None = None, *,
                flush=None, flush_chars: int = 8_000_000) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Read and decode every new or changed file: (documents, sources, rejections) frames for this scan.

    `known` maps a path to (document_id, byte_size, mtime_ns) from the last scan: a file with the same
    size and modification time is not read again (the rule make and rsync use), so an incremental
    build does not decode the whole corpus. With `flush`, decoded documents are handed over in frames of
    about `flush_chars` characters as the scan goes (8 M characters: ~100 MB of strings and frames at the
    peak), so memory does not grow with the corpus.
    """
    documents, sources, rejected, flushed = {}, [], [], set()
    pending_chars = 0
    known = known or {}
    for path in list_source_files(root):
        rel = path.relative_to(root).as_posix()
        stat = source_stat(path)
        modified = datetime.fromtimestamp(stat.st_mtime, tz=timezone.utc)
        if rel in known and known[rel][1:] == (stat.st_size, stat.st_mtime_ns):
            sources.append({"source_path": rel, "document_id": known[rel][0], "byte_size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
                            "modified_at": modified, "first_seen_at": now, "last_seen_at": now, "is_present": True})
            continue
        try:
            staged = stage_file(path, root)
        except RejectedFile as why:
            rejected.append({"source_path": rel, "reason": str(why), "byte_size": path.lstat().st_size, "detected_at": now})
            continue
        doc_id = document_id_for(staged.sha256)
        text = staged.decoded.text
        if doc_id not in documents and doc_id not in flushed:  # the first of identical files holds the text
            pending_chars += len(text)
            documents[doc_id] = {
                "document_id": doc_id, "source_path": rel, "sha256": staged.sha256, "encoding": staged.decoded.encoding,
                "encoding_confidence": staged.decoded.confidence, "byte_size": staged.byte_size, "n_chars": len(text),
                "ingested_at": now, "status": "current", "is_current": True, "text": text, "text_simplified": to_simplified(text),
                "decode_issues": staged.decoded.issues,
            }
        sources.append({"source_path": rel, "document_id": doc_id, "byte_size": staged.byte_size, "mtime_ns": stat.st_mtime_ns, "modified_at": modified,
                        "first_seen_at": now, "last_seen_at": now, "is_present": True})
        if flush is not None and pending_chars >= flush_chars:
            flush(pl.DataFrame(list(documents.values()), schema=RAW_DOCUMENTS, orient="row"))
            flushed |= documents.keys()
            documents, pending_chars = {}, 0
    return (
        pl.DataFrame(list(documents.values()), schema=RAW_DOCUMENTS, orient="row"),
        pl.DataFrame(sources, schema=DOCUMENT_SOURCES, orient="row"),
        pl.DataFrame(rejected, schema=REJECTED_DOCUMENTS, orient="row"),
    )


@dg.multi_asset(
    specs=[asset_spec(TABLE[name], [], kinds={"duckdb"}, skippable=True)
           for name in ("raw_documents", "document_sources", "source_scans", "rejected_documents")],
    pool=POOL,
)
def stage_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource, source: SourceFolder,
                    analysis_workers: AnalysisWorkers):
    """Stage every readable file of the source folder; quarantine the rest with a reason.

    When files, rejections, analysis code and SQL models are all as they were at the last published
    build, nothing is yielded: Dagster then skips everything downstream (analysis, checks, models,
    publish), so a scheduled run with nothing new costs a folder scan.
    """
    root = source.root()
    if not root.is_dir():
        raise dg.Failure(f"source folder {root} does not exist or is not a folder")
    now = datetime.now(timezone.utc)
    with warehouse.get_connection() as con:
        for table, schema in (("raw_documents", RAW_DOCUMENTS), ("document_sources", DOCUMENT_SOURCES), ("rejected_documents", REJECTED_DOCUMENTS), ("source_scans", SOURCE_SCANS)):
            ensure_table(con, table, schema)
        known = {path: (doc, size, mtime) for path, doc, size, mtime in con.execute(
            "SELECT source_path, document_id, byte_size, mtime_ns FROM document_sources WHERE is_present").fetchall()}
        before = row_count(con, "raw_documents")

        def insert_documents(batch: pl.DataFrame) -> None:
            # Content-addressed rows: harmless if the scan dies before the merge below; the next scan
            # finds the files again and the merge marks them.
            with registered(con, "scan_batch", batch), transaction(con):
                con.execute("INSERT INTO raw_documents BY NAME SELECT * FROM scan_batch WHERE document_id NOT IN (SELECT document_id FROM raw_documents)")

        documents, sources, rejected = scan_folder(root, now, known, flush=insert_documents)
        insert_documents(documents)
        new_docs = row_count(con, "raw_documents") - before
        with registered(con, "scan_sources", sources), transaction(con):
            _merge_scan(con, rejected)
            scan = {"scanned_at": now, "source_folder": str(root), "n_files": sources.height + rejected.height,
                    "n_new_documents": new_docs, "n_rejected": rejected.height}
            append_frame(con, "source_scans", pl.DataFrame([scan], schema=SOURCE_SCANS, orient="row"))
        counts = {t: row_count(con, t) for t in ("raw_documents", "document_sources", "rejected_documents")}
        current = con.execute("SELECT count(*) FROM raw_documents WHERE is_current").fetchall()[0][0]
        preview = markdown_preview(con, "SELECT document_id, source_path, encoding, byte_size, n_chars FROM raw_documents WHERE is_current ORDER BY source_path")
        rejected_preview = markdown_preview(con, "SELECT source_path, reason FROM rejected_documents ORDER BY source_path", limit=20)
        unchanged = Path(warehouse.published or "").is_file() and published_fingerprint(con) == build_fingerprint(con)
        pending_documents, pending_chars = (0, 0) if unchanged else pending_analysis(con, analysis_version())
    for path, reason in rejected.select("source_path", "reason").iter_rows():
        context.log.warning(f"rejected {path}: {reason}")
    if unchanged:
        context.log.info("nothing changed since the last published build: skipping analysis, checks, models and publish")
        return
    if pending_documents and pending_chars <= parallel.LONG_ANALYSIS_CHARS:
        # the workers build their analysers on the other core while the staged rows are checked; for a long analysis
        # they start when the validator has been paused, so that the two are never resident together
        analysis_workers.start(pending_chars)
    yield dg.MaterializeResult(asset_key="raw_documents", metadata={
        "rows": counts["raw_documents"], "current_documents": current, "new_documents": new_docs,
        "source_folder": dg.MetadataValue.path(str(root)), "preview": dg.MetadataValue.md(preview)})
    yield dg.MaterializeResult(asset_key="document_sources", metadata={"rows": counts["document_sources"]})
    yield dg.MaterializeResult(asset_key="source_scans", metadata={"files": scan["n_files"], "new_documents": new_docs})
    yield dg.MaterializeResult(asset_key="rejected_documents", metadata={
        "rows": counts["rejected_documents"], "preview": dg.MetadataValue.md(rejected_preview)})


def _merge_scan(con, rejected: pl.DataFrame) -> None:
    """Merge one folder scan's paths (registered as scan_sources) and rejections into the ingest tables."""
    # Keep first_seen_at of known paths; paths that disappeared stay, marked not present.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE merged_sources AS
        SELECT s.source_path, s.document_id, s.byte_size, s.mtime_ns, s.modified_at,
               coalesce(old.first_seen_at, s.first_seen_at) AS first_seen_at, s.last_seen_at, true AS is_present
        FROM scan_sources s LEFT JOIN document_sources old
          ON old.source_path = s.source_path AND old.document_id = s.document_id
        UNION ALL
        SELECT old.source_path, old.document_id, old.byte_size, old.mtime_ns, old.modified_at, old.first_seen_at, old.last_seen_at, false
        FROM document_sources old
        WHERE NOT EXISTS (SELECT 1 FROM scan_sources s WHERE s.source_path = old.source_path AND s.document_id = old.document_id)
    """)
    con.execute("DELETE FROM document_sources")
    con.execute("INSERT INTO document_sources BY NAME SELECT * FROM merged_sources")
    # current: a present file holds it; superseded: its path now holds another version (an edit);
    # deleted: its files are gone. Superseded documents lose their articles; deleted ones keep them.
    con.execute("""
        UPDATE raw_documents SET status = CASE
            WHEN document_id IN (SELECT document_id FROM document_sources WHERE is_present) THEN 'current'
            WHEN document_id IN (SELECT old.document_id FROM document_sources old JOIN document_sources new
                                 ON new.source_path = old.source_path AND new.is_present AND NOT old.is_present) THEN 'superseded'
            ELSE 'deleted' END""")
    con.execute("UPDATE raw_documents SET is_current = (status = 'current')")
    con.execute("DELETE FROM rejected_documents")
    append_frame(con, "rejected_documents", rejected)

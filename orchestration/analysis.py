"""Reference regions, and the per-document text analysis (split, segment, extract)."""


import time
from datetime import datetime, timezone

import dagster as dg
import polars as pl

from orchestration import parallel
from orchestration.registry import article_tables, asset_spec
from orchestration.resources import AnalysisWorkers, GreatExpectations, WarehouseResource, analysis_memory_limit
from orchestration.settings import POOL
from orchestration.tables import append_frame, ensure_table, markdown_preview, replace_table, row_count, transaction
from orchestration.versions import analysis_version
from transforms.regions import build_regions, load_adcodes, region_members
from transforms.tables import TABLE, schema, schemas_in

BATCH_DOCUMENTS = 100  # documents written per transaction: bounds memory, keeps progress on a crash
PROGRESS_EVERY_SECONDS = 1.0
PROCESSED_DOCUMENTS = schema("processed_documents")
SCHEMAS = schemas_in("text")  # the tables the analysis writes (transforms.pipeline's, without importing the analysis here)
# Documents still to analyse: current or deleted (deleted files keep their rows, marked through
# raw_documents.status), not yet analysed by this code version.
TODO = "status <> 'superseded' AND document_id NOT IN (SELECT document_id FROM processed_documents)"
ARTICLE_TABLES = article_tables()  # rows of an article: removed with it


# What the UI shows of each table: names beside region codes, the words around each number.
_REGION_NAME = "(SELECT name FROM regions r WHERE r.region_code = t.region_code) AS region"
PREVIEWS = {
    "articles": f"""SELECT article_id, title, source_name, published_date, region_code, {_REGION_NAME}, kind
                    FROM articles t ORDER BY article_id""",
    "facts": f"""SELECT subject, qualifier, value, unit, status, region_code, {_REGION_NAME}, indicator,
                        '…' || substr(sentence, greatest(1, strpos(sentence, mention) - 12), 36) || '…' AS snippet
                 FROM facts t ORDER BY fact_id""",
    "region_mentions": f"""SELECT article_id, mention, region_code, {_REGION_NAME}, kind
                           FROM region_mentions t ORDER BY article_id, char_start""",
    "entities": f"""SELECT canonical_name, type, region_code, {_REGION_NAME}, article_id
                    FROM entities t ORDER BY article_id, entity_no""",
    "boilerplate_blocks": "SELECT document_id, reason, text FROM boilerplate_blocks ORDER BY document_id, line_no",
}


def pending_analysis(con, version: str) -> tuple[int, int]:
    """(documents, characters) that analysis by code `version` has still to do: the TODO documents, also
    counted right, before the analysis step has removed the rows of other versions, and on a warehouse
    without any analysis yet."""
    has_processed = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'processed_documents'").fetchall()[0][0]
    done = "SELECT document_id FROM processed_documents WHERE analysis_version = ?" if has_processed else "SELECT NULL WHERE false"
    return con.execute(f"""SELECT count(*), coalesce(sum(n_chars), 0) FROM raw_documents
                           WHERE status <> 'superseded' AND document_id NOT IN ({done})""",
                       [version] if has_processed else []).fetchall()[0]


@dg.multi_asset(
    specs=[asset_spec(TABLE["regions"], [], kinds={"duckdb"}),
           asset_spec(TABLE["region_members"], ["regions"], kinds={"duckdb"})],
    pool=POOL,
)
def reference_regions(warehouse: WarehouseResource):
    """Load the gazetteer of administrative divisions and macro-regions."""
    regions = build_regions(load_adcodes())
    members = region_members(regions)
    with warehouse.get_connection() as con, transaction(con):
        replace_table(con, "regions", regions)
        replace_table(con, "region_members", members)
    by_level = regions.group_by("level").len().sort("level")
    yield dg.MaterializeResult(asset_key="regions", metadata={
        "rows": regions.height, "by_level": dg.MetadataValue.json(dict(by_level.iter_rows()))})
    yield dg.MaterializeResult(asset_key="region_members", metadata={"rows": members.height})


# Upstream assets of each text table (the analysis step writes them all at once).
_TEXT_DEPS = {
    "articles": ["raw_documents", "regions"],
    "boilerplate_blocks": ["raw_documents"],
    "sentences": ["articles"],
    "tokens": ["articles"],
    "region_mentions": ["articles", "regions"],
    "facts": ["articles", "sentences", "region_mentions"],
    "entities": ["articles", "region_mentions"],
    "article_topics": ["articles"],
    "article_paragraphs": ["articles"],
    "article_keywords": ["tokens"],
}
_TEXT_SPECS = [asset_spec(TABLE[name], _TEXT_DEPS[name], kinds={"duckdb", "polars"}) for name in SCHEMAS]


@dg.multi_asset(specs=_TEXT_SPECS, pool=POOL)
def analyse_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource, analysis_workers: AnalysisWorkers,
                      validator: GreatExpectations):
    """Analyse every document not yet analysed by this code version; drop the rows of superseded versions."""
    version = analysis_version()
    validator.render_pending_docs()  # the pages of the staging checks, while this step analyses
    with warehouse.get_connection() as con:
        con.execute(f"SET memory_limit = '{analysis_memory_limit()}'")
        for table, schema in {**SCHEMAS, "processed_documents": PROCESSED_DOCUMENTS}.items():
            ensure_table(con, table, schema)
        with transaction(con):
            removed = _remove_stale_documents(con, version)
        n_todo, todo_chars = pending_analysis(con, version)
        context.log.info(f"{n_todo} documents to analyse (version {version}), {removed} stale documents removed")
        # A long analysis does not need the validator (≈ 280 MiB) resident beside the workers: it is stopped and
        # started again at the end, its import then overlapping this step's last writes and previews.
        paused = todo_chars > parallel.LONG_ANALYSIS_CHARS and validator.pause()
        try:
            analysed_in = _analyse_pending(context, con, analysis_workers, (n_todo, todo_chars), version) if n_todo else "nothing to analyse"
        finally:
            if paused:
                validator.resume()
        counts = {table: row_count(con, table) for table in SCHEMAS}
        previews = {k: markdown_preview(con, q) for k, q in PREVIEWS.items()}
    for table in SCHEMAS:
        metadata = {"rows": counts[table], "documents_analysed": n_todo, "analysed_in": analysed_in, "analysis_version": version}
        if table in previews:
            metadata["preview"] = dg.MetadataValue.md(previews[table])
        yield dg.MaterializeResult(asset_key=table, metadata=metadata)


class Progress:
    """`analysed N/M documents`, said through `say` at most every `every` seconds, and always at the end."""

    def __init__(self, total: int, say, every: float = PROGRESS_EVERY_SECONDS, clock=time.monotonic) -> None:
        self.total, self.done, self._say, self._every, self._clock = total, 0, say, every, clock
        self._said_at = clock()

    def add(self, n: int) -> None:
        self.done += n
        if self.done == self.total or self._clock() - self._said_at >= self._every:
            self._say(f"analysed {self.done}/{self.total} documents")
            self._said_at = self._clock()


def _analyse_pending(context, con, analysis_workers: AnalysisWorkers, todo: tuple[int, int], version: str) -> str:
    """Analyse and write every TODO document, batch by batch; returns where the analysis ran.

    Logs `analysed N/M documents` at most once a second and at the end: the command line draws its
    progress bar from these Dagster log events, and the UI shows them in the run's log. (Each event is a
    committed write to the instance's storage, which the step would otherwise wait for a hundred times.)"""
    n_todo, todo_chars = todo
    progress = Progress(n_todo, context.log.info)

    def written(groups: list) -> None:
        progress.add(sum(len(counts) for counts, _frames in groups))

    # One streaming scan of the texts on a second cursor (a batch-by-batch lookup would rescan the
    # whole text column each time); the working connection writes meanwhile.
    reader = con.cursor()
    try:
        reader.execute(f"SELECT document_id, coalesce(text_simplified, text) FROM raw_documents WHERE {TODO}")
        with analysis_workers.analyser(todo_chars) as (analyse, analysed_in):
            pending = None
            while True:
                batch = reader.fetchmany(BATCH_DOCUMENTS)
                # hand the next batch to the workers before writing this one, so they never wait for the writes
                upcoming = analyse(batch) if batch else None
                if pending is not None:
                    analysed = list(pending)
                    _write_batch(con, analysed, version)
                    written(analysed)
                if upcoming is None:
                    return analysed_in
                pending = upcoming
    finally:
        reader.close()


def _remove_stale_documents(con, version: str) -> int:
    """Delete derived rows of documents that are no longer current or were analysed by older code."""
    con.execute("""CREATE OR REPLACE TEMP TABLE stale_documents AS
                   SELECT document_id FROM processed_documents
                   WHERE analysis_version <> ? OR document_id IN (SELECT document_id FROM raw_documents WHERE status = 'superseded')""", [version])
    for table in ARTICLE_TABLES:
        con.execute(f"""DELETE FROM {table} WHERE article_id IN
                        (SELECT article_id FROM articles WHERE document_id IN (SELECT document_id FROM stale_documents))""")
    for table in ("articles", "boilerplate_blocks", "processed_documents"):
        con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT document_id FROM stale_documents)")
    return con.execute("SELECT count(*) FROM stale_documents").fetchall()[0][0]


def _write_batch(con, analysed: list, version: str) -> None:
    """Write all tables for a batch of documents (groups of (document counts, frames)) in one transaction, then
    mark them processed."""
    now = datetime.now(timezone.utc)
    frames = {table: pl.concat([f[table] for _, f in analysed]) for table in SCHEMAS} if analysed else {}
    processed = pl.DataFrame(
        [{"document_id": doc_id, "analysis_version": version, "n_articles": n_articles, "processed_at": now}
         for counts, _ in analysed for doc_id, n_articles in counts],
        schema=PROCESSED_DOCUMENTS, orient="row",
    )
    with transaction(con):
        for table, frame in frames.items():
            append_frame(con, table, frame)
        append_frame(con, "processed_documents", processed)

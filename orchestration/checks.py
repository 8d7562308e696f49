"""Great Expectations suites on the warehouse tables, surfaced as Dagster asset checks.

Each suite is a query (what to validate, with derived columns such as `offset_ok`) and a list of
expectations by GX class name. Blocking suites stop the SQL models from being rebuilt on bad data.
GX takes seconds to import, so it is imported inside the check, never at module level.
"""


import math
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from orchestration.resources import WarehouseResource
from orchestration.settings import POOL
from orchestration.tables import read_state, write_state

def region_known(alias: str = "") -> str:
    """SQL for a boolean column: the row's region_code is NULL or present in the gazetteer."""
    col = f"{alias}.region_code" if alias else "region_code"
    return f"({col} is null or {col} in (select region_code from regions)) as region_known"


@dataclass(frozen=True)
class Suite:
    table: str
    query: str
    expectations: tuple[tuple[str, dict], ...]
    blocking: bool
    description: str
    min_share_of_published: float | None = None  # fail on a sudden drop in rows against the last published build


SUITES: tuple[Suite, ...] = (
    Suite("raw_documents", "select document_id, sha256, encoding, byte_size, n_chars, contains(text, chr(65533)) as has_replacement_char from raw_documents where is_current",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToBeUnique", {"column": "document_id"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "sha256"}),
           ("ExpectColumnValuesToBeBetween", {"column": "byte_size", "min_value": 1}),
           ("ExpectColumnValuesToBeInSet", {"column": "has_replacement_char", "value_set": [False]})),
          True, "staged documents: unique ids, a hash, non-empty, no decoding damage"),
    Suite("regions", "select region_code, name, level, lat from regions",
          (("ExpectTableRowCountToBeBetween", {"min_value": 3000}),
           ("ExpectColumnValuesToBeUnique", {"column": "region_code"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "name"}),
           ("ExpectColumnValuesToBeInSet", {"column": "level", "value_set": ["country", "province", "prefecture", "county", "macro"]}),
           ("ExpectColumnValuesToBeBetween", {"column": "lat", "min_value": 3, "max_value": 54})),
          True, "gazetteer: thousands of divisions, unique codes, coordinates inside China"),
    Suite("articles", f"select article_id, document_id, title, kind, n_chars, {region_known()} from articles",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToBeUnique", {"column": "article_id"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "article_id"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "title"}),
           ("ExpectColumnValuesToBeBetween", {"column": "n_chars", "min_value": 1}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]})),
          True, "articles: unique keys, a title and a body, primary region in the gazetteer, no sudden drop in rows",
          min_share_of_published=0.5),
    Suite("region_mentions",
          f"""select m.article_id, m.char_start, {region_known('m')},
                     substr(a.body, m.char_start + 1, m.char_end - m.char_start) = m.mention as offset_ok
              from region_mentions m join articles a using (article_id)""",
          (("ExpectColumnValuesToBeInSet", {"column": "offset_ok", "value_set": [True]}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]}),
           ("ExpectColumnValuesToBeBetween", {"column": "char_start", "min_value": 0})),
          True, "region mentions: offsets point at the mention inside the article body; codes in the gazetteer"),
    Suite("facts",
          f"""select f.fact_id, f.value, f.unit, f.indicator, {region_known('f')},
                     case when f.unit = '%' and f.indicator <> 'growth' then f.value end as percent_value,
                     substr(a.body, f.char_start + 1, f.char_end - f.char_start) = f.mention as offset_ok
              from facts f join articles a using (article_id)""",
          (("ExpectColumnValuesToBeUnique", {"column": "fact_id"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "value"}),
           ("ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0}),
           ("ExpectColumnValuesToBeBetween", {"column": "percent_value", "min_value": 0, "max_value": 100}),
           ("ExpectColumnValuesToNotBeNull", {"column": "unit"}),
           ("ExpectColumnValuesToBeInSet", {"column": "offset_ok", "value_set": [True]}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]})),
          True, "facts: unique ids, non-negative values, shares within 0–100 %, offsets point at the mention, no sudden drop in rows",
          min_share_of_published=0.5),
    Suite("entities",
          f"""select e.article_id, e.type, {region_known('e')},
                     substr(a.body, e.char_start + 1, e.char_end - e.char_start) = e.name as offset_ok
              from entities e join articles a using (article_id)""",
          (("ExpectColumnValuesToBeInSet", {"column": "offset_ok", "value_set": [True]}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]}),
           ("ExpectColumnValuesToNotBeNull", {"column": "type"})),
          True, "entities: offsets point at the name inside the article body; codes in the gazetteer"),
    Suite("tokens", "select article_id, position, token from tokens using sample 50000 rows",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToNotBeNull", {"column": "token"})),
          False, "tokens (a sample of 50,000 rows): present and non-empty"),
    Suite("mart_region_indicators", "select region_code, n_articles, n_facts from mart_region_indicators",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToBeUnique", {"column": "region_code"}),
           ("ExpectColumnValuesToBeBetween", {"column": "n_articles", "min_value": 0})),
          True, "regional indicator mart: one row per region, non-negative counts"),
)


def published_row_count(con, published: str, table: str) -> int | None:
    """Rows of `table` in the last published warehouse, or None when nothing was published yet."""
    if not published or not Path(published).exists():
        return None
    literal = "'" + published.replace("'", "''") + "'"
    con.execute(f"ATTACH {literal} AS last_published (READ_ONLY)")
    try:
        found = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_catalog = 'last_published' AND table_name = ?", [table]).fetchall()[0][0]
        return con.execute(f'SELECT count(*) FROM last_published."{table}"').fetchall()[0][0] if found else None
    finally:
        con.execute("DETACH last_published")


FINGERPRINT_MAX_ROWS = 200_000  # hashing a small table is cheaper than importing GX; a big one is not


def content_fingerprint(con, query: str) -> str | None:
    """md5 of a small query result (None for large ones, which are always validated)."""
    n = con.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]
    if n > FINGERPRINT_MAX_ROWS:
        return None
    return con.execute(f"SELECT coalesce(md5(string_agg(r, '|' ORDER BY r)), '') || ':' || count(*) FROM (SELECT q::VARCHAR AS r FROM ({query}) AS q)").fetchall()[0][0]


def row_drop_expectation(suite: Suite, previous: int | None) -> tuple[tuple[str, dict], ...]:
    """A row-count floor relative to the last published build (only once that build had a meaningful size)."""
    if suite.min_share_of_published is None or previous is None or previous < 20:
        return ()
    return (("ExpectTableRowCountToBeBetween", {"min_value": math.ceil(previous * suite.min_share_of_published)}),)


def validate_frame(frame, suite: Suite, extra: tuple[tuple[str, dict], ...] = (), docs_dir: Path | None = None):
    """Validate a pandas frame with an ephemeral GX context; returns (GX validation result, data docs page or None).

    With `docs_dir`, GX also renders its Data Docs (HTML) for the validation there.
    """
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch_definition = (context.data_sources.add_pandas(f"{suite.table}_source").add_dataframe_asset(suite.table)
                        .add_batch_definition_whole_dataframe("whole_table"))
    expectations = [getattr(gxe, name)(**kwargs) for name, kwargs in suite.expectations + extra]
    gx_suite = context.suites.add(gx.ExpectationSuite(name=f"{suite.table}_suite", expectations=expectations))
    validation = context.validation_definitions.add(gx.ValidationDefinition(name=f"{suite.table}_validation", data=batch_definition, suite=gx_suite))
    actions = []
    if docs_dir is not None:
        context.add_data_docs_site("warehouse_docs", {
            "class_name": "SiteBuilder", "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)}})
        actions.append(gx.checkpoint.UpdateDataDocsAction(name="data_docs", site_names=["warehouse_docs"]))
    checkpoint = context.checkpoints.add(gx.Checkpoint(name=f"{suite.table}_checkpoint", validation_definitions=[validation],
                                                       actions=actions, result_format="SUMMARY"))
    result = next(iter(checkpoint.run(batch_parameters={"dataframe": frame}).run_results.values()))
    pages = sorted((docs_dir / "validations" / f"{suite.table}_suite").rglob("*.html")) if docs_dir is not None else []
    return result, (pages[-1] if pages else None)


def to_check_result(result, suite: Suite, docs_page: Path | None = None) -> dg.AssetCheckResult:
    """GX result → Dagster check result with the failed expectations, counts and examples as metadata."""
    rows, failed = [], []
    for item in result.results:
        config = item.expectation_config
        row = {"expectation": config.type, "column": config.kwargs.get("column"), "success": bool(item.success),
               "unexpected_count": item.result.get("unexpected_count"),
               "unexpected_examples": [str(v) for v in item.result.get("partial_unexpected_list", [])[:5]],
               "observed_value": str(item.result.get("observed_value")) if item.result.get("observed_value") is not None else None}
        rows.append(row)
        if not item.success:
            failed.append(row)
    table = "| expectation | column | ok | unexpected |\n|---|---|---|---|\n" + "\n".join(
        f"| {r['expectation']} | {r['column'] or ''} | {'yes' if r['success'] else 'NO'} | {r['unexpected_count'] if r['unexpected_count'] is not None else ''} |" for r in rows)
    return dg.AssetCheckResult(
        passed=bool(result.success),
        severity=dg.AssetCheckSeverity.ERROR if suite.blocking else dg.AssetCheckSeverity.WARN,
        metadata={"evaluated_expectations": len(rows), "failed_expectations": dg.MetadataValue.json(failed),
                  "summary": dg.MetadataValue.md(table),
                  **({"data_docs": dg.MetadataValue.path(str(docs_page))} if docs_page else {})},
    )


def build_check(suite: Suite) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=suite.table, name=f"{suite.table}_expectations", blocking=suite.blocking,
                    description=f"Great Expectations suite: {suite.description}", pool=POOL)
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.get_connection() as con:
            fingerprint = content_fingerprint(con, suite.query)
            if fingerprint is not None and fingerprint == read_state(con, f"validated:{suite.table}"):
                return dg.AssetCheckResult(passed=True, metadata={
                    "revalidated": False, "content_fingerprint": fingerprint,
                    "note": "content identical to the last version that passed this suite; not validated again"})
            frame = con.sql(suite.query).df()
            previous = published_row_count(con, warehouse.published, suite.table) if suite.min_share_of_published else None
        # one site per suite: a site build removes pages its (ephemeral) context does not know
        docs_dir = Path(warehouse.published or warehouse.database).parent / "data_docs" / suite.table
        result, page = validate_frame(frame, suite, row_drop_expectation(suite, previous), docs_dir)
        if result.success and fingerprint is not None:
            with warehouse.get_connection() as con:
                write_state(con, f"validated:{suite.table}", fingerprint)
        return to_check_result(result, suite, page)

    return _check


asset_checks = [build_check(suite) for suite in SUITES]

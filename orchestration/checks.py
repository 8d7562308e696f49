"""Great Expectations suites on the warehouse tables, surfaced as Dagster asset checks.

Each suite is a query (what to validate, with derived columns such as `offset_ok`) and a list of
expectations by GX class name. Blocking suites stop the SQL models from being rebuilt on bad data.
GX takes seconds to import: it runs in the run's validator process (orchestration.validation), never imported here.

Rows are written once, by document (staging or analysis, stamped with the time), and never edited in
place. So a suite over a large table validates only the rows of documents written since its last
passing validation ("delta"), while what concerns the whole table (unique keys, row counts) is
computed over the whole table in SQL and handed to GX as a column. Anything that changes what the
rows are checked against (the suite itself, the gazetteer) makes the next validation a full one.
"""


import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from orchestration.resources import GreatExpectations, WarehouseResource
from orchestration.settings import POOL
from orchestration.sql_models import table_refs
from orchestration.tables import read_state, write_state
from orchestration.validation import Outcome, combine


def region_known(alias: str = "") -> str:
    """SQL for a boolean column: the row's region_code is NULL or present in the gazetteer."""
    col = f"{alias}.region_code" if alias else "region_code"
    return f"({col} is null or {col} in (select region_code from regions)) as region_known"


# When the documents behind a table's rows were written: staged, or analysed.
STAGED = "select document_id, ingested_at as written_at from raw_documents"
ANALYSED = "select document_id, processed_at as written_at from processed_documents"
# The suite query's rows that belong to the documents in the temp table new_documents.
OF_NEW_DOCUMENTS = "document_id in (select document_id from new_documents)"
OF_NEW_ARTICLES = "article_id in (select article_id from articles where document_id in (select document_id from new_documents))"


@dataclass(frozen=True)
class Suite:
    table: str
    query: str
    expectations: tuple[tuple[str, dict], ...]
    blocking: bool
    description: str
    min_share_of_published: float | None = None  # fail on a sudden drop in rows against the last published build
    written: str | None = None  # (document_id, written_at) of the documents behind the rows: allows delta validation
    rows_of_new: str | None = None  # predicate on the query's rows: those of the documents in new_documents
    sample_rows: int | None = None  # a full validation looks at a random sample of this many rows
    name: str | None = None  # the check's name when a table has more than one suite

    @property
    def check_name(self) -> str:
        return self.name or f"{self.table}_expectations"


SUITES: tuple[Suite, ...] = (
    Suite("raw_documents", """select document_id, sha256, encoding, byte_size, n_chars,
                                     contains(text, chr(65533)) and decode_issues is null as unexplained_damage
                              from raw_documents where is_current""",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToBeUnique", {"column": "document_id"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "sha256"}),
           ("ExpectColumnValuesToBeBetween", {"column": "byte_size", "min_value": 1}),
           ("ExpectColumnValuesToBeInSet", {"column": "unexplained_damage", "value_set": [False]})),
          True, "staged documents: unique ids, a hash, non-empty, no decoding damage that staging did not note",
          written=STAGED, rows_of_new=OF_NEW_DOCUMENTS),
    Suite("raw_documents", """select document_id, source_path || ': ' || decode_issues as decode_issues
                              from raw_documents where is_current""",
          (("ExpectColumnValuesToBeNull", {"column": "decode_issues"}),),
          False, "files staged with damaged bytes dropped or replaced: their text is kept, but worth a look",
          written=STAGED, rows_of_new=OF_NEW_DOCUMENTS, name="raw_documents_decode_issues"),
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
          min_share_of_published=0.5, written=ANALYSED, rows_of_new=OF_NEW_DOCUMENTS),
    Suite("region_mentions",
          f"""select m.article_id, m.char_start, {region_known('m')},
                     substr(a.body, m.char_start + 1, m.char_end - m.char_start) = m.mention as offset_ok
              from region_mentions m join articles a using (article_id)""",
          (("ExpectColumnValuesToBeInSet", {"column": "offset_ok", "value_set": [True]}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]}),
           ("ExpectColumnValuesToBeBetween", {"column": "char_start", "min_value": 0})),
          True, "region mentions: offsets point at the mention inside the article body; codes in the gazetteer",
          written=ANALYSED, rows_of_new=OF_NEW_ARTICLES),
    Suite("facts",
          f"""select f.fact_id, f.article_id, f.value, f.unit, f.indicator, f.kind, f.status, {region_known('f')},
                     -- a value below zero is one the text writes with its sign right before a number (-1.7%, 收于每桶-37.63美元,
                     -- 不低于-30基点, full-width －0.8%), never a misreading; the dash of a range (7%-12%, 3-5) is no sign
                     case when f.value < 0 and not regexp_matches(f.mention, '(^|[^0-9０-９%.．])[ 　*_]*[-−－][ 　*_]*[0-9０-９]')
                          then f.value end as negative_without_sign,
                     case when f.unit = '%' and f.kind <> 'change' then abs(f.value) end as percent_size,
                     case when f.value_max < f.value then f.value_max end as range_top_below_bottom,
                     substr(a.body, f.char_start + 1, f.char_end - f.char_start) = f.mention as offset_ok
              from facts f join articles a using (article_id)""",
          (("ExpectColumnValuesToBeUnique", {"column": "fact_id"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "value"}),
           ("ExpectColumnValuesToBeNull", {"column": "negative_without_sign"}),
           ("ExpectColumnValuesToBeBetween", {"column": "percent_size", "min_value": 0, "max_value": 100}),
           ("ExpectColumnValuesToBeNull", {"column": "range_top_below_bottom"}),
           ("ExpectColumnValuesToNotBeNull", {"column": "unit"}),
           ("ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": ["level", "change", "share", "rank"]}),
           ("ExpectColumnValuesToBeInSet", {"column": "status", "value_set": ["actual", "target", "forecast", "plan"]}),
           ("ExpectColumnValuesToBeInSet", {"column": "offset_ok", "value_set": [True]}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]})),
          True, "facts: unique ids, values below zero only where the text writes the sign, shares within ±100 %, ranges that rise, a known kind and status, offsets point at the mention, no sudden drop in rows",
          min_share_of_published=0.5, written=ANALYSED, rows_of_new=OF_NEW_ARTICLES),
    Suite("entities",
          f"""select e.article_id, e.type, {region_known('e')},
                     substr(a.body, e.char_start + 1, e.char_end - e.char_start) = e.name as offset_ok
              from entities e join articles a using (article_id)""",
          (("ExpectColumnValuesToBeInSet", {"column": "offset_ok", "value_set": [True]}),
           ("ExpectColumnValuesToBeInSet", {"column": "region_known", "value_set": [True]}),
           ("ExpectColumnValuesToNotBeNull", {"column": "type"})),
          True, "entities: offsets point at the name inside the article body; codes in the gazetteer",
          written=ANALYSED, rows_of_new=OF_NEW_ARTICLES),
    Suite("tokens", "select article_id, position, token from tokens",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToNotBeNull", {"column": "token"})),
          False, "tokens (all new ones, or a sample of 50,000 rows): present and non-empty",
          written=ANALYSED, rows_of_new=OF_NEW_ARTICLES, sample_rows=50_000),
    Suite("mart_region_indicators", "select region_code, n_articles, n_statements from mart_region_indicators",
          (("ExpectTableRowCountToBeBetween", {"min_value": 1}),
           ("ExpectColumnValuesToBeUnique", {"column": "region_code"}),
           ("ExpectColumnValuesToBeBetween", {"column": "n_articles", "min_value": 0})),
          True, "regional indicator mart: one row per region, non-negative counts"),
    Suite("mart_indicator_values",
          """select fact_id, n_sources, status, kind,
                    value between value_min and value_max as value_within_spread
             from mart_indicator_values""",
          (("ExpectColumnValuesToBeUnique", {"column": "fact_id"}),
           ("ExpectColumnValuesToBeBetween", {"column": "n_sources", "min_value": 1}),
           ("ExpectColumnValuesToBeInSet", {"column": "status", "value_set": ["actual", "target", "forecast", "plan"]}),
           ("ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": ["level", "change", "share", "rank"]}),
           ("ExpectColumnValuesToBeInSet", {"column": "value_within_spread", "value_set": [True]})),
          True, "citable values: one chosen statement per row, known status and kind, the value within its sources' spread"),
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


@dataclass(frozen=True)
class Plan:
    """What one run of a suite validates: `query` gives the frame, `expectations` apply to it."""

    mode: str  # "full", "delta" (rows of new documents + whole-table SQL columns) or "unchanged"
    query: str
    expectations: tuple[tuple[str, dict], ...]
    state: str | None  # remembered once the validation passes
    metadata: dict
    parts: tuple[str, ...] = ()  # a large full validation, part by part (each query a slice of `query`)


# Whole-table expectations restated on columns computed over the whole table in SQL (delta mode).
def _whole_table_columns(name: str, kwargs: dict, query: str) -> tuple[str, str, dict] | None:
    """(SQL column, expectation, kwargs) standing for a whole-table expectation, or None for a row-level one."""
    if name == "ExpectTableRowCountToBeBetween":
        return f"(select count(*) from ({query})) as table_rows", "ExpectColumnValuesToBeBetween", {"column": "table_rows", **kwargs}
    if name == "ExpectColumnValuesToBeUnique":
        column = kwargs["column"]
        # the keys written more than once (up to five, as the failure's example), or ''
        duplicated = f"select {column}::varchar as k from ({query}) group by all having count(*) > 1 order by 1 limit 5"
        return (f"(select coalesce(string_agg(k, ', '), '') from ({duplicated})) as {column}_duplicated",
                "ExpectColumnValuesToBeInSet", {"column": f"{column}_duplicated", "value_set": [""]})
    return None


def delta_expectations(query: str, expectations) -> tuple[list[str], tuple[tuple[str, dict], ...]]:
    """The SQL columns and expectations of a delta validation of `query`'s new rows."""
    columns, restated = [], []
    for name, kwargs in expectations:
        whole = _whole_table_columns(name, kwargs, query)
        if whole is None:
            restated.append((name, kwargs))
        else:
            columns.append(whole[0])
            restated.append(whole[1:])
    return columns, tuple(restated)


def suite_context(con, suite: Suite) -> str:
    """Hash of what the rows are checked against: the suite itself and, when it uses it, the gazetteer."""
    regions = ""
    if "regions" in table_refs(suite.query):
        regions = con.execute("select coalesce(md5(string_agg(region_code, ',' order by region_code)), '') from regions").fetchall()[0][0]
    return hashlib.sha256(repr((suite.query, suite.expectations, regions)).encode()).hexdigest()[:16]


def plan_validation(con, suite: Suite, extra: tuple[tuple[str, dict], ...] = ()) -> Plan:
    """Full, delta or no validation, from what was remembered when this suite last passed.

    Leaves the temp table new_documents on `con` for a delta plan's query.
    """
    expectations = suite.expectations + extra
    if suite.written is None:  # small tables: validated again only when their content changed
        fingerprint = content_fingerprint(con, suite.query)
        if fingerprint is not None and fingerprint == read_state(con, f"validated:{suite.check_name}"):
            return Plan("unchanged", "", (), None, {"content_fingerprint": fingerprint,
                        "note": "content identical to the last version that passed this suite; not validated again"})
        return Plan("full", suite.query, expectations, fingerprint, {})

    table_rows = con.execute(f"select count(*) from ({suite.query})").fetchall()[0][0]
    watermark = con.execute(f"select max(written_at)::varchar from ({suite.written})").fetchall()[0][0]
    context = suite_context(con, suite)
    state = json.dumps({"context": context, "watermark": watermark, "rows": table_rows})
    remembered = _remembered(con, suite.check_name)
    if not remembered or remembered.get("context") != context or remembered.get("watermark") is None:
        return _full_plan(suite, expectations, state, table_rows)
    if remembered["watermark"] == watermark and remembered["rows"] == table_rows:
        return Plan("unchanged", "", (), None, {"table_rows": table_rows,
                    "note": "no document written since this suite last passed, same number of rows; not validated again"})
    con.execute(f"create or replace temp table new_documents as select document_id from ({suite.written}) where written_at > ?::timestamptz",
                [remembered["watermark"]])
    new_rows = con.execute(f"select count(*) from ({suite.query}) where {suite.rows_of_new}").fetchall()[0][0]
    if new_rows == 0:  # only deletions: nothing new to look at row by row, so look at everything
        return _full_plan(suite, expectations, state, table_rows)
    columns, restated = delta_expectations(suite.query, expectations)
    query = f"select *{''.join(', ' + c for c in columns)} from ({suite.query}) where {suite.rows_of_new}"
    new_documents = con.execute("select count(*) from new_documents").fetchall()[0][0]
    return Plan("delta", _sampled(query, suite), restated, state, {"table_rows": table_rows, "new_documents": new_documents})


FULL_PART_ROWS = 100_000  # a full validation of more rows goes part by part: memory stays flat in the table's size


def _full_plan(suite: Suite, expectations, state: str, table_rows: int) -> Plan:
    """Every row (or the suite's sample). A large table is validated in parts of about FULL_PART_ROWS rows,
    split by the hash of its article or document, with its whole-table expectations (unique keys, row
    counts) restated on columns computed in SQL over the whole table, as a delta validation does."""
    if suite.sample_rows is not None or table_rows <= FULL_PART_ROWS:
        return Plan("full", _sampled(suite.query, suite), expectations, state, {"table_rows": table_rows})
    columns, restated = delta_expectations(suite.query, expectations)
    whole = f"select *{''.join(', ' + c for c in columns)} from ({suite.query})"
    key = "article_id" if suite.rows_of_new == OF_NEW_ARTICLES else "document_id"
    n = math.ceil(table_rows / FULL_PART_ROWS)
    parts = tuple(f"select * from ({whole}) where hash({key}) % {n} = {i}" for i in range(n))
    return Plan("full", whole, restated, state, {"table_rows": table_rows, "parts": n}, parts)


def _sampled(query: str, suite: Suite) -> str:
    return query if suite.sample_rows is None else f"select * from ({query}) using sample {suite.sample_rows} rows"


def _remembered(con, check_name: str) -> dict | None:
    """What was stored when the suite last passed (None if never, or in an older format)."""
    try:
        remembered = json.loads(read_state(con, f"validated:{check_name}") or "null")
    except ValueError:
        return None
    return remembered if isinstance(remembered, dict) else None


def to_check_result(outcome: Outcome, suite: Suite, extra_metadata: dict | None = None, key: dict | None = None) -> dg.AssetCheckResult:
    """A validation's outcome → Dagster check result with the failed expectations, counts and examples as metadata."""
    rows = outcome.results
    failed = [r for r in rows if not r["success"]]
    table = "| expectation | column | ok | unexpected |\n|---|---|---|---|\n" + "\n".join(
        f"| {r['expectation']} | {r['column'] or ''} | {'yes' if r['success'] else 'NO'} | {r['unexpected_count'] if r['unexpected_count'] is not None else ''} |" for r in rows)
    return dg.AssetCheckResult(
        **(key or {}),
        passed=outcome.success,
        severity=dg.AssetCheckSeverity.ERROR if suite.blocking else dg.AssetCheckSeverity.WARN,
        metadata={"evaluated_expectations": len(rows), "failed_expectations": dg.MetadataValue.json(failed),
                  "summary": dg.MetadataValue.md(table),
                  **({"data_docs": dg.MetadataValue.path(outcome.docs_page)} if outcome.docs_page else {}), **(extra_metadata or {})},
    )


# The suites checked in one step: those whose tables one step of the build writes. A step with its connection costs
# about 0.1–0.2 s in Dagster's events and DuckDB's opening and checkpointing, whatever it validates, so ten suites in
# ten steps were most of the checks' time in a one-file build. Each check stays its own Dagster check (name, asset,
# blocking, result); a blocking one that fails fails its step after every suite of the step has reported.
CHECK_STEPS: dict[str, tuple[str, ...]] = {
    "staged_rows_expectations": ("raw_documents_expectations", "raw_documents_decode_issues", "regions_expectations"),
    "analysis_tables_expectations": ("articles_expectations", "region_mentions_expectations", "facts_expectations",
                                     "entities_expectations", "tokens_expectations"),
    "marts_expectations": ("mart_region_indicators_expectations", "mart_indicator_values_expectations"),
}


FINAL_CHECK_STEP = list(CHECK_STEPS)[-1]  # the marts': no validation follows it in a build


def _suites_of(step: str) -> list[Suite]:
    by_name = {suite.check_name: suite for suite in SUITES}
    return [by_name[name] for name in CHECK_STEPS[step]]


def check_spec(suite: Suite) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(suite.check_name, asset=suite.table, blocking=suite.blocking,
                             description=f"Great Expectations suite: {suite.description}")


def run_suite(con, suite: Suite, warehouse: WarehouseResource, validator: GreatExpectations) -> dg.AssetCheckResult:
    """Validate one suite on the open connection: unchanged, the new documents' rows, or all of them."""
    # one site per suite: a site build removes pages its (ephemeral) context does not know. Rendering
    # Data Docs costs more than validating a delta: a passing delta gets no page, a failing one does.
    docs_dir = Path(warehouse.published or warehouse.database).parent / "data_docs" / suite.check_name
    key = {"asset_key": dg.AssetKey(suite.table), "check_name": suite.check_name}
    previous = published_row_count(con, warehouse.published, suite.table) if suite.min_share_of_published else None
    plan = plan_validation(con, suite, row_drop_expectation(suite, previous))
    if plan.mode == "unchanged":
        return dg.AssetCheckResult(**key, passed=True, metadata={"validation": "unchanged", "revalidated": False, **plan.metadata})
    outcomes, rows = [], 0
    for n, query in enumerate(plan.parts or (plan.query,)):
        frame = con.sql(query).pl()
        rows += frame.height
        docs = "always" if plan.mode == "full" and n == 0 else "on failure"  # one page per validation, and every failure's
        outcomes.append(validator.validate(frame, suite.table, suite.check_name, plan.expectations, docs_dir, docs=docs))
        del frame
    outcome = combine(outcomes)
    if outcome.success and plan.state is not None:
        write_state(con, f"validated:{suite.check_name}", plan.state)
    return to_check_result(outcome, suite, {"validation": plan.mode, "rows_validated": rows, **plan.metadata}, key)


def build_check_step(step: str) -> dg.AssetChecksDefinition:
    suites = _suites_of(step)

    @dg.multi_asset_check(specs=[check_spec(suite) for suite in suites], name=step, can_subset=True, pool=POOL)
    def _checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource, validator: GreatExpectations):
        selected = [suite for suite in suites
                    if dg.AssetCheckKey(dg.AssetKey(suite.table), suite.check_name) in context.selected_asset_check_keys]
        with warehouse.get_connection() as con:
            for suite in selected:
                yield run_suite(con, suite, warehouse, validator)
        if step == FINAL_CHECK_STEP:
            validator.finish_in_background()

    return _checks


asset_checks = [build_check_step(step) for step in CHECK_STEPS]

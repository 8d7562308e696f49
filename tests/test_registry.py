"""The table registry declares every table the build writes, once, and everything else agrees with it."""

import dagster as dg
import pytest

from orchestration.checks import SUITES
from orchestration.definitions import defs
from orchestration.registry import article_tables, duckdb_type, markdown, stages
from orchestration.settings import REPO_ROOT, SQL_DIR
from transforms.pipeline import SCHEMAS
from transforms.tables import TABLE, TABLES, tables_in

SQL_MODELS = {p.stem for p in SQL_DIR.glob("*.sql")}


def _warehouse_columns(con) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute("""SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                          JOIN information_schema.tables t USING (table_schema, table_name)
                          WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE'
                          ORDER BY c.table_name, c.ordinal_position""").fetchall()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in rows:
        out.setdefault(table, []).append((column, data_type))
    return out


def test_every_table_the_build_writes_is_registered_or_a_sql_model(wh):
    built = set(_warehouse_columns(wh))
    assert built - SQL_MODELS == {t.name for t in TABLES}


@pytest.mark.parametrize("name", [t.name for t in TABLES])
def test_registry_columns_and_types_are_the_warehouse_columns(wh, name):
    columns = _warehouse_columns(wh)[name]
    assert columns == [(c, duckdb_type(dtype)) for c, (dtype, _) in TABLE[name].columns.items()]


@pytest.mark.parametrize("name", [t.name for t in TABLES])
def test_registry_keys_identify_rows(wh, name):
    key = ", ".join(TABLE[name].key)
    duplicates = wh.execute(f"SELECT count(*) FROM (SELECT {key} FROM {name} GROUP BY ALL HAVING count(*) > 1)").fetchall()[0][0]
    assert duplicates == 0


def test_reference_frames_have_the_registry_schema():
    from transforms.regions import build_regions, load_adcodes, region_members

    regions = build_regions(load_adcodes())
    assert dict(regions.schema) == TABLE["regions"].schema
    assert dict(region_members(regions).schema) == TABLE["region_members"].schema


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_table_says_what_a_row_is_and_every_column_what_it_means(table):
    assert table.grain.startswith("one row per ")
    assert table.key and all(k in table.columns for k in table.key)
    for column, (_dtype, description) in table.columns.items():
        assert len(description) >= 10 and description.endswith((".", ")", "…")), (table.name, column, description)


def test_schemas_derive_from_the_registry():
    from orchestration import ingest
    from orchestration.analysis import PROCESSED_DOCUMENTS
    from orchestration.tables import BUILD_STATE

    assert SCHEMAS == {t.name: t.schema for t in tables_in("text")}
    assert ingest.RAW_DOCUMENTS == TABLE["raw_documents"].schema
    assert ingest.SOURCE_SCANS == TABLE["source_scans"].schema
    assert PROCESSED_DOCUMENTS == TABLE["processed_documents"].schema
    assert BUILD_STATE == TABLE["build_state"].schema


def test_article_tables_are_the_tables_with_an_article_id():
    assert set(article_tables()) == {"tokens", "sentences", "region_mentions", "facts", "entities", "article_topics",
                                     "article_keywords", "article_paragraphs"}


@pytest.mark.parametrize("table", [t for t in TABLES if t.group != "state"], ids=lambda t: t.name)
def test_asset_specs_carry_the_registry_column_schema(table):
    spec = defs.resolve_asset_graph().get(dg.AssetKey(table.name))
    assert spec.group_name == table.group
    assert spec.description.startswith(table.grain[0].upper() + table.grain[1:])
    schema = spec.metadata["dagster/column_schema"]
    assert isinstance(schema, dg.TableSchemaMetadataValue)
    assert [(c.name, c.type, c.description) for c in schema.schema.columns] == [
        (name, duckdb_type(dtype), description) for name, (dtype, description) in table.columns.items()]


def test_state_tables_are_not_assets():
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert {t.name for t in tables_in("state")}.isdisjoint(keys)


def test_stages_cover_every_asset_table_and_every_mart():
    listed = {name for names in stages().values() for name in names}
    assert {t.name for t in TABLES if t.group != "state"} <= listed
    assert {"article_paragraphs", "source_scans", "mart_indicator_values"} <= listed
    assert {m for m in SQL_MODELS if m.startswith("mart_")} == set(stages()["marts"])


def test_checks_name_registered_tables_or_sql_models():
    assert {s.table for s in SUITES} <= {t.name for t in TABLES} | SQL_MODELS


def test_docs_tables_md_is_what_the_registry_prints():
    current = (REPO_ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert current == markdown(), "docs/tables.md is stale: python -m orchestration.registry --markdown > docs/tables.md"


def test_docs_list_every_table_and_model():
    text = markdown()
    for name in [t.name for t in TABLES] + sorted(SQL_MODELS):
        assert f"### {name}\n" in text
    assert "| `decode_issues` | VARCHAR |" in text


def test_previews_show_region_names_and_a_sentence_snippet_beside_each_fact(wh):
    from orchestration.analysis import PREVIEWS
    from orchestration.tables import markdown_preview

    facts = wh.sql(PREVIEWS["facts"]).pl()
    assert facts.filter(facts["region_code"].is_not_null())["region"].null_count() == 0
    mentions = wh.execute("SELECT mention FROM facts ORDER BY fact_id").fetchall()
    assert all(m in snippet for (m,), snippet in zip(mentions, facts["snippet"]))
    shown = markdown_preview(wh, PREVIEWS["articles"])
    assert "| region |" in shown and ("省" in shown or "市" in shown)
    for query in PREVIEWS.values():
        assert markdown_preview(wh, query).count("\n") >= 2


def test_readme_tables_section_names_every_table_and_links_the_dictionary():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Tables"):readme.index("## Example queries")]
    assert "docs/tables.md" in section
    assert all(f"`{t.name}`" in section for t in TABLES)

"""Blocking data-quality gates: bad data in the working copy never reaches the published warehouse."""

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from orchestration.checks import delta_expectations
from orchestration.definitions import build_resources
from orchestration.settings import working_path
from tests.conftest import build_warehouse, seed_text

# (what goes wrong, SQL that damages the working copy, the check that must catch it)
DAMAGE = [
    ("negative count", "UPDATE facts SET value = -1 WHERE fact_id = (SELECT min(fact_id) FROM facts)", "facts_expectations"),
    ("range upside down", "UPDATE facts SET value_max = value - 1 WHERE fact_id = (SELECT min(fact_id) FROM facts)", "facts_expectations"),
    ("share above 100 %", "UPDATE facts SET value = 250 WHERE fact_id = (SELECT min(fact_id) FROM facts WHERE unit = '%')", "facts_expectations"),
    ("offset off by one", "UPDATE region_mentions SET char_start = char_start + 1 WHERE char_start = (SELECT min(char_start) FROM region_mentions)", "region_mentions_expectations"),
    ("unknown region code", "UPDATE articles SET region_code = '999999' WHERE seq = 1", "articles_expectations"),
    ("duplicate article", "INSERT INTO articles SELECT * FROM articles LIMIT 1", "articles_expectations"),
    ("decoding damage", "UPDATE raw_documents SET text = text || chr(65533) WHERE source_path LIKE '000%'", "raw_documents_expectations"),
]


def _damage(published, sql: str, rewritten: str | None = "true") -> None:
    """Damage the working copy, as a faulty extractor would, and mark the build as having work to do
    (a real faulty build comes with new files or new code, which is what triggers a build).

    Rows are only ever written with their document's write time, so the documents chosen by the SQL
    predicate `rewritten` are stamped as written now, as a faulty run would have (None: rows were only
    deleted, nothing written).
    """
    with duckdb.connect(str(working_path(published))) as con:
        con.execute(sql)
        if rewritten is not None:
            con.execute(f"UPDATE processed_documents SET processed_at = now() WHERE {rewritten}")
            con.execute(f"UPDATE raw_documents SET ingested_at = now() WHERE {rewritten}")
        con.execute("DELETE FROM build_state WHERE key = 'published_fingerprint'")
        con.execute("CHECKPOINT")
    # the damage stands for what a faulty build wrote itself: the working copy is left as a build leaves it
    build_resources(warehouse=str(published))["warehouse"].stamp()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy_built(built, tmp_path):
    """A copy of the seeds build (published file and working copy) to damage or extend."""
    _, published_seed = built
    published = tmp_path / "warehouse.duckdb"
    shutil.copy(published_seed, published)
    shutil.copy(working_path(published_seed), working_path(published))
    build_resources(warehouse=str(published))["warehouse"].stamp()
    return published


def _evaluation(result, check: str):
    (evaluation,) = [e for e in result.get_asset_check_evaluations() if e.check_name == check]
    return evaluation


@pytest.mark.parametrize(("what", "damage", "check"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_blocking_check_fails_and_the_published_warehouse_stays(built, seeds_copy, tmp_path, what, damage, check):
    published = _copy_built(built, tmp_path)
    before = _sha(published)
    _damage(published, damage)

    result = build_warehouse(seeds_copy, published)

    failed = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert check in failed
    assert not result.success
    published_assets = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "publish_warehouse" not in published_assets
    assert _sha(published) == before


def test_failed_check_reports_which_expectation_and_examples(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    _damage(published, DAMAGE[0][1])
    result = build_warehouse(seeds_copy, published)
    (evaluation,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "facts_expectations"]
    failed = evaluation.metadata["failed_expectations"].value
    assert [(f["expectation"], f["column"], f["unexpected_count"]) for f in failed] == [("expect_column_values_to_be_null", "negative_without_sign", 1)]
    assert failed[0]["unexpected_examples"] == ["-1.0"]


def test_sudden_drop_in_rows_against_the_published_build_blocks(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    before = _sha(published)
    # as if the extractor suddenly lost most facts
    _damage(published, "DELETE FROM facts WHERE fact_id NOT IN (SELECT fact_id FROM facts ORDER BY fact_id LIMIT 10)", rewritten=None)
    result = build_warehouse(seeds_copy, published)
    (evaluation,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "facts_expectations"]
    assert not evaluation.passed
    assert [f["expectation"] for f in evaluation.metadata["failed_expectations"].value] == ["expect_table_row_count_to_be_between"]
    assert _sha(published) == before


# --- delta validation: after a build, suites look at the rows of documents written since --------

FIRST_FACT_DOCUMENT = "document_id = (SELECT a.document_id FROM facts f JOIN articles a USING (article_id) ORDER BY f.fact_id LIMIT 1)"


def test_after_a_build_the_checks_validate_only_the_rows_of_the_new_document(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    source = tmp_path / "source"
    shutil.copytree(seeds_copy, source)
    # a new version of a seed page, with one more paragraph: a new document among known ones
    (source / "later_edition.txt").write_text(seed_text("001") + "\n\n据统计，全省技术合同成交额达到1200亿元，同比增长15%。\n", encoding="utf-8")

    result = build_warehouse(source, published)

    assert result.success
    with duckdb.connect(str(published), read_only=True) as con:
        new_articles = con.execute("""SELECT count(*) FROM articles WHERE document_id =
                                      (SELECT document_id FROM document_sources WHERE source_path LIKE '%later_edition.txt')""").fetchall()[0][0]
        all_articles = con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    for check in ("raw_documents_expectations", "articles_expectations", "facts_expectations", "region_mentions_expectations",
                  "entities_expectations", "tokens_expectations"):
        metadata = _evaluation(result, check).metadata
        assert metadata["validation"].value == "delta", check
        assert metadata["new_documents"].value == 1, check
        assert 0 < metadata["rows_validated"].value < metadata["table_rows"].value, check
    articles = _evaluation(result, "articles_expectations").metadata
    assert (articles["rows_validated"].value, articles["table_rows"].value) == (new_articles, all_articles)


def test_a_negative_value_the_text_writes_with_its_sign_passes_the_gate(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    source = tmp_path / "source"
    shutil.copytree(seeds_copy, source)
    # a contribution below zero is a real figure (CCTV, 2013), not a misreading: the gate lets it through
    (source / "negative.txt").write_text(seed_text("001") + "\n\n消费、投资和净出口对GDP增长的贡献率分别是45.9%、55.8%和-1.7%。\n"
                                         "存量房贷的加点幅度统一调整到不低于-30基点。\n"
                                         "净出口对增长的贡献率为－0.8%。\n",
                                         encoding="utf-8")

    result = build_warehouse(source, published)

    assert result.success, [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT value FROM facts WHERE mention = '-1.7%'").fetchall() == [(-1.7,)]
        # the mention starts with its qualifier; the sign still stands before the number
        assert con.execute("SELECT value FROM facts WHERE mention LIKE '%-30基点'").fetchall() == [(-30.0,)]
        # a full-width minus, as web text and typed reports write it
        assert con.execute("SELECT value FROM facts WHERE mention = '－0.8%'").fetchall() == [(-0.8,)]


def test_a_delta_validation_catches_a_bad_row_of_a_rewritten_document(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    before = _sha(published)
    _damage(published, DAMAGE[0][1], rewritten=FIRST_FACT_DOCUMENT)

    result = build_warehouse(seeds_copy, published)

    evaluation = _evaluation(result, "facts_expectations")
    assert not evaluation.passed and not result.success
    assert evaluation.metadata["validation"].value == "delta"
    assert evaluation.metadata["rows_validated"].value < evaluation.metadata["table_rows"].value
    failed = evaluation.metadata["failed_expectations"].value
    assert [(f["expectation"], f["column"], f["unexpected_count"]) for f in failed] == [("expect_column_values_to_be_null", "negative_without_sign", 1)]
    assert Path(evaluation.metadata["data_docs"].value).is_file()  # a failing delta gets its Data Docs page
    assert _sha(published) == before


def test_a_delta_validation_still_checks_keys_over_the_whole_table(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    # an old article written twice while another document is rewritten: the copy is outside the delta
    _damage(published, "INSERT INTO articles SELECT * FROM articles WHERE article_id = (SELECT max(article_id) FROM articles)",
            rewritten="document_id = (SELECT document_id FROM articles ORDER BY article_id LIMIT 1)")

    result = build_warehouse(seeds_copy, published)

    evaluation = _evaluation(result, "articles_expectations")
    assert not evaluation.passed
    assert evaluation.metadata["validation"].value == "delta"
    with duckdb.connect(str(working_path(published)), read_only=True) as con:
        (twice,) = con.execute("SELECT article_id FROM articles GROUP BY 1 HAVING count(*) > 1").fetchall()[0]
    (failed,) = evaluation.metadata["failed_expectations"].value
    assert failed["column"] == "article_id_duplicated" and set(failed["unexpected_examples"]) == {twice}


def test_whole_table_expectations_are_restated_as_columns_for_a_delta():
    columns, restated = delta_expectations("select article_id, title from articles", (
        ("ExpectTableRowCountToBeBetween", {"min_value": 5}),
        ("ExpectColumnValuesToBeUnique", {"column": "article_id"}),
        ("ExpectColumnValuesToNotBeNull", {"column": "title"}),
    ))
    assert restated == (("ExpectColumnValuesToBeBetween", {"column": "table_rows", "min_value": 5}),
                        ("ExpectColumnValuesToBeInSet", {"column": "article_id_duplicated", "value_set": [""]}),
                        ("ExpectColumnValuesToNotBeNull", {"column": "title"}))
    with duckdb.connect() as con:
        con.execute("CREATE TABLE articles AS SELECT * FROM (VALUES ('a', 't'), ('a', 't'), ('b', NULL)) v(article_id, title)")
        row = con.execute(f"SELECT {', '.join(columns)} FROM articles LIMIT 1").fetchall()[0]
    assert row == (3, "a")  # three rows; key a written twice


def test_a_table_with_no_document_written_since_its_last_validation_is_not_validated_again(built, seeds_copy, tmp_path):
    published = _copy_built(built, tmp_path)
    _damage(published, "SELECT 1", rewritten=None)  # a build with work to do (as after editing a SQL model), no new rows

    result = build_warehouse(seeds_copy, published)

    assert result.success
    for check in ("raw_documents_expectations", "articles_expectations", "facts_expectations", "tokens_expectations"):
        metadata = _evaluation(result, check).metadata
        assert (metadata["validation"].value, metadata["revalidated"].value) == ("unchanged", False), check

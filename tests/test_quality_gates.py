"""Blocking data-quality gates: bad data in the working copy never reaches the published warehouse."""

import hashlib
import shutil

import duckdb
import pytest

from orchestration.settings import working_path
from tests.conftest import build_warehouse

# (what goes wrong, SQL that damages the working copy, the check that must catch it)
DAMAGE = [
    ("negative count", "UPDATE facts SET value = -1 WHERE fact_id = (SELECT min(fact_id) FROM facts)", "facts_expectations"),
    ("share above 100 %", "UPDATE facts SET value = 250 WHERE fact_id = (SELECT min(fact_id) FROM facts WHERE unit = '%')", "facts_expectations"),
    ("offset off by one", "UPDATE region_mentions SET char_start = char_start + 1 WHERE char_start = (SELECT min(char_start) FROM region_mentions)", "region_mentions_expectations"),
    ("unknown region code", "UPDATE articles SET region_code = '999999' WHERE seq = 1", "articles_expectations"),
    ("duplicate article", "INSERT INTO articles SELECT * FROM articles LIMIT 1", "articles_expectations"),
    ("decoding damage", "UPDATE raw_documents SET text = text || chr(65533) WHERE source_path LIKE '000%'", "raw_documents_expectations"),
]


def _damage(published, sql: str) -> None:
    """Damage the working copy, as a faulty extractor would, and mark the build as having work to do
    (a real faulty build comes with new files or new code, which is what triggers a build)."""
    with duckdb.connect(str(working_path(published))) as con:
        con.execute(sql)
        con.execute("DELETE FROM build_state WHERE key = 'published_fingerprint'")


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("what", "damage", "check"), DAMAGE, ids=[d[0] for d in DAMAGE])
def test_blocking_check_fails_and_the_published_warehouse_stays(built, seeds_copy, tmp_path, what, damage, check):
    _, published_seed = built
    published = tmp_path / "warehouse.duckdb"
    shutil.copy(published_seed, published)
    shutil.copy(working_path(published_seed), working_path(published))
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
    _, published_seed = built
    published = tmp_path / "warehouse.duckdb"
    shutil.copy(published_seed, published)
    shutil.copy(working_path(published_seed), working_path(published))
    _damage(published, DAMAGE[0][1])
    result = build_warehouse(seeds_copy, published)
    (evaluation,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "facts_expectations"]
    failed = evaluation.metadata["failed_expectations"].value
    assert [(f["expectation"], f["column"], f["unexpected_count"]) for f in failed] == [("expect_column_values_to_be_between", "value", 1)]
    assert failed[0]["unexpected_examples"] == ["-1.0"]


def test_sudden_drop_in_rows_against_the_published_build_blocks(built, seeds_copy, tmp_path):
    _, published_seed = built
    published = tmp_path / "warehouse.duckdb"
    shutil.copy(published_seed, published)
    shutil.copy(working_path(published_seed), working_path(published))
    before = _sha(published)
    # as if the extractor suddenly lost most facts
    _damage(published, "DELETE FROM facts WHERE fact_id NOT IN (SELECT fact_id FROM facts ORDER BY fact_id LIMIT 10)")
    result = build_warehouse(seeds_copy, published)
    (evaluation,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "facts_expectations"]
    assert not evaluation.passed
    assert [f["expectation"] for f in evaluation.metadata["failed_expectations"].value] == ["expect_table_row_count_to_be_between"]
    assert _sha(published) == before

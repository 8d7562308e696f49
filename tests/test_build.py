"""The whole warehouse built from the seeds through Dagster: real DuckDB, real content."""

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS, build_warehouse

MARTS = ["mart_region_indicators", "mart_facts_latest", "mart_indicator_values"]


def test_build_succeeds_and_every_check_passes(built):
    result, _ = built
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert {e.check_name for e in evaluations} >= {"articles_expectations", "facts_expectations", "region_mentions_expectations", "regions_expectations",
                                                   "mart_indicator_values_expectations"}
    assert [e.check_name for e in evaluations if not e.passed] == []


def test_raw_documents_have_provenance(wh):
    rows = wh.execute("SELECT source_path, sha256, encoding, byte_size, length(text) FROM raw_documents ORDER BY source_path").fetchall()
    assert [r[0] for r in rows] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for source_path, sha, encoding, size, n_chars in rows:
        assert len(sha) == 64 and encoding == "utf-8" and size == (SEEDS / source_path).stat().st_size and n_chars > 1000


def test_zhejiang_article_yields_41_innovation_consortia(wh):
    rows = wh.execute("""
        SELECT f.value, f.unit, f.subject, f.region_code, f.sentence, a.title
        FROM facts f JOIN articles a USING (article_id)
        WHERE f.value = 41 AND f.unit = '家' AND f.subject LIKE '%创新联合体%'""").fetchall()
    assert len(rows) == 1
    value, unit, subject, region, sentence, title = rows[0]
    assert region == "330000" and title == "链式突破激发产业“聚变效应”"
    assert "创新联合体41家" in sentence


def test_every_fact_traces_back_to_sentence_offsets_and_file(wh):
    rows = wh.execute("""
        SELECT f.mention, substr(a.body, f.char_start + 1, f.char_end - f.char_start), s.text, f.sentence, d.source_path
        FROM facts f JOIN articles a USING (article_id) JOIN raw_documents d USING (document_id)
        JOIN sentences s ON s.article_id = f.article_id AND s.sentence_no = f.sentence_no""").fetchall()
    assert len(rows) > 50
    for mention, at_offsets, sentence_row, sentence, path in rows:
        assert mention == at_offsets and sentence_row == sentence and mention in sentence and (SEEDS / path).exists()


def test_region_mentions_point_at_their_text(wh):
    bad = wh.execute("""SELECT count(*) FROM region_mentions m JOIN articles a USING (article_id)
                        WHERE substr(a.body, m.char_start + 1, m.char_end - m.char_start) <> m.mention""").fetchall()[0][0]
    total = wh.execute("SELECT count(*) FROM region_mentions").fetchall()[0][0]
    assert total > 100 and bad == 0


def test_regions_hold_every_division_and_macro_regions(wh):
    levels = dict(wh.execute("SELECT level, count(*) FROM regions GROUP BY level").fetchall())
    assert levels["province"] >= 31 and levels["prefecture"] >= 300 and levels["county"] >= 2500
    assert wh.execute("SELECT name FROM regions WHERE region_code = '100000'").fetchall() == [("全国",)]
    assert wh.execute("SELECT count(*) FROM regions WHERE level = 'macro' AND name IN ('长江三角洲', '京津冀', '粤港澳大湾区')").fetchall()[0][0] == 3


def test_primary_regions_of_known_articles(wh):
    regions = dict(wh.execute("SELECT title, region_code FROM articles").fetchall())
    assert regions["链式突破激发产业“聚变效应”"] == "330000"
    assert regions["营造创新氛围 打造特色产业"] == "130200"
    assert regions["长三角合力构建科创共同体"] in ("320000", "MR_YRD")


@pytest.mark.parametrize("mart", MARTS)
def test_every_mart_has_rows(wh, mart):
    assert wh.execute(f"SELECT count(*) FROM {mart}").fetchall()[0][0] > 0


def test_zhejiang_rolls_up_in_the_indicator_mart(wh):
    n_articles, n_statements, n_platform_statements = wh.execute(
        "SELECT n_articles, n_statements, n_statements_platforms FROM mart_region_indicators WHERE region_code = '330000'").fetchall()[0]
    assert n_articles >= 2 and n_statements >= 5 and n_platform_statements >= 1


def test_zhejiang_has_41_innovation_consortia_in_the_values_mart(wh):
    # "how many 创新联合体 does 浙江 have" is a value (41), not a count of statements
    rows = wh.execute("""SELECT value, n_sources, chosen_because, sentence, source_path FROM mart_indicator_values
                         WHERE region_code = '330000' AND indicator = 'platforms' AND status = 'actual' AND kind = 'level'
                           AND unit = '家' AND subject = '创新联合体'""").fetchall()
    assert len(rows) == 1
    value, n_sources, chosen_because, sentence, source_path = rows[0]
    assert value == 41.0 and n_sources == 1 and chosen_because == "only source"
    assert "创新联合体" in sentence and "41" in sentence and source_path.endswith(".txt")


def test_values_mart_never_mixes_status_or_kind_and_keeps_its_grain(wh):
    grain = "region_code, indicator, subject, kind, share_of, status, period_year, unit"
    assert wh.execute(f"SELECT count(*) FROM (SELECT {grain} FROM mart_indicator_values GROUP BY ALL HAVING count(*) > 1)").fetchone() == (0,)
    # every chosen statement has the row's status and kind
    assert wh.execute("""SELECT count(*) FROM mart_indicator_values v JOIN stg_facts f USING (fact_id)
                         WHERE f.status <> v.status OR f.kind <> v.kind OR f.indicator = 'other'""").fetchone() == (0,)


def test_tokens_are_jieba_segments_with_offsets(wh):
    rows = wh.execute("""SELECT t.token, substr(a.body, t.char_start + 1, t.char_end - t.char_start)
                         FROM tokens t JOIN articles a USING (article_id) USING SAMPLE 500 ROWS""").fetchall()
    assert all(token == at_offsets for token, at_offsets in rows)
    assert wh.execute("SELECT count(*) FROM tokens WHERE token = '创新联合体'").fetchall()[0][0] > 10


def test_rebuild_is_incremental_and_idempotent_and_bad_files_are_quarantined(tmp_path):
    source, warehouse = tmp_path / "src", tmp_path / "wh.duckdb"
    source.mkdir()
    for name in ("000_f366a8d252c66c4f.txt", "002_6d8eaefb162c86fe.txt"):
        shutil.copy(SEEDS / name, source / name)
    assert build_warehouse(source, warehouse).success
    snapshot = _counts(warehouse)

    unchanged = build_warehouse(source, warehouse)  # nothing changed: only the scan and reference data run
    assert unchanged.success and _counts(warehouse) == snapshot
    done = {e.asset_key.to_user_string() for e in unchanged.get_asset_materialization_events()}
    assert done.isdisjoint({"raw_documents", "articles", "facts", "mart_region_indicators", "publish_warehouse"})

    (source / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (source / "gbk page.txt").write_bytes((SEEDS / "001_784f87380d72e5ff.txt").read_text(encoding="utf-8").encode("gb18030"))
    changed = build_warehouse(source, warehouse)
    assert changed.success
    assert "publish_warehouse" in {e.asset_key.to_user_string() for e in changed.get_asset_materialization_events()}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT source_path, reason FROM rejected_documents").fetchall() == [
            ("picture.png", "binary content: NUL bytes without a UTF-16 byte-order mark")]
        assert con.execute("SELECT encoding FROM raw_documents WHERE source_path = 'gbk page.txt'").fetchall() == [("gb18030",)]
        analysed = dict(con.execute("SELECT document_id, processed_at FROM processed_documents").fetchall())
    assert len(analysed) == 3


def _counts(warehouse):
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("raw_documents", "articles", "tokens", "facts", "region_mentions", "mart_region_indicators")}


def test_the_same_page_printed_twice_is_linked_and_counted_once(tmp_path):
    alone, twice = tmp_path / "alone", tmp_path / "twice"
    alone.mkdir(), twice.mkdir()
    page = SEEDS / "000_f366a8d252c66c4f.txt"
    shutil.copy(page, alone / page.name)
    shutil.copy(page, twice / page.name)
    # another paper's dump of the same stories: other bytes (GBK, full-width commas), same content
    reprint = page.read_text(encoding="utf-8").replace("，", ",")
    (twice / "reprint.txt").write_bytes(reprint.encode("gb18030"))
    assert build_warehouse(alone, tmp_path / "alone.duckdb").success
    assert build_warehouse(twice, tmp_path / "twice.duckdb").success
    marts = "SELECT * FROM mart_region_indicators ORDER BY region_code"
    with duckdb.connect(str(tmp_path / "alone.duckdb"), read_only=True) as a, duckdb.connect(str(tmp_path / "twice.duckdb"), read_only=True) as b:
        assert b.execute("SELECT count(*) FROM articles").fetchall() == [(14,)]
        assert b.execute("SELECT count(*) FROM int_article_duplicates").fetchall() == [(7,)]
        assert a.execute(marts).fetchall() == b.execute(marts).fetchall()


def test_every_check_links_its_great_expectations_data_docs_page(built):
    result, warehouse = built
    for evaluation in result.get_asset_check_evaluations():
        page = Path(evaluation.metadata["data_docs"].value)
        assert page.is_relative_to(warehouse.parent / "data_docs") and page.suffix == ".html"
        assert (warehouse.parent / "data_docs" / evaluation.check_name / "index.html").exists()  # one folder per suite
        assert evaluation.check_name.removesuffix("_expectations") in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("quote", "region"),
    [
        ("我省向沪浙皖输出的技术合同超9300项", "320000"),   # 我省 in a 新华日报 story, not 沪 or 皖
        ("吸纳沪浙皖的技术合同超8700项", "320000"),        # partners listed, subject implied: the paper's province
        ("浙江规模以上数字经济核心产业营业收入突破2.4万亿元", "330000"),  # 浙江 inside a national Xinhua story
    ],
)
def test_fact_region_is_the_subject_of_its_clause(wh, quote, region):
    rows = wh.execute("SELECT region_code FROM facts WHERE contains(sentence, ?) ORDER BY char_start LIMIT 1", [quote[:12]]).fetchall()
    assert rows == [(region,)]


def test_zhejiang_lists_its_data_consortium_once(wh):
    # seed 000 names 数据资源体系创新联合体 and, later, 数据资源创新联合体: one platform
    assert set(wh.execute("SELECT canonical_name FROM entities WHERE name = '数据资源创新联合体'").fetchall()) == {("数据资源体系创新联合体",)}
    names = [n for (n,) in wh.execute("""SELECT platform_name FROM mart_region_platforms
                                         WHERE region_code = '330000' AND platform_type = '创新联合体'""").fetchall()]
    assert names.count("数据资源体系创新联合体") == 1 and "数据资源创新联合体" not in names



def test_analysis_progress_is_said_at_most_once_a_second_and_at_the_end():
    # each log event is a committed write to Dagster's storage: a hundred of them cost the analysis step seconds
    from orchestration.analysis import Progress
    from orchestration.build_cli import PROGRESS

    now, said = [0.0], []
    progress = Progress(1000, said.append, every=1.0, clock=lambda: now[0])
    for _ in range(10):  # ten batches of 100 documents, 0.3 s apart
        now[0] += 0.3
        progress.add(100)
    assert [tuple(map(int, PROGRESS.search(m).groups())) for m in said] == [(400, 1000), (800, 1000), (1000, 1000)]

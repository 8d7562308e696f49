"""The SQL models on tiny hand-made tables in an in-memory DuckDB."""

import duckdb
import pytest

from orchestration.sql_models import model_body, sql_model_paths, table_refs

TINY = """
create table raw_documents as select * from (values ('d1', 'a.txt', 'x', 'utf-8')) v(document_id, source_path, sha256, encoding);
create table regions as select * from (values
    ('100000', '全国', '全国', 'country', null, null, null, null),
    ('330000', '浙江省', '浙江', 'province', '100000', '330000', 30.2, 120.1),
    ('330100', '杭州市', '杭州', 'prefecture', '330000', '330000', 30.2, 120.2),
    ('330106', '西湖区', '西湖', 'county', '330100', '330000', 30.2, 120.1),
    ('320000', '江苏省', '江苏', 'province', '100000', '320000', 32.0, 118.7)
) v(region_code, name, short_name, level, parent_code, province_code, lat, lon);
create table articles as select * from (values
    ('d1-001', 'd1', 1, '杭州', 'news', '科技日报', date '2024-11-19', 'dateline', '杭州', '330100', 100),
    ('d1-002', 'd1', 2, '西湖', 'news', '科技日报', date '2024-11-20', 'dateline', null, '330106', 100),
    ('d1-003', 'd1', 3, '江苏', 'news', '新华日报', date '2024-11-21', null, null, '320000', 100)
) v(article_id, document_id, seq, title, kind, source_name, published_date, date_source, dateline_place, region_code, n_chars);
create table region_mentions as select * from (values
    ('d1-001', '330100', '杭州', 'short', 0, 0, 2, false, false),
    ('d1-001', '330000', '浙江', 'short', 1, 10, 12, false, true),
    ('d1-003', '330000', '浙江', 'short', 0, 3, 5, false, false)
) v(article_id, region_code, mention, kind, sentence_no, char_start, char_end, is_ambiguous, in_organisation);
create table facts as select * from (values
    ('f1', 'd1-001', 0, '330100', 'platforms', '创新联合体', 41.0, '家', null, 'exact', null, '创新联合体41家', 's', 0, 8),
    ('f2', 'd1-002', 0, '330106', 'platforms', '创新联合体', 45.0, '家', null, 'exact', null, '创新联合体45家', 's', 0, 8),
    ('f3', 'd1-003', 0, '320000', 'enterprises', null, 3.0, '家', null, 'exact', null, '3家', 's', 0, 2)
) v(fact_id, article_id, sentence_no, region_code, indicator, subject, value, unit, qualifier, bound, period, mention, sentence, char_start, char_end);
"""


@pytest.fixture(scope="module")
def con():
    connection = duckdb.connect()
    connection.execute(TINY)
    models = {p.stem: p.read_text(encoding="utf-8") for p in sql_model_paths()}
    done: set[str] = set()
    while len(done) < len(models):  # topological order from the SQL's own references
        ready = [n for n, sql in models.items() if n not in done and table_refs(sql) & set(models) <= done]
        assert ready, "cycle between SQL models"
        for name in ready:
            connection.execute(f'create table "{name}" as\n{model_body(models[name])}\n')
            done.add(name)
    yield connection
    connection.close()


def test_primary_articles_roll_up_from_county_to_province_and_country(con):
    rows = dict(con.execute("select region_code, n_articles from mart_region_indicators").fetchall())
    assert rows["330106"] == 1 and rows["330100"] == 2 and rows["330000"] == 2 and rows["100000"] == 3


def test_direct_counts_do_not_include_subdivisions(con):
    assert con.execute("select n_articles_direct from mart_region_indicators where region_code = '330100'").fetchall() == [(1,)]


def test_mentions_inside_organisation_names_are_not_subject_mentions(con):
    # 浙江 in article 1 is inside an organisation name; article 1 still counts for 浙江 through 杭州
    assert con.execute("select n_articles_mentioning from mart_region_indicators where region_code = '330000'").fetchall() == [(2,)]
    assert con.execute("select count(*) from stg_region_mentions where region_code = '330000'").fetchall() == [(1,)]


def test_facts_by_indicator_roll_up(con):
    rows = dict(con.execute("select region_code, n_facts_platforms from mart_region_indicators").fetchall())
    assert rows["330000"] == 2 and rows["320000"] == 0


def test_latest_fact_per_region_and_subject(con):
    rows = con.execute("select region_code, value, published_date::varchar, n_statements from mart_facts_latest order by region_code").fetchall()
    assert rows == [("330100", 41.0, "2024-11-19", 1), ("330106", 45.0, "2024-11-20", 1)]


@pytest.mark.parametrize("path", sql_model_paths(), ids=lambda p: p.stem)
def test_each_model_has_a_header_saying_what_a_row_is(path):
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("--")]
    assert text.startswith("--") and any(line.startswith("-- grain:") for line in header)
    assert any(line.startswith(f"-- {path.stem}: one row per") for line in header)

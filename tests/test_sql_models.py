"""The SQL models on tiny hand-made tables in an in-memory DuckDB."""

import duckdb
import pytest

from orchestration.sql_models import model_body, sql_model_paths, table_refs

BASE = """
create table raw_documents as select * from (values ('d1', 'a.txt', 'x', 'utf-8', 'current')) v(document_id, source_path, sha256, encoding, status);
create table document_sources as select * from (values ('d1', 'a.txt', true)) v(document_id, source_path, is_present);
create table regions as select * from (values
    ('100000', '全国', '全国', 'country', null, null, null, null),
    ('330000', '浙江省', '浙江', 'province', '100000', '330000', 30.2, 120.1),
    ('330100', '杭州市', '杭州', 'prefecture', '330000', '330000', 30.2, 120.2),
    ('330106', '西湖区', '西湖', 'county', '330100', '330000', 30.2, 120.1),
    ('320000', '江苏省', '江苏', 'province', '100000', '320000', 32.0, 118.7),
    ('MR_YRD', '长江三角洲', '长三角', 'macro', '100000', null, null, null)
) v(region_code, name, short_name, level, parent_code, province_code, lat, lon);
create table region_members as select * from (values ('MR_YRD', '320000'), ('MR_YRD', '330000')) v(macro_code, member_code);
create table articles as select * from (values
    ('d1-001', 'd1', 1, '杭州', 'news', '科技日报', date '2024-11-19', 'dateline', '杭州', '330100', 100, 0.9, true),
    ('d1-002', 'd1', 2, '西湖', 'news', '科技日报', date '2024-11-20', 'dateline', null, '330106', 100, 0.8, true),
    ('d1-003', 'd1', 3, '江苏', 'news', '新华日报', date '2024-11-21', null, null, '320000', 100, 0.9, true),
    ('d1-004', 'd1', 4, '杭州 (reprint)', 'news', '浙江日报', date '2024-11-22', null, null, '330100', 100, 0.9, true),
    ('d1-005', 'd1', 5, '杭州 (off-domain)', 'news', '浙江日报', date '2024-11-23', null, null, '330100', 100, 0.2, false)
) v(article_id, document_id, seq, title, kind, source_name, published_date, date_source, dateline_place, region_code,
    n_chars, relevance, is_relevant);
create table region_mentions as select * from (values
    ('d1-001', '330100', '杭州', 'short', 0, 0, 2, false, false),
    ('d1-001', '330000', '浙江', 'short', 1, 10, 12, false, true),
    ('d1-003', '330000', '浙江', 'short', 0, 3, 5, false, false),
    ('d1-003', '320000', '江苏', 'short', 0, 0, 2, false, false),
    ('d1-003', '330100', '杭州', 'short', 0, 6, 8, false, false),
    ('d1-001', '310000', '沪', 'line', 0, 18, 19, false, false)
) v(article_id, region_code, mention, kind, sentence_no, char_start, char_end, is_ambiguous, in_organisation);
create table sentences as select * from (values
    ('d1-001', 0, 0, 20, '杭州新建创新联合体41家'),
    ('d1-003', 0, 0, 20, '江苏与浙江杭州携手共建长三角创新共同体')
) v(article_id, sentence_no, char_start, char_end, text);
create table entities as select * from (values
    ('d1-001', 0, '数据资源体系创新联合体', '数据资源体系创新联合体', '创新联合体', null, 0, 0, 11),
    ('d1-001', 1, '数据资源创新联合体', '数据资源体系创新联合体', '创新联合体', null, 0, 12, 21),
    ('d1-002', 0, '之江实验室', '之江实验室', '实验室', '330106', 0, 0, 5),
    ('d1-002', 1, '浙江大学', '浙江大学', '高校', '330106', 0, 6, 10),
    ('d1-003', 0, '数据资源创新联合体', '数据资源创新联合体', '创新联合体', '330106', 0, 10, 19),
    ('d1-003', 1, '硅基新材料绿色智造创新联合体', '硅基新材料绿色智造创新联合体', '创新联合体', null, 0, 20, 34),
    ('d1-003', 2, '紫金山实验室', '紫金山实验室', '实验室', 'MR_YRD', 0, 40, 46),
    ('d1-003', 3, '紫金山实验室', '紫金山实验室', '实验室', null, 0, 50, 56),
    ('d1-004', 0, '数据资源体系创新联合体', '数据资源体系创新联合体', '创新联合体', '320000', 0, 0, 11)
) v(article_id, entity_no, name, canonical_name, type, region_code, sentence_no, char_start, char_end);
create table article_paragraphs as select * from (values
    ('d1-001', 0, 'h1', 30), ('d1-001', 1, 'h5', 5), ('d1-004', 0, 'h1', 30), ('d1-002', 0, 'h2', 25), ('d1-003', 0, 'h3', 40)
) v(article_id, paragraph_no, paragraph_hash, n_chars);
create table article_topics as select * from (values
    ('d1-001', '数字经济', 2.5, 3), ('d1-002', '数字经济', 1.0, 1), ('d1-003', '新能源', 1.5, 2)
) v(article_id, topic, score, hits);
"""

# the facts of the counting tests: the new fact columns (value_max, kind, share_of, status, period_year) at
# the extractor's defaults
FACT_COLUMNS = ("fact_id, article_id, sentence_no, region_code, indicator, subject, value, value_max, unit, qualifier, bound, "
                "kind, share_of, status, period, period_year, mention, sentence, char_start, char_end")


def facts_table(rows: str) -> str:
    typed = "* replace (value::double as value, value_max::double as value_max, period_year::integer as period_year)"
    return f"create table facts as select {typed} from (values {rows}) v({FACT_COLUMNS});"


TINY = BASE + facts_table("""
    ('f1', 'd1-001', 0, '330100', 'platforms', '创新联合体', 41.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, '创新联合体41家', 's', 0, 8),
    ('f2', 'd1-002', 0, '330106', 'platforms', '创新联合体', 45.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, '创新联合体45家', 's', 0, 8),
    ('f3', 'd1-003', 0, '320000', 'enterprises', null, 3.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, '3家', 's', 0, 2),
    ('f4', 'd1-004', 0, '330100', 'platforms', '创新联合体', 41.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, '创新联合体41家', 's', 0, 8)
""")

# the facts of the value tests (articles d1-001 2024-11-19, d1-002 11-20, d1-003 11-21; d1-004 reprints d1-001)
VALUES = BASE + facts_table("""
    ('v01', 'd1-001', 0, '330000', 'platforms', '创新联合体', 41.0, null, '家', null, 'exact', 'level', null, 'actual', '2024年', 2024, 'm', '浙江创新联合体41家', 0, 8),
    ('v02', 'd1-003', 0, '330000', 'platforms', '创新联合体', 45.0, null, '家', null, 'exact', 'level', null, 'actual', '2024年', 2024, 'm', '浙江创新联合体45家', 0, 8),
    ('v03', 'd1-002', 0, '330000', 'platforms', '创新联合体', 60.0, null, '家', '力争', 'at_least', 'level', null, 'target', '2024年', 2024, 'm', '力争创新联合体60家', 0, 8),
    ('v04', 'd1-004', 0, '330000', 'platforms', '创新联合体', 99.0, null, '家', null, 'exact', 'level', null, 'actual', '2024年', 2024, 'm', 'reprint', 0, 8),
    ('v05', 'd1-001', 1, '330000', 'rd_intensity', '研发投入强度', 3.1, null, '%', null, 'exact', 'share', 'GDP', 'actual', '2023年', 2023, 'm', '研发投入强度3.1%', 0, 8),
    ('v06', 'd1-001', 1, '330000', 'rd_intensity', '研发投入强度', 0.2, null, '百分点', null, 'exact', 'change', null, 'actual', '2023年', 2023, 'm', '提高0.2个百分点', 9, 12),
    ('v07', 'd1-002', 0, '330000', 'output', '营业收入', 5.5, null, '%', null, 'exact', 'change', null, 'actual', null, null, 'm', '营业收入增长5.5%', 0, 8),
    ('v08', 'd1-002', 1, '320000', 'enterprises', '高新技术企业', 100.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, 'm', '高企100家', 0, 8),
    ('v09', 'd1-003', 1, '320000', 'enterprises', '高新技术企业', 100.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, 'm', '高企100家', 0, 8),
    ('v10', 'd1-003', 2, '330100', 'talent', '人才', 200.0, null, '名', null, 'exact', 'level', null, 'actual', null, null, 'm', '人才200名', 0, 8),
    ('v11', 'd1-003', 2, '330100', 'talent', '人才', 100.0, 300.0, '名', null, 'exact', 'level', null, 'actual', null, null, 'm', '100—300名', 9, 12),
    ('v12', 'd1-001', 3, '330000', 'other', '进展', 30.0, null, '%', null, 'exact', 'level', null, 'actual', null, null, 'm', '进展30%', 0, 8),
    ('v13', 'd1-001', 4, null, 'platforms', '实验室', 5.0, null, '家', null, 'exact', 'level', null, 'actual', null, null, 'm', '实验室5家', 0, 8),
    ('v14', 'd1-002', 2, '330100', 'rank', '数字经济', 2.0, null, '位', null, 'exact', 'rank', null, 'actual', null, null, 'm', '居第2位', 0, 8),
    ('v15', 'd1-003', 3, 'MR_YRD', 'platforms', '创新联合体', 120.0, null, '家', null, 'exact', 'level', null, 'actual', '2024年', 2024, 'm', '长三角创新联合体120家', 0, 8)
""")


def build_models(tiny: str):
    connection = duckdb.connect()
    connection.execute(tiny)
    models = {p.stem: p.read_text(encoding="utf-8") for p in sql_model_paths()}
    done: set[str] = set()
    while len(done) < len(models):  # topological order from the SQL's own references
        ready = [n for n, sql in models.items() if n not in done and table_refs(sql) & set(models) <= done]
        assert ready, "cycle between SQL models"
        for name in ready:
            connection.execute(f'create table "{name}" as\n{model_body(models[name])}\n')
            done.add(name)
    return connection


@pytest.fixture(scope="module")
def con():
    connection = build_models(TINY)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def values():
    connection = build_models(VALUES)
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


def test_the_places_a_line_is_named_by_are_not_subject_mentions(con):
    # 沪 of 京沪高铁 (kind 'line') names the line's end, not what the sentence is about
    assert con.execute("select count(*) from stg_region_mentions where kind = 'line'").fetchall() == [(0,)]


def test_facts_by_indicator_roll_up(con):
    rows = dict(con.execute("select region_code, n_statements_platforms from mart_region_indicators").fetchall())
    assert rows["330000"] == 2 and rows["320000"] == 0


def test_yearly_mart_counts_the_same_indicators_and_adds_up_to_the_totals(con):
    def fact_columns(table):
        return [c for (c,) in con.execute(f"select column_name from information_schema.columns where table_name = '{table}' order by ordinal_position").fetchall()
                if c.startswith("n_statements")]

    columns = fact_columns("mart_region_indicators")
    assert fact_columns("mart_region_indicators_yearly") == columns
    sums = ", ".join(f"sum({c})::bigint" for c in columns)
    totals = ", ".join(columns)
    # every fact of the tiny data has a publication date, so the years add up to the totals
    by_year = con.execute(f"select region_code, {sums} from mart_region_indicators_yearly group by region_code order by region_code").fetchall()
    assert len(by_year) >= 3
    assert by_year == con.execute(f"select region_code, {totals} from mart_region_indicators where region_code in (select region_code from mart_region_indicators_yearly) order by region_code").fetchall()


def test_latest_fact_per_region_and_subject(con):
    rows = con.execute("select region_code, value, published_date::varchar, n_statements from mart_facts_latest order by region_code").fetchall()
    assert rows == [("330100", 41.0, "2024-11-19", 1), ("330106", 45.0, "2024-11-20", 1)]


def test_a_reprinted_story_is_linked_to_the_earlier_copy_and_counted_once(con):
    assert con.execute("select article_id, duplicate_of from int_article_duplicates").fetchall() == [("d1-004", "d1-001")]
    assert con.execute("select n_copies from int_canonical_articles where article_id = 'd1-001'").fetchall() == [(1,)]
    assert con.execute("select n_statements from mart_facts_latest where region_code = '330100'").fetchall() == [(1,)]


def test_platforms_are_located_and_rolled_up_organisations_are_not_platforms(con):
    rows = con.execute("select region_code, platform_name, is_direct from mart_region_platforms order by 1, 2").fetchall()
    assert ("320000", "硅基新材料绿色智造创新联合体", True) in rows  # region taken from the article
    assert ("330000", "之江实验室", False) in rows and ("100000", "之江实验室", False) in rows
    assert not any(name == "浙江大学" for _, name, _ in rows)


def test_one_platform_is_one_row_under_its_full_name(con):
    # d1-001 resolves 数据资源创新联合体 to the full name; d1-003 names only the short form, which joins it too
    rows = con.execute("""select platform_name, n_articles from mart_region_platforms
                          where region_code = '330000' and platform_type = '创新联合体'""").fetchall()
    assert rows == [("数据资源体系创新联合体", 2)]  # the reprint d1-004 does not count


def test_platform_region_is_where_its_mentions_are_located_not_the_article_fallback(con):
    # two mentions fall back to d1-001's region 杭州, one is located by the text in 西湖; the reprint's 江苏 is ignored
    row = con.execute("""select region_code, is_region_located, names, n_mentions from int_platforms
                         where platform_name = '数据资源体系创新联合体'""").fetchall()
    assert row == [("330106", True, "数据资源体系创新联合体、数据资源创新联合体", 3)]
    rows = con.execute("""select region_code, is_direct from mart_region_platforms
                          where platform_name = '数据资源体系创新联合体' order by 1""").fetchall()
    assert rows == [("100000", False), ("330000", False), ("330100", False), ("330106", True)]


def test_one_row_per_platform_in_int_platforms(con):
    assert con.execute("""select count(*), count(distinct (platform_type, platform_name)) from int_platforms""").fetchall() == [(4, 4)]


def test_a_macro_region_gives_way_to_the_article_region_inside_it(con):
    # 紫金山实验室 is placed in 长三角 by its sentence and named in a 江苏 story: 江苏 is the more specific place
    assert con.execute("select region_code from int_platforms where platform_name = '紫金山实验室'").fetchall() == [("320000",)]


def test_topics_count_articles_per_region(con):
    rows = dict(((r, t), n) for r, t, n in con.execute("select region_code, topic, n_articles from mart_region_topics").fetchall())
    assert rows[("330000", "数字经济")] == 2 and rows[("320000", "新能源")] == 1 and ("330000", "新能源") not in rows


def test_links_pair_regions_in_cooperation_sentences_but_not_a_region_with_its_parent(con):
    pairs = con.execute("select region_a, region_b, n_sentences from mart_region_links order by 1, 2").fetchall()
    assert pairs == [("320000", "330000", 1), ("320000", "330100", 1)]  # 浙江–杭州 is containment


@pytest.mark.parametrize("path", sql_model_paths(), ids=lambda p: p.stem)
def test_each_model_has_a_header_saying_what_a_row_is(path):
    text = path.read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("--")]
    assert text.startswith("--") and any(line.startswith("-- grain:") for line in header)
    assert any(line.startswith(f"-- {path.stem}: one row per") for line in header)


# --- mart_indicator_values: the value an analyst can cite ------------------------------------------------

def value_rows(values, where: str) -> list[tuple]:
    return values.execute(f"""select status, kind, unit, value, value_min, value_max, n_sources, n_statements, chosen_because, fact_id
                              from mart_indicator_values where {where} order by status, kind, unit""").fetchall()


def test_targets_and_actuals_are_never_in_one_row(values):
    rows = value_rows(values, "region_code = '330000' and subject = '创新联合体'")
    assert [(status, value) for status, _, _, value, *_ in rows] == [("actual", 45.0), ("target", 60.0)]
    target = rows[1]
    assert target[4:8] == (60.0, 60.0, 1, 1) and target[8] == "only source"  # the actuals' 41 and 45 stay out of its spread


def test_disagreeing_sources_give_the_spread_and_the_most_recent_value(values):
    (actual,) = value_rows(values, "region_code = '330000' and subject = '创新联合体' and status = 'actual'")
    # 41 (2024-11-19) and 45 (2024-11-21); the reprint of the 11-19 story (99) is not a source
    assert actual == ("actual", "level", "家", 45.0, 41.0, 45.0, 2, 2, "most recent publication", "v02")
    sentence, published = values.execute(
        "select sentence, published_date::varchar from mart_indicator_values where fact_id = 'v02'").fetchone()
    assert sentence == "浙江创新联合体45家" and published == "2024-11-21"


def test_a_change_is_not_a_level(values):
    rows = value_rows(values, "region_code = '330000' and indicator = 'rd_intensity'")
    assert [(kind, unit, value) for _, kind, unit, value, *_ in rows] == [("change", "百分点", 0.2), ("share", "%", 3.1)]


def test_agreeing_sources_and_statements_of_one_article(values):
    assert value_rows(values, "region_code = '320000'") == [
        ("actual", "level", "家", 100.0, 100.0, 100.0, 2, 2, "sources agree", "v09")]
    # one article, 200 then a range 100—300: the earlier statement is chosen, the spread covers both ends of the range
    (talent,) = value_rows(values, "region_code = '330100' and indicator = 'talent'")
    assert talent == ("actual", "level", "名", 200.0, 100.0, 300.0, 1, 2, "one source: earliest statement", "v10")


def test_left_out_other_and_regionless_facts_and_ranks_are_their_own_rows(values):
    chosen = {f for (f,) in values.execute("select fact_id from mart_indicator_values").fetchall()}
    assert "v12" not in chosen and "v13" not in chosen  # indicator 'other'; no region
    assert values.execute("select kind, value, unit from mart_indicator_values where fact_id = 'v14'").fetchall() == [("rank", 2.0, "位")]


def test_values_do_not_roll_up_and_a_macro_region_lists_its_members(values):
    assert values.execute("select count(*) from mart_indicator_values where region_code = '100000'").fetchone() == (0,)
    (macro,) = values.execute("select value, region_level from mart_indicator_values where region_code = 'MR_YRD'").fetchall()
    assert macro == (120.0, "macro")  # stated about 长三角 itself, not 浙江's 45 plus 江苏's 100
    members = values.execute("""select m.member_name, v.subject, v.value from int_region_members as m
                                join mart_indicator_values as v on v.region_code = m.member_code
                                where m.macro_code = 'MR_YRD' and v.status = 'actual' and v.kind = 'level'
                                order by 1, 2""").fetchall()
    assert members == [("江苏省", "高新技术企业", 100.0), ("浙江省", "创新联合体", 45.0)]


def test_an_article_outside_the_domain_is_kept_but_not_counted(con):
    """is_relevant false (transforms/relevance.py): in stg_articles, not in int_canonical_articles."""
    assert con.execute("select is_relevant from stg_articles where article_id = 'd1-005'").fetchall() == [(False,)]
    assert con.execute("select count(*) from int_canonical_articles where article_id = 'd1-005'").fetchall() == [(0,)]

"""The analyst's commands as a person runs them: export formats, evidence, errors in one line, the report file."""

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from orchestration.report import page_cache
from transforms.report import china_map, format_value, highlight_segments, map_layers

SCRIPT = str(Path(sys.executable).parent / "innovation-warehouse")
FACTS = "SELECT fact_id, value, unit, indicator, sentence FROM facts ORDER BY fact_id"


def _run(*args: str, columns: int = 120, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, timeout=180, env=env, **kwargs)


def test_table_format_shows_every_column_and_whole_cells(built):
    _, warehouse = built
    out = _run("sql", "SELECT * FROM facts ORDER BY fact_id LIMIT 3", "--warehouse", str(warehouse), columns=400)
    assert out.returncode == 0, out.stderr
    header = out.stdout.splitlines()[1]
    for column in ("fact_id", "article_id", "value", "unit", "indicator", "qualifier", "sentence", "char_start", "char_end"):
        assert f" {column} " in header
    assert "…" not in out.stdout and "3 rows" in out.stdout
    long = _run("sql", "SELECT sentence FROM facts ORDER BY length(sentence) DESC LIMIT 1", "--warehouse", str(warehouse))
    sentence = _run("sql", "SELECT sentence FROM facts ORDER BY length(sentence) DESC LIMIT 1", "--warehouse", str(warehouse), "--format", "csv").stdout.splitlines()[1]
    assert "".join(sentence.split()).strip('"') in "".join(ch for ch in long.stdout if ch not in " │\n┃")


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "xlsx"])
def test_export_formats_hold_the_same_rows(built, tmp_path, fmt):
    _, warehouse = built
    target = tmp_path / f"facts.{fmt}"
    out = _run("sql", FACTS, "--warehouse", str(warehouse), "--format", fmt, "-o", str(target))
    assert out.returncode == 0, out.stderr
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    elif fmt == "json":
        rows = json.loads(target.read_text(encoding="utf-8"))
    elif fmt == "parquet":
        rows = pq.read_table(target).to_pylist()
    else:
        sheet = load_workbook(target, read_only=True).active
        header, *data = list(sheet.values)
        rows = [dict(zip(header, r)) for r in data]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert len(rows) == con.execute("SELECT count(*) FROM facts").fetchall()[0][0] > 100
    first = next(r for r in rows if r["fact_id"] == "1ead7df9f466dd7d-001-000-00")
    assert float(first["value"]) == 30.0 and first["unit"] == "%" and "数据资源体系创新联合体" in first["sentence"]


def test_binary_format_needs_an_output_file(built):
    _, warehouse = built
    out = _run("sql", "SELECT 1", "--warehouse", str(warehouse), "--format", "parquet")
    assert out.returncode != 0 and "-o FILE" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (("build", "--source", "/no/such/folder"), "source folder /no/such/folder does not exist"),
    (("build", "--warehouse", "/etc/hostname/w.duckdb"), "cannot be created: /etc/hostname is a file"),
    (("build", "--warehouse", "/proc/nope/w.duckdb"), "warehouse folder /proc/nope cannot be created in /proc"),  # root passes access()
    (("sql", "SELEC 1"), "syntax error"),
    (("show", "no-such-article"), "no article 'no-such-article'"),
])
def test_errors_are_one_or_two_lines_without_traceback(built, tmp_path, args, expected):
    _, warehouse = built
    target = ("--warehouse", str(warehouse)) if args[0] in ("sql", "show") else ("--warehouse", str(tmp_path / "new" / "w.duckdb")) if "--warehouse" not in args else ()
    out = _run(*args, *target)
    assert out.returncode != 0 and expected in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) <= 2
    assert not (tmp_path / "new").exists()  # a build that cannot start leaves nothing behind


@pytest.mark.parametrize("command", ["status", "sql", "show", "report"])
def test_missing_warehouse_named_for_every_reader(tmp_path, command):
    extra = {"sql": ("SELECT 1",), "show": ("x",)}.get(command, ())
    out = _run(command, *extra, "--warehouse", str(tmp_path / "nope.duckdb"))
    assert out.returncode != 0 and "no warehouse at" in out.stderr and "Traceback" not in out.stderr


def test_locked_warehouse_is_named(built, tmp_path):
    _, warehouse = built
    copy = tmp_path / "w.duckdb"
    copy.write_bytes(warehouse.read_bytes())
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(copy)!r}); print('ok', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        out = _run("status", "--warehouse", str(copy))
        assert out.returncode != 0 and "is locked by process" in out.stderr and "Traceback" not in out.stderr
    finally:
        holder.kill()
        holder.wait()


def test_status_survives_a_closed_pipe(built):
    _, warehouse = built
    out = subprocess.run(f"{SCRIPT} status --warehouse {warehouse} | head -1", shell=True, capture_output=True, text=True, timeout=120)
    assert out.stdout.startswith("warehouse ") and "BrokenPipe" not in out.stderr and "Exception" not in out.stderr


def test_show_prints_the_article_and_its_facts(built):
    _, warehouse = built
    out = _run("show", "1ead7df9f466dd7d-001", "--warehouse", str(warehouse))
    assert out.returncode == 0, out.stderr
    assert "数据资源体系创新联合体" in out.stdout and "file 00" in out.stdout and "facts" in out.stdout and "30" in out.stdout


def _rows(page: str, table_class: str) -> list[str]:
    """The body rows of the report's table of that class, as HTML strings."""
    table = page.split(f'<table class="{table_class}">', 1)[1].split("</table>", 1)[0]
    return table.split("<tbody>", 1)[1].split("<tr>")[1:]


@pytest.fixture(scope="module")
def report_page(built, tmp_path_factory):
    _, warehouse = built
    target = tmp_path_factory.mktemp("report") / "r.html"
    out = _run("report", "--warehouse", str(warehouse), "-o", str(target))
    assert out.returncode == 0, out.stderr
    with duckdb.connect(str(warehouse), read_only=True) as con:
        values = con.sql("SELECT * FROM mart_indicator_values").pl()
    return target.read_text(encoding="utf-8"), values


def test_report_is_offline_and_links_every_value_to_its_article(report_page):
    page, values = report_page
    assert "https://" not in page.split("<script>", 1)[0] and 'src="http' not in page  # nothing fetched from outside
    actual, other = _rows(page, "values actual"), _rows(page, "values target")
    assert len(actual) == values.filter(pl.col("status") == "actual").height and len(other) == values.filter(pl.col("status") != "actual").height
    for row in actual + other:  # every cited value is a link to its article page, and that page exists
        article = row.split('class="num" href="#article-', 1)[1].split('"', 1)[0]
        assert f'id="article-{article}"' in page
    assert 'id="article-1ead7df9f466dd7d-001"' in page and "<mark class=\"fact\"" in page and "浙江省" in page


def test_report_has_an_article_page_for_each_linked_article_and_no_other(report_page):
    page, _ = report_page
    linked = set(re.findall(r'href="#article-([^"]+)"', page))
    pages = set(re.findall(r'<section class="article" id="article-([^"]+)"', page))
    assert linked and pages == linked  # a page per link target; unlinked articles stay in SQL, not in the HTML


def test_report_keeps_actuals_and_targets_apart_with_their_status(report_page):
    page, values = report_page
    actual, other = _rows(page, "values actual"), _rows(page, "values target")
    assert all('class="badge actual"' in r for r in actual) and not any('class="badge actual"' in r for r in other)
    target = next(r for r in other if "<td>研发投入强度</td>" in r)  # 2023年浙江将力争全省研发投入强度达3.1%: a target, not an achievement
    assert "浙江省" in target and 'class="badge target"' in target and ">3.1</a>" in target and "share of GDP" in target and "2023" in target
    cited = values.filter((pl.col("subject") == "研发投入强度") & (pl.col("region_code") == "330000")).row(0, named=True)
    assert f'href="#article-{cited["article_id"]}"' in target
    unions = next(r for r in actual if "<td>创新联合体</td>" in r and "<td>浙江省</td>" in r)  # 创新联合体41家: an actual level
    assert 'href="#article-1ead7df9f466dd7d-001"' in unions and ">41</a>" in unions and 'class="badge actual"' in unions and "only source" in unions
    assert not any("<td>研发投入强度</td>" in r and "<td>浙江省</td>" in r for r in actual)


def test_report_has_the_data_dictionary_and_each_platform_once(report_page):
    page, _ = report_page
    definition = "R&amp;D spending as a share of GDP or of revenue"
    assert 'id="dict-rd_intensity"' in page and definition in page
    assert f'href="#dict-rd_intensity" title="{definition}"' in page  # an indicator in a table carries its definition
    platforms = _rows(page, "platforms")
    union = [r for r in platforms if "数据资源体系创新联合体" in r or "数据资源创新联合体" in r]
    assert len(union) == 1 and "<b>数据资源体系创新联合体</b>" in union[0] and "数据资源创新联合体</td>" in union[0]
    facts = page.split('id="article-1ead7df9f466dd7d-001"', 1)[1].split("</section>", 1)[0]
    assert 'class="badge actual"' in facts and "<td>level</td>" in facts and "<th>status</th><th>kind</th>" in facts


def test_map_layers_count_citable_values_and_keep_targets_apart():
    regions = pl.DataFrame({"region_code": ["330000", "330100", "330102", "320000", "100000"], "name": ["浙江省", "杭州市", "上城区", "江苏省", "全国"],
                            "level": ["province", "prefecture", "county", "province", "country"],
                            "parent_code": ["100000", "330000", "330100", "100000", None], "province_code": ["330000", "330000", "330000", "320000", None],
                            "lat": [30.0, 30.2, 30.2, 32.0, None], "lon": [120.0, 120.1, 120.1, 119.0, None]})
    values = pl.DataFrame({"region_code": ["330000", "330100", "330102", "320000", "330000", "100000"],
                           "indicator": ["platforms", "platforms", "enterprises", "platforms", "rd_intensity", "platforms"],
                           "subject": ["创新联合体", "创新联合体", "企业", "创新联合体", "研发投入强度", "创新联合体"],
                           "unit": ["家", "家", "家", "家", "%", "家"], "kind": ["level"] * 4 + ["share", "level"],
                           "status": ["actual", "actual", "actual", "actual", "target", "actual"], "value": [41.0, 5.0, 3.0, 12.0, 3.1, 900.0],
                           "period_year": [2024, 2024, 2024, 2023, 2023, 2024], "published_date": [None] * 6, "source_name": ["科技日报"] * 6})
    indicators = pl.DataFrame({"region_code": ["330000"], "level": ["province"], "n_statements": [9]})
    layers = {layer["label"]: layer for layer in map_layers(values, indicators, regions, order=["platforms", "enterprises"])}
    first = next(iter(layers.values()))
    assert first["label"].startswith("可引用实际值") and first["provinces"] == {"330000": 3, "320000": 1} and first["cities"] == {"330100": 2}
    assert layers["目标·预测·规划 targets, forecasts, plans (all indicators)"]["provinces"] == {"330000": 1}
    assert layers["platforms: 实际值 actual values"]["provinces"] == {"330000": 2, "320000": 1}
    value = layers["数值 value: 创新联合体 (家)"]  # stated about two provinces themselves: the map can show the value
    assert value["provinces"] == {"330000": 41.0, "320000": 12.0} and not value["zero"] and "latest actual" in value["caption"]
    statements = [label for label in layers if "statements" in label]
    assert statements and "not values" in statements[0]


def test_map_layers_are_the_same_whatever_the_order_of_the_rows():
    # two subjects stated for two provinces in two units, and two values of one with the same period: the
    # layers, their order and the value shown must not depend on the row order the mart query returned
    regions = pl.DataFrame({"region_code": ["330000", "320000"], "name": ["浙江省", "江苏省"], "level": ["province"] * 2,
                            "parent_code": ["100000"] * 2, "province_code": ["330000", "320000"], "lat": [30.0, 32.0], "lon": [120.0, 119.0]})
    values = pl.DataFrame({"region_code": ["330000", "320000", "330000", "320000", "330000"], "indicator": ["talent"] * 5,
                           "subject": ["人才"] * 5, "unit": ["名", "名", "位", "位", "名"], "kind": ["level"] * 5, "status": ["actual"] * 5,
                           "value": [500.0, 300.0, 40.0, 20.0, 700.0], "period_year": [2024] * 5, "published_date": [None] * 5,
                           "source_name": ["央视网"] * 5})
    indicators = pl.DataFrame({"region_code": ["330000"], "level": ["province"], "n_statements": [9]})
    shown = [map_layers(frame, indicators, regions) for frame in (values, values.reverse(), values.sample(fraction=1.0, shuffle=True, seed=3))]
    assert shown[0] == shown[1] == shown[2]
    assert [layer["label"] for layer in shown[0] if layer["label"].startswith("数值")] == ["数值 value: 人才 (位)", "数值 value: 人才 (名)"]


def test_report_reuses_the_article_pages_of_unchanged_articles_and_survives_a_broken_cache(built, tmp_path):
    from orchestration.report import write_report

    _, warehouse = built
    first = write_report(warehouse, tmp_path / "r.html").read_text(encoding="utf-8")
    cache = page_cache(tmp_path / "r.html")
    pages = pl.read_parquet(cache)
    assert pages.height == first.count('<section class="article"') and pages["html"][0] in first
    # a page the cache holds is taken from it, not rendered again
    marked = pages.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.col("html").str.replace("← back to the report", "← CACHED"))
                                .otherwise(pl.col("html")).alias("html"))
    marked.write_parquet(cache)
    assert "← CACHED" in write_report(warehouse, tmp_path / "r.html").read_text(encoding="utf-8")
    # a cache that cannot be read is ignored: every page is rendered again, the same as the first time
    cache.write_bytes(b"not parquet")
    assert write_report(warehouse, tmp_path / "r.html").read_text(encoding="utf-8") == first


def test_report_rewrites_its_page_cache_only_when_a_page_changed(built, tmp_path):
    from orchestration.report import write_report

    _, warehouse = built
    first = write_report(warehouse, tmp_path / "r.html").read_bytes()
    cache = page_cache(tmp_path / "r.html")
    written = cache.stat()
    # the same warehouse again: every page is cached, the cache file is left as it is (not replaced by a copy)
    assert write_report(warehouse, tmp_path / "r.html").read_bytes() == first
    assert (cache.stat().st_ino, cache.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    # a page the cache lacks (an article new to the report) is rendered, and the cache rewritten with every page
    pages = pl.read_parquet(cache)
    pages.slice(1).write_parquet(cache)
    assert write_report(warehouse, tmp_path / "r.html").read_bytes() == first
    assert pl.read_parquet(cache).equals(pages)


def test_report_asset_wrote_the_file_beside_the_warehouse(built):
    result, warehouse = built
    assert (warehouse.parent / "report.html").stat().st_size > 1_000_000
    metadata = result.asset_materializations_for_node("report")[0].metadata
    assert metadata["report"].value == str(warehouse.parent / "report.html")


@pytest.mark.parametrize(("spans", "expected"), [
    ([(0, 2, "region", "330000"), (1, 3, "fact", "x")], [("浙", None, None), ("江有", "fact", "x"), ("2家", None, None)]),
    ([(2, 3, "entity", "t"), (9, 12, "fact", "bad")], [("浙江", None, None), ("有", "entity", "t"), ("2家", None, None)]),
])
def test_highlight_segments_place_each_character_once(spans, expected):
    assert highlight_segments("浙江有2家", spans) == expected


@pytest.mark.parametrize(("value", "text"), [(3.8e11, "3,800亿"), (5e7, "5,000万"), (22.0, "22"), (7, "7"), (2.4e12, "2.4万亿"), (None, "")])
def test_format_value_as_a_chinese_reader_writes_it(value, text):
    assert format_value(value) == text


def test_the_map_is_the_same_whatever_order_its_cities_come_in():
    regions = pl.DataFrame({"region_code": ["320500", "320100"], "name": ["苏州市", "南京市"], "lat": [31.3, 32.1], "lon": [120.6, 118.8]})
    geojson = {"features": [{"properties": {"adcode": "320000", "name": "江苏省"}}]}

    def layer(cities: dict) -> dict:
        return {"label": "x", "caption": "x", "noun": "values", "zero": False, "provinces": {"320000": 2}, "cities": cities}

    one = china_map([layer({"320500": 1, "320100": 1})], regions, geojson)
    other = china_map([layer({"320100": 1, "320500": 1})], regions, geojson)
    assert json.dumps(one, ensure_ascii=False) == json.dumps(other, ensure_ascii=False)


def test_writing_the_report_does_not_import_pandas(built, tmp_path):
    # pandas costs 0.6 s to import, and nothing the report does needs it (pyarrow imports it when asked to build a table)
    _, warehouse = built
    code = ("import sys; from pathlib import Path; from orchestration.report import write_report; "
            "write_report(Path(sys.argv[1]), Path(sys.argv[2])); print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(warehouse), str(tmp_path / "r.html")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert pl.read_parquet(page_cache(tmp_path / "r.html")).height > 0

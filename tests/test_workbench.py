"""The analyst's commands as a person runs them: export formats, evidence, errors in one line, the report file."""

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from transforms.report import format_value, highlight_segments

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
    assert len(rows) == 143
    first = next(r for r in rows if r["fact_id"] == "1ead7df9f466dd7d-001-000-00")
    assert float(first["value"]) == 30.0 and first["unit"] == "%" and "数据资源体系创新联合体" in first["sentence"]


def test_binary_format_needs_an_output_file(built):
    _, warehouse = built
    out = _run("sql", "SELECT 1", "--warehouse", str(warehouse), "--format", "parquet")
    assert out.returncode != 0 and "-o FILE" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(("args", "expected"), [
    (("build", "--source", "/no/such/folder"), "source folder /no/such/folder does not exist"),
    (("build", "--warehouse", "/etc/hostname/w.duckdb"), "cannot be created: /etc/hostname is a file"),
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


def test_report_links_every_fact_value_to_its_article(built, tmp_path):
    _, warehouse = built
    target = tmp_path / "r.html"
    out = _run("report", "--warehouse", str(warehouse), "-o", str(target))
    assert out.returncode == 0, out.stderr
    page = target.read_text(encoding="utf-8")
    assert "https://" not in page.split("<script>", 1)[0] and 'src="http' not in page  # nothing fetched from outside
    assert page.count('class="num" href="#article-') >= 133  # every value of mart_facts_latest, and more
    assert 'id="article-1ead7df9f466dd7d-001"' in page and "<mark class=\"fact\"" in page and "浙江省" in page


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

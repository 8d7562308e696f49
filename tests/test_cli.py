"""The console script: ad-hoc SQL and status on a built warehouse."""

import subprocess
import sys
from pathlib import Path

SCRIPT = str(Path(sys.executable).parent / "innovation-warehouse")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, timeout=120)


def test_sql_prints_a_readable_table(built):
    _, warehouse = built
    out = _run("sql", "SELECT title, region_code FROM articles WHERE region_code = '330000' ORDER BY title", "--warehouse", str(warehouse))
    assert out.returncode == 0, out.stderr
    assert "链式突破激发产业“聚变效应”" in out.stdout and "330000" in out.stdout


def test_sql_is_read_only(built):
    _, warehouse = built
    out = _run("sql", "DELETE FROM articles", "--warehouse", str(warehouse))
    assert out.returncode != 0 and "read-only" in (out.stdout + out.stderr).lower()


def test_status_lists_tables_and_last_build(built):
    _, warehouse = built
    out = _run("status", "--warehouse", str(warehouse))
    assert out.returncode == 0, out.stderr
    assert "last build:" in out.stdout and "mart_region_indicators" in out.stdout and "rejected files: 0" in out.stdout


def test_missing_warehouse_is_a_clear_error(tmp_path):
    out = _run("status", "--warehouse", str(tmp_path / "nope.duckdb"))
    assert out.returncode != 0 and "run `innovation-warehouse build` first" in out.stderr

"""The console script: ad-hoc SQL and status on a built warehouse."""

import os
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


def test_a_build_with_a_worker_pool_ends_without_multiprocessing_warnings(tmp_path):
    # enough text for two analysis workers (MIN_CHARS_FOR_POOL), and the validator process: a process stopped
    # by a signal left the semaphores it had made (inside Great Expectations) registered, and the
    # resource tracker printed 'leaked semaphore' warnings under the analyst's summary
    from benchmarks.corpus import make_corpus

    make_corpus(1.5, tmp_path / "source")
    (tmp_path / "dagster_home").mkdir()
    env = {**os.environ, "INNOVATION_WORKERS": "2", "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    done = subprocess.run([SCRIPT, "build", "--source", str(tmp_path / "source"), "--warehouse", str(tmp_path / "w.duckdb")],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert "resource_tracker" not in done.stderr, done.stderr
    # nor objects the validator process never freed (nanobind's 'leaked instances', had it skipped their collection)
    assert "leaked" not in done.stderr, done.stderr


def test_the_console_script_leaves_nothing_unwritten_and_keeps_its_exit_code(built):
    # it skips the interpreter's teardown (cli.entry): what was buffered must still reach the pipe
    _, warehouse = built
    out = _run("sql", "SELECT range AS n FROM range(200000)", "--format", "csv", "--warehouse", str(warehouse))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 200_001 and lines[-1] == "199999"
    assert _run("sql", "SELECT * FROM no_such_table", "--warehouse", str(warehouse)).returncode == 2


def test_a_failed_step_is_summarised_by_what_went_wrong_not_by_the_hints_after_it(monkeypatch):
    # DuckDB's errors end with generic advice and a link; the summary printed under "build FAILED" is one line per step
    import dagster as dg

    monkeypatch.delenv("INNOVATION_DUCKDB_MEMORY", raising=False)
    from orchestration.build_cli import _failure_reasons

    @dg.op
    def sql_models():
        raise RuntimeError("Out of Memory Error: failed to allocate data of size 2.0 MiB (59.5 MiB/61.0 MiB used)\n\n"
                           "Possible solutions:\n* Increasing the memory limit (SET memory_limit='...GB')\n\n"
                           "See also https://duckdb.org/docs/current/guides/performance/how_to_tune_workloads")

    result = dg.GraphDefinition(name="build", node_defs=[sql_models]).to_job().execute_in_process(raise_on_error=False)
    # with what to do about it: a 200 MB build whose write batches were made smaller failed so, in a checkpoint
    assert _failure_reasons(result) == [
        "SQL models: RuntimeError: Out of Memory Error: failed to allocate data of size 2.0 MiB (59.5 MiB/61.0 MiB used)"
        " (DuckDB reached the memory it may use (256MB): set INNOVATION_DUCKDB_MEMORY higher (e.g. 1GB) and build again)"]


def test_a_failed_sql_model_is_summarised_by_its_file(tmp_path):
    import dagster as dg

    # the summary gave DuckDB's error alone (Binder Error: … not found), which names no model and no file
    from orchestration.build_cli import _failure_reasons
    from orchestration.resources import GreatExpectations, WarehouseResource
    from orchestration.sql_models import build_sql_models

    (tmp_path / "mart_broken.sql").write_text("-- mart_broken: a test model.\nselect no_such_column from range(3)\n", encoding="utf-8")
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    result = dg.materialize([build_sql_models([tmp_path / "mart_broken.sql"], cache=None)],
                            resources={"warehouse": warehouse, "validator": GreatExpectations()}, raise_on_error=False)
    [reason] = _failure_reasons(result)
    assert reason.startswith(f"SQL models: SQL model mart_broken ({tmp_path / 'mart_broken.sql'}) failed, no model was changed: ")
    assert "no_such_column" in reason

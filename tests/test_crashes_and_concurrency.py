"""Runs that crash or collide leave the warehouse as it was, and the next run completes it exactly."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from orchestration.settings import working_path
from tests.conftest import build_warehouse, table_fingerprints

SCRIPT = str(Path(sys.executable).parent / "innovation-warehouse")


def _start_build(source: Path, warehouse: Path) -> subprocess.Popen:
    return subprocess.Popen([SCRIPT, "build", "--source", str(source), "--warehouse", str(warehouse)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def test_same_build_twice_gives_identical_tables(built, seeds_copy, tmp_path):
    _, clean = built
    again = tmp_path / "warehouse.duckdb"
    assert build_warehouse(seeds_copy, again).success
    assert build_warehouse(seeds_copy, again).success
    assert table_fingerprints(again) == table_fingerprints(clean)


@pytest.mark.parametrize("kill_after_s", [3.0, 7.0])
def test_kill_9_mid_build_then_rerun_equals_a_clean_build(built, seeds_copy, tmp_path, kill_after_s):
    _, clean = built
    warehouse = tmp_path / "warehouse.duckdb"
    process = _start_build(seeds_copy, warehouse)
    time.sleep(kill_after_s)
    still_running = process.poll() is None
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert still_running, "the build finished before it could be killed: raise kill_after_s coverage"
    assert not warehouse.exists() or table_fingerprints(warehouse)  # whatever was published is readable

    assert build_warehouse(seeds_copy, warehouse).success
    assert table_fingerprints(warehouse) == table_fingerprints(clean)


def test_two_builds_at_once_both_succeed_and_agree_with_a_clean_build(built, seeds_copy, tmp_path):
    _, clean = built
    warehouse = tmp_path / "warehouse.duckdb"
    first, second = _start_build(seeds_copy, warehouse), _start_build(seeds_copy, warehouse)
    outputs = [p.communicate(timeout=600)[0] for p in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert table_fingerprints(warehouse) == table_fingerprints(clean)


def test_a_reader_is_not_blocked_by_a_build_and_sees_a_consistent_snapshot(built, seeds_copy, tmp_path):
    _, clean = built
    warehouse = tmp_path / "warehouse.duckdb"
    warehouse.write_bytes(clean.read_bytes())
    working_path(warehouse).write_bytes(working_path(clean).read_bytes())
    with duckdb.connect(str(warehouse), read_only=True) as reader:
        before = reader.execute("SELECT count(*) FROM articles").fetchall()
        process = _start_build(seeds_copy, warehouse)
        output = process.communicate(timeout=600)[0]
        assert process.returncode == 0, output
        assert reader.execute("SELECT count(*) FROM articles").fetchall() == before
    with duckdb.connect(str(warehouse), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM articles").fetchall() == before

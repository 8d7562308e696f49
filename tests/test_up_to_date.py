"""The command line's answer to "is there anything to build?", without Dagster: yes whenever the staging step would find something."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.up_to_date import bytes_to_read, is_up_to_date

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture()
def folder_and_warehouse(built, seeds_copy, tmp_path):
    _, warehouse = built
    source = tmp_path / "source"
    shutil.copytree(seeds_copy, source)  # copytree keeps modification times: the same files as far as a scan can tell
    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(warehouse, copy)
    return source, copy


def _touch(folder: Path) -> None:
    path = sorted(folder.glob("*.txt"))[0]
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def _add(folder: Path) -> None:
    (folder / "new.txt").write_text("新华社北京3月5日电\n新增一段。\n", encoding="utf-8")


def _remove(folder: Path) -> None:
    sorted(folder.glob("*.txt"))[-1].unlink()


def _unreadable(folder: Path) -> None:
    (folder / "broken.txt").write_bytes(b"\x00\xff\xfe" * 4000)


@pytest.mark.parametrize("change", [_touch, _add, _remove, _unreadable], ids=["touched", "added", "removed", "unreadable added"])
def test_any_change_to_the_folder_means_a_build(folder_and_warehouse, change):
    source, warehouse = folder_and_warehouse
    assert is_up_to_date(source, warehouse)
    change(source)
    assert not is_up_to_date(source, warehouse)


def test_other_code_means_a_build(folder_and_warehouse):
    source, warehouse = folder_and_warehouse
    with duckdb.connect(str(warehouse)) as con:  # as if the analysis or SQL code had changed since the publish
        con.execute("UPDATE build_state SET value = 'older code' WHERE key = 'published_fingerprint'")
    assert not is_up_to_date(source, warehouse)


def test_the_bytes_to_read_are_those_of_the_changed_files_or_all_of_them(folder_and_warehouse):
    # the command line starts one analysis worker ahead of the run for a file or two, all of them for a corpus
    source, warehouse = folder_and_warehouse
    everything = sum(p.stat().st_size for p in source.iterdir())
    assert bytes_to_read(source, warehouse) == 0
    _add(source)
    assert bytes_to_read(source, warehouse) == (source / "new.txt").stat().st_size
    assert bytes_to_read(source, warehouse.with_name("never-built.duckdb")) == everything + (source / "new.txt").stat().st_size
    (source / "new.txt").unlink()
    _remove(source)
    assert bytes_to_read(source, warehouse) == 1  # a removal reads nothing, but is a build


def test_no_published_warehouse_means_a_build(seeds_copy, tmp_path):
    assert not is_up_to_date(seeds_copy, tmp_path / "never-built.duckdb")


def test_nothing_to_build_never_starts_dagster(folder_and_warehouse):
    source, warehouse = folder_and_warehouse
    code = ("import sys; from orchestration.cli import main; code = main(['build', '--source', sys.argv[1], '--warehouse', sys.argv[2]]); "
            "print('dagster imported:', 'dagster' in sys.modules); sys.exit(code)")
    out = subprocess.run([sys.executable, "-c", code, str(source), str(warehouse)], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "is up to date" in out.stdout and "dagster imported: False" in out.stdout


def test_a_build_the_preflight_refuses_starts_no_process(tmp_path):
    # refused before the validator and the analysis workers are started (stopping a process that is still
    # starting could hang the refusal), and before Dagster is imported
    code = ("import sys, multiprocessing; from orchestration.cli import main; "
            "code = main(['build', '--warehouse', '/etc/hostname/w.duckdb']); "
            "print(code, 'orchestration.validation' in sys.modules, 'dagster' in sys.modules, multiprocessing.active_children())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "cannot be created: /etc/hostname is a file" in out.stderr
    assert out.stdout.split() == ["2", "False", "False", "[]"]

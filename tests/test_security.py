"""Readers can't change the warehouse: every attack through `innovation-warehouse sql` fails and leaves the
warehouse folder byte-identical."""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from orchestration.readonly import open_reader
from orchestration.settings import working_path

SCRIPT = str(Path(sys.executable).parent / "innovation-warehouse")

# (what the attack tries, the statement); each must be refused.
ATTACKS = [
    ("write through an attached working copy",
     "ATTACH '{working}' AS b (READ_WRITE); DELETE FROM b.facts WHERE region_code = '330000'; SELECT count(*) FROM b.facts"),
    ("attach the published file again, writable", "ATTACH '{published}' AS p2 (READ_WRITE)"),
    ("create a new database file", "ATTACH '{folder}/new.duckdb' AS n"),
    ("write a file with COPY", "COPY (SELECT * FROM facts) TO '{folder}/x.csv'"),
    ("export the database", "EXPORT DATABASE '{folder}/export'"),
    ("read a file outside the warehouse", "SELECT * FROM read_text('/etc/hostname')"),
    ("read a CSV outside the warehouse", "SELECT * FROM read_csv('/etc/passwd')"),
    ("list files", "SELECT * FROM glob('/etc/*')"),
    ("lift the settings", "SET enable_external_access = true"),
    ("unlock the configuration", "SET lock_configuration = false"),
    ("install an extension", "INSTALL httpfs"),
    ("load an extension", "LOAD httpfs"),
    ("write a table", "CREATE TABLE stolen AS SELECT 1"),
    ("delete rows", "DELETE FROM facts"),
]


def _folder_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture()
def warehouse_copy(built, tmp_path):
    """A private copy of the seeds warehouse and its working file (the attacks must not touch the shared one)."""
    _, clean = built
    folder = tmp_path / "data"
    folder.mkdir()
    published = folder / "warehouse.duckdb"
    shutil.copy(clean, published)
    shutil.copy(working_path(clean), working_path(published))
    return published


@pytest.mark.parametrize("name,statement", ATTACKS, ids=[a[0] for a in ATTACKS])
def test_sql_command_refuses_the_attack_and_changes_nothing(warehouse_copy, name, statement):
    folder = warehouse_copy.parent
    before = _folder_digest(folder)
    query = statement.format(working=working_path(warehouse_copy), published=warehouse_copy, folder=folder)
    out = subprocess.run([SCRIPT, "sql", query, "--warehouse", str(warehouse_copy)], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0, f"{name}: accepted\n{out.stdout}"
    assert "Traceback" not in out.stderr
    assert _folder_digest(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(before)


def test_reader_connection_still_answers_queries(warehouse_copy):
    with open_reader(warehouse_copy) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchall()[0][0] > 50
        with pytest.raises(duckdb.Error):
            con.execute("SELECT * FROM read_text('/etc/hostname')")


def test_reader_connection_rejects_python_replacement_scans(warehouse_copy):
    import polars as pl

    secret = pl.DataFrame({"x": [1]})  # noqa: F841 — a replacement scan would find this local frame
    with open_reader(warehouse_copy) as con, pytest.raises(duckdb.Error):
        con.execute("SELECT * FROM secret")

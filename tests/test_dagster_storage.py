"""The instance's SQLite files commit without fsync (orchestration.dagster_storage); other SQLite files keep it."""

from __future__ import annotations

import sqlite3

import dagster as dg
import sqlalchemy

from orchestration import dagster_storage


def _synchronous(engine: sqlalchemy.Engine) -> int:
    with engine.connect() as connection:
        return connection.exec_driver_sql("PRAGMA synchronous").scalar()


def test_the_instance_files_commit_without_fsync_and_other_files_keep_it(tmp_path, monkeypatch):
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.delenv("INNOVATION_DAGSTER_FSYNC", raising=False)
    dagster_storage.commit_without_fsync()
    with dg.DagsterInstance.local_temp(str(home)) as instance:
        instance.report_runless_asset_event(dg.AssetMaterialization(asset_key="a"))  # opens the event log's index
        index = sqlalchemy.create_engine(f"sqlite:///{home / 'history' / 'runs' / 'index.db'}")
        assert (home / "history" / "runs" / "index.db").exists()
        assert _synchronous(index) == 0  # OFF
    elsewhere = sqlalchemy.create_engine(f"sqlite:///{tmp_path / 'other.db'}")
    assert _synchronous(elsewhere) == 2  # FULL, SQLite's default
    assert sqlite3.connect(tmp_path / "plain.db").execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_file_counts_as_the_instance_s_only_under_its_home(tmp_path):
    assert dagster_storage.in_dagster_home(str(tmp_path / "home" / "history" / "runs.db"), str(tmp_path / "home"))
    assert not dagster_storage.in_dagster_home(str(tmp_path / "homework" / "runs.db"), str(tmp_path / "home"))
    assert not dagster_storage.in_dagster_home(str(tmp_path / "x.db"), None)
    assert not dagster_storage.in_dagster_home("", str(tmp_path))  # an in-memory database has no file

"""Publish only what the audit saw: a working copy changed outside a build never reaches readers."""

import shutil

import duckdb

from orchestration.definitions import build_resources
from orchestration.settings import working_path
from tests.conftest import build_warehouse, seed_text, table_fingerprints


def _zhejiang_facts(path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM facts WHERE region_code = '330000'").fetchall()[0][0]


def _copy(built, tmp_path):
    _, clean = built
    published = tmp_path / "warehouse.duckdb"
    shutil.copy(clean, published)
    shutil.copy(working_path(clean), working_path(published))
    build_resources(warehouse=str(published))["warehouse"].stamp()  # as the build that made it left it
    return published


def test_rows_deleted_from_the_working_copy_are_not_published(built, seeds_copy, tmp_path, capfd):
    published = _copy(built, tmp_path)
    before = _zhejiang_facts(published)
    assert before > 10
    with duckdb.connect(str(working_path(published))) as con:  # someone with the duckdb CLI
        con.execute("DELETE FROM facts WHERE region_code = '330000'")
    source = tmp_path / "source"
    shutil.copytree(seeds_copy, source)
    (source / "new.txt").write_text(seed_text("002").replace("科技日报", "经济日报", 1) + "\n新增一段。\n", encoding="utf-8")

    result = build_warehouse(source, published)

    assert result.success
    assert _zhejiang_facts(published) == before
    assert "rebuilt it from the published warehouse" in capfd.readouterr().err


def test_an_untouched_working_copy_is_trusted_and_not_copied_again(built, seeds_copy, tmp_path, capfd):
    published = _copy(built, tmp_path)
    inode = working_path(published).stat().st_ino
    assert build_warehouse(seeds_copy, published).success
    assert working_path(published).stat().st_ino == inode
    assert "rebuilt" not in capfd.readouterr().err


def test_a_working_copy_without_a_published_warehouse_is_discarded(built, seeds_copy, tmp_path, capfd):
    _, clean = built
    published = tmp_path / "warehouse.duckdb"
    shutil.copy(working_path(clean), working_path(published))  # left by a build that never published
    with duckdb.connect(str(working_path(published))) as con:
        con.execute("DELETE FROM facts")
    assert build_warehouse(seeds_copy, published).success
    assert "discarded the working copy" in capfd.readouterr().err
    assert table_fingerprints(published) == table_fingerprints(clean)


def test_build_connections_hand_freed_memory_back_and_analysis_writes_in_less(built, tmp_path, monkeypatch):
    # without the allocator's background threads DuckDB kept ≈ 110 MiB freed by a closed connection in the build
    # process; the analysis writes under a lower limit, its appended rows otherwise filling the 256 MB of buffers
    from orchestration.resources import analysis_memory_limit

    monkeypatch.delenv("INNOVATION_DUCKDB_MEMORY", raising=False)
    published = _copy(built, tmp_path)
    with build_resources(warehouse=str(published))["warehouse"].get_connection() as con:
        settings = dict(con.execute("SELECT name, value FROM duckdb_settings() WHERE name IN "
                                    "('allocator_background_threads', 'memory_limit')").fetchall())
    assert settings["allocator_background_threads"] == "true"
    assert settings["memory_limit"].startswith("244.1")  # 256MB, as DuckDB prints it in MiB
    assert analysis_memory_limit() == "128MB"
    monkeypatch.setenv("INNOVATION_DUCKDB_MEMORY", "1GB")  # a person's own limit holds for the analysis too
    assert analysis_memory_limit() == "1GB"

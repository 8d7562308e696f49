"""Files that leave the source folder (removed, edited in place, renamed) stop counting: every mart then
equals a clean build of the folder as it is, while the removed documents keep their rows."""

import shutil

import duckdb
import pytest

from tests.conftest import build_warehouse, table_fingerprints

MARTS = ("mart_region_indicators", "mart_region_indicators_yearly", "mart_facts_latest", "mart_region_platforms",
         "mart_region_topics", "mart_region_links")


def _change_removed(folder):
    (folder / sorted(p.name for p in folder.iterdir())[1]).unlink()


def _change_edited(folder):
    path = folder / sorted(p.name for p in folder.iterdir())[0]
    path.write_text(path.read_text(encoding="utf-8").replace("创新联合体41家", "创新联合体52家"), encoding="utf-8")


def _change_renamed(folder):
    first = folder / sorted(p.name for p in folder.iterdir())[2]
    first.rename(folder / ("zz_" + first.name))


CHANGES = {"removed": _change_removed, "edited in place": _change_edited, "renamed": _change_renamed}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_marts_equal_a_clean_build_after_a_file_changes(built, seeds_copy, tmp_path, change):
    _, seeds_build = built
    folder = tmp_path / "source"
    shutil.copytree(seeds_copy, folder)
    incremental = tmp_path / "incremental" / "warehouse.duckdb"
    incremental.parent.mkdir()
    shutil.copy(seeds_build, incremental)  # start from the seeds build, as a running warehouse would
    assert build_warehouse(folder, incremental).success
    CHANGES[change](folder)
    assert build_warehouse(folder, incremental).success
    clean = tmp_path / "clean" / "warehouse.duckdb"
    assert build_warehouse(folder, clean).success
    assert table_fingerprints(incremental, MARTS) == table_fingerprints(clean, MARTS)


def test_a_removed_file_keeps_its_rows_marked_not_counted(built, seeds_copy, tmp_path):
    _, seeds_build = built
    folder = tmp_path / "source"
    shutil.copytree(seeds_copy, folder)
    warehouse = tmp_path / "warehouse.duckdb"
    assert build_warehouse(folder, warehouse).success
    _change_removed(folder)
    assert build_warehouse(folder, warehouse).success
    with duckdb.connect(str(warehouse), read_only=True) as con:
        removed = con.execute("SELECT count(*) FROM stg_articles WHERE NOT is_counted AND document_status = 'deleted'").fetchall()[0][0]
        kept = con.execute("SELECT count(*) FROM articles a JOIN raw_documents d USING (document_id) WHERE d.status = 'deleted'").fetchall()[0][0]
        counted = con.execute("""SELECT count(*) FROM int_canonical_articles c JOIN raw_documents d USING (document_id)
                                 WHERE d.status = 'deleted'""").fetchall()[0][0]
    assert removed == kept > 0 and counted == 0

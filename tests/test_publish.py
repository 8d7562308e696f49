"""Publishing renames, never copies: the old published file becomes the working copy and is caught up by what changed."""

import shutil
import subprocess
import sys

import duckdb
import pytest

from orchestration.definitions import build_resources
from orchestration.settings import working_path
from tests.conftest import build_warehouse, seed_text


def every_table(path, *, timeless: bool = False) -> dict[str, str]:
    """A content hash of every table and view, all columns (`timeless`: but timestamps, `*_at`, and the build
    state that records them): equal means the same rows."""
    out = {}
    with duckdb.connect(str(path), read_only=True) as con:
        names = [n for (n,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]
        for name in names:
            if timeless and name == "build_state":
                continue
            columns = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                                                 [name]).fetchall() if not (timeless and c.endswith("_at"))]
            row = "(" + ", ".join(f'"{c}"' for c in columns) + ")::VARCHAR"
            out[name] = con.execute(f"SELECT count(*) || ':' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '') "
                                    f'FROM (SELECT {row} AS r FROM "{name}")').fetchall()[0][0]
    return out


def _edit(folder, n: int) -> None:
    """An edit a newsroom makes: a paragraph appended to one file, a new file, a file removed."""
    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + f"\n补充报道{n}：当地新增高新技术企业{100 + n}家。\n", encoding="utf-8")
    (folder / f"new_{n}.txt").write_text(seed_text("002").replace("科技日报", "经济日报", 1) + f"\n第{n}段。\n", encoding="utf-8")
    if n == 2:
        sorted(folder.glob("0*.txt"))[-1].unlink()


@pytest.fixture()
def published_twice(seeds_copy, tmp_path):
    """A source folder and a warehouse built from it, edited, and built again: its working copy is the file
    published first, one build behind."""
    source = tmp_path / "source"
    shutil.copytree(seeds_copy, source)
    published = tmp_path / "warehouse.duckdb"
    assert build_warehouse(source, published).success
    _edit(source, 1)
    assert build_warehouse(source, published).success
    return source, published


def test_the_old_published_file_becomes_the_working_copy_and_is_caught_up_exactly(published_twice, capfd):
    source, published = published_twice
    before = (published.stat().st_ino, working_path(published).stat().st_ino)
    _edit(source, 2)  # a changed file, a new one, a removed one
    assert build_warehouse(source, published).success  # catches the working copy up, builds, publishes
    assert (published.stat().st_ino, working_path(published).stat().st_ino) == before[::-1]  # renamed, not copied: the files swap
    assert "rebuilt it from the published warehouse" not in capfd.readouterr().err

    # caught up at the end of the build that published (WarehouseResource.catch_up_in_background), not by the next one
    warehouse = build_resources(warehouse=str(published))["warehouse"]
    with warehouse.locked():
        assert warehouse.verify_working_copy() == "verified"
    assert every_table(working_path(published)) == every_table(published)  # every table and view, every row, every timestamp


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
sys.stdin.readline()  # held open until the test says
print(con.execute("SELECT count(*) FROM articles").fetchall()[0][0], flush=True)
"""


def test_the_working_copy_is_copied_when_the_old_file_is_still_open_or_was_changed(published_twice, capfd):
    source, published = published_twice
    capfd.readouterr()
    # an analyst's session in another process, left open across the next two builds
    reader = subprocess.Popen([sys.executable, "-c", READER, str(published)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        before = reader.stdout.readline()
        _edit(source, 2)
        assert build_warehouse(source, published).success  # publishes: the file the reader holds becomes the working copy
        _edit(source, 3)
        assert build_warehouse(source, published).success  # cannot write it while the reader holds it: copies instead
        after, _ = reader.communicate("go\n", timeout=60)
    finally:
        reader.kill()
    assert after.strip() == before.strip()  # the reader's snapshot is intact
    assert "still open in another process; rebuilt it from the published warehouse" in capfd.readouterr().err
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM raw_documents WHERE source_path = 'new_3.txt'").fetchall() == [(1,)]

    with duckdb.connect(str(published)) as con:  # someone writes to the published file with the duckdb CLI
        zhejiang = con.execute("SELECT count(*) FROM facts WHERE region_code = '330000'").fetchall()[0][0]
        con.execute("DELETE FROM facts WHERE region_code = '330000'")
    _edit(source, 4)
    assert build_warehouse(source, published).success  # that file is never caught up from, nor published again
    assert "was changed outside a build" in capfd.readouterr().err
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM facts WHERE region_code = '330000'").fetchall()[0][0] == zhejiang > 10

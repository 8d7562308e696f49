"""Shared fixtures: the seed corpus and one warehouse built from it through Dagster."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed file whose name starts with `prefix` (e.g. '000')."""
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def build_warehouse(source: Path, warehouse: Path) -> dg.ExecuteInProcessResult:
    """Materialize every asset and check into `warehouse` from `source`, as `innovation-warehouse build` does."""
    from orchestration.checks import asset_checks
    from orchestration.definitions import all_assets, build_resources

    return dg.materialize([*all_assets, *asset_checks], resources=build_resources(str(source), str(warehouse)), raise_on_error=False)


@pytest.fixture(scope="session", autouse=True)
def isolated_dagster_home(tmp_path_factory):
    """Runs the CLI starts in tests go to a temporary Dagster instance, never the repository's dagster_home/."""
    import os

    home = tmp_path_factory.mktemp("dagster_home")
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    before = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(home)
    # the sensor's long-lived validator would outlive the test that evaluates the sensor and serve later tests' runs
    os.environ["INNOVATION_RUN_SERVICE"] = "off"
    yield home
    if before is None:
        os.environ.pop("DAGSTER_HOME", None)
    else:
        os.environ["DAGSTER_HOME"] = before


@pytest.fixture(scope="session")
def seeds_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def built(tmp_path_factory, seeds_copy):
    """(result, warehouse path) of one full build of the seeds."""
    warehouse = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    result = build_warehouse(seeds_copy, warehouse)
    return result, warehouse


@pytest.fixture()
def wh(built):
    """A read-only connection to the seeds warehouse."""
    _result, path = built
    con = duckdb.connect(str(path), read_only=True)
    yield con
    con.close()


def table_fingerprints(path: Path, tables: tuple[str, ...] = ("raw_documents", "document_sources", "articles", "boilerplate_blocks", "sentences", "tokens", "region_mentions", "facts", "mart_region_indicators", "mart_facts_latest")) -> dict[str, str]:
    """A content hash per table, ignoring timestamp columns (`*_at`): equal fingerprints mean identical rows."""
    out = {}
    with duckdb.connect(str(path), read_only=True) as con:
        for table in tables:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
                if not c.endswith("_at")]
            select = ", ".join(f'"{c}"' for c in columns)
            out[table] = con.execute(f"SELECT count(*) || ':' || coalesce(md5(string_agg(r, '|' ORDER BY r)), '') FROM (SELECT ({select})::VARCHAR AS r FROM {table})").fetchall()[0][0]
    return out

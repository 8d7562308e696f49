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

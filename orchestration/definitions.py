"""The single Definitions object: `dagster dev` finds it through [tool.dagster] in pyproject.toml."""


from pathlib import Path

import dagster as dg

from orchestration.analysis import analyse_documents, reference_regions
from orchestration.automation import build_warehouse_job, daily_build_schedule, source_folder_sensor
from orchestration.checks import asset_checks
from orchestration.dagster_storage import commit_without_fsync
from orchestration.ingest import stage_documents
from orchestration.publish import publish_warehouse
from orchestration.report import report
from orchestration.resources import AnalysisWorkers, GreatExpectations, SourceFolder, WarehouseResource
from orchestration.settings import source_dir, warehouse_path, working_path
from orchestration.sql_models import sql_models

# Every process that loads these definitions (the command line's build, a run's process, the code server) writes
# run events: to the instance's SQLite files without waiting for the disk (see orchestration.dagster_storage).
commit_without_fsync()

all_assets = [stage_documents, reference_regions, analyse_documents, sql_models, publish_warehouse, report]


def build_resources(source: str | None = None, warehouse: str | None = None) -> dict:
    """Resources for a source folder and warehouse file (defaults: environment, then repository paths)."""
    published = Path(warehouse) if warehouse else warehouse_path()
    return {
        "warehouse": WarehouseResource(database=str(working_path(published)), published=str(published)),
        "source": SourceFolder(path=str(source or source_dir())),
        "analysis_workers": AnalysisWorkers(),
        "validator": GreatExpectations(),
    }


defs = dg.Definitions(
    assets=all_assets,
    asset_checks=asset_checks,
    jobs=[build_warehouse_job],
    sensors=[source_folder_sensor],
    schedules=[daily_build_schedule],
    resources=build_resources(),
    executor=dg.in_process_executor,
)

"""The warehouse job, a sensor on the source folder and a daily schedule."""


import hashlib
import time

import dagster as dg

from orchestration import run_service
from orchestration.settings import source_dir
from orchestration.source_files import list_source_files

build_warehouse_job = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Stage new or changed files, analyse only documents not analysed yet, check, rebuild the SQL models.",
)


def folder_fingerprint(files) -> str:
    """A digest of every file's path, size and modification time: it changes when any file is added, edited or removed."""
    digest = hashlib.sha256()
    for path in files:
        stat = path.lstat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


@dg.sensor(job=build_warehouse_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def source_folder_sensor(context: dg.SensorEvaluationContext):
    """Launch a build when a file in the source folder is added, changed or removed.

    The build is incremental (documents are keyed by content hash), so a run triggered by one new
    file analyses that file only.
    """
    if run_service.wanted():
        run_service.ensure_running()  # for the runs this sensor will request: GX imported before they start
    root = source_dir()
    if not root.is_dir():
        return dg.SkipReason(f"source folder {root} does not exist")
    files = list_source_files(root)
    fingerprint = folder_fingerprint(files)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change in {root} ({len(files)} files)")
    # The key names this change, not the folder's state: a file added and then removed brings the folder back to a
    # fingerprint it had, and Dagster skips a run whose key it has seen, which would leave the removed file's rows.
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=f"folder-{context.cursor or 'first'}-{fingerprint}-{time.time_ns()}",
                                    tags={"source_fingerprint": fingerprint, "files": str(len(files))})],
        cursor=fingerprint,
    )


daily_build_schedule = dg.ScheduleDefinition(
    name="daily_build",
    job=build_warehouse_job,
    cron_schedule="0 3 * * *",
    execution_timezone="Asia/Shanghai",
    description="Rebuild every night at 03:00 Beijing time, catching anything the sensor missed.",
    default_status=dg.DefaultScheduleStatus.RUNNING,  # runs whenever `dagster dev` (or a daemon) is up
)

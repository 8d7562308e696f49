"""`innovation-warehouse build`: run the build job in-process on the project's Dagster instance, and say
what happens in a person's terms: one line per stage, a progress bar while documents are analysed, a
one-screen summary, and "nothing changed" when nothing did.

Progress comes from Dagster's own log events: the analysis step logs `analysed N/M documents`, and a
Dagster logger of this module (added to the job for this run only) turns step events and those lines
into terminal output. The UI sees the same run, events and check results.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import time
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from orchestration.history import record_build
from orchestration.preflight import other_build_running
from orchestration.settings import REPO_ROOT

PROGRESS = re.compile(r"analysed (\d+)/(\d+) documents")
CLI_PID_TAG = "innovation/cli_pid"
STAGE_NAMES = {"stage_documents": "ingest", "reference_regions": "reference", "analyse_documents": "analysis",
               "staged_rows_expectations": "checks of the staged rows", "analysis_tables_expectations": "checks of the analysis",
               "marts_expectations": "checks of the marts",
               "sql_models": "SQL models", "publish_warehouse": "publish", "report": "report"}


class _QuietSkippedGate(logging.Filter):
    """Drops Dagster's "Blocking asset check … emitted no result" warning: on a no-change build staging yields
    nothing, so its checks have nothing to check and everything downstream is skipped, not ungated."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "emitted no result" not in record.getMessage()


def project_instance() -> dg.DagsterInstance:
    """$DAGSTER_HOME's instance, else the repository's dagster_home/ (as the Makefile sets it)."""
    if not os.environ.get("DAGSTER_HOME") and (REPO_ROOT / "dagster_home" / "dagster.yaml").is_file():
        os.environ["DAGSTER_HOME"] = str(REPO_ROOT / "dagster_home")
    home = Path(os.environ["DAGSTER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    # Two builds starting together on a fresh home would both create the SQLite schemas (alembic then
    # finds two heads): the first one creates them under this lock, the second waits and opens them.
    with open(home / ".instance.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        instance = dg.DagsterInstance.get()
        _fail_orphaned_runs(instance)
    return instance


def _fail_orphaned_runs(instance: dg.DagsterInstance) -> None:
    """Mark as failed the command-line runs whose process died mid-run, freeing their pool slot (else the
    next build would wait for it forever)."""
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.STARTED])):
        pid = run.tags.get(CLI_PID_TAG)
        if run.status != dg.DagsterRunStatus.STARTED or not pid or _alive(int(pid)):
            continue
        instance.report_run_failed(run, "the command-line build running it was interrupted")
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _Display(logging.Handler):
    """Turns Dagster's events into stage lines and a progress bar."""

    def __init__(self, console: Console):
        super().__init__(logging.DEBUG)
        self.console, self.started, self.checks = console, {}, {"passed": 0, "failed": 0}
        self.progress: Progress | None = None
        self.task = None

    def emit(self, record: logging.LogRecord) -> None:
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        step = meta.get("step_key") or ""
        message = meta.get("orig_message") or record.getMessage()
        if event is None:
            match = PROGRESS.search(str(message))
            if match:
                self._progress(int(match.group(1)), int(match.group(2)))
            return
        kind = event.event_type_value
        if step.endswith("_expectations"):
            if kind == "ASSET_CHECK_EVALUATION":
                self.checks["passed" if event.event_specific_data.passed else "failed"] += 1
            return
        name = STAGE_NAMES.get(step, step)
        if kind == "STEP_START":
            self.started[step] = time.perf_counter()
            self.console.print(f"  {name:<11} …", highlight=False)
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE"):
            self._stop_progress()
            took = time.perf_counter() - self.started.get(step, time.perf_counter())
            mark = "[green]done[/green]" if kind == "STEP_SUCCESS" else "[red]FAILED[/red]"
            self.console.print(f"  {name:<11} {mark} in {took:.1f} s", highlight=False)
        elif kind == "STEP_SKIPPED":
            self.console.print(f"  {name:<11} [dim]skipped (nothing new upstream)[/dim]", highlight=False)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is None:
            self.progress = Progress(TextColumn("  analysing  "), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                                     TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=self.console, transient=True)
            self.progress.start()
            self.task = self.progress.add_task("analyse", total=total, rate="")
        elapsed = self.progress.tasks[0].elapsed or 0
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0.5 else ""
        self.progress.update(self.task, completed=done, total=total, rate=rate)

    def _stop_progress(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def close(self) -> None:
        self._stop_progress()
        super().close()


def run_build(source: str | None, warehouse: str | None, *, verbose: bool = False, console: Console | None = None) -> int:
    """Run every asset and check in-process, print a summary; 0 ok, 1 failed. The command line has checked the
    source and warehouse folders first (cli._bytes_to_read), before starting any process for the build."""
    from orchestration.automation import build_warehouse_job
    from orchestration.checks import asset_checks
    from orchestration.definitions import all_assets, build_resources
    from orchestration.settings import working_path

    console = console or Console(highlight=False, soft_wrap=True)
    resources = build_resources(source, warehouse)
    published, source_root = Path(resources["warehouse"].published), resources["source"].root()
    console.print(f"building {published} from {source_root}")
    working = working_path(published)
    if other_build_running(working.with_name(working.name + ".lock")):
        console.print("  another build of this warehouse is running: waiting for it to finish …")

    display = _Display(console)

    @dg.logger
    def cli_display(_init_context):
        log = logging.Logger("innovation-warehouse-cli", logging.DEBUG)
        log.addHandler(display)
        return log

    gate = logging.getLogger("dagster._core.execution.plan.active")
    quiet = _QuietSkippedGate()
    gate.addFilter(quiet)
    started, at = time.perf_counter(), datetime.now(timezone.utc)
    loggers = {"cli_display": {}}
    if verbose:
        loggers["console"] = {"config": {"log_level": "DEBUG"}}
    try:
        defs = dg.Definitions(assets=all_assets, asset_checks=asset_checks, jobs=[build_warehouse_job], resources=resources,
                              loggers={"cli_display": cli_display, "console": dg.default_loggers()["console"]},
                              executor=dg.in_process_executor)
        result = defs.resolve_job_def(build_warehouse_job.name).execute_in_process(
            run_config={"loggers": loggers}, instance=project_instance(), raise_on_error=False,
            tags={CLI_PID_TAG: str(os.getpid()), "innovation/source": str(source_root)})
    finally:
        gate.removeFilter(quiet)
        display.close()
    return _summarise(result, display, published, source_root, at, time.perf_counter() - started, console)


# What a person can do about a failure whose cause is known, by the words of its first line.
REMEDIES = (
    (re.compile(r"failed to (?:allocate|pin block).*MiB used", re.I),
     "DuckDB reached the memory it may use ({limit}): set INNOVATION_DUCKDB_MEMORY higher (e.g. 1GB) and build again"),
    (re.compile(r"No space left on device", re.I), "the disk is full: free space beside the warehouse and build again"),
)


def _failure_reasons(result) -> list[str]:
    from orchestration.resources import duckdb_memory_limit

    reasons = []
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE":
            error, failure = event.event_specific_data.error, event.event_specific_data.user_failure_data
            # a step's own dg.Failure says where (the model's file); otherwise the exception behind the error does
            cause = (failure.description if failure and failure.description
                     else error.cause.message if error and error.cause else (error.message if error else ""))
            # the first line says what went wrong; DuckDB's messages go on with generic hints and a link
            lines = [line for line in (cause or "").strip().splitlines() if line.strip()]
            first = lines[0] if lines else "failed"
            remedies = [r.format(limit=duckdb_memory_limit()) for pattern, r in REMEDIES if pattern.search(first)]
            reasons.append(f"{STAGE_NAMES.get(event.step_key, event.step_key)}: {first}" + "".join(f" ({r})" for r in remedies))
    return reasons


def _summarise(result, display: _Display, published: Path, source: Path, at: datetime, seconds: float, console: Console) -> int:
    from orchestration.cli import print_summary

    failed_checks = [e for e in result.get_asset_check_evaluations() if not e.passed and e.severity == dg.AssetCheckSeverity.ERROR]
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    unchanged = result.success and "raw_documents" not in materialized
    reasons = _failure_reasons(result) if not result.success else []
    for check in failed_checks:
        failed = check.metadata.get("failed_expectations")
        reasons.append(f"check {check.asset_key.to_user_string()}:{check.check_name} failed {failed.value if failed else ''}".strip())
    ok = result.success and not failed_checks
    if display.checks["passed"] or display.checks["failed"]:
        console.print(f"  checks      {display.checks['passed']} passed, {display.checks['failed']} failed")
    if unchanged:
        console.print(f"\nnothing changed since the last build: {published} is up to date ({seconds:.1f} s)")
    else:
        console.print(f"\nbuild {'succeeded' if ok else '[red]FAILED[/red]'} in {seconds:.1f} s")
    if not ok:
        console.print("  the published warehouse was left as it was before this build")
        for reason in reasons:
            console.print(f"  {reason}")
    record_build(published, {"started_at": at.isoformat(timespec="seconds"), "seconds": round(seconds, 1), "source": str(source),
                        "outcome": "unchanged" if unchanged else ("succeeded" if ok else "failed"), "reasons": reasons, "run_id": result.run_id})
    if published.exists():
        print_summary(published, console=console)
    return 0 if ok else 1

"""What the benchmarks share: folders, a code snapshot, a Dagster build in a fresh process, row counts, the machine.

Every build runs in its own spawned process, as `innovation-warehouse build` does from a shell, so its
memory figures are its own, not polluted by corpus generation or earlier builds of the same run:
- getrusage RUSAGE_SELF ru_maxrss: peak RSS of the build process;
- getrusage RUSAGE_CHILDREN ru_maxrss: the largest peak among its waited-for children (a maximum, not a
  sum). Caveat: Linux carries the parent's RSS at fork() into the child's maxrss across exec, so with
  spawn workers this is at least the parent's RSS when the pool started, not the worker's own peak;
- hence also sampled from /proc every 0.25 s: each worker's own VmHWM, and the largest sum of RSS of
  the build process and its children at one instant (what the machine must hold).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import platform
import resource
import shutil
import sys
import threading
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

DEFAULT_WORKDIR = Path("/tmp/iw-bench")
REPO = Path(__file__).resolve().parent.parent
CODE_DIRS = ("orchestration", "transforms", "sql")
TABLES = ("raw_documents", "rejected_documents", "articles", "boilerplate_blocks", "sentences", "tokens",
          "region_mentions", "facts", "processed_documents", "int_region_activity",
          "mart_region_indicators", "mart_facts_latest")


def corpus_dir(workdir: Path, mb: float, seed: int) -> Path:
    return Path(workdir) / f"corpus-{mb:g}mb-seed{seed}"


def warehouse_files(path: Path) -> list[Path]:
    """The published file and what lives beside it: the working copy (<stem>.building.duckdb), WAL, lock."""
    path = Path(path)
    return sorted({*path.parent.glob(f"{path.stem}.*"), *path.parent.glob(f".{path.name}.*")})


def remove_warehouse(path: Path) -> None:
    for p in warehouse_files(path):
        p.unlink()


def copy_warehouse(src: Path, dst: Path) -> None:
    """Copy the published file and the working copy, so the next build is incremental, as in place."""
    remove_warehouse(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    for p in warehouse_files(src):
        if p.name.startswith(src.stem) and not p.name.endswith(".lock"):
            shutil.copy2(p, dst.with_name(p.name.replace(src.stem, dst.stem, 1)))


def snapshot_code(workdir: Path) -> Path:
    """Copy the pipeline code (orchestration/, transforms/, sql/) into the work folder; builds import it from there.

    A run of several builds takes many minutes while others edit the repository: an edit to transforms/
    between two builds changes analysis_version and makes the "incremental" build re-analyse everything,
    and an edit mid-build can mix two versions of the code. All builds of one run use the same snapshot.
    """
    target = Path(workdir) / "code-snapshot"
    shutil.rmtree(target, ignore_errors=True)
    for name in CODE_DIRS:
        shutil.copytree(REPO / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    return target


class _TreeMemory(threading.Thread):
    """Samples RSS of this process and its children from /proc until stopped."""

    def __init__(self, interval: float = 0.25):
        super().__init__(daemon=True)
        self.interval, self.stopped = interval, threading.Event()
        self.peak_total_kb, self.worker_hwm_kb = 0, {}

    @staticmethod
    def _status_kb(pid: int | str, field: str) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        except (OSError, ValueError):
            pass
        return 0

    @staticmethod
    def _read(path: Path) -> str:
        try:
            return path.read_text()
        except OSError:  # the thread ended between listing and reading
            return ""

    def run(self) -> None:
        me = os.getpid()
        while not self.stopped.wait(self.interval):
            children = {c for task in Path(f"/proc/{me}/task").glob("*/children") for c in self._read(task).split()}
            total = self._status_kb(me, "VmRSS") + sum(self._status_kb(c, "VmRSS") for c in children)
            self.peak_total_kb = max(self.peak_total_kb, total)
            for c in children:
                self.worker_hwm_kb[c] = max(self.worker_hwm_kb.get(c, 0), self._status_kb(c, "VmHWM"))


# --- one build in a child process ------------------------------------------------------------

def _materialize(source: str, warehouse: str, sql_only: bool) -> dict:
    """Runs in the child: materialize like `innovation-warehouse build` (or only the SQL models); return figures."""
    import dagster as dg

    from orchestration.checks import asset_checks
    from orchestration.definitions import all_assets, build_resources
    from orchestration.sql_models import sql_models

    instance = dg.DagsterInstance.ephemeral()  # what materialize() uses by default; kept to read step stats
    quiet = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}  # as the CLI without --verbose
    selection = dg.AssetSelection.assets(sql_models).without_checks() if sql_only else None
    memory = _TreeMemory()
    memory.start()
    started_at = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    result = dg.materialize([*all_assets, *asset_checks], resources=build_resources(source, warehouse), instance=instance,
                            raise_on_error=False, run_config=quiet, selection=selection)
    seconds = time.perf_counter() - t0
    memory.stopped.set()
    memory.join()
    steps = sorted(instance.get_run_step_stats(result.run_id), key=lambda s: s.start_time or 0)
    analysed = version = None
    for event in result.get_asset_materialization_events():
        if event.asset_key.to_user_string() == "articles":
            metadata = event.materialization.metadata
            analysed = metadata["documents_analysed"].value
            version = metadata["analysis_version"].value if "analysis_version" in metadata else None
    return {
        "seconds": seconds,
        "started_at": started_at,
        "success": result.success,
        "failed_checks": [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in result.get_asset_check_evaluations() if not e.passed],
        "failures": [(e.step_key, e.event_specific_data.error.to_string()) for e in result.get_step_failure_events()],
        # a skipped step has an end time but no start time: no duration
        "steps": [(s.step_key, s.end_time - s.start_time if s.start_time and s.end_time else None,
                   str(s.status.value if s.status else "?")) for s in steps],
        "documents_analysed": analysed,
        "analysis_version": version,  # a hash of transforms/: if it changes between builds, all is analysed again
        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # Linux: KiB
        "maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "sampled_peak_total_mb": memory.peak_total_kb / 1024,
        "sampled_worker_hwm_mb": max(memory.worker_hwm_kb.values(), default=0) / 1024,
        "code": str(Path(sys.modules["orchestration"].__file__).parent.parent),
    }


def _child(conn, args, code: str | None) -> None:
    if code:
        sys.path.insert(0, code)  # before the repository: the snapshot's orchestration/ and transforms/ win
    try:
        conn.send(("ok", _materialize(*args)))
    except BaseException:  # noqa: BLE001 — report anything to the parent, then exit
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def build(source: Path, warehouse: Path, *, sql_only: bool = False, code: Path | None = None) -> dict:
    """Build `warehouse` from `source` in a fresh spawned process (importing the pipeline from `code` if given)."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(child, (str(source), str(warehouse), sql_only), str(code) if code else None))
    t0 = time.perf_counter()
    process.start()
    child.close()
    try:
        status, payload = parent.recv()
    except EOFError:
        status, payload = "error", "the build process died without a result"
    process.join()
    if status != "ok":
        raise RuntimeError(f"build process failed (exit code {process.exitcode}):\n{payload}")
    payload["process_seconds"] = time.perf_counter() - t0  # with interpreter start and imports
    return payload


def print_build(label: str, run: dict, full_seconds: float | None = None) -> None:
    """One line for the build, then each step's time, then failures with their traceback tail."""
    ratio = f" = {run['seconds'] / full_seconds:.3f} × full build" if full_seconds else ""
    status = "ok" if run["success"] and not run["failed_checks"] else "FAILED"
    print(f"{label}: {run['seconds']:.1f} s{ratio} ({status}; {run['process_seconds']:.1f} s with process start and imports)")
    for step, seconds, step_status in run["steps"]:
        shown = f"{seconds:8.2f} s" if seconds is not None else "       — "
        print(f"    step {step:<60} {shown}  {step_status}")
    for check in run["failed_checks"]:
        print(f"    failed check {check}")
    for step, error in run["failures"]:
        tail = "\n".join(error.strip().splitlines()[-15:])
        print(f"    failed step {step}:\n" + "\n".join("      " + line for line in tail.splitlines()))


# --- the warehouse and the machine -----------------------------------------------------------

def connect_read_only(warehouse: Path):
    """The published warehouse (what readers see after a successful build)."""
    import duckdb

    return duckdb.connect(str(warehouse), read_only=True)


def row_counts(warehouse: Path) -> dict[str, int]:
    with connect_read_only(warehouse) as con:
        present = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES if t in present}


def machine() -> dict[str, str]:
    meminfo = dict(line.split(":", 1) for line in Path("/proc/meminfo").read_text().splitlines())
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpu": f"{os.cpu_count()} cores ({cpu})",
        "ram": f"{int(meminfo['MemTotal'].split()[0]) / 2**20:.1f} GiB",
        "python": platform.python_version(),
        "workers": os.environ.get("INNOVATION_WORKERS") or f"{os.cpu_count()} (one per CPU)",
    }

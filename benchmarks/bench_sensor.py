"""A sensor-triggered run inside a running `dagster dev`: one new ~20 KB file on a built warehouse.

Builds the warehouse once from a generated corpus through the command line, starts `dagster dev` on it (its own
Dagster home, source folder and warehouse, a free port), lets the sensor's first run (nothing new) finish, then
adds new files one at a time and reports each run's time from start to end as the instance records it, and
whether the run's checks found the long-lived validator (orchestration.run_service) ready.

    python -m benchmarks.bench_sensor --mb 50 --files 3
    python -m benchmarks.bench_sensor --mb 50 --files 3 --no-service     # each run imports GX itself
    python -m benchmarks.bench_sensor --mb 50 --files 3 --reuse          # the warehouse of the last run, no build
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, REPO, corpus_dir
from benchmarks.corpus import extra_text, make_corpus

SENSOR_INTERVAL = 30  # minimum_interval_seconds of source_folder_sensor


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _runs(home: Path) -> list:
    """Finished runs of the instance in `home`, oldest first: (run id, start, end, status)."""
    script = ("import dagster as dg\n"
              "i = dg.DagsterInstance.get()\n"
              "for r in reversed(i.get_run_records()):\n"
              "    print(r.dagster_run.run_id, r.start_time, r.end_time, r.dagster_run.status.value)\n")
    out = subprocess.run([str(REPO / ".venv" / "bin" / "python"), "-c", script], capture_output=True, text=True,
                         env={**os.environ, "DAGSTER_HOME": str(home)}, check=True).stdout
    return [(run_id, float(s) if s != "None" else None, float(e) if e != "None" else None, status)
            for run_id, s, e, status in (line.split() for line in out.splitlines())]


def _wait_finished(home: Path, n: int, timeout: float) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = _runs(home)
        if len(runs) >= n and all(r[2] is not None for r in runs[:n]):
            return runs
        time.sleep(2)
    raise TimeoutError(f"run {n} did not finish within {timeout:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--files", type=int, default=3)
    parser.add_argument("--no-service", action="store_true", help="INNOVATION_RUN_SERVICE=off")
    parser.add_argument("--reuse", action="store_true", help="keep the warehouse built by the last run (same code)")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()
    work = args.workdir / f"sensor-{args.mb:g}mb"
    home, folder, warehouse = work / "dagster_home", work / "source", work / "warehouse.duckdb"
    reuse = args.reuse and warehouse.exists()
    if reuse:  # the files the last run added go, and a build through the command line takes them out again
        for path in folder.glob("new_*.txt"):
            path.unlink()
    else:
        source = make_corpus(args.mb, corpus_dir(args.workdir, args.mb, 0), 0).path
        shutil.rmtree(work, ignore_errors=True)
        home.mkdir(parents=True)
        shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
        shutil.copytree(source, folder)
    env = {**os.environ, "DAGSTER_HOME": str(home), "INNOVATION_SOURCE_DIR": str(folder), "INNOVATION_WAREHOUSE": str(warehouse),
           "INNOVATION_RUN_SERVICE": "off" if args.no_service else "on"}
    t0 = time.perf_counter()
    subprocess.run([str(REPO / ".venv" / "bin" / "innovation-warehouse"), "build"], env=env, cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"{'updated' if reuse else 'built'} {args.mb:g} MB in {time.perf_counter() - t0:.0f} s")
    before = len(_runs(home))  # the command line's builds are runs of the same instance
    dev = subprocess.Popen([str(REPO / ".venv" / "bin" / "dagster"), "dev", "--host", "127.0.0.1", "--port", str(_free_port())],
                           env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        try:  # the first tick, when the folder is not what the sensor saw last: a run with nothing new to analyse
            runs = _wait_finished(home, before + 1, 120)
            print(f"first run (nothing new to analyse): {runs[before][2] - runs[before][1]:.1f} s")
            before += 1
        except TimeoutError:
            print("no first run: the sensor had seen this folder")
        time.sleep(SENSOR_INTERVAL)  # the service starts on a tick, and is ready a few seconds later
        times = []
        for n in range(args.files):
            time.sleep(SENSOR_INTERVAL / 2)
            # text no earlier run of the benchmark added: a document seen before (same content hash) is not analysed again
            (folder / f"new_{n}.txt").write_text(extra_text(20_000, time.time_ns() % 100_000), encoding="utf-8")
            runs = _wait_finished(home, before + n + 1, 300)
            run_id, start, end, status = runs[before + n]
            times.append(end - start)
            print(f"new file {n + 1}: run {run_id[:8]} {status} in {end - start:.1f} s (start to end)")
        print(f"\nsensor-triggered run of one new 20 KB file, {args.mb:g} MB warehouse, validation service "
              f"{'off' if args.no_service else 'on'}: " + " / ".join(f"{t:.1f}" for t in times) + " s")
    finally:
        os.killpg(dev.pid, signal.SIGINT)
        try:
            dev.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(dev.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()

"""Peak memory of each stage of `innovation-warehouse build`, as an analyst runs it.

Runs the console script on a generated corpus into a fresh warehouse and Dagster home, samples the RSS of
its whole process tree (build process, analysis workers, validator) from /proc every 0.2 s, and reports per
stage (the stage lines the command prints: reference, ingest, analysis, …) the peak of the tree together,
of the build process alone, and what each process held at that moment. The peak of the tree is what the
issue's "peak RSS ≤ 1 GB" counts; the per-process split says which process to look at.

    python -m benchmarks.memory_by_stage --mb 200
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, REPO, corpus_dir
from benchmarks.corpus import make_corpus

STAGE_LINE = re.compile(r"^\s+(?P<stage>[a-zA-Z][\w ]*?)\s+…\s*$")  # "  analysis    …": a stage starts


def _memory_mib(pid: int) -> dict[str, int]:
    """A process's Rss; its Pss, where a page shared with other processes (the shared libraries every process of the
    tree maps) counts as a share, so that the tree's Pss adds up to the memory it takes; and the pages it freed
    lazily (MADV_FREE), which count in both until the kernel needs them."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:])
        return {key: int(fields[key].split()[0]) // 1024 for key in ("Rss", "Pss", "LazyFree")}
    except (OSError, ValueError, KeyError):
        return {"Rss": 0, "Pss": 0, "LazyFree": 0}


def _tree(root: int) -> list[int]:
    """The process and all its descendants."""
    found, i = [root], 0
    while i < len(found):
        for task in Path(f"/proc/{found[i]}/task").glob("*/children"):
            try:
                found += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
        i += 1
    return found


def _name(pid: int, build_pid: int) -> str:
    if pid == build_pid:
        return "build"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    return "spawned" if "multiprocessing" in command else command.split()[0].rsplit("/", 1)[-1]


def measure(source: Path, workdir: Path, interval: float = 0.2) -> tuple[dict[str, dict], float, bool, list[str]]:
    """{stage: {"total": MiB, "build": MiB, "at_peak": {process: MiB}}}, the wall time, whether it succeeded and
    what the command printed."""
    shutil.rmtree(workdir, ignore_errors=True)
    (workdir / "dagster_home").mkdir(parents=True)
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", workdir / "dagster_home" / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(workdir / "dagster_home")}
    script = REPO / ".venv" / "bin" / "innovation-warehouse"
    started = time.perf_counter()
    proc = subprocess.Popen([str(script), "build", "--source", str(source), "--warehouse", str(workdir / "warehouse.duckdb")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=REPO)
    stage, peaks, done = "start-up", {}, threading.Event()

    def sample() -> None:
        while not done.wait(interval):
            memory = {pid: _memory_mib(pid) for pid in _tree(proc.pid)}
            sizes = {pid: m["Rss"] for pid, m in memory.items()}
            total, current = sum(sizes.values()), peaks.setdefault(stage, {"total": 0, "build": 0, "at_peak": {}})
            current["build"] = max(current["build"], sizes.get(proc.pid, 0))
            if total > current["total"]:
                labelled = [(f"{_name(pid, proc.pid)} {pid}", mib) for pid, mib in sizes.items() if mib >= 20]
                current.update(total=total, at_peak=dict(labelled),
                               pss=sum(m["Pss"] for m in memory.values()),
                               lazily_freed=sum(m["LazyFree"] for m in memory.values()))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = []
    for line in proc.stdout:
        output.append(line)
        if m := STAGE_LINE.match(line):
            stage = m["stage"]
    proc.wait()
    done.set()
    sampler.join()
    ok = proc.returncode == 0 and any("build succeeded" in x for x in output)
    return peaks, time.perf_counter() - started, ok, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()
    source = make_corpus(args.mb, corpus_dir(args.workdir, args.mb, args.seed), args.seed).path
    peaks, seconds, ok, output = measure(source, args.workdir / f"memory-{args.mb:g}mb")
    print(f"innovation-warehouse build, {args.mb:g} MB: {'succeeded' if ok else 'FAILED'} in {seconds:.1f} s; RSS sampled every 0.2 s\n")
    print("| stage | peak RSS, all processes | their Pss then | lazily freed then | build process | at that peak |\n"
          "|---|---:|---:|---:|---:|---|")
    for stage, peak in peaks.items():
        split = ", ".join(f"{name} {mib}" for name, mib in peak["at_peak"].items())
        print(f"| {stage} | {peak['total']:,} MiB | {peak.get('pss', 0):,} MiB | {peak.get('lazily_freed', 0):,} MiB "
              f"| {peak['build']:,} MiB | {split} |")
    if not ok:  # what went wrong, as the command said it
        print("\nthe build's last lines:\n" + "".join(output[-15:]))
    top = max(peaks.items(), key=lambda item: item[1]["total"])
    print(f"\npeak of the build: {top[1]['total']:,} MiB, in {top[0]}")


if __name__ == "__main__":
    main()

"""Soak and fault test: many builds in a row with files added, edited, renamed and removed at random between
them, random `kill -9` during builds, and a reader querying all along; the warehouse must end equal to a
clean build of the final folder, with no leaked processes or temporary files.

    python -m benchmarks.soak --builds 30 --kills 10        # the full run (≈ 10 minutes on the seeds)
    python -m benchmarks.soak --builds 3 --kills 1          # what tests/test_soak.py runs

Builds go through the `innovation-warehouse` command, as a person runs them. History tables differ from a
clean build by design (raw_documents keeps removed and superseded documents, document_sources every path,
source_scans every scan, build_state what was validated), so the comparison covers what readers count:
every mart and intermediate model, and the analysis tables restricted to documents that are current.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
# `python -m orchestration.cli` from this checkout (not the installed entry point), so a soak can run from a
# snapshot of the code while the working tree changes.
COMMAND = [sys.executable, "-m", "orchestration.cli"]
CURRENT = "document_id in (select document_id from raw_documents where status = 'current')"
CURRENT_ARTICLES = f"article_id in (select article_id from articles where {CURRENT})"
COMPARED = {  # table -> the rows readers count
    "articles": CURRENT, "facts": CURRENT_ARTICLES, "entities": CURRENT_ARTICLES, "region_mentions": CURRENT_ARTICLES,
    "sentences": CURRENT_ARTICLES, "tokens": CURRENT_ARTICLES, "article_topics": CURRENT_ARTICLES,
}
TEMPORARY_SUFFIXES = (".publishing", ".restoring", ".tmp", ".wal")


def digests(path: Path) -> dict[str, str]:
    """A content hash per compared table and per SQL model, ignoring time stamps (columns ending in _at)."""
    from orchestration.readonly import open_reader

    out = {}
    with open_reader(path) as con:  # the reader thread holds the file open with these settings
        models = [n for (n,) in con.execute(
            "select table_name from information_schema.tables where table_name similar to '(mart|int)_.*'").fetchall()]
        for table in [*COMPARED, *sorted(models)]:
            columns = [c for (c,) in con.execute("select column_name from information_schema.columns where table_name = ? "
                                                 "order by ordinal_position", [table]).fetchall() if not c.endswith("_at")]
            where = f"where {COMPARED[table]}" if table in COMPARED else ""
            select = ", ".join(f'"{c}"' for c in columns)
            out[table] = con.execute(f"select count(*) || ':' || coalesce(md5(string_agg(r, '|' order by r)), '') "
                                     f"from (select ({select})::varchar as r from \"{table}\" {where})").fetchall()[0][0]
    return out


def build(source: Path, warehouse: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([*COMMAND, "build", "--source", str(source), "--warehouse", str(warehouse)],
                          capture_output=True, text=True, env=env, timeout=900, cwd=REPO)


def leaked(warehouse: Path) -> list[str]:
    """Temporary files left beside the warehouse, and analysis workers still running."""
    left = [p.name for p in warehouse.parent.iterdir() if p.name.endswith(TEMPORARY_SUFFIXES)]
    # an orphan: an analysis worker whose build is gone (reparented to init); workers of builds still
    # running elsewhere on the machine are not this soak's leak
    workers = subprocess.run(["pgrep", "-P", "1", "-f", "multiprocessing.spawn"], capture_output=True, text=True).stdout.split()
    return left + [f"orphaned worker process {pid}" for pid in workers]


class Folder:
    """The source folder, changed at random: add, edit, rename, remove (never fewer than two files)."""

    def __init__(self, root: Path, rng: random.Random):
        self.root, self.rng = root, rng
        self.pool = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        root.mkdir(parents=True)
        for n, text in enumerate(self.pool[:3]):
            (root / f"doc{n:03d}.txt").write_text(text, encoding="utf-8")
        self.counter = 3

    def files(self) -> list[Path]:
        return sorted(self.root.iterdir())

    def change(self) -> str:
        files = self.files()
        action = self.rng.choice(["add", "edit", "rename", "remove"] if len(files) > 2 else ["add", "edit"])
        if action == "add":
            text = self.rng.choice(self.pool)
            if self.rng.random() < 0.5:  # a variant: a paragraph of another file appended
                text += "\n" + self.rng.choice(self.rng.choice(self.pool).splitlines()[5:40] or ["新增一段。"]) + "\n"
            (self.root / f"doc{self.counter:03d}.txt").write_text(text, encoding="utf-8")
            self.counter += 1
            return "add"
        target = self.rng.choice(files)
        if action == "edit":
            target.write_text(target.read_text(encoding="utf-8") + f"\n第{self.counter}次修改：新增科技企业{self.counter}家。\n",
                              encoding="utf-8")
            self.counter += 1
        elif action == "rename":
            target.rename(self.root / f"renamed{self.counter:03d}.txt")
            self.counter += 1
        else:
            target.unlink()
        return action


def reader_loop(warehouse: Path, stop: threading.Event, errors: list[str], queries: list[int]) -> None:
    """Query the published warehouse all along, as an analyst would: it must always answer."""
    from orchestration.readonly import WarehouseMissing, open_reader

    while not stop.is_set():
        try:
            with open_reader(warehouse) as con:
                con.execute("select count(*) from mart_region_indicators").fetchall()
            queries[0] += 1
        except WarehouseMissing:
            pass
        except duckdb.Error as error:
            errors.append(str(error))
        time.sleep(0.05)


def run(builds: int, kills: int, seed: int, root: Path) -> dict:
    shutil.rmtree(root, ignore_errors=True)
    rng = random.Random(seed)
    folder = Folder(root / "source", rng)
    warehouse = root / "data" / "warehouse.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(root / "dagster_home"), "INNOVATION_WORKERS": "1", "PYTHONPATH": str(REPO)}
    (root / "dagster_home").mkdir()
    stop, reader_errors, queries = threading.Event(), [], [0]
    reader = threading.Thread(target=reader_loop, args=(warehouse, stop, reader_errors, queries), daemon=True)
    reader.start()
    report = {"builds": 0, "failed_builds": [], "changes": {}, "kills": 0, "kill_rounds": 0, "kill_checks_equal": 0, "leaks": [],
              "reader_queries": 0, "reader_errors": reader_errors}
    kill_at = set(rng.sample(range(builds), min(kills, builds)))
    for n in range(builds):
        action = folder.change()
        report["changes"][action] = report["changes"].get(action, 0) + 1
        if n in kill_at:  # a build killed at a random moment, then a rebuild that must complete it
            process = subprocess.Popen([*COMMAND, "build", "--source", str(folder.root), "--warehouse", str(warehouse)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
                                       cwd=REPO)
            time.sleep(rng.uniform(1.0, 9.0))
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                report["kills"] += 1
            process.wait()
        result = build(folder.root, warehouse, env)
        report["builds"] += 1
        if result.returncode != 0:
            report["failed_builds"].append({"build": n, "output": (result.stdout + result.stderr)[-2000:]})
        report["leaks"] += [f"after build {n}: {item}" for item in leaked(warehouse)]
        if n in kill_at:
            report["kill_rounds"] += 1
            clean = root / f"clean{n}" / "warehouse.duckdb"
            build(folder.root, clean, env)
            report["kill_checks_equal"] += digests(clean) == digests(warehouse)
            shutil.rmtree(clean.parent)
    stop.set()
    reader.join()
    clean = root / "clean" / "warehouse.duckdb"
    build(folder.root, clean, env)
    final, expected = digests(warehouse), digests(clean)
    report.update({
        "files_at_end": len(folder.files()), "reader_queries": queries[0],
        "final_equals_clean_build": final == expected,
        "tables_differing": sorted(t for t in expected if final.get(t) != expected[t]),
        "tables_compared": len(expected),
        "warehouse_bytes": warehouse.stat().st_size, "clean_build_bytes": clean.stat().st_size,
        "published_files": sorted(p.name for p in warehouse.parent.iterdir()),
    })
    return report


def passed(report: dict) -> bool:
    return (report["final_equals_clean_build"] and not report["failed_builds"] and not report["leaks"]
            and not report["reader_errors"] and report["kill_checks_equal"] == report["kill_rounds"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--builds", type=int, default=30)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", default="/tmp/iw-soak")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    report = run(args.builds, args.kills, args.seed, Path(args.root))
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    ok = passed(report)
    print(f"\n{'PASS' if ok else 'FAIL'}: {report['builds']} builds, {report['kills']} kill -9 in {report['kill_rounds']} "
          f"rounds, {report['kill_checks_equal']} rebuilds equal to a clean build, final equal: "
          f"{report['final_equals_clean_build']} ({report['tables_compared']} tables compared, differing: "
          f"{report['tables_differing'] or 'none'}), {report['reader_queries']} reader queries, "
          f"{len(report['reader_errors'])} reader errors, leaks: {report['leaks'] or 'none'}")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()

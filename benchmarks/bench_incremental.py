"""Incremental rebuilds after a full build: (a) one new ~20 KB file, (b) one file edited, (c) nothing changed.

Works on a copy of the corpus (the benchmark edits it) and, when given, a copy of an already built
warehouse (so run_all does not pay a second full build). Each rebuild is the full `build` (every
asset and check): only the analysis is incremental, staging rescans the folder and the SQL models
and checks run again. Verifies that (a) and (b) analysed exactly 1 document and (c) none, from the
`articles` materialization's `documents_analysed` and from processed_documents.processed_at.

    python -m benchmarks.bench_incremental --mb 50 [--warehouse BUILT.duckdb --full-build-seconds S]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, REPO, build, connect_read_only, copy_warehouse, corpus_dir, print_build, remove_warehouse, snapshot_code
from benchmarks.corpus import CorpusInfo, extra_text, make_corpus


def processed_since(warehouse: Path, started_at) -> int:
    with connect_read_only(warehouse) as con:
        return con.execute("SELECT count(*) FROM processed_documents WHERE processed_at >= ?", [started_at]).fetchall()[0][0]


def _edit_one_file(source: Path, seed: int) -> Path:
    """Append a paragraph (from another story) to a UTF-8 file in the middle of the corpus."""
    files = sorted(source.glob("xwlb_*.txt"))
    target = next(p for p in files[len(files) // 2:] + files if _is_utf8(p))
    text = target.read_text(encoding="utf-8")
    paragraph = next(p for p in extra_text(2_000, seed + 1).split("\n\n")[1:] if len(p) > 50)
    target.write_text(text.rstrip("\n") + "\n\n" + paragraph.strip() + "\n", encoding="utf-8")
    return target


def _is_utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _cli_build(source: Path, warehouse: Path, code: Path | None, home: Path) -> float:
    """Wall seconds of `innovation-warehouse build` in a new process, start-up included (the command an analyst types)."""
    env = {**os.environ, "DAGSTER_HOME": str(home), "PYTHONPATH": str(code or REPO)}
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "orchestration.cli", "build", "--source", str(source), "--warehouse", str(warehouse)],
                         cwd=code or REPO, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if out.returncode != 0:
        raise RuntimeError(f"innovation-warehouse build failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return seconds


def run_cli(source: Path, warehouse: Path, code: Path | None, seed: int) -> dict:
    """Through the command line, on the warehouse the rebuilds above left: (d) one more new file, (e) nothing changed."""
    home = warehouse.parent / "dagster_home"
    home.mkdir(exist_ok=True)
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    (source / "xwlb_new_cli_20kb.txt").write_text(extra_text(20_000, seed + 1), encoding="utf-8")
    new_file = _cli_build(source, warehouse, code, home)
    unchanged = _cli_build(source, warehouse, code, home)
    print(f"(d) through the command line, one more new file: {new_file:.1f} s (start-up included)")
    print(f"(e) through the command line, nothing changed: {unchanged:.1f} s (start-up included)")
    return {"d_cli_new_file": new_file, "e_cli_unchanged": unchanged}


def run(corpus: CorpusInfo, workdir: Path, base_warehouse: Path | None = None, full_seconds: float | None = None,
        code: Path | None = None) -> dict:
    """Run the three rebuilds; print each with its ratio to the full build; return the figures."""
    print(f"\n## incremental rebuilds on {corpus.mb:.1f} MB ({corpus.n_files:,} files)")
    root = workdir / f"incremental-{corpus.target_mb:g}mb"
    source, warehouse = root / "source", root / "warehouse.duckdb"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(corpus.path, source)
    if base_warehouse:
        copy_warehouse(base_warehouse, warehouse)
        print(f"starting from a copy of {base_warehouse} (full build: {full_seconds or float('nan'):.1f} s)")
    else:
        remove_warehouse(warehouse)
        full = build(source, warehouse, code=code)
        print_build("full build", full)
        full_seconds = full["seconds"]

    results = {}
    steps = {
        "a_new_file": lambda: (source / "xwlb_new_20kb.txt").write_text(extra_text(20_000, corpus.seed), encoding="utf-8"),
        "b_edited_file": lambda: _edit_one_file(source, corpus.seed),
        "c_unchanged": lambda: None,
    }
    expected = {"a_new_file": 1, "b_edited_file": 1, "c_unchanged": 0}
    for name, change in steps.items():
        changed = change()
        run_ = build(source, warehouse, code=code)
        analysed_now = processed_since(warehouse, run_["started_at"])
        # None: the analysis step was skipped because nothing changed since the last published build
        reported = 0 if run_["documents_analysed"] is None else run_["documents_analysed"]
        ok = reported == analysed_now == expected[name]
        print_build(f"({name[0]}) {name[2:].replace('_', ' ')}{' ' + Path(changed).name if isinstance(changed, Path) else ''}", run_, full_seconds)
        shown = "skipped" if run_["documents_analysed"] is None else run_["documents_analysed"]
        print(f"    documents analysed: {shown} (articles metadata), {analysed_now} (processed_documents) "
              f"— expected {expected[name]}: {'OK' if ok else 'MISMATCH'} (analysis_version {run_['analysis_version']})")
        results[name] = {**run_, "ratio": run_["seconds"] / full_seconds if full_seconds else None, "verified": ok}
    return {"full_seconds": full_seconds, **results, **run_cli(source, warehouse, code, corpus.seed)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--warehouse", type=Path, help="a warehouse already built from the same corpus (it is copied, not changed)")
    parser.add_argument("--full-build-seconds", type=float, help="its full build time, for the ratios")
    parser.add_argument("--live-code", action="store_true", help="import the pipeline from the repository, not a snapshot")
    args = parser.parse_args(argv)
    corpus = make_corpus(args.mb, corpus_dir(args.workdir, args.mb, args.seed), args.seed)
    run(corpus, args.workdir, args.warehouse, args.full_build_seconds, None if args.live_code else snapshot_code(args.workdir))


if __name__ == "__main__":
    main()

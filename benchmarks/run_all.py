"""Every benchmark on one corpus: full build (+ jieba baseline), SQL models only, incremental rebuilds.

One corpus and one full build are shared: the SQL-model rebuild runs on the built warehouse and
the incremental benchmark starts from a copy of it. Ends with a markdown summary table.

    python -m benchmarks.run_all [--mb 50 | --mb 200] [--workdir /tmp/iw-bench] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from benchmarks import bench_build, bench_incremental, bench_marts
from benchmarks.common import DEFAULT_WORKDIR, corpus_dir, machine, snapshot_code
from benchmarks.corpus import make_corpus


def _ratio(x: float | None) -> str:
    return f"{x:.3f}" if x is not None else ""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50; 200 repeats stories)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help="corpora and warehouses go here, never into the repository")
    parser.add_argument("--live-code", action="store_true", help="import the pipeline from the repository, not a snapshot")
    args = parser.parse_args(argv)

    host = machine()
    print("# innovation-warehouse benchmarks\n" + "\n".join(f"{k}: {v}" for k, v in host.items()))
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    t0 = time.perf_counter()
    corpus = make_corpus(args.mb, corpus_dir(args.workdir, args.mb, args.seed), args.seed)
    print(f"corpus: {corpus.path}: {corpus.n_files:,} files, {corpus.mb:.1f} MB, {corpus.n_gbk_files} GB18030, "
          f"{corpus.n_stories:,} stories, {corpus.n_passes} pass(es) ({time.perf_counter() - t0:.1f} s to make or reuse)")

    code = None if args.live_code else snapshot_code(args.workdir)
    print(f"pipeline code: {code or 'the repository (live)'}")
    warehouse = args.workdir / f"warehouse-{args.mb:g}mb.duckdb"
    full = bench_build.run(corpus, warehouse, code)
    marts = bench_marts.run(corpus.path, warehouse, full["seconds"], code)
    incremental = bench_incremental.run(corpus, args.workdir, warehouse, full["seconds"], code)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())

    rows = full["rows"]
    table = [
        ("machine", f"{host['cpu']}, {host['ram']} RAM, Python {host['python']}, workers {host['workers']}", ""),
        ("date", host["date"], f"load average at end {load}"),
        ("corpus", f"{corpus.mb:.1f} MB, {corpus.n_files:,} files ({corpus.n_gbk_files} GB18030), seed {corpus.seed}", ""),
        ("full build", f"{full['seconds']:.1f} s", f"{full['corpus_mb'] / full['seconds']:.2f} MB/s"),
        ("jieba.lcut, all cores (same text)", f"{full['jieba_seconds']:.1f} s", f"{full['corpus_mb'] / full['jieba_seconds']:.2f} MB/s"),
        ("rjieba.Jieba().cut, all cores (same text)", f"{full['rjieba_seconds']:.1f} s", f"{full['corpus_mb'] / full['rjieba_seconds']:.2f} MB/s"),
        ("**build / jieba**", f"**{full['ratio']:.2f}×**", "target ≤ 1.0× (issue 15)"),
        ("build / rjieba", f"{full['rjieba_ratio']:.1f}×", "the floor: rjieba alone"),
        ("peak RSS build process (RUSAGE_SELF)", f"{full['maxrss_self_mb']:,.0f} MiB", ""),
        ("peak RSS children (RUSAGE_CHILDREN)", f"{full['maxrss_children_mb']:,.0f} MiB", "max over children; includes parent RSS at fork"),
        ("peak RSS build + workers (sampled /proc)", f"{full['sampled_peak_total_mb']:,.0f} MiB",
         f"largest worker's own VmHWM {full['sampled_worker_hwm_mb']:,.0f} MiB"),
        ("rows", ", ".join(f"{t} {rows[t]:,}" for t in ("articles", "sentences", "tokens", "region_mentions", "facts") if t in rows), ""),
        ("SQL models only", f"{marts['seconds']:.1f} s", f"{_ratio(marts['ratio'])} × full"),
    ]
    for key, label in (("a_new_file", "(a) +1 new 20 KB file"), ("b_edited_file", "(b) 1 file edited"), ("c_unchanged", "(c) nothing changed")):
        r = incremental[key]
        table.append((label, f"{r['seconds']:.1f} s", f"{_ratio(r['ratio'])} × full; analysed {r['documents_analysed']} "
                      f"({'verified' if r['verified'] else 'NOT as expected'})"))
    table.append(("(d) +1 new 20 KB file, `innovation-warehouse build`", f"{incremental['d_cli_new_file']:.1f} s", "start-up included; target ≤ 8 s"))
    table.append(("(e) nothing changed, `innovation-warehouse build`", f"{incremental['e_cli_unchanged']:.1f} s", "start-up included; target ≤ 3 s"))
    print("\n## summary\n\n| measure | value | note |\n|---|---|---|")
    for measure, value, note in table:
        print(f"| {measure} | {value} | {note} |")
    print(f"\n(total benchmark time {time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()

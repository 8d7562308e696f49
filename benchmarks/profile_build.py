"""Profile a whole build with py-spy (build process and analysis workers) and print time per pipeline stage.

    .venv/bin/python -m benchmarks.profile_build --mb 50

runs `py-spy record --subprocesses --format raw` around `innovation-warehouse build` on the benchmark corpus
into a fresh warehouse under the work folder, then attributes every sample to the innermost stage it was in
(the STAGES table: a function name per stage) and prints samples and shares per stage, separately for the
build process and the workers. py-spy samples wall-clock stacks without instrumenting the code, so the
build runs at close to its normal speed; py-spy leaves out threads that are waiting (a worker between
tasks, the build process waiting for results).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, REPO, corpus_dir, remove_warehouse
from benchmarks.corpus import make_corpus

# (stage, function, file it is defined in): a sample belongs to the innermost frame that marks a stage.
STAGES = (
    ("segmentation (rjieba)", "tokens", "transforms/segment.py"),
    ("facts", "extract_facts", "transforms/facts/extract.py"),
    ("sentences", "split_sentences", "transforms/facts/model.py"),
    ("entities", "extract_entities", "transforms/entities.py"),
    ("region mentions", "find_region_mentions", "transforms/regions/mentions.py"),
    ("fact regions", "article_fact_regions", "transforms/regions/attribution.py"),
    ("article region", "primary_region", "transforms/regions/attribution.py"),
    ("relevance", "relevance", "transforms/relevance.py"),
    ("canonical names", "canonical_names", "transforms/entity_names.py"),
    ("topics", "article_topics", "transforms/topics.py"),
    ("keywords", "keywords_from_tokens", "transforms/topics.py"),
    ("splitting articles", "split_articles", "transforms/articles.py"),
    ("rows to frames", "frames", "transforms/pipeline.py"),
    ("other per-article work", "_analyse_article", "transforms/pipeline.py"),
    ("other per-document work", "analyse_document", "transforms/pipeline.py"),
    ("worker start-up (dictionary, gazetteer)", "_init_worker", "orchestration/parallel.py"),
    ("staging (read, decode, simplify, load)", "stage_documents", "orchestration/ingest.py"),
    ("writing analysis rows", "_write_batch", "orchestration/analysis.py"),
    ("analysis step, parent side", "analyse_documents", "orchestration/analysis.py"),
    ("Great Expectations checks", "_check", "orchestration/checks.py"),
    ("SQL models", "sql_models", "orchestration/sql_models.py"),
    ("publish", "publish_warehouse", "orchestration/publish.py"),
)


def stage_of(stack: list[str]) -> str | None:
    """The stage of the innermost frame that marks one, else None."""
    for frame in reversed(stack):
        name = frame.split(" (", 1)[0]  # py-spy writes qualified names: Segmenter.tokens (transforms/segment.py:41)
        for stage, function, file in STAGES:
            if (name == function or name.endswith("." + function)) and file in frame:
                return stage
    return None


def summarise(folded: Path) -> dict[str, Counter]:
    """{'build process' | 'workers': Counter(stage -> samples)} from py-spy's raw (folded) output."""
    lines = folded.read_text(encoding="utf-8", errors="replace").splitlines()
    out = {"build process": Counter(), "workers": Counter()}
    for line in lines:
        stack_text, _, count = line.rpartition(" ")
        frames = stack_text.split(";")
        # with --subprocesses a stack starts with "process <pid>:…" frames, one per level: a worker has two
        who = "workers" if len(frames) > 1 and frames[1].startswith("process ") else "build process"
        out[who][stage_of(frames) or "(other: Dagster, imports, DuckDB calls)"] += int(count)
    return out


def print_summary(summary: dict[str, Counter], rate: int) -> None:
    for who, counts in summary.items():
        busy = sum(counts.values())
        print(f"\n{who}: {busy / rate:.1f} s on CPU, summed over processes (samples at {rate} Hz; idle time is not sampled)")
        for stage, n in counts.most_common():
            print(f"  {stage:<45} {n / rate:8.1f} s  {n / max(busy, 1):6.1%}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--rate", type=int, default=50, help="samples per second per process (default 50)")
    parser.add_argument("--folded", type=Path, help="summarise this existing py-spy raw file instead of building")
    args = parser.parse_args(argv)
    folded = args.folded or args.workdir / f"build-{args.mb:g}mb.pyspy.txt"
    if args.folded is None:
        source = corpus_dir(args.workdir, args.mb, 0)
        make_corpus(args.mb, source, 0)
        warehouse = args.workdir / f"profile-{args.mb:g}mb.duckdb"
        remove_warehouse(warehouse)
        py_spy = Path(sys.executable).with_name("py-spy")
        command = [str(py_spy), "record", "--subprocesses", "--format", "raw", "--rate", str(args.rate), "--output", str(folded),
                   "--", str(Path(sys.executable).with_name("innovation-warehouse")), "build", "--source", str(source), "--warehouse", str(warehouse)]
        print(" ".join(command), flush=True)
        subprocess.run(command, check=True, cwd=REPO, env=os.environ)
    print_summary(summarise(folded), args.rate)


if __name__ == "__main__":
    main()

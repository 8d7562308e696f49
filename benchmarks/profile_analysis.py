"""Where the per-document analysis spends its time, against bare `jieba.lcut` on the same text.

Runs `analyse_document` in this process over the first `--mb` of a benchmark corpus, under pyinstrument
(a statistical profiler), and prints the call tree; then times warm `jieba.lcut` on the same texts in the
same process. The ratio analysis / jieba is the per-core cost of everything that is not segmentation.

    .venv/bin/python -m benchmarks.profile_analysis --mb 2
    .venv/bin/python -m benchmarks.profile_analysis --mb 2 --html /tmp/iw-bench/profile.html

For the whole build (Dagster, staging, loading, checks, marts and the worker pool) see
`benchmarks.profile_build` (py-spy).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.common import DEFAULT_WORKDIR, corpus_dir
from benchmarks.corpus import make_corpus
from transforms.pipeline import analyse_document, build_analyser
from transforms.staging import RejectedFile, decode_document


def sample_texts(folder: Path, mb: float) -> list[tuple[str, str]]:
    """(file name, decoded text) of the corpus files in name order until `mb` MB of bytes are read."""
    out, size = [], 0
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        try:
            out.append((path.name, decode_document(data).text))
        except RejectedFile:  # the corpus holds a few files the build rejects on purpose
            continue
        size += len(data)
        if size >= mb * 1e6:
            break
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2.0, help="MB of corpus text to analyse (default 2)")
    parser.add_argument("--corpus-mb", type=float, default=50.0, help="which benchmark corpus to read from")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--html", type=Path, help="also write pyinstrument's HTML report here")
    args = parser.parse_args(argv)

    from pyinstrument import Profiler

    folder = corpus_dir(args.workdir, args.corpus_mb, 0)
    make_corpus(args.corpus_mb, folder, 0)
    texts = sample_texts(folder, args.mb)
    n_chars = sum(len(t) for _, t in texts)
    t0 = time.perf_counter()
    analyser = build_analyser()
    print(f"analyser built in {time.perf_counter() - t0:.1f} s; {len(texts)} files, {n_chars / 1e6:.2f} M chars")

    analyse_document(*texts[0], analyser)  # warm caches (regexes, cn2an) outside the measurement
    profiler = Profiler(interval=0.001)
    profiler.start()
    t0 = time.perf_counter()
    for name, text in texts:
        analyse_document(name, text, analyser).frames()
    analysis_s = time.perf_counter() - t0
    profiler.stop()

    import jieba
    jieba.initialize()
    t0 = time.perf_counter()
    for _, text in texts:
        jieba.lcut(text)
    jieba_s = time.perf_counter() - t0

    print(profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total"))
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")
        print(f"HTML report: {args.html}")
    print(f"analysis {analysis_s:.1f} s ({n_chars / analysis_s / 1e3:.0f} k chars/s), "
          f"jieba.lcut {jieba_s:.1f} s ({n_chars / jieba_s / 1e3:.0f} k chars/s): analysis / jieba = {analysis_s / jieba_s:.2f}×")


if __name__ == "__main__":
    main()

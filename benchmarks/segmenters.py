"""Would a faster jieba-compatible segmenter do? Speed, set-up time and agreement with jieba.

Segmentation is the slowest stage of the build (see `profile_build`). This loads the pipeline's own
dictionary (jieba's, the user dictionary, every place name and entity word) into jieba and into each
candidate that offers jieba's `Tokenizer` API, segments the same corpus texts with `tokenize` (tokens
with offsets, as the pipeline does), and prints the time, MB/s and how many documents come out with
different tokens. None of the candidates is a dependency: install one into the venv to measure it.

    .venv/bin/pip install jieba-fast-dat
    .venv/bin/python -m benchmarks.segmenters --mb 4 --candidates jieba_fast_dat
"""

from __future__ import annotations

import argparse
import importlib
import logging
import time

from benchmarks.common import DEFAULT_WORKDIR, corpus_dir
from benchmarks.corpus import make_corpus
from benchmarks.profile_analysis import sample_texts
from transforms.pipeline import segmenter_words
from transforms.regions import build_regions, load_adcodes
from transforms.segment import USER_DICT, read_user_dict


def pipeline_words() -> list[tuple[str, int | None, str | None]]:
    """(word, freq, tag) as build_analyser adds them: the user dictionary, then place names and entity words."""
    extra = segmenter_words(build_regions(load_adcodes()))
    return [*read_user_dict(USER_DICT.read_text(encoding="utf-8")), *((word, None, tag) for word, tag in extra)]


def loaded_tokenizer(module, words) -> tuple[object, float]:
    """A private Tokenizer of `module` with `words` added, and the seconds that took."""
    started = time.perf_counter()
    tokenizer = module.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in words:
        tokenizer.add_word(word, freq=freq, tag=tag)
    return tokenizer, time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=4, help="MB of corpus text to segment (default 4)")
    parser.add_argument("--candidates", default="jieba_fast_dat", help="comma-separated module names with jieba's Tokenizer API")
    args = parser.parse_args(argv)
    texts = [text for _, text in sample_texts(make_corpus(50, corpus_dir(DEFAULT_WORKDIR, 50, 0), 0).path, args.mb)]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    words = pipeline_words()
    logging.getLogger("jieba").setLevel(logging.WARNING)
    reference = None
    for name in ["jieba", *filter(None, args.candidates.split(","))]:
        try:
            module = importlib.import_module(name)
        except ImportError:
            print(f"{name:16} not installed")
            continue
        tokenizer, setup = loaded_tokenizer(module, words)
        started = time.perf_counter()
        tokens = [list(tokenizer.tokenize(text)) for text in texts]
        seconds = time.perf_counter() - started
        if reference is None:
            reference, agreement = tokens, "the reference"
        else:
            differing = sum(a != b for a, b in zip(reference, tokens))
            same = sum(len(set(a) & set(b)) for a, b in zip(reference, tokens)) / sum(map(len, reference))
            agreement = f"{differing:,} of {len(texts):,} documents segmented differently; {same:.1%} of jieba's tokens (with offsets) reproduced"
        print(f"{name:16} set-up {setup:6.1f} s   {seconds:6.2f} s for {mb:.1f} MB = {mb / seconds:5.2f} MB/s (one core)   {agreement}")


if __name__ == "__main__":
    main()

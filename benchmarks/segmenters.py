"""Segmenters against jieba: speed, set-up time and agreement with jieba.

The pipeline segments with rjieba (jieba-rs); jieba is the reference it replaced. This loads the
pipeline's own dictionary (jieba's, the user dictionary, every place name and entity word) into jieba,
into rjieba (`rjieba.Jieba`, `add_word(word, freq, tag)`) and into each other candidate that offers
jieba's `Tokenizer` API, segments the same corpus texts with `tokenize` (tokens with offsets, as the
pipeline does), and prints the time, MB/s, how many documents come out with different tokens, and the
F1 of token boundaries (start and end offsets) against jieba's. Candidates other than rjieba are not
dependencies: install one into the venv to measure it.

    .venv/bin/python -m benchmarks.segmenters --mb 2                      # jieba and rjieba
    .venv/bin/pip install jieba-fast-dat
    .venv/bin/python -m benchmarks.segmenters --mb 4 --candidates rjieba,jieba_fast_dat
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
    """A private segmenter of `module` with `words` added (something with `tokenize(text)`), and the seconds that took."""
    started = time.perf_counter()
    if hasattr(module, "Jieba"):  # rjieba: the dictionary is compiled in; add_word takes positional arguments
        tokenizer = module.Jieba()
        for word, freq, tag in words:
            tokenizer.add_word(word, freq, tag)
    else:  # jieba's Tokenizer API
        tokenizer = module.Tokenizer()
        tokenizer.initialize()
        for word, freq, tag in words:
            tokenizer.add_word(word, freq=freq, tag=tag)
    return tokenizer, time.perf_counter() - started


def boundary_f1(reference: list[list[tuple]], tokens: list[list[tuple]]) -> float:
    """F1 of the token boundaries (the set of start and end offsets per document) against the reference's."""
    hits = n_ref = n_got = 0
    for a, b in zip(reference, tokens):
        ref = {s for _, s, _ in a} | {e for _, _, e in a}
        got = {s for _, s, _ in b} | {e for _, _, e in b}
        hits, n_ref, n_got = hits + len(ref & got), n_ref + len(ref), n_got + len(got)
    precision, recall = hits / max(n_got, 1), hits / max(n_ref, 1)
    return 2 * precision * recall / max(precision + recall, 1e-12)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=4, help="MB of corpus text to segment (default 4)")
    parser.add_argument("--candidates", default="rjieba", help="comma-separated module names: rjieba, or modules with jieba's Tokenizer API")
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
        tokens = [[tuple(t) for t in tokenizer.tokenize(text)] for text in texts]
        seconds = time.perf_counter() - started
        if reference is None:
            reference, agreement = tokens, "the reference"
        else:
            differing = sum(a != b for a, b in zip(reference, tokens))
            same = sum(len(set(a) & set(b)) for a, b in zip(reference, tokens)) / sum(map(len, reference))
            agreement = (f"{differing:,} of {len(texts):,} documents segmented differently; {same:.2%} of jieba's tokens (with offsets) "
                         f"reproduced; boundary F1 {boundary_f1(reference, tokens):.4f}")
        print(f"{name:16} set-up {setup:6.1f} s   {seconds:6.2f} s for {mb:.1f} MB = {mb / seconds:5.2f} MB/s (one core)   {agreement}")


if __name__ == "__main__":
    main()

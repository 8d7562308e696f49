"""The segmenter comparison loads exactly the pipeline's dictionary, so its agreement figures mean something."""

import rjieba

from benchmarks.segmenters import loaded_tokenizer, pipeline_words
from tests.conftest import seed_text
from transforms.pipeline import build_analyser


def test_the_benchmark_tokenizer_segments_a_seed_page_exactly_as_the_pipeline_does():
    text = seed_text("002")
    tokenizer, _ = loaded_tokenizer(rjieba, pipeline_words())
    benchmark = [t for t in tokenizer.tokenize(text) if not t[0].isspace()]
    assert benchmark == build_analyser().segmenter.tokens(text)
    assert len(benchmark) > 1000

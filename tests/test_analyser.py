"""The analyser is built whole: a worker started ahead of the analysis builds nothing inside its first document."""

from transforms import entities, facts, topics
from transforms.regions import mentions as regions
from transforms.lexicons import jieba_idf
from transforms.pipeline import build_analyser

# Tables the extractors build on first use (functools caches), one per extractor.
BUILT_ON_FIRST_USE = (jieba_idf, topics._keyword_regex, facts._fact_re, entities._type_regex, regions._abbrev_table)


def test_tables_built_on_first_use_are_built_with_the_analyser():
    for table in BUILT_ON_FIRST_USE:
        table.cache_clear()
    build_analyser()
    assert {table.__name__: table.cache_info().currsize for table in BUILT_ON_FIRST_USE} == {table.__name__: 1 for table in BUILT_ON_FIRST_USE}

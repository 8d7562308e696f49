"""Numeric facts of Chinese S&T news: sentences → numbers → facts with subject, indicator, status, period and kind.

Pure Python (no dagster/duckdb). Pipeline: ``split_sentences(body)`` → ``extract_article_facts(body, sentences)``
(or ``extract_facts(sentence)`` for one) → ``Fact`` rows whose ``mention`` can always be found again at
``body[char_start:char_end]``. Matching runs on a half-width copy of the text (same length, so offsets stay valid).

One module per rule family, each a table of named rules over the lexicons in ``transforms/lexicons/``:

- ``model``: the Sentence and Fact rows, sentence and clause splitting;
- ``tables``: units, indicator classes and keywords as read from the lexicons;
- ``numbers``: the number grammar (numerals, magnitudes, ranges, signs, qualifiers, measure words, masks);
- ``periods``: the period a value refers to and its year;
- ``subjects``: the thing a number counts or measures, and the clauses around it;
- ``indicators``: the indicator class, from the counted noun, its unit and verb;
- ``status``: actual, target, forecast or plan;
- ``extract``: the facts of one sentence; ``lists``: values told with 分别; ``article``: the facts of an article.
"""

from transforms.facts.article import drop_restated_headings, extract_article_facts, table_cells
from transforms.facts.extract import extract_facts
from transforms.facts.indicators import classify
from transforms.facts.model import Fact, Sentence, split_sentences
from transforms.facts.numbers import parse_number
from transforms.facts.periods import PERIOD_RE, period_year
from transforms.facts.tables import counted_in, indicator_classes, measured_in

__all__ = ["PERIOD_RE", "Fact", "Sentence", "classify", "counted_in", "drop_restated_headings", "extract_article_facts",
           "extract_facts", "indicator_classes", "measured_in", "parse_number", "period_year", "split_sentences", "table_cells"]

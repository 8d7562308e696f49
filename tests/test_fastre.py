"""The lookahead-accelerated patterns find exactly what their plain forms find, on every seed document."""

from __future__ import annotations

import pathlib
import re

import pytest

from transforms import entities, topics
from transforms.facts import model as fact_model
from transforms.facts import numbers as fact_numbers
from transforms.facts import periods as fact_periods
from transforms.fastre import PLAIN, literal_first_chars, starting_with
from transforms.staging import decode_document

SEEDS = sorted((pathlib.Path(__file__).parents[1] / "seeds").glob("*.txt"))
# build every cached pattern so that PLAIN holds them all
ACCELERATED = [topics._keyword_regex(), fact_numbers._fact_re(), fact_numbers._MASK_RE, fact_periods.PERIOD_RE,
               entities._type_regex(), entities._boundary_regex()]


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    texts = [decode_document(p.read_bytes()).text for p in SEEDS]
    return texts + [t.translate(fact_model._HALF_WIDTH) for t in texts]  # facts scan half-width text


@pytest.mark.parametrize("pattern", ACCELERATED, ids=lambda p: PLAIN[p][:30])
def test_accelerated_pattern_matches_like_the_plain_one(pattern, seed_texts):
    plain = re.compile(PLAIN[pattern])
    found = [(m.span(), m.lastgroup) for text in seed_texts for m in pattern.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for text in seed_texts for m in plain.finditer(text)]
    assert len(found) > 5  # the seeds exercise every pattern


def test_a_missing_first_character_loses_matches():
    # the guard the test above relies on: a wrong first-character set changes the result
    assert starting_with("创", "创新联合体|实验室").findall("浙江创新联合体和实验室") == ["创新联合体"]


@pytest.mark.parametrize("pattern, firsts", [("科技部|教育部", "教科"), ("(?:工业和信息化部|财政部)(?!门)|国务院", "国工财")])
def test_literal_first_chars(pattern, firsts):
    assert literal_first_chars(pattern) == "".join(sorted(firsts))


def test_literal_first_chars_refuses_a_pattern_it_cannot_read():
    with pytest.raises(ValueError):
        literal_first_chars("[省市]实验室")

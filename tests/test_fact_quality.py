"""Fact extraction quality against the hand-made gold list tests/cases/gold_facts.json.

The gold list was written by reading the five seeds, before looking at the extractor's output: every
count, amount of money, percentage, quantity with a unit and rank an analyst of regional innovation would
want (no dates, ordinals, model numbers, numbers inside names, page furniture, nor 004's portal headline
list). Matching rules and the report live in benchmarks/fact_quality.py (`python -m benchmarks.fact_quality`
prints the per-file table, misses and false positives).
"""

from __future__ import annotations

import json
import re

import pytest

from benchmarks import fact_quality as fq
from transforms.cleaning import normalize_text

# Regression floors = measured − 0.05, rounded down to 2 decimals.
# Measured 2026-11-23 on the five seeds: 175 gold, 143 extracted, 142 matched,
# precision 0.993 (142/143), recall 0.811 (142/175), region accuracy 0.74, subject agreement 0.82.
# Region accuracy 0.85 after facts took the region of their clause's subject (same day).
# Subject agreement 0.86 after a change (同比增长12%) took the subject of the fact before it (same day).
PRECISION_FLOOR = 0.94
RECALL_FLOOR = 0.76
REGION_ACCURACY_FLOOR = 0.80
SUBJECT_AGREEMENT_FLOOR = 0.81

REQUIRED_KEYS = {"file", "quote", "value", "unit", "subject", "region_code", "note"}


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return fq.load_gold()


@pytest.fixture(scope="module")
def analyser():
    from transforms.pipeline import build_analyser

    return build_analyser()


@pytest.fixture(scope="module")
def scores(gold, analyser) -> list[fq.FileScore]:
    return fq.score(gold, fq.extract(fq.seed_files(gold), analyser))


def test_gold_file_is_a_list_of_fact_objects(gold):
    assert isinstance(gold, list) and len(gold) >= 100
    for row in gold:
        assert REQUIRED_KEYS <= set(row), row
        assert isinstance(row["value"], (int, float)) and not isinstance(row["value"], bool), row
        assert row["value"] >= 0, row
        assert isinstance(row["unit"], str) and row["unit"].strip(), row
        assert isinstance(row["subject"], str) and row["subject"].strip(), row
        assert row["region_code"] is None or re.fullmatch(r"\d{6}", row["region_code"]), row


def test_gold_covers_every_seed(gold):
    assert {row["file"] for row in gold} == {p.name for p in fq.SEEDS.glob("*.txt")}


def test_every_gold_quote_occurs_in_its_seed_after_normalisation(gold):
    texts = {}
    for row in gold:
        path = fq.SEEDS / row["file"]
        assert path.exists(), row
        if row["file"] not in texts:
            texts[row["file"]] = normalize_text(path.read_text(encoding="utf-8"))
        quote = normalize_text(row["quote"])
        assert 0 < len(row["quote"]) <= 20, row
        assert quote in texts[row["file"]], row


def test_gold_file_is_valid_json_utf8():
    json.loads(fq.GOLD.read_text(encoding="utf-8"))


def test_precision_floor(scores):
    t = fq.totals(scores)
    assert t["precision"] >= PRECISION_FLOOR, f"precision {t['precision']:.3f} < {PRECISION_FLOOR}\n{fq.table(scores)}"


def test_recall_floor(scores):
    t = fq.totals(scores)
    assert t["recall"] >= RECALL_FLOOR, f"recall {t['recall']:.3f} < {RECALL_FLOOR}\n{fq.table(scores)}"


def test_region_accuracy_floor(scores):
    t = fq.totals(scores)
    assert t["region_accuracy"] >= REGION_ACCURACY_FLOOR, f"region accuracy {t['region_accuracy']:.3f}\n{fq.table(scores)}"


def test_subject_agreement_floor(scores):
    t = fq.totals(scores)
    assert t["subject_agreement"] >= SUBJECT_AGREEMENT_FLOOR, f"subject agreement {t['subject_agreement']:.3f}\n{fq.table(scores)}"


def test_matching_is_one_to_one(scores):
    for s in scores:
        assert len(set(s.pairs.values())) == len(s.pairs)
        for gi, fi in s.pairs.items():
            assert fq.compatible(s.facts[fi], s.gold[gi])

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


# ---------------------------------------------------------------- the corpus gold set (real CCTV stories)
# Floors on the TEST part (never tuned on) = measured - 0.03, rounded down. The gold grew on 2026-12-06 by 48
# stories (batches 7-10, 542 facts after a second reader's review, annotated before that day's rules; 28 of them
# in the test part), and on 2026-12-07 by 24 (batches 11-12, 237 facts, two readers; 10 in the test part), which
# alone moved relevance 0.86 → 0.827 (the new test stories: 6 of 10 judged right; measured at bb8081d, the gold's
# commit, before any rule of that day). Measured on the whole test part of 75 stories at that commit → after the
# day's subject, indicator, status and period rules (`python -m benchmarks.fact_quality --table`, three decimals
# from `corpus_totals`): precision 0.960, recall 0.909, region 0.923, subject 0.707 → 0.744, indicator 0.780 →
# 0.806, status 0.913 → 0.917, kind 0.956, period_year 0.795 → 0.842, article region 0.880, mentions P 0.945
# R 0.942, relevance 0.827. The targets are higher (precision 0.95, recall 0.90, region 0.92, subject
# 0.85, indicator 0.90, status 0.95, article region 0.90, mentions 0.97 / 0.93). A fourth round later on 2026-12-07
# (batches 13-14, 24 stories, 242 facts, two readers; 10 in the test part) moved test mention recall 0.942 → 0.908
# at its own commit (2955166), before any rule of that round: that floor is re-based to 0.88 (measured - 0.03).
# After that round's rules (measured on the 85 test stories, three decimals from `corpus_totals`): precision 0.962,
# recall 0.928, region 0.923, subject 0.773, indicator 0.833, status 0.929, kind 0.960, period_year 0.851, article
# region 0.906, mentions P 0.949 R 0.942, relevance 0.835; every floor is that minus 0.03, rounded down.
# On 2026-12-07 afternoon the scorer stopped comparing zones (雄安新区, 中关村: no division, not in the gold's
# mentions): mention precision 0.965, its floor 0.93; the other fields moved by less than 0.01.
# On 2026-12-08 the article region of the fact gold's test part went 0.906 → 0.918 (a placeless story is national, a
# central body's lead is): its floor 0.88.
CORPUS_TEST_FLOORS = {
    "precision": 0.93, "recall": 0.90, "region": 0.89, "subject": 0.75, "indicator": 0.82, "status": 0.90,
    "kind": 0.93, "period_year": 0.82, "article_region": 0.88, "mention_precision": 0.93, "mention_recall": 0.91,
    "relevance": 0.80,
}


@pytest.fixture(scope="module")
def corpus_test_scores(analyser):
    from benchmarks.gold_corpus import load_gold as load_corpus_gold

    return fq.corpus_totals(fq.analyse_stories(load_corpus_gold("test"), analyser))


def test_corpus_gold_is_split_and_large_enough():
    from benchmarks.gold_corpus import check_story, part_of
    from benchmarks.gold_corpus import load_gold as load_corpus_gold

    stories = load_corpus_gold()
    assert len(stories) >= 40 and sum(len(s["facts"]) for s in stories) >= 400
    assert sum(s["mentions"] is not None for s in stories) >= 15
    assert {s["part"] for s in stories} == {"dev", "test"} and all(s["part"] == part_of(s["story_id"]) for s in stories)
    assert [problem for s in stories for problem in check_story(s)] == []


def test_zones_are_not_scored_as_mentions_and_the_dev_gold_lists_none():
    """A zone (雄安新区, 中关村) stands for its division in the pipeline's tables but is no division: the gold's
    mentions leave it out, so the score does too (fact_quality.UNSCORED_MENTION_KINDS)."""
    from benchmarks.gold_corpus import load_gold as load_corpus_gold
    from transforms.lexicons import lexicon_frame

    zones = set(lexicon_frame("zones.csv")["name"])
    assert "zone" in fq.UNSCORED_MENTION_KINDS
    assert [m["mention"] for s in load_corpus_gold("dev") for m in s["mentions"] or [] if m["mention"] in zones] == []


def test_every_gold_file_belongs_to_one_annotation_round():
    from benchmarks.gold_corpus import ANNOTATION_ROUNDS, GOLD_DIR

    rounds = [name for names in ANNOTATION_ROUNDS.values() for name in names]
    assert sorted(rounds) == sorted(path.name for path in GOLD_DIR.glob("*.json"))


@pytest.mark.parametrize("field", sorted(CORPUS_TEST_FLOORS))
def test_corpus_test_part_floor(corpus_test_scores, field):
    assert corpus_test_scores[field] >= CORPUS_TEST_FLOORS[field], corpus_test_scores


# ---------------------------------------------------------------- the article-region gold (any-topic CCTV stories)
# Floor on the TEST part = measured - 0.03. Measured 2026-12-03 (python -m benchmarks.fact_quality --table):
# dev 0.95, test 0.86; before the rules of that day (commit 909d347): dev 0.88, test 0.82. On 2026-12-07, after the
# fourth round's rules: dev 0.968, test 0.893 (0.875 at the round's start); after the session of 2026-12-07 afternoon
# (foreign places a Chinese actor reaches no longer make a story foreign): dev 0.968, test 0.929; on 2026-12-08 (博鳌 is
# 琼海's, a placeless story national): dev 0.984, test 0.946.
ARTICLE_REGION_TEST_FLOOR = 0.91


def test_article_region_gold_is_split_valid_and_large_enough():
    from benchmarks.gold_corpus import check_region_story, load_gold, load_region_gold, part_of

    stories = load_region_gold()
    assert len(stories) >= 100 and {s["part"] for s in stories} == {"dev", "test"}
    assert all(s["part"] == part_of(s["story_id"]) for s in stories)
    assert not {s["story_id"] for s in stories} & {s["story_id"] for s in load_gold()}  # no story in both gold sets
    assert [problem for s in stories for problem in check_region_story(s)] == []


def test_article_region_test_part_floor(analyser):
    from benchmarks.gold_corpus import load_region_gold

    scores = fq.article_region_scores(load_region_gold("test"), analyser)
    wrong = [(story["story_id"], found) for story, found in scores if found not in story["primary_region"]]
    assert 1 - len(wrong) / len(scores) >= ARTICLE_REGION_TEST_FLOOR, len(wrong)


@pytest.mark.parametrize(("extracted", "gold", "agree"), [
    ("5G+工业互联网在建项目", "“5G+工业互联网”在建项目", True),  # quote marks aside
    ("销售收入", "新兴产业销售收入", True),                       # one contains the other
    ("装机容量", "投资总规模", False),
    (None, "投资总规模", False),
])
def test_subjects_agree_by_containment_quote_marks_aside(extracted, gold, agree):
    assert fq.subjects_agree(extracted, gold) is agree


def test_fact_diff_pairs_the_same_fact_and_counts_what_came_and_went():
    from benchmarks.fact_diff import changed

    fact = {"story_id": "s", "char_start": 3, "mention": "41家", "status": "actual"}
    old = [fact, {**fact, "char_start": 9, "mention": "两个"}]
    new = [{**fact, "status": "plan"}, {**fact, "char_start": 20, "mention": "5%"}]
    pairs, gone, added = changed(old, new, "status")
    assert [(a["status"], b["status"]) for a, b in pairs] == [("actual", "plan")] and (gone, added) == (1, 1)


def test_a_missing_shared_corpus_is_named_in_one_line(tmp_path):
    # a clone not placed beside ../shared got a gzip traceback from every gold-corpus test
    from benchmarks.corpus import SharedCorpusMissing, load_stories

    with pytest.raises(SharedCorpusMissing, match=r"shared news corpus is not at .*nowhere\.jsonl\.gz.*\.\./shared/corpora/"):
        load_stories(tmp_path / "nowhere.jsonl.gz")

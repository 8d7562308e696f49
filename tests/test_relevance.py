"""transforms/relevance.py: the S&T / economy relevance score and its threshold."""

from __future__ import annotations

import pathlib

import pytest

from transforms.relevance import DOMAIN_TERMS, THRESHOLD, is_relevant, relevance, term_hits
from transforms.topics import article_topics

SEEDS = pathlib.Path(__file__).parents[1] / "seeds"

RELEVANT = ("江苏：研发投入强度达3.3%",
            "2023年，江苏全社会研发投入超过3800亿元，研发投入强度达到3.3%。全省高新技术企业超过5万家，"
            "科技型中小企业评价入库9.4万家。苏州实验室、国家第三代半导体技术创新中心加快建设，"
            "集成电路、生物医药、人工智能等产业集群规模持续扩大，规模以上工业增加值同比增长7.6%。")
IRRELEVANT = ("多国领导人出席停火谈判",
              "当地时间周日，双方代表在开罗举行新一轮停火谈判。联合国秘书长呼吁立即停火，"
              "并表示冲突已造成大量平民伤亡。该国总统与外长分别会见了各方代表，抗议活动在多个城市持续。"
              "运动员代表队的比赛也因局势被迫推迟。")


def score(title: str, body: str, **kw) -> float:
    return relevance(title, body, article_topics(title, body), **kw)


def test_relevant_article_scores_high():
    s = score(*RELEVANT)
    assert s >= 0.85 and is_relevant(s)


def test_irrelevant_article_scores_low():
    s = score(*IRRELEVANT, foreign_mentions=1)
    assert s < THRESHOLD and not is_relevant(s)


def test_no_domain_word_scores_zero():
    assert relevance("今日天气", "今天晴，最高气温二十度。") == 0.0


def test_foreign_mentions_lower_the_score():
    title, body = "国际快讯", "美国一季度经济增长1.6%，日本央行维持利率不变，欧盟贸易额下降。"
    assert score(title, body, foreign_mentions=3) < score(title, body) and score(title, body, foreign_mentions=3) < THRESHOLD


def test_scores_are_in_unit_interval_on_seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert 0.5 < score("", text) <= 1.0  # every seed file is S&T news


@pytest.mark.parametrize("group", DOMAIN_TERMS, ids=lambda g: g.name)
def test_every_term_group_hits_its_example(group):
    assert term_hits(group.example).get(group.name, 0) >= 1
    assert group.weight != 0 and len(set(group.words)) == len(group.words)

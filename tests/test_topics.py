"""Tests for transforms/topics.py: keyword-taxonomy topics and TF-IDF keywords over the pipeline's tokens.

Articles are real ones from seeds/*.txt (cut with split_articles); short texts are marked 'constructed'.
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from transforms.articles import split_articles
from transforms.lexicons import LEXICON_DIR
from transforms.topics import (
    MIN_BODY_CHARS,
    Keyword,
    TopicScore,
    article_topics,
    keywords_from_tokens,
    topic_hits,
    topic_keywords,
)

SEEDS = sorted((pathlib.Path(__file__).parents[1] / "seeds").glob("*.txt"))
REQUIRED_TOPICS = {"人工智能", "集成电路", "生物医药", "新能源", "新材料", "高端装备", "数字经济", "量子", "航空航天",
                   "海洋", "现代农业", "新能源汽车", "未来产业"}


def seed_article(prefix: str, title_part: str):
    """The article of seed file `prefix` whose title contains `title_part`."""
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    articles, _ = split_articles(path.read_text(encoding="utf-8"))
    return next(a for a in articles if title_part in a.title)


def topics_of(article) -> list[str]:
    return [t.topic for t in article_topics(article.title, article.body)]


# ---------------------------------------------------------------- the table

def test_table_has_the_documented_topics_and_unique_keywords():
    lines = (LEXICON_DIR / "topics.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and lines[1] == "topic,keyword"
    rows = list(csv.DictReader(lines[1:]))
    assert len(rows) == len(topic_keywords())  # a keyword listed twice would silently keep one topic
    assert REQUIRED_TOPICS <= set(topic_keywords().values())


# ---------------------------------------------------------------- topics of seed articles

@pytest.mark.parametrize(("prefix", "title_part", "topic", "must_be_top"), [
    ("000", "链式突破激发产业", "数字经济", False),  # the 浙江 创新联合体 article (first of seed 000)
    ("001", "水系锌电池", "新能源", True),
    ("001", "卫星遥感", "航空航天", False),
    ("001", "智能算力规模", "人工智能", True),
    ("000", "深海调查", "海洋", True),
    ("003", "未来产业创新发展", "未来产业", True),
    ("002", "中国软件名城", "数字经济", True),
])
def test_seed_article_topics(prefix, title_part, topic, must_be_top):
    topics = topics_of(seed_article(prefix, title_part))
    assert topic in topics
    if must_be_top:
        assert topics[0] == topic, topics


def test_first_article_of_seed_000_is_digital_economy():
    articles, _ = split_articles(SEEDS[0].read_text(encoding="utf-8"))
    assert "数字经济" in topics_of(articles[0])


# ---------------------------------------------------------------- scoring rules (constructed texts)

@pytest.mark.parametrize(("text", "expected"), [
    ("新能源汽车销量增长", {"新能源汽车": 1}),  # longest keyword wins: not also 新能源
    ("人形机器人和工业机器人", {"未来产业": 1, "高端装备": 1}),
    ("OpenAI发布新模型", {}),  # AI inside a Latin word is not a hit
    ("AI芯片与AIGC应用", {"人工智能": 2, "集成电路": 1}),
    ("5G+工业互联网", {"数字经济": 2}),
    ("量子点关键蓝色材料", {"新材料": 1}),  # 量子点 is a display material, not 量子
    ("", {}),
])
def test_topic_hits(text, expected):
    assert dict(topic_hits(text)) == expected


def test_score_weights_title_and_normalises_by_body_length():
    body = "芯片" + "。" * 998  # constructed: 1000 characters
    scores = {t.topic: t for t in article_topics("人工智能新进展", body)}
    assert scores["人工智能"] == TopicScore("人工智能", 3.0, 1)  # a title hit counts 3x
    assert scores["集成电路"] == TopicScore("集成电路", 1.0, 1)
    assert [t.topic for t in article_topics("人工智能新进展", body)] == ["人工智能", "集成电路"]
    longer = article_topics("", "芯片" + "。" * 1998)
    assert longer == [TopicScore("集成电路", 0.5, 1)]


def test_short_bodies_are_scored_as_min_body_chars():
    assert article_topics("", "芯片")[0].score == pytest.approx(1000 / MIN_BODY_CHARS)


def test_min_hits_filters_and_order_is_by_score():
    body = "芯片，芯片，半导体。储能。"  # constructed
    assert [t.topic for t in article_topics("", body)] == ["集成电路", "新能源"]
    assert [(t.topic, t.hits) for t in article_topics("", body, min_hits=2)] == [("集成电路", 3)]
    assert article_topics("", "") == []


# ---------------------------------------------------------------- keywords

@pytest.fixture(scope="module")
def consortium_article():
    articles, _ = split_articles(SEEDS[0].read_text(encoding="utf-8"))
    return articles[0]


@pytest.fixture(scope="module")
def words():
    """The words of a text as the pipeline segments it (its rjieba segmenter, with the domain dictionary)."""
    from transforms.pipeline import build_analyser

    segmenter = build_analyser().segmenter
    return lambda text: [token for token, _, _ in segmenter.tokens(text)]


@pytest.mark.parametrize("top_k", [1, 5, 10])
def test_keywords_at_most_top_k_by_descending_weight(consortium_article, words, top_k):
    keywords = keywords_from_tokens(words(consortium_article.title + "\n" + consortium_article.body), top_k=top_k)
    assert all(isinstance(k, Keyword) and k.method == "tfidf" for k in keywords)
    weights = [k.weight for k in keywords]
    assert len(weights) == top_k and weights == sorted(weights, reverse=True)
    assert all(len(k.keyword) >= 2 and not k.keyword.isdigit() for k in keywords)


def test_keywords_keep_the_domain_words_whole(consortium_article, words):
    keywords = keywords_from_tokens(words(consortium_article.body), top_k=5)
    assert "创新联合体" in [k.keyword for k in keywords]  # kept whole by the user dictionary


def test_numbers_and_stop_words_are_not_keywords(words):
    text = "2023年2023年2023年，储能电池2023项目2023。记者表示，记者表示。" * 5  # constructed
    keywords = keywords_from_tokens(words(text), top_k=10)
    assert keywords and not any(k.keyword.replace(".", "").isdigit() for k in keywords)
    assert not {"记者", "表示"} & {k.keyword for k in keywords}


@pytest.mark.parametrize(("tokens", "top_k"), [([], 10), (["的", "了", "2023"], 10)])
def test_keywords_of_nothing(tokens, top_k):
    assert keywords_from_tokens(tokens, top_k=top_k) == []


def _jieba_idf_as_a_dict() -> dict[str, float]:
    """jieba's analyse/idf.txt read the way jieba.analyse reads it (word, space, weight; a later line wins)."""
    import importlib.util

    path = pathlib.Path(importlib.util.find_spec("jieba").submodule_search_locations[0]) / "analyse" / "idf.txt"
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, weight = line.rpartition(" ")
        if word:
            table[word] = float(weight)
    return table


def test_idf_table_gives_jiebas_weight_of_every_word_and_the_median_for_others():
    from transforms.lexicons import jieba_idf

    expected = _jieba_idf_as_a_dict()
    median = sorted(expected.values())[len(expected) // 2]
    table = jieba_idf()
    words = [*expected, "创新联合体xyz", "a", "的的的的", "\U0001f600"]  # every word of jieba's, then unknown ones
    assert len(table) == len(expected) and table.median == median
    assert table.weights(words) == [expected.get(word, median) for word in words]


def test_keywords_do_not_depend_on_what_the_process_saw_before(consortium_article, words, monkeypatch):
    """The table of words seen is cleared when full (memory stays flat); an article that fills it mid-lookup keeps
    the keywords it gets in a fresh process."""
    from transforms import topics

    tokens = words(consortium_article.title + "\n" + consortium_article.body)
    topics._keyword_idf_table().clear()
    fresh = keywords_from_tokens(tokens)
    seen_before = words("储能电池产业链上下游企业集聚发展，新型研发机构加快建设。")  # constructed; shares words with the article
    assert len(set(seen_before) & set(tokens)) >= 2 and len(set(seen_before) - set(tokens)) >= 3
    monkeypatch.setattr(topics, "MAX_REMEMBERED_WORDS", len(set(tokens)) + 2)
    topics._keyword_idf_table().clear()
    keywords_from_tokens(seen_before)
    assert keywords_from_tokens(tokens) == fresh  # the table was full: cleared before the article's lookup
    topics._keyword_idf_table().clear()

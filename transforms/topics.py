"""What an article is about: topics from a keyword taxonomy, and TF-IDF keywords over the article's own tokens.

Topics come from lexicons/topics.csv (topic, keyword).  Keywords are found leftmost-longest and without overlap,
so 新能源汽车 counts for 新能源汽车 only, not also for 新能源.  A title hit counts TITLE_WEIGHT times, and the
weighted count is divided by the body length in thousands of characters, so long and short articles compare.
Keywords weigh the tokens the pipeline already has (rjieba with the project's dictionary) with jieba's IDF
table (jieba's data file, read without importing jieba).  Pure Python; no dagster / duckdb.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from transforms.fastre import starting_with
from transforms.lexicons import jieba_idf, lexicon_rows

TITLE_WEIGHT = 3.0
# Bodies shorter than this are scored as if this long: a 60-character photo caption with one hit would otherwise
# score far above any full article.
MIN_BODY_CHARS = 300
# Newsroom words that TF-IDF ranks high in any article but say nothing about its subject.
NEWS_STOP_WORDS = frozenset(
    "记者 表示 介绍 目前 我们 近日 日前 据悉 通过 进行 实现 推动 相关 已经 一个 一批 以及 同时 其中 方面 "
    "工作 今年 去年 进一步 加快 不断 提供 开展 成为 具有 能够 可以 没有 这一 这些 他们 负责人".split())
_NUMERIC = re.compile(r"[\d.,%％]+")  # a 'keyword' made only of digits (2023, 1.5) is a number


@dataclass(frozen=True)
class TopicScore:
    topic: str
    score: float  # (body hits + TITLE_WEIGHT * title hits) per 1000 body characters
    hits: int  # body hits + title hits


@dataclass(frozen=True)
class Keyword:
    keyword: str
    weight: float
    method: str  # 'tfidf'


@functools.cache
def topic_keywords() -> dict[str, str]:
    """keyword -> topic, from lexicons/topics.csv ('#' lines are provenance)."""
    rows = lexicon_rows("topics.csv")
    return {r["keyword"]: r["topic"] for r in rows}


@functools.cache
def _keyword_regex() -> re.Pattern:
    """All keywords, longest first; ASCII edges must not touch other letters (AI is not in OpenAI / MAIL)."""
    def one(word: str) -> str:
        head = r"(?<![A-Za-z0-9])" if word[0].isascii() else ""
        tail = r"(?![a-z0-9])" if word[-1].isascii() else ""  # upper case may follow: 5G+ / AIGC is its own word
        return head + re.escape(word) + tail
    words = sorted(topic_keywords(), key=len, reverse=True)
    return starting_with("".join(w[0] for w in words), "|".join(one(w) for w in words))


def topic_hits(text: str) -> Counter:
    """topic -> number of keyword occurrences in `text` (leftmost-longest, non-overlapping)."""
    table = topic_keywords()
    return Counter(table[m.group()] for m in _keyword_regex().finditer(text))


def article_topics(title: str, body: str, *, min_hits: int = 1) -> list[TopicScore]:
    """Topics of an article with at least `min_hits` keyword hits, best score first (ties by name)."""
    in_title, in_body = topic_hits(title or ""), topic_hits(body or "")
    per_1000 = max(len(body or ""), MIN_BODY_CHARS) / 1000
    scores = [TopicScore(t, (in_body[t] + TITLE_WEIGHT * in_title[t]) / per_1000, in_body[t] + in_title[t])
              for t in in_title.keys() | in_body.keys()]
    return sorted((s for s in scores if s.hits >= min_hits), key=lambda s: (-s.score, s.topic))


def _usable(word: str) -> bool:
    """A keyword worth keeping: 2+ characters and not a number."""
    return len(word.strip()) >= 2 and not _NUMERIC.fullmatch(word.strip())


# jieba.analyse's own English stop words (its STOP_WORDS); Chinese function words are filtered by _usable and NEWS_STOP_WORDS
JIEBA_STOP_WORDS = frozenset("the of is and to in that we for an are by be as on with can if from which you it this then at have all not one has or that".split())
_KEYWORD_STOP_WORDS = NEWS_STOP_WORDS | JIEBA_STOP_WORDS


_NOT_A_CANDIDATE = -1.0
MAX_REMEMBERED_WORDS = 50_000


@functools.cache
def _keyword_idf_table() -> dict[str, float]:
    """word -> its IDF, or _NOT_A_CANDIDATE: filled as words are met, so that an article looks up in jieba's table
    (one batch) only the words this process has not seen yet; cleared when full, so memory stays flat."""
    return {}


def _learn_keyword_idfs(table: dict[str, float], words: list[str]) -> None:
    """Remember the IDF of each word (or that it is no candidate: too short, a number, a stop word)."""
    candidates = [w for w in words if _usable(w) and w.lower() not in _KEYWORD_STOP_WORDS]
    table.update(dict.fromkeys(words, _NOT_A_CANDIDATE))
    table.update(zip(candidates, jieba_idf().weights(candidates)))


def keywords_from_tokens(tokens: Sequence[str], *, top_k: int = 10) -> list[Keyword]:
    """Up to `top_k` TF-IDF keywords, by descending weight, from the tokens the pipeline already has: the
    weights of jieba.analyse's extract_tags (tf x idf, the median IDF for unknown words; its stop words plus NEWS_STOP_WORDS)
    without segmenting the text a second time."""
    tally = Counter(tokens)  # count first, then look up the (far fewer) distinct words
    table = _keyword_idf_table()
    unseen = [word for word in tally if word not in table]
    if len(table) + len(unseen) > MAX_REMEMBERED_WORDS:  # memory stays flat however large the corpus
        table.clear()
        unseen = list(tally)
    if unseen:
        _learn_keyword_idfs(table, unseen)
    counts = [(word, n, idf) for word, n in tally.items() if (idf := table[word]) != _NOT_A_CANDIDATE]
    total = sum(n for _, n, _ in counts)
    if not total:
        return []
    weights = [(word, n / total * idf) for word, n, idf in counts]
    best = heapq.nsmallest(top_k, weights, key=lambda kv: (-kv[1], kv[0]))
    return [Keyword(word, float(weight), "tfidf") for word, weight in best]

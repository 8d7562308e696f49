"""What an article is about: topics from a keyword taxonomy, and keywords from jieba's TF-IDF and TextRank.

Topics come from lexicons/topics.csv (topic, keyword).  Keywords are found leftmost-longest and without overlap,
so 新能源汽车 counts for 新能源汽车 only, not also for 新能源.  A title hit counts TITLE_WEIGHT times, and the
weighted count is divided by the body length in thousands of characters, so long and short articles compare.
Keywords use private jieba.analyse.TFIDF / TextRank instances over a private jieba Tokenizer loaded with the
project's user dictionary (never the module-global jieba.dt).  Pure Python; no dagster / duckdb.
"""

from __future__ import annotations

import csv
import functools
import heapq
import logging
import re
from collections import Counter
from dataclasses import dataclass

from transforms.entities import entity_user_words
from transforms.fastre import starting_with
from transforms.lexicons import LEXICON_DIR, jieba_idf
from transforms.segment import USER_DICT, read_user_dict

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
    method: str  # 'tfidf' | 'textrank'


@functools.cache
def topic_keywords() -> dict[str, str]:
    """keyword -> topic, from lexicons/topics.csv ('#' lines are provenance)."""
    lines = (LEXICON_DIR / "topics.csv").read_text(encoding="utf-8").splitlines()
    rows = csv.DictReader(ln for ln in lines if ln.strip() and not ln.startswith("#"))
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


@functools.cache
def _extractors() -> tuple:
    """(jieba.analyse.TFIDF, jieba.analyse.TextRank) built once per process over a private Tokenizer with the
    project's user dictionary and the entity type words, so 创新联合体 / 全国重点实验室 stay whole.
    Costs 1.5-3 s and about 60 MB; jieba is imported here so that article_topics alone does not pay for it."""
    import jieba
    import jieba.analyse
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in read_user_dict(USER_DICT.read_text(encoding="utf-8")):
        tokenizer.add_word(word, freq=freq, tag=tag)
    for word, tag in entity_user_words():
        tokenizer.add_word(word, tag=tag)
    pos_tokenizer = jieba.posseg.POSTokenizer(tokenizer)
    tfidf = jieba.analyse.TFIDF()
    tfidf.tokenizer, tfidf.postokenizer = tokenizer, pos_tokenizer  # attributes of our instance, not jieba's
    tfidf.stop_words |= NEWS_STOP_WORDS
    textrank = jieba.analyse.TextRank()
    textrank.tokenizer = textrank.postokenizer = pos_tokenizer
    textrank.stop_words |= NEWS_STOP_WORDS
    return tfidf, textrank


def _usable(word: str) -> bool:
    """A keyword worth keeping: 2+ characters and not a number."""
    return len(word.strip()) >= 2 and not _NUMERIC.fullmatch(word.strip())


def article_keywords(text: str, *, top_k: int = 10) -> list[Keyword]:
    """Up to `top_k` TF-IDF keywords, then up to `top_k` TextRank keywords (nouns, places, verbs), each list by
    descending weight.  TF-IDF weights are tf x idf; TextRank weights are scaled so the best is 1.0.
    Not thread-safe: TextRank keeps per-call state on its (shared, cached) instance."""
    if not text or not text.strip() or top_k <= 0:
        return []
    tfidf, textrank = _extractors()
    ask = top_k * 2 + 10  # extra candidates: numbers and 1-character words are dropped afterwards
    found = (("tfidf", tfidf.extract_tags(text, topK=ask, withWeight=True)),
             ("textrank", textrank.textrank(text, topK=ask, withWeight=True)))
    return [Keyword(word, float(weight), method)
            for method, pairs in found
            for word, weight in [p for p in pairs if _usable(p[0])][:top_k]]


# jieba.analyse's own English stop words; Chinese function words are filtered by _usable and NEWS_STOP_WORDS
JIEBA_STOP_WORDS = frozenset("the of is and to in that we for an are by be as on with can if from which you it this then at have all not one has or that".split())
_KEYWORD_STOP_WORDS = NEWS_STOP_WORDS | JIEBA_STOP_WORDS


@functools.lru_cache(maxsize=200_000)
def _keyword_candidate(token: str) -> bool:
    """A usable word that is not a stop word; cached because the same few thousand words recur in every article."""
    return _usable(token) and token.lower() not in _KEYWORD_STOP_WORDS


def keywords_from_tokens(tokens: list[str], *, top_k: int = 10) -> list[Keyword]:
    """TF-IDF keywords from tokens the pipeline already has: the same weights as jieba's extract_tags
    without segmenting the text a second time (segmentation is the pipeline's costliest step)."""
    idf, median = jieba_idf()
    # count first, then filter the (far fewer) distinct words
    counts = {t: n for t, n in Counter(tokens).items() if _keyword_candidate(t)}
    total = sum(counts.values())
    if not total:
        return []
    weights = {word: n / total * idf.get(word, median) for word, n in counts.items()}
    best = heapq.nsmallest(top_k, weights.items(), key=lambda kv: (-kv[1], kv[0]))
    return [Keyword(word, float(weight), "tfidf") for word, weight in best]

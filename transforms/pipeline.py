"""One document in, every derived row out: split, segment, extract.

`analyse_document` is pure given an `Analyser` (the per-process rjieba segmenter and gazetteer), so
it runs the same inline, in a worker pool, or on another machine's executor.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field

import polars as pl

from transforms.articles import split_articles
from transforms.entities import dictionary_tags, entity_user_words, extract_entities
from transforms.entity_names import canonical_names
from transforms.facts import extract_article_facts, split_sentences
from transforms.lexicons import (
    jieba_adjectives,
    jieba_adverbs,
    jieba_dictionary,
    jieba_idioms,
    jieba_single_nouns,
    jieba_two_char_nouns,
    jieba_verbal_nouns,
    jieba_verbs,
    jieba_verbs_that_head_nouns,
)
from transforms.regions import (
    Gazetteer,
    article_fact_regions,
    article_region_mentions,
    build_gazetteer,
    build_regions,
    dateline_evidence,
    default_fact_region,
    load_adcodes,
    primary_region,
)
from transforms.relevance import is_relevant, relevance
from transforms.segment import Segmenter, build_segmenter
from transforms.tables import schemas_in
from transforms.topics import article_topics, keywords_from_tokens

# Row schemas of the tables this stage writes (the registry's text tables); the warehouse tables are created from these.
SCHEMAS = schemas_in("text")


@dataclass
class Analyser:
    """Everything analyse_document needs that is expensive to build: build once per process."""

    segmenter: Segmenter
    gazetteer: Gazetteer


def segmenter_words(regions: pl.DataFrame) -> list[tuple[str, str]]:
    """(word, jieba tag) added to the segmenter beside the user dictionary: every official place name and the entity words."""
    place_names = [(name, "ns") for name in regions.filter(pl.col("level") != "macro")["name"].to_list()]
    return [*place_names, *entity_user_words()]


# A short story that runs every extractor once: the tables they build on first use (jieba's IDF table,
# the large regexes, the lexicons) are then built with the analyser, not inside the first document, so a
# worker started ahead of time is ready to analyse at full speed.
WARM_UP_TEXT = "本报南京3月5日电\n2023年，江苏省全社会研发投入超3800亿元，苏州实验室、国家第三代半导体技术创新中心加快建设。"


def build_analyser() -> Analyser:
    """Load the gazetteer (cpca's divisions) and an rjieba segmenter that knows every official place name."""
    regions = build_regions(load_adcodes())
    segmenter = build_segmenter(segmenter_words(regions))
    gazetteer = build_gazetteer(regions)
    dictionary_tags()  # built now from the same parse of jieba's dictionary as the gazetteer's word sets ...
    jieba_verbs()
    jieba_verbs_that_head_nouns()
    jieba_adverbs()
    jieba_adjectives()
    jieba_verbal_nouns()
    jieba_single_nouns()
    jieba_idioms()
    jieba_two_char_nouns()
    jieba_dictionary.cache_clear()  # ... which is then let go
    analyser = Analyser(segmenter=segmenter, gazetteer=gazetteer)
    analyse_document("warm-up", WARM_UP_TEXT, analyser)
    return analyser


@dataclass
class DocumentAnalysis:
    rows: dict[str, list[dict]] = field(default_factory=lambda: {name: [] for name in SCHEMAS if name != "tokens"})
    # tokens, the largest table by far, are kept as columns: no Python object per token row
    token_columns: dict[str, list] = field(default_factory=lambda: {name: [] for name in SCHEMAS["tokens"]})

    def add_tokens(self, article_id: str, words: tuple[str, ...], starts: tuple[int, ...], ends: tuple[int, ...]) -> None:
        """One article's tokens, given as columns (the segmenter's tuples unzipped once by the caller)."""
        if not words:
            return
        columns = self.token_columns
        columns["article_id"].extend([article_id] * len(words))
        columns["position"].extend(range(len(words)))
        columns["token"].extend(words)
        columns["char_start"].extend(starts)
        columns["char_end"].extend(ends)

    def frames(self) -> dict[str, pl.DataFrame]:
        frames = {name: pl.DataFrame(rows, schema=SCHEMAS[name], orient="row") for name, rows in self.rows.items()}
        frames["tokens"] = pl.DataFrame(self.token_columns, schema=SCHEMAS["tokens"])
        return {name: frames[name] for name in SCHEMAS}


def analyse_document(document_id: str, text: str, analyser: Analyser, out: DocumentAnalysis | None = None) -> DocumentAnalysis:
    """Split a document into articles and extract tokens, sentences, region mentions and facts; the rows go
    into `out` when given (several documents, one set of frames), else into a new DocumentAnalysis."""
    out = DocumentAnalysis() if out is None else out
    articles, boilerplate = split_articles(text)
    for block in boilerplate:
        out.rows["boilerplate_blocks"].append({"document_id": document_id, "line_no": block.line_no, "reason": block.reason, "text": block.text})
    for article in articles:
        article_id = f"{document_id}-{article.seq:03d}"
        region_code, score = _analyse_article(article_id, article, analyser, out)
        out.rows["article_paragraphs"].extend(
            {"article_id": article_id, "paragraph_no": n, "paragraph_hash": digest, "n_chars": size}
            for n, (digest, size) in enumerate(paragraph_fingerprints(article.body)))
        out.rows["articles"].append({
            "article_id": article_id, "document_id": document_id, "seq": article.seq, "title": article.title,
            "subtitle": article.subtitle, "kicker": article.kicker, "byline": article.byline, "authors": article.authors,
            "dateline": article.dateline, "dateline_place": article.dateline_place, "source_name": article.source_name,
            "published_date": article.published_date, "date_source": article.date_source, "kind": article.kind,
            "region_code": region_code, "first_line": article.first_line, "last_line": article.last_line,
            "n_chars": len(article.body), "body": article.body, "relevance": score, "is_relevant": is_relevant(score),
        })
    return out


def _analyse_article(article_id: str, article, analyser: Analyser, out: DocumentAnalysis) -> tuple[str | None, float]:
    """Rows of one article into `out`; returns its primary region and relevance score."""
    body = article.body
    tokens = analyser.segmenter.tokens(body)
    words, starts, ends = zip(*tokens) if tokens else ((), (), ())
    out.add_tokens(article_id, words, starts, ends)
    sentences = split_sentences(body)
    out.rows["sentences"].extend(
        {"article_id": article_id, "sentence_no": n, "char_start": s.char_start, "char_end": s.char_end, "text": s.text}
        for n, s in enumerate(sentences)
    )
    mentions = article_region_mentions(body, title=article.title, source_name=article.source_name,
                                       dateline_place=article.dateline_place, gazetteer=analyser.gazetteer,
                                       token_starts=set(starts), token_ends=set(ends))
    region_code = primary_region(mentions, title=article.title, dateline_place=dateline_evidence(article.dateline_place, mentions),
                                 gazetteer=analyser.gazetteer, body=body)
    sentence_of = _sentence_locator(sentences)
    out.rows["region_mentions"].extend(
        {"article_id": article_id, "region_code": m.region_code, "mention": m.mention, "char_start": m.char_start,
         "char_end": m.char_end, "sentence_no": sentence_of(m.char_start), "kind": m.kind,
         "is_ambiguous": m.is_ambiguous, "in_organisation": m.in_organisation}
        for m in mentions
    )
    chinese = [m for m in mentions if m.region_code is not None]  # foreign places locate no organisation
    entities = extract_entities(body, mentions=chinese)
    canonical = canonical_names(entities, place_spans=[(m.char_start, m.char_end) for m in chinese])
    for k, (entity, canonical_name) in enumerate(zip(entities, canonical)):
        out.rows["entities"].append({
            "article_id": article_id, "entity_no": k, "name": entity.name, "canonical_name": canonical_name,
            "type": entity.type, "region_code": entity.region_code,
            "sentence_no": sentence_of(entity.char_start), "char_start": entity.char_start, "char_end": entity.char_end,
        })
    topics = article_topics(article.title, body)
    out.rows["article_topics"].extend(
        {"article_id": article_id, "topic": t.topic, "score": t.score, "hits": t.hits} for t in topics)
    n_foreign = sum(m.kind == "foreign" and not m.in_organisation for m in mentions)
    score = relevance(article.title, body, topics, foreign_mentions=n_foreign)
    out.rows["article_keywords"].extend(
        {"article_id": article_id, "rank": r, "keyword": k.keyword, "weight": k.weight, "method": k.method}
        for r, k in enumerate(keywords_from_tokens(words)))
    published_year = article.published_date.year if article.published_date else None
    facts = extract_article_facts(body, sentences, published_year=published_year)
    regions = article_fact_regions(body, sentences, [[f.char_start for f in found] for found in facts], mentions,
                                   gazetteer=analyser.gazetteer, default=default_fact_region(article.source_name, region_code, analyser.gazetteer))
    for n, (sentence, found, found_regions) in enumerate(zip(sentences, facts, regions)):
        for k, (fact, fact_region_code) in enumerate(zip(found, found_regions)):
            out.rows["facts"].append({
                "fact_id": f"{article_id}-{n:03d}-{k:02d}", "article_id": article_id, "sentence_no": n,
                "region_code": fact_region_code,
                "indicator": fact.indicator, "subject": fact.subject, "value": fact.value, "value_max": fact.value_max,
                "unit": fact.unit, "qualifier": fact.qualifier, "bound": fact.bound, "kind": fact.kind,
                "share_of": fact.share_of, "status": fact.status, "period": fact.period,
                "period_year": fact.period_year, "mention": fact.mention,
                "sentence": sentence.text, "char_start": fact.char_start, "char_end": fact.char_end,
            })
    return region_code, score


_NOT_CONTENT = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")
MIN_PARAGRAPH_CHARS = 20  # shorter paragraphs (headings, one-liners) are too common to prove a copy


def paragraph_fingerprints(body: str) -> list[tuple[str, int]]:
    """(hash, length) of each paragraph's content characters, punctuation and spacing ignored, so the same
    wire story printed by two papers with different punctuation widths still matches."""
    out = []
    for paragraph in body.split("\n"):
        content = _NOT_CONTENT.sub("", paragraph)
        if len(content) >= MIN_PARAGRAPH_CHARS:
            out.append((hashlib.md5(content.encode()).hexdigest()[:16], len(content)))
    return out


def _sentence_locator(sentences):
    starts = [s.char_start for s in sentences]

    def locate(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < sentences[i].char_end else None

    return locate

"""The table registry: every table the Python code writes, declared once.

Each `Table` says what one row is (its grain), its key, its Dagster group and, per column, the polars
dtype and what the column means to an analyst. Everything else derives from here: the analysis and
ingest schemas (`transforms.pipeline.SCHEMAS`, `orchestration.ingest`), the Dagster asset specs and their
column schemas (the Columns tab in the UI), the command line's stage summary, the checks' table names
and `docs/tables.md` (`python -m orchestration.registry --markdown`).

Why here, in `transforms/`: the row schemas are part of what the analysis produces
(`transforms.pipeline` builds its frames from them) and `transforms/` never imports `orchestration/`,
so the declarations are pure data in this layer; `orchestration/registry.py` turns them into Dagster
metadata and markdown. Caveat: `analysis_version` hashes `transforms/`, so editing a description here
makes the next build analyse every document again (minutes on a large corpus, the same rows).

SQL models (`sql/*.sql`) are not declared here: their header comment is their declaration.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

UTC_TIME = pl.Datetime("us", "UTC")


@dataclass(frozen=True)
class Table:
    """One warehouse table: `columns` maps a column name to (polars dtype, description), in table order."""

    name: str
    group: str  # the Dagster asset group and the command line's stage; "state" for bookkeeping, not an asset
    grain: str  # what one row is: "one row per …"
    key: tuple[str, ...]  # the columns that identify a row
    columns: dict[str, tuple[pl.DataType, str]]
    description: str = ""  # more than the grain: where rows come from, caveats

    @property
    def schema(self) -> dict[str, pl.DataType]:
        """The polars schema: column name -> dtype, in table order."""
        return {name: dtype for name, (dtype, _) in self.columns.items()}

    @property
    def summary(self) -> str:
        """The grain, then the description: the asset's description in the UI."""
        return f"{self.grain[0].upper()}{self.grain[1:]}." + (f" {self.description}" if self.description else "")


def _table(name: str, group: str, grain: str, key: tuple[str, ...], columns: dict, description: str = "") -> Table:
    missing = [k for k in key if k not in columns]
    if missing:
        raise ValueError(f"{name}: key columns {missing} are not columns")
    return Table(name, group, grain, key, columns, description)


# Columns that mean the same thing wherever they appear.
_ARTICLE_ID = (pl.String, "The article (articles.article_id).")
_DOCUMENT_ID = (pl.String, "The document (raw_documents.document_id): the first 16 hex digits of its sha256.")
_SENTENCE_NO = (pl.Int32, "The sentence of the article it is in (sentences.sentence_no, from 0); NULL when between sentences.")
_CHAR_START = (pl.Int32, "Character offset of the start in articles.body (from 0, Python/DuckDB characters).")
_CHAR_END = (pl.Int32, "Character offset just after the end in articles.body: substr(body, char_start + 1, char_end - char_start).")
_REGION_CODE = (pl.String, "Region code (regions.region_code: GB/T 2260, 100000 全国, MR_* macro-region).")

TABLES: tuple[Table, ...] = (
    # ------------------------------------------------------------------ ingest
    _table("raw_documents", "ingest", "one row per distinct file content staged from the source folder", ("document_id",), {
        "document_id": _DOCUMENT_ID,
        "source_path": (pl.String, "Path, relative to the source folder, of the first file seen with this content."),
        "sha256": (pl.String, "SHA-256 of the file's bytes: the document's identity (identical files are one document)."),
        "encoding": (pl.String, "Encoding the bytes were decoded from (utf-8, gb18030, big5 …), as detected."),
        "encoding_confidence": (pl.Float64, "Confidence of the encoding detection, 0 to 1."),
        "byte_size": (pl.Int64, "Size of the file in bytes."),
        "n_chars": (pl.Int64, "Length of the decoded text in characters."),
        "ingested_at": (UTC_TIME, "When the document was staged (UTC)."),
        "status": (pl.String, "'current' (a file in the folder holds it), 'superseded' (its path now holds an edited version: "
                              "its articles are removed) or 'deleted' (its files left the folder: rows kept, not counted)."),
        "is_current": (pl.Boolean, "status = 'current'."),
        "text": (pl.String, "The text as decoded, before any analysis."),
        "text_simplified": (pl.String, "The text converted from traditional to simplified Chinese with OpenCC, analysed instead "
                                       "of `text`; NULL when the text is not traditional."),
        "decode_issues": (pl.String, "What went wrong while decoding (bytes dropped or replaced with U+FFFD); NULL when the "
                                     "file decoded cleanly."),
    }, "Provenance of every number: facts → articles.document_id → here."),
    _table("document_sources", "ingest", "one row per (file path, document) ever seen in the source folder",
           ("source_path", "document_id"), {
        "source_path": (pl.String, "Path of the file, relative to the source folder."),
        "document_id": (pl.String, "The document the file held (raw_documents.document_id)."),
        "byte_size": (pl.Int64, "Size of the file in bytes when last seen."),
        "mtime_ns": (pl.Int64, "Modification time of the file (nanoseconds since the epoch): with byte_size, tells an "
                               "unchanged file, which is not read again."),
        "modified_at": (UTC_TIME, "Modification time of the file (UTC)."),
        "first_seen_at": (UTC_TIME, "Scan that first saw this path hold this document."),
        "last_seen_at": (UTC_TIME, "Last scan that saw this path hold this document."),
        "is_present": (pl.Boolean, "The path holds this document in the latest scan (false: the file was edited or removed)."),
    }, "Which document each file holds, and when it was seen."),
    _table("source_scans", "ingest", "one row per scan of the source folder", ("scanned_at",), {
        "scanned_at": (UTC_TIME, "When the scan ran (UTC)."),
        "source_folder": (pl.String, "The folder scanned."),
        "n_files": (pl.Int32, "Files found (staged, unchanged or rejected)."),
        "n_new_documents": (pl.Int32, "Documents the scan added (new file contents)."),
        "n_rejected": (pl.Int32, "Files the scan could not stage (see rejected_documents)."),
    }),
    _table("rejected_documents", "ingest", "one row per file of the latest scan that could not be staged", ("source_path",), {
        "source_path": (pl.String, "Path of the file, relative to the source folder."),
        "reason": (pl.String, "Why it was not staged (binary, empty, undecodable, changed while read, link outside the folder …)."),
        "byte_size": (pl.Int64, "Size of the file in bytes."),
        "detected_at": (UTC_TIME, "The scan that rejected it (UTC)."),
    }, "Quarantine: nothing is dropped silently."),
    # --------------------------------------------------------------- reference
    _table("regions", "reference", "one row per administrative division of China, plus 100000 全国 and the macro-regions",
           ("region_code",), {
        "region_code": (pl.String, "GB/T 2260 six-digit code (pp0000 province, ppcc00 prefecture, else county), 100000 for "
                                   "全国, MR_* for a macro-region."),
        "name": (pl.String, "Official name (浙江省, 杭州市, 长江三角洲)."),
        "short_name": (pl.String, "Short form used in text (浙江, 杭州, 长三角)."),
        "level": (pl.String, "'country', 'province', 'prefecture', 'county' or 'macro'."),
        "parent_code": (pl.String, "The division it belongs to (a county's prefecture, else its province; a province's "
                                   "and a macro-region's is 100000); NULL for 全国."),
        "province_code": (pl.String, "Its province's code; NULL for 全国 and macro-regions."),
        "lat": (pl.Float64, "Latitude of its seat (degrees); NULL when cpca has none."),
        "lon": (pl.Float64, "Longitude of its seat (degrees); NULL when cpca has none."),
    }, "From cpca's adcodes data (a snapshot of about 2016) and transforms/lexicons/macro_regions.csv."),
    _table("region_members", "reference", "one row per (macro-region, member region)", ("macro_code", "member_code"), {
        "macro_code": (pl.String, "The macro-region (regions.region_code MR_*, e.g. 长三角)."),
        "member_code": (pl.String, "A member province or city (regions.region_code)."),
    }, "From transforms/lexicons/macro_regions.csv."),
    # -------------------------------------------------------------------- text
    _table("articles", "text", "one row per article cut from a raw document", ("article_id",), {
        "article_id": (pl.String, "<document_id>-<seq>: the document and the article's place in it."),
        "document_id": (pl.String, "The document it was cut from (raw_documents.document_id)."),
        "seq": (pl.Int32, "Position of the article in its document (from 1)."),
        "title": (pl.String, "The headline (for a photo, the caption's first words)."),
        "subtitle": (pl.String, "Subheadline; NULL when none."),
        "kicker": (pl.String, "Line above the headline (引题); NULL when none."),
        "byline": (pl.String, "The byline as printed (本报记者 …); NULL when none."),
        "authors": (pl.List(pl.String), "Names of the authors read from the byline."),
        "dateline": (pl.String, "The dateline as printed (本报杭州3月5日电); NULL when none."),
        "dateline_place": (pl.String, "The place named in the dateline (杭州); NULL when none."),
        "source_name": (pl.String, "The paper, agency or site that published it (浙江日报, 新华社 …); NULL when unknown."),
        "published_date": (pl.Date, "Publication date; NULL when the text gives none."),
        "date_source": (pl.String, "Which rule gave published_date (a dateline, a page header, the most common dateline …)."),
        "kind": (pl.String, "'news', 'photo' (a captioned picture) or 'untitled' (body without a headline)."),
        "region_code": (pl.String, "Primary region: the region the article is mostly about (regions.region_code); NULL "
                                   "when none in China."),
        "first_line": (pl.Int32, "First line of the article in the document (line number)."),
        "last_line": (pl.Int32, "Last line of the article in the document (line number)."),
        "n_chars": (pl.Int32, "Length of body in characters."),
        "body": (pl.String, "The article's text; every offset (char_start, char_end) in other tables points into it."),
        "relevance": (pl.Float64, "Science-and-technology / economy score from its topics and words (transforms/relevance.py)."),
        "is_relevant": (pl.Boolean, "relevance passes the threshold; articles that don't (politics, disasters, foreign "
                                    "affairs) stay queryable but no mart counts them."),
    }),
    _table("boilerplate_blocks", "text", "one row per line removed from a document", ("document_id", "line_no"), {
        "document_id": _DOCUMENT_ID,
        "line_no": (pl.Int32, "Line number in the document (from 1)."),
        "reason": (pl.String, "Why it was removed: front_matter, caption:<rule>, furniture:<rule>, orphan_after_article_end, "
                              "duplicate_paragraph or header_without_body."),
        "text": (pl.String, "The line as it was."),
    }, "Page furniture, captions, orphans and repeats, so that nothing disappears silently."),
    _table("sentences", "text", "one row per sentence of an article body", ("article_id", "sentence_no"), {
        "article_id": _ARTICLE_ID,
        "sentence_no": (pl.Int32, "Position of the sentence in the article (from 0)."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
        "text": (pl.String, "The sentence."),
    }),
    _table("tokens", "text", "one row per token of an article body", ("article_id", "position"), {
        "article_id": _ARTICLE_ID,
        "position": (pl.Int32, "Position of the token in the article (from 0)."),
        "token": (pl.String, "The word as segmented."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    }, "rjieba (jieba-rs) segmentation with jieba's dictionary, the place names and the domain words."),
    _table("region_mentions", "text", "one row per mention of a region in an article body", ("article_id", "char_start"), {
        "article_id": _ARTICLE_ID,
        "region_code": (pl.String, "The region meant (regions.region_code); NULL for a place outside China."),
        "mention": (pl.String, "The text as written (浙江省, 浙江, 浙, 长三角, 我省)."),
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
        "sentence_no": _SENTENCE_NO,
        "kind": (pl.String, "How it names the region: 'name', 'short', 'abbrev', 'line' (京 of 京沪高铁), 'macro', 'zone' (雄安新区, 中关村), "
                            "'deictic' (我省, 本市), 'national' or 'foreign'."),
        "is_ambiguous": (pl.Boolean, "The text fits more than one region and the most likely was chosen."),
        "in_organisation": (pl.Boolean, "Inside an organisation's name (浙江大学): evidence of location, not a subject."),
    }),
    _table("facts", "text", "one row per quantitative statement (one number in one sentence)", ("fact_id",), {
        "fact_id": (pl.String, "<article_id>-<sentence_no>-<n>: the statement's place in its article."),
        "article_id": _ARTICLE_ID,
        "sentence_no": (pl.Int32, "The sentence it is in (sentences.sentence_no)."),
        "region_code": (pl.String, "The region the statement is about (regions.region_code); NULL when none in China."),
        "indicator": (pl.String, "Class of what is counted (rd_spending, platforms, patents …; "
                                 "transforms/lexicons/indicators.csv defines each, with what it includes and excludes)."),
        "subject": (pl.String, "The counted noun phrase as written (全社会研发投入, 创新联合体); NULL when unlabelled."),
        "value": (pl.Float64, "The number, 万/亿 multiplied out; the low end of a range."),
        "value_max": (pl.Float64, "The high end of a range (bound 'range'); NULL otherwise."),
        "unit": (pl.String, "Canonical unit (元, %, 百分点, 家, 项, 基点, 席 … from transforms/lexicons/units.csv)."),
        "qualifier": (pl.String, "Words that qualify the number as written (超, 近, 约, 以上 …); NULL when none."),
        "bound": (pl.String, "'exact', 'at_least', 'at_most' (不超过), 'about' or 'range'."),
        "kind": (pl.String, "'level' (an amount), 'change' (增长12%, 提高0.5个百分点), 'share' (a part of a whole) or 'rank'."),
        "share_of": (pl.String, "For a share: what it is a share of (占GDP比重 → GDP); NULL otherwise."),
        "status": (pl.String, "'actual' (achieved), 'target' (力争, 目标, 到2025年…达到), 'forecast' (预计, 有望) or 'plan' (计划, 拟)."),
        "period": (pl.String, "The period as written (2023年, 上半年); a comparison base such as 与2021年相比 is not the period."),
        "period_year": (pl.Int32, "The year the value refers to: the period's year, else the publication year; NULL "
                                  "when neither is known, and for the size of a thing told without a time (全长1320米)."),
        "mention": (pl.String, "The number as written in the sentence (超3800亿元)."),
        "sentence": (pl.String, "The sentence the statement is in."),
        "char_start": (pl.Int32, "Offset of `mention` in articles.body (from 0)."),
        "char_end": (pl.Int32, "Offset just after `mention` in articles.body."),
    }, "Read from sentences by the grammar in transforms/facts/; marts pick the value to cite (mart_indicator_values)."),
    _table("entities", "text", "one row per mention of a named platform or organisation in an article", ("article_id", "entity_no"), {
        "article_id": _ARTICLE_ID,
        "entity_no": (pl.Int32, "Position of the mention among the article's entities (from 0)."),
        "name": (pl.String, "The name as written at char_start..char_end (数据资源创新联合体)."),
        "canonical_name": (pl.String, "The full name the article gives it (数据资源体系创新联合体; transforms/entity_names.py); "
                                      "the platform marts count it under this name."),
        "type": (pl.String, "创新联合体, 全国重点实验室, 技术创新中心, 高新区, 高校, 企业, 政府部门 …"),
        "region_code": (pl.String, "Where it is, from its own name's region mention (regions.region_code); NULL when the "
                                   "name names no region."),
        "sentence_no": _SENTENCE_NO,
        "char_start": _CHAR_START,
        "char_end": _CHAR_END,
    }),
    _table("article_topics", "text", "one row per (article, industry or technology field it touches)", ("article_id", "topic"), {
        "article_id": _ARTICLE_ID,
        "topic": (pl.String, "Field from the keyword taxonomy in transforms/lexicons/topics.csv (人工智能, 集成电路 …)."),
        "score": (pl.Float64, "Keyword hits per 1000 body characters, title hits weighted up."),
        "hits": (pl.Int32, "Keyword hits in the body and title."),
    }),
    _table("article_paragraphs", "text", "one row per paragraph of 20+ content characters of an article",
           ("article_id", "paragraph_no"), {
        "article_id": _ARTICLE_ID,
        "paragraph_no": (pl.Int32, "Position among the article's fingerprinted paragraphs (from 0)."),
        "paragraph_hash": (pl.String, "md5 (16 hex) of the paragraph's Chinese characters, digits and letters: "
                                      "punctuation and spacing ignored."),
        "n_chars": (pl.Int32, "Content characters hashed."),
    }, "Finds the same story printed twice (int_article_duplicates)."),
    _table("article_keywords", "text", "one row per (article, keyword)", ("article_id", "rank"), {
        "article_id": _ARTICLE_ID,
        "rank": (pl.Int32, "Rank of the keyword in the article (0 = strongest)."),
        "keyword": (pl.String, "The keyword."),
        "weight": (pl.Float64, "Its TF-IDF weight in the article."),
        "method": (pl.String, "How it was scored: 'tfidf' (jieba's IDF table over the article's tokens)."),
    }),
    # ------------------------------------------------------------------- state
    _table("processed_documents", "state", "one row per document analysed", ("document_id",), {
        "document_id": _DOCUMENT_ID,
        "analysis_version": (pl.String, "Hash of the transforms code and lexicons that analysed it: another version "
                                        "analyses it again."),
        "n_articles": (pl.Int32, "Articles cut from it."),
        "processed_at": (UTC_TIME, "When it was analysed (UTC)."),
    }, "Bookkeeping of the analysis; checks validate only the rows of documents analysed since their last pass."),
    _table("build_state", "state", "one row per fact remembered about past builds", ("key",), {
        "key": (pl.String, "What is remembered: published_fingerprint, validated:<check> …"),
        "value": (pl.String, "Its value (a fingerprint or hash)."),
    }, "Bookkeeping: the fingerprint of the last published build and the last validated content of small tables."),
)

TABLE = {table.name: table for table in TABLES}


def tables_in(group: str) -> tuple[Table, ...]:
    """The tables of a group, in registry order."""
    return tuple(t for t in TABLES if t.group == group)


def schemas_in(group: str) -> dict[str, dict[str, pl.DataType]]:
    """Table name -> polars schema, for the tables of a group in registry order."""
    return {t.name: t.schema for t in tables_in(group)}


def schema(name: str) -> dict[str, pl.DataType]:
    """The polars schema of a registered table."""
    return TABLE[name].schema

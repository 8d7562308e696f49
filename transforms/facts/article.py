"""Facts of a whole article: periods framing the text, headings that restate a number of the text, rows of
Markdown tables.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.cleaning import is_heading
from transforms.facts.extract import _SPACING_AT_NUMBER, _may_space_numbers, extract_facts
from transforms.facts.indicators import classify
from transforms.facts.model import _HALF_WIDTH, Fact, Sentence
from transforms.facts.numbers import _MAGNITUDE, _NUM_AR
from transforms.facts.periods import PERIOD_RE, period_year
from transforms.facts.status import DECIDED_ITEM, GOAL_LIST, MEETING_SAYS, ends_an_item, status_in_goal_list, status_of_decided_item
from transforms.facts.subjects import _clean_subject

# ---------------------------------------------------------------- headings that restate the text
# A heading line inside an article (a bulletin's item headline, a web article's subheading: cleaning.is_heading)
# repeats a number of the paragraph under it, often rounded (超3亿元 over 约3.01亿元): the paragraph's statement is
# the one to cite.
RESTATED_TOLERANCE = 0.1  # a heading rounds: within 10 % of the paragraph's value is the same number


def _restates(heading: Fact, fact: Fact) -> bool:
    if heading.unit != fact.unit or heading.kind != fact.kind:
        return False
    return abs(heading.value - fact.value) <= RESTATED_TOLERANCE * max(abs(fact.value), 1e-9)


# A time that opens a sentence as its topic, before a comma (2022年，… / 今年上半年，… / 截至2023年底，…), frames
# the sentences after it in the paragraph: 2022年，全国海关监管进出口货运量48亿吨…。支持企业…共减税、退税2850亿元。
_NEWS_PREFIX = re.compile(r"^[^,:：，]{0,16}(?:消息|电)[）)]?[:：]")
# … and after the source it is told from (据海关统计，2022年，… / 记者从国铁集团获悉，2023年，…)
_SOURCE_OPENING = re.compile(r"据[^,，]{1,16}(?:统计|数据|测算|显示|介绍),|[^,，]{0,24}(?:显示|获悉|了解到|介绍|表示|发布),")


def frame_period(text: str) -> str | None:
    """The period opening the sentence `text` before a comma (after a news agency's dateline), if any."""
    norm = (_SPACING_AT_NUMBER.sub("", text) if _may_space_numbers(text) else text).translate(_HALF_WIDTH)  # 2025 年，
    prefix = _NEWS_PREFIX.match(norm)
    at = prefix.end() if prefix else 0
    source = _SOURCE_OPENING.match(norm, at)
    m = PERIOD_RE.match(norm, source.end() if source else at)
    if m is None or not norm.startswith(",", m.end()):
        return None
    return m.group()[:4] if re.fullmatch(r"\d{4}年", m.group()) else m.group()


def extract_article_facts(body: str, sentences: list[Sentence], *, published_year: int | None = None) -> list[list[Fact]]:
    """The facts of each sentence of an article (extract_facts), a paragraph's last subject carried into its
    next sentence, Markdown table rows read with their header (table_row_facts), without the heading facts the
    paragraph below restates (drop_restated_headings)."""
    found, carried, header, frame, goals, meeting = [], None, None, None, False, False
    for n, sentence in enumerate(sentences):
        if n and "\n" in body[sentences[n - 1].char_end:sentence.char_start]:
            carried, frame, goals, meeting = None, None, False, False  # a new paragraph starts its own subject and time
        facts = extract_facts(sentence, published_year=published_year, carried_subject=carried, carried_period=frame)
        frame = frame_period(sentence.text) or frame
        opening = GOAL_LIST.search(sentence.text) if not goals and "目标" in sentence.text else None
        if facts and (goals or opening):  # 主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上…；
            after = sentence.char_start + (opening.end() if opening else 0)
            facts = [replace(f, status=status_in_goal_list(sentence.text, f.char_start - sentence.char_start, f.status, published_year))
                     if f.char_start >= after else f for f in facts]
        goals = (goals or opening is not None) and ends_an_item(sentence.text)
        if facts and meeting and DECIDED_ITEM.match(sentence.text):  # 会议确定…。二是在全国70%左右的地市开展分级诊疗试点
            facts = [replace(f, status=status_of_decided_item(sentence.text, f.char_start - sentence.char_start,
                                                              f.char_end - sentence.char_start, f.status, published_year, f.unit))
                     for f in facts]
        meeting = meeting or ("会议" in sentence.text and MEETING_SAYS.search(sentence.text) is not None)
        if not _TABLE_ROW.match(sentence.text):
            header = None
        elif n + 1 < len(sentences) and _TABLE_RULE.match(sentences[n + 1].text):
            header = [text for _, text in table_cells(sentence.text)]
        elif header is not None:
            facts = table_row_facts(sentence, header, facts, published_year=published_year)
        carried = next((f.subject for f in reversed(facts) if f.subject), carried)
        found.append(facts)
    return drop_restated_headings(body, sentences, found)


# ---------------------------------------------------------------- Markdown tables
# Web articles give statistics as Markdown tables: | 指标 | 数值 | 增长 |, a rule row, then one row per thing.
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|[\s:|\-]+\|$")
_CHANGE_COLUMN = re.compile("增长|增速|增幅|同比|比上年|较上年|变化|变动")
_SHARE_COLUMN = re.compile("占比|比重|比例")


def table_cells(row: str) -> list[tuple[int, str]]:
    """(offset in `row`, stripped text) of each cell of a Markdown table row."""
    cells, at = [], 1
    for part in row[1:-1].split("|"):
        cells.append((at + len(part) - len(part.lstrip()), part.strip()))
        at += len(part) + 1
    return cells


# A unit given once for a row or a column, in brackets after its name (高新技术企业（家）, 研发投入(亿元), 金额（万元）): the bare
# numbers of its cells are in it, the column's first.
_UNIT_IN_BRACKETS = re.compile(r"[(（](?P<unit>[^()（）]{1,6})[)）]$")
_BARE_CELL = re.compile(rf"(?:{_NUM_AR})(?:{_MAGNITUDE})?[余多+]?")


def _cells_in_bracketed_unit(row: Sentence, header: list[str], cells: list[tuple[int, str]], facts: list[Fact],
                             published_year: int | None) -> list[Fact]:
    """Facts for the cells of `row` that hold a bare number (1.2万, 2,350) in the unit the row's name or the column's
    header gives in brackets; the number is read as if the unit followed it, its mention is the cell."""
    out = []
    for column, (at, text) in enumerate(cells[1:], start=1):
        head = header[column] if column < len(header) else ""
        unit = _UNIT_IN_BRACKETS.search(head) or _UNIT_IN_BRACKETS.search(cells[0][1])  # a column's own unit first: 增长（%）
        if not unit or not _BARE_CELL.fullmatch(text) or any(row.char_start + at <= f.char_start < row.char_start + at + len(text) for f in facts):
            continue
        read = extract_facts(Sentence(text + unit["unit"], 0, len(text) + len(unit["unit"])), published_year=published_year)
        if len(read) == 1 and read[0].char_end == len(text) + len(unit["unit"]):
            out.append(replace(read[0], mention=text, char_start=row.char_start + at, char_end=row.char_start + at + len(text)))
    return out


def table_row_facts(row: Sentence, header: list[str], facts: list[Fact], *, published_year: int | None = None) -> list[Fact]:
    """The facts of a table row read with its table: what the row's first cell names is the subject, and the
    column's header says whether a value is a change (增长, 同比), a share (占比) or of a period (2022年); bare numbers
    take the unit the row's name or the column's header gives in brackets (_cells_in_bracketed_unit)."""
    cells = table_cells(row.text)
    facts = sorted([*facts, *_cells_in_bracketed_unit(row, header, cells, facts, published_year)], key=lambda f: f.char_start) if cells else facts
    name = _clean_subject(_UNIT_IN_BRACKETS.sub("", cells[0][1])) if cells else None
    out = []
    for fact in facts:
        column = max((i for i, (at, _) in enumerate(cells) if at <= fact.char_start - row.char_start), default=0)
        if column == 0 or name is None:
            out.append(fact)
            continue
        head = header[column] if column < len(header) else ""
        kind = "change" if _CHANGE_COLUMN.search(head) else ("share" if _SHARE_COLUMN.search(head) and fact.unit == "%" else
                                                             ("level" if fact.kind == "share" else fact.kind))
        period = head if PERIOD_RE.fullmatch(head) else fact.period
        out.append(replace(fact, subject=name, kind=kind, share_of=fact.share_of if kind == "share" else None,
                           indicator=classify(name, fact.unit, kind), period=period,
                           period_year=period_year(period, published_year)))
    return out


def drop_restated_headings(body: str, sentences: list[Sentence], facts: list[list[Fact]]) -> list[list[Fact]]:
    """`facts` (one list per sentence) without the facts of heading lines that the paragraph under the heading
    states again; a heading number the paragraph does not state stays."""
    out = [list(found) for found in facts]
    for n, sentence in enumerate(sentences):
        if not facts[n] or not is_heading(body, sentence):
            continue
        paragraph_end = body.find("\n", sentence.char_end + 1)
        paragraph_end = len(body) if paragraph_end < 0 else paragraph_end
        below = [f for m in range(n + 1, len(sentences)) if sentences[m].char_start < paragraph_end for f in facts[m]]
        out[n] = [f for f in facts[n] if not any(_restates(f, g) for g in below)]
    return out

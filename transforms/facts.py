"""Sentence splitting and numeric-fact extraction for Chinese S&T news.

Pure Python (no dagster/duckdb). Pipeline: ``split_sentences(body)`` ->
``extract_facts(sentence)`` -> ``Fact`` rows whose ``mention`` can always be
found again at ``body[char_start:char_end]``.

Rules are table driven: units and the indicator taxonomy live in
``lexicons/*.csv``; qualifiers, trim words and exclusion masks are the named
tables/patterns below. Matching runs on a half-width copy of the text (same
length, so offsets stay valid).
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cn2an

from transforms.fastre import starting_with

LEXICONS = Path(__file__).with_name("lexicons")

# Full-width ASCII (U+FF01..FF5E) and the ideographic space -> ASCII. 1:1 in
# length, so every offset computed on the translated text is valid in the original.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True)
class Sentence:
    text: str
    char_start: int  # offsets into the article body, end-exclusive
    char_end: int


@dataclass(frozen=True)
class Fact:
    indicator: str
    subject: str | None
    value: float
    unit: str
    qualifier: str | None
    bound: str  # 'at_least' | 'about' | 'at_most' | 'exact' | 'range'
    mention: str
    char_start: int  # offsets of `mention` in the article body
    char_end: int
    period: str | None
    value_max: float | None = None  # the high end of a range (bound 'range')
    kind: str = "level"  # 'level' | 'change' | 'share' | 'rank'
    share_of: str | None = None  # for a share: what it is a share of (占GDP比重 -> GDP)
    status: str = "actual"  # 'actual' | 'target' | 'forecast' | 'plan'
    period_year: int | None = None  # the year the value refers to


# ---------------------------------------------------------------- tables
@cache
def _read_table(name: str) -> tuple[dict[str, str], ...]:
    """Read ``lexicons/<name>``: '#' comment lines, then a csv header + rows."""
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return tuple(csv.DictReader(ln for ln in lines if ln.strip() and not ln.startswith("#")))


@cache
def _units() -> dict[str, str]:
    """surface text -> canonical unit, from units.csv."""
    return {row["surface"]: row["unit"] for row in _read_table("units.csv")}


@cache
def _indicator_rules() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(indicator, keyword, allowed units) ordered by priority then keyword length."""
    rows = sorted(_read_table("indicators.csv"), key=lambda r: (int(r["priority"]), -len(r["keyword"])))
    return tuple((r["indicator"], r["keyword"], frozenset(filter(None, r["units"].split("|")))) for r in rows)


def _alt(words) -> str:
    """Regex alternation, longest first so '达到' wins over '达'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Qualifier word -> bound. Position decides where the word may stand.
BOUNDS = {
    "超过": "at_least", "超": "at_least", "突破": "at_least", "逾": "at_least", "以上": "at_least",
    "余": "at_least", "多": "at_least",
    "近": "about", "将近": "about", "接近": "about", "约": "about", "大约": "about", "左右": "about",
    "不到": "at_most", "不足": "at_most", "未满": "at_most", "以下": "at_most", "以内": "at_most",
    "达": "exact", "达到": "exact", "高达": "exact", "累计": "exact", "共计": "exact", "合计": "exact",
    "总计": "exact",
}
PREFIX_STACK = ("累计", "共计", "合计", "总计")  # may precede another prefix: 累计超…
PREFIX = ("超过", "超", "突破", "逾", "近", "将近", "接近", "约", "大约", "不到", "不足", "未满",
          "达", "达到", "高达")
INFIX = ("余", "多")  # between number and unit: 10余家, 11000多米
SUFFIX = ("以上", "以下", "左右", "以内")

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_NUM_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAG = {"十": 1e1, "百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8}
# A number is not a count when glued to letters/digits/codes (GD11000, SF6, 11-0237,
# 08:04, 1/200) or after 第 (ordinal).
_NOT_BEFORE = r"\dA-Za-z.\-/:第"
# ...nor after 前 (top-N: 前十位, 前4个月) unless it is 目前/此前/之前/以前/当前.
_NOT_TOP_N = r"(?<!(?<![目此之以当])前)"
# Vague Chinese amounts (数十家, 上万, 几百) have no value; 届: 十三届二次全会.
_NOT_BEFORE_CN = _NOT_BEFORE + _CN_DIGITS + "数几上成届"
# Unit followed by these is a duration (4个月) or a rate (120米/分钟): skip.
_UNIT_NOT_BEFORE = r"[/A-Za-z]|月|小时|季度|星期|工作日"
# Chinese runs that are an article or a bare magnitude, not a count: 一家企业, 千家万户.
_LONE_NOT_NUMBER = {"一", "万", "千", "百", "亿"}


def _is_count_numeral(run: str) -> bool:
    """False for 一 (an article), bare 万/千 and place-less runs (唯一一套 -> '一一')."""
    if len(run) == 1:
        return run not in _LONE_NOT_NUMBER
    return any(c in "十百千万亿" for c in run)


@cache
def _fact_re() -> re.Pattern[str]:
    """Pattern for [qualifier] NUMBER[range][magnitude][余/多] UNIT [以上/左右…]."""
    return starting_with(
        "".join(w[0] for w in PREFIX_STACK + PREFIX) + "0123456789" + _CN_DIGITS,
        rf"(?P<stack>{_alt(PREFIX_STACK)})?(?P<pre>{_alt(PREFIX)})?"
        rf"(?:{_NOT_TOP_N}(?<![{_NOT_BEFORE}])(?P<ar>{_NUM_AR})(?:(?:至|到|-|~|—)(?P<ar2>{_NUM_AR}))?"
        rf"(?P<mag>万亿|千万|百万|十万|亿|万)?"
        rf"|{_NOT_TOP_N}(?<![{_NOT_BEFORE_CN}])(?P<cn>[{_CN_DIGITS}]+))"
        rf"(?P<infix>{_alt(INFIX)})?(?P<unit>{_alt(_units())})(?!{_UNIT_NOT_BEFORE})"
        rf"(?P<suf>{_alt(SUFFIX)})?"
    )


# '居全国第二', '排名跃升到全球第八位', '居三省一市首位' -> rank facts (unit 位).
RANK_RE = re.compile(
    r"(?:位居|位列|名列|排名|居于|跃升到|跃升至|跃居|升至|居)[^,、。;:!?\s第]{0,6}?"
    r"(?:第(?P<n>[一二三四五六七八九十\d]+)(?:位|名)?|(?P<first>首位))"
)

# Spans whose digits are names, labels or references, never quantities.
MASKS = {
    "book_title": r"《[^》]*》",  # 《2024年5G工厂名录》
    "short_quote": r"“[^”,。!?;]{1,15}”|‘[^’,。!?;]{1,15}’|「[^」]{1,15}」",  # “8+4”政策, “315”
    "iso_date": r"\d{4}-\d{1,2}-\d{1,2}",
    "cn_date": r"\d{4}年(?:\d{1,2}(?:至|-|到)?\d{0,2}月)?(?:\d{1,2}日)?|\d{1,2}(?:至|-|到)\d{1,2}月"
               r"|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日",
    "clock": r"\d{1,2}:\d{2}(?::\d{2})?",
    "phone": r"\(\d{3,4}\)\d{7,8}(?:-\d+)?",
    "serial": r"CN\s?\d+-\d+|邮发代号\s?\d+-\d+|第\d+期",
}
_MASK_RE = starting_with("《“‘「0123456789(C邮第", "|".join(f"(?:{p})" for p in MASKS.values()))

# The period a statement refers to (kept raw; a bare 'YYYY年' is returned as 'YYYY').
_CN_SMALL = "一两二三四五六七八九十"
PERIOD_RE = starting_with(
    "截0123456789去今明前上当近一过未",
    r"截至\d{4}年(?:年底|年末|底|末|\d{1,2}月底?)?|截至目前|截至年底"
    r"|(?<!\d)\d{4}年(?:\d{1,2}(?:至|-|到|—)\d{1,2}月|前?\d{1,2}月(?!\d)|上半年|下半年|前三季度|年底|底)?"
    rf"|去年|今年|明年|前年|上年|当年|近年来|一年多来|(?:近|过去|未来)(?:\d+|[{_CN_SMALL}]+)(?:个月|年)"
)

# Subject trimming tables. LEAD: verbs/adverbs/generic places stripped from the
# front of a subject found before the number; TRAIL: from its end.
# Single characters that also start nouns carry a guard (共性, 有效, 达标).
_LEAD_GUARDED = r"共(?![性享同建])|有(?![效机限色关力])|达(?![标成])"
LEAD = ("建成", "开通", "组建起", "组建", "参与", "涉及", "实现",
        "为", "拥有", "现有", "共有", "建设", "新建", "引进", "培育", "协助", "服务", "录入",
        "新增", "完成", "确保", "其中", "其", "目前", "当前", "带动", "推动", "吸引", "汇聚",
        "推广", "覆盖", "涵盖", "包括", "包含", "发运", "运送", "孵化", "监管", "输出", "吸纳",
        "成功", "创建", "我国", "我省", "我市", "全国", "全省", "全市", "全县", "中国", "国内", "该区",
        "该平台", "当地", "了", "还", "又", "均", "占")
TRAIL = ("达到", "达", "为", "超过", "超", "突破", "约", "近", "共", "有", "是", "覆盖", "共计",
         "合计", "总计", "累计", "增至", "已", "将", "可", "仍", "也", "均", "分别", "建设", "由", "从")
# Adverbs/verbs after which the subject starts, wherever they stand ('浙江将力争|全省研发投入强度').
CUT_AFTER = ("已经", "已", "将", "力争", "现有", "累计")
# Words that end a subject found after the unit ('41个工业大类|全覆盖').
STOP_AFTER = ("参与", "实现", "成立", "通过", "将", "是", "为", "已", "被", "正", "获", "获评",
              "获批", "入驻", "申领", "使用", "开展", "完成", "提供", "形成", "落户", "全覆盖",
              "覆盖", "之一", "等", "进行", "联合", "共同", "同步", "参加", "发布", "签约", "上线",
              "入选", "落地", "推进", "加快", "承担", "实施", "提出", "全面", "均", "都", "也",
              "还", "同时", "陆续", "相继", "分别", "首次", "顺利", "成功", "打造", "发运", "集聚",
              "建设", "取得", "以及", "线上", "拟", "同比")
# A subject that is only a change (同比增长, 比上年提高, 提高到) names no thing: '营收500亿元，同比增长12%'
# and '研发投入强度由2.1%提高到2.5%' are about what the fact before them counted.
CHANGE_FRAMES = ("同比", "同期", "环比", "比上年", "较上年", "比去年", "较去年", "分别", "由")
CHANGE_VERBS = ("增长", "提高", "提升", "增加", "下降", "减少", "降低", "上升", "回落", "增幅", "增速", "涨", "跌")
_CHANGE_ONLY = re.compile(rf"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})(?:了|到|至|为)?")
_LEAD_RE = re.compile(rf"^(?:{_alt(LEAD)}|{_LEAD_GUARDED})+")
_TRAIL_RE = re.compile(rf"(?:{_alt(TRAIL)})+$")
_CUT_AFTER_RE = re.compile(_alt(CUT_AFTER))
_STOP = rf"[,、:;()。!?|\-\s的]|{_alt(STOP_AFTER)}"
# A digit ends an after-unit phrase only after its first char: '4000家5G工厂' keeps 5G.
_AFTER_RE = re.compile(rf"(?!{_STOP})(.+?)(?={_STOP}|\d|$)")
# Left-context cut points: clause punctuation, 'A、B等C' and 'X的Y' (which also
# covers '包括…在内的Y').
_LEFT_BREAK = re.compile(r"[,、:;()|【】\s的等]")
_SUBJECT_MAX = 16
_NOISE = str.maketrans("", "", "“”‘’《》「」『』\"'")


# ---------------------------------------------------------------- sentences
_SENTENCE_RE = re.compile(r"[^\n。!?;]*(?:[。!?;]+[”’」』)]*)?")


def split_sentences(body: str) -> list[Sentence]:
    """Split an article body into sentences.

    In: the raw body. Out: sentences cut after 。！？；!?; (closing quotes/brackets
    stay with their sentence) and at every newline, whitespace-trimmed by moving
    the offsets, so ``body[s.char_start:s.char_end] == s.text``.
    Caveat: page dumps break lines mid-sentence; such halves become two sentences.
    """
    out = []
    for m in _SENTENCE_RE.finditer(body.translate(_HALF_WIDTH)):
        raw = body[m.start():m.end()]
        text = raw.strip()
        if text:
            start = m.start() + len(raw) - len(raw.lstrip())
            out.append(Sentence(text, start, start + len(text)))
    return out


# ---------------------------------------------------------------- numbers
def parse_number(text: str) -> float | None:
    """Parse a numeral as written in Chinese news.

    In: '41', '1,234', '４１', '408.9', '1.5万', '2.4万亿', '四十二', '两千', '十余'.
    Out: the float value (magnitudes multiplied out), or None if not a number.
    Caveat: a trailing 余/多 is dropped ('十余' -> 10); digit-by-digit Chinese
    ('一二三') follows cn2an and gives 123.
    """
    t = text.strip().translate(_HALF_WIDTH).removesuffix("余").removesuffix("多")
    m = re.fullmatch(rf"({_NUM_AR})([十百千万亿]*)", t)
    if m:
        return float(m[1].replace(",", "")) * math.prod(_MAG[c] for c in m[2])
    if not t or not re.fullmatch(f"[{_CN_DIGITS}]+", t):
        return None
    if t[0] in "百千万亿":  # cn2an needs the leading 一 ('千亿' -> '一千亿')
        t = "一" + t
    try:
        return float(cn2an.cn2an(t, "normal"))
    except ValueError:
        return None


# ---------------------------------------------------------------- subjects
def _clean_subject(text: str) -> str | None:
    """Drop quote marks; None unless 2..16 chars with at least one CJK/letter."""
    text = text.translate(_NOISE).strip()
    if len(text) < 2 or not re.search(r"[\u4e00-\u9fffA-Za-z]", text):
        return None
    return text if len(text) <= _SUBJECT_MAX else None


def _subject_before(left: str) -> str | None:
    """Noun phrase ending right before the number ('累计建成开通5G基站' -> '5G基站').

    In: clause text left of the mention. Caveat: when still longer than 16 chars
    we keep what follows '以上' (规模以上…), else the last 16 chars (Chinese noun
    phrases are head-final, so the tail is the counted thing).
    """
    left = re.sub(r"\([^()]*\)", "", left)  # R&D(科学研究与试验发展)经费: drop glosses
    left = left[max((m.end() for m in _LEFT_BREAK.finditer(left)), default=0):]
    left = left[max((m.end() for m in PERIOD_RE.finditer(left)), default=0):]
    pieces = [p for p in _CUT_AFTER_RE.split(left) if p]
    left = pieces[-1] if pieces else ""
    left = _TRAIL_RE.sub("", _LEAD_RE.sub("", left)).translate(_NOISE)
    if len(left) > _SUBJECT_MAX:
        left = left.split("以上")[-1][-_SUBJECT_MAX:]
    return _clean_subject(left)


def _is_change_only(subject: str | None) -> bool:
    return subject is not None and _CHANGE_ONLY.fullmatch(subject) is not None


def _subject_after(right: str) -> str | None:
    """Noun phrase right after the unit ('4000家5G工厂；' -> '5G工厂'), else None."""
    m = _AFTER_RE.match(right.removeprefix("的"))
    return _clean_subject(m[1]) if m else None


# ---------------------------------------------------------------- facts
def _classify(subject: str | None, sentence: str, unit: str) -> str:
    """Indicator of the first csv keyword found in the subject, then the sentence."""
    for text in filter(None, (subject, sentence)):
        for indicator, keyword, units in _indicator_rules():
            if keyword in text and (not units or unit in units):
                return indicator
    return "other"


def _period(text: str, end: int) -> str | None:
    """Last period expression before ``end`` (outside 《》 titles), raw; 'YYYY年' -> 'YYYY'."""
    titles = [m.span() for m in re.finditer(MASKS["book_title"], text)]
    found = [m for m in PERIOD_RE.finditer(text, 0, end)
             if not any(s <= m.start() < e for s, e in titles)]
    if not found:
        return None
    raw = found[-1][0]
    return raw[:4] if re.fullmatch(r"\d{4}年", raw) else raw


def _qualifier(m: re.Match[str]) -> tuple[str | None, str]:
    """Pick the qualifier that sets the bound (超 beats 累计); ranges are at_least."""
    words = [w for w in (m["stack"], m["pre"], m["infix"], m["suf"]) if w]
    word = next((w for w in words if BOUNDS[w] != "exact"), words[0] if words else None)
    bound = "at_least" if m["ar2"] else BOUNDS.get(word, "exact")
    return word, bound


def extract_facts(sentence: Sentence) -> list[Fact]:
    """Numeric facts (counts, money, %, measures, ranks) stated in one sentence.

    In: a Sentence from split_sentences. Out: Facts in text order with
    ``body[f.char_start:f.char_end] == f.mention``.
    Caveat: only units listed in units.csv count; dates, codes, ordinals, phone and
    issue numbers and numbers inside 《》/short “” names are skipped; a range
    '10至15家' is one at_least fact with the lower value.
    """
    text = sentence.text
    norm = text.translate(_HALF_WIDTH)
    masked = [m.span() for m in _MASK_RE.finditer(norm)]
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in (("rank", RANK_RE), ("count", _fact_re())):
        for m in pattern.finditer(norm):
            s, e = m.span()
            if not any(s < me and ms < e for ms, me, *_ in [*masked, *hits]):
                hits.append((s, e, kind, m))
    facts, prev_end, prev_subject = [], 0, None
    hits.sort(key=lambda h: h[0])
    # Subjects never reach across a neighbouring mention.
    next_starts = [h[0] for h in hits[1:]] + [len(norm)]
    for (s, e, kind, m), next_start in zip(hits, next_starts):
        if kind == "rank":
            value = 1.0 if m["first"] else parse_number(m["n"])
            unit, qualifier, bound = "位", None, "exact"
        else:
            if m["cn"] and not _is_count_numeral(m["cn"]):
                continue
            value = parse_number(m["cn"] or m["ar"] + (m["mag"] or ""))
            unit = _units()[m["unit"]]
            qualifier, bound = _qualifier(m)
        if value is None or not math.isfinite(value):
            continue
        after = None if kind == "rank" else _subject_after(norm[e:next_start])
        subject = (after if not _is_change_only(after) else None) or _subject_before(norm[prev_end:s])
        indicator = "rank" if kind == "rank" else _classify(subject, norm, unit)
        if unit == "%" and value > 100:  # a share cannot exceed 100 %, only a change can
            indicator = "growth"
        if _is_change_only(subject) and prev_subject:
            # 同比增长12% stays a change (growth); 提高到2.5% is the new level of what came before
            if subject.endswith(("到", "至")) and kind != "rank":
                indicator = _classify(prev_subject, norm, unit)
            subject = prev_subject
        prev_subject = subject
        facts.append(Fact(indicator, subject, value, unit, qualifier, bound, text[s:e],
                          sentence.char_start + s, sentence.char_start + e, _period(norm, s)))
        prev_end = e
    return facts

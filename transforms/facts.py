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

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

import cn2an

from transforms.cleaning import is_heading
from transforms.fastre import starting_with
from transforms.lexicons import (
    jieba_adjectives,
    jieba_adverbs,
    jieba_idioms,
    jieba_single_nouns,
    jieba_two_char_nouns,
    jieba_verbal_nouns,
    jieba_verbs,
    jieba_verbs_that_head_nouns,
    lexicon_rows,
)

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
def _units() -> dict[str, str]:
    """surface text -> canonical unit, from units.csv."""
    return {row["surface"]: row["unit"] for row in lexicon_rows("units.csv")}


@cache
def _unit_kinds() -> dict[str, str]:
    """canonical unit -> its kind (count, money, percent, percentage_point, ratio, measure), from units.csv."""
    return {row["unit"]: row["kind"] for row in lexicon_rows("units.csv")}


@cache
def indicator_classes() -> dict[str, frozenset[str]]:
    """indicator -> the unit kinds a level of it can have (lexicons/indicators.csv, the data dictionary)."""
    return {r["indicator"]: frozenset(filter(None, r["unit_kinds"].split("|"))) for r in lexicon_rows("indicators.csv")}


def _units_column(column: str) -> dict[str, frozenset[str]]:
    """indicator -> the units listed in an indicators.csv column ('|'-separated); classes listing none are left out."""
    return {r["indicator"]: frozenset(r[column].split("|")) for r in lexicon_rows("indicators.csv") if r[column]}


@cache
def counted_in() -> dict[str, frozenset[str]]:
    """indicator -> the measure words a count of its things can have (indicators.csv `counted_in`: firms in 家 or 户, people
    in 人 or 名); a class with none listed counts in any."""
    return _units_column("counted_in")


@cache
def measured_in() -> dict[str, frozenset[str]]:
    """indicator -> the physical units a quantity of its things can have (indicators.csv `measured_in`: built capacity in
    公里, 千瓦, 立方米, not in 平方公里 or 公里/小时); a class with none listed takes any."""
    return _units_column("measured_in")


@cache
def _indicator_keywords() -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword of indicator_keywords.csv (longest first) and keyword -> indicator."""
    table = {r["keyword"]: r["indicator"] for r in lexicon_rows("indicator_keywords.csv")}
    return re.compile(_alt(table)), table


def _alt(words) -> str:
    """Regex alternation, longest first so '达到' wins over '达' (ties in text order: the same pattern in every process)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Qualifier word -> bound. Position decides where the word may stand.
BOUNDS = {
    "超过": "at_least", "超": "at_least", "突破": "at_least", "逾": "at_least", "以上": "at_least",
    "余": "at_least", "多": "at_least", "+": "at_least", "来": "about",
    "近": "about", "将近": "about", "接近": "about", "约": "about", "大约": "about", "左右": "about",
    "不到": "at_most", "不足": "at_most", "未满": "at_most", "以下": "at_most", "以内": "at_most",
    "达": "exact", "达到": "exact", "高达": "exact", "累计": "exact", "共计": "exact", "合计": "exact",
    "总计": "exact",
    # a negation flips the bound: 不超过1万元 is at most 1万元
    "不超过": "at_most", "未超过": "at_most", "未突破": "at_most", "不高于": "at_most", "低于": "at_most",
    "少于": "at_most", "不多于": "at_most", "最多": "at_most", "至多": "at_most",
    "不低于": "at_least", "不少于": "at_least", "高于": "at_least", "多于": "at_least", "至少": "at_least",
    "最少": "at_least",
}
PREFIX_STACK = ("累计", "共计", "合计", "总计")  # may precede another prefix: 累计超…
PREFIX = ("超过", "超", "突破", "逾", "近", "将近", "接近", "约", "大约", "不到", "不足", "未满",
          "达", "达到", "高达", "不超过", "未超过", "未突破", "不高于", "低于", "少于", "不多于", "最多", "至多",
          "不低于", "不少于", "高于", "多于", "至少", "最少")
INFIX = ("余", "多", "+", "来")  # between number and unit (10余家, 11000多米, web text's 2,000+ 家, 十来名: about ten) or
# magnitude (100多万人, 30余亿元)
# After a bare amount 来 is a verb's (投资3亿来建设新厂): 'about' only before a unit (十来名) or a magnitude (十来万).
_BARE_INFIX = tuple(w for w in INFIX if w != "来")
SUFFIX = ("以上", "以下", "左右", "以内")

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_MAGNITUDE = "万亿|千万|百万|十万|亿|万"
# Statistics acronyms glued to their value (GDP18866.43亿元) do not make it a code like GD11000.
_AFTER_ACRONYM = "|".join(f"(?<={a})" for a in ("GDP", "CPI", "PPI", "PMI"))
# Web text sets numbers apart with spaces or Markdown emphasis (力争突破 **200** 家): allowed between the parts.
_GAP = r"[ *_]{0,4}"
# 约 ending a word before a number is no 'about': 共签约166个项目, 已预约3000人次, 节约用水200万吨 (签约, 预约, 节约, 合约, 条约 …)
_PREFIX_NOT_ENDING_A_WORD = r"(?!(?<=[签预节合条公契制邀违履特集践如])约)"
# A leading zero makes a label (低轨01组, 编号007), not a quantity; 0.5 and 0 itself are numbers.
_NUM_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?!0\d)\d+(?:\.\d+)?"
_MAG = {"十": 1e1, "百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8}
# A number is not a count when glued to letters/digits/codes (GD11000, SF6, 11-0237,
# 08:04, 1/200) or after 第 (ordinal).
_NOT_BEFORE = r"\dA-Za-z.\-/:第每"
# ...nor after 前 (top-N: 前十位, 前4个月) unless it is 目前/此前/之前/以前/当前.
_NOT_TOP_N = r"(?<!(?<![目此之以当])前)"
# Vague Chinese amounts (数十家, 上万, 几百) have no value; 届: 十三届二次全会.
_NOT_BEFORE_CN = _NOT_BEFORE + _CN_DIGITS + "数几上成届"
# Unit followed by these is a duration (4个月) or a rate (120米/分钟): skip.
_UNIT_NOT_BEFORE = (r"[/A-Za-z]|多?(?:月|小时|季度|星期|工作日)|半(?:月|年|天|小时)"  # 两个多月: a duration
                    r"|(?<=本)[地市省区县届次年月周科土身质期部级领事]")  # 3本地企业: 本 starts a word, it counts no books
# Measure words that also start other words or stand as a word of their own (a preposition, a noun): the unit is not
# taken before these (2对夫妻 but 两国对此; 26县, 湛江四市 but 两市场, 3县级; 12间涉黄娱乐场所 but 3间隔; 700万度
# kilowatt-hours but 360度, 零下8度).
UNIT_NOT_STARTING = {
    "对": r"[于比此外内接标口象话待应方称照抗决冲齐准立手岸面华美日非韩俄欧中台港澳\d一二两三四五六七八九十]",
    "市": r"场|民|值|委|政|长|级|区|县|属|辖|内|里|容|貌|面|郊|中心|州|况|价|直|域|镇|井",
    "县": r"级|域|城|委|长|区|市|乡|镇|里|内|政|志|令|属|辖",
    "城": r"市|乡|区|镇|际|墙|管|建|投|郊|中|里|内|门|池|关|堡",
    "笔": r"记|者|试|画|墨|触|下|端|名|尖|芯|迹|筒",
    "盆": r"地|景|栽",
    "宗": r"教|旨|族|师|亲|室|祠",
    "家": r"庭",  # 1000万家庭 are households (BARE_AMOUNT_OF), not firms
    "间": r"隔|距|断|接|歇|谍|次",  # 4201间次: visits, not rooms
}
_UNIT_NOT_BEFORE += "".join(f"|(?<={unit})(?:{words})" for unit, words in UNIT_NOT_STARTING.items())
_UNIT_NOT_BEFORE += "|(?<=度)(?<![万亿]度)"  # 度 is a kilowatt-hour after a magnitude only (近4亿度, 700万度的风)
# Chinese runs that are an article or a bare magnitude, not a count: 一家企业, 千家万户.
_LONE_NOT_NUMBER = {"一", "万", "千", "百", "亿"}


def _is_count_numeral(run: str) -> bool:
    """False for 一 (an article), bare 万/千 and place-less runs (唯一一套 -> '一一')."""
    if len(run) == 1:
        return run not in _LONE_NOT_NUMBER
    return any(c in "十百千万亿" for c in run)


def _range_low(m: re.Match[str]) -> float | None:
    """The first number of `m`. A magnitude written on the high end only is the low end's too (3至5万元) unless that
    would put the low end above the high one (贷款额度在3000到30万元: 3000元, not 3000万元)."""
    if m["mag1"] or not m["mag"] or not m["ar2"]:
        return parse_number(m["ar"] + (m["mag1"] or m["mag"] or ""))
    shared, plain, high = parse_number(m["ar"] + m["mag"]), parse_number(m["ar"]), parse_number(m["ar2"] + m["mag"])
    if None not in (shared, plain, high) and shared > high >= plain:
        return plain
    return shared


def _falls(m: re.Match[str]) -> bool:
    """The range `m` runs downwards (1毫米到0.5毫米): a fall from one value to the other, not a range."""
    low, high = _range_low(m), parse_number(m["ar2"] + (m["mag"] or ""))
    return low is not None and high is not None and high < low


# A 从 or 由 before a range with the unit on both ends makes it a change from one to the other (负面清单从190条到122条), and
# so does a fall (_falls).
_FROM_BEFORE = re.compile(r"(?:从|由)[^,，;；。:：从由]{0,8}$")
# The two ends of a range: 3至5年, 10-20家, 7%~8%, 10—20家, and the doubled dashes of hand-typed text (70%--80%, 10——20家).
_RANGE_DASH = r"(?:至|到|--|——|-|~|—|–)"
# A sign set before a number that nothing glues to (同比 +18%, 为-0.75%, 利润水平从-5%): the value's sign. Not after a letter,
# digit, %, a dash or a dot (GD-11, 11-0237, 70%--80%, 新冠-19 has none of them but no unit after either).
_SIGN = r"(?<![0-9A-Za-z.%\-~—–+])(?P<sign>[-+−])"
# The kinds of units a value may be negative in (a rate, a change, a balance); before a count or a measure a dash joins a
# name or a code (直-8L, 新冠-19家).
SIGNED_KINDS = frozenset({"percent", "percentage_point", "money"})
# After a verb of decrease a minus only repeats it (同比下降 -5.1% is a fall of 5.1%): the value keeps its size.
_DECREASE_BEFORE = re.compile(r"(?:下降|减少|降低|回落|下滑|下跌|收窄|缩小|降)了?[ *_]*$")
# After a frame of change a signed value is a change (同比 +18%, 环比-0.3%).
_SIGNED_CHANGE_FRAME = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|比上月|较上月)[ *_:：]*$")
# A magnitude with no digit before it (万, 百万, 万亿): alone it is a round amount only with a qualifier (近万公里, 超千家,
# 突破万亿千瓦时; 千家万户 is a figure of speech), and before 级 a class (百万千瓦级, 千万吨级); a run opening with 十 is a number.
_BARE_MAGNITUDE = re.compile("[百千万亿][十百千万亿]*")
_NOUN_AFTER_CLASS = re.compile(r"[“\"]?[\u4e00-\u9fff]{0,4}[”\"]?(?:企业|公司|项目|产业|集群|园区|基地|工程)")
# The rest of an amount told in two magnitudes (2亿7769万人, 3亿6538万人次, 8万8888套, 5万6千吨, 1万5千名): what follows 亿 is
# in 万 (or 千万, and four digits may follow that 万: 2亿3263万6622例), what follows 万 is four digits or one digit of 千 or
# 百; "4万3" is left alone.
_MAG_REST = r"(?:(?<=亿)(?P<rest>\d{1,4}万(?:\d{4}(?![\d.]))?|\d千万)|(?<=万)(?P<rest2>\d{4}(?![\d.])|\d[千百]))"
# A run of Chinese numerals. A 千 right after 万 or 亿 starts the unit, not the number (一亿千瓦, 三万千米): a numeral goes on
# with 一千 there (一万一千).
_CN_RUN = rf"(?:[{_CN_DIGITS.replace('千', '')}]|(?<![万亿])千)+"
# 余/多 between a Chinese numeral and its magnitude (两千多万人, 三百余亿元, 八千多万元): as 100多万 is for digits.
_CN_MORE_THEN_MAGNITUDE = rf"(?:(?P<cinfix>{_alt(INFIX)})(?P<cmag>{_MAGNITUDE}))"


@cache
def _fact_re() -> re.Pattern[str]:
    """Pattern for [qualifier] NUMBER[range][magnitude][余/多] UNIT [以上/左右…]; a range may give the unit on both ends
    (7%-12%, 5000米-7000米, 1亿元-1.5亿元), the same one."""
    return starting_with(
        "".join(w[0] for w in PREFIX_STACK + PREFIX) + "0123456789+-−" + _CN_DIGITS,
        rf"(?P<stack>{_alt(PREFIX_STACK)})?(?P<pre>{_PREFIX_NOT_ENDING_A_WORD}(?:{_alt(PREFIX)}))?{_GAP}"
        rf"(?:{_NOT_TOP_N}(?:{_SIGN}|{_AFTER_ACRONYM}|(?<![{_NOT_BEFORE}]))(?P<ar>{_NUM_AR})"
        rf"(?:(?P<mag1>{_MAGNITUDE})?(?P<u1>{_alt(_units())})?{_GAP}{_RANGE_DASH}{_GAP}(?P<ar2>{_NUM_AR}))?"
        rf"{_GAP}(?:(?P<pinfix>{_alt(INFIX)})(?={_MAGNITUDE}))?(?P<mag>{_MAGNITUDE})?{_MAG_REST}?"
        rf"|{_NOT_TOP_N}(?<![{_NOT_BEFORE_CN}])(?P<cn>{_CN_RUN}){_CN_MORE_THEN_MAGNITUDE}?)"
        rf"(?P<infix>{_alt(INFIX)})?{_GAP}(?P<unit>(?(u1)(?P=u1)|(?:{_alt(_units())})))(?!{_UNIT_NOT_BEFORE})"
        rf"(?P<suf>{_alt(SUFFIX)})?"
    )


@cache
def _bare_amount_re() -> re.Pattern[str]:
    """Pattern for [qualifier] NUMBER[range] MAGNITUDE[余/多] with no unit after it (总投资440亿, 常住人口2.2亿, 超过一亿的贫困人口):
    spoken and headline Chinese leaves out 元 and 人 after 万/亿; what the amount is of tells which (_bare_amount_unit)."""
    return starting_with(
        "".join(w[0] for w in PREFIX_STACK + PREFIX) + "0123456789+-−" + _CN_DIGITS,
        rf"(?P<stack>{_alt(PREFIX_STACK)})?(?P<pre>{_PREFIX_NOT_ENDING_A_WORD}(?:{_alt(PREFIX)}))?{_GAP}"
        rf"(?:{_NOT_TOP_N}(?:{_SIGN}|{_AFTER_ACRONYM}|(?<![{_NOT_BEFORE}]))(?P<ar>{_NUM_AR})"
        rf"(?:(?P<mag1>{_MAGNITUDE})?(?P<u1>%)?{_GAP}{_RANGE_DASH}{_GAP}(?P<ar2>{_NUM_AR}))?"
        rf"{_GAP}(?:(?P<pinfix>{_alt(INFIX)})(?={_MAGNITUDE}))?(?P<mag>{_MAGNITUDE}){_MAG_REST}?"
        rf"|{_NOT_TOP_N}(?<![{_NOT_BEFORE_CN}])(?P<cn>[{_CN_DIGITS}]+)(?:{_CN_MORE_THEN_MAGNITUDE}|(?<=[万亿])))"
        rf"(?P<infix>{_alt(_BARE_INFIX)})?(?!{_GAP}(?:{_alt(_units())})(?!{_UNIT_NOT_BEFORE})|[\d{_CN_DIGITS}A-Za-z%.·/年岁级倍量])(?P<unit>)"
        rf"(?P<suf>{_alt(SUFFIX)})?"
    )


# A list told with 分别 or 依次 may give the unit once, on its last value (分别回落2.6、1.9个百分点, 依次为10、20和30家): each value
# before it is a fact in that unit. Only then: 1、12家企业 opens a numbered point. Values with a magnitude or a range are left alone
# (分别为1.2、3.4万吨 leaves it unclear whether 万 is for both).
_LISTED_VALUE = re.compile(rf"(?<![{_NOT_BEFORE}])(?P<ar>{_NUM_AR})(?:、|和|及|与|以及)$")
_LIST_OPENING = re.compile(r"(?:分别|依次)[^，,；;。、\d]{0,6}$")
_LIST_ITEM = re.compile(rf"(?P<ar>{_NUM_AR})" + "".join(f"(?P<{g}>(?!))?" for g in ("stack", "pre", "pinfix", "infix", "suf", "cn", "mag1", "mag", "ar2", "u1", "unit")))


def _listed_before(norm: str, start: int, unit: str, taken: list) -> list[tuple[int, int, str, re.Match[str]]]:
    """Hits for the values listed without a unit right before a value in `unit` at `start`, when 分别 or 依次 opens the list
    (_LIST_OPENING); [] otherwise. Each hit's kind is its unit, its match a bare number (_LIST_ITEM)."""
    items, at = [], start
    while (item := _LISTED_VALUE.search(norm, max(0, at - 24), at)) and not any(item.start() < me and ms < at for ms, me, *_ in taken):
        items.append(_LIST_ITEM.match(norm, item.start(), item.end("ar")))
        at = item.start()
    if not items or not _LIST_OPENING.search(norm, max(0, at - 10), at):
        return []
    return [(m.start(), m.end(), unit, m) for m in reversed(items)]


# What a bare amount (_bare_amount_re) is of, right before it (only verbs and qualifiers between) or named after it (directly
# or after 的): money (总投资440亿, 价值人民币1700万, 近5000万的公路运输成本), people (常住人口2.2亿, 40万群众, 超过100万的农民)
# or households (60万农村贫困户).
# Not 规模 or 出口 alone (用户规模5亿, 出口20万: users, cars) nor 游客 (counted in 人次 as often as in 人).
_BARE_VERBS = r"(?:了|为|是|达|达到|超|超过|突破|约|近|逾|有|将|已|共|还|仍|尚|就|也|累计|合计|总计|高达|可望|有望|预计|减少|增加|净增|新增|吸纳|带动|实现|完成|仅|只)*"
BARE_AMOUNT_OF = {
    "元": (re.compile(rf"(?:投资|投资额|产值|收入|营收|利润|成本|价值|资金|金额|总额|销售额|营业额|交易额|成交额|税收|贷款|融资|经费|"
                      rf"预算|补贴|补助|生产总值|增加值|人民币|资产|存款|市值|估值|损失|支出)(?:投入)?(?:总量|总额|总规模)?{_BARE_VERBS}$"),
           re.compile(r"的?(?:[\u4e00-\u9fff]{0,6}?)(?:成本|资金|投资|收入|利润|产值|营收|税收|补贴|损失)(?![\u4e00-\u9fff]{0,2}(?:人|户|家|群|者))"
                      r"|的[\u4e00-\u9fff]{0,4}?规模")),  # 2万亿的庞大规模, but not 用户数达8.51亿 规模已超4G
    "人": (re.compile(rf"(?:人口|居民|农民|群众|劳动力|农民工|职工|贫困人口|就业|考生|毕业生){_BARE_VERBS}$"),
           re.compile(r"的?(?:城乡|农村|城镇|贫困|常住|流动|外来|受灾|转移)*(?:人口|居民|农民|群众|劳动力|农民工|职工|考生|毕业生|灾民|移民)"
                      r"(?!的?(?:大|中|小|特大)?(?:城市|县城|城镇|乡镇))")),  # 50万以上人口的城市: a city's size
    "户": (re.compile(rf"(?:贫困户|农户|住户|家庭){_BARE_VERBS}$"),
           re.compile(r"的?(?:城乡|农村|城镇|贫困|困难|低收入|建档立卡)*(?:贫困户|农户|住户|家庭)")),  # 60万农村贫困户
}
# Named right after the amount, people and households are looked for before money, whose pattern lets words come between.
_BARE_AFTER_ORDER = ("人", "户", "元")


def _bare_amount_unit(norm: str, s: int, e: int) -> str | None:
    """The unit a bare amount at norm[s:e] leaves out, from what its clause says it is of (BARE_AMOUNT_OF); None if it names
    neither money nor people."""
    left = norm[_clause_start(norm, s):s].rstrip(" *_")
    right = norm[e:e + 12].lstrip("*_")  # not a space: it ends a headline's clause (用户数达8.51亿 规模已超4G)
    for unit in _BARE_AFTER_ORDER:  # 带动10万农民增加收入, 投资带动60万农户增收: people, households
        if BARE_AMOUNT_OF[unit][1].match(right):
            return unit
    for unit, (before, _) in BARE_AMOUNT_OF.items():
        if before.search(left) and not (unit == "人" and right.startswith("的")):
            return unit  # a population before 的 describes the place after it: 人口超过50万的|城市
    return None


# '居全国第二', '排名跃升到全球第八位', '居三省一市首位' -> rank facts (unit 位).
RANK_RE = re.compile(
    r"(?:位居|位列|名列|排名|居于|跃升到|跃升至|跃居|升至|分列|分居|蝉联|居)[^,、。;:!?\s第]{0,6}?"
    r"(?:第(?P<n>[一二三四五六七八九十\d]+)(?:位|名)?|(?P<first>首位))"
)
# 上海和广州分列第四、第五位: each further rank of a list after a rank is a rank fact of its own.
RANK_LIST_RE = re.compile(r"[、和]第(?P<n>[一二三四五六七八九十\d]+)(?:位|名)?")

# A race distance: 400米, 7.5公里, 三米
_RACE_DISTANCE = r"(?:\d+(?:\.\d+)?|[一三五十]+)(?:米|公里|千米)"

# Spans whose digits are names, labels or references, never quantities.
MASKS = {
    "book_title": r"《[^》]*》",  # 《2024年5G工厂名录》
    "short_quote": r"“[^”,。!?;]{1,15}”|‘[^’,。!?;]{1,15}’|「[^」]{1,15}」",  # “8+4”政策, “315”
    "iso_date": r"\d{4}-\d{1,2}-\d{1,2}",
    "cn_date": r"\d{4}年(?:\d{1,2}(?:至|-|到)?\d{0,2}月)?(?:\d{1,2}日)?|\d{1,2}(?:至|-|到)\d{1,2}月"
               r"|\d{1,2}月(?:\d{1,2}日)?|\d{1,2}日",
    "clock": r"\d{1,2}:\d{2}(?::\d{2})?",
    "phone": r"\(\d{3,4}\)\d{7,8}(?:-\d+)?",
    "serial": r"CN\s?\d+-\d+|邮发代号\s?\d+-\d+|第\d+期|\d{4,6}部队",  # 63920部队: a unit's code
    # 十三届全国人大二次会议, 二十届中央政治局第十次集体学习: which meeting, not how many
    "session": r"[一二三四五六七八九十]{1,3}次(?=会议|全会|全体会议|集体学习|常务会议|主任会议|委员长会议|代表大会)",
    "idiom": r"[一两二三四五六七八九\d]+位数|两头(?![牛猪羊驴骡象鹿熊])|[一二]元(?=结构|经济|化|论|对立|体制|格局)",  # 两位数下降, 物价连两头, 城乡二元结构: no count
    # a distance that names a race or an event: 三米板, 十米台, 男子400米, 女子20公里竞走, 100米、200米和500米直道赛
    # (the sentence is half-width here, _HALF_WIDTH: a comma is ',')
    "sport_event": r"(?:\d+|[一三五十]+)米(?:板|台|跳台|栏|跑|自由泳|蛙泳|仰泳|蝶泳|混合泳|接力)"
                   rf"|(?:男子|女子|男女){_RACE_DISTANCE}"
                   rf"|(?:{_RACE_DISTANCE}[、和及与])*{_RACE_DISTANCE}[^,;:!?。、\d]{{0,7}}?"
                   r"(?:赛|跑(?!道)|自由泳|蛙泳|仰泳|蝶泳|混合泳|接力|跨栏|栏(?!杆)|竞走|跳板|跳台|速滑)",
    # a weight class: 举重男子61公斤级, 女子75kg以上级 (what class, not a weight)
    "weight_class": r"\d+(?:公斤|千克|kg)(?:以上|以下)?级",
    # lunar dates: 大年三十万家团圆 is New Year's Eve, then 万家团圆, not 三十万家
    "lunar_date": r"大年(?:三十|初[一二三四五六七八九十])|(?:正月|腊月)(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)",
}
_MASK_RE = starting_with("《“‘「0123456789(C邮第一两二三四五六七八九十大正腊男女", "|".join(f"(?:{p})" for p in MASKS.values()))

# The period a statement refers to (kept raw; a bare 'YYYY年' is returned as 'YYYY').
_CN_SMALL = "一两二三四五六七八九十"
# A period followed by 以来/至今 runs up to the story's day (2018年以来, “十三五”以来), and so do N年来, 多年来, 这些年;
# N年前 counts back from the story's year (8年前), 未来/今后N年 forward; 如今, 目前, 现在, 当前, 今天, 近期, 近日 and
# 日前 are the story's own time, after any earlier period.
PERIOD_RE = starting_with(
    "截0123456789去今明前上下当近一二三四五六七八九两过未到十“\"本如目现这多百几日",
    r"(?:截至\d{4}年(?:年底|年末|底|末|\d{1,2}月底?)?|截至目前|截至年底"
    r"|到\d{4}年(?:底|末)?"
    r"|(?<!\d)\d{4}年(?:\d{1,2}(?:至|-|到|—)\d{1,2}月|前?\d{1,2}月(?!\d)|上半年|下半年|前三季度|[一二三四]季度|年底|底)?"
    rf"|去年|今年|明年|前年|上年|当年|本年|近年来|一年多来|(?:近|过去|未来|今后)(?:\d+|[{_CN_SMALL}]+)(?:个月|年)"
    rf"|这些年|这几年|多年来|(?<![\d{_CN_SMALL}百几])(?:\d{{1,3}}|[{_CN_SMALL}百几]{{1,3}})多?年(?:来|时间|里)"
    rf"|前(?:\d{{1,2}}|[{_CN_SMALL}]{{1,2}})个?月|前三季度|[一二三四]季度|上半年|下半年"
    r"|[“\"]?十[一二三四五六]五[”\"]?(?:期间|时期|末)?"
    rf"|(?<![\d{_CN_SMALL}])(?:\d{{1,2}}|[{_CN_SMALL}]{{1,3}})年前(?![^,;:，；：。]*的)"  # not 一年前布放的潜标: a noun's
    r"|如今|目前|(?<![表体出发实呈])现在|当前|今天|近期|近日|(?<!\d)日前)(?:以来|至今)?"
)
_SINCE = re.compile(r"(?:以来|至今)$")
_YEARS_SPAN = re.compile(rf"^(?:近|过去)?(?P<n>\d{{1,3}}|[{_CN_SMALL}百]{{1,3}})多?年(?:来|时间|里)?$")
_YEARS_AHEAD = re.compile(rf"^(?:未来|今后)(?P<n>\d{{1,2}}|[{_CN_SMALL}]{{1,3}})年$")
_YEARS_AGO = re.compile(rf"^(?P<n>\d{{1,2}}|[{_CN_SMALL}]{{1,3}})年前$")
# A period that is only the base of a comparison (与2021年相比, 比上年, 较去年同期) is not the fact's period.
_COMPARISON_BEFORE = re.compile(r"(?:与|比|较|同|相比|相较|对比)$")
_COMPARISON_AFTER = re.compile(r"^(?:相比|同期|相较|比较|水平|的(?:每年|每天)?\d)")
# The ends of a rise (从2020年的|31个增至2024年的|300个, 从十年前|117家调整至97家, 从当前的每年|8000万人次): the time is
# the period of the number right after it, and of no later one (是2012年的|2.8倍 is a base of comparison). 到/至 ends
# a rise only after a 从/由 (达到上年的150%, 恢复至2019年的80%: a ratio to a base).
_RISE_START = re.compile(r"(?<!自)(?:从|由)(?!于)")
_RISE_START_BEFORE = re.compile(rf"(?:{_RISE_START.pattern})$")
_RISE_END_BEFORE = re.compile(r"(?:到|至)$")
_RISE_END_AFTER = re.compile(r"的?(?:每年|每天|人均|负)?$")
# the number comes right after (not 从明年1月起, 至2020年1月17日: dates; not 从4个方面提出到2026年的发展指标: a noun)
_RISE_END_OPENS = re.compile(r"的(?:每年|每天|人均|负)?(?=[\d一二三四五六七八九十两约近超逾不第])|\d+(?![\d.]*[月日号])")
FIVE_YEAR_PLANS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030, "十六五": 2035}
RELATIVE_YEARS = {"去年": -1, "上年": -1, "前年": -2, "今年": 0, "当年": 0, "本年": 0, "明年": 1}


def period_year(period: str | None, published_year: int | None, *, rise_start: bool = False) -> int | None:
    """The year a period falls in or ends in: 2022年 → 2022, 今年 → the publication year, 到2025年 → 2025,
    十四五期间 → 2025; a month or quarter without a year (前三季度) is the publication year's; None if unknown.
    The start of a rise (`rise_start`, 从|20多亿立方米) over a span of N years up to now (7年来, 五年时间, 过去5年) is
    N years before the story."""
    if period is None:
        return published_year
    if rise_start and (span := _YEARS_SPAN.match(period)) and published_year and (n := parse_number(span["n"])):
        return published_year - int(n)
    if (ago := _YEARS_AGO.match(period)) and published_year and (n := parse_number(ago["n"])):
        return published_year - int(n)
    if _SINCE.search(period) and published_year:
        return published_year  # 2018年以来: up to the story's day
    if year := re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", period):
        return int(year.group())
    for plan, year in FIVE_YEAR_PLANS.items():
        if plan in period:
            return year
    for word, offset in RELATIVE_YEARS.items():
        if word in period:
            return published_year + offset if published_year else None
    if (ahead := _YEARS_AHEAD.match(period)) and published_year and (n := parse_number(ahead["n"])):
        return published_year + int(n)  # 今后3年: the year it ends in
    if period.startswith(("未来", "近年", "过去", "一年多来", "近")):
        return published_year if not period.startswith("未来") else None
    return published_year

# Subject trimming tables. LEAD: verbs/adverbs/generic places stripped from the
# front of a subject found before the number; TRAIL: from its end.
# Single characters that also start nouns carry a guard (共性, 有效, 达标).
# 在 opens a place or time, not the thing (在|专利申请和授权量连续几年居全国第一), unless it starts a word (在建, 在京, 在校).
_LEAD_GUARDED = (r"共(?![性享同建产青])|有(?![效机限色关力])|达(?![标成])|服务(?![业贸消零收外进出])|在(?![建京校线职岗编读册营途])"
                 r"|按(?![期时揭钮摩])|一个(?![中人月])"  # 按年旅客吞吐量, 一个占地: not 按期办结率, 一个中国原则
                 r"|其(?![他它余])")  # 其|增速 (its), but 其他地区征收率, 其余: a determiner of the noun
LEAD = ("建成", "开通", "组建起", "组建", "参与", "涉及", "实现", "净增", "完成了",
        "为", "拥有", "现有", "共有", "建设", "新建", "引进", "培育", "协助", "录入",
        "新增", "完成", "确保", "其中", "目前", "当前", "带动", "推动", "吸引", "汇聚",
        "推广", "覆盖", "涵盖", "包括", "包含", "发运", "运送", "孵化", "监管", "输出", "吸纳",
        "成功", "创建", "届时", "这其中", "这一", "和", "与", "以及", "及", "如今", "下调", "上调", "降低", "造成", "导致",
        "我国", "我省", "我市", "全国", "全省", "全市", "全县", "中国", "国内", "该区", "该平台", "当地",
        "了", "还", "又", "均", "占", "发生", "以来", "总计", "合计", "共计", "累计", "但", "而", "让", "使",
        # conjunctions joining the clause to the one before (而且成本|降低了75%, 从而带动当月CPI|同比上涨): no part of the thing
        "而且", "并且", "从而", "进而", "因而", "因此", "所以", "不仅", "且",
        "助力", "拉动", "促进",  # like 带动 and 推动: 助力外资股息再投资|同比增长35%
        # a preposition, a determiner or a time of sequence opening it (按年旅客吞吐量|175万人次, 一个占地|3000亩, 随后在团队持股)
        "按照", "这个", "那个", "这些", "随后", "此后", "后来", "相当于")
TRAIL = ("达到了", "到了", "了", "却", "拥有", "达到", "多达", "高达", "达", "为", "仅", "只", "超过", "超", "突破", "约", "近", "一共", "共", "有", "是", "覆盖", "共计",
         "合计", "总计", "累计", "增至", "已", "将", "可望", "有望", "预计", "可以", "可", "就", "平均", "完成", "保持在", "稳定在", "维持在",
         "控制在", "恢复至", "恢复到", "保持着", "在", "占", "始终", "再次", "连续", "依然", "仍然", "继续", "仍", "也", "均", "分别", "建设", "由", "从",
         "跃上", "迈上", "登上", "站上", "跨上", "站稳", "迈过", "跨越", "连跨", "首次", "曾经", "曾",
         "基本", "初步", "可能", "依次")  # 基本|建成360万套, 总遇难人数可能|超过300人: adverbs and modals of the verb; 依次 (企业数依次|为) like 分别
# Adverbs/verbs after which the subject starts, wherever they stand ('浙江将力争|全省研发投入强度').
CUT_AFTER = ("已经", "已", "将", "力争", "现有", "累计", "是", "预计", "计划", "有望", "目标", "实现", "提出", "把",
             "下达", "拨付", "安排", "新增", "新建", "建成", "引进", "培育", "组建", "设立", "完成")
# Words that end a subject found after the unit ('41个工业大类|全覆盖').
STOP_AFTER = ("参与", "实现", "成立", "通过", "将", "是", "为", "已", "被", "正", "获", "获评",
              "获批", "入驻", "申领", "使用", "开展", "完成", "提供", "形成", "落户", "全覆盖",
              "覆盖", "之一", "等", "进行", "联合", "共同", "同步", "参加", "发布", "签约", "上线",
              "入选", "落地", "推进", "加快", "承担", "提出", "全面", "均", "都", "也",
              "还", "同时", "陆续", "相继", "分别", "首次", "顺利", "成功", "打造", "发运", "集聚",
              "建设", "取得", "以及", "线上", "拟", "同比", "在", "投向", "销往", "受益", "获得", "有望",
              "可望", "预计", "发行", "开工", "不久前", "刚刚", "目前", "线下", "今天", "昨天", "近日", "日前",
              "现在", "现已", "此前", "此后", "随后", "当天", "当日", "享受", "全部", "保持", "带来", "公布", "揭晓", "亮相", "用于", "用作", "支持",
              "帮助", "死亡", "受伤", "失踪", "遇难", "背后", "基础上", "之际", "可在", "可以", "部署",
              "驶向", "驶往", "驶离", "飞往", "飞抵", "运往", "发往",  # motion to a place: 4560个集装箱|驶向欧洲
              # verbs that take an object and head no noun (2400多个车站|实行电子客票, 16个省份|出台…举措, 7家央企总部|迁出北京)
              "实行", "出台", "来到", "回到", "迁出", "迁入", "划入", "列入", "纳入", "加入", "进入", "担任", "涵盖", "聚焦",
              "奔赴", "面临", "迎来", "得到", "带领", "派驻", "递交", "属于", "寻求", "予以", "加以", "走上", "驻留", "开始", "成为",
              "先后", "纷纷")  # and adverbs that are never part of a noun: 13个省市|先后举办, 2.5万家外贸企业|纷纷准备
# Words opening a noun with one of STOP_AFTER, which is then no stop: 1600多台联合收割机, 2000多名建设者, 14名遇难者; and, only
# where they open the phrase after the number, words that are verbs after a noun (13名被困矿工 but 9个大人|被困, 28个在建项目).
STOP_WORDS_OPENING_NOUNS = ("联合收割", "建设者", "参与者", "获得者", "使用者", "支持者", "获奖者", "遇难者", "死亡者", "受伤者", "失踪者")
STOP_WORDS_OPENING_THE_PHRASE = ("被困", "被围困", "被俘", "在建", "在校", "在职", "在编", "在读", "在华", "在韩", "在京")
# A subject that is only a change (同比增长, 比上年提高, 提高到) names no thing: '营收500亿元，同比增长12%'
# and '研发投入强度由2.1%提高到2.5%' are about what the fact before them counted.
CHANGE_FRAMES = ("同比", "同期", "环比", "比上年", "较上年", "比去年", "较去年", "较上年同期", "比上年同期", "分别", "由",
                 "大幅", "快速", "稳步", "持续", "明显", "显著", "进一步", "就", "又", "再", "均", "已", "共", "将", "年均", "平均", "累计",
                 "实际", "名义")  # 人均可支配收入7947元，实际增长6.8%: the real rise is of the income
CHANGE_VERBS = ("增长", "增加", "提高", "提升", "下降", "减少", "降低", "上升", "回落", "扩大", "缩小", "多增", "少增",
                "净增", "净减", "新增", "增收", "减收", "增幅", "增速", "降幅", "涨幅", "上涨", "下跌", "下滑", "攀升", "回升", "跃升", "衰退", "压减", "收跌", "收涨", "加快", "放缓", "收窄",
                "激增", "骤增", "猛增", "剧增", "暴增", "大增", "倍增", "锐减", "骤减", "骤降", "暴跌", "大跌", "大涨", "飙升",
                "减", "降", "增", "涨", "跌", "翻")  # 确诊病例激增|近50万例: not 激 left of 增
_CHANGE_ONLY = re.compile(rf"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})(?:了|到|至|为)*")
# A subject ending in a change (保障房建设资金就增加了, 实体经济人民币贷款增加): what changed is before it.
_CHANGE_TAIL = re.compile(rf"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})(?:了|到|至|为)*$")
# A verb of LEAD followed by 率, 面 or 者 heads a noun (覆盖率, 完成率, 覆盖面, 建设者): no verb to strip.
_LEAD_PLACES = ("我国", "我省", "我市", "全国", "全省", "全市", "全县", "中国", "国内", "该区", "该平台", "当地")
# A place of LEAD right before a rank, with only adverbs or a time between (10年前中国|位列第34名, 我国|位居第11位): the place
# is what is ranked, not a scope to strip.
_PLACE_RANKED = re.compile(f"({_alt(_LEAD_PLACES)})(?:目前|现在|如今|已经|已|继续|再次|首次|连续\\d+年|也|还|则|稳|仍)*$")
_LEAD_RE = re.compile(rf"^(?:{_alt(_LEAD_PLACES)}|(?:{_alt(w for w in LEAD if w not in _LEAD_PLACES)})(?![率面者])|{_LEAD_GUARDED})+")
_TRAIL_RE = re.compile(rf"(?:{_alt(TRAIL)})+$")
_CUT_AFTER_RE = re.compile(_alt(CUT_AFTER) + "|(?<=[\u4e00-\u9fff])提供(?![者商方])")  # 每年可提供|气态天然气, not 器官提供者
_HAS = re.compile("(?<=[\u4e00-\u9fff]{2})有")
# 实施 ends a subject as a verb (实施改造), not as the head of a noun (17条实施意见); 集中 likewise (集中签约, not 集中安置点).
_STOP = (rf"[,、:;()。!?|\-\s的…]|实施(?!意见|方案|细则|办法)|参展(?!企业|商|单位)|集中(?!安置|供热|供暖|连片|式)|将(?![近军来士领帅相])"
         rf"|(?!{_alt(STOP_WORDS_OPENING_NOUNS)})(?:{_alt(w for w in STOP_AFTER if w != '将')})"  # 3名高级将领: 将 of a noun is no future
         r"|(?<![改重编])组成(?!部分|员|人员)|持有(?!人|者)|发起(?!人|方|者|国)|发动(?!机)|运送(?!量)"  # 16所高校学生|组成大学生方阵
         r"|来自|(?<![面方导转走趋意志动倾偏指流去风朝航双单横纵逆反])向"  # 近200家供应商|来自欧洲, 28项做法|向更大范围推广
         r"|自(?=今年|去年|本年|本月|上月|年初|\d)")  # 11个部门|自今年6月起联合开展
# A digit ends an after-unit phrase only after its first char: '4000家5G工厂' keeps 5G.
# A phrase opening with a conjunction ('81%和中高收入经济体的65%', 超过30米或宽度超过45米) belongs to the next number, not this one.
# 500强 inside the phrase is a name (45家世界500强企业), not the next number.
_AFTER_RE = re.compile(rf"(?!(?!{_alt(STOP_WORDS_OPENING_THE_PHRASE)})(?:{_STOP})|和|与|及|或|以及)((?:\d+强|.)+?)(?={_STOP}|\d(?!\d*强)|$)")
# Left-context cut points: clause punctuation, 'A、B等C' and 'X的Y' (which also
# covers '包括…在内的Y').
_LEFT_BREAK = re.compile(r"[,、:;()|【】\s的等…]")
# 的 and 等 are no break inside these words (结案标的额, 高等教育经费, 服务等级, 均等化) nor in the grades of awards (三等功,
# 一等奖); jieba's dictionary is no guide, its 别的, 的确, 目的 and 甲等 are more often a break (不同级别的|湿地, 项目的|业务收入,
# 穿山甲等|濒危物种), and 等 before a number always is (葛某高等|10人).
WORDS_HOLDING_DE_OR_DENG = ("标的", "高等", "中等", "初等", "同等", "平等", "对等", "均等", "优等", "头等", "上等", "次等",
                            "等级", "等于", "等同", "等待", "等候", "等量")
_WORD_HOLDING_BREAK = re.compile("|".join(WORDS_HOLDING_DE_OR_DENG) + "|[一二三四特]等[功奖座舱品]")


def _in_a_word_of_its_own(text: str, at: int) -> bool:
    """text[at] is a 的 or 等 inside a word of WORDS_HOLDING_DE_OR_DENG or a grade (三等功), not a break."""
    return (text[at] in "的等" and not (at + 1 == len(text) and text[at] == "等")
            and any(m.start() <= at < m.end() for m in _WORD_HOLDING_BREAK.finditer(text, max(0, at - 2), at + 3)))


_SUBJECT_MAX = 16
_RATIO_SUBJECT_MAX = 24  # a named ratio holds two noun phrases: 河南所辖县域GDP占全省GDP比重
# The start of a rise told as 从/由 a time's value (从2012年的, 由现在的): not where the subject ends.
_BASE_OF_RISE = re.compile(r"(?:从|由)(?:\d{4}年(?:底|末)?|现在|目前|当前|过去|去年|上年|现行|原来|原有|先前|此前|以前|[^从由，,、；;。:：]{1,16}?的)$")  # 从10月份预计的
# A per-unit right before the number belongs to the value, not to the thing (航班将达到每天|111班, 价格平均为每平方米|4564元).
_PER_UNIT = re.compile(r"(?:每(?:天|日|年|月|周|小时|人|户|平方米|平方公里|亩|吨|公斤|千克|斤|升|公里|千瓦时|立方米))+$")
_NOISE = str.maketrans("", "", "“”‘’《》「」『』\"'*")  # quote marks and Markdown emphasis (**大科学装置**)


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
    if m:  # in decimal, so 17949.6亿 is 1794960000000, not 1794959999999.9998
        return float(Decimal(m[1].replace(",", "")) * math.prod(Decimal(int(_MAG[c])) for c in m[2]))
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
    return text if len(text) <= _subject_max(text) else None


def _subject_max(text: str) -> int:
    return _RATIO_SUBJECT_MAX if "占" in text[1:] and _NAMED_RATIO.search(text) else _SUBJECT_MAX


# 升至 left at the end of a subject (病例升至|86例); 回升至 and the like are changes of their own (_CHANGE_TAIL).
_RISEN_TO = re.compile(r"(?<![回攀上提跃拉飙])升(?:至|到)$")
# Adverbs of the verb left at the end of a subject before the number (TRAIL has the ones that are never part of a word);
# jieba's adverbs are no guide here, it tags 进度, 立法 and 更新 as adverbs.
# Nouns of energy and ability ending in 能 that jieba's dictionary may lack (一次最大储能): 能 there is no modal.
NOUNS_ENDING_IN_NENG = frozenset(c + "能" for c in "产储电动势核热功性效体技职智节光风机潜才本赋蓄耗化")
SUBJECT_END_ADVERBS = ("终于", "最终", "一度", "一直", "反而", "更是", "还", "都", "更", "率先", "相继", "陆续", "再次", "首次", "双双", "全部",
                       # modal verbs and the adverbs joining a clause to the one before, which stand before the verb
                       # (过滤效果能|达到, 包裹要|在…, 病例则|为, 损失或|超过, 月租费才|), not the end of a word (产能, 规则, 人才, 需要);
                       # 会 only after an adverb (还会, 可能会), since it ends nouns (座谈会, 记者会)
                       "要", "能", "则", "或", "并", "又", "才", "便", "即", "肯定", "可能", "只能", "不能", "应该", "应当",
                       "还会", "将会", "也会", "都会", "就会", "可能会",
                       "每年", "每月", "每天", "每人")  # and a distributive (人数每年|增加, 村民每人|)


# The base a change is measured from, left at the end of a subject (居民人均可支配收入比上年实际|增长8.1%, 项目数比2021年|增加59个).
_BASE_TAIL = re.compile(r"(?:比|较|同)(?:上年同期|去年同期|上年|去年|前一年|上一年|上月|上季度|同期|上周|(?:19|20)\d\d年(?:同期)?"
                        r"|(?:\d+|[一二两三四五六七八九十几]+)年前)(?:实际|名义)?$"  # 乡亲们收入比10年前|翻了近20倍
                        r"|(?:与|和|同)[^，,与和]{2,12}(?:相比|相较|比较)$")  # 预订量与去年同期相比|增长129%


# A stretch of time the verb lasted (该指数连续6个月|保持在50%以上, 授权量连续几年|居全国第一) is an adverbial of the verb.
_DURATION_TAIL = re.compile(r"连续(?:\d+|[一二两三四五六七八九十几多]+)个?(?:月|年|季度|周|天|届)$")
# A comparison told with an adjective (价格还比同类产品低|15%, 成本较传统工艺降低): what is compared is before 比.
# (Not 同比|环比, a change's frame, and not the end of a verb of change: 提高, 降低, 减少, 加快 keep the change's own rule.)
_COMPARED_TAIL = re.compile(r"(?:还|也|都)?(?<![同环])(?:比|较)(?!较)[^，,比较]{1,8}?(?<![提升降减增变缩扩加放])"
                            r"(?:高|低|多|少|快|慢|大|小)(?:了|出)?$")


# A prepositional phrase of place or time ending the subject before the number (X在本阶段海试中, X在联合国所有会员国中).
_PLACE_PHRASE_TAIL = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:也|还|都|均|已)?在(?![建京校线职岗编读册营途华])[^在，,]{1,12}?(?:当中|之中|中|上|里|内|期间)$")


def _trimmed(piece: str, *, keep_place: bool = False) -> str:
    """A subject candidate without leading verbs, trailing verbs and qualifiers, a trailing change and its base,
    a trailing duration (and the change before a duration is a noun: 农民收入增速连续9年|居浙江省第一)."""
    piece = _TRAIL_RE.sub("", _LEAD_RE.sub("", piece))
    piece, lasted = _DURATION_TAIL.subn("", piece)
    if len(compared := _COMPARED_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", compared)
    piece = _TRAIL_RE.sub("", piece).translate(_NOISE)
    if not lasted and len(trimmed := _CHANGE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)
    if len(trimmed := _BASE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 价格分别比上月|下降2.3%: the adverb before the base
    if len(trimmed := _RISEN_TO.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 美国累计确诊病例升至|1747087例, 死亡病例可能升至 (not 回升至, a change of its own)
    if not keep_place and len(trimmed := _PLACE_PHRASE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 奋斗者号在本阶段海试中|8次: where or when, before the verb, is no part of the thing
    if len(piece) >= 3 and piece[-1] == "中" and not _is_word(piece[-2:]) and "在" not in piece:
        piece = piece[:-1]  # 轻工9个重点行业中|5个, 59位进入决赛的教师中有|10位: the group the part is taken from (not 在…中)
    adverbs_at = len(piece)
    while len(piece) > 2 and (end := next((w for w in SUBJECT_END_ADVERBS if piece.endswith(w)
                                           and (len(w) == 2 or not _is_word(piece[-2:]) and piece[-2:] not in NOUNS_ENDING_IN_NENG)), None)):
        piece = _TRAIL_RE.sub("", piece[:-len(end)]) or piece[:-len(end)]  # 植树成活率终于|达到了80%, 货运量更是|增加了; not 成都, 首都
    if len(piece) < adverbs_at and len(trimmed := _BASE_TAIL.sub("", piece)) >= 2:
        piece = _TRAIL_RE.sub("", trimmed)  # 工业设备投资规模较2023年要|增长: the base before the modal
    return piece


# 比 opens a ratio noun (比重, 比例, 比率, 比值): no comparison with 比 (比上年) stands there.
RATIO_NOUNS_WITH_BI = ("比重", "比例", "比率", "比值")
_RATIO_AFTER_VALUE = re.compile(_alt(RATIO_NOUNS_WITH_BI + ("份额", "占比")))
_RATIO_AFTER_DE = re.compile(r"(比重|比例|比率|比值|占比|份额)(?:[^，,、；;]{0,6})$")
# A measure that names no thing of its own: after 的 it is the measure of what stands before the 的 (驻阿美军的人数).
_BARE_MEASURE = re.compile(r"总?(?:数量|人数|人次|总量|规模|面积|长度|产量|销量|收入|利润|金额|总额|价格|人口|产值|增加值|销售额|成交额|用电量|"
                           r"产能|储量|排放量|速度|增速|增幅)")
_ENDS_IN_MEASURE = re.compile(_BARE_MEASURE.pattern + "$")
_MEASURE_AFTER_DE = re.compile(f"({_BARE_MEASURE.pattern})(?:现在|目前|当前|如今|已经|已|将|还|也)*"  # 的数量现在|有, 的人数将减到|
                               f"(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(CHANGE_VERBS)})?(?:了|到|至|为)*(?:{_alt(TRAIL)})*")
_MONTH_ONLY = re.compile(r"(?:\d{1,2}月份?)?(?:当月|本月|上月|当天|当日)?")  # 7月当月实现|利润: a time, no thing


# A month or a day (1—5月份, 11月, 七月份, 2月5日起, 11月1日前, 5月当月) and the end or start of a year after its number (2022年|末):
# times of the figure, which PERIOD_RE leaves to the year they fall in; in a subject they are where the thing starts or ends
# (1—5月份|全国实物商品网上零售额, 监管证件|11月1日前由86种减至48种).
_CN_MONTH = "(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])"
_MONTH_TIME = re.compile(rf"(?<![\d.A-Za-z])(?:{_CN_MONTH}(?:[-—–~至到]{_CN_MONTH})?月份?(?![份度])(?:(?:\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])?"
                         r"(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:当月|当日|当天|单月|末|底|初|上旬|中旬|下旬|起|前|以来|以后|后)?|(?<=\d年)(?:末|底|初))")
_COMPARED_TIME_BEFORE = re.compile(r"(?:比|较|与|同)(?:去年|上年|前年|今年|(?:19|20)\d\d年)$")  # 1月比去年|12月: a base


def _subject_before(left: str, *, keep_verbs: bool = False, keep_place: bool = False) -> str | None:
    """Noun phrase ending right before the number ('累计建成开通5G基站' -> '5G基站').

    In: clause text left of the mention. Caveat: when still longer than 16 chars
    we keep what follows '以上' (规模以上…), else the last 16 chars (Chinese noun
    phrases are head-final, so the tail is the counted thing).
    """
    left = left.rstrip(" *_\t")  # web text sets the number apart: 技术合同成交额 **2,152.7** 亿元
    left = re.sub(r"\([^()]*\)", "", left)  # R&D(科学研究与试验发展)经费: drop glosses
    left = _BASE_OF_RISE.sub("", _PER_UNIT.sub("", left))  # 人均收入从2012年的|12772元: the subject is before the base
    cut = max((m.end() for m in _LEFT_BREAK.finditer(left) if not _in_a_word_of_its_own(left, m.start())), default=0)
    if cut and left[cut - 1] == "的" and (ratio := _RATIO_AFTER_DE.match(left, cut)) \
            and (whose := _subject_before(left[:cut - 1], keep_place=True)) \
            and (owned := _clean_subject(whose + ratio[1])):
        return owned  # 第二产业增加值的比重|下降到39%: the ratio of what stands before 的 (else the ratio alone, when both are too long)
    if cut and left[cut - 1] == "的" and (measure := _MEASURE_AFTER_DE.fullmatch(left, cut)):
        # 野生亚洲象的数量现在|有250头: the number of what stands before 的, with its verb if it fits (领取养老金的人数)
        for whose in (_subject_before(left[:cut - 1], keep_verbs=keep) for keep in (True, False)):  # lazily: it recurses
            if whose and not whose.endswith(measure[1]) and (owned := _clean_subject(whose + measure[1])):
                return owned
    left = left[cut:]
    # a time starts the subject, unless it is the base of a comparison (全社会用电量比去年同期|增长了)
    times = sorted((m for m in [*PERIOD_RE.finditer(left), *(_MONTH_TIME.finditer(left) if "月" in left or "年" in left else ())]
                    if not _COMPARISON_BEFORE.search(left, 0, m.start()) and not _COMPARED_TIME_BEFORE.search(left, 0, m.start())),
                   key=lambda m: m.end())
    subject = _phrase_after_adverb(left[times[-1].end():] if times else left, keep_place=keep_place)
    if not subject and times:
        # a time between the thing and its verb (农村人均可支配收入2021年达到18076元) does not start the subject, nor do the
        # times told with it (青海湖水体面积|今年9月|达到…, 原油期货价格自|2014年10月以来)
        start = times[-1].start()
        while prior := next((m for m in times if m.start() < start <= m.end()), None):
            start = prior.start()
        subject = _phrase_after_adverb(left[:start], keep_place=keep_place)
    left = subject if keep_verbs else _after_verb(subject)  # 领取养老金的人数: who are counted is told by the verb
    if len(left) > _subject_max(left):
        left = left.split("以上")[-1]
        if len(left) > _SUBJECT_MAX and 4 <= len(last := re.split("[暨、]", left)[-1]) <= _SUBJECT_MAX:
            left = last  # 抗日战争胜利暨|世界反法西斯战争胜利重点选题: the last of names joined, not a cut inside a word
        left = _tail_of_whole_words(left, _SUBJECT_MAX)
    if len(bare := left.removeprefix("了").removesuffix("人民币")) >= 2:
        left = bare  # 发布了|总投资 (the 了 of a verb cut off), 价值人民币|1700万: the currency is the value's unit
    return _clean_subject(left)


def _tail_of_whole_words(text: str, n: int) -> str:
    """The last `n` characters of `text` or fewer, starting where no word is cut: at a preposition opening what the thing is
    of or done to (中央财政|对新疆…转移支付, 长三角地区|对共建…国家进出口), else where no two-character word of jieba's nor a
    longer word holding a verb is cut (中央|财政 gave 央财政), nor a run of digits or Latin letters (APEC, 5G). A
    head-final noun phrase keeps its head; the words cut off would be left in halves."""
    if len(text) <= n:
        return text
    holding = jieba_verbs()[1]

    def whole(p: int) -> bool:
        return not (_is_word(text[p - 1:p + 1]) or text[p - 1:p + 1].isascii() and text[p - 1:p + 1].isalnum()
                    or any(text[a:b] in holding for a in range(max(0, p - 4), p) for b in range(p + 1, min(len(text), a + 6) + 1) if b - a >= 3))

    starts = range(max(1, len(text) - n), len(text) - 1)
    return next((text[p:] for p in starts if text[p] in _PREPOSITION_OF_THING and not _is_word(text[p:p + 2]) and whole(p)),
                next((text[p:] for p in starts if whole(p)), text[-n:]))


# Prepositions that open a phrase saying whom or what the thing is of or done to (对…进出口, 向…出口, 与…贸易额).
_PREPOSITION_OF_THING = frozenset("对向与")


def _after_has(left: str) -> str:
    """`left` from the thing a place or a body has, after its 有 (集美学村有|各类院校, 四川有|大小河流, 仅湄潭县就有|茶园): 有
    standing as a word of its own (not 保有量, 有毒, 有意, 所有, 有可能) with a noun after it, not a verb (也有|报道说), and
    not after a verb."""
    for m in reversed(list(_HAS.finditer(left))):
        p = m.start()
        if len(left) - p > 2 and not (_is_word(left[p - 1:p + 1]) or _is_word(left[p:p + 2])
                                      or left[p + 1:p + 3] in jieba_verbs()[0] or left[p - 2:p] in jieba_verbs()[0]):
            return left[p + 1:]  # (入境|有症状旅客: after a verb, 有 opens what describes the thing)
    return left


def _phrase_after_adverb(left: str, *, keep_place: bool = False) -> str:
    """The subject follows the adverb (浙江将力争|全省研发投入强度), unless only a verb does (开工率已|达到了); a bare measure
    after the verb is of the thing before it (规模以上工业企业实现|利润 -> 规模以上工业企业利润)."""
    pieces = [_trimmed(p, keep_place=keep_place) for p in _CUT_AFTER_RE.split(_after_has(left))]
    for i in range(len(pieces) - 1, -1, -1):
        if len(pieces[i]) >= 2 and not _names_no_thing(pieces[i]):
            if i and _BARE_MEASURE.fullmatch(pieces[i]) and len(whose := pieces[i - 1]) >= 2 and not _names_no_thing(whose) \
                    and not _ENDS_IN_MEASURE.search(whose) and not PERIOD_RE.match(whose) and not _MONTH_ONLY.fullmatch(whose):
                return whose + pieces[i]
            return pieces[i]
    return ""


# A subject that is only a comparison base or a time (比上届, 较去年同期, 9月份, 连续多年) names nothing counted.
_NO_THING = re.compile(r"(?:增速|增幅|涨幅|降幅)?(?:比(?![重例率值])|较(?![大小高低多少快慢好强长])|与|同|相比|高于|低于|高出|超出)[^,，]{0,8}|\d{1,2}月份?|[一二三四]季度|连续多年|多年来|近年来|目前|当前|(?:设立|成立|建立)?(?:之初|以来|之前|之后)"
                       r"|(?:到|至|直到)?(?:如今|现在|今天|现如今)|不到\d+年|连续\d+个?(?:月|年)|[^,，]{2,12}(?:相比|相较)"
                       r"|[两三四五六七八九十\d]+年(?:平均|来|间)?"  # 两年平均|增长22.3%: a stretch of time
                       r"|[升增降减](?:至|到|为)"  # 受伤人数已|升至59人: a verb of change alone
                       r"|(?:约合|折合|合|相当于)(?:人民币|美元)?"  # …577英镑的补贴，约合|5700元人民币: the value before, converted
                       r"|(?:单月|当月|单日|当日|全年|同期|单季|当季)"  # 单月|同比增长44.0%: a time alone
                       r"|其[他它余]")  # 其余|13000多户: a determiner alone


def _names_no_thing(subject: str | None) -> bool:
    """Only a change (同比增长) or only a comparison base or time (比上届, 9月份, 2019年): no thing counted."""
    return subject is not None and (_CHANGE_ONLY.fullmatch(subject) is not None or _NO_THING.fullmatch(subject) is not None
                                    or _SET_ONLY.fullmatch(subject) is not None
                                    or PERIOD_RE.fullmatch(subject) is not None)  # 与2019年|同比增长: only a time


# A phrase after the number opening with one of these is a relative clause: the head follows its 的
# (20家以上具有较强竞争优势的化工园区 counts 化工园区).
_RELATIVE_VERBS = re.compile(r"(?:具有|具备|拥有|来自|符合|满足|涉及|覆盖|达到|装有|装载|载有|满载|搭载)[^的，。；]{1,12}的")
# What opens the phrase after the number without being the counted thing (named rules; the thing follows).
AFTER_OPENINGS = {
    "dimension": "(?:长|高|宽|深|厚|重)的",  # 12公里长的|燕儿谷, 148米高的|大楼, 约2.3吨重的|物资: the size of what follows
    "new": "新的",  # 3个新的|万亿级产业集群
    # 7个方面|发展目标: the aspects frame the goals, which are what is listed (not 7个方面|呈现了…, 五个方面|对…: a verb or
    # a preposition after 方面 starts the predicate, and 方面 is all the phrase names)
    "aspect": "方面的?(?=[\u4e00-\u9fff]{2})(?![对从就在向为把给与])",
}
_AFTER_OPENING = re.compile("|".join(f"(?:{p})" for p in AFTER_OPENINGS.values()))
# What opens the phrase after a count before its noun: a year (32名|2025年“全国十佳新闻工作者”), or a clause before 的 led by
# an adverb, a preposition or a time (10家|已完成公开发行等程序的|企业, 20位|在2013年夺冠的|黄金选手, 50名|当年的|幸存美军老兵).
_OPENED_BEFORE_THE_NOUN = re.compile(r"(?:19|20)\d\d年度?|(?:已经|已|正在|在|曾经|曾|当年|当时|此前)[^，。；,;的]{0,14}的")
# A measure of the counted noun after it (24个行业|利润, 1.2万多个单体|重量, 16家银行上半年|净利润): a count counts the
# noun, not its measure, which is the predicate's topic.
_MEASURE_OF_COUNTED = re.compile(r"(?P<noun>[^\d]{1,8}?)(?:(?:19|20)\d\d年|上半年|下半年|前三季度|全年|今年|去年)?"
                                 r"(?:营业收入|主营业务收入|收入|净利润|利润|利润总额|价格|房价|重量|产值|增加值|增速|增幅|总量|产量|销量|"
                                 r"人口|GDP|成交额|销售额|用电量)")
# A trailing conjunction or locative is not part of the thing: 世界500强企业和…, 九个城市里, 1500多家孵化器中.
_FORMED_BY_PEOPLE = re.compile(r"(?:组成|构成)的")  # a count of people forming a body counts its members
_TRAILING_JOINER = re.compile("(?:和|及|与|以及|(?:里|中)有?)$")  # 59位进入决赛的教师中有|10位


def _verb_at(phrase: str, p: int) -> bool:
    """phrase[p:p+2] is a verb of jieba's dictionary, not inside or across another word there nor an indicator keyword."""
    verbs, holding = jieba_verbs()
    if phrase[p:p + 2] not in verbs:
        return False
    if any(phrase[a:b] in holding for a in range(max(0, p - 4), p + 1) for b in range(max(a + 3, p + 2), min(len(phrase), a + 6) + 1)):
        return False  # inside a longer word: 科技|创新|中心
    if phrase[max(0, p - 1):p + 1] in holding or phrase[p + 1:p + 3] in holding:
        return False  # a word crosses its edge: 先进|制造业
    return not any(m.start() < p + 2 and p < m.end() for m in _indicator_keywords()[0].finditer(phrase))


def _before_verb(phrase: str) -> str:
    """A phrase after the number ends before a verb right after an indicator keyword: 60余家空天信息企业|加速集聚,
    32个省级平台|对接. Only there: many nouns after a number hold a word jieba tags as a verb (改革举措, 智能制造)."""
    keywords = _indicator_keywords()[0]
    ends = {m.end() for m in keywords.finditer(phrase)}
    return next((phrase[:p] for p in range(2, len(phrase) - 1)
                 if p in ends and _verb_at(phrase, p) and not keywords.search(phrase, p + 2)), phrase)


# What is measured, without what of: 就业|人数 keeps its verb.
_MEASURE_ONLY = re.compile(r"总?(?:增长率|增速|增幅|人数|次数|个数|户数|面积|产量|销量|里程|时间|能力|水平|指数|价格|人次|人口|速度)[^\d]?")


# Adverbs and time words a verb opening its object follows (民航共|发送旅客, 全年还|发放创业担保贷款); right after a
# noun the 'verb' is more often part of a compound noun (一般公共预算支出, 实际使用外资).
_BEFORE_VERB_OPENING = frozenset("共已还均再又计年日天月要将可能都也时获")
# A prepositional phrase of place or beneficiary opening the phrase: the verb after it opens its object.
_PREPOSITION_OPENING = re.compile(r"(?:向|为|给|替|帮)[\u4e00-\u9fff]{2,10}")


# Verbs whose object is the thing a number after it counts, wherever they stand in the phrase before the number (广西
# 接待|东盟旅游者, 交通运输部先后调拨|铲冰除雪装备, 威宁县整合|社会各界帮扶资金): what does the handling is no part of it.
# A table, because jieba tags several of them otherwise (清理 and 落实 as adjectives, 检疫 as a noun) and because a
# verb right after a noun is more often inside a compound noun (新冠肺炎确诊|病例, 国有控股|企业). Not the verbs that tell
# what is measured of the thing (揽收 and 投递 快递包裹, 加开 列车, 削减, 淘汰, 化解 or 清理 a stock): without them the measure is lost.
HANDLING_VERBS = frozenset({
    "接待", "接诊", "收治", "营救", "疏散", "搬迁", "调拨", "下拨", "投放", "发放", "整合", "落实",
    "销毁", "摧毁", "查处", "查获", "缴获", "抓获", "破获", "侦破", "受理", "审结", "调解", "收到",
    "收购", "招收", "发表", "培训", "识别", "接收", "接纳", "派出", "派遣", "检疫", "查验",
    "资助", "批准", "解决", "出动", "调集", "调派", "拿出", "慰问", "走访"})
# Compounds holding one of them that jieba's dictionary lacks (公务接待经费支出 is no 经费支出 handled), and the generic people
# a verb of HANDLING_VERBS does not name away (转移安置|人员, 培训|人员: the verb is what tells who they are).
NOUNS_HOLDING_HANDLING_VERBS = ("公务接待",)
_AGENT_SUFFIXES = frozenset("员者师商方站所处室点")
_MEASURE_OF_HANDLING = re.compile(r"(?:(?<![力能质重])量|人数|人次)$")  # 博物馆接待观众数量: the verb's measure, not 力量
GENERIC_PEOPLE = frozenset({"人员", "群众", "人口", "人士", "民众"})


def _handling_verb_at(phrase: str, p: int) -> bool:
    """phrase[p:p+2] is a verb of HANDLING_VERBS standing as a word: not inside a longer word of jieba's (转移支付) nor
    making one with the character before it."""
    holding = jieba_verbs()[1]
    return (phrase[p:p + 2] in HANDLING_VERBS and not (p and _is_word(phrase[p - 1:p + 1]))
            and phrase[p + 2:p + 3] not in _AGENT_SUFFIXES  # 人民调解员, 接待站, 安置点: a noun of the verb
            and phrase[p + 2:].removeprefix("了") not in GENERIC_PEOPLE
            and not any(w in phrase and phrase.find(w) <= p < phrase.find(w) + len(w) for w in NOUNS_HOLDING_HANDLING_VERBS)
            and not any(phrase[a:b] in holding for a in range(max(0, p - 4), p + 1)
                        for b in range(max(a + 3, p + 2), min(len(phrase), a + 6) + 1)))


def _after_verb(phrase: str) -> str:
    """A phrase before the number starts after a verb that opens it or follows an adverb, when what follows is a
    noun phrase that keeps any indicator keyword: 抓获|犯罪嫌疑人, 民航共发送|旅客; not 科技创新|中心 nor 投资|规模."""
    keywords, words = _indicator_keywords()[0], jieba_verbs()[1]

    def opens_object(p: int) -> bool:  # at the phrase's start, after an adverb that is not the tail of a word (公共),
        # or after a prepositional phrase that opens the phrase (向乌梁素海|实施生态补水, 为当地中小企业|发放贷款)
        return p == 0 or (phrase[p - 1] in _BEFORE_VERB_OPENING and phrase[max(0, p - 2):p] not in words) \
            or _PREPOSITION_OPENING.fullmatch(phrase, 0, p) is not None

    def names_a_thing(rest: str, *, keep_keyword: bool = True) -> bool:  # a noun phrase of its own, keeping the
        # phrase's indicator keyword if any (unless the verb is one of HANDLING_VERBS: 粮食企业累计收购|小麦)
        return (len(rest) > 2 or rest in words) and rest[0] not in "和及与年月日" and not rest[0].isdigit() \
            and not _HEAD_TAIL.fullmatch(rest) and not _MEASURE_ONLY.fullmatch(rest) \
            and (not keep_keyword or keywords.search(rest) is not None or keywords.search(phrase) is None)

    for p in range(len(phrase) - 3):  # the first verb handling the thing: 发放|粮油收购贷款, not 发放粮油收购|贷款
        if _handling_verb_at(phrase, p) and names_a_thing(rest := phrase[p + 2:].removeprefix("了"), keep_keyword=False) \
                and not _MEASURE_OF_HANDLING.search(rest):
            return rest  # 医院接诊了|入院伤员
    for p in range(len(phrase) - 4, -1, -1):
        if opens_object(p) and names_a_thing(phrase[p + 2:]) and _verb_at(phrase, p) and phrase[p + 2] not in "者员":
            # (奋斗者号, 参与者: a verb and 者 or 员 make a noun naming who does it)
            return phrase[p + 2:]
    return phrase


# The people a count of people counts: after one of these, a verb or a preposition starts what they did
# (150余位代表|参会, 40多名医护人员|坚守岗位, 269名工人|因感染…, 6位党员干部群众|给…写信), unless another of them follows
# (专家|学者, 党员|干部群众: the last one is the head).
PEOPLE_HEADS = ("代表", "委员", "嘉宾", "选手", "运动员", "裁判", "记者", "专家", "学者", "青年", "村民", "群众", "学生",
                "师生", "员工", "职工", "官兵", "民兵", "人员", "游客", "旅客", "乘客", "患者", "家属", "志愿者", "工人",
                "农民", "居民", "市民", "儿童", "党员", "干部", "教师", "医生", "建设者", "考生")  # 考生: jieba tags it a verb
_PEOPLE_HEAD = re.compile(_alt(PEOPLE_HEADS))
_PREDICATE_OPENING = frozenset("因就以用从给向在被受将已正都也均还再又为对")
_NOT_A_COUNTED_NOUN = frozenset("多余年月日天时分秒次量数值额率度处制型式级")
_PERFECTIVE_VERB = re.compile(r"(?:一同|一起|共同|都|也|均)?[\u4e00-\u9fff]{1,2}了")  # 议员|一同投了: the adverb goes with the verb


def _is_word(pair: str) -> bool:
    """A two-character word of jieba's dictionary (a verb or not)."""
    verbs, words = jieba_verbs()
    return pair in verbs or pair in words


def _in_a_word(three: str) -> bool:
    """The middle character of `three` makes a word of jieba's with the one before or after it (人民, 台阶, 战线)."""
    return any(_is_word(pair) for pair in (three[:2], three[1:3]) if len(pair) == 2)


# Characters that end a noun naming people (宇航员, 消费者, 犯罪嫌疑人, 战士, 官兵, 农牧民, 武装分子, 网友, 老师): with PEOPLE_HEADS,
# where a count of people may end before what they do. Not where the character opens a word with the next (手机, 人民, 员工)
# nor ends a word of jieba's that is no noun (令人, 携手); 生 and 家 are left out, they end too many words that are no people (卫生, 发生, 国家, 回家).
PEOPLE_SUFFIXES = "员者人士兵民官友们手师长"
_PEOPLE_SUFFIX = re.compile(rf"(?<=[\u4e00-\u9fff])(?:[{PEOPLE_SUFFIXES}]|分子)")


def _people_head_ends(phrase: str) -> list[int]:
    """Where a noun naming people ends in `phrase`: a head of PEOPLE_HEADS, or a character of PEOPLE_SUFFIXES that opens no
    word with the one after it and ends no two-character word of jieba's but a noun (令人, 携手 are no people)."""
    ends = {m.end() for m in _PEOPLE_HEAD.finditer(phrase)}
    ends |= {m.end() for m in _PEOPLE_SUFFIX.finditer(phrase)
             if not _is_word(phrase[m.end() - 1:m.end() + 1])
             and (not _is_word(word := phrase[m.end() - 2:m.end()]) or word in jieba_two_char_nouns())}
    return sorted(ends)


# One-character verbs of going and of means that open what people do right after the noun naming them (近十万名干部|下基层,
# 5万多名青年|入乡就业, 100万农民|靠枸杞脱贫, 医护人员|赴武汉): where they go or what they live by is no part of who they are.
# Only where the character opens no word of jieba's with the next (出口, 进口, 下属, 来宾 name things).
PEOPLES_WAY_VERBS = frozenset("下入进回到来去赴返奔靠凭")


def _people_before_their_verb(phrase: str) -> str:
    """A phrase after a count of people, without what they did (代表参会 -> 代表); whole when no noun naming people
    (_people_head_ends) is followed by a verb or a preposition, or when the head is part of a longer word (农民工)."""
    verbs, words = jieba_verbs()
    for end in _people_head_ends(phrase):
        rest = phrase[end:]
        if len(rest) < 2 or _PEOPLE_HEAD.search(rest) or phrase[end - 2:end + 1] in words:  # 专家|学者: the last head
            continue
        if rest[:2] in verbs or rest[0] in _PREDICATE_OPENING or _is_adverb(rest[:2]) and rest[2:4] in verbs \
                or rest[1] in "着了过" and not _is_word(rest[:2]) \
                or rest[0] in PEOPLES_WAY_VERBS and not _is_word(rest[:2]) \
                or rest in jieba_verbal_nouns():  # 3名礼兵|迈着正步: a one-character verb and its aspect; 25位专家|评审
            return phrase[:end]  # 2万多名建设者|日夜奋战: an adverb and its verb; 干部|下基层, 青年|入乡就业, 农民|靠枸杞致富
    return phrase


# Units that count events: the counted thing is an action (28次集群打击, 5次上门调解, 600起恐怖袭击), so a verb may end it.
EVENT_UNITS = frozenset({"次", "场", "场次", "起"})
# Nouns jieba tags as verbs that end few or none of its compounds (jieba_verbs_that_head_nouns finds the others: 组织, 通道).
NOUNS_TAGGED_AS_VERBS = frozenset({"举措", "做法", "新高", "审批", "展示", "采购", "承诺", "演讲", "答卷", "演出", "干道", "得主",
                                   "处罚", "治理", "分行", "产能", "创新", "创意", "协议", "合同", "计划", "规划", "建议", "决定", "据点"})
# Words that stand before a verb as its adverb though jieba tags them otherwise (现场签约, 依法宣判, 紧急预拨, 全线开动).
ADVERBIAL_WORDS = frozenset({"现场", "依法", "紧急", "全线", "专程", "专题", "一度", "集体", "轮流", "精准", "全力", "先后", "首次",
                             "主动", "及时", "平稳", "安全", "严重", "一起", "正在", "同期", "总共", "不时", "仍", "很", "齐", "可", "易", "最", "新",
                             "无法", "能够", "可以", "能", "应", "稳定", "日夜", "连夜", "昼夜"})  # and modals: 1600多名考生|无法按时进入考点
# After a verb, a complement of place or direction (下沉到, 浸泡在); between two verbs, a conjunction (取消或延误).
_VERB_COMPLEMENT = re.compile(r"(?:到|在|至|于|给)$")
_VERB_JOINER = re.compile(r"(?:或|和|并|而|及)$")
# A preposition opening what the thing does (艺术家|给习近平总书记写信, 房屋|因地震倒塌, 医疗队|与本院医护联手救治).
_PREPOSITION = re.compile(r"[给对与同跟向从由因被把为在]")


def _is_adverb(word: str) -> bool:
    return word in jieba_adverbs() or word in ADVERBIAL_WORDS


def _adverb_tail(phrase: str) -> int:
    """The length of the adverb ending `phrase` (先后, 共), 0 if none; one character only when it ends no word (船只)."""
    if _is_adverb(phrase[-2:]):
        return 2
    return int(_is_adverb(phrase[-1]) and not _is_word(phrase[-2:]))


def _without_adverbs(phrase: str) -> str:
    """`phrase` without the adverbs ending it (87起枪击事件|共, 56名议员|则集体), keeping two characters at least."""
    while len(phrase) > 2 and (adverb := _adverb_tail(phrase)):
        phrase = phrase[:-adverb]
    return phrase


def _is_predicate_verb(phrase: str, p: int) -> bool:
    """phrase[p:p+2] is a verb of jieba's standing on its own (_verb_at), not one of the verbs that also head nouns."""
    word = phrase[p:p + 2]
    return word in jieba_verbs()[0] and word not in jieba_verbs_that_head_nouns() | NOUNS_TAGGED_AS_VERBS and _verb_at(phrase, p)


# What follows a verb as the start of its object, never as the rest of a noun: a determiner or a number (提请|各代表团).
_OBJECT_OPENING = frozenset("各每这该其一两二三四五六七八九十百千万0123456789")


def _predicate_start(phrase: str) -> int | None:
    """Where a predicate opens inside the phrase after the number, if it does: an adverb before a verb (1418名医护人员|即刻增援,
    100个大数据产业项目|共吸引投资), a verb before a determiner or a number (三个法律草案修改稿|提请各代表团审议), 有
    between two nouns (39个县民间艺术团|有排练场), or 从 and a verb after it (2万吨铁矿石|从舟山运到安徽马鞍山)."""
    for p in range(2, len(phrase) - 1):
        if phrase[p - 1:p + 1] in jieba_verbs()[1] or _is_word(phrase[p - 1:p + 1]):
            continue  # the character before and this one make a word: 公|共, 只|得
        if (_is_adverb(phrase[p:p + 2]) and _is_predicate_verb(phrase, p + 2)
                or phrase[p] in jieba_adverbs() and _is_predicate_verb(phrase, p + 1)):  # not 新 of 新增: jieba's adverbs only
            return p
        if _is_predicate_verb(phrase, p) and phrase[p + 2:p + 3] in _OBJECT_OPENING:
            return p
        if phrase[p] == "有" and not _is_word(phrase[p:p + 2]):
            return p
        if phrase[p] == "从" and not _is_word(phrase[p:p + 2]) and any(_is_predicate_verb(phrase, q) for q in range(p + 2, len(phrase) - 1)):
            return p  # 2万吨铁矿石|从舟山运到安徽马鞍山: where it goes from, then its verb
    return None


def _before_predicate(phrase: str, *, events: bool = False) -> str:
    """A phrase after the number without what the counted thing does: a predicate opening inside it (_predicate_start),
    the verbs that end it with their adverbs, and the prepositional phrase before them (15名航天员|接续, 120个航班|停飞,
    87起枪击事件|共造成, 8位艺术家|给…写信); not the words jieba tags as verbs that also head nouns (50个国际组织, 13项改革举措)."""
    if _NO_THING.fullmatch(phrase):
        return phrase  # 的目标相比: a comparison frame, which names nothing (_names_no_thing)
    start = _predicate_start(phrase)
    cut = start is not None
    phrase = _without_adverbs(phrase[:start]) if cut else phrase
    while not events or cut:  # 600起恐怖袭击, 28次集群打击: an event's noun may be a verb, unless a predicate opened before it
        bare = _VERB_JOINER.sub("", phrase) if cut else phrase
        p = len(bare) - 2
        if p >= 2 and _VERB_COMPLEMENT.search(bare) and _is_predicate_verb(bare, p - 1):
            bare, p = bare[:-1], p - 1
        if p < 2 or not _is_predicate_verb(bare, p):
            break
        phrase, cut = _without_adverbs(bare[:p]), True
    if cut and (_is_adverb(phrase) or _PREPOSITION.match(phrase) and not _is_word(phrase[:2])):
        return ""  # 471人积极|报名, 1700人因高温|丧生: the verb had no noun before it
    if cut and (prep := _PREPOSITION.search(phrase, 2)) and not _is_word(phrase[prep.start() - 1:prep.start() + 1]) \
            and not _is_word(phrase[prep.start():prep.start() + 2]):
        phrase = phrase[:prep.start()]
    return phrase


PEOPLES_MISHAP_ADVERBS = ("不幸", "当场")  # adverbs of a death or an injury that jieba tags otherwise
PEOPLES_MISHAP_VERBS = ("被困", "失联", "出院",  # and what befell them, which jieba tags otherwise or not at all (13人被困。),
                        "死亡", "受伤", "遇难", "丧生", "失踪", "获救")  # or whose check of words crossing it fails (高温天|气死|亡)
# A verb that ends its clause right after a count of people (28人死亡，150人受伤; 800余人参加。): no noun follows.
_CLAUSE_END = re.compile(r"了?(?:[,，。;；、!！?？:：)）]|$)")


def _people_who_did(right: str) -> str | None:
    """A count of people followed only by what they did or underwent counts them by it: 28人|死亡， -> 死亡人数,
    10万多人英勇|牺牲。 -> 牺牲人数 (the gold's 死亡人数). None when a noun or an object follows (30名代表|参会: _subject_after)."""
    right, at = right.lstrip(" *_"), 0
    for _ in range(2):  # 10万多人|不幸遇难, 3人|均已出院: adverbs before the verb
        if right[at:at + 2] in jieba_verbs()[0]:
            break
        at += next((n for n in (2, 1) if _is_adverb(right[at:at + n]) or right[at:at + n] in PEOPLES_MISHAP_ADVERBS), 0)
    verb = right[at:at + 2]
    if ((verb in PEOPLES_MISHAP_VERBS or verb in jieba_verbs()[0] and verb not in jieba_verbs_that_head_nouns() | NOUNS_TAGGED_AS_VERBS)
            and not _CHANGE_BEFORE.match(verb) and _CLAUSE_END.match(right, at + 2)):  # 由387人减至|278人: a change of a number
        return verb + "人数"
    return _people_by_their_last_verb(right)


# A predicate right after a count of people with no noun in it, before its last verb: adverbs, and a place or time (在…中),
# the passive and its agent (被警方) or a cause (因中暑) (27人|在14号的抗议活动中受伤, 10人|被警方逮捕, 138人|因中暑死亡).
_PEOPLE_ADVERBS = r"(?:先后|相继|陆续|已经|已|均|都|也|还|当场|全部|不幸|正在|在)*"
_BEFORE_PEOPLES_LAST_VERB = re.compile(rf"{_PEOPLE_ADVERBS}(?:在.{{1,12}}?(?:中|里|上|内|期间|时)|被[^的]{{0,4}}|因[^的]{{1,8}}|遭)?"
                                       rf"{_PEOPLE_ADVERBS}被?")


def _people_by_their_last_verb(right: str) -> str | None:
    """A count of people whose clause is only a predicate, ended by a verb, counts them by that verb: 27人|在14号的抗议活动
    中受伤。 -> 受伤人数, 10人|被警方逮捕。 -> 逮捕人数, 600多万人|在叙利亚境内流离失所 -> 流离失所人数. None when a noun opens
    the clause (13名|被困矿工全部获救, 9名|被告人…) or it holds a number."""
    clause = re.match(r"[^,，。;；:：!！?？]{2,20}", right)
    if not clause or re.search(r"\d", clause[0]) or clause[0].startswith(STOP_WORDS_OPENING_THE_PHRASE) \
            or _is_word(clause[0][:2]) and not _is_adverb(clause[0][:2]):
        return None
    body = clause[0].removesuffix("了")
    if len(body) > 4 and body[-4:] in jieba_idioms() and _BEFORE_PEOPLES_LAST_VERB.fullmatch(body[:-4]):
        return body[-4:] + "人数"  # 流离失所
    verb = body[-2:]
    if (verb in PEOPLES_MISHAP_VERBS or _is_predicate_verb(body, len(body) - 2)) and not _CHANGE_BEFORE.match(verb) \
            and _BEFORE_PEOPLES_LAST_VERB.fullmatch(body[:-2]) and body[:-2]:
        return verb + "人数"
    return None


def _names_what_people_did(subject: str | None) -> bool:
    """The subject before a count of people ends in what they did or underwent (逮捕, 因公牺牲, 确认死亡), with room for 人数."""
    return (subject is not None and len(subject) + 2 <= _SUBJECT_MAX and subject[-2:] not in NOT_WHAT_PEOPLE_DID
            and (subject[-2:] in PEOPLES_MISHAP_VERBS or _is_predicate_verb(subject, len(subject) - 2)))


# Verbs before a count in 人/名/位 that do not say what befell people: a rank (排名下跌至|23位) or a cause (导致|至少3人死亡).
NOT_WHAT_PEOPLE_DID = frozenset({"排名", "名列", "位列", "位居", "排在", "导致", "造成", "致使"})


# A phrase before 的 that says what the counted thing is like rather than naming it: a quantity (数万场次的), a size
# (面积超过一万平米的), 不同 (不同等级的), or a scope before a predicate (全球知名的).
_DESCRIPTION = re.compile(r"^(?:[数几上][十百千万亿]|不同|各类|各种)|(?:超过|达到|不足|近|约)[\d一二三四五六七八九十两百千万]")
_SCOPES = frozenset({"全球", "全国", "国际", "国内", "世界", "当地", "全省", "全市"})


def _describes_what_follows(phrase: str) -> bool:
    """`phrase`, standing between the number and a 的, describes the thing named after the 的: a quantity, a size, 不同, or
    a predicate with nothing or only a scope before it (快速接近, 全球知名); not a clause with a subject of its own (16个国家
    媒体机构组成的传播联盟 counts the 机构)."""
    if _DESCRIPTION.search(phrase):
        return True
    rest = _before_predicate(phrase)
    return rest != phrase and (rest == "" or rest in _SCOPES)


# A clause before 的 right after the number, and what marks it as saying what the thing does or is like rather than naming
# it: a preposition or the passive opening it, an idiom, 有 (有影响力的), a likeness (像艾买提一样的).
_CLAUSE_BEFORE_DE = re.compile(r"([^的，。；,;、:：]{2,12})的(?=[\u4e00-\u9fff])")
_RELATIVE_OPENING = frozenset("由被像跟为从对向")
# After a count of people a clause before 的 describes them only when people follow it (24名涉嫌攻击示威者的|前政权高官), else
# it is what they did (近100万人次|享受冰雪上的欢乐).
_PEOPLE_NOUN_START = re.compile(rf"[^，。；,;]{{0,6}}?(?:{_alt(PEOPLE_HEADS + ('人员', '人们', '人士', '官员', '高官', '者', '们'))}|人(?![民口均工类]))")
_LIKENESS = re.compile(r"(?:像|跟|和|与).{1,8}一样")
_REDUPLICATED = re.compile(r"(.)\1(.)\2")  # 大大小小, 密密麻麻


def _is_relative_clause(clause: str) -> bool:
    """`clause` (between the number and 的) says what the counted thing does or is like: 由我国自主研制, 身手不凡, 有影响力,
    像艾买提一样; not a noun phrase owning what follows (25位志愿军烈士的遗骸, 10家企业的负责人). A verb opening the clause is
    no sign: jieba tags 知名, 散乱 and 征求 as verbs (44个知名旅游城市的市长们, 两个征求意见稿的意见建议)."""
    if "了" in clause or re.search("[和及与]", clause) and not _LIKENESS.fullmatch(clause):
        return False  # 削减了5月份的航班: the main verb and its object; 6个支援省市和军队有关部门的负责同志: nouns joined
    return (clause[0] in _RELATIVE_OPENING and not _is_word(clause[:2]) or clause in jieba_idioms()
            or clause.startswith("有") and not _is_word(clause[:2]) or _LIKENESS.fullmatch(clause) is not None
            or clause in jieba_adjectives() or _REDUPLICATED.fullmatch(clause) is not None
            or clause[0] == "最")  # 两个平凡的|好人, 一百多家大大小小的|水泥厂, 9部最新创作的|电影


# Prepositions that, right after a number, open what the counted thing does rather than name it (两人|对…, 37人|因…, 85%|由欧盟
# 基金承担 is left to 由's own readings: 由…组成 names members, 含3例由无症状感染者转为确诊病例 is a class). Not 被 and 在, which
# open nouns (被困群众, 在建项目: STOP_WORDS_OPENING_THE_PHRASE), nor the start of a word (对外, 为期, 从业, 向导), nor a clause
# before 的 describing the noun after it (180多项|对依法治国具有重要意义的|改革举措, 550头|从新西兰进口的|优质母牛).
PREPOSITIONS_OPENING_A_PREDICATE = frozenset("因对给从向为与把将")


def _subject_after(right: str, unit_char: str = "", *, counted: bool = False, people: bool = False, events: bool = False) -> str | None:
    """Noun phrase right after the unit ('4000家5G工厂；' -> '5G工厂'), else None. `unit_char`, the mention's
    last character, tells a one-character noun (24个村) from half of a word the unit cut (13亿多人|民); `counted`,
    a count's measure word, that a measure after the noun is not what is counted (24个行业|利润); `people`, a count
    of people, that what they did is not who they are (150余位代表|参会)."""
    if right.startswith("级"):
        return None  # 300吨级, 万吨级: a class, and what follows is not what is counted
    if right[:1] in PREPOSITIONS_OPENING_A_PREDICATE and not _is_word(right[:2]) and "的" not in re.split("[，,。；;！!？?、]", right, maxsplit=1)[0]:
        return None  # 我们两人|对中美关系…, 100多人|给邬霞捐来…, 20公里|因山体塌方断路: what the counted thing does, no noun
    if _SETS_A_NEW_LEVEL.match(right):
        return None  # 预期从3.5%|下调至1.5%: the value is the base of a change, its thing stands before it
    if people and (formed := _FORMED_BY_PEOPLE.match(right)) and (body := _subject_after(right[formed.end():], "的")):
        return _clean_subject(body.removesuffix("名单") + "成员")  # 由417人组成的|中国体育代表团: its members
    if right.startswith("的") and (ratio := _RATIO_AFTER_VALUE.match(right, 1)):
        return ratio[0]  # 按照20%的|比例对脱贫摘帽县开展抽查: the value is the ratio's; what follows is done at that ratio
    right = right.removeprefix("的")
    if (opening := _AFTER_OPENING.match(right)) and right[opening.end():opening.end() + 2] not in jieba_verbs()[0]:
        right = right[opening.end():]
    right = right[relative.end():] if (relative := _RELATIVE_VERBS.match(right)) else right
    if (opened := _OPENED_BEFORE_THE_NOUN.match(right)) and re.match("[\u4e00-\u9fff“]", right[opened.end():]) \
            and not re.match(r"[^，。；,;]{1,6}?[中里内]", right[opened.end():]):  # (27人|在14号的抗议活动中受伤: a place)
        right = right[opened.end():]  # 10家|已完成公开发行等程序的|企业, 32名|2025年|“全国十佳新闻工作者”
    if (clause := _CLAUSE_BEFORE_DE.match(right)) and _is_relative_clause(clause[1]) \
            and not (people and not _PEOPLE_NOUN_START.match(right, clause.end())):
        right = right[clause.end():]  # 两架|由我国自主研制的|新一代隐身战斗机, 16个|各具优势的|承接载体
    if right.startswith(("省（区、市）", "省(区、市)", "省区市")):
        return "省区市"  # 西部12个省（区、市）
    m = _AFTER_RE.match(right)
    if not m:
        return None
    if right.startswith("的", m.end()) and _describes_what_follows(m[1]) and not (people and _PREPOSITION.match(m[1])) \
            and (head := _AFTER_RE.match(right, m.end() + 1)):  # (3人因恶劣天气引发的各类事故死亡: why they died)
        m = head  # 4艘快速接近的|伊朗快艇, 五个不同等级的|风险区: the phrase before 的 describes the counted thing
    if m[1] in jieba_single_nouns() and m[1] not in _NOT_A_COUNTED_NOUN and not _in_a_word(unit_char + right[:2]):
        return m[1]  # 60万辆车的装机需求, 周边的24个村一起: the counted noun is one character
    phrase = _before_verb(_TRAILING_JOINER.sub("", m[1]))
    if re.match(r"[\u4e00-\u9fff](?<!的)", right[m.end():m.end() + 1]):
        phrase = _without_adverbs(phrase)  # 41个外资项目现场|签约: stopped at a verb of STOP_AFTER, whose adverb is no part of it
    if done := _PERFECTIVE_VERB.search(phrase, 2):
        cut = done.start()
        if _is_word(phrase[cut - 1:cut + 1]):
            cut -= 1  # 村|张贴了: the verb began one character earlier (a word of jieba's crosses the cut)
        phrase = phrase[:cut]  # 7700多万户家庭|实行了生活垃圾分类: the noun ends where its verb starts
    if counted and len(named := phrase.split("—")[0]) >= 2:
        phrase = named  # 两名美国公民|——马修·米勒和…: the names after a dash are the members, not the counted noun
    if too_long := len(phrase) > _SUBJECT_MAX:  # too long to be a noun phrase: it ends at its first verb (2104名全国政协委员|登录网上…)
        phrase = next((phrase[:p] for p in range(2, _SUBJECT_MAX + 1) if _verb_at(phrase, p)), phrase)
    if counted and too_long and (joined := re.search("以及|[和与及]", phrase[2:])):
        phrase = phrase[:joined.start() + 2]  # 10位“最美乡村教师”|和清华大学研究生支教团…: the count is of the first noun joined
    if people:
        phrase = _people_before_their_verb(phrase)
    if len(phrase) >= 6 and phrase[-4:] in jieba_idioms():
        phrase = phrase[:-4]  # 一座148米高的大楼|拔地而起, 50多个第二现场|人头攒动: the idiom is what the thing does
    if (subject := _before_predicate(phrase, events=events)) != phrase:
        if subject in jieba_single_nouns() and not _in_a_word(unit_char + right[:2]):
            return subject  # 两个村|仅仅相距4公里
        phrase = subject
    if counted and (measured := _MEASURE_OF_COUNTED.fullmatch(phrase)) and len(measured["noun"]) >= 2 \
            and not (people and phrase.endswith("人口")):  # 10000余名贫困人口: people are the counted noun
        phrase = measured["noun"]
    return _clean_subject(phrase)


# A count right after 将 or 把 (the object a verb after it disposes of: 成功将|8颗卫星发射升空) or after a verb whose object is the
# subject of a verb after it (派出|50多支医疗小分队深入边远山村, 迎来|近6000只大天鹅栖息过冬): the noun after it is followed by
# its own verb, as after a count opening its clause.
_DISPOSAL_OR_PIVOT = re.compile(r"(?:将|把|派出|派遣|加派|迎来|吸引|带动|邀请|动员)了?(?:共|约|近|超过|总计)?$")
# What may stand before a count that is its clause's subject: an existential 有, a scope, 其中, an approximation.
_BEFORE_A_SUBJECT_COUNT = re.compile(r"(?:其中|目前|如今|现在|全国|全省|全市|当地|这|那|共|约|近|还|已|已经|也|均|都|就|先后|相继|陆续)*"
                                     r"(?:共有|还有|已有|约有|有)?$")
# An existential 有 right before the count, after what the clause is about and its adverbs (美洲已经有|26个国家和地区出现…, 另有|10个
# 国家处于高风险中, 我国又有|85个贫困县脱贫摘帽): what follows the counted noun is its predicate, as when the count opens the clause.
# Not the 有 of a verb taking the count as its object (拥有, 具有, 设有, 建有, 持有, 占有, 享有, 含有, 没有, 所有).
_EXISTENTIAL_BEFORE = re.compile(r"(?<![拥具没所含设建持占享富稀固特保])(?:另|又|仍|尚|还|也|都|均|已|已经|就|共|先后|至少|仍然|总共)*有"
                                 r"(?:约|近|超过|至少|多达)?$")


def _opens_its_clause(text: str, prev_end: int, start: int) -> bool:
    """The count at `start` opens its clause, with no verb before it but an existential 有 (…，【6名】武装分子侵入…,
    目前已有【30多个】平台在运营): its noun is the clause's subject, and what follows the noun is its predicate."""
    before = text[max(prev_end, _clause_start(text, start)):start]
    if times := PERIOD_RE.match(before):
        before = before[times.end():]
    return _BEFORE_A_SUBJECT_COUNT.fullmatch(before) is not None or _EXISTENTIAL_BEFORE.search(before) is not None


# Heads of compound nouns whose modifier holds a verb (非银行支付|机构, 国家扶贫重点|县, 血液透析|机, 飞机租赁|公司): a phrase
# ending in one is one noun, not a subject and its predicate.
COMPOUND_HEADS = ("机构", "市场", "中心", "公司", "资产", "大使", "基地", "平台", "项目", "工程", "设备", "设施", "产品", "系统",
                  "企业", "行业", "产业", "单位", "部门", "县", "机", "车", "园", "点", "站", "厂", "所", "室", "馆", "院", "局",
                  "队", "团")
_ENDS_IN_COMPOUND_HEAD = re.compile(f"(?:{_alt(COMPOUND_HEADS)})$")
_COMPOUND_HEAD_AFTER_VERB = re.compile(f"[\u4e00-\u9fff]{{0,2}}?(?:{_alt(COMPOUND_HEADS)})")  # 批发|市场, 扶贫|重点县


_PREDICATE_PREPOSITION = re.compile(r"按照|根据|通过|利用|[给对向从由因被把为在以用]")  # not 与, 同, 跟: they join nouns too


def _noun_before_its_verb(phrase: str) -> str:
    """The subject noun of a clause opened by a count, without its predicate: it ends at the phrase's first verb of jieba's
    when a noun of two characters stands right before it (基层党支部|共排查整改问题, 区县|出现暴雨, 高校|增设…专业), and
    a preposition before that verb opens the predicate (新人|按照宗教习俗接受…); not a phrase ending in the head of a compound
    noun, at the phrase's end or right after the verb (非银行支付机构, 国家扶贫重点县的…)."""
    if _ENDS_IN_COMPOUND_HEAD.search(phrase):
        return phrase
    verb = next((p for p in range(len(phrase) - 3) if phrase[p:p + 2] in jieba_verbs()[0] and _verb_at(phrase, p)), None)
    if verb is None or verb < 2 or phrase[verb - 2:verb] not in jieba_two_char_nouns() or not _is_predicate_verb(phrase, verb) \
            or _COMPOUND_HEAD_AFTER_VERB.match(phrase, verb + 2) \
            or (opening := _PREDICATE_PREPOSITION.match(phrase)) and (len(opening[0]) == 2 or not _is_word(phrase[:2])):
        return phrase  # (499万人|因旱供水受到影响: a predicate opens the phrase)
    noun = phrase[:verb]
    if (prep := _PREDICATE_PREPOSITION.search(noun, 2)) and not _is_word(noun[prep.start() - 1:prep.start() + 1]):
        noun = noun[:prep.start()]
    return _without_adverbs(noun)


# ---------------------------------------------------------------- facts
# What may follow the keyword at the end of a subject: measure nouns of the thing the keyword names.
_HEAD_TAIL = re.compile(r"(?:的)?(?:余额|总额|规模|数量|总量|占比|比重|比例|增速|增幅|增长|金额|存量|增量|总数|总值|产能|"
                        r"总规模|成交额|交易|资产|收入|货值|普及率|覆盖率|受理量|申请量|授权量|拥有量|预算|支出|全长|总长|长度|里程|额度|增长率|增长速度|同比增速|预期|经费|容量|数|量|额|值){0,2}")


# When the subject names no class, the verb right before the number can: 进口150头肉牛 is trade, 投资50亿元 investment.
VERB_CLASSES = {"进口": "trade", "出口": "trade", "进出口": "trade", "投资": "investment", "融资": "investment", "出资": "investment",
                "募集": "investment", "募资": "investment", "拨付": "investment", "投入": "investment", "引资": "investment",
                # funds allotted by a government (中央财政下拨168亿元, 武汉市预拨7.02亿元, 安排0.58亿元支持…)
                "下拨": "investment", "预拨": "investment", "下达": "investment", "追加": "investment", "安排": "investment"}
_CLASS_VERB = re.compile(rf"(?P<verb>{_alt(VERB_CLASSES)})(?:了|总额|金额|额)?(?:人民币|资金)?(?:达到|达|超过|超|近|约|共|累计)?$")
# A price paid for a company or a stake is told after the number: 以71亿美元收购, 以10亿欧元的价格收购.
_DEAL_AFTER = re.compile(r"(?:的价格|的对价)?(?:收购|并购|入股|认购|控股)")
# A sum put into something says so right after it: 5年5000亿元投入机器换人, 近30亿元资金投入防控, 40亿欧元投入新能源汽车
# (not 投入使用 or 投入运营, which are what a thing built does).
_INVESTED_AFTER = re.compile(r"(?:的)?(?:资金)?(?:投入|投向)(?!使用|运营|运行|生产)")


def verb_class(left: str, unit: str, kind: str = "level", right: str = "") -> str:
    """The class the verb ending `left` gives a number of this unit (or, for money, 以 before and a deal verb in `right`,
    the text after the number, or 投入 right after it), else 'other'."""
    if _unit_kinds().get(unit) == "money" and (left.endswith("以") and _DEAL_AFTER.match(right) or _INVESTED_AFTER.match(right)):
        return "investment"
    m = _CLASS_VERB.search(left)
    if not m:
        return "other"
    indicator = VERB_CLASSES[m["verb"]]
    fits = _unit_fits(indicator, unit) or (kind == "change" and unit in ("%", "百分点"))
    return indicator if fits else "other"


PEOPLE_UNITS = frozenset({"人", "名", "人次", "位"})
# Heads that name a carrier of any kind (a platform, a park, a pilot or demonstration zone): an innovation platform only
# when a word before them says science, technology or innovation (工业互联网平台, 国家自主创新示范区, 科技园区); a media
# platform, a logistics park, a free-trade zone or an agricultural demonstration zone is `other`.
GENERIC_CARRIERS = frozenset({"平台", "园区", "产业园", "示范区", "试验区"})
_INNOVATION_WORDS = re.compile(r"科技|科研|科学|创新|研发|研究|技术|工业互联网|概念验证|中试|孵化|高新|双创|创业|知识产权|成果转化")
# Things a class keyword names that are not that class's things, told by the words before the keyword: class -> named
# patterns, each searched in the subject up to the keyword's end. A match makes the fact `other`.
NOT_THE_CLASS = {
    "output": {
        # what people or households earn (人均年收入, 家庭年收入, 农民现金收入, 农民工月平均收入, 日均收入, 一亩地收入) is their
        # income, not economic output (人均可支配收入 and 纯收入 are `other` keywords too)
        "people's income": re.compile(r"(?:人均|户均|每户|家庭|个人|居民|村民|农民|农牧民|牧民|渔民|农户|贫困户|脱贫户|群众|百姓|乡亲们?|"
                                      r"全家|一家|家里|农民工|职工|员工|亩地|月平均|月均|日均)(?:的)?(?:一年|每年)?"
                                      r"(?:年|年均|平均|人均|均)?(?:现金|工资|纯|毛|净|储蓄|工资性|经营性|经营净|财产性|财产净|转移性|转移净)?收入$"),
        # … and so is a wage, property or net income whose owner the subject lost (工资性收入近百万元 of villagers, 一年净收入就
        # 达到3万多元 of flower growers): firms earn 营业收入, 销售收入, 利润
        "a household's kind of income": re.compile(r"^(?:一年|每年|年|年均)?(?:工资|工资性|财产性|转移性|经营性|净)收入$"),
    },
    "patents": {
        # a standard of pay, of a levy or of relief (城市低保月人均标准617元, 重大水利工程建设基金征收标准…降低25%, 排污费标准提高9倍,
        # 按原标准再降低) is a rate, not a standard document, like 补贴标准 (other keywords)
        "a standard of pay or of a levy": re.compile(r"(?:人均|征收|费|低保|工资|补偿|赔偿|抚恤|救助|资助|奖励|原)标准$"),
    },
    "investment": {
        # money granted per head or per unit (年人均补助3000元, 每趟次补贴5元, 每亩建设资金3100多元) is a rate
        "a grant per head or per unit": re.compile(r"人均|户均|每(?:人|户|亩|趟次|趟|吨|个|名|位|家|辆|台|生)"),
    },
    "infrastructure": {
        # a lane of a border checkpoint (22条快速通关查验通道, 客货车通道, 自助通道) or a route of birds (候鸟迁飞通道) is no built
        # corridor (川渝间铁路通道6条, 特高压输电大通道, 深中通道全长24公里)
        "a checkpoint's lane or a flyway": re.compile(r"(?:查验|通关|客货车|旅检|自助|人工|绿色|迁飞|迁徙)通道$"),
    },
    "talent": {
        # officials, members or leaders counted with experts (省直机关领导干部和部分专家学者30人, 9位政协委员和专家学者) are no talent
        "officials with experts": re.compile(r"(?:干部|委员|领袖|官员|代表|领导)(?:和|与|及|以及|、)"),
    },
    "enterprises": {
        # a count of households or residents and firms together (超过25万户家庭和企业处于断电状态) counts mostly households
        "households with firms": re.compile(r"(?:家庭|居民|住户|用户|农户|村民|农民|贫困户|个人|民众|群众)(?:和|与|及|以及|、)"),
    },
    "projects": {
        # 项目 is also an item of a list: the events of a games (17个竞赛项目, 178个表演项目, 8个奥运项目), the items a licence,
        # a fee, a service or an insurance covers (行政许可项目, 检验检测服务项目, 20项康复项目), heritage items (非遗代表性项目,
        # 世界灌溉工程遗产项目)
        "an event or an item": re.compile(r"(?:比赛|竞赛|表演|体育|运动|赛事|奥运|许可|审批|收费|服务|检测|检验|认证|康复|医疗|"
                                          r"诊疗|医保|非遗|遗产|代表性|游乐|娱乐)项目$"),
    },
    "trade": {
        # what travellers and diners book (机票订单, 旅游订单, 门票订单) is consumption, not trade
        "a booking": re.compile(r"(?:机票|车票|船票|门票|旅游|酒店|民宿|住宿|景区|外卖|餐饮|演出|电影|预订|团购)订单$"),
        # the turnover of a home market (网络零售交易额, 期货市场成交额, 数据交易额, 鲜花交易市场交易额) is not foreign trade;
        # a fair's (广交会成交额, 意向成交金额) is
        "a home market's turnover": re.compile(r"(?:零售|电商|电子商务|网络|网上|线上|期货|证券|股票|数据|市场|二手车|房地产|"
                                               r"土地|排污权|碳排放权|拍卖)(?:的)?(?:交易|成交)(?:总)?(?:额|金额)$"),
        # a turnover that names no market or fair (累计成交额为437.77万亿元 after 全国期货市场成交量…, 交易额达53.55亿元 of a
        # flower market): a fair names itself (广交会成交额) or its intended deals (意向成交额), a home market mostly does not
        "a turnover of no named market": re.compile(r"^(?:累计|现场|总)?(?:交易|成交)(?:总)?(?:额|金额)$"),
        # 货值 is mostly the value of goods cleared or carried across a border (中老铁路进出口货物…货值41.9亿元, 班列…货值达
        # 267万美元); not of goods of a crime (走私燕窝101吨，货值…, 违法生产、销售货值金额)
        "goods of a crime": re.compile(r"(?:违法|走私|涉案|涉嫌|查获|查处|查扣|缴获|假冒|侵权|伪劣|非法|犯罪)[\u4e00-\u9fff]{0,8}货值"),
    },
}
UNITS_THAT_NAME_THE_THING = frozenset({"部门", "城", "市", "县"})
# What may follow the head keyword of a subject for it to still be the class's: the measure nouns of _HEAD_TAIL, the length
# of a line or its section (铁路正线全长, 公路主线总长, 公路通车里程, 铁路营业里程, 高铁总里程, 地铁1号线总长, 隧道右线长,
# 大桥长, 大桥主桥长, 大桥设计总长, 高铁在建里程) or its network (全国铁路网, 国家公路网总规模, 国家高铁网络), a valid stock (发明专利有效量)
# and a target for the amount (投资目标任务); for trade, the goods traded (出口商品, 进出口货物).
_CLASS_TAIL = re.compile(rf"(?:{_HEAD_TAIL.pattern})(?:(?:主线|正线|线路|全线|左线|右线|主桥|通车|运营|营业|在建|设计|总|[\d一二三四五六七八九十]+号线)*(?:全长|总长|长度|里程|长)"
                         r"|网络?(?:总)?(?:规模|里程|长度)?|有效量|目标任务|目标|任务)?")
# The goods traded may be named (出口钢材4358万吨, 进口食品总金额, 进出口水果35.9万吨, 经中老铁路进出口货运量), with a measure
# of them after; not an index, a tax, a cost, a rate or a port's throughput about trade (中小企业出口指数, 出口退税, 进口完税成本,
# 出口税率, 外贸集装箱吞吐量), its partners (进口国) or firms, nor a phrase the subject ran into (增速比上个月, 规模历史同期).
# Patents are counted by their applications and grants (发明专利申请, 专利总申请量, 专利授权数).
_PATENT_TAIL = re.compile(r"总?(?:申请|授权)(?:量|数|总量)?")
_GOODS_TAIL = re.compile(r"(?:的)?(?:货物|商品|产品|(?:(?!指数|税|成本|国|地区|企业|措施|增速|增幅|价格|政策|管制|许可|限制|禁令|同期|因此|比|还|博览|吞吐|待遇|不足)"
                         r"[\u4e00-\u9fff]){1,6}?)(?:总额|总值|金额|额|值|量|数量|货运量|过货量|交货值)?")
# An amount of projects (not a count) is what is built or invested, whatever kind of project: their money is invested in
# them (超过52亿元的产能合作项目, 总投资超6亿元的金鸡产业项目), their power or length the capacity they build (70万千瓦光热项目,
# 整治工程7.9万公里).
AMOUNTS_OF_PROJECTS = {"money": "investment", **dict.fromkeys(("千瓦", "兆瓦", "吉瓦", "公里", "千米"), "infrastructure")}


_HAS_AFTER = re.compile(r"[共还已都也就]?(?:拥)?有")
# A count of firms in their own measure words (家, 户) whose phrase runs on into what they do, with no other thing named
# after the firms, still counts the firms (天津已有近500家污染企业关停, 10家国内航空公司运营国际货运业务).
# Not firms counted with other things (10余家企业及高校, 企业和机构, 企业和个人): a mixed count.
FIRMS_COUNTED_IN = frozenset({"家", "户"})
_THINGS_JOINED = re.compile(r"和|及|与|、|或|以及|等")


def classify(subject: str | None, unit: str, kind: str = "level", *, examples: str = "") -> str:
    """The indicator of what `subject` counts: the class of the keyword ending last in it (the head of a
    head-final noun phrase), if a `kind` level of that class can have this unit; else 'other'. `examples` are the
    things listed before 等 and the number (中国科学院等13家平台): they may say what a generic carrier is.

    Words elsewhere in the sentence never decide: in 设计总装机容量240万千瓦…投资总规模约260亿元 the 240万千瓦
    is about 装机容量, not 投资. A change (增长12%) takes the class of what changed, whatever its unit.
    """
    if not subject:
        return "other"
    part = subject.split("占")[0] if "占" in subject[1:] else subject  # 研发经费占营业收入比重: a share of the part before 占
    pattern, table = _indicator_keywords()
    # the longest keyword starting at each character, overlapping ones too (经营收入 holds 营收 and 收入): the one ending
    # last is the head, the longest of those ending there (技术合同成交额 over 成交额)
    found = [m for i in range(len(part)) if (m := pattern.match(part, i))]
    best = max(found, key=lambda m: (m.end(), len(m.group())), default=None)
    tail = part[best.end():] if best else ""
    if best is None or not (_CLASS_TAIL.fullmatch(tail) or table[best.group()] == "trade" and _GOODS_TAIL.fullmatch(tail)
                            or table[best.group()] == "patents" and _PATENT_TAIL.fullmatch(tail)):
        # a subject run into what its thing does (高层次人才聚集|超过1500人, 重大项目开工|152个) is classed by the noun
        # before the predicate, as a subject after a number is cut (_before_predicate), when the cut keeps the keyword whole
        # and the verb does not make one word with it (出口退税 is a tax rebate, not 出口); after 有 comes what is counted
        # (码头有航线52条 counts routes)
        if (best is not None and tail and best.end() <= len(noun := _before_predicate(part)) < len(part)
                and part[best.start():len(noun) + 2] not in jieba_verbs()[1] and not _HAS_AFTER.match(part, len(noun))):
            indicator = classify(noun, unit, kind, examples=examples)
            # a share of what firms do (企业稳定就业岗位达到95%以上) is not a share of firms
            return "other" if unit == "%" and kind != "change" and indicator in COUNTED_HEADS else indicator
        if (best is not None and table[best.group()] == "enterprises" and unit in FIRMS_COUNTED_IN and kind == "level"
                and not pattern.search(tail) and not _HAS_AFTER.match(tail) and not _THINGS_JOINED.match(tail)
                and not any(rule.search(part, 0, best.end()) for rule in NOT_THE_CLASS["enterprises"].values())):
            return "enterprises"  # 近500家污染企业关停, 7户中央企业跟踪审计过程: firms counted in their own measure word
        return "other"  # the head is not a keyword: 上合示范区到发中欧班列 counts trains, not 示范区
    indicator = table[best.group()]
    if any(rule.search(part, 0, best.end()) for rule in NOT_THE_CLASS.get(indicator, {}).values()):
        return "other"
    def is_generic_carrier(m: re.Match[str]) -> bool:
        return m.group() in GENERIC_CARRIERS and not _INNOVATION_WORDS.search(examples + part[:m.start()])

    if is_generic_carrier(best):
        return "other"
    if kind == "change" and _MONEY_TAIL.search(part, best.end()):
        unit, kind = "元", "level"  # 企业资产总额增长2.6倍: a change of the money the firms hold, not of how many firms
    if kind != "change" and not _unit_fits(indicator, unit):
        # 投资项目40亿元: money is not a count of projects, and 60多家企业审批应急贷款 counts firms, not loans: the keyword
        # before the head whose class can have this unit says what is counted or measured
        fitting = [m for m in found if m.end() <= best.start() and _unit_fits(table[m.group()], unit) and not is_generic_carrier(m)]
        if indicator == "projects" and (_unit_kinds().get(unit) in AMOUNTS_OF_PROJECTS or unit in AMOUNTS_OF_PROJECTS):
            indicator = AMOUNTS_OF_PROJECTS.get(_unit_kinds().get(unit)) or AMOUNTS_OF_PROJECTS[unit]
        elif fitting and (indicator in COUNTED_HEADS or _unit_kinds().get(unit) == "count"):
            indicator = table[fitting[-1].group()]
    if unit in PEOPLE_UNITS and indicator not in ("talent", "other") and not best.group().endswith("能力"):
        return "other"  # 20人实验室, 290人企业: people are counted, not platforms or firms (but 客运能力为28.7万人次 measures a line)
    if indicator == "rd_expenditure" and unit == "%" and kind != "change":
        indicator = "rd_intensity"  # a share of R&D spending is R&D intensity
    if kind == "change" and unit in ("%", "百分点", "倍"):
        return indicator
    return indicator if _unit_fits(indicator, unit) else "other"


# Heads that are counted things (家, 个, 项): a money or quantity amount of them is about what modifies them.
COUNTED_HEADS = frozenset({"projects", "enterprises", "platforms"})
# Measure nouns after the head that make the thing measured an amount of money (资产总额, 贷款余额, 合同金额).
_MONEY_TAIL = re.compile(r"余额|总额|金额|资产|收入|货值|预算|支出|成交额|交易额")


def _unit_fits(indicator: str, unit: str) -> bool:
    """A level of `indicator` can be measured in `unit`: its kind is one of the class's unit kinds in the data dictionary,
    and a count is in a measure word of the class's things (`counted_in`): investment counts deals and funds (并购424起,
    4支专项基金), not the 832个脱贫县 whose loans it is; and a physical quantity is in a unit of the class's `measured_in`."""
    kind = _unit_kinds().get(unit)
    if kind == "count" and indicator in counted_in():
        return unit in counted_in()[indicator]
    if kind == "measure" and indicator in measured_in():
        return unit in measured_in()[indicator]
    return kind in indicator_classes()[indicator]


def _period(text: str, end: int) -> str | None:
    """Last period expression before ``end`` (outside 《》 titles, not a comparison base), raw; 'YYYY年' -> 'YYYY'."""
    titles = [m.span() for m in re.finditer(MASKS["book_title"], text)]
    found = [m for m in PERIOD_RE.finditer(text, 0, end)
             if not any(s <= m.start() < e for s, e in titles)
             and not _COMPARISON_BEFORE.search(text, 0, m.start())]
    rise_ends = [m for m in found if _RISE_END_OPENS.match(text, m.end()) and (
        _RISE_START_BEFORE.search(text, 0, m.start())
        or ((m.group().startswith("到") or _RISE_END_BEFORE.search(text, 0, m.start())) and _RISE_START.search(text, 0, m.start())))]
    if rise_ends and _RISE_END_AFTER.fullmatch(text, rise_ends[-1].end(), end):
        found = [rise_ends[-1]]
    else:
        found = [m for m in found if m not in rise_ends and not _COMPARISON_AFTER.match(text[m.end():m.end() + 4])]
    if not found:
        return None
    raw = found[-1][0]
    return raw[:4] if re.fullmatch(r"\d{4}年", raw) else raw


# What a project will do once built is its planned capacity (项目建成后，每年可提供工业蒸汽480万吨); built in a past year
# (2014年建成后，每年可向浙江输送…) it is what it does.
UPON_COMPLETION = r"(?<!\d年)(?:建成|投产|达产|投用|完工|竣工|投运)后"
# 要 + a verb of building, raising or cutting states what is to be done (今年宁夏要建立100个…示范村, 未来五年要新增5000万个就业岗位,
# 新兴产业产值要增长12%): a target like 要达到. Not inside a word (主要, 需要, 只要, 重要), nor after 就 or 都 (合肥平均每天就要
# 诞生5家: what happens).
# What a document proposes is a goal (《报告》提出今年国内生产总值增长5.5%左右; 《规划》提出，全省…达到…): a report, plan,
# programme or opinion that 提出, governing the clauses after it; not right before a count of what it proposes (《决定》提出的300多项
# 改革举措, 提出了3条建议: they are counted); 提出的 naming what it proposed governs no later clause (《政府工作报告》提出的重点工作的
# 完成情况，涉及8个方面、35项政策措施: a report on them), though it still makes its own clause's number a goal (完成《规划》提出的
# 宽带网络覆盖90%以上贫困村的目标).
DOCUMENT_PROPOSES = r"(?:(?<=》)|报告|规划|方案|意见|纲要|目标)(?:中|里)?(?:明确|首次|还|进一步)?提出(?!了?的?[\d一二三四五六七八九十两])"
SHALL_DO = (r"(?<![主重需只首纪摘险紧简必想就都])要(?:新建|新增加|新增|建设|建成|建立|建|增加|增长|提高到|提高|提升|培育|引进|开工|"
            r"关停|淘汰|压减|减少|降低|发布|打造)")
# What a number is, from the words before it in its clause: the cue nearest the number wins. (status, pattern)
# A deadline ahead: 年底前, 今年末前, 6月底前, 12月底前 (not 2015年底前, a date looked back on).
_DEADLINE = r"(?:(?<!\d)年|\d{1,2}月)(?:底|末)前"
STATUS_CUES: tuple[tuple[str, str], ...] = (
    # 将有 + a number is what is expected to be there (今天将有150多艘滞留船只得到疏散); 将有力, 将有效 are adverbs
    # 可能 (may) before the number is what a source expects (not a kind of case listed: 确诊、疑似和可能感染病例共计4784例) (…关税可能在2025年至2028年间给德国经济造成高达2900亿欧元的损失, 美国经济
    # 增长可能降低到1.4%); not 不可能, 可能性, 可能影响…的 describing a kind of thing (可能影响未成年人身心健康的网络信息的4种类型),
    # nor what may have happened (运输机可能运送了65名…)
    ("forecast", r"预计|(?<![于超出到])预期(?!指数)|预测|估计|有望|可望|或将|(?<![不和、与及或])可能(?!性|影响|[^，,；;。]*了)|将达|将超|将突破|将增至|将增长|将提高|将实现|将带动|将处于|将保持|将维持|将回升|将下降|将减少|将增加|将扩大|将降至|将有(?![力效序利])|可达|可实现"),
    # a deadline ahead (今年底前实现…58项事项异地办理, 6月底前下达90%以上, 年内…降低100美元以上) sets a target; a dated one
    # (2015年底前已办理退休手续) looks back, and a span (未来10年内, 运行期25年内, 两学年内) is no deadline
    # 目标 as a noun is no target: what a share is of (占年度目标任务的78.2%, 完成全年目标任务的58%), a heading of a list
    # (目标任务等六个方面) or an item of one (提出7个方面发展目标和21项主要指标), what was split up (目标被分解成84项任务), what is struck (向…极端组织目标发射了4枚巡航导弹, 等目标实施了六次集群打击)
    # (争取到 is won: 为广州一家保温杯企业争取到将近400万元的出口退税)
    ("target", rf"力争|争取(?![到了])|目标(?!(?:任务)?(?:的|等|和|、)|被|发射|发动|实施|进行|打击|包括)|确保(?!了)|要达到|要实现|要突破|要超过|要控制|要保持|{SHALL_DO}|{DOCUMENT_PROPOSES}|控制在|不低于|不少于|{_DEADLINE}|(?:今年|本年|当年)年?内|(?<![\u4e00-\u9fff\d])年内"),
    # (确保了被护船舶…100%安全 is done: no target; 业务活动预期指数 names an index, 代拟了 and 准备了 are done, 计划、预算 and
    # 两大规划中 are nouns)
    # 规划, 设计, 准备 as nouns or done are no plan: 规划单位, 占规划总数的2.3%, 规划实施了, 编制了30多个重点规划、100多项行动方案 (but 规划了两条城际线路 plans them), 设计了四千多张图纸, 自主设计建造的
    # 500米口径…望远镜, 存款准备金率由现行8%…; a design speed is what a line or a bridge is built for (大桥全长1639米，
    # 设计时速80公里), told like its length, and 设计工具, 外观设计申请量, 完成设计总量的95% are nouns
    # 计划 naming a programme (国家重点研发计划核心装备, 援助计划) or the plan whose part is done (完成年度计划投资1215.77亿元
    # is what was done; 今年计划完成投资4300多亿元 plans it) plans nothing
    ("plan", r"(?<!研发)(?<!援助)(?<!完成)(?<!完成年度)(?<!完成全年)计划(?!的|数|内|任务|目标|总投资|、|单列|生育|署)|(?<![虚模比草代])拟(?!了)|规划(?!的|、|单位|院|局|部门|师|馆|总数|中(?!的)|[\u4e00-\u9fff]{1,2}了)|谋划|将投资|将建设|将新建|将建成|将开工|将于|将举办|将安排|将发行|将新增|将上演|将开行|(?<!前期)(?<!项目)(?<!赛前)(?<!战前)准备(?!金|了|工作|基金|特别基金|阶段|期|会)|打算"
             rf"|(?<!自主)设计(?!了|建造|制造|研发|生产|的|师|院|单位|方案|理念|(?:最高)?时速|速度|工具|申请|总量|组织|产品)|{UPON_COMPLETION}"),
    ("actual", r"已经|已|累计|共有|现有|完成|实现了|达到了|建成了|截至|实际|共设|设有"),
)
_STATUS_RE = re.compile("|".join(f"(?P<{status}>{pattern})" for status, pattern in STATUS_CUES))
# (a named plan after the number is none: 教育部等五部门近日启动“人工智能+教育”行动计划)
# After the number 计划 plans only as a verb with its time, place or action (3个项目计划于年底开工, 60%的企业计划2021年扩大
# 在华业务) or as the plan to do it (释放5000名塔利班在押人员的计划); otherwise it names a plan the counted things are in
# (4.3万余名大学生志愿服务西部计划志愿者, 82个区域公用品牌纳入…培育计划, 22个省份已完成年度…改造计划, 教育部等八部门
# 启动…强师计划) or that they have (67.74%的企业有创新研发计划), or who planned (两名嫌疑人曾计划前往).
_FUTURE_AFTER = re.compile(r"(?P<forecast>有望|预计|可望|将(?:建立|建成|实现|达到|超过|突破))"
                           r"|(?P<plan>(?:(?<!行动)(?<!工作)(?<!专项)(?<![曾有])计划)(?=于|在|将|到|从|再|用|投资|建设|新建|开工|实施|今年|明年|年内|\d)|的计划|(?<![虚模比草代])拟(?!了))")
# A sentence opening with a future horizon (到2025年，… / “十四五”期间，…) sets targets for what follows; 截至2018年,
# 截止到2018年 look back to a date, they are no horizon.
_HORIZON_OPENING = re.compile(r"^(?:[^，。；]{0,6})?(?<![截止])(?:到|至)\d{4}年(?:底|末)?"
                              r"|^[^，。；]{0,4}[“\"]?(?P<plan>十[四五六]五)[”\"]?(?P<span>期间|时期|末)")
# … and so does a clause of its own, later in the sentence, that is only a horizon (印发《…实施方案》，到2027年，…普及率达到90%;
# 提出到2025年，…比重达1.5%以上); not a span of years (从2012年到2022年，).
_HORIZON_CLAUSE = re.compile(r"(?<=[,:，：])[^,:，：。；;\d]{0,6}?(?:(?<![截止])(?:到|至)(?P<year>\d{4})年(?:底|末)?"
                             r"|[“\"]?(?P<plan>十[四五六]五)[”\"]?(?P<span>期间|时期|末))(?=[,，])")  # 三是…，“十四五”期间，新建…
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")


# Cues that govern the clauses after theirs: verbs of intent and expectation, not nouns (规划, 设计, 目标) or a
# clause's own bound (不低于).
_GOVERNING_CUE = re.compile(rf"预计|预期|预测|估计|有望|可望|力争|争取|确保|拟|计划|将.{{1,2}}|{UPON_COMPLETION}|{_DEADLINE}|.{{0,3}}年内"
                            rf"|{DOCUMENT_PROPOSES}")
# Verbs that say what a source expects (联合国估计，…; 农业部门预测，…; 报告预计，…): a comma after them opens what is
# expected, where after a noun (行动计划，…) it ends a plan named.
_EXPECTS_BEFORE_COMMA = re.compile(rf"预计|预测|估计|{UPON_COMPLETION}|{_DEADLINE}|.{{0,3}}年内|{DOCUMENT_PROPOSES}")  # and a deadline: 今年底前，…
# 将 + a verb, after an adverb: a forecast when the verb moves or states a level (将降低20%, 将导致损失16亿欧元), a
# plan for any other verb of jieba's (将制定1800项, 将持续推进40条). 将 before a noun marks an object (将利率维持在
# 4.50%: done), 将近 is 'nearly', 即将/必将 are other words.
# The adverbs are tried longest first (将共同出资 is 共同 + 出资, not 共 + 同出); 新 (newly) only before a verb of building or
# raising things (将新培育3000家, not 将新发展格局单独成篇, where 将 marks an object), and a time of recurrence only when no 的
# follows in the clause (今后五年，芜湖将每年拿出40个亿; not 恒力将每年销售收入的5%投入研发). When the verb after the adverb is
# none, the word right after 将 may be the verb (将共建: 共建).
WILL_ADVERBS = ("持续", "继续", "进一步", "全面", "加快", "尽快", "全力", "努力", "隆重", "重点", "陆续", "依次", "先后", "大力", "逐步", "再", "还", "首次", "共", "大幅",
                "明显", "显著", "有所", "基本", "连续", "分别", "正式", "同步", "共同", "一次性", "(?:每年|每月)(?![^，,；;。的]*的)",
                "新(?=培育|引进|建设|打造|布局|认定|设立|推出|改造|安排|投放|招引)")
_WILL = re.compile(r"(?<![即必终])将(?![近军来士领帅相])(?:会|要)?(?:"
                   + "|".join(sorted(WILL_ADVERBS, key=lambda a: -len(re.sub(r"\(.*\)", "", a)))) + ")?")
_WILL_BARE = re.compile(r"将(?:会|要)?")
# 将 then a preposition (将在未来几天内提供…, 将从2.4%回升至2.7%, 将通过多个电视频道…联动200多个国家和地区, 将用光伏板铺满3285个
# 足球场大小的沙丘): future too;
# the verb comes later in the clause
_WILL_PREPOSITION = re.compile("[从由在向为对与于给]|以(?![后前来上下及])|通过|依托|依靠|按照|围绕|用(?!于)")
_FORECAST_VERBS = frozenset("降低 提升 提高 增长 下降 减少 增加 扩大 缩小 达到 超过 突破 实现 带动 导致 增至 降至 回升 保持 维持 高达 多达 "
                            "处于 迎来 拉动 形成 节约 节省 损失 衰退 下滑 萎缩 回落 上涨 下跌 占到 占据 使 让 高于 低于 影响 "
                            "减到 减至 降到 升到 升至 增到 涨到 涨至 跌到 跌至 惠及".split())
# An estimate before 将 makes it expected, like 预计 (据估算，2013年，西部地区GDP增速将高于东部地区1.6个百分点左右; 据估算，…将为
# 世界其他国家贡献700万个新增就业岗位); on its own an estimate may be of today (估算…雪豹种群数量或已超过1000只), so it is no cue.
_ESTIMATE = re.compile(r"估算|测算")
# … and so does a verb of expectation in an earlier clause of the statement (预计，“桦加沙”将以20公里左右的时速继续向偏西方向移动)
_EXPECTS_EARLIER = re.compile(r"预计|预测|估计")
# 将使, 将让 + what follows: what it brings about is expected (该工程将使沿淮老区126万人受益, 光纤将让宽带网络走入90%以上的贫困村);
# not 将使用, a plan
_CAUSATIVE = re.compile(r"[使让](?!用)")
# (and verbs of administration jieba tags as nouns or adjectives: 部署, 清理, 整治, 暂停, 主办)
_PLAN_VERBS = frozenset("建设 培育 新建 开工 新开 建成 启动 投产 投用 设立 开通 上线 推出 出台 部署 清理 整治 暂停 主办 利用".split())


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    status: str
    governing: bool  # carries to the clauses after its own (_carried_cue)


def _clause_end(text: str, start: int, hi: int) -> int:
    """Where the clause holding `start` ends, at `hi` at the latest."""
    found = _CLAUSE_BREAK.search(text, start, hi)
    return found.start() if found else hi


def _status_cues(text: str, lo: int, hi: int) -> list[_Cue]:
    """The status cues of text[lo:hi] in order: the words of STATUS_CUES and 将 + a verb (_WILL)."""
    titles = [m.span() for m in re.finditer(MASKS["book_title"], text)]  # 《长征国家文化公园建设保护规划》 names a plan
    cues = [_Cue(m.start(), m.end(), m.lastgroup, bool(_GOVERNING_CUE.fullmatch(text, m.start(), m.end()))
                 and not (m.group().endswith("提出") and text.startswith("的", m.end())))  # 《报告》提出的重点工作: a noun phrase
            for m in _STATUS_RE.finditer(text, lo, hi) if not any(s <= m.start() < e for s, e in titles)]
    # a deadline after a word of expectation is expected, not aimed at (预计今年底前，全国铁路完成固定资产投资6500亿元)
    cues = [_Cue(c.start, c.end, "forecast", c.governing) if text[c.end - 1] == "前" and any(b.status == "forecast" for b in cues[:i])
            else c for i, c in enumerate(cues)]
    taken, verbs, verbal_nouns = {c.start for c in cues}, jieba_verbs()[0], jieba_verbal_nouns()

    def is_verb(word: str) -> bool:
        return word in _FORECAST_VERBS or word in _PLAN_VERBS or word in verbs or word in verbal_nouns  # 将设置…5个链条

    for m in _WILL.finditer(text, lo, hi):
        if any(s <= m.start() < e for s, e in titles):
            continue  # 《将改革进行到底》等七部大型政论专题片: a title
        verb = text[m.end()] if _CAUSATIVE.match(text, m.end()) else text[m.end():m.end() + 2]
        if not is_verb(verb) and is_verb(text[(bare := _WILL_BARE.match(text, m.start()).end()):bare + 2]):
            verb = text[bare:bare + 2]
        ahead = False
        if preposition := _WILL_PREPOSITION.match(text, m.end()):  # the verb is the first one after it, if any comes before the number
            verb = next((text[p:p + 2] for p in range(preposition.end(), hi - 1) if is_verb(text[p:p + 2])), "")
            # 将再为10个县减贫摘帽: the verb comes after the number, the clause is still about the future; 将从2.4%回升: the
            # level it starts from is today's
            ahead = not verb and text[m.end()] not in "从由"
        if (m.start() in taken or not (is_verb(verb) or ahead) or text.startswith("的", m.end() + 2)
                or "了" in text[m.end():_clause_end(text, m.end(), hi)]):
            # 将搭载的…5颗卫星顺利送入预定轨道: 将 marks the object, the verb after it describes that object; so it does when
            # the verb is done (今年将加工型马铃薯的种植面积增加到了10万亩)
            continue
        expected = (any(c.status == "forecast" and c.start < m.start() for c in cues) or _ESTIMATE.search(text, 0, m.start())  # 预计…将吸引
                    or _EXPECTS_EARLIER.search(text, text.rfind("；", 0, m.start()) + 1, m.start()))  # 预计，台风将以20公里的时速移动
        cues.append(_Cue(m.start(), m.end() + 2, "forecast" if verb in _FORECAST_VERBS or expected else "plan", True))
    return sorted(cues, key=lambda c: c.start)


# Verbs of doing that are cues only on their own: after a plan, target or forecast they say what is to be done (预计完成,
# 力争完成) or what is to add up (预计全社会跨区域人员流动量累计5.9亿人次, 黑龙江将累计建成高标准农田1.1亿亩以上).
_DONE_VERBS = frozenset({"完成", "累计"})
_SINCE_THEN = re.compile(r"以来|(?<=[\d多十几近])年来")
_NOUN_AFTER_CUE = re.compile(r"[，,。、；;”」》)）\s]|执行|草案|完成")  # 行动计划，… / 计划执行情况: a plan named, not one made
# 为确保北粮南运，… is a purpose, not a target; a clause that opens with its own count (54个城市开通…) or with a
# contrast (而服务企业超60万家) has its own subject and verb, not the earlier clause's.
_PURPOSE_BEFORE = re.compile(r"为了?$")
_OWN_COUNT_OPENING = re.compile(r"\s*(?:[\d０-９一二三四五六七八九十两百千万]|而|但|然而)")
_PERFECTIVE = re.compile(r"了")  # 共吸引了3447部: done, whatever the clause before intends
# … and so is a clause that says so after its number (…推广实施，涉及的1300多个车站已经完成了升级改造)
_DONE_AFTER = re.compile(r"已")
_NOW_OPENING = re.compile(r"近日|日前|近期|目前|如今|现在|当前|今天")
# A clause that says it looks back (去年, 以来, 此前) is not governed by an earlier clause's 将 or 计划.
_PAST_MARK = re.compile(r"(?P<base>去年|上年|前年)|以来|(?<=[\d多十几近])年来|过去|此前|曾经?|(?P<year>(?:19|20)\d{2})年")


def _carried_cue(text: str, clause_start: int, start: int, published_year: int | None) -> str | None:
    """The status an earlier clause of the sentence gives a clause that has no cue of its own: its nearest
    cue when that is a plan, target or forecast (今年将安排资金1200亿元，推进310项…; 预计今年…，占比达到39.8%),
    unless a clause between ends the sentence's first statement (；：), a past mark (以来, 去年) comes between
    the cue and the number, or the number's clause opens with a count of its own or a contrast, or is done (了)."""
    head = text[:clause_start]
    if re.search(r"[;:；：]", head):
        head = head[max(m.end() for m in re.finditer(r"[;:；：]", head)):]
        offset = clause_start - len(head)
    else:
        offset = 0
    cues = _status_cues(text, offset, clause_start)
    if len(cues) >= 2 and text[cues[-1].start:cues[-1].end] in _DONE_VERBS and cues[-2].status != "actual":
        cues = cues[:-1]  # 预计…累计5.9亿人次，日均1.98亿人次: the sum is expected, and so is the daily mean
    if not cues or cues[-1].status == "actual" or not cues[-1].governing:
        return None
    cue = cues[-1]
    clause_end = _CLAUSE_BREAK.search(text, start)
    if any(_NOW_OPENING.match(text, b.end()) for b in _CLAUSE_BREAK.finditer(text, cue.end, clause_start)):
        return None  # 确保…平稳进行,近日,中组部…派出督查组: a clause opening with the story's time starts a new statement
    if (_PURPOSE_BEFORE.search(text, 0, cue.start) or _OWN_COUNT_OPENING.match(text, clause_start)
            or _DONE_AFTER.search(text, start, clause_end.start() if clause_end else len(text))
            or (_NOUN_AFTER_CUE.match(text, cue.end) and not _EXPECTS_BEFORE_COMMA.fullmatch(text, cue.start, cue.end))
            or _PERFECTIVE.search(text, clause_start, start)):
        return None
    for past in _PAST_MARK.finditer(text, cue.end, start):
        if past["year"] and _COMPARISON_BEFORE.search(text, 0, past.start()):
            continue  # 预计发送旅客1.06亿人次，与2019年同比增长0.8%: a base of comparison, not a look back
        if past["base"] and cue.status == "forecast" and past.start() >= clause_start and _COMPARISON_BEFORE.search(text, 0, past.start()):
            # 预计…超2.1亿人次，比去年…增长6.2%: an expected change on last year, told in the number's own clause (a 比去年 of
            # a clause before, or after a plan, 企业计划…，这一比例比去年上升, is what was measured)
            continue
        if past["year"] is None or published_year is None or int(past["year"]) < published_year:
            return None
    return cue.status


# A thing being built, told after its size or cost (一个70万千瓦“光热+光伏”项目加紧建设, 全长845公里的中泰铁路正式开工建设,
# 总投资12亿元的…项目正在加紧建设): its size and cost are planned. A count of things being built (9条特高压工程正在全面建设,
# 720个重大项目集中开工建设) is what exists now.
_BEING_BUILT = re.compile(r"(?:正在|正|加紧|加快|抓紧|全面|开工|开始)(?:建设|施工|建造)|开建|(?<!已)在建")
_BUILT_QUANTITIES = frozenset({"money", "measure"})


# A decision that sets a thing, marked by 将, to a new level from a date or as an item of a meeting's list (会议决定，从7月1日
# 起，将服装鞋帽…进口关税平均税率由15.9%降至7.1%; 三是将失业保险费率由现行…3%统一降至2%): a plan announced. Told without
# a date or a list (英国央行22日宣布，将基准利率从1.75%上调至2.25%) it is what was done.
_DECIDED_SET = re.compile(r"(?<![即必终])将(?![近军来士领帅相使比])[^，,；;。]{2,40}?(?:提高|提升|扩大|下调|上调|降低|降|减|增加|调整|调高|调低|"
                          r"压减|缩短|延长|放宽|削减)(?:至|到|为)?$")
_DECISION = re.compile(r"会议(?:决定|确定)|[一二三四五六七八九十]是|[一二三四五]要|(?:日|月|年|号|时|点)起")


# The start of a change to a new level: 从|由, maybe with 现在的, 现行, 目前的 (the level now).
# A past year may name the level it starts from (将…军人数量从2015年的2000人增加到15000人).
_BASE_BEFORE = re.compile(r"(?<!自)(?:从|由)(?:现在|目前|当前|现行|原来|原有|(?P<year>(?:19|20)\d{2})年(?:底|末)?|去年|上年)?的?(?:每年|每天|年均|日均)?$")  # 从当前的每年|8000万人次
# … unless what changes is an expectation or a goal (增长预期由1.2%上调至2.7%: the old forecast is a forecast too)
_REVISED = re.compile(r"(?:预期|预测|预计|展望|目标)(?:值|区间|水平)?$")  # right before the base (远期目标是森林覆盖率由现在的11% is today's)


# A length right before 外 is how far away a place is (230公里外的符拉迪沃斯托克).
_LENGTHS = frozenset({"公里", "千米", "米", "海里", "km"})
_AWAY = re.compile(r"(?:以|之)?外|开外")


def fact_status(text: str, start: int, end: int | None = None, published_year: int | None = None, *, unit: str | None = None) -> str:
    """actual, target, forecast or plan: the cue nearest before the number in its clause (力争, 预计, 计划,
    已 …), else one right after it in the clause (50%的县将建立, 超90%的县市有望; the size or cost of a thing being built,
    `unit` money or a physical measure: 70万千瓦…项目加紧建设), else a sentence opening with a
    future horizon (到2025年，) makes it a target, else the cue an earlier clause of the sentence carries
    (_carried_cue), else actual."""
    if end is not None and unit in _LENGTHS and _AWAY.match(text, end):
        return "actual"  # 将…送入3000公里外的海南, 准备向十多公里外的幼教点出发: how far a place is, whatever is to go there
    if (end is not None and (base := _BASE_BEFORE.search(text, 0, start)) and _SETS_A_NEW_LEVEL.match(text, end)
            and not _REVISED.search(text, _clause_start(text, start), base.start())  # 增长预期由1.2%上调至2.7%
            and not (base["year"] and published_year and int(base["year"]) > published_year)):
        return "actual"  # 将…由现行8%提高至10%, 从现在的500多座增加到1000座以上: the level it starts from is today's
    clause_start = _clause_start(text, start)
    cues = _status_cues(text, clause_start, end or start)  # the mention's own 不低于 counts
    if (len(cues) >= 2 and text[cues[-1].start:cues[-1].end] in _DONE_VERBS and cues[-2].status != "actual"
            and not _SINCE_THEN.search(text, cues[-2].end, cues[-1].start)):
        return cues[-2].status  # 预计完成1650万人次, 力争完成: what is to be done, not done (西部计划实施20多年来，累计…: done)
    if len(cues) == 1 and text[cues[0].start:cues[0].end] in _DONE_VERBS and (carried := _carried_cue(text, clause_start, cues[0].start, published_year)):
        return carried  # 预计今年底前，全国铁路完成固定资产投资6500亿元: the 完成 an earlier clause expects
    if (len(cues) == 1 and text[cues[0].start:cues[0].end] in _DONE_VERBS and "了" not in text[cues[0].end:start]
            and _future_horizon(text, cues[0].start, published_year)):
        return "target"  # 到2030年，海上风电累计并网规模达到1亿千瓦: what is to add up by a horizon ahead is aimed at
    if cues:
        return "target" if _policy_goal(text, cues[-1], published_year) else cues[-1].status
    if end is not None:
        after = _CLAUSE_BREAK.search(text, end)
        later = _FUTURE_AFTER.search(text, end, after.start() if after else len(text))
        if later:
            if (later.lastgroup == "forecast" and text.startswith("将", later.start()) and _future_horizon(text, start, published_year)
                    and not _EXPECTATION.search(text, 0, start)):
                return "target"  # 到2020年，98%的行政村将实现光纤通达: a goal, as 将 before the number under a horizon (_policy_goal)
            return later.lastgroup
        if _unit_kinds().get(unit or "") in _BUILT_QUANTITIES and _BEING_BUILT.search(text, end, after.start() if after else len(text)):
            return "plan"
        if _DECIDED_SET.search(text, clause_start, start) and _DECISION.search(text, 0, start):
            return "plan"
    if _future_horizon(text, start, published_year):
        return "target"
    return _carried_cue(text, clause_start, start, published_year) or "actual"


# A paragraph whose first sentence opens with a horizon ahead (到2025年，… / “十五五”时期，…) sets targets for the numbers of its
# later sentences that have no time of their own, as it does for its own (_future_horizon): …。全省高新技术企业突破5万家. The
# projects and works it lists are planned (部署“三北”六期等12项重大工程, 实施保障和改善民生工程30个). A clause with a cue of its
# own (共有, 已, 累计), that says it is done (了) or that looks back (2020年, 去年, 以来) keeps its status.
def _status_under_frame(text: str, start: int, status: str, period: str | None, *, carried: bool, indicator: str,
                        published_year: int | None) -> str:
    """`status`, or target (plan for projects) when it is actual for want of a cue and the number's time is a horizon
    ahead carried from the paragraph's opening sentence."""
    clause = _clause_start(text, start)
    if status != "actual" or not carried or not period or _status_cues(text, clause, start) or "了" in text[clause:start]:
        return status
    frame = f"{period}，"
    if not (_HORIZON_OPENING.match(frame) and _future_horizon(frame, len(frame), published_year)):
        return status
    if any((past["year"] is None or published_year is None or int(past["year"]) < published_year)
           and not _COMPARISON_BEFORE.search(text, 0, past.start())  # 比2015年下降10%以上: a base, no look back
           for past in _PAST_MARK.finditer(text, 0, start)):
        return status  # …。软件业务收入从2020年的8.16万亿元逐步增长到…，年平均增速达13.8%: a look back under the horizon
    return "plan" if indicator == "projects" else "target"


def _future_horizon(text: str, start: int, published_year: int | None) -> bool:
    """The sentence opens, before `start`, with a horizon not yet passed (到2025年，…; “十四五”期间，…), or a clause of its
    own before `start` is one (…实施方案》，到2027年，…). A five-year plan's
    period (期间, 时期) told in or after its last year is looked back on: “十四五”期间，我国先后出台…政策措施70余项 in 2025."""
    opening = _HORIZON_OPENING.match(text)
    if not opening or opening.end() > start:
        clause = _HORIZON_CLAUSE.search(text, 0, start)  # 预计到2020年，… is expected, not aimed at
        if clause is None or _EXPECTATION.search(text, 0, start):
            return False
        if clause["plan"]:
            last = FIVE_YEAR_PLANS[clause["plan"]]
            return published_year is None or (last >= published_year if clause["span"] == "末" else last > published_year)
        return published_year is None or int(clause["year"]) >= published_year
    if opening["plan"] and published_year is not None:
        last = FIVE_YEAR_PLANS[opening["plan"]]
        return last >= published_year if opening["span"] == "末" else last > published_year
    year = re.search(r"\d{4}", opening.group())
    return year is None or published_year is None or int(year.group()) >= published_year


# Words that say a number is expected, not aimed at (预计到2026年…将达到1271.4EFLOPS).
_EXPECTATION = re.compile(r"预计|预测|预期|估计|有望|可望|或将")


def _policy_goal(text: str, cue: _Cue, published_year: int | None) -> bool:
    """A 将 of a sentence that opens with a future horizon states a goal, not an expectation (提出到2028年，…
    物联网核心产业规模将突破3.5万亿元), unless a word of expectation says otherwise."""
    return (cue.status == "forecast" and text.startswith("将", cue.start) and _future_horizon(text, cue.start, published_year)
            and not _EXPECTATION.search(text, 0, cue.end))


# The change verb right before a number: 增长12% is a change; 提高到2.5% (…到/至/为) is the new level.
_CHANGE_BEFORE = re.compile(rf"(?:{_alt(CHANGE_VERBS)})(?:了)?(?:平均|分别|均|约|近)?(?P<to>到|至|为)?(?:了)?$")
# Nouns of change: 增速为8.1% is a change even with 为.
_CHANGE_NOUN_BEFORE = re.compile(r"(?:增速|增幅|涨幅|降幅|增长率|增长速度|提速)(?:均|分别|平均)?(?:为|是|达|达到)?$")
# The next value of a list (分别增长20.3%和19.9%) is of the same kind as the one before.
_LIST_JOIN = re.compile(r"^[和、及与,，]$")
# The things listed as examples right before a number (引进中国科学院等|13家平台): what they are says what is counted.
_EXAMPLES_BEFORE = re.compile(r"([^，,。；;：:]{1,24})等$")
_SHARE_CUES = re.compile(r"占|比重|比例|份额|率|强度|的$")
_RATE_WORDS = re.compile(r"(?:利率|税率|汇率|费率|利息)")
_SHARE_OF = re.compile(r"占(?P<of>[^,，、；;。的]{1,12}?)(?:的)?(?:比重|比例|份额|总量|总额|总数)?$")


# What may stand between two values of one thing: a joiner and an adverb of aggregation (，日均 / 、 / ，其中有).
_SAME_THING_BETWEEN = re.compile(r"[，,、；;和及与或\s]*(?:其中|日均|年均|月均|平均|合计|共计|累计|共|各|分别|均|有|达|为|是)*")


def _same_measure(facts: list, unit: str, kind: str, between: str, after: str) -> bool:
    """The fact before in the sentence is a level in the same unit, only a joiner or an adverb stands between the
    two and no verb of its own follows this number: a value naming no thing is more of the same thing
    (人员流动量超8.42亿人次，日均2.8亿人次), while 36人死亡、209人受伤 counts another thing, told by its verb, and
    长约40米，宽约8米 another measure, told by its noun."""
    verbs = jieba_verbs()[0]
    own_verb = after[:2] in verbs or after[1:3] in verbs and after[0] in "已均都也将"
    if facts and facts[-1].subject and facts[-1].subject not in verbs:
        between = between.removeprefix(facts[-1].subject)  # named after the value before (677.9万人次出入境，日均…): its thing
    return (bool(facts) and kind == "level" and facts[-1].kind == "level" and facts[-1].unit == unit and not own_verb
            and _SAME_THING_BETWEEN.fullmatch(between) is not None)


# 其中 right before a number that names nothing takes a part of the whole counted before it, in the same unit, whatever the
# part then does (3000多家企业参展，其中超过1000家是首次亮相; 投放贷款430亿元，其中130亿元用于疫情防控).
_PART_OPENING = re.compile(r"[^，,；;。]*[，,]其中[，,]?(?:有|约|仅|就)?")


def _part_of_previous(facts: list, unit: str, between: str) -> bool:
    """The number opens a part of the previous fact's whole (…，其中|…) in its unit."""
    return bool(facts) and facts[-1].unit == unit and facts[-1].kind == "level" and _PART_OPENING.fullmatch(between) is not None


def _continues_previous(facts: list, between: str, kind: str, m: re.Match[str]) -> bool:
    """Only a comma and a time, then a number with its own verb (59家，累计达到432家; 年均增长8.1%，2021年达4.88万亿元):
    the same subject's next value."""
    time = PERIOD_RE.match(between, 1)
    rest = between[time.end():] if time and between[:1] in "，," else between
    rest = _STRETCH_OR_ADVERB.sub("", rest)  # 研发经费投入1.1万亿元，连续三年|超过万亿元; …，首次|突破百万亿元
    return bool(facts) and kind == "count" and rest in ("，", ",", "") and between[:1] in "，," and bool(m["stack"] or m["pre"])


def _joined_value(facts: list, unit: str, between: str, before: str) -> bool:
    """A value joined to the one before by 和, 与, 及 or 、 alone, in the same unit, is a value of the same measure (利用率达到
    96.6%和|98%, 接种率仅为1.9%和|1.8%): a list of values takes the thing of its first, unless its own is named; not after
    things listed before 分别 or 依次, each value being of another of them (东北虎、东北豹数量分别…增长到70只、|80只)."""
    return (bool(facts) and facts[-1].unit == unit and re.fullmatch(r"[和、及与]", between) is not None
            and not re.search("[、和与及][^，,；;]*(?:分别|依次)", before[_clause_start(before, len(before)):]))


# A stretch of years or an adverb of the verb between a value and the next one of the same thing.
_STRETCH_OR_ADVERB = re.compile(r"(?<=[，,])(?:连续(?:\d+|[一二两三四五六七八九十几多]+)个?(?:月|年|季度|周|天)|首次|再次|又|已经|已|均|都|也)+$")


_YEAR_OF = re.compile(r"(?:\d{4}年(?:底|末)?|(?:现如今|如今|现在|目前|当前|今年|去年|上年|明年|前年))的?$")  # 增长到2021年|, 增加到现如今的|


# A share told as A占B(的)N% or A不到B的N% is A's; B is what it is a share of (share_of), not what is counted.
# A占B比重 names the ratio itself (数字经济规模占GDP比重): that phrase stays the subject.
_SHARE_PART = re.compile(r"(?:(?:占到|占了|约占|仅占|只占|占)(?P<any>[^，,；;。、占]{1,16})|"
                         r"(?:不到|不足|超过|相当于|完成了?)(?P<of>[^，,；;。、占]{1,14}的)|"  # 完成年度计划的|72%: of the plan
                         r"在(?P<within>[^，,；;。、在]{1,12})中(?:所占)?的?(?:比重|比例|份额|占比)[^，,；;。、\d]{0,4})$")  # A在GDP中的比重
_NAMED_RATIO = re.compile("比重|比例|份额|比率")


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding `start` begins: after the last clause break before it."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)


def _thing_of_clause_before(text: str, prev_end: int, start: int) -> str | None:
    """The thing the clause right before the number's clause names before its verb (固定资产投资一季度稳步回升，|同比增长6.3%;
    我国中西部地区进出口快速增长，|增速高出全国4.8个百分点), when no earlier fact of the sentence stands in that clause."""
    clause = _clause_start(text, start)
    if clause == 0 or (opens := _clause_start(text, clause - 1)) < prev_end:
        return None
    return _subject_before(text[opens:clause - 1])


def _share_part(text: str, prev_end: int, start: int) -> str | None:
    """The part a share of the clause ending at `start` is of: its subject (服务贸易占对外贸易总额的比重, 第三产业增加值在GDP中的
    比重), '' when the clause names none before 占, None when the clause does not tell a share this way."""
    clause_start = max(prev_end, _clause_start(text, start))
    m = _SHARE_PART.search(text, clause_start, start)
    if not m or (_NAMED_RATIO.search(m["any"] or "") and "的" not in m["any"]):
        return None  # A占B比重 names the ratio, which stays the subject; in A占B的比重 the break at 的 would leave 比重 alone
    if m.start() == clause_start == prev_end > _clause_start(text, start):
        clause_start = _clause_start(text, start)  # 山区26县|占全省面积的44.5%: the count before 占 is part of the whole's name
    return _subject_before(text[clause_start:m.start()]) or ""


# A topic chain: a clause naming no thing before its number (现已增加到|8000多只, 维持高位，达|2.95万亿元) continues the clause
# before it, whose subject is the noun phrase opening it, up to its predicate (西藏黑颈鹤种群数量|持续增加). Chinese leaves the
# subject of a chain's later clauses out.
# 其中 opening a clause before its count: the count is a part of what was counted before.
_AMONG_THEM = re.compile(r"(?:其中|这其中|当中)(?:有|就有|还有|共有)?(?:约|近|超过)?")
# A part told by what it is (其中有12款是核心零部件新品, 其中82.5%是非洲裔, 其中18人是避难申请者): the class after 是 or 为,
# up to the clause's end, names what is counted when nothing before the number does.
_CLASS_AFTER_COPULA = re.compile(r"(?:都|也|均|全|全部)?(?:是|为)(?P<cls>[^，,。;；、:：!?！？的\d]{2,12})(?=[，,。;；!?！？]|$)")
# What may end the clause after a number that continues the chain: the clause's end or the change after a level.
_CHAIN_VALUE_END = re.compile(r"(?:以上|以下|左右|之多)?(?:[,，。;；]|$|同比|环比|比上年|较上年|比去年|较去年)")
# A clause that only tells where its news comes from (美国总统奥巴马宣布，记者从…获悉，数据显示，): its subject is no topic.
# A clause before its number that is only a predicate: adverbs, a change and its frame, the verbs of TRAIL (现已增加到, 达, 同比增长).
_PREDICATE_ONLY = re.compile(rf"(?:{_alt(CHANGE_FRAMES + CHANGE_VERBS + TRAIL + ('现已', '现在', '目前', '已经', '其中', '首次', '年均', '每亩', '每年', '共有', '还有'))}"
                             r"|[了到至为达是将再又还也都均仍])*")
# A clause naming a group the next clause's count is part of (世界500强企业中，35家…; 70个大中城市当中，有24个…).
_GROUP_CLAUSE = re.compile(r"^(?P<group>[^，,；;]{2,16}?)(?<![河水湖海空手家心])(?:当中|之中|中)$")  # not 河中, 手中: a place
# Where an amount starts in a clause: not a digit of a name (PM2.5, 5G) nor of a date (3月, 10日).
_AMOUNT_START = re.compile(r"(?<![A-Za-z.\d])\d+(?:\.\d+)?(?![\d.]*[月日年号])")
_NO_TOPIC = re.compile(r"^(?:他们|她们|我们|你们|它们|大家|这里|那里|这|那)|[年月日天时]$")  # a pronoun, or a time ending it (新加坡单日)
_NO_TOPIC_OPENING = re.compile(r"根据|按照|依据|按|从|自|受|对|在|由于|由|经过|随着|据|截至|为了|为|第")
_SOURCE_CLAUSE = re.compile(r"(?:宣布|表示|获悉|了解到|显示|称|指出|介绍|说|透露|报道|公布|发布|统计)了?$")


def _topic_of_clause_before(text: str, prev_end: int, start: int, end: int) -> str | None:
    """The noun phrase opening the clause before the one holding the mention text[start:end], up to that clause's predicate
    (an adverb, a verb of jieba's or a verb of change), when the mention's clause names nothing before the number and ends
    with it (…，现已增加到|8000多只。): None when the clause before opens on no noun phrase or only tells a source."""
    here = _clause_start(text, start)
    if here <= prev_end + 1 or text[here - 1] not in ",，":
        return None
    left = text[here:start]
    if times := PERIOD_RE.match(left):
        left = left[times.end():]
    clause = text[max(prev_end, _clause_start(text, here - 1)):here - 1]
    if (group := _GROUP_CLAUSE.search(clause)) and _PREDICATE_ONLY.fullmatch(left) and (whose := _subject_before(group["group"])):
        return whose  # 如今世界500强企业中，|35家都在这里落户: the group the part is of
    if not _CHAIN_VALUE_END.match(text, end) or not _PREDICATE_ONLY.fullmatch(left):
        return None  # 安全人员还在行动中解救了附近建筑中的|47人: the clause names its own thing
    if (digit := _AMOUNT_START.search(clause)) and _CHANGE_ONLY.fullmatch(left) and not _SOURCE_CLAUSE.search(clause) \
            and (amount := _subject_before(clause[:digit.start()])) and not _names_no_thing(amount):
        return amount  # 手持订单量12790万载重吨，同比增长|23.4%: the change of an amount in a unit of no fact
    if _SOURCE_CLAUSE.search(clause) or re.search(r"\d", clause):
        return None  # (企业创新指数达到198.02，同比增长|27.73%: a number of its own, not a fact, names the chain's thing)
    if times := PERIOD_RE.match(clause):
        clause = clause[times.end():]
    if _NO_TOPIC_OPENING.match(clause) or clause[:1] in jieba_adverbs() or clause[:2] in jieba_verbs()[0] | jieba_adverbs():
        return None  # 根据关税减让方案, 受…影响, 再进行…: the clause opens on a preposition, an adverb or a verb, not its topic
    for p in range(2, len(clause) - 1):
        if _is_word(clause[p - 1:p + 1]) or any(clause[p:p + n] in jieba_verbs()[1] for n in (3, 4)):
            continue  # the character before and this one make a word, or a longer word starts here (外国|直接投资)
        if (_is_adverb(clause[p:p + 2]) or clause[p] in jieba_adverbs() or _is_predicate_verb(clause, p)
                or _CHANGE_ONLY.match(clause, p)):
            topic = _subject_before(clause[:p])  # (搬迁的贫困户|来自…: the noun after 的)
            if topic is None or _names_no_thing(topic) or not (head := _trimmed(clause[:p])).endswith(topic) \
                    or len(head) > _SUBJECT_MAX or _NO_TOPIC.search(topic) \
                    or "的" in clause[p:p + 4]:
                return None  # (现场|交付的…样品: the verb is in a phrase before 的, no predicate)
            return topic
    return None


# Verbs that set a number to a new level without being a change of their own (预期从1%下调至|0.8%, 由4辆增至|8辆 is one).
SET_TO_VERBS = ("下调", "上调", "调低", "调高", "调降", "调升", "调整", "下修", "上修", "修正", "变", "改", "升", "缩短", "延长", "扩展",
                "突破", "削减", "扩充", "缩减", "压缩")  # 审批总环节从127个压缩到|35个
_SET_TO = re.compile(rf"(?:{_alt(SET_TO_VERBS)})(?:为|至|到)了?$")
# A subject that is only a verb setting a new level (大幅下调至|2.2%, 削减到|130家, 后来扩充至|41个) names nothing: what was
# set is before it.
_SET_ONLY = re.compile(rf"(?:后来|最终|随后|又|再|已|已经|将)?(?:{_alt(CHANGE_FRAMES)})*(?:{_alt(SET_TO_VERBS)})了?(?:为|至|到)")
_SETS_A_NEW_LEVEL = re.compile(rf"(?:大幅|小幅)?(?:{_alt(SET_TO_VERBS + CHANGE_VERBS)})了?(?:为|至|到)")  # 由6.9吨|提升到了7.4吨


def _rises_to(text: str, start: int) -> bool:
    """The number is the new level of a change (增长到2021年的26811元, 提高到了24%, 下调至1.5%)."""
    left = _BASE_OF_RISE.sub("", _YEAR_OF.sub("", text[max(0, start - 14):start]))
    change = _CHANGE_BEFORE.search(left)
    return bool(change and change["to"]) or _SET_TO.search(left) is not None


def fact_kind(text: str, start: int, unit: str, is_rank: bool) -> tuple[str, str | None]:
    """(kind, share_of): 'rank'; 'change' (增长12%, 提高0.5个百分点); 'share' (a % that is a part of a whole:
    占GDP比重2.4%, 研发投入强度2.4%, 开工率77%) with what it is a share of; else 'level'."""
    if is_rank:
        return "rank", None
    left = text[max(0, start - 8):start].rstrip(" *_")
    change = _CHANGE_BEFORE.search(left)
    if (change and not change["to"]) or _CHANGE_NOUN_BEFORE.search(left):
        return "change", None
    if unit == "百分点" and not change:
        return "change", None
    if unit == "%":
        clause = text[_clause_start(text, start):start]
        if _RATE_WORDS.search(clause):
            return "level", None
        of = _SHARE_OF.search(clause)
        return "share", (of["of"].strip() if of else ("GDP" if "强度" in clause else None))
    return "level", None


def _chinese_range(run: str) -> tuple[float, float] | None:
    """四五千万 → (4e7, 5e7), 二三百 → (200, 300): two neighbouring digits before a magnitude."""
    m = re.fullmatch("([一二两三四五六七八])([二三四五六七八九])([十百千万亿]+)", run)
    if not m or "一二两三四五六七八九".index(m[2]) - "一二两三四五六七八九".index(m[1]) not in (1, 2):
        return None
    low, high = parse_number(m[1] + m[3]), parse_number(m[2] + m[3])
    return (low, high) if low is not None and high is not None else None


def _qualifier(m: re.Match[str]) -> tuple[str | None, str]:
    """Pick the qualifier that sets the bound (超 beats 累计); ranges are at_least."""
    words = [w for w in (m["stack"], m["pre"], m["pinfix"], m.groupdict().get("cinfix"), m["infix"], m["suf"]) if w]
    word = next((w for w in words if BOUNDS[w] != "exact"), words[0] if words else None)
    bound = "range" if m["ar2"] else BOUNDS.get(word, "exact")
    return word, bound


# 跃上3300亿元台阶, 突破万亿元大关: a mark the thing before it crossed, not what is counted.
_MILESTONE = re.compile("新?(?:台阶|大关|关口|门槛|量级)|(?:较高|较低|合理|历史高|历史低)?水平")  # …51%的较高水平 too
# A distance after 时速 (设计时速350公里, 时速达到600公里) is a speed.
SPEED_UNITS = {"公里": "公里/小时", "千米": "公里/小时"}
_SPEED_BEFORE = re.compile(r"时速(?:达到|达|为|高达|最高|约|超过|超)?$")
# 200个亿 / 25个多亿元: spoken Chinese counts hundreds of millions with 个; the amount is money.
_SPOKEN_YI = re.compile(r"(?P<more>多)?亿(?!级|元级)(?:元|人民币)?")


# A bare amount of money (成交额, 总额, 金额 with no thing named) right after a counted thing is that thing's: 技术合同超9300项，
# 成交额超307亿元 is the contracts' turnover, 41个外资项目现场签约，总额近350亿元 the projects' (classification only).
_BARE_AMOUNT = re.compile(r"(?:累计|现场|实际|签约|合同|意向)?(?:交易|成交)?(?:总)?(?:额|金额)|总额|总金额|货值")


# … and a bare turnover in a sentence about a fair is the fair's (…国际汽车博览会落幕，…累计交易额103亿元): trade, not the
# home market's turnover a bare 成交额 most often is.
_FAIR = re.compile(r"博览会|交易会|展览会|展销会|洽谈会|广交会|进博会|服贸会|消博会|农高会|高交会|投洽会|东博会|厦洽会")


def _amount_of_previous(subject: str | None, prev_subject: str | None, prev_unit: str | None, before: str = "") -> str | None:
    """What a bare amount of money is of, for its class: the previous fact's counted thing when it has a class
    (技术合同 + 成交额), else the fair the sentence names before it (`before`), else the subject itself."""
    if subject and _BARE_AMOUNT.fullmatch(subject) and (fair := _FAIR.search(before)) and re.search("成交|交易", subject):
        return fair.group() + subject
    if not (subject and prev_subject and _BARE_AMOUNT.fullmatch(subject)):
        return subject
    if prev_unit is not None and _unit_kinds().get(prev_unit) != "count":  # (a fact of this sentence, not one carried)
        # … and after an amount of a thing whose class money measures it is that thing's too (经中老铁路进出口货运量399.6万吨，
        # 货值152亿元: trade; 科技成果转化合同总数同比增长27.2%，合同金额同比增长24.4%: tech_contracts)
        return prev_subject if classify(prev_subject, "元") != "other" else subject
    if classify(prev_subject, prev_unit) == "other":
        return subject
    # an amount whose prefix no class keyword takes after its head (项目|签约金额, 签约项目|总金额) is still what the counted
    # things are worth: 项目金额 is invested
    named = prev_subject + subject
    return named if classify(named, "元") != "other" else prev_subject + "金额"


# A bare length (全长, 总长, 线路全长, 总里程) in a later clause is the length of what the sentence spoke of before it: a line,
# a bridge, a tunnel, a pipeline named by an infrastructure keyword (昌景黄高铁西起江西南昌…，全长289.9公里; 大桥跨越泉州湾，
# 全长20.287公里), unless the sentence follows a train or a ship on its route (中欧班列从兰州铁路口岸始发…，全长9000多公里).
_BARE_LENGTH = re.compile(r"(?:线路|全线|主线|正线)?(?:全长|总长|总长度|长度|总里程|里程)")
LENGTH_UNITS = frozenset({"公里", "千米", "米"})
_ROUTE = re.compile(r"班列|列车|货车|航线|航程|航班|班轮|邮轮|航行|行程|路程|途经")


def _length_of_what_came_before(text: str, subject: str | None, unit: str, kind: str, start: int) -> str | None:
    """For a bare length with no thing of its own, the last infrastructure keyword of the clauses before the number's
    joined to it (高铁全长), for its class; else the subject as it is."""
    if not (subject and unit in LENGTH_UNITS and kind == "level" and _BARE_LENGTH.fullmatch(subject)):
        return subject
    before = text[:_clause_start(text, start)]
    pattern, table = _indicator_keywords()
    named = [m.group() for m in pattern.finditer(before) if table[m.group()] == "infrastructure"]
    return named[-1] + subject if named and not _ROUTE.search(text, 0, start) else subject


# A measure word right before a value that describes the thing after its 的 (全长约6.8公里的海底隧道, 占地3000亩的制鞋产业园,
# 海拔4000多米的藏北高原): the value is that measure of that thing.
_SIZE_OF_WHAT_FOLLOWS = re.compile(r"(?:^|[一这该每])(?:座|个|条|处|家|片)?(占地面积|占地|建筑面积|总面积|面积|全长|总长|海拔|直径|总投资|投资)"
                                   r"(?:约|达|为|近|超过)?$")
# What stands between a count and a measure that tells the size of each counted thing (30个|面积超过|一万平米的就业工场).
_SIZE_BEFORE_DE = re.compile(r"(?:面积|总面积|占地|占地面积|建筑面积|长度|全长|高度|容量|规模)(?:超过|达到|达|约|近|为)?")


# Words a mention opens inside of, on their second character (人工林面积稳|居世界第一, 品种多|达80种, 确诊病例逼|近80万例,
# 税率最|高达120%): the first one belongs to the verb, not to the subject before it. A table: jieba's words across the edge
# are as often a noun split by chance (收入|超过 makes 入超, 桥隧比|高达 比高).
WORDS_SPLIT_BY_A_MENTION = frozenset({"稳居", "高居", "位居", "多达", "逼近", "签约", "最高", "最多", "最低", "最少"})


def _word_start(text: str, start: int, floor: int = 0) -> int:
    """Where the word holding text[start] begins: one character earlier when the mention opens inside a word of
    WORDS_SPLIT_BY_A_MENTION, which is then no part of the subject before it."""
    return start - 1 if start > floor and text[start - 1:start + 1] in WORDS_SPLIT_BY_A_MENTION else start


# Web text sets numbers apart with spaces and Markdown emphasis (每年 1700 万至 1800 万吨, 增长 2.9 %, 第 26 个, 突破 **200**
# 家): a run of them touching a digit (or a number's %) on one side only is read as if it were not there, so the number
# grammar, the masks of ordinals and dates and the subjects see the text as print writes it. Between two digits (2,350
# 9.1 in a table) it stays.
_SPACING_AT_NUMBER = re.compile(r"(?<=[0-9０-９%％])[ \u00a0\u3000*_]+(?![ \u00a0\u3000*_]|[0-9０-９])"
                                r"|(?<![0-9０-９ \u00a0\u3000*_])[ \u00a0\u3000*_]+(?=[0-9０-９])")


def extract_facts(sentence: Sentence, *, published_year: int | None = None, carried_subject: str | None = None,
                  carried_period: str | None = None) -> list[Fact]:
    """Numeric facts stated in one sentence (see _extract_facts); spacing around numbers is read through
    (_SPACING_AT_NUMBER), and each fact's mention and offsets are those of the text as written."""
    text = sentence.text
    if not _may_space_numbers(text) or not _SPACING_AT_NUMBER.search(text):
        return _extract_facts(sentence, published_year=published_year, carried_subject=carried_subject,
                              carried_period=carried_period)
    kept = [i for i, keep in enumerate(_kept_characters(text)) if keep]
    compact = "".join(text[i] for i in kept)
    facts = _extract_facts(Sentence(compact, sentence.char_start, sentence.char_start + len(compact)),
                           published_year=published_year, carried_subject=carried_subject, carried_period=carried_period)
    out = []
    for f in facts:
        s, e = kept[f.char_start - sentence.char_start], kept[f.char_end - sentence.char_start - 1] + 1
        out.append(replace(f, mention=text[s:e], char_start=sentence.char_start + s, char_end=sentence.char_start + e))
    return out


def _may_space_numbers(text: str) -> bool:
    """Cheap test before the regex: most printed text holds none of the characters that set numbers apart."""
    return any(c in text for c in _SPACING_CHARACTERS)


_SPACING_CHARACTERS = (" ", "*", "_", "\u3000", "\u00a0")


def _kept_characters(text: str) -> list[bool]:
    keep = [True] * len(text)
    for m in _SPACING_AT_NUMBER.finditer(text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return keep


def _extract_facts(sentence: Sentence, *, published_year: int | None = None, carried_subject: str | None = None,
                   carried_period: str | None = None) -> list[Fact]:
    """Numeric facts (counts, money, %, measures, ranks) stated in one sentence.

    In: a Sentence from split_sentences, and the year the article was published (for 今年, 前三季度 …). Out:
    Facts in text order with ``body[f.char_start:f.char_end] == f.mention``, each with its status (actual,
    target, forecast, plan), kind (level, change, share, rank) and the year it refers to.
    Caveat: only units listed in units.csv count; dates, codes, ordinals, phone and issue numbers, per-unit
    rates (每七个) and numbers inside 《》/short “” names are skipped; a range '10至15家' is one fact with
    value 10, value_max 15 and bound 'range'. `carried_subject`, the last subject of the sentence before in the
    paragraph, is the subject of a first change that names none (…达到4.76本。较上年上升0.02个百分点);
    `carried_period`, the time that opens an earlier sentence of the paragraph (frame_period), dates a number
    of this sentence that has no time before it.
    """
    text = sentence.text
    norm = text.translate(_HALF_WIDTH)
    masked = [m.span() for m in _MASK_RE.finditer(norm)]
    hits: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in (("rank", RANK_RE), ("count", _fact_re())):
        for m in pattern.finditer(norm):
            s, e = m.span()
            if kind == "count" and m["cn"] == "零":
                continue  # 零部件, 零售: a word, not a number (and no boundary for the phrase around it)
            if kind == "count" and m["u1"] not in (None, "%") and (_FROM_BEFORE.search(norm, 0, s) or _falls(m)):
                second = m.start("ar2")
                # after a dash the number's own lookbehind refuses it (从190条-122条): read it with the dash as a space
                behind = norm if norm[second - 1] not in "-~—–" else norm[:second - 1] + " " + norm[second:]
                ends = [pattern.match(norm, s, m.end("u1")), pattern.match(behind, second, e)]
                hits.extend((h.start(), h.end(), kind, h) for h in ends if h and not any(
                    h.start() < me and ms < h.end() for ms, me, *_ in [*masked, *hits]))
                continue  # 从190条到122条: the two ends of a change, each a fact of its own
            if not any(s < me and ms < e for ms, me, *_ in [*masked, *hits]):
                hits.append((s, e, kind, m))
            while kind == "rank" and (m := RANK_LIST_RE.match(norm, e)):
                hits.append((m.start() + 1, m.end(), kind, m))  # the mention starts at 第, after the 、
                e = m.end()
    for s, e, kind, m in [h for h in hits if h[2] == "count" and h[3]["ar"] and not (h[3]["ar2"] or h[3]["mag"] or h[3]["mag1"])]:
        hits.extend(_listed_before(norm, s, _units()[m["unit"]], [*masked, *hits]))
    for m in _bare_amount_re().finditer(norm) if "万" in norm or "亿" in norm else ():  # every bare amount has one
        s, e = m.span()
        if not any(s < me and ms < e for ms, me, *_ in [*masked, *hits]) and (unit := _bare_amount_unit(norm, s, e)):
            hits.append((s, e, unit, m))  # the unit it leaves out stands for its kind
    facts, prev_end, prev_subject, prev_unit = [], 0, carried_subject, None
    hits.sort(key=lambda h: h[0])
    # Subjects never reach across a neighbouring mention, except a measure that describes the thing after its 的 (30个|面积
    # 超过一万平米的|就业工场: the size of the workshops counted).
    next_starts = [h[0] if not _SIZE_BEFORE_DE.fullmatch(norm, e, h[0]) or not norm.startswith("的", h[1]) or h[2] == "rank"
                   or _unit_kinds().get(_units().get(h[3]["unit"])) != "measure" else len(norm)
                   for (_, e, *_), h in zip(hits, hits[1:])] + [len(norm)]
    for (s, e, kind, m), next_start in zip(hits, next_starts):
        value_max = None
        if kind == "rank":
            value = 1.0 if m.groupdict().get("first") else parse_number(m["n"])
            unit, qualifier, bound = "位", None, "exact"
        else:
            unit = _units()[m["unit"]] if kind == "count" else kind
            kind = "count"
            if unit in SPEED_UNITS and _SPEED_BEFORE.search(norm, max(0, s - 6), s):
                unit = SPEED_UNITS[unit]  # 设计时速100公里 is a speed, not a distance
            if unit == "次" and norm.startswith(("列车", "航班", "车次"), e):
                continue  # 1208次列车 is a train's number
            qualifier, bound = _qualifier(m)
            if m["cn"] and (span := _chinese_range(m["cn"])):
                (value, value_max), bound = span, "range"
            elif m["cn"] and _BARE_MAGNITUDE.fullmatch(m["cn"]) and not (m["pre"] or m["suf"]) and norm.startswith("级", e):
                continue  # 百万千瓦级水轮机, 千万吨级炼化一体化项目: a class, not an amount
            elif m["cn"] and not _is_count_numeral(m["cn"]) and not ((m["pre"] or m["suf"]) and _BARE_MAGNITUDE.fullmatch(m["cn"])):
                continue
            elif m["cn"] and not _is_count_numeral(m["cn"]) and unit in ("元", "美元") and _NOUN_AFTER_CLASS.match(norm, e):
                continue  # 市值超亿元企业, 超亿元“小巨人”企业: firms of a class, not an amount
            elif m["cn"]:
                value = parse_number(m["cn"] + (m.groupdict().get("cmag") or ""))
            else:
                value = _range_low(m)
                if value is not None and (rest := m.groupdict().get("rest") or m.groupdict().get("rest2")):
                    value += sum(parse_number(part) for part in re.split("(?<=万)", rest) if part)  # 2亿3263万6622
                if m.groupdict().get("sign") in ("-", "−") and _unit_kinds().get(unit) not in SIGNED_KINDS:
                    continue  # no count is negative: a dash before it joins a name or a code (新冠-19家, 直-8L)
                if m.groupdict().get("sign") in ("-", "−") and value is not None and not _DECREASE_BEFORE.search(norm, 0, s):
                    value = -value  # 同比 -5.1%, 利润水平从-5%, the low end of 在-5%至3%之间
                if m["ar2"]:
                    value_max = parse_number(m["ar2"] + (m["mag"] or ""))
                    if value is not None and value_max is not None and value_max < value:
                        value, value_max = value_max, value  # 处8000至2000元不等的罚金: a range told from its top
        if value is None or not math.isfinite(value) or (value_max is not None and not math.isfinite(value_max)):
            continue
        if unit == "个" and (spoken := _SPOKEN_YI.match(norm, e)):  # 200个亿, 25个多亿元: spoken for 200亿元
            value, value_max = round(value * 1e8, 2), round(value_max * 1e8, 2) if value_max is not None else None
            unit, e = "元", spoken.end()
            if spoken["more"]:
                qualifier, bound = "多", BOUNDS["多"]
        after = None if kind == "rank" else (
            _people_who_did(norm[e:]) if unit in PEOPLE_UNITS else None
        ) or _subject_after(norm[e:next_start], norm[e - 1], counted=_unit_kinds().get(unit) == "count",
                            people=unit in PEOPLE_UNITS, events=unit in EVENT_UNITS)
        if after and unit not in PEOPLE_UNITS and (_unit_kinds().get(unit) == "count" and _opens_its_clause(norm, prev_end, s)
                                                   or unit not in EVENT_UNITS and _DISPOSAL_OR_PIVOT.search(norm, _clause_start(norm, s), s)):
            after = _noun_before_its_verb(after)  # 【15000个】基层党支部|共排查整改问题: the count is the clause's subject
        if after and norm.startswith("的", e) and (size := _SIZE_OF_WHAT_FOLLOWS.search(norm, _clause_start(norm, s), s)) \
                and (sized := _clean_subject(after + size[1])):
            after = sized  # 一座占地|36万平方米的大型钢铁物流园区 → 大型钢铁物流园区占地: what is measured of the thing after 的
        milestone = after is not None and _MILESTONE.fullmatch(after) is not None
        subject = (after if not _names_no_thing(after) and not milestone else None) or _subject_before(norm[prev_end:_word_start(norm, s, prev_end)])
        if milestone and subject is None:
            subject = prev_subject  # 外贸进出口1.05万亿元，…首次突破万亿元大关: the same thing crossing a mark
        fact_kind_, share_of = fact_kind(norm, s, unit, kind == "rank")
        if m.groupdict().get("sign") and _SIGNED_CHANGE_FRAME.search(norm, 0, s):
            fact_kind_, share_of = "change", None  # 同比 +18%
        if facts and _LIST_JOIN.match(norm[prev_end:s]) and facts[-1].kind == "change" and (
                facts[-1].unit == unit or _unit_kinds().get(unit) != "count" or norm[prev_end:s] not in "，,"):
            # (after a comma a count in another unit starts anew: 增幅超过20%，48家企业…; 分别减少715起、317人 is a list)
            fact_kind_, share_of = "change", None
        if fact_kind_ == "share" and (part := _share_part(norm, prev_end, s)) is not None:
            # 山区26县占全省面积的44.5%: of 山区26县; '，占全省的21%' of what came before, else of the ratio named after it
            subject = part or prev_subject or (after if after and _RATIO_AFTER_VALUE.fullmatch(after) else None)
        if _names_no_thing(subject) or (subject is None and (fact_kind_ == "change" or _rises_to(norm, s)
                                                            or _continues_previous(facts, norm[prev_end:s], kind, m)
                                                            or _same_measure(facts, unit, fact_kind_, norm[prev_end:s], norm[e:e + 3])
                                                            or _joined_value(facts, unit, norm[prev_end:s], norm[:s])
                                                            or _part_of_previous(facts, unit, norm[prev_end:s])
                                                            or bool(facts) and _COMPARED_TAIL.search(norm, prev_end, s) is not None
                                                            or (facts and (unit == "倍" or kind == "rank" != facts[-1].kind)))):
            # 营收500亿元，同比增长12%; 从12500家增长到73200家; 210亿立方米，是十年前的3.5倍; 超45万亿元，连续多年位居世界第二位:
            # of what came before in the sentence (or of nothing named)
            subject = prev_subject
        if subject is None and fact_kind_ == "change" and (topic := _thing_of_clause_before(norm, prev_end, s)) \
                and classify(topic, unit, fact_kind_) != "other":
            subject = topic  # 固定资产投资一季度稳步回升，同比增长6.3%: the change of what the clause before is about
        if after is None and kind != "rank" and unit in PEOPLE_UNITS and _names_what_people_did(subject):
            subject += "人次" if unit == "人次" else "人数"  # 警方已逮捕|400多人, 全省累计接种|超过600万人: counted by what befell them
        if subject is None and kind == "rank" and (place := _PLACE_RANKED.search(norm, _clause_start(norm, s), s)):
            subject = place[1]
        if subject is None and unit in UNITS_THAT_NAME_THE_THING:
            subject = unit  # 中国人民银行等九部门: the measure word is the counted noun
        if subject is None and kind != "rank" and (copula := _CLASS_AFTER_COPULA.match(norm, e)):
            subject = _clean_subject(copula["cls"])  # 60余款新品…其中，有12款|是核心零部件新品: the class the part is of
        if subject is None and prev_subject and _AMONG_THEM.fullmatch(norm, _clause_start(norm, s), s):
            subject = prev_subject  # 警方随后逮捕了16名示威者，其中|13人被指控…: a part of the thing counted before
        side_by_side = bool(facts) and prev_end == s and kind != "rank" and facts[-1].kind != "rank"
        if subject is None and side_by_side and prev_subject and _unit_kinds().get(facts[-1].unit) == "count" \
                and (unit in PEOPLE_UNITS or _unit_kinds().get(unit) in ("money", "measure")):
            # 贫困人口77.9万户|308.9万人, 发放贷款154笔|4.65亿元: a group counted, then its people or its amount (not 十六项|60条,
            # 700亿斤|3个: another count)
            subject = prev_subject
        if subject is None:
            subject = _topic_of_clause_before(norm, prev_end, s, e)  # 黑颈鹤种群数量持续增加，现已增加到|8000多只
        if subject and side_by_side and facts[-1].subject is None:
            # 42台|12兆瓦风电机组, 7类|20余项任务: the value before, naming nothing, counts the same thing
            kept = classify(subject, facts[-1].unit, facts[-1].kind)
            facts[-1] = replace(facts[-1], subject=subject, indicator=kept if kept != "other" else facts[-1].indicator)
        examples = _EXAMPLES_BEFORE.search(norm, prev_end, s)
        named = _length_of_what_came_before(norm, _amount_of_previous(subject, prev_subject, prev_unit, norm[:s]), unit, fact_kind_, s)
        indicator = "rank" if kind == "rank" else classify(named, unit, fact_kind_, examples=examples[1] if examples else "")
        if indicator == "other" and kind != "rank":
            indicator = verb_class(norm[max(0, s - 8):s], unit, fact_kind_, norm[e:e + 8])
        if unit == "%" and value > 100 and fact_kind_ != "change":  # a share cannot exceed 100 %, only a change can
            fact_kind_, share_of = "change", None
        prev_subject, prev_unit = subject, unit
        period = _period(norm, s) or carried_period
        facts.append(Fact(indicator, subject, value, unit, qualifier, bound, text[s:e],
                          sentence.char_start + s, sentence.char_start + e, period,
                          value_max=value_max, kind=fact_kind_, share_of=share_of,
                          status=_status_under_frame(norm, s, fact_status(norm, s, e, published_year, unit=unit), period,
                                                     carried=period is not None and _period(norm, s) is None, indicator=indicator,
                                                     published_year=published_year),
                          period_year=period_year(period, published_year, rise_start=bool(_RISE_START_BEFORE.search(norm, 0, s)))))
        prev_end = e
    return respective_subjects(norm, facts, sentence.char_start)


# ---------------------------------------------------------------- lists told with 分别
# A list of things, then 分别 and one value per thing (A、B和C的增加值分别增长11.6%、9.2%和8.7%): the i-th value is the
# i-th thing's. A run of values after 分别 is joined by list marks only; the things are split at the same marks.
_RESPECTIVELY = re.compile(r"分别[^，,；;。、\d]{0,6}$")
_RUN_JOIN = re.compile(r"^(?:[、和及与]|以及)$")
_THINGS_SPLIT = re.compile(r"以及|[、和及与]")
# What stands between the last thing and 分别 and is no part of it (营业收入、净利润、劳动生产率|年均分别增长, …|比月初分别).
_BEFORE_RESPECTIVELY = re.compile(r"(?:年均|平均|同比|环比|(?<![环同])(?:比|较)(?![重例率])[^，,、和及与比较的]{0,6}|已经|已|将|也|均|都)+$")
# Measures a list's last thing may carry for all (水果、鸡蛋、食用油|库存量), besides the indicator keywords.
_LIST_MEASURE = re.compile(r"(?:库存量|总量|产量|销量|销售量|用量|运量|吞吐量|发电量|用电量|交易量|人数|数量|规模|比重|占比|增速|增幅|价格)$")
_GLOSS = re.compile(r"\([^()]*\)")  # 机械行业(不含汽车), 0号柴油(全国平均)


def _short_modifiers(others: list[str], cut: int) -> bool:
    """The other things are short (regions, sectors: 卫生, 欧盟, 鸡蛋) and the last one's part before `cut` no longer than
    they are: the rest of the last thing is then their shared head."""
    shortest = min(len(t) for t in others)
    return shortest <= 5 and cut <= shortest + 2


def _head_of_measure(last: str) -> int:
    """Where a head that names a measure (an indicator keyword or _LIST_MEASURE) starts in `last`, 0 if none."""
    keywords = [m for m in _indicator_keywords()[0].finditer(last) if _HEAD_TAIL.fullmatch(last, m.end())]
    measure = _LIST_MEASURE.search(last, 1)
    return max(keywords[-1].start() if keywords else (measure.start() if measure else 0), 0)


def _shared_head(things: list[str]) -> tuple[list[str], str]:
    """The things of a list and the head they share, which only the last one carries: after the ending the other things
    share (学前教育、…、高等教育|经费总投入), the measure named after 等 (电动汽车、锂电池、风力发电机组|等绿色低碳产品|出口), at
    the last 的 or a measure only the last one names when the others are short (…战略性新兴产业|的增加值, 卫生、教育|投资).
    ([], '') when the last thing cannot be split but is much longer than the others."""
    *others, last = things
    cores = [_subject_before(others[0]) or others[0], *others[1:]]  # the first without the clause's opening words
    if (deng := last.find("等", 1)) > 0 and not _in_a_word_of_its_own(last, deng):  # A、B、C等D: D is their category
        category = last[deng + 1:]
        return [*others, last[:deng]], category[cut:] if (cut := _head_of_measure(category)) else ""
    endings = [others[0][-n:] for n in (2, 1) if len({t[-n:] for t in others}) == 1 and len(others[0]) >= n]
    at, ending = next(((last.rfind(e, 0, len(last) - 1), e) for e in endings if last.rfind(e, 0, len(last) - 1) > 0), (-1, ""))
    measure = _head_of_measure(last)
    if at > 0:
        cut = at + len(ending)
    elif "的" in last[1:-1] and _short_modifiers(cores, last.rindex("的")):
        cut = last.rindex("的")
    elif measure and _short_modifiers(cores, measure) and not any(last[measure:] in t for t in others):
        cut = measure
    elif len(last) > 2 * min(len(t) for t in cores) + 2:
        return [], ""
    else:
        return things, ""
    return [*others, last[:cut]], last[cut:].removeprefix("的")


def _in_parentheses(text: str, at: int) -> bool:
    """text[at] stands inside brackets opened before it in the text."""
    return text.count("(", 0, at) + text.count("（", 0, at) > text.count(")", 0, at) + text.count("）", 0, at)


def _listed_subjects(listed: str, n: int) -> list[str | None]:
    """The subjects of the `n` things listed before 分别 in `listed`, each with the head they share; [] if the list is not
    of n things of two characters at least, or a thing's subject is not that thing (决定从明天起将汽、柴油价格)."""
    listed = _PER_UNIT.sub("", _BEFORE_RESPECTIVELY.sub("", _GLOSS.sub("", listed)))
    while time := next((m for m in PERIOD_RE.finditer(listed) if m.end() == len(listed) and m.start() > 0), None):
        listed = _BEFORE_RESPECTIVELY.sub("", listed[:time.start()])  # …的增加值上半年|分别达到: the time is the values'
    things = _THINGS_SPLIT.split(listed)
    if len(things) != n or any(len(t) < 2 for t in things):
        return []
    things, head = _shared_head(things)
    subjects = [_subject_before(thing + head) if k == 0 else _clean_subject(_trimmed(thing) + head) for k, thing in enumerate(things)]
    if not all(subject and subject.endswith(thing[-1] + head) for subject, thing in zip(subjects, things)):
        return []
    return subjects


def respective_subjects(norm: str, facts: list[Fact], offset: int = 0) -> list[Fact]:
    """`facts` of the sentence `norm` with the subjects of lists told with 分别: the i-th value of a run after 分别 is
    the i-th thing listed before it, with the head the things share; a run of changes or shares, or of values in the units
    of the values before it, whose clause lists no things takes the subjects of those values (…分别为5382亿元、28427亿元，
    比上年分别增长4.7%、6.0%; 验放人员7560万人次、车辆895万辆次，年均增长率分别达55.6%和43.3%)."""
    out, i = list(facts), 0
    while i < len(out):
        start = out[i].char_start - offset
        clause_start = max(_clause_start(norm, start), out[i - 1].char_end - offset if i else 0)
        said = _RESPECTIVELY.search(norm, clause_start, start)
        j = i + 1
        while said and j < len(out) and _RUN_JOIN.match(norm[out[j - 1].char_end - offset:out[j].char_start - offset]):
            j += 1
        if not said or j - i < 2:
            i += 1
            continue
        run = out[i:j]
        before = [f for f in out[:i] if not _in_parentheses(norm, f.char_start - offset)][i - j:]  # not a 折合 in brackets
        subjects = _listed_subjects(norm[clause_start:said.start()], j - i)
        if subjects and (keyword := _indicator_keywords()[0].search(said.group())) and not any(keyword.group() in t for t in subjects):
            subjects = [_clean_subject(t + keyword.group()) for t in subjects]  # 对东盟、欧盟、美国分别进出口6.52万亿元
        if not subjects and len(before) == j - i and not _THINGS_SPLIT.search(norm, clause_start, said.start()) and all(
                f.kind in ("change", "share") or f.unit == g.unit for f, g in zip(run, before)):
            subjects = [f.subject for f in before]
        if len(subjects) == j - i and all(subjects):
            for k, subject in zip(range(i, j), subjects):
                fact = out[k]
                indicator = fact.indicator if fact.indicator == "rank" else classify(subject, fact.unit, fact.kind)
                out[k] = replace(fact, subject=subject, indicator=indicator if indicator != "other" else fact.indicator)
        i = j
    return out


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
    found, carried, header, frame = [], None, None, None
    for n, sentence in enumerate(sentences):
        if n and "\n" in body[sentences[n - 1].char_end:sentence.char_start]:
            carried, frame = None, None  # a new paragraph starts its own subject and time
        facts = extract_facts(sentence, published_year=published_year, carried_subject=carried, carried_period=frame)
        frame = frame_period(sentence.text) or frame
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

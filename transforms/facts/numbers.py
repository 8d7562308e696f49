"""The number grammar: what a quantity looks like in Chinese news (digits, Chinese numerals, magnitudes, ranges,
signs, qualifiers before and after, measure words), what is no quantity (masks: dates, codes, names, ranks' ordinals),
and the values of numerals.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache

import cn2an

from transforms.facts.model import _HALF_WIDTH, _clause_start
from transforms.facts.tables import _alt, _units
from transforms.fastre import starting_with

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


_NUMBER_FIRST_CHARS = "".join(w[0] for w in PREFIX_STACK + PREFIX) + "0123456789+-−" + _CN_DIGITS


def _qualified_arabic_number(range_unit: str, magnitude: str) -> str:
    """What both number patterns open with: [qualifier] NUMBER[range][magnitude] in Arabic digits, the range's first
    end taking `range_unit` (7%-12%), the magnitude optional when `magnitude` is "?". It leaves the group of the
    number's two spellings open: each pattern adds `|` its Chinese-numeral branch, `)` and what follows."""
    return (rf"(?P<stack>{_alt(PREFIX_STACK)})?(?P<pre>{_PREFIX_NOT_ENDING_A_WORD}(?:{_alt(PREFIX)}))?{_GAP}"
            rf"(?:{_NOT_TOP_N}(?:{_SIGN}|{_AFTER_ACRONYM}|(?<![{_NOT_BEFORE}]))(?P<ar>{_NUM_AR})"
            rf"(?:(?P<mag1>{_MAGNITUDE})?(?P<u1>{range_unit})?{_GAP}{_RANGE_DASH}{_GAP}(?P<ar2>{_NUM_AR}))?"
            rf"{_GAP}(?:(?P<pinfix>{_alt(INFIX)})(?={_MAGNITUDE}))?(?P<mag>{_MAGNITUDE}){magnitude}{_MAG_REST}?")


@cache
def _fact_re() -> re.Pattern[str]:
    """Pattern for [qualifier] NUMBER[range][magnitude][余/多] UNIT [以上/左右…]; a range may give the unit on both ends
    (7%-12%, 5000米-7000米, 1亿元-1.5亿元), the same one."""
    return starting_with(
        _NUMBER_FIRST_CHARS,
        _qualified_arabic_number(range_unit=_alt(_units()), magnitude="?") +
        rf"|{_NOT_TOP_N}(?<![{_NOT_BEFORE_CN}])(?P<cn>{_CN_RUN}){_CN_MORE_THEN_MAGNITUDE}?)"
        rf"(?P<infix>{_alt(INFIX)})?{_GAP}(?P<unit>(?(u1)(?P=u1)|(?:{_alt(_units())})))(?!{_UNIT_NOT_BEFORE})"
        rf"(?P<suf>{_alt(SUFFIX)})?"
    )


@cache
def _bare_amount_re() -> re.Pattern[str]:
    """Pattern for [qualifier] NUMBER[range] MAGNITUDE[余/多] with no unit after it (总投资440亿, 常住人口2.2亿, 超过一亿的贫困人口):
    spoken and headline Chinese leaves out 元 and 人 after 万/亿; what the amount is of tells which (_bare_amount_unit)."""
    return starting_with(
        _NUMBER_FIRST_CHARS,
        _qualified_arabic_number(range_unit="%", magnitude="") +
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


# '居全国第二', '排名跃升到全球第八位', '居三省一市首位' -> rank facts (unit 位). Also a place taken (排在第三位, 金牌数排第三,
# but not 女排在: the women's team, nor 安排在第7道) or moved to (上升到第22位, 降至第5位); not 倒数第二, counted from the
# bottom, nor 第四级/第7道/第三轮 (a grade, a lane, a round: no place in a ranking). Without 第,
# N位 is a rank where it ends its phrase after a verb of moving in a ranking (跃升至31位,) or after 排名/名次 with 从/由/至/到
# (排名从84位, 排名下跌至23位), and a place moved from (从第十一位上升到); not 排名前10位 (a top ten), 排名上升了3位
# (places gained), nor 升至31位专家 (people).
_RANK_VERBS = (r"位居|位列|名列|排名|居于|跃升到|跃升至|跃居|升至|升到|降至|降到|跌至|跌到|滑落至|滑落到|退居|退至|回落至|回落到"
               r"|分列|分居|蝉联|居|(?<![女男安])排在|排(?=第)")
_RANK_MOVES = r"跃升至|跃升到|升至|升到|降至|降到|跌至|跌到|滑落至|滑落到|退至|回落至|回落到"
# 从第十一位上升到第二位, 由2015年的第90位升至…: the place a thing moved from, told before the verb of moving
_MOVED_FROM = r"(?=[一二三四五六七八九十\d]+(?:位|名)?(?:上升|跃升|提升|攀升|升至|升到|下降|降至|降到|下滑|滑落|跌至|跌到|退居|回落|前移|后退))"
_BARE_PLACE = r"(?=\d+位(?:[上下跃提攀升降跌滑回退]|(?![\u4e00-\u9fff\d])))"  # 84位跃升至: the place moved from
RANK_RE = re.compile(
    rf"(?:(?:{_RANK_VERBS})[^,、。;:!?\s第]{{0,6}}?(?:(?<!倒数)第(?![一二三四五六七八九十\d]+[级道轮届批次期号])|(?=首位))"
    rf"|(?:{_RANK_MOVES}){_BARE_PLACE}"
    rf"|(?:排名|排位|名次|位次)[^,、。;:!?\s第前]{{0,8}}?(?:从|由|至|到|为|在){_BARE_PLACE}"
    rf"|(?:从|由)[^,、。;:!?\s第]{{0,8}}?(?<!倒数)第{_MOVED_FROM})"
    r"(?:(?P<n>[一二三四五六七八九十\d]+)(?:位|名)?|(?P<first>首位))"
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

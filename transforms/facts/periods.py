"""The period a value refers to (2022年, 截至2023年底, 十四五期间, 到2025年) and the year it falls in or ends in.
"""

from __future__ import annotations

import re

from transforms.facts.numbers import MASKS, parse_number
from transforms.facts.tables import _unit_kinds
from transforms.fastre import starting_with

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


# The size of a thing (大桥全长1320米, 长达1432公里的输水渠道, 设计时速350公里, 平均海拔4700米, 该导弹射程450公里, 占地5.28平方公里, 12公里长的燕儿谷, 距离震中
# 10公里外的得妥镇) is no value of a year: the bridge is as long in any year, so a sentence that names no time for it
# gives it none (the gold: period_year null, 'a physical property, no year'), where a count told without a time is
# the story's. Physical measures only (units.csv kind 'measure'); 长 and 宽 not in 增长, 延长, 拓宽, 加宽 (a change), 距离 not
# 距今 (a time). (长达1432公里: the mention holds 达.)
# A depth or a height is as often an event's (积雪深度超过15厘米, 震源深度15千米, 火箭飞行高度达到约110公里): not listed.
_APPROXIMATELY = r"(?:约为|约|为|达到|达|近|超过|超|仅|只有|不到)?$"
_DIMENSION_BEFORE = re.compile(r"(?:全长|总长|长度|(?<![增延成生拉加])长|宽度|海拔|射程|直径|设计时速|占地面积|占地|规划面积|(?<![拓加])宽)"
                               + _APPROXIMATELY)
_DIMENSION_AFTER = re.compile(r"(?:长|宽|高)(?:的|、)")
# A distance (距离市区约30公里, 10公里外的得妥镇): in units of length only, or 距年度目标还差300万吨 and 300万吨外销 would be sizes.
LENGTHS = frozenset({"公里", "千米", "米", "海里", "km"})
_DISTANCE_BEFORE = re.compile(r"(?<!差)距离?(?!今)[^，,；;。:：\d]{0,8}?" + _APPROXIMATELY)
AWAY = re.compile(r"(?:以|之)?外|开外")


def is_dimension(text: str, start: int, end: int, unit: str | None) -> bool:
    """Whether the value text[start:end] in `unit` is the size of a thing (_DIMENSION_BEFORE, _DIMENSION_AFTER)."""
    if _unit_kinds().get(unit or "") != "measure":
        return False
    if _DIMENSION_BEFORE.search(text, max(0, start - 16), start) or _DIMENSION_AFTER.match(text, end):
        return True
    return unit in LENGTHS and bool(_DISTANCE_BEFORE.search(text, max(0, start - 16), start) or AWAY.match(text, end))


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

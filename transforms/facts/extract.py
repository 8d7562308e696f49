"""Facts of one sentence: the numbers the grammar finds, each with its qualifier, subject, indicator, status,
period and kind.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from transforms.facts.indicators import (
    INCOME_WINDOW,
    PEOPLE_UNITS,
    UNITS_THAT_NAME_THE_THING,
    classify,
    contest_or_list_item,
    income_had,
    income_of_people,
    same_thing_rate_class,
    sector_part_class,
    unnamed_rate_class,
    verb_class,
)
from transforms.facts.lists import respective_subjects
from transforms.facts.model import _HALF_WIDTH, Fact, Sentence, _clause_start
from transforms.facts.numbers import (
    _BARE_MAGNITUDE,
    _DECREASE_BEFORE,
    _FROM_BEFORE,
    _MASK_RE,
    _NOUN_AFTER_CLASS,
    _SIGNED_CHANGE_FRAME,
    BOUNDS,
    RANK_LIST_RE,
    RANK_RE,
    SIGNED_KINDS,
    _bare_amount_re,
    _bare_amount_unit,
    _fact_re,
    _falls,
    _is_count_numeral,
    _listed_before,
    _range_low,
    parse_number,
)
from transforms.facts.periods import _RISE_START_BEFORE, _period, is_dimension, period_year
from transforms.facts.status import _status_under_frame, fact_status
from transforms.facts.subjects import (
    _AMONG_THEM,
    _CLASS_AFTER_COPULA,
    _COMPARED_TAIL,
    _DISPOSAL_OR_PIVOT,
    _EXAMPLES_BEFORE,
    _LIST_JOIN,
    _PLACE_RANKED,
    _RATIO_AFTER_VALUE,
    EVENT_UNITS,
    _bare_dimension,
    _case_series,
    _clean_subject,
    _continues_previous,
    _joined_value,
    _names_no_thing,
    _names_what_people_did,
    _noun_before_its_verb,
    _noun_the_measure_word_counts,
    _opens_its_clause,
    _opens_on_its_base,
    _part_of_previous,
    _people_named_before,
    _people_who_did,
    _reached_from_previous,
    _rises_to,
    _same_measure,
    _share_part,
    _subject_after,
    _subject_before,
    _thing_of_clause_before,
    _time_continues_previous,
    _topic_of_clause_before,
    fact_kind,
)
from transforms.facts.tables import _indicator_keywords, _unit_kinds, _units


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


# An amount of money restated in another currency right after it (675亿美元（约合4600亿元人民币）, 3435.5亿元人民币（折541.9亿
# 美元）, 8300万美元，约合人民币5.1亿元, 14亿欧元、约合人民币110亿元) is the same amount: of the same thing, of the same class.
_RESTATED = re.compile(r"[，,（(、]?(?:约合|折合|折|合)(?:人民币|美元)?(?:约|近|超过)?")
# … also when the amount first told is in a currency that makes no fact (经济损失预计将超过10万亿印尼盾、约合|45亿元人民币, 花费2.46亿
# 兰特，约合|1.08亿元): the thing is named before that amount.
_RESTATED_FROM_AN_UNKNOWN_CURRENCY = re.compile(r"[\d.]+[万亿]*[\u4e00-\u9fff]{1,6}" + _RESTATED.pattern + "$")


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
# 全长20.287公里), unless the sentence follows a train or a ship on its route (中欧班列从兰州铁路口岸始发…，全长9000多公里);
# so is a bare length in service (津秦高铁起点为天津西站，…，运营里程287公里) and a bare span (北盘江大桥…，大桥总长1341.4米，主跨720米).
_BARE_LENGTH = re.compile(r"(?:线路|全线|主线|正线)?(?:运营|营业|通车|运行)?(?:全长|总长|总长度|长度|总里程|里程)|主跨|(?:主跨)?跨径|跨度")
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
_SIZE_OF_WHAT_FOLLOWS = re.compile(r"(?:座|个|条|处|家|片)?(占地面积|占地|建筑面积|总面积|面积|全长|总长|海拔|直径|总投资|投资|价值)"
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


# What comes between a rank moved from and the rank moved to, whose verb of moving the second's mention holds (从第十一位|上|升到第二位,
# 排名从84位|，|跃升至31位): nothing but the first character of the verb or a comma.
_MOVED_ON = re.compile(r"[,，]?(?:[上下提攀回]|再|又|一举|迅速)?")


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
            # a rank's date or title between its verb and its place (排名从2015年第29位) is no number of it: only the place
            # itself must be clear of masks
            placed = m.start("n") if kind == "rank" and m["n"] else s
            if not any(s < me and ms < e for ms, me, *_ in hits) and not any(placed < me and ms < e for ms, me in masked):
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
            _people_who_did(norm[e:], norm[e - 1], named_before=_people_named_before(norm, s)) if unit in PEOPLE_UNITS else None
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
        if kind != "rank" and facts and _LIST_JOIN.match(norm[prev_end:s]) and facts[-1].kind == "change" and (
                facts[-1].unit == unit or _unit_kinds().get(unit) != "count" or norm[prev_end:s] not in "，,"):
            # (after a comma a count in another unit starts anew: 增幅超过20%，48家企业…; 分别减少715起、317人 is a list)
            fact_kind_, share_of = "change", None
        if fact_kind_ == "share" and (part := _share_part(norm, prev_end, s)) is not None:
            # 山区26县占全省面积的44.5%: of 山区26县; '，占全省的21%' of what came before, else of the ratio named after it
            subject = part or prev_subject or (after if after and _RATIO_AFTER_VALUE.fullmatch(after) else None)
        if _names_no_thing(subject) or (subject is None and (fact_kind_ == "change" or _rises_to(norm, s)
                                                            or _continues_previous(facts, norm[prev_end:s], kind, m)
                                                            or _time_continues_previous(facts, unit, norm[prev_end:s])
                                                            or _same_measure(facts, unit, fact_kind_, norm[prev_end:s], norm[e:e + 3])
                                                            or _joined_value(facts, unit, norm[prev_end:s], norm[:s])
                                                            or _part_of_previous(facts, unit, norm[prev_end:s])
                                                            or bool(facts) and _reached_from_previous(norm, facts[-1].char_start - sentence.char_start, prev_end, s)
                                                            or _opens_on_its_base(norm, prev_end, s, prev_subject)
                                                            or bool(facts) and _COMPARED_TAIL.search(norm, prev_end, s) is not None
                                                            or (facts and (unit == "倍" or kind == "rank" != facts[-1].kind))
                                                            or (facts and kind == "rank" == facts[-1].kind
                                                                and _MOVED_ON.fullmatch(norm, prev_end, s) is not None))):
            # 营收500亿元，同比增长12%; 从12500家增长到73200家; 210亿立方米，是十年前的3.5倍; 超45万亿元，连续多年位居世界第二位;
            # 排名从84位，跃升至31位 (a place moved to, right after the place moved from):
            # of what came before in the sentence (or of nothing named)
            subject = prev_subject
        subject = _case_series(subject, prev_subject, norm[prev_end:s], unit)  # 其中境外输入|128例, 现有疑似病例89例，当日新增|12例
        if subject is None and fact_kind_ == "change" and (topic := _thing_of_clause_before(norm, prev_end, s)) \
                and classify(topic, unit, fact_kind_) != "other":
            subject = topic  # 固定资产投资一季度稳步回升，同比增长6.3%: the change of what the clause before is about
        if after is None and kind != "rank" and unit in PEOPLE_UNITS and _names_what_people_did(subject):
            subject += "人次" if unit == "人次" else "人数"  # 警方已逮捕|400多人, 全省累计接种|超过600万人: counted by what befell them
        if subject is None and kind == "rank" and (place := _PLACE_RANKED.search(norm, _clause_start(norm, s), s)):
            subject = place[1]
        if unit in UNITS_THAT_NAME_THE_THING and kind != "rank" and not (subject and subject.endswith(unit)):
            # 中国人民银行等九部门: the measure word is the counted noun, whatever stands around it: what the departments
            # did after it (两部门|取消部分钢铁产品出口退税, 7部门|计划培育…), or the names listed before it (贵阳、安顺|两市) and the
            # clause they stand in (外商投资项目通过视频连线在山东|16市集中签约); a subject naming that kind (贫困县|12县) stays
            subject = unit
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
        restated = bool(facts) and _unit_kinds().get(unit) == "money" == _unit_kinds().get(facts[-1].unit) \
            and _RESTATED.fullmatch(norm, prev_end, s) is not None
        if subject is None and restated:
            subject = prev_subject  # 中俄贸易额为675亿美元（约合|4600亿元人民币）: the same amount in another currency
        if subject is None and _unit_kinds().get(unit) == "money" \
                and (other := _RESTATED_FROM_AN_UNKNOWN_CURRENCY.search(norm, max(0, s - 30), s)):
            # (the amount in the other currency may be a bare number of its own, 超过10万亿|印尼盾: prev_end is no bound)
            subject = _subject_before(norm[_clause_start(norm, other.start()):other.start()])  # 经济损失预计将超过10万亿印尼盾、约合|45亿元
            if facts and prev_end > other.start() and _unit_kinds().get(facts[-1].unit) == "money" and prev_subject \
                    and not re.search(r"[\d万亿]$", facts[-1].mention):  # (not a bare number before its currency: 10万亿|印尼盾)
                subject = prev_subject  # 支付7000万美元罚款，约合|4亿6000万元: the amount before is a fact, its thing told after it
        if subject is None and kind != "rank":
            subject = _bare_dimension(norm, prev_end, s, unit, prev_subject)  # 首节段拱肋，长|22米, 人工湿地，占地|5000亩
        if subject is None:
            subject = _topic_of_clause_before(norm, prev_end, s, e)  # 黑颈鹤种群数量持续增加，现已增加到|8000多只
        if subject is None and kind != "rank":
            subject = _noun_the_measure_word_counts(norm, s, unit)  # 科技型中小企业…，从|12500家|快速增长到73200家
        if subject and side_by_side and facts[-1].subject is None:
            # 42台|12兆瓦风电机组, 7类|20余项任务: the value before, naming nothing, counts the same thing
            kept = classify(subject, facts[-1].unit, facts[-1].kind)
            facts[-1] = replace(facts[-1], subject=subject, indicator=kept if kept != "other" else facts[-1].indicator)
        examples = _EXAMPLES_BEFORE.search(norm, prev_end, s)
        named = _length_of_what_came_before(norm, _amount_of_previous(subject, prev_subject, prev_unit, norm[:s]), unit, fact_kind_, s)
        indicator = "rank" if kind == "rank" else classify(named, unit, fact_kind_, examples=examples[1] if examples else "")
        if indicator == "other" and kind != "rank":
            indicator = verb_class(norm[max(0, s - 24):s], unit, fact_kind_, norm[e:e + 8])
        classed_before = [(f.indicator, f.unit) for f in facts]
        if indicator in ("output", "other") and kind != "rank" and (
                whole := sector_part_class(subject, norm[:s], unit, fact_kind_, classed_before)):
            indicator = whole  # 高技术产业实际使用外资增长33.6%，其中|高技术制造业增长|31.1%: a part of the whole before 其中
        if indicator == "other" and kind != "rank" and (same := unnamed_rate_class(subject, unit, classed_before, norm[prev_end:s])):
            indicator = same  # 国内生产总值年均增长7.2%，高于同期世界|2.6%: a rate naming nothing, of the classed thing before it
        if indicator == "other" and kind != "rank" and facts and (
                same := same_thing_rate_class(subject, unit, fact_kind_, (facts[-1].indicator, facts[-1].subject))):
            indicator = same  # 头部跨国采购企业参会数量达308家，较上届增长|12.4%: the change of the thing the verb or count classed
        if indicator == "projects" and contest_or_list_item(subject, norm[max(0, s - 30):e + 12]):
            indicator = "other"  # 龙舟比赛进行了最后|两个|项目的争夺: events of a contest
        if indicator == "output" and (income_had(subject, norm[max(0, s - 4):s]) or income_of_people(subject, norm[max(0, s - INCOME_WINDOW):s])):
            indicator = "other"  # 每个月都有|3000多元收入, 为棉农们多带来|近6亿元的收入: what people earn
        if indicator == "other" and restated:
            indicator = facts[-1].indicator  # 投资50亿美元，约合|340亿元人民币: the class the verb gave the amount restated
        if (fact_kind_ == "change" and indicator not in ("other", "talent") and facts and facts[-1].kind == "level"
                and facts[-1].unit in PEOPLE_UNITS and facts[-1].indicator == "other" and subject == facts[-1].subject):
            # 专业采购商约6.5万人，同比增长|10%: the change of a level counted in people is of those people, whose class
            # the level's unit already refused (buyers counted in 人 are people, not firms)
            indicator = "other"
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
                          period_year=None if period is None and is_dimension(norm, s, e, unit)  # 大桥全长1320米: no year's
                          else period_year(period, published_year, rise_start=bool(_RISE_START_BEFORE.search(norm, 0, s)))))
        prev_end = e
    return respective_subjects(norm, facts, sentence.char_start)

"""Lists told with 分别 or 依次: each value gets the thing of its own place in the list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.facts.indicators import classify
from transforms.facts.model import Fact, _clause_start
from transforms.facts.periods import PERIOD_RE
from transforms.facts.subjects import _HEAD_TAIL, _PER_UNIT, _clean_subject, _in_a_word_of_its_own, _subject_before, _trimmed
from transforms.facts.tables import _indicator_keywords

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


def _names_its_measure(thing: str) -> bool:
    """`thing` ends in a measure of its own (an indicator keyword that is no sector, or _LIST_MEASURE): 工业增加值、服务业生产指数、
    社会消费品零售总额、固定资产投资 are four measures, of which the last one's head 投资 is not shared (卫生、教育投资 and
    制造业、服务业投资 share it)."""
    # a bare keyword is a field, not a measure (贸易、物流企业, 外资、民间投资 share the last head)
    return _LIST_MEASURE.search(thing) is not None or any(
        _HEAD_TAIL.fullmatch(thing, m.end()) and not m.group().endswith(SECTOR_ENDINGS) and m.group() != thing
        for m in _indicator_keywords()[0].finditer(thing))


# A thing listed that ends in a measure noun is a measure of its own (出货量, 社会消费品零售总额, 服务业生产指数), not a
# modifier of the measure the list's last thing names.
_OWN_MEASURE = re.compile(r"(?:量|额|值|数|率|指数|价格|收入|支出|面积|产能|规模)$")
SECTOR_ENDINGS = ("业", "经济")  # 制造业, 服务业, 第三产业, 数字经济: sectors, whose measure a list may share


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
    elif measure and _short_modifiers(cores, measure) and not any(last[measure:] in t for t in others) \
            and not any(_names_its_measure(t) for t in others):
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
                # the class found before stays when the verb or the context gave it (分别投资…), or when the thing listed names
                # no measure of its own (“一带一路”沿线国家和东盟实际投资…分别增长|27.8%: the countries' investment); not when the
                # subject the list replaces gave it and the thing is a measure of its own (社会消费品零售总额、固定资产投资分别达到
                # |48.8万亿元, 出货量和营业收入分别同比增长|25.43%: 投资 and 营业收入 are the other thing's)
                replaced = fact.subject is not None and classify(fact.subject, fact.unit, fact.kind) == fact.indicator
                kept = "other" if replaced and _OWN_MEASURE.search(subject) else fact.indicator
                out[k] = replace(fact, subject=subject, indicator=indicator if indicator != "other" else kept)
        i = j
    return out

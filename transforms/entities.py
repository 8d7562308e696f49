"""Named innovation actors in news text: labs, centres, universities, institutes, companies, zones, departments.

An entity is a *type word* (创新联合体, 有限公司, 科技厅 …: named regex patterns in lexicons/entity_types.csv) plus
the *name part* in front of it, found by extending left from the type word until a boundary:
- a character that cannot be in a name (punctuation, space), or the end of the previous type word;
- a BOUNDARY_WORDS word (function words, verbs, time words), or a number with a measure word (4家, 2021年);
- MAX_NAME characters: then there is no entity (a name that long is a run-on clause, not a name).
The name part must be >= 2 characters that are not GENERIC_WORDS and must not start or end with a DEICTIC_WORDS
word, so 该平台 / 各类实验室 / 一批新型研发机构 / 省实验室 are not entities.  Pure Python; no dagster / duckdb.
Choice: 湘江实验室 is typed 实验室 — the text calls it one of 湖南省“四大实验室”, which no suffix rule can see.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import polars as pl

from transforms.fastre import literal_first_chars, starting_with
from transforms.lexicons import jieba_dictionary, lexicon_rows
from transforms.regions import entity_region

MAX_NAME = 25  # longest entity (name part + type word): 青岛欧顺航跨境电商电子商务有限公司 is 17
NAME_CHARS = "\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9０-９Ａ-Ｚａ-ｚ·"
_NON_NAME = re.compile(f"[^{NAME_CHARS}]")
# Boundary words, one table; the kind only documents why a word ends a name.  Single characters are not a
# boundary inside a dictionary noun (成都, 和平, 高等: see _is_boundary); the longest word wins (以上 before 以).
BOUNDARY_WORDS = {
    "function": "的 在 由 和 与 及 等 以 为 是 将 把 对 从 向 了 着 于 被 让 给 并 而 但 也 还 已 即 据 至 到 或 暨 "
                "建 有 自 在内 以上 以下 以及 之一 其中 此外 同时 但是 由于 作为 关于 针对 按照 根据 通过 随着 "
                "即将 已经 正在 更是 就是 还是 也是 分别 共同 先后 相继 率先 所属 下属 旗下 隶属 该校 本校 "
                "该院 本院 领域 为何 除了",
    "verb": "依托 牵头 联合 推进 推动 建设 组建 建立 打造 获批 成立 创建 包括 培育 引进 引入 设立 共建 携手 "
            "牵手 联手 发布 举办 举行 获悉 来自 位于 落户 入选 认定 授予 获评 成为 围绕 聚焦 助推 助力 鼓励 "
            "引导 布局 参与 加强 强化 完成 实现 开展 表示 介绍 认为 指出 支持 加快 坚持 利用 依靠 申报 批准 "
            "重组 新建 筹建 挂牌 揭牌 签约 启动 搭建 拥有 覆盖 汇聚 集聚 吸引 协同 联动 对接 带动 承担 主导 "
            "领衔 发起 走进 来到 进入 迈出 面向 会同 出资 告诉 获得 荣获 访问 考察 调研 参观 看到 提出 印发 "
            "增强 深化 着力 释放 发挥 希望 整合 提升",
    "time": "目前 当前 近日 日前 近期 近年 近年来 此前 今年 去年 明年 年初 年底 随后 现阶段 现有 还有 以来 "
            "当天 同日 据悉 据了解 前不久 下一步 未来",
}
JOIN_WORDS = frozenset("与和及")  # crossed inside names of types with joins=1 (区块链与数据安全…)
# Whole-word name parts or prefixes that make a candidate generic; checked at the start (and 某/等 at the end).
DEICTIC_WORDS = ("该", "这", "此", "各", "其", "某", "每", "多", "更多", "一批", "首批", "一些", "部分", "其他",
                 "其它", "相关", "有关", "上述", "所有", "全部", "一家", "一个", "我们", "我", "本", "新一批")
# Descriptors that do not name anything: a name part made only of these (省级高水平创新) is not a name.
GENERIC_WORDS = ("国家级", "国家", "省级", "市级", "区级", "县级", "省", "市", "区", "县", "全国", "全省", "全市",
                 "地方", "各级", "综合类", "综合", "高水平", "新型", "一流", "重大", "重点", "头部", "龙头", "领军",
                 "骨干", "中小", "大型", "科技", "科学", "技术", "创新", "研发", "产业", "智慧", "高端", "先进",
                 "前沿", "高能级", "世界级", "国际", "国内", "发展", "优势", "优质", "关键", "其他", "级", "类")
_NUMBER_MEASURE_FIRST = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两几数多余"
_NUMBER_MEASURE = f"[{_NUMBER_MEASURE_FIRST}]+[年月日号家个所批座类项支大名届期位次台条种省市县区]"
_ADMIN_END = "省市县区州盟旗镇乡"  # a name part ending in one of these is a place (浙江省, 广州市)
# jieba tags of function words: a one-character boundary word inside a dictionary word with another tag (自主 v,
# 成都 ns, 数据 n) is part of a name, inside one of these (但是 c, 现在 t) it is still a boundary.
_FUNCTION_TAGS = frozenset("c p u uj ul uz ud ug uv d r f t m q y e o".split())


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    char_start: int  # offsets in the text given to extract_entities, end-exclusive
    char_end: int
    region_code: str | None = None


@dataclass(frozen=True)
class EntityPattern:
    name: str
    pattern: str
    type: str
    priority: int
    name_rule: str  # 'name' | 'long' | 'place' | 'none' | 'block'
    joins: bool
    absorbs: bool
    tag: str
    example: str


@functools.cache
def entity_patterns() -> tuple[EntityPattern, ...]:
    """Rows of lexicons/entity_types.csv ('#' lines are provenance), most specific (lowest priority) first."""
    rows = lexicon_rows("entity_types.csv")
    out = [EntityPattern(r["name"], r["pattern"], r["type"], int(r["priority"]), r["name_rule"], r["joins"] == "1",
                         r["absorbs"] == "1", r["tag"], r["example"]) for r in rows]
    return tuple(sorted(out, key=lambda p: (p.priority, -len(p.pattern))))


@functools.cache
def _type_regex() -> re.Pattern:
    """One alternation of all type words; at a position the first (most specific) pattern matches."""
    patterns = entity_patterns()
    return starting_with("".join(literal_first_chars(p.pattern) for p in patterns),
                         "|".join(f"(?P<p{i}>{p.pattern})" for i, p in enumerate(patterns)))


@functools.cache
def _boundary_regex() -> re.Pattern:
    """Boundary words (longest first) and number + measure word runs."""
    words = sorted({w for group in BOUNDARY_WORDS.values() for w in group.split()}, key=lambda w: (-len(w), w))
    return starting_with("".join(w[0] for w in words) + _NUMBER_MEASURE_FIRST, f"{_NUMBER_MEASURE}|" + "|".join(map(re.escape, words)))


@functools.cache
def dictionary_tags() -> dict[str, str]:
    """word -> jieba tag for the jieba dict.txt words used here (read without importing jieba): 2-character
    words holding a one-character boundary word (成都 ns keeps 都 in a name), and 2-3 character places (ns)."""
    singles = [w for group in BOUNDARY_WORDS.values() for w in group.split() if len(w) == 1]
    length = pl.col("word").str.len_chars()
    holds_single = (length == 2) & (pl.col("word").str.head(1).is_in(singles) | pl.col("word").str.tail(1).is_in(singles))
    place = (pl.col("tag") == "ns") & length.is_in([2, 3])
    return dict(jieba_dictionary().filter(holds_single | place).select("word", "tag").iter_rows())


def _is_boundary(text: str, start: int, end: int) -> bool:
    """A boundary match counts unless it is one character inside a non-function dictionary word (成都, 数据, 自主)."""
    if end - start > 1:
        return True
    pairs = (text[max(start - 1, 0):end], text[start:end + 1])
    return not any(len(p) == 2 and dictionary_tags().get(p, "c") not in _FUNCTION_TAGS for p in pairs)


def _strip_generic(part: str) -> str:
    """The name part without GENERIC_WORDS (longest first), to see whether anything naming is left."""
    for word in sorted(GENERIC_WORDS, key=len, reverse=True):
        part = part.replace(word, "")
    return part


def _valid_name(part: str, pattern: EntityPattern, place_end: bool) -> bool:
    """Is `part` (the text in front of the type word) a name under the pattern's name_rule?"""
    if pattern.name_rule == "none":
        return True
    core = part.strip("“”")
    if any(core.startswith(w) for w in DEICTIC_WORDS) or core.endswith(("某", "等")):
        return False
    meaningful = _strip_generic(core)
    if len(meaningful) < 2 or meaningful.isdigit():
        return False
    if pattern.name_rule == "long":
        return len(core) >= 5
    if pattern.name_rule == "place":
        return place_end or core.endswith(tuple(_ADMIN_END)) or any(
            dictionary_tags().get(core[-k:]) == "ns" for k in (2, 3))
    return True


def _name_start(text: str, start: int, end: int, floor: int, pattern: EntityPattern,
                region_starts: set[int]) -> int | None:
    """Where the name in front of the type word text[start:end] begins; None if it would exceed MAX_NAME.

    `floor` is the end of the previous type word.  A join word (与/和/及) is crossed once, for types with joins=1,
    when a name part of >= 2 characters lies on each side and no region name starts right after it (so
    数梦工场和浙江大学 stays two names)."""
    if pattern.name_rule == "none":
        return start
    low = max(floor, end - MAX_NAME - 1)  # one character more: a boundary right before a maximal name
    if start - 1 >= low and text[start - 1] == "”":  # “四算一体”产业联盟: a quoted name
        opening = text.rfind("“", low, start - 1)
        if opening >= 0 and not _NON_NAME.search(text, opening + 1, start - 1):
            return opening
    hard = max((m.end() for m in _NON_NAME.finditer(text, low, start)), default=None)
    lo = hard if hard is not None else low
    cuts = [(m.start(), m.end()) for m in _boundary_regex().finditer(text, lo, start)
            if _is_boundary(text, m.start(), m.end())]
    open_left = hard is None and low > floor  # the window was cut by MAX_NAME, not by a boundary
    name_start = None
    joined = False
    for i in range(len(cuts) - 1, -1, -1):
        s, e = cuts[i]
        left_from = cuts[i - 1][1] if i else lo
        if (pattern.joins and not joined and text[s:e] in JOIN_WORDS and s - left_from >= 2 and start - e >= 2
                and e not in region_starts and not (i == 0 and open_left)):
            joined = True
            continue
        name_start = e
        break
    if name_start is None and not open_left:
        name_start = lo
    return name_start if name_start is not None and end - name_start <= MAX_NAME else None


def extract_entities(body: str, *, mentions: list | None = None) -> list[Entity]:
    """Named entities in `body`, sorted by char_start, non-overlapping; body[e.char_start:e.char_end] == e.name.

    `mentions` are RegionMention objects of `body` (transforms.regions.find_region_mentions); they give each
    entity its region_code and tell names apart at 与/和 and for government departments (青岛海关)."""
    mentions = sorted(mentions or [], key=lambda m: m.char_start)
    region_starts = {m.char_start for m in mentions}
    region_ends = {m.char_end for m in mentions}
    patterns = entity_patterns()
    found: list[tuple[int, int, str, bool]] = []  # start, end, type, is a national body
    floor = 0
    for match in _type_regex().finditer(body):
        pattern = patterns[int(match.lastgroup[1:])]
        s, e = match.span()
        previous_end, floor = floor, e
        if pattern.name_rule == "block":
            continue
        if pattern.absorbs and found and found[-1][1] == s:  # 中国高新区 + 研究中心 -> one institute
            found[-1] = (found[-1][0], e, pattern.type, False)
            continue
        start = _name_start(body, s, e, previous_end, pattern, region_starts)
        if start is not None and _valid_name(body[start:s], pattern, s in region_ends):
            found.append((start, e, pattern.type, pattern.name_rule == "none"))
    # National bodies (科技部) do not borrow the place of a preceding mention (福建省厦门市获评工业和信息化部…).
    return [Entity(body[s:e], t, s, e, entity_region(s, e, body, mentions, borrow=not national))
            for s, e, t, national in _longest_first(found)]


def _longest_first(spans: list[tuple]) -> list[tuple]:
    """Non-overlapping (start, end, …) spans, longer ones winning overlaps, sorted by start."""
    kept: list[tuple] = []
    for span in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def entity_user_words() -> list[tuple[str, str]]:
    """(word, jieba tag) for every literal type word of 3+ characters (创新联合体, 全国重点实验室 …), so jieba keeps
    them whole.  Shorter ones (公司, 大学) are jieba words already; re-adding them would only change their tags."""
    words: dict[str, str] = {}
    for p in entity_patterns():
        if p.name_rule == "block":
            continue
        for alternative in p.pattern.split("|"):
            word = re.sub(r"\(\?[!=<][^)]*\)|\(\?:|[()]", "", alternative)
            if len(word) >= 3 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
                words.setdefault(word, p.tag)
    return sorted(words.items())

"""One platform, one name: the mentions of an article that name the same entity resolved to one canonical name.

A news story gives a platform's full name once and a shorter form elsewhere (数据资源体系创新联合体 … 数据资源创新联合体),
or prefixes it with its place (浙江之江实验室 … 之江实验室).  A shorter name *joins* a longer one of the same type in the
same article when one rule of ALIAS_RULES holds; the canonical name is the longest name of the group (the full name).
A shorter name that fits two different longer names joins neither: it cannot say which one it means.
Rules are deliberately narrow: names of the types in SUBJECT_TYPES differ by their subject (硅材料 vs 硅材料与器件
全国重点实验室, 浙江大学 vs 浙江工业大学), so only the place rule applies to them.  Pure Python; no dagster / duckdb.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from transforms.entities import Entity, dictionary_tags, entity_patterns

# Types whose name part is a subject, discipline or place-and-discipline: dropping words changes what is named.
SUBJECT_TYPES = frozenset({"全国重点实验室", "重点实验室", "国家实验室", "省实验室", "高校", "科研院所"})
# Types whose short forms are not safe to guess from characters alone (华为技术 vs 华为终端; 省科技厅 vs 市科技局).
NO_SHORT_FORM_TYPES = frozenset({"企业", "政府部门"})
JOIN_CHARS = frozenset("与和及")  # a dropped conjunct names a narrower thing (区块链与数据安全 -> 区块链安全)
MIN_SHARED_PREFIX = 2  # characters a short form shares with the start of the full name
MIN_KEPT_SHARE = 0.6  # the short name part keeps >= this share of the full name part's characters
MAX_GAPS = 2  # contiguous runs of the full name part the short form may leave out
# A two-character type word (联盟, 大学, 公司) is said of too many kinds of body for a dropped word to be safe:
# 阿拉伯国家联盟 and 阿拉伯国家广播联盟 (CCTV corpus) are two bodies.
MIN_TYPE_WORD = 3
_PLACE_SUFFIX = "省市县区"


@dataclass(frozen=True)
class NameParts:
    """An entity name split into its leading place (may be ''), the rest of the name part, and the type word."""

    name: str
    type: str
    place: str
    core: str  # the name part after the place
    type_word: str

    @property
    def name_part(self) -> str:
        return self.place + self.core


@functools.cache
def _type_word_regex() -> re.Pattern:
    """Every non-block type word, anchored at the end of a name."""
    alternatives = "|".join(f"(?:{p.pattern})" for p in entity_patterns() if p.name_rule != "block")
    return re.compile(f"(?:{alternatives})$")


def split_name(name: str, type_: str, place_len: int = 0) -> NameParts:
    """`name` as place + core + type word.  The type word is the longest type word the name ends with; `place_len`
    is the length of a region mention at the start of the name, else that of a 2-3 character jieba place name (ns)
    with an optional 省/市/县/区 starting it.  A name part that is only a place (浙江大学) has an empty core.
    Caveat: jieba tags some names as places (之江), so 之江实验室 has place 之江 and no core."""
    ends = [m.start() for p in entity_patterns() if p.name_rule != "block"
            for m in [re.search(f"(?:{p.pattern})$", name)] if m]
    cut = min(ends, default=len(name))
    part, type_word = name[:cut], name[cut:]
    if not place_len:
        tags = dictionary_tags()
        for k in (3, 2):
            if len(part) >= k and tags.get(part[:k]) == "ns":
                place_len = k + (len(part) > k + 1 and part[k] in _PLACE_SUFFIX)
                break
    place_len = min(place_len, len(part))
    return NameParts(name, type_, part[:place_len], part[place_len:], type_word)


def _gaps(short: str, long: str) -> int | None:
    """Number of contiguous runs of `long` left out when `short` is read in order inside it (greedy); None if the
    characters of `short` do not all appear in order."""
    gaps, i, in_gap = 0, 0, False
    for ch in long:
        if i < len(short) and ch == short[i]:
            i, in_gap = i + 1, False
        elif not in_gap:
            gaps, in_gap = gaps + 1, True
    return gaps if i == len(short) else None


def _dropped(short: str, long: str) -> str:
    """The characters of `long` not used when reading `short` in order inside it (greedy)."""
    out, i = [], 0
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def _inserted_words(s: NameParts, f: NameParts) -> bool:
    s_part, f_part = s.name_part, f.name_part
    gaps = _gaps(s_part, f_part)
    return (s.type not in SUBJECT_TYPES | NO_SHORT_FORM_TYPES and s.type_word == f.type_word
            and len(s.type_word) >= MIN_TYPE_WORD
            and len(s.core) >= 2 and s_part[:MIN_SHARED_PREFIX] == f_part[:MIN_SHARED_PREFIX]
            and gaps is not None and 0 < gaps <= MAX_GAPS and len(s_part) >= MIN_KEPT_SHARE * len(f_part)
            and not JOIN_CHARS & set(_dropped(s_part, f_part)))


def _place_prefix(s: NameParts, f: NameParts) -> bool:
    return s.type != "政府部门" and len(s.name_part) >= 2 and f.place != "" and f.core + f.type_word == s.name


@dataclass(frozen=True)
class AliasRule:
    """When a shorter name `short` names the same entity as a longer one `full` of the same type."""

    name: str
    joins: Callable[[NameParts, NameParts], bool]
    example: tuple[str, str, str]  # (short, full, type) that must join
    note: str


ALIAS_RULES: tuple[AliasRule, ...] = (
    AliasRule("inserted_words", _inserted_words, ("数据资源创新联合体", "数据资源体系创新联合体", "创新联合体"),
              "same type word; the short name part is read in order inside the full one, starting with the same "
              f"{MIN_SHARED_PREFIX} characters, leaving out at most {MAX_GAPS} runs and keeping >= {MIN_KEPT_SHARE:.0%} "
              "of it, no 与/和/及 left out, more than a place before the type word, a type word of >= "
              f"{MIN_TYPE_WORD} characters; not for SUBJECT_TYPES, 企业, 政府部门"),
    AliasRule("place_prefix", _place_prefix, ("之江实验室", "浙江之江实验室", "实验室"),
              "the full name is a place followed by exactly the short name; not for 政府部门"),
)


def joining_rule(short: NameParts, full: NameParts) -> str | None:
    """The name of the first ALIAS_RULES rule by which `short` names the same entity as `full`, else None."""
    if short.type != full.type or len(short.name) >= len(full.name):
        return None
    return next((r.name for r in ALIAS_RULES if r.joins(short, full)), None)


def canonical_names(entities: Sequence[Entity], *, place_spans: Iterable[tuple[int, int]] = ()) -> list[str]:
    """The canonical name of each of `entities` (the entities of one article, offsets into its body), in order.

    A name joins the canonical name of the longest name it fits under ALIAS_RULES; when it fits names with two
    different canonical names it keeps its own.  `place_spans` are (char_start, char_end) of region mentions:
    one starting where an entity starts marks the entity's leading place (浙江 in 浙江之江实验室)."""
    starts = {}
    for s, e in place_spans:
        starts[s] = max(starts.get(s, 0), e - s)
    parts: dict[tuple[str, str], NameParts] = {}
    for ent in entities:
        key = (ent.name, ent.type)
        p = split_name(ent.name, ent.type, starts.get(ent.char_start, 0))
        if key not in parts or len(p.place) > len(parts[key].place):
            parts[key] = p
    canonical: dict[tuple[str, str], str] = {}
    for key in sorted(parts, key=lambda k: (-len(k[0]), k[0])):  # full names first
        targets = {canonical[other] for other in canonical
                   if other[1] == key[1] and joining_rule(parts[key], parts[other])}
        canonical[key] = targets.pop() if len(targets) == 1 else key[0]
    return [canonical[(e.name, e.type)] for e in entities]

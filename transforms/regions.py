"""Chinese administrative divisions: the reference table, and finding region mentions in news text.

Divisions come from cpca's bundled GB/T 2260 table (adcodes.csv, MIT); macro-regions, province abbreviations
and exceptions come from the CSV files in `lexicons/`.  Only `load_adcodes` reads external data; the lexicon
CSVs are package data read once per process.  No dagster / duckdb here.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import pathlib
import re
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick
import polars as pl

LEXICONS = pathlib.Path(__file__).parent / "lexicons"
COUNTRY = "100000"
_RANK = {"country": 0, "macro": 1, "province": 2, "prefecture": 3, "county": 4}  # smaller = higher level
_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})  # "我市" there means the province-level city
_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})  # grouping rows, not places
NATIONAL_WORDS = ("全国", "我国", "中国", "中华人民共和国")
DEICTIC_WORDS = {"我省": "province", "本省": "province", "全省": "province", "省内": "province", "该省": "province",
                 "我市": "prefecture", "本市": "prefecture", "全市": "prefecture", "该市": "prefecture"}

# Official-name suffixes stripped to get the short form, first matching rule wins; {eth} = ethnic-group stems
# (cpca's 56_nations.csv).  The stem must keep >= 2 characters, so 矿区 / 城区 have no short form.
SUFFIX_RULES = (
    ("special administrative region", r"特别行政区"),
    ("autonomous unit with its ethnic part", r"(?:(?:{eth}|各)族?)*自治(?:区|州|县|旗)"),
    ("prefecture-level area / league", r"地区|盟"),
    ("forest / special / new district", r"林区|特区|新区"),
    ("plain province / city / county / district", r"省|市|县|区"),
)
# jieba words tagged other than ns at least this often are ordinary words (城区 n 1517, 和平 nz 7998); rarer
# ones (围场 n 36, 开化 v 87) are not common enough in news to shadow the place.
JIEBA_COMMON_FREQ = 100

# Organisation names that start with a region (浙江大学, 江苏亨通...股份有限公司) - evidence of location, not
# a subject mention.  Suffix -> most characters allowed between the region and it: company names are long
# (杭州数梦工场科技有限公司), institutes short, so 山西省完成首批省重点实验室 is not an organisation.
ORG_WINDOW = 15  # characters after a region searched for an organisation suffix
ORG_SUFFIXES = {
    **dict.fromkeys(("有限责任公司", "有限公司", "股份", "公司", "集团", "银行"), 15),
    **dict.fromkeys(("大学", "学院", "研究院", "研究所", "科学院", "工程院", "设计院", "医院", "实验室", "中学", "小学",
                     "学校", "协会", "学会", "联合会", "基金会", "日报", "电视台"), 6),
}
# Government bodies (北京市科委, 浙江省科技厅) stay normal mentions: these words end the organisation search.
GOV_WORDS = ("政府", "委", "人大", "政协", "海关", "厅", "局")  # 委 covers 委员会, 管委会, 市委, 科委
_ORG_RE = re.compile("|".join(
    [f"(?P<gov>{'|'.join(GOV_WORDS)})", f"(?P<org>{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))})"]))
_ORG_BREAK = re.compile(r"[\s\d，。、；：！？,.;:!?（）()《》“”\"'‘’【】…—的了在和与及等将是把被向对从已也都还于]")
# Without jieba tokens, a county-level match is "inside a longer word" when a common jieba word (freq >=
# JIEBA_COMMON_FREQ) crosses its edge: 新平 in 创新平台, 高要 in 更高要求.  Words that begin or end with an
# administrative suffix (市政府, 区政, 市镇) are ignored: they are the place's own suffix, not another word.
_ADMIN_CHARS = "省市县区镇乡"
CROSS_MAX = 4  # longest jieba word considered
_COMPOUND_TAIL = re.compile(f"[{_ADMIN_CHARS}]|式|籍|[^\\s，。、；：]{{0,3}}?(?:{'|'.join(GOV_WORDS)})")

# Weights for primary_region: what one mention is worth, by the kind of evidence it is.
SCORE = {
    "subject": 1.0,        # a place named or referred to (浙江, 我省)
    "national": 0.5,       # 我国 / 全国 / 中国: frequent in local stories too
    "list": 0.5,           # abbrev / macro mentions (沪苏浙皖, 长三角) usually enumerate
    "organisation": 0.25,  # 浙江大学: where an actor is, not what the story is about
    "title": 3.0,          # per subject mention in the title (added to its body mentions)
    "early": 1.0,          # bonus for a sub-national subject mention starting before EARLY_CHARS
}
LIST_KINDS = ("abbrev", "macro")
EARLY_CHARS = 200  # the lead paragraph
DOMINANCE = 0.5  # a region wins its tier (or its parent's share) with at least this fraction of the score


@dataclass(frozen=True)
class RegionMention:
    region_code: str
    mention: str
    char_start: int
    char_end: int
    kind: str  # 'name' | 'short' | 'abbrev' | 'macro' | 'deictic' | 'national'
    is_ambiguous: bool = False
    in_organisation: bool = False


@dataclass(frozen=True)
class RegionInfo:
    name: str
    level: str
    parent_code: str | None
    province_code: str | None


def adcodes_path() -> pathlib.Path:
    """Path of cpca's adcodes.csv, found without importing cpca (its import builds matchers and is slow)."""
    spec = importlib.util.find_spec("cpca")
    return pathlib.Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv"


def load_adcodes(path: str | pathlib.Path | None = None) -> pl.DataFrame:
    """Read adcodes.csv into region_code (6-digit GB/T 2260 code, str), name, lon, lat (f64, may be null)."""
    raw = pl.read_csv(path or adcodes_path(), schema_overrides={"adcode": pl.String})
    return raw.select(region_code=pl.col("adcode").str.slice(0, 6), name="name",
                      lon=pl.col("longitude").cast(pl.Float64), lat=pl.col("latitude").cast(pl.Float64))


@functools.cache
def _lexicon(name: str) -> pl.DataFrame:
    """A CSV from lexicons/ ('#' lines are provenance comments), all columns as strings."""
    return pl.read_csv(LEXICONS / name, comment_prefix="#", infer_schema=False)


@functools.cache
def _suffix_patterns() -> tuple[re.Pattern, ...]:
    """SUFFIX_RULES compiled with the ethnic-group stems (汉族 -> 汉), longest stems first."""
    ethnic = (pathlib.Path(adcodes_path()).parent / "56_nations.csv").read_text(encoding="utf-8").split()
    stems = sorted({e.removesuffix("族") for e in ethnic if e}, key=len, reverse=True)
    eth = "|".join(map(re.escape, stems))
    return tuple(re.compile(rf"^(.{{2,}}?)(?:{pattern.format(eth=eth)})$") for _, pattern in SUFFIX_RULES)


def short_form(name: str) -> str:
    """Official name -> conventional short form (广西壮族自治区 -> 广西, 围场满族蒙古族自治县 -> 围场, 矿区 -> 矿区).

    Returns the name itself when no suffix rule leaves >= 2 characters.  Caveat: 鄂温克族自治旗 keeps the
    ethnic name (鄂温克) because nothing else is left.
    """
    for pattern in _suffix_patterns():
        if m := pattern.match(name):
            return m.group(1).removesuffix("族")
    return name


def build_regions(adcodes: pl.DataFrame) -> pl.DataFrame:
    """Divisions (from `load_adcodes`) + 100000 全国 + macro-regions, one row per region_code.

    Levels follow the code: pp0000 province, ppcc00 prefecture, else county; a county's parent is its
    ppcc00 row when that exists, else the province (municipality districts, 省直辖县).  Placeholder rows
    (市辖区, 省直辖县级行政区划) are dropped.  Caveat: cpca's table is a snapshot (e.g. 那曲地区, 邯郸县).
    """
    code = pl.col("region_code")
    divisions = adcodes.filter(~pl.col("name").is_in(list(_PLACEHOLDERS))).unique("region_code", keep="first")
    level = (pl.when(code.str.ends_with("0000")).then(pl.lit("province"))
             .when(code.str.ends_with("00")).then(pl.lit("prefecture")).otherwise(pl.lit("county")))
    divisions = divisions.with_columns(level=level, province_code=code.str.slice(0, 2) + "0000")
    prefectures = divisions.filter(pl.col("level") == "prefecture")["region_code"]
    own_prefecture = code.str.slice(0, 4) + "00"
    divisions = divisions.with_columns(
        short_name=pl.col("name").map_elements(short_form, return_dtype=pl.String),
        parent_code=pl.when(pl.col("level") == "province").then(pl.lit(COUNTRY))
        .when((pl.col("level") == "county") & own_prefecture.is_in(prefectures.implode())).then(own_prefecture)
        .otherwise(pl.col("province_code")),
    )
    macros = _lexicon("macro_regions.csv")
    extra = pl.DataFrame({
        "region_code": [COUNTRY, *macros["macro_code"]], "name": ["全国", *macros["name"]],
        "short_name": ["全国", *macros["name"]], "level": ["country"] + ["macro"] * macros.height,
        "parent_code": [None] + [COUNTRY] * macros.height,
    })
    columns = ["region_code", "name", "short_name", "level", "parent_code", "province_code", "lat", "lon"]
    return pl.concat([divisions.sort("region_code"), extra], how="diagonal_relaxed").select(columns)


def region_members(regions: pl.DataFrame) -> pl.DataFrame:
    """macro_code, member_code rows from lexicons/macro_regions.csv; raises if a member is not in `regions`."""
    members = (_lexicon("macro_regions.csv").select("macro_code", member_code=pl.col("members").str.split("|"))
               .explode("member_code"))
    unknown = members.filter(~pl.col("member_code").is_in(regions["region_code"].implode()))
    if unknown.height:
        raise ValueError(f"macro_regions.csv members not in regions: {unknown.rows()}")
    return members


@functools.cache
def _jieba_tags() -> dict[str, tuple[int, str]]:
    """word -> (freq, tag) from jieba's bundled dict.txt, located without importing jieba."""
    path = pathlib.Path(importlib.util.find_spec("jieba").submodule_search_locations[0]) / "dict.txt"
    entries = (line.split(" ") for line in path.read_text(encoding="utf-8").splitlines())
    return {e[0]: (int(e[1]), e[2]) for e in entries if len(e) == 3 and 2 <= len(e[0]) <= 4}


def _is_crossing_word(word: str, freq: int, tag: str) -> bool:
    """A jieba word that, crossing a county name's edge, shows the name is inside another word: common words,
    and rarer person / organisation names (亨通 nrt 8 in 江苏亨通海华); not place-suffixed ones (市政府, 市镇)."""
    common = freq >= JIEBA_COMMON_FREQ or (tag in ("nr", "nrt", "nt", "nz") and freq >= 5)
    return common and word[0] not in _ADMIN_CHARS and word[-1] not in _ADMIN_CHARS


def _is_common_word(alias: str) -> bool:
    """True when jieba knows `alias` as a frequent non-place word (城区 n, 郊区 s, 和平 nz)."""
    freq, tag = _jieba_tags().get(alias, (0, "ns"))
    return tag != "ns" and freq >= JIEBA_COMMON_FREQ


class Gazetteer:
    """Alias -> candidate regions, code -> RegionInfo, and the automaton that finds aliases in text.

    Build once per process with `build_gazetteer` (about 0.5 s, mostly reading jieba's dictionary).
    """

    def __init__(self, info: dict[str, RegionInfo], aliases: dict[str, list[tuple[str, str]]], blocks: set[str],
                 words: frozenset[str] = frozenset(), members: dict[str, set[str]] | None = None):
        self.info = info
        rank = lambda ck: (_RANK[info[ck[0]].level], ck[0])  # noqa: E731
        self.aliases = {alias: tuple(sorted(cands, key=rank)) for alias, cands in aliases.items()}  # higher level first
        self.words = words  # common words that may cross a county name's edge (see _crossing)
        self.members = members or {}  # macro code -> member codes
        self.automaton = ahocorasick.Automaton()
        for alias, candidates in self.aliases.items():
            self.automaton.add_word(alias, (alias, candidates))
        for word in blocks:  # matched like aliases so that they swallow the place name inside them
            self.automaton.add_word(word, (word, ()))
        self.automaton.make_automaton()
        self._ancestors: dict[str, tuple[str, ...]] = {}

    def candidates(self, alias: str) -> list[str]:
        """Codes an exact alias can mean, higher levels first ([] if unknown)."""
        return [code for code, _ in self.aliases.get(alias, ())]

    def ancestors(self, code: str) -> tuple[str, ...]:
        """Parents of `code`, nearest first, excluding 100000 (macro-regions have none)."""
        if code not in self._ancestors:
            parent = self.info[code].parent_code
            self._ancestors[code] = () if parent in (None, COUNTRY) else (parent, *self.ancestors(parent))
        return self._ancestors[code]

    def prefecture_of(self, code: str) -> str | None:
        """The prefecture (or municipality) containing `code`, itself included; None above that level."""
        for c in (code, *self.ancestors(code)):
            if self.info[c].level == "prefecture" or c in _MUNICIPALITIES:
                return c
        return None


def build_gazetteer(regions: pl.DataFrame) -> Gazetteer:
    """Gazetteer from `build_regions` output: official names, filtered short forms, macro/national/deictic words."""
    info = {r[0]: RegionInfo(*r[1:]) for r in regions.select("region_code", *RegionInfo.__annotations__).iter_rows()}
    stop = _lexicon("region_stoplist.csv")
    dropped, keep = (set(stop.filter(pl.col("action") == action)["word"]) for action in ("drop", "keep"))
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in regions.filter(pl.col("level").is_in(["province", "prefecture", "county"])).iter_rows(named=True):
        for alias, kind in {r["short_name"]: "short", r["name"]: "name"}.items():  # short == name: one "name" entry
            if r["level"] != "county" or alias in keep or not _is_common_word(alias):
                aliases[alias].append((r["region_code"], kind))
    for r in _lexicon("macro_regions.csv").iter_rows(named=True):
        for alias in r["aliases"].split("|"):
            aliases[alias].append((r["macro_code"], "macro"))
    for word in NATIONAL_WORDS:
        aliases[word].append((COUNTRY, "national"))
    for word in DEICTIC_WORDS:
        aliases[word].append((COUNTRY, "deictic"))  # placeholder code, resolved per text
    kept = {a: c for a, c in aliases.items() if a not in dropped and len(a) >= 2}
    words = frozenset(w for w, (freq, tag) in _jieba_tags().items() if _is_crossing_word(w, freq, tag) and w not in kept)
    members = defaultdict(set)
    for macro, member in region_members(regions).iter_rows():
        members[macro].add(member)
    return Gazetteer(info, kept, set(stop.filter(pl.col("action") == "block")["word"]), words, dict(members))


@functools.cache
def _abbrev_table() -> tuple[re.Pattern, dict[str, tuple[str, ...]], dict[str, str]]:
    """Regex for maximal runs of abbreviation characters, fixed word -> codes, and char -> (code, group)."""
    table = _lexicon("province_abbrev.csv")
    fixed = {r["abbrev"]: tuple(r["region_codes"].split("|")) for r in table.iter_rows(named=True) if len(r["abbrev"]) > 1}
    singles = {r["abbrev"]: (r["region_codes"], r["group"]) for r in table.iter_rows(named=True) if len(r["abbrev"]) == 1}
    chars = "".join(sorted(set("".join(table["abbrev"]))))
    return re.compile(f"[{chars}]{{2,}}"), fixed, singles


def _abbrev_codes(run: str) -> tuple[str, ...] | None:
    """Codes for a run such as 沪浙皖 / 江浙沪: a fixed word, or >= 2 distinct characters of ONE group; else None."""
    _, fixed, singles = _abbrev_table()
    if run in fixed:
        return fixed[run]
    entries = [singles.get(ch) for ch in run]
    if None in entries or len(set(run)) < len(run) or len({group for _, group in entries}) != 1:
        return None  # 京沪 / 沪港 mix groups; 江 only counts inside 江浙(沪)
    return tuple(code for code, _ in entries)


@dataclass
class _Match:
    start: int
    end: int
    candidates: tuple[tuple[str, str], ...]  # ((code, kind), ...), higher levels first
    org: bool = False


def _org_follows(text: str, pos: int, limit: int) -> bool:
    """True if an ORG_SUFFIXES word follows `pos` (within its gap) before punctuation, a GOV_WORDS word or `limit`."""
    window = _ORG_BREAK.split(text[pos:min(pos + ORG_WINDOW, limit)], maxsplit=1)[0]
    for hit in _ORG_RE.finditer(window):
        if hit.lastgroup == "gov":
            return False
        if hit.start() <= ORG_SUFFIXES[hit.group()]:
            return True
    return False


def _crossing(text: str, start: int, end: int, words: frozenset[str]) -> tuple[bool, bool]:
    """(a word crosses the start, a word crosses the end) of text[start:end], for words in `words`."""
    def crosses(first: range, edge: int) -> bool:
        return any(text[a:b] in words for a in first for b in range(edge + 1, min(len(text), a + CROSS_MAX) + 1))
    return crosses(range(max(0, start - CROSS_MAX + 1), start), start), crosses(range(start, end), end)


def _compound_ok(text: str, start: int, end: int, starts: set[int], gz: Gazetteer) -> bool:
    """Token mode: a match ending inside a jieba token still counts when the token is the place plus a
    COMPOUND_TAIL (北京市科委, 围场县, 中国式) or another place (福建厦门), or when jieba merely split a long
    alias differently (大湾|区国创, 泉州|市委常委)."""
    rest = text[end:end + CROSS_MAX]
    if _COMPOUND_TAIL.match(rest) or any(rest[:k] in gz.aliases for k in range(2, CROSS_MAX + 1)):
        return True
    return end - start >= 3 and any(p in starts for p in range(start + 1, end))


def _alias_matches(text: str, gz: Gazetteer, starts: set[int] | None, ends: set[int] | None) -> list[_Match]:
    """Leftmost-longest non-overlapping alias matches that respect token boundaries and the block words."""
    found, block_cover = [], {}
    for last, (alias, candidates) in gz.automaton.iter(text):
        start, end = last - len(alias) + 1, last + 1
        if not candidates:  # block word: remember which positions it covers, and how long it is
            for p in range(start, end):
                block_cover[p] = max(block_cover.get(p, 0), end - start)
            continue
        if starts is not None or ends is not None:
            cut_start = starts is not None and start not in starts
            cut_end = ends is not None and end not in ends
        elif gz.info[candidates[0][0]].level == "county":  # no tokens: only obscure county names need the check
            cut_start, cut_end = _crossing(text, start, end, gz.words)
        else:
            cut_start = cut_end = False
        org = cut_end and candidates[0][1] != "deictic" and _org_follows(text, end, len(text))  # 浙江 in 浙江大学
        if cut_start or (cut_end and not org and (starts is None or not _compound_ok(text, start, end, starts, gz))):
            continue  # inside a longer word: 朝阳 in 朝阳产业, 新平 in 创新平台
        found.append(_Match(start, end, candidates, org))
    # A match loses to an overlapping block word at least as long as itself (朝阳产业, 县域 in 城市和县域).
    found = [m for m in found if max((block_cover.get(p, 0) for p in range(m.start, m.end)), default=0) < m.end - m.start]
    found.sort(key=lambda m: (m.start, m.start - m.end))
    chosen, last_end = [], 0
    for m in found:
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


def _abbrev_matches(text: str, taken: list[_Match]) -> list[_Match]:
    """One 'abbrev' match per character of runs such as 沪浙皖, where the run overlaps no other mention."""
    taken_starts = [m.start for m in taken]
    out = []
    for hit in _abbrev_table()[0].finditer(text):
        s, e = hit.span()
        i = bisect.bisect_left(taken_starts, e) - 1
        codes = _abbrev_codes(hit.group())
        if codes is None or (i >= 0 and taken[i].end > s):
            continue  # not a known run, or part of a name (江苏浙江) or macro (京津冀)
        out.extend(_Match(s + k, s + k + 1, ((c, "abbrev"),)) for k, c in enumerate(codes))
    return out


def _pick(match: _Match, gz: Gazetteer, explicit: set[str], home: str | None) -> tuple[str, bool]:
    """Resolve an ambiguous alias: same-text context, then home_region, then the unique highest level.

    Context = the candidate itself or its nearest ancestor mentioned unambiguously elsewhere in the text;
    when candidates differ in level only the candidate itself or its direct parent counts (吉林省 must
    not turn a later 吉林 into 吉林市).  Returns (code, is_ambiguous).
    """
    codes = [c for c, _ in match.candidates]
    same_level = len({gz.info[c].level for c in codes}) == 1
    for anchors, max_depth in ((explicit, 9 if same_level else 1), ({home} if home else set(), 9)):
        depth = {c: next((d for d, a in enumerate((c, *gz.ancestors(c))) if a in anchors and d <= max_depth), None)
                 for c in codes}
        found = [d for d in depth.values() if d is not None]
        if found:
            codes = [c for c in codes if depth[c] == min(found)]
            if len(codes) == 1:
                return codes[0], False
    top = [c for c in codes if gz.info[c].level == gz.info[codes[0]].level]
    return codes[0], len(top) > 1


def find_region_mentions(text: str, gazetteer: Gazetteer, *, token_starts: set[int] | None = None,
                         token_ends: set[int] | None = None, home_region: str | None = None) -> list[RegionMention]:
    """All region mentions in `text`, in order, non-overlapping; text[m.char_start:m.char_end] == m.mention.

    Token boundaries (jieba char offsets), when given, stop matches inside longer words except at the head
    of an organisation name (flagged in_organisation).  Caveat: abbreviation runs ignore token boundaries.
    """
    gz = gazetteer
    matches = _alias_matches(text, gz, token_starts, token_ends)
    matches = sorted(matches + _abbrev_matches(text, matches), key=lambda m: m.start)
    for i in range(len(matches) - 1, -1, -1):  # right to left: 浙江 is an org head if 开化 after it is one
        m, nxt = matches[i], matches[i + 1] if i + 1 < len(matches) else None
        if m.candidates[0][1] != "deictic":
            chained = nxt is not None and nxt.start == m.end and nxt.org
            m.org = m.org or chained or _org_follows(text, m.end, nxt.start if nxt else len(text))
    explicit = {m.candidates[0][0] for m in matches if len(m.candidates) == 1 and m.candidates[0][1] != "deictic"}
    out, last_province, last_city = [], None, None
    for m in matches:
        kind = m.candidates[0][1]
        if kind == "deictic":
            code, ambiguous = _deictic_code(text[m.start:m.end], gz, home_region, last_province, last_city), False
            if code is None:
                continue
        elif len(m.candidates) == 1:
            code, ambiguous = m.candidates[0][0], False
        else:
            code, ambiguous = _pick(m, gz, explicit, home_region)
            kind = dict(m.candidates)[code]
        out.append(RegionMention(code, text[m.start:m.end], m.start, m.end, kind, ambiguous, m.org))
        info = gz.info[code]
        if kind in ("name", "short") and not m.org:  # lists (沪苏浙皖) say nothing about 我省
            if info.level == "province" and code not in _MUNICIPALITIES:
                last_province = code
            if info.level == "prefecture" or code in _MUNICIPALITIES:
                last_city = code
    return out


def _deictic_code(word: str, gz: Gazetteer, home: str | None, last_province: str | None, last_city: str | None) -> str | None:
    """Code for 我省/全市... from home_region (any level) else the nearest preceding province / prefecture."""
    if DEICTIC_WORDS[word] == "province":
        from_home = gz.info[home].province_code if home in gz.info else None
        return from_home or last_province
    from_home = gz.prefecture_of(home) if home in gz.info else None
    return from_home or last_city


def _resolve_place(place: str, gz: Gazetteer) -> str | None:
    """A dateline place ('唐山', '湖北武汉') -> code: the exact alias's highest-level candidate, else the most
    specific region mentioned in it."""
    if codes := gz.candidates(place):
        return codes[0]
    mentions = find_region_mentions(place, gz)
    return max(mentions, key=lambda m: _RANK[gz.info[m.region_code].level]).region_code if mentions else None


def _weight(m: RegionMention) -> float:
    """SCORE of one body mention."""
    if m.in_organisation:
        return SCORE["organisation"]
    if m.kind == "national":
        return SCORE["national"]
    base = SCORE["list"] if m.kind in LIST_KINDS else SCORE["subject"]
    return base + (SCORE["early"] if m.char_start < EARLY_CHARS else 0.0)


def primary_region(mentions: list[RegionMention], *, title: str = "", dateline_place: str | None = None,
                   gazetteer: Gazetteer) -> str | None:
    """The one region an article is about: the dateline place, else the dominant region of the weighted mentions.

    Mention weights (SCORE) roll up the hierarchy.  The top province wins with >= DOMINANCE of all province /
    macro-region weight, then descends to a prefecture / county while that child holds >= DOMINANCE of its
    parent.  Else a mentioned macro-region wins if it plus its members dominate (长三角 with 沪苏浙皖), else
    '100000' (national story listing places), as when national mentions dominate.  None without mentions.
    Caveat: the dateline wins even when the story is elsewhere.
    """
    gz = gazetteer
    if dateline_place and (code := _resolve_place(dateline_place, gz)):
        return code
    scores: dict[str, float] = defaultdict(float)
    for m in mentions:
        scores[m.region_code] += _weight(m)
    for m in find_region_mentions(title, gz) if title else []:
        scores[m.region_code] += 0.0 if m.in_organisation else SCORE["title"]
    total = sum(scores.values())
    if not total:
        return None
    if scores.get(COUNTRY, 0.0) >= DOMINANCE * total:
        return COUNTRY
    rolled: dict[str, float] = defaultdict(float)  # each region with all its descendants' weight
    for code, s in scores.items():
        for c in (code, *gz.ancestors(code)) if code != COUNTRY else ():
            rolled[c] += s
    top = {c: s for c, s in rolled.items() if gz.info[c].level in ("province", "macro")}
    threshold = DOMINANCE * sum(top.values())
    provinces = sorted(c for c in top if gz.info[c].level == "province")
    best = max(provinces, key=top.get, default=None)
    if best is None or top[best] < threshold:
        groups = {c: s + sum(rolled.get(m, 0.0) for m in gz.members.get(c, ())) for c, s in top.items() if c not in provinces}
        macro = max(sorted(groups), key=groups.get, default=None)
        return macro if macro and groups[macro] >= threshold else COUNTRY
    while children := {c: s for c, s in rolled.items() if gz.info[c].parent_code == best}:
        child = max(sorted(children), key=children.get)
        if children[child] < DOMINANCE * rolled[best]:
            break
        best = child
    return best

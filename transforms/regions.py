"""Chinese administrative divisions: the reference table, and region mentions in news text.

Divisions come from cpca's bundled GB/T 2260 table (adcodes.csv, MIT); macro-regions, province abbreviations and
hand-curated exceptions from the CSVs in `lexicons/`; word frequencies from jieba's bundled dict.txt.  Only
`load_adcodes` reads external data; lexicons are package data read once per process.  No dagster / duckdb here.
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

from transforms.lexicons import jieba_dictionary

LEXICONS = pathlib.Path(__file__).parent / "lexicons"
COUNTRY = "100000"
_RANK = {"country": 0, "macro": 1, "province": 2, "prefecture": 3, "county": 4}  # smaller = higher level
_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})  # "我市" there is the province-level city
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")  # grouping rows, not places
NATIONAL_WORDS = ("全国", "我国", "中国", "中华人民共和国")
DEICTIC_WORDS = {**dict.fromkeys(("我省", "本省", "全省", "省内", "该省"), "province"),
                 **dict.fromkeys(("我市", "本市", "全市", "该市"), "prefecture")}

# Official-name suffixes stripped to get the short form; first matching rule wins; {eth} = ethnic-group stems
# from cpca's 56_nations.csv.  The stem keeps >= 2 characters, so 矿区 / 和县 have no short form.
SUFFIX_RULES = (
    ("special administrative region", r"特别行政区"),
    ("autonomous unit with its ethnic part", r"(?:(?:{eth}|各)族?)*自治(?:区|州|县|旗)"),
    ("prefecture-level area / league", r"地区|盟"),
    ("forest / special / new district", r"林区|特区|新区"),
    ("plain province / city / county / district", r"省|市|县|区"),
)
# A county-level alias that jieba tags as a non-place word this often is an ordinary word (城区 n 1517, 和平 nz
# 7998); rarer ones (围场 n 36, 开化 v 87) do not shadow the place.  lexicons/region_stoplist.csv adds exceptions.
JIEBA_COMMON_FREQ = 100

# A region starting an organisation name (浙江大学, 江苏亨通...股份有限公司) is evidence of location, not a subject
# mention.  Suffix -> most characters allowed between region and suffix: company names are long
# (杭州数梦工场科技有限公司), institutes short, so 山西省完成首批省重点实验室 is not an organisation.
ORG_WINDOW = 15
ORG_SUFFIXES = {
    **dict.fromkeys(("有限责任公司", "有限公司", "股份", "公司", "集团", "银行"), 15),
    **dict.fromkeys(("大学", "学院", "研究院", "研究所", "科学院", "工程院", "设计院", "医院", "实验室", "中学",
                     "小学", "学校", "协会", "学会", "联合会", "基金会", "日报", "电视台"), 6),
}
GOV_WORDS = ("政府", "委", "人大", "政协", "海关", "厅", "局")  # 北京市科委 stays a mention: these end the search
_ORG_RE = re.compile(f"(?P<gov>{'|'.join(GOV_WORDS)})|(?P<org>{'|'.join(sorted(ORG_SUFFIXES, key=len, reverse=True))})")
# An organisation name does not run across punctuation, function words or these verbs (于潍坊投资新设环保公司).
_ORG_BREAK = re.compile(r"[\s\d，。、；：！？,.;:!?（）()《》“”\"'‘’【】…—的了在和与及等将是把被向对从已也都还于]"
                        r"|新设|设立|成立|落户|引进|签约|举办|举行|召开|发布|获批")
# Without jieba tokens, a county-level match is inside another word when a jieba word crosses its edge (新平 in
# 创新平台, 高要 in 更高要求); words starting / ending with an administrative character (市政府, 市镇) do not count.
# Prefecture names only yield to very common words (丽水 in 美丽水乡, 承德 in 继承德国; not 厦门 in 厦门人工智能).
_ADMIN_CHARS = "省市县区镇乡"
PREFECTURE_CROSS_FREQ = 1000
CROSS_MAX = 4  # longest crossing word considered
# With tokens, a match ending inside a token still counts if the token goes on like this (北京市科委, 围场县, 中国式).
_COMPOUND_TAIL = re.compile(f"[{_ADMIN_CHARS}]|式|籍|[^\\s，。、；：]{{0,3}}?(?:{'|'.join(GOV_WORDS)})")

# primary_region: what one mention is worth, by the kind of evidence it is.
SCORE = {
    "subject": 1.0,        # a place named or referred to (浙江, 我省)
    "national": 0.5,       # 我国 / 全国 / 中国: frequent in local stories too
    "list": 0.5,           # abbrev / macro mentions (沪苏浙皖, 长三角) usually enumerate
    "organisation": 0.25,  # 浙江大学: where an actor is, not what the story is about
    "title": 3.0,          # per subject mention in the title (on top of the body's)
    "early": 1.0,          # bonus for a sub-national subject mention starting before EARLY_CHARS
}
LIST_KINDS = ("abbrev", "macro")
EARLY_CHARS = 200  # the lead paragraph
DOMINANCE = 0.5  # share of the weight a region needs to win among its peers (or within its parent)


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
    return pathlib.Path(importlib.util.find_spec("cpca").submodule_search_locations[0]) / "resources" / "adcodes.csv"


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
    """SUFFIX_RULES compiled with the ethnic-group stems (汉族 -> 汉), longest first."""
    ethnic = (adcodes_path().parent / "56_nations.csv").read_text(encoding="utf-8").split()
    eth = "|".join(sorted({e.removesuffix("族") for e in ethnic}, key=len, reverse=True))
    return tuple(re.compile(rf"^(.{{2,}}?)(?:{pattern.format(eth=eth)})$") for _, pattern in SUFFIX_RULES)


def short_form(name: str) -> str:
    """Official name -> conventional short form (广西壮族自治区 -> 广西, 围场满族蒙古族自治县 -> 围场).

    The name itself when no rule leaves >= 2 characters (矿区).  Caveat: 鄂温克族自治旗 -> 鄂温克 (the ethnic name).
    """
    for pattern in _suffix_patterns():
        if m := pattern.match(name):
            return m.group(1).removesuffix("族")
    return name


def build_regions(adcodes: pl.DataFrame) -> pl.DataFrame:
    """Divisions (from `load_adcodes`) + 100000 全国 + the macro-regions, one row per region_code.

    Level from the code: pp0000 province, ppcc00 prefecture, else county; a county's parent is its ppcc00 row
    when that exists, else the province (municipality districts, 省直辖县).  Placeholder rows (市辖区) are
    dropped.  Caveat: cpca's table is a snapshot of about 2016 (那曲地区, 邯郸县).
    """
    code, level = pl.col("region_code"), pl.col("level")
    divisions = (adcodes.filter(~pl.col("name").is_in(_PLACEHOLDERS)).unique("region_code", keep="first")
                 .with_columns(level=pl.when(code.str.ends_with("0000")).then(pl.lit("province"))
                               .when(code.str.ends_with("00")).then(pl.lit("prefecture")).otherwise(pl.lit("county")),
                               province_code=code.str.slice(0, 2) + "0000"))
    prefectures = divisions.filter(level == "prefecture")["region_code"].implode()
    own_prefecture = code.str.slice(0, 4) + "00"
    divisions = divisions.with_columns(
        short_name=pl.col("name").map_elements(short_form, return_dtype=pl.String),
        parent_code=pl.when(level == "province").then(pl.lit(COUNTRY))
        .when((level == "county") & own_prefecture.is_in(prefectures)).then(own_prefecture)
        .otherwise(pl.col("province_code")))
    macros = _lexicon("macro_regions.csv")
    extra = pl.DataFrame({"region_code": [COUNTRY, *macros["macro_code"]], "name": ["全国", *macros["name"]],
                          "short_name": ["全国", *macros["aliases"].str.extract(r"^([^|]+)")],  # 长三角
                          "level": ["country"] + ["macro"] * macros.height,
                          "parent_code": [None] + [COUNTRY] * macros.height})
    columns = ["region_code", "name", "short_name", "level", "parent_code", "province_code", "lat", "lon"]
    return pl.concat([divisions.sort("region_code"), extra], how="diagonal_relaxed").select(columns)


def region_members(regions: pl.DataFrame) -> pl.DataFrame:
    """macro_code, member_code from lexicons/macro_regions.csv; raises if a member is not in `regions`."""
    members = (_lexicon("macro_regions.csv").select("macro_code", member_code=pl.col("members").str.split("|"))
               .explode("member_code"))
    unknown = members.filter(~pl.col("member_code").is_in(regions["region_code"].implode()))
    if unknown.height:
        raise ValueError(f"macro_regions.csv members not in regions: {unknown.rows()}")
    return members


def _jieba_words() -> pl.DataFrame:
    """jieba's dictionary words of 2 to CROSS_MAX characters: the only ones that can be or cross a place name."""
    return jieba_dictionary().filter(pl.col("word").str.len_chars().is_between(2, CROSS_MAX))


# jieba knows the word as a frequent non-place word (城区 n, 郊区 s, 和平 nz): not a county's short form
_COMMON_WORD = (pl.col("tag") != "ns") & (pl.col("freq") >= JIEBA_COMMON_FREQ)
# A word whose crossing a place name's edge shows the name is inside it: a common word, or a rarer person /
# organisation name (亨通 nrt 8 in 江苏亨通海华); never one with an administrative end (市政府).
_CROSSING_WORD = (((pl.col("freq") >= JIEBA_COMMON_FREQ) | (pl.col("tag").is_in(["nr", "nrt", "nt", "nz"]) & (pl.col("freq") >= 5)))
                  & ~pl.col("word").str.head(1).is_in(list(_ADMIN_CHARS)) & ~pl.col("word").str.tail(1).is_in(list(_ADMIN_CHARS)))


class Gazetteer:
    """Alias -> candidate (code, kind)s, code -> RegionInfo, and the automaton that finds aliases in text.

    Build once per process with `build_gazetteer` (about 0.4 s, more than half of it reading jieba's dictionary).
    """

    def __init__(self, info: dict[str, RegionInfo], aliases: dict[str, list[tuple[str, str]]], blocks: set[str],
                 crossing: dict[str, frozenset[str]] | None = None, members: dict[str, set[str]] | None = None):
        self.info = info
        rank = lambda ck: (_RANK[info[ck[0]].level], ck[0])  # noqa: E731
        self.aliases = {alias: tuple(sorted(cands, key=rank)) for alias, cands in aliases.items()}  # higher first
        self.crossing = crossing or {}  # level -> words that may cross a name's edge (see _crossing)
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
        """Parents of `code`, nearest first, without 100000 (macro-regions have none)."""
        if code not in self._ancestors:
            parent = self.info[code].parent_code
            self._ancestors[code] = () if parent in (None, COUNTRY) else (parent, *self.ancestors(parent))
        return self._ancestors[code]

    def prefecture_of(self, code: str) -> str | None:
        """The prefecture (or municipality) containing `code`, itself included; None above that level."""
        return next((c for c in (code, *self.ancestors(code))
                     if self.info[c].level == "prefecture" or c in _MUNICIPALITIES), None)


def build_gazetteer(regions: pl.DataFrame) -> Gazetteer:
    """Gazetteer from `build_regions`: official names, filtered short forms, macro / national / deictic words."""
    info = {r[0]: RegionInfo(*r[1:]) for r in regions.select("region_code", *RegionInfo.__annotations__).iter_rows()}
    stop = _lexicon("region_stoplist.csv")
    drop, keep, block = (set(stop.filter(pl.col("action") == a)["word"]) for a in ("drop", "keep", "block"))
    words = _jieba_words()  # dropped with this function: only the derived word sets are kept
    common = set(words.filter(_COMMON_WORD)["word"])
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in regions.filter(pl.col("level").is_in(["province", "prefecture", "county"])).iter_rows(named=True):
        for alias, kind in {r["short_name"]: "short", r["name"]: "name"}.items():  # short == name: one "name"
            if r["level"] != "county" or alias in keep or alias not in common:
                aliases[alias].append((r["region_code"], kind))
    for r in _lexicon("macro_regions.csv").iter_rows(named=True):
        for alias in r["aliases"].split("|"):
            aliases[alias].append((r["macro_code"], "macro"))
    for word in NATIONAL_WORDS:
        aliases[word].append((COUNTRY, "national"))
    for word in DEICTIC_WORDS:
        aliases[word].append((COUNTRY, "deictic"))  # placeholder code, resolved per text
    kept = {alias: cands for alias, cands in aliases.items() if alias not in drop and len(alias) >= 2}
    crossing_words = words.filter(_CROSSING_WORD & ~pl.col("word").is_in(list(kept)))
    crossing = {"county": frozenset(crossing_words["word"]),
                "prefecture": frozenset(crossing_words.filter(pl.col("freq") >= PREFECTURE_CROSS_FREQ)["word"])}
    members = defaultdict(set)
    for macro, member in region_members(regions).iter_rows():
        members[macro].add(member)
    return Gazetteer(info, kept, block, crossing, dict(members))


@functools.cache
def _abbrev_table() -> tuple[re.Pattern, dict[str, tuple[str, ...]], dict[str, tuple[str, str]]]:
    """Regex for runs of abbreviation characters, fixed word -> codes, char -> (code, group)."""
    rows = list(_lexicon("province_abbrev.csv").iter_rows(named=True))
    fixed = {r["abbrev"]: tuple(r["region_codes"].split("|")) for r in rows if len(r["abbrev"]) > 1}
    singles = {r["abbrev"]: (r["region_codes"], r["group"]) for r in rows if len(r["abbrev"]) == 1}
    return re.compile(f"[{''.join(sorted({ch for r in rows for ch in r['abbrev']}))}]{{2,}}"), fixed, singles


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
    """True if an ORG_SUFFIXES word follows `pos` within its gap, before punctuation, a GOV_WORDS word or `limit`."""
    window = _ORG_BREAK.split(text[pos:min(pos + ORG_WINDOW, limit)], maxsplit=1)[0]
    for hit in _ORG_RE.finditer(window):
        if hit.lastgroup == "gov":
            return False
        if hit.start() <= ORG_SUFFIXES[hit.group()]:
            return True
    return False


def _crossing(text: str, start: int, end: int, words: frozenset[str]) -> tuple[bool, bool]:
    """(some word crosses the start, some word crosses the end) of text[start:end]."""
    def pieces(firsts: range, edge: int) -> list[str]:  # substrings starting in `firsts` and ending past `edge`
        return [text[a:b] for a in firsts for b in range(edge + 1, min(len(text), a + CROSS_MAX) + 1)]
    before, after = pieces(range(max(0, start - CROSS_MAX + 1), start), start), pieces(range(start, end), end)
    return not words.isdisjoint(before), not words.isdisjoint(after)


def _compound_ok(text: str, start: int, end: int, starts: set[int], gz: Gazetteer) -> bool:
    """Token mode: a match ending inside a token still counts when the token goes on with a _COMPOUND_TAIL or
    another place (福建厦门), or when jieba merely split a long alias differently (大湾|区国创, 泉州|市委常委)."""
    rest = text[end:end + CROSS_MAX]
    if _COMPOUND_TAIL.match(rest) or any(rest[:k] in gz.aliases for k in range(2, CROSS_MAX + 1)):
        return True
    return end - start >= 3 and any(p in starts for p in range(start + 1, end))


def _alias_matches(text: str, gz: Gazetteer, starts: set[int] | None, ends: set[int] | None) -> list[_Match]:
    """Leftmost-longest non-overlapping alias matches that respect word boundaries and block words."""
    found, block_cover = [], {}
    for last, (alias, candidates) in gz.automaton.iter(text):
        start, end = last - len(alias) + 1, last + 1
        if not candidates:  # block word: which positions it covers, and how long it is
            for p in range(start, end):
                block_cover[p] = max(block_cover.get(p, 0), end - start)
            continue
        if starts is not None or ends is not None:
            cut_start, cut_end = starts is not None and start not in starts, ends is not None and end not in ends
        elif words := gz.crossing.get(gz.info[candidates[0][0]].level):  # no tokens: counties, prefectures
            cut_start, cut_end = _crossing(text, start, end, words)
        else:
            cut_start = cut_end = False
        org = cut_end and candidates[0][1] != "deictic" and _org_follows(text, end, len(text))  # 浙江 in 浙江大学
        if cut_start or (cut_end and not org and (starts is None or not _compound_ok(text, start, end, starts, gz))):
            continue  # inside a longer word: 朝阳 in 朝阳产业, 新平 in 创新平台
        found.append(_Match(start, end, candidates, org))
    # A match loses to an overlapping block word at least as long (朝阳产业; 县域 in 城市和县域).
    found = [m for m in found if max(block_cover.get(p, 0) for p in range(m.start, m.end)) < m.end - m.start]
    found.sort(key=lambda m: (m.start, m.start - m.end))
    chosen, last_end = [], 0
    for m in found:
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


def _abbrev_matches(text: str, taken: list[_Match]) -> list[_Match]:
    """One 'abbrev' match per character of runs such as 沪浙皖 that overlap no other mention."""
    taken_starts = [m.start for m in taken]
    out = []
    for hit in _abbrev_table()[0].finditer(text):
        s, e = hit.span()
        i = bisect.bisect_left(taken_starts, e) - 1
        codes = _abbrev_codes(hit.group())
        if codes is not None and not (i >= 0 and taken[i].end > s):  # not part of 江苏浙江 / 京津冀
            out.extend(_Match(s + k, s + k + 1, ((c, "abbrev"),)) for k, c in enumerate(codes))
    return out


def _pick(match: _Match, gz: Gazetteer, explicit: set[str], home: str | None) -> tuple[str, bool]:
    """(code, is_ambiguous) for an ambiguous alias: same-text context, then home_region, then the unique highest
    level, else the first candidate flagged.  Context is the candidate itself or its nearest ancestor mentioned
    unambiguously; when candidates differ in level only self or direct parent count (吉林省 ... 西安 is not 西安区)."""
    codes = [c for c, _ in match.candidates]
    same_level = len({gz.info[c].level for c in codes}) == 1
    any_depth = len(_RANK)
    for anchors, max_depth in ((explicit, any_depth if same_level else 1), ({home}, any_depth)):
        depth = {c: next((d for d, a in enumerate((c, *gz.ancestors(c))) if a in anchors and d <= max_depth), None)
                 for c in codes}
        if found := [d for d in depth.values() if d is not None]:
            codes = [c for c in codes if depth[c] == min(found)]
            if len(codes) == 1:
                return codes[0], False
    return codes[0], sum(gz.info[c].level == gz.info[codes[0]].level for c in codes) > 1


def _deictic_code(word: str, gz: Gazetteer, home: str | None, last_province: str | None,
                  last_city: str | None) -> str | None:
    """我省 / 全市 ... -> the province / prefecture of home_region (any level), else the last one mentioned."""
    if home not in gz.info:
        home = None
    if DEICTIC_WORDS[word] == "province":
        return (home and gz.info[home].province_code) or last_province
    return (home and gz.prefecture_of(home)) or last_city


def find_region_mentions(text: str, gazetteer: Gazetteer, *, token_starts: set[int] | None = None,
                         token_ends: set[int] | None = None, home_region: str | None = None) -> list[RegionMention]:
    """All region mentions in `text`, in order, non-overlapping; text[m.char_start:m.char_end] == m.mention.

    jieba token boundaries, when given, reject matches inside longer words except organisation heads
    (浙江大学: in_organisation); without them county names are checked against jieba's dictionary.
    Caveat: abbreviation runs (沪浙皖) ignore token boundaries.
    """
    gz = gazetteer
    matches = _alias_matches(text, gz, token_starts, token_ends)
    matches = sorted(matches + _abbrev_matches(text, matches), key=lambda m: m.start)
    for i in range(len(matches) - 1, -1, -1):  # right to left: 浙江 heads an organisation if 开化 right after does
        m, nxt = matches[i], matches[i + 1] if i + 1 < len(matches) else None
        if m.candidates[0][1] != "deictic":
            chained = nxt is not None and nxt.start == m.end and nxt.org
            m.org = m.org or chained or _org_follows(text, m.end, nxt.start if nxt else len(text))
    explicit = {m.candidates[0][0] for m in matches if len(m.candidates) == 1 and m.candidates[0][1] != "deictic"}
    out, last_province, last_city = [], None, None
    for m in matches:
        kind, ambiguous = m.candidates[0][1], False
        if kind == "deictic":
            code = _deictic_code(text[m.start:m.end], gz, home_region, last_province, last_city)
            if code is None:
                continue
        elif len(m.candidates) == 1:
            code = m.candidates[0][0]
        else:
            code, ambiguous = _pick(m, gz, explicit, home_region)
            kind = dict(m.candidates)[code]
        out.append(RegionMention(code, text[m.start:m.end], m.start, m.end, kind, ambiguous, m.org))
        if kind in ("name", "short") and not m.org:  # what 我省 / 本市 can refer back to; lists (沪苏浙皖) cannot
            level = gz.info[code].level
            last_province = code if level == "province" and code not in _MUNICIPALITIES else last_province
            last_city = code if level == "prefecture" or code in _MUNICIPALITIES else last_city
    return out


def _resolve_place(place: str, gz: Gazetteer) -> str | None:
    """Dateline place -> code: the exact alias's highest-level candidate ('唐山'), else the most specific
    region mentioned in it ('湖北武汉')."""
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
    """The one region an article is about: the dateline place, else the dominant region of weighted mentions.

    Weights (SCORE) roll up the hierarchy.  The top province wins with >= DOMINANCE of all province and macro
    weight, then descends to the prefecture / county holding >= DOMINANCE of its parent.  Else a mentioned
    macro-region wins if it and its members dominate (长三角 + 沪苏浙皖), else '100000' (a national story listing
    places), as when national mentions dominate.  None without mentions.  Caveat: the dateline always wins.
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
        groups = {c: s + sum(rolled.get(x, 0.0) for x in gz.members.get(c, ())) for c, s in top.items()
                  if c not in provinces}
        macro = max(sorted(groups), key=groups.get, default=None)
        return macro if macro and groups[macro] >= threshold else COUNTRY
    while children := {c: s for c, s in rolled.items() if gz.info[c].parent_code == best}:
        child = max(sorted(children), key=children.get)
        if children[child] < DOMINANCE * rolled[best]:
            break
        best = child
    return best

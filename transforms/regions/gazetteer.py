"""The gazetteer: China's administrative divisions (GB/T 2260), macro-regions and the aliases they go by.

Divisions come from cpca's bundled GB/T 2260 table (adcodes.csv, MIT); macro-regions, development zones (雄安新区,
中关村: zones.csv), names the news gives a division beside its official ones (巴州: region_aliases.csv), province abbreviations and hand-curated exceptions from the CSVs in `lexicons/`; word frequencies from jieba's bundled dict.txt.  Places
outside China come from Babel's CLDR territory names (countries, territories, continents, 欧盟) plus
lexicons/foreign_places.csv (cities, seas, rivers, groups such as 东盟); they match as kind 'foreign' with the
placeholder code FOREIGN, which a mention reports as region_code None.  Only
`load_adcodes` reads external data; lexicons are package data read once per process.  No dagster / duckdb here.
"""

from __future__ import annotations

import functools
import importlib.util
import pathlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick_rs
import polars as pl

from transforms.lexicons import jieba_dictionary, lexicon_frame

COUNTRY = "100000"
_RANK = {"country": 0, "macro": 1, "province": 2, "prefecture": 3, "county": 4, "foreign": 5}  # smaller = higher
FOREIGN = "foreign"  # placeholder code of every place outside China (a mention of one has region_code None)
# CLDR territories that are China or contain it (世界一流, 亚洲第一 are no foreign subject), and 中非 (017,
# Central Africa) which in Chinese news is 中国-非洲 (中非合作论坛); 中非共和国 still matches.
CLDR_NOT_FOREIGN = frozenset({"CN", "HK", "MO", "TW", "001", "142", "030", "017", "ZZ", "QO", "UN"})
_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})  # "我市" there is the province-level city
_PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")  # grouping rows, not places
NATIONAL_WORDS = ("全国", "我国", "中国", "中华人民共和国")
# Words that stand for a region the text has named before or that the publisher is in (我省, 本市): which level.
DEICTIC_WORDS = {**dict.fromkeys(("我省", "本省", "全省", "省内", "该省"), "province"),
                 **dict.fromkeys(("我市", "本市", "全市", "该市"), "prefecture"),
                 **dict.fromkeys(("该区", "该县", "全县", "本县", "我县", "县里"), "county"),
                 **dict.fromkeys(("当地",), "any")}
# Deictic words that point back to the nearest place named (该区 after 成都高新区), never to the publisher's home.
ANAPHORIC_WORDS = frozenset(("该省", "该市", "该区", "该县", "当地", "县里"))

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
_ADMIN_CHARS = "省市县区镇乡"
PREFECTURE_CROSS_FREQ = 1000
CROSS_MAX = 4  # longest crossing word considered


@functools.cache
def foreign_names() -> dict[str, str]:
    """Chinese name of a place outside China -> its kind ('territory' from CLDR, else the lexicon's kind)."""
    from babel import Locale  # CLDR data shipped with Babel; read once per process

    names = {name: "territory" for code, name in Locale.parse("zh_Hans").territories.items()
             if code not in CLDR_NOT_FOREIGN}
    names.update(lexicon_frame("foreign_places.csv").select("name", "kind").iter_rows())
    return {name: kind for name, kind in names.items() if len(name) >= 2}


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
def _suffix_patterns() -> tuple[re.Pattern, ...]:
    """SUFFIX_RULES compiled with the ethnic-group stems (汉族 -> 汉), longest first."""
    ethnic = (adcodes_path().parent / "56_nations.csv").read_text(encoding="utf-8").split()
    eth = "|".join(sorted({e.removesuffix("族") for e in ethnic}, key=lambda w: (-len(w), w)))
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
    macros = lexicon_frame("macro_regions.csv")
    extra = pl.DataFrame({"region_code": [COUNTRY, *macros["macro_code"]], "name": ["全国", *macros["name"]],
                          "short_name": ["全国", *macros["aliases"].str.extract(r"^([^|]+)")],  # 长三角
                          "level": ["country"] + ["macro"] * macros.height,
                          "parent_code": [None] + [COUNTRY] * macros.height})
    columns = ["region_code", "name", "short_name", "level", "parent_code", "province_code", "lat", "lon"]
    return pl.concat([divisions.sort("region_code"), extra], how="diagonal_relaxed").select(columns)


def region_members(regions: pl.DataFrame) -> pl.DataFrame:
    """macro_code, member_code from lexicons/macro_regions.csv; raises if a member is not in `regions`."""
    members = (lexicon_frame("macro_regions.csv").select("macro_code", member_code=pl.col("members").str.split("|"))
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


def _holds_or_is_held_by(code: str, seat: str) -> bool:
    """`code` is `seat`, a division containing it, or one inside it (6-digit GB/T 2260 codes; macro-regions are neither)."""
    inside = seat[:2] if seat.endswith("0000") else seat[:4] if seat.endswith("00") else seat
    return code in {seat, seat[:2] + "0000", seat[:4] + "00"} or code.startswith(inside)


def institutions_naming_no_place(aliases: dict[str, list[tuple[str, str]]]) -> set[str]:
    """The universities of lexicons/institution_seats.csv whose name holds a place word that is not where they are
    (中山大学 is in 广州, not 中山; 华中科技大学, 东北大学, 中国科学技术大学 name a region, not their seat): such a name is
    no mention of that place, and swallows it like a block word. 吉林大学 (长春, in 吉林) keeps its 吉林 and 南开大学
    (in 天津's 南开区) its 南开. Their seat counts for the article's region only (attribution.institution_seats)."""
    out = set()
    for name, seat in lexicon_frame("institution_seats.csv").select("name", "region_code").iter_rows():
        codes = {code for alias, candidates in aliases.items() if alias in name for code, _ in candidates}
        if codes and not any(_holds_or_is_held_by(code, seat) for code in codes):
            out.add(name)
    return out


class Gazetteer:
    """Alias -> candidate (code, kind)s, code -> RegionInfo, and the Aho-Corasick automaton (ahocorasick-rs) that finds aliases in text.

    Build once per process with `build_gazetteer` (about 0.4 s, more than half of it reading jieba's dictionary).
    """

    def __init__(self, info: dict[str, RegionInfo], aliases: dict[str, list[tuple[str, str]]], blocks: set[str],
                 crossing: dict[str, frozenset[str]] | None = None, members: dict[str, set[str]] | None = None,
                 nested: dict[str, dict[str, str]] | None = None, nest: frozenset[str] = frozenset()):
        self.info = info
        # county short names that count only after their province or prefecture, or in a text naming their prefecture
        # (lexicons/region_stoplist.csv, action 'nest': 厦门…同安收费站, not 中方愿同安方)
        self.nest = nest
        # province / prefecture code -> {county alias dropped as a common word: county code}: 罗田 is a word
        # alone, but right after 湖北 (湖北罗田) it is the county
        self.nested = nested or {}
        rank = lambda ck: (_RANK[info[ck[0]].level], ck[0])  # noqa: E731
        self.aliases = {alias: tuple(sorted(cands, key=rank)) for alias, cands in aliases.items()}  # higher first
        self.crossing = crossing or {}  # level -> words that may cross a name's edge (see _crossing)
        self.members = members or {}  # macro code -> member codes
        patterns = dict(self.aliases)
        patterns.update(dict.fromkeys(blocks, ()))  # matched like aliases so that they swallow the place name inside them
        self._patterns = list(patterns.items())
        self._automaton = ahocorasick_rs.AhoCorasick(list(patterns), matchkind=ahocorasick_rs.MatchKind.Standard)
        self._ancestors: dict[str, tuple[str, ...]] = {}

    def find(self, text: str) -> Iterator[tuple[int, int, str, tuple[tuple[str, str], ...]]]:
        """Every alias and block word in `text`, overlapping ones too, by end offset: (start, end, alias,
        candidates), with no candidates for a block word. Offsets are in characters."""
        patterns = self._patterns
        for index, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            alias, candidates = patterns[index]
            yield start, end, alias, candidates

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
    stop = lexicon_frame("region_stoplist.csv")
    drop, keep, block, nest = (set(stop.filter(pl.col("action") == a)["word"]) for a in ("drop", "keep", "block", "nest"))
    words = _jieba_words()  # dropped with this function: only the derived word sets are kept
    common = set(words.filter(_COMMON_WORD)["word"])
    aliases: dict[str, list[tuple[str, str]]] = defaultdict(list)
    nested: dict[str, dict[str, str]] = defaultdict(dict)
    for r in regions.filter(pl.col("level").is_in(["province", "prefecture", "county"])).iter_rows(named=True):
        names = {r["short_name"]: "short", r["name"]: "name"}  # short == name: one "name"
        for autonomous, suffix in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if r["name"].endswith(autonomous):  # 海西州, 恩施州; 白沙县, 围场县, 关岭县; 鄂伦春旗: how the news names them
                names.setdefault(r["short_name"] + suffix, "short")
        for alias, kind in names.items():
            if r["level"] != "county" or alias in keep or alias not in common:
                aliases[alias].append((r["region_code"], kind))
            elif alias not in drop and len(alias) >= 2:
                for parent in (r["parent_code"], r["province_code"]):
                    if parent:
                        nested[parent][alias] = r["region_code"]
    for r in lexicon_frame("region_aliases.csv").iter_rows(named=True):
        aliases[r["alias"]] = [(r["region_code"], "short")]  # the news' name of one division: its only reading
    for r in lexicon_frame("macro_regions.csv").iter_rows(named=True):
        for alias in r["aliases"].split("|"):
            aliases[alias].append((r["macro_code"], "macro"))
    for r in lexicon_frame("zones.csv").iter_rows(named=True):
        aliases[r["name"]].append((r["region_code"], "zone"))
    for word in NATIONAL_WORDS:
        aliases[word].append((COUNTRY, "national"))
    for word in DEICTIC_WORDS:
        aliases[word].append((COUNTRY, "deictic"))  # placeholder code, resolved per text
    for word in foreign_names():  # beside a Chinese alias it makes that alias ambiguous (北海, 黑山)
        if word not in NATIONAL_WORDS:
            aliases[word].append((FOREIGN, "foreign"))
    info = {**info, FOREIGN: RegionInfo("外国", "foreign", None, None)}
    kept = {alias: cands for alias, cands in aliases.items() if alias not in drop and len(alias) >= 2}
    crossing_words = words.filter(_CROSSING_WORD & ~pl.col("word").is_in(list(kept)))
    crossing = {"county": frozenset(crossing_words["word"]),
                "prefecture": frozenset(crossing_words.filter(pl.col("freq") >= PREFECTURE_CROSS_FREQ)["word"])}
    members = defaultdict(set)
    for macro, member in region_members(regions).iter_rows():
        members[macro].add(member)
    block = block | institutions_naming_no_place(kept)
    return Gazetteer(info, kept, block, crossing, dict(members), dict(nested), frozenset(nest) & set(kept))

"""Small domain vocabularies used by several transforms; larger tables live as CSV files beside this module."""

import csv
import functools
import importlib.util
from array import array
from bisect import bisect_left
from pathlib import Path

import polars as pl

LEXICON_DIR = Path(__file__).parent


@functools.cache
def lexicon_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a CSV table beside this module: '#' lines (provenance) and blank lines skipped, then a header and
    rows, every value a string. Tables read row by row (units, indicator keywords, topics, entity types) use this."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return tuple(csv.DictReader(ln for ln in lines if ln.strip() and not ln.startswith("#")))


@functools.cache
def lexicon_frame(name: str) -> pl.DataFrame:
    """The same table as a polars frame, all columns as strings, for the tables joined with the gazetteer's frames."""
    return pl.read_csv(LEXICON_DIR / name, comment_prefix="#", infer_schema=False)

# Newspapers, agencies and portals whose names appear in datelines, bylines and closing tags.
# Longest / most specific first: the first match wins.
SOURCE_NAMES: tuple[str, ...] = (
    "中国高新技术产业导报",
    "新华日报·交汇点",
    "新华日报",
    "科技日报",
    "人民日报",
    "经济日报",
    "光明日报",
    "新华社",
    "中新社",
    "央视网",
    "本报",
)


@functools.lru_cache(maxsize=1)
def jieba_dictionary() -> pl.DataFrame:
    """jieba's bundled dict.txt as a frame (word, freq, tag), read without importing jieba.

    Parsed once (≈ 0.2 s, in polars) for the small tables regions and entities derive from it;
    `build_analyser` then clears this cache, so analysis workers do not keep 350,000 rows they no longer need."""
    path = Path(importlib.util.find_spec("jieba").submodule_search_locations[0]) / "dict.txt"
    parts = pl.Series(path.read_text(encoding="utf-8").splitlines()).str.split(" ")
    return (pl.DataFrame({"parts": parts}).filter(pl.col("parts").list.len() == 3)
            .select(word=pl.col("parts").list.get(0), freq=pl.col("parts").list.get(1).cast(pl.Int64), tag=pl.col("parts").list.get(2))
            .unique(subset="word", keep="last", maintain_order=True))


class IdfTable:
    """jieba's IDF weights as a sorted list of words and an array of weights, searched by bisection, instead of a
    dict of 270,000 words and float objects: half the memory in each analysis worker. A word jieba does not know
    weighs the median, as in jieba.analyse. (A polars search per article was tried: its call overhead made the
    keywords three times dearer.)"""

    def __init__(self, table: pl.DataFrame) -> None:
        self._words = table["word"].to_list()
        self._weights = array("d", table["idf"].to_list())
        self.median = sorted(self._weights)[len(self._weights) // 2]

    def __len__(self) -> int:
        return len(self._words)

    def weights(self, words: list[str]) -> list[float]:
        """The IDF of each word, the median for a word the table does not hold."""
        out = []
        for word in words:
            at = bisect_left(self._words, word)
            out.append(self._weights[at] if at < len(self._words) and self._words[at] == word else self.median)
        return out


@functools.cache
def jieba_idf() -> IdfTable:
    """jieba's IDF table (analyse/idf.txt), read directly: importing jieba.analyse also loads the POS tagger,
    which costs more than a second per process. A word listed twice keeps its last weight, as a dict would."""
    path = Path(importlib.util.find_spec("jieba").submodule_search_locations[0]) / "analyse" / "idf.txt"
    parts = pl.Series("line", path.read_text(encoding="utf-8").splitlines()).str.extract_groups(r"^(?P<word>.+) (?P<idf>[^ ]+)$")
    table = (parts.struct.unnest().drop_nulls()
             .select("word", pl.col("idf").cast(pl.Float64))
             .unique(subset="word", keep="last", maintain_order=True)
             .sort("word"))
    return IdfTable(table)


VERB_MIN_FREQ = 20  # rarer jieba 'v' words are mostly mis-tagged names and fragments


@functools.cache
def jieba_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(two-character verbs, words that can hold or cross one) from jieba's dict.txt: 参会 and 签署 are verbs,
    while 科技创新 holds one (创新) and 先进 crosses one (先进|制造业 is not 先|进制). Read from the parse regions and
    entities share, so `build_analyser` builds it before letting that parse go."""
    words = jieba_dictionary().filter(pl.col("freq") >= VERB_MIN_FREQ)
    length = pl.col("word").str.len_chars()
    verbs = frozenset(words.filter((pl.col("tag") == "v") & (length == 2))["word"])
    pairs = words.filter(length == 2)["word"].to_list()
    longer = words.filter(length.is_between(3, 6))["word"].to_list()
    holding = frozenset(w for w in longer if any(w[i:i + 2] in verbs for i in range(len(w) - 1)))
    return verbs, holding | frozenset(w for w in pairs if w not in verbs)


@functools.cache
def jieba_verbal_nouns() -> frozenset[str]:
    """Two-character words jieba tags as verbal nouns (vn: 设置, 援派, 展映, 管理): after 将 they are its verb (首届链博会将设置…5个
    链条), where elsewhere they may as well name a thing."""
    words = jieba_dictionary().filter((pl.col("freq") >= VERB_MIN_FREQ) & (pl.col("tag") == "vn") & (pl.col("word").str.len_chars() == 2))
    return frozenset(words["word"])


@functools.cache
def jieba_single_nouns() -> frozenset[str]:
    """One-character nouns of jieba's dict.txt (车, 村, 树): a counted thing can be one character (60万辆车)."""
    # jieba tags many of them zg or ng (车, 村): morphemes that stand as nouns
    words = jieba_dictionary().filter((pl.col("freq") >= VERB_MIN_FREQ) & pl.col("tag").is_in(["n", "ng", "zg"])
                                      & (pl.col("word").str.len_chars() == 1))
    return frozenset(words["word"])


@functools.cache
def jieba_idioms() -> frozenset[str]:
    """Four-character idioms and set phrases of jieba's dict.txt (拔地而起, 座无虚席, 人头攒动: tags i and l): after a
    counted noun they are its predicate (一座148米高的大楼|拔地而起), not part of it."""
    words = jieba_dictionary().filter((pl.col("freq") >= VERB_MIN_FREQ) & pl.col("tag").is_in(["i", "l"])
                                      & (pl.col("word").str.len_chars() == 4))
    return frozenset(words["word"])


NOUN_TAILS_MIN = 4  # a 'verb' that ends this many of jieba's nouns heads noun phrases (组织: 党组织, 社会组织, 国际组织 …)


@functools.cache
def jieba_verbs_that_head_nouns() -> frozenset[str]:
    """Two-character words jieba tags as verbs that end at least four of its nouns (组织, 通道, 选手, 安排, 需求): after a
    count they are as often the counted noun (50个国际组织) as what it does, so a rule cutting a predicate keeps them."""
    words = jieba_dictionary()  # rare nouns too: a compound is a compound however rare
    nouns = words.filter(pl.col("tag").str.starts_with("n") & pl.col("word").str.len_chars().is_between(3, 6))
    tails = nouns.group_by(pl.col("word").str.slice(-2).alias("tail")).len().filter(pl.col("len") >= NOUN_TAILS_MIN)
    return frozenset(tails["tail"]) & jieba_verbs()[0]


@functools.cache
def jieba_adjectives() -> frozenset[str]:
    """Adjectives of jieba's dict.txt of two to four characters (tag a: 平凡, 优秀, 厚厚): between a count and 的 they describe the
    thing after the 的 (两个平凡的|好人). Not its descriptive states (z), which hold nouns such as 湿地."""
    words = jieba_dictionary().filter((pl.col("freq") >= VERB_MIN_FREQ) & (pl.col("tag") == "a")
                                      & pl.col("word").str.len_chars().is_between(2, 4))
    return frozenset(words["word"])


@functools.cache
def jieba_adverbs() -> frozenset[str]:
    """Adverbs of jieba's dict.txt of one or two characters (tags d, ad, vd: 已, 不再, 缓缓, 随后, 迅速, 持续)."""
    words = jieba_dictionary().filter((pl.col("freq") >= VERB_MIN_FREQ) & pl.col("tag").is_in(["d", "ad", "vd"])
                                      & (pl.col("word").str.len_chars() <= 2))
    return frozenset(words["word"])


@functools.cache
def jieba_two_char_nouns() -> frozenset[str]:
    """Two-character nouns of jieba's dict.txt (tags n, nr, ns, nt, nz: 盲人, 战士, 分子), any frequency: a character ending a
    noun naming people (人, 士) ends one only where its word is a noun or no word at all, not in 令人 (tagged nrt) or 惊人."""
    words = jieba_dictionary().filter(pl.col("tag").is_in(["n", "nr", "ns", "nt", "nz"]) & (pl.col("word").str.len_chars() == 2))
    return frozenset(words["word"])

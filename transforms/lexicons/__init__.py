"""Small domain vocabularies used by several transforms; larger tables live as CSV files beside this module."""

from pathlib import Path

LEXICON_DIR = Path(__file__).parent

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

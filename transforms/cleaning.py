"""Text normalisation and line cleaning that comes before article splitting."""

from __future__ import annotations

import re
import unicodedata

# Full-width ASCII letters/digits and a few symbols become half-width so that numbers parse
# the same everywhere; Chinese punctuation is kept (it carries clause structure).
_FULLWIDTH_ALNUM = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH_ALNUM.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH_ALNUM.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH_ALNUM.update({ord("％"): ord("%"), ord("．"): ord("."), ord("\u3000"): ord(" "), ord("\xa0"): ord(" ")})
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_TRANSLATION = {**_FULLWIDTH_ALNUM, **_ZERO_WIDTH}
# str.translate looks up every character of the text; a regex finds the few runs that need it (in C) first
_TRANSLATED_RUNS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TRANSLATION)) + "]+")


def _translate_run(match: re.Match) -> str:
    return match.group().translate(_TRANSLATION)


_CJK = r"\u4e00-\u9fff\u3400-\u4dbf"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】"
# Half-width punctuation next to Chinese text is the layout's, not an English sentence's:
# make it full-width so clause splitting sees one alphabet. Digits on both sides (1,234 / 08:04)
# are left alone.
HALF_TO_FULL_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("comma", re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}]),|,(?=[{_CJK}{_CJK_PUNCT}])"), "，"),
    ("colon", re.compile(rf"(?<=[{_CJK}]):(?!\d)"), "："),
    ("semicolon", re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}]);"), "；"),
    ("question", re.compile(rf"(?<=[{_CJK}])\?"), "？"),
    ("exclamation", re.compile(rf"(?<=[{_CJK}])!"), "！"),
    ("open_paren", re.compile(rf"\((?=[{_CJK}])"), "（"),
    ("close_paren", re.compile(rf"(?<=[{_CJK}{_CJK_PUNCT}])\)"), "）"),
)
_HALF_WIDTH_OF = {replacement: unicodedata.normalize("NFKC", replacement) for _, _, replacement in HALF_TO_FULL_RULES}  # ，→ ,
_SPACED_CHARS = re.compile(rf"^(?:[{_CJK}] ){{2,}}[{_CJK}]$")  # 共 赴 美 好 (display spacing)
_TERMINAL = re.compile(r"[。！？…；!?][”’」』）)]*$")


def normalize_text(text: str) -> str:
    """NFC-normalise, half-width digits/letters, full-width Chinese punctuation, unify newlines.

    Offsets downstream refer to the normalised text; the raw text stays in raw_documents.
    """
    text = _TRANSLATED_RUNS.sub(_translate_run, unicodedata.normalize("NFC", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for _name, pattern, replacement in HALF_TO_FULL_RULES:
        if _HALF_WIDTH_OF[replacement] in text:  # most pages hold no half-width 。, ( or ?: no regex pass over them
            text = pattern.sub(replacement, text)
    return text


def tidy_line(line: str) -> str:
    """Strip a line, drop markdown heading marks, collapse display spacing (共 赴 美 好 → 共赴美好)."""
    line = line.strip().lstrip("#").strip()
    if _SPACED_CHARS.match(line):
        line = line.replace(" ", "")
    return line


def ends_sentence(line: str) -> bool:
    """True when a line ends with sentence-final punctuation (optionally followed by a closing quote)."""
    return bool(_TERMINAL.search(line))


# A heading line inside an article: a bulletin's item headline, a web article's subheading. Facts drop the numbers
# it restates; regions carry its place into the paragraphs under it.
HEADING_MAX_CHARS = 40


def is_heading(body: str, sentence) -> bool:
    """A sentence (char_start, char_end, text of `body`) that is a whole line of at most HEADING_MAX_CHARS characters
    with no sentence-final mark, with a paragraph after it."""
    starts_line = sentence.char_start == 0 or body[sentence.char_start - 1] == "\n"
    ends_line = body.startswith("\n", sentence.char_end)
    return (starts_line and ends_line and len(sentence.text) <= HEADING_MAX_CHARS
            and not ends_sentence(sentence.text.rstrip("*_ ")) and bool(body[sentence.char_end:].strip()))

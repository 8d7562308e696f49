"""Traditional-Chinese text is converted to simplified for extraction; the original is kept."""

import re
from functools import cache

import opencc

MIN_CHANGED_SHARE = 0.02  # below this the differences are variant characters, not a traditional text
MIN_CHANGED_CHARS = 5
_CJK = re.compile("[\u4e00-\u9fff]")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str | None:
    """The simplified-Chinese version of a traditional-Chinese text, or None when the text is already simplified.

    OpenCC's t2s conversion maps characters and phrases (臺灣 → 台湾, 聯合體 → 联合体).
    """
    converted = _t2s().convert(text)
    if converted == text:  # most news is simplified already: one comparison, not a loop over its characters
        return None
    if len(converted) != len(text):
        return converted
    changed = sum(map(str.__ne__, text, converted))
    cjk = len(text) - len(_CJK.sub("", text)) or 1
    if changed >= MIN_CHANGED_CHARS and changed / cjk >= MIN_CHANGED_SHARE:
        return converted
    return None

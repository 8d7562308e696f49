"""The rows of fact extraction: a sentence with its offsets, a fact with everything it was read from; and the
splitting of a body into sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Full-width ASCII (U+FF01..FF5E) and the ideographic space -> ASCII. 1:1 in
# length, so every offset computed on the translated text is valid in the original.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@dataclass(frozen=True)
class Sentence:
    text: str
    char_start: int  # offsets into the article body, end-exclusive
    char_end: int


@dataclass(frozen=True)
class Fact:
    indicator: str
    subject: str | None
    value: float
    unit: str
    qualifier: str | None
    bound: str  # 'at_least' | 'about' | 'at_most' | 'exact' | 'range'
    mention: str
    char_start: int  # offsets of `mention` in the article body
    char_end: int
    period: str | None
    value_max: float | None = None  # the high end of a range (bound 'range')
    kind: str = "level"  # 'level' | 'change' | 'share' | 'rank'
    share_of: str | None = None  # for a share: what it is a share of (占GDP比重 -> GDP)
    status: str = "actual"  # 'actual' | 'target' | 'forecast' | 'plan'
    period_year: int | None = None  # the year the value refers to


# ---------------------------------------------------------------- sentences
_SENTENCE_RE = re.compile(r"[^\n。!?;]*(?:[。!?;]+[”’」』)]*)?")


def split_sentences(body: str) -> list[Sentence]:
    """Split an article body into sentences.

    In: the raw body. Out: sentences cut after 。！？；!?; (closing quotes/brackets
    stay with their sentence) and at every newline, whitespace-trimmed by moving
    the offsets, so ``body[s.char_start:s.char_end] == s.text``.
    Caveat: page dumps break lines mid-sentence; such halves become two sentences.
    """
    out = []
    for m in _SENTENCE_RE.finditer(body.translate(_HALF_WIDTH)):
        raw = body[m.start():m.end()]
        text = raw.strip()
        if text:
            start = m.start() + len(raw) - len(raw.lstrip())
            out.append(Sentence(text, start, start + len(text)))
    return out
_CLAUSE_BREAK = re.compile(r"[,;:，；：]")


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding `start` begins: after the last clause break before it."""
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)

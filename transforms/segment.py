"""Word segmentation with jieba and a domain user dictionary."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import NamedTuple

import jieba

from transforms.lexicons import LEXICON_DIR

USER_DICT = LEXICON_DIR / "userdict.txt"


class Token(NamedTuple):
    """A token and its offsets (a NamedTuple: millions are made, and tuples are cheap to build)."""

    token: str
    char_start: int
    char_end: int


class Segmenter:
    """A private jieba Tokenizer (never the module-global one) with the domain dictionary loaded.

    Build one per process with `build_segmenter`; building costs about 1.5 s, nearly all of it jieba unmarshalling its cached dictionary.
    """

    def __init__(self, extra_words: Iterable[tuple[str, str | None]] = ()):
        jieba.setLogLevel(logging.WARNING)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        for word, freq, tag in read_user_dict(USER_DICT.read_text(encoding="utf-8")):
            self._tokenizer.add_word(word, freq=freq, tag=tag)
        for word, tag in extra_words:
            self._tokenizer.add_word(word, tag=tag)

    def tokens(self, text: str) -> list[Token]:
        """Tokens of `text` with character offsets (text[t.char_start:t.char_end] == t.token); whitespace dropped."""
        return [Token._make(t) for t in self._tokenizer.tokenize(text) if not t[0].isspace()]


def read_user_dict(text: str) -> list[tuple[str, int | None, str | None]]:
    """Parse jieba user-dictionary lines `word [freq] [tag]`, skipping blank lines and # comments."""
    entries = []
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        entries.append((parts[0], freq, tag))
    return entries


def build_segmenter(extra_words: Iterable[tuple[str, str | None]] = ()) -> Segmenter:
    """Factory: a Segmenter with the user dictionary plus `extra_words` (word, POS tag) such as place names."""
    return Segmenter(extra_words)

"""Word segmentation with rjieba (jieba-rs, compiled) and a domain user dictionary."""

from __future__ import annotations

from collections.abc import Iterable

import rjieba

from transforms.lexicons import LEXICON_DIR

USER_DICT = LEXICON_DIR / "userdict.txt"

# A token is rjieba's own (token, char_start, char_end) tuple: millions are made per build, and wrapping each in
# a NamedTuple cost more than segmenting (0.13 s against 0.10 s for 157,000 tokens), so callers index or unpack.
Token = tuple[str, int, int]


class Segmenter:
    """A private rjieba.Jieba (jieba's dictionary compiled into jieba-rs) with the domain dictionary added.

    Build one per process with `build_segmenter`: about 0.1 s (jieba took 1.5 s to unmarshal its cache).
    rjieba holds the GIL while it segments, so parallelism is still one process per core.
    """

    def __init__(self, extra_words: Iterable[tuple[str, str | None]] = ()):
        self._jieba = rjieba.Jieba()
        for word, freq, tag in read_user_dict(USER_DICT.read_text(encoding="utf-8")):
            self._jieba.add_word(word, freq, tag)
        for word, tag in extra_words:
            self._jieba.add_word(word, None, tag)  # None: a frequency that keeps the word whole, as jieba's add_word

    def tokens(self, text: str) -> list[Token]:
        """(token, char_start, char_end) of `text`, text[char_start:char_end] == token; whitespace dropped."""
        return [t for t in self._jieba.tokenize(text) if not t[0].isspace()]


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
    """Factory: a Segmenter with the user dictionary plus `extra_words` (word, POS tag) such as place names.

    Also empties rjieba's module-level segmenter, which its import fills with jieba's whole dictionary (memory in every
    analysis worker) and which nothing here uses: every caller segments with a Segmenter or its own Jieba."""
    rjieba.clear()
    return Segmenter(extra_words)

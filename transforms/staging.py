"""Turn the bytes of one source file into text, or a reason why it cannot be staged.

Nothing here touches the filesystem: the caller reads the bytes and records provenance.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Byte-order marks decide the encoding outright; charset-normalizer handles the rest.
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# Encodings we accept for Chinese news text. A detector answer outside this list (cp1252,
# mac_roman, …) on a file meant to be Chinese is nearly always mojibake, so it is rejected.
ACCEPTED_ENCODINGS = {"utf_8", "utf-8", "utf-8-sig", "utf_16", "utf-16", "gb18030", "gbk", "gb2312", "big5", "ascii"}

MIN_CJK_SHARE = 0.05  # below this a "Chinese news" file is not what we think it is


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    confidence: float
    issues: str | None = None  # what could not be decoded and what was done about it (None: nothing)


class RejectedFile(ValueError):
    """Raised with a reason a person understands when a file cannot be staged."""


# A file whose bytes decode except for a few damaged ones is staged with what decodes. Beyond this share
# of damaged bytes the encoding is the wrong one (GBK read as UTF-8 damages most Chinese characters),
# not a damaged file.
MAX_DAMAGED_SHARE = 0.1


def content_sha256(data: bytes) -> str:
    """Hex sha256 of the raw bytes: the identity of a document's content."""
    return hashlib.sha256(data).hexdigest()


def document_id_for(sha256: str) -> str:
    """Stable short id of a document, derived from its content hash (same bytes → same id)."""
    return sha256[:16]


_IDEOGRAPH = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


def cjk_share(text: str) -> float:
    """Share of non-space characters that are CJK ideographs."""
    n_chars = len("".join(text.split()))  # str.split drops what str.isspace calls space
    if not n_chars:
        return 0.0
    return (len(text) - len(_IDEOGRAPH.sub("", text))) / n_chars


@dataclass(frozen=True)
class _Attempt:
    text: str
    encoding: str
    damaged_bytes: int
    issues: str | None


def decode_tolerantly(data: bytes, encoding: str) -> _Attempt:
    """Decode `data`; a cut-off last character is dropped and damaged bytes are replaced (U+FFFD), and
    `issues` says how many bytes and where. Raises LookupError for an unknown encoding."""
    try:
        return _Attempt(data.decode(encoding), encoding, 0, None)
    except UnicodeDecodeError as error:
        first = error.start
    if first >= len(data) - 4:  # the last character is incomplete: a download or copy cut off
        try:
            text = data[:first].decode(encoding)
            return _Attempt(text, encoding, len(data) - first,
                            f"the file ends in the middle of a {encoding} character: its last {len(data) - first} "
                            f"byte(s) were dropped (cut off while downloading or copying?)")
        except UnicodeDecodeError:
            pass
    text = data.decode(encoding, errors="replace")
    damaged = text.count("\ufffd")
    return _Attempt(text, encoding, damaged,
                    f"{damaged:,} damaged byte sequence(s) could not be decoded as {encoding} and were replaced "
                    f"with U+FFFD, the first at byte {first:,} of {len(data):,}")


def decode_document(data: bytes) -> DecodedText:
    """Decode raw bytes to text (UTF-8, UTF-8 BOM, UTF-16 BOM, GBK/GB18030, Big5).

    A file that decodes except for a damaged tail or a few bad bytes is kept, with `issues` saying what
    was dropped or replaced. Raises RejectedFile for empty, binary or non-Chinese content, or when no
    encoding decodes most of it. GBK files are decoded as GB18030 (a strict superset).
    """
    if not data.strip():
        raise RejectedFile("empty file (no bytes or only whitespace)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _accept(decode_tolerantly(data, encoding), data, 1.0)
    if b"\x00" in data:
        raise RejectedFile("binary content: NUL bytes without a UTF-16 byte-order mark")
    attempts = [decode_tolerantly(data, "utf-8")]
    if attempts[0].damaged_bytes == 0:
        return _accept(attempts[0], data, 1.0)
    best = from_bytes(data).best()
    detected = _accepted_name(best.encoding) if best is not None else None
    confidence = round(1.0 - best.chaos, 3) if best is not None else 0.5
    for encoding in dict.fromkeys(filter(None, (detected, "gb18030"))):
        attempt = decode_tolerantly(data, encoding)
        if attempt.damaged_bytes == 0:
            return _accept(attempt, data, confidence)
        attempts.append(attempt)
    chosen = min(attempts, key=lambda a: a.damaged_bytes)
    if chosen.damaged_bytes > MAX_DAMAGED_SHARE * len(data):
        if best is not None and detected is None:
            raise RejectedFile(f"detected encoding {best.encoding!r} is not a Chinese text encoding (mojibake or binary)")
        raise RejectedFile(f"no text encoding decodes this file: at best {chosen.damaged_bytes:,} of {len(data):,} bytes "
                           f"are invalid {chosen.encoding} (binary, or damaged beyond use)")
    return _accept(chosen, data, confidence)


def _accepted_name(encoding: str) -> str | None:
    name = encoding.lower()
    name = "gb18030" if name in {"gbk", "gb2312"} else name
    return name if name in ACCEPTED_ENCODINGS else None


def _accept(attempt: _Attempt, data: bytes, confidence: float) -> DecodedText:
    """The attempt checked; a damaged one's confidence is the share of its bytes that decoded."""
    if attempt.damaged_bytes:
        confidence = round(1.0 - attempt.damaged_bytes / len(data), 3)
    return check_decoded(attempt.text, attempt.encoding, confidence, attempt.issues)


def detect_encoding(sample: bytes) -> tuple[str, float]:
    """Encoding and confidence of a file from its first bytes (for files too large to decode twice).

    The sample is cut back to a line end so a multi-byte character is not split.
    """
    for bom, encoding in BOMS:
        if sample.startswith(bom):
            return encoding, 1.0
    cut = sample.rfind(b"\n")
    sample = sample[: cut + 1] if cut > 0 else sample
    try:
        sample.decode("utf-8")
        return "utf-8", 1.0
    except UnicodeDecodeError:
        pass
    best = from_bytes(sample).best()
    if best is None:
        raise RejectedFile("no text encoding decodes the start of this file (binary or damaged)")
    encoding = _accepted_name(best.encoding)
    if encoding is None:
        raise RejectedFile(f"detected encoding {best.encoding!r} is not a Chinese text encoding (mojibake or binary)")
    return encoding, round(1.0 - best.chaos, 3)


def check_decoded(text: str, encoding: str, confidence: float, issues: str | None = None) -> DecodedText:
    """The checks every decoded text passes: not empty, not binary, Chinese. Replacement characters
    already in the text (damaged before it arrived) are noted in `issues`, not rejected."""
    if not text.strip():
        raise RejectedFile("empty file (only whitespace after decoding)")
    if "\x00" in text:
        raise RejectedFile(f"decoded as {encoding} but contains NUL characters (binary content)")
    if issues is None and "\ufffd" in text:
        issues = f"the text already holds {text.count(chr(0xFFFD)):,} replacement character(s) (U+FFFD): damaged before it arrived"
    if cjk_share(text) < MIN_CJK_SHARE:
        raise RejectedFile(f"decoded as {encoding} but almost no Chinese characters (not Chinese text)")
    return DecodedText(text=unicodedata.normalize("NFC", text.lstrip("\ufeff")), encoding=encoding, confidence=confidence,
                       issues=issues)

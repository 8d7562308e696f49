"""Turn the bytes of one source file into text, or a reason why it cannot be staged.

Nothing here touches the filesystem: the caller reads the bytes and records provenance.
"""

from __future__ import annotations

import hashlib
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


class RejectedFile(ValueError):
    """Raised with a reason a person understands when a file cannot be staged."""


def content_sha256(data: bytes) -> str:
    """Hex sha256 of the raw bytes: the identity of a document's content."""
    return hashlib.sha256(data).hexdigest()


def document_id_for(sha256: str) -> str:
    """Stable short id of a document, derived from its content hash (same bytes → same id)."""
    return sha256[:16]


def cjk_share(text: str) -> float:
    """Share of non-space characters that are CJK ideographs."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf") / len(chars)


def decode_document(data: bytes) -> DecodedText:
    """Decode raw bytes to text (UTF-8, UTF-8 BOM, UTF-16 BOM, GBK/GB18030, Big5).

    Raises RejectedFile for empty, binary, undecodable or non-Chinese content. GBK files are
    decoded as GB18030 (a strict superset), so characters outside GBK do not fail.
    """
    if not data.strip():
        raise RejectedFile("empty file (no bytes or only whitespace)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return check_decoded(data.decode(encoding), encoding, 1.0)
    if b"\x00" in data:
        raise RejectedFile("binary content: NUL bytes without a UTF-16 byte-order mark")
    try:
        return check_decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise RejectedFile("no text encoding decodes this file (binary or damaged)")
    encoding = best.encoding.lower()
    if encoding in {"gbk", "gb2312"}:
        encoding = "gb18030"
    if encoding not in ACCEPTED_ENCODINGS:
        raise RejectedFile(f"detected encoding {best.encoding!r} is not a Chinese text encoding (mojibake or binary)")
    return check_decoded(data.decode(encoding, errors="strict"), encoding, round(1.0 - best.chaos, 3))


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
    encoding = "gb18030" if best.encoding.lower() in {"gbk", "gb2312"} else best.encoding.lower()
    if encoding not in ACCEPTED_ENCODINGS:
        raise RejectedFile(f"detected encoding {best.encoding!r} is not a Chinese text encoding (mojibake or binary)")
    return encoding, round(1.0 - best.chaos, 3)


def check_decoded(text: str, encoding: str, confidence: float) -> DecodedText:
    """The checks every decoded text passes: not empty, no replacement characters, Chinese."""
    if not text.strip():
        raise RejectedFile("empty file (only whitespace after decoding)")
    if "\x00" in text:
        raise RejectedFile(f"decoded as {encoding} but contains NUL characters (binary content)")
    if "\ufffd" in text:
        raise RejectedFile(f"decoded as {encoding} but contains replacement characters (damaged bytes)")
    if cjk_share(text) < MIN_CJK_SHARE:
        raise RejectedFile(f"decoded as {encoding} but almost no Chinese characters (not Chinese text)")
    return DecodedText(text=unicodedata.normalize("NFC", text.lstrip("\ufeff")), encoding=encoding, confidence=confidence)

"""Decoding raw bytes: encodings detected, bad content rejected with a reason."""

import pytest

from tests.conftest import seed_text
from transforms.staging import RejectedFile, cjk_share, content_sha256, decode_document, document_id_for

SENTENCE = seed_text("000").strip().splitlines()[0] + "。浙江省科技厅正着力深化创新联合体体制机制改革，推动关键产业链供应链重要技术、设备、产品实现链式突破。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SENTENCE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), "utf-8-sig"),
        (SENTENCE.encode("gb18030"), "gb18030"),
        (SENTENCE.encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_are_detected_and_text_round_trips(data, encoding):
    decoded = decode_document(data)
    assert decoded.encoding == encoding
    assert decoded.text == SENTENCE
    assert 0 < decoded.confidence <= 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "NUL"),
        (b"plain english text, nothing chinese at all", "Chinese"),
        (SENTENCE.encode("gb18030").decode("latin-1").encode("utf-8"), "Chinese"),
    ],
)
def test_bad_content_is_rejected_with_a_reason(data, reason):
    with pytest.raises(RejectedFile, match=reason):
        decode_document(data)


def test_document_id_is_stable_and_content_derived():
    data = SENTENCE.encode("utf-8")
    assert document_id_for(content_sha256(data)) == document_id_for(content_sha256(bytes(data)))
    assert document_id_for(content_sha256(data)) != document_id_for(content_sha256(data + b"\n"))
    assert len(document_id_for(content_sha256(data))) == 16


def test_seeds_are_chinese_text():
    assert cjk_share(seed_text("004")) > 0.5


# (what happened to the bytes, the bytes, what the staged text must end with, the note it must carry)
DAMAGED = [
    ("UTF-8 cut one byte short of its last character", SENTENCE.encode("utf-8")[:-1], SENTENCE[:-1], "last 2 byte(s) were dropped"),
    ("UTF-8 cut one byte into a character", (SENTENCE + "链").encode("utf-8")[:-2], SENTENCE, "last 1 byte(s) were dropped"),
    ("GB18030 cut in the middle of its last character", SENTENCE.encode("gb18030")[:-1], SENTENCE[:-1], "gb18030 character"),
    ("a few bad bytes inside UTF-8", SENTENCE.encode("utf-8")[:30] + b"\xff\xfe" + SENTENCE.encode("utf-8")[30:], SENTENCE[-20:], "replaced with U+FFFD, the first at byte 30"),
    ("garbage after the text", SENTENCE.encode("utf-8")[:-1] + b"\xff\xfe\xfa" * 3, SENTENCE[-20:-1], "replaced with U+FFFD"),
]


@pytest.mark.parametrize(("what", "data", "ending", "note"), DAMAGED, ids=[d[0] for d in DAMAGED])
def test_a_damaged_file_keeps_the_text_that_decodes_with_a_note(what, data, ending, note):
    decoded = decode_document(data)
    assert ending in decoded.text
    assert decoded.issues and note in decoded.issues
    assert decoded.confidence < 1


def test_an_intact_file_has_no_decode_issues():
    assert decode_document(SENTENCE.encode("utf-8")).issues is None


@pytest.mark.parametrize(("text", "share"), [("", 0.0), (" \u3000\n\t", 0.0), ("ab 中文\u3400", 3 / 5), ("臺灣 聯合體", 1.0)])
def test_cjk_share_counts_ideographs_among_characters_that_are_not_space(text, share):
    assert cjk_share(text) == pytest.approx(share)

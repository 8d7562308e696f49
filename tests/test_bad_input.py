"""Whatever lands in the source folder: staged with the right encoding, or rejected with a reason."""

import os
import shutil
from datetime import datetime, timezone

import duckdb
import pytest

from orchestration.ingest import LARGE_FILE_BYTES, scan_folder
from tests.conftest import SEEDS, build_warehouse, seed_text

ZH = seed_text("000")
TRADITIONAL = "浙江深化創新聯合體組建機制改革觀察。已組建起包括數據資源體系創新聯合體在內的創新聯合體41家，參與高校院所及醫院138家次。"

CASES = [
    # (file name, bytes, expected encoding or None, expected reason fragment or None)
    ("utf8.txt", ZH.encode("utf-8"), "utf-8", None),
    ("bom.txt", b"\xef\xbb\xbf" + ZH.encode("utf-8"), "utf-8-sig", None),
    ("gbk.txt", ZH.encode("gb18030"), "gb18030", None),
    ("utf16.txt", ZH.encode("utf-16"), "utf-16", None),
    ("繁體.txt", TRADITIONAL.encode("big5"), "big5", None),
    ("empty.txt", b"", None, "empty file"),
    ("blank.txt", b" \n\n\t  \n", None, "empty file"),
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, None, "binary content"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n\x00\x00stream\n" + bytes(range(256)), None, "binary content"),
    ("archive.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 2, None, "binary content"),
    ("nul.txt", ZH[:200].encode("utf-8") + b"\x00" + ZH[200:400].encode("utf-8"), None, "NUL"),
    ("truncated.txt", ZH[:300].encode("utf-8")[:-1], "utf-8", None),
    ("english.txt", b"Quarterly report. Nothing Chinese in here at all, only ASCII words." * 20, None, "not Chinese"),
    ("x'); DROP TABLE articles; --.txt", ZH.encode("utf-8"), "utf-8", None),
    ("name with spaces & \"quotes\".txt", seed_text("002").encode("utf-8"), "utf-8", None),
]


@pytest.fixture()
def scanned(tmp_path):
    for name, data, _, _ in CASES:
        (tmp_path / name).write_bytes(data)
    documents, sources, rejected = scan_folder(tmp_path, datetime.now(timezone.utc))
    encodings = dict(zip(sources["source_path"], sources["document_id"]))
    by_doc = dict(zip(documents["document_id"], documents["encoding"]))
    return {path: by_doc[doc] for path, doc in encodings.items()}, dict(zip(rejected["source_path"], rejected["reason"])), documents


@pytest.mark.parametrize(("name", "data", "encoding", "reason"), CASES, ids=[c[0] for c in CASES])
def test_each_file_is_staged_or_rejected_with_a_reason(scanned, name, data, encoding, reason):
    staged, rejected, _ = scanned
    if encoding:
        assert staged[name] == encoding
    else:
        assert reason in rejected[name]
    assert (name in staged) != (name in rejected)


def test_a_truncated_file_is_staged_with_a_note_on_what_was_dropped(scanned):
    _, _, documents = scanned
    import polars as pl

    row = documents.filter(pl.col("text").str.starts_with(ZH[:50]) & (pl.col("n_chars") == 299)).row(0, named=True)
    assert row["text"] == ZH[:299] and "last 2 byte(s) were dropped" in row["decode_issues"]


def test_a_build_keeps_a_damaged_file_flags_it_and_still_publishes(tmp_path):
    folder = tmp_path / "source"
    folder.mkdir()
    (folder / "cut.txt").write_bytes(ZH.encode("utf-8")[:-1])
    result = build_warehouse(folder, tmp_path / "warehouse.duckdb")
    assert result.success
    (flag,) = [e for e in result.get_asset_check_evaluations() if e.check_name == "raw_documents_decode_issues"]
    assert not flag.passed and flag.severity.value == "WARN"
    assert "cut.txt" in str(flag.metadata["failed_expectations"].value)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] >= 1


def test_nothing_in_the_folder_is_silently_dropped(scanned):
    staged, rejected, _ = scanned
    assert set(staged) | set(rejected) == {c[0] for c in CASES}


def test_same_content_under_two_names_is_staged_once(scanned):
    staged, _, documents = scanned
    assert staged["utf8.txt"] == staged["x'); DROP TABLE articles; --.txt"] == "utf-8"
    assert documents.height == len(staged) - 1  # utf8.txt and the injection name hold the same bytes


def test_traditional_text_gets_a_simplified_version_and_keeps_the_original(scanned):
    _, _, documents = scanned
    row = documents.filter(documents["encoding"] == "big5").row(0, named=True)
    assert row["text"].startswith("浙江深化創新聯合體") and row["text_simplified"].startswith("浙江深化创新联合体")
    assert documents.filter(documents["encoding"] == "utf-8")["text_simplified"].null_count() >= 1


def test_link_outside_the_source_folder_is_refused(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(ZH, encoding="utf-8")
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    _, sources, rejected = scan_folder(folder, datetime.now(timezone.utc))
    assert sources.height == 0 and "outside the source folder" in rejected["reason"][0]


def test_large_file_is_streamed_and_staged(tmp_path):
    big = (ZH + "\n") * (LARGE_FILE_BYTES // len(ZH.encode("gb18030")) + 2)
    (tmp_path / "big.txt").write_bytes(big.encode("gb18030"))
    documents, _, rejected = scan_folder(tmp_path, datetime.now(timezone.utc))
    assert rejected.height == 0
    row = documents.row(0, named=True)
    assert row["byte_size"] > LARGE_FILE_BYTES and row["encoding"] == "gb18030" and row["n_chars"] == len(big)


def test_edits_and_deletions_keep_history(tmp_path):
    source, warehouse = tmp_path / "src", tmp_path / "wh.duckdb"
    source.mkdir()
    shutil.copy(SEEDS / "000_f366a8d252c66c4f.txt", source / "page.txt")
    shutil.copy(SEEDS / "002_6d8eaefb162c86fe.txt", source / "x'); DROP TABLE articles; --.txt")
    assert build_warehouse(source, warehouse).success

    with open(source / "page.txt", "a", encoding="utf-8") as handle:
        handle.write("\n\n深圳新建创新联合体7家\n\n◎本报记者 陈东\n\n深圳今年新建创新联合体7家，带动企业研发投入超过20亿元。\n")
    os.remove(source / "x'); DROP TABLE articles; --.txt")
    assert build_warehouse(source, warehouse).success

    with duckdb.connect(str(warehouse), read_only=True) as con:
        status = dict(con.execute("SELECT source_path || ':' || status, count(*) FROM raw_documents GROUP BY 1").fetchall())
        assert status == {"page.txt:superseded": 1, "page.txt:current": 1, "x'); DROP TABLE articles; --.txt:deleted": 1}
        per_status = dict(con.execute("SELECT document_status, count(*) FROM stg_articles GROUP BY 1").fetchall())
        assert per_status["deleted"] == 6 and per_status["current"] == 8  # edited page: 7 articles + the new one
        assert con.execute("SELECT count(*) FROM document_sources WHERE mtime_ns IS NULL").fetchall() == [(0,)]
        present = dict(con.execute("SELECT source_path, bool_or(is_present) FROM document_sources GROUP BY 1").fetchall())
        assert present == {"page.txt": True, "x'); DROP TABLE articles; --.txt": False}
        assert con.execute("SELECT count(*) FROM facts WHERE subject = '创新联合体' AND value = 7").fetchall() == [(1,)]


def test_unchanged_files_are_not_read_again(tmp_path, monkeypatch):
    import orchestration.ingest as ingest

    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(seed_text("002"), encoding="utf-8")
    now = datetime.now(timezone.utc)
    documents, sources, _ = scan_folder(tmp_path, now)
    known = {r["source_path"]: (r["document_id"], r["byte_size"], r["mtime_ns"]) for r in sources.iter_rows(named=True)}
    assert all(v[2] is not None for v in known.values())

    read = []
    real = ingest.stage_file
    monkeypatch.setattr(ingest, "stage_file", lambda path, root: read.append(path.name) or real(path, root))
    with open(tmp_path / "b.txt", "a", encoding="utf-8") as handle:
        handle.write("\n新增一段。")
    documents, sources, _ = scan_folder(tmp_path, now, known)
    assert read == ["b.txt"] and documents.height == 1 and sources.height == 2


def test_file_changing_while_read_is_rejected_for_this_scan(tmp_path, monkeypatch):
    import orchestration.ingest as ingest

    target = tmp_path / "growing.txt"
    target.write_text(ZH, encoding="utf-8")
    real = ingest._read_small

    def read_then_append(path):  # another process appends right after our read
        staged = real(path)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("追加的一段。")
        return staged

    monkeypatch.setattr(ingest, "_read_small", read_then_append)
    documents, _, rejected = scan_folder(tmp_path, datetime.now(timezone.utc))
    assert documents.height == 0 and "changed while it was being read" in rejected["reason"][0]


def test_scan_hands_over_documents_in_bounded_batches(tmp_path):
    for prefix in ("000", "001", "002", "003", "004"):
        (tmp_path / f"{prefix}.txt").write_text(seed_text(prefix), encoding="utf-8")
    batches = []
    rest, sources, _ = scan_folder(tmp_path, datetime.now(timezone.utc), flush=batches.append, flush_chars=10_000)
    assert len(batches) >= 2 and all(b["n_chars"].sum() < 10_000 + 10_000 for b in batches)
    ids = [i for b in [*batches, rest] for i in b["document_id"].to_list()]
    assert sorted(ids) == sorted(set(sources["document_id"])) and len(ids) == 5

"""Random text and bytes through staging, cleaning, splitting and extraction: no exception escapes,
offsets always point at their text."""

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import seed_text
from transforms.articles import split_articles
from transforms.facts import extract_facts, split_sentences
from transforms.pipeline import build_analyser
from transforms.regions import find_region_mentions
from transforms.regions import quote_depth as _quote_depth
from transforms.staging import RejectedFile, decode_document

# Fragments of real pages, glued at random with random characters: closer to what breaks a parser
# than uniform noise, and still noise.
PIECES = [line for prefix in ("000", "001", "003", "004") for line in seed_text(prefix).splitlines()[:60] if line.strip()]
NEWSY = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet="\n 。，、；：“”（）()0123456789.%万亿余超近约第年月日电讯◎▶——#丨|", max_size=30),
              st.text(max_size=40)),
    max_size=25,
).map("\n".join)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def analyser():
    return build_analyser()


@FAST
@given(st.binary(max_size=2000))
def test_decoding_random_bytes_stages_or_rejects(data):
    try:
        decoded = decode_document(data)
    except RejectedFile as why:
        assert str(why)
    else:
        assert decoded.text and ("\ufffd" not in decoded.text or decoded.issues)


# Real Chinese text in either encoding, then damaged: cut anywhere, or with random bytes spliced in.
DAMAGED_CHINESE = st.tuples(st.sampled_from(PIECES[:40]), st.sampled_from(["utf-8", "gb18030"]),
                            st.integers(0, 400), st.binary(max_size=6)).map(
    lambda t: (lambda b: b[: t[2]] + t[3] + b[t[2]:])((t[0] * 4).encode(t[1])))


@FAST
@given(st.lists(st.one_of(st.binary(max_size=600), DAMAGED_CHINESE), min_size=1, max_size=6))
def test_every_file_of_a_folder_is_staged_or_rejected_with_a_reason(tmp_path_factory, contents):
    from datetime import datetime, timezone

    from orchestration.ingest import scan_folder

    root = tmp_path_factory.mktemp("folder")
    for n, data in enumerate(contents):
        (root / f"f{n}.txt").write_bytes(data)
    documents, sources, rejected = scan_folder(root, datetime.now(timezone.utc))
    staged, refused = set(sources["source_path"]), set(rejected["source_path"])
    assert staged | refused == {f"f{n}.txt" for n in range(len(contents))} and not staged & refused
    assert all(rejected["reason"].str.len_chars() > 10)
    assert set(sources["document_id"]) <= set(documents["document_id"])
    damaged = documents.filter(documents["text"].str.contains("\ufffd", literal=True))
    assert damaged["decode_issues"].null_count() == 0


@FAST
@given(NEWSY)
def test_splitting_never_raises_and_bodies_are_non_empty(text):
    articles, boilerplate = split_articles(text)
    assert all(a.body.strip() and a.title is not None for a in articles)
    assert [a.seq for a in articles] == list(range(1, len(articles) + 1))
    assert all(b.reason for b in boilerplate)


@FAST
@given(NEWSY)
def test_sentences_and_facts_point_at_their_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.char_start:sentence.char_end] == sentence.text
        for fact in extract_facts(sentence):
            assert text[fact.char_start:fact.char_end] == fact.mention
            assert fact.value >= 0 and fact.value == fact.value  # not NaN


@FAST
@given(NEWSY)
def test_region_mentions_point_at_their_text(text):
    tokens = analyser().segmenter.tokens(text)
    mentions = find_region_mentions(text, analyser().gazetteer, token_starts={start for _, start, _ in tokens},
                                    token_ends={end for _, _, end in tokens}, home_region="330000")
    assert all(text[m.char_start:m.char_end] == m.mention for m in mentions)


@FAST
@given(NEWSY)
def test_whole_document_analysis_keeps_every_offset_true(text):
    from transforms.pipeline import analyse_document

    frames = analyse_document("d", text, analyser()).frames()
    bodies = dict(frames["articles"].select("article_id", "body").iter_rows())
    for table, field in (("tokens", "token"), ("region_mentions", "mention"), ("facts", "mention"), ("entities", "name"), ("sentences", "text")):
        for row in frames[table].iter_rows(named=True):
            assert bodies[row["article_id"]][row["char_start"]:row["char_end"]] == row[field], table


def _quote_depth_reference(body: str, offset: int) -> int:
    """Open “ quotes before `offset`, counted character by character and reset at each line break."""
    depth = 0
    for char in body[:offset]:
        depth = 0 if char == "\n" else depth + 1 if char == "“" else max(depth - 1, 0) if char == "”" else depth
    return depth if offset < len(body) else 0


@FAST
@given(st.text(alphabet="“”\n我省超", max_size=40))
def test_quote_depth_agrees_with_counting_characters(body):
    depth = _quote_depth(body)
    assert [depth(i) for i in range(len(body) + 2)] == [_quote_depth_reference(body, i) for i in range(len(body) + 2)]

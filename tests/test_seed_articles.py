"""The seed pages split as an editor reads them.

`tests/cases/seed_articles.json` was written by reading the five seeds, before running the splitter: for
each file, the articles a reader sees in page order, with the title, the start of the body's first
sentence, the end of its final sentence and the kind (news or photo). Every aspect of every article is
its own test case, so one disagreement does not hide the others.

Where the splitter disagrees with that reading and the reading is what an editor would produce, the case
stays as read and is marked `xfail(strict=True)` in `KNOWN_FAILURES` with what the splitter does wrong:
the suite stays green, and the mark turns into a failure (XPASS strict) once the splitter is fixed, so it
must then be removed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from transforms.articles import Article, split_articles
from transforms.cleaning import normalize_text

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
CASES_FILE = Path(__file__).resolve().parent / "cases" / "seed_articles.json"
CASES: list[dict] = json.loads(CASES_FILE.read_text(encoding="utf-8"))

ASPECTS = ("title", "body_start", "body_end", "kind")

# (file, 1-based position of the article in the JSON, aspect) -> what the splitter does wrong.
KNOWN_FAILURES: dict[tuple[str, int, str], str] = {}


@lru_cache(maxsize=None)
def split_seed(file: str) -> tuple[Article, ...]:
    articles, _boilerplate = split_articles((SEEDS / file).read_text(encoding="utf-8"))
    return tuple(articles)


def _expected(case: dict) -> dict:
    """The expected snippets, normalised the way the splitter normalises the page."""
    return {
        "title": normalize_text(case["title"]),
        "body_start": normalize_text(case["first_sentence_starts"]),
        "body_end": normalize_text(case["last_sentence_ends"]),
        "kind": case["kind"],
    }


def matching_article(file: str, position: int) -> Article:
    """The split article that stands for the `position`-th (1-based) expected article of `file`.

    With as many articles as expected they pair up in page order. Otherwise an expected article is paired
    with the first unused split article having its title or its body start, so that one missing or extra
    article only fails the count and the articles concerned.
    """
    expected = [_expected(case) for case in _file_case(file)["articles"]]
    actual = split_seed(file)
    if len(actual) == len(expected):
        return actual[position - 1]
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for n, exp in enumerate(expected, start=1):
        for i, article in enumerate(actual):
            if i not in used and (article.title == exp["title"] or article.body.startswith(exp["body_start"])):
                pairs[n] = i
                used.add(i)
                break
    if position not in pairs:
        exp = expected[position - 1]
        pytest.fail(f"no split article of {file} has the title {exp['title']!r} or a body starting {exp['body_start']!r}; "
                    f"split titles: {[a.title for a in actual]}")
    return actual[pairs[position]]


def _file_case(file: str) -> dict:
    return next(case for case in CASES if case["file"] == file)


def _article_params() -> list:
    params = []
    for case in CASES:
        for position, _article_case in enumerate(case["articles"], start=1):
            for aspect in ASPECTS:
                key = (case["file"], position, aspect)
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[key])] if key in KNOWN_FAILURES else []
                params.append(pytest.param(case["file"], position, aspect, marks=marks,
                                           id=f"{case['file'][:3]}-{position:02d}-{aspect}"))
    return params


def test_cases_file_covers_every_seed_and_known_failures_are_real_cases():
    assert sorted(case["file"] for case in CASES) == sorted(path.name for path in SEEDS.glob("*.txt"))
    for case in CASES:
        for article_case in case["articles"]:
            assert set(article_case) == {"title", "first_sentence_starts", "last_sentence_ends", "kind", "note"}
            assert article_case["kind"] in {"news", "photo"}
    valid = {(case["file"], n, aspect) for case in CASES for n in range(1, len(case["articles"]) + 1) for aspect in ASPECTS}
    assert set(KNOWN_FAILURES) <= valid


@pytest.mark.parametrize("file", [case["file"] for case in CASES], ids=lambda f: f[:3])
def test_article_count(file):
    expected = _file_case(file)["articles"]
    actual = split_seed(file)
    assert len(actual) == len(expected), (
        f"expected {[a['title'] for a in expected]}\n     got {[a.title for a in actual]}")


@pytest.mark.parametrize(("file", "position", "aspect"), _article_params())
def test_seed_article(file, position, aspect):
    expected = _expected(_file_case(file)["articles"][position - 1])
    article = matching_article(file, position)
    body = article.body
    if aspect == "title":
        assert article.title == expected["title"]
    elif aspect == "body_start":
        assert body.startswith(expected["body_start"]), f"body starts {body[:60]!r}"
    elif aspect == "body_end":
        assert body.rstrip().endswith(expected["body_end"]), f"body ends {body.rstrip()[-60:]!r}"
    else:
        assert article.kind == expected["kind"]

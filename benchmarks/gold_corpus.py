"""The corpus gold set: real CCTV 新闻联播 stories from ../shared/corpora/, annotated by reading.

The story text is third-party (CCTV's copyright) and never committed: tests/cases/gold_corpus/*.json keep
the story id, short anchors and the annotations; this module reads the text from the shared corpus.

    python -m benchmarks.gold_corpus sample --n 70       # the seeded sample the gold was drawn from
    python -m benchmarks.gold_corpus show ID [ID …]      # a story as the pipeline sees it (one document)
    python -m benchmarks.gold_corpus region 昆山          # codes of the divisions whose name contains a word
    python -m benchmarks.gold_corpus check FILE …        # validate annotation files (anchors, codes, fields)
    python -m benchmarks.gold_corpus regions --n 120     # the seeded sample of the article-region gold

How to annotate: docs/gold_guidelines.md.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import re
from pathlib import Path

from benchmarks.corpus import open_shared_corpus

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "cases" / "gold_corpus"
# Stories annotated for the article's primary region only: a larger, any-topic sample, since an analyst's
# feed is not only science and technology and a wrong home region misfiles every fact of the story.
ARTICLE_REGION_GOLD = REPO / "tests" / "cases" / "gold_article_regions.json"
REGION_SAMPLE_SEED = 20261203

# What makes a story a candidate: it is about science, technology, regional economy or innovation
# platforms, and it states numbers with units an analyst would cite.
TOPIC_WORDS = re.compile(
    "科技|创新|研发|实验室|高新|技术合同|人才|生产总值|GDP|产业|专利|企业|投资|经济|数字|平台|园区")
NUMBER_WITH_UNIT = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?(?:家|个|项|亿元|万元|元|%|人|件|名|座|台|吨|公里|千瓦|户|所|套)")
SAMPLE_SEED = 20261202


@functools.cache
def stories() -> dict[str, dict]:
    """Every story of the shared corpus by id."""
    out = {}
    with open_shared_corpus() as lines:
        for line in lines:
            item = json.loads(line)
            out[item["id"]] = item
    return out


def document_text(story: dict) -> str:
    """A story as one source document, laid out as a news portal's page: the title, the time it was
    published, a blank line, then its text."""
    return f"{story['title'].strip()}\n{story['pubtime'].strip()}\n\n{story['text'].strip()}\n"


def part_of(story_id: str) -> str:
    """'dev' or 'test', fixed by the id's hash: the split does not depend on who annotated what."""
    return "test" if int(hashlib.sha256(story_id.encode()).hexdigest(), 16) % 2 else "dev"


def candidates() -> list[dict]:
    """Stories on the warehouse's subjects with at least four numbers with units, 300-2500 characters."""
    out = []
    for story in stories().values():
        text = story["text"]
        if 300 <= len(text) <= 2500 and len(TOPIC_WORDS.findall(text)) >= 4 and len(NUMBER_WITH_UNIT.findall(text)) >= 4:
            out.append(story)
    return sorted(out, key=lambda s: s["id"])


def sample(n: int, seed: int = SAMPLE_SEED) -> list[dict]:
    """n candidate stories spread over the years: shuffled with the seed, then taken round-robin by year."""
    rng = random.Random(seed)
    by_year: dict[str, list[dict]] = {}
    for story in candidates():
        by_year.setdefault(story["date"][:4], []).append(story)
    for group in by_year.values():
        rng.shuffle(group)
    picked, years = [], sorted(by_year)
    while len(picked) < n and any(by_year.values()):
        for year in years:
            if by_year[year] and len(picked) < n:
                picked.append(by_year[year].pop())
    return picked


def region_sample(n: int, seed: int = REGION_SAMPLE_SEED) -> list[dict]:
    """n stories of any topic, 150-3000 characters, not in the fact gold: half from the candidates (the
    warehouse's subjects), half from the whole corpus; shuffled with the seed."""
    rng = random.Random(seed)
    annotated = {story["story_id"] for story in load_gold()}
    topical = [s for s in candidates() if s["id"] not in annotated]
    rest = sorted((s for s in stories().values() if 150 <= len(s["text"]) <= 3000 and s["id"] not in annotated),
                  key=lambda s: s["id"])
    rng.shuffle(topical)
    rng.shuffle(rest)
    picked = {s["id"]: s for s in topical[: n // 2]}
    for story in rest:
        if len(picked) >= n:
            break
        picked.setdefault(story["id"], story)
    return list(picked.values())


def load_region_gold(part: str | None = None) -> list[dict]:
    """The article-region gold (tests/cases/gold_article_regions.json), optionally one part."""
    if not ARTICLE_REGION_GOLD.exists():
        return []
    return [s for s in json.loads(ARTICLE_REGION_GOLD.read_text(encoding="utf-8")) if part is None or s["part"] == part]


def check_region_story(story: dict) -> list[str]:
    """Problems with one story of the article-region gold (empty when it is well formed)."""
    return _header_problems(story, REGION_STORY_KEYS)


def _header_problems(story: dict, keys: set[str]) -> list[str]:
    """What every annotated story must have right: a corpus id, its keys, its part, known primary regions."""
    sid = story.get("story_id")
    if sid not in stories():
        return [f"{sid}: not a story id of the shared corpus"]
    problems = []
    if set(story) != keys:
        problems.append(f"{sid}: keys {sorted(set(story) ^ keys)} missing or unexpected")
    if story.get("part") != part_of(sid):
        problems.append(f"{sid}: part must be {part_of(sid)!r}")
    for code in story.get("primary_region") or ["<empty>"]:
        if not known_code(code):
            problems.append(f"{sid}: primary_region {code!r} unknown")
    return problems


# When each batch was annotated: a round's stories were read before the rules of its day, so a round's scores at
# that day's first commit are the extraction on text it was not written on.
ANNOTATION_ROUNDS = {"2026-12-02": tuple(f"batch_{n}.json" for n in range(1, 7)),
                     "2026-12-06": tuple(f"batch_{n}.json" for n in range(7, 11)),
                     "2026-12-07": ("batch_11.json", "batch_12.json"),
                     "2026-12-07b": ("batch_13.json", "batch_14.json")}


def load_gold(part: str | None = None, round_: str | None = None) -> list[dict]:
    """Annotated stories from tests/cases/gold_corpus/*.json, optionally only one part ('dev' or 'test') and one
    annotation round (ANNOTATION_ROUNDS)."""
    out = []
    for path in sorted(GOLD_DIR.glob("*.json")):
        if round_ is not None and path.name not in ANNOTATION_ROUNDS[round_]:
            continue
        for story in json.loads(path.read_text(encoding="utf-8")):
            if part is None or story["part"] == part:
                out.append(story)
    return out


INDICATORS = ("rd_intensity", "rd_expenditure", "tech_contracts", "platforms", "enterprises", "talent", "patents",
              "investment", "output", "trade", "infrastructure", "projects", "rank", "other")
KINDS = ("level", "change", "share", "rank")
STATUSES = ("actual", "target", "forecast", "plan")
BOUNDS = ("exact", "at_least", "at_most", "about", "range")
FACT_KEYS = {"anchor", "value", "value_max", "unit", "bound", "subject", "indicator", "kind", "share_of", "status",
             "period", "period_year", "region_codes", "note"}
STORY_KEYS = {"story_id", "part", "title", "relevant", "primary_region", "mentions", "facts", "annotator_note"}
REGION_STORY_KEYS = {"story_id", "part", "title", "primary_region", "note"}


@functools.cache
def region_table():
    from transforms.regions import build_regions, load_adcodes

    return build_regions(load_adcodes())


def known_code(code) -> bool:
    return code == "none" or code in set(region_table()["region_code"].to_list())


def check_story(story: dict) -> list[str]:
    """Problems with one annotated story (empty when it is well formed)."""
    problems = _header_problems(story, STORY_KEYS)
    sid = where = story.get("story_id")
    if sid not in stories():
        return problems
    text = document_text(stories()[sid])
    for m in story.get("mentions") or []:
        if m.get("mention") not in text:
            problems.append(f"{where}: mention {m.get('mention')!r} not in the text")
        if not known_code(m.get("region_code")) or m.get("region_code") == "none":
            problems.append(f"{where}: mention {m.get('mention')!r} has unknown code {m.get('region_code')!r}")
        if not isinstance(m.get("count"), int) or m["count"] < 1 or text.count(m.get("mention") or "\0") < m["count"]:
            problems.append(f"{where}: mention {m.get('mention')!r} count {m.get('count')!r} is not 1..occurrences")
    for f in story.get("facts", []):
        label = f"{where} «{f.get('anchor')}»"
        if set(f) != FACT_KEYS:
            problems.append(f"{label}: keys {sorted(set(f) ^ FACT_KEYS)} missing or unexpected")
        if not f.get("anchor") or f["anchor"] not in text or len(f["anchor"]) > 20:
            problems.append(f"{label}: anchor must be a verbatim substring of the story, at most 20 characters")
        if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
            problems.append(f"{label}: value must be a number")
        if f.get("indicator") not in INDICATORS:
            problems.append(f"{label}: indicator {f.get('indicator')!r} not in {INDICATORS}")
        if f.get("kind") not in KINDS:
            problems.append(f"{label}: kind {f.get('kind')!r} not in {KINDS}")
        if f.get("status") not in STATUSES:
            problems.append(f"{label}: status {f.get('status')!r} not in {STATUSES}")
        if f.get("bound") not in BOUNDS:
            problems.append(f"{label}: bound {f.get('bound')!r} not in {BOUNDS}")
        if (f.get("bound") == "range") != (f.get("value_max") is not None):
            problems.append(f"{label}: value_max is set exactly when bound is 'range'")
        if not f.get("region_codes") or not all(known_code(c) for c in f["region_codes"]):
            problems.append(f"{label}: region_codes {f.get('region_codes')!r} must be known codes or ['none']")
        if f.get("period_year") is not None and not (1949 <= f["period_year"] <= 2050):
            problems.append(f"{label}: period_year {f.get('period_year')!r} is not a year")
    return problems


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--n", type=int, default=70)
    show = sub.add_parser("show")
    show.add_argument("ids", nargs="+")
    region = sub.add_parser("region")
    region.add_argument("word")
    regions = sub.add_parser("regions")
    regions.add_argument("--n", type=int, default=120)
    check = sub.add_parser("check")
    check.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "region":
        import polars as pl

        hits = region_table().filter(pl.col("name").str.contains(args.word, literal=True)
                                     | pl.col("short_name").str.contains(args.word, literal=True))
        for row in hits.select("region_code", "name", "level", "parent_code").iter_rows():
            print("\t".join(str(v) for v in row))
        return
    if args.command == "check":
        n_stories = n_facts = 0
        problems = []
        for path in args.files:
            for story in json.loads(Path(path).read_text(encoding="utf-8")):
                n_stories += 1
                n_facts += len(story.get("facts", []))
                problems += check_region_story(story) if "note" in story else check_story(story)
        print("\n".join(problems) or f"ok: {n_stories} stories, {n_facts} facts")
        raise SystemExit(1 if problems else 0)
    if args.command == "regions":
        for story in region_sample(args.n):
            print(f"{story['id']}\t{part_of(story['id'])}\t{story['date']}\t{len(story['text'])}\t{story['title']}")
        return
    if args.command == "sample":
        for story in sample(args.n):
            print(f"{story['id']}\t{part_of(story['id'])}\t{story['date']}\t{len(story['text'])}\t{story['title']}")
    else:
        for story_id in args.ids:
            story = stories()[story_id]
            print(f"=== {story_id} ({story['date']}, part {part_of(story_id)})")
            print(document_text(story))


if __name__ == "__main__":
    main()

"""Side-by-side check of a rule change on stories nobody annotated: dump the facts the pipeline finds in a
seeded sample of corpus stories outside both gold sets, once with the old code and once with the new, and
list the facts whose field changed (to be read and judged; the counts go in the commit message).

    python -m benchmarks.fact_diff dump --n 1500 --seed 7 /tmp/old.json   # from a checkout of the old code
    python -m benchmarks.fact_diff dump --n 1500 --seed 7 /tmp/new.json   # from this one
    python -m benchmarks.fact_diff diff /tmp/old.json /tmp/new.json status --show 40

The story text is read from ../shared/corpora/ and never written into the repository; the dumps hold
sentences, so keep them outside it.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from benchmarks.gold_corpus import ARTICLE_REGION_GOLD, GOLD_DIR, document_text, stories

FIELDS = ("region_code", "status", "indicator", "subject", "kind", "period_year", "article_region")


def unannotated_sample(n: int, seed: int) -> list[str]:
    """`n` story ids, seeded, from the corpus stories in neither the fact gold nor the article-region gold."""
    gold = {s["story_id"] for path in GOLD_DIR.glob("*.json") for s in json.loads(path.read_text(encoding="utf-8"))}
    gold |= {s["story_id"] for s in json.loads(ARTICLE_REGION_GOLD.read_text(encoding="utf-8"))}
    ids = sorted(i for i in stories() if i not in gold)
    random.Random(seed).shuffle(ids)
    return ids[:n]


def dump(n: int, seed: int, out: Path) -> int:
    from transforms.pipeline import analyse_document, build_analyser

    analyser, corpus, rows = build_analyser(), stories(), []
    for story_id in unannotated_sample(n, seed):
        frames = analyse_document(story_id[-16:], document_text(corpus[story_id]), analyser).frames()
        articles = {a["article_id"]: a for a in frames["articles"].iter_rows(named=True)}
        for f in frames["facts"].iter_rows(named=True):
            article = articles[f["article_id"]]
            rows.append({"story_id": story_id, "char_start": f["char_start"], "mention": f["mention"], "sentence": f["sentence"],
                         "title": article["title"], "article_region": article["region_code"],
                         **{k: f[k] for k in FIELDS if k in f}})
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return len(rows)


def changed(old: list[dict], new: list[dict], field: str) -> tuple[list[tuple[dict, dict]], int, int]:
    """(old, new) pairs of the facts found by both whose `field` differs; facts only old finds; only new finds."""
    key = lambda f: (f["story_id"], f["char_start"], f["mention"])  # noqa: E731
    before, after = {key(f): f for f in old}, {key(f): f for f in new}
    pairs = [(before[k], after[k]) for k in before if k in after and before[k].get(field) != after[k].get(field)]
    return pairs, len(before.keys() - after.keys()), len(after.keys() - before.keys())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--n", type=int, default=1500)
    d.add_argument("--seed", type=int, default=7)
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("field", choices=FIELDS)
    c.add_argument("--show", type=int, default=40)
    c.add_argument("--seed", type=int, default=0, help="which changed facts are shown")
    args = parser.parse_args(argv)
    if args.command == "dump":
        print(f"{dump(args.n, args.seed, args.out):,} facts → {args.out}")
        return
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (args.old, args.new))
    pairs, gone, added = changed(old, new, args.field)
    print(f"{len(old):,} facts before, {len(new):,} after; {args.field} changed on {len(pairs):,}; {gone:,} facts gone, {added:,} new")
    random.Random(args.seed).shuffle(pairs)
    for a, b in pairs[:args.show]:
        at = b["sentence"].find(b["mention"])
        print(f"{a.get(args.field)} → {b.get(args.field)}  «{b['mention']}» [{b['title'][:16]}] {b['sentence'][max(0, at - 40):at + len(b['mention']) + 20]}")


if __name__ == "__main__":
    main()

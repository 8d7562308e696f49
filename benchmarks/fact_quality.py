"""Fact extraction quality on the five seeds, against the hand-made gold list tests/cases/gold_facts.json.

Runs the project's own pipeline (`build_analyser`, `analyse_document(...).frames()["facts"]`) on each seed
and pairs extracted facts with gold facts. A pair matches when
  - the values are equal (relative tolerance 1e-9),
  - the units are equal, and
  - they are the same statement: the extracted `sentence` contains the gold `quote`, or the gold `quote`
    contains the extracted `mention` (both sides through `transforms.cleaning.normalize_text`, since the
    extractor works on the normalised text).
Pairs are one-to-one (a maximum bipartite matching per file), so a fact stated twice needs two extractions.

Printed: a markdown table per file and overall (gold, extracted, matched, precision, recall, region
accuracy and subject agreement among the matches), then per file the misses (gold not extracted; with
whatever the extractor produced in that sentence, to show why) and the false positives (extracted, not gold).

    python -m benchmarks.fact_quality            # table + misses + false positives
    python -m benchmarks.fact_quality --table    # the table only
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from transforms.cleaning import normalize_text

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "cases" / "gold_facts.json"


def load_gold(path: Path = GOLD) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def seed_files(gold: list[dict]) -> list[str]:
    """Every seed file name (those the gold list names plus any other seed), sorted."""
    return sorted({p.name for p in SEEDS.glob("*.txt")} | {g["file"] for g in gold})


def extract(files: list[str], analyser=None) -> dict[str, list[dict]]:
    """file name -> the extractor's facts (dict rows of frames()["facts"]) for that seed."""
    from transforms.pipeline import analyse_document, build_analyser

    analyser = analyser or build_analyser()
    out = {}
    for name in files:
        text = (SEEDS / name).read_text(encoding="utf-8")
        frames = analyse_document(Path(name).stem, text, analyser).frames()
        out[name] = frames["facts"].to_dicts()
    return out


def _norm(s: str | None) -> str:
    return normalize_text(s) if s else ""


def values_equal(a, b) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=0.0 if float(b) else 1e-12)


def compatible(fact: dict, gold: dict) -> bool:
    if not values_equal(fact.get("value"), gold["value"]) or (fact.get("unit") or "") != gold["unit"]:
        return False
    return same_statement(fact, gold)


def same_statement(fact: dict, gold: dict) -> bool:
    quote = _norm(gold["quote"])
    mention = _norm(fact.get("mention"))
    return quote in _norm(fact.get("sentence")) or bool(mention and mention in quote)


def max_matching(facts: list[dict], golds: list[dict]) -> dict[int, int]:
    """gold index -> fact index, a maximum one-to-one matching (augmenting paths; lists are small)."""
    edges = {gi: [fi for fi, f in enumerate(facts) if compatible(f, g)] for gi, g in enumerate(golds)}
    # prefer the pairing where the mention sits inside the quote: try those candidates first
    for gi, cands in edges.items():
        q = _norm(golds[gi]["quote"])
        cands.sort(key=lambda fi: (_norm(facts[fi].get("mention")) not in q, fi))
    fact_to_gold: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for fi in edges[gi]:
            if fi in seen:
                continue
            seen.add(fi)
            if fi not in fact_to_gold or augment(fact_to_gold[fi], seen):
                fact_to_gold[fi] = gi
                return True
        return False

    for gi in sorted(edges, key=lambda g: len(edges[g])):
        augment(gi, set())
    return {gi: fi for fi, gi in fact_to_gold.items()}


def subjects_agree(fact_subject: str | None, gold_subject: str | None) -> bool:
    a, b = _norm(fact_subject).strip(), _norm(gold_subject).strip()
    return bool(a and b) and (a in b or b in a)


@dataclass
class FileScore:
    file: str
    gold: list[dict]
    facts: list[dict]
    pairs: dict[int, int] = field(default_factory=dict)  # gold index -> fact index

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def region_hits(self) -> int:
        return sum(self.facts[fi].get("region_code") == self.gold[gi]["region_code"] for gi, fi in self.pairs.items())

    @property
    def subject_hits(self) -> int:
        return sum(subjects_agree(self.facts[fi].get("subject"), self.gold[gi]["subject"]) for gi, fi in self.pairs.items())

    @property
    def misses(self) -> list[dict]:
        return [g for gi, g in enumerate(self.gold) if gi not in self.pairs]

    @property
    def false_positives(self) -> list[dict]:
        used = set(self.pairs.values())
        return [f for fi, f in enumerate(self.facts) if fi not in used]


def score(gold: list[dict], extracted: dict[str, list[dict]]) -> list[FileScore]:
    out = []
    for name in sorted(extracted):
        golds = [g for g in gold if g["file"] == name]
        facts = extracted[name]
        out.append(FileScore(name, golds, facts, max_matching(facts, golds)))
    return out


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def totals(scores: list[FileScore]) -> dict:
    g = sum(len(s.gold) for s in scores)
    e = sum(len(s.facts) for s in scores)
    m = sum(s.matched for s in scores)
    return {"gold": g, "extracted": e, "matched": m, "precision": _ratio(m, e), "recall": _ratio(m, g),
            "region_accuracy": _ratio(sum(s.region_hits for s in scores), m),
            "subject_agreement": _ratio(sum(s.subject_hits for s in scores), m)}


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def table(scores: list[FileScore]) -> str:
    lines = ["| file | gold | extracted | matched | precision | recall | region acc. | subject agr. |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for s in scores:
        t = totals([s])
        lines.append(f"| {s.file[:3]} | {t['gold']} | {t['extracted']} | {t['matched']} | {_fmt(t['precision'])} | "
                     f"{_fmt(t['recall'])} | {_fmt(t['region_accuracy'])} | {_fmt(t['subject_agreement'])} |")
    t = totals(scores)
    lines.append(f"| **all** | {t['gold']} | {t['extracted']} | {t['matched']} | {_fmt(t['precision'])} | "
                 f"{_fmt(t['recall'])} | {_fmt(t['region_accuracy'])} | {_fmt(t['subject_agreement'])} |")
    return "\n".join(lines)


def _v(x) -> str:
    if x is None:
        return "None"
    x = float(x)
    return f"{x:.0f}" if x.is_integer() else f"{x:g}"


def _clip(s: str | None, n: int = 40) -> str:
    s = (s or "").replace("\n", " ")
    return s if len(s) <= n else s[:n] + "…"


def details(scores: list[FileScore]) -> str:
    lines = []
    for s in scores:
        lines.append(f"\n### {s.file}")
        misses, fps = s.misses, s.false_positives
        lines.append(f"misses ({len(misses)}):")
        for g in misses:
            near = [f for f in s.facts if same_statement(f, g)]
            hint = "; ".join(f"{_v(f['value'])} {f['unit']!s} «{f['mention']}»" for f in near[:3]) or "nothing in that sentence"
            lines.append(f"  - «{g['quote']}» {_v(g['value'])} {g['unit']}  ← extracted: {hint}")
        lines.append(f"false positives ({len(fps)}):")
        for f in fps:
            lines.append(f"  - «{f['mention']}» {_v(f['value'])} {f['unit']!s} [{f.get('region_code')}] in «{_clip(f['sentence'])}»")
        wrong_region = [(s.gold[gi], s.facts[fi]) for gi, fi in s.pairs.items()
                        if s.facts[fi].get("region_code") != s.gold[gi]["region_code"]]
        if wrong_region:
            lines.append(f"matched, region differs ({len(wrong_region)}):")
            for g, f in wrong_region:
                lines.append(f"  - «{g['quote']}» gold {g['region_code']} extracted {f.get('region_code')}")
    return "\n".join(lines)


def run(table_only: bool = False) -> dict:
    gold = load_gold()
    scores = score(gold, extract(seed_files(gold)))
    print("## Fact extraction vs tests/cases/gold_facts.json\n")
    print(table(scores))
    if not table_only:
        print(details(scores))
    return totals(scores)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--table", action="store_true", help="print only the table")
    args = parser.parse_args(argv)
    run(table_only=args.table)


if __name__ == "__main__":
    main()

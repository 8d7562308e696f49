"""Do the facts survive web text's way of writing numbers? The same corpus stories, outside both gold sets, are
analysed as printed and rewritten as web pages write them (full-width digits, Markdown **bold** numbers, spaces
around numbers, a Markdown page with its headline, source line, image and links), and the facts (value, unit,
indicator, status, region, kind) of each version are compared.

    python -m benchmarks.web_text_invariance --n 1000

Prints, per rewriting, how many stories gave other facts, with a few examples. The title and date lines stay as
printed (a site prints its dates its own way). The story text is read from ../shared/corpora/ and never written.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator

from benchmarks.fact_diff import unannotated_sample
from benchmarks.gold_corpus import document_text, stories
from transforms.pipeline import analyse_document, build_analyser

_NUMBER = re.compile(r"(?<![\d.])(\d[\d.,]*%?)")
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
REWRITINGS: dict[str, Callable[[str], str]] = {
    "full-width digits": lambda text: _NUMBER.sub(lambda m: m.group().translate(_FULL_WIDTH), text),
    "bold numbers": lambda text: _NUMBER.sub(r"**\1**", text),
    "spaced numbers": lambda text: _NUMBER.sub(r" \1 ", text),
}
FIELDS = ("value", "unit", "indicator", "status", "region_code", "kind")


def as_markdown_page(title: str, date: str, body: str) -> str:
    """The story as a site's Markdown page: a # headline, a source line, an image, a caption, links under the story."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    page = [f"# {title}", f"来源：央视网 | {date}", "![](https://img.example.cn/a.jpg)", *paragraphs[:1],
            "> 图为活动现场。（图片来源：央视网）", *paragraphs[1:], "责任编辑：张三", "[返回首页](https://www.example.cn/)"]
    return "\n\n".join(page)


def rewritten(document: str) -> Iterator[tuple[str, str]]:
    title, _, rest = document.partition("\n")
    date, _, body = rest.partition("\n")
    for name, rewrite in REWRITINGS.items():
        yield name, f"{title}\n{date}\n{rewrite(body)}"
    yield "markdown page", as_markdown_page(title, date, body)


def fact_rows(document_id: str, text: str, analyser) -> list[tuple[str, ...]]:
    facts = analyse_document(document_id, text, analyser).frames()["facts"]
    return sorted(tuple(str(row[f]) for f in FIELDS) for row in facts.iter_rows(named=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="stories to read (default 1000)")
    parser.add_argument("--seed", type=int, default=5150)
    args = parser.parse_args()
    analyser, corpus = build_analyser(), stories()
    differing: dict[str, list[tuple[str, list, list]]] = {name: [] for name in [*REWRITINGS, "markdown page"]}
    n_facts = 0
    for story_id in unannotated_sample(args.n, args.seed):
        document = document_text(corpus[story_id])
        printed = fact_rows(story_id[-16:], document, analyser)
        n_facts += len(printed)
        for name, text in rewritten(document):
            web = fact_rows(story_id[-16:], text, analyser)
            if web != printed:
                differing[name].append((story_id, sorted(set(printed) - set(web))[:2], sorted(set(web) - set(printed))[:2]))
    print(f"{args.n} stories, {n_facts:,} facts as printed")
    for name, stories_ in differing.items():
        print(f"{name}: {len(stories_)} stories with other facts")
        for story_id, lost, gained in stories_[:5]:
            print(f"  {story_id}: printed only {lost}; web only {gained}")


if __name__ == "__main__":
    main()

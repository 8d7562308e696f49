"""Realistic page-dump files made from the CCTV 新闻联播 stories in ../shared/corpora/.

Each file holds several stories as a news page dump does: a title line, a blank line, then the
story text in paragraphs of a few sentences (cut after 。), stories separated by a blank line.
File sizes are log-uniform between 2 and 50 KB; about 3 % of the files are GB18030 (GBK), the rest
UTF-8. Broadcast days are shuffled with the seed, so even a small corpus spans the years; beyond
the ≈110 MB the stories make, they are used again in a new order (so later files repeat text).

The stories are third-party text: the corpus is written under a temporary folder, never the repo.

    python -m benchmarks.corpus --mb 50 --out /tmp/iw-bench/corpus
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from itertools import groupby
from pathlib import Path

SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "xwlb_items.jsonl.gz"
MIN_FILE, MAX_FILE = 2_000, 50_000  # bytes on disk
GBK_SHARE = 0.03
MANIFEST = ".corpus.json"  # hidden: the pipeline does not stage hidden files
FORMAT_VERSION = 1  # bump when the generated files change, so cached corpora are rebuilt

Story = tuple[str, str, str]  # (date, title, text)


@dataclass(frozen=True)
class CorpusInfo:
    path: Path
    target_mb: float
    seed: int
    n_files: int
    n_bytes: int
    n_gbk_files: int
    n_stories: int  # story blocks (a story longer than a file counts once per part)
    n_passes: int  # > 1 when the corpus is larger than the stories and text repeats

    @property
    def mb(self) -> float:
        return self.n_bytes / 1e6


class SharedCorpusMissing(FileNotFoundError):
    """The shared news corpus is not where the benchmarks and the gold tests read it."""


def open_shared_corpus(path: Path = SHARED_CORPUS):
    """The corpus's lines as text; a clear error when it is missing (a clone not placed beside ../shared)."""
    if not Path(path).is_file():
        raise SharedCorpusMissing(f"the shared news corpus is not at {path}: the gold-corpus tests and the benchmarks read it "
                                  "from ../shared/corpora/ beside the repository, as CI places it; clone the repository there")
    return gzip.open(path, "rt", encoding="utf-8")


def load_stories(path: Path = SHARED_CORPUS) -> list[Story]:
    """Every story with a body, in broadcast order (date, then running number)."""
    stories = []
    with open_shared_corpus(path) as lines:
        for line in lines:
            item = json.loads(line)
            if len(item["text"].strip()) >= 20:
                stories.append((item["date"], item["title"].strip(), item["text"], item["num"]))
    stories.sort(key=lambda s: (s[0], s[3]))
    return [s[:3] for s in stories]


def paragraphs(text: str, rng: random.Random) -> list[str]:
    """Each line of the story cut into paragraphs of 2–5 sentences (a sentence ends with 。)."""
    out = []
    for line in (ln.strip() for ln in text.splitlines()):
        sentences = re.findall(r"[^。]*。|[^。]+$", line)
        while sentences:
            k = rng.randint(2, 5)
            out.append("".join(sentences[:k]).strip())
            sentences = sentences[k:]
    return [p for p in out if p]


def story_blocks(story: Story, rng: random.Random, limit: int) -> list[str]:
    """The story as text blocks no larger than `limit` bytes (UTF-8); a very long story is cut at paragraphs."""
    _date, title, text = story
    blocks, current = [], [title, ""]
    for para in paragraphs(text, rng):
        if len(current) > 2 and len("\n\n".join([*current, para]).encode()) > limit:
            blocks.append("\n".join(current[:2]) + "\n" + "\n\n".join(current[2:]) + "\n")
            current = [title + "（续）", ""]
        current.append(para)
    blocks.append("\n".join(current[:2]) + "\n" + "\n\n".join(current[2:]) + "\n")
    return blocks


def block_stream(stories: list[Story], seed: int) -> Iterator[tuple[int, str, str]]:
    """(pass number, date, story block) forever: each pass shuffles the broadcast days anew."""
    days = [list(day) for _, day in groupby(stories, key=lambda s: s[0])]
    order_rng, layout_rng = random.Random(seed), random.Random(seed + 1)
    for n_pass in range(1, 10_000):
        order_rng.shuffle(days)
        for day in days:
            for story in day:
                for block in story_blocks(story, layout_rng, MAX_FILE - 2_000):
                    yield n_pass, story[0], block


def _file_target(rng: random.Random) -> int:
    return int(math.exp(rng.uniform(math.log(MIN_FILE), math.log(MAX_FILE))))


def make_corpus(target_mb: float, out_dir: Path, seed: int = 0, stories: list[Story] | None = None) -> CorpusInfo:
    """Write page-dump files into out_dir until they hold target_mb × 10⁶ bytes; reuse a matching corpus."""
    out_dir = Path(out_dir)
    manifest = out_dir / MANIFEST
    params = {"target_mb": target_mb, "seed": seed, "version": FORMAT_VERSION}
    if manifest.exists():
        saved = json.loads(manifest.read_text())
        if saved.get("params") == params and len(list(out_dir.glob("xwlb_*.txt"))) == saved["info"]["n_files"]:
            return CorpusInfo(**{**saved["info"], "path": out_dir})
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("xwlb_*.txt"):  # only files this module wrote
        old.unlink()
    manifest.unlink(missing_ok=True)

    rng = random.Random(seed + 2)  # file sizes and encodings
    stream = block_stream(stories or load_stories(), seed)
    target_bytes = int(target_mb * 1e6)
    n_files = n_bytes = n_gbk = n_blocks = n_passes = 0
    pending = next(stream)
    while n_bytes < target_bytes:
        encoding = "gb18030" if rng.random() < GBK_SHARE else "utf-8"
        goal, parts, size = _file_target(rng), [], 0
        first_date = pending[1]
        while size < goal:
            n_passes, _date, block = pending
            block_size = len(block.encode(encoding)) + 1
            if parts and size + block_size > MAX_FILE:
                break  # the block opens the next file
            parts.append(block)
            size += block_size
            n_blocks += 1
            pending = next(stream)
        data = "\n".join(parts).encode(encoding)
        (out_dir / f"xwlb_{n_files:05d}_{first_date}.txt").write_bytes(data)
        n_files += 1
        n_bytes += len(data)
        n_gbk += encoding != "utf-8"
    info = CorpusInfo(out_dir, target_mb, seed, n_files, n_bytes, n_gbk, n_blocks, n_passes)
    manifest.write_text(json.dumps({"params": params, "info": {**asdict(info), "path": str(out_dir)}}, indent=1))
    return info


def extra_text(n_bytes: int, seed: int = 0, stories: list[Story] | None = None) -> str:
    """A new page dump of about n_bytes (UTF-8) from the days a corpus of this seed uses last."""
    days = [list(day) for _, day in groupby(stories or load_stories(), key=lambda s: s[0])]
    random.Random(seed).shuffle(days)  # the first pass of block_stream(seed): a corpus uses its end last
    rng, parts, size = random.Random(seed + 3), [], 0
    for story in (s for day in reversed(days) for s in day):
        for block in story_blocks(story, rng, MAX_FILE - 2_000):
            parts.append(block)
            size += len(block.encode()) + 1
        if size >= n_bytes:
            break
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (10⁶ bytes on disk)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (outside the repository)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    info = make_corpus(args.mb, args.out, args.seed)
    print(f"{info.path}: {info.n_files:,} files, {info.mb:.1f} MB, {info.n_gbk_files} GB18030 files, "
          f"{info.n_stories:,} stories, {info.n_passes} pass(es) over the stories")


if __name__ == "__main__":
    main()

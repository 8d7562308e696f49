"""The README's example outputs, regenerated from a warehouse so they cannot go stale.

Every example in README.md is a ```sh block holding one `.venv/bin/innovation-warehouse sql "…"` command
followed by a ```text block; the text block is what that command prints on a build of the seeds (in a
120-column terminal). The row counts of the `make run` block come from the same build.

    .venv/bin/innovation-warehouse build --warehouse /tmp/seeds/warehouse.duckdb
    .venv/bin/python -m orchestration.readme_examples /tmp/seeds/warehouse.duckdb          # rewrite README.md
    .venv/bin/python -m orchestration.readme_examples /tmp/seeds/warehouse.duckdb --check  # exit 1 if stale
"""

from __future__ import annotations

import argparse
import io
import re
import shlex
import sys
from pathlib import Path

from orchestration.settings import REPO_ROOT

README = REPO_ROOT / "README.md"
WIDTH = 120
_EXAMPLE = re.compile(r"(```sh\n\.venv/bin/innovation-warehouse sql (?P<query>\".*?\")\n```\n```text\n)(?P<output>.*?)(```)", re.S)
_SUMMARY = re.compile(r"(?P<before>\n)(?P<counts>(?:  (?:ingest|reference|text|marts)\s+.*\n)+)(?=```)")


def query_output(warehouse: Path, query: str) -> str:
    """What `innovation-warehouse sql QUERY` prints as a table, at WIDTH columns."""
    from rich.console import Console

    from orchestration.export import print_table
    from orchestration.readonly import open_reader

    buffer = io.StringIO()
    with open_reader(warehouse) as con:
        cursor = con.execute(query)
        columns = [d[0] for d in cursor.description]
        types = [str(d[1]) for d in cursor.description]
        rows = cursor.fetchmany(40)
    print_table(columns, types, rows, total=len(rows), console=Console(file=buffer, width=WIDTH, color_system=None))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def summary_counts(warehouse: Path) -> str:
    """The per-stage row counts `make run` prints (without the path and the timings, which differ by machine)."""
    from orchestration.cli import print_summary

    lines = []
    print_summary(warehouse, console=_Collector(lines))
    return "".join(f"{line}\n" for line in lines if line.startswith("  ") and not line.startswith("  rejected"))


class _Collector:
    def __init__(self, lines: list[str]):
        self.lines = lines

    def print(self, text: str = "") -> None:
        self.lines.extend(text.splitlines())


def regenerate(text: str, warehouse: Path) -> str:
    """README text with every example output and the summary counts replaced by what the warehouse gives."""
    text = _EXAMPLE.sub(lambda m: m.group(1) + query_output(warehouse, shlex.split(m["query"])[0]) + m.group(4), text)
    return _SUMMARY.sub(lambda m: m["before"] + summary_counts(warehouse), text, count=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("warehouse", type=Path, help="a warehouse built from seeds/")
    parser.add_argument("--check", action="store_true", help="exit 1 (and say which) when README.md differs")
    args = parser.parse_args(argv)
    current = README.read_text(encoding="utf-8")
    fresh = regenerate(current, args.warehouse)
    if args.check:
        if fresh != current:
            print("README.md example outputs are stale: run python -m orchestration.readme_examples WAREHOUSE", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

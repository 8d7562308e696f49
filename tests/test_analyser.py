"""The analyser is built whole: a worker started ahead of the analysis builds nothing inside its first document."""

import json
import subprocess
import sys
from pathlib import Path

from transforms import entities, topics
from transforms.facts import numbers as fact_numbers
from transforms.lexicons import jieba_idf
from transforms.pipeline import build_analyser
from transforms.regions import mentions as regions

# Tables the extractors build on first use (functools caches), one per extractor.
BUILT_ON_FIRST_USE = (jieba_idf, topics._keyword_idf_table, topics._keyword_regex, fact_numbers._fact_re, entities._type_regex, regions._abbrev_table)


def test_tables_built_on_first_use_are_built_with_the_analyser():
    for table in BUILT_ON_FIRST_USE:
        table.cache_clear()
    build_analyser()
    assert {table.__name__: table.cache_info().currsize for table in BUILT_ON_FIRST_USE} == {table.__name__: 1 for table in BUILT_ON_FIRST_USE}


def test_the_analysis_does_not_import_jieba():
    """rjieba segments; jieba is a data dependency only (dict.txt, analyse/idf.txt are read as files)."""
    code = ("import sys; from transforms.pipeline import analyse_document, build_analyser; "
            "analyse_document('d', open('seeds/000_f366a8d252c66c4f.txt', encoding='utf-8').read(), build_analyser()).frames(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'jieba'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1])
    assert out.stdout.strip() == "[]"


def test_the_modules_left_out_of_the_analysis_version_are_not_run_by_the_analysis():
    """analysis_version skips NOT_ANALYSIS (editing the report's shaping re-analyses nothing): true only while the analysis never imports them."""
    from orchestration.versions import NOT_ANALYSIS

    code = ("import json, sys; from transforms.pipeline import analyse_document, build_analyser; "
            "analyse_document('d', open('seeds/000_f366a8d252c66c4f.txt', encoding='utf-8').read(), build_analyser()).frames(); "
            "print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items() if n.split('.')[0] == 'transforms')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[1])
    used = {Path(f).relative_to(Path(__file__).parents[1] / "transforms").as_posix() for f in json.loads(out.stdout)}
    assert "pipeline.py" in used and not used & (NOT_ANALYSIS - {"tables.py"})  # tables.py is hashed by its schemas instead

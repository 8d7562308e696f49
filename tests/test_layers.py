"""transforms/ is pure domain code: it never imports dagster or duckdb, and does no file writes."""

import ast
from pathlib import Path

import pytest

TRANSFORMS = Path(__file__).resolve().parent.parent / "transforms"


@pytest.mark.parametrize("path", sorted(TRANSFORMS.rglob("*.py")), ids=lambda p: p.name)
def test_transforms_do_not_import_orchestration_libraries(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"dagster", "dagster_duckdb", "duckdb", "orchestration"}


def test_the_build_process_imports_the_analysis_only_where_it_analyses():
    # rjieba, cn2an and the rules' patterns cost ≈ 0.3 s of a one-file build's start-up; the workers import them
    import subprocess
    import sys

    script = ("import sys, orchestration.definitions, orchestration.build_cli, orchestration.cli; "
              "print(sorted(m for m in ('rjieba', 'cn2an', 'transforms.pipeline', 'transforms.facts') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"

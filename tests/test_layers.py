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

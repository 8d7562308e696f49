"""The README's example outputs are what the commands print on a seeds build (orchestration/readme_examples.py)."""

from orchestration import readme_examples


def test_readme_example_outputs_are_current(built):
    _, warehouse = built
    current = readme_examples.README.read_text(encoding="utf-8")
    fresh = readme_examples.regenerate(current, warehouse)
    stale = [line for line in fresh.splitlines() if line not in current.splitlines()]
    assert fresh == current, ("README.md is stale; run .venv/bin/python -m orchestration.readme_examples WAREHOUSE "
                              "on a seeds build. New lines:\n" + "\n".join(stale[:20]))


def test_every_example_is_regenerated():
    text = readme_examples.README.read_text(encoding="utf-8")
    assert len(readme_examples._EXAMPLE.findall(text)) >= 7
    assert readme_examples._SUMMARY.search(text)

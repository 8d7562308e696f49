"""The outcome of recent command-line builds, in a JSON file beside the warehouse (`status` shows it)."""

import json
from pathlib import Path

HISTORY_KEEP = 20


def history_path(warehouse: Path) -> Path:
    """The JSON file beside the warehouse recording the outcome of recent command-line builds."""
    return warehouse.with_name(f"{warehouse.stem}.builds.json")


def read_history(warehouse: Path) -> list[dict]:
    try:
        return json.loads(history_path(warehouse).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def record_build(warehouse: Path, entry: dict) -> None:
    try:
        history = [entry, *read_history(warehouse)][:HISTORY_KEEP]
        history_path(warehouse).write_text(json.dumps(history, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError:
        pass  # a history that cannot be written must not fail the build

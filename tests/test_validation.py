"""The validator process: GX runs beside the build, a verdict still blocks, Data Docs are written before the run ends."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import polars as pl

from orchestration.validation import Outcome, Validator, ValidatorDied, combine
from tests.conftest import build_warehouse

REPO = Path(__file__).resolve().parent.parent
BETWEEN = (("ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0}),)


def test_the_validator_process_gives_the_verdict_and_writes_the_docs_page_of_a_failure(tmp_path):
    validator = Validator()
    validator.start()
    try:
        good = validator.validate(pl.DataFrame({"value": [1.0, 2.0]}), "facts", "facts_expectations", BETWEEN, tmp_path, docs="on failure")
        bad = validator.validate(pl.DataFrame({"value": [1.0, -3.0]}), "facts", "facts_expectations", BETWEEN, tmp_path, docs="on failure")
    finally:
        validator.close()  # waits for the pages
    assert good.success and good.docs_page is None  # a passing delta costs no page
    assert not bad.success and [(r["expectation"], r["unexpected_count"]) for r in bad.results] == [("expect_column_values_to_be_between", 1)]
    assert Path(bad.docs_page).is_file() and "facts_expectations" in Path(bad.docs_page).read_text(encoding="utf-8")


def test_a_page_waits_until_the_run_has_time_so_the_next_check_waits_for_its_verdict_only(tmp_path):
    validator = Validator()
    validator.start()
    try:
        first = validator.validate(pl.DataFrame({"value": [1.0]}), "facts", "facts_expectations", BETWEEN, tmp_path / "facts", docs="always")
        second = validator.validate(pl.DataFrame({"value": [2.0]}), "facts", "entities_expectations", BETWEEN, tmp_path / "entities")
        assert first.success and second.success
        assert not Path(first.docs_page).exists() and not Path(second.docs_page).exists()  # verdicts first
        validator.render_pending_docs()  # a long step begins: the pages are rendered meanwhile
    finally:
        validator.close()  # and waited for before the run ends
    assert Path(first.docs_page).is_file() and Path(second.docs_page).is_file()


def test_the_command_line_starts_the_validator_early_and_the_run_takes_that_one_over():
    from orchestration import validation

    validation.start_early()
    try:
        early = validation._early
        assert early is not None and early.started
        assert Validator.take_early() is early  # the run's resource gets the running process
        fresh = Validator.take_early()
        assert fresh is not early and not fresh.started  # taken once: a second run starts its own
        early.close()
    finally:
        validation.close_early()


def test_the_docs_page_of_a_failure_is_written_under_a_relative_warehouse_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # innovation-warehouse build --warehouse warehouse.duckdb: the docs folder is relative
    validator = Validator()
    validator.start()
    try:
        bad = validator.validate(pl.DataFrame({"value": [-3.0]}), "facts", "facts_expectations", BETWEEN, Path("data_docs"),
                                 docs="on failure")
    finally:
        validator.close()
    assert not bad.success and Path(bad.docs_page).is_absolute() and Path(bad.docs_page).is_file()


def test_a_build_never_imports_great_expectations_into_the_build_process(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO / 'tests')!r})
        from pathlib import Path
        from conftest import build_warehouse, SEEDS
        result = build_warehouse(SEEDS, Path({str(tmp_path / 'warehouse.duckdb')!r}))
        checks = result.get_asset_check_evaluations()
        print(result.success, len(checks), all(c.passed for c in checks), "great_expectations" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    success, n_checks, all_passed, imported = out.stdout.split()[-4:]
    assert (success, all_passed, imported) == ("True", "True", "False") and int(n_checks) >= 9


def test_a_validation_in_parts_fails_when_any_part_fails_and_adds_up_the_counts():
    def part(success, count, examples, page=None):
        return Outcome(success, [{"expectation": "expect_column_values_to_be_between", "column": "value", "success": success,
                                  "unexpected_count": count, "unexpected_examples": examples, "observed_value": None}], page)

    combined = combine([part(True, 0, [], "first.html"), part(False, 2, ["-1", "-2"], "second.html"), part(False, 1, ["-3"], "third.html")])
    assert not combined.success and combined.results[0]["unexpected_count"] == 3 and combined.results[0]["unexpected_examples"] == ["-1", "-2", "-3"]
    assert combined.docs_page == "third.html"  # the page that stays: each one rebuilds the suite's site
    assert combine([part(True, 0, [], "first.html"), part(True, 0, [])]).success


def test_a_long_build_validates_large_tables_in_parts_and_stops_the_validator_for_the_analysis(seeds_copy, tmp_path, monkeypatch):
    from orchestration import checks, parallel
    from orchestration.resources import GreatExpectations

    calls = []
    pause, resume = GreatExpectations.pause, GreatExpectations.resume
    monkeypatch.setattr(checks, "FULL_PART_ROWS", 100)  # the seeds' facts and mentions become several parts each
    monkeypatch.setattr(parallel, "LONG_ANALYSIS_CHARS", 0)  # and the seeds count as a long analysis
    monkeypatch.setattr(GreatExpectations, "pause", lambda self: calls.append("pause") or pause(self))
    monkeypatch.setattr(GreatExpectations, "resume", lambda self: calls.append("resume") or resume(self))
    monkeypatch.setattr(parallel, "MIN_CHARS_FOR_POOL", 0)  # analysed by workers, as a long analysis is
    spawn_pool = parallel.spawn_pool
    monkeypatch.setattr(parallel, "spawn_pool", lambda n: calls.append("workers started") or spawn_pool(n))
    result = build_warehouse(seeds_copy, tmp_path / "warehouse.duckdb")

    checks_run = result.get_asset_check_evaluations()
    assert result.success and len(checks_run) >= 9 and all(c.passed for c in checks_run)  # those after the analysis ran on the new validator
    assert calls == ["pause", "workers started", "resume"]  # the validator and the workers are never resident together
    evaluations = {e.check_name: e for e in checks_run}
    for name in ("facts_expectations", "region_mentions_expectations"):
        metadata = evaluations[name].metadata
        assert metadata["parts"].value > 1 and metadata["rows_validated"].value == metadata["table_rows"].value > 100, name


def test_the_validator_is_stopped_after_the_last_check_step_before_the_report_is_written(tmp_path, monkeypatch):
    # the report is the build process's largest step; the validator has grown to ≈ 450 MiB by then at 200 MB
    from orchestration import report
    from tests.conftest import SEEDS

    events = []
    close, write_report = Validator.close, report.write_report
    monkeypatch.setattr(Validator, "close", lambda self: (events.append("validator stopped"), close(self))[1])
    monkeypatch.setattr(report, "write_report", lambda *args: (events.append("report written"), write_report(*args))[1])
    result = build_warehouse(SEEDS, tmp_path / "warehouse.duckdb")
    assert result.success
    assert events.index("validator stopped") < events.index("report written")
    assert all(check.passed for check in result.get_asset_check_evaluations())


def test_a_validator_killed_fails_the_check_instead_of_leaving_it_waiting(tmp_path):
    # a validator the system kills (out of memory: it is the largest process after the build's own) must fail the
    # check that waits for it; multiprocessing's Pool started another one and the check waited forever
    validator = Validator()
    validator.start()
    outcome = []

    def check():
        try:
            outcome.append(validator.validate(pl.DataFrame({"value": [1.0]}), "facts", "facts_expectations", BETWEEN, tmp_path))
        except Exception as error:
            outcome.append(error)

    try:
        os.kill(validator._pool.submit(os.getpid).result(), signal.SIGKILL)
        waiting = threading.Thread(target=check, daemon=True)
        waiting.start()
        waiting.join(60)
        assert outcome, "still waiting for the verdict of a dead validator"
        assert isinstance(outcome[0], ValidatorDied) and "build again" in str(outcome[0]), outcome[0]
    finally:
        validator.close()

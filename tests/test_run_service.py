"""The long-lived run service of `dagster dev` (orchestration.run_service): started by the source-folder sensor,
used by a run's validator and a small analysis as their own processes would be, only by runs of the same code,
stopped on request. (Its exit with the process that started it is not tested here: started from a subprocess,
the service hung that subprocess in the full suite, never alone; the cause was not found.)"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import polars as pl
import pytest

from orchestration import parallel, run_service
from orchestration.validation import Validator

NOT_NULL = (("ExpectColumnValuesToNotBeNull", {"column": "value"}),)
FRAME = pl.DataFrame({"value": [1, None, 3]})


def _wait(predicate, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if found := predicate():
            return found
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by its parent) is gone for our purpose
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    return tmp_path


def test_without_a_service_a_run_starts_its_own_validator(home):
    assert run_service.connect() is None
    # a file left by a service that died: its pid is gone
    (home / run_service.SERVICE_FILE).write_text(json.dumps({"address": "/nonexistent.sock", "authkey": "00", "pid": 2**22 + 1}))
    assert run_service.connect() is None
    # a live process announcing a service of other code (the code server not reloaded after an edit)
    (home / run_service.SERVICE_FILE).write_text(json.dumps({"address": "/nonexistent.sock", "authkey": "00",
                                                             "pid": os.getpid(), "code": "other code"}))
    assert run_service.connect() is None
    validator = Validator()
    validator.start()
    try:
        assert not isinstance(validator._pool, run_service.ServiceClient)
    finally:
        validator.close()


def test_runs_validate_through_the_service_until_one_stops_it(home, tmp_path):
    assert run_service.ensure_running() is False  # just started: still importing GX
    client = _wait(run_service.connect)
    service_pid = json.loads((home / run_service.SERVICE_FILE).read_text())["pid"]
    client.close()
    expected = Validator().validate(FRAME, "t", "t_not_null", NOT_NULL, tmp_path / "docs_here")  # in this process

    first = Validator()
    first.start()
    assert isinstance(first._pool, run_service.ServiceClient)
    outcome = first.validate(FRAME, "t", "t_not_null", NOT_NULL, tmp_path / "docs")
    assert (outcome.success, outcome.results) == (expected.success, expected.results)
    with pytest.raises(Exception, match="NoSuchExpectation|has no attribute"):  # the service's error reaches the run
        first.validate(FRAME, "t", "t_bad", (("NoSuchExpectation", {}),), tmp_path / "docs")
    first.close()  # renders the page, disconnects: the service stays for the next run
    assert Path(outcome.docs_page).is_file()
    assert run_service.ensure_running() is True

    # a small analysis: the same rows as the run's own process would give
    from transforms.pipeline import build_analyser

    documents = [("doc-a", "浙江日报\n\n杭州市2023年新增高新技术企业1200家，研发投入强度达到3.5%。"), ("doc-b", "")]
    client = run_service.connect()
    try:
        served = list(parallel.analyse_in_service(client)(documents))
    finally:
        client.close()
    (counts, frames), = served
    expected_counts, expected_frames = parallel.analyse_group(documents, build_analyser())
    assert counts == expected_counts
    assert frames["facts"].height > 0
    for table, frame in expected_frames.items():
        assert frames[table].equals(frame), table
    from orchestration.resources import AnalysisWorkers

    workers = AnalysisWorkers()
    workers.start(total_chars=20_000)  # what staging does for one new file
    with workers.analyser(20_000) as (analyse, where):
        assert where == "the long-lived run service"
        assert [counts for counts, _ in analyse(documents)] == [expected_counts]

    second = Validator()
    second.start()
    assert isinstance(second._pool, run_service.ServiceClient)
    assert second.validate(FRAME, "t", "t_not_null", NOT_NULL, tmp_path / "docs").results == expected.results
    second.close(stop_service=True)  # a long analysis does not keep the service beside its workers
    _wait(lambda: not _alive(service_pid), 10)
    assert not (home / run_service.SERVICE_FILE).exists()
    assert run_service.connect() is None


def test_the_sensor_starts_the_service(home, tmp_path, monkeypatch):
    import dagster as dg

    from orchestration.definitions import defs

    monkeypatch.setenv("INNOVATION_RUN_SERVICE", "on")
    monkeypatch.setenv("INNOVATION_SOURCE_DIR", str(tmp_path / "no_such_folder"))
    sensor = defs.resolve_sensor_def("source_folder_sensor")
    with dg.DagsterInstance.ephemeral() as instance:
        sensor(dg.build_sensor_context(instance=instance, definitions=defs))
    client = _wait(run_service.connect, 120)
    service_pid = json.loads((home / run_service.SERVICE_FILE).read_text())["pid"]
    client.stop_service()
    client.close()
    _wait(lambda: not _alive(service_pid), 10)

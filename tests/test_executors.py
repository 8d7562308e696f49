"""Parallel builds give the same warehouse as the plain in-process one: Dagster's multiprocess executor
(every step in its own process), the analysis worker pool (forced on the small seeds, in small batches), the
one worker staging starts for a little text, and the analysis in this process."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import time

import dagster as dg
import pytest

from tests.conftest import SEEDS, build_warehouse, table_fingerprints

STAGED = ["raw_documents", "document_sources", "source_scans", "rejected_documents"]  # the stage_documents multi-asset


def record_pools(monkeypatch) -> list[tuple]:
    """The arguments of every worker pool the build starts (real spawn pools)."""
    from orchestration import parallel

    pools = []

    class Recorded(parallel.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Recorded)
    return pools


def build_job() -> dg.JobDefinition:
    """The build job over the project's own assets and checks, with the multiprocess executor instead of the
    in-process one the Definitions default to (rebuilt in the step processes from this module: reconstructable)."""
    from orchestration.checks import asset_checks
    from orchestration.definitions import all_assets, build_resources

    # without the GX checks: each would pay a new process and the GX import (≈ 5 s); the in-process tests cover them
    job = dg.define_asset_job("build_warehouse", selection=dg.AssetSelection.all().without_checks(), executor_def=dg.multiprocess_executor)
    defs = dg.Definitions(assets=all_assets, asset_checks=asset_checks, jobs=[job], resources=build_resources())
    return defs.get_job_def("build_warehouse")


def test_multiprocess_executor_builds_the_same_warehouse(tmp_path, monkeypatch, seeds_copy, built):
    warehouse = tmp_path / "warehouse.duckdb"
    # step processes resolve their resources from the environment, as daemon-launched runs do
    monkeypatch.setenv("INNOVATION_SOURCE_DIR", str(seeds_copy))
    monkeypatch.setenv("INNOVATION_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("INNOVATION_WORKERS", "1")  # the executor is the parallelism here
    with dg.instance_for_test() as instance:
        result = dg.execute_job(dg.build_reconstructable_job("tests.test_executors", "build_job"), instance=instance,
                                run_config={"execution": {"config": {"max_concurrent": 2}}})
        assert result.success
        step_starts = [event for event in result.all_events if event.is_step_start]
        materialized = {e.asset_key.to_user_string() for e in result.all_events if e.is_step_materialization}
    # one process per step (regions, staging, analysis, SQL models, publish), not one for the run
    assert len(step_starts) >= 5 and len({event.pid for event in step_starts}) == len(step_starts)
    assert {"raw_documents", "articles", "facts", "mart_region_indicators", "publish_warehouse"} <= materialized
    assert table_fingerprints(warehouse) == table_fingerprints(built[1])


def test_worker_pool_in_small_batches_builds_the_same_warehouse(tmp_path, monkeypatch, seeds_copy, built):
    # the seeds are too small for the pool (MIN_CHARS_FOR_POOL); force it, and batches of two documents, so that
    # the streaming scan, the hand-over of the next batch before each write and the pool all run
    from orchestration import analysis, parallel

    monkeypatch.setattr(parallel, "MIN_CHARS_FOR_POOL", 0)
    monkeypatch.setattr(analysis, "BATCH_DOCUMENTS", 2)
    monkeypatch.setenv("INNOVATION_WORKERS", "2")
    pools = record_pools(monkeypatch)
    result = build_warehouse(seeds_copy, tmp_path / "warehouse.duckdb")
    assert result.success
    assert [args[0] for args in pools] == [2]  # one pool of two workers for the whole build
    assert table_fingerprints(tmp_path / "warehouse.duckdb") == table_fingerprints(built[1])


def analysed_in(result: dg.ExecuteInProcessResult) -> str:
    """Where the analysis step ran, from its materialization metadata."""
    [event] = [e for e in result.get_asset_materialization_events() if e.asset_key == dg.AssetKey("articles")]
    return event.materialization.metadata["analysed_in"].value


def test_staging_starts_one_worker_for_a_little_text(built):
    # the seeds warehouse every test reads was built so: the worker built its analyser while the staged rows
    # were checked, then analysed the seeds
    assert analysed_in(built[0]) == "1 worker process(es) started by staging"


def test_workers_not_used_are_stopped_and_the_analysis_alone_runs_in_this_process(tmp_path, monkeypatch, seeds_copy, built):
    from orchestration.checks import asset_checks
    from orchestration.definitions import all_assets, build_resources

    pools = record_pools(monkeypatch)
    resources = build_resources(str(seeds_copy), str(tmp_path / "warehouse.duckdb"))
    staged = dg.materialize([*all_assets, *asset_checks], selection=STAGED, resources=resources)
    assert staged.success
    assert len(pools) == 1  # started for the analysis that this run does not hold ...
    assert multiprocessing.active_children() == []  # ... and stopped when the run ended
    rest = dg.materialize([*all_assets, *asset_checks], selection=dg.AssetSelection.all() - dg.AssetSelection.assets(*STAGED),
                          resources=resources)
    assert rest.success
    assert len(pools) == 1  # nothing staged in this run, so no workers: analysed in this process
    assert analysed_in(rest) == "the step's own process"
    assert table_fingerprints(tmp_path / "warehouse.duckdb") == table_fingerprints(built[1])


def test_no_workers_without_text_to_analyse(tmp_path, monkeypatch, seeds_copy, built):
    source = tmp_path / "source"
    shutil.copytree(seeds_copy, source)
    for path in built[1].parent.glob("warehouse*.duckdb"):  # the published file and its working copy
        shutil.copy(path, tmp_path / path.name)
    pools = record_pools(monkeypatch)
    unchanged = build_warehouse(source, tmp_path / "warehouse.duckdb")
    assert unchanged.success
    assert "articles" not in {e.asset_key.to_user_string() for e in unchanged.get_asset_materialization_events()}
    (source / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")  # a new rejection, no new text
    rejected = build_warehouse(source, tmp_path / "warehouse.duckdb")
    assert rejected.success
    assert analysed_in(rejected) == "nothing to analyse"
    assert pools == []


def test_a_group_of_documents_gives_the_rows_of_each_document_alone():
    # workers return one set of frames per group (parallel.GROUP_DOCUMENTS): the same rows, in the same order,
    # as the documents' own frames, and each document's number of articles for processed_documents
    import polars as pl

    from orchestration.parallel import analyse_group
    from transforms.pipeline import analyse_document, build_analyser

    analyser = build_analyser()
    documents = [(f"d{i}", path.read_text(encoding="utf-8")) for i, path in enumerate(sorted(SEEDS.glob("*.txt")))]
    counts, frames = analyse_group(documents, analyser)
    alone = [analyse_document(doc_id, text, analyser).frames() for doc_id, text in documents]
    assert counts == [(doc_id, f["articles"].height) for (doc_id, _), f in zip(documents, alone)]
    for table, frame in frames.items():
        assert frame.equals(pl.concat([f[table] for f in alone])), table


def test_the_run_takes_over_the_workers_the_command_line_started_early(tmp_path, monkeypatch, seeds_copy, built):
    # the command line starts them before importing Dagster (cli: parallel.start_early), sized by the bytes to read
    from orchestration import parallel

    pools = record_pools(monkeypatch)
    parallel.start_early(1)
    try:
        result = build_warehouse(seeds_copy, tmp_path / "warehouse.duckdb")
    finally:
        parallel.close_early()
    assert result.success
    assert len(pools) == 1  # staging took the early pool over instead of starting its own
    assert analysed_in(result) == "1 worker process(es) started by staging"
    assert multiprocessing.active_children() == []


def test_a_large_build_starts_its_workers_after_staging_not_before():
    # before staging they would sit idle for as long as it reads, beside the validator (the peak of a 200 MB build)
    from orchestration import parallel

    parallel.start_early(parallel.EARLY_START_MAX_CHARS + 1)
    assert parallel._early is None and multiprocessing.active_children() == []


def test_an_early_pool_of_another_size_is_stopped_not_used():
    from orchestration import parallel

    parallel.start_early(1)
    early = parallel._early[0]
    # at once, while its worker is still starting (a SIGTERM could then be lost: it is told to stop, not signalled)
    assert parallel.take_early(2) is None and parallel._early is None
    with pytest.raises(RuntimeError):  # stopped: it takes no more work
        early.submit(len, [])
    assert multiprocessing.active_children() == []



def test_a_worker_killed_mid_analysis_fails_the_analysis_instead_of_leaving_it_waiting():
    # a worker the system kills (out of memory, a crash in native code) took documents with it: multiprocessing's
    # Pool replaced it and the build waited for them forever
    import threading

    from orchestration import parallel

    documents = [(f"d{i}-{path.stem}", path.read_text(encoding="utf-8")) for i in range(4) for path in sorted(SEEDS.glob("*.txt"))]
    pool = parallel.spawn_pool(1)
    outcome = []

    def read(results):
        try:
            outcome.append(list(results))
        except Exception as error:
            outcome.append(error)

    try:
        worker = pool.submit(os.getpid).result()  # its Analyser built, it waits for work
        reader = threading.Thread(target=read, args=(parallel.analyse_in_pool(pool)(documents),), daemon=True)
        reader.start()
        time.sleep(0.5)  # the worker is analysing the first group
        os.kill(worker, signal.SIGKILL)
        reader.join(30)
        assert outcome, "still waiting for the documents of a dead worker"
        assert isinstance(outcome[0], parallel.WorkerDied), outcome[0]
        assert "an analysis worker process stopped" in str(outcome[0]) and "INNOVATION_WORKERS=1" in str(outcome[0])
    finally:
        parallel.stop_now(pool)
    assert multiprocessing.active_children() == []

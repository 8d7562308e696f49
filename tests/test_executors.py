"""Parallel builds give the same warehouse as the plain in-process one: Dagster's multiprocess executor
(every step in its own process) and the analysis worker pool (forced on the small seeds, in small batches)."""

from __future__ import annotations

import multiprocessing
from types import SimpleNamespace

import dagster as dg

from tests.conftest import build_warehouse, table_fingerprints


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
        step_pids = {event.pid for event in result.all_events if event.is_step_start}
        materialized = {e.asset_key.to_user_string() for e in result.all_events if e.is_step_materialization}
    assert len(step_pids) > 10  # one process per step, not one for the run
    assert {"raw_documents", "articles", "facts", "mart_region_indicators", "publish_warehouse"} <= materialized
    assert table_fingerprints(warehouse) == table_fingerprints(built[1])


def test_worker_pool_in_small_batches_builds_the_same_warehouse(tmp_path, monkeypatch, seeds_copy, built):
    # the seeds are too small for the pool (MIN_CHARS_FOR_POOL); force it, and batches of two documents, so that
    # the streaming scan, the hand-over of the next batch before each write and the pool all run
    from orchestration import analysis, parallel

    monkeypatch.setattr(parallel, "MIN_CHARS_FOR_POOL", 0)
    monkeypatch.setattr(analysis, "BATCH_DOCUMENTS", 2)
    monkeypatch.setenv("INNOVATION_WORKERS", "2")
    pools = []

    def spawn_context(method):  # the real context, recording the pools it starts
        context = multiprocessing.get_context(method)
        return SimpleNamespace(Pool=lambda *args, **kwargs: pools.append(args) or context.Pool(*args, **kwargs))

    monkeypatch.setattr(parallel, "mp", SimpleNamespace(get_context=spawn_context))
    result = build_warehouse(seeds_copy, tmp_path / "warehouse.duckdb")
    assert result.success
    assert [args[0] for args in pools] == [2]  # one pool of two workers for the whole build
    assert table_fingerprints(tmp_path / "warehouse.duckdb") == table_fingerprints(built[1])

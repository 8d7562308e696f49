"""Great Expectations validation, in a process of its own that is started with the run.

Importing GX takes seconds, and its Data Docs cost more to render than a validation. So a run starts one
validator process at once (`Validator.start`, from the resource's set-up, or `start_early` from the command
line before Dagster is even imported): it imports GX on the other core while this process stages and
analyses. A check then sends it the rows and waits for the verdict only. Its Data Docs page waits too, until
the run says the validator has time (`render_pending_docs`, at the start of a long step) or the run ends
(`close`): checks that follow each other then wait for verdicts only, not for the pages of the checks before.
A check still blocks: its verdict is computed before the check returns.

No dagster import here: the validator process imports this module, and should not pay for Dagster.
"""

from __future__ import annotations

import atexit
import multiprocessing as mp
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

import polars as pl

Expectations = tuple[tuple[str, dict], ...]


@dataclass(frozen=True)
class Outcome:
    """What a check reports of one validation: plain data, so it crosses the process boundary."""

    success: bool
    results: list[dict]  # per expectation: expectation, column, success, unexpected_count, unexpected_examples, observed_value
    docs_page: str | None  # the validation's Data Docs page (rendered after the verdict, before the run ends)


def combine(outcomes: list[Outcome]) -> Outcome:
    """One outcome for a validation made in parts (same expectations each): it passes when every part passed;
    unexpected counts add up, examples are the first five; the page is the last failing part's (each page
    rebuilds the suite's site, so the last one written is the one that stays), else the first part's."""
    if len(outcomes) == 1:
        return outcomes[0]
    results = []
    for parts in zip(*(o.results for o in outcomes)):
        counts = [r["unexpected_count"] for r in parts if r["unexpected_count"] is not None]
        examples = [e for r in parts for e in r["unexpected_examples"]][:5]
        results.append({**parts[0], "success": all(r["success"] for r in parts), "unexpected_count": sum(counts) if counts else None,
                         "unexpected_examples": examples})
    failed = [o for o in outcomes if not o.success]
    page = next((o.docs_page for o in reversed(failed) if o.docs_page), None) or next((o.docs_page for o in outcomes if o.docs_page), None)
    return Outcome(not failed, results, page)


# In the validator process: the last validation of each check, kept until its Data Docs are rendered.
_last: dict[str, tuple] = {}


def start_validator_process() -> None:
    """Set up the validator process (its pool's initializer): import GX, and exit without tearing it down."""
    import great_expectations  # noqa: F401
    import great_expectations.expectations  # noqa: F401

    atexit.register(_exit_now)


def _exit_now() -> None:
    # Freeing GX's modules one by one at interpreter exit takes 0.8 s, which the run would wait for. This handler
    # runs after multiprocessing has released the process's semaphores and before that teardown; it skips it.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def _summarise(result) -> list[dict]:
    rows = []
    for item in result.results:
        config, found = item.expectation_config, item.result
        rows.append({"expectation": config.type, "column": config.kwargs.get("column"), "success": bool(item.success),
                     "unexpected_count": found.get("unexpected_count"),
                     "unexpected_examples": [str(v) for v in found.get("partial_unexpected_list", [])[:5]],
                     "observed_value": str(found.get("observed_value")) if found.get("observed_value") is not None else None})
    return rows


def run_validation(frame: pl.DataFrame, table: str, check_name: str, expectations: Expectations, docs_dir: str,
                   docs: str = "always") -> Outcome:
    """Validate `frame` with an ephemeral GX context. When Data Docs are due (`docs` "always", or "on failure"
    and it failed) the outcome names the page that `render_docs(check_name)` will write under `docs_dir`
    (GX's own layout: validations/<suite>/<run>/<time>/<batch>.html)."""
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch_definition = (context.data_sources.add_pandas(f"{table}_source").add_dataframe_asset(table)
                        .add_batch_definition_whole_dataframe("whole_table"))
    suite = context.suites.add(gx.ExpectationSuite(name=f"{check_name}_suite", expectations=[getattr(gxe, name)(**kwargs) for name, kwargs in expectations]))
    validation = context.validation_definitions.add(gx.ValidationDefinition(name=f"{check_name}_validation", data=batch_definition, suite=suite))
    checkpoint = context.checkpoints.add(gx.Checkpoint(name=f"{check_name}_checkpoint", validation_definitions=[validation],
                                                       actions=[], result_format="SUMMARY"))
    checkpoint_result = checkpoint.run(batch_parameters={"dataframe": frame.to_pandas()})
    identifier, result = next(iter(checkpoint_result.run_results.items()))
    page = None
    if docs == "always" or not result.success:
        docs_dir = str(Path(docs_dir).resolve())  # GX refuses a relative base_directory (--warehouse warehouse.duckdb)
        context.add_data_docs_site("warehouse_docs", {
            "class_name": "SiteBuilder", "site_index_builder": {"class_name": "DefaultSiteIndexBuilder", "view": _view("IndexPageView")},
            "site_section_builders": {section: {"view": _view("PageView")} for section in ("expectations", "validations")},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": docs_dir}})
        suite_name, run_name, run_time, batch = identifier.to_tuple()
        page = str(Path(docs_dir, "validations", suite_name, run_name, run_time, f"{batch}.html"))
        _last[check_name] = (context, checkpoint_result)
    return Outcome(bool(result.success), _summarise(result), page)


def _view(class_name: str) -> dict:
    return {"module_name": "orchestration.data_docs_views", "class_name": class_name}


def render_docs(check_name: str) -> None:
    """Write the Data Docs of `check_name`'s last validation (the action GX runs after a checkpoint)."""
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.checkpoint.checkpoint import ActionContext

    context, checkpoint_result = _last.pop(check_name)
    action = UpdateDataDocsAction(name="data_docs", site_names=["warehouse_docs"])
    action._data_context = context  # what Checkpoint._run_actions sets before it runs an action
    try:
        action.run(checkpoint_result=checkpoint_result, action_context=ActionContext())
    except Exception as error:  # a page that cannot be written must not fail the run that validated
        sys.stderr.write(f"great expectations: data docs of {check_name} not written: {error}\n")


class Validator:
    """The run's validator: a process started early (`start`), or this process when none was started."""

    def __init__(self) -> None:
        self._pool = None
        self._pending: list = []  # Data Docs being rendered
        self._due: list[str] = []  # checks whose Data Docs are still to render

    @classmethod
    def take_early(cls) -> "Validator":
        """The validator `start_early` started in this process, if any (once), else a new one, not started."""
        global _early
        validator, _early = _early or cls(), None
        return validator

    @property
    def started(self) -> bool:
        return self._pool is not None

    @property
    def where(self) -> str:
        """Where validations run, for the run's log."""
        if self._pool is None:
            return "this process"
        return "the long-lived run service" if hasattr(self._pool, "stop_service") else "a validator process of its own"

    def start(self) -> None:
        """Connect to the Dagster home's long-lived validator (orchestration.run_service) when one runs,
        else start this run's own validator process."""
        if self._pool is None:
            from orchestration.run_service import connect

            self._pool = connect() or _validator_process()

    def validate(self, frame: pl.DataFrame, table: str, check_name: str, expectations: Expectations, docs_dir: Path,
                 *, docs: str = "always") -> Outcome:
        """The verdict on `frame`; Data Docs rendered `always` or only `on failure` (then in the background)."""
        args = (frame, table, check_name, expectations, str(docs_dir), docs)
        if self._pool is None:
            outcome = run_validation(*args)
            if outcome.docs_page:
                render_docs(check_name)
            return outcome
        try:
            outcome = self._pool.submit(run_validation, *args).result()
        except BrokenProcessPool as error:
            raise ValidatorDied("the validator process (Great Expectations) stopped before it had finished (killed, most "
                                "often by the system for lack of memory: `dmesg` says); the published warehouse is as "
                                "it was: build again") from error
        if outcome.docs_page and check_name not in self._due:
            self._due.append(check_name)
        return outcome

    def render_pending_docs(self) -> None:
        """Start rendering the Data Docs due so far, in the background: the run has a long step to do."""
        if self._pool is not None:
            self._pending += [self._pool.submit(render_docs, name) for name in self._due]
            self._due = []

    def close(self, *, stop_service: bool = False) -> None:
        """Render the Data Docs still due, wait for them, then stop the process (a long-lived one only when asked:
        `stop_service`)."""
        self.render_pending_docs()
        pool, self._pool = self._pool, None
        if pool is None:
            return
        try:
            for pending in self._pending:
                pending.exception()  # waits; a page not written does not fail the run (render_docs says so)
            if stop_service and hasattr(pool, "stop_service"):
                pool.stop_service()
        finally:
            self._pending = []
            # let the process exit on its own: stopped by a signal, it would leave the semaphores it made (inside
            # Great Expectations' metric computation) to the resource tracker, which then warns of leaks at exit
            pool.shutdown(wait=True)


class ValidatorDied(RuntimeError):
    """The validator process ended while a check waited for its verdict."""


def _validator_process() -> ProcessPoolExecutor:
    # spawn, not fork: the parent runs Dagster's threads. An executor, not multiprocessing's Pool: a validator that
    # dies (the out-of-memory killer, a crash in native code) breaks it, which fails the check; a Pool started another
    # one and left the check waiting forever for the verdict the dead one had been asked for.
    pool = ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"), initializer=start_validator_process)
    pool.submit(int)  # started now: GX's import overlaps the run's work (an executor starts its process on a first call)
    return pool


_early: Validator | None = None


def start_early() -> None:
    """Start this process's validator now (the command line, before it imports Dagster: GX's import then
    overlaps Dagster's and the run's set-up); the run's resource takes it over (`Validator.take_early`)."""
    global _early
    if _early is None:
        _early = Validator()
        _early.start()


def close_early() -> None:
    """Stop an early validator no run took over (a build that stopped before its run began)."""
    global _early
    if _early is not None:
        _early.close()
        _early = None

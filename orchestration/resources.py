"""The one DuckDB resource, the source folder and the analysis workers."""

import fcntl
import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster._utils.backoff import backoff
from dagster_duckdb import DuckDBResource
from pydantic import Field, PrivateAttr

from orchestration import parallel, run_service
from orchestration.catch_up import CatchUpMismatch, catch_up
from orchestration.validation import Validator


def duckdb_memory_limit() -> str:
    """$INNOVATION_DUCKDB_MEMORY, else 256MB: DuckDB's default (80 % of RAM) would let the build's memory grow
    with the warehouse; beyond the limit DuckDB spills to its temporary directory."""
    return os.environ.get("INNOVATION_DUCKDB_MEMORY") or "256MB"


def analysis_memory_limit() -> str:
    """$INNOVATION_DUCKDB_MEMORY, else 128MB while the analysis writes: its appended rows stay in DuckDB's buffers
    up to the limit (≈ 215 MiB at 50 MB with 256MB), beside the analysis workers; an insert larger than the limit
    still goes through (DuckDB writes it out as it goes)."""
    return os.environ.get("INNOVATION_DUCKDB_MEMORY") or "128MB"


def writer_config() -> dict:
    """DuckDB settings of the build's connections to the working copy."""
    return {"custom_user_agent": "innovation-warehouse", "memory_limit": duckdb_memory_limit(),
            # DuckDB's allocator keeps what a closed connection freed (≈ 110 MiB after staging 50 MB) until its
            # background threads hand it back to the system; without them the build process never shrinks
            "allocator_background_threads": True}


def file_identity(path: Path) -> str | None:
    """Inode, size, modification and status-change times of a file (None if it does not exist).

    Any write to the file, by any process, moves its ctime, which no user-space call can set back: the
    identity changes whenever the file does, and costs one stat() to compare.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


class WarehouseResource(DuckDBResource):
    """dagster-duckdb's resource, writing to a *working* file and publishing it when the checks pass.

    - `database` is the working copy every step writes to; `published` is what readers open.
    - DuckDB allows one writer process per file. The `duckdb_warehouse` pool serialises steps inside
      Dagster, but a `build` from the command line runs outside the daemon, so every connection also
      takes an OS file lock beside the working file: a second writer waits instead of failing.
    - The working copy is trusted only as this resource left it. Every connection it closes stamps the
      file's identity (`file_identity`) beside it; every connection it opens first compares. A working
      copy changed by anything else (a person with the duckdb CLI, a crashed tool, a build killed in the
      middle of a write) is rebuilt from the published file before anything is written, so a change
      nobody audited never reaches readers. A content fingerprint would do the same at the cost of
      reading every table on every build.
    """

    published: str = Field(default="", description="The file readers query; replaced atomically by publish().")
    _catching_up = PrivateAttr(default=None)  # the thread of catch_up_in_background, joined at the run's end

    def _stamp_path(self) -> Path:
        return Path(self.database).with_name(Path(self.database).name + ".stamp")

    def stamp(self, *, published: str | None = None, behind: bool = False) -> None:
        """Remember the working copy's identity as this resource leaves it (also for tests that write it on
        purpose). `published`: the identity of the published file as a publish left it (kept from the last
        stamp when not given); `behind`: the working copy is the previously published file, to catch up."""
        stamp = self._stamp_path()
        temporary = stamp.with_name(stamp.name + ".tmp")
        previous = self._stamp()
        temporary.write_text(json.dumps({"identity": file_identity(Path(self.database)),
                                         "published": published if published is not None else previous.get("published"),
                                         "behind": behind}))
        os.replace(temporary, stamp)

    def _stamp(self) -> dict:
        try:
            found = json.loads(self._stamp_path().read_text())
        except (FileNotFoundError, ValueError):
            return {}
        return found if isinstance(found, dict) else {}

    def verify_working_copy(self) -> str:
        """'verified', 'caught up' (the previously published file, brought up to the published one),
        'restored' (copied from the published file), 'discarded' (no published file yet) or 'new'. Call
        holding the writer lock. Says in one line on stderr when it repairs."""
        working, published = Path(self.database), Path(self.published or self.database)
        if published == working:
            return "verified"
        identity = file_identity(working)
        wal = working.with_name(working.name + ".wal")
        stamped = self._stamp()
        if identity is not None and identity == stamped.get("identity") and not wal.exists():
            if not stamped.get("behind"):
                return "verified"
            if stamped.get("published") != file_identity(published):  # no audited source but this copy
                self.stamp()
                sys.stderr.write(f"warehouse: the published warehouse {published} was changed outside a build; "
                                 "building on the last audited state instead, and the next publish replaces it\n")
                return "verified"
            if self._catch_up():
                return "caught up"
            why = "the previous warehouse is still open in another process"
        else:
            why = "the working copy was changed outside a build (or a build stopped mid-write)"
        if published.is_file():
            temporary = working.with_name(f".{working.name}.restoring")
            shutil.copyfile(published, temporary)
            wal.unlink(missing_ok=True)
            os.replace(temporary, working)
            self.stamp(published=file_identity(published))
            if identity is not None:
                sys.stderr.write(f"warehouse: {why}; rebuilt it from the published warehouse {published}\n")
            return "restored"
        if identity is not None or wal.exists():
            working.unlink(missing_ok=True)
            wal.unlink(missing_ok=True)
            self._stamp_path().unlink(missing_ok=True)
            sys.stderr.write(f"warehouse: no published warehouse yet; discarded the working copy {working} left by an unfinished build\n")
            return "discarded"
        return "new"

    @contextmanager
    def locked(self):
        """Hold the writer lock of the working file (blocks until other writers are done)."""
        path = Path(self.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_name(path.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    @contextmanager
    def get_connection(self):
        with self.locked():
            self.verify_working_copy()
            conn = backoff(fn=duckdb.connect, retry_on=(RuntimeError, duckdb.IOException), max_retries=10,
                           kwargs={"database": self.database, "read_only": False,
                                   "config": {**writer_config(), **self.connection_config}})
            try:
                yield conn
            finally:
                try:  # write the log into the file now, so the stamp sees the file as DuckDB leaves it
                    conn.execute("CHECKPOINT")
                except duckdb.Error:
                    pass  # an aborted transaction: nothing of it is written, and close() discards it
                conn.close()  # also on error: a leaked connection keeps the file open in this process
                self.stamp()

    def catch_up_in_background(self) -> None:
        """Bring the working copy (the file publish just retired) up to the published one now, in a thread, while
        the run's last step (the report) goes on: the next build then starts from a verified copy instead of first
        catching it up (about 1.2 s at 50 MB). Joined when the run's resources are torn down; a run killed
        meanwhile leaves a copy that does not match its stamp, which the next build restores."""
        def work() -> None:
            try:
                with self.locked():
                    self.verify_working_copy()
            except Exception as error:  # the next build's own check does it again
                sys.stderr.write(f"warehouse: catching the working copy up after publishing failed ({error}); the next build will\n")

        self._catching_up = threading.Thread(target=work, name="warehouse-catch-up")
        self._catching_up.start()

    def teardown_after_execution(self, context) -> None:
        if self._catching_up is not None:
            self._catching_up.join()
            self._catching_up = None

    def _catch_up(self) -> bool:
        """Catch the working copy up with the published file (orchestration.catch_up); False when it cannot be
        opened for writing (a reader still has it open from when it was published) or does not match after."""
        try:
            conn = duckdb.connect(self.database, config={**writer_config(), **self.connection_config})
        except duckdb.Error:  # a reader opened it while it was published and still has it open
            return False
        try:
            catch_up(conn, Path(self.published))
            conn.execute("CHECKPOINT")
        except (duckdb.Error, CatchUpMismatch) as error:
            sys.stderr.write(f"warehouse: catching the working copy up failed ({error}); copying the published warehouse instead\n")
            return False
        finally:
            conn.close()
        self.stamp()
        return True

    def publish(self) -> Path:
        """Rename the checkpointed working file over the published one (atomic, nothing copied).

        Readers holding the old file keep reading it; new readers see the new build; a crash at any
        point leaves either the old or the new file, never half of one. The old published file, when
        nothing changed it since it was published, becomes the next working copy, one build behind:
        the next build catches it up (`verify_working_copy`) by the documents that changed. The first
        publish, and one over a published file changed outside a build, copy the working file instead.
        """
        target = Path(self.published or self.database)
        with self.locked():
            self.verify_working_copy()
            conn = duckdb.connect(self.database)
            conn.execute("CHECKPOINT")
            conn.close()
            self.stamp()
            if target == Path(self.database):
                return target
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_file() and file_identity(target) == self._stamp().get("published"):
                self._rotate(target)
            else:  # the first publish, or a published file changed outside a build: copy, once
                if target.is_file() and self._stamp().get("published"):
                    sys.stderr.write(f"warehouse: the published warehouse {target} was changed outside a build; "
                                     "replaced by this build's audited state\n")
                self._copy_over(target)
            directory = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
        return target

    def _rotate(self, target: Path) -> None:
        """The working file takes the published name; the old published file takes the working name."""
        retired = target.with_name(f".{target.name}.retired")
        retired.unlink(missing_ok=True)
        os.link(target, retired)  # the old published file keeps a name once the new one takes its place
        with open(self.database, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(self.database, target)
        published = file_identity(target)
        os.replace(retired, self.database)
        self.stamp(published=published, behind=True)

    def _copy_over(self, target: Path) -> None:
        staging = target.with_name(f".{target.name}.publishing")
        shutil.copyfile(self.database, staging)
        with open(staging, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, target)
        self.stamp(published=file_identity(target))


class SourceFolder(dg.ConfigurableResource):
    """The folder whose files are staged into raw_documents."""

    path: str

    def root(self) -> Path:
        return Path(self.path)


class AnalysisWorkers(dg.ConfigurableResource):
    """The analysis worker processes of one run.

    A worker needs about 1 s to build its Analyser (the rjieba segmenter, the gazetteer). Staging calls
    `start` as soon as it knows there is text to analyse, so the workers build it on the other core while
    this process checks the staged rows (importing Great Expectations alone takes ≈ 4 s); the analysis
    step then hands its documents to them. When the command line already started a pool of that size
    before importing Dagster (`parallel.start_early`), staging takes that one over. Without a `start` (the analysis materialized on its own, or
    an executor that runs every step in its own process, where `teardown_after_execution` stops the
    unused pool) `analyser` starts a pool only when there is enough text to pay for it.
    """

    workers: int = Field(default=0, description="worker processes; 0 means $INNOVATION_WORKERS, else one per CPU")
    _pool = PrivateAttr(default=None)
    _started = PrivateAttr(default=0)  # workers started ahead of the analysis

    def _count(self) -> int:
        return self.workers or parallel.worker_count()

    def start(self, total_chars: int) -> None:
        """Start the workers now, in the background: one for a little text (the other core stays free for
        this process), all of them for more. A little text goes to the long-lived run service of `dagster dev`
        when one answers (orchestration.run_service: its Analyser is built already)."""
        if self._pool is None:
            self._started = parallel.workers_for(total_chars, self._count())
            if self._started == 1 and total_chars < parallel.MIN_CHARS_FOR_POOL and (client := run_service.connect()):
                self._pool = client
                return
            self._pool = parallel.take_early(self._started) or parallel.spawn_pool(self._started)

    @contextmanager
    def analyser(self, total_chars: int) -> Iterator[tuple[parallel.Analyse, str]]:
        """(a function mapping [(document_id, text)] to [(document_id, frames)] in input order, where it runs):
        the started workers, else a new pool when there is enough text to pay for it, else this process."""
        pool, self._pool = self._pool, None
        if isinstance(pool, run_service.ServiceClient):
            try:
                yield parallel.analyse_in_service(pool), "the long-lived run service"
            finally:
                pool.close()
            return
        if pool is not None:
            where = f"{self._started} worker process(es) started by staging"
        elif self._count() == 1 or total_chars < parallel.MIN_CHARS_FOR_POOL:
            yield parallel.analyse_inline(), "the step's own process"
            return
        else:
            pool, where = parallel.spawn_pool(self._count()), f"{self._count()} worker processes"
        try:
            yield parallel.analyse_in_pool(pool), where
        finally:
            parallel.stop_now(pool)

    def teardown_after_execution(self, context) -> None:
        if self._pool is not None:  # started, never used: the analysis was skipped or failed before it
            parallel.stop_now(self._pool)
            self._pool = None


class GreatExpectations(dg.ConfigurableResource):
    """The run's Great Expectations validator (orchestration.validation): its process starts with the run, so
    GX is imported on the other core while staging and analysis go on, and is ready when the first check runs."""

    _validator = PrivateAttr(default=None)
    _finishing = PrivateAttr(default=None)  # the thread stopping a validator whose last validation is done

    def setup_for_execution(self, context) -> None:
        self._validator = Validator.take_early()
        self._validator.start()
        if context.log is not None:
            context.log.info(f"Great Expectations validates in {self._validator.where}")

    def render_pending_docs(self) -> None:
        """Let the validator render the Data Docs of the checks so far while this step works."""
        if self._validator is not None:
            self._validator.render_pending_docs()

    def pause(self) -> bool:
        """Stop the validator process (after its pending Data Docs), the long-lived one too; True when there was one
        to stop."""
        if self._validator is None or not self._validator.started:
            return False
        self._validator.close(stop_service=True)
        return True

    def resume(self) -> None:
        self._validator = Validator()
        self._validator.start()

    def finish_in_background(self) -> None:
        """The run's last validation is done: its Data Docs are rendered and its process stopped in a thread, so
        the validator (≈ 450 MiB once it has seen the largest tables) is gone before the report is written."""
        validator, self._validator = self._validator, None
        if validator is not None and validator.started:
            self._finishing = threading.Thread(target=validator.close, name="validator-finish", daemon=True)
            self._finishing.start()
        else:
            self._validator = validator

    def _join_finishing(self) -> bool:
        finishing, self._finishing = self._finishing, None
        if finishing is not None:
            finishing.join()
        return finishing is not None

    def validate(self, *args, **kwargs):
        if self._join_finishing():  # a validation after the last one (a run of an unusual selection)
            self.resume()
        if self._validator is None:  # used outside a run (a direct call in a test): validate in this process
            self._validator = Validator()
        return self._validator.validate(*args, **kwargs)

    def teardown_after_execution(self, context) -> None:
        self._join_finishing()
        if self._validator is not None:
            self._validator.close()
            self._validator = None

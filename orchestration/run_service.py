"""A process that outlives runs, for `dagster dev`: GX imported and the analyser built once, not once per run.

Under `dagster dev` every run is a new process. Its validator process imports Great Expectations (≈ 3 s) and its
analysis worker builds the Analyser (rjieba's dictionary, the gazetteer: ≈ 1.5 s), while a sensor-triggered run
stages one new file in under a second: the run waited for both. So the source-folder sensor, which lives in the
long-running code server, keeps one such process running (`ensure_running`). It imports GX, builds the Analyser,
listens on a Unix socket and writes where (`service_file`) once it is ready. A run's validator, and its analysis
when there is little text to analyse, connect to it (`connect`) and send it the calls they would send their own
processes; without it (the command line, a test, a service not ready yet, or one started with other code) the
run starts its own as before.

The service serves one call at a time whatever the number of runs connected (GX is not thread-safe). It is
used only by runs of the same code (`code_version`: the analysis version and the validation's modules), exits
when the process that started it is gone, and is stopped by a run about to analyse much text (`stop_service`):
the build's memory stays bounded, and the next tick of the sensor starts a new one. No dagster import here: the
service process imports this module.
"""

from __future__ import annotations

import functools
import hashlib
import json
import multiprocessing as mp
import os
import secrets
import tempfile
import threading
from concurrent.futures import Future
from multiprocessing.connection import Client, Listener
from pathlib import Path

from orchestration import parallel, validation

SERVICE_FILE = "run-service.json"  # in $DAGSTER_HOME: where the running service listens
CALLS = {"run_validation": validation.run_validation, "render_docs": validation.render_docs,
         "analyse_warm": parallel.analyse_warm}
SERVED_MODULES = ("validation.py", "data_docs_views.py", "parallel.py")  # the orchestration code the service runs
PARENT_CHECK_SECONDS = 0.5


def wanted() -> bool:
    """Whether the sensor keeps a service running: yes unless $INNOVATION_RUN_SERVICE is `off` (the tests)."""
    return os.environ.get("INNOVATION_RUN_SERVICE", "on").lower() != "off"


def service_file(home: str | os.PathLike | None = None) -> Path | None:
    home = home or os.environ.get("DAGSTER_HOME")
    return Path(home) / SERVICE_FILE if home else None


@functools.cache
def code_version() -> str:
    """The analysis version and the served orchestration modules, as this process loaded them (computed once: a run
    asks at its validator's start and again at staging): a service of other code serves no run."""
    from orchestration.versions import analysis_version

    digest = hashlib.sha256(analysis_version().encode())
    for name in SERVED_MODULES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:12]


def _socket_path(home: Path) -> str:
    # in the temporary directory, not in $DAGSTER_HOME: a Unix socket's path may not exceed 107 bytes
    digest = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:12]
    return str(Path(tempfile.gettempdir()) / f"innovation-run-service-{digest}.sock")


def connect(home: str | os.PathLike | None = None) -> ServiceClient | None:
    """A connection to the running service of this Dagster home, or None when there is none (or it does not answer)."""
    path = service_file(home)
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        if found["code"] != code_version():
            return None
        os.kill(found["pid"], 0)
        client = ServiceClient(Client(found["address"], family="AF_UNIX", authkey=bytes.fromhex(found["authkey"])))
        client.ping()
        return client
    except (AttributeError, OSError, ValueError, KeyError, EOFError):
        return None


_started: dict[str, mp.Process] = {}  # home → the service this process started


def ensure_running(home: str | os.PathLike | None = None) -> bool:
    """Start the service of this Dagster home unless it runs already; True when it is ready to take calls now."""
    path = service_file(home)
    if path is None:
        return False
    if (client := connect(path.parent)) is not None:
        client.close()
        return True
    process = _started.get(str(path))
    if process is not None and process.is_alive():
        return False  # started, still importing GX and building the Analyser
    process = mp.get_context("spawn").Process(target=serve, args=(str(path), os.getpid()), daemon=True, name="run-service")
    process.start()
    _started[str(path)] = process
    return False


def serve(path: str, parent_pid: int) -> None:
    """The service process: import GX, listen, announce where in `path`, answer calls until asked to stop or the
    parent is gone. It then returns, and exits as a pool's worker does: multiprocessing releases the semaphores GX
    made (a process ended by os._exit or a signal leaves them to the resource tracker, which warns of leaks)."""
    validation.start_validator_process()
    parallel.analyse_warm([])  # builds the Analyser
    home, authkey = Path(path).parent, secrets.token_bytes(16)
    address = _socket_path(home)
    if os.path.exists(address):
        os.unlink(address)
    listener = Listener(address, family="AF_UNIX", authkey=authkey)
    tmp = Path(path).with_suffix(".tmp")
    tmp.write_text(json.dumps({"address": address, "authkey": authkey.hex(), "pid": os.getpid(), "code": code_version()}),
                   encoding="utf-8")
    tmp.replace(path)
    lock, stopping = threading.Lock(), threading.Event()
    threading.Thread(target=_accept, args=(listener, lock, stopping), daemon=True).start()
    while not stopping.wait(PARENT_CHECK_SECONDS) and os.getppid() == parent_pid:
        pass
    with lock:  # not in the middle of a call
        Path(path).unlink(missing_ok=True)
        listener.close()  # which removes its socket file


def _accept(listener, lock: threading.Lock, stopping: threading.Event) -> None:
    while True:
        try:
            conn = listener.accept()
        except OSError:  # a client that failed the handshake
            continue
        threading.Thread(target=_answer, args=(conn, lock, stopping), daemon=True).start()


def _answer(conn, lock: threading.Lock, stopping: threading.Event) -> None:
    """Answer one connected run's calls, one call of any run at a time."""
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        kind = request[0]
        if kind in ("ping", "stop"):
            if kind == "stop":
                stopping.set()
            conn.send(("ok", None))
            continue
        _, name, args = request
        with lock:
            try:
                reply = ("ok", CALLS[name](*args))
            except Exception as error:  # sent back and raised in the run, as a pool would
                reply = ("error", error)
        conn.send(reply)


class ServiceClient:
    """A run's connection to the service, used like the validator's one-process executor (submit, shutdown) and the
    analysis's (apply): calls on it are made one at a time."""

    def __init__(self, conn) -> None:
        self._conn, self._lock = conn, threading.Lock()

    def _call(self, request):
        with self._lock:
            self._conn.send(request)
            status, value = self._conn.recv()
        if status == "error":
            raise value
        return value

    def ping(self) -> None:
        self._call(("ping",))

    def apply(self, fn, args):
        return self._call(("call", fn.__name__, args))

    def submit(self, fn, *args) -> Future:
        """The call on a thread of its own, as an executor's submit."""
        future = Future()

        def call() -> None:
            try:
                future.set_result(self.apply(fn, args))
            except BaseException as error:  # raised where its result is asked for
                future.set_exception(error)

        threading.Thread(target=call, daemon=True).start()
        return future

    def stop_service(self) -> None:
        """Ask the service to exit (after any call another run is making)."""
        try:
            self._call(("stop",))
        except (EOFError, OSError):
            pass

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def shutdown(self, wait: bool = True) -> None:
        self.close()

    def terminate(self) -> None:
        self.close()

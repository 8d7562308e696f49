"""Start the real Dagster webserver on a free localhost port, read the asset graph over GraphQL, stop it."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QUERY = "{ assetNodes { assetKey { path } dependencyKeys { path } groupName } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, data: bytes | None = None) -> bytes:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


@pytest.fixture()
def webserver(tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "INNOVATION_WAREHOUSE": str(tmp_path / "wh.duckdb")}
    log = open(tmp_path / "webserver.log", "w")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster-webserver"), "-h", "127.0.0.1", "-p", str(port), "-m", "orchestration.definitions"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise AssertionError("webserver exited: " + (tmp_path / "webserver.log").read_text()[-2000:])
            try:
                _get(f"{base}/server_info")
                break
            except OSError:
                time.sleep(1)
        else:
            raise AssertionError("webserver did not answer within 120 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def test_graphql_serves_the_asset_graph_with_sql_lineage(webserver):
    payload = json.loads(_get(f"{webserver}/graphql", json.dumps({"query": QUERY}).encode()))
    nodes = {"/".join(n["assetKey"]["path"]): n for n in payload["data"]["assetNodes"]}
    assert {"raw_documents", "articles", "facts", "mart_region_indicators", "mart_facts_latest"} <= set(nodes)
    deps = {"/".join(d["path"]) for d in nodes["stg_facts"]["dependencyKeys"]}
    assert deps == {"facts", "stg_articles"}
    assert nodes["mart_region_indicators"]["groupName"] == "marts"

"""`streamlit run serve.py`, the real server: the build at start, long URLs."""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import sys
import time

import httpx2

from benchmarks.server import HOST, free_port, stop, wait_until_up
from loaders.paths import DATA_ENV, ROOT, TABLES_ENV
from loaders.publish import resolve
from tests.broken_cases import GOOD


def _get(port: int, target: str) -> tuple[int, bytes]:
    """A raw GET (no client-side URL limit), its status and body; a reset raises."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", target)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def test_serve_py_builds_the_tables_at_start_and_refuses_long_urls(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(GOOD, data)
    port = free_port()
    env = {**os.environ, DATA_ENV: str(data), TABLES_ENV: str(out)}
    command = [sys.executable, "-m", "streamlit", "run", "serve.py"]
    command += ["--server.address", HOST, "--server.port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        url = f"http://{HOST}:{port}"
        statuses = set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # no page is opened: only /healthz is asked
            try:
                answer = httpx2.get(f"{url}/healthz", timeout=30)
            except httpx2.HTTPError:
                time.sleep(0.05)
                continue
            statuses.add(answer.json()["status"])
            if answer.status_code == 200:
                break
            time.sleep(0.05)
        assert "ok" in statuses, statuses
        assert statuses <= {"building", "ok"}, statuses
        assert (resolve(out) / "observations.parquet").is_file()
        wait_until_up(f"{url}/healthz", 10, process)

        for target in (
            "/api/v1/observations.json?lang=" + "x" * 170_000,
            "/?year=" + "1" * 170_000,
            "/healthz?" + "a=1&" * 40_000,
        ):
            status, body = _get(port, target)
            assert status == 414, (status, body[:200])
        status, body = _get(port, "/api/v1/observations.json?lang=" + "x" * 5_000)
        assert status == 400 and len(body) < 1000
    finally:
        stop(process)

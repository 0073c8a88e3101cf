"""Start a server on 127.0.0.1 and a free port, wait until it answers, always stop it.

The one way the tests and the benchmarks serve the app: `streamlit run serve.py` (what
`make run` ships) with only the flags `.streamlit/config.toml` does not set (address and
port), or any other command (Datasette) through `running`.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from loaders.paths import DATA_ENV, ROOT, TABLES_ENV

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Running:
    url: str
    process: subprocess.Popen
    start_seconds: float  # from launch until the health URL answered 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def answers(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


def wait_until_up(url: str, timeout: float, process: subprocess.Popen | None = None) -> float:
    """Seconds until `url` answers 200; fails at once when `process` exits first."""
    started = time.perf_counter()
    while True:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before {url}")
        left = timeout - (time.perf_counter() - started)
        if left <= 0:
            raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")
        # One long request: the first /healthz reads the tables, slow at 10^7 rows.
        if answers(url, timeout=max(2.0, left)):
            return time.perf_counter() - started
        time.sleep(0.1)


def stop(process: subprocess.Popen, grace: float = 15) -> None:
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def running(
    command: Sequence[str],
    url: str,
    health: str,
    *,
    timeout: float = 120,
    env: dict | None = None,
    log: Path | None = None,
) -> Iterator[Running]:
    """`command` started, `url + health` answering; stopped on leaving, even on failure."""
    with ExitStack() as stack:
        out = stack.enter_context(open(log, "w", encoding="utf-8")) if log else subprocess.DEVNULL
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command), cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
        stack.callback(stop, process)
        wait_until_up(url + health, timeout, process)
        yield Running(url, process, time.perf_counter() - started)


def tables_env(tables: Path) -> dict:
    """The environment that serves `tables` as they are (nothing built there)."""
    env = {**os.environ, TABLES_ENV: str(tables)}
    env.pop(DATA_ENV, None)
    return env


@contextmanager
def serve(
    tables: Path,
    *,
    flags: Sequence[str] = (),
    timeout: float = 120,
    log: Path | None = None,
) -> Iterator[Running]:
    """`streamlit run serve.py` over `tables`: the pages and the API, up when /healthz is."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", "serve.py"]
    command += ["--server.address", HOST, "--server.port", str(port), *flags]
    url = f"http://{HOST}:{port}"
    with running(command, url, "/healthz", timeout=timeout, env=tables_env(tables), log=log) as up:
        yield up

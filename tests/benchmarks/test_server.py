"""The one start-and-wait of tests and benchmarks: up when it answers, always stopped."""

from __future__ import annotations

import sys

import pytest

from benchmarks.server import HOST, free_port, running


def http_server(port: int) -> list[str]:
    return [sys.executable, "-m", "http.server", str(port), "--bind", HOST]


def test_a_server_is_up_when_it_answers_and_stopped_after():
    port = free_port()
    with running(http_server(port), f"http://{HOST}:{port}", "/") as up:
        assert up.process.poll() is None
        assert up.start_seconds > 0
    assert up.process.poll() is not None


def test_it_is_stopped_when_the_work_fails():
    port = free_port()
    with (
        pytest.raises(ZeroDivisionError),
        running(http_server(port), f"http://{HOST}:{port}", "/") as up,
    ):
        1 / 0  # noqa: B018
    assert up.process.poll() is not None


def test_a_server_that_exits_at_once_is_reported_not_waited_for():
    command = [sys.executable, "-c", "raise SystemExit(3)"]
    with (
        pytest.raises(RuntimeError, match="exited with code 3"),
        running(command, f"http://{HOST}:{free_port()}", "/", timeout=60),
    ):
        pass


def test_a_server_that_never_answers_times_out_and_is_stopped():
    command = [sys.executable, "-c", "import time; time.sleep(60)"]
    with (
        pytest.raises(TimeoutError, match="did not answer within 1s"),
        running(command, f"http://{HOST}:{free_port()}", "/health", timeout=1),
    ):
        pass

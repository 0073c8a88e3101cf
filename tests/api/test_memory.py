"""What the server's answers freed, given back to the system (api/memory.py)."""

from __future__ import annotations

import asyncio
import platform
import threading

import pyarrow as pa
import pytest

from api import memory
from api.memory import ARENAS, M_ARENA_MAX, TrimAfterAnswers, Trimmer


class FakeLibc:
    def __init__(self):
        self.calls = []

    def mallopt(self, parameter, value):
        self.calls.append(("mallopt", parameter, value))
        return 1

    def malloc_trim(self, pad):
        self.calls.append(("malloc_trim", pad))
        return 1


@pytest.fixture
def fresh(monkeypatch):
    """Arrow's pool and the module's trimmer put back as they were; no thread started."""
    before = pa.default_memory_pool()
    monkeypatch.setattr(memory, "TRIMMER", None)
    started = []
    monkeypatch.setattr(Trimmer, "start", lambda self: started.append(self))
    pa.set_memory_pool(pa.mimalloc_memory_pool())  # this build's default
    yield started
    pa.set_memory_pool(before)


def test_the_server_takes_arrows_memory_from_the_system_allocator(fresh, monkeypatch):
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    memory.return_memory_to_the_system()
    assert pa.default_memory_pool().backend_name == "system"
    assert memory.TRIMMER is None and not fresh  # no glibc: nothing more


def test_with_glibc_two_arenas_and_one_trimmer(fresh, monkeypatch):
    libc = FakeLibc()
    monkeypatch.setattr(memory, "_glibc", lambda: libc)
    memory.return_memory_to_the_system()
    memory.return_memory_to_the_system()  # a second call starts no second trimmer
    assert libc.calls == [("mallopt", M_ARENA_MAX, ARENAS)]
    assert fresh == [memory.TRIMMER]
    memory.TRIMMER._trim()
    assert libc.calls[-1] == ("malloc_trim", 0)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="glibc's calls only")
def test_this_machines_c_library_has_both_calls():
    libc = memory._glibc()
    assert libc is not None
    assert libc.malloc_trim(0) in (0, 1)


def test_the_trimmer_trims_once_after_answers_and_not_when_idle():
    trims = []
    trimmer = Trimmer(lambda: trims.append(1), delay=0.01)
    assert not trimmer.trim_once(timeout=0.02) and not trims  # idle: nothing
    trimmer.note()
    trimmer.note()  # two answers in one delay: one trim
    assert trimmer.trim_once(timeout=1)
    assert trims == [1] and trimmer.trims == 1
    assert not trimmer.trim_once(timeout=0.02)


def test_an_answer_during_the_delay_is_trimmed_after_it():
    trims = []
    trimmer = Trimmer(lambda: trims.append(1), delay=0.05)
    trimmer.note()
    worker = threading.Thread(target=trimmer.trim_once, kwargs={"timeout": 1})
    worker.start()
    trimmer.note()  # noted while the trimmer waits: covered by that trim
    worker.join()
    assert trims == [1] and not trimmer._noted.is_set()


def _run(middleware, scope, app_error=None):
    async def app(scope, receive, send):
        if app_error:
            raise app_error

    async def nothing(*_):
        return None

    middleware.app = app
    # In a thread of its own: under xdist a browser test's event loop may run in this one.
    failures = []

    def call():
        try:
            asyncio.run(middleware(scope, nothing, nothing))
        except Exception as error:
            failures.append(error)

    worker = threading.Thread(target=call)
    worker.start()
    worker.join()
    if failures:
        raise failures[0]


def test_each_http_answer_is_noted_even_a_failed_one_and_nothing_else():
    trimmer = Trimmer(lambda: None)
    middleware = TrimAfterAnswers(None, trimmer=lambda: trimmer)
    _run(middleware, {"type": "websocket"})
    _run(middleware, {"type": "lifespan"})
    assert not trimmer._noted.is_set()
    _run(middleware, {"type": "http"})
    assert trimmer._noted.is_set()
    trimmer._noted.clear()
    with pytest.raises(RuntimeError):
        _run(middleware, {"type": "http"}, app_error=RuntimeError("boom"))
    assert trimmer._noted.is_set()


def test_without_a_trimmer_the_middleware_only_passes_through():
    _run(TrimAfterAnswers(None, trimmer=lambda: None), {"type": "http"})

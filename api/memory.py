"""What the server's answers freed, given back to the system.

Three settings, made once as the server starts (serve.py's lifespan):
- Arrow's allocations come from the C library's allocator. pyarrow's default pool (mimalloc
  here) kept what concurrent extracts freed: under 50 clients (benchmarks/load.py,
  docs/benchmarks.md) the server's RSS grew by 520-560 MB and peaked near 900 MB.
- At most two malloc arenas. With the system pool the growth was 127-131 MB: glibc gives each
  busy thread an arena of its own (up to eight a core) and each keeps what was freed in it.
- A trim half a second after answers (`TrimAfterAnswers`, a middleware of serve.py): glibc
  hands freed pages back only at the top of its heap unless asked (malloc_trim).
Together: +37 to +49 MB over the same 30 s, at the same throughput. Where the C library has
neither call (not glibc), only the first setting is made.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import time
from collections.abc import Callable

import pyarrow as pa

M_ARENA_MAX = -8  # glibc's mallopt parameter for the number of arenas
ARENAS = 2
TRIM_DELAY = 0.5  # seconds after an answer; at most one trim a delay under load


def _glibc():
    """The C library, when it has glibc's mallopt and malloc_trim; None otherwise."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    if libc is None or not all(hasattr(libc, f) for f in ("mallopt", "malloc_trim")):
        return None
    return libc


class Trimmer:
    """Calls `trim` `delay` seconds after the first answer noted since the last trim.

    A thread waits on an event, so an idle server does nothing; under steady load it trims
    once every `delay` seconds.
    """

    def __init__(self, trim: Callable[[], object], delay: float = TRIM_DELAY):
        self._trim = trim
        self._delay = delay
        self._noted = threading.Event()
        self.trims = 0

    def note(self) -> None:
        self._noted.set()

    def trim_once(self, timeout: float | None = None) -> bool:
        """Wait for a noted answer (up to `timeout`), then the delay, then trim."""
        if not self._noted.wait(timeout):
            return False
        time.sleep(self._delay)
        self._noted.clear()
        self._trim()
        self.trims += 1
        return True

    def start(self) -> None:
        def run():
            while True:
                self.trim_once()

        threading.Thread(target=run, name="memory-trimmer", daemon=True).start()


TRIMMER: Trimmer | None = None  # set by return_memory_to_the_system() where glibc is


def return_memory_to_the_system() -> None:
    """Arrow's pool, the arenas and the trimmer, as the module's docstring says (serve.py's
    lifespan, before any table is read)."""
    global TRIMMER
    pa.set_memory_pool(pa.system_memory_pool())
    libc = _glibc()
    if libc is None or TRIMMER is not None:
        return
    libc.mallopt(M_ARENA_MAX, ARENAS)
    TRIMMER = Trimmer(lambda: libc.malloc_trim(0))
    TRIMMER.start()


class TrimAfterAnswers:
    """ASGI middleware: each HTTP answer, once sent, is noted for the trimmer (if any)."""

    def __init__(self, app, trimmer: Callable[[], Trimmer | None] = lambda: TRIMMER):
        self.app = app
        self._trimmer = trimmer

    async def __call__(self, scope, receive, send):
        try:
            await self.app(scope, receive, send)
        finally:
            trimmer = self._trimmer()
            if scope["type"] == "http" and trimmer is not None:
                trimmer.note()

"""A shorter switch interval for the server's threads: small requests are not kept waiting
behind large ones.

Every request is worked in a thread (Starlette's thread pool), and Arrow's compute functions
let go of the interpreter lock around each call. A small extract makes some 150 such short
calls. Under load, each call has to win the lock back from a busy thread, and by default that
thread keeps it for up to 5 ms (`sys.getswitchinterval()`). So the smallest requests waited
longest: under 50 clients a one-row extract answered slower than the whole table's CSV. At
0.5 ms, the same load (benchmarks/load.py, 2 cores, docs/benchmarks.md) went from 95 to 132
requests/s, and the small extract's p95 from 1.22–1.39 s to 0.71–0.76 s.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL = 0.0005  # seconds


def share_the_interpreter_fairly() -> None:
    """Set the server process's switch interval (serve.py's lifespan, once)."""
    sys.setswitchinterval(SWITCH_INTERVAL)

"""Arrow's allocations from the C library's allocator in the server process.

pyarrow's default memory pool (mimalloc here) keeps what concurrent extracts freed for reuse:
under 50 clients (benchmarks/load.py, docs/benchmarks.md) the server's RSS grew by 520-560 MB
and peaked near 900 MB. With the system pool it grew by 131 MB and peaked at 373 MB, at the
same throughput (141 requests/s) and latency.
"""

from __future__ import annotations

import pyarrow as pa


def return_memory_to_the_system() -> None:
    """Make the system allocator Arrow's default pool (serve.py's lifespan, before any table
    is read)."""
    pa.set_memory_pool(pa.system_memory_pool())

"""Arrow's memory pool in the server process (api/memory.py)."""

from __future__ import annotations

import pyarrow as pa

from api.memory import return_memory_to_the_system


def test_the_server_takes_arrows_memory_from_the_system_allocator():
    before = pa.default_memory_pool()
    try:
        pa.set_memory_pool(pa.mimalloc_memory_pool())  # this build's default
        return_memory_to_the_system()
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(before)

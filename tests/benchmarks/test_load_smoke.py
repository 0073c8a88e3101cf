"""The load benchmark's smoke run: 5 clients for 2 seconds against the real server, no errors."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from benchmarks import load


def test_the_load_smoke_run_has_no_errors(seed_tables, capsys):
    # In a thread of its own, as on the command line: the browser tests' Playwright may hold
    # an event loop in this worker's main thread, where asyncio.run() would refuse to start.
    with ThreadPoolExecutor(max_workers=1) as pool:
        code = pool.submit(load.main, ["--smoke", "--tables", str(seed_tables)]).result()
    assert code == 0
    printed = capsys.readouterr().out
    assert "5 clients for 2 s" in printed and " 0 errors" in printed
    assert "| small extract json |" in printed

"""The load benchmark's smoke run: 5 clients for 2 seconds against the real server, no errors."""

from __future__ import annotations

from benchmarks import load


def test_the_load_smoke_run_has_no_errors(seed_tables, capsys):
    assert load.main(["--smoke", "--tables", str(seed_tables)]) == 0
    printed = capsys.readouterr().out
    assert "5 clients for 2 s" in printed and " 0 errors" in printed
    assert "| small extract json |" in printed

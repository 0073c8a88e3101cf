"""Each broken input: exit 1, a message naming file, entry and reason, tables untouched.

Each case in tests/fixtures/broken/ overlays the valid tests/fixtures/good/ folder;
its expect.txt lists the fragments the error output must contain.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.paths import ROOT
from tests.conftest import FIXTURES

CASES = sorted(p.name for p in (FIXTURES / "broken").iterdir() if p.is_dir())


def _run_build(data_dir: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--data-dir", str(data_dir), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def good_build(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    out = tmp_path / "out"
    first = _run_build(data, out)
    assert first.returncode == 0, first.stderr
    return data, out


def test_the_good_fixture_builds(good_build):
    _, out = good_build
    assert {"observations.parquet", "events.parquet"} <= set(_snapshot(out))


@pytest.mark.parametrize("case", CASES)
def test_broken_input_fails_loudly_and_keeps_the_last_good_tables(good_build, case):
    data, out = good_build
    before = _snapshot(out)
    overlay = FIXTURES / "broken" / case
    shutil.copytree(overlay, data, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expect.txt"))

    result = _run_build(data, out)

    assert result.returncode == 1
    for fragment in (overlay / "expect.txt").read_text(encoding="utf-8").splitlines():
        assert fragment in result.stderr, f"{fragment!r} not in:\n{result.stderr}"
    assert _snapshot(out) == before
    assert not list(out.parent.glob(".build-*")), "staging folder left behind"


def test_all_errors_are_reported_not_just_the_first(good_build):
    data, out = good_build
    figures = (data / "figures.yaml").read_text(encoding="utf-8")
    figures = figures.replace("value: 7\n", "value: 8\n").replace("value: 50\n", "value: 250\n")
    (data / "figures.yaml").write_text(figures, encoding="utf-8")
    result = _run_build(data, out)
    assert result.returncode == 1
    assert "id LAWS" in result.stderr and "id FUND" in result.stderr

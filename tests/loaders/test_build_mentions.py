"""The build's mentions: warnings for open ones, errors for stale or unknown dismissals."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pyarrow.parquet as pq

from loaders.build import build
from loaders.paths import ROOT
from loaders.publish import resolve
from tests.conftest import FIXTURES


def _good(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURES / "good", data)
    return data


def test_open_mentions_are_warnings_and_the_build_succeeds(tmp_path):
    data = _good(tmp_path)
    (data / "dismissed.yaml").unlink()
    warnings = []
    counts = build(data, tmp_path / "out", warn=warnings.append)
    assert counts["mentions"] == 9
    assert len(warnings) == 4
    assert warnings[0].startswith("mfa2025: open mention «2025 жылғы 20 қараша» (date)")
    sexual = next(w for w in warnings if "12,5%" in w)
    assert sexual.endswith("proposed indicator CRIME_SEXUAL_VS_MINORS_CHANGE")
    rows = pq.read_table(resolve(tmp_path / "out") / "mentions.parquet").to_pylist()
    assert sorted(r["text"] for r in rows if r["coverage"] == "open") == [
        "12,5%",
        "18 жасқа",
        "2025 жылғы 20 қараша",
        "MICS-2024",
    ]


def test_the_cli_prints_open_mentions_on_stderr_and_exits_0(tmp_path):
    data = _good(tmp_path)
    (data / "dismissed.yaml").unlink()
    result = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--data-dir", str(data), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "warning: karin: open mention «MICS-2024» (identifier 2024)" in result.stderr
    assert "9 mentions" in result.stdout


def test_the_good_fixture_has_no_open_mention(tmp_path):
    warnings = []
    build(_good(tmp_path), tmp_path / "out", warn=warnings.append)
    assert warnings == []


def test_a_dismissal_of_an_unknown_source_is_an_error(tmp_path):
    data = _good(tmp_path)
    with open(data / "dismissed.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {source: nowhere, text: '1', reason: x}\n")
    result = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--data-dir", str(data), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "dismissed.yaml: entry #5 (nowhere «1»): unknown source nowhere" in result.stderr


def test_a_dismissal_without_a_reason_is_refused(tmp_path):
    data = _good(tmp_path)
    with open(data / "dismissed.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {source: karin, text: '30%'}\n")
    result = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--data-dir", str(data), "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "dismissed.yaml: entry #5: reason: Field required" in result.stderr

"""Each broken input: exit 1, a message naming file, entry and reason, tables untouched.

The corpus is tests/fixtures/broken/ (see tests/broken_cases.py): each case turns a copy of
tests/fixtures/good/ into a broken data folder; its expect.txt lists the fragments the error
output must contain. The good tables are built once per module; each case runs the command
line in-process (`loaders.__main__.main`): the same code, exit code and stderr, without a
Python start per case. Two cases run as a real subprocess, for the exit status and stderr.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.__main__ import main
from loaders.build import build
from loaders.paths import ROOT
from loaders.publish import resolve
from tests.broken_cases import CASES, GOOD, expected, make_case


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the tables, their versions and pointer) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def good_tables(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("good") / "out"
    build(GOOD, out)
    return out


@pytest.fixture
def last_good(tmp_path, good_tables) -> Path:
    """A private copy of the good tables for one case to (fail to) overwrite."""
    out = tmp_path / "tables" / "out"
    shutil.copytree(good_tables, out, symlinks=True)
    return out


def run_build(data: Path, out: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["build", "--data-dir", str(data), "--out", str(out), *extra])
    return code, capsys.readouterr().err


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40


def test_the_good_fixture_builds(good_tables):
    assert {"observations.parquet", "events.parquet"} <= {p.name for p in good_tables.rglob("*")}


@pytest.mark.parametrize("case", CASES)
def test_broken_input_fails_loudly_and_keeps_the_last_good_tables(
    tmp_path, last_good, capsys, case
):
    data = make_case(case, tmp_path / "data")
    before = snapshot(last_good.parent)

    code, stderr = run_build(data, last_good, capsys)

    assert code == 1
    for fragment in expected(case):
        assert fragment in stderr, f"{fragment!r} not in:\n{stderr}"
    assert "Traceback" not in stderr
    assert snapshot(last_good.parent) == before
    assert not list(last_good.parent.glob(".build-*")), "staging folder left behind"


@pytest.mark.parametrize("case", ["empty_figures", "source_symlink_out"])
def test_the_command_line_exits_1_with_the_problems_on_stderr(tmp_path, last_good, case):
    data = make_case(case, tmp_path / "data")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "loaders",
            "build",
            "--data-dir",
            str(data),
            "--out",
            str(last_good),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert all(fragment in result.stderr for fragment in expected(case)), result.stderr
    assert "left unchanged" in result.stderr


def test_no_error_tells_anything_of_a_file_outside_sources(tmp_path, last_good, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("the password is hunter2\n", encoding="utf-8")
    digest = hashlib.sha256(secret.read_bytes()).hexdigest()
    for case in ("source_symlink_out", "source_absolute_path", "source_dotdot_path"):
        data = make_case(case, tmp_path / case)
        manifest = (data / "sources.yaml").read_text(encoding="utf-8")
        link = data / "sources" / "passwd.txt"
        if link.is_symlink():
            link.unlink()
            link.symlink_to(secret)
        else:
            manifest = manifest.replace("/etc/passwd", str(secret)).replace(
                "../../../../../../etc/passwd", f"../../{secret.name}"
            )
        (data / "sources.yaml").write_text(manifest, encoding="utf-8")
        _, stderr = run_build(data, last_good, capsys)
        assert digest not in stderr and "hunter2" not in stderr, stderr


def test_a_shrinking_build_passes_when_told_so(tmp_path, last_good, capsys):
    data = make_case("shrinks_observations", tmp_path / "data")
    code, stderr = run_build(data, last_good, capsys, "--allow-shrink")
    assert code == 0, stderr
    assert json.loads((resolve(last_good) / "build.json").read_text())["rows"]["observations"] == 1


def test_all_errors_are_reported_not_just_the_first(tmp_path, last_good, capsys):
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    figures = (data / "figures.yaml").read_text(encoding="utf-8")
    figures = figures.replace("value: 7\n", "value: 8\n").replace("value: 50\n", "value: 250\n")
    (data / "figures.yaml").write_text(figures, encoding="utf-8")
    code, stderr = run_build(data, last_good, capsys)
    assert code == 1
    assert "id LAWS" in stderr and "id FUND" in stderr

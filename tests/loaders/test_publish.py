"""The tables are published as one unit: readers see the old set or the new one, never a mix,
at any point of a kill (loaders/publish.py).

The build is killed with SIGKILL at each named step of the publication (KZCR_TEST_KILL_AT:
the build kills itself exactly there, between two renames where no timer could aim) and at
spread-out moments of a whole run; after every kill a reader must find a whole, readable
set whose tables agree with its build.json, equal to the last good set or the new one.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dashboard.tables import current_tables, has_tables, read_tables
from loaders.build import build, is_stale
from loaders.paths import ROOT
from loaders.publish import KILL_ENV, POINTER, resolve
from tests.broken_cases import GOOD

STEPS = [
    "wrote observations",
    "wrote sources",
    "wrote mentions",
    "staged",
    "renamed",
    "linked",
    "switched",
    "cleaning",
    "cleaned",
]


def _smaller(tmp_path: Path) -> Path:
    """The good folder without one figure: a valid set that differs in rows from the good one."""
    data = tmp_path / "smaller"
    shutil.copytree(GOOD, data)
    figures = data / "figures.yaml"
    text = figures.read_text(encoding="utf-8")
    start = text.index("  - id: CRIME")
    figures.write_text(text[:start] + text[text.index("  - id: FUND") :], encoding="utf-8")
    return data


def _build_process(data: Path, out: Path, kill_at: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != KILL_ENV}
    if kill_at:
        env[KILL_ENV] = kill_at
    command = [sys.executable, "-m", "loaders", "build", "--data-dir", str(data), "--out", str(out)]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _killed_at(step: str, data: Path, out: Path) -> bool:
    """Build in a forked copy of this process (no interpreter start), told to die at `step`."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.environ[KILL_ENV] = step
            build(data, out, warn=lambda message: None)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_the_command_line_dies_at_the_named_step(published):
    data, out, old = published
    process = _build_process(data, out, kill_at="linked")
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()
    assert whole_set(out) == old


def whole_set(out: Path) -> dict[str, int]:
    """What a reader sees: every table readable, its row counts those of its own build.json."""
    assert has_tables(out)
    version = resolve(out)
    rows = json.loads((version / "build.json").read_text(encoding="utf-8"))["rows"]
    found = {p.stem: pq.read_metadata(p).num_rows for p in version.glob("*.parquet")}
    assert found == rows, f"a mixed set in {version}: {found} != {rows}"
    tables = read_tables(out)
    assert tables.observations.num_rows == rows["observations"]
    return rows


@pytest.fixture
def published(tmp_path) -> tuple[Path, Path, dict[str, int]]:
    out = tmp_path / "out"
    build(GOOD, out)
    return _smaller(tmp_path), out, whole_set(out)


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_at_each_step_leaves_one_whole_set(published, step):
    data, out, old = published
    build(GOOD, out, allow_shrink=True)  # two versions, so the clean-up has one to remove
    assert _killed_at(step, data, out)

    seen = whole_set(out)
    new = {**old, "observations": old["observations"] - 1}
    assert seen in (old, {**new, "mentions": seen["mentions"]})
    assert seen == old if STEPS.index(step) < STEPS.index("switched") else seen != old
    # The next build clears what the killed one left and publishes normally.
    build(data, out)
    assert whole_set(out)["observations"] == new["observations"]
    assert not list(out.glob(".build-*")) and not list(out.glob(f".{POINTER}-*"))
    assert len(list(out.glob("v-*"))) <= 2


def test_timed_kills_anywhere_in_a_run_leave_one_whole_set(published):
    data, out, _ = published
    for delay in (0.2, 0.4, 0.55, 0.7, 0.85, 1.0):
        process = _build_process(data if delay * 20 % 2 else GOOD, out)
        time.sleep(delay)
        process.kill()
        process.wait(timeout=60)
        whole_set(out)


def test_a_reader_holding_the_old_version_keeps_reading_it(published):
    data, out, old = published
    before = resolve(out)
    build(data, out)
    assert resolve(out) != before and before.is_dir()  # the replaced version is kept
    assert read_tables(before).observations.num_rows == old["observations"]
    assert current_tables(out).observations.num_rows == old["observations"] - 1


def test_a_plain_folder_of_tables_is_read_as_it_is(published, tmp_path):
    _, out, old = published
    plain = tmp_path / "plain"
    shutil.copytree(resolve(out), plain)
    assert resolve(plain) == plain
    assert read_tables(plain).observations.num_rows == old["observations"]


def test_an_older_build_s_loose_tables_are_replaced_by_the_pointer(published, tmp_path):
    _, out, old = published
    legacy = tmp_path / "legacy"
    shutil.copytree(resolve(out), legacy)
    assert not is_stale(GOOD, legacy)
    build(_smaller(tmp_path / "x"), legacy)
    assert sorted(p.name for p in legacy.iterdir() if not p.name.startswith(".")) == [
        POINTER,
        resolve(legacy).name,
    ]
    assert read_tables(legacy).observations.num_rows == old["observations"] - 1

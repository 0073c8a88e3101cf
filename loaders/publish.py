"""Publishing the built tables as one unit, and finding the published set.

A build writes its tables into a staging folder inside the output folder, renames it to an
immutable version folder `v-<time>-<digest>`, then switches the pointer `current` (a relative
symbolic link) to it with one atomic rename. A reader resolves the pointer once per read and
reads every table from that one version folder, so at any point of a kill it sees the old set
or the new set, never a mix. The version just replaced is kept for readers still reading it;
older ones and what killed builds left behind are removed by the next build, under a lock.

A folder without a pointer (a plain folder of tables, as `benchmarks.synthetic` writes, or
tables of an older build) is read as it is.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

POINTER = "current"
VERSION_PREFIX = "v-"
STAGING_PREFIX = ".build-"
LOCK = ".lock"
# Versions kept after a switch: the new one and the one it replaced.
KEEP = 2
# Tests set this to a step name (see `step`): the build kills itself with SIGKILL there.
KILL_ENV = "KZCR_TEST_KILL_AT"


def step(name: str) -> None:
    """A named point of the publication; the kill test makes the build die exactly here."""
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def resolve(folder: Path) -> Path:
    """The folder holding the current set of tables: the pointer's version, else `folder`."""
    try:
        target = os.readlink(folder / POINTER)
    except OSError:
        return folder
    return folder / target


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    with open(out_dir / LOCK, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _versions(out_dir: Path) -> list[Path]:
    """Version folders, oldest first (their names start with the time they were made)."""
    found = [p for p in out_dir.glob(f"{VERSION_PREFIX}*") if p.is_dir() and not p.is_symlink()]
    return sorted(found, key=lambda p: p.name)


def _remove_leftovers(out_dir: Path) -> None:
    """Staging folders and half-made pointers of killed builds (the lock is ours)."""
    for path in out_dir.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in out_dir.glob(f".{POINTER}-*"):
        path.unlink(missing_ok=True)


def _remove_old(out_dir: Path, current: Path, files: list[str]) -> None:
    """Versions older than the last KEEP, and loose tables of a build before versions."""
    keep = {current.name, *(p.name for p in _versions(out_dir)[-KEEP:])}
    for version in _versions(out_dir):
        if version.name not in keep:
            step("cleaning")
            shutil.rmtree(version, ignore_errors=True)
    for name in files:
        (out_dir / name).unlink(missing_ok=True)


def publish(out_dir: Path, write: Callable[[Path], list[str]]) -> Path:
    """`write(staging)` writes the set and returns its file names; then switch to it.

    Returns the new version folder.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        _remove_leftovers(out_dir)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        try:
            files = write(staging)
            step("staged")
            version = out_dir / f"{VERSION_PREFIX}{time.time_ns()}-{_digest(staging)}"
            os.rename(staging, version)
            step("renamed")
            link = out_dir / f".{POINTER}-{os.getpid()}"
            link.unlink(missing_ok=True)
            os.symlink(version.name, link)
            step("linked")
            os.replace(link, out_dir / POINTER)
            step("switched")
            _remove_old(out_dir, version, files)
            step("cleaned")
            return version
        finally:
            shutil.rmtree(staging, ignore_errors=True)

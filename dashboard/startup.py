"""The build at start, shared by the pages and the API (no Streamlit here).

`serve.py` starts it in a thread as the server starts (`begin`), so the tables are built (or
found up to date) before the first page is answered: a page's first run waits for that build
(`ensure`) instead of starting its own, and `/healthz` says "building" meanwhile (`building`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from indicators.problems import BuildFailed
from loaders.build import build, is_stale
from loaders.paths import builds_at_start, data_dir, tables_dir


@dataclass(frozen=True)
class BuildStatus:
    built: bool
    problems: tuple[str, ...] = ()


def build_if_stale() -> BuildStatus:
    """Build when tables are missing or older than their inputs.

    With only a tables folder given (e.g. generated data), nothing is built.
    On failure the problems are returned and the last good tables stay in place.
    """
    out = tables_dir()
    if not builds_at_start() or not is_stale(data_dir(), out):
        return BuildStatus(built=False)
    try:
        build(data_dir(), out)
    except BuildFailed as failed:
        return BuildStatus(built=False, problems=tuple(str(p) for p in failed.problems))
    except Exception as err:  # a defect, not a named input problem: still the banner, no crash
        return BuildStatus(built=False, problems=(f"{data_dir()}: (build): {err!r}"[:2000],))
    return BuildStatus(built=True)


class _StartBuild(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="build-at-start", daemon=True)
        self.status = BuildStatus(built=False)

    def run(self) -> None:
        self.status = build_if_stale()


_lock = threading.Lock()
_started: list[_StartBuild] = []


def begin() -> None:
    """Start the build at start in the background, once per process."""
    with _lock:
        if not _started:
            _started.append(_StartBuild())
            _started[0].start()


def building() -> bool:
    """True while the build at start runs."""
    return bool(_started) and _started[0].is_alive()


def ensure() -> BuildStatus:
    """The outcome of the build at start (waiting for it), or of a build run here and now
    when none was started (`streamlit run app.py`, tests)."""
    with _lock:
        started = _started.pop() if _started else None
    if started is None:
        return build_if_stale()
    started.join()
    return started.status

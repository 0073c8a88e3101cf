"""Cached readers of the built tables, and the build at start.

A rerun costs one os.stat per table file: the cache key is the files' size and
modification time, so a rebuild is picked up without a restart, and the tables
themselves are shared (never copied) between reruns and sessions.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from dashboard.tables import Fingerprint, Tables, has_tables, tables_at
from dashboard.tables import current_fingerprint as fingerprint_of
from indicators.problems import BuildFailed
from loaders.build import build, is_stale
from loaders.paths import builds_at_start, data_dir, tables_dir


@dataclass(frozen=True)
class BuildStatus:
    built: bool
    problems: tuple[str, ...] = ()


@st.cache_resource(show_spinner=False)
def ensure_tables() -> BuildStatus:
    """Once per process: build when tables are missing or older than their inputs.

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


@st.cache_resource(max_entries=2, show_spinner=False)
def _tables_for(fp: Fingerprint) -> Tables:
    # The process-wide copy the API reads too: one copy of the tables in memory.
    return tables_at(fp)


def current_fingerprint() -> Fingerprint:
    """The published version's fingerprint: the pointer is resolved once per rerun."""
    return fingerprint_of(tables_dir())


def tables_available() -> bool:
    return has_tables(tables_dir())


def _current(call):
    """`call(fingerprint)` on the published version; once more on a newer one if that version
    was removed while it was being read (two rebuilds in between)."""
    try:
        return call(current_fingerprint())
    except FileNotFoundError:
        return call(current_fingerprint())


def tables() -> Tables:
    """The current tables, read from disk only when the files changed."""
    return _current(_tables_for)


_VIEWS: dict[str, object] = {}


def _register(fn) -> str:
    name = f"{fn.__module__}.{fn.__qualname__}"
    _VIEWS.setdefault(name, fn)
    return name


# Room for every per-source and per-year entry of one data version: a page that asks for more
# entries than the cache holds (the Sources page asks three per source) would miss on every rerun.
@st.cache_data(max_entries=4096, show_spinner=False)
def _run_view(name: str, fp: Fingerprint, *args):
    return _VIEWS[name](_tables_for(fp), *args)


@st.cache_resource(max_entries=512, show_spinner=False)
def _run_shared(name: str, fp: Fingerprint, *args):
    return _VIEWS[name](_tables_for(fp), *args)


def view(fn, *args):
    """`fn(tables, *args)`, computed once per data version and arguments.

    For small results (frames, cards): each caller gets its own copy.
    """
    return _current(lambda fp: _run_view(_register(fn), fp, *args))


def shared(fn, *args):
    """Like `view`, for large results (Arrow tables) that are shared, never copied."""
    return _current(lambda fp: _run_shared(_register(fn), fp, *args))

"""Cached readers of the built tables, and the build at start.

A rerun costs one os.stat per table file: the cache key is the files' size and
modification time, so a rebuild is picked up without a restart, and the tables
themselves are shared (never copied) between reruns and sessions.
"""

from __future__ import annotations

import streamlit as st

from dashboard import startup
from dashboard.startup import BuildStatus
from dashboard.tables import Fingerprint, Tables, has_tables, tables_at
from dashboard.tables import current_fingerprint as fingerprint_of
from loaders.paths import tables_dir


@st.cache_resource(show_spinner=False)
def ensure_tables() -> BuildStatus:
    """Once per process: the build at start's outcome (dashboard/startup.py)."""
    return startup.ensure()


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

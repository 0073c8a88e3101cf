"""Reading the built tables from a folder (no Streamlit here: the API and tests use it too)."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.columns import narrow_dictionaries
from indicators.codes import OPTIONAL_TABLES, TABLE_NAMES
from loaders.paths import BUILD_INFO
from loaders.publish import resolve

OPTIONAL = OPTIONAL_TABLES
REQUIRED = tuple(name for name in TABLE_NAMES if name not in OPTIONAL)

Fingerprint = tuple[str, tuple[tuple[str, int, int], ...]]


@dataclass(frozen=True)
class Tables:
    """The observations stay an Arrow table (large); the small tables are pandas frames."""

    observations: pa.Table
    indicators: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame | None
    fingerprint: Fingerprint
    # The region map's outlines (loaders/shapes.py), when the tables have them.
    shapes: pd.DataFrame | None = None
    # The official datasets' words for their codes (labels.parquet), when there is one.
    labels: pd.DataFrame | None = None
    # What `prepared` made for these tables; a new Tables object (a rebuild, or
    # dataclasses.replace in tests) starts with an empty one.
    memo: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def prepared(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """`make()` once per Tables object and key: slices, indexes and aggregates that every
        rerun, session and API request of this data version shares (never copied)."""
        try:
            return self.memo[key]
        except KeyError:
            value = self.memo[key] = make()
            return value


def fingerprint(folder: Path) -> Fingerprint:
    """Size and modification time of each table file of `folder` (a version folder or a plain
    folder of tables; see `loaders.publish.resolve`): cheap to take on every rerun."""
    stats = []
    for name in REQUIRED + OPTIONAL:
        path = folder / f"{name}.parquet"
        try:
            st = os.stat(path)
        except FileNotFoundError:
            continue
        stats.append((name, st.st_size, st.st_mtime_ns))
    return str(folder), tuple(stats)


def data_version(tables: Tables) -> tuple[str, str | None]:
    """The tables' version for a reader: the build's inputs fingerprint (its first 12 hex
    digits) and the build's time, from build.json; tables without one (generated sets) are
    named by a digest of their files' sizes and times."""

    def make() -> tuple[str, str | None]:
        try:
            info = json.loads((Path(tables.fingerprint[0]) / BUILD_INFO).read_text("utf-8"))
            return str(info["inputs"])[:12], info.get("built_at")
        except (OSError, ValueError, KeyError, TypeError):
            files = repr(tables.fingerprint[1]).encode()
            return hashlib.sha256(files).hexdigest()[:12], None

    return tables.prepared(("data_version",), make)


def current_fingerprint(folder: Path) -> Fingerprint:
    """The fingerprint of the set `folder` publishes now: its pointer resolved once."""
    return fingerprint(resolve(folder))


def has_tables(folder: Path) -> bool:
    version = resolve(folder)
    return all((version / f"{name}.parquet").is_file() for name in REQUIRED)


def read_tables(folder: Path) -> Tables:
    """Read every table of `folder` once, all from one published version."""
    folder = resolve(folder)
    fp = fingerprint(folder)

    def frame(name: str) -> pd.DataFrame:
        return pq.read_table(folder / f"{name}.parquet").to_pandas()

    mentions_file, shapes_file = folder / "mentions.parquet", folder / "shapes.parquet"
    labels_file = folder / "labels.parquet"
    return Tables(
        observations=narrow_dictionaries(pq.read_table(folder / "observations.parquet")),
        indicators=frame("indicators").set_index("code", drop=False),
        sources=frame("sources").set_index("source_id", drop=False),
        events=frame("events").set_index("event_id", drop=False),
        mentions=pq.read_table(mentions_file).to_pandas() if mentions_file.is_file() else None,
        fingerprint=fp,
        shapes=pq.read_table(shapes_file).to_pandas() if shapes_file.is_file() else None,
        labels=pq.read_table(labels_file).to_pandas() if labels_file.is_file() else None,
    )


# The last version read: one copy of the tables in memory, shared by pages and API alike.
_CURRENT: dict[str, Tables] = {}
_CURRENT_LOCK = threading.Lock()
_ATTEMPTS = 3


def tables_at(fp: Fingerprint) -> Tables:
    """The tables of the version `fp` names, read once and shared by everything in the process.

    Raises FileNotFoundError when that version has been removed meanwhile (a reader that
    resolved an old pointer): ask again with a fresh fingerprint (`current_tables` does).
    """
    found = _CURRENT.get(fp[0])
    if found is not None and found.fingerprint == fp:
        return found
    with _CURRENT_LOCK:  # one reader at a time: a large table is never read twice at once
        found = _CURRENT.get(fp[0])
        if found is None or found.fingerprint != fp:
            _CURRENT.clear()  # let the old version go before reading the new one
            found = read_tables(Path(fp[0]))
            if found.fingerprint != fp:  # changed while being read: a plain folder rewritten
                raise FileNotFoundError(f"{fp[0]} changed while it was read")
            _CURRENT[fp[0]] = found
        return found


def current_tables(folder: Path) -> Tables:
    """The tables `folder` publishes now (pointer resolved once per call), read once per
    version and shared by everything in the process: pages and API alike."""
    for attempt in range(_ATTEMPTS):
        try:
            return tables_at(current_fingerprint(folder))
        except FileNotFoundError:
            if attempt == _ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")

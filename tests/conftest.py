"""Shared fixtures: the real seed data built once per session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.build import build
from loaders.paths import DATA_DIR, ROOT
from loaders.publish import resolve

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_tables(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """data/ built into a fresh folder: the tables every app and extract test reads."""
    out = tmp_path_factory.mktemp("tables")
    build(DATA_DIR, out)
    return resolve(out)  # the published version: a plain folder of tables


@pytest.fixture(scope="session")
def project_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def stated_tables(seed_tables: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed tables with the stated figures alone (no official series): one area, the
    country, as the data was before the official series came in."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    out = tmp_path_factory.mktemp("stated")
    for name, column, keep in (
        ("observations", "origin", "stated"),
        ("indicators", "origin", "stated"),
        ("sources", "kind", None),
        ("events", None, None),
        ("mentions", None, None),
    ):
        table = pq.read_table(seed_tables / f"{name}.parquet")
        if column == "origin":
            table = table.filter(pc.equal(table[column].cast("string"), keep))
        elif column == "kind":
            table = table.filter(pc.not_equal(table[column], "dataset"))
        pq.write_table(table, out / f"{name}.parquet")
    return out

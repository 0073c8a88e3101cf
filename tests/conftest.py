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

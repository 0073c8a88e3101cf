"""Where the project keeps its inputs and built tables."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
# The code whose change makes the built tables stale (`build --if-stale`).
CODE_DIRS = (ROOT / "loaders", ROOT / "finder", ROOT / "indicators")
DEFAULT_OUT = DATA_DIR / "processed"
# The build's record beside the tables: inputs fingerprint, time, row counts.
BUILD_INFO = "build.json"

# The app and the API read their tables from this folder when the variable is set.
TABLES_ENV = "KZCR_TABLES_DIR"
# The app builds its tables from this input folder (default data/) when they are stale.
DATA_ENV = "KZCR_DATA_DIR"


def tables_dir() -> Path:
    return Path(os.environ.get(TABLES_ENV) or DEFAULT_OUT)


def data_dir() -> Path:
    return Path(os.environ.get(DATA_ENV) or DATA_DIR)


def builds_at_start() -> bool:
    """The app builds its own tables, unless it was pointed at a ready-made folder only."""
    return not os.environ.get(TABLES_ENV) or bool(os.environ.get(DATA_ENV))

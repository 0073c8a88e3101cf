"""Where the project keeps its inputs and built tables."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REGISTRY_DIR = ROOT / "indicators"
LOADERS_DIR = ROOT / "loaders"
DEFAULT_OUT = DATA_DIR / "processed"

# The app and the API read their tables from this folder when the variable is set.
TABLES_ENV = "KZCR_TABLES_DIR"


def tables_dir() -> Path:
    return Path(os.environ.get(TABLES_ENV) or DEFAULT_OUT)

"""The dataset formats, by the name `data/datasets.yaml` gives them (`format:`)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from loaders.series import opensdg, sdmx_csv, unicef_dw

FORMATS: dict[str, ModuleType] = {
    "opensdg": opensdg,
    "sdmx-csv": sdmx_csv,
    "unicef-dw": unicef_dw,
}


def sniff(header: list[str]) -> str | None:
    """The name of the first format that recognises a file by its header row, or None."""
    for name, module in FORMATS.items():
        if module.sniff(header):
            return name
    return None


def read_header(path: Path) -> list[str]:
    """The first line of a CSV file split on commas (a BOM and quotes removed)."""
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        first = handle.readline().rstrip("\r\n")
    return [cell.strip().strip('"') for cell in first.split(",")]

"""Load and cross-check the registry files (`units.yaml`, `registry.yaml`) of a folder."""

from __future__ import annotations

from pathlib import Path

from indicators.inputs import find_duplicates, load_entries, read_yaml
from indicators.problems import BuildFailed, Problem
from indicators.registry import HERE, Indicator, SeriesAddition, Unit

REGISTRY_DIR = HERE


def collect_registry(registry_dir: Path, problems: list[Problem]) -> tuple[dict, dict]:
    """Units and indicators by code; every problem found is appended to `problems`."""
    units_file, registry_file = registry_dir / "units.yaml", registry_dir / "registry.yaml"
    units = load_entries(units_file, "units", Unit, problems)
    indicators = load_entries(registry_file, "indicators", Indicator, problems)
    find_duplicates(units_file, [u.code for u in units], problems)
    find_duplicates(registry_file, [i.code for i in indicators], problems)
    unit_codes = {u.code for u in units}
    for ind in indicators:
        if ind.unit not in unit_codes:
            problems.append(
                Problem(str(registry_file), f"code {ind.code}", f"unknown unit {ind.unit}")
            )
    return {u.code: u for u in units}, {i.code: i for i in indicators}


def load_registry(registry_dir: Path = REGISTRY_DIR) -> tuple[dict, dict]:
    """Units and indicators by code; raises BuildFailed listing every problem."""
    problems: list[Problem] = []
    units, indicators = collect_registry(registry_dir, problems)
    if problems:
        raise BuildFailed(problems)
    return units, indicators


def collect_series_additions(
    registry_dir: Path, problems: list[Problem]
) -> dict[str, SeriesAddition]:
    """The registry's additions to official indicators (`series:`, optional) by code."""
    registry_file = registry_dir / "registry.yaml"
    document = read_yaml(registry_file, [])
    if not isinstance(document, dict) or "series" not in document:
        return {}
    additions = load_entries(registry_file, "series", SeriesAddition, problems)
    find_duplicates(registry_file, [a.code for a in additions], problems)
    return {a.code: a for a in additions}

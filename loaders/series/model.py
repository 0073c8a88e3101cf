"""What a reader of an official dataset file hands to the build (see docs/data-model.md).

A format is a module with `sniff(header: list[str]) -> bool` and
`read(path: Path, context: ReadContext) -> SeriesRead`; `formats.py` lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from indicators.areas import Area
from indicators.codes import TOTAL
from indicators.problems import Problem
from indicators.registry import LocalText
from loaders.models import DatasetEntry

# The breakdowns an observation has beside its area, as SeriesRow fields (SDMX codes).
BREAKDOWNS = ("sex", "age", "urbanisation", "education_level", "wealth_quintile")


@dataclass(frozen=True)
class SeriesRow:
    """One value of an official series, as read from one line of a dataset file."""

    indicator: str
    ref_area: str  # KZ, or an ISO 3166-2:KZ code of indicators/areas.yaml
    time_period: str  # SDMX form: 2020, 2020-Q3, 2020-06, 2019/2020
    value: float
    line: int  # 1-based line of the file
    line_text: str  # that line, verbatim (without its line break)
    sex: str = TOTAL
    age: str = TOTAL
    urbanisation: str = TOTAL
    education_level: str = TOTAL
    wealth_quintile: str = TOTAL
    unit: str = ""  # empty when the file gives none: the build takes the registry's
    obs_status: str = "A"
    lower_bound: float | None = None
    upper_bound: float | None = None
    note: str | None = None


def observation_key(row: SeriesRow, unit: str) -> tuple:
    """What makes two rows the same observation: indicator, area, every breakdown, unit and
    period (the build's conflicting duplicates, an SDMX file's duplicate keys)."""
    return (
        row.indicator,
        row.ref_area,
        *(getattr(row, name) for name in BREAKDOWNS),
        unit,
        row.time_period,
    )


@dataclass(frozen=True)
class SeriesIndicator:
    """An indicator as the dataset names it (the registry may add to it)."""

    code: str
    name: LocalText
    definition: LocalText | None = None
    sdg_target: str | None = None


# Breakdowns whose codes the app puts in words itself (dashboard/formatting.py: sex, age):
# a dataset's label of theirs is never shown, so a missing one is no loss.
WORDED_BY_APP = ("sex", "age")


@dataclass(frozen=True)
class LabelGap:
    """A label the dataset gives in some languages only: the build shows another language's
    in its place, and warns where the reader would see it (`loaders/series/load.py`)."""

    line: int  # the first line that uses the code
    field: str  # "indicator" (a name), or the SeriesRow field of the code ("unit", ...)
    code: str
    missing: tuple[str, ...]  # the languages without a label of their own
    shown: str  # the language whose label stands in
    where: str  # the dataset's list that lacks it (translations/*/SERIES.yml)


@dataclass
class SeriesRead:
    """Everything read from one file: its rows and every problem met."""

    rows: list[SeriesRow] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    # Rows left out on purpose (another country's, a blank line ...): reason -> count.
    skipped: dict[str, int] = field(default_factory=dict)
    # The indicators of the rows, named by the dataset.
    indicators: dict[str, SeriesIndicator] = field(default_factory=dict)
    # Labels of the codes the rows use: breakdown ("sex", "unit", ...) -> code -> text.
    labels: dict[str, dict[str, LocalText]] = field(default_factory=dict)
    # Labels missing in a language, each shown in another one's words.
    label_gaps: list[LabelGap] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


@dataclass(frozen=True)
class ReadContext:
    """What a reader may need besides its file."""

    dataset: DatasetEntry
    folder: Path  # data/series/<dataset id>/
    areas: tuple[Area, ...]

    def source_id(self, path: Path) -> str:
        """The id of a dataset file in sources.parquet: `<dataset>/<file name>`."""
        return f"{self.dataset.id}/{path.name}"

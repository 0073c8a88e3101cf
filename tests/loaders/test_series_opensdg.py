"""The Open SDG reader on the real snapshot in data/series/opensdg-kz/."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from indicators.areas import area_codes, load_areas
from loaders.models import DatasetEntry
from loaders.paths import DATA_DIR
from loaders.series import formats, opensdg
from loaders.series.model import ReadContext

FOLDER = DATA_DIR / "series" / "opensdg-kz"
FILES = sorted(FOLDER.glob("indicator_*.csv"))


@pytest.fixture(scope="module")
def context() -> ReadContext:
    raw = yaml.safe_load((DATA_DIR / "datasets.yaml").read_text(encoding="utf-8"))
    entry = next(DatasetEntry(**d) for d in raw["datasets"] if d["id"] == "opensdg-kz")
    return ReadContext(entry, FOLDER, load_areas())


def _rows_with_a_value(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index("Value")
    return sum(1 for r in rows[1:] if len(r) > at and r[at].strip())


def test_the_snapshot_has_its_18_files():
    assert len(FILES) == 18


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_row_with_a_value_is_read(path, context):
    assert formats.sniff(formats.read_header(path)) == "opensdg"
    read = opensdg.read(path, context)
    assert read.errors == []
    assert len(read.rows) == _rows_with_a_value(path)
    assert {r.ref_area for r in read.rows} <= set(area_codes())
    lines = path.read_text(encoding="utf-8").splitlines()
    for row in read.rows:
        assert lines[row.line - 1] == row.line_text
    for code in {r.indicator for r in read.rows}:
        names = read.indicators[code].name
        assert all(names.get(lang) for lang in ("kk", "ru", "en")), code


def test_under_five_mortality_2019_national(context):
    read = opensdg.read(FOLDER / "indicator_3-2-1.csv", context)
    national = [
        r
        for r in read.rows
        if r.time_period == "2019"
        and r.ref_area == "KZ"
        and r.sex == "_T"
        and r.urbanisation == "_T"
    ]
    assert len(national) == 1
    line = national[0].line_text
    assert line.startswith("2019,PER_1000_LIVE_BIRTHS,_T,,,")
    assert national[0].value == float(line.rsplit(",", 1)[1])
    assert national[0].indicator == "SDG_3_2_1" and national[0].unit == "PER_1000_LIVE_BIRTHS"


def test_series_are_indicators_of_their_own(context):
    read = opensdg.read(FOLDER / "indicator_5-3-1.csv", context)
    assert {r.indicator for r in read.rows} == {
        "SDG_5_3_1_SP_DYN_MRBF15",
        "SDG_5_3_1_SP_DYN_MRBF18",
    }


def test_south_kazakhstan_after_2017_is_kept_with_a_warning(context):
    read = opensdg.read(FOLDER / "indicator_4-1-1.csv", context)
    assert any("KZONT (KZ-YUZ) did not exist in 2018" in str(w) for w in read.warnings)
    assert any(r.ref_area == "KZ-YUZ" and r.time_period == "2018" for r in read.rows)

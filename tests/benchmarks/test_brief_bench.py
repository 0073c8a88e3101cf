"""The PDF brief's benchmark: its synthetic official series and one measured brief."""

from __future__ import annotations

import pyarrow.compute as pc

from benchmarks.brief import measure, with_series
from dashboard.selection import Selection
from dashboard.tables import read_tables
from dashboard.views.brief import brief_content
from indicators.areas import area_codes


def test_the_synthetic_series_are_official_and_drawn_with_their_regions(stated_tables):
    # the stated figures with the synthetic series only (the snapshot's official series aside)
    tables = with_series(read_tables(stated_tables), 2)
    official = pc.sum(pc.equal(tables.observations["origin"], "official")).as_py()
    areas = len(area_codes())
    assert official == 2 * areas * 3 * 14  # series × areas × sexes × years
    series = brief_content(tables, Selection(year=2016), "en").series
    assert len(series) == 2
    assert all(len(s.trend) == 14 and len(s.ranking) == min(areas - 1, 24) for s in series)
    seconds, cpu, size, pages = measure(tables, Selection(year=2016), "en")
    assert seconds > 0 and cpu > 0 and 0 < size < 1_000_000 and pages >= 1

"""previous_obs_id: the latest earlier headline value of the same series and kind of period."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from benchmarks.synthetic import Shape, generate
from indicators.codes import NOT_STATED
from loaders.periods import parse_period
from loaders.previous import KEY, with_previous
from loaders.schemas import OBSERVATIONS


def reference(rows: list[dict]) -> list[str | None]:
    """The rule read literally, row by row, among the rows of the same series."""

    def kind(r: dict) -> tuple:
        start, end, text = r["period_start"], r["period_end"], r["time_period"]
        shape = (text.count("/"), len(text.split("/")[0]))
        return (*shape, start.month, start.day, end.month, end.day)

    def comparable(r: dict) -> bool:
        return r["is_headline"] and r["time_period"] != NOT_STATED and r["period_end"] is not None

    def series(r: dict) -> tuple:
        return (*(r[k] for k in KEY), kind(r))

    # Rows of the same key and kind of period, in table order: the rule compares only these
    # (quadratic within a series, so that the seed's 4 939 rows take well under a second).
    same: dict[tuple, list[dict]] = {}
    for r in rows:
        if comparable(r):
            same.setdefault(series(r), []).append(r)
    found = []
    for r in rows:
        if not comparable(r):
            found.append(None)
            continue
        earlier = [o for o in same[series(r)] if o["period_end"] < r["period_end"]]
        latest = max((o["period_end"] for o in earlier), default=None)
        found.append(
            next((o["obs_id"] for o in reversed(earlier) if o["period_end"] == latest), None)
        )
    return found


def row(obs_id: str, period: str, headline: bool = True, **key: str) -> dict:
    p = parse_period(period)
    base = dict.fromkeys(KEY, "_T") | {"indicator": "BIRTHS", "ref_area": "KZ"}
    return (
        base
        | key
        | {
            "obs_id": obs_id,
            "time_period": p.text,
            "period_start": p.start,
            "period_end": p.end,
            "is_headline": headline,
        }
    )


def previous_of(rows: list[dict]) -> dict[str, str | None]:
    table = with_previous(pa.Table.from_pylist(rows))
    return dict(zip(table["obs_id"].to_pylist(), table["previous_obs_id"].to_pylist(), strict=True))


def test_the_latest_earlier_value_of_the_same_kind_of_period():
    got = previous_of(
        [
            row("Y2016", "2016"),
            row("Y2014", "2014"),
            row("Y2015", "2015"),
            row("M2016", "2016-01/2016-10"),
            row("M2015", "2015-01/2015-10"),
            row("D2016", "2016-11-21"),
        ]
    )
    assert got == {
        "Y2016": "Y2015",
        "Y2014": None,
        "Y2015": "Y2014",
        "M2016": "M2015",
        "M2015": None,
        "D2016": None,
    }


def test_other_series_non_headlines_and_unstated_periods_are_never_previous():
    got = previous_of(
        [
            row("T2015", "2015"),
            row("F2015", "2015", sex="F"),
            row("A2015", "2015", ref_area="KZ-75"),
            row("U2015", "2015", urbanisation="U"),
            row("OLD2015", "2015", headline=False),
            row("LATE", "2016", headline=False),
            row("UNDATED", NOT_STATED),
            row("T2016", "2016"),
        ]
    )
    assert got["T2016"] == "T2015"
    assert got["LATE"] is None and got["UNDATED"] is None and got["OLD2015"] is None


def test_of_two_values_ending_on_the_same_earlier_day_the_last_stored_is_taken():
    got = previous_of([row("EVENT_A", "2015"), row("EVENT_B", "2015"), row("NOW", "2016")])
    assert got["NOW"] == "EVENT_B"
    assert got["EVENT_A"] is None and got["EVENT_B"] is None


def test_a_table_without_any_headline_value_has_no_previous_value():
    assert previous_of([row("A", "2015", headline=False)]) == {"A": None}


def test_the_seed_tables_follow_the_rule(seed_tables: Path):
    table = pq.read_table(seed_tables / "observations.parquet")
    assert table.schema.field("previous_obs_id").type == pa.string()
    assert table["previous_obs_id"].to_pylist() == reference(table.to_pylist())


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> pa.Table:
    folder = tmp_path_factory.mktemp("synthetic-previous")
    generate(folder, Shape(rows=3_000))
    return pq.read_table(folder / "observations.parquet")


def test_the_synthetic_generator_makes_the_same_column_as_the_build(synthetic: pa.Table):
    assert synthetic.schema == OBSERVATIONS
    expected = with_previous(synthetic.drop_columns(["previous_obs_id"]))["previous_obs_id"]
    assert synthetic["previous_obs_id"].to_pylist() == expected.to_pylist()
    assert synthetic["previous_obs_id"].to_pylist() == reference(synthetic.to_pylist())
    assert synthetic["previous_obs_id"].null_count < synthetic.num_rows

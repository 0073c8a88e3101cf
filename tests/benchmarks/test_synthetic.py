"""The generator writes complete table sets with the project's schemas."""

from __future__ import annotations

import pyarrow.compute as pc
import pytest

from benchmarks.synthetic import Shape, generate, parse_size
from dashboard.selection import distinct
from dashboard.tables import REQUIRED, read_tables
from indicators.areas import area_codes
from loaders.schemas import TABLES


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s1e4")
    counts = generate(folder, Shape(rows=10_000))
    return folder, counts


@pytest.fixture(scope="module")
def broken_down(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s4e5")
    generate(folder, Shape(rows=400_000))
    return read_tables(folder)


def test_every_table_has_its_schema(small):
    import pyarrow.parquet as pq

    folder, counts = small
    for name in REQUIRED:  # mentions.parquet is the finder's, and optional
        schema = TABLES[name]
        written = pq.read_table(folder / f"{name}.parquet")
        assert written.schema.equals(schema, check_metadata=False), name
    assert counts["observations"] == 10_000
    assert 200 <= counts["indicators"] <= 500  # a few hundred
    assert read_tables(folder).observations.num_rows == 10_000


def test_codes_and_references_hold(small):
    tables = read_tables(small[0])
    obs = tables.observations
    assert set(distinct(obs["indicator"])) <= set(tables.indicators["code"])
    assert set(distinct(obs["source_id"])) <= set(tables.sources["source_id"])
    assert set(distinct(obs["event_id"])) <= set(tables.events["event_id"])
    assert set(tables.events["source_id"]) <= set(tables.sources["source_id"])
    assert set(distinct(obs["unit"])) == set(tables.indicators["unit"]) & set(distinct(obs["unit"]))
    names = tables.indicators[["name_kk", "name_ru", "name_en"]]
    assert names.notna().all().all() and names.nunique().min() == len(names)


def test_each_quote_is_in_its_source_at_its_offsets(small):
    tables = read_tables(small[0])
    texts = tables.sources["text"].to_dict()
    for row in tables.observations.to_pylist():
        assert texts[row["source_id"]][row["quote_start"] : row["quote_end"]] == row["quote"]
    for event in tables.events.itertuples():
        assert texts[event.source_id][event.quote_start : event.quote_end] == event.quote


def test_one_headline_per_group(broken_down):
    obs = broken_down.observations
    keys = ["indicator", "ref_area", "sex", "age", "time_period", "event_id"]
    groups = obs.group_by(keys, use_threads=False).aggregate([("is_headline", "sum")])
    assert pc.all(pc.equal(groups["is_headline_sum"], 1)).as_py()
    assert pc.sum(pc.invert(obs["is_headline"])).as_py() > 0  # announced, estimated ... too


def test_breakdowns_by_region_sex_and_age_over_1990_2025(broken_down):
    obs = broken_down.observations
    assert set(distinct(obs["ref_area"])) == set(area_codes())  # KZ and the 20 regions
    assert set(distinct(obs["sex"])) == {"_T", "F", "M"}
    assert {"_T", "Y0T4", "Y5T9", "Y10T14", "Y15T17"} <= set(distinct(obs["age"]))
    assert distinct(obs["year"])[0] == 1990 and distinct(obs["year"])[-1] == 2025
    assert "not stated" in distinct(obs["time_period"])


def test_the_same_seed_gives_the_same_tables(small, tmp_path):
    again = tmp_path / "again"
    generate(again, Shape(rows=10_000))
    assert read_tables(again).observations.equals(read_tables(small[0]).observations)


@pytest.mark.parametrize(("text", "rows"), [("1e4", 10_000), ("10^6", 10**6), ("2500", 2500)])
def test_sizes_read_as_numbers(text, rows):
    assert parse_size(text) == rows

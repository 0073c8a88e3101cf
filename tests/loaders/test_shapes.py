"""The region map: data/maps.yaml and its GeoJSON file -> shapes.parquet, and the check of the
observations' areas against it."""

from __future__ import annotations

import json
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import shapely
from shapely.geometry import shape

from indicators.areas import COUNTRY, load_areas
from indicators.problems import Problem
from loaders.paths import DATA_DIR
from loaders.schemas import SHAPES
from loaders.shapes import MAPS_FILE, Span, _split, load_map, shapes_table, uncovered_areas

NEW_IN_2022 = {"KZ-10", "KZ-33", "KZ-62"}


@pytest.fixture(scope="module")
def real_shapes() -> pa.Table:
    problems: list[Problem] = []
    table = shapes_table(load_map(DATA_DIR, problems), DATA_DIR, problems)
    assert problems == []
    return table


def _observations(pairs: list[tuple[str, int | None]]) -> pa.Table:
    return pa.table(
        {
            "ref_area": pa.array([a for a, _ in pairs]).dictionary_encode(),
            "year": pa.array([y for _, y in pairs], pa.int16()),
        }
    )


def test_the_built_table_is_small_and_has_its_schema(seed_tables):
    table = pq.read_table(seed_tables / "shapes.parquet")
    assert table.schema.equals(SHAPES)
    assert (seed_tables / "shapes.parquet").stat().st_size < 100_000
    assert sum(len(g) for g in table["geometry"].drop_null().to_pylist()) < 500_000


def test_every_outline_is_a_valid_polygon_of_kazakhstan(real_shapes):
    for row in real_shapes.to_pylist():
        if row["geometry"] is None:
            continue
        outline = shape(json.loads(row["geometry"]))
        assert outline.is_valid and outline.geom_type in ("Polygon", "MultiPolygon"), row["area"]
        west, south, east, north = outline.bounds
        assert 46 < west < east < 88 and 40 < south < north < 56, row["area"]


def test_outer_rings_run_clockwise_as_the_map_library_reads_them(real_shapes):
    for row in real_shapes.to_pylist():
        if row["geometry"]:
            outline = shape(json.loads(row["geometry"]))
            polygons = getattr(outline, "geoms", [outline])
            assert not any(p.exterior.is_ccw for p in polygons), row["area"]


def test_simplified_neighbours_still_share_their_border(real_shapes):
    drawn = {
        r["area"]: shape(json.loads(r["geometry"]))
        for r in real_shapes.to_pylist()
        if r["geometry"] and r["first_year"] is None
    }
    akmola, astana = drawn["KZ-11"], drawn["KZ-71"]
    # Astana is an enclave of Akmola: after simplification it still sits in Akmola's hole.
    assert shapely.coverage_is_valid([akmola, astana])
    assert akmola.touches(astana)


def test_regions_formed_in_2022_are_not_drawn_and_say_why_in_three_languages(real_shapes):
    rows = [r for r in real_shapes.to_pylist() if r["area"] in NEW_IN_2022]
    assert {r["area"] for r in rows} == NEW_IN_2022
    for row in rows:
        assert row["geometry"] is None and row["first_year"] == 2022
        assert "2022" in row["note_kk"] and "2022" in row["note_ru"] and "2022" in row["note_en"]


def test_their_parent_regions_carry_a_note_from_2022_only(real_shapes):
    rows = [r for r in real_shapes.to_pylist() if r["area"] == "KZ-63"]
    assert [(r["first_year"], r["last_year"], r["note_en"] is None) for r in rows] == [
        (None, 2021, True),
        (2022, None, False),
    ]


def test_every_region_is_drawn_or_explained_in_each_year_it_existed(real_shapes):
    held = [
        (area.code, year)
        for area in load_areas()
        if area.code != COUNTRY
        for year in range(2000, 2026)
        if area.existed_in(year)
    ]
    assert uncovered_areas(_observations(held), real_shapes, DATA_DIR / MAPS_FILE) == []


def test_a_region_with_no_shape_and_no_reason_is_named_with_its_years(real_shapes):
    obs = _observations([("KZ-10", 2020), ("KZ-10", 2021), ("KZ-10", 2022), ("KZ", 1990)])
    problems = uncovered_areas(obs, real_shapes, DATA_DIR / MAPS_FILE)
    assert [(p.entry, "2020, 2021" in p.reason, "2022" in p.reason) for p in problems] == [
        ("area KZ-10", True, False)
    ]


def test_values_with_no_year_are_not_looked_for_on_the_map(real_shapes):
    assert uncovered_areas(_observations([("KZ-10", None)]), real_shapes, DATA_DIR) == []


@pytest.mark.parametrize(
    ("span", "cut", "pieces"),
    [
        ((None, None), (2022, None), [(None, 2021, False), (2022, None, True)]),
        ((2018, None), (2022, None), [(2018, 2021, False), (2022, None, True)]),
        ((2023, None), (2022, None), [(2023, None, True)]),
        ((None, 2017), (2022, None), [(None, 2017, False)]),
        (
            (None, None),
            (2010, 2012),
            [(None, 2009, False), (2010, 2012, True), (2013, None, False)],
        ),
    ],
)
def test_a_span_is_cut_into_the_years_before_inside_and_after(span, cut, pieces):
    as_span = Span(first_year=span[0], last_year=span[1])
    assert _split(as_span, Span(first_year=cut[0], last_year=cut[1])) == pieces


def _map_copy(tmp_path, edit) -> tuple[list[Problem], pa.Table]:
    data = tmp_path / "data"
    (data / "series" / "opensdg-kz").mkdir(parents=True)
    shutil.copy(DATA_DIR / "series/opensdg-kz/regions.geojson", data / "series/opensdg-kz")
    text = edit((DATA_DIR / MAPS_FILE).read_text(encoding="utf-8"))
    (data / MAPS_FILE).write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    return problems, shapes_table(load_map(data, problems), data, problems)


def test_a_shape_under_another_regions_name_is_refused(tmp_path):
    problems, table = _map_copy(tmp_path, lambda t: t.replace("name: Атырауская", "name: Омская"))
    assert [p.entry for p in problems] == ["feature KZ06"]
    assert "'Атырауская', not 'Омская'" in problems[0].reason and table.num_rows == 0


def test_an_unknown_area_and_an_unused_shape_are_refused(tmp_path):
    problems, _ = _map_copy(
        tmp_path,
        lambda t: t.replace("area: KZ-11}", "area: KZ-99}").replace(
            "    - {feature: KZ04, name: Актюбинская, area: KZ-15}\n", ""
        ),
    )
    assert {p.entry: p.reason for p in problems} == {
        "area KZ-99": "not a region of areas.yaml",
        "feature KZ04": "drawn for no area in maps.yaml",
    }


def test_south_kazakhstan_is_drawn_until_2017_as_turkistan_and_shymkent(tmp_path):
    problems, table = _map_copy(tmp_path, lambda t: t)
    assert problems == []
    rows = {(r["area"], r["last_year"]): r["geometry"] for r in table.to_pylist()}
    joined = shape(json.loads(rows[("KZ-YUZ", 2017)]))
    turkistan = shape(json.loads(rows[("KZ-61", None)]))
    shymkent = shape(json.loads(rows[("KZ-79", None)]))
    assert joined.contains(turkistan.representative_point())
    assert joined.contains(shymkent.representative_point())
    assert joined.area == pytest.approx(turkistan.area + shymkent.area, rel=1e-3)
    south = [r for r in table.to_pylist() if r["area"] == "KZ-YUZ"]
    assert [(r["first_year"], r["last_year"], r["geometry"] is None) for r in south] == [
        (None, 2017, False),
        (2018, None, True),
    ]


def test_a_data_folder_without_a_map_has_an_empty_table(tmp_path):
    problems: list[Problem] = []
    assert shapes_table(load_map(tmp_path, problems), tmp_path, problems).num_rows == 0
    assert problems == []

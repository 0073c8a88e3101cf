"""The extract API: every endpoint, every filter, a 400 per bad parameter, the Downloads content."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pyarrow.parquet as pq
import pytest

from dashboard import extracts
from dashboard.selection import Selection
from dashboard.tables import read_tables
from loaders.paths import TABLES_ENV

CSV = "/api/v1/observations.csv"
JSON = "/api/v1/observations.json"
BRIEF = "/api/v1/brief.pdf"  # the same parameters, the same 400s (tests/api/test_brief.py)


def expected(tables, sel: Selection, lang: str):
    return extracts.extract_table(tables, sel, lang)


def csv_rows(body: bytes) -> list[dict]:
    assert body.startswith(extracts.CSV_BOM)
    return list(csv.DictReader(io.StringIO(body[len(extracts.CSV_BOM) :].decode("utf-8"))))


# ---------------------------------------------------------------- endpoints


def test_healthz_reports_the_tables(client, rich):
    answer = client.get("/healthz")
    assert answer.status_code == 200
    assert answer.json() == {
        "status": "ok",
        "tables": rich.fingerprint[0],
        "observations": rich.observations.num_rows,
    }


def test_healthz_without_tables_is_503(client, monkeypatch, tmp_path):
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    answer = client.get("/healthz")
    assert answer.status_code == 503
    assert answer.json()["status"] == "no tables"
    assert client.get(CSV).status_code == 503


def test_indicators_json_lists_the_registry_in_three_languages(client, rich):
    body = client.get("/api/v1/indicators.json").json()
    assert body["rows"] == len(rich.indicators) == len(body["data"])
    births = next(i for i in body["data"] if i["code"] == "BIRTHS")
    assert births["name_en"] == "Live births"
    assert births["name_ru"] == "Число родившихся"
    assert births["unit"] == "BIRTHS" and births["unit_kind"] == "count"
    assert isinstance(births["keywords_ru"], list) and births["keywords_ru"]


def test_sources_json_gives_metadata_without_the_text(client, rich):
    body = client.get("/api/v1/sources.json").json()
    assert body["rows"] == len(rich.sources)
    first = body["data"][0]
    assert "text" not in first
    source = rich.sources.loc[first["source_id"]]
    assert first["title"] == source["title"]
    assert first["text_chars"] == len(source["text"])
    assert first["sha256"] == source["sha256"]


def test_everything_as_csv_is_the_downloads_file(client, rich):
    answer = client.get(CSV, params={"lang": "ru"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert answer.content == extracts.csv_bytes(expected(rich, Selection(), "ru"))
    assert 'filename="kz-child-rights_all-years_ru.csv"' in answer.headers["content-disposition"]
    assert answer.headers["x-total-rows"] == str(rich.observations.num_rows)


def test_everything_as_json_holds_the_same_rows(client, rich):
    answer = client.get(JSON, params={"lang": "en"})
    assert answer.status_code == 200
    body = answer.json()
    table = expected(rich, Selection(), "en")
    assert body["columns"] == list(extracts.COLUMNS)
    assert body["rows"] == table.num_rows
    assert body["data"] == table.to_pylist()


def test_default_language_is_kazakh(client, rich):
    assert client.get(CSV).content == extracts.csv_bytes(expected(rich, Selection(), "kk"))


# ---------------------------------------------------------------- filters

FILTERS = [
    ({"year": "2016"}, Selection(year=2016)),
    ({"year": "all"}, Selection()),
    ({"indicator": "CHILD_POP"}, Selection(indicators=("CHILD_POP",))),
    (
        [("indicator", "CHILD_POP"), ("indicator", "LAWS_AMENDED")],
        Selection(indicators=("CHILD_POP", "LAWS_AMENDED")),
    ),
    ({"indicator": "CHILD_POP,LAWS_AMENDED"}, Selection(indicators=("CHILD_POP", "LAWS_AMENDED"))),
    ({"area": "KZ-71"}, Selection(area="KZ-71")),
    ({"sex": "F"}, Selection(sex="F")),
    ({"age": "Y0T4"}, Selection(age="Y0T4")),
    ({"headline_only": "true"}, Selection(headline_only=True)),
    ({"headline_only": "false"}, Selection()),
    (
        {"year": "2015", "area": "KZ-71", "indicator": "BIRTHS", "headline_only": "1"},
        Selection(year=2015, area="KZ-71", indicators=("BIRTHS",), headline_only=True),
    ),
    ({"area": "KZ-75", "sex": "M"}, Selection(area="KZ-75", sex="M")),
]


@pytest.mark.parametrize(("params", "sel"), FILTERS)
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_each_filter_gives_the_downloads_rows(client, rich, params, sel, lang):
    query = [*(params.items() if isinstance(params, dict) else params), ("lang", lang)]
    table = expected(rich, sel, lang)
    if sel != Selection():
        assert 0 < table.num_rows < rich.observations.num_rows  # the filter does select
    as_csv = client.get(CSV, params=query)
    assert as_csv.status_code == 200, as_csv.text
    assert as_csv.content == extracts.csv_bytes(table)
    assert as_csv.headers["content-disposition"].endswith(
        f'"{extracts.file_name(sel, lang, "csv")}"'
    )
    as_json = client.get(JSON, params=query)
    assert as_json.status_code == 200
    assert as_json.json()["data"] == table.to_pylist()


def test_the_filters_select_what_they_say(client):
    rows = csv_rows(client.get(CSV, params={"area": "KZ-71", "lang": "en"}).content)
    assert {r["obs_id"] for r in rows} == {"ASTANA_T_2015", "ASTANA_Y0T4_2015", "ASTANA_OLD_2015"}
    rows = csv_rows(
        client.get(CSV, params={"area": "KZ-71", "headline_only": "yes", "age": "_T"}).content
    )
    assert [r["obs_id"] for r in rows] == ["ASTANA_T_2015"]
    rows = client.get(JSON, params={"year": "2014"}).json()["data"]
    assert [(r["obs_id"], r["value"], r["year"]) for r in rows] == [
        ("SHYMKENT_2014", 30000.5, 2014)
    ]


def test_csv_text_is_safe_and_json_text_is_verbatim(client):
    body = client.get(CSV, params={"age": "Y0T4"}).content
    row = csv_rows(body)[0]
    assert row["quote"] == '\'=HYPERLINK("x") and "quoted", a comma\nand a new line'
    assert row["value"] == "90000" and row["is_headline"] == "true" and row["event_id"] == ""
    data = client.get(JSON, params={"age": "Y0T4"}).json()["data"][0]
    assert data["quote"] == '=HYPERLINK("x") and "quoted", a comma\nand a new line'
    assert data["event_id"] is None and data["is_headline"] is True


def test_an_empty_selection_is_a_header_only(client, rich):
    params = {"area": "KZ-10"}  # a known region with no figure in the data
    answer = client.get(CSV, params=params)
    assert answer.status_code == 200
    assert answer.content == extracts.csv_bytes(expected(rich, Selection(area="KZ-10"), "kk"))
    assert client.get(JSON, params=params).json() == {
        "columns": list(extracts.COLUMNS),
        "rows": 0,
        "data": [],
    }


# ---------------------------------------------------------------- bad parameters

BAD = [
    ({"year": "abc"}, "year"),
    ({"year": "16"}, "year"),
    ({"year": "1700"}, "year"),
    ([("year", "2016"), ("year", "2015")], "year"),
    ({"indicator": "NO_SUCH"}, "indicator"),
    ({"indicator": "BIRTHS,NO_SUCH"}, "indicator"),
    ({"area": "KZ-99"}, "area"),
    ({"area": "KZ-ALA"}, "area"),
    ({"sex": "X"}, "sex"),
    ({"age": "Y99T100"}, "age"),
    ({"lang": "fr"}, "lang"),
    ({"headline_only": "maybe"}, "headline_only"),
    ({"format": "xlsx"}, "format"),
    ({"years": "2016"}, "years"),
]


@pytest.mark.parametrize(("params", "parameter"), BAD)
@pytest.mark.parametrize("path", [CSV, JSON, BRIEF])
def test_a_bad_parameter_is_a_400_naming_it(client, path, params, parameter):
    answer = client.get(path, params=params)
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert body["parameter"] == parameter
    assert isinstance(body["error"], str) and body["error"]


@pytest.mark.parametrize("path", ["/api/v1/indicators.json", "/api/v1/sources.json"])
def test_lists_take_no_parameter(client, path):
    answer = client.get(path, params={"lang": "en"})
    assert answer.status_code == 400
    assert answer.json()["parameter"] == "lang"


# ---------------------------------------------------------------- data versions


def test_a_rebuild_is_picked_up_without_a_restart(client, rich_tables_dir, tmp_path, monkeypatch):
    folder = tmp_path / "tables"
    shutil.copytree(rich_tables_dir, folder)
    monkeypatch.setenv(TABLES_ENV, str(folder))
    before = client.get("/healthz").json()["observations"]
    obs = pq.read_table(folder / "observations.parquet")
    pq.write_table(obs.slice(0, 3), folder / "observations.parquet")
    stat = os.stat(folder / "observations.parquet")
    os.utime(folder / "observations.parquet", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert client.get("/healthz").json()["observations"] == 3 != before
    body = client.get(CSV).content
    assert body == extracts.csv_bytes(expected(read_tables(folder), Selection(), "kk"))
    assert len(csv_rows(body)) == 3


def test_json_is_valid_for_every_slice_size(rich):
    from dashboard.extract_stream import json_chunks

    table = expected(rich, Selection(), "en")
    for rows in (1, 2, 5, 1000):
        text = b"".join(bytes(p) for p in json_chunks(table, rows=rows, workers=2))
        assert json.loads(text)["data"] == table.to_pylist()


@pytest.mark.parametrize("path", ["/api/v1/observations.xlsx", "/api/v2/indicators.json", "/api"])
def test_an_unknown_api_path_is_a_json_404_naming_the_endpoints(client, path):
    answer = client.get(path)
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
    assert path in answer.json()["error"]
    assert "/api/v1/observations.json" in answer.json()["endpoints"]


@pytest.mark.parametrize(
    "lang, note",
    [
        ("kk", "Төмендеудің кезеңі де"),
        ("ru", "Не указаны ни период снижения"),
        ("en", "Neither the period of the fall"),
    ],
)
def test_the_note_of_a_figure_comes_in_the_language_asked(client, rich, lang, note):
    body = client.get(JSON, params={"lang": lang, "indicator": "CRIME_GRAVE_VS_CHILDREN_CHANGE"})
    (row,) = body.json()["data"]
    assert row["note"].startswith(note)
    assert row["period_reason"] is None  # its period is not stated, not inferred
    csv_text = client.get(CSV, params={"lang": lang}).content.decode("utf-8-sig")
    assert note in csv_text


@pytest.mark.parametrize(
    "lang, heading", [("kk", "Көрсеткіш"), ("ru", "Показатель"), ("en", "Indicator")]
)
def test_labels_true_gives_the_labelled_variant(client, rich, lang, heading):
    answer = client.get(CSV, params={"lang": lang, "labels": "true", "headline_only": "true"})
    assert answer.status_code == 200
    assert answer.headers["content-disposition"].endswith(f'_headline_labels_{lang}.csv"')
    rows = csv_rows(answer.content)
    assert next(iter(rows[0])) == heading
    table = extracts.extract_table(rich, Selection(headline_only=True), lang)
    assert answer.content == extracts.csv_bytes(extracts.labelled_table(rich, table, lang))
    body = client.get(JSON, params={"lang": lang, "labels": "1"}).json()
    assert body["columns"][0] == heading


def test_a_bad_labels_value_is_refused(client, rich):
    answer = client.get(CSV, params={"labels": "maybe"})
    assert answer.status_code == 400 and answer.json()["parameter"] == "labels"

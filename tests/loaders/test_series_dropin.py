"""Drop-in: a platform-shaped file that is not in the repo, copied into a temporary data folder,
is built and shows on the Explorer and in /api/v1/observations.csv with its kk/ru/en names."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from loaders.build import build
from loaders.paths import DATA_DIR, DATA_ENV, ROOT, TABLES_ENV
from loaders.publish import resolve

# 16.1.1 is not among the snapshot's files; the platform names it in global_indicators.yml.
NEW_FILE = "indicator_16-1-1.csv"
ROWS = (
    "Year,UNIT_MEASURE,SEX,REF_AREA,Value\n"
    "2021,PER_100000_POP,,,4.1\n"
    "2022,PER_100000_POP,,,3.7\n"
    "2022,PER_100000_POP,F,,2.2\n"
    "2022,PER_100000_POP,,KZALA,5.0\n"
)
NAMES = {
    "kk": "16-1-1-title",
    "ru": "16-1-1-title",
    "en": "16-1-1-title",
}


@pytest.fixture(scope="module")
def dropped(tmp_path_factory):
    data = tmp_path_factory.mktemp("dropin") / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("processed"))
    (data / "series" / "opensdg-kz" / NEW_FILE).write_text(ROWS, encoding="utf-8")
    out = data.parent / "out"
    build(data, out)
    return data, resolve(out)


def _titles(data) -> dict[str, str]:
    import yaml

    folder = data / "series" / "opensdg-kz" / "translations"
    return {
        lang: " ".join(
            yaml.safe_load((folder / lang / "global_indicators.yml").read_text("utf-8"))[
                NAMES[lang]
            ].split()
        )
        for lang in NAMES
    }


def test_the_new_file_is_built_with_the_platforms_names(dropped):
    import pyarrow.parquet as pq

    data, out = dropped
    obs = pq.read_table(out / "observations.parquet").to_pylist()
    new = [r for r in obs if r["indicator"] == "SDG_16_1_1"]
    assert len(new) == 4 and {r["ref_area"] for r in new} == {"KZ", "KZ-75"}
    assert all(r["origin"] == "official" and r["source_id"].endswith(NEW_FILE) for r in new)
    ind = next(
        r
        for r in pq.read_table(out / "indicators.parquet").to_pylist()
        if r["code"] == "SDG_16_1_1"
    )
    assert {lang: ind[f"name_{lang}"] for lang in NAMES} == _titles(data)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_new_file_shows_on_the_explorer(dropped, monkeypatch, lang):
    data, out = dropped
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv(TABLES_ENV, str(out))
    monkeypatch.delenv(DATA_ENV, raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.query_params["indicator"] = "SDG_16_1_1"
    at.run()
    at.switch_page("pages/explorer.py")
    at.run()
    assert not at.exception
    assert at.title[0].value == _titles(data)[lang]
    assert at.get("plotly_chart")  # the series over the years
    st.cache_data.clear()
    st.cache_resource.clear()


def test_the_new_file_is_in_the_api(dropped, monkeypatch):
    from starlette.testclient import TestClient

    from api.routes import create_app

    data, out = dropped
    monkeypatch.setenv(TABLES_ENV, str(out))
    monkeypatch.delenv(DATA_ENV, raising=False)
    with TestClient(create_app()) as client:
        for lang in NAMES:
            answer = client.get(
                "/api/v1/observations.csv", params={"indicator": "SDG_16_1_1", "lang": lang}
            )
            assert answer.status_code == 200
            rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
            assert len(rows) == 4
            assert {r["indicator_name"] for r in rows} == {_titles(data)[lang]}
            assert {r["origin"] for r in rows} == {"official"}

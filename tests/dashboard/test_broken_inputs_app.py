"""The hostile-input corpus through the app: a sample of tests/fixtures/broken/ as the app's
input folder ($KZCR_DATA_DIR) must show the "build failed" banner with the named problems,
keep serving the last good tables, and leave them byte-identical."""

from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from loaders.build import build
from loaders.paths import DATA_ENV, ROOT, TABLES_ENV
from tests.broken_cases import CASES, GOOD, expected, make_case
from tests.dashboard.helpers import shown_kpis
from tests.loaders.test_broken_inputs import snapshot

# One of each kind: emptied, unreadable, impossible date, non-finite value, alias bomb,
# a link leading out, a future date, and a build that would lose most observations.
SAMPLE = [
    "empty_figures",
    "figures_is_a_directory",
    "events_impossible_date",
    "value_nan",
    "alias_bomb_in_id",
    "source_symlink_out",
    "figure_period_in_future",
    "shrinks_observations",
]


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def test_the_sample_is_in_the_corpus():
    assert set(SAMPLE) <= set(CASES)


@pytest.mark.parametrize("case", SAMPLE)
def test_a_broken_input_folder_shows_the_banner_and_the_last_good_tables(
    tmp_path, monkeypatch, case
):
    out = tmp_path / "out"
    build(GOOD, out)
    data = make_case(case, tmp_path / "data")
    before = snapshot(out)
    monkeypatch.setenv(DATA_ENV, str(data))
    monkeypatch.setenv(TABLES_ENV, str(out))

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    at.run()

    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [
        "The tables could not be rebuilt; the last good tables are shown."
    ]
    problems = "\n".join(c.value for c in at.code)
    assert all(fragment in problems for fragment in expected(case)), problems
    assert "7" in shown_kpis(at), "the last good figures are not shown"
    assert snapshot(out) == before

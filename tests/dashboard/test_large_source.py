"""A large source's page shows the passages around its quotes, the whole text on demand."""

from __future__ import annotations

import dataclasses

import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.tables import read_tables
from dashboard.views import sources as view
from loaders.paths import DATA_ENV, ROOT, TABLES_ENV
from tests.dashboard.helpers import write_tables

SOURCE = "karin_unicef_meeting_ru"
FILLER = "Абзац без цифр, который никто не цитирует. " * 100_000  # 4.3 million characters


def _large(seed_tables, folder):
    tables = read_tables(seed_tables)
    sources = tables.sources.copy()
    sources.loc[SOURCE, "text"] = FILLER + sources.loc[SOURCE, "text"] + FILLER
    return dataclasses.replace(tables, sources=sources)


def test_the_passages_keep_every_quote_marked_where_it_stands(seed_tables, tmp_path):
    tables = _large(seed_tables, tmp_path)
    whole = view.shown_text(tables, SOURCE, True)
    shown = view.shown_text(tables, SOURCE)
    assert shown.cut and not whole.cut and shown.total == len(whole.text)
    assert len(shown.text) < 50_000
    assert [shown.text[s:e] for s, e, _ in shown.spans] == [
        whole.text[s:e] for s, e, _ in sorted(whole.spans)
    ]
    assert shown.text.startswith(view.GAP) and shown.text.endswith(view.GAP)


def test_a_short_source_is_shown_whole(seed_tables):
    tables = read_tables(seed_tables)
    assert not view.shown_text(tables, SOURCE).cut


def test_the_sources_page_of_a_large_source_shows_passages_then_the_whole(
    seed_tables, tmp_path, monkeypatch
):
    write_tables(_large(seed_tables, tmp_path), tmp_path)
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    monkeypatch.delenv(DATA_ENV, raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["lang"] = "en"
    at.query_params["source"] = SOURCE
    at.run()
    at.switch_page("pages/sources.py")
    at.run()
    assert not at.exception
    text_block = max((m.value for m in at.markdown), key=len)
    assert len(text_block) < 100_000 and "<mark" in text_block
    assert any("only the passages around its quotes" in c.value for c in at.caption)
    at.toggle[0].set_value(True)
    at.run()
    assert max(len(m.value) for m in at.markdown) > len(FILLER)

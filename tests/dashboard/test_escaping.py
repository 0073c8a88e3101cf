"""Text from the URL and from the data never becomes a link, an image or HTML on any page.

Every text column the pages show is given Markdown and HTML (a link, an image, tags), every
query parameter a page reads is given the same, and each page runs with AppTest. Every text
the page hands to Streamlit's Markdown (bodies, titles, captions, warnings, labels, tooltips)
is rendered with a CommonMark parser (markdown-it, links and HTML on, bare URLs linked as GFM
does): no <a>, <img> or tag of the payload may come out. Plotly's hover texts (which read a
little HTML) must hold the payload's tags escaped.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pandas as pd
import pytest
import streamlit as st
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from dashboard.i18n import t
from dashboard.tables import read_tables
from loaders.paths import DATA_ENV, ROOT, TABLES_ENV
from tests.dashboard.helpers import write_tables

PAYLOAD = (
    " [login](https://evil.example/l) ![p](https://evil.example/p.png) <u>u</u>"
    " <img src=x onerror=alert(1)> https://evil.example/bare *em* `code` # h"
)
PAGES = ["pages/overview.py", "pages/timeline.py", "pages/explorer.py", "pages/sources.py"]
PAGES += ["pages/regions.py", "pages/downloads.py"]
PARAMS = ["year", "indicator", "source", "area", "quote"]
# Fields of an element's message that Streamlit renders as Markdown.
MARKDOWN_FIELDS = {"body", "label", "help", "caption", "placeholder"}
# A link or image to the payload's site, or the payload's own tags, rendered.
EXTERNAL = re.compile(r'(href|src)="[^"]*evil')
TAGS = ("<u>", "<img src=x", "<em>em</em>", "<code>code</code>", "<h1>")
RENDER = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable("linkify")


def _hostile(frame: pd.DataFrame, keep: set[str]) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if column not in keep and pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda v: v + PAYLOAD if isinstance(v, str) else v)
    return out


@pytest.fixture
def hostile_tables(tmp_path, seed_tables, monkeypatch):
    tables = read_tables(seed_tables)
    ids = {"code", "unit", "domain", "measure", "better", "source_id", "event_id", "file"}
    ids |= {"language", "kind", "published", "published_precision", "published_basis"}
    ids |= {"category", "status", "date", "precision", "sha256", "total_age"}
    hostile = dataclasses.replace(
        tables,
        indicators=_hostile(tables.indicators, ids),
        sources=_hostile(tables.sources, ids),
        events=_hostile(tables.events, ids),
    )
    write_tables(hostile, tmp_path)
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv(TABLES_ENV, str(tmp_path))
    monkeypatch.delenv(DATA_ENV, raising=False)
    yield tmp_path
    st.cache_data.clear()
    st.cache_resource.clear()


def _texts(node, kind: str = "") -> list[tuple[str, str]]:
    """(element type, text) of every Markdown field in the tree under `node`."""
    found = []
    proto = getattr(node, "proto", None)
    if proto is not None and hasattr(proto, "ListFields"):
        for field, value in proto.ListFields():
            if field.name in MARKDOWN_FIELDS and isinstance(value, str):
                found.append((getattr(node, "type", kind), value))
            elif hasattr(value, "ListFields"):  # a block's own message (an expander's label)
                found += _texts(type("N", (), {"proto": value, "type": field.name})())
    for child in getattr(node, "children", {}).values():
        found += _texts(child)
    return found


def _rendered_html(kind: str, text: str) -> str:
    if kind in ("code",):  # shown literally
        return ""
    if kind == "html":  # st.html: the browser gets it as it is (the Overview's cards)
        return text
    return RENDER.render(text)


def _check_page(at: AppTest) -> int:
    assert not at.exception, [e.value for e in at.exception]
    checked = 0
    for kind, text in _texts(at._tree):
        html = _rendered_html(kind, text)
        checked += "evil" in text
        assert not EXTERNAL.search(html), (kind, text, html)
        assert not any(tag in html for tag in TAGS), (kind, text, html)
    for frame in at.dataframe:  # cells are drawn as text, unless a column is a link or image
        cells = frame.value.astype(str)
        checked += int(cells.apply(lambda column: column.str.contains("evil")).any().any())
        config = json.loads(frame.proto.columns or "{}")
        kinds = {str(c.get("type_config", {}).get("type")) for c in config.values()}
        assert not kinds & {"link", "image"}, config
    for chart in at.get("plotly_chart"):
        spec = json.dumps(json.loads(chart.proto.spec))
        assert "<u>" not in spec and "<img" not in spec and "<a " not in spec
        checked += "evil" in spec
    return checked


@pytest.mark.parametrize("page", PAGES)
def test_no_page_renders_markdown_or_html_from_the_data_or_the_url(hostile_tables, page):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "en"
    for name in PARAMS:
        at.query_params[name] = "2016" + PAYLOAD if name == "year" else PAYLOAD
    at.run()
    assert _check_page(at) > 0, "the URL's payload never reached the warnings"
    at.switch_page(page)
    at.run()
    checked = _check_page(at)
    if any(i.value == t("regions_none", "en") for i in at.info):
        return  # the data has no regional figures: the Regions page shows nothing of it
    assert checked > 0, "the payload never reached the page: the test proves nothing"


def test_a_bad_language_in_the_url_is_shown_as_text(hostile_tables):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = "fr" + PAYLOAD
    at.run()
    assert _check_page(at) > 0
    assert any("evil" in w.value for w in at.warning)

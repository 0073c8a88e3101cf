"""The floor pages of `benchmarks.paint_floor`: each draws what its line says, and the table
reads as it should. (The browser measurement itself runs in `make bench`.)"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.paint_floor import CARDS, FLOOR_PAGES, table


@pytest.mark.parametrize("name", list(FLOOR_PAGES))
def test_each_floor_page_draws_its_cards_without_error(name):
    at = AppTest.from_string(FLOOR_PAGES[name][1]).run()
    assert not at.exception
    if name.startswith("html_"):
        html = [element.proto.body for element in at.get("html")]
        assert not at.metric and sum(body.count("data-kpi-value") for body in html) == CARDS
        assert len(html) == 5  # a row of six cards an element
    else:
        assert len(at.metric) == (1 if name in ("bare", "sidebar") else CARDS)


def test_each_card_page_adds_one_kind_of_element():
    """What the table's lines say: a name with a tooltip and a caption a card, then the
    sidebar's three controls, then the caption in HTML."""
    pages = {name: AppTest.from_string(script).run() for name, (_, script) in FLOOR_PAGES.items()}
    assert not pages["cards"].markdown and not pages["cards"].caption
    text = pages["cards_text"]
    assert len([m for m in text.markdown if m.help]) == CARDS and len(text.caption) == CARDS
    assert not text.sidebar.radio and not text.sidebar.selectbox
    side = pages["cards_sidebar"]
    assert len(side.sidebar.radio) == 1 and len(side.sidebar.selectbox) == 2
    html = pages["cards_html"]
    assert sum("<svg" in c.value for c in html.caption) == CARDS
    assert not any("<svg" in c.value for c in side.caption)
    alone = pages["sidebar"]
    assert len(alone.sidebar.radio) == 1 and len(alone.sidebar.selectbox) == 2
    assert not pages["html_cards"].sidebar.selectbox
    assert len(pages["html_cards_sidebar"].sidebar.selectbox) == 2
    light = pages["html_cards_light_sidebar"]
    assert not light.sidebar.selectbox and not light.sidebar.radio
    assert len(light.sidebar.segmented_control) == 1 and len(light.sidebar.pills) == 2


def test_the_table_has_a_line_a_page_with_its_ratio():
    result = {
        "pages": {
            "bare": {"what": "one metric", "ms": 1000.0, "ratio": 1.0},
            "cards": {"what": "27 cards", "ms": 1234.4, "ratio": 1.2344},
        }
    }
    assert table(result).splitlines()[2:] == [
        "| one metric | 1000 | 1.00 |",
        "| 27 cards | 1234 | 1.23 |",
    ]

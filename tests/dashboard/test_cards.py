"""The Overview's KPI cards as HTML (dashboard/cards.py): what each card holds, its escaping,
the colour of its change, and a domain's fold."""

from __future__ import annotations

import dataclasses

import pytest
from markdown_it import MarkdownIt

from dashboard import cards
from dashboard.i18n import t
from dashboard.views.common import SourceNote
from dashboard.views.overview import Kpi
from tests.dashboard.helpers import cards_in

HOSTILE = '<img src=x onerror=alert(1)> *em* "q" & \n\n<u>u</u>'
RENDER = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable("linkify")


def card(**fields) -> Kpi:
    base = Kpi(
        obs_id="o1",
        domain="demography",
        indicator="BIRTHS",
        label="Births",
        value="308,297",
        unit="births",
        period="January–October 2016",
        badges=("Partial period",),
        source=SourceNote(
            lines=("A press release (November 3, 2016)",),
            quote_label="Quote (Kazakh)",
            quote="308 297 бала дүниеге келген",
            link=("See the quote in its document", "sources?source=s1&quote=o1&lang=en"),
        ),
        delta=None,
        delta_color="normal",
        delta_label=None,
        event=None,
        badge_help=("Only part of the usual period.",),
        source_lines=("Source: a press release", "Quote (Kazakh): «308 297»"),
        origin_label="stated in a text",
    )
    return dataclasses.replace(base, **fields)


def read(html: str) -> list:
    """The cards of an HTML block, as tests/dashboard/helpers.kpi_cards reads a page."""
    return cards_in(html)


def test_a_card_holds_its_name_value_lines_badge_and_source():
    (shown,) = read(cards.grid_html([card()], "en"))
    assert shown.heading and shown.name == "Births" and shown.value == "308,297"
    assert shown.lines == "births · January–October 2016 · stated in a text"
    assert shown.badges == [("Partial period", "Only part of the usual period.")]
    assert "A press release (November 3, 2016)" in shown.source
    assert "Quote (Kazakh): «308 297 бала дүниеге келген»" in shown.source
    assert shown.links == ["sources?source=s1&quote=o1&lang=en"]
    assert shown.printed == "Source: a press release\nQuote (Kazakh): «308 297»"
    assert not shown.folded and not shown.delta and not shown.trend_alt


def test_a_cards_caveats_and_age_are_on_its_face():
    (shown,) = read(
        cards.grid_html(
            [card(note="Neither period is stated.", period_reason="present tense")], "en"
        )
    )
    assert "Neither period is stated." in shown.caveats
    assert t("period_reason_line", "en", reason="present tense") in shown.caveats
    (aged,) = read(cards.grid_html([card(ago="10 years ago", event="A conference")], "en"))
    assert aged.lines.split("\n")[1:] == [t("card_age", "en", ago="10 years ago"), "A conference"]


def test_text_from_the_data_is_escaped_and_keeps_no_blank_line():
    html = cards.grid_html(
        [
            card(
                label=HOSTILE,
                value=HOSTILE,
                source=dataclasses.replace(card().source, quote=HOSTILE),
            )
        ],
        "en",
    )
    assert "<img src=x" not in html and "<u>" not in html and "\n" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # Markdown reads the whole block as HTML: no emphasis, link or tag comes out of the text.
    rendered = RENDER.render(html)
    assert "<em>" not in rendered and "<u>" not in rendered and "<img src=x" not in rendered
    (shown,) = read(html)
    assert shown.name == HOSTILE  # its line breaks kept as <br>


@pytest.mark.parametrize(
    "delta, colours, expected",
    [
        ("+0.6", "normal", "kpi-good"),
        ("-30%", "normal", "kpi-bad"),
        ("+0.6", "inverse", "kpi-bad"),  # a rise in mortality
        ("-5.1%", "inverse", "kpi-good"),
        ("+12", "off", "kpi-neutral"),
        ("+0", "normal", "kpi-neutral"),
        ("-0,0%", "inverse", "kpi-neutral"),
    ],
)
def test_a_change_is_coloured_as_the_metric_would(delta, colours, expected):
    assert cards.tone(delta, colours) == expected


def test_a_change_has_its_arrow_hidden_from_screen_readers_and_its_words():
    html = cards.change_html(card(delta="-1%", delta_color="normal", delta_label="vs 2022"))
    assert '<span aria-hidden="true">▼</span> -1%' in html and "vs 2022" in html
    assert 'class="kpi-bad"' in html


def test_a_trend_line_is_an_image_with_its_words():
    (shown,) = read(
        cards.grid_html([card(trend=(19.6, 15.0, 10.7), trend_alt="Trend 2010–2012")], "en")
    )
    assert shown.trend_alt == "Trend 2010–2012" and shown.trend_points == 3


def test_a_domain_folds_the_rest_under_a_disclosure_that_counts_them():
    first = [card(label=f"Dated {i}") for i in range(2)]
    undated = [card(label="Undated")]
    rest = [card(label="Dated 3")], [card(label="Undated 2")]
    html = cards.domain_html((first, undated), rest, "ru")
    assert html.startswith("<style>") and "/*" not in html and "\n" not in html
    assert "<style>" not in cards.domain_html((first, undated), rest, "ru", styled=False)
    read_back = read(html)
    assert [c.name for c in read_back if not c.folded] == ["Dated 0", "Dated 1", "Undated"]
    assert [c.name for c in read_back if c.folded] == ["Dated 3", "Undated 2"]
    assert f"<summary>{t('more_cards', 'ru', count=2)}</summary>" in html
    assert html.count(t("undated_line", "ru")) == 2  # each undated group says what it is
    assert "kpi-more" not in cards.domain_html((first, []), ([], []), "ru").split("</style>")[1]

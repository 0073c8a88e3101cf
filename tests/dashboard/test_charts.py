"""Plotly figures: hover text from the data is escaped the way plotly reads it."""

import pandas as pd

from dashboard import charts


def _event(**text: str) -> pd.Series:
    row = {"title": "T", "date_label": "D", "figures": [], "source_title": "S"}
    row |= {"quote": "Q", "quote_lang": "ru"}
    return pd.Series(row | text)


def test_hover_escapes_markup_but_shows_quotation_marks_as_they_are():
    hover = charts._hover(_event(title='Conference "Child-friendly" <script>x</script>'), "F")
    joined = hover.replace("<br>", " ")
    assert '<b>Conference "Child-friendly" &lt;script&gt;x&lt;/script&gt;</b>' in joined
    assert "&quot;" not in hover and "&#x27;" not in charts._hover(_event(quote="it's"), "F")


def test_hover_lists_the_figures_tied_to_an_event():
    hover = charts._hover(_event(figures=["Participants: more than 1,300 & more"]), "Figures")
    assert "Figures:<br>Participants: more than 1,300 &amp; more" in hover


def test_hover_text_comes_in_lines_short_enough_for_a_phone():
    long = "Международная конференция «Казахстан, дружественный к ребенку» в Астане"
    hover = charts._hover(_event(title=long, quote=long, source_title=long), "F")
    lines = [line.replace("<b>", "").replace("</b>", "") for line in hover.split("<br>")]
    assert len(lines) > 6
    assert max(len(line) for line in lines) <= charts.HOVER_CHARS + len("»")

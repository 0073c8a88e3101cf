"""An official dataset's file on the Sources page: named in the reader's words, its values,
its text with the cited line highlighted, reached from a card's tooltip (the proof of an
official value, as a highlighted quote is of a stated figure)."""

from __future__ import annotations

import pyarrow.compute as pc
import pytest

from dashboard.i18n import t
from dashboard.tables import read_tables
from dashboard.views import common, sources
from indicators.codes import OFFICIAL
from tests.dashboard.helpers import kpi_cards
from tests.dashboard.test_app import run

FILE = "opensdg-kz/indicator_3-2-1.csv"


@pytest.fixture(scope="module")
def seed(seed_tables):
    return read_tables(seed_tables)


def _an_official_value(tables) -> dict:
    obs = tables.observations
    rows = obs.filter(pc.and_(pc.equal(obs["origin"], OFFICIAL), pc.equal(obs["source_id"], FILE)))
    return rows.slice(7, 1).to_pylist()[0]


def test_the_cited_line_is_the_line_the_value_quotes(seed):
    row = _an_official_value(seed)
    text = common.records(seed, "sources")[FILE]["text"]
    [(start, end, css)] = sources.cited_span(seed, FILE, int(row["source_line"]))
    assert text[start:end] == row["quote"] and css == "focus"


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("a\nbb\nccc", 1, "a"),
        ("a\nbb\nccc", 3, "ccc"),
        ("a\nbb\nccc\n", 3, "ccc"),
        ("a\nbb\nccc", 4, None),
        ("a\nbb\nccc", 0, None),
        ("a\nbb\nccc", None, None),
    ],
)
def test_a_lines_span(text, line, expected):
    spans = sources.line_span(text, line)
    assert [text[s:e] for s, e, _ in spans] == ([] if expected is None else [expected])


def test_the_files_are_listed_by_indicator_in_the_readers_words(seed):
    files = sources.dataset_files(seed, "ru")
    # a title: "Национальная платформа ЦУР, файл показателя 3.2.1"
    assert files[FILE] == "Н" + t("dataset_file", "ru", indicator="3.2.1")[1:]
    order = list(files)
    assert order.index("opensdg-kz/indicator_3-2-1.csv") < order.index(
        "opensdg-kz/indicator_3-b-1.csv"
    )
    assert not [title for title in files.values() if ".csv" in title]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_sources_page_opens_a_dataset_file_at_its_cited_line(seed, lang):
    row = _an_official_value(seed)
    at = run("pages/sources.py", lang=lang, source=FILE, line=str(int(row["source_line"])))
    assert not at.warning
    title = t("dataset_file", lang, indicator="3.2.1")
    assert at.subheader[0].value.replace("\\", "") == title[:1].upper() + title[1:]
    marked = [m.value for m in at.markdown if 'class="focus"' in m.value]
    number = int(row["source_line"])
    # at the top, under the file's header line; and in the file's text below
    assert len(marked) == 2 and f'<mark class="focus">{number}: {row["quote"]}</mark>' in marked[0]
    assert marked[0].index("1: Year,") < marked[0].index('<mark class="focus">')
    assert f'<mark class="focus">{row["quote"]}</mark>' in marked[1]
    assert f"**{t('line_of_value', lang)}**" in [m.value for m in at.markdown]
    assert t("line_highlighted", lang) in [c.value for c in at.caption]
    assert len(at.dataframe) == 2  # the catalogue of documents, then the file's values


def test_the_catalogue_says_the_data_files_are_in_the_list(seed):
    at = run("pages/sources.py", lang="kk")
    count = len(sources.dataset_files(seed, "kk"))
    assert t("sources_dataset_files", "kk", count=count) in [c.value for c in at.caption]
    picker = next(box for box in at.selectbox if box.label == t("source_pick", "kk"))
    assert count > 10 and len(picker.options) == count + 5  # and the 5 documents


def test_a_bad_line_is_named_and_the_file_shown_from_the_start():
    at = run("pages/sources.py", lang="ru", source=FILE, line="9x")
    assert [w.value.replace("\\", "") for w in at.warning] == [t("bad_line", "ru", value="9x")]
    assert not [m for m in at.markdown if 'class="focus"' in m.value]


def test_an_official_card_links_to_its_line(seed):
    at = run(lang="en", year="2019")
    official = [c for c in kpi_cards(at) if any("line=" in u for u in c.links)]
    assert official
    assert all(c.links[0].startswith("sources?source=opensdg-kz%2Findicator_") for c in official)
    assert all(t("line_link", "en") in c.source for c in official)

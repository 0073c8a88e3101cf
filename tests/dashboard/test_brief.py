"""The PDF brief, read back with pypdf: figures, quotes, sources, series, languages, limits."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pypdf
import pytest

from dashboard import brief
from dashboard.i18n import t
from dashboard.selection import Selection
from dashboard.tables import read_tables
from dashboard.views.brief import MAX_CHARTED, MAX_LISTED, brief_content, line_ranges, series_order
from tests.dashboard.helpers import write_tables
from tests.dashboard.official import CODE_OFFICIAL, with_official_series

BASE = "http://127.0.0.1:8501"
MAX_BYTES = 1_000_000
MAX_PAGES = 6
BIRTHS_QUOTE = "2016 жылдың 10 айының қорытындысы бойынша 308 297 бала дүниеге келген"
BIRTHS_SOURCE = "«МЕЙІРІМДІ ҚАЗАҚСТАН» ХАЛЫҚАРАЛЫҚ КОНФЕРЕНЦИЯСЫ ӨТЕДІ"
KAZAKH_LETTERS = "әғқңөұүһі"


def normalised(text: str) -> str:
    """Babel's non-breaking and narrow spaces, and line breaks, as plain spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


def read(pdf: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader, normalised(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture(scope="module")
def seed(seed_tables):
    return read_tables(seed_tables)


@pytest.fixture(scope="module")
def official(stated_tables, tmp_path_factory):
    # the stated figures with the synthetic official series (the snapshot's aside)
    folder = tmp_path_factory.mktemp("official")
    write_tables(with_official_series(stated_tables), folder)
    return read_tables(folder)


def test_kazakh_brief_of_2016_holds_the_births_with_their_quote_and_source(seed):
    _, text = read(brief.make_brief(seed, Selection(year=2016), "kk", BASE))
    assert "308 297" in text
    assert BIRTHS_QUOTE in text
    assert f"(қазақша): «{BIRTHS_QUOTE}»" in text  # the quote is tagged with its language
    assert BIRTHS_SOURCE in text
    assert t("brief_title", "kk") in text


def test_every_kazakh_letter_survives_the_embedded_font():
    letters = f"{KAZAKH_LETTERS} {KAZAKH_LETTERS.upper()} ёЁ «»–№"
    pdf = brief.BriefPdf("kk", BASE)
    pdf.add_page()
    for style in ({}, {"bold": True}, {"italic": True}):
        pdf.para(letters, 10, 5, style)
    _, text = read(bytes(pdf.output()))
    assert text.count(normalised(letters)) == 3


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_headings_are_in_the_readers_language(seed, lang):
    _, text = read(brief.make_brief(seed, Selection(year=2016), lang, BASE))
    for key in ("brief_title", "brief_kpis", "brief_figures", "brief_made", "brief_version"):
        assert normalised(t(key, lang)) in text
    others = [other for other in ("kk", "ru", "en") if other != lang]
    for other in others:
        assert normalised(t("brief_kpis", other)) not in text
    assert BIRTHS_QUOTE in text  # quotes stay in their document's language


def test_numbers_and_dates_are_written_as_on_screen(seed):
    _, english = read(brief.make_brief(seed, Selection(year=2016), "en", BASE))
    assert "308,297" in english and "Jan–Oct 2016" in english
    assert "November 21–22, 2016" in english
    _, russian = read(brief.make_brief(seed, Selection(year=2016), "ru", BASE))
    assert "308 297" in russian and "январь–октябрь 2016" in russian
    assert "более 1 300" in russian


def test_the_fonts_are_embedded(seed):
    reader, _ = read(brief.make_brief(seed, Selection(year=2016), "kk", BASE))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()
        names.append(str(font["/BaseFont"]))
    assert names and all("DejaVu" in name for name in names)


def test_title_page_names_the_selection_the_date_and_the_data_version(seed):
    content = brief_content(seed, Selection(year=2016, area="KZ"), "en", dt.date(2026, 11, 30))
    assert dict(content.selection)["Year"] == "2016"
    assert dict(content.selection)["Area"] == "Kazakhstan"
    assert content.made == "November 30, 2026"
    _, text = read(brief.render(content, "http://x/?lang=en"))
    assert "November 30, 2026" in text
    version = (Path(seed.fingerprint[0]) / "build.json").read_text()
    assert content.version.split(" ")[0] in version  # the build's inputs fingerprint


def test_every_page_has_its_number_and_the_footer_with_the_selections_address(official):
    sel = Selection(year=2016, area="KZ-75")
    reader, _ = read(brief.make_brief(official, sel, "en", BASE))
    url = f"{BASE}/?lang=en&year=2016&area=KZ-75"
    for number, page in enumerate(reader.pages, start=1):
        text = normalised(page.extract_text())
        assert f"page {number} of {len(reader.pages)}" in text
        assert url in text and "Child rights in Kazakhstan · indicator dashboard" in text
        links = [a.get_object()["/A"]["/URI"] for a in page.get("/Annots", [])]
        assert url in links


def test_official_series_have_a_chart_a_ranking_and_their_file_and_lines(official):
    content = brief_content(official, Selection(year=2016), "en")
    (series,) = content.series
    assert series.name == "Deaths of children under five"
    assert [round(p.value) for p in series.trend][:3] == [3000, 2950, 2900]
    assert [p.highlighted for p in series.trend].count(True) == 1
    # The conflicting pair of KZ-19 stays out of the ranking.
    assert [(r.rank, r.area, r.value, r.line) for r in series.ranking] == [
        (1, "Akmola Region", "220", 19),
        (2, "Shymkent", "180", 18),
        (3, "Astana", "140", 17),
        (4, "Almaty", "100", 16),
    ]
    (where,) = series.provenance
    assert (where.file, where.lines) == ("indicator_syn-3-2-1.csv", "2–19")
    _, text = read(brief.render(content, BASE))
    assert "Regions, 2016" in text and "Trend: Kazakhstan" in text
    assert "File: indicator_syn-3-2-1.csv · lines: 2–19" in text
    assert "7,777" not in text and "8,888" not in text


def test_an_official_card_names_its_dataset_file_and_line(official):
    content = brief_content(official, Selection(year=2016), "kk")
    cards = [c for g in content.groups for c in g.cards if c.kpi.indicator == CODE_OFFICIAL]
    (card,) = cards
    assert card.kpi.value == "2\u00a0700"
    assert card.provenance.official and card.provenance.lines == "8"
    _, text = read(brief.render(content, BASE))
    assert "Файл: indicator_syn-3-2-1.csv · жол: 8" in text


def test_stated_figures_not_on_a_card_are_listed_with_their_quotes(seed):
    content = brief_content(seed, Selection(year=2016), "en")
    announced = {f.label: f for f in content.figures}
    assert set(announced) == {
        "Event participants",
        "Countries represented at an event",
        "Thematic platforms",
    }
    assert announced["Event participants"].value == "about 1,000 persons"
    assert "Announced" in announced["Event participants"].details
    assert announced["Event participants"].provenance.quote_lang == "Kazakh"  # in words


def test_the_selected_indicators_and_breakdowns_are_in_force(official):
    content = brief_content(official, Selection(indicators=("BIRTHS",), sex="F"), "en")
    assert [c.kpi.indicator for g in content.groups for c in g.cards] == ["BIRTHS"]
    assert content.series == ()  # the official series has no values for girls
    assert ("Sex", "Female") in content.selection


def test_a_brief_with_the_official_series_stays_within_its_limits(official):
    for sel in (Selection(), Selection(year=2016), Selection(year=2016, area="KZ-75")):
        for lang in ("kk", "ru", "en"):
            pdf = brief.make_brief(official, sel, lang, BASE)
            reader, _ = read(pdf)
            assert len(pdf) < MAX_BYTES
            assert 1 <= len(reader.pages) <= MAX_PAGES


@pytest.mark.parametrize(
    "sel",
    [
        Selection(),
        Selection(year=2019),
        Selection(area="KZ-75"),
        Selection(year=2019, area="KZ-75"),
    ],
)
def test_a_brief_of_the_real_seed_tables_stays_within_a_few_pages(seed, sel):
    for lang in ("kk", "ru", "en"):
        pdf = brief.make_brief(seed, sel, lang, BASE)
        reader, _ = read(pdf)
        assert len(pdf) < MAX_BYTES
        assert 1 <= len(reader.pages) <= MAX_PAGES


def test_the_real_seed_brief_charts_childrens_series_first_and_counts_the_rest(seed):
    content = brief_content(seed, Selection(), "en")
    charted = [s.code for s in content.series]
    assert len(charted) == MAX_CHARTED
    children = seed.indicators["children"]
    assert all(children[code] for code in charted)
    assert charted == [c for c in series_order(seed, charted)]  # the registry's order
    assert charted[0] == "SDG_3_2_1"  # the registry's first series
    assert all(s.ranking for s in content.series)  # rankings for the charted few only
    assert 0 < len(content.listed) <= MAX_LISTED and content.series_left > 0
    for line in content.listed:  # every value listed keeps its dataset, file and line
        assert line.provenance.official and line.provenance.file and line.provenance.lines
    official_cards = [c for g in content.groups for c in g.cards if c.provenance.official]
    assert {c.kpi.indicator for c in official_cards} <= set(charted)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_line_of_the_series_left_out_names_the_dashboard_in_the_readers_language(seed, lang):
    content = brief_content(seed, Selection(), lang)
    _, text = read(brief.render(content, f"{BASE}/?lang={lang}"))
    more = t("brief_more_series", lang, count=content.series_left, url=f"{BASE}/?lang={lang}")
    assert normalised(more) in text
    assert normalised(t("brief_series_listed", lang)) in text
    first = content.listed[0]
    assert f"{first.provenance.file}" in text and normalised(first.value) in text


def test_the_real_seed_brief_of_2016_in_kazakh_holds_the_births_within_its_limits(seed):
    pdf = brief.make_brief(seed, Selection(year=2016), "kk", BASE)
    reader, text = read(pdf)
    assert "308 297" in text and BIRTHS_QUOTE in text
    assert len(reader.pages) <= MAX_PAGES and len(pdf) < MAX_BYTES


def test_a_brief_is_made_once_per_selection_language_and_address(official):
    first = brief.cached_brief(official, Selection(year=2016), "en", BASE)
    assert brief.cached_brief(official, Selection(year=2016), "en", BASE) is first
    assert brief.cached_brief(official, Selection(year=2016), "kk", BASE) is not first
    maker = brief.brief_maker(official, Selection(year=2016), "en", BASE)
    assert maker() is first


def test_line_ranges():
    assert line_ranges([9, 3, 4, 5, 5]) == "3–5, 9"
    assert line_ranges([7]) == "7"
    assert line_ranges([]) == ""


def test_nice_ticks_cover_the_values():
    assert brief.nice_ticks(0, 3000) == [0, 1000, 2000, 3000]
    assert brief.nice_ticks(0, 7.3) == [0, 2, 4, 6, 8]
    ticks = brief.nice_ticks(0, 0)
    assert ticks[0] == 0 and ticks[-1] >= 1


def test_selection_url_opens_the_live_view():
    assert brief.selection_url(BASE + "/", Selection(), "kk") == f"{BASE}/?lang=kk"
    sel = Selection(year=2016, area="KZ-75", indicators=("BIRTHS",))
    assert (
        brief.selection_url(BASE, sel, "ru")
        == f"{BASE}/explorer?indicator=BIRTHS&lang=ru&year=2016&area=KZ-75"
    )

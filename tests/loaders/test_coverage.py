"""Coverage: every numeric mention of a source is used, dismissed or open."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from finder import find_mentions
from indicators.registry import LocalText, Unit
from loaders.coverage import cover
from loaders.models import DismissalEntry, EventEntry, FigureEntry

UNITS = {
    code: Unit(code=code, kind=kind, name=LocalText(kk=code, ru=code, en=code))
    for code, kind in (("PERSONS", "count"), ("PERCENT", "percent"), ("CHANGE", "percent_change"))
}
TEXT = (
    "Биыл 308 297 нәресте туды. 2016 жылы 308 297 бала туды, 10 айда. "
    "Более 1300 участников из 30 стран. В 1994 году открыто представительство. "
    "Снижение на 30%. 25-летию Независимости. 25-летию ЮНИСЕФ."
)


def _figure(fid, value, quote, unit="PERSONS", period="not stated"):
    return FigureEntry(
        id=fid,
        indicator="X",
        value=value,
        unit=unit,
        period=period,
        period_basis="not_stated" if period == "not stated" else "stated",
        qualifier="exact",
        status="reported",
        source="s",
        quote=quote,
    )


def _event(eid, date, quote):
    title = LocalText(kk="t", ru="t", en="t")
    return EventEntry(
        id=eid,
        date=date,
        category="institution",
        status="reported",
        title=title,
        source="s",
        quote=quote,
    )


def _dismissal(text, context=None):
    return DismissalEntry(source="s", text=text, context=context, reason="because")


def _cover(figures=(), events=(), dismissals=()):
    mentions = find_mentions(TEXT, "ru")
    rows, stale = cover(
        TEXT, mentions, list(figures), list(events), list(enumerate(dismissals)), UNITS
    )
    return {(r.mention.text, r.mention.start): r for r in rows}, stale


def _by_text(rows, text):
    return [r for (t, _), r in sorted(rows.items(), key=lambda kv: kv[0][1]) if t == text]


def test_a_mention_inside_a_quote_is_used_by_the_figure_whose_value_it_states():
    fig_people = _figure("PEOPLE", 1300, "Более 1300 участников из 30 стран")
    fig_countries = _figure("COUNTRIES", 30, "Более 1300 участников из 30 стран")
    rows, _ = _cover([fig_people, fig_countries])
    assert _by_text(rows, "1300")[0].used_by == "PEOPLE"
    assert _by_text(rows, "30")[0].used_by == "COUNTRIES"


def test_other_numbers_inside_a_quote_are_used_by_it_as_context():
    fig = _figure("BIRTHS", 308297, "2016 жылы 308 297 бала туды, 10 айда")
    rows, _ = _cover([fig])
    assert _by_text(rows, "2016 жылы")[0].used_by == "BIRTHS"
    assert _by_text(rows, "10 айда")[0].used_by == "BIRTHS"


def test_the_same_value_elsewhere_in_the_source_is_used_by_the_figure():
    fig = _figure("BIRTHS", 308297, "2016 жылы 308 297 бала туды")
    rows, _ = _cover([fig])
    first, second = _by_text(rows, "308 297")
    assert (first.coverage, first.used_by) == ("used", "BIRTHS")
    assert (second.coverage, second.used_by) == ("used", "BIRTHS")


def test_a_value_match_needs_a_kind_that_fits_the_unit():
    change = _figure("FALL", -30, "Снижение на 30%", unit="CHANGE")
    rows, _ = _cover([change])
    assert _by_text(rows, "30%")[0].used_by == "FALL"
    assert _by_text(rows, "30")[0].coverage == "open"  # a count of countries, not -30%


def test_a_date_is_used_by_the_milestone_of_that_date():
    rows, _ = _cover(events=[_event("OFFICE", "1994", "открыто представительство")])
    assert _by_text(rows, "1994 году")[0].used_by == "OFFICE"


def test_a_dismissal_matches_by_text_and_context_and_reports_its_reason():
    rows, stale = _cover(dismissals=[_dismissal("25-летию", context="25-летию ЮНИСЕФ")])
    first, second = _by_text(rows, "25-летию")
    assert first.coverage == "open"
    assert (second.coverage, second.reason) == ("dismissed", "because")
    assert stale == []


def test_a_dismissal_that_matches_nothing_or_only_used_mentions_is_stale():
    fig = _figure("PEOPLE", 1300, "Более 1300 участников")
    _, stale = _cover(
        [fig],
        dismissals=[_dismissal("999"), _dismissal("1300"), _dismissal("30", context="нет такого")],
    )
    assert [index for index, _ in stale] == [0, 1, 2]
    assert "matches no numeric mention «999»" in stale[0][1]
    assert "used (by PEOPLE)" in stale[1][1]


def test_used_wins_over_a_dismissal_and_open_is_what_is_left():
    fig = _figure("PEOPLE", 1300, "Более 1300 участников")
    rows, stale = _cover([fig], dismissals=[_dismissal("30")])
    assert _by_text(rows, "30")[0].coverage == "dismissed"
    assert _by_text(rows, "1300")[0].coverage == "used"
    assert {r.coverage for r in rows.values()} == {"used", "dismissed", "open"}
    assert stale == []


def _mentions(seed_tables):
    return pq.read_table(seed_tables / "mentions.parquet").to_pylist()


def test_no_seed_document_has_an_open_mention(seed_tables):
    open_ = [
        f"{m['source_id']}: «{m['text']}» ({m['kind']}) at {m['start']}"
        for m in _mentions(seed_tables)
        if m["coverage"] == "open"
    ]
    assert open_ == [], "open mentions: add a figure or milestone, or dismiss them"


def test_the_mentions_table_has_what_the_sources_page_needs(seed_tables):
    rows = _mentions(seed_tables)
    sources = {
        r["source_id"]
        for r in pq.read_table(seed_tables / "sources.parquet").to_pylist()
        if r["kind"] != "dataset"  # the finder reads documents, not dataset files
    }
    assert {r["source_id"] for r in rows} == sources
    assert len({r["mention_id"] for r in rows}) == len(rows) == 57
    texts = {
        r["source_id"]: r["text"]
        for r in pq.read_table(seed_tables / "sources.parquet").to_pylist()
    }
    for row in rows:
        text = texts[row["source_id"]]
        assert text[row["start"] : row["end"]] == row["text"]
        assert len(row["occurrence_starts"]) == row["repeats"]
        assert (row["coverage"] == "used") == (row["used_by"] is not None)
        assert (row["coverage"] == "dismissed") == (row["reason"] is not None)
    counts = {}
    for row in rows:
        counts[row["coverage"]] = counts.get(row["coverage"], 0) + 1
    assert counts == {"used": 36, "dismissed": 21}


@pytest.mark.parametrize(
    ("obs_id", "text"),
    [("BIRTHS_2016_JAN_OCT", "308 297"), ("CONF2016_PARTICIPANTS_ANNOUNCED", "1000")],
)
def test_curated_figures_use_their_mentions(seed_tables, obs_id, text):
    used = [r["text"] for r in _mentions(seed_tables) if r["used_by"] == obs_id]
    assert text in used

"""The finder on the five seed documents against the hand-checked labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from finder import find_mentions
from finder.numbers import read_numbers
from finder.suggest import load_suggester
from finder.text import locate_all
from indicators.load import REGISTRY_DIR
from loaders.paths import DATA_DIR
from loaders.periods import parse_period

_LABELLED_FILE = yaml.safe_load(
    (Path(__file__).parent / "labelled_mentions.yaml").read_text(encoding="utf-8")
)
LABELLED = _LABELLED_FILE["documents"]
PARAGRAPHS = _LABELLED_FILE["paragraphs"]
MANIFEST = yaml.safe_load((DATA_DIR / "sources.yaml").read_text(encoding="utf-8"))["sources"]
SOURCES = {s["id"]: s for s in MANIFEST}
FIELDS = ("text", "kind", "value", "qualifier", "unit", "date", "start_date", "end_date")
NOT_COUNTS = ("year", "ordinal", "anniversary", "duration", "identifier", "date", "date_range")


def _text(file: str) -> str:
    return (DATA_DIR / "sources" / file).read_bytes().decode("utf-8")


def _language(file: str) -> str:
    return next(s["language"] for s in MANIFEST if s["file"] == file)


def _found(file: str, suggester=None):
    return find_mentions(_text(file), _language(file), suggester)


def _as_label(mention) -> dict:
    row = {f: getattr(mention, f) for f in FIELDS}
    row["value"] = mention.plain_value
    row["repeats"] = mention.repeats
    return row


def _expected(label: dict) -> dict:
    row = {f: label.get(f) for f in FIELDS}
    row["qualifier"] = label.get("qualifier", "exact")
    row["repeats"] = label.get("repeats", 1)
    return row


def test_the_labelled_set_covers_the_five_seed_documents():
    assert sorted(LABELLED) == sorted(s["file"] for s in MANIFEST)
    assert sum(len(rows) for rows in LABELLED.values()) == 57


@pytest.mark.parametrize("file", sorted(LABELLED))
def test_the_finder_gets_every_labelled_mention_right(file):
    got = [_as_label(m) for m in _found(file)]
    want = [_expected(label) for label in LABELLED[file]]
    assert got == want


@pytest.mark.parametrize("file", sorted(LABELLED))
def test_offsets_point_at_the_mention_in_the_file(file):
    text = _text(file)
    for mention in _found(file):
        assert text[mention.start : mention.end] == mention.text
        for start, end in mention.occurrences:
            assert text[start:end] == mention.text
        assert mention.text in mention.sentence


def test_no_year_ordinal_anniversary_duration_or_identifier_is_a_count():
    labelled_not_counts = {
        (file, label["text"]): label["kind"]
        for file, labels in LABELLED.items()
        for label in labels
        if label["kind"] in NOT_COUNTS
    }
    assert len(labelled_not_counts) >= 30
    for (file, text), kind in labelled_not_counts.items():
        found = [m.kind for m in _found(file) if m.text == text]
        assert found and "count" not in found, (file, text, kind, found)


FIGURES = yaml.safe_load((DATA_DIR / "figures.yaml").read_text(encoding="utf-8"))["figures"]
EVENTS = yaml.safe_load((DATA_DIR / "events.yaml").read_text(encoding="utf-8"))["events"]


def _in_quote(mention, text: str, quote: str) -> bool:
    spans = locate_all(text, quote)
    return any(s <= mention.start and mention.end <= e for s, e in spans)


@pytest.mark.parametrize("fig", FIGURES, ids=[f["id"] for f in FIGURES])
def test_each_curated_figure_is_found_with_its_value_and_indicator(fig):
    source = SOURCES[fig["source"]]
    text = _text(source["file"])
    suggester = load_suggester(REGISTRY_DIR)
    inside = [
        m
        for m in find_mentions(text, source["language"], suggester)
        if _in_quote(m, text, fig["quote"]) and m.value == abs(fig["value"])
    ]
    assert inside, f"{fig['id']}: no mention of {fig['value']} in its quote"
    mention = inside[0]
    assert mention.kind == ("percent" if "PERCENT" in fig["unit"] else "count")
    assert mention.qualifier == fig["qualifier"]
    assert mention.indicator == fig["indicator"]


DATED_EVENTS = [e for e in EVENTS if e["date"] != "not stated" and e["id"] != "MICS_2024"]


@pytest.mark.parametrize("event", DATED_EVENTS, ids=[e["id"] for e in DATED_EVENTS])
def test_each_milestone_date_is_found_in_its_quote(event):
    source = SOURCES[event["source"]]
    text = _text(source["file"])
    period = parse_period(str(event["date"]))
    found = set()
    for m in _found(source["file"]):
        if _in_quote(m, text, event["quote"]):
            found.add(f"{m.start_date}/{m.end_date}" if m.start_date else m.date)
    assert period.text in found


def test_mics_2024_is_an_identifier_not_a_year():
    # The survey's year is part of its name: the milestone takes it from there.
    found = [m for m in _found("003_568ea453ec8b69be.txt") if m.text == "MICS-2024"]
    assert [(m.kind, m.value, m.date) for m in found] == [("identifier", 2024, None)]


@pytest.mark.parametrize("name", sorted(PARAGRAPHS))
def test_the_finder_gets_every_labelled_paragraph_right(name):
    paragraph = PARAGRAPHS[name]
    got = [_as_label(m) for m in find_mentions(paragraph["text"], paragraph["lang"])]
    assert got == [_expected(label) for label in paragraph["mentions"]]


def _rates(paragraph: dict) -> list:
    return [m for m in find_mentions(paragraph["text"], paragraph["lang"]) if m.kind == "rate"]


@pytest.mark.parametrize("name", sorted(n for n in PARAGRAPHS if n.startswith("rates_")))
def test_a_rate_holds_its_base_and_no_base_is_a_count(name):
    paragraph = PARAGRAPHS[name]
    text, rates = paragraph["text"], _rates(paragraph)
    assert len(rates) == sum(label["kind"] == "rate" for label in paragraph["mentions"]) >= 5
    others = [m for m in find_mentions(text, paragraph["lang"]) if m.kind != "rate"]
    for rate in rates:
        base_start, base_end = rate.unit_span
        assert " ".join(text[base_start:base_end].split()).lower() == rate.unit.lower()
        base_number = read_numbers(rate.unit)[0].value
        assert base_number in (100, 1000, 10_000, 100_000), rate.unit
        # The base's number lies inside the rate's mention, and no other mention is in its base.
        assert any(t.value == base_number for t in read_numbers(rate.text)), rate.text
        assert not [m for m in others if base_start <= m.start < base_end], rate.unit


@pytest.mark.parametrize("name", sorted(n for n in PARAGRAPHS if n.startswith("near_misses_")))
def test_no_near_miss_becomes_a_rate(name):
    assert _rates(PARAGRAPHS[name]) == []

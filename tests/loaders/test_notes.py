"""Notes for readers (a figure's note and period reason, a source's publication note) are
written in Kazakh, Russian and English, and reach the tables in each language."""

from __future__ import annotations

import re

import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from indicators.codes import LANGUAGES
from indicators.inputs import read_yaml
from loaders.models import FigureEntry, SourceEntry
from loaders.paths import DATA_DIR

FIGURES = read_yaml(DATA_DIR / "figures.yaml", [])["figures"]
SOURCES = read_yaml(DATA_DIR / "sources.yaml", [])["sources"]


def _notes():
    for entry in FIGURES:
        for key in ("note", "period_reason"):
            if entry.get(key) is not None:
                yield f"{entry['id']}.{key}", entry[key]
    for entry in SOURCES:
        if entry["published"].get("note") is not None:
            yield f"{entry['id']}.published.note", entry["published"]["note"]


@pytest.mark.parametrize("where, note", list(_notes()))
def test_every_note_of_the_seed_data_is_written_in_each_language(where, note):
    assert set(note) == set(LANGUAGES), where
    assert all(note[lang].strip() for lang in LANGUAGES), where
    # A translation, not a copy of the English (quotes aside, the kk and ru texts are Cyrillic).
    for lang in ("kk", "ru"):
        own = re.sub(r"«[^»]*»|MICS-\d+", "", note[lang])
        assert not re.search(r"[A-Za-z]{3,}", own), (where, lang, note[lang])


def test_the_seed_data_has_notes_to_check():
    assert len(list(_notes())) >= 10


def _figure(**changes) -> dict:
    crime = next(e for e in FIGURES if e["id"] == "CRIME_GRAVE_CHANGE")
    return crime | changes


@pytest.mark.parametrize(
    "note",
    [
        "Neither the period of the fall nor its base period is stated.",  # one language only
        {"ru": "Не указан период.", "en": "No period is stated."},  # kk missing
        {"kk": "", "ru": "Не указан период.", "en": "No period is stated."},  # kk empty
        {"kk": "а", "ru": "б", "en": "c", "de": "d"},  # a language the app does not have
    ],
)
def test_a_note_missing_a_language_is_refused(note):
    with pytest.raises(ValidationError):
        FigureEntry(**_figure(note=note))


def test_a_period_reason_and_a_publication_note_need_each_language_too():
    child_pop = next(e for e in FIGURES if e["id"] == "CHILD_POP_2016")
    with pytest.raises(ValidationError):
        FigureEntry(**(child_pop | {"period_reason": {"en": "Inferred."}}))
    source = SOURCES[1] | {"published": SOURCES[1]["published"] | {"note": "No date."}}
    with pytest.raises(ValidationError):
        SourceEntry(**source)


def test_the_tables_hold_each_note_in_each_language(seed_tables):
    obs = pq.read_table(seed_tables / "observations.parquet").to_pylist()
    crime = next(r for r in obs if r["obs_id"] == "CRIME_GRAVE_CHANGE")
    assert crime["note_en"] == "Neither the period of the fall nor its base period is stated."
    assert crime["note_ru"].startswith("Не указаны ни период снижения")
    assert crime["note_kk"].startswith("Төмендеудің кезеңі")
    child_pop = next(r for r in obs if r["obs_id"] == "CHILD_POP_2016")
    assert all(child_pop[f"period_reason_{lang}"] for lang in LANGUAGES)
    sources = pq.read_table(seed_tables / "sources.parquet").to_pylist()
    assert all(s[f"published_note_{lang}"] for s in sources for lang in LANGUAGES)

"""Turn validated entries into the Arrow tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyarrow as pa

from finder.text import locate
from indicators.codes import LANGUAGES, STATED, TOTAL
from indicators.registry import Indicator, LocalText, Unit
from loaders import schemas
from loaders.headline import headline_ids
from loaders.mentions_check import SourceMention
from loaders.models import EventEntry, FigureEntry
from loaders.periods import parse_period
from loaders.sources import Source


@dataclass(frozen=True)
class _Candidate:
    obs_id: str
    group: tuple
    obs_status: str
    published_end: dt.date | None
    qualifier: str


def local_texts(column: str, text: LocalText | None) -> dict[str, str | None]:
    """A text for readers as one column per language (note_kk, note_ru, note_en)."""
    return {f"{column}_{lang}": None if text is None else text.get(lang) for lang in LANGUAGES}


def _span(source: Source, quote: str) -> tuple[int | None, int | None]:
    found = locate(source.text, quote)
    return found if found else (None, None)


def observations_table(
    figures: list[FigureEntry], sources: dict[str, Source], official: list[dict] = ()
) -> pa.Table:
    """The stated figures, then the official values (rows made by loaders/series/tables)."""

    def group(f: FigureEntry) -> tuple:
        return (f.indicator, f.area, f.sex, f.age, f.period, f.event)

    candidates = [
        _Candidate(
            f.id, group(f), f.obs_status, sources[f.source].entry.published.period.end, f.qualifier
        )
        for f in figures
    ]
    headlines = headline_ids(candidates)
    rows = []
    for f in figures:
        period = parse_period(f.period)
        start, end = _span(sources[f.source], f.quote)
        rows.append(
            {
                "obs_id": f.id,
                "indicator": f.indicator,
                "ref_area": f.area,
                "sex": f.sex,
                "age": f.age,
                "urbanisation": TOTAL,
                "education_level": TOTAL,
                "wealth_quintile": TOTAL,
                "time_period": period.text,
                "period_start": period.start,
                "period_end": period.end,
                "year": period.year,
                "period_basis": f.period_basis,
                **local_texts("period_reason", f.period_reason),
                "value": float(f.value),
                "unit": f.unit,
                "qualifier": f.qualifier,
                "obs_status": f.obs_status,
                "is_headline": f.id in headlines,
                "origin": STATED,
                "conflict": False,
                "event_id": f.event,
                "source_id": f.source,
                "quote": f.quote,
                "quote_start": start,
                "quote_end": end,
                **local_texts("note", f.note),
            }
        )
    return pa.Table.from_pylist([*rows, *official], schema=schemas.OBSERVATIONS)


def indicators_table(
    indicators: dict[str, Indicator], units: dict[str, Unit], official: list[dict] = ()
) -> pa.Table:
    rows = []
    for ind in indicators.values():
        unit = units[ind.unit]
        row = {
            "code": ind.code,
            "unit": ind.unit,
            "unit_kind": unit.kind,
            "domain": ind.domain,
            "measure": ind.measure,
            "better": ind.better,
            "total_age": ind.total_age,
            "crc_article": ind.crc_article,
            "sdg_target": ind.sdg_target,
            "keywords_kk": list(ind.keywords.kk),
            "keywords_ru": list(ind.keywords.ru),
            "origin": schemas.STATED,
            "dataset_id": None,
            "children": True,
        }
        for lang in LANGUAGES:
            row[f"name_{lang}"] = ind.name.get(lang)
            row[f"definition_{lang}"] = ind.definition.get(lang)
            row[f"unit_{lang}"] = unit.name.get(lang)
        rows.append(row)
    taken = {row["code"] for row in rows}
    rows += [row for row in official if row["code"] not in taken]
    return pa.Table.from_pylist(rows, schema=schemas.INDICATORS)


def sources_table(sources: dict[str, Source], official: list[dict] = ()) -> pa.Table:
    rows = []
    for ident, source in sources.items():
        e = source.entry
        period = e.published.period
        rows.append(
            {
                "source_id": ident,
                "file": e.file,
                "sha256": e.sha256,
                "title": e.title,
                "publisher": e.publisher,
                **{f"publisher_{lang}": None for lang in LANGUAGES},
                "language": e.language,
                "kind": e.kind,
                "published": period.text,
                "published_precision": period.precision,
                "published_basis": e.published.basis,
                "published_start": period.start,
                "published_end": period.end,
                **local_texts("published_note", e.published.note),
                "text": source.text,
                "dataset_id": None,
            }
        )
    return pa.Table.from_pylist([*rows, *official], schema=schemas.SOURCES)


def events_table(events: list[EventEntry], sources: dict[str, Source]) -> pa.Table:
    rows = []
    for ev in events:
        period = parse_period(ev.date)
        start, end = _span(sources[ev.source], ev.quote)
        row = {
            "event_id": ev.id,
            "date": period.text,
            "precision": period.precision,
            "date_start": period.start,
            "date_end": period.end,
            "year": period.start.year if period.start else None,
            "category": ev.category,
            "status": ev.status,
            "source_id": ev.source,
            "quote": ev.quote,
            "quote_start": start,
            "quote_end": end,
            "note": ev.note,
        }
        for lang in LANGUAGES:
            row[f"title_{lang}"] = ev.title.get(lang)
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=schemas.EVENTS)


def mentions_table(mentions: list[SourceMention]) -> pa.Table:
    rows = []
    for item in mentions:
        m, covered = item.covered.mention, item.covered
        rows.append(
            {
                "source_id": item.source_id,
                "mention_id": item.mention_id,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "value": m.value,
                "kind": m.kind,
                "qualifier": m.qualifier,
                "unit": m.unit,
                "date": m.date,
                "start_date": m.start_date,
                "end_date": m.end_date,
                "sentence": m.sentence,
                "repeats": m.repeats,
                "occurrence_starts": [s for s, _ in m.occurrences],
                "occurrence_ends": [e for _, e in m.occurrences],
                "indicator": m.indicator,
                "matched": list(m.matched),
                "score": m.score,
                "coverage": covered.coverage,
                "used_by": covered.used_by,
                "reason": covered.reason,
            }
        )
    return pa.Table.from_pylist(rows, schema=schemas.MENTIONS)

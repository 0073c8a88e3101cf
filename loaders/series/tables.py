"""Rows of the built tables for the official datasets (stated figures: loaders/tables.py)."""

from __future__ import annotations

from collections import Counter

from indicators.codes import DATASET, EXACT, LANGUAGES, MULTILINGUAL, OFFICIAL, TOTAL
from indicators.registry import LocalText, SeriesAddition, Unit
from loaders.periods import parse_period
from loaders.series.load import NO_UNIT, Series
from loaders.series.model import SeriesIndicator

# A default domain from the SDG goal, where the registry gives none.
GOAL_DOMAINS = {"1": "finance", "2": "health", "3": "health", "4": "education", "5": "protection"}
GOAL_DOMAINS["16"] = "protection"
NO_UNIT_TEXT = LocalText(kk="бірлігі көрсетілмеген", ru="единица не указана", en="unit not stated")


def observation_rows(series: Series) -> list[dict]:
    rows = []
    for item in series.files:
        if item.read.errors:
            continue
        for r in item.read.rows:
            period = parse_period(r.time_period)
            start, end = item.spans[r.line]
            rows.append(
                {
                    "obs_id": f"{item.source_id}:{r.line}",
                    "indicator": r.indicator,
                    "ref_area": r.ref_area,
                    "sex": r.sex,
                    "age": r.age,
                    "urbanisation": r.urbanisation,
                    "education_level": r.education_level,
                    "wealth_quintile": r.wealth_quintile,
                    "time_period": period.text,
                    "period_start": period.start,
                    "period_end": period.end,
                    "year": period.year,
                    "period_basis": "stated",
                    "value": r.value,
                    "lower_bound": r.lower_bound,
                    "upper_bound": r.upper_bound,
                    "unit": item.units[r.line],
                    "qualifier": EXACT,
                    "obs_status": r.obs_status,
                    "is_headline": r.line not in item.conflicts,
                    "origin": OFFICIAL,
                    "conflict": r.line in item.conflicts,
                    "source_id": item.source_id,
                    "quote": r.line_text,
                    "quote_start": start,
                    "quote_end": end,
                    "source_line": r.line,
                }
            )
    return rows


def unit_kind(code: str) -> str:
    """How values of a platform unit are written: PT percent, PER_1000_... a rate, else count."""
    if code == "PT":
        return "percent"
    if code.startswith("PER_"):
        return "rate"
    return "count" if code != NO_UNIT else "other"


def _unit_names(series: Series, units: dict[str, Unit]) -> dict[str, LocalText]:
    names: dict[str, LocalText] = {NO_UNIT: NO_UNIT_TEXT}
    for code, unit in units.items():
        names.setdefault(code, unit.name)
    for item in series.files:
        for code, label in item.read.labels.get("unit", {}).items():
            names[code] = label  # the dataset's own words for its units
    return names


def indicator_rows(
    series: Series, additions: dict[str, SeriesAddition], units: dict[str, Unit]
) -> list[dict]:
    named: dict[str, tuple[SeriesIndicator | None, str]] = {}
    unit_counts: dict[str, Counter] = {}
    for item in series.files:
        for r in item.read.rows:
            named.setdefault(r.indicator, (item.read.indicators.get(r.indicator), item.dataset.id))
            unit_counts.setdefault(r.indicator, Counter())[item.units[r.line]] += 1
    unit_names = _unit_names(series, units)
    rows = []
    # The registry's `series:` order first (it decides the order of the cards), then the rest.
    listed = {code: i for i, code in enumerate(additions)}
    for code, (found, dataset_id) in sorted(
        named.items(), key=lambda item: listed.get(item[0], len(listed))
    ):
        add = additions.get(code) or SeriesAddition(code=code)
        name = add.name or found.name
        definition = add.definition or (found.definition if found else None) or name
        unit = unit_counts[code].most_common(1)[0][0]
        target = found.sdg_target if found else None
        goal = (target or "").split(".")[0]
        row = {
            "code": code,
            "unit": unit,
            "unit_kind": unit_kind(unit),
            "domain": add.domain or GOAL_DOMAINS.get(goal, "other"),
            "measure": "share" if unit_kind(unit) == "percent" else "count",
            "better": add.better or "neutral",
            "total_age": TOTAL,
            "crc_article": add.crc_article,
            "sdg_target": target,
            "keywords_kk": [],
            "keywords_ru": [],
            "origin": OFFICIAL,
            "dataset_id": dataset_id,
            "children": add.children,
        }
        unit_text = unit_names.get(unit, NO_UNIT_TEXT)
        for lang in LANGUAGES:
            row[f"name_{lang}"] = name.get(lang)
            row[f"definition_{lang}"] = definition.get(lang)
            row[f"unit_{lang}"] = unit_text.get(lang)
        rows.append(row)
    return rows


def source_rows(series: Series) -> list[dict]:
    rows = []
    for item in series.files:
        entry = item.dataset
        taken = entry.taken
        at = f" ({entry.commit[:12]})" if entry.commit else ""
        taken_from = {
            "kk": f"Файлдар {entry.repository}{at} репозиторийінен {taken.isoformat()} алынды",
            "ru": f"Файлы взяты из репозитория {entry.repository}{at} {taken.isoformat()}",
            "en": f"Files taken from {entry.repository}{at} on {taken.isoformat()}",
        }
        rows.append(
            {
                "source_id": item.source_id,
                "file": f"series/{entry.id}/{item.path.name}",
                "sha256": item.sha256,
                "title": item.path.name,
                "publisher": entry.publisher_in("en"),
                **{f"publisher_{lang}": entry.publisher_in(lang) for lang in LANGUAGES},
                "language": MULTILINGUAL,
                "kind": DATASET,
                "published": taken.isoformat(),
                "published_precision": "day",
                "published_basis": "implied",
                "published_start": taken,
                "published_end": taken,
                **{f"published_note_{lang}": taken_from[lang] for lang in LANGUAGES},
                "text": item.text,
                "dataset_id": entry.id,
            }
        )
    return rows


def label_rows(series: Series) -> list[dict]:
    """The datasets' words for their codes (units, urban/rural, levels of schooling ...)."""
    seen: dict[tuple[str, str], LocalText] = {}
    for item in series.files:
        for dimension, labels in item.read.labels.items():
            for code, text in labels.items():
                seen.setdefault((dimension, code), text)
    return [
        {
            "dimension": dimension,
            "code": code,
            **{f"name_{lang}": text.get(lang) for lang in LANGUAGES},
        }
        for (dimension, code), text in sorted(seen.items())
    ]

"""The PDF brief's content: the selection's KPI cards (as the Overview shows them), its official
series (trend and regional ranking) and its stated figures, each with its provenance, in the
reader's language. The PDF itself is drawn by `dashboard.brief`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL, Selection, select
from dashboard.tables import Tables, data_version
from dashboard.views import overview
from dashboard.views.common import (
    language_name,
    missing,
    published_label,
    publisher_name,
    records,
    source_title,
)
from indicators.areas import area_names
from indicators.codes import NOT_STATED, OFFICIAL, TOTAL

# Breakdowns beside sex and age that official series carry; the brief shows their totals.
FURTHER_BREAKDOWNS = ("urbanisation", "education_level", "wealth_quintile")
MAX_CHARTED = 4  # official series drawn with a chart and a ranking: children's first
MAX_LISTED = 16  # further series listed in a compact table; the rest are counted
MAX_FIGURES = 60  # stated figures listed beside the cards; the rest are counted
MAX_RANKED = 24  # areas in a ranking (Kazakhstan has 20 regions and cities)


@dataclass(frozen=True)
class Provenance:
    """Where a value was read: a document and its words, or a dataset file and its lines."""

    official: bool
    title: str
    publisher: str | None = None
    published: str | None = None
    quote: str | None = None
    quote_lang: str | None = None
    file: str | None = None
    lines: str | None = None


@dataclass(frozen=True)
class Card:
    kpi: overview.Kpi
    provenance: Provenance


@dataclass(frozen=True)
class Domain:
    """A domain's cards as the Overview shows them: how recent the newest is, the cards with a
    stated period, then those whose period is not stated."""

    heading: str
    newest: str | None
    cards: tuple[Card, ...]
    undated: tuple[Card, ...]


@dataclass(frozen=True)
class Figure:
    """A stated figure of the selection that no card shows (announced, by sex, by region ...)."""

    label: str
    value: str
    period: str
    details: tuple[str, ...]
    provenance: Provenance


@dataclass(frozen=True)
class Point:
    x: float  # the period's end as a fractional year
    value: float
    label: str
    highlighted: bool


@dataclass(frozen=True)
class Ranked:
    rank: int
    area: str
    value: str
    line: int | None
    chosen: bool


@dataclass(frozen=True)
class Series:
    code: str
    name: str
    unit: str
    unit_kind: str
    area: str
    trend: tuple[Point, ...]
    ranking_period: str | None
    ranking: tuple[Ranked, ...]
    provenance: tuple[Provenance, ...]


@dataclass(frozen=True)
class Listed:
    """A series in the compact table: the latest value of the area, its period, its change
    from the period before, and the dataset file and line it was read from."""

    name: str
    value: str
    period: str
    change: str | None
    provenance: Provenance


@dataclass(frozen=True)
class Brief:
    lang: str
    selection: tuple[tuple[str, str], ...]
    made: str
    version: str
    groups: tuple[Domain, ...]
    figures: tuple[Figure, ...]
    figures_left: int
    series: tuple[Series, ...]
    listed: tuple[Listed, ...]
    series_left: int


def line_ranges(lines: list[int]) -> str:
    """ "3–5, 9": line numbers, runs written as ranges."""
    runs: list[list[int]] = []
    for line in sorted(set(lines)):
        if runs and line == runs[-1][1] + 1:
            runs[-1][1] = line
        else:
            runs.append([line, line])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def _text(value: object) -> str | None:
    return None if missing(value) or value == "" else str(value)


def provenance(tables: Tables, row: dict, lang: str) -> Provenance:
    """A stated figure's document (title, publisher, date) and quote with its language; an
    official value's dataset, file and line."""
    src = records(tables, "sources")[row["source_id"]]
    if row["origin"] == OFFICIAL:
        line = row["source_line"]
        return Provenance(
            official=True,
            title=source_title(src, lang),
            publisher=_text(publisher_name(src, lang)),
            file=_text(src.get("file")) or row["source_id"],
            lines=None if missing(line) else str(int(line)),
        )
    return Provenance(
        official=False,
        title=src["title"],
        publisher=_text(src.get("publisher")),
        published=published_label(src, lang),
        quote=row["quote"],
        quote_lang=language_name(src["language"], lang),
    )


def _frame(table: pa.Table) -> pd.DataFrame:
    frame = table.to_pandas()
    for name in frame.columns:
        if isinstance(frame[name].dtype, pd.CategoricalDtype):
            frame[name] = frame[name].astype(object)
    return frame


def _rows_by_id(tables: Tables, obs_ids: list[str]) -> dict[str, dict]:
    chosen = tables.observations.filter(
        pc.is_in(tables.observations["obs_id"], value_set=pa.array(obs_ids, pa.string()))
    )
    return {row["obs_id"]: row for row in _frame(chosen).to_dict("records")}


def selection_words(tables: Tables, sel: Selection, lang: str) -> tuple[tuple[str, str], ...]:
    """The filters in force, in words: year, area and language always, the others when set."""
    area = area_names(lang).get(sel.area, sel.area) if sel.area else t("brief_every_area", lang)
    words = [
        (t("year", lang), str(sel.year) if sel.year is not None else t("all_years", lang)),
        (t("area", lang), area),
    ]
    if sel.indicators:
        labels = tables.indicators[f"name_{lang}"]
        words.append((t("indicator", lang), "; ".join(labels[c] for c in sel.indicators)))
    if sel.sex:
        words.append((t("sex", lang), formatting.sex(sel.sex, lang)))
    if sel.age:
        words.append((t("age", lang), formatting.age(sel.age, lang)))
    if sel.headline_only:
        words.append((t("headline", lang), t("brief_headline_only", lang)))
    words.append((t("language", lang), t(f"lang_{lang}", lang)))
    return tuple(words)


def _cards(tables: Tables, sel: Selection, lang: str, today: dt.date) -> tuple[Domain, ...]:
    """The Overview's cards of the year and area by domain (the selected indicators only,
    when given), each with its provenance."""
    groups = overview.kpis(tables, sel.year, lang, sel.area or NATIONAL, today)

    def wanted(kpis: list[overview.Kpi]) -> list[overview.Kpi]:
        return [k for k in kpis if not sel.indicators or k.indicator in sel.indicators]

    shown = [(g, wanted(g.cards), wanted(g.undated)) for g in groups.values()]
    ids = [k.obs_id for _, dated, undated in shown for k in (*dated, *undated)]
    rows = _rows_by_id(tables, ids)

    def cards(kpis: list[overview.Kpi]) -> tuple[Card, ...]:
        return tuple(Card(k, provenance(tables, rows[k.obs_id], lang)) for k in kpis)

    made = []
    for group, dated, undated in shown:
        if dated or undated:
            newest = max(dated, key=lambda k: k.period_end, default=None)
            made.append(
                Domain(
                    heading=t(f"domain_{group.domain}", lang),
                    newest=newest
                    and t("domain_newest", lang, period=newest.period, ago=newest.ago),
                    cards=cards(dated),
                    undated=cards(undated),
                )
            )
    return tuple(made)


def _figures(
    tables: Tables, sel: Selection, lang: str, on_cards: set[str]
) -> tuple[tuple[Figure, ...], int]:
    """Every stated figure of the selection not on a card, with its source and quote."""
    frame = _frame(select(tables.observations, sel))
    frame = frame[(frame["origin"] != OFFICIAL) & ~frame["obs_id"].isin(on_cards)]
    ind = records(tables, "indicators")
    names = area_names(lang)
    figures = []
    for row in frame.head(MAX_FIGURES).to_dict("records"):
        info = ind[row["indicator"]]
        details = [names.get(row["ref_area"], row["ref_area"])]
        details += [formatting.sex(row["sex"], lang)] if row["sex"] != TOTAL else []
        details += (
            [formatting.age(row["age"], lang)]
            if row["age"] not in (TOTAL, info["total_age"])
            else []
        )
        details += [t(f"status_{row['obs_status']}", lang)] if row["obs_status"] != "A" else []
        value = formatting.qualified(row["value"], info["unit_kind"], row["qualifier"], lang)
        figures.append(
            Figure(
                label=info[f"name_{lang}"],
                value=f"{value} {info[f'unit_{lang}']}",
                period=formatting.period(
                    row["time_period"], row["period_start"], row["period_end"], lang
                ),
                details=tuple(details),
                provenance=provenance(tables, row, lang),
            )
        )
    return tuple(figures), max(0, len(frame) - MAX_FIGURES)


SERIES_COLUMNS = [
    "indicator",
    "ref_area",
    "age",
    "time_period",
    "period_start",
    "period_end",
    "year",
    "value",
    "qualifier",
    "is_headline",
    "source_id",
    "source_line",
]


def _official_rows(tables: Tables, sel: Selection) -> dict[str, list[dict]]:
    """The official values the series are drawn from, by indicator: not in conflict, of the
    selected sex (total by default), age (the indicator's total by default) and indicators,
    at the total of every further breakdown, with a stated period. Plain records: a few
    thousand rows cut per series cost far less than as pandas frames."""
    chosen = select(tables.observations, Selection(indicators=sel.indicators, sex=sel.sex or TOTAL))
    mask = pc.and_kleene(pc.equal(chosen["origin"], OFFICIAL), pc.invert(chosen["conflict"]))
    for column in FURTHER_BREAKDOWNS:
        mask = pc.and_kleene(mask, pc.equal(chosen[column], TOTAL))
    mask = pc.and_kleene(mask, pc.not_equal(chosen["time_period"], NOT_STATED))
    rows = chosen.filter(pc.fill_null(mask, False)).select(SERIES_COLUMNS).to_pylist()
    total_age = tables.indicators["total_age"]
    by_code: dict[str, list[dict]] = {}
    for row in rows:
        if row["age"] == (sel.age or total_age[row["indicator"]]):
            by_code.setdefault(row["indicator"], []).append(row)
    return by_code


def _fraction_of_year(day: dt.date) -> float:
    return day.year + (day.timetuple().tm_yday - 1) / 366


def _latest_each(rows: list[dict], key: str) -> list[dict]:
    """One row per `key`: the headline one, else the latest period; in the order found."""
    best: dict[str, dict] = {}
    for row in sorted(rows, key=lambda r: (r["is_headline"], r["period_end"])):
        best[row[key]] = row
    return list(best.values())


def _series_provenance(tables: Tables, rows: list[dict], lang: str) -> tuple[Provenance, ...]:
    """One entry per dataset file: its dataset and the lines of every value drawn."""
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        by_file.setdefault(row["source_id"], []).append(row)
    made = []
    for source_id in sorted(by_file):
        first = provenance(tables, {**by_file[source_id][0], "origin": OFFICIAL, "quote": ""}, lang)
        lines = [r["source_line"] for r in by_file[source_id] if r["source_line"] is not None]
        made.append(replace(first, lines=line_ranges(lines) or None))
    return tuple(made)


def _one_series(tables: Tables, code: str, rows: list[dict], sel: Selection, lang: str):
    """The trend of the selected area (the country by default) over every year, and the
    regions ranked in the selected year (the latest with regional values by default); None
    when the series has no value in the selected year."""
    info = records(tables, "indicators")[code]
    kind, area, names = info["unit_kind"], sel.area or NATIONAL, area_names(lang)
    trend = _area_trend(rows, sel)
    regional = [r for r in rows if r["ref_area"] != NATIONAL]
    year = sel.year if sel.year is not None else max((r["year"] for r in regional), default=None)
    ranked = _latest_each([r for r in regional if r["year"] == year], "ref_area")
    if sel.year is not None and not ranked and all(r["year"] != sel.year for r in trend):
        return None
    if not trend and not ranked:
        return None
    ranked = sorted(ranked, key=lambda r: -r["value"])[:MAX_RANKED]
    values = [r["value"] for r in ranked]

    def period(r: dict) -> str:
        return formatting.period(r["time_period"], r["period_start"], r["period_end"], lang)

    return Series(
        code=code,
        name=info[f"name_{lang}"],
        unit=info[f"unit_{lang}"],
        unit_kind=kind,
        area=names.get(area, area),
        trend=tuple(
            Point(_fraction_of_year(r["period_end"]), r["value"], period(r), r["year"] == sel.year)
            for r in trend
        ),
        ranking_period=period(ranked[0]) if ranked else None,
        ranking=tuple(
            Ranked(
                rank=1 + sum(v > r["value"] for v in values),
                area=names.get(r["ref_area"], r["ref_area"]),
                value=formatting.qualified(r["value"], kind, r["qualifier"], lang),
                line=r["source_line"],
                chosen=r["ref_area"] == sel.area,
            )
            for r in ranked
        ),
        provenance=_series_provenance(tables, trend + ranked, lang),
    )


def _area_trend(rows: list[dict], sel: Selection) -> list[dict]:
    """The selected area's values (the country's by default), one per period, oldest first."""
    area = sel.area or NATIONAL
    return sorted(
        _latest_each([r for r in rows if r["ref_area"] == area], "time_period"),
        key=lambda r: r["period_end"],
    )


def _listed(tables: Tables, code: str, rows: list[dict], sel: Selection, lang: str):
    """The table's line of a series: the value of the selected year (the latest by default)
    and its change from the period before; None when there is no such value."""
    trend = _area_trend(rows, sel)
    if sel.year is not None:
        trend = [r for r in trend if r["year"] <= sel.year]
        if trend and trend[-1]["year"] != sel.year:
            return None
    if not trend:
        return None
    info = records(tables, "indicators")[code]
    kind, last = info["unit_kind"], trend[-1]
    change = None
    if len(trend) > 1:
        change = formatting.quantity(last["value"] - trend[-2]["value"], kind, lang, signed=True)
    return Listed(
        name=f"{info[f'name_{lang}']} ({info[f'unit_{lang}']})",
        value=formatting.qualified(last["value"], kind, last["qualifier"], lang),
        period=formatting.period(
            last["time_period"], last["period_start"], last["period_end"], lang
        ),
        change=change,
        provenance=_series_provenance(tables, [last], lang)[0],
    )


def series_order(tables: Tables, codes) -> list[str]:
    """Children's indicators first, each part in the registry's order."""
    order = {code: i for i, code in enumerate(tables.indicators["code"])}
    children = tables.indicators["children"]
    return sorted(codes, key=lambda c: (not children.get(c, True), order.get(c, len(order))))


def _series(
    tables: Tables, sel: Selection, lang: str, on_cards: set[str]
) -> tuple[tuple[Series, ...], tuple[Listed, ...], int]:
    """The first few series of the selection charted and ranked, the next ones listed in a
    table, and how many more there are (the official cards' indicators included)."""
    by_code = _official_rows(tables, sel)
    charted: list[Series] = []
    listed: list[Listed] = []
    left = len(on_cards - set(by_code))
    for code in series_order(tables, by_code):
        if len(charted) < MAX_CHARTED:
            found = _one_series(tables, code, by_code[code], sel, lang)
            if found is not None:
                charted.append(found)
                continue
        line = _listed(tables, code, by_code[code], sel, lang)
        if line is not None and len(listed) < MAX_LISTED:
            listed.append(line)
        elif line is not None or code in on_cards:
            left += 1
    return tuple(charted), tuple(listed), left


def _official_cards_of(groups: tuple[Domain, ...], charted: set[str]) -> tuple[Domain, ...]:
    """The cards, an official one only when its series is charted (the others' latest values
    are in the series table): a brief of a few pages."""

    def kept(cards: tuple[Card, ...]) -> tuple[Card, ...]:
        return tuple(c for c in cards if not c.provenance.official or c.kpi.indicator in charted)

    made = [replace(g, cards=kept(g.cards), undated=kept(g.undated)) for g in groups]
    return tuple(g for g in made if g.cards or g.undated)


def brief_content(tables: Tables, sel: Selection, lang: str, today: dt.date | None = None) -> Brief:
    """Everything the brief of `sel` says, in `lang`."""
    today = today or dt.date.today()
    groups = _cards(tables, sel, lang, today)
    on_cards = {card.kpi.obs_id for g in groups for card in (*g.cards, *g.undated)}
    figures, figures_left = _figures(tables, sel, lang, on_cards)
    official = {
        c.kpi.indicator for g in groups for c in (*g.cards, *g.undated) if c.provenance.official
    }
    series, listed, series_left = _series(tables, sel, lang, official)
    groups = _official_cards_of(groups, {found.code for found in series})
    inputs, built_at = data_version(tables)
    version = inputs
    if built_at:
        built = dt.datetime.fromisoformat(built_at).date()
        version = t("brief_version_built", lang, version=inputs, date=formatting.date(built, lang))
    return Brief(
        lang=lang,
        selection=selection_words(tables, sel, lang),
        made=formatting.date(today, lang),
        version=version,
        groups=groups,
        figures=figures,
        figures_left=figures_left,
        series=series,
        listed=listed,
        series_left=series_left,
    )

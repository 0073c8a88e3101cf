"""The Overview: the headline figures of an area as KPI cards, grouped by domain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

import pandas as pd

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import NATIONAL, Selection, select
from dashboard.tables import Tables
from dashboard.views.common import (
    SourceNote,
    local_text,
    observation_frame,
    records,
    source_lines,
    source_note,
)
from dashboard.views.timeline import timeline
from indicators.codes import (
    DOMAINS,
    INFERRED,
    NOT_STATED,
    OBS_ANNOUNCED,
    OBS_ESTIMATED,
    OBS_PARTIAL,
    OFFICIAL,
    STATED,
    TOTAL,
)

BADGE_KEYS = {code: f"status_{code}" for code in (OBS_PARTIAL, OBS_ANNOUNCED, OBS_ESTIMATED)}


@dataclass(frozen=True)
class Kpi:
    obs_id: str  # the observation shown: its source, quote or dataset line (the PDF brief)
    domain: str
    indicator: str
    label: str
    value: str
    unit: str
    period: str
    badges: tuple[str, ...]
    source: SourceNote  # where the value comes from, shown under the card on demand
    delta: str | None
    delta_color: str
    delta_label: str | None
    event: str | None
    period_end: dt.date | None = None
    ago: str | None = None  # how long ago the period ended, in words
    badge_help: tuple[str, ...] = ()  # what each badge means, for its tooltip
    note: str | None = None  # the curator's note for readers, in the card's language
    period_reason: str | None = None  # why an inferred period was inferred
    source_lines: tuple[str, ...] = ()  # the source and quote in plain text, for the printout

    # `stated` (a figure stated in a text) or `official` (an official series' latest value).
    origin: str = STATED
    origin_label: str = ""
    # An official series' values up to the card's year, oldest first: its small trend line.
    trend: tuple[float, ...] = ()
    # The trend line in words, its text alternative ("Trend 2010–2023: from 19.6 to 8.9").
    trend_alt: str = ""


@dataclass(frozen=True)
class DomainCards:
    """One domain of the Overview: its cards with a stated period (newest first in the data's
    indicator order) and, in a group of their own, the cards whose period is not stated."""

    domain: str
    cards: list[Kpi] = field(default_factory=list)
    undated: list[Kpi] = field(default_factory=list)

    def first(self, limit: int) -> tuple[list[Kpi], list[Kpi]]:
        """The dated and the undated cards shown before "show all": figures stated in the
        texts first (dated, then undated: few, and the reason the dashboard exists), then the
        official series' cards; each group keeps its order."""
        ranked = [c for c in self.cards if c.origin == STATED] + self.undated
        ranked += [c for c in self.cards if c.origin != STATED]
        chosen = {id(card) for card in ranked[:limit]}
        return (
            [c for c in self.cards if id(c) in chosen],
            [c for c in self.undated if id(c) in chosen],
        )

    def rest(self, limit: int) -> tuple[list[Kpi], list[Kpi]]:
        """The dated and the undated cards that `first(limit)` leaves out, in their order."""
        dated, undated = self.first(limit)
        shown = {id(card) for card in dated + undated}
        return (
            [c for c in self.cards if id(c) not in shown],
            [c for c in self.undated if id(c) not in shown],
        )

    @property
    def newest(self) -> Kpi | None:
        """The card whose period ends last: how recent the domain's figures are."""
        return max(self.cards, key=lambda c: c.period_end, default=None)


def _kpi_history(tables: Tables, area: str = NATIONAL) -> pd.DataFrame:
    """An area's headline figures at each indicator's total age, each with the position of its
    previous comparable value (the build's `previous_obs_id`, which has the same area, sex and
    age, so it is one of these rows): prepared once per data version and area."""

    def make() -> pd.DataFrame:
        national = Selection(area=area, sex=TOTAL, headline_only=True, origin=STATED)
        history = observation_frame(select(tables.observations, national), ("previous_obs_id",))
        total_age = history["indicator"].map(tables.indicators["total_age"])
        history = history[history["age"] == total_age].reset_index(drop=True)
        history["prev"] = pd.Index(history["obs_id"]).get_indexer(history["previous_obs_id"])
        return history, history.to_dict("records")

    return tables.prepared(("kpi_history", area), make)


def _change(row, prev, kind: str, lang: str) -> tuple[str, str]:
    """A card's change since its previous value, and the words naming that value's period."""
    delta = formatting.quantity(row["value"] - prev["value"], kind, lang, signed=True)
    period = formatting.period(prev["time_period"], prev["period_start"], prev["period_end"], lang)
    return delta, t("change_since", lang, period=period)


def _kpi(tables: Tables, row: dict, prev: dict | None, lang: str) -> Kpi:
    ind = records(tables, "indicators")[row["indicator"]]
    kind = ind["unit_kind"]
    status = row["obs_status"]
    badges, badge_help = (), ()
    if status in BADGE_KEYS:
        badges += (t(BADGE_KEYS[status], lang),)
        badge_help += (t(f"{BADGE_KEYS[status]}_help", lang),)
    reason = local_text(row, "period_reason", lang)
    if row["period_basis"] == INFERRED:
        badges += (t("period_inferred", lang),)
        badge_help += (t("period_inferred_help", lang, reason=reason or ""),)
    comparable = prev is not None and row["time_period"] != NOT_STATED
    delta, delta_label = _change(row, prev, kind, lang) if comparable else (None, None)
    event = row["event_id"] if isinstance(row["event_id"], str) else None
    return Kpi(
        obs_id=row["obs_id"],
        domain=ind["domain"],
        indicator=row["indicator"],
        label=ind[f"name_{lang}"],
        value=formatting.qualified(row["value"], kind, row["qualifier"], lang),
        unit=ind[f"unit_{lang}"],
        period=formatting.period(row["time_period"], row["period_start"], row["period_end"], lang),
        badges=badges,
        source=source_note(tables, row["source_id"], row["quote"], lang, row["obs_id"]),
        source_lines=source_lines(tables, row["source_id"], row["quote"], lang),
        delta=delta,
        delta_color=DELTA_COLOURS.get(ind["better"], "off"),
        delta_label=delta_label,
        event=records(tables, "events")[event][f"title_{lang}"] if event else None,
        origin_label=t("origin_stated", lang),
        period_end=None if row["time_period"] == NOT_STATED else row["period_end"],
        badge_help=badge_help,
        note=local_text(row, "note", lang),
        period_reason=reason,
    )


def kpis(
    tables: Tables,
    year: int | None,
    lang: str,
    area: str = NATIONAL,
    today: dt.date | None = None,
) -> dict[str, DomainCards]:
    """Headline figures of an area (the country by default): the latest per indicator (and
    event), by domain in the order of DOMAINS (domains without a figure left out).

    With a year, only figures whose period ends in that year; figures whose period is not
    stated belong to no year and are shown under every year, in their domain's own group.
    Each dated card says how long before `today` (default: the day of the run) its period ended.
    """
    today = today or dt.date.today()
    history, records = _kpi_history(tables, area)
    dated = history["time_period"] != NOT_STATED
    chosen = history[dated] if year is None else history[dated & (history["year"] == year)]
    stated = chosen.sort_values("period_end", kind="stable")
    latest = stated.groupby(["indicator", stated["event_id"].fillna("")], sort=False).tail(1)
    order = {code: i for i, code in enumerate(tables.indicators["code"])}

    def cards(rows: pd.DataFrame) -> list[Kpi]:
        # A card depends on its row and language only: made once, whatever year shows it.
        made = []
        by_indicator = rows.sort_values("indicator", kind="stable", key=lambda s: s.map(order))
        for position in by_indicator.index:
            row = records[position]
            prev = records[row["prev"]] if row["prev"] >= 0 else None
            made.append(
                tables.prepared(
                    ("kpi", area, lang, position),
                    lambda row=row, prev=prev: _kpi(tables, row, prev, lang),
                )
            )
        return made

    groups = {domain: DomainCards(domain) for domain in DOMAINS}
    for card in cards(latest):
        ago = tables.prepared(
            ("ago", lang, card.period_end, today),
            lambda end=card.period_end: formatting.elapsed(end, today, lang),
        )
        groups[card.domain].cards.append(replace(card, ago=ago))
    for card in official_kpis(tables, year, lang, area):
        ago = tables.prepared(
            ("ago", lang, card.period_end, today),
            lambda end=card.period_end: formatting.elapsed(end, today, lang),
        )
        groups[card.domain].cards.append(replace(card, ago=ago))
    for card in cards(history[~dated]):
        groups[card.domain].undated.append(card)
    return {d: g for d, g in groups.items() if g.cards or g.undated}


def figure_years(tables: Tables, area: str = NATIONAL) -> list[int]:
    """The years some headline figure or official value of the area ends in, newest first."""
    history, _ = _kpi_history(tables, area)
    years = {int(y) for y in history["year"].dropna()}
    years |= {int(r["year"]) for rows in official_history(tables, area).values() for r in rows}
    return sorted(years, reverse=True)


def has_undated_figures(tables: Tables, area: str = NATIONAL) -> bool:
    """Whether some headline figure of the area has no stated period (shown under any year)."""
    history, _ = _kpi_history(tables, area)
    return bool(history["year"].isna().any())


def year_milestones(tables: Tables, year: int, lang: str) -> list[tuple[str, str]]:
    """The milestones of a year as (date in words, title), oldest first."""
    events = timeline(tables, lang)
    return [(r.date_label, r.title) for r in events[events["year"] == year].itertuples()]


BREAKDOWN_TOTALS = {
    "sex": TOTAL,
    "age": TOTAL,
    "urbanisation": TOTAL,
    "education_level": TOTAL,
    "wealth_quintile": TOTAL,
}
DELTA_COLOURS = {"higher": "normal", "lower": "inverse"}


def official_history(tables: Tables, area: str = NATIONAL) -> dict[str, list[dict]]:
    """Each official children's indicator's values of an area over the years (every breakdown
    at its total, in the indicator's unit, conflicting values left out), oldest first, as
    plain records: prepared once per data version and area. A card reads a few of them, so
    records cost far less than slicing a frame for each indicator and year."""

    def make() -> dict[str, list[dict]]:
        chosen = Selection(area=area, origin=OFFICIAL, headline_only=True, **BREAKDOWN_TOTALS)
        frame = observation_frame(select(tables.observations, chosen))
        ind = tables.indicators
        children = frame["indicator"].map(ind["children"]).fillna(False).astype(bool)
        frame = frame[children & (frame["unit"] == frame["indicator"].map(ind["unit"]))]
        frame = frame.sort_values(["indicator", "year"], kind="stable")
        frame = frame.drop_duplicates(["indicator", "year"], keep="last")
        return {code: rows.to_dict("records") for code, rows in frame.groupby("indicator")}

    return tables.prepared(("official_history", area), make)


def _official_kpi(tables: Tables, rows: list[dict], lang: str) -> Kpi:
    """The card of an official indicator whose values up to the card's year are `rows`."""
    row = rows[-1]
    ind = records(tables, "indicators")[row["indicator"]]
    kind = ind["unit_kind"]
    delta, delta_label = _change(row, rows[-2], kind, lang) if len(rows) > 1 else (None, None)
    return Kpi(
        obs_id=row["obs_id"],
        domain=ind["domain"],
        indicator=row["indicator"],
        label=ind[f"name_{lang}"],
        value=formatting.quantity(row["value"], kind, lang),
        unit=ind[f"unit_{lang}"],
        period=formatting.period(row["time_period"], row["period_start"], row["period_end"], lang),
        badges=(),
        source=source_note(tables, row["source_id"], row["quote"], lang, line=row["source_line"]),
        delta=delta,
        delta_color=DELTA_COLOURS.get(ind["better"], "off"),
        delta_label=delta_label,
        event=None,
        source_lines=source_lines(tables, row["source_id"], row["quote"], lang),
        origin=OFFICIAL,
        origin_label=t("origin_official", lang),
        period_end=row["period_end"],
        trend=tuple(float(r["value"]) for r in rows),
        trend_alt=_trend_alt(rows, kind, lang),
    )


def _trend_alt(rows: list[dict], kind: str, lang: str) -> str:
    first, last = rows[0], rows[-1]
    return t(
        "trend_alt",
        lang,
        first=int(first["year"]),
        last=int(last["year"]),
        start=formatting.quantity(first["value"], kind, lang),
        end=formatting.quantity(last["value"], kind, lang),
    )


def official_cards_by_year(tables: Tables, lang: str, area: str = NATIONAL) -> dict:
    """Every official card of an area in `lang`, by year: under a year, each indicator with a
    value that year, its card drawn from its values up to that year; under None (all years),
    each indicator's latest. Prepared once per data version, language and area: a year's
    first visit then costs a lookup, not a card per indicator (docs/benchmarks.md)."""

    def make() -> dict[int | None, list[Kpi]]:
        history = official_history(tables, area)
        order = {code: i for i, code in enumerate(tables.indicators["code"])}
        by_year: dict[int | None, list[Kpi]] = {None: []}
        for code in sorted(history, key=order.get):
            rows = history[code]
            for count in range(1, len(rows) + 1):
                card = _official_kpi(tables, rows[:count], lang)
                by_year.setdefault(int(rows[count - 1]["year"]), []).append(card)
            by_year[None].append(card)
        return by_year

    return tables.prepared(("official_cards", area, lang), make)


def official_kpis(tables: Tables, year: int | None, lang: str, area: str = NATIONAL) -> list[Kpi]:
    """A card per official children's indicator: its latest value of the area (with a year,
    its value of that year), the change since the value before and the trend up to it."""
    return list(official_cards_by_year(tables, lang, area).get(year, []))

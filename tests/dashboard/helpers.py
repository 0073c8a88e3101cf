"""Seed tables with extra observations, for cases the seed documents do not have."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar
from urllib.parse import unquote

import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.tables import Tables, read_tables
from indicators.codes import LANGUAGES
from loaders.previous import with_previous
from loaders.schemas import OBSERVATIONS


def observation(obs_id: str, indicator: str, period: str, value: float, **fields) -> dict:
    from loaders.periods import parse_period

    p = parse_period(period)
    row = {
        "obs_id": obs_id,
        "indicator": indicator,
        "ref_area": "KZ",
        "sex": "_T",
        "age": "_T",
        "urbanisation": "_T",
        "education_level": "_T",
        "wealth_quintile": "_T",
        "time_period": period,
        "period_start": p.start,
        "period_end": p.end,
        "year": p.year,
        "period_basis": "stated",
        **{f"period_reason_{lang}": None for lang in LANGUAGES},
        "value": value,
        "unit": "BIRTHS",
        "qualifier": "exact",
        "obs_status": "A",
        "is_headline": True,
        "origin": "stated",
        "conflict": False,
        "event_id": None,
        "source_id": "conf2016_announce_kk",
        "quote": "308 297",
        "quote_start": None,
        "quote_end": None,
        **{f"note_{lang}": None for lang in LANGUAGES},
    }
    row.update(fields)
    return row


def with_observations(folder: Path, rows: list[dict]) -> Tables:
    base = read_tables(folder)
    extra = pa.Table.from_pylist(rows, schema=OBSERVATIONS)
    # The tables in memory hold narrower dictionary indices than the files (dashboard/columns.py).
    combined = pa.concat_tables([base.observations.cast(OBSERVATIONS), extra]).unify_dictionaries()
    combined = with_previous(combined)  # as the build makes it
    return dataclasses.replace(base, observations=combined)


def write_tables(tables: Tables, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    pq.write_table(tables.observations, folder / "observations.parquet")
    for name in ("indicators", "sources", "events"):
        frame = getattr(tables, name)
        pq.write_table(
            pa.Table.from_pandas(frame, preserve_index=False), folder / f"{name}.parquet"
        )


__all__ = ["dt", "observation", "with_observations", "write_tables"]


@dataclasses.dataclass
class Card:
    """A KPI card of the Overview as the reader finds it in its HTML (dashboard/cards.py)."""

    name: str = ""
    value: str = ""
    delta: str = ""
    lines: str = ""
    badges: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    caveats: str = ""
    source: str = ""
    links: list[str] = dataclasses.field(default_factory=list)
    printed: str = ""
    folded: bool = False  # under the domain's "the other figures" disclosure
    heading: bool = False  # its name marked as a heading for screen readers
    trend_alt: str = ""  # the trend line's words, when it has one
    trend_points: int = 0  # the trend line's points
    tone: str = ""  # the change's colour: kpi-good, kpi-bad or kpi-neutral


class _CardReader(HTMLParser):
    """Collects each <article class="kpi">'s parts by their classes."""

    FIELDS: ClassVar[dict[str, str]] = {
        "kpi-name": "name",
        "kpi-value": "value",
        "kpi-delta": "delta",
        "kpi-lines": "lines",
        "kpi-caveats": "caveats",
        "kpi-source": "source",
        "kpi-print": "printed",
    }
    VOID: ClassVar[set[str]] = {"br", "img"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cards: list[Card] = []
        self.stack: list[tuple[str, set[str]]] = []
        self.badge: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "br":
            self.handle_data("\n")
        if tag == "img" and self.cards and "kpi-trend" in (attrs.get("class") or ""):
            self.cards[-1].trend_alt = attrs.get("alt", "")
            points = re.search(r'points="([^"]*)"', svg_of(attrs.get("src", "")))
            self.cards[-1].trend_points = len(points.group(1).split()) if points else 0
        if tag in self.VOID:
            return
        classes = set((attrs.get("class") or "").split())
        if "kpi" in classes:
            folded = any("kpi-more" in c for _, c in self.stack)
            self.cards.append(Card(folded=folded))
        self.stack.append((tag, classes))
        if self.cards and classes & {"kpi-good", "kpi-bad", "kpi-neutral"}:
            self.cards[-1].tone = next(iter(classes & {"kpi-good", "kpi-bad", "kpi-neutral"}))
        if "kpi-name" in classes:
            self.cards[-1].heading = attrs.get("role") == "heading"
        if "kpi-badge" in classes:
            self.badge = ["", ""]
        if tag == "a" and self.cards:
            self.cards[-1].links.append(attrs.get("href", ""))

    def handle_endtag(self, tag):
        if tag in self.VOID or not self.stack:
            return
        _, classes = self.stack.pop()
        if "kpi-badge" in classes and self.badge is not None:
            self.cards[-1].badges.append((self.badge[0].strip(), self.badge[1].strip()))
            self.badge = None

    def handle_data(self, data):
        if not self.cards or not any("kpi" in c for _, c in self.stack):
            return
        if self.badge is not None:
            self.badge[0 if self.stack[-1][0] == "summary" else 1] += data
            return
        for _, classes in reversed(self.stack):
            field = next((self.FIELDS[c] for c in classes if c in self.FIELDS), None)
            if field:
                card = self.cards[-1]
                setattr(card, field, getattr(card, field) + data)
                return


def card_blocks(at) -> list[str]:
    """The HTML of each block of KPI cards on an AppTest's page (a domain's, on the Overview)."""
    bodies = [element.proto.body for element in at.get("html")]
    return [body for body in bodies if 'class="kpi"' in body]


def kpi_cards(at) -> list[Card]:
    """Every KPI card of an AppTest's page, folded ones too, in the page's order."""
    cards = []
    for body in card_blocks(at):
        reader = _CardReader()
        reader.feed(body)
        cards += reader.cards
    return cards


def svg_of(src: str) -> str:
    """The SVG of a data URL (a card's trend line)."""
    head, _, data = src.partition(",")
    return base64.b64decode(data).decode() if head.endswith(";base64") else unquote(data)


def html_text(body: str) -> str:
    """The text an HTML block shows: tags and the stylesheet left out, entities read."""
    body = re.sub(r"<style>.*?</style>", "", body)
    return html.unescape(re.sub(r"<[^>]+>", " ", body.replace("<br>", "\n")))


def cards_in(html: str) -> list[Card]:
    """The cards of one block of HTML."""
    reader = _CardReader()
    reader.feed(html)
    return reader.cards


def shown_kpis(at) -> list[str]:
    """The values of the cards shown at first (not folded), then any st.metric's value."""
    return [c.value for c in kpi_cards(at) if not c.folded] + [m.value for m in at.metric]

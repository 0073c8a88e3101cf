"""The Overview's KPI cards as HTML: a domain's cards are one element of the page.

A card drawn from Streamlit's own elements (a bordered box, a name with a tooltip, a metric,
captions, badges) costs the page five to eight elements, and the browser's first paint of the
Overview grew with them to 1.4 × a bare one-metric page (docs/benchmarks.md, "The first
look"). As HTML, the 27 cards of the first screen are five elements, painted with the page's
first frame. What the Streamlit elements gave is kept: the name (a heading, for screen
readers' lists of headings), the value and its change, the trend line, the lines under the
value, the badges that explain themselves when opened (a tap, a click or the keyboard) or
hovered, the caveats in plain sight, and the source with its quote and a link to it in the
document, under a "Source" disclosure. Every text, the data's and the app's own, is
HTML-escaped here, its line breaks written as <br> (HTML would run the lines together).
"""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache
from pathlib import Path

from dashboard.i18n import t
from dashboard.markup import sparkline_img
from dashboard.views.common import SourceNote
from dashboard.views.overview import Kpi

STYLE_FILE = Path(__file__).with_name("cards.css")
UP, DOWN = "▲", "▼"


@cache
def style() -> str:
    """The cards' stylesheet (dashboard/cards.css) as a <style> element, on one line."""
    css = re.sub(r"/\*.*?\*/", "", STYLE_FILE.read_text(encoding="utf-8"), flags=re.S)
    return f"<style>{' '.join(css.split())}</style>"


def text(value: str) -> str:
    """Data text for HTML: escaped, its line breaks as <br>."""
    return "<br>".join(html.escape(line) for line in str(value).splitlines())


def tone(delta: str, colours: str) -> str:
    """A change's colour class: good (green), bad (red) or neutral, as Streamlit's metric
    reads its `delta_color`: "normal" (a rise is good), "inverse" (a fall is good), "off"."""
    falling = delta.startswith(("-", "−"))
    if colours == "off" or delta.lstrip("+-−").strip("0,.%\u00a0 ") == "":
        return "kpi-neutral"
    good = falling if colours == "inverse" else not falling
    return "kpi-good" if good else "kpi-bad"


def change_html(card: Kpi) -> str:
    """The change since the value before, coloured, its arrow hidden from screen readers (the
    sign says it), and the period it is measured from."""
    if not card.delta:
        return ""
    arrow = DOWN if card.delta.startswith(("-", "−")) else UP
    since = card.delta_label
    label = f' <span class="kpi-delta-label">{text(since)}</span>' if since else ""
    return (
        f'<p class="kpi-delta"><span class="{tone(card.delta, card.delta_color)}">'
        f'<span aria-hidden="true">{arrow}</span> {text(card.delta)}</span>{label}</p>'
    )


def badge_html(badge: str, explained: str) -> str:
    """A badge that explains itself: opened by a tap, a click or the keyboard, or hovered."""
    return (
        f'<details class="kpi-badge"><summary title="{html.escape(explained)}">'
        f"{text(badge)}</summary><p>{text(explained)}</p></details>"
    )


def source_html(note: SourceNote, lang: str) -> str:
    """The source, the quote and the link to it in its document, under a disclosure."""
    lines = [text(line) for line in note.lines]
    lines.append(f"{text(note.quote_label)}: «{text(note.quote)}»")
    if note.link:
        words, url = note.link
        lines.append(f'<a href="{html.escape(url)}">{text(words)}</a>')
    body = "".join(f"<p>{line}</p>" for line in lines)
    summary = text(t("source", lang))
    return f'<details class="kpi-source"><summary>{summary}</summary>{body}</details>'


@lru_cache(maxsize=1 << 13)
def card_html(card: Kpi, lang: str) -> str:
    """One card: its name, value, change, trend line, lines, badges, caveats and source.
    Cached: a card (a frozen Kpi) is the same from one rerun to the next."""
    parts = [
        f'<p class="kpi-name" role="heading" aria-level="4">{text(card.label)}</p>',
        f'<p class="kpi-value" data-kpi-value>{text(card.value)}</p>',
        change_html(card),
    ]
    if len(card.trend) > 1:
        parts.append(sparkline_img(list(card.trend), card.trend_alt))
    lines = [" · ".join(p for p in (card.unit, card.period, card.origin_label) if p)]
    lines += [t("card_age", lang, ago=card.ago)] if card.ago else []
    lines += [card.event] if card.event else []
    parts.append(f'<p class="kpi-lines">{"<br>".join(text(line) for line in lines)}</p>')
    if card.badges:
        badges = "".join(map(badge_html, card.badges, card.badge_help))
        parts.append(f'<div class="kpi-badges">{badges}</div>')
    caveats = [card.note] if card.note else []
    if card.period_reason:
        caveats.append(t("period_reason_line", lang, reason=card.period_reason))
    if caveats:
        parts.append(f'<p class="kpi-caveats">{"<br>".join(map(text, caveats))}</p>')
    parts.append(source_html(card.source, lang))
    printed = "<br>".join(text(line) for line in card.source_lines)
    parts.append(f'<p class="kpi-print">{printed}</p>')
    return f'<article class="kpi">{"".join(parts)}</article>'


def grid_html(cards: list[Kpi], lang: str) -> str:
    """Cards side by side, wrapping where the screen ends (one a row on a phone)."""
    return f'<div class="kpi-grid">{"".join(card_html(card, lang) for card in cards)}</div>'


def undated_html(cards: list[Kpi], lang: str) -> str:
    """Cards whose period is not stated, in a group of their own under one line saying so."""
    if not cards:
        return ""
    return (
        f'<p class="kpi-group"><strong>{text(t("period_not_stated", lang))}</strong><br>'
        f'<span class="kpi-group-line">{text(t("undated_line", lang))}</span></p>'
        + grid_html(cards, lang)
    )


def cards_html(dated: list[Kpi], undated: list[Kpi], lang: str) -> str:
    """Dated cards, then those whose period is not stated in their own group."""
    return (grid_html(dated, lang) if dated else "") + undated_html(undated, lang)


def domain_html(
    shown: tuple[list[Kpi], list[Kpi]],
    rest: tuple[list[Kpi], list[Kpi]],
    lang: str,
    styled: bool = True,
) -> str:
    """A domain's cards: the dated then the undated ones shown at first, and the rest of each
    under a disclosure that opens in place (no rerun). With `styled`, the cards' stylesheet
    first (once a page is enough: it applies to every card below it)."""
    body = cards_html(*shown, lang)
    count = len(rest[0]) + len(rest[1])
    if count:
        summary = text(t("more_cards", lang, count=count))
        more = cards_html(*rest, lang)
        body += f'<details class="kpi-more"><summary>{summary}</summary>{more}</details>'
    return (style() if styled else "") + body

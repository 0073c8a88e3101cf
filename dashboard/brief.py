"""The PDF brief of a selection: a few A4 pages to print and send.

Drawn with fpdf2: text in DejaVu Sans, embedded as a subset (it covers every Kazakh and
Russian letter; the font files are those matplotlib's wheel ships, so no system font is
needed), charts with fpdf2's own vector lines (no browser, no image, a few kB each). What
it says comes from `dashboard.views.brief`; a brief is made once per selection, language,
address and data version (`cached_brief`).
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlencode

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import Selection
from dashboard.tables import Tables
from dashboard.views.brief import (
    Brief,
    Card,
    Figure,
    Listed,
    Point,
    Provenance,
    Series,
    brief_content,
)

FONT_DIR = Path(find_spec("matplotlib").submodule_search_locations[0]) / "mpl-data/fonts/ttf"
FONTS = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
# The letters a brief can hold: Latin, Cyrillic (Kazakh's letters too), punctuation, number
# signs, arrows, symbols. Reading only these of DejaVu's 6 000 glyphs halves the font's load.
LETTERS = [(0x20, 0x24F), (0x300, 0x36F), (0x370, 0x52F), (0x2000, 0x22FF), (0x25A0, 0x26FF)]
FAMILY = "DejaVu"
INK, MUTED, RULE, GRID = "#1a1a1a", "#555555", "#bbbbbb", "#e5e5e5"
LINE_COLOUR, HIGHLIGHT = "#0060A8", "#B0306F"  # as the dashboard's charts (dashboard/charts.py)
MARGIN = 15  # mm
CACHED = 32  # briefs kept per data version


def selection_url(base: str, sel: Selection, lang: str) -> str:
    """The dashboard's address of the selection: the Overview, or the Explorer of the one
    indicator chosen, with the year, area and language of the brief."""
    page = "explorer" if len(sel.indicators) == 1 else ""
    params = {"indicator": sel.indicators[0]} if page else {}
    params |= {"lang": lang, "year": sel.year if sel.year is not None else None, "area": sel.area}
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return f"{base.rstrip('/')}/{page}?{query}"


class BriefPdf(FPDF):
    def __init__(self, lang: str, url: str):
        super().__init__(format="A4", unit="mm")
        self.lang, self.url = lang, url
        for style, name in FONTS.items():
            self.add_font(FAMILY, style, FONT_DIR / name, unicode_range=LETTERS)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + 5)
        self.set_lang(lang)
        self.set_title(t("brief_title", lang))
        self.set_creator(t("app_title", lang))

    def footer(self) -> None:
        self.set_y(-MARGIN)
        self.style(7, colour=MUTED)
        name = f"{t('app_title', self.lang)} · {t('brief_dashboard', self.lang)}"
        pages = t("brief_page", self.lang, page=self.page_no(), pages="{nb}")
        width = self.epw - self.text_width(pages) - 4
        self.cell(width, 4, name, new_x=XPos.RIGHT)
        self.cell(0, 4, pages, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4, self.url, link=self.url, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def style(self, size: float, bold: bool = False, italic: bool = False, colour: str = INK):
        self.set_font(FAMILY, "B" if bold else "I" if italic else "", size)
        self.set_text_color(colour)

    def text_width(self, text: str) -> float:
        """`text`'s width in mm in the current font: the sum of its glyphs' advances, as
        fpdf2 draws it without text shaping. fpdf2's get_string_width splits the text into
        fragments first, which costs ten times as much on every word measured."""
        widths = self.current_font.cw
        return sum(widths[ord(c)] for c in text) * self.font_size_pt * 0.001 / self.k

    def wrap(self, text: str, width: float) -> list[str]:
        """Lines of at most `width` mm in the current font, broken between words (inside a
        word only when it is longer than a line). fpdf2's own multi_cell measures each line
        character by character, ten times slower."""
        lines: list[str] = []
        for piece in text.split("\n"):
            line, line_width = "", 0.0
            space = self.text_width(" ")
            for word in piece.split(" "):
                word_width = self.text_width(word)
                while word_width > width:  # a file name or address longer than a line
                    if line:
                        lines.append(line)
                        line, line_width = "", 0.0
                    cut = max(1, int(len(word) * width / word_width))
                    while cut > 1 and self.text_width(word[:cut]) > width:
                        cut -= 1
                    lines.append(word[:cut])
                    word = word[cut:]
                    word_width = self.text_width(word)
                if line and line_width + space + word_width > width:
                    lines.append(line)
                    line, line_width = "", 0.0
                line_width += (space if line else 0) + word_width
                line = f"{line} {word}" if line else word
            lines.append(line)
        return lines

    def para(self, text: str, size: float = 9, height: float = 4.4, style: dict | None = None):
        """Text wrapped from the current x to the right margin, the next line below it; a
        paragraph of up to KEEP_LINES lines is not split between two pages."""
        self.style(size, **(style or {}))
        x = self.get_x()
        width = self.w - self.r_margin - x
        lines = self.wrap(text, width)
        if len(lines) <= KEEP_LINES and self.will_page_break(height * len(lines)):
            self.add_page()
            self.set_x(x)
        for line in lines:
            self.set_x(x)
            self.cell(width, height, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para_height(self, text: str, size: float, height: float, style: dict) -> float:
        self.style(size, **style)
        return height * len(self.wrap(text, self.epw))

    def heading(self, text: str, size: float = 13, keep: float = 30) -> None:
        """A heading with a rule under it, on a new page unless `keep` mm fit below it."""
        if self.will_page_break(size + keep):
            self.add_page()
        self.ln(2)
        self.para(text, size, size * 0.5, {"bold": True})
        self.set_draw_color(RULE)
        self.line(self.l_margin, self.get_y() + 0.8, self.w - self.r_margin, self.get_y() + 0.8)
        self.ln(2.5)

    def rule(self) -> None:
        self.set_draw_color(GRID)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(2)


KEEP_LINES = 4  # a paragraph this short stays on one page

# A paragraph of a block: its text, font size, line height and style (bold, italic, colour).
Para = tuple[str, float, float, dict]


def _provenance(found: Provenance, lang: str) -> list[Para]:
    """A stated figure's document and quote (tagged with its language), or an official
    value's dataset, file and lines."""
    muted = {"colour": MUTED}
    parts = " · ".join(filter(None, (found.title, found.publisher, found.published)))
    if found.official:
        where = f"{t('file', lang)}: {found.file}"
        if found.lines:
            several = any(mark in found.lines for mark in ",–")
            where += f" · {t('brief_lines' if several else 'brief_line_one', lang)}: {found.lines}"
        return [
            (f"{t('brief_dataset', lang)}: {parts}", 7.5, 3.6, muted),
            (where, 7.5, 3.6, muted),
        ]
    return [
        (f"{t('source', lang)}: {parts}", 7.5, 3.6, muted),
        (f"{t('quote', lang)} ({found.quote_lang}): «{found.quote}»", 7.5, 3.6, {"italic": True}),
    ]


@dataclass
class Block:
    """Paragraphs, then `middle` mm drawn by `draw(pdf, x, y, width)`, then more paragraphs:
    kept on one page and in one column."""

    before: list[Para]
    after: list[Para] = field(default_factory=list)
    middle: float = 0
    draw: Callable | None = None

    def height(self, pdf: BriefPdf) -> float:
        return sum(pdf.para_height(*p) for p in (*self.before, *self.after)) + self.middle

    def render(self, pdf: BriefPdf) -> None:
        for para in self.before:
            pdf.para(*para)
        if self.draw is not None:
            top = pdf.get_y()
            self.draw(pdf, pdf.l_margin, top, pdf.epw)
            pdf.set_xy(pdf.l_margin, top + self.middle)
        for para in self.after:
            pdf.para(*para)


COLUMN_GAP = 6  # mm between the two columns of cards and series


def _column(pdf: BriefPdf, left: float, width: float) -> None:
    pdf.set_left_margin(left)
    pdf.set_right_margin(pdf.w - left - width)
    pdf.set_x(left)


def _in_columns(pdf: BriefPdf, blocks: list[Block]) -> None:
    """Blocks two by two side by side (as the Overview's cards), a rule under each pair; a
    pair that does not fit on the page starts the next one."""
    width = (pdf.w - 2 * MARGIN - COLUMN_GAP) / 2
    lefts = (MARGIN, MARGIN + width + COLUMN_GAP)
    for first in range(0, len(blocks), 2):
        pair = blocks[first : first + 2]
        heights = []
        for left, block in zip(lefts, pair, strict=False):
            _column(pdf, left, width)
            heights.append(block.height(pdf))
        _column(pdf, MARGIN, pdf.w - 2 * MARGIN)
        if pdf.will_page_break(max(heights) + 3):
            pdf.add_page()
        top = bottom = pdf.get_y()
        for left, block in zip(lefts, pair, strict=False):
            _column(pdf, left, width)
            pdf.set_xy(left, top)
            block.render(pdf)
            bottom = max(bottom, pdf.get_y())
        _column(pdf, MARGIN, pdf.w - 2 * MARGIN)
        pdf.set_y(bottom)
        pdf.rule()


def _card(card: Card, lang: str) -> Block:
    """A card as the Overview shows it (name, value, unit and period, how long ago, change,
    event, caveats, note), then its source and quote, or its dataset, file and line."""
    kpi = card.kpi
    paras: list[Para] = [
        (kpi.label, 9, 4.4, {"bold": True}),
        (kpi.value, 14, 6.5, {"bold": True}),
        (f"{kpi.unit} · {kpi.period}", 8.5, 4, {"colour": MUTED}),
    ]
    if kpi.ago:
        paras.append((t("card_age", lang, ago=kpi.ago), 7.5, 3.6, {"colour": MUTED}))
    if kpi.delta:
        paras.append((f"{kpi.delta} {kpi.delta_label}", 8, 3.8, {}))
    if kpi.event:
        paras.append((kpi.event, 7.5, 3.6, {"italic": True, "colour": MUTED}))
    for badge, explained in zip(kpi.badges, kpi.badge_help, strict=False):
        paras.append((f"⚠ {badge}: {explained}", 7.5, 3.6, {"colour": HIGHLIGHT}))
    if kpi.note:
        paras.append((kpi.note, 7.5, 3.6, {}))
    if kpi.period_reason and not any(kpi.period_reason in h for h in kpi.badge_help):
        paras.append((t("period_reason_line", lang, reason=kpi.period_reason), 7.5, 3.6, {}))
    return Block(paras + _provenance(card.provenance, lang))


def _figure(figure: Figure, lang: str) -> Block:
    paras = [
        (f"{figure.label}: {figure.value}", 8.5, 4, {"bold": True}),
        (" · ".join((figure.period, *figure.details)), 7.5, 3.6, {"colour": MUTED}),
    ]
    return Block(paras + _provenance(figure.provenance, lang))


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering low..high (1, 2, 2.5 or 5 times a power of ten apart)."""
    if high <= low:
        high = low + (abs(low) or 1)
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    start = math.floor(low / step) * step
    ticks = [start]
    while ticks[-1] < high - 1e-9 * step:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _year_ticks(pdf: BriefPdf, points: tuple[Point, ...], px) -> list[Point]:
    """The points whose year labels the x axis: the chosen year's, the last, the first, then
    as many others as fit, none touching another."""
    gap = pdf.text_width("2000") + 1.5
    chosen: list[Point] = []
    for point in (*[p for p in points if p.highlighted], points[-1], points[0], *points):
        if all(abs(px(point) - px(other)) >= gap for other in chosen):
            chosen.append(point)
    return chosen


def _chart(pdf: BriefPdf, series: Series, x: float, y: float, w: float, h: float) -> None:
    """A line of the series over time, the chosen year marked, the axes labelled by Babel."""
    points, lang = series.trend, pdf.lang
    values = [p.value for p in points]
    ticks = nice_ticks(min(0.0, *values), max(values))
    label = [formatting.quantity(v, series.unit_kind, lang) for v in ticks]
    pdf.style(6.5, colour=MUTED)
    left = x + max(pdf.text_width(s) for s in label) + 2
    bottom, top, right = y + h - 5, y + 2, x + w - 4
    first, last = points[0].x, points[-1].x
    span = (last - first) or 1.0

    def px(point: Point) -> float:
        return (
            (left + right) / 2
            if last == first
            else left + (point.x - first) / span * (right - left)
        )

    def py(value: float) -> float:
        return bottom - (value - ticks[0]) / (ticks[-1] - ticks[0]) * (bottom - top)

    pdf.set_line_width(0.15)
    for tick, text in zip(ticks, label, strict=True):
        pdf.set_draw_color(GRID if tick else RULE)
        pdf.line(left, py(tick), right, py(tick))
        pdf.text(left - pdf.text_width(text) - 1, py(tick) + 1, text)
    for point in _year_ticks(pdf, points, px):
        text = str(int(point.x))
        pdf.text(px(point) - pdf.text_width(text) / 2, bottom + 3.5, text)
    pdf.set_draw_color(LINE_COLOUR)
    pdf.set_line_width(0.5)
    if len(points) > 1:
        pdf.polyline([(px(p), py(p.value)) for p in points])
    for point in points:
        colour = HIGHLIGHT if point.highlighted else LINE_COLOUR
        pdf.set_fill_color(colour)
        pdf.set_draw_color(colour)
        pdf.circle(px(point), py(point.value), 0.9 if point.highlighted else 0.6, style="F")
    marked = [p for p in points if p.highlighted] or [points[-1]]
    pdf.style(6.5, bold=True, colour=HIGHLIGHT if points[-1] is not marked[0] else INK)
    text = formatting.quantity(marked[0].value, series.unit_kind, lang)
    pdf.text(min(px(marked[0]) + 1, right - pdf.text_width(text)), py(marked[0].value) - 1.5, text)
    pdf.set_line_width(0.2)


def _ranking(series: Series, lang: str) -> list[Para]:
    """The regions from the highest value down, each with its rank and its file's line."""
    entries = [  # no-break spaces inside an entry: lines break between entries only
        f"{'→ ' if r.chosen else ''}{r.rank}. {r.area} {r.value}".replace(" ", "\u00a0")
        + (f"\u00a0[{r.line}]" if r.line is not None else "")
        for r in series.ranking
    ]
    return [
        (t("brief_ranking", lang, period=series.ranking_period), 7.5, 3.6, {"bold": True}),
        (" · ".join(entries), 7, 3.3, {}),
    ]


CHART_HEIGHT = 34  # mm


def _series(series: Series, lang: str) -> Block:
    """Its name, the trend chart, the regional ranking, the dataset files and lines."""
    title: list[Para] = [(f"{series.name} ({series.unit})", 8.5, 4, {"bold": True})]
    after = _ranking(series, lang) if series.ranking else []
    after += [p for found in series.provenance for p in _provenance(found, lang)]
    if not series.trend:
        return Block(title, after)
    title.append((t("brief_trend", lang, area=series.area), 7.5, 3.6, {"colour": MUTED}))

    def draw(pdf: BriefPdf, x: float, y: float, width: float) -> None:
        _chart(pdf, series, x, y, width, CHART_HEIGHT)

    return Block(title, after, CHART_HEIGHT + 2, draw)


def _listed(listed: Listed, lang: str) -> Block:
    """A line of the series table: name, value and period, change, dataset file and line."""
    value = f"{listed.value} · {listed.period}"
    if listed.change:
        value += f" · {t('brief_change', lang, change=listed.change)}"
    found = listed.provenance
    where = f"{found.title} · {t('file', lang)}: {found.file}"
    if found.lines:
        where += f" · {t('brief_line_one', lang)}: {found.lines}"
    return Block(
        [
            (listed.name, 7.5, 3.5, {"bold": True}),
            (value, 7.5, 3.5, {}),
            (where, 6.5, 3.1, {"colour": MUTED}),
        ]
    )


def _facts(pdf: BriefPdf, facts: list[tuple[str, str]]) -> None:
    """Labelled lines: the selection in words, the date made, the data version."""
    pdf.style(9, bold=True)
    label_width = 4 + max(pdf.text_width(label) for label, _ in facts)
    for label, words in facts:
        pdf.style(9, bold=True)
        pdf.cell(label_width, 4.6, label)
        pdf.para(words, 9, 4.6)


def render(brief: Brief, url: str) -> bytes:
    """The brief as PDF bytes."""
    lang, muted = brief.lang, {"colour": MUTED}
    pdf = BriefPdf(lang, url)
    pdf.add_page()
    pdf.para(t("brief_title", lang), 18, 8.5, {"bold": True})
    pdf.para(t("app_subtitle", lang), 9, 4.4, muted)
    pdf.ln(3)
    made = [(t("brief_made", lang), brief.made), (t("brief_version", lang), brief.version)]
    _facts(pdf, [*brief.selection, *made])
    pdf.ln(2)
    pdf.para(t("brief_intro", lang), 8.5, 4.2, muted)

    pdf.heading(t("brief_kpis", lang))
    if not brief.groups:
        pdf.para(t("brief_no_kpis", lang), 9, 4.4, muted)
    for domain in brief.groups:
        pdf.heading(domain.heading, 11)
        if domain.newest:
            pdf.para(domain.newest, 8, 4, muted)
            pdf.ln(1)
        _in_columns(pdf, [_card(card, lang) for card in domain.cards])
        if domain.undated:
            pdf.para(t("undated_line", lang), 8.5, 4.2, {"bold": True})
            pdf.ln(1)
        _in_columns(pdf, [_card(card, lang) for card in domain.undated])
    if brief.series or brief.listed:
        pdf.heading(t("brief_series", lang), keep=60)
        _in_columns(pdf, [_series(series, lang) for series in brief.series])
    if brief.listed:
        pdf.heading(t("brief_series_listed", lang), 11)
        _in_columns(pdf, [_listed(listed, lang) for listed in brief.listed])
    if brief.series_left:
        more = t("brief_more_series", lang, count=brief.series_left, url=url)
        pdf.para(more, 8, 4, muted)
    if brief.figures:
        pdf.heading(t("brief_figures", lang))
        _in_columns(pdf, [_figure(figure, lang) for figure in brief.figures])
        if brief.figures_left:
            pdf.para(t("brief_more_figures", lang, count=brief.figures_left), 8, 4, muted)
    return bytes(pdf.output())


def make_brief(tables: Tables, sel: Selection, lang: str, base_url: str) -> bytes:
    return render(brief_content(tables, sel, lang), selection_url(base_url, sel, lang))


_LOCK = threading.Lock()


def cached_brief(tables: Tables, sel: Selection, lang: str, base_url: str) -> bytes:
    """`make_brief`, once per selection, language and address of this data version (the
    newest CACHED of them are kept); the pages and the API share it."""
    made: OrderedDict = tables.prepared(("brief",), OrderedDict)
    key = (sel, lang, base_url)
    with _LOCK:
        if key in made:
            made.move_to_end(key)
            return made[key]
    pdf = make_brief(tables, sel, lang, base_url)
    with _LOCK:
        made[key] = pdf
        while len(made) > CACHED:
            made.popitem(last=False)
    return pdf


def brief_maker(tables: Tables, sel: Selection, lang: str, base_url: str) -> Callable[[], bytes]:
    """The brief made only when asked for (a download button's data)."""
    return lambda: cached_brief(tables, sel, lang, base_url)

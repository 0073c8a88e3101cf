"""Reusable pieces of the screen: KPI cards, tables with their downloads, notices."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import streamlit as st

from dashboard import cards, extracts, formatting, sdmx_extract, state
from dashboard.brief import brief_maker
from dashboard.i18n import plural, t
from dashboard.markup import highlighted_html, md
from dashboard.selection import Selection
from dashboard.tables import Tables
from dashboard.views.overview import DomainCards
from indicators.areas import area_names

# What only a printout shows: the source and quote that hover text gives on screen. On screen
# it takes no room (an element holding nothing else is hidden whole); in print it sits under
# its card.
PRINT_STYLE = (
    "<style>.print-only{display:none}"
    "@media screen{[data-testid='stElementContainer']:has(.print-block){display:none}}"
    "@media print{.print-only{display:block;font-size:.75rem;line-height:1.35;color:#1a1a1a}}"
    "</style>"
)


def print_html(text: str, alone: bool = False) -> str:
    """`text` (escaped, its paragraphs kept) as a block shown in the printout only."""
    lines = "<br>".join(html.escape(line) for line in text.split("\n") if line.strip())
    css = "print-only print-block" if alone else "print-only"
    return f'{PRINT_STYLE}<div class="{css}">{lines}</div>'


def print_only(text: str) -> None:
    """`text` as an element of its own, in the printout only."""
    st.markdown(print_html(text, alone=True), unsafe_allow_html=True)


def series_sources(series: pd.DataFrame) -> None:
    """Each charted value with its source and quote, in the printout only."""
    print_only(
        "\n".join(f"{r.period_label}: {r.value_label}\n{r.printed}" for r in series.itertuples())
    )


CARDS_PER_DOMAIN = 6  # shown at first; the rest under "The other figures (N)"
# Up to this many, the rest of a domain is in the page, folded, and opens in place; more are
# drawn only when asked (a switch and a rerun): a domain of a hundred series would otherwise
# send and sanitise all their cards before the first one is painted (docs/benchmarks.md).
FOLDED_AT_MOST = 12


def domain_section(group: DomainCards, lang: str, first: bool = True) -> None:
    """A domain's heading, how recent its newest figure is, then its cards (one HTML element,
    dashboard/cards.py): the dated ones, then those whose period is not stated under one line
    that says so, and past CARDS_PER_DOMAIN the rest (stated figures first:
    `DomainCards.first`) folded in place, or past FOLDED_AT_MOST behind a switch. The `first`
    domain of the page carries the cards' stylesheet."""
    st.subheader(t(f"domain_{group.domain}", lang))
    newest = group.newest
    if newest is not None:
        st.caption(md(t("domain_newest", lang, period=newest.period, ago=newest.ago)))
    else:
        st.caption(t("domain_undated_only", lang))
    shown, rest = group.first(CARDS_PER_DOMAIN), group.rest(CARDS_PER_DOMAIN)
    count = len(rest[0]) + len(rest[1])
    if count <= FOLDED_AT_MOST:
        st.html(cards.domain_html(shown, rest, lang, styled=first))
        return
    st.html(cards.domain_html(shown, ([], []), lang, styled=first))
    if st.toggle(t("more_cards", lang, count=count), key=f"all-{group.domain}"):
        st.html(cards.domain_html(rest, ([], []), lang, styled=False))


def year_without_figures(year: int, years: list[int], milestones: list[tuple[str, str]], lang: str):
    """What a year without figures has instead: its milestones, a way to them on the Timeline,
    and the years that do have figures."""
    lines = [t("year_without_figures", lang, year=year)]
    if years:
        lines.append(t("years_with_figures", lang, years=", ".join(str(y) for y in years)))
    else:
        lines.append(t("no_years_with_figures", lang))
    with st.container(border=True):
        st.markdown("  \n".join(md(line) for line in lines))
        if milestones:
            st.markdown(t("year_has_milestones", lang, year=year))
            st.markdown("\n".join(f"- {md(date)}: {md(title)}" for date, title in milestones))
            st.page_link(
                "pages/timeline.py",
                label=t("timeline_year_link", lang, year=year),
                icon=":material/timeline:",
            )


def no_values_in_year(year: int, years: list[int], undated: bool, lang: str) -> None:
    """The Explorer under a year its indicator has no value in: which years it has."""
    lines = [t("no_values_year", lang, year=year)]
    if years:
        lines.append(t("years_with_values", lang, years=", ".join(str(y) for y in years)))
    if undated:
        lines.append(t("values_undated", lang))
    st.info("  \n".join(md(line) for line in lines), icon=":material/event_busy:")


def download_buttons(table: pa.Table, tables: Tables, sel: Selection, lang: str, key: str) -> None:
    """CSV with codes (for scripts), CSV and Excel with labels (for report writers), Parquet,
    SDMX-CSV (for SDMX tools); each file is made only when its button is clicked."""
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    files = [
        ("download_csv", lambda: extracts.csv_bytes(table), "csv", False, "text/csv"),
        (
            "download_csv_labelled",
            lambda: extracts.csv_bytes(extracts.labelled_table(tables, table, lang)),
            "csv",
            True,
            "text/csv",
        ),
    ]
    if table.num_rows <= extracts.EXCEL_MAX_ROWS:
        files.append(
            (
                "download_xlsx_labelled",
                lambda: extracts.xlsx_bytes(table, tables, lang, labels=True),
                "xlsx",
                True,
                xlsx,
            )
        )
    files.append(
        (
            "download_parquet",
            lambda: extracts.parquet_bytes(table),
            "parquet",
            False,
            "application/vnd.apache.parquet",
        )
    )
    files.append(
        (
            "download_sdmx",
            lambda: sdmx_extract.sdmx_bytes(sdmx_extract.rows_of(tables, table)),
            "sdmx.csv",
            False,
            "application/vnd.sdmx.data+csv",
        )
    )
    with st.container(horizontal=True, wrap=True, gap="small"):
        for label, make, extension, labels, mime in files:
            st.download_button(
                t(label, lang),
                data=make,
                file_name=extracts.file_name(sel, lang, extension, labels=labels),
                mime=mime,
                key=f"{key}-{extension}{'-labels' if labels else ''}",
                on_click="ignore",
                icon=":material/download:",
            )
    st.caption(t("downloads_formats", lang))


LOCAL_URL = "http://localhost:8501"  # where `make run` serves, for a run without a browser


def _base_url() -> str:
    """The address the reader opened the dashboard at (scheme and host), for the brief's
    footer link."""
    try:
        parts = urlsplit(st.context.url or "")
    except Exception:  # not in a browser session (AppTest)
        return LOCAL_URL
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else LOCAL_URL


def brief_button(tables: Tables, sel: Selection, lang: str, key: str) -> None:
    """The selection's PDF brief, made only when the button is clicked and then kept for this
    selection and data version (dashboard/brief.py)."""
    st.download_button(
        t("download_brief", lang),
        data=brief_maker(tables, sel, lang, _base_url()),
        file_name=extracts.file_name(sel, lang, "pdf", name=extracts.BRIEF_NAME),
        mime="application/pdf",
        key=key,
        help=t("download_brief_help", lang),
        on_click="ignore",
        icon=":material/picture_as_pdf:",
    )


DISPLAY_ROWS = 1_000


def display_frame(table: pa.Table, lang: str, columns: list[str], max_rows: int = DISPLAY_ROWS):
    """A display copy of at most `max_rows` rows, with headings in `lang`.

    Dictionary columns are decoded for the rows shown only: converting them as they are
    would turn each column's whole dictionary (every quote of the data) into categories.
    """
    part = table.slice(0, max_rows).select(columns)
    decoded = [
        pc.cast(column, column.type.value_type) if pa.types.is_dictionary(column.type) else column
        for column in part.columns
    ]
    frame = pa.table(decoded, names=columns).to_pandas()
    for name in frame.columns.intersection(list(CELL_LABELS)):
        frame[name] = _labelled(frame[name], CELL_LABELS[name], lang)
    frame.columns = [t(extracts.HEADING_KEYS[c], lang) for c in columns]
    return frame


# Cells written for the reader: numbers with Babel, codes in words (the files keep the codes).
CELL_LABELS = {
    "value": formatting.number,
    "qualifier": lambda code, lang: t(f"qualifier_word_{code}", lang),
    "quote_lang": lambda code, lang: t(f"lang_{code}", lang),
    "obs_status": lambda code, lang: t(f"status_{code}", lang),
    "ref_area": lambda code, lang: area_names(lang).get(code, code),
    "sex": formatting.sex,
    "age": formatting.age,
    "urbanisation": lambda code, lang: (
        t("total", lang) if code == "_T" else t(f"urban_{code}", lang)
    ),
}


def _labelled(column: pd.Series, label, lang: str) -> pd.Series:
    """Each distinct value written once (a table shows at most DISPLAY_ROWS rows)."""
    words = {value: label(value, lang) for value in column.dropna().unique()}
    return column.map(words).astype(object)


def row_count(table: pa.Table, lang: str, shown: int = DISPLAY_ROWS) -> str:
    """ "12 rows", or "Showing the first 1,000 of 35,000 rows" when the table was cut."""
    count = formatting.number(table.num_rows, lang)
    if table.num_rows <= shown:
        return plural("rows", lang, table.num_rows, count=count)
    return t("rows_shown", lang, shown=formatting.number(shown, lang), count=count)


# What an observations table shows on screen by default (the files hold every column).
# The value comes right after the indicator, so that a phone's first columns show both.
TABLE_COLUMNS = (
    "indicator_name",
    "value",
    "period_label",
    "unit_name",
    "qualifier",
    "obs_status",
    "is_headline",
    "origin_name",
    "conflict",
    "source_title",
    "quote",
    "quote_lang",
)
# One indicator's observations (the Explorer): its name is the page's title; breakdowns shown.
INDICATOR_COLUMNS = (
    *TABLE_COLUMNS[1:7],
    "ref_area",
    "sex",
    "age",
    "urbanisation",
    *TABLE_COLUMNS[7:],
    "source_line",
)


def breakdown_pickers(
    splits: dict[str, list[str]], lang: str, labels: dict[str, dict[str, str]] | None = None
) -> dict[str, str]:
    """A control for each breakdown the data has (sex, age, urban/rural ...), side by side;
    the chosen codes. `labels` holds the words for the further breakdowns' codes."""
    if not splits:
        return {}
    describe = {"sex": formatting.sex, "age": formatting.age}
    for dim, words in (labels or {}).items():
        describe[dim] = lambda code, lang, words=words: words.get(code, code)
    return {
        dim: column.selectbox(
            t(dim, lang),
            values,
            format_func=lambda v, d=dim: describe[d](v, lang),
            key=f"by-{dim}",
            placeholder=t("choose_option", lang),
        )
        for column, (dim, values) in zip(st.columns(len(splits)), splits.items(), strict=True)
    }


SOURCE_TEXT_STYLE = (
    "<style>mark.quote{background:#ffe08a;color:#1a1a1a;padding:0 .1em}"
    "mark.open{background:#ffc9c9;color:#1a1a1a}"
    "mark.focus{background:#ffd23f;color:#1a1a1a;outline:2px solid #8a5a00;padding:0 .1em}"
    ".source-text{line-height:1.6;max-height:32rem;overflow-y:auto}</style>"
)


def marked_text(text: str, spans: list[tuple[int, int, str]], language: str, label: str) -> None:
    """A document's full text, escaped, with its spans marked, in a scrolling region.

    The region is focusable, so that the keyboard can scroll it too.
    """
    region = (
        f'<div class="source-text" lang="{html.escape(language)}" tabindex="0" role="region" '
        f'aria-label="{html.escape(label)}">{highlighted_html(text, spans)}</div>'
    )
    st.markdown(SOURCE_TEXT_STYLE + region, unsafe_allow_html=True)


def quote_in_document(focus: dict, lang: str) -> None:
    """A figure's quote where it stands in its document, highlighted, the figure beside it:
    shown at the top of the Sources page, so that the quote is in view without scrolling."""
    start_end = [(*focus["span"], "focus")] if focus["span"] else []
    excerpt = (
        f'<blockquote class="quote-focus" id="quote" lang="{html.escape(focus["language"])}">'
        f"{highlighted_html(focus['excerpt'], start_end)}</blockquote>"
    )
    with st.container(border=True):
        st.markdown(f"**{t('quote_for_figure', lang)}**  \n{md(focus['figure'])}")
        st.markdown(SOURCE_TEXT_STYLE + excerpt, unsafe_allow_html=True)


FILE_TABLE_HIDES = ("is_headline", "source_title", "quote_lang")  # the same on every row


def dataset_file(
    details: dict,
    spans: list[tuple[int, int, str]],
    table: pa.Table,
    tables: Tables,
    sel: Selection,
    lang: str,
) -> None:
    """An official dataset's file: what it holds and who publishes it, its values, and its
    text with the cited line highlighted (the proof of an official value, as a quote is of a
    stated figure)."""
    st.subheader(md(details["title"]))
    facts(
        [
            (t("publisher", lang), details["publisher"] or "—"),
            (t("taken", lang), details["published_label"]),
            (t("kind", lang), details["kind_label"]),
        ]
    )
    if details["published_note"]:
        st.caption(md(details["published_note"]))
    if spans:  # the cited line at the top, under the file's header line that names its columns
        cited_line(details["text"], spans[0], lang)
    st.markdown(f"**{t('values_from_file', lang)}**")
    observations_table(
        table,
        tables,
        sel,
        lang,
        key="dataset-file",
        columns=[c for c in TABLE_COLUMNS if c not in FILE_TABLE_HIDES],
    )
    st.markdown(f"**{t('file_text', lang)}**")
    if spans:
        st.caption(t("line_highlighted", lang))
    marked_text(details["text"], spans, "zxx", t("file_text", lang))


def cited_line(text: str, span: tuple[int, int, str], lang: str) -> None:
    """A dataset file's header line and the cited line, numbered, the cited one highlighted."""
    start, end, _ = span
    header = text.split("\n", 1)[0]
    number = text.count("\n", 0, start) + 1
    lines = f"1: {html.escape(header)}<br>" if number > 1 else ""
    lines += f'<mark class="focus">{number}: {html.escape(text[start:end])}</mark>'
    with st.container(border=True):
        st.markdown(f"**{t('line_of_value', lang)}**")
        st.markdown(
            f'{SOURCE_TEXT_STYLE}<blockquote class="quote-focus" id="line" lang="zxx">{lines}'
            "</blockquote>",
            unsafe_allow_html=True,
        )


def facts(items: list[tuple[str, str]]) -> None:
    """Short labelled facts side by side (unit, domain ...); text from the data is escaped."""
    for column, (label, value) in zip(st.columns(len(items)), items, strict=True):
        column.markdown(f"**{label}**  \n{md(value)}")


def observations_table(
    table: pa.Table,
    tables: Tables,
    sel: Selection,
    lang: str,
    key: str,
    columns: list[str] | tuple[str, ...] = TABLE_COLUMNS,
) -> None:
    """A table of observations followed by its downloads (every column in the files); for no
    rows, one line that says so in the reader's language, and no file of 0 rows."""
    if not table.num_rows:
        st.info(t("no_rows", lang), icon=":material/filter_alt_off:")
        return
    columns = list(columns)
    value = t(extracts.HEADING_KEYS["value"], lang)
    st.dataframe(
        display_frame(table, lang, columns),
        hide_index=True,
        width="stretch",
        column_config={
            value: st.column_config.TextColumn(alignment="right", width="small"),
            t(extracts.HEADING_KEYS["indicator_name"], lang): st.column_config.TextColumn(
                width="medium"
            ),
        },
    )
    st.caption(row_count(table, lang))
    download_buttons(table, tables, sel, lang, key)


def url_picker(key: str, labels: dict[str, str], label: str, bad: str, lang: str) -> str:
    """A page's own choice (an indicator, a source: code -> name), seeded once from ?key=
    (a bad value warns with the text `bad` and falls back to the first), kept in the URL."""
    codes = list(labels)
    code, rejected = state.pick(key, key, codes)
    if rejected:
        st.warning(md(t(bad, lang, value=rejected)))
    code = st.selectbox(
        label,
        codes,
        index=codes.index(code),
        format_func=labels.get,
        placeholder=t("choose_option", lang),
    )
    st.session_state[key] = code
    state.sync_url(**{key: code})
    return code


def indicator_picker(labels: dict[str, str], lang: str) -> str:
    """The indicator control of the Explorer and the Regions page (one choice for both)."""
    return url_picker("indicator", labels, t("indicator", lang), "bad_indicator", lang)

"""Reusable pieces of the screen: KPI cards, tables with their downloads, notices."""

from __future__ import annotations

import pyarrow as pa
import streamlit as st

from dashboard import extracts, formatting
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.selection import Selection
from dashboard.tables import Tables
from dashboard.views import Kpi


def kpi_card(card: Kpi) -> None:
    with st.container(border=True):
        # The full name above (a metric label would be cut short), the source on hover.
        st.markdown(f"**{md(card.label)}**", help=md(card.help))
        st.metric(
            label=md(card.label),
            value=card.value,
            delta=card.delta,
            delta_color=card.delta_color,
            delta_description=card.delta_label,
            label_visibility="collapsed",
        )
        st.caption(md(f"{card.unit} · {card.period}"))
        if card.event:
            st.caption(md(card.event))
        for badge in card.badges:
            st.badge(badge, color="orange")


def kpi_grid(cards: list[Kpi], columns: int = 3) -> None:
    """Cards in rows of `columns`; Streamlit stacks them on a narrow screen."""
    for start in range(0, len(cards), columns):
        row = st.columns(columns)
        for slot, card in zip(row, cards[start : start + columns], strict=False):
            with slot:
                kpi_card(card)


def download_buttons(table: pa.Table, tables: Tables, sel: Selection, lang: str, key: str) -> None:
    """CSV, Excel and Parquet of `table`; each file is made only when its button is clicked."""
    cols = st.columns(3)
    cols[0].download_button(
        t("download_csv", lang),
        data=lambda: extracts.csv_bytes(table),
        file_name=extracts.file_name(sel, lang, "csv"),
        mime="text/csv",
        key=f"{key}-csv",
        on_click="ignore",
        icon=":material/download:",
    )
    if table.num_rows <= extracts.EXCEL_MAX_ROWS:
        cols[1].download_button(
            t("download_xlsx", lang),
            data=lambda: extracts.xlsx_bytes(table, tables, lang),
            file_name=extracts.file_name(sel, lang, "xlsx"),
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key=f"{key}-xlsx",
            on_click="ignore",
            icon=":material/download:",
        )
    cols[2].download_button(
        t("download_parquet", lang),
        data=lambda: extracts.parquet_bytes(table),
        file_name=extracts.file_name(sel, lang, "parquet"),
        mime="application/vnd.apache.parquet",
        key=f"{key}-parquet",
        on_click="ignore",
        icon=":material/download:",
    )


def display_frame(table: pa.Table, lang: str, columns: list[str], max_rows: int = 10_000):
    """A display copy of at most `max_rows` rows, with headings in `lang`."""
    frame = table.slice(0, max_rows).select(columns).to_pandas()
    frame.columns = [t(extracts.HEADING_KEYS[c], lang) for c in columns]
    return frame


def observations_table(
    table: pa.Table,
    tables: Tables,
    sel: Selection,
    lang: str,
    key: str,
    columns: list[str] | None = None,
) -> None:
    """A table of observations followed by its downloads (every column in the files)."""
    columns = columns or [
        "indicator_name",
        "period_label",
        "value",
        "unit_name",
        "qualifier",
        "obs_status",
        "is_headline",
        "source_title",
        "quote",
    ]
    st.dataframe(display_frame(table, lang, columns), hide_index=True, width="stretch")
    st.caption(t("rows", lang, count=formatting.number(table.num_rows, lang)))
    download_buttons(table, tables, sel, lang, key)

"""Downloads: extracts of the current selection and of everything."""

import streamlit as st

from dashboard import components, state
from dashboard import data_access as data
from dashboard.extracts import extract_table
from dashboard.i18n import t
from dashboard.selection import NATIONAL, Selection
from dashboard.shell import ensure_entrypoint
from dashboard.views import overview
from indicators.areas import area_names

ensure_entrypoint()

lang, year = state.current()
st.title(t("page_downloads", lang))
st.caption(t("downloads_help", lang))
tables = data.tables()

components.brief_button(
    tables, Selection(year=year, area=state.area()), lang, key="brief-downloads"
)
include_all = st.toggle(
    t("include_all_figures", lang),
    value=False,
    help=t("include_all_help", lang),
    key="dl-all-kinds",
)
selected = Selection(year=year, area=state.area(), headline_only=not include_all)
everything = Selection()
if selected != everything:  # the selection may be everything: then one table, not two
    label = year if year is not None else t("all_years", lang)
    if selected.area:  # the data holds several areas (official series by region)
        label = f"{label} · {area_names(lang).get(selected.area, selected.area)}"
    st.subheader(f"{t('downloads_selected', lang)}: {label}")
    table = data.shared(extract_table, selected, lang)
    if year is not None and not table.num_rows:  # what the year has instead, as the Overview says
        area = selected.area or NATIONAL
        components.year_without_figures(
            year,
            data.view(overview.figure_years, area),
            data.view(overview.year_milestones, year, lang),
            lang,
        )
        if data.view(overview.has_undated_figures, area):
            st.caption(t("downloads_undated_below", lang, table=t("downloads_all", lang)))
    else:
        components.observations_table(table, tables, selected, lang, key="dl-selected")

st.subheader(t("downloads_all", lang))
components.observations_table(
    data.shared(extract_table, everything, lang), tables, everything, lang, key="dl-all"
)

"""Regions: one indicator's official values by region, on a map and in a ranking."""

import streamlit as st

from dashboard import charts, components, maps, state
from dashboard import data_access as data
from dashboard.extracts import extract_table
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.selection import Selection
from dashboard.shell import end_page, ensure_entrypoint
from dashboard.views import explorer as explorer_view
from dashboard.views import regions as view

ensure_entrypoint()
if st.session_state.pop("regions_open", False):  # a region was clicked or chosen: its series
    st.switch_page("pages/explorer.py")

lang, year = state.current()
labels = data.view(view.regional_indicators, lang)
if not labels:
    st.title(t("page_regions", lang))
    st.info(t("regions_none", lang), icon=":material/map:")
    end_page()
code = components.indicator_picker(labels, lang)

info = data.view(explorer_view.indicator_info, code, lang)
st.title(md(t("regions_title", lang, indicator=info["name"])))
choice = components.breakdown_pickers(
    data.view(view.breakdowns, code), lang, data.view(explorer_view.breakdown_labels, lang)
)
shown = data.view(view.region_view, code, year, lang, tuple(sorted(choice.items())))
if shown.year is None:
    st.info(t("regions_never", lang), icon=":material/map:")
    end_page()
if shown.ranked.empty:
    st.info(t("regions_no_year", lang, year=year), icon=":material/event_busy:")
    st.caption(t("regions_years", lang, years=", ".join(map(str, shown.years))))
    end_page()
if shown.latest:
    st.info(t("regions_latest", lang, year=shown.year), icon=":material/event:")
national = t("regions_national", lang, value=shown.national_label)
darker = "regions_darker_higher" if shown.better == "neutral" else "regions_darker_worse"
words = {
    "legend": t(darker, lang, unit=shown.unit),
    "national": national,
    "unit": shown.unit,
    "year": t("year", lang),
    "source": t("source", lang),
    "no_data": t("regions_no_data", lang),
    "no_data_hover": t("regions_no_data_hover", lang, name="{name}"),
}
on_map, ranking = st.columns([3, 2], gap="medium")
with on_map:
    st.caption(t("regions_map_alt", lang, year=shown.year, count=len(shown.ranked)))
    geojson = data.shared(view.map_geojson, shown.year)
    map_key = f"regions-map-{st.session_state.get('regions_round', 0)}"
    st.plotly_chart(
        charts.in_language(maps.choropleth(shown, geojson, shown.better, words), lang),
        on_select=lambda: state.open_region(view.clicked_area(st.session_state[map_key])),
        selection_mode="points",
        key=map_key,
        config={"displayModeBar": False, "scrollZoom": False},
        width="stretch",
    )
    st.caption(t("regions_click_hint", lang))
    if shown.no_data:
        st.caption(
            md(t("regions_no_data_list", lang, year=shown.year, regions=", ".join(shown.no_data)))
        )
    for regions, reason in shown.not_drawn:
        st.caption(md(t("regions_not_drawn", lang, regions=regions, reason=reason)))
    for note in shown.notes:
        st.caption(md(note))
with ranking:
    st.caption(t("regions_ranking_alt", lang))
    st.plotly_chart(
        charts.in_language(maps.ranking(shown, shown.better, words), lang),
        config={"displayModeBar": False},
        width="stretch",
        key="regions-ranking",
    )

if shown.spread:
    st.markdown(md(shown.spread))
names = dict(zip(shown.ranked["ref_area"], shown.ranked["name"], strict=True))
st.selectbox(
    t("regions_open", lang),
    list(names),
    index=None,
    format_func=names.get,
    placeholder=t("regions_open", lang),
    key="regions-pick",
    on_change=lambda: state.open_region(st.session_state["regions-pick"]),
)

st.subheader(t("regions_table", lang))
selection = Selection(indicators=(code,), year=shown.year)
table = view.table_rows(data.shared(extract_table, selection, lang), shown.obs_ids)
components.observations_table(
    table, data.tables(), selection, lang, key="regions", columns=components.INDICATOR_COLUMNS
)

"""Overview: the headline figures at a glance, grouped by domain."""

import streamlit as st

from dashboard import components, state
from dashboard import data_access as data
from dashboard.i18n import t
from dashboard.selection import NATIONAL
from dashboard.shell import ensure_entrypoint
from dashboard.views import overview as view
from indicators.areas import area_names
from indicators.codes import DOMAINS, NOT_STATED

ensure_entrypoint()

lang, year = state.current()
st.title(t("app_title", lang))
st.caption(t("app_subtitle", lang))

area = state.area()
if area:
    st.subheader(area_names(lang).get(area, area))
groups = data.view(view.kpis, year, lang, area or NATIONAL)
if not groups:
    st.info(t("no_figures_year", lang, year=year))
for domain in DOMAINS:
    if domain in groups:
        st.subheader(t(f"domain_{domain}", lang))
        components.kpi_grid(groups[domain])
if NOT_STATED in groups:
    st.subheader(t("period_not_stated", lang), help=t("period_not_stated_help", lang))
    components.kpi_grid(groups[NOT_STATED])

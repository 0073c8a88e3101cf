"""Overview: the headline figures at a glance, grouped by domain."""

import datetime as dt

import streamlit as st

from dashboard import components, state
from dashboard import data_access as data
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.selection import NATIONAL, Selection
from dashboard.shell import ensure_entrypoint
from dashboard.views import overview as view
from indicators.areas import area_names

ensure_entrypoint()

lang, year = state.current()
st.title(t("app_title", lang))
st.caption(t("app_subtitle", lang))

area = state.area()
if area:
    st.subheader(md(area_names(lang).get(area, area)))
components.brief_button(data.tables(), Selection(year=year, area=area), lang, key="brief-overview")
# Shared, not copied: a few hundred cards unpickled on every rerun cost more than the page.
groups = data.shared(view.kpis, year, lang, area or NATIONAL, dt.date.today())
if year is not None and not any(g.cards for g in groups.values()):
    components.year_without_figures(
        year,
        data.view(view.figure_years, area or NATIONAL),
        data.view(view.year_milestones, year, lang),
        lang,
    )
for number, group in enumerate(groups.values()):
    components.domain_section(group, lang, first=number == 0)

"""Child rights in Kazakhstan: the dashboard's entry point (navigation and shared filters)."""

from contextlib import suppress
from pathlib import Path

import streamlit as st

from dashboard import data_access as data
from dashboard import state
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.shell import PageEnd, use_navigation
from dashboard.views import options
from indicators.areas import area_names

ICON = Path(__file__).resolve().parent / "assets" / "icon.png"

use_navigation()
lang, bad_lang = state.init_language()
st.set_page_config(page_title=t("app_title", lang), page_icon=str(ICON), layout="wide")

build = data.ensure_tables()
if build.problems:
    st.error(t("build_failed", lang), icon=":material/error:")
    with st.expander(f"{len(build.problems)} ×"):
        st.code("\n".join(build.problems), language=None)
if not data.tables_available():
    st.error(t("no_tables", lang))
    st.stop()

years = data.view(options.year_options)
areas = data.view(options.area_options)
bad_year = state.init_year(years)
bad_area = state.init_area(areas)
if bad_lang:
    st.warning(md(t("bad_lang", lang, value=bad_lang)), icon=":material/translate:")
if bad_year:
    st.warning(md(t("bad_year", lang, value=bad_year)), icon=":material/event_busy:")
if bad_area:
    st.warning(md(t("bad_area", lang, value=bad_area)), icon=":material/location_off:")

pages = [
    st.Page(
        "pages/overview.py",
        title=t("page_overview", lang),
        icon=":material/dashboard:",
        default=True,
    ),
    st.Page(
        "pages/timeline.py",
        title=t("page_timeline", lang),
        icon=":material/timeline:",
        url_path="timeline",
    ),
    st.Page(
        "pages/explorer.py",
        title=t("page_explorer", lang),
        icon=":material/query_stats:",
        url_path="explorer",
    ),
    st.Page(
        "pages/regions.py",
        title=t("page_regions", lang),
        icon=":material/map:",
        url_path="regions",
    ),
    st.Page(
        "pages/sources.py",
        title=t("page_sources", lang),
        icon=":material/description:",
        url_path="sources",
    ),
    st.Page(
        "pages/downloads.py",
        title=t("page_downloads", lang),
        icon=":material/download:",
        url_path="downloads",
    ),
]
page = st.navigation(pages)
with suppress(PageEnd):  # a page that ended early, an empty state said, goes on here
    page.run()
# After the page, so that its first figures reach the browser first (state.controls). Not on a
# page switch: the controls' values, set here and never sent, would read as a change next run.
state.controls(years, areas, area_names(lang))
lang, year = state.current()
state.sync_url(lang=lang, year=year, area=state.area())

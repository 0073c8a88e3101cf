"""The view state shared by every page: language and year, kept in the URL.

Streamlit clears query parameters on a page switch, so the state lives in
session_state and is written back to the URL on every run.
"""

from __future__ import annotations

import re

import streamlit as st

from dashboard.i18n import language_from, t
from dashboard.markup import md
from indicators.codes import LANGUAGES

ALL = "all"


def parse_year(raw: str | None, options: list[int]) -> tuple[int | None, str | None]:
    """The year to show (None = all years) and the rejected value when it was bad."""
    if raw in (None, "", ALL):
        return None, None
    if not re.fullmatch(r"[0-9]{4}", raw):  # ASCII digits only: not ２０１６, ٢٠١٦ or " 2016"
        return None, raw
    year = int(raw)
    return (year, None) if year in options else (None, raw)


def _locale() -> str | None:
    try:
        return st.context.locale
    except Exception:  # not in a browser session (e.g. some test runners)
        return None


def init_language() -> tuple[str, str | None]:
    """On a session's first run, take ?lang= or the browser's locale into session_state."""
    rejected = None
    if "lang" not in st.session_state:
        lang, rejected = language_from(st.query_params.get("lang"), _locale())
        st.session_state["lang"] = lang
    return st.session_state["lang"], rejected


def init_year(options: list[int]) -> str | None:
    """On a session's first run, take ?year= into session_state; return a bad value."""
    rejected = None
    if "year" not in st.session_state:
        year, rejected = parse_year(st.query_params.get("year"), options)
        st.session_state["year"] = ALL if year is None else year
    elif st.session_state["year"] not in (ALL, *options):  # the data changed under the session
        st.session_state["year"] = ALL
    return rejected


# Each language named in itself, short as on the government's own sites (gov.kz, egov.kz), so
# that the three fit side by side in the sidebar.
LANGUAGE_NAMES = {"kk": "Қаз", "ru": "Рус", "en": "Eng"}


def _follow(state_key: str, widget_key: str) -> None:
    """A control's callback: the chosen value becomes the view state before the rerun, so
    that the page, drawn before the controls, already shows it."""
    st.session_state[state_key] = st.session_state[widget_key]


def _control_value(state_key: str, widget_key: str) -> dict:
    """A control shows the view state, which links and other pages may have changed since the
    control was last drawn; its callback copies a choice back."""
    st.session_state[widget_key] = st.session_state[state_key]
    return {"key": widget_key, "on_change": _follow, "args": (state_key, widget_key)}


def language_switch() -> str:
    """The sidebar's language switch: one tap, every language named in itself."""
    current = st.session_state["lang"]
    st.sidebar.segmented_control(
        t("language", current),
        LANGUAGES,
        required=True,
        format_func=LANGUAGE_NAMES.get,
        width="stretch",
        **_control_value("lang", "lang_choice"),
    )
    return current


def year_filter(options: list[int], lang: str) -> int | None:
    """The one year control for every page: "All years" or a year taken from the data, every
    choice in sight."""
    st.sidebar.pills(
        t("year", lang),
        [ALL, *options],
        required=True,
        format_func=lambda y: t("all_years", lang) if y == ALL else str(y),
        **_control_value("year", "year_choice"),
    )
    return current()[1]


def init_area(options: list[str]) -> str | None:
    """On a session's first run, take ?area= into session_state; return a bad value."""
    st.session_state["area_filter"] = len(options) > 1
    rejected = None
    if "area" not in st.session_state:
        raw = st.query_params.get("area")
        st.session_state["area"] = raw if raw in options else options[0]
        rejected = raw if raw and raw not in options else None
    elif st.session_state["area"] not in options:  # the data changed under the session
        st.session_state["area"] = options[0]
    return rejected


def area_filter(options: list[str], names: dict[str, str], lang: str) -> str:
    """The area control under the year filter, shown only when the data has several areas:
    folded under the area chosen, so that twenty regions do not push the page's own sidebar
    content down."""
    if len(options) > 1:
        chosen = names.get(st.session_state["area"], st.session_state["area"])
        with st.sidebar.expander(md(f"{t('area', lang)}: {chosen}")):
            st.pills(
                t("area", lang),
                options,
                required=True,
                format_func=lambda code: names.get(code, code),
                label_visibility="collapsed",
                **_control_value("area", "area_choice"),
            )
    return st.session_state["area"]


def controls(years: list[int], areas: list[str], names: dict[str, str]) -> None:
    """The sidebar's language, year and area controls. app.py draws them after the page: the
    page's first figures then reach the browser first, and the page reads the view state
    the controls' callbacks have already set."""
    lang = language_switch()
    year_filter(years, lang)
    area_filter(areas, names, lang)


def area() -> str | None:
    """The area chosen in the sidebar, or None when the data has only one (no filter)."""
    return st.session_state.get("area") if st.session_state.get("area_filter") else None


def pick(key: str, param: str, options: list[str]) -> tuple[str, str | None]:
    """A page's own choice (e.g. the explorer's indicator), seeded once from ?param=."""
    rejected = None
    if key not in st.session_state:
        raw = st.query_params.get(param)
        st.session_state[key] = raw if raw in options else options[0]
        rejected = raw if raw and raw not in options else None
    elif st.session_state[key] not in options:
        st.session_state[key] = options[0]
    return st.session_state[key], rejected


def cited_line(source_id: str) -> tuple[int | None, str | None]:
    """The line of a dataset file a link asked to see (?line=N with ?source=), while that file
    is the one shown; and a bad value to warn of (not a whole number from 1)."""
    if "cited_line" not in st.session_state:
        raw = st.query_params.get("line")
        good = raw is not None and re.fullmatch(r"[1-9][0-9]{0,6}", raw) is not None
        st.session_state["cited_line"] = (st.query_params.get("source"), int(raw) if good else None)
        st.session_state["bad_line"] = raw if raw is not None and not good else None
    source, line = st.session_state["cited_line"]
    bad = st.session_state.pop("bad_line", None)
    return (line if source == source_id else None), bad


def sync_url(**params: object) -> None:
    """Write the view state into the URL (None removes a parameter), so links reproduce it."""
    for key, value in params.items():
        if value is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != str(value):
            st.query_params[key] = str(value)


def current() -> tuple[str, int | None]:
    """The language and year chosen in the sidebar, for pages to read."""
    year = st.session_state.get("year", ALL)
    return st.session_state.get("lang", "kk"), None if year == ALL else int(year)


def open_region(area: str | None) -> None:
    """The Regions page's callback for a region clicked on the map or chosen in its list: the
    region's series opens in the Explorer on the rerun. The map gets a fresh key and the list
    is emptied, so that coming back shows the map, not the same jump again."""
    if not area:
        return
    st.session_state["area"] = area
    st.session_state["regions_open"] = True
    st.session_state["regions_round"] = st.session_state.get("regions_round", 0) + 1
    st.session_state["regions-pick"] = None

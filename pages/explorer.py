"""Indicator explorer: one indicator's values, observations, definition and sources."""

import streamlit as st

from dashboard import charts, components, state
from dashboard import data_access as data
from dashboard.extracts import extract_table
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.selection import NATIONAL, Selection
from dashboard.shell import ensure_entrypoint
from dashboard.views import explorer as view
from dashboard.views.regions import regional_indicators
from indicators.codes import TOTAL

ensure_entrypoint()

lang, year = state.current()
labels = data.view(view.indicator_labels, lang)
code = components.indicator_picker(labels, lang)

info = data.view(view.indicator_info, code, lang)
st.title(md(info["name"]))
if code in data.view(regional_indicators, lang):
    st.page_link(
        "pages/regions.py",
        label=t("regions_link", lang),
        icon=":material/map:",
        query_params={"indicator": code, "lang": lang},  # a copied or new-tab link keeps it
    )
st.markdown(md(info["definition"]))
official = data.view(view.is_official, code)
components.facts(
    [
        (t("origin", lang), t("origin_official" if official else "origin_stated", lang)),
        (t("unit", lang), info["unit"]),
        (t("domain", lang), info["domain"]),
        (t("crc_article", lang), info["crc_article"] or "—"),
        (t("sdg_target", lang), info["sdg_target"] or "—"),
    ]
)

area = state.area()
splits = data.view(view.breakdowns, code, area or NATIONAL)
words = data.view(view.breakdown_labels, lang)
choice = {"sex": TOTAL, "age": None} | components.breakdown_pickers(splits, lang, words)
further = [choice.get(dim, TOTAL) for dim in view.BREAKDOWNS[2:]]
series = data.view(
    view.indicator_series, code, lang, area or NATIONAL, choice["sex"], choice["age"], *further
)
years = data.view(view.value_years, code, area or NATIONAL)
in_year = year is None or year in years
if year is not None and not in_year:
    components.no_values_in_year(
        year, years, data.view(view.has_undated, code, area or NATIONAL), lang
    )
if official and len(series) and in_year:
    st.caption(md(view.chart_alt(series, info["name"], lang)))
    names = {k: t(f"origin_{k}", lang) for k in ("official", "stated")}
    names["difference"] = t("difference", lang)
    figure = charts.official_figure(series, info["unit"], year, names)
    st.plotly_chart(charts.in_language(figure, lang), width="stretch")
    for row in series[series["difference_label"].notna()].itertuples():
        st.caption(
            md(
                t(
                    "stated_beside_official",
                    lang,
                    period=row.period_label,
                    stated=row.value_label,
                    difference=row.difference_label,
                )
            )
        )
elif official and in_year:
    st.info(t("no_series_choice", lang))
elif len(series) >= 2 and in_year:
    st.caption(md(view.chart_alt(series, info["name"], lang)))
    figure = charts.series_figure(series, info["unit"], year)
    st.plotly_chart(charts.in_language(figure, lang), width="stretch")
elif len(series) == 1 and in_year:
    only = series.iloc[0]
    st.metric(
        md(f"{only['period_label']} · {info['unit']}"),
        only["value_label"],
        help=t("single_value", lang),
    )
if len(series) and in_year:
    components.series_sources(series)

# Under a year: that year's values, and those whose period is not stated (they have no year).
selection = Selection(indicators=(code,), area=area, year=year, with_undated=True)
table = data.shared(extract_table, selection, lang)
if table.num_rows:
    st.subheader(t("observations", lang))
    components.observations_table(
        table,
        data.tables(),
        selection,
        lang,
        key="explorer",
        columns=components.INDICATOR_COLUMNS,
    )

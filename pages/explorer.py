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
from indicators.codes import TOTAL

ensure_entrypoint()

lang, year = state.current()
labels = data.view(view.indicator_labels, lang)
codes = list(labels)
code, bad = state.pick("indicator", "indicator", codes)
if bad:
    st.warning(t("bad_indicator", lang, value=bad))
code = st.selectbox(t("indicator", lang), codes, index=codes.index(code), format_func=labels.get)
st.session_state["indicator"] = code
state.sync_url(indicator=code)

info = data.view(view.indicator_info, code, lang)
st.title(info["name"])
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
if official and len(series):
    st.caption(
        t(
            "chart_alt",
            lang,
            indicator=info["name"],
            count=len(series),
            first=series["period_label"].iloc[0],
            last=series["period_label"].iloc[-1],
        )
    )
    names = {k: t(f"origin_{k}", lang) for k in ("official", "stated")}
    names["difference"] = t("difference", lang)
    st.plotly_chart(charts.official_figure(series, info["unit"], year, names), width="stretch")
    for row in series[series["difference_label"].notna()].itertuples():
        st.caption(
            t(
                "stated_beside_official",
                lang,
                period=row.period_label,
                stated=row.value_label,
                difference=row.difference_label,
            )
        )
elif official:
    st.info(t("no_series_choice", lang))
elif len(series) >= 2:
    st.caption(
        t(
            "chart_alt",
            lang,
            indicator=info["name"],
            count=len(series),
            first=series["period_label"].iloc[0],
            last=series["period_label"].iloc[-1],
        )
    )
    st.plotly_chart(charts.series_figure(series, info["unit"], year), width="stretch")
elif len(series) == 1:
    only = series.iloc[0]
    st.metric(
        f"{only['period_label']} · {info['unit']}",
        only["value_label"],
        help=t("single_value", lang),
    )

st.subheader(t("observations", lang))
selection = Selection(indicators=(code,), area=area)
table = data.shared(extract_table, selection, lang)
components.observations_table(
    table,
    data.tables(),
    selection,
    lang,
    key="explorer",
    columns=components.INDICATOR_COLUMNS,
)

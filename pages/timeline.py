"""Timeline: milestones since the Convention, with the chosen year highlighted."""

import streamlit as st

from dashboard import charts, state, views
from dashboard import data_access as data
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.shell import ensure_entrypoint

ensure_entrypoint()

lang, year = state.current()
st.title(t("timeline_title", lang))

events = data.view(views.timeline, lang)
dated = events[events["date_start"].notna()]
st.caption(
    t(
        "timeline_chart_alt",
        lang,
        count=len(dated),
        first=int(dated["year"].min()),
        last=int(dated["year"].max()),
    )
)
st.plotly_chart(charts.timeline_figure(events, year, t("event_figures", lang)), width="stretch")

with st.expander(t("timeline_table", lang), expanded=False):
    table = dated[["date_label", "category_label", "title", "source_title", "quote"]]
    table.columns = [t(k, lang) for k in ("date", "category", "title", "source", "quote")]
    st.dataframe(table, hide_index=True, width="stretch")

undated = events[events["date_start"].isna()]
if len(undated):
    st.subheader(t("date_not_stated_events", lang))
    for row in undated.itertuples():
        st.markdown(f"**{md(row.title)}** · {md(row.category_label)}")
        st.caption(md(f"{row.source_title}: «{row.quote}» [{row.quote_lang}]"))

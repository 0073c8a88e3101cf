"""Timeline: milestones since the Convention, with the chosen year highlighted."""

import streamlit as st

from dashboard import charts, state
from dashboard import data_access as data
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.shell import ensure_entrypoint
from dashboard.views import timeline as view

ensure_entrypoint()

lang, year = state.current()
st.title(t("timeline_title", lang))

events = data.view(view.timeline, lang)
st.caption(t("timeline_chart_alt", lang, **data.view(view.timeline_summary, lang)))
figure = charts.timeline_figure(events, year, t("event_figures", lang))
st.plotly_chart(charts.in_language(figure, lang), width="stretch")

with st.expander(t("timeline_table", lang), expanded=False):
    st.dataframe(data.view(view.timeline_table, lang), hide_index=True, width="stretch")

undated = data.view(view.undated_events, lang)
if len(undated):
    st.subheader(t("date_not_stated_events", lang))
    for row in undated.itertuples():
        st.markdown(f"**{md(row.title)}** · {md(row.category_label)}")
        st.caption(md(f"{row.source_title}: «{row.quote}» [{row.quote_lang}]"))

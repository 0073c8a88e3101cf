"""Sources: every document at a glance; one at a time with its figures and marked text."""

import streamlit as st

from dashboard import components, state
from dashboard import data_access as data
from dashboard.extracts import extract_table
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.selection import Selection
from dashboard.shell import ensure_entrypoint
from dashboard.views import sources as view

ensure_entrypoint()

lang, _ = state.current()
st.title(t("sources", lang))
st.caption(t("sources_help", lang))
catalogue = data.view(view.source_catalogue, lang)
st.dataframe(
    catalogue,
    hide_index=True,
    width="stretch",
    column_config={catalogue.columns[0]: st.column_config.TextColumn(width="medium")},
)

titles = data.view(view.source_titles)
source_id = components.url_picker("source", titles, t("source_pick", lang), "bad_source", lang)

src = data.view(view.source_details, source_id, lang)
language = src["language"]
st.subheader(md(src["title"]))
components.facts(
    [
        (t("published", lang), src["published_label"]),
        (t("publisher", lang), src["publisher"] or "—"),
        (t("kind", lang), src["kind_label"]),
        (t("language", lang), t(f"lang_{language}", lang)),
    ]
)
if src["published_note"]:
    st.caption(md(src["published_note"]))

st.markdown(f"**{t('figures_from_source', lang)}**")
selection = Selection(source=source_id)
components.observations_table(
    data.shared(extract_table, selection, lang),
    data.tables(),
    selection,
    lang,
    key="source",
    columns=[c for c in components.TABLE_COLUMNS if c not in ("is_headline", "source_title")],
)

events = data.view(view.source_event_table, source_id, lang)
if len(events):
    st.markdown(f"**{t('events_from_source', lang)}**")
    st.dataframe(events, hide_index=True, width="stretch")

mentions = data.view(view.mention_summary, source_id)
if mentions:
    st.markdown(f"**{t('mentions', lang)}**")
    st.caption(" · ".join(f"{t(f'mention_{c}', lang)}: {n}" for c, n in mentions.items()))
    st.dataframe(data.view(view.mention_table, source_id, lang), hide_index=True, width="stretch")

st.markdown(f"**{t('full_text', lang)}** ({language})")
st.caption(t("highlight_help", lang))
components.marked_text(
    data.view(view.source_text, source_id),
    data.view(view.source_spans, source_id),
    language,
    t("full_text", lang),
)

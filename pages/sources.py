"""Sources: every document at a glance; one at a time with its figures and marked text."""

import streamlit as st

from dashboard import components, formatting, state
from dashboard import data_access as data
from dashboard.extracts import extract_table
from dashboard.i18n import t
from dashboard.markup import md
from dashboard.selection import Selection
from dashboard.shell import end_page, ensure_entrypoint
from dashboard.views import sources as view

ensure_entrypoint()

lang, _ = state.current()
st.title(t("sources", lang))
st.caption(t("sources_help", lang))
focus_slot = st.container()  # a figure's quote, when a card's link asked for one (?quote=)
catalogue = data.view(view.source_catalogue, lang)
st.dataframe(
    catalogue,
    hide_index=True,
    width="stretch",
    column_config={catalogue.columns[0]: st.column_config.TextColumn(width="medium")},
)

files = data.view(view.dataset_files, lang)
if files:
    st.caption(t("sources_dataset_files", lang, count=formatting.number(len(files), lang)))
titles = data.view(view.document_titles) | files
ids = list(titles)
source_id, bad = state.pick("source", "source", ids)
if bad:
    st.warning(md(t("bad_source", lang, value=bad)))
source_id = st.selectbox(
    t("source_pick", lang),
    ids,
    index=ids.index(source_id),
    format_func=titles.get,
    placeholder=t("choose_option", lang),
)
st.session_state["source"] = source_id
focus_id = st.query_params.get("quote")
focus = data.view(view.quote_focus, focus_id, lang) if focus_id else None
if focus_id and focus is None:
    focus_slot.warning(md(t("bad_quote", lang, value=focus_id)))
if focus is not None and focus["source_id"] != source_id:
    focus = None  # another document was chosen since
with focus_slot:
    if focus is not None:
        components.quote_in_document(focus, lang)
line, bad_line = state.cited_line(source_id)  # a dataset file's line a link cited
if bad_line:
    st.warning(md(t("bad_line", lang, value=bad_line)))
state.sync_url(source=source_id, quote=focus_id if focus else None, line=line)

if source_id in files:  # an official dataset's file
    details = data.view(view.dataset_file_details, source_id, lang)
    selection = Selection(source=source_id)
    components.dataset_file(
        details,
        data.view(view.cited_span, source_id, line),
        data.shared(extract_table, selection, lang),
        data.tables(),
        selection,
        lang,
    )
    end_page()

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
    st.caption(t("mentions_explained", lang))
    st.dataframe(data.view(view.mention_table, source_id, lang), hide_index=True, width="stretch")

st.markdown(f"**{t('full_text', lang)}** ({t(f'lang_{language}', lang)})")
st.caption(t("highlight_help", lang))
shown = data.view(view.shown_text, source_id)
if shown.cut:
    total = formatting.number(shown.total, lang)
    st.caption(
        md(t("source_passages", lang, shown=formatting.number(len(shown.text), lang), total=total))
    )
    if st.toggle(t("source_whole_text", lang, total=total), key=f"whole-{source_id}"):
        shown = data.view(view.shown_text, source_id, True)
components.marked_text(shown.text, shown.spans, language, t("full_text", lang))

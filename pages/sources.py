"""Sources: each document, the figures taken from it, and its text with the quotes marked."""

import streamlit as st

from dashboard import components, state, views
from dashboard import data_access as data
from dashboard.extracts import extract_table
from dashboard.i18n import t
from dashboard.markup import highlighted_html, md
from dashboard.selection import Selection
from dashboard.shell import ensure_entrypoint

ensure_entrypoint()

lang, _ = state.current()
st.title(t("sources", lang))
st.markdown(
    "<style>mark.quote{background:#ffe08a;color:#1a1a1a;padding:0 .1em}"
    "mark.open{background:#ffc9c9;color:#1a1a1a}"
    ".source-text{line-height:1.6;max-height:32rem;overflow-y:auto}</style>",
    unsafe_allow_html=True,
)

tables = data.tables()
for src in data.view(views.source_list, lang).itertuples():
    with st.expander(md(src.title), expanded=False):
        meta = st.columns(4)
        meta[0].markdown(f"**{t('published', lang)}**  \n{md(src.published_label)}")
        meta[1].markdown(f"**{t('publisher', lang)}**  \n{md(src.publisher or '—')}")
        meta[2].markdown(f"**{t('kind', lang)}**  \n{md(src.kind_label)}")
        meta[3].markdown(f"**{t('language', lang)}**  \n{t(f'lang_{src.language}', lang)}")
        if src.published_note:
            st.caption(md(src.published_note))

        st.markdown(f"**{t('figures_from_source', lang)}**")
        selection = Selection(source=src.source_id)
        components.observations_table(
            data.shared(extract_table, selection, lang),
            tables,
            selection,
            lang,
            key=f"src-{src.source_id}",
            columns=[
                "indicator_name",
                "period_label",
                "value",
                "unit_name",
                "qualifier",
                "obs_status",
                "quote",
            ],
        )
        events = data.view(views.source_events, src.source_id, lang)
        if len(events):
            st.markdown(f"**{t('events_from_source', lang)}**")
            shown = events[["date_label", "title", "quote"]]
            shown.columns = [t(k, lang) for k in ("date", "title", "quote")]
            st.dataframe(shown, hide_index=True, width="stretch")

        mentions = data.view(views.source_mentions, src.source_id)
        if mentions is not None and len(mentions):
            st.markdown(f"**{t('mentions', lang)}**")
            counts = mentions["coverage"].value_counts()
            st.caption(
                " · ".join(
                    f"{t(f'mention_{c}', lang)}: {int(counts.get(c, 0))}"
                    for c in ("used", "dismissed", "open")
                )
            )
            st.dataframe(
                data.view(views.mention_table, src.source_id, lang),
                hide_index=True,
                width="stretch",
            )

        st.markdown(f"**{t('full_text', lang)}** ({src.language})")
        st.caption(t("highlight_help", lang))
        text = tables.sources.loc[src.source_id, "text"]
        spans = data.view(views.source_spans, src.source_id)
        st.markdown(
            f'<div class="source-text" lang="{src.language}">{highlighted_html(text, spans)}</div>',
            unsafe_allow_html=True,
        )

"""The Sources page: the documents, their figures, milestones, finder mentions and text; the
official datasets' files, each with its values and its text, a cited line highlighted."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
import pyarrow.compute as pc

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import distinct
from dashboard.tables import Tables
from dashboard.views.common import (
    local_text,
    missing,
    published_label,
    publisher_name,
    records,
    source_title,
)
from dashboard.views.timeline import timeline
from finder.text import locate_all
from indicators.codes import DATASET

MENTION_COVERAGE = ("used", "dismissed", "open")


def documents(tables: Tables) -> pd.DataFrame:
    """The sources that are documents (the official datasets' files are sources too, cited by
    file and line on every value, and listed with their dataset in the README)."""
    return tables.sources[tables.sources["kind"] != DATASET]


def source_list(tables: Tables, lang: str) -> pd.DataFrame:
    src = documents(tables).drop(columns=["text"]).copy()
    src["kind_label"] = [t(f"kind_{k}", lang) for k in src["kind"]]
    src["published_label"] = [published_label(r._asdict(), lang) for r in src.itertuples()]
    src["published_note"] = src[f"published_note_{lang}"]
    return src.reset_index(drop=True)


def document_titles(tables: Tables) -> dict[str, str]:
    """Each source's id and title, in the manifest's order (titles stay in their language)."""
    docs = documents(tables)
    return dict(zip(docs.index, docs["title"], strict=True))


def dataset_files(tables: Tables, lang: str) -> dict[str, str]:
    """Each official dataset file's id and its title in `lang` ("the file of SDG indicator
    3.2.1"), in the order of their indicators."""
    rows = records(tables, "sources")
    files = {s: source_title(row, lang) for s, row in rows.items() if row["kind"] == DATASET}
    return dict(sorted(files.items(), key=lambda item: _indicator_order(item[0])))


def _indicator_order(source_id: str) -> tuple:
    """indicator_3-2-1.csv before indicator_3-10-1.csv: numbers compared as numbers."""
    return tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[-_./]", source_id)
    )


def dataset_file_details(tables: Tables, source_id: str, lang: str) -> dict:
    """An official dataset file as its page shows it: title and publisher in `lang`, when it
    was taken, and its text."""
    row = records(tables, "sources")[source_id]
    return {
        "title": source_title(row, lang),
        "publisher": publisher_name(row, lang),
        "published_label": published_label(row, lang),
        "published_note": local_text(row, "published_note", lang),
        "kind_label": t(f"kind_{row['kind']}", lang),
        "file": row["file"],
        "text": row["text"],
    }


def cited_span(tables: Tables, source_id: str, line: int | None) -> list[tuple[int, int, str]]:
    """The span of line `line` (1 = the first) of a source's text to highlight; none when the
    text has no such line."""
    return line_span(records(tables, "sources")[source_id]["text"], line)


def line_span(text: str, line: int | None) -> list[tuple[int, int, str]]:
    """The span of line `line` (1 = the first) of `text`, none when out of range."""
    if line is None or line < 1:
        return []
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return []
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return [(start, end, "focus")] if end > start else []


def source_catalogue(tables: Tables, lang: str) -> pd.DataFrame:
    """One row per source for display: title, date, language, its figures and the finder's
    counts (publisher and kind are shown with the chosen source, to keep this table narrow)."""
    src = source_list(tables, lang)
    counts = pc.value_counts(tables.observations["source_id"]).to_pylist()
    figures = {c["values"]: c["counts"] for c in counts}
    milestones = tables.events["source_id"].value_counts().to_dict()
    shown = pd.DataFrame(
        {
            t("title", lang): src["title"],
            t("published", lang): src["published_label"],
            t("language", lang): [t(f"lang_{code}", lang) for code in src["language"]],
            t("figures_count", lang): [figures.get(s, 0) for s in src["source_id"]],
            t("milestones_count", lang): [milestones.get(s, 0) for s in src["source_id"]],
        }
    )
    for coverage, count in _mention_counts(tables, src["source_id"]).items():
        shown[t(f"mention_{coverage}", lang)] = count
    return shown


def _mention_counts(tables: Tables, source_ids: pd.Series) -> dict[str, list[int]]:
    """Per source, how many of the finder's mentions are used, dismissed and open."""
    if tables.mentions is None:
        return {}
    counts = tables.mentions.groupby(["source_id", "coverage"]).size()
    return {
        coverage: [int(counts.get((s, coverage), 0)) for s in source_ids]
        for coverage in MENTION_COVERAGE
    }


def mention_summary(tables: Tables, source_id: str) -> dict[str, int]:
    """How many of the source's mentions are used, dismissed and open ({} when none)."""
    counts = _mention_counts(tables, pd.Series([source_id]))
    summary = {coverage: values[0] for coverage, values in counts.items()}
    return summary if any(summary.values()) else {}


def source_details(tables: Tables, source_id: str, lang: str) -> dict:
    """One source's metadata with its labels in `lang` (its text apart: see source_text)."""
    src = source_list(tables, lang)
    row = src[src["source_id"] == source_id].iloc[0]
    return {key: None if missing(value) else value for key, value in row.items()}


def source_text(tables: Tables, source_id: str) -> str:
    return tables.sources.loc[source_id, "text"]


# A text longer than this shows the passages around its quotes (the rest on demand): the whole
# of a 50 MB document would take the page tens of seconds and the server hundreds of MB.
PASSAGES_FROM = 200_000
PASSAGE_CONTEXT = 1_500  # characters kept on each side of a quote
GAP = "\n[…]\n"


@dataclass(frozen=True)
class ShownText:
    """The text a page shows of a source, its marked spans, and whether it was cut."""

    text: str
    spans: list[tuple[int, int, str]]
    total: int
    cut: bool


def _windows(spans: list[tuple[int, int, str]], size: int) -> list[tuple[int, int]]:
    """Merged ranges of PASSAGE_CONTEXT around each span (the start when there is none)."""
    ranges = sorted(
        (max(0, s - PASSAGE_CONTEXT), min(size, e + PASSAGE_CONTEXT)) for s, e, _ in spans
    )
    merged: list[tuple[int, int]] = []
    for start, end in ranges or [(0, min(size, 2 * PASSAGE_CONTEXT))]:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def shown_text(tables: Tables, source_id: str, whole: bool = False) -> ShownText:
    """The source's text with its quotes marked: whole when short (or asked for), else the
    passages around its quotes joined by GAP, the spans moved to their place in it."""
    text, spans = source_text(tables, source_id), source_spans(tables, source_id)
    if whole or len(text) <= PASSAGES_FROM:
        return ShownText(text, spans, len(text), cut=False)
    pieces, moved, at = [], [], 0
    for start, end in _windows(spans, len(text)):
        if start > 0 or pieces:
            pieces.append(GAP)
            at += len(GAP)
        pieces.append(text[start:end])
        moved += [
            (s - start + at, e - start + at, c) for s, e, c in spans if start <= s and e <= end
        ]
        at += end - start
    if pieces and _windows(spans, len(text))[-1][1] < len(text):
        pieces.append(GAP)
    return ShownText("".join(pieces), sorted(moved), len(text), cut=True)


def source_spans(tables: Tables, source_id: str) -> list[tuple[int, int, str]]:
    """Every occurrence of every quote taken from the source, to highlight in its text."""
    text = tables.sources.loc[source_id, "text"]
    obs = tables.observations
    rows = obs.filter(pc.fill_null(pc.equal(obs["source_id"], source_id), False))
    quotes = set(distinct(rows["quote"]))
    quotes |= set(tables.events.loc[tables.events["source_id"] == source_id, "quote"])
    return [(s, e, "quote") for q in quotes for s, e in locate_all(text, q)]


def source_events(tables: Tables, source_id: str, lang: str) -> pd.DataFrame:
    return timeline(tables, lang).query("source_id == @source_id")


def source_event_table(tables: Tables, source_id: str, lang: str) -> pd.DataFrame:
    """The milestones taken from one source, for display: date, title and quote."""
    shown = source_events(tables, source_id, lang)[["date_label", "title", "quote"]]
    shown.columns = [t(k, lang) for k in ("date", "title", "quote")]
    return shown


def source_mentions(tables: Tables, source_id: str) -> pd.DataFrame | None:
    """The finder's mentions of the source with their coverage, when the build made them."""
    if tables.mentions is None:
        return None
    return tables.mentions[tables.mentions["source_id"] == source_id].reset_index(drop=True)


def _mention_value(value: float | None, kind: str, lang: str) -> str:
    """A mention's value for the reader; years and identifiers ("MICS-2024") keep their digits."""
    if missing(value):
        return ""
    return str(int(value)) if kind in ("year", "identifier") else formatting.number(value, lang)


def mention_table(tables: Tables, source_id: str, lang: str) -> pd.DataFrame:
    """The finder's mentions of one source for display: what, how it was covered, and why."""
    mentions = source_mentions(tables, source_id)
    shown = pd.DataFrame(
        {
            t("number_in_text", lang): mentions["text"],
            t("number_kind", lang): [t(f"mention_kind_{k}", lang) for k in mentions["kind"]],
            t("value", lang): [
                _mention_value(v, k, lang)
                for v, k in zip(mentions["value"], mentions["kind"], strict=True)
            ],
            t("coverage", lang): [t(f"mention_{c}", lang) for c in mentions["coverage"]],
            t("coverage_note", lang): _coverage_notes(tables, mentions, lang),
            t("repeats", lang): mentions["repeats"],
        }
    )
    return shown


def _coverage_notes(tables: Tables, mentions: pd.DataFrame, lang: str) -> list[str]:
    """Why a number is where it is, in words and in `lang`: the figure or milestone it became
    (named, never by its id), or why it is not a figure (the kind of number it is). The
    curators' own reasons stay in data/dismissed.yaml: they are working notes in English."""
    notes = []
    for coverage, used_by, kind in zip(
        mentions["coverage"], mentions["used_by"], mentions["kind"], strict=True
    ):
        if coverage == "used":
            names = [_figure_or_milestone(tables, ident, lang) for ident in str(used_by).split(",")]
            notes.append(t("coverage_used_by", lang, what="; ".join(names)))
        elif coverage == "dismissed":
            notes.append(t("coverage_not_a_figure", lang, kind=t(f"mention_kind_{kind}", lang)))
        else:
            notes.append(t("coverage_not_reviewed", lang))
    return notes


def _figure_or_milestone(tables: Tables, ident: str, lang: str) -> str:
    """A figure by its indicator's name, a milestone by its title."""
    ident = ident.strip()
    figures = tables.prepared(("figure_indicators",), lambda: _figure_indicators(tables))
    if ident in figures:
        return tables.indicators.loc[figures[ident], f"name_{lang}"]
    if ident in tables.events.index:
        return tables.events.loc[ident, f"title_{lang}"]
    return t("coverage_unknown", lang)


def _figure_indicators(tables: Tables) -> dict[str, str]:
    obs = tables.observations.select(["obs_id", "indicator"]).to_pydict()
    return dict(zip(obs["obs_id"], obs["indicator"], strict=True))


EXCERPT_CHARS = 280  # of text kept on each side of a quote, within its paragraph


def quote_focus(tables: Tables, obs_id: str, lang: str) -> dict | None:
    """One figure's quote in its document: the figure named (indicator, value, period) and the
    paragraph around the quote with the quote's place in it; None for an unknown figure."""
    obs = tables.observations
    rows = obs.filter(pc.fill_null(pc.equal(obs["obs_id"], obs_id), False)).to_pylist()
    if not rows:
        return None
    row = rows[0]
    text = tables.sources.loc[row["source_id"], "text"]
    found = locate_all(text, row["quote"])
    start, end = found[0] if found else (0, 0)
    first = max(text.rfind("\n", 0, start) + 1, start - EXCERPT_CHARS, 0)
    last = text.find("\n", end)
    last = min(len(text) if last < 0 else last, end + EXCERPT_CHARS)
    ind = tables.indicators.loc[row["indicator"]]
    value = formatting.qualified(row["value"], ind["unit_kind"], row["qualifier"], lang)
    period = formatting.period(row["time_period"], row["period_start"], row["period_end"], lang)
    return {
        "source_id": row["source_id"],
        "figure": f"{ind[f'name_{lang}']}: {value} {ind[f'unit_{lang}']} · {period}",
        "excerpt": text[first:last],
        "span": (start - first, end - first) if found else None,
        "language": tables.sources.loc[row["source_id"], "language"],
    }

"""What the views of every page share: row lookups, frames of the observations, source help."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard import formatting
from dashboard.i18n import t
from dashboard.tables import Tables
from indicators.codes import DATASET, LANGUAGES, NOT_STATED

FRAME_COLUMNS = [
    "obs_id",
    "indicator",
    "ref_area",
    "sex",
    "age",
    "urbanisation",
    "education_level",
    "wealth_quintile",
    "time_period",
    "period_start",
    "period_end",
    "year",
    "period_basis",
    "value",
    "unit",
    "qualifier",
    "obs_status",
    "is_headline",
    "origin",
    "conflict",
    "event_id",
    "source_id",
    "quote",
    "source_line",
    *(f"note_{lang}" for lang in LANGUAGES),
    *(f"period_reason_{lang}" for lang in LANGUAGES),
]


def observation_frame(table: pa.Table, extra: tuple[str, ...] = ()) -> pd.DataFrame:
    frame = table.select([*FRAME_COLUMNS, *extra]).to_pandas()
    for name in frame.columns:
        if isinstance(frame[name].dtype, pd.CategoricalDtype):
            frame[name] = frame[name].astype(object)
    return frame


def records(tables: Tables, name: str) -> dict[str, dict]:
    """A small table (indicators, sources, events) as plain dicts by id: a row lookup in a
    dict costs far less than `.loc` on a frame; made once per data version."""
    return tables.prepared(("records", name), lambda: getattr(tables, name).to_dict("index"))


def dataset_file_label(src: dict, lang: str) -> str:
    """A dataset file in the reader's words: "the file of SDG indicator 3.2.1" for the SDG
    platform's indicator_3-2-1.csv (no file name on a kk or ru page), else its name."""
    found = re.fullmatch(r"indicator_([0-9a-z-]+)\.csv", src["title"])
    if not found:
        return src["title"]
    return t("dataset_file", lang, indicator=found.group(1).replace("-", "."))


def source_title(src: dict, lang: str) -> str:
    """A source as the reader's page names it: a document by its own title (in its language),
    a dataset file by what it holds ("the file of SDG indicator 3.2.1"), never by file name."""
    if src["kind"] != DATASET:
        return src["title"]
    label = dataset_file_label(src, lang)  # written to follow "Source:" in a sentence
    return label[:1].upper() + label[1:]


def source_titles(tables: Tables, lang: str) -> dict[str, str]:
    """Each source's id and title as pages name it in `lang`, made once per data version."""
    return tables.prepared(
        ("source_titles", lang),
        lambda: {s: source_title(row, lang) for s, row in records(tables, "sources").items()},
    )


def publisher_name(src: dict, lang: str) -> str | None:
    """A dataset's publisher in `lang`; a document's as the document names it."""
    own = src.get(f"publisher_{lang}")
    return src.get("publisher") if missing(own) else own


def language_name(code: str, lang: str) -> str:
    """A quote's language in the reader's words: "орысша", "русский", "Russian" ("lang_ru")."""
    return t(f"lang_{code}", lang)


def source_lines(tables: Tables, source_id: str, quote: str, lang: str) -> tuple[str, str]:
    """Plain text for a printout: the source title and its date; the quote with its language."""
    src = records(tables, "sources")[source_id]
    if src["kind"] == DATASET:
        return (
            f"{t('source', lang)}: {dataset_file_label(src, lang)} ({published_label(src, lang)})",
            f"{t('origin_official', lang)}: «{quote}»",
        )
    return (
        f"{t('source', lang)}: {src['title']} ({published_label(src, lang)})",
        f"{t('quote', lang)} ({language_name(src['language'], lang)}): «{quote}»",
    )


@dataclass(frozen=True)
class SourceNote:
    """Where a card's value comes from, in the reader's language, as plain text: what the
    source is (`lines`), the words the value was taken from (`quote`, under `quote_label`), and
    the Sources page opened at them (`link`: its words and address)."""

    lines: tuple[str, ...]
    quote_label: str
    quote: str
    link: tuple[str, str] | None = None


def source_note(
    tables: Tables,
    source_id: str,
    quote: str,
    lang: str,
    obs_id: str | None = None,
    line: float | None = None,
) -> SourceNote:
    """A stated figure's source title and date, and its quote with the quote's language; with
    `obs_id`, a link to the quote highlighted in its document on the Sources page. For an
    official value (`line`), its publisher, the dataset file, the line, and that line verbatim
    with a link to it."""
    src = records(tables, "sources")[source_id]
    published = published_label(src, lang)
    if not missing(line):
        return SourceNote(
            lines=(
                f"{t('publisher', lang)}: {publisher_name(src, lang)}",
                f"{source_title(src, lang)}, {t('line', lang)} {int(line)} ({published})",
            ),
            quote_label=t("line_of_value", lang),
            quote=quote,
            link=(t("line_link", lang), line_url(source_id, int(line), lang)),
        )
    link = (t("quote_link", lang), quote_url(source_id, obs_id, lang)) if obs_id else None
    return SourceNote(
        lines=(f"{source_title(src, lang)} ({published})",),
        quote_label=f"{t('quote', lang)} ({language_name(src['language'], lang)})",
        quote=quote,
        link=link,
    )


def line_url(source_id: str, line: int, lang: str) -> str:
    """The Sources page opened at a dataset file with one line highlighted."""
    return "sources?" + urlencode({"source": source_id, "line": line, "lang": lang})


def quote_url(source_id: str, obs_id: str, lang: str) -> str:
    """The Sources page opened at a document with one figure's quote highlighted."""
    return "sources?" + urlencode({"source": source_id, "quote": obs_id, "lang": lang})


def local_text(row: dict, column: str, lang: str) -> str | None:
    """A text for readers (note_kk, period_reason_ru ...) in `lang`, None when there is none."""
    value = row.get(f"{column}_{lang}")
    return None if missing(value) else value


def published_label(src: dict, lang: str) -> str:
    """ "21 ноября 2016 г.", "2016" or "not stated", as precise as the document is."""
    if src["published"] == NOT_STATED:
        return t("not_stated", lang)
    return formatting.date(src["published_start"], lang, src["published_precision"])


def missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and np.isnan(value))

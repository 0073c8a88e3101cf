"""Extracts: the columns every download and API response carries, and the file formats."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dashboard import formatting
from dashboard.i18n import t
from dashboard.selection import Selection, relabel, select
from dashboard.tables import Tables
from loaders.periods import parse_period

# Documented in docs/extracts.md; headings and descriptions per language in strings.yaml.
COLUMNS = (
    "obs_id",
    "indicator",
    "indicator_name",
    "ref_area",
    "sex",
    "age",
    "time_period",
    "period_label",
    "year",
    "value",
    "unit",
    "unit_name",
    "qualifier",
    "obs_status",
    "is_headline",
    "event_id",
    "source_id",
    "source_title",
    "quote",
    "quote_lang",
    "note",
    "period_reason",
)
HEADING_KEYS = {
    "obs_id": "obs_id",
    "indicator": "indicator_code",
    "indicator_name": "indicator",
    "ref_area": "area",
    "sex": "sex",
    "age": "age",
    "time_period": "period_iso",
    "period_label": "period",
    "year": "year_col",
    "value": "value",
    "unit": "unit_code",
    "unit_name": "unit",
    "qualifier": "qualifier",
    "obs_status": "status",
    "is_headline": "headline",
    "event_id": "event",
    "source_id": "source_code",
    "source_title": "source",
    "quote": "quote",
    "quote_lang": "quote_lang",
    "note": "note_col",
    "period_reason": "period_reason_col",
}
CSV_BOM = b"\xef\xbb\xbf"
FORMULA_START = r"^[=+\-@\t\r]"
EXCEL_MAX_ROWS = 1_048_575


def _period_labels(codes: list[str], lang: str) -> dict[str, str]:
    labels = {}
    for code in codes:
        period = parse_period(code)
        labels[code] = formatting.period(period.text, period.start, period.end, lang)
    return labels


def _codes(column: pa.ChunkedArray) -> list[str]:
    return sorted({c for chunk in column.chunks for c in chunk.dictionary.to_pylist()})


def _known_period_labels(tables: Tables, obs: pa.Table, lang: str) -> dict[str, str]:
    """Period labels in `lang`, each written once per data version (Babel is not cheap)."""
    known = tables.prepared(("period_labels", lang), dict)
    missing = [c for c in _codes(obs["time_period"]) if c not in known]
    if missing:
        known.update(_period_labels(missing, lang))
    return known


def extract_table(tables: Tables, sel: Selection, lang: str) -> pa.Table:
    """The selected observations with names in `lang`, source title and quote, in COLUMNS order."""
    obs = select(tables.observations, sel)
    ind, src = tables.indicators, tables.sources
    columns = {
        "obs_id": obs["obs_id"],
        "indicator": obs["indicator"],
        "indicator_name": relabel(obs["indicator"], ind[f"name_{lang}"].to_dict()),
        "ref_area": obs["ref_area"],
        "sex": obs["sex"],
        "age": obs["age"],
        "time_period": obs["time_period"],
        "period_label": relabel(obs["time_period"], _known_period_labels(tables, obs, lang)),
        "year": obs["year"],
        "value": obs["value"],
        "unit": obs["unit"],
        "unit_name": relabel(obs["unit"], dict(zip(ind["unit"], ind[f"unit_{lang}"], strict=True))),
        "qualifier": obs["qualifier"],
        "obs_status": obs["obs_status"],
        "is_headline": obs["is_headline"],
        "event_id": obs["event_id"],
        "source_id": obs["source_id"],
        "source_title": relabel(obs["source_id"], src["title"].to_dict()),
        "quote": obs["quote"],
        "quote_lang": relabel(obs["source_id"], src["language"].to_dict()),
        # The caveats for readers, in `lang`: what the figure is not, how its period was found.
        "note": obs[f"note_{lang}"],
        "period_reason": obs[f"period_reason_{lang}"],
    }
    return pa.table({name: compact(column) for name, column in columns.items()})


def compact(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Drop the dictionary entries a small selection does not use.

    A selection keeps its table's whole dictionaries (all quotes, say); a page that shows a few
    rows would otherwise convert every entry to pandas categories on every rerun. Only chunks
    whose dictionary is longer than the chunk itself are rewritten, so the cost stays below
    that of reading the chunk.
    """
    if not pa.types.is_dictionary(column.type) or not any(
        len(c.dictionary) > len(c) for c in column.chunks
    ):
        return column
    chunks = []
    for chunk in column.chunks:
        if len(chunk.dictionary) <= len(chunk):
            chunks.append(chunk)
            continue
        used = pc.unique(chunk.indices).drop_null()
        position = np.full(len(chunk.dictionary), -1, np.int32)
        position[used.to_numpy()] = np.arange(len(used), dtype=np.int32)
        indices = pc.take(pa.array(position), chunk.indices).cast(column.type.index_type)
        chunks.append(pa.DictionaryArray.from_arrays(indices, chunk.dictionary.take(used)))
    return pa.chunked_array(chunks, column.type)


def _neutralise(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Prefix a text cell that begins with = + - @ (or tab, CR) with an apostrophe."""

    def fix(values: pa.Array) -> pa.Array:
        risky = pc.fill_null(pc.match_substring_regex(values, FORMULA_START), False)
        return pc.if_else(risky, pc.binary_join_element_wise("'", values, ""), values)

    if pa.types.is_dictionary(column.type):
        chunks = [
            pa.DictionaryArray.from_arrays(c.indices, fix(c.dictionary)) for c in column.chunks
        ]
        return pa.chunked_array(chunks, column.type)
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        return pa.chunked_array([fix(c) for c in column.chunks], column.type)
    return column


def csv_bytes(table: pa.Table) -> bytes:
    """UTF-8 with BOM, comma-separated, numbers as numbers, text safe from formula injection."""
    safe = pa.table({name: _neutralise(table[name]) for name in table.column_names})
    sink = io.BytesIO()
    sink.write(CSV_BOM)
    pacsv.write_csv(safe, sink, pacsv.WriteOptions(quoting_style="needed"))
    return sink.getvalue()


def parquet_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def columns_sheet(lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("column", lang): list(COLUMNS),
            t("heading", lang): [t(HEADING_KEYS[c], lang) for c in COLUMNS],
            t("description", lang): [t(f"col_{c}", lang) for c in COLUMNS],
        }
    )


def indicators_sheet(tables: Tables, lang: str) -> pd.DataFrame:
    ind = tables.indicators
    return pd.DataFrame(
        {
            t("indicator_code", lang): ind["code"],
            t("indicator", lang): ind[f"name_{lang}"],
            t("definition", lang): ind[f"definition_{lang}"],
            t("unit", lang): ind[f"unit_{lang}"],
            t("domain", lang): [t(f"domain_{d}", lang) for d in ind["domain"]],
            t("crc_article", lang): ind["crc_article"],
            t("sdg_target", lang): ind["sdg_target"],
        }
    )


def sources_sheet(tables: Tables, lang: str) -> pd.DataFrame:
    src = tables.sources
    return pd.DataFrame(
        {
            t("source_code", lang): src["source_id"],
            t("title", lang): src["title"],
            t("publisher", lang): src["publisher"],
            t("language", lang): src["language"],
            t("kind", lang): [t(f"kind_{k}", lang) for k in src["kind"]],
            t("published", lang): src["published"],
            t("file", lang): src["file"],
            "sha256": src["sha256"],
        }
    )


def xlsx_bytes(table: pa.Table, tables: Tables, lang: str) -> bytes:
    """A data sheet with headings in `lang`, plus sheets describing columns, indicators, sources."""
    if table.num_rows > EXCEL_MAX_ROWS:
        raise ValueError(f"{table.num_rows} rows do not fit in one Excel sheet; use CSV or Parquet")
    data = table.to_pandas()
    for name in data.columns:
        if isinstance(data[name].dtype, pd.CategoricalDtype):
            data[name] = data[name].astype(object)
    data.columns = [t(HEADING_KEYS[c], lang) for c in COLUMNS]
    sink = io.BytesIO()
    # Text from the data stays text: no cell becomes a formula or a link.
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    with pd.ExcelWriter(sink, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        sheets = {
            t("sheet_data", lang): data,
            t("sheet_columns", lang): columns_sheet(lang),
            t("sheet_indicators", lang): indicators_sheet(tables, lang),
            t("sheet_sources", lang): sources_sheet(tables, lang),
        }
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            writer.sheets[name[:31]].freeze_panes(1, 0)
    return sink.getvalue()


EXTRACT_NAME = "kz-child-rights"
BRIEF_NAME = "kz-child-rights-brief"  # the PDF brief (dashboard/brief.py)


def file_name(sel: Selection, lang: str, extension: str, name: str = EXTRACT_NAME) -> str:
    """Say what is inside: kz-child-rights_2016_ru.csv, kz-child-rights_all-years_BIRTHS_en.xlsx,
    kz-child-rights-brief_2016_KZ-75_kk.pdf."""
    parts = [name, str(sel.year) if sel.year is not None else "all-years"]
    parts += list(sel.indicators)
    parts += [v for v in (sel.area, sel.sex, sel.age, sel.event, sel.source) if v]
    if sel.headline_only:
        parts.append("headline")
    parts.append(lang)
    return "_".join(parts) + f".{extension}"

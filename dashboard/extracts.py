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
from dashboard.selection import Selection, distinct, relabel, select
from dashboard.tables import Tables
from dashboard.views.common import (
    published_label,
    publisher_name,
    records,
    source_title,
    source_titles,
)
from indicators.areas import area_names
from indicators.codes import LANGUAGES, MULTILINGUAL, OBS_STATUSES, ORIGINS, QUALIFIERS, SEXES
from loaders.periods import parse_period

# Documented in docs/extracts.md; headings and descriptions per language in strings.yaml.
COLUMNS = (
    "obs_id",
    "indicator",
    "indicator_name",
    "ref_area",
    "sex",
    "age",
    "urbanisation",
    "education_level",
    "wealth_quintile",
    "time_period",
    "period_label",
    "year",
    "value",
    "unit",
    "unit_name",
    "qualifier",
    "obs_status",
    "is_headline",
    "origin",
    "origin_name",
    "conflict",
    "event_id",
    "source_id",
    "source_title",
    "quote",
    "source_line",
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
    "urbanisation": "urbanisation",
    "education_level": "education_level",
    "wealth_quintile": "wealth_quintile",
    "time_period": "period_iso",
    "period_label": "period",
    "year": "year_col",
    "value": "value",
    "unit": "unit_code",
    "unit_name": "unit",
    "qualifier": "qualifier",
    "obs_status": "status",
    "is_headline": "headline",
    "origin": "origin_code",
    "origin_name": "origin",
    "conflict": "conflict",
    "event_id": "event",
    "source_id": "source_code",
    "source_title": "source",
    "quote": "quote",
    "source_line": "source_line",
    "quote_lang": "quote_lang",
    "note": "note_col",
    "period_reason": "period_reason_col",
}
# The "with labels" variant, for report writers: headings and codes in the reader's language,
# the value as the source states it ("более 1 300"); no code a script would need.
LABELLED_COLUMNS = (
    "indicator_name",
    "ref_area",
    "sex",
    "age",
    "period_label",
    "year",
    "value",
    "value_stated",
    "unit_name",
    "qualifier",
    "obs_status",
    "is_headline",
    "origin_name",
    "conflict",
    "event_id",
    "source_title",
    "quote",
    "quote_lang",
    "source_line",
    "note",
    "period_reason",
)
LABELLED_HEADING_KEYS = HEADING_KEYS | {
    "ref_area": "area",
    "value_stated": "value_stated",
    "event_id": "event",
}
# Columns that are whole numbers: they stay integers in pandas (Int16) and Excel.
INTEGER_COLUMNS = {"year": "Int16"}
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


def unit_names(tables: Tables, lang: str) -> dict[str, str]:
    """Unit code -> its name in `lang`: the indicators' units, then the datasets' labels
    (made once per data version and language)."""

    def make() -> dict[str, str]:
        ind = tables.indicators
        names = dict(zip(ind["unit"], ind[f"unit_{lang}"], strict=True))
        if tables.labels is not None:
            units = tables.labels[tables.labels["dimension"] == "unit"]
            for code, name in zip(units["code"], units[f"name_{lang}"], strict=True):
                names.setdefault(code, name)
        return names

    return tables.prepared(("unit_names", lang), make)


def _mapping(tables: Tables, table: str, column: str) -> dict:
    """A column of `tables.indicators` or `tables.sources` as {code: value}, made once per
    data version (an extract's names and titles)."""
    return tables.prepared(
        ("mapping", table, column), lambda: getattr(tables, table)[column].to_dict()
    )


def extract_table(tables: Tables, sel: Selection, lang: str) -> pa.Table:
    """The selected observations with names in `lang`, source title and quote, in COLUMNS order."""
    obs = select(tables.observations, sel)
    columns = {
        "obs_id": obs["obs_id"],
        "indicator": obs["indicator"],
        "indicator_name": relabel(obs["indicator"], _mapping(tables, "indicators", f"name_{lang}")),
        "ref_area": obs["ref_area"],
        "sex": obs["sex"],
        "age": obs["age"],
        "urbanisation": obs["urbanisation"],
        "education_level": obs["education_level"],
        "wealth_quintile": obs["wealth_quintile"],
        "time_period": obs["time_period"],
        "period_label": relabel(obs["time_period"], _known_period_labels(tables, obs, lang)),
        "year": obs["year"],
        "value": obs["value"],
        "unit": obs["unit"],
        "unit_name": relabel(obs["unit"], unit_names(tables, lang)),
        "qualifier": obs["qualifier"],
        "obs_status": obs["obs_status"],
        "is_headline": obs["is_headline"],
        "origin": obs["origin"],
        "origin_name": relabel(obs["origin"], {o: t(f"origin_{o}", lang) for o in ORIGINS}),
        "conflict": obs["conflict"],
        "event_id": obs["event_id"],
        "source_id": obs["source_id"],
        "source_title": relabel(obs["source_id"], source_titles(tables, lang)),
        "quote": obs["quote"],
        "source_line": obs["source_line"],
        "quote_lang": relabel(obs["source_id"], _mapping(tables, "sources", "language")),
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


def labelled_table(tables: Tables, table: pa.Table, lang: str) -> pa.Table:
    """An extract (COLUMNS) with its codes in words and its headings in `lang`, plus the value
    as stated. Codes are relabelled per distinct code (their dictionaries), never per row."""
    words = _code_words(tables, lang)
    columns = {}
    for name in LABELLED_COLUMNS:
        if name == "value_stated":
            columns[name] = _stated_values(tables, table, lang)
        elif name in ("is_headline", "conflict"):
            columns[name] = pc.if_else(table[name], t("yes", lang), t("no", lang))
        elif name in words:
            columns[name] = compact(relabel(table[name], words[name]))
        else:
            columns[name] = table[name]
    headings = [t(LABELLED_HEADING_KEYS[name], lang) for name in LABELLED_COLUMNS]
    return pa.table(list(columns.values()), names=headings)


def _code_words(tables: Tables, lang: str) -> dict[str, dict[str, str]]:
    """For each code column of the labelled extract, its codes in words in `lang`."""

    def make() -> dict[str, dict[str, str]]:
        events = tables.events
        return {
            "ref_area": area_names(lang),
            "sex": {code: formatting.sex(code, lang) for code in SEXES},
            "age": {
                code: formatting.age(code, lang) for code in distinct(tables.observations["age"])
            },
            "qualifier": {code: t(f"qualifier_word_{code}", lang) for code in QUALIFIERS},
            "obs_status": {code: t(f"status_{code}", lang) for code in OBS_STATUSES},
            "event_id": dict(zip(events["event_id"], events[f"title_{lang}"], strict=True)),
            "quote_lang": {code: t(f"lang_{code}", lang) for code in (*LANGUAGES, MULTILINGUAL)},
        }

    return tables.prepared(("code_words", lang), make)


def _stated_values(tables: Tables, table: pa.Table, lang: str) -> pa.Array:
    """Each value with its qualifier and unit sign, as the source states it: "более 1 300".
    Written once per distinct (value, unit kind, qualifier)."""
    kinds = dict(zip(tables.indicators["code"], tables.indicators["unit_kind"], strict=True))
    indicator = table["indicator"].to_pylist()
    values = table["value"].to_pylist()
    qualifiers = table["qualifier"].to_pylist()
    written: dict[tuple, str] = {}
    out = []
    for code, value, qualifier in zip(indicator, values, qualifiers, strict=True):
        key = (value, kinds[code], qualifier)
        if key not in written:
            # A minus sign, not a hyphen: a cell that begins with "-" would read as a formula.
            stated = formatting.qualified(value, kinds[code], qualifier, lang)
            written[key] = stated.replace("-", "\u2212", 1) if stated.startswith("-") else stated
        out.append(written[key])
    return pa.array(out, pa.string())


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
    """Zstd-compressed, with pandas metadata that reads the integer columns back as integers
    (year as Int16, not 2016.0) in `pandas.read_parquet`."""
    empty = table.slice(0, 0).to_pandas()
    integers = {name: kind for name, kind in INTEGER_COLUMNS.items() if name in empty.columns}
    meta = pa.Table.from_pandas(empty.astype(integers), preserve_index=False).schema.metadata
    sink = io.BytesIO()
    pq.write_table(table.replace_schema_metadata(meta), sink, compression="zstd")
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
    rows = list(records(tables, "sources").values())
    return pd.DataFrame(
        {
            t("source_code", lang): src["source_id"],
            t("title", lang): [source_title(row, lang) for row in rows],
            t("publisher", lang): [publisher_name(row, lang) for row in rows],
            t("language", lang): [t(f"lang_{code}", lang) for code in src["language"]],
            t("kind", lang): [t(f"kind_{k}", lang) for k in src["kind"]],
            t("published", lang): [published_label(row, lang) for row in rows],
            t("file", lang): src["file"],
            "sha256": src["sha256"],
        }
    )


def _sheet_frame(table: pa.Table, integer_columns: dict[str, str]) -> pd.DataFrame:
    """A frame for a sheet: categories as plain values, whole numbers as integers."""
    data = table.to_pandas()
    for name in data.columns:
        if isinstance(data[name].dtype, pd.CategoricalDtype):
            data[name] = data[name].astype(object)
    return data.astype({n: k for n, k in integer_columns.items() if n in data.columns})


def xlsx_bytes(table: pa.Table, tables: Tables, lang: str, *, labels: bool = False) -> bytes:
    """A data sheet with headings in `lang` (with `labels`, its codes in words too and the value
    as stated), plus sheets describing the columns, indicators and sources. Each sheet's
    columns are as wide as their content, its header row has a filter and stays in view."""
    if table.num_rows > EXCEL_MAX_ROWS:
        raise ValueError(f"{table.num_rows} rows do not fit in one Excel sheet; use CSV or Parquet")
    if labels:
        year = t(LABELLED_HEADING_KEYS["year"], lang)
        data = _sheet_frame(labelled_table(tables, table, lang), {year: INTEGER_COLUMNS["year"]})
    else:
        data = _sheet_frame(table, INTEGER_COLUMNS)
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
        wrap = writer.book.add_format({"text_wrap": True, "valign": "top"})
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, len(frame), len(frame.columns) - 1)
            for position, width in enumerate(_column_widths(frame)):
                # Long texts (quotes, descriptions) wrap in a wide column, whole, never cut.
                sheet.set_column(position, position, width, wrap if width >= WIDEST else None)
    return sink.getvalue()


WIDEST = 60  # characters: a wider text wraps inside its cell


def _column_widths(frame: pd.DataFrame, sample: int = 2_000) -> list[float]:
    """Each column as wide as its heading and its longest value (of the first rows), within
    WIDEST characters, plus room for the filter button."""
    widths = []
    for name in frame.columns:
        cells = frame[name].head(sample).dropna().astype(str)
        longest = max([len(str(name)) + 3, *(cells.str.len().tolist() or [0])])
        widths.append(min(max(longest + 2, 8), WIDEST))
    return widths


EXTRACT_NAME = "kz-child-rights"
BRIEF_NAME = "kz-child-rights-brief"  # the PDF brief (dashboard/brief.py)


def file_name(
    sel: Selection, lang: str, extension: str, name: str = EXTRACT_NAME, *, labels: bool = False
) -> str:
    """Say what is inside: kz-child-rights_2016_ru.csv, kz-child-rights_all-years_BIRTHS_en.xlsx,
    kz-child-rights_2016_headline_labels_ru.csv, kz-child-rights-brief_2016_KZ-75_kk.pdf."""
    parts = [name, str(sel.year) if sel.year is not None else "all-years"]
    parts += list(sel.indicators)
    parts += [v for v in (sel.area, sel.sex, sel.age, sel.event, sel.source) if v]
    if sel.headline_only:
        parts.append("headline")
    if labels:
        parts.append("labels")
    parts.append(lang)
    return "_".join(parts) + f".{extension}"

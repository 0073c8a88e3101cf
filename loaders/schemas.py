"""Explicit pyarrow schemas of the built tables: the contract with the app and extracts."""

from __future__ import annotations

import pyarrow as pa

from indicators import codes
from indicators.codes import LANGUAGES, TABLE_NAMES

# Low-cardinality text is dictionary-encoded: small files, cheap filters at scale.
CODE = pa.dictionary(pa.int32(), pa.string())

OBSERVATIONS = pa.schema(
    [
        pa.field("obs_id", pa.string(), nullable=False),
        pa.field("indicator", CODE, nullable=False),
        pa.field("ref_area", CODE, nullable=False),
        pa.field("sex", CODE, nullable=False),
        pa.field("age", CODE, nullable=False),
        # Further SDMX breakdowns of official series; `_T` (total) where not broken down.
        pa.field("urbanisation", CODE, nullable=False),
        pa.field("education_level", CODE, nullable=False),
        pa.field("wealth_quintile", CODE, nullable=False),
        pa.field("time_period", CODE, nullable=False),
        pa.field("period_start", pa.date32()),
        pa.field("period_end", pa.date32()),
        pa.field("year", pa.int16()),
        pa.field("period_basis", CODE, nullable=False),
        *(pa.field(f"period_reason_{lang}", pa.string()) for lang in LANGUAGES),
        pa.field("value", pa.float64(), nullable=False),
        pa.field("lower_bound", pa.float64()),
        pa.field("upper_bound", pa.float64()),
        pa.field("unit", CODE, nullable=False),
        pa.field("qualifier", CODE, nullable=False),
        pa.field("obs_status", CODE, nullable=False),
        pa.field("is_headline", pa.bool_(), nullable=False),
        # The latest earlier headline value of the same series and kind of period
        # (loaders/previous.py); null when there is none.
        pa.field("previous_obs_id", pa.string()),
        # `stated` (a figure stated in a text) or `official` (a row of an official series).
        pa.field("origin", CODE, nullable=False),
        # Two official rows with the same key and different values: kept, never charted.
        pa.field("conflict", pa.bool_(), nullable=False),
        pa.field("event_id", CODE),
        pa.field("source_id", CODE, nullable=False),
        pa.field("quote", CODE, nullable=False),
        pa.field("quote_start", pa.int32()),
        pa.field("quote_end", pa.int32()),
        # The dataset file's line (1-based) an official value was read from; `quote` holds it.
        pa.field("source_line", pa.int32()),
        *(pa.field(f"note_{lang}", pa.string()) for lang in LANGUAGES),
    ]
)

# The values of `origin`, and the code of a total over a breakdown (SDMX).
STATED, OFFICIAL, TOTAL = codes.STATED, codes.OFFICIAL, codes.TOTAL

INDICATORS = pa.schema(
    [
        pa.field("code", pa.string(), nullable=False),
        *(pa.field(f"name_{lang}", pa.string(), nullable=False) for lang in LANGUAGES),
        *(pa.field(f"definition_{lang}", pa.string(), nullable=False) for lang in LANGUAGES),
        pa.field("unit", pa.string(), nullable=False),
        pa.field("unit_kind", pa.string(), nullable=False),
        *(pa.field(f"unit_{lang}", pa.string(), nullable=False) for lang in LANGUAGES),
        pa.field("domain", pa.string(), nullable=False),
        pa.field("measure", pa.string(), nullable=False),
        pa.field("better", pa.string(), nullable=False),
        pa.field("total_age", pa.string(), nullable=False),
        pa.field("crc_article", pa.string()),
        pa.field("sdg_target", pa.string()),
        pa.field("keywords_kk", pa.list_(pa.string())),
        pa.field("keywords_ru", pa.list_(pa.string())),
        # `stated` (registry.yaml's indicators) or `official` (an official dataset's).
        pa.field("origin", pa.string(), nullable=False),
        pa.field("dataset_id", pa.string()),
        # False for an official series the registry marks as not a children's indicator.
        pa.field("children", pa.bool_(), nullable=False),
    ]
)

SOURCES = pa.schema(
    [
        pa.field("source_id", pa.string(), nullable=False),
        pa.field("file", pa.string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("title", pa.string(), nullable=False),
        pa.field("publisher", pa.string()),
        # A dataset's publisher in each language (data/datasets.yaml); null for documents,
        # whose publisher is named as the document names it.
        *(pa.field(f"publisher_{lang}", pa.string()) for lang in LANGUAGES),
        pa.field("language", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("published", pa.string(), nullable=False),
        pa.field("published_precision", pa.string()),
        pa.field("published_basis", pa.string(), nullable=False),
        pa.field("published_start", pa.date32()),
        pa.field("published_end", pa.date32()),
        *(pa.field(f"published_note_{lang}", pa.string()) for lang in LANGUAGES),
        pa.field("text", pa.string(), nullable=False),
        # The dataset (data/datasets.yaml) a dataset file belongs to; null for documents.
        pa.field("dataset_id", pa.string()),
    ]
)

EVENTS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("date", pa.string(), nullable=False),
        pa.field("precision", pa.string()),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("year", pa.int16()),
        pa.field("category", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        *(pa.field(f"title_{lang}", pa.string(), nullable=False) for lang in LANGUAGES),
        pa.field("source_id", pa.string(), nullable=False),
        pa.field("quote", pa.string(), nullable=False),
        pa.field("quote_start", pa.int32()),
        pa.field("quote_end", pa.int32()),
        pa.field("note", pa.string()),
    ]
)

# One row per distinct numeric mention per source (see docs/finder.md). Dates are ISO
# text, as a date without its year ("--11-21") has no date type.
MENTIONS = pa.schema(
    [
        pa.field("source_id", CODE, nullable=False),
        pa.field("mention_id", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("value", pa.float64()),
        pa.field("kind", CODE, nullable=False),
        pa.field("qualifier", CODE, nullable=False),
        pa.field("unit", pa.string()),
        pa.field("date", pa.string()),
        pa.field("start_date", pa.string()),
        pa.field("end_date", pa.string()),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("repeats", pa.int32(), nullable=False),
        pa.field("occurrence_starts", pa.list_(pa.int32()), nullable=False),
        pa.field("occurrence_ends", pa.list_(pa.int32()), nullable=False),
        pa.field("indicator", CODE),
        pa.field("matched", pa.list_(pa.string()), nullable=False),
        pa.field("score", pa.float64()),
        pa.field("coverage", CODE, nullable=False),
        pa.field("used_by", pa.string()),
        pa.field("reason", pa.string()),
    ]
)

# The region map (loaders/shapes.py): one row per area and span of years (null: open), its
# simplified outline as GeoJSON text, or none and the reason the map gives (note_*); a drawn
# area's note says how its boundaries changed.
SHAPES = pa.schema(
    [
        pa.field("area", pa.string(), nullable=False),
        pa.field("first_year", pa.int16()),
        pa.field("last_year", pa.int16()),
        pa.field("geometry", pa.string()),
        *(pa.field(f"note_{lang}", pa.string()) for lang in LANGUAGES),
    ]
)

# The official datasets' words for their codes: dimension (unit, urbanisation, education_level,
# wealth_quintile, sex, age), code, name in each language.
LABELS = pa.schema(
    [
        pa.field("dimension", pa.string(), nullable=False),
        pa.field("code", pa.string(), nullable=False),
        *(pa.field(f"name_{lang}", pa.string(), nullable=False) for lang in LANGUAGES),
    ]
)

# Each table's schema, in the order of indicators.codes.TABLE_NAMES.
TABLES: dict[str, pa.Schema] = dict(
    zip(
        TABLE_NAMES,
        (OBSERVATIONS, INDICATORS, SOURCES, EVENTS, MENTIONS, SHAPES, LABELS),
        strict=True,
    )
)

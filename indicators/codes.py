"""The project's code lists, declared once: every module that needs one imports it from here."""

from __future__ import annotations

# The marker of a period or a date that a document does not state.
NOT_STATED = "not stated"

# The order an official reads them in: the Overview follows it. Children's survival and health
# first, protection, education, demography; the conference and event figures (participation) last.
DOMAINS = (
    "health",
    "protection",
    "education",
    "demography",
    "legislation_institutions",
    "finance",
    "participation",
    # official series whose goal has no domain here (the registry may give one)
    "other",
)

# The app's languages (every text it shows has all three) and those of the documents.
LANGUAGES = ("kk", "ru", "en")
MULTILINGUAL = "mul"  # ISO 639-2: a dataset file's language (codes and numbers, no prose)
DOCUMENT_LANGUAGES = ("kk", "ru")

# SDMX codes of sex and age: the total, female, male; an age range (Y0T17), a lower
# (Y_GE65) or an upper (Y_LT5) bound.
TOTAL = "_T"
SEXES = (TOTAL, "F", "M")
AGE_PATTERN = r"^(_T|Y\d+T\d+|Y_GE\d+|Y_LT\d+)$"

# How sure a stated figure is.
EXACT = "exact"
QUALIFIERS = (EXACT, "about", "more_than", "less_than")

# A figure's status in the curated files, and a milestone's.
REPORTED = "reported"
ANNOUNCED = "announced"
ESTIMATED = "estimated"
FIGURE_STATUSES = (REPORTED, ANNOUNCED, ESTIMATED)
EVENT_STATUSES = (REPORTED, ANNOUNCED)

# SDMX observation status in the tables: normal, partial period, forecast (announced), estimate.
OBS_NORMAL = "A"
OBS_PARTIAL = "PA"
OBS_ANNOUNCED = "F"
OBS_ESTIMATED = "E"
OBS_STATUSES = (OBS_NORMAL, OBS_PARTIAL, OBS_ANNOUNCED, OBS_ESTIMATED)

# What a figure's period rests on; what a source's publication date rests on.
STATED = "stated"
INFERRED = "inferred"
BASIS_NOT_STATED = "not_stated"
PERIOD_BASES = (STATED, INFERRED, BASIS_NOT_STATED)
PUBLISHED_BASES = (STATED, "implied", BASIS_NOT_STATED)

# Where an observation comes from: a figure stated in a text, or a row of an official series.
OFFICIAL = "official"
ORIGINS = (STATED, OFFICIAL)

# Further SDMX breakdowns of official series (beside sex and age): urban/rural.
URBANISATIONS = (TOTAL, "U", "R")

# What a source document is; what a milestone of the timeline is. A dataset file of an official
# series is a source of the kind DATASET (never listed in data/sources.yaml).
SOURCE_KINDS = ("news", "official_release", "reference_page")
DATASET = "dataset"
EVENT_CATEGORIES = (
    "treaty",
    "agreement",
    "institution",
    "law",
    "survey",
    "conference",
    "certification",
)

# The built tables (`NAME.parquet`); the app runs without the optional ones.
TABLE_NAMES = ("observations", "indicators", "sources", "events", "mentions", "shapes", "labels")
OPTIONAL_TABLES = ("mentions", "shapes", "labels")

# SDMX observation statuses an official series may carry besides OBS_STATUSES (cross-domain
# code list CL_OBS_STATUS): break, definition differs, experimental, imputed, not significant,
# provisional, strike or special event, low reliability, unvalidated.
SDMX_OBS_STATUSES = ("B", "D", "G", "I", "N", "P", "S", "U", "V")
# Statuses of a missing value: a row with one holds no observation (it is counted, not kept).
MISSING_OBS_STATUSES = ("H", "L", "M", "O", "Q")

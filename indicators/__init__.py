"""Indicator registry: codes, names and definitions in kk/ru/en, units, keywords."""

from indicators.codes import DOMAINS, LANGUAGES
from indicators.registry import (
    REGISTRY_FILE,
    UNITS_FILE,
    Indicator,
    LocalText,
    Unit,
)

__all__ = [
    "DOMAINS",
    "LANGUAGES",
    "REGISTRY_FILE",
    "UNITS_FILE",
    "Indicator",
    "LocalText",
    "Unit",
]

"""The app's own text in Kazakh, Russian and English, and the choice of language."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from babel import Locale

from indicators.codes import LANGUAGES

DEFAULT_LANG = "kk"
BABEL_LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en"}
STRINGS_FILE = Path(__file__).resolve().parent / "strings.yaml"


@cache
def strings() -> dict[str, dict[str, str]]:
    with open(STRINGS_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def plural(key: str, lang: str, number: float, **values: object) -> str:
    """The text for `key` in the plural form `number` takes in `lang` (CLDR rules, via Babel):
    `key_one`, `key_few` ... where the strings have that form, else `key` itself.
    "1 строка", "3 строки", "5 строк"; "1 row", "2 rows"."""
    form = Locale.parse(BABEL_LOCALES[lang]).plural_form(number)
    chosen = f"{key}_{form}" if f"{key}_{form}" in strings() else key
    return t(chosen, lang, **values)


def t(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang`, with `{name}` placeholders filled in."""
    text = strings()[key][lang]
    return text.format(**values) if values else text


def language_from(param: str | None, locale: str | None) -> tuple[str, str | None]:
    """The language to show, and the rejected ?lang= value when there was a bad one.

    Order: ?lang=kk|ru|en, else the browser's locale when it is one of these, else Kazakh.
    """
    if param:
        if param.lower() in LANGUAGES:
            return param.lower(), None
        fallback, _ = language_from(None, locale)
        return fallback, param
    if locale:
        base = locale.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base, None
    return DEFAULT_LANG, None

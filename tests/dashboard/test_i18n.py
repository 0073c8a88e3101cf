import pytest

from dashboard.i18n import language_from, strings, t
from indicators.codes import (
    DOMAINS,
    EVENT_CATEGORIES,
    LANGUAGES,
    OBS_STATUSES,
    QUALIFIERS,
    SDMX_OBS_STATUSES,
    SEXES,
    SOURCE_KINDS,
    TOTAL,
)


def test_every_text_key_has_all_three_languages():
    missing = [
        f"{key}:{lang}"
        for key, texts in strings().items()
        for lang in LANGUAGES
        if not isinstance(texts, dict) or not str(texts.get(lang) or "").strip()
    ]
    assert missing == []


def test_every_text_key_has_exactly_the_three_languages():
    """A comma in an unquoted flow mapping ({ru: Цитата, в которой ...}) splits the text into
    a key of its own: the text is cut there, and the rest becomes a fourth "language"."""
    odd = {key: sorted(texts) for key, texts in strings().items() if set(texts) != set(LANGUAGES)}
    assert odd == {}


def test_placeholders_agree_across_languages():
    import string

    for key, texts in strings().items():
        names = [
            {f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f} for lang in LANGUAGES
        ]
        assert names[0] == names[1] == names[2], key


def test_every_code_of_the_code_lists_has_its_words():
    wanted = [
        *(f"domain_{code}" for code in DOMAINS),
        *(f"status_{code}" for code in OBS_STATUSES + SDMX_OBS_STATUSES),
        *(f"qualifier_{code}" for code in QUALIFIERS),
        *(f"qualifier_word_{code}" for code in QUALIFIERS),
        *(f"sex_{code}" for code in SEXES if code != TOTAL),
        *(f"kind_{code}" for code in SOURCE_KINDS),
        *(f"category_{code}" for code in EVENT_CATEGORIES),
    ]
    assert [key for key in wanted if key not in strings()] == []


@pytest.mark.parametrize(
    ("param", "locale", "expected"),
    [
        ("ru", None, ("ru", None)),
        ("EN", "kk-KZ", ("en", None)),
        (None, "ru-RU", ("ru", None)),
        (None, "en_US", ("en", None)),
        (None, "de-DE", ("kk", None)),
        (None, None, ("kk", None)),
        ("fr", "ru-RU", ("ru", "fr")),
    ],
)
def test_language_comes_from_url_then_browser_then_kazakh(param, locale, expected):
    assert language_from(param, locale) == expected


def test_t_fills_placeholders():
    assert t("bad_year", "en", value="abc") == "Year “abc” is not in the data: showing all years."


def test_every_kind_of_number_the_finder_tells_has_a_name_in_each_language():
    from finder.mention import KINDS

    names = {kind: [t(f"mention_kind_{kind}", lang) for lang in LANGUAGES] for kind in KINDS}
    assert names["date_range"] == ["күндер аралығы", "диапазон дат", "date range"]
    assert all(all(n.strip() for n in ns) for ns in names.values())


@pytest.mark.parametrize(
    ("lang", "count", "text"),
    [
        ("ru", 1, "1 строка"),
        ("ru", 21, "21 строка"),
        ("ru", 3, "3 строки"),
        ("ru", 5, "5 строк"),
        ("ru", 12, "12 строк"),
        ("en", 1, "1 row"),
        ("en", 2, "2 rows"),
        ("kk", 1, "1 жол"),
        ("kk", 7, "7 жол"),
    ],
)
def test_counts_take_the_plural_form_of_the_language(lang, count, text):
    from dashboard.i18n import plural

    assert plural("rows", lang, count, count=count) == text

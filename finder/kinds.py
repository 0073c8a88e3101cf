"""What kind of number a token is, read from the words and signs around it.

The order of the tests is the rule: an identifier ("ЦУР 4", "MICS-2024", "3D", "статьи 19")
or a list item ("1." at a line start) first; then what a hyphen hangs on the number
("25-летию" anniversary, "70-й" and "4-ші" ordinal, "18%-ға", "2015-тен"); then percent;
per mille, a rate (a rate stated with its base, "на 1000", is read by finder/rates.py);
money; an anniversary, ratio or duration word after it ("25 жылдығына", "в 2 раза", "2,5
есе", "10 айының", "18 жасқа"); a year (four digits, 1900-2100, no counted noun);
otherwise a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from finder import vocabulary as v
from finder.numbers import LETTER, SPACE, NumberToken
from finder.words import next_word, previous_word


@dataclass(frozen=True)
class Kind:
    kind: str
    start: int
    end: int
    value: float | None
    date: str | None = None
    unit: str | None = None  # set when the kind word is also the unit ("10 айының")
    unit_span: tuple[int, int] | None = None


_ID_PREFIX = re.compile(
    r"(?:(?<![^\W\d_])(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,7}|[A-Za-z]{2,12}|[A-Za-z])(?P<sep>[-‑ ]?))$"
)
_LATIN_AFTER = re.compile(r"[A-Za-z]+(?![^\W\d_])")
_DOTTED = re.compile(r"(?:\.\d+)+")
_TIME = re.compile(r":\d\d(?!\d)")
_NUMBER_PARTS = re.compile(r"(?:[-‑/]\d+)+(?![\d.,]\d)")
_NUMERO = re.compile(rf"(?:№|N°|No\.?){SPACE}?$")
_HYPHEN_WORD = re.compile(rf"[-‑]({LETTER}+)")
_MONEY_SIGN_BEFORE = re.compile(rf"[{v.CURRENCY_SIGN}]{SPACE}?$")
_MONEY_SIGN_AFTER = re.compile(rf"{SPACE}?[{v.CURRENCY_SIGN}]")
_LIST_MARK = re.compile(r"[.)](?=[ \t])")
# "в" before a ratio's number, or before the first number of its range ("в 2–3 раза").
_IN_BEFORE = re.compile(
    rf"(?<![^\W\d_])во?{SPACE}+(?:\d+(?:[.,]\d+)?{SPACE}*[-‑–—]{SPACE}*)?$", re.IGNORECASE
)
_SO_DNYA = re.compile(rf"{SPACE}+со{SPACE}+дня", re.IGNORECASE)


def _integer(token: NumberToken) -> int | None:
    if token.value != int(token.value) or token.decimal:
        return None
    return int(token.value)


def identifier(token: NumberToken, text: str) -> Kind | None:
    """A number that names rather than counts."""
    if token.from_words or token.percent or token.per_mille or token.scale != 1:
        return None
    start, end = token.start, token.number_end
    prefix = _ID_PREFIX.search(text, max(0, start - 14), start)
    if prefix:
        name = prefix.group(0).strip(" -‑")
        spaced = prefix.group("sep") == " "
        # "РК 5 460 449 детей" counts; "ЦУР 16 и", "PISA 2022 показало" name.
        counts = spaced and (len(name) == 1 or next_word(text, end) is not None)
        if _names_an_edition(name, token) or not (counts or _headline(text, prefix.start())):
            return Kind("identifier", prefix.start(), end, token.value)
    numero = _NUMERO.search(text, max(0, start - 4), start)
    if numero:  # "№ 1-2/345", "№ 45/2": the whole number is one name
        more = _NUMBER_PARTS.match(text, end)
        return Kind("identifier", numero.start(), more.end() if more else end, token.value)
    word = previous_word(text, start, max_gap=2)
    if word and v.REFERENCE_WORD.fullmatch(word[0]):
        return Kind("identifier", start, end, token.value)
    if _quoted(text, start, end):  # «111»: a number in quotes names something
        return Kind("identifier", start, end, token.value)
    address = v.ADDRESS_BEFORE.search(text, max(0, start - 60), start)
    if _clock(token, text, word) or _hotline(text, start, end) or address:
        return Kind("identifier", start, end, token.value)
    for pattern in (_LATIN_AFTER, _DOTTED, _TIME):
        glued = pattern.match(text, end)
        if glued:
            return Kind("identifier", start, glued.end(), token.value)
    return None


_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_CLOCK_RANGE = re.compile(rf"{SPACE}?[-–—]{SPACE}?(?:[01]?\d|2[0-4])[.:][0-5]\d")
# A clock time just before, maybe with a case ending and a dash: "9.00–", "9.00-ден ".
_CLOCK_BEFORE = re.compile(
    rf"(?<!\d)(?:[01]?\d|2[0-4])[.:][0-5]\d(?:-{LETTER}+)?{SPACE}?[-–—]?{SPACE}?$"
)


def _quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in ("«", "“", '"') and text[end : end + 1] in ("»", "”", '"')


def _hotline(text: str, start: int, end: int) -> bool:
    return bool(
        v.HOTLINE_AFTER.match(text, end) or v.HOTLINE_BEFORE.search(text, max(0, start - 24), start)
    )


def _clock(token: NumberToken, text: str, word: tuple[str, int, int] | None) -> bool:
    """A time of day written with a point: "с 9.00 до 18.00", "9.00–18.00", "сағат 10.30"."""
    if not _CLOCK.fullmatch(text, token.start, token.number_end):
        return False
    if word and v.CLOCK_WORD.fullmatch(word[0]):
        return True
    if _CLOCK_BEFORE.search(text, max(0, token.start - 16), token.start):
        return True
    return bool(_CLOCK_RANGE.match(text, token.number_end))


_CAPITAL_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[А-ЯЁӘҒҚҢӨҰҮҺІ]{3,}[ \u00a0]+$")


def _headline(text: str, name_start: int) -> bool:
    """A capital word after another is a headline's ("ЧИСЛО ШКОЛ 7 845"), not a code's."""
    return bool(_CAPITAL_WORD_BEFORE.search(text, max(0, name_start - 30), name_start))


def _names_an_edition(name: str, token: NumberToken) -> bool:
    if v.SERIES_NAME.fullmatch(name):
        return True
    return bool(v.LATIN_ACRONYM.fullmatch(name)) and 1900 <= token.value <= 2100


def list_item(token: NumberToken, text: str) -> Kind | None:
    """ "1." or "2)" opening a line, or "2)" after a colon or semicolon within one
    ("направления: 1) ...; 2) ..."): the number of an item in a list."""
    if token.from_words or token.decimal:
        return None
    line_start = text.rfind("\n", 0, token.start) + 1
    if text[line_start : token.start].strip():
        return _inline_item(token, text)
    mark = _LIST_MARK.match(text, token.end)
    if mark and token.end == token.number_end and _integer(token) and token.value < 100:
        return Kind("ordinal", token.start, mark.end(), token.value)
    return None


_INLINE_ITEM_BEFORE = re.compile(r"[:;][ \u00a0]*$")


def _inline_item(token: NumberToken, text: str) -> Kind | None:
    if not _INLINE_ITEM_BEFORE.search(text, max(0, token.start - 4), token.start):
        return None
    if text[token.end : token.end + 1] != ")" or token.end != token.number_end:
        return None
    if not (_integer(token) and token.value < 100):
        return None
    return Kind("ordinal", token.start, token.end + 1, token.value)


def hyphenated(token: NumberToken, text: str, lang: str) -> tuple[Kind | None, int]:
    """The kind a hyphenated ending gives, and where the number's span ends."""
    if token.from_words or token.end != token.number_end:
        return None, token.end
    match = _HYPHEN_WORD.match(text, token.end)
    if not match:
        return None, token.end
    word, end, start, value = match.group(1), match.end(), token.start, token.value
    if v.RU_ANNIVERSARY_SUFFIX.fullmatch(word) or v.KK_ANNIVERSARY.fullmatch(word):
        return Kind("anniversary", start, end, value), end
    if v.DURATION_SUFFIX.fullmatch(word):  # "5-летний", but "30-летний юбилей" is an anniversary
        after = next_word(text, end)
        if after and v.ANNIVERSARY_AFTER_ORDINAL.fullmatch(after[0]):
            return Kind("anniversary", start, after[2], value), end
        return Kind("duration", start, end, value), end
    if v.PERCENT_SUFFIX.fullmatch(word):
        return Kind("percent", start, end, value), end
    if v.KK_ORDINAL_SUFFIX.fullmatch(word) or v.RU_ORDINAL_SUFFIX.fullmatch(word):
        return _ordinal_or_anniversary(start, end, value, text), end
    if v.RU_CARDINAL_SUFFIX.fullmatch(word) or v.KK_SUFFIX.fullmatch(word):
        return None, end  # a case ending: the number goes on as it is
    if v.REFERENCE_WORD.fullmatch(word):  # "120-бабы", "3-тармағы": an article's number
        return Kind("identifier", start, end, value), end
    if lang == "kk":  # "70-сессиясындағы", "2-сынып": Kazakh writes ordinals so
        return Kind("ordinal", start, end, value), end
    return Kind("count", start, end, value), end


def _ordinal_or_anniversary(start: int, end: int, value: float, text: str) -> Kind:
    after = next_word(text, end)
    if after and v.ANNIVERSARY_AFTER_ORDINAL.fullmatch(after[0]):
        return Kind("anniversary", start, after[2], value)
    return Kind("ordinal", start, end, value)


def _after_word(token: NumberToken, text: str, end: int) -> Kind | None:
    """Kinds that the word right after the number gives."""
    after = next_word(text, end)
    if after is None:
        return None
    word, word_start, word_end = after
    value, start = token.value, token.start
    if v.KK_ANNIVERSARY.fullmatch(word):
        return Kind("anniversary", start, word_end, value)
    following = next_word(text, word_end)
    if (
        v.KK_YEARS_ADJECTIVE.fullmatch(word)
        and following
        and v.ANNIVERSARY_AFTER_ORDINAL.fullmatch(following[0])
    ):
        return Kind("anniversary", start, following[2], value)
    if v.ANNIVERSARY_AFTER_ORDINAL.fullmatch(word) and token.ordinal:
        return Kind("anniversary", start, word_end, value)
    if word.lower() in ("лет", "года") and _SO_DNYA.match(text, word_end):
        return Kind("anniversary", start, word_end, value)
    if word.lower() == "жыл" and following and v.KK_YEARS_COMPLETED.fullmatch(following[0]):
        return Kind("anniversary", start, following[2], value)
    if token.ordinal:
        return None
    if _times(word, text, start):
        return Kind("ratio", start, word_end, value)
    small = value < 1000
    if v.DURATION_WORD.fullmatch(word) or (small and v.YEAR_WORD.fullmatch(word)):
        return Kind("duration", start, word_end, value, unit=word, unit_span=(word_start, word_end))
    if v.CURRENCY_WORD.fullmatch(v.CASE_ENDING.sub("", word)):  # "63 АЕК-ті", "100 АЕК-ке"
        country = following or next_word(text, word_end + (text[word_end : word_end + 1] == "."))
        if country and v.CURRENCY_COUNTRY.fullmatch(country[0]):  # "долларов США", "долл. США"
            word_end = country[2]
        unit = text[word_start:word_end]
        return Kind("money", start, end, value, unit=unit, unit_span=(word_start, word_end))
    if v.CURRENCY_COUNTRY.fullmatch(word) and following and v.CURRENCY_WORD.fullmatch(following[0]):
        unit = text[word_start : following[2]]
        return Kind("money", start, end, value, unit=unit, unit_span=(word_start, following[2]))
    return None


def _times(word: str, text: str, start: int) -> bool:
    """ "в 2,5 раза", "в два раза", "2,5 есе", "екі есеге": how many times, not a count."""
    if v.KK_TIMES.fullmatch(word):
        return True
    if not v.RU_TIMES.fullmatch(word):
        return False
    return bool(_IN_BEFORE.search(text, max(0, start - 24), start))


def _money_sign(token: NumberToken, text: str, end: int) -> Kind | None:
    before = _MONEY_SIGN_BEFORE.search(text, max(0, token.start - 2), token.start)
    if before:
        return Kind("money", before.start(), end, token.value, unit=before.group(0).strip())
    after = _MONEY_SIGN_AFTER.match(text, end)
    if after:
        return Kind("money", token.start, after.end(), token.value, unit=after.group(0).strip())
    return None


def bare_year(token: NumberToken, text: str, end: int, has_unit: bool) -> Kind | None:
    """Four digits from 1900 to 2100 with no counted noun after them: a year ("в 2024")."""
    number = _integer(token)
    if (
        number is None
        or token.from_words
        or token.grouped
        or token.scale != 1
        or token.percent
        or not 1900 <= number <= 2100
        or has_unit
    ):
        return None
    return Kind("year", token.start, end, number, date=f"{number:04d}")


_COLON_RATIO = re.compile(r":(\d{1,3})(?![\d:.,]\d|\d)")
_RATIO_WORD_BEFORE = re.compile(
    r"(?:соотношени|пропорци|арақатынас|қатынас)[а-яәғқңөұүһі]*[^.!?]{0,40}$", re.IGNORECASE
)


def colon_ratio(token: NumberToken, text: str) -> Kind | None:
    """ "1:5", "соотношение 1:15": a ratio, not a count and a count (or a clock time, which
    "10:30" stays unless a word of a ratio comes before it)."""
    if token.from_words or token.end != token.number_end:
        return None
    match = _COLON_RATIO.match(text, token.end)
    if not match or not int(match.group(1)):
        return None
    clock = len(match.group(1)) == 2 and token.value <= 24 and int(match.group(1)) <= 59
    if clock and not _RATIO_WORD_BEFORE.search(text, max(0, token.start - 60), token.start):
        return None
    return Kind("ratio", token.start, match.end(), token.value / int(match.group(1)))


def classify(token: NumberToken, text: str, lang: str, has_unit) -> Kind:
    """The kind of `token`; `has_unit(end)` tells whether a counted noun follows `end`."""
    found = colon_ratio(token, text) or identifier(token, text) or list_item(token, text)
    if found:
        return found
    if token.ordinal:
        after = _after_word(token, text, token.end)
        return after or Kind("ordinal", token.start, token.end, token.value)
    found, end = hyphenated(token, text, lang)
    if found:
        return found
    if token.percent:
        return Kind("percent", token.start, end, token.value)
    if token.per_mille:  # a rate's base is read by finder/rates.py
        return Kind("rate", token.start, end, token.value)
    found = (
        _money_sign(token, text, end)
        or _after_word(token, text, end)
        or bare_year(token, text, end, has_unit(end))
    )
    return found or Kind("count", token.start, end, token.value)

"""Fractions of a whole, read as ratios below one: Russian "две трети", "более трети",
"четверть"; Kazakh "үштен бірі" (one of three), "бестен екісі" (two of five).

Read before the numbers, so that "две" of "две трети" or "үштен" of "үштен бірі" is not
taken for a count of its own. A quarter that names a school term ("во второй четверти",
"в III четверти") or a quarter of a century is no fraction.
"""

from __future__ import annotations

import re

from finder.dates import DateMention
from finder.numbers import LETTER, SPACE

_RU_NUMERATOR = {
    "одна": 1,
    "одну": 1,
    "одной": 1,
    "две": 2,
    "двух": 2,
    "двум": 2,
    "двумя": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
}
_RU_DENOMINATOR = {"трет": 3, "четверт": 4}
_RU = re.compile(  # the denominator first: it is rare, the numerator is looked for after
    # not "третью": the ordinal ("третью неделю") more often than a third's instrumental
    rf"(?P<d>трет|четверт)(?:ь|и|ей|ям|ями|ях|(?<=четверт)ью)(?!{LETTER})",
    re.IGNORECASE,
)
_RU_NUMERATOR_BEFORE = re.compile(
    rf"(?<!{LETTER})(?P<n>{'|'.join(_RU_NUMERATOR)}){SPACE}+$", re.IGNORECASE
)
# "во второй четверти", "в III четверти", "1-й четверти": a school term; "четверть века".
_TERM_BEFORE = re.compile(
    rf"(?:(?:перв|втор|трет|четверт)[а-я]*|[IVХ]+|\d+(?:-?[а-я]+)?){SPACE}+$", re.IGNORECASE
)
_CENTURY_AFTER = re.compile(rf"{SPACE}+(?:век|столет)", re.IGNORECASE)

# The denominator in the ablative: "үштен" (of three), "оннан" (of ten).
_KK_DENOMINATOR = {
    "екіден": 2,
    "үштен": 3,
    "төрттен": 4,
    "бестен": 5,
    "алтыдан": 6,
    "жетіден": 7,
    "сегізден": 8,
    "тоғыздан": 9,
    "оннан": 10,
    "жүзден": 100,
}
_KK_NUMERATOR = {
    "бір": 1,
    "екі": 2,
    "үш": 3,
    "төрт": 4,
    "бес": 5,
    "алты": 6,
    "жеті": 7,
    "сегіз": 8,
    "тоғыз": 9,
}
_KK_POSSESSIVE = r"(?:і|ы|сі|сы)(?:н|нің|ның|не|на|нде|нда|нен|нан)?"
_KK = re.compile(
    rf"(?<!{LETTER})(?P<d>{'|'.join(_KK_DENOMINATOR)})"
    rf"{SPACE}+(?P<n>{'|'.join(_KK_NUMERATOR)}){_KK_POSSESSIVE}(?!{LETTER})",
    re.IGNORECASE,
)


def find_fractions(text: str) -> list[DateMention]:
    """Every fraction of a whole, as a span of kind "ratio" whose value is its quotient."""
    lowered = text.lower()  # words looked for first: most texts have none (speed)
    found = []
    if any(word in lowered for word in _KK_DENOMINATOR):
        found += [_kk(m) for m in _KK.finditer(text)]
    if "трет" in lowered or "четверт" in lowered:
        found += [f for f in (_ru(m, text) for m in _RU.finditer(text)) if f]
    return sorted(found, key=lambda f: f.start)


def _kk(match: re.Match[str]) -> DateMention:
    numerator = _KK_NUMERATOR[match.group("n").lower()]
    denominator = _KK_DENOMINATOR[match.group("d").lower()]
    return DateMention(match.start(), match.end(), "ratio", value=numerator / denominator)


def _ru(match: re.Match[str], text: str) -> DateMention | None:
    start = match.start()
    if start and _LETTER.match(text, start - 1):  # inside a word
        return None
    before = _RU_NUMERATOR_BEFORE.search(text, max(0, start - 12), start)
    if before is None and (
        _TERM_BEFORE.search(text, max(0, start - 24), start)
        or _CENTURY_AFTER.match(text, match.end())
    ):
        return None
    numerator = _RU_NUMERATOR[before.group("n").lower()] if before else 1
    denominator = _RU_DENOMINATOR[match.group("d").lower()]
    return DateMention(
        before.start() if before else start, match.end(), "ratio", value=numerator / denominator
    )


_LETTER = re.compile(LETTER)

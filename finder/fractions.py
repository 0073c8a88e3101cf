"""Fractions of a whole, read as ratios below one: Russian "две трети", "более трети",
"четверть", "половина", "каждый пятый", "одна пятая" ("три десятых процента" is a percent
of 0.3); Kazakh "үштен бірі" (one of three), "бестен екісі" (two of five), "жартысы",
"әрбір бесінші". Also the Russian multipliers in one word, "вдвое", "втрое": ratios of two,
three.

Read before the numbers, so that "две" of "две трети" or "үштен" of "үштен бірі" is not
taken for a count of its own. A quarter that names a school term ("во второй четверти",
"в III четверти") or a quarter of a century is no fraction.
"""

from __future__ import annotations

import re

from finder.dates import DateMention
from finder.number_words import KK_CARDINALS, RU_ORDINAL_STEMS, kk_ablative, kk_ordinal
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

# The denominator in the ablative: "үштен" (of three), "оннан" (of ten); the numerator a
# cardinal (the forms of finder/number_words.py).
_KK_DENOMINATOR = {kk_ablative(KK_CARDINALS[n]): n for n in (*range(2, 11), 100)}
_KK_NUMERATOR = {KK_CARDINALS[n]: n for n in range(1, 10)}
_KK_POSSESSIVE = r"(?:і|ы|сі|сы)(?:н|нің|ның|не|на|нде|нда|нен|нан)?"
_KK = re.compile(
    rf"(?<!{LETTER})(?P<d>{'|'.join(_KK_DENOMINATOR)})"
    rf"{SPACE}+(?P<n>{'|'.join(_KK_NUMERATOR)}){_KK_POSSESSIVE}(?!{LETTER})",
    re.IGNORECASE,
)


# Russian ordinal stems by their number ("пят" 5), the third's own ("трет").
_ORDINAL_STEMS = {stem: n for n in range(1, 13) for stem in RU_ORDINAL_STEMS.get(n, ())} | {
    "трет": 3
}
_RU_EVERY = re.compile(
    rf"(?<!{LETTER})кажд(?:ый|ая|ое|ого|ому|ую|ой|ые|ых){SPACE}+"
    rf"(?P<n>{'|'.join(s for s, n in _ORDINAL_STEMS.items() if 2 <= n <= 10)})"
    rf"(?:ой|ий|ый|ья|ье|ая|ое|ого|ую|ому|ьего|ью|ьей|ьи)"
    rf"(?!{LETTER})",
    re.IGNORECASE,
)
_KK_ORDINALS = {kk_ordinal(KK_CARDINALS[n]): n for n in range(2, 11)}
_KK_EVERY = re.compile(
    rf"(?<!{LETTER})әрбір{SPACE}+(?P<n>{'|'.join(_KK_ORDINALS)})(?!{LETTER})", re.IGNORECASE
)
_MULTIPLIERS = {
    "вдвое": 2,
    "втрое": 3,
    "вчетверо": 4,
    "впятеро": 5,
    "вшестеро": 6,
    "всемеро": 7,
    "ввосьмеро": 8,
    "вдевятеро": 9,
    "вдесятеро": 10,
}
_RU_TIMES = re.compile(rf"(?<!{LETTER})(?P<w>{'|'.join(_MULTIPLIERS)})(?!{LETTER})", re.I)
# A half: "половина детей", "балалардың жартысы"; not "во второй половине года", "жылдың
# екінші жартысында" (a half-year), "половина пятого" (a time).
_RU_HALF = re.compile(rf"(?<!{LETTER})половин(?:а|ы|у|ой|е)(?!{LETTER})", re.IGNORECASE)
_KK_HALF = re.compile(rf"(?<!{LETTER})жартысы(?:н|ның|на|нда|нан|мен)?(?!{LETTER})", re.IGNORECASE)
_HALF_NAMES_A_PERIOD = re.compile(
    rf"{SPACE}+(?:\d|[IVX]|год|дня|месяц|недел|век|столет|[а-я]+ого{SPACE}+год|"
    # "половина пятого": half past four, a time
    rf"(?:{'|'.join(_ORDINAL_STEMS)})(?:ого|ьего)(?!{LETTER}))",
    re.IGNORECASE,
)
_KK_ORDINAL_BEFORE = re.compile(rf"(?:бірінші|екінші){SPACE}+$", re.IGNORECASE)


# "одна пятая", "три десятых части": a numerator, then an ordinal in the feminine or plural
# (halves, thirds and quarters have their own words, read above).
_NTH_DENOMINATOR = {stem: n for stem, n in (_ORDINAL_STEMS | {"сот": 100}).items() if n >= 5}
_NTH_NUMERATOR = {**_RU_NUMERATOR, "четыре": 4, "четырех": 4, "четырёх": 4}
_NTH_ENDING = "(?:ая|ую|ой|ых|ые|ым)"
_RU_NTH_PARTS = re.compile(
    rf"(?<!{LETTER})(?P<n>{'|'.join(_NTH_NUMERATOR)}){SPACE}+"
    rf"(?P<d>{'|'.join(_NTH_DENOMINATOR)}){_NTH_ENDING}(?!{LETTER})"
    rf"(?:{SPACE}+част(?:ь|и|ью|ей|ям))?",
    re.IGNORECASE,
)
# Looked for first in the lower-cased text, with no case folding: much faster.
_NTH_PART_WORD = re.compile(f"(?:{'|'.join(_NTH_DENOMINATOR)}){_NTH_ENDING}")


def _nth_part(match: re.Match[str]) -> float:
    numerator = _NTH_NUMERATOR[match.group("n").lower()]
    return numerator / _NTH_DENOMINATOR[match.group("d").lower()]


_PERCENT_AFTER = re.compile(rf"{SPACE}+процент[а-я]*(?!{LETTER})", re.IGNORECASE)


def _nth_parts(text: str) -> list[DateMention]:
    """ "одна пятая": 0.2; "три десятых процента": a percent of 0.3."""
    found = []
    for match in _RU_NTH_PARTS.finditer(text):
        percent = _PERCENT_AFTER.match(text, match.end())
        end, kind = (percent.end(), "percent") if percent else (match.end(), "ratio")
        found.append(DateMention(match.start(), end, kind, value=_nth_part(match)))
    return found


def _simple(pattern: re.Pattern[str], text: str, value) -> list[DateMention]:
    return [
        DateMention(m.start(), m.end(), "ratio", value=value(m)) for m in pattern.finditer(text)
    ]


def _halves(text: str) -> list[DateMention]:
    found = []
    for match in _RU_HALF.finditer(text):
        start = match.start()
        if _TERM_BEFORE.search(text, max(0, start - 24), start):
            continue
        if _HALF_NAMES_A_PERIOD.match(text, match.end()):
            continue
        found.append(DateMention(start, match.end(), "ratio", value=0.5))
    for match in _KK_HALF.finditer(text):
        if _KK_ORDINAL_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        found.append(DateMention(match.start(), match.end(), "ratio", value=0.5))
    return found


def find_fractions(text: str) -> list[DateMention]:
    """Every fraction of a whole, as a span of kind "ratio" whose value is its quotient."""
    lowered = text.lower()  # words looked for first: most texts have none (speed)
    found = []
    if any(word in lowered for word in _KK_DENOMINATOR):
        found += [_kk(m) for m in _KK.finditer(text)]
    if "трет" in lowered or "четверт" in lowered:
        found += [f for f in (_ru(m, text) for m in _RU.finditer(text)) if f]
    if _NTH_PART_WORD.search(lowered):
        found += _nth_parts(text)
    if "кажд" in lowered:
        found += _simple(_RU_EVERY, text, lambda m: 1 / _ORDINAL_STEMS[m.group("n").lower()])
    if "әрбір" in lowered:
        found += _simple(_KK_EVERY, text, lambda m: 1 / _KK_ORDINALS[m.group("n").lower()])
    if any(word in lowered for word in _MULTIPLIERS):
        found += _simple(_RU_TIMES, text, lambda m: _MULTIPLIERS[m.group("w").lower()])
    if "половин" in lowered or "жартысы" in lowered:
        found += _halves(text)
    kept: list[DateMention] = []
    for fraction in sorted(found, key=lambda f: f.start):
        if not kept or fraction.start >= kept[-1].end:  # the first of two that overlap
            kept.append(fraction)
    return kept


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

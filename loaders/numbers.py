"""Read numbers as Kazakh and Russian texts write them.

Digits with thousands separated by a space, a no-break space or a narrow
no-break space; decimal comma or point; scale words (мың, тыс., млн, млрд ...);
number words in both languages (семь, трех, жеті, он ...); percent signs and words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GROUP_SEP = "[ \u00a0\u202f\u2009]"
_SCALE_WORDS = "миллиард|млрд|миллион|млн|тысяч|тыс|мың"
_DIGITS = re.compile(
    rf"(?<![\d.,])(?:\d+,\s\d+(?=\s?(?:{_SCALE_WORDS}))"  # "387, 9 тысячи"
    rf"|(?:\d{{1,3}}(?:{_GROUP_SEP}\d{{3}})+|\d+)(?:[.,]\d+)?)(?!\d)",
    re.IGNORECASE,
)

# Scale words, longest first: the stem is matched case-insensitively at a word start.
SCALES: list[tuple[str, int]] = [
    ("миллиард", 10**9),
    ("млрд", 10**9),
    ("миллион", 10**6),
    ("млн", 10**6),
    ("тысяч", 10**3),
    ("тыс", 10**3),
    ("мың", 10**3),
]
_SCALE = re.compile(rf"^\s?({_SCALE_WORDS})[а-яёәғқңөұүһі.]*", re.IGNORECASE)
_PERCENT = re.compile(r"^\s?(%|процент|пайыз)", re.IGNORECASE)

# Cardinal number words; forms cover the usual case endings by stem.
_WORD_STEMS: list[tuple[str, int]] = [
    # Russian (stems chosen so that case forms share them)
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("сорок", 40),
    ("пятьдесят", 50),
    ("пятидесят", 50),
    ("шестьдесят", 60),
    ("шестидесят", 60),
    ("семьдесят", 70),
    ("семидесят", 70),
    ("восемьдесят", 80),
    ("восьмидесят", 80),
    ("девяност", 90),
    ("двухсот", 200),
    ("двест", 200),
    ("трехсот", 300),
    ("трёхсот", 300),
    ("триста", 300),
    ("сто", 100),
    ("ста", 100),
    ("один", 1),
    ("одна", 1),
    ("одно", 1),
    ("одного", 1),
    ("одной", 1),
    ("одному", 1),
    ("два", 2),
    ("две", 2),
    ("двух", 2),
    ("двум", 2),
    ("двумя", 2),
    ("три", 3),
    ("трех", 3),
    ("трёх", 3),
    ("трем", 3),
    ("трём", 3),
    ("тремя", 3),
    ("четыре", 4),
    ("четырех", 4),
    ("четырёх", 4),
    ("четырем", 4),
    ("четырьмя", 4),
    ("пять", 5),
    ("пяти", 5),
    ("пятью", 5),
    ("шесть", 6),
    ("шести", 6),
    ("шестью", 6),
    ("семь", 7),
    ("семи", 7),
    ("семью", 7),
    ("восемь", 8),
    ("восьми", 8),
    ("восемью", 8),
    ("девять", 9),
    ("девяти", 9),
    ("девятью", 9),
    ("десять", 10),
    ("десяти", 10),
    ("десятью", 10),
    # Kazakh
    ("бір", 1),
    ("екі", 2),
    ("үш", 3),
    ("төрт", 4),
    ("бес", 5),
    ("алты", 6),
    ("жеті", 7),
    ("сегіз", 8),
    ("тоғыз", 9),
    ("он", 10),
    ("жиырма", 20),
    ("отыз", 30),
    ("қырық", 40),
    ("елу", 50),
    ("алпыс", 60),
    ("жетпіс", 70),
    ("сексен", 80),
    ("тоқсан", 90),
    ("жүз", 100),
]
# Exact word forms for the number words (a stem alone would match "сторона", "онда" ...).
_RU_ENDINGS = ("", "и", "ью", "ти", "ми", "ь", "ью")
_KK_ENDINGS = (
    "",
    "де",
    "да",
    "ге",
    "ға",
    "ке",
    "қа",
    "ден",
    "дан",
    "нен",
    "нан",
    "тен",
    "тан",
    "ні",
    "ны",
    "ді",
    "ды",
    "ті",
    "ты",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
)
_EXACT_WORDS: dict[str, int] = {}
for _stem, _val in _WORD_STEMS:
    _EXACT_WORDS[_stem] = _val
for _stem, _val in _WORD_STEMS[:27]:
    for _end in ("ь", "и", "ью"):
        _EXACT_WORDS[_stem + _end] = _val
for _stem, _val in _WORD_STEMS[-19:]:
    for _end in _KK_ENDINGS:
        _EXACT_WORDS.setdefault(_stem + _end, _val)
# Words that look like number words but are not (Kazakh "үшін" = "for", "онда" = "there").
_NOT_NUMBERS = {"онда", "оны", "оның", "үшін"}
# Forms that are number words in one language and ordinary words in the other.
_ONLY_KK = {"он"}
_KK_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)


def guess_language(text: str) -> str:
    """kk when the text uses letters only the Kazakh alphabet has, else ru."""
    return "kk" if _KK_LETTERS.search(text) else "ru"


_WORD = re.compile(r"[а-яёәғқңөұүһі]+", re.IGNORECASE)


@dataclass(frozen=True)
class NumberToken:
    value: float
    start: int
    end: int
    raw: str
    percent: bool = False
    from_words: bool = False


def parse_digits(raw: str) -> float:
    """Value of a digit string in kk/ru style: "5 460 449", "12,5", "2.5"."""
    cleaned = re.sub(_GROUP_SEP, "", raw.strip())
    cleaned = re.sub(r"([.,])\s", r"\1", cleaned)
    return float(cleaned.replace(",", "."))


def _scale_after(text: str, pos: int) -> tuple[int, int]:
    match = _SCALE.match(text[pos : pos + 20])
    if not match:
        return 1, pos
    stem = match.group(1).lower()
    factor = next(f for s, f in SCALES if s == stem)
    return factor, pos + match.end()


def _percent_after(text: str, pos: int) -> tuple[bool, int]:
    match = _PERCENT.match(text[pos : pos + 12])
    return (True, pos + match.end()) if match else (False, pos)


def read_digit_numbers(text: str) -> list[NumberToken]:
    """Every number written with digits, with its scale word and percent sign applied."""
    tokens = []
    for match in _DIGITS.finditer(text):
        value = parse_digits(match.group(0))
        factor, end = _scale_after(text, match.end())
        percent, end = _percent_after(text, end)
        tokens.append(
            NumberToken(value * factor, match.start(), end, text[match.start() : end], percent)
        )
    return tokens


def word_value(word: str, lang: str = "kk") -> int | None:
    """The value of one number word in kk or ru (any case form), else None."""
    lower = word.lower()
    if lower in _NOT_NUMBERS or (lang != "kk" and lower in _ONLY_KK):
        return None
    return _EXACT_WORDS.get(lower)


def read_word_numbers(text: str, lang: str | None = None) -> list[NumberToken]:
    """Numbers written as words; adjacent words add up ("двадцать пять" = 25, "жиырма бес")."""
    lang = lang or guess_language(text)
    tokens: list[NumberToken] = []
    run: list[tuple[int, int, int]] = []

    def flush() -> None:
        if run:
            total = sum(v for v, _, _ in run)
            start, end = run[0][1], run[-1][2]
            factor, end2 = _scale_after(text, end)
            tokens.append(NumberToken(total * factor, start, end2, text[start:end2], False, True))
            run.clear()

    for match in _WORD.finditer(text):
        value = word_value(match.group(0), lang)
        contiguous = run and text[run[-1][2] : match.start()].strip() == ""
        if value is not None and (not run or (contiguous and value < run[-1][0])):
            run.append((value, match.start(), match.end()))
            continue
        flush()
        if value is not None:
            run.append((value, match.start(), match.end()))
    flush()
    return tokens


def read_numbers(text: str, lang: str | None = None) -> list[NumberToken]:
    """All numbers in `text`, digits and words, in reading order."""
    words = read_word_numbers(text, lang)
    return sorted(read_digit_numbers(text) + words, key=lambda t: t.start)

"""Read numbers as Kazakh and Russian texts write them: the one number reader.

Digits with thousands separated by a space, a no-break space or a narrow no-break
space; decimal comma or point; scale words (мың, тыс., млн, миллиона, млрд ...);
number words of both languages (семь, трех, двадцать пять, жеті, жиырма бес ...),
ordinal words (четвертого, бірінші); percent and per mille signs and words with
their Kazakh endings (50%-ы, 59,7 пайызы). The build's quote checks and the figure
finder (loaders/finder) both read numbers here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal

from finder.number_words import (
    HALF,
    IDIOMS,
    OWN_LANGUAGE_ONLY,
    SCALE_AFTER_NUMBER,
    TABLES,
    Word,
)
from finder.text import trie_pattern

SPACE = "[ \u00a0\u202f\u2009]"  # space, no-break, narrow no-break, thin space
LETTER = r"[^\W\d_]"
_NOT_LETTER_AFTER = rf"(?!{LETTER})"


_SCALE_FORMS = trie_pattern(SCALE_AFTER_NUMBER)
# The first digit comes first and the look-behinds after it, so that the regex engine
# can skip to the next digit at once ("not after a digit, nor after "5," of a decimal").
_DIGITS = re.compile(
    rf"\d(?<!\d\d)(?<!\d[.,]\d)"
    rf"(?:\d*,{SPACE}\d+(?={SPACE}?(?:{_SCALE_FORMS}){_NOT_LETTER_AFTER})"  # "387, 9 тысячи"
    rf"|\d{{0,2}}(?:\.\d{{3}})+(?![.,]\d)"  # "98.540", "1.234.567": read_digit_numbers decides
    rf"|(?:\d{{0,2}}(?:{SPACE}\d{{3}})+|\d*)(?:[.,]\d+)?)(?!\d)",
    re.IGNORECASE,
)
_SCALE = re.compile(rf"{SPACE}?({_SCALE_FORMS}){_NOT_LETTER_AFTER}", re.IGNORECASE)
_PERCENT = re.compile(
    rf"{SPACE}?(?:%(?:-{LETTER}+)?|(?:процент|пайыз){LETTER}*|проц\.|п\.{SPACE}?п\.)",
    re.IGNORECASE,
)
# "промилле" with its Kazakh case endings ("промиллеге", "промиллені"), as "пайыз" takes them.
_PER_MILLE = re.compile(rf"{SPACE}?(?:‰|промилле{LETTER}*)", re.IGNORECASE)
_SPACE_RUN = re.compile(SPACE)
_IDIOM_TAILS = {
    word: [re.compile(rf"\s+{re.escape(tail)}(?!{LETTER})") for tail in tails]
    for word, tails in IDIOMS.items()
}
_KK_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
# Every form of every number word of both languages, as one prefix tree: the text is
# scanned for them by the regex engine, not word by word in Python.
_NUMBER_WORD = re.compile(
    rf"(?<!{LETTER})(?:{trie_pattern({*TABLES['ru'], *TABLES['kk'], *SCALE_AFTER_NUMBER})})"
    rf"(?!{LETTER})",
    re.IGNORECASE,
)
_APPROXIMATE_ENDINGS = ("дай", "дей", "тай", "тей")


def guess_language(text: str) -> str:
    """kk when letters only the Kazakh alphabet has make 2% or more of the non-ASCII
    characters (nearly all Cyrillic letters), else ru: a Russian text quoting one Kazakh
    name stays Russian."""
    non_ascii = len(text.encode("utf-8")) - len(text)  # each Cyrillic letter adds one
    kazakh = sum(text.count(letter) for letter in _KK_LETTERS)
    return "kk" if non_ascii and kazakh / non_ascii >= 0.02 else "ru"


@dataclass(frozen=True)
class NumberToken:
    """One number the text states, its scale word and percent sign applied.

    `start`/`end` span the whole expression ("2,5 млрд", "50%-ы", "двадцать пять");
    `number_end` is where the number itself ends, before its scale word or sign.
    """

    value: float
    start: int
    end: int
    raw: str
    percent: bool = False
    from_words: bool = False
    ordinal: bool = False
    per_mille: bool = False
    scale: int = 1
    approximate: bool = False
    number_end: int = -1
    decimal: bool = False
    grouped: bool = False


def parse_digits(raw: str) -> float:
    """Value of a digit string in kk/ru style: "5 460 449", "12,5", "2.5", "387, 9"."""
    return float(_decimal(raw))


def _decimal(raw: str) -> Decimal:
    cleaned = _SPACE_RUN.sub("", raw.strip()).replace(",", ".")
    return Decimal(cleaned)


def _scale_after(text: str, pos: int) -> tuple[int, int]:
    match = _SCALE.match(text, pos)
    if not match:
        return 1, pos
    return SCALE_AFTER_NUMBER[match.group(1).lower()], match.end()


def _sign_after(text: str, pos: int) -> tuple[str | None, int]:
    """("percent" | "per_mille" | None, end) for the sign or word right after `pos`."""
    match = _PER_MILLE.match(text, pos)
    if match:
        return "per_mille", match.end()
    match = _PERCENT.match(text, pos)
    if match:
        return "percent", match.end()
    return None, pos


def _as_number(value: Decimal) -> float:
    return float(value)


_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _dot_grouped(raw: str, factor: int, sign: str | None) -> bool:
    """Whether the points of `raw` separate thousands ("98.540 человек", "1.234.567"), as some
    agencies write them, rather than mark a decimal. Kazakh and Russian texts write decimals
    with a comma, so three digits after a point are a thousands group, unless the number
    starts with 0 ("0.125"), or a scale word or a percent sign follows ("1.500 млн", "2.125%"),
    where a decimal is meant. Two groups or more ("1.234.567") are thousands always."""
    if not _DOT_GROUPS.fullmatch(raw):
        return False
    return raw.count(".") > 1 or (not raw.startswith("0") and factor == 1 and sign is None)


def read_digit_numbers(text: str) -> list[NumberToken]:
    """Every number written with digits, with its scale word and percent sign applied;
    a larger scale followed by a smaller one is one number ("3 млн 850 тыс.")."""
    tokens = []
    for match in _DIGITS.finditer(text):
        raw = match.group(0)
        factor, end = _scale_after(text, match.end())
        sign, end = _sign_after(text, end)
        dotted = _dot_grouped(raw, factor, sign)
        value = Decimal(raw.replace(".", "")) if dotted else _decimal(raw)
        token = NumberToken(
            _as_number(value * factor),
            match.start(),
            end,
            text[match.start() : end],
            percent=sign == "percent",
            per_mille=sign == "per_mille",
            scale=factor,
            number_end=match.end(),
            decimal=not dotted and ("," in raw or "." in raw),
            grouped=dotted or bool(_SPACE_RUN.search(raw)),
            approximate=_approximate_digits(text, match.start(), end),
        )
        if tokens and _continues(tokens[-1], token, text):
            token = _joined(tokens.pop(), token, text)
        tokens.append(token)
    return tokens


_APPROXIMATE_AFTER = re.compile(rf"[-‑](?:{'|'.join(_APPROXIMATE_ENDINGS)})(?!{LETTER})", re.I)


def _approximate_digits(text: str, start: int, end: int) -> bool:
    """The Kazakh "-дай" on digits or their scale word: "500-дей бала", "48 мыңдай"."""
    if text[start:end].lower().endswith(_APPROXIMATE_ENDINGS):
        return True
    return bool(_APPROXIMATE_AFTER.match(text, end))


_ONLY_SPACE = re.compile(rf"{SPACE}+")


def _continues(first: NumberToken, then: NumberToken, text: str) -> bool:
    """ "3 млн" then "850 тыс.", "2 тыс." then "150", "5 мың" then "200": the second is the
    rest of the first number (a smaller amount after a larger scale, spaces between)."""
    if first.scale == 1 or first.percent or first.per_mille or then.percent or then.per_mille:
        return False
    if not _ONLY_SPACE.fullmatch(text, first.end, then.start):
        return False
    return then.scale < first.scale and then.value < first.scale


def _joined(first: NumberToken, then: NumberToken, text: str) -> NumberToken:
    return NumberToken(
        first.value + then.value,
        first.start,
        then.end,
        text[first.start : then.end],
        scale=first.scale,
        number_end=first.number_end,
        decimal=first.decimal,
        grouped=True,
    )


def word_value(word: str, lang: str = "kk") -> int | float | None:
    """The value of one cardinal or ordinal number word in kk or ru, else None."""
    found = _lookup(word.lower(), lang)
    return None if found is None or found.role == "scale" else _plain(found.value)


def _plain(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _lookup(lower: str, lang: str) -> Word | None:
    own = TABLES[lang].get(lower)
    if own is not None:
        return own
    other = "ru" if lang == "kk" else "kk"
    if lower in OWN_LANGUAGE_ONLY[other]:
        return None
    return TABLES[other].get(lower)


def _magnitude(value: float) -> int:
    """Words combine from larger to smaller: hundreds, then tens (Kazakh "он екі" = 12),
    then units or Russian teens."""
    if value >= 100:
        return 3
    if value >= 10 and value % 10 == 0:
        return 2
    return 1


@dataclass
class _Run:
    words: list[tuple[Word, int, int]]
    total: float = 0
    group: float = 0
    magnitude: int = 4
    last_scale: float = float("inf")
    ordinal: bool = False

    def accepts(self, word: Word) -> bool:
        if self.ordinal:
            return False
        if word.value == HALF:  # "бір жарым" = 1.5, "екі жарым" = 2.5
            return self.group >= 1 and self.group == int(self.group) and self.magnitude > 0
        if word.role == "scale":
            return word.value < self.last_scale and (self.group > 0 or not self.words)
        if word.value == 100 and 0 < self.group < 10:
            return True  # Kazakh "бес жүз" = 500
        return _magnitude(word.value) < self.magnitude

    def add(self, word: Word, start: int, end: int) -> None:
        self.words.append((word, start, end))
        if word.role == "scale":
            self.total += (self.group or 1) * word.value
            self.group, self.magnitude, self.last_scale = 0, 4, word.value
            return
        if word.value == 100 and 0 < self.group < 10:
            self.group *= 100
        else:
            self.group += word.value
        self.magnitude = 0 if word.value == HALF else _magnitude(word.value)
        self.ordinal = word.role == "ordinal"

    @property
    def value(self) -> float:
        return self.total + self.group


def _is_idiom(text: str, start: int, end: int) -> bool:
    tails = _IDIOM_TAILS.get(text[start:end].lower())
    if not tails:
        return False
    following = text[end : end + 24].lower()
    return any(tail.match(following) for tail in tails)


def _in_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated word ("во-первых", "бір-бірімен", "двух-трех")."""
    before = text[start - 2 : start] if start >= 2 else ""
    after = text[end : end + 2]
    return bool(re.fullmatch(rf"{LETTER}-", before) or re.fullmatch(rf"-{LETTER}", after))


# Words that make a scale word after them vague: "жүздеген мың" (hundreds of thousands),
# "ондаған мың", "бірнеше миллион", "несколько тысяч", "сотни тысяч", "десятки миллионов".
_VAGUE_BEFORE = re.compile(
    rf"(?<!{LETTER})(?:{LETTER}+(?:даған|деген|таған|теген)|бірнеше|несколько|нескольких|"
    rf"нескольким|сотни|сотен|сотнями|десятки|десятков|десятками){SPACE}+$",
    re.IGNORECASE,
)


def _vague_before(text: str, start: int) -> bool:
    return bool(_VAGUE_BEFORE.search(text, max(0, start - 24), start))


def read_word_numbers(text: str, lang: str | None = None) -> list[NumberToken]:
    """Numbers written as words, adjacent words combined: "двадцать пять" = 25,
    "две тысячи шестнадцать" = 2016, "жиырма бес" = 25, "четвертого" (ordinal 4)."""
    lang = lang or guess_language(text)
    tokens: list[NumberToken] = []
    run = _Run([])

    def flush() -> None:
        nonlocal run
        if run.words:
            tokens.append(_word_token(text, run))
        run = _Run([])

    for match in _NUMBER_WORD.finditer(text):
        start, end = match.span()
        lower = match.group(0).lower()
        word = _lookup(lower, lang)
        if word is None and run.words and lower in SCALE_AFTER_NUMBER:
            word = Word(SCALE_AFTER_NUMBER[lower], "scale")  # "две тысячи"
        if word is not None and word.role == "scale" and _vague_before(text, start):
            word = None  # "жүздеген мың", "несколько тысяч": no number stated
        if word is None or _in_compound(text, start, end) or _is_idiom(text, start, end):
            if run.words:
                flush()
            continue
        contiguous = run.words and not text[run.words[-1][2] : start].strip()
        if not (contiguous and run.accepts(word)):
            flush()
            if tokens and start < tokens[-1].end:
                continue  # the scale of "два с половиной миллиона", read with its number
        run.add(word, start, end)
    flush()
    return tokens


# Russian "два с половиной миллиона" (two and a half million): a half after a cardinal word.
_AND_A_HALF = re.compile(rf"{SPACE}+с{SPACE}+половиной(?!{LETTER})", re.IGNORECASE)


def _word_token(text: str, run: _Run) -> NumberToken:
    start, number_end = run.words[0][1], run.words[-1][2]
    half = None if run.ordinal else _AND_A_HALF.match(text, number_end)
    if half:
        number_end = half.end()
    factor, end = (1, number_end) if run.ordinal else _scale_after(text, number_end)
    sign, end = (None, end) if run.ordinal else _sign_after(text, end)
    last = text[run.words[-1][1] : number_end].lower()
    return NumberToken(
        (run.value + (HALF if half else 0)) * factor,
        start,
        end,
        text[start:end],
        percent=sign == "percent",
        from_words=True,
        ordinal=run.ordinal,
        per_mille=sign == "per_mille",
        scale=factor,
        approximate=last.endswith(_APPROXIMATE_ENDINGS),
        number_end=number_end,
    )


def read_numbers(
    text: str, lang: str | None = None, *, ordinals: bool = False
) -> list[NumberToken]:
    """All numbers in `text`, digits and words, in reading order.

    Ordinal words ("четвертого", "бірінші") state no quantity and are left out unless
    `ordinals` is true. A word inside a digit number's span (the scale in "3,5 миллиона")
    is not read again.
    """
    digits = read_digit_numbers(text)
    words = read_word_numbers(text, lang)
    if not ordinals:
        words = [w for w in words if not w.ordinal]
    if digits and words:
        starts = [t.start for t in digits]
        kept = []
        for word in words:
            i = bisect.bisect_right(starts, word.start) - 1
            if i < 0 or digits[i].end <= word.start:
                kept.append(word)
        words = kept
    return sorted(digits + words, key=lambda t: t.start)

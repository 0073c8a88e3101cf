"""Property tests of the number reader: whatever way kk/ru texts write a number, it reads
back to its value."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from finder.numbers import read_numbers

SEPARATORS = [" ", "\u00a0", "\u202f", ""]
SCALES = [
    ("", 1),
    ("тыс.", 1000),
    ("тысяч", 1000),
    ("тысячи", 1000),
    ("мың", 1000),
    ("мыңнан", 1000),
    ("млн", 10**6),
    ("миллиона", 10**6),
    ("миллионы", 10**6),
    ("миллионға", 10**6),
    ("млрд", 10**9),
    ("миллиарда", 10**9),
]
BEFORE = ["", "Всего ", "Барлығы ", "около ", "шамамен ", "В 2016 году было ", "(", "— "]
AFTER = ["", " детей", " бала", ".", ", а", " адамнан астам", ")"]


def grouped(number: int, separator: str) -> str:
    digits = str(number)
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(groups)


@st.composite
def written_numbers(draw):
    integer = draw(st.integers(min_value=0, max_value=10**12))
    separator = draw(st.sampled_from(SEPARATORS))
    fraction = draw(st.one_of(st.none(), st.from_regex(r"\A[0-9]{1,3}\Z")))
    point = draw(st.sampled_from([",", "."]))
    scale, factor = draw(st.sampled_from(SCALES))
    written = grouped(integer, separator)
    value = Decimal(integer)
    if fraction is not None:
        written += point + fraction
        value = Decimal(f"{integer}.{fraction}")
        if point == "." and len(fraction) == 3 and 0 < integer < 1000 and not scale:
            value = Decimal(integer * 1000 + int(fraction))  # "98.540": thousands (finder.md)
    if scale:
        written += draw(st.sampled_from(["", " ", "\u00a0"])) + scale
    return written, float(value * factor)


@given(
    written_numbers(),
    st.sampled_from(BEFORE),
    st.sampled_from(AFTER),
    st.sampled_from(["kk", "ru"]),
)
@example(("398,6 мың", 398600.0), "", "", "kk")
@example(("5\u202f460\u202f449", 5460449.0), "Қазақстанда ", " бала", "kk")
def test_any_written_number_reads_back_to_its_value(written, before, after, lang):
    text, value = written
    tokens = read_numbers(before + text + after, lang)
    digits = [t for t in tokens if not t.from_words]
    assert len(digits) == (2 if "2016" in before else 1)
    token = digits[-1]
    assert token.value == value
    # "5 млн." at a sentence end: the stop may be read as the abbreviation's own dot.
    assert token.raw == text or (after.startswith(".") and token.raw == text + ".")


@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(SEPARATORS[:3]),
    st.sampled_from(["%", "%-ға", "%-ы", " %", " процента", " процентов", " пайызы", " пайыз"]),
)
def test_a_percent_reads_back_with_its_sign(number, separator, sign):
    tokens = read_numbers(f"на {grouped(number, separator)}{sign} больше", "ru")
    assert [(t.value, t.percent) for t in tokens] == [(number, True)]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_a_decimal_comma_then_a_space_before_a_scale_word(integer, tenth):
    # "387, 9 тысячи": a typist's space after the comma, before a scale word.
    (token,) = read_numbers(f"{integer}, {tenth} тысячи", "ru")
    assert token.value == float(Decimal(f"{integer}.{tenth}") * 1000)


KK_UNITS = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]


def kazakh(number: int) -> str:
    """Kazakh words for 1..999999: "бес жүз жиырма бес мың он екі"."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands:
        words += [*kazakh_below_1000(thousands), "мың"]
    return " ".join(words + kazakh_below_1000(rest))


def kazakh_below_1000(number: int) -> list[str]:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words += ([KK_UNITS[hundreds]] if hundreds > 1 else []) + ["жүз"]
    return [w for w in (*words, KK_TENS[rest // 10], KK_UNITS[rest % 10]) if w]


RU_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
RU_TENS = [
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
]
RU_HUNDREDS = [
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
]


def russian_below_1000(number: int, feminine: bool = False) -> list[str]:
    hundreds, rest = divmod(number, 100)
    words = [RU_HUNDREDS[hundreds]]
    if 10 <= rest < 20:
        return [w for w in (*words, RU_TEENS[rest - 10]) if w]
    unit = RU_UNITS[rest % 10]
    if feminine:
        unit = {"один": "одна", "два": "две"}.get(unit, unit)
    return [w for w in (*words, RU_TENS[rest // 10], unit) if w]


def russian(number: int) -> str:
    """Russian words for 1..999999, with the agreement of "тысяча"."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands:
        last, teen = thousands % 10, 10 <= thousands % 100 < 20
        noun = "тысяч" if teen or last == 0 or last >= 5 else ("тысяча" if last == 1 else "тысячи")
        words += [*russian_below_1000(thousands, feminine=True), noun]
    return " ".join(words + russian_below_1000(rest))


@given(st.integers(min_value=1, max_value=999_999))
@example(25)
@example(2016)
@example(500_000)
def test_kazakh_number_words_read_back(number):
    words = kazakh(number)
    tokens = read_numbers(f"Биыл {words} бала туды", "kk")
    assert [t.value for t in tokens] == [number], words


@given(st.integers(min_value=1, max_value=999_999))
@example(7)
@example(2016)
@example(101_000)
def test_russian_number_words_read_back(number):
    words = russian(number)
    tokens = read_numbers(f"Всего {words} детей", "ru")
    assert [t.value for t in tokens] == [number], words

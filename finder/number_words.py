"""Number words of Russian and Kazakh, one table per language, every form spelled out.

Each table maps a word form (lower case) to a `Word`: its value and what it is
(a cardinal, an ordinal or a scale). Russian forms are listed as written; Kazakh
forms are generated from the stem by the case suffixes and vowel harmony.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["cardinal", "ordinal", "scale"]


@dataclass(frozen=True)
class Word:
    value: float
    role: Role


# --- Russian ---------------------------------------------------------------------------

_RU_CARDINALS: dict[float, str] = {
    1: "один одна одно одного одной одному одним одном одну",
    1.5: "полтора полторы полутора",
    2: "два две двух двум двумя",
    3: "три трех трёх трем трём тремя",
    4: "четыре четырех четырёх четырем четырём четырьмя",
    # "семью" is left out: it is far more often "family" than "with seven".
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи",
    8: "восемь восьми восемью",
    9: "девять девяти девятью",
    10: "десять десяти десятью",
    40: "сорок сорока",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот трёхсот тремстам тремястами трехстах трёхстах",
    400: "четыреста четырехсот четырёхсот четыремстам четырьмястами четырехстах",
}
for _value, _stem in enumerate(
    (
        "одиннадцат",
        "двенадцат",
        "тринадцат",
        "четырнадцат",
        "пятнадцат",
        "шестнадцат",
        "семнадцат",
        "восемнадцат",
        "девятнадцат",
        "двадцат",
        "тридцат",
    ),
    start=11,
):
    _RU_CARDINALS[_value if _value < 20 else (_value - 18) * 10] = " ".join(
        _stem + end for end in ("ь", "и", "ью")
    )
for _value, (_nom, _obl) in {
    50: ("пятьдесят", "пятидесят"),
    60: ("шестьдесят", "шестидесят"),
    70: ("семьдесят", "семидесят"),
    80: ("восемьдесят", "восьмидесят"),
}.items():
    _RU_CARDINALS[_value] = f"{_nom} {_obl}и {_obl}ью"
for _value, (_nom, _obl) in {
    500: ("пятьсот", "пят"),
    600: ("шестьсот", "шест"),
    700: ("семьсот", "сем"),
    800: ("восемьсот", "восьм"),
    900: ("девятьсот", "девят"),
}.items():
    _RU_CARDINALS[_value] = f"{_nom} {_obl}исот {_obl}истам {_obl}ьюстами {_obl}истах"

_RU_SCALES: dict[int, str] = {
    # Only forms that cannot mean "thousands of" on their own ("тысячи" can, so it
    # is a scale only after a number; see SCALE_AFTER_NUMBER).
    1000: "тысяча тысячу тысячей тысяче",
    10**6: "миллион миллиона миллиону миллионом миллионе",
    10**9: "миллиард миллиарда миллиарду миллиардом миллиарде",
}

RU_ORDINAL_STEMS: dict[int, tuple[str, ...]] = {
    1: ("перв",),
    2: ("втор",),
    4: ("четверт", "четвёрт"),
    5: ("пят",),
    6: ("шест",),
    7: ("седьм",),
    8: ("восьм",),
    9: ("девят",),
    10: ("десят",),
    11: ("одиннадцат",),
    12: ("двенадцат",),
    13: ("тринадцат",),
    14: ("четырнадцат",),
    15: ("пятнадцат",),
    16: ("шестнадцат",),
    17: ("семнадцат",),
    18: ("восемнадцат",),
    19: ("девятнадцат",),
    20: ("двадцат",),
    30: ("тридцат",),
    40: ("сороков",),
    50: ("пятидесят",),
    60: ("шестидесят",),
    70: ("семидесят",),
    80: ("восьмидесят",),
    90: ("девяност",),
    100: ("сот",),
}
# Adjective endings; "-и" is left out so that "пяти" stays a cardinal.
_RU_ORDINAL_ENDINGS = (
    "ый",
    "ой",
    "ий",
    "ая",
    "ое",
    "ого",
    "ому",
    "ым",
    "ом",
    "ую",
    "ые",
    "ых",
    "ыми",
)
_RU_THIRD = "третий третья третье третьего третьему третьим третьем третьей третью третьи третьих"

# --- Kazakh ----------------------------------------------------------------------------

KK_CARDINALS: dict[int, str] = {
    1: "бір",
    2: "екі",
    3: "үш",
    4: "төрт",
    5: "бес",
    6: "алты",
    7: "жеті",
    8: "сегіз",
    9: "тоғыз",
    10: "он",
    20: "жиырма",
    30: "отыз",
    40: "қырық",
    50: "елу",
    60: "алпыс",
    70: "жетпіс",
    80: "сексен",
    90: "тоқсан",
    100: "жүз",
}
HALF = 0.5  # Kazakh "жарым", read after a whole number
_KK_SCALES: dict[int, str] = {1000: "мың", 10**6: "миллион", 10**9: "миллиард"}
# Collective numerals: "екеуі" (the two of them).
_KK_COLLECTIVE: dict[int, str] = {
    2: "екеу",
    3: "үшеу",
    4: "төртеу",
    5: "бесеу",
    6: "алтау",
    7: "жетеу",
}

_BACK_VOWELS = set("аоұы")
_FRONT_VOWELS = set("әеөүіи")
KK_VOWELS = _BACK_VOWELS | _FRONT_VOWELS
_VOICELESS = set("кқпстфхцчшщ")
_NASALS = set("мнң")


def _is_back(stem: str) -> bool:
    for letter in reversed(stem):
        if letter in _BACK_VOWELS:
            return True
        if letter in _FRONT_VOWELS:
            return False
    return True


def kk_case_forms(stem: str) -> list[str]:
    """The stem and its case forms: dative, locative, ablative, genitive, accusative,
    instrumental and the approximative "-дай" (about), by vowel harmony and the last sound."""
    back = _is_back(stem)

    def pick(back_form: str, front_form: str) -> str:
        return back_form if back else front_form

    last = stem[-1]
    if last in _VOICELESS:
        dat, loc, abl = pick("қа", "ке"), pick("та", "те"), pick("тан", "тен")
        gen, acc, ins, approx = pick("тың", "тің"), pick("ты", "ті"), "пен", pick("тай", "тей")
    elif last in _NASALS:
        dat, loc, abl = pick("ға", "ге"), pick("да", "де"), pick("нан", "нен")
        gen, acc, ins, approx = pick("ның", "нің"), pick("ды", "ді"), "мен", pick("дай", "дей")
    elif last in KK_VOWELS:
        dat, loc, abl = pick("ға", "ге"), pick("да", "де"), pick("дан", "ден")
        gen, acc, ins, approx = pick("ның", "нің"), pick("ны", "ні"), "мен", pick("дай", "дей")
    else:  # voiced consonants and у, й
        dat, loc, abl = pick("ға", "ге"), pick("да", "де"), pick("дан", "ден")
        gen, acc = pick("дың", "дің"), pick("ды", "ді")
        ins = "бен" if last in "жз" else "мен"
        approx = pick("дай", "дей")
    return [stem] + [stem + s for s in (dat, loc, abl, gen, acc, ins, approx)]


def kk_ablative(stem: str) -> str:
    """ "үштен" (from three), "оннан": the case a Kazakh fraction's denominator takes."""
    return kk_case_forms(stem)[3]


def kk_possessive_forms(stem: str) -> list[str]:
    """ "екісі" (two of them), "жетісі", "он екісінің", "қырқы": the possessive and its
    cases, as in "17 өңірдің он екісі" (twelve of the seventeen)."""
    back = _is_back(stem)
    if stem == "қырық":
        own = "қырқы"
    elif stem[-1] in KK_VOWELS:
        own = stem + ("сы" if back else "сі")
    else:
        own = stem + ("ы" if back else "і")
    endings = ("н", "ның", "на", "нда", "нан") if back else ("н", "нің", "не", "нде", "нен")
    return [own, *(own + e for e in endings), own + "мен"]


def kk_ordinal(stem: str) -> str:
    """бір -> бірінші, алты -> алтыншы, жиырма -> жиырмасыншы."""
    if stem == "жиырма":
        return "жиырмасыншы"
    if stem == "қырық":
        return "қырқыншы"
    if stem[-1] in KK_VOWELS and stem[-1] != "у":
        return stem + ("ншы" if _is_back(stem) else "нші")
    return stem + ("ыншы" if _is_back(stem) else "інші")


# Forms that the rules make but that the language uses as ordinary words:
# "бірге" together, "бірден" at once, "бірде" once, "онда" there, "ондай" such,
# "оны"/"оның" it/its, "үшін" for.
_KK_NOT_NUMBERS = {"бірге", "бірден", "бірде", "бірдей", "онда", "ондай", "оны", "оның", "үшін"}


def _ru_table() -> dict[str, Word]:
    table: dict[str, Word] = {}
    for value, forms in _RU_CARDINALS.items():
        for form in forms.split():
            table[form] = Word(value, "cardinal")
    for value, forms in _RU_SCALES.items():
        for form in forms.split():
            table[form] = Word(value, "scale")
    for value, stems in RU_ORDINAL_STEMS.items():
        for stem in stems:
            for end in _RU_ORDINAL_ENDINGS:
                table.setdefault(stem + end, Word(value, "ordinal"))
    for form in _RU_THIRD.split():
        table[form] = Word(3, "ordinal")
    return table


def _kk_table() -> dict[str, Word]:
    table: dict[str, Word] = {}
    for value, stem in KK_CARDINALS.items():
        for form in kk_case_forms(stem):
            table[form] = Word(value, "cardinal")
        # Not "бірі" (one of: "елдердің бірі"), "жүзі" (face: "жер жүзінде", in the world) or
        # "тоқсаны" (its quarter of a year).
        if value not in (1, 90, 100):
            for form in kk_possessive_forms(stem):
                table.setdefault(form, Word(value, "cardinal"))
        ordinal = kk_ordinal(stem)
        for form in [*kk_case_forms(ordinal), ordinal + ("сы" if ordinal[-1] == "ы" else "сі")]:
            table[form] = Word(value, "ordinal")
    for value, stem in _KK_COLLECTIVE.items():
        for form in [*kk_case_forms(stem), stem + "і", stem + "ін", stem + "іне", stem + "інде"]:
            table[form] = Word(value, "cardinal")
    for value, stem in _KK_SCALES.items():
        for form in kk_case_forms(stem):
            table[form] = Word(value, "scale")
    for form in kk_case_forms("жарым"):  # a half: "бір жарым" 1.5, "жарым миллион"
        table[form] = Word(HALF, "cardinal")
    for form in _KK_NOT_NUMBERS:
        table.pop(form, None)
    return table


RU_WORDS: dict[str, Word] = _ru_table()
KK_WORDS: dict[str, Word] = _kk_table()
# The possessive numerals ("он екісі", "жетісі"): their noun is the genitive before them
# ("өңірдің он екісі"), not the word after.
KK_POSSESSIVES: frozenset[str] = frozenset(
    form
    for value, stem in KK_CARDINALS.items()
    if value not in (1, 90, 100)
    for form in kk_possessive_forms(stem)
    if form in KK_WORDS
)
TABLES: dict[str, dict[str, Word]] = {"ru": RU_WORDS, "kk": KK_WORDS}

# Forms of one language that are ordinary words in the other: read only in their own.
# Russian "он" (he) is Kazakh "он" (ten).
OWN_LANGUAGE_ONLY: dict[str, set[str]] = {"kk": {"он"}, "ru": set()}

# Scale words after a number ("3,5 миллиона", "398,6 мың", "2,5 млрд", "387, 9 тысячи"):
# every full form, so that "тысячелетия" (millennium) is no scale.
_RU_SCALE_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_ABBREVIATIONS = {"тыс": 1000, "млн": 10**6, "млрд": 10**9, "трлн": 10**12}


def _scale_forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    for stem, value in (("миллион", 10**6), ("миллиард", 10**9), ("триллион", 10**12)):
        forms.update((stem + end, value) for end in _RU_SCALE_ENDINGS)
        forms.update((form, value) for form in kk_case_forms(stem))
    for end in ("а", "и", "у", "ей", "е", "ам", "ами", "ах", ""):
        forms["тысяч" + end] = 1000
    for form in [*kk_case_forms("мың"), "мыңы", "мыңын", "мыңға", "мыңдаған"]:
        forms[form] = 1000
    forms.pop("мыңдаған")  # "thousands of": no exact scale
    for abbr, value in _ABBREVIATIONS.items():
        forms[abbr] = value
        forms[abbr + "."] = value
    return forms


SCALE_AFTER_NUMBER: dict[str, int] = _scale_forms()

# Where a number word does not state a quantity: "одна из которых" (one of which),
# "в первую очередь" (first of all), "бір ауыздан" (unanimously), "бірінші кезекте".
# Word form -> the words that must follow it.
_IDIOM_PAIRS: list[tuple[str, str]] = [
    *((form, "из") for form in _RU_CARDINALS[1].split()),
    ("одно", "и то же"),
    ("одна", "и та же"),
    ("один", "и тот же"),
    ("первую", "очередь"),
    ("первых", "рук"),
    ("бір", "ауыздан"),
    ("бір", "жағынан"),
    ("бір", "мезгілде"),
    ("бір", "сөзбен"),
    ("бірінші", "кезекте"),
]
IDIOMS: dict[str, list[str]] = {}
for _word, _tail in _IDIOM_PAIRS:
    IDIOMS.setdefault(_word, []).append(_tail)


def words_of(text: str) -> frozenset[str]:
    """The white-space separated words of a table written as text."""
    return frozenset(text.split())


def table_for(lang: str) -> dict[str, Word]:
    return TABLES[lang]

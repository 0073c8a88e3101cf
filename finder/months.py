"""Month names of Russian and Kazakh in all their case forms, and their numbers."""

from __future__ import annotations

from finder.number_words import kk_case_forms

_RU_SOFT = {  # stem + ь я е ю ем ём
    1: "январ",
    2: "феврал",
    4: "апрел",
    6: "июн",
    7: "июл",
    9: "сентябр",
    10: "октябр",
    11: "ноябр",
    12: "декабр",
}
_RU_HARD = {3: "март", 8: "август"}  # stem + "" а е у ом
_RU_ABBREVIATIONS = {
    1: ("янв.",),
    2: ("фев.", "февр."),
    4: ("апр.",),
    8: ("авг.",),
    9: ("сен.", "сент."),
    10: ("окт.",),
    11: ("нояб.",),
    12: ("дек.",),
}
_KK = {
    1: "қаңтар",
    2: "ақпан",
    3: "наурыз",
    4: "сәуір",
    5: "мамыр",
    6: "маусым",
    7: "шілде",
    8: "тамыз",
    9: "қыркүйек",
    10: "қазан",
    11: "қараша",
    12: "желтоқсан",
}
_VOWELS = set("аәеоөұүыіиу")


def _kk_possessive(stem: str) -> str:
    """қараша -> қарашасы, ақпан -> ақпаны, қыркүйек -> қыркүйегі (к voiced before a vowel)."""
    back = any(ch in "аоұы" for ch in stem[-3:]) and not any(ch in "әеөүі" for ch in stem[-2:])
    if stem[-1] in _VOWELS:
        return stem + ("сы" if back else "сі")
    base = stem[:-1] + {"к": "г", "қ": "ғ"}.get(stem[-1], stem[-1])
    return base + ("ы" if back else "і")


def _kk_forms(stem: str) -> list[str]:
    possessive = _kk_possessive(stem)
    front = possessive.endswith("і")
    endings = (
        ("н", "нда", "на", "нан", "ның", "ндағы")
        if not front
        else (
            "н",
            "нде",
            "не",
            "нен",
            "нің",
            "ндегі",
        )
    )
    locative = kk_case_forms(stem)[2]
    attributive = locative + ("ғы" if not front else "гі")
    return [*kk_case_forms(stem), possessive, attributive] + [possessive + e for e in endings]


def _month_forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    for month, stem in _RU_SOFT.items():
        forms.update((stem + end, month) for end in ("ь", "я", "е", "ю", "ем", "ём"))
    for month, stem in _RU_HARD.items():
        forms.update((stem + end, month) for end in ("", "а", "е", "у", "ом"))
    forms.update((form, 5) for form in ("май", "мая", "мае", "маю", "маем"))
    for month, abbreviations in _RU_ABBREVIATIONS.items():
        forms.update((form, month) for form in abbreviations)
    for month, stem in _KK.items():
        forms.update((form, month) for form in _kk_forms(stem))
    return forms


MONTHS: dict[str, int] = _month_forms()


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower())

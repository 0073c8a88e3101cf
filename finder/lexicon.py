"""Words that state a qualifier or a direction of change, in Kazakh and Russian.

Stems are matched case-insensitively at the start of a word.
"""

from __future__ import annotations

import re

QUALIFIER_STEMS: dict[str, tuple[str, ...]] = {
    "about": (
        "около",
        "порядка",
        "примерно",
        "приблизительно",
        "ориентировочно",
        "почти",
        "шамамен",
        "шамасы",
        "жуық",
        "шақты",
        "таяу",
        "жуығы",
        "жуығын",
    ),
    "more_than": (
        "более",
        "свыше",
        "превыс",
        "превыш",
        "больше",
        "боле",
        "не менее",
        "не меньше",
        "как минимум",
        "по меньшей мере",
        "с лишним",
        "с небольшим",
        "астам",
        "артық",
        "аса",
        "асты",
        "асып",
        "асқан",
        "көп",
        "көбірек",
        "кемінде",
        "ең кемі",
        "кем дегенде",
        "кем емес",
        "и старше",
        "и выше",
        "одан да жоғары",
        "одан жоғары",
        "одан үлкен",
    ),
    "less_than": (
        "не превыш",
        "не превыс",
        "не должна превыш",
        "не должно превыш",
        "не должен превыш",
        "не должны превыш",
        "не может превыш",
        "не могут превыш",
        "и младше",
        "и ниже",
        "одан кіші",
        "толғанша",
        "менее",
        "меньше",
        "не более",
        "не больше",
        "не свыше",
        "до",
        "кем",
        "аз",
        "аспайды",
        "аспайтын",
        "дейін",
    ),
}

DECREASE_STEMS = (
    "снижен",
    "снизил",
    "сниз",
    "сократил",
    "сокращен",
    "уменьш",
    "падени",
    "упал",
    "азай",
    "төменде",
    "қысқар",
    "кеміді",
    "кему",
    "кеми",
)
INCREASE_STEMS = (
    "рост",
    "вырос",
    "возрос",
    "увеличен",
    "увеличил",
    "повышен",
    "повысил",
    "прирост",
    "өсті",
    "өсу",
    "өскен",
    "артты",
    "артқан",
    "артып",
    "ұлғай",
    "көбей",
)


def _stem_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.I)


_DECREASE = _stem_pattern(DECREASE_STEMS)
_INCREASE = _stem_pattern(INCREASE_STEMS)


def _has_stem(text: str, stems: tuple[str, ...] | re.Pattern[str]) -> bool:
    pattern = stems if isinstance(stems, re.Pattern) else _stem_pattern(stems)
    return pattern.search(text) is not None


def states_qualifier(text: str, qualifier: str) -> bool:
    return qualifier == "exact" or _has_stem(text, QUALIFIER_STEMS[qualifier])


def stated_direction(text: str) -> int:
    """-1 when the words say a fall, +1 a rise, 0 when they say neither (or both)."""
    down, up = _has_stem(text, _DECREASE), _has_stem(text, _INCREASE)
    return -1 if down and not up else 1 if up and not down else 0


# Where the finder looks for a qualifier: words right before the number ("более 1300",
# "шамамен 1000") or right after it or its noun ("1000-нан астам", "30 стран и более").
# Every phrase here is also covered by QUALIFIER_STEMS, so a figure the finder qualifies
# passes the build's qualifier check (tests/loaders/test_text_and_lexicon.py).
QUALIFIER_BEFORE: dict[str, tuple[str, ...]] = {
    "about": (
        "около",
        "порядка",
        "примерно",
        "приблизительно",
        "ориентировочно",
        "почти",
        "шамамен",
        "шамасы",
    ),
    "more_than": (
        "более чем",
        "более",
        "свыше",
        "больше чем",
        "больше",
        "не менее чем",
        "не менее",
        "не меньше",
        "как минимум",
        "по меньшей мере",
        "кемінде",
        "ең кемі",
        "кем дегенде",
        "превысило",
        "превысила",
        "превысил",
        "превысили",
        "превышает",
        "превышают",
    ),
    "less_than": (
        "менее чем",
        "менее",
        "меньше",
        "не более",
        "не больше",
        "не свыше",
        "до",
        # "не превышает 25": at most 25, the reverse of "превышает"
        "не превышает",
        "не превышают",
        "не превышала",
        "не превышало",
        "не превысит",
        "не должна превышать",
        "не должно превышать",
        "не должен превышать",
        "не должны превышать",
        "не может превышать",
        "не могут превышать",
    ),
}
QUALIFIER_AFTER: dict[str, tuple[str, ...]] = {
    "more_than": (
        "с лишним",
        "с небольшим",
        "и более",
        "и больше",
        "и старше",
        "и выше",
        "және одан да көп",
        "және одан көп",
        "және одан да астам",
        "және одан астам",
        "және одан да жоғары",
        "және одан жоғары",
        "және одан үлкен",
        "кем емес",
        "астам",
        "астамы",
        "артық",
        "аса",
        "асатын",
        "асқан",
        "асты",
        "асып",
        "көбірек",
        "көп",
    ),
    "about": ("жуық", "жуығы", "жуығын", "жуықтады", "шамасында", "шамасы", "шақты", "таяу"),
    "less_than": (
        "и менее",
        "и меньше",
        "и младше",
        "и ниже",
        "және одан аз",
        "және одан да аз",
        "және одан кіші",
        "кем",
        "аз",
        "аспайтын",
        "аспайды",
        "дейін",
        "дейінгі",
        "толғанға дейін",
        "толғанша",
    ),
}


def words_of_phrases(phrases_by_qualifier: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """Every word of the qualifier phrases: "более чем" gives "более" and "чем"."""
    return frozenset(
        word for phrases in phrases_by_qualifier.values() for p in phrases for word in p.split()
    )

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
        "почти",
        "шамамен",
        "шамасында",
        "жуық",
        "шақты",
        "таяу",
    ),
    "more_than": ("более", "свыше", "больше", "боле", "астам", "артық", "асты", "асқан", "көп"),
    "less_than": ("менее", "меньше", "не более", "до", "кем", "аз", "аспайды"),
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


def _has_stem(text: str, stems: tuple[str, ...]) -> bool:
    pattern = r"(?<![\w])(?:" + "|".join(re.escape(s) for s in stems) + ")"
    return re.search(pattern, text, re.IGNORECASE) is not None


def states_qualifier(text: str, qualifier: str) -> bool:
    return qualifier == "exact" or _has_stem(text, QUALIFIER_STEMS[qualifier])


def stated_direction(text: str) -> int:
    """-1 when the words say a fall, +1 a rise, 0 when they say neither (or both)."""
    down, up = _has_stem(text, DECREASE_STEMS), _has_stem(text, INCREASE_STEMS)
    return -1 if down and not up else 1 if up and not down else 0

"""The noun a number counts: the word after it, past adjectives ("трех основных
направлениях") and a Kazakh qualifier ("1000-нан астам адам")."""

from __future__ import annotations

import re

from finder.lexicon import QUALIFIER_AFTER, words_of_phrases
from finder.number_words import words_of
from finder.numbers import word_value
from finder.vocabulary import CASE_ENDING, STOP_WORDS, is_adjective
from finder.words import next_word

_QUALIFIER_WORDS = words_of_phrases(QUALIFIER_AFTER)
# Verbs and copulas that follow a number as often as a noun does, and comparatives ("на
# 1000 меньше").
_NOT_NOUNS = words_of(
    """
    больше меньше выше ниже
    составило составил составила составили составляет составляют достигло достиг достигла было
    были был была стало стал стала является являются есть құрады құрайды болды болады болған
    жетті жетеді артты азайды өсті кеміді
    """
)


# Russian reflexive verbs by their ending ("касались", "увеличилось", "проводится"), and the
# Kazakh converbs of a change ("15,2 мыңға артып, ..."; by the word: "сынып" ends alike).
# The endings are a verb's: "учащихся", "нуждающихся" (participles, counted) are not verbs.
_RU_REFLEXIVE_VERB = re.compile(
    r".{2,}(?:ется|ются|ится|ятся|ается|лся|лась|лось|лись|ться|тись)", re.IGNORECASE
)
_KK_CONVERBS = words_of(
    "артып өсіп азайып кеміп көбейіп төмендеп қысқарып ұлғайып жоғарылап жетіп құрап түсіп "
    "болып қалып"
)
_SENTENCE_END = re.compile(r"\s*[.!?…]")
_KK_FINITE_VERB = re.compile(r".{2,}(?:ды|ді|ты|ті|ады|еді|йды|йді|мыз|міз|ған|ген|қан|кен)$")


def _ends_kazakh_sentence_as_verb(text: str, word: str, end: int, lang: str) -> bool:
    """Kazakh puts the verb last: "200-ге жуық орталығы ашылды." """
    return lang == "kk" and bool(_KK_FINITE_VERB.match(word) and _SENTENCE_END.match(text, end))


def _verb_by_ending(word: str, lang: str) -> bool:
    if lang == "kk":
        return word in _KK_CONVERBS
    return bool(_RU_REFLEXIVE_VERB.fullmatch(word))


def unit_after(text: str, pos: int, lang: str) -> tuple[str, int, int] | None:
    """(word, start, end) of the counted noun right after `pos`, or None.

    Up to two words that look like adjectives are passed over for the noun after them
    ("240 частных детских садов"); the first is the noun itself when nothing noun-like
    follows ("орталығы ашылды")."""
    ending = CASE_ENDING.match(text, pos)  # "1,5 млн-нан астам оқушы": past "-нан"
    cursor, passed_over, adjectives = ending.end() if ending else pos, None, 0
    for _ in range(4):
        found = next_word(text, cursor)
        if found is None:
            return passed_over
        word, _, end = found
        lower = word.lower()
        if lower in _QUALIFIER_WORDS and passed_over is None:
            cursor = end
            continue
        if (
            lower in STOP_WORDS
            or lower in _NOT_NOUNS
            or len(word) < 2
            or _ends_kazakh_sentence_as_verb(text, lower, end, lang)
            or _verb_by_ending(lower, lang)
        ):
            return passed_over
        if word_value(lower, lang) is not None:
            return passed_over  # "первых трех": the next number, not a noun
        if is_adjective(lower, lang) and adjectives < 2:
            passed_over, adjectives = passed_over or found, adjectives + 1
            cursor = end
            continue
        return found
    return passed_over

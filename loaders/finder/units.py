"""The noun a number counts: the word after it, past adjectives ("трех основных
направлениях") and a Kazakh qualifier ("1000-нан астам адам")."""

from __future__ import annotations

from loaders.finder.vocabulary import STOP_WORDS, is_adjective
from loaders.finder.words import next_word
from loaders.lexicon import QUALIFIER_AFTER
from loaders.number_words import words_of
from loaders.numbers import word_value

_QUALIFIER_WORDS = frozenset(
    word for phrases in QUALIFIER_AFTER.values() for phrase in phrases for word in phrase.split()
)
# Verbs and copulas that follow a number as often as a noun does.
_NOT_NOUNS = words_of(
    """
    составило составил составила составили составляет составляют достигло достиг достигла было
    были был была стало стал стала является являются есть құрады құрайды болды болады болған
    жетті жетеді артты азайды өсті кеміді
    """
)


def unit_after(text: str, pos: int, lang: str) -> tuple[str, int, int] | None:
    """(word, start, end) of the counted noun right after `pos`, or None."""
    cursor = pos
    for _ in range(3):
        found = next_word(text, cursor)
        if found is None:
            return None
        word, _, end = found
        lower = word.lower()
        if lower in _QUALIFIER_WORDS:
            cursor = end
            continue
        if lower in STOP_WORDS or lower in _NOT_NOUNS or len(word) < 2:
            return None
        if word_value(lower, lang) is not None:
            return None  # "первых трех": the next number, not a noun
        if is_adjective(lower, lang):
            cursor = end
            continue
        return found
    return None

"""Rates and their bases: "8,4 умерших на 1000 человек населения", "на 100 мальчиков
приходится 94 девочки", "1000 тұрғынға шаққанда 14,2", "100 мың балаға 12 жағдай".

A base is a number of 100, 1 000, 10 000, 100 000 or 1 000 000 (in digits, with a scale
word or in words) that says per how many something is counted:

- Russian "на [каждые] N" followed by a population noun ("человек", "населения",
  "детей", "родившихся"..., past adjectives: "детского населения"); a comparison or
  change word right before "на" makes N a difference instead ("выросло на 1000 человек");
- Kazakh "N <noun in the dative> шаққанда / есептегенде" (any noun), or "N <population
  noun in the dative>" ("1000 адамға", "100 мың балаға");
- "на N" or "per N" with no noun, when the rate stands right before it ("21 на 1000").

A base is a base only when it qualifies another number of its clause, a count (or a
per mille): the rate. The rate stands before it ("8,4 умерших на 1000 человек", up to
three words between, none a preposition) or after it ("на 100 мальчиков приходится 94
девочки", "1000 адамға 19,8"). A base with no such number ("школа на 100 детей",
"100 адамға арналған") stays the number it is. The base is never a mention of its own: it
is the rate's unit, and the rate's mention spans both numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from finder import vocabulary as v
from finder.kinds import Kind
from finder.lexicon import QUALIFIER_AFTER, QUALIFIER_BEFORE, stated_direction, words_of_phrases
from finder.numbers import LETTER, SPACE, NumberToken
from finder.words import next_word, previous_word

BASE_VALUES = frozenset({100, 1000, 10_000, 100_000, 1_000_000})
RATE_PARTNER_KINDS = frozenset({"count", "rate"})

_RU_PREFIX = re.compile(
    rf"(?<!{LETTER})(?:на|per)(?:{SPACE}+(?:кажд(?:ые|ую|ый|ое|ых)|every))?{SPACE}+$",
    re.IGNORECASE,
)
# The ages a population noun may take: "детей в возрасте до 5 лет", "детей 0–14 лет".
_RU_AGE = re.compile(
    rf"{SPACE}+(?:в{SPACE}+возрасте{SPACE}+)?(?:(?:от|до){SPACE}+)?\d{{1,2}}"
    rf"(?:{SPACE}*[-–—]{SPACE}*\d{{1,2}}|{SPACE}+до{SPACE}+\d{{1,2}})?{SPACE}+(?:лет|года?)"
    rf"(?!{LETTER})",
    re.IGNORECASE,
)
_KK_EVERY = re.compile(rf"(?<!{LETTER})(?:әрбір|әр){SPACE}+$", re.IGNORECASE)
_KK_HYPHEN_DATIVE = re.compile(rf"[-‑]{v.KK_DATIVE_ENDING}(?!{LETTER})", re.IGNORECASE)
_WORD = re.compile(rf"{LETTER}+")
# What no gap between a rate and its base may hold: the end of a clause or a quote.
_GAP_BREAK = re.compile(r"[.,;:!?…\n\"«»)\]\d]")
_QUALIFIER_WORDS = words_of_phrases(QUALIFIER_BEFORE)
# Words after a Kazakh dative that make it a bound or a difference ("1000 адамға жуық").
_KK_BOUND_WORDS = words_of_phrases(QUALIFIER_AFTER)
_MAX_GAP_WORDS = 3


@dataclass(frozen=True)
class RateBase:
    """The base phrase [start, end) ("на 1000 человек населения"), its number's span and
    how it may pair: `noun` when it names who it counts (or a Kazakh "шаққанда")."""

    start: int
    end: int
    number_start: int
    number_end: int
    noun: bool
    kazakh: bool = False
    per_word: bool = False

    def unit(self, text: str) -> str:
        """The base as written, white space folded: "на 1000 человек", "1000 адамға"."""
        unit = " ".join(text[self.start : self.end].split())
        return unit[:1].lower() + unit[1:]


@dataclass(frozen=True)
class Rates:
    """The paired bases of a text, by the start of their rate's number, and the starts of
    the numbers inside them (no mentions of their own: their rate's mention holds them)."""

    base_for_rate: dict[int, RateBase]
    base_numbers: frozenset[int]

    def base_of(self, token: NumberToken) -> RateBase | None:
        return self.base_for_rate.get(token.start)

    def is_base(self, token: NumberToken) -> bool:
        return token.start in self.base_numbers


def find_rates(
    text: str,
    tokens: Sequence[NumberToken],
    kind_of: Callable[[NumberToken], Kind],
    blocked: Sequence[tuple[int, int]] = (),
) -> Rates:
    """Pair each base of `tokens` (in reading order, dates left out) with its rate.

    `kind_of(token)` is the token's Kind; `blocked` spans (dates, telephone numbers) may
    not stand between a rate and its base."""
    pairs: dict[int, RateBase] = {}
    used: set[int] = set()
    for i, token in enumerate(tokens):
        base = base_phrase(token, text) if i not in used else None
        if base is None:
            continue
        after = next((j for j in range(i + 1, len(tokens)) if tokens[j].start >= base.end), None)
        partner = _partner(text, tokens, (i, after), base, kind_of, blocked, used)
        if partner is not None:
            used.update(range(i, after or len(tokens)), (partner,))
            pairs[tokens[partner].start] = base
    inside = frozenset(
        t.start for t in tokens for b in pairs.values() if b.number_start <= t.start < b.end
    )
    return Rates(pairs, inside)


def base_phrase(token: NumberToken, text: str) -> RateBase | None:
    """The base phrase whose number `token` is, or None."""
    if token.percent or token.per_mille or token.ordinal or token.value not in BASE_VALUES:
        return None
    prefix = _RU_PREFIX.search(text, max(0, token.start - 24), token.start)
    if prefix:
        return _ru_base(token, text, prefix.start())
    return _kk_base(token, text)


def _ru_base(token: NumberToken, text: str, start: int) -> RateBase | None:
    end = _population_end(text, token.end)
    before, after = previous_word(text, start), next_word(text, end or token.end)
    if _compares(before) or _compares(after):
        return None  # "выросло на 1000 человек", "на 1000 человек больше": a difference
    if end is None:
        return RateBase(start, token.end, token.start, token.end, noun=False)
    # An age in the phrase ("детей до 5 лет") is part of the base: its number too.
    number_end = end if any(c.isdigit() for c in text[token.end : end]) else token.end
    return RateBase(start, end, token.start, number_end, noun=True)


def _compares(word: tuple[str, int, int] | None) -> bool:
    return word is not None and bool(
        v.RU_COMPARISON.fullmatch(word[0]) or stated_direction(word[0])
    )


def _population_end(text: str, pos: int) -> int | None:
    """End of "человек населения", "детского населения", "детей в возрасте до 5 лет" right
    after `pos`, or None."""
    end, cursor = None, pos
    for _ in range(3):
        found = next_word(text, cursor)
        if found is None:
            break
        word, _, word_end = found
        if v.RU_POPULATION_NOUN.fullmatch(word):
            end = cursor = word_end
        elif end is None and v.is_adjective(word.lower(), "ru"):
            cursor = word_end
        else:
            break
    age = _RU_AGE.match(text, end) if end is not None else None
    return age.end() if age else end


def _kk_base(token: NumberToken, text: str) -> RateBase | None:
    every = _KK_EVERY.search(text, max(0, token.start - 8), token.start)
    start = every.start() if every else token.start
    number_end = token.end
    hyphen = _KK_HYPHEN_DATIVE.match(text, number_end)
    if hyphen:
        number_end = hyphen.end()
    dative = bool(hyphen) or (token.scale != 1 and bool(v.KK_DATIVE.fullmatch(token.raw)))
    words, cursor = [], number_end
    while len(words) < 4 and (found := next_word(text, cursor)):
        words.append(found)
        cursor = found[2]
    for k, (word, _, word_end) in enumerate(words):
        if v.KK_PER_WORD.fullmatch(word):
            nouns_ok = bool(v.KK_DATIVE.fullmatch(words[k - 1][0])) if k else dative
            if not nouns_ok:
                return None
            return RateBase(
                start, word_end, token.start, number_end, noun=True, kazakh=True, per_word=True
            )
    if not dative and words and v.KK_POPULATION_DATIVE.fullmatch(words[0][0]):
        after = words[1][0].lower() if len(words) > 1 else ""
        if after in _KK_BOUND_WORDS or stated_direction(after):
            return None  # "1000 адамға жуық" nearly 1000, "100 мың адамға өсті" grew by
        return RateBase(start, words[0][2], token.start, number_end, noun=True, kazakh=True)
    return None


def _partner(text, tokens, indices, base, kind_of, blocked, used) -> int | None:
    """The index of the rate `base` qualifies: before or after it in its clause.
    `indices` are the base's number and the first number after its phrase."""
    i, after = indices
    left = _left(text, tokens, i, base, kind_of, blocked, used)
    right = _right(text, tokens, after, base, kind_of, blocked, used)
    if right is not None and (
        left is None or base.kazakh or _says_per(text, base.end, tokens[right].start)
    ):
        return right
    return left


def _says_per(text: str, start: int, end: int) -> bool:
    """ "на 100 мальчиков приходится 94 девочки": the verb of a ratio stands between."""
    return any(w.lower().startswith("приход") for w in _WORD.findall(text, start, end))


def _fits(tokens, index: int, kind_of, used: set[int]) -> bool:
    if index < 0 or index >= len(tokens) or index in used:
        return False
    return kind_of(tokens[index]).kind in RATE_PARTNER_KINDS


def _left(text, tokens, i, base, kind_of, blocked, used) -> int | None:
    """ "8,4 умерших на 1000 человек", "14,2 (1000 тұрғынға шаққанда)", "21 на 1000"."""
    if not _fits(tokens, i - 1, kind_of, used) or (base.kazakh and not base.per_word):
        return None
    rate_end = kind_of(tokens[i - 1]).end
    words = _gap_words(text, rate_end, base.start, blocked)
    if words is None:
        return None
    if not base.noun:  # "21 на 1000": only right next to it
        return i - 1 if not text[rate_end : base.start].strip() else None
    limit = 2 if base.kazakh else _MAX_GAP_WORDS
    return i - 1 if len(words) <= limit and not any(map(_blocks, words)) else None


def _right(text, tokens, j, base, kind_of, blocked, used) -> int | None:
    """ "на 100 мальчиков приходится 94 девочки", "1000 адамға 19,8"."""
    if j is None or not base.noun or not _fits(tokens, j, kind_of, used):
        return None
    words = _gap_words(text, base.end, tokens[j].start, blocked)
    if words is None:
        return None
    limit = 2 if base.kazakh and not base.per_word else _MAX_GAP_WORDS
    if len(words) > limit or any(map(_blocks, _without_on_average(words))):
        return None
    if base.kazakh and any(v.KK_VERB_FORM.fullmatch(w) or stated_direction(w) for w in words):
        return None  # "100 адамға арналған 3 мектеп": a school for 100, not a rate
    return j


def _without_on_average(words: list[str]) -> list[str]:
    """ "в среднем" (on average) may stand between a base and its rate."""
    lower = [w.lower() for w in words]
    return [w for n, w in enumerate(lower) if (w, *lower[n + 1 : n + 2]) != ("в", "среднем")]


def _blocks(word: str) -> bool:
    """A preposition or conjunction between a rate and its base joins other things."""
    lower = word.lower()
    return lower in v.STOP_WORDS and lower not in _QUALIFIER_WORDS


def _gap_words(text: str, start: int, end: int, blocked) -> list[str] | None:
    if start > end or _GAP_BREAK.search(text, start, end):
        return None
    if any(s < end and start < e for s, e in blocked):
        return None
    return _WORD.findall(text, start, end)

"""Propose the indicator a quantity measures, from the keyword stems of the registry.

Each indicator's `keywords` (kk and ru stems, indicators/registry.yaml) are looked for
at word starts in the mention's sentence. A keyword found counts

    idf(keyword) x place x closeness

where idf = ln((N + 1) / (df + 1)) over the N indicators' names and definitions (a stem
that many indicators' words share, like "бала", says little; "дүниеге кел" says much),
place is 3 for the counted noun itself, 1 inside the mention's clause (up to , ; : ( ))
and 0.3 elsewhere in the sentence, and closeness = 1 / (1 + 0.1 x words between).
An indicator's score is the sum over its keywords found (each counted once, at its best
place); it is proposed only when one of them is the noun or lies in the clause, and the
score reaches MINIMUM_SCORE. None is proposed when the counted noun is a keyword of only
indicators of another kind ("1 987 преступлений": crimes are measured as a change). Only
indicators whose unit fits the mention can be proposed: a count for a count, a percent
or percent change for a percent; a percent change is preferred when the clause says a
rise or fall ("снижение", "азайды"), a share when it does not.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from finder.lexicon import stated_direction
from finder.number_words import KK_VOWELS
from finder.numbers import LETTER
from finder.text import trie_pattern
from finder.vocabulary import PEOPLE_NOUN
from finder.words import clause
from indicators.load import load_registry
from indicators.registry import Indicator, Unit

# Below this a proposal rests on one common stem a few words away ("бала" in the clause):
# too little to show. One keyword that half the indicators share, next to the number,
# scores about 0.5.
MINIMUM_SCORE = 0.5
UNIT_KINDS_FOR: dict[str, tuple[str, ...]] = {
    "count": ("count",),
    "percent": ("percent", "percent_change"),
    "rate": ("rate",),
    "money": ("money",),
}
_WORD = re.compile(rf"{LETTER}+")
# A number right before a word, as in "30 елден", "500-ден астам адам": that word is its noun.
_NUMBER_BEFORE = re.compile(rf"\d(?:[\d\s,.]*\d)?(?:%?[-‑]{LETTER}+)?\s*$")


def _noun_of_another_number(text: str, pos: int, span: tuple[int, int]) -> bool:
    """Is the keyword at `pos` the noun of a number other than the one at `span`?

    "Конференцияға 30 елден 500-ден астам адам қатысты": "елден" counts the 30, not the 500.
    """
    near = _NUMBER_BEFORE.search(text, max(0, pos - 24), pos)
    return near is not None and not span[0] <= near.start() < span[1]


def _people(text: str, unit_span: tuple[int, int]) -> bool:
    """A counted noun that names people ("человек", "адам", "специалистов") leaves what they
    are counted as to the words around; any other noun that no indicator has among its
    words ("школ", "мест", "случаев") says the count is of something no indicator counts."""
    return bool(PEOPLE_NOUN.fullmatch(text[unit_span[0] : unit_span[1]]))


_SPACE_CHAR = re.compile(r"\s")


@dataclass(frozen=True)
class Suggestion:
    indicator: str
    matched: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class _Keyword:
    text: str
    codes: tuple[str, ...]
    idf: float


# The first letters of the endings a Kazakh word ending in a vowel takes: -лар, -ның, -ға,
# -да, -дан, -мен, -сы, -ң, -м, -й, -ша ("балалар", "баланың", "баласы", "балаша").
_KK_ENDING_AFTER_VOWEL = frozenset("лнғдмсңйш")


def _kk_ending_follows(lowered: str, end: int) -> bool:
    """The word ends at `end`, or goes on with a Kazakh ending (not "бала|бақша")."""
    return (
        end >= len(lowered) or not lowered[end].isalpha() or lowered[end] in _KK_ENDING_AFTER_VOWEL
    )


def _starts_word(haystack: str, pos: int) -> bool:
    return pos == 0 or not haystack[pos - 1].isalpha()


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, pos = [], haystack.find(needle)
    while pos >= 0:
        if _starts_word(haystack, pos):
            found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


class Suggester:
    """Built once from the registry; `suggest` is called for each quantity."""

    def __init__(self, indicators: list[Indicator], units: dict[str, Unit]):
        self.unit_kind = {i.code: units[i.unit].kind for i in indicators if i.unit in units}
        self.counts_people = {
            i.code for i in indicators if i.unit in units and units[i.unit].people
        }
        self.order = {i.code: n for n, i in enumerate(indicators)}
        # Short one-word Kazakh keywords that end in a vowel ("бала"): whole words, which go
        # on only as an ending does, where a compound begins with them ("балабақша"). Longer
        # ones may be stems cut short ("тиіспеушілі|гі").
        self._kk_vowel_final = {
            w.strip().lower()
            for i in indicators
            for w in i.keywords.kk
            if w.strip().isalpha() and len(w.strip()) <= 5 and w.strip()[-1].lower() in KK_VOWELS
        } - {" ".join(w.lower().split()) for i in indicators for w in i.keywords.ru}
        documents = [
            " ".join(
                _SPACE_CHAR.sub(" ", t).lower()
                for lang in ("kk", "ru")
                for t in (i.name.get(lang), i.definition.get(lang))
            )
            for i in indicators
        ]
        codes_of: dict[str, list[str]] = {}
        for ind in indicators:
            for word in [*ind.keywords.kk, *ind.keywords.ru]:
                key = " ".join(word.lower().split())
                if key and ind.code not in codes_of.setdefault(key, []):
                    codes_of[key].append(ind.code)
        n = len(indicators)
        self.keywords = [
            _Keyword(
                key,
                tuple(codes),
                max(
                    0.05,
                    math.log((n + 1) / (sum(bool(_occurrences(d, key)) for d in documents) + 1)),
                ),
            )
            for key, codes in codes_of.items()
        ]
        self._by_first: dict[str, list[_Keyword]] = {}
        for kw in sorted(self.keywords, key=lambda k: -len(k.text)):
            self._by_first.setdefault(kw.text[0], []).append(kw)
        # Zero-width, so that every place a keyword starts is reported, overlaps included.
        self._starts = re.compile(
            rf"(?<!{LETTER})(?=(?:{trie_pattern([kw.text for kw in self.keywords])}))"
        )
        self._cache: tuple[str, tuple[int, int], list[tuple[_Keyword, int]]] | None = None

    def _found_in(self, text: str, sentence: tuple[int, int]) -> list[tuple[_Keyword, int]]:
        # The text itself is kept (not its id, which a new string may reuse).
        if self._cache and self._cache[0] is text and self._cache[1] == sentence:
            return self._cache[2]
        lowered = _SPACE_CHAR.sub(" ", text[sentence[0] : sentence[1]].lower())
        found = []
        for match in self._starts.finditer(lowered):
            pos, taken = match.start(), set()
            # Longest first: "балалар" and "бала" in one word count once for CHILD_POP.
            for kw in self._by_first[lowered[pos]]:
                if not lowered.startswith(kw.text, pos) or taken.intersection(kw.codes):
                    continue
                if kw.text in self._kk_vowel_final and not _kk_ending_follows(
                    lowered, pos + len(kw.text)
                ):
                    continue  # "балабақша" (a kindergarten) is no form of "бала"
                found.append((kw, sentence[0] + pos))
                taken.update(kw.codes)
        self._cache = (text, sentence, found)
        return found

    def suggest(
        self,
        text: str,
        kind: str,
        span: tuple[int, int],
        sentence: tuple[int, int],
        unit_span: tuple[int, int] | None = None,
    ) -> Suggestion | None:
        wanted = UNIT_KINDS_FOR.get(kind)
        if not wanted:
            return None
        left, right = clause(text, span[0], *sentence)
        direction = stated_direction(text[left:right]) if kind == "percent" else 0
        best: dict[str, dict[str, float]] = {}
        anchored: set[str] = set()
        at_unit: set[str] = set()
        for kw, pos in self._found_in(text, sentence):
            if _noun_of_another_number(text, pos, span):
                continue
            end = pos + len(kw.text)
            if unit_span and pos <= unit_span[0] < end + 1 and pos < unit_span[1]:
                if not any(self.unit_kind.get(code) in wanted for code in kw.codes):
                    return None  # "1 987 преступлений": it counts what no such indicator does
                place = 3.0
                at_unit.update(kw.codes)
            elif left <= pos < right:
                place = 1.0
            else:
                place = 0.3
            gap = text[end : span[0]] if end <= span[0] else text[span[1] : pos]
            closeness = 1 / (1 + 0.1 * len(_WORD.findall(gap)))
            weight = kw.idf * place * closeness
            for code in kw.codes:
                if self.unit_kind.get(code) in wanted:
                    if place >= 1.0:
                        anchored.add(code)
                    scores = best.setdefault(code, {})
                    scores[kw.text] = max(scores.get(kw.text, 0.0), weight)
        people = kind == "count" and unit_span is not None and _people(text, unit_span)
        if kind == "count" and unit_span and not at_unit and not people:
            return None  # "312 новых школ в стране": it counts what no indicator counts
        ranked = []
        for code, scores in best.items():
            if code not in anchored:
                continue  # only words outside the clause: too weak to propose
            if people and code not in self.counts_people:
                continue  # "3 млн учащихся в стране": people, not countries
            total = sum(scores.values())
            if kind == "percent":
                change = self.unit_kind[code] == "percent_change"
                total *= 1.0 if change == (direction != 0) else 0.5
            ranked.append((-total, self.order[code], code, scores))
        if not ranked or -min(ranked)[0] < MINIMUM_SCORE:
            return None
        total, _, code, scores = min(ranked)
        return Suggestion(code, tuple(sorted(scores)), round(-total, 3))


def load_suggester(registry_dir: Path) -> Suggester:
    """The suggester for the registry in `registry_dir`; raises BuildFailed on a bad file."""
    units, indicators = load_registry(registry_dir)
    return Suggester(list(indicators.values()), units)

"""Find every numeric mention of a text, in reading order, each occurrence on its own."""

from __future__ import annotations

import dataclasses
import itertools
import re

from finder.dates import DateMention, find_dates
from finder.fractions import find_fractions
from finder.kinds import Kind, classify
from finder.lexicon import QUALIFIER_BEFORE, words_of_phrases
from finder.mention import Mention
from finder.number_words import KK_POSSESSIVES, words_of
from finder.numbers import NumberToken, guess_language, read_numbers
from finder.phones import find_phones
from finder.qualifiers import qualifier
from finder.rates import RateBase, find_rates
from finder.units import unit_after
from finder.vocabulary import GRADE_WORD
from finder.words import previous_word

# Kinds that count a noun (their unit), and kinds that take a qualifier.
_UNIT_KINDS = frozenset({"count", "money", "rate"})
_QUALIFIED_KINDS = frozenset({"count", "percent", "rate", "ratio", "money", "duration"})


def scan(text: str, lang: str | None = None) -> list[Mention]:
    """Every mention, occurrence by occurrence (a repeated paragraph gives each twice)."""
    lang = lang or guess_language(text)
    spans = [(d.start, d.end, d) for d in find_dates(text)]
    spans += [(start, end, _phone(start, end)) for start, end in find_phones(text)]
    spans += [(f.start, f.end, f) for f in find_fractions(text) if not _within(f, spans)]
    tokens = _fold_restatements(text, read_numbers(text, lang, ordinals=True))
    kinds = _Kinds(text, lang)
    rates = find_rates(
        text, _outside(tokens, spans), kinds.of, blocked=[(s, e) for s, e, _ in spans]
    )
    items: list[tuple[int, int, object]] = [(start, 0, item) for start, _, item in spans]
    items += [(t.start, 1, t) for t in tokens]
    items.sort(key=lambda item: (item[0], item[1]))
    mentions: list[Mention] = []
    claimed_to = 0
    for start, order, item in items:
        if start < claimed_to:
            continue
        if order == 0:
            mentions.append(
                Mention(
                    item.start,
                    item.end,
                    text[item.start : item.end],
                    item.kind,
                    item.value,
                    date=item.date,
                    start_date=item.start_date,
                    end_date=item.end_date,
                )
            )
            if item.kind in ("ratio", "percent"):  # a fraction: "более трети", "үштен бірі"
                mentions[-1].qualifier = qualifier(text, item.start, item.end)
            claimed_to = item.end
            continue
        if rates.is_base(item):  # the "1000" of "на 1000 человек": part of its rate
            continue
        mention = _number_mention(text, item, lang, kinds.of(item), rates.base_of(item))
        mentions.append(mention)
        claimed_to = mention.end
    _share_range_kinds(text, mentions)
    return mentions


_OPEN_BRACKET = re.compile(r"[ \u00a0]*\([ \u00a0]*")
_CLOSE_BRACKET = re.compile(r"[ \u00a0]*\)")


def _fold_restatements(text: str, tokens: list[NumberToken]) -> list[NumberToken]:
    """ "100 000 (сто тысяч) тенге", "6 (шести) месяцев": the number in words restates the
    digits; one number, whose span takes in the brackets, so that the word after them is
    its unit or kind."""
    folded: list[NumberToken] = []
    for token in tokens:
        before = folded[-1] if folded else None
        if (
            before is not None
            and token.from_words
            and not before.from_words
            and token.value == before.value
            and _OPEN_BRACKET.fullmatch(text, before.end, token.start)
        ):
            close = _CLOSE_BRACKET.match(text, token.end)
            if close:
                folded[-1] = dataclasses.replace(
                    before, end=close.end(), raw=text[before.start : close.end()]
                )
                continue
        folded.append(token)
    return folded


class _Kinds:
    """The kind of each number token, read once (rates look at their neighbours' kinds)."""

    def __init__(self, text: str, lang: str):
        self._text, self._lang = text, lang
        self._found: dict[int, Kind] = {}

    def of(self, token: NumberToken) -> Kind:
        found = self._found.get(token.start)
        if found is None:
            text, lang = self._text, self._lang
            found = classify(token, text, lang, lambda end: _lower_case_noun_after(text, end, lang))
            self._found[token.start] = found
        return found


def _within(item: DateMention, spans) -> bool:
    """Whether `item` overlaps a span already found (a fraction inside a date is none)."""
    return any(s < item.end and item.start < e for s, e, _ in spans)


def _outside(tokens: list[NumberToken], spans) -> list[NumberToken]:
    """The tokens no date, telephone number or fraction holds."""
    return [t for t in tokens if not any(s <= t.start < e for s, e, _ in spans)]


# "от 3 до 6 лет", "10-15 детей", "3 пен 6 жас": the first number of a range is of the
# kind and counts the noun of the second; "с 5 до 7 тыс." takes its scale word too.
_RANGE_JOIN = re.compile(r"\s*(?:до|по|[-–—]|пен|мен|бен)\s*", re.IGNORECASE)
_SHARED_KINDS = frozenset({"count", "percent", "money", "duration", "rate", "ratio"})


# A Kazakh "from" on the first number: "8,4-тен 7,9 промиллеге дейін" (from 8.4 to 7.9).
_FROM_ENDING = re.compile(r"\d-?(?:тан|тен|дан|ден|нан|нен)$", re.IGNORECASE)


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Whether two numbers are the ends of one range or change ("с 5 до 7", "5–7", "5-тен 7")."""
    if _RANGE_JOIN.fullmatch(text, first.end, second.start):
        return True
    return not text[first.end : second.start].strip() and bool(_FROM_ENDING.search(first.text))


def _share_range_kinds(text: str, mentions: list[Mention]) -> None:
    for first, second in itertools.pairwise(mentions):
        if second.kind not in _SHARED_KINDS or not _joined(text, first, second):
            continue
        if _grades(first, second):
            continue
        if first.kind == "count" and (first.unit is None or second.kind == "ratio"):
            first.kind, first.unit = second.kind, second.unit
        if first.kind == second.kind:
            _share_range_scale(first, second)


def _grades(first: Mention, second: Mention) -> bool:
    """ "1–4 классов", "1-4 сыныптарға": a range of school grades, two ordinals (a count of
    classes, "открыто 50 классов", has no range of small numbers before it)."""
    if first.kind != "count" or second.kind != "count" or second.unit is None:
        return False
    if not GRADE_WORD.fullmatch(second.unit):
        return False
    if not all(m.value == int(m.value) and 1 <= m.value <= 12 for m in (first, second)):
        return False
    if first.value >= second.value:
        return False
    for mention in (first, second):
        mention.kind, mention.unit, mention.unit_span, mention.qualifier = (
            "ordinal",
            None,
            None,
            "exact",
        )
    return True


def _scale(mention: Mention) -> int:
    tokens = read_numbers(mention.text)
    return tokens[0].scale if tokens else 1


def _share_range_scale(first: Mention, second: Mention) -> None:
    """ "с 5 до 7 тыс." is 5 000 to 7 000, but "от 500 до 2 тыс." is 500 to 2 000: the first
    number takes the second's scale when it has none and the two bare numbers are alike
    (within a factor of ten)."""
    scale = _scale(second)
    if scale == 1 or _scale(first) != 1 or not first.value or not second.value:
        return
    if 0.1 <= first.value / (second.value / scale) <= 10:
        first.value = first.value * scale


def _phone(start: int, end: int) -> DateMention:
    """A telephone number, held like a date: a span whose digits belong to it alone."""
    return DateMention(start, end, "identifier")


def _lower_case_noun_after(text: str, pos: int, lang: str) -> bool:
    """A counted noun follows (a capital word after "в 2024" starts a name, not a unit)."""
    found = unit_after(text, pos, lang)
    return found is not None and found[0][:1].islower()


# "341-і", "2 мыңы": a Kazakh possessive on digits, "(of them) 341".
_DIGIT_POSSESSIVE = re.compile(r"(?:[-‑](?:ы|і|сы|сі)|мыңы|мыңын)$", re.IGNORECASE)


_QUALIFIER_BEFORE_WORDS = words_of_phrases(QUALIFIER_BEFORE)
_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.IGNORECASE)
_PRONOUNS = words_of("оның олардың бұның бұлардың соның солардың мұның осының")


def _genitive_before(text: str, start: int) -> tuple[str, int, int] | None:
    """The noun in the genitive before a possessive numeral, past a qualifier ("өтініштің
    шамамен 2 мыңы"): what it counts. None after a pronoun ("оның 341-і")."""
    found = previous_word(text, start)
    if found and found[0].lower() in _QUALIFIER_BEFORE_WORDS:
        found = previous_word(text, found[1])
    if found and _GENITIVE.search(found[0]) and found[0].lower() not in _PRONOUNS:
        return found
    return None


def _refers_back(text: str, kind: Kind) -> bool:
    """A Kazakh possessive numeral counts the noun before it ("өңірдің он екісі", "оның
    341-і"), not the word after it."""
    words = text[kind.start : kind.end].lower().split()
    return bool(words) and (
        words[-1] in KK_POSSESSIVES or bool(_DIGIT_POSSESSIVE.search(words[-1]))
    )


def _number_mention(text: str, token, lang: str, kind: Kind, base: RateBase | None) -> Mention:
    if base is not None:
        return _rate_mention(text, token, lang, kind, base)
    unit, unit_span = kind.unit, kind.unit_span
    unit_end = unit_span[1] if unit_span else None
    if unit is None and kind.kind in _UNIT_KINDS:
        back = _refers_back(text, kind)
        found = _genitive_before(text, kind.start) if back else unit_after(text, kind.end, lang)
        if found:
            unit, unit_span = found[0], (found[1], found[2])
            unit_end = None if back else found[2]
    mention = Mention(
        kind.start,
        kind.end,
        text[kind.start : kind.end],
        kind.kind,
        kind.value,
        unit=unit,
        unit_span=unit_span,
        date=kind.date,
    )
    if kind.kind in _QUALIFIED_KINDS:
        mention.qualifier = qualifier(
            text, kind.start, kind.end, unit_end, approximate=token.approximate
        )
    return mention


def _rate_mention(text: str, token, lang: str, kind: Kind, base: RateBase) -> Mention:
    """A rate and its base, in either order: one mention spanning both numbers, whose unit
    is the base ("8,4 умерших на 1000" per "на 1000 человек населения")."""
    start, end = min(kind.start, base.number_start), max(kind.end, base.number_end)
    own_noun = unit_after(text, kind.end, lang)
    mention = Mention(
        start,
        end,
        text[start:end],
        "rate",
        kind.value,
        unit=base.unit(text),
        unit_span=(base.start, base.end),
    )
    mention.qualifier = qualifier(
        text,
        kind.start,
        kind.end,
        own_noun[2] if own_noun else None,
        approximate=token.approximate,
    )
    return mention

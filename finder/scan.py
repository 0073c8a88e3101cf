"""Find every numeric mention of a text, in reading order, each occurrence on its own."""

from __future__ import annotations

import itertools
import re

from finder.dates import DateMention, find_dates
from finder.kinds import Kind, classify
from finder.mention import Mention
from finder.numbers import guess_language, read_numbers
from finder.phones import find_phones
from finder.qualifiers import qualifier
from finder.rates import kk_rate_bases
from finder.units import unit_after

# Kinds that count a noun (their unit), and kinds that take a qualifier.
_UNIT_KINDS = frozenset({"count", "money", "rate"})
_QUALIFIED_KINDS = frozenset({"count", "percent", "rate", "money", "duration"})


def scan(text: str, lang: str | None = None) -> list[Mention]:
    """Every mention, occurrence by occurrence (a repeated paragraph gives each twice)."""
    lang = lang or guess_language(text)
    items: list[tuple[int, int, object]] = [(d.start, 0, d) for d in find_dates(text)]
    items += [(start, 0, _phone(start, end)) for start, end in find_phones(text)]
    items += [(t.start, 1, t) for t in read_numbers(text, lang, ordinals=True)]
    items.sort(key=lambda item: (item[0], item[1]))
    bases = kk_rate_bases(text)
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
            claimed_to = item.end
            continue
        base = bases.base_at(item.start)
        if base is not None:  # the "1000" of "1000 тұрғынға шаққанда": part of a rate
            bases.pending = base
            claimed_to = base.end
            continue
        mention = _number_mention(text, item, lang, bases.take_pending(item.start))
        mentions.append(mention)
        claimed_to = mention.end
    _share_range_kinds(text, mentions)
    return mentions


# "от 3 до 6 лет", "10-15 детей", "3 пен 6 жас": the first number of a range is of the
# kind and counts the noun of the second; "с 5 до 7 тыс." takes its scale word too.
_RANGE_JOIN = re.compile(r"\s*(?:до|по|[-–—]|пен|мен|бен)\s*", re.IGNORECASE)
_SHARED_KINDS = frozenset({"count", "percent", "money", "duration", "rate"})


def _share_range_kinds(text: str, mentions: list[Mention]) -> None:
    for first, second in itertools.pairwise(mentions):
        if second.kind not in _SHARED_KINDS or not _RANGE_JOIN.fullmatch(
            text, first.end, second.start
        ):
            continue
        if first.kind == "count" and first.unit is None:
            first.kind, first.unit = second.kind, second.unit
        if first.kind == second.kind:
            _share_range_scale(first, second)


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


def _number_mention(text: str, token, lang: str, rate_base) -> Mention:
    kind = classify(token, text, lang, lambda end: _lower_case_noun_after(text, end, lang))
    if rate_base is not None and kind.kind == "count":
        kind = Kind("rate", rate_base.start, kind.end, kind.value, unit=rate_base.noun)
    unit, unit_span = kind.unit, kind.unit_span
    unit_end = unit_span[1] if unit_span else None
    if unit is None and kind.kind in _UNIT_KINDS:
        found = unit_after(text, kind.end, lang)
        if found:
            unit, unit_span, unit_end = found[0], (found[1], found[2]), found[2]
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

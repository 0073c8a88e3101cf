"""Is a number exact, about, more than or less than what it says? Read from the words
right before it ("более 1300", "шамамен 1000", "почти на 30%") or right after it or its
noun ("1000-нан астам", "мың шақты", "30 стран и более"), and from the Kazakh "-дай"
ending ("мыңдай")."""

from __future__ import annotations

import re

from finder.lexicon import QUALIFIER_AFTER, QUALIFIER_BEFORE
from finder.number_words import words_of
from finder.numbers import LETTER, SPACE
from finder.vocabulary import CASE_ENDING
from finder.words import words_before

_PREPOSITION = r"(?:на|в|во|из|с|от|к|по)"


def _group(phrases: tuple[str, ...]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


_BEFORE = re.compile(
    rf"(?<!{LETTER})(?:"
    + "|".join(
        f"(?P<{q}>{_group(tuple(p for p in phrases if p != 'до'))})"
        for q, phrases in QUALIFIER_BEFORE.items()
    )
    + rf")(?:\s+чем)?(?:\s+{_PREPOSITION})?\s*[-–—]?\s*$"
)
_UP_TO = re.compile(rf"(?<!{LETTER})до\s*$")
# "до" ends a range or a change rather than bounding the number: "от 5 до 7", "с 5 до 7",
# "снизилась до 7,9", "сократился на 2,3 п.п. до 5,2%", "рост ... до 6,9 млн".
_CHANGE_STEMS = (
    "снизи|снижа|сниже|сократи|сокраща|сокраще|уменьши|уменьша|уменьше|упа|пони|"
    "увеличи|увелича|увеличе|вырос|выра|возрос|возраста|рост|повыси|повыша|повыше|"
    "дости|довед|довест|дорос|измени|изменя"
)
_RANGE_OR_CHANGE_TO = re.compile(
    # a number after "с": not "с детьми до 3 лет"; "со 120 в 2015 году до 5 680"
    rf"(?:(?<!{LETTER})(?:от|с|со)\s+\S*\d\S*(?:\s+\S+){{0,5}}"
    rf"|(?<!{LETTER})на\s+\S*\d\S*(?:\s+\S+){{0,2}}"
    rf"|(?<!{LETTER})(?:{_CHANGE_STEMS}){LETTER}*(?:\s+\S+){{0,3}})\s+до\s*$"
)
# The same across a comma: "уменьшилось на 21 случай, до 163", "выросла на 2,3 п.п., до 8,1%".
_CHANGE_THEN_COMMA_TO = re.compile(
    rf"(?:(?<!{LETTER})на\s+\S*\d\S*|(?<!{LETTER})(?:{_CHANGE_STEMS}){LETTER}*)"
    rf"(?:\s+[^\s,;:]+){{0,3}}\s*,\s*до\s*$"
)
_AFTER = re.compile(
    r"\s*(?:"
    + "|".join(f"(?P<{q}>{_group(phrases)})" for q, phrases in QUALIFIER_AFTER.items())
    + rf")(?!{LETTER})",
    re.IGNORECASE,
)


def _named(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    return next(name for name, value in match.groupdict().items() if value is not None)


# Kazakh compares with the ablative ("1000-нан астам" more than 1000, "100-ден кем" less
# than 100) and approaches with the dative ("1000-ға жуық" nearly 1000, "15%-ға дейін" up
# to 15%); "8,5 пайызға аз" (fewer by 8.5%) states a difference, not a bound.
_NEEDS_ABLATIVE = words_of("астам артық аса асатын асқан асты асып көбірек көп кем аз")
_NEEDS_DATIVE = words_of("жуық жуығы жуығын жуықтады таяу дейін дейінгі")
_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.IGNORECASE)
_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не)$", re.IGNORECASE)


def _case_fits(text: str, pos: int, phrase: str) -> bool:
    first = phrase.split()[0].lower()
    before = text[max(0, pos - 12) : pos]
    if first in _NEEDS_ABLATIVE:
        return bool(_ABLATIVE.search(before))
    if first in _NEEDS_DATIVE:
        return bool(_DATIVE.search(before))
    return True


def qualifier(
    text: str, start: int, end: int, unit_end: int | None = None, approximate: bool = False
) -> str:
    """exact, about, more_than or less_than for the number spanning [start, end)."""
    before = words_before(text, start)
    found = _named(_BEFORE.search(before))
    if found:
        return found
    if _UP_TO.search(before) and not _ends_a_change(text, start, before):
        return "less_than"
    for pos in (end, unit_end):
        if pos is None:
            continue
        ending = CASE_ENDING.match(text, pos)  # "1,5 млн-нан астам", "2,5 млн-ға жуық"
        pos = ending.end() if ending else pos
        match = _AFTER.match(text, pos)
        if not match or not _case_fits(text, pos, match.group(0).strip()):
            continue
        up_to = match.group(0).strip().lower() in ("дейін", "дейінгі")
        if up_to and _kk_change_to(text, start, match.end()):
            return "exact"
        return _named(match)
    return "about" if approximate else "exact"


def _ends_a_change(text: str, start: int, before: str) -> bool:
    """Whether the "до" before the number ends a range or change rather than bounding it:
    also across a comma or a bracketed aside ("выросло (2023 г. – 1 205) до 1 478")."""
    if _RANGE_OR_CHANGE_TO.search(before):
        return True
    wider = _ASIDE.sub(" ", text[max(0, start - 100) : start].lower())
    wider = wider[_last_sentence_end(wider) :]
    return bool(_CHANGE_THEN_COMMA_TO.search(wider) or _RANGE_OR_CHANGE_TO.search(wider))


_ASIDE = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _last_sentence_end(chunk: str) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(chunk)]
    return ends[-1] if ends else 0


# Kazakh "дейін" that ends a change, not a bound: "7,6%-дан 5,9%-ға дейін қысқарды" (fell
# from 7.6% to 5.9%), "85 пайыздан 97 пайызға дейін өсті": a number in the ablative before,
# or a verb of change right after.
_KK_FROM_NUMBER = re.compile(
    rf"\d%?(?:{SPACE}?{LETTER}*)?-?(?:дан|ден|тан|тен|нан|нен)(?!{LETTER})", re.IGNORECASE
)
_KK_CHANGE_AFTER = re.compile(
    r"\s+(?:өс|арт|көбей|ұлғай|жоғарыла|төменде|азай|қысқар|кеми|кеміді|жет|түс)",
    re.IGNORECASE,
)


def _kk_change_to(text: str, start: int, after: int) -> bool:
    return bool(
        _KK_FROM_NUMBER.search(words_before(text, start)) or _KK_CHANGE_AFTER.match(text, after)
    )

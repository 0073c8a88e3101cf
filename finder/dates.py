"""Dates, date ranges and years written in Russian and Kazakh.

"21 и 22 ноября 2016 г.", "2025 жылғы 20 қараша", "1989 жылғы 20 қарашада",
"В феврале 1992 года", "21-22 қараша", "январь–октябрь", "с января по март",
"2015-2020 годы", "1990-х годах", "20.11.2025", "2016 жылы", and quarters and half-years
as the months they cover ("в I квартале 2025 года", "2024 жылдың бірінші жартыжылдығында").
Dates are ISO 8601 at the
precision the text states; a date without its year is written "--MM-DD" or "--MM"
(ISO 8601:2000), never completed from context.
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass

from finder.months import MONTHS
from finder.numbers import LETTER
from finder.text import trie_pattern

_END = rf"(?!{LETTER})"
_D = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?![\d.,:])"
_Y = r"(?<![\d.,])(?:1[0-9]|20|21)\d\d(?![\d,]|\.\d)"
_M = f"(?:{trie_pattern(MONTHS)})"
_SP = r"[\s\u00a0\u202f]"
_DASH = rf"{_SP}*[-–—]{_SP}*"
_YEAR_WORDS_RU = "годами годам годах годов годы года году годом годе год гг. г."
_YEAR_WORDS_KK = (
    "жылдардағы жылдарында жылдарына жылдарынан жылдардың жылдарда жылдарға жылдардан жылдары "
    "жылдар жылғы жылдың жылына жылында "
    "жылынан жылдан жылға жылмен жылда жылы жыл жж. ж."
)
_YW = f"(?:{trie_pattern((_YEAR_WORDS_RU + ' ' + _YEAR_WORDS_KK).split())})"
_YW_END = rf"(?:{_YW})(?:(?<=\.)|{_END})"
_PLURAL_YW = (
    r"(?:годами|годам|годах|годов|годы|жылдардағы|жылдарында|жылдарына|жылдарынан|жылдардың|"
    r"жылдарда|жылдарға|жылдардан|жылдары|жылдар)"
)
_KK_YEAR_OF = r"(?:жылғы|жылдың|ж\.)"
_OPT_YEAR = rf"(?:{_SP}+(?P<{{name}}>{_Y})(?:{_SP}*-?{_YW_END})?)?"
_DAYS = rf"(?P<days>{_D}(?:{_SP}*(?:[-–—,]|и|және|мен){_SP}*{_D})*)"
_STUDY = r"(?:оқу|учебн[а-я]*)"
# The parts of a year: "квартал", "кв.", "тоқсан" (a quarter), "полугодие", "жартыжылдық",
# "жарты жыл" (a half-year), each in any of its case forms.
_QUARTER = r"(?:квартал[а-я]*|кв\.|тоқсан[а-яәіңғүұқөһ]*)"
_HALF = rf"(?:полугоди[а-я]*|жарты{_SP}?жыл[а-яәіңғүұқөһ]*)"
_PART = rf"(?P<part>{_QUARTER}|{_HALF})"
# Which part: a Roman numeral (Latin or the Kazakh Cyrillic І), an ordinal word, or a digit
# marked as an ordinal ("1-й", "2-м", "1-тоқсан"); a bare digit ("за 1 квартал") only with its
# year, as "4 квартала" without one counts quarters.
_ROMAN = r"(?:IV|I{1,3}|І{1,3}|ІV)"
_ORD_WORD = (
    r"(?:перв[а-я]*|втор[а-я]*|трет[а-я]*|четв[её]рт[а-я]*"
    r"|бірінші|екінші|үшінші|төртінші)"
)
_ORD_MARKED = (
    rf"(?<![\d.,])[1-4](?:-?(?:й|м|го|ом|ый|ой|ого|ші|шы|інші|нші)(?!{LETTER})|-(?={LETTER}))"
)
_WHICH = rf"(?<!{LETTER})(?P<which>(?:{_ROMAN}|{_ORD_WORD})(?!{LETTER})|{_ORD_MARKED})"
_WHICH_BARE = r"(?<![\d.,])(?P<which>[1-4])"
# Or a range of parts: "I–III кварталы", "1-3 тоқсандарында", "І-ІІІ тоқсандарында".
_WHICH_OR_RANGE = (
    rf"(?:(?<![\d.,])(?<!{LETTER})(?P<which1>{_ROMAN}|[1-4]){_SP}*[-–—]{_SP}*"
    rf"(?P<which2>{_ROMAN}|[1-4])(?:-?(?:й|м|го|ом|ші|шы|інші|нші))?(?!{LETTER})|{_WHICH})"
)

_PATTERNS: list[tuple[str, str]] = [
    # 21 ноября – 5 декабря 2016 года
    (
        "day_span",
        rf"(?P<d1>{_D}){_SP}+(?P<m1>{_M}){_END}"
        + _OPT_YEAR.format(name="y1")
        + rf"{_DASH}(?P<d2>{_D}){_SP}+(?P<m2>{_M}){_END}"
        + _OPT_YEAR.format(name="y2"),
    ),
    # с 1 по 10 ноября 2016 года; с 21 ноября по 5 декабря
    (
        "day_span",
        rf"(?<!{LETTER})[сС]{_SP}+(?P<d1>{_D})(?:{_SP}+(?P<m1>{_M}){_END})?{_SP}+по{_SP}+"
        rf"(?P<d2>{_D}){_SP}+(?P<m2>{_M}){_END}" + _OPT_YEAR.format(name="y2"),
    ),
    # 2025 жылғы 20 қараша, 2016 жылдың 21-22 қарашасында
    (
        "days",
        rf"(?P<y>{_Y}){_SP}*-?{_KK_YEAR_OF}{_SP}*{_DAYS}{_SP}+(?P<m>{_M}){_END}",
    ),
    # 2016 жылдың қаңтар-қазан айларында
    (
        "month_span",
        rf"(?P<y>{_Y}){_SP}*-?{_KK_YEAR_OF}{_SP}+(?P<m1>{_M}){_DASH}(?P<m2>{_M}){_END}",
    ),
    # 2016 жылғы қарашада
    ("month", rf"(?P<y>{_Y}){_SP}*-?{_KK_YEAR_OF}{_SP}+(?P<m>{_M}){_END}"),
    # 21 и 22 ноября 2016 г., 20 қарашада, 20 қараша 2025 жыл
    ("days", rf"{_DAYS}{_SP}+(?P<m>{_M}){_END}" + _OPT_YEAR.format(name="y")),
    # январь–октябрь 2016 года, қаңтар-қазан
    (
        "month_span",
        rf"(?<!{LETTER})(?P<m1>{_M}){_DASH}(?P<m2>{_M}){_END}" + _OPT_YEAR.format(name="y"),
    ),
    # с января по март 2016 года
    (
        "month_span",
        rf"(?<!{LETTER})[сС]{_SP}+(?P<m1>{_M}){_SP}+по{_SP}+(?P<m2>{_M}){_END}"
        + _OPT_YEAR.format(name="y"),
    ),
    # қаңтардан қазанға дейін
    (
        "month_span",
        rf"(?<!{LETTER})(?P<m1>{_M}){_SP}+(?P<m2>{_M}){_SP}+дейін{_END}",
    ),
    # В феврале 1992 года, қараша 2016
    ("month", rf"(?<!{LETTER})(?P<m>{_M}){_SP}+(?P<y>{_Y})(?:{_SP}*-?{_YW_END})?"),
    # с 01.06.2024 по 31.08.2024, 01.06–31.08.2024, 2024 жылғы 01.06-31.08: a span of two
    # numeric dates; with no year at all, days and months of two digits each
    (
        "numeric_span",
        rf"(?:(?<!{LETTER})[сС]{_SP}+)?(?<![\d.])(?P<d1>\d{{1,2}})\.(?P<mo1>\d{{2}})"
        rf"(?:\.(?P<y1>\d{{4}})(?:{_SP}*{_YW_END})?)?"
        rf"(?:{_DASH}|{_SP}+по{_SP}+)(?P<d2>\d{{1,2}})\.(?P<mo2>\d{{2}})"
        rf"(?:\.(?P<y2>\d{{4}})(?:{_SP}*{_YW_END})?)?(?![\d.,]\d)",
    ),
    # 20.11.2025, 20.11.2025 ж.
    (
        "numeric",
        rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<mo>\d{{1,2}})\.(?P<y>\d{{4}})(?![\d])"
        rf"(?:{_SP}*{_YW_END})?",
    ),
    # 2025-11-20
    ("numeric", r"(?<![\d-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d])"),
    # 2015-2020 годы, 2016–2017 оқу жылы
    (
        "year_span",
        rf"(?P<y1>{_Y})(?:{_SP}*-?{_YW_END})?(?:{_DASH}|/)(?P<y2>{_Y})"
        rf"(?:{_SP}*-?(?:{_STUDY}{_SP}+)?{_YW_END})",
    ),
    # 2022/23 учебном году, 2022-23 гг., 2024–25 оқу жылында: the second year's last two digits
    (
        "short_year_span",
        rf"(?P<y1>{_Y})(?:{_DASH}|/)(?P<y2>\d\d)(?![\d.,])"
        rf"(?:{_SP}*-?(?:{_STUDY}{_SP}+)?{_YW_END})",
    ),
    # с 2015 по 2020 год
    (
        "year_span",
        rf"(?<!{LETTER})[сС]{_SP}+(?P<y1>{_Y})(?:{_SP}*{_YW_END})?{_SP}+по{_SP}+(?P<y2>{_Y})"
        rf"(?:{_SP}*{_YW_END})?",
    ),
    # 2015 жылдан 2020 жылға дейін
    (
        "year_span",
        rf"(?P<y1>{_Y}){_SP}*-?жылдан{_SP}+(?P<y2>{_Y}){_SP}*-?жылға{_SP}+дейін{_END}",
    ),
    # 1990-х годах, 1990-жылдары
    (
        "decade",
        rf"(?P<y>(?<![\d.,])(?:1[0-9]|20)\d0)(?:-?(?:х|е|ые|ых|ми))?{_SP}*-?{_PLURAL_YW}{_END}",
    ),
    # в 1990-е, с 2000-х: a round year with the ending of a plural, no year word
    ("decade", rf"(?P<y>(?<![\d.,])(?:19|20)\d0)-(?:х|е|ые|ых){_END}"),
    # 90-е годы, в 90-х годах, 90-жылдары: a two-digit decade from 30 to 90 is of the 1900s
    # ("20-е годы" stays unread: the 1920s or the 2020s)
    ("short_decade", rf"(?P<y>(?<![\d.,])[3-9]0)-(?:х|е|ые|ых)?{_SP}*{_PLURAL_YW}{_END}"),
    # 2025 жылдың І тоқсанында, 2024 жылғы бірінші жартыжылдықта, 2025 жылдың 1-тоқсанында
    (
        "year_part",
        rf"(?P<y>{_Y}){_SP}*-?{_KK_YEAR_OF}{_SP}+{_WHICH_OR_RANGE}{_SP}*{_PART}(?:(?<=\.)|{_END})",
    ),
    # в I квартале 2025 года, за первое полугодие 2024 г., во 2-м квартале, бірінші тоқсанда
    (
        "year_part",
        rf"{_WHICH_OR_RANGE}{_SP}*{_PART}(?:(?<=\.)|{_END})" + _OPT_YEAR.format(name="y"),
    ),
    # за 1 квартал 2025 года (a bare digit: only with its year)
    (
        "year_part",
        rf"{_WHICH_BARE}{_SP}+{_PART}(?:(?<=\.)|{_END}){_SP}+(?P<y>{_Y})(?:{_SP}*-?{_YW_END})?",
    ),
    # 2016 года, 2016 жылы, 2016-жылы, 2016 г., в 2016-м году, 2016-го года
    # "2024 году", "в 2016-м году", "2024-ші жылы" (a year written as an ordinal)
    ("year", rf"(?P<y>{_Y})(?:-(?:м|й|го|ом|му|ші|шы|інші|ыншы))?{_SP}*-?{_YW_END}"),
]

# The months of each part of a year, by the part's number.
_PART_MONTHS = {"quarter": [(1, 3), (4, 6), (7, 9), (10, 12)], "half": [(1, 6), (7, 12)]}
_ORDINAL_WORDS = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четв": 4,
    "бірінші": 1,
    "екінші": 2,
    "үшінші": 3,
    "төртінші": 4,
}
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    kind: str  # "year", "date" or "date_range"
    value: float | None = None
    date: str | None = None
    start_date: str | None = None
    end_date: str | None = None


def _iso(year: int | None, month: int | None, day: int | None = None) -> str | None:
    if month is None:
        return f"{year:04d}" if year is not None else None
    head = f"{year:04d}-" if year is not None else "--"
    return f"{head}{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _valid_day(year: int | None, month: int, day: int) -> bool:
    days = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= days


def _valid_year(year: int | None) -> bool:
    return year is None or 1000 <= year <= 2100


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _month(text: str | None) -> int | None:
    return MONTHS.get(text.lower()) if text else None


def _point(start: int, end: int, year: int | None, month: int | None, day: int | None):
    return DateMention(start, end, "date", date=_iso(year, month, day))


def _span(start: int, end: int, first: str | None, last: str | None) -> DateMention | None:
    if first is None or last is None or first >= last:
        return None
    return DateMention(start, end, "date_range", start_date=first, end_date=last)


# Group names are made unique per pattern (see _compile); read them back by their stem.
_GROUP_STEMS = [re.findall(r"\(\?P<(\w+)>", pattern) for _, pattern in _PATTERNS]


def _groups(match: re.Match[str], index: int) -> dict[str, str | None]:
    return {stem: match.group(f"g{index}_{stem}") for stem in _GROUP_STEMS[index]}


def _days_mentions(match, g, start, end) -> list[DateMention]:
    """'21 и 22 ноября': one range when the days follow each other or a dash joins them,
    else one date each ("1 и 15 ноября")."""
    year, month = _int(g.get("y")), _month(g["m"])
    days_text = g["days"]
    days_start = match.start(_name(match, "days"))
    parts = [
        (int(m.group(0)), days_start + m.start(), days_start + m.end())
        for m in re.finditer(r"\d+", days_text)
    ]
    days = [d for d, _, _ in parts]
    if month is None or not _valid_year(year) or not all(_valid_day(year, month, d) for d in days):
        return []
    if len(days) == 1:
        return [_point(start, end, year, month, days[0])]
    dashed = len(days) == 2 and any(dash in days_text for dash in "-–—")
    consecutive = all(b == a + 1 for a, b in itertools.pairwise(days))
    if dashed or consecutive:
        found = _span(start, end, _iso(year, month, days[0]), _iso(year, month, days[-1]))
        return [found] if found else []
    # The first span starts where the match does (a year written first belongs to it),
    # the last one runs to the month and year.
    bounds = [(s, e) for _, s, e in parts]
    bounds[0] = (start, bounds[0][1])
    bounds[-1] = (bounds[-1][0], end)
    return [_point(s, e, year, month, d) for (s, e), d in zip(bounds, days, strict=True)]


def _name(match: re.Match[str], stem: str) -> str:
    index = int(match.lastgroup[1:])
    return f"g{index}_{stem}"


_FROM = re.compile(rf"[сС]{_SP}")


def _read(match: re.Match[str]) -> list[DateMention]:
    index = int(match.lastgroup[1:])
    shape = _PATTERNS[index][0]
    g = _groups(match, index)
    start, end = match.span()
    if _FROM.match(match.group(0)):  # "с ... по ...": "from" is not the date
        start = min(match.start(f"g{index}_{k}") for k in ("d1", "m1", "y1") if g.get(k))
    if shape == "days":
        return _days_mentions(match, g, start, end)
    if shape == "day_span":
        y2 = _int(g.get("y2"))
        y1 = _int(g.get("y1")) or y2
        m2 = _month(g["m2"])
        m1 = _month(g.get("m1")) or m2
        d1, d2 = int(g["d1"]), int(g["d2"])
        if not (m1 and m2 and _valid_day(y1, m1, d1) and _valid_day(y2, m2, d2)):
            return []
        found = _span(start, end, _iso(y1, m1, d1), _iso(y2, m2, d2))
        return [found] if found else []
    if shape == "month_span":
        year = _int(g.get("y"))
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if not (m1 and m2 and _valid_year(year)):
            return []
        found = _span(start, end, _iso(year, m1), _iso(year, m2))
        return [found] if found else []
    if shape == "month":
        year, month = _int(g["y"]), _month(g["m"])
        return [_point(start, end, year, month, None)] if _valid_year(year) and month else []
    if shape == "numeric_span":
        return _numeric_span(start, end, g)
    if shape == "numeric":
        year, month, day = int(g["y"]), int(g["mo"]), int(g["d"])
        if not (_valid_year(year) and 1 <= month <= 12 and _valid_day(year, month, day)):
            return []
        return [_point(start, end, year, month, day)]
    if shape == "year_span":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if not (_valid_year(y1) and _valid_year(y2)):
            return []
        found = _span(start, end, _iso(y1, None), _iso(y2, None))
        return [found] if found else []
    if shape == "short_year_span":
        y1 = int(g["y1"])
        y2 = y1 - y1 % 100 + int(g["y2"])
        y2 += 100 if y2 <= y1 else 0  # 1999/00
        if not (_valid_year(y1) and y1 < y2 <= y1 + 10):
            return []
        found = _span(start, end, _iso(y1, None), _iso(y2, None))
        return [found] if found else []
    if shape == "year_part":
        return _year_part(start, end, g)
    if shape in ("decade", "short_decade"):
        year = int(g["y"]) + (1900 if shape == "short_decade" else 0)
        found = _span(start, end, _iso(year, None), _iso(year + 9, None))
        return [found] if found and _valid_year(year) else []
    year = int(g["y"])  # shape == "year"
    if not _valid_year(year):
        return []
    return [DateMention(start, end, "year", value=year, date=_iso(year, None))]


def _part_number(which: str) -> int | None:
    """1 for "I", "І", "первом", "бірінші", "1-й", "1-" or "1"."""
    roman = which.upper().replace("І", "I")
    if roman in _ROMAN_VALUES:
        return _ROMAN_VALUES[roman]
    if which[0].isdigit():
        return int(which[0])
    lowered = which.lower()
    return next((n for stem, n in _ORDINAL_WORDS.items() if lowered.startswith(stem)), None)


def _numeric_span(start: int, end: int, g: dict[str, str | None]) -> list[DateMention]:
    """Two numeric dates as one range; the first takes the second's year when it has none. With
    no year at all, each day and month must be written with two digits ("01.06-31.08")."""
    y2 = _int(g.get("y2"))
    y1 = _int(g.get("y1")) or y2
    d1, m1, d2, m2 = (int(g[k]) for k in ("d1", "mo1", "d2", "mo2"))
    if y2 is None and (g.get("y1") or len(g["d1"]) < 2 or len(g["d2"]) < 2):
        return []
    if not all(1 <= m <= 12 for m in (m1, m2)):
        return []
    if not (_valid_day(y1, m1, d1) and _valid_day(y2, m2, d2)):
        return []
    if y1 is not None and not (_valid_year(y1) and _valid_year(y2)):
        return []
    found = _span(start, end, _iso(y1, m1, d1), _iso(y2, m2, d2))
    return [found] if found else []


def _year_part(start: int, end: int, g: dict[str, str | None]) -> list[DateMention]:
    """A quarter or a half-year as the range of its months; a half has no third part."""
    year = _int(g.get("y"))
    part = g["part"].lower()
    kind = "half" if part.startswith(("полугоди", "жарты")) else "quarter"
    if g.get("which2"):  # "I–III кварталы": from the first part's first month to the last's
        if g["which1"].isdigit() and year is None:
            return []  # "за 1–3 квартала" may count quarters: digits only with their year
        numbers = [_part_number(g["which1"]), _part_number(g["which2"])]
    else:
        numbers = [_part_number(g["which"])] * 2
    parts = len(_PART_MONTHS[kind])
    if None in numbers or not numbers[0] <= numbers[1] <= parts or not _valid_year(year):
        return []
    first, last = _PART_MONTHS[kind][numbers[0] - 1][0], _PART_MONTHS[kind][numbers[1] - 1][1]
    found = _span(start, end, _iso(year, first), _iso(year, last))
    return [found] if found else []


def _compile() -> re.Pattern[str]:
    parts = []
    for i, (_, pattern) in enumerate(_PATTERNS):
        renamed = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<g{i}_{m.group(1)}>", pattern)
        parts.append(f"(?P<p{i}>{renamed})")
    return re.compile("|".join(parts), re.IGNORECASE)


_MASTER = _compile()


# Where a date can start: a number, a month name, "с" before one, or the ordinal of a quarter
# or half-year. The date patterns are
# tried only there, which is much faster than letting the engine try them everywhere.
_CANDIDATE = re.compile(
    rf"(?<!\d)\d|(?<!{LETTER})(?:{_M}{_END}|[сС](?={_SP}+(?:\d|{_M}{_END})))"
    rf"|(?<!{LETTER})(?=[IІпвтчбеүПВТЧБЕҮ])"
    rf"(?=(?:{_ROMAN}|{_ORD_WORD})(?:{_SP}*[-–—]{_SP}*{_ROMAN})?{_SP}*(?:{_QUARTER}|{_HALF}))",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[DateMention]:
    """Every date, date range and year with a year word, in reading order, not overlapping."""
    found: list[DateMention] = []
    reached = 0
    for candidate in _CANDIDATE.finditer(text):
        start = candidate.start()
        if start < reached:
            continue
        match = _MASTER.match(text, start)
        if match:
            found.extend(_read(match))
            reached = match.end()
    return found

"""Open SDG platform files: `indicator_G-T-I[-N].csv` with `Year`, SDMX code columns, `Value`.

Kazakhstan's national SDG platform publishes its data this way (data/series/opensdg-kz/).
An empty code cell is the total; `REF_AREA` holds the platform's own codes, mapped to
ISO 3166-2:KZ by `platform_code` in indicators/areas.yaml; a `SERIES` column splits a file
into one indicator per series. Names and labels come from `translations/{kk,ru,en}/*.yml`.
"""

from __future__ import annotations

import csv
import math
import re
from functools import cache
from pathlib import Path

from indicators.codes import LANGUAGES, TOTAL
from indicators.inputs import read_yaml
from indicators.problems import Problem
from indicators.registry import LocalText
from loaders.series.model import LabelGap, ReadContext, SeriesIndicator, SeriesRead, SeriesRow

FILE_NAME = re.compile(r"^indicator_(\d{1,2})-([0-9a-z]{1,2})-(\d{1,2})((?:-\d{1,2})?)\.csv$")
YEAR, VALUE, SERIES, REF_AREA, UNIT = "Year", "Value", "SERIES", "REF_AREA", "UNIT_MEASURE"
# The platform's breakdown columns -> the SeriesRow fields they fill.
BREAKDOWN_COLUMNS = {
    "SEX": "sex",
    "AGE": "age",
    "URBANISATION": "urbanisation",
    "EDUCATION_LEV": "education_level",
    "INCOME_WEALTH_QUANTILE": "wealth_quintile",
}
CODE_COLUMNS = (*BREAKDOWN_COLUMNS, REF_AREA, SERIES, UNIT)
# SDMX age codes the platform's AGE.yml need not list: Y6, Y0T15, M12T23, Y_GE7 ...
AGE_PATTERN = re.compile(r"^(Y\d+|Y\d+T\d+|M\d+T\d+|Y_GE\d+|Y_LT\d+)$")
TRANSLATIONS = "translations"


def sniff(header: list[str]) -> bool:
    names = [h for h in header if h]
    return (
        bool(names)
        and names[0] == YEAR
        and VALUE in names
        and set(names)
        <= {
            YEAR,
            VALUE,
            *CODE_COLUMNS,
        }
    )


def matches(path: Path) -> bool:
    """The platform's data files are named after their indicator."""
    return FILE_NAME.match(path.name) is not None


# ---------------------------------------------------------------- translations


# Latin letters that look like Cyrillic ones, as typed by mistake inside a Cyrillic word
# ("уcлуг" with a Latin c; Kazakh "i" for "і", a letter Russian does not have). Only in words
# that hold Cyrillic letters too.
_SAME_LOOK = ("aceopxyACEHKMOPTXBY", "асеорхуАСЕНКМОРТХВУ")
LOOKALIKES = {
    "ru": str.maketrans(*_SAME_LOOK),
    "kk": str.maketrans(_SAME_LOOK[0] + "iI", _SAME_LOOK[1] + "іІ"),
}
_MIXED_WORD = re.compile(r"\w*[а-яёәғқңөұүһі]\w*", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")


def cyrillic_lookalikes(text: str, lang: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with the look-alike Latin letters of its Cyrillic words made Cyrillic, and each
    word changed (before, after). A word with other Latin letters is left as it is."""
    changed: list[tuple[str, str]] = []

    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        if not _LATIN.search(word):
            return word
        mended = word.translate(LOOKALIKES[lang])
        if _LATIN.search(mended):
            return word
        changed.append((word, mended))
        return mended

    return _MIXED_WORD.sub(mend, text), changed


@cache
def _translations(folder: Path, stamp: tuple) -> tuple[dict, tuple[Problem, ...], tuple]:
    """(lang, list name) -> {code: label}, the problems of unreadable files, and a warning for
    each Kazakh or Russian label whose Latin look-alike letters were read as Cyrillic."""
    problems: list[Problem] = []
    mended: list[Problem] = []
    lists: dict[tuple[str, str], dict[str, str]] = {}
    for lang in LANGUAGES:
        for path in sorted((folder / TRANSLATIONS / lang).glob("*.yml")):
            document = read_yaml(path, problems)
            if document is None:
                continue
            if not isinstance(document, dict):
                problems.append(Problem(str(path), "(file)", "expected a mapping of codes"))
                continue
            labels = {
                str(k): " ".join(str(v).split()) for k, v in document.items() if v is not None
            }
            if lang != "en":
                for code, label in labels.items():
                    labels[code], changed = cyrillic_lookalikes(label, lang)
                    if changed:
                        words = ", ".join(f"{a} → {b}" for a, b in changed)
                        reason = f"Latin letters in Cyrillic words read as Cyrillic: {words}"
                        mended.append(Problem(str(path), code, reason))
            lists[(lang, path.stem)] = labels
    return lists, tuple(problems), tuple(mended)


def translations(folder: Path) -> tuple[dict, tuple[Problem, ...], tuple[Problem, ...]]:
    files = sorted((folder / TRANSLATIONS).glob("*/*.yml"))
    stamp = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _translations(folder, stamp)


def _label(lists: dict, name: str, code: str) -> dict[str, str]:
    """The platform's labels of `code` in the list `name`, by language (some may be missing)."""
    return {
        lang: lists[(lang, name)][code] for lang in LANGUAGES if code in lists.get((lang, name), {})
    }


FALLBACK_ORDER = ("ru", "en", "kk")


def _complete(found: dict[str, str]) -> LocalText | None:
    """Labels in every language, a missing one taken from Russian, then English or Kazakh
    (the reader names each one taken: `_missing`)."""
    if not found:
        return None
    fallback = next(found[lang] for lang in FALLBACK_ORDER if lang in found)
    return LocalText(**{lang: found.get(lang, fallback) for lang in LANGUAGES})


def _gap(found: dict[str, str], line: int, field: str, code: str, name: str) -> LabelGap | None:
    """The languages of a code without a label of their own, and the one shown instead."""
    missing = tuple(lang for lang in LANGUAGES if lang not in found)
    if not found or not missing:
        return None
    shown = next(lang for lang in FALLBACK_ORDER if lang in found)
    return LabelGap(line, field, code, missing, shown, f"{TRANSLATIONS}/*/{name}.yml")


# ---------------------------------------------------------------- indicators


def base_code(path: Path) -> tuple[str, str, str]:
    """The file's indicator code (SDG_3_2_1), its platform id (3-2-1) and SDG target (3.2)."""
    goal, target, number, variant = FILE_NAME.match(path.name).groups()
    platform_id = f"{goal}-{target}-{number}{variant}"
    code = "SDG_" + platform_id.replace("-", "_").upper()
    return code, platform_id, f"{goal}.{target}"


def series_code(base: str, series: str) -> str:
    """One indicator per SERIES code: SDG_5_3_1_SP_DYN_MRBF15, SDG_3_B_1_L_KZ_030B01_1A."""
    if series in ("", TOTAL):
        return base
    return f"{base}_{series.strip('_').upper()}"


def _title_key(lists: dict, platform_id: str) -> str:
    """The platform's title of an indicator (3-2-1-title), or of its parent for a numbered
    variant without one of its own."""
    own = f"{platform_id}-title"
    if _label(lists, "global_indicators", own) or platform_id.count("-") <= 2:
        return own
    return re.sub(r"-\d+$", "", platform_id) + "-title"


def _indicator(lists: dict, path: Path, series: str) -> SeriesIndicator | str:
    """The indicator of a file (and series), named from the platform; or why it cannot be.
    (`_FileReader.indicator` warns of labels taken from another language.)"""
    base, platform_id, target = base_code(path)
    definition = _complete(_label(lists, "global_indicators", _title_key(lists, platform_id)))
    if series in ("", TOTAL):
        if definition is None:
            return f"no title {platform_id}-title in translations/*/global_indicators.yml"
        return SeriesIndicator(base, definition, definition, target)
    name = _complete(_label(lists, "SERIES", series))
    if name is None:
        return f"unknown SERIES code {series!r} (not in translations/*/SERIES.yml)"
    return SeriesIndicator(series_code(base, series), name, definition or name, target)


# ---------------------------------------------------------------- rows


def _known_code(lists: dict, column: str, code: str) -> bool:
    if column == "AGE" and AGE_PATTERN.match(code):
        return True
    return any(code in lists.get((lang, column), {}) for lang in LANGUAGES)


def _value(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class _FileReader:
    """Reads one file into a SeriesRead, naming every problem by file and line."""

    def __init__(self, path: Path, context: ReadContext, lists: dict):
        self.path, self.context, self.lists = path, context, lists
        self.out = SeriesRead()
        self.areas = {a.platform_code: a for a in context.areas if a.platform_code}
        self.areas[""] = next(a for a in context.areas if a.kind == "country")

    def problem(self, line: int | str, reason: str) -> Problem:
        entry = f"line {line}" if isinstance(line, int) else line
        return Problem(str(self.path), entry, reason)

    def error(self, line: int | str, reason: str) -> None:
        self.out.errors.append(self.problem(line, reason))

    def warn(self, line: int, reason: str) -> None:
        self.out.warnings.append(self.problem(line, reason))

    def read(self) -> SeriesRead:
        try:
            text = self.path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as err:
            self.error("(file)", f"not UTF-8 text: {err}")
            return self.out
        lines = text.splitlines()
        if not lines:
            self.error("(file)", "empty file: no header row")
            return self.out
        header = self.header(lines[0])
        if header is None:
            return self.out
        for number, line_text in enumerate(lines[1:], start=2):
            if not line_text.strip():
                self.out.skip("blank line")
                continue
            self.row(header, number, line_text)
        return self.out

    def cells(self, number: int, line_text: str) -> list[str] | None:
        try:
            return next(csv.reader([line_text], strict=True))
        except csv.Error as err:
            self.error(number, f"malformed CSV: {err}")
            return None

    def header(self, line_text: str) -> list[str] | None:
        names = self.cells(1, line_text)
        if names is None:
            return None
        names = [n.strip() for n in names]
        for required in (YEAR, VALUE):
            if required not in names:
                self.error(1, f"no {required} column (header: {line_text})")
        for name in names:
            if name and name not in (YEAR, VALUE, *CODE_COLUMNS):
                self.error(1, f"unknown column {name!r}")
        if len({n for n in names if n}) != len([n for n in names if n]):
            self.error(1, "a column name appears twice")
        return None if self.out.errors else names

    def row(self, header: list[str], number: int, line_text: str) -> None:
        cells = self.cells(number, line_text)
        if cells is None:
            return
        value_at = header.index(VALUE)
        if len(cells) < value_at + 1:
            self.error(number, f"{len(cells)} fields, the header has {len(header)}")
            return
        extra = [
            c for i, c in enumerate(cells) if c.strip() and (i >= len(header) or not header[i])
        ]
        if extra:
            self.error(number, f"a value outside the header's columns: {extra[0]!r}")
            return
        row = {name: cells[i].strip() for i, name in enumerate(header) if name and i < len(cells)}
        self.observation(row, number, line_text)

    def observation(self, row: dict[str, str], number: int, line_text: str) -> None:
        problems_before = len(self.out.errors)
        year = row[YEAR]
        if not re.fullmatch(r"\d{4}", year):
            self.error(number, f"Year {year!r} is not a year")
        value = _value(row[VALUE]) if row[VALUE] else None
        if row[VALUE] and value is None:
            self.error(number, f"Value {row[VALUE]!r} is not a number")
        codes = {}
        for column in (*BREAKDOWN_COLUMNS, UNIT):
            code = row.get(column, "")
            if code not in ("", TOTAL) and not _known_code(self.lists, column, code):
                self.error(number, f"unknown {column} code {code!r}")
            codes[column] = code
        area = self.areas.get(row.get(REF_AREA, ""))
        if area is None:
            self.error(number, f"unknown REF_AREA code {row[REF_AREA]!r} (indicators/areas.yaml)")
        indicator = self.indicator(row.get(SERIES, ""), number)
        if len(self.out.errors) > problems_before:
            return
        if not row[VALUE]:
            self.warn(number, "no value: the row is not an observation")
            return
        if not area.existed_in(int(year)):
            self.warn(number, f"area {row[REF_AREA]} ({area.code}) did not exist in {year}")
        self.out.rows.append(
            SeriesRow(
                indicator=indicator,
                ref_area=area.code,
                time_period=year,
                value=value,
                line=number,
                line_text=line_text,
                unit=codes[UNIT],
                **{field: codes[column] or TOTAL for column, field in BREAKDOWN_COLUMNS.items()},
            )
        )
        self.labels(codes, number)

    def indicator(self, series: str, number: int) -> str:
        found = self.out.indicators
        code = series_code(base_code(self.path)[0], series)
        if code not in found:
            made = _indicator(self.lists, self.path, series)
            if isinstance(made, str):
                self.error(number, made)
                return code
            found[code] = made
            name, key = (
                (SERIES, series)
                if series not in ("", TOTAL)
                else (
                    "global_indicators",
                    _title_key(self.lists, base_code(self.path)[1]),
                )
            )
            self.note_gap(number, "indicator", code, name, key)
        return code

    def note_gap(self, number: int, field: str, code: str, name: str, key: str) -> None:
        """A label missing in a language (shown in another's words): kept for the build."""
        gap = _gap(_label(self.lists, name, key), number, field, code, name)
        if gap is not None:
            self.out.label_gaps.append(gap)

    def labels(self, codes: dict[str, str], number: int) -> None:
        for column, code in codes.items():
            if code in ("", TOTAL):
                continue
            field = BREAKDOWN_COLUMNS.get(column, "unit")
            known = self.out.labels.setdefault(field, {})
            if code not in known:
                label = _complete(_label(self.lists, column, code))
                if label is not None:
                    known[code] = label
                    self.note_gap(number, field, code, column, code)


def read(path: Path, context: ReadContext) -> SeriesRead:
    """Every data row of `path` as a SeriesRow, or a named problem."""
    lists, problems, mended = translations(context.folder)
    if not matches(path):
        out = SeriesRead()
        out.errors.append(
            Problem(str(path), "(file)", "not named like the platform's indicator_G-T-I.csv")
        )
        return out
    out = _FileReader(path, context, lists).read()
    out.errors[:0] = problems
    out.warnings[:0] = mended  # met by every file: the build counts each once
    return out

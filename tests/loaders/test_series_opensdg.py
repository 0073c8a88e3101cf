"""The Open SDG reader on the real snapshot in data/series/opensdg-kz/."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from indicators.areas import area_codes, load_areas
from indicators.load import REGISTRY_DIR, collect_series_additions
from indicators.registry import SeriesAddition
from loaders.models import DatasetEntry
from loaders.paths import DATA_DIR
from loaders.series import formats, opensdg
from loaders.series.load import DatasetFile, label_warnings, warning_kind
from loaders.series.model import ReadContext

FOLDER = DATA_DIR / "series" / "opensdg-kz"
FILES = sorted(FOLDER.glob("indicator_*.csv"))


@pytest.fixture(scope="module")
def context() -> ReadContext:
    raw = yaml.safe_load((DATA_DIR / "datasets.yaml").read_text(encoding="utf-8"))
    entry = next(DatasetEntry(**d) for d in raw["datasets"] if d["id"] == "opensdg-kz")
    return ReadContext(entry, FOLDER, load_areas())


def _rows_with_a_value(path: Path) -> int:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    at = rows[0].index("Value")
    return sum(1 for r in rows[1:] if len(r) > at and r[at].strip())


def test_the_snapshot_has_its_18_files():
    assert len(FILES) == 18


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_row_with_a_value_is_read(path, context):
    assert formats.sniff(formats.read_header(path)) == "opensdg"
    read = opensdg.read(path, context)
    assert read.errors == []
    assert len(read.rows) == _rows_with_a_value(path)
    assert {r.ref_area for r in read.rows} <= set(area_codes())
    lines = path.read_text(encoding="utf-8").splitlines()
    for row in read.rows:
        assert lines[row.line - 1] == row.line_text
    for code in {r.indicator for r in read.rows}:
        names = read.indicators[code].name
        assert all(names.get(lang) for lang in ("kk", "ru", "en")), code


def test_under_five_mortality_2019_national(context):
    read = opensdg.read(FOLDER / "indicator_3-2-1.csv", context)
    national = [
        r
        for r in read.rows
        if r.time_period == "2019"
        and r.ref_area == "KZ"
        and r.sex == "_T"
        and r.urbanisation == "_T"
    ]
    assert len(national) == 1
    line = national[0].line_text
    assert line.startswith("2019,PER_1000_LIVE_BIRTHS,_T,,,")
    assert national[0].value == float(line.rsplit(",", 1)[1])
    assert national[0].indicator == "SDG_3_2_1" and national[0].unit == "PER_1000_LIVE_BIRTHS"


def test_series_are_indicators_of_their_own(context):
    read = opensdg.read(FOLDER / "indicator_5-3-1.csv", context)
    assert {r.indicator for r in read.rows} == {
        "SDG_5_3_1_SP_DYN_MRBF15",
        "SDG_5_3_1_SP_DYN_MRBF18",
    }


def test_south_kazakhstan_after_2017_is_kept_with_a_warning(context):
    read = opensdg.read(FOLDER / "indicator_4-1-1.csv", context)
    assert any("KZONT (KZ-YUZ) did not exist in 2018" in str(w) for w in read.warnings)
    assert any(r.ref_area == "KZ-YUZ" and r.time_period == "2018" for r in read.rows)


def _translated_folder(root: Path) -> Path:
    """A platform folder whose unit and series labels are in Russian only."""
    folder = root / "opensdg-kz"
    lists = {
        "global_indicators": {"16-1-1-title": "Homicide"},
        "UNIT_MEASURE": {"PER_100000_POP": "на 100 000 населения"},
        "SERIES": {"VC_IHR_PSRC": "Жертвы умышленных убийств"},
        "SEX": {"F": "Female"},
    }
    for lang in ("kk", "ru", "en"):
        (folder / "translations" / lang).mkdir(parents=True)
        for name, labels in lists.items():
            if lang != "ru" and name in ("UNIT_MEASURE", "SERIES"):
                labels = {}
            text = yaml.safe_dump(labels, allow_unicode=True)
            (folder / "translations" / lang / f"{name}.yml").write_text(text, encoding="utf-8")
    (folder / "indicator_16-1-1.csv").write_text(
        "Year,SERIES,UNIT_MEASURE,SEX,AGE,Value\n"
        "2022,VC_IHR_PSRC,PER_100000_POP,,,3.7\n"
        "2022,VC_IHR_PSRC,PER_100000_POP,F,Y0T17,2.2\n",
        encoding="utf-8",
    )
    return folder


def test_a_label_missing_in_a_language_is_named_with_the_one_shown(tmp_path, context):
    folder = _translated_folder(tmp_path)
    read = opensdg.read(folder / "indicator_16-1-1.csv", replace(context, folder=folder))
    assert read.errors == []
    code = "SDG_16_1_1_VC_IHR_PSRC"
    assert read.indicators[code].name.kk == "Жертвы умышленных убийств"
    assert read.labels["unit"]["PER_100000_POP"].en == "на 100 000 населения"
    gaps = {(g.field, g.code): g for g in read.label_gaps}
    assert set(gaps) == {("indicator", code), ("unit", "PER_100000_POP")}
    assert gaps[("unit", "PER_100000_POP")].missing == ("kk", "en")
    assert gaps[("unit", "PER_100000_POP")].shown == "ru"
    assert gaps[("indicator", code)].line == 2


def _dataset_file(path: Path, read) -> DatasetFile:
    text = path.read_text(encoding="utf-8")
    return DatasetFile(None, path, f"opensdg-kz/{path.name}", "", text, read)


def test_each_label_shown_in_another_language_is_a_counted_warning(tmp_path, context):
    folder = _translated_folder(tmp_path)
    read = opensdg.read(folder / "indicator_16-1-1.csv", replace(context, folder=folder))
    warnings = label_warnings(_dataset_file(folder / "indicator_16-1-1.csv", read), {})
    assert [w.entry for w in warnings] == ["line 2", "line 2"]
    assert all(w.file.endswith("indicator_16-1-1.csv") for w in warnings)
    assert "no kk, en name of indicator SDG_16_1_1_VC_IHR_PSRC: the ru one" in warnings[0].reason
    assert "translations/*/SERIES.yml" in warnings[0].reason
    assert "no kk, en unit label of PER_100000_POP" in warnings[1].reason
    assert {warning_kind(w.reason) for w in warnings} == {"labels missing in a language"}


def test_a_name_the_registry_gives_needs_no_warning(tmp_path, context):
    folder = _translated_folder(tmp_path)
    read = opensdg.read(folder / "indicator_16-1-1.csv", replace(context, folder=folder))
    names = {"kk": "Кісі өлтіру", "ru": "Убийства", "en": "Homicide"}
    named = SeriesAddition(code="SDG_16_1_1_VC_IHR_PSRC", name=names)
    warnings = label_warnings(
        _dataset_file(folder / "indicator_16-1-1.csv", read), {named.code: named}
    )
    assert [w.reason.split(":")[0] for w in warnings] == ["no kk, en unit label of PER_100000_POP"]


def test_the_snapshot_shows_no_label_in_another_language(context):
    """The snapshot's gaps are in age labels (the app words ages itself) and in names the
    registry gives: none reaches a reader."""
    additions = collect_series_additions(REGISTRY_DIR, [])
    for path in FILES:
        read = opensdg.read(path, context)
        assert label_warnings(_dataset_file(path, read), additions) == [], path.name


@pytest.mark.parametrize(
    ("text", "lang", "mended", "changed"),
    [
        ("по типу уcлуг", "ru", "по типу услуг", [("уcлуг", "услуг")]),  # Latin c
        ("Матeматика", "ru", "Математика", [("Матeматика", "Математика")]),  # Latin e
        ("бiлiм беру", "kk", "білім беру", [("бiлiм", "білім")]),  # Latin i for Kazakh і
        ("Кiев", "ru", "Кiев", []),  # Russian has no і: a word with a Latin i is left
        ("eGov, COVID-19, ISCED-ке, b) және с)", "kk", "eGov, COVID-19, ISCED-ке, b) және с)", []),
        ("Kазақстан", "kk", "Казақстан", [("Kазақстан", "Казақстан")]),  # Latin K
    ],
)
def test_latin_look_alike_letters_in_cyrillic_words(text, lang, mended, changed):
    assert opensdg.cyrillic_lookalikes(text, lang) == (mended, changed)


def test_the_snapshots_look_alike_letters_are_mended_with_a_warning_each(context):
    """The platform's Russian labels hold two words typed with a Latin letter: shown mended,
    each named once in the build's warnings (file, code, the word before and after)."""
    read = opensdg.read(FILES[0], context)
    mended = {(w.entry, w.reason.rsplit(": ", 1)[1]) for w in read.warnings if "Latin" in w.reason}
    assert mended == {
        ("4-a-1-title", "уcлуг → услуг"),
        ("_L_KZ_040101_1C", "Матeматика → Математика"),
    }
    assert {warning_kind(w.reason) for w in read.warnings if "Latin" in w.reason} == {
        "Latin look-alike letters in Cyrillic labels"
    }
    lists, _, _ = opensdg.translations(context.folder)
    assert "услуг" in lists[("ru", "global_indicators")]["4-a-1-title"]

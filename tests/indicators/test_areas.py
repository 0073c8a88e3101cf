"""The area list: Kazakhstan, its 20 current regions and cities and South Kazakhstan (until
2017), named in kk/ru/en, with the years they existed and the SDG platform's codes."""

import pytest
import yaml
from pydantic import ValidationError

from indicators.areas import AREAS_FILE, Area, area_names, load_areas, parse_areas

# ISO 3166-2:KZ as current in 2025 (numeric codes, newsletter of November 2022).
REGIONS = {
    "KZ-10": "Abai",
    "KZ-11": "Akmola",
    "KZ-15": "Aktobe",
    "KZ-19": "Almaty Region",
    "KZ-23": "Atyrau",
    "KZ-27": "West Kazakhstan",
    "KZ-31": "Jambyl",
    "KZ-33": "Jetisu",
    "KZ-35": "Karaganda",
    "KZ-39": "Kostanay",
    "KZ-43": "Kyzylorda",
    "KZ-47": "Mangystau",
    "KZ-55": "Pavlodar",
    "KZ-59": "North Kazakhstan",
    "KZ-61": "Turkistan",
    "KZ-62": "Ulytau",
    "KZ-63": "East Kazakhstan",
    "KZ-YUZ": "South Kazakhstan",
}
CITIES = {"KZ-71": "Astana", "KZ-75": "Almaty", "KZ-79": "Shymkent"}


def raw_entries() -> list[dict]:
    return yaml.safe_load(AREAS_FILE.read_text(encoding="utf-8"))["areas"]


def test_the_file_validates_with_kazakhstan_first():
    areas = parse_areas({"areas": raw_entries()})
    assert areas[0].code == "KZ" and areas[0].kind == "country"
    assert len({a.code for a in areas}) == len(areas) == 22


def test_the_regions_and_cities_have_their_iso_codes():
    areas = {a.code: a for a in load_areas()}
    assert {c for c, a in areas.items() if a.kind == "region"} == set(REGIONS)
    assert {c for c, a in areas.items() if a.kind == "city"} == set(CITIES)
    for code, english in {**REGIONS, **CITIES}.items():
        assert areas[code].name.en.startswith(english), code


def test_names_in_every_language():
    for lang in ("kk", "ru", "en"):
        names = area_names(lang)
        assert len(names) == 22 and all(names.values())
    assert area_names("kk")["KZ-62"] == "Ұлытау облысы"
    assert area_names("ru")["KZ-75"] == "город Алматы"


@pytest.mark.parametrize(
    "change",
    [
        {"code": "KZ-ALA"},  # the letter codes were replaced in 2022
        {"until": 2017, "since": 2018, "code": "KZ-YU"},
        {"code": "KZ-1"},
        {"kind": "district"},
        {"name": {"kk": "Абай облысы", "ru": "область Абай"}},  # en missing
        {"extra": 1},
    ],
)
def test_a_bad_entry_is_refused(change):
    entry = {**raw_entries()[1], **change}
    with pytest.raises(ValidationError):
        Area(**entry)


def test_the_build_refuses_a_figure_in_an_unknown_area(project_root, tmp_path):
    import shutil

    from indicators.problems import BuildFailed
    from loaders.build import build

    data = tmp_path / "data"
    shutil.copytree(project_root / "tests" / "fixtures" / "good", data)
    figures = data / "figures.yaml"
    raw = yaml.safe_load(figures.read_text(encoding="utf-8"))
    raw["figures"][0]["area"] = "KZ-99"
    figures.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build(data, tmp_path / "out")
    assert any("unknown area KZ-99" in str(p) for p in failed.value.problems)
    raw["figures"][0]["area"] = "KZ-75"  # a known region builds
    figures.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert build(data, tmp_path / "out")["observations"] > 0


def test_the_years_and_platform_codes_of_the_areas_that_changed():
    from indicators.areas import by_platform_code

    platform = by_platform_code()
    assert platform[""].code == "KZ"
    south, turkistan, shymkent = platform["KZONT"], platform["KZYUZ"], platform["KZSHY"]
    assert south.code == "KZ-YUZ" and south.existed_in(2017) and not south.existed_in(2018)
    assert turkistan.code == "KZ-61" and turkistan.existed_in(2018)
    assert not turkistan.existed_in(2017) and not shymkent.existed_in(2017)
    assert {platform[c].since for c in ("KZABY", "KZZHS", "KZULU")} == {2022}
    assert platform["KZALA"].code == "KZ-75" and platform["KZALA"].existed_in(1990)
    # every region and city but the country has a platform code, each its own
    codes = [a.platform_code for a in load_areas() if a.kind != "country"]
    assert None not in codes and len(set(codes)) == len(codes) == 21

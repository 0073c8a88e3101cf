"""The registry files are valid and complete in kk, ru and en."""

import pytest
import yaml
from pydantic import ValidationError

from indicators import DOMAINS, LANGUAGES, REGISTRY_FILE, UNITS_FILE, Indicator, Unit


def _entries(path, key):
    return yaml.safe_load(path.read_text(encoding="utf-8"))[key]


def test_every_indicator_validates_and_has_a_known_unit():
    units = {u["code"]: Unit(**u) for u in _entries(UNITS_FILE, "units")}
    indicators = [Indicator(**i) for i in _entries(REGISTRY_FILE, "indicators")]
    assert len({i.code for i in indicators}) == len(indicators)
    assert all(i.unit in units for i in indicators)
    # Every domain an indicator names is declared; declared domains may wait for indicators.
    assert {i.domain for i in indicators} <= set(DOMAINS)


def test_the_issue_codes_exist():
    codes = {i["code"] for i in _entries(REGISTRY_FILE, "indicators")}
    assert {
        "BIRTHS",
        "CHILD_POP",
        "CRIME_GRAVE_VS_CHILDREN_CHANGE",
        "CRIME_SEXUAL_VS_MINORS_CHANGE",
        "EVENT_PARTICIPANTS",
        "EVENT_COUNTRIES",
        "THEMATIC_PLATFORMS",
        "LAWS_AMENDED",
        "FUND_INCOME_SHARE_TO_CHILDREN",
    } <= codes


def test_a_missing_language_is_refused():
    raw = dict(_entries(REGISTRY_FILE, "indicators")[0])
    raw["name"] = {k: v for k, v in raw["name"].items() if k != "kk"}
    with pytest.raises(ValidationError):
        Indicator(**raw)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_name_or_definition_is_blank(lang):
    for raw in _entries(REGISTRY_FILE, "indicators"):
        assert raw["name"][lang].strip() and raw["definition"][lang].strip()

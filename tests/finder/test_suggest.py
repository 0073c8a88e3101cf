"""Indicator suggestions from the registry's keyword stems."""

from __future__ import annotations

import pytest

from finder import find_mentions
from finder.suggest import Suggester, load_suggester
from indicators.load import REGISTRY_DIR
from indicators.registry import Indicator, Keywords, LocalText, Unit


@pytest.fixture(scope="module")
def suggester():
    return load_suggester(REGISTRY_DIR)


def _suggest(text, suggester, lang=None):
    return [(m.text, m.indicator, list(m.matched)) for m in find_mentions(text, lang, suggester)]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("2016 жылы 308 297 бала дүниеге келген.", "BIRTHS"),  # born beats children
        ("За год родилось 390 тысяч детей.", "BIRTHS"),
        ("Биыл 400 мың нәресте туылды.", "BIRTHS"),
        ("2024 жылы 276 431 сәби дүниеге келді.", "BIRTHS"),  # a people noun: the words decide
        ("2023 жылы 400 мыңнан астам бала туылды.", "BIRTHS"),
        ("Қазақстанда 5 460 449 бала бар.", "CHILD_POP"),
        ("В стране проживают 6,8 млн детей.", "CHILD_POP"),
        ("Численность детского населения страны составила 6,9 млн человек.", "CHILD_POP"),
        ("Форумға 500-ден астам адам қатысты.", "EVENT_PARTICIPANTS"),
        ("приняли участие 700 участников из 40 стран", "EVENT_PARTICIPANTS"),
        ("Изменения и дополнения внесены в 12 законов.", "LAWS_AMENDED"),
        (
            "Число преступлений в отношении детей снизилось на 15%.",
            "CRIME_GRAVE_VS_CHILDREN_CHANGE",
        ),
        ("Кәмелетке толмағандарға қарсы қылмыстар 10%-ға азайды.", "CRIME_SEXUAL_VS_MINORS_CHANGE"),
        (
            "Инвестициялық кірістің 50%-ы жинақ шоттарына аударылады.",
            "FUND_INCOME_SHARE_TO_CHILDREN",
        ),
    ],
)
def test_proposes_the_indicator_the_words_describe(text, indicator, suggester):
    quantities = [s for s in _suggest(text, suggester) if s[1]]
    assert quantities and quantities[0][1] == indicator, quantities


def test_the_noun_of_another_number_does_not_speak_for_this_one(suggester):
    got = _suggest("Конференцияға 30 елден 500-ден астам адам қатысты.", suggester)
    assert [(t, i) for t, i, _ in got] == [
        ("30", "EVENT_COUNTRIES"),
        ("500-ден", "EVENT_PARTICIPANTS"),
    ]


def test_the_counted_noun_decides_between_two_counts_in_one_clause(suggester):
    got = _suggest("более 1300 участников из 30 стран", suggester)
    assert [(t, i) for t, i, _ in got] == [
        ("1300", "EVENT_PARTICIPANTS"),
        ("30", "EVENT_COUNTRIES"),
    ]
    assert got[0][2] == ["участник"]


def test_no_proposal_for_non_quantities_or_words_only_in_another_clause(suggester):
    assert _suggest("В 2015 году, 70-й сессии, 25-летию детей", suggester) == [
        ("2015 году", None, []),
        ("70-й", None, []),
        ("25-летию", None, []),
    ]
    # "детей" lies in another clause than 40%: no proposal from it alone.
    assert _suggest("Права детей защищены, 40% опрошенных согласны.", suggester) == [
        ("40%", None, [])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # The noun is a keyword of a percent-change indicator only: no count indicator fits.
        "зарегистрировано 1 987 преступлений против несовершеннолетних",
        # One common stem a few words off ("балаларды"), counted once: below the minimum.
        "Балаларды қорғау күні аясында 300-ден астам іс-шара өтті.",
    ],
)
def test_no_proposal_on_weak_or_contrary_evidence(text, suggester):
    assert [i for _, i, _ in _suggest(text, suggester)] == [None]


def _indicator(code, unit, kk, ru):
    text = LocalText(kk=code, ru=code, en=code)
    return Indicator(
        code=code,
        name=text,
        definition=text,
        unit=unit,
        domain="demography",
        measure="count" if unit == "N" else "share",
        better="neutral",
        keywords=Keywords(kk=kk, ru=ru),
    )


def test_only_indicators_whose_unit_fits_the_kind_are_proposed():
    units = {
        "N": Unit(code="N", kind="count", name=LocalText(kk="n", ru="n", en="n")),
        "P": Unit(code="P", kind="percent", name=LocalText(kk="p", ru="p", en="p")),
    }
    suggester = Suggester(
        [_indicator("SCHOOLS", "N", [], ["школ"]), _indicator("SCHOOL_SHARE", "P", [], ["школ"])],
        units,
    )
    got = {m.text: m.indicator for m in find_mentions("12 школ, 40% школ", "ru", suggester)}
    assert got == {"12": "SCHOOLS", "40%": "SCHOOL_SHARE"}


@pytest.mark.parametrize(
    "text",
    [
        # the counted noun is no indicator's word: the count is of something none counts
        "В стране построено 312 новых школ.",
        "Объем государственного заказа составит 2 млн мест.",
        "Число ДТП с участием детей уменьшилось на 18 случаев.",
        "Өтініштердің 2 мыңы алимент өндіруге қатысты болды.",
        "В конкурсе приняли участие 25 команд.",
    ],
)
def test_no_proposal_for_a_count_of_what_no_indicator_counts(text, suggester):
    assert [i for _, i, _ in _suggest(text, suggester)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "В форуме приняли участие около 700 специалистов.",
        "Форумға 700-ге жуық маман қатысты.",
        "Байқауға он мыңнан астам оқушы қатысты.",
        "Форумға 500 адам қатысты.",
    ],
)
def test_a_count_of_people_takes_what_the_words_around_say(text, suggester):
    assert [i for _, i, _ in _suggest(text, suggester)] == ["EVENT_PARTICIPANTS"]


def test_a_count_of_people_is_never_proposed_as_countries(suggester):
    """ "учащихся" names people: of the words around, "стране" speaks for a count of
    countries, whose unit counts no people (indicators/units.yaml, `people`)."""
    got = _suggest("В стране насчитывается 3 млн 640 тыс. учащихся.", suggester)
    assert [i for _, i, _ in got] == [None]
    assert [i for _, i, _ in _suggest("Делегации 15 государств.", suggester)] == ["EVENT_COUNTRIES"]


def test_a_kazakh_keyword_matches_its_word_with_an_ending_not_a_compound(suggester):
    """ "балабақша" (a kindergarten) is no form of "бала" (a child); "балалардың" is."""
    assert [i for _, i, _ in _suggest("Елімізде 120 балабақша ашылды.", suggester, "kk")] == [None]
    assert [i for _, i, _ in _suggest("Балалардың 40 мыңы.", suggester, "kk")] == ["CHILD_POP"]
    # a longer keyword may be a stem cut short: "жыныстық тиіспеушілі|гіне"
    text = "Балалардың жыныстық тиіспеушілігіне қарсы қылмыстар саны 14 пайызға қысқарды."
    assert [i for _, i, _ in _suggest(text, suggester, "kk")] == ["CRIME_SEXUAL_VS_MINORS_CHANGE"]

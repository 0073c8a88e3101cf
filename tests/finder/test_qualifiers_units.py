"""Qualifiers and counted nouns around a number."""

from __future__ import annotations

import pytest

from finder import find_mentions
from finder.lexicon import QUALIFIER_AFTER, QUALIFIER_BEFORE, states_qualifier


def _first(text):
    mention = find_mentions(text)[0]
    return mention.qualifier, mention.unit


@pytest.mark.parametrize(
    ("text", "qualifier", "unit"),
    [
        ("более 1300 участников из 30 стран", "more_than", "участников"),
        ("свыше 500 человек", "more_than", "человек"),
        ("более чем 200 школ", "more_than", "школ"),
        ("не менее 10 проектов", "more_than", "проектов"),
        ("около 5 тысяч детей", "about", "детей"),
        ("порядка 20 проектов", "about", "проектов"),
        ("почти на 30% больше", "about", None),
        ("шамамен 1000 адам", "about", "адам"),
        ("(шамамен 1000 адам)", "about", "адам"),
        ("мыңдай адам", "about", "адам"),
        ("1000-ға жуық бала", "about", "бала"),
        ("менее 5% семей", "less_than", None),
        ("детям до 18 лет", "less_than", "лет"),
        ("1000-нан астам адам", "more_than", "адам"),
        ("300-ден артық маман", "more_than", "маман"),
        ("100-ден кем емес мектеп", "more_than", "мектеп"),
        ("50-ден кем бала", "less_than", "бала"),
        ("1000 адамнан астам", "more_than", "адамнан"),
        ("30 стран и более", "more_than", "стран"),
        ("от 10 до 15 детей", "exact", "детей"),
        ("308 297 нәресте дүниеге келген", "exact", "нәресте"),
        ("в трех основных направлениях", "exact", "направлениях"),
        ("үш негізгі бағыт", "exact", "бағыт"),
        ("12 тақырыптық алаң", "exact", "алаң"),
        ("семь законов", "exact", "законов"),
        ("около 100 тыс. человек", "about", "человек"),
        ("1 987 преступлений против детей", "exact", "преступлений"),
        ("300-ден астам іс-шара өтті", "more_than", "іс-шара"),
        ("200-ге жуық орталығы ашылды.", "about", "орталығы"),
        ("5 млн АҚШ доллары", "exact", "АҚШ доллары"),
        ("5 млн долларов США", "exact", "долларов США"),
        ("5 млн долл. США выделено", "exact", "долл. США"),
        ("500 составило", "exact", None),
        ("открылось 240 частных детских садов", "exact", "садов"),  # two adjectives
        ("312 жаңа мектеп салынды", "exact", "мектеп"),  # adjectives with no ending of one
        ("1000 қосымша орын ашылды", "exact", "орын"),
        ("3 млн 640 тыс. учащихся", "exact", "учащихся"),  # a participle, not a verb
        ("помощь получили 1 200 нуждающихся", "exact", "нуждающихся"),
        ("7 571 государственная школа", "exact", "школа"),  # feminine and neuter adjectives
        ("41 новое учреждение", "exact", "учреждение"),
        # "and more", "and older", "up to" as an adjective
        ("подростки 16 лет и старше", "more_than", "лет"),
        ("дети 3 лет и младше", "less_than", "лет"),
        ("төрт және одан да көп баласы бар", "more_than", None),
        ("16 жас және одан жоғары", "more_than", "жас"),
        ("5 жасқа дейінгі балалар", "less_than", "жасқа"),
        ("бір жарым жасқа дейінгі бала", "less_than", "жасқа"),
        ("бала бір жарым жасқа толғанға дейін", "less_than", "жасқа"),  # until it turns 1.5
        ("бала 3 жасқа толғанша", "less_than", "жасқа"),
        # past a scale word's case ending
        ("1,5 млн-нан астам оқушы демалады", "more_than", "оқушы"),
        ("2,5 млн-ға жуық бала", "about", "бала"),
    ],
)
def test_qualifier_and_unit(text, qualifier, unit):
    assert _first(text) == (qualifier, unit)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Смертность снизилась до 7,9 промилле", 7.9, "exact"),  # the end of a change
        ("сократился на 2,3 п.п. до 5,2%", 5.2, "exact"),
        ("Число выросло на 1,2% до 6,9 млн.", 6_900_000, "exact"),
        ("Пособие выросло с 5 до 7 тыс. тенге", 7000, "exact"),
        ("В лагерях отдохнут до 5 тысяч детей", 5000, "less_than"),  # up to: a bound
        ("Принимаются дети до 3 лет", 3, "less_than"),
        ("выросло со 120 в 2015 году до 5 680 в 2024 году", 5680, "exact"),
        ("выросло с 9,8 тыс. в 2022 г. до 14,5 тыс. в 2024 г.", 14500, "exact"),
        ("Число выросло (2023 г. – 1 205) до 1 478.", 1478, "exact"),  # past an aside
        ("Число выросло. Принимаются дети до 3 лет.", 3, "less_than"),  # not past a full stop
        ("Наполняемость класса не превышает 25 учащихся.", 25, "less_than"),  # at most
        ("Доля не должна превышать 20%.", 20, "less_than"),
        ("Число получателей превышает 300 человек.", 300, "more_than"),
        ("Число ДТП уменьшилось на 21 случай, до 163.", 163, "exact"),  # across a comma
        ("Доля выросла на 2,3 п.п., до 8,1%.", 8.1, "exact"),
        ("Принимаются дети, до 6 лет включительно.", 6, "less_than"),
        ("работа с детьми до 3 лет", 3, "less_than"),  # "с" here is "with", not "from"
        ("скидка на проезд до 50%", 50, "less_than"),
    ],
)
def test_do_bounds_a_number_only_when_it_ends_no_change_or_range(text, value, qualifier):
    found = {m.plain_value: m.qualifier for m in find_mentions(text)}
    assert found[value] == qualifier


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("с 5 до 7 тыс. тенге", [5000, 7000]),  # the scale word serves both numbers
        ("снизилась с 7 до 5 млн человек", [7_000_000, 5_000_000]),
        ("3,5–4 млн детей", [3_500_000, 4_000_000]),
        ("от 500 до 2 тыс. тенге", [500, 2000]),  # 500 is not 500 thousand
        ("от 3 до 6 лет", [3, 6]),
    ],
)
def test_the_first_number_of_a_range_takes_the_scale_of_the_second(text, values):
    assert [m.plain_value for m in find_mentions(text, "ru")] == values


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # Kazakh "from ... to ...": the first number carries the ablative ending
        ("көрсеткіші 8,4-тен 7,9 промиллеге дейін төмендеді", [("rate", 8.4), ("rate", 7.9)]),
        ("үлесі 12-ден 15 пайызға дейін өсті", [("percent", 12), ("percent", 15)]),
        ("19,6 промиллені құрады", [("rate", 19.6)]),  # "промилле" with its case ending
        ("саны 500-ден 300 мыңға дейін азайды", [("count", 500_000), ("count", 300_000)]),
    ],
)
def test_a_kazakh_change_from_one_number_to_another_shares_its_kind(text, kinds):
    assert [(m.kind, m.plain_value) for m in find_mentions(text, "kk")] == kinds


def test_the_upper_bound_of_a_range_is_exact():
    assert [(m.plain_value, m.qualifier) for m in find_mentions("от 10 до 15 детей")] == [
        (10, "exact"),
        (15, "exact"),
    ]


def test_a_qualifier_does_not_reach_past_its_clause_or_number():
    mentions = find_mentions("более 1300 участников из 30 стран")
    assert [m.qualifier for m in mentions] == ["more_than", "exact"]
    assert find_mentions("Было более, чем надо: 40 детей")[0].qualifier == "exact"


@pytest.mark.parametrize(
    ("qualifier", "phrase"),
    [
        (q, p)
        for table in (QUALIFIER_BEFORE, QUALIFIER_AFTER)
        for q, ps in table.items()
        for p in ps
    ],
)
def test_every_finder_qualifier_passes_the_builds_qualifier_check(qualifier, phrase):
    assert states_qualifier(f"x {phrase} y", qualifier)


def test_dates_years_ordinals_take_no_qualifier_or_unit():
    for mention in find_mentions("более 2015 году, около 70-й сессии, почти 25-летию"):
        assert mention.kind in ("year", "ordinal", "anniversary")
        assert (mention.qualifier, mention.unit) == ("exact", None)


@pytest.mark.parametrize(
    ("text", "lang", "qualifiers"),
    [
        ("Число получателей превысило 2,5 млн человек.", "ru", ["more_than"]),
        ("Алушылар саны 2,5 млн адамнан асты.", "kk", ["more_than"]),
        ("Балалардың 30 пайызға жуығы мектепке барады.", "kk", ["about"]),
        ("Кезекте 48 мыңдай бала тұр.", "kk", ["about"]),  # "-дай" on digits and scale
        ("Байқауға 500-дей бала қатысты.", "kk", ["about"]),
        ("Өтініштер саны 9 мыңға жуықтады.", "kk", ["about"]),
        # a qualifier after a scale's case ending ("млн-нан астам")
        ("1,5 млн-нан астам оқушы демалады.", "kk", ["more_than"]),
        ("2,5 млн-ға жуық бала вакцина алды.", "kk", ["about"]),
        # Kazakh "дейін" ends a change ("from ... to ...") or bounds a number ("up to")
        ("Үлесі 7,6%-дан 5,9%-ға дейін қысқарды.", "kk", ["exact", "exact"]),
        ("Көрсеткіш 85 пайыздан 97 пайызға дейін өсті.", "kk", ["exact", "exact"]),
        ("Жәрдемақы 85 пайыздан 97 пайызға дейін көтерілді.", "kk", ["exact", "exact"]),
        ("Жеңілдік 15%-ға дейін беріледі.", "kk", ["less_than"]),
    ],
)
def test_verbs_of_exceeding_scale_endings_and_kazakh_changes(text, lang, qualifiers):
    assert [m.qualifier for m in find_mentions(text, lang)] == qualifiers


def test_a_kazakh_change_to_a_number_is_exact_with_the_adjective_too():
    """ "7,6%-дан 5,9%-ға дейінгі төмендеу": the fall from 7.6% to 5.9%, no bound."""
    mentions = find_mentions("7,6%-дан 5,9%-ға дейінгі төмендеу байқалды.", "kk")
    assert [(m.plain_value, m.qualifier) for m in mentions] == [(7.6, "exact"), (5.9, "exact")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Из них 2 150 касались алиментов.", "ru"),  # a Russian reflexive verb
        ("Число обращений 150 увеличилось вдвое.", "ru"),
        ("Отбасылар саны 15,2 мыңға артып, 496 мыңға жетті.", "kk"),  # a Kazakh converb
        ("Саны 300-ге өсіп, көбейді.", "kk"),
    ],
)
def test_a_verb_after_the_number_is_no_counted_noun(text, lang):
    assert find_mentions(text, lang)[0].unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Он жеті өңірдің он екісі жоспарды орындады.", 12, "өңірдің"),
        ("12 345 өтініштің шамамен 2 мыңы алимент өндіруге қатысты.", 2000, "өтініштің"),
        ("Оның 341-і жыныстық тиіспеушілікке қарсы.", 341, None),  # "its 341": a pronoun
    ],
)
def test_a_kazakh_possessive_numeral_counts_the_genitive_before_it(text, value, unit):
    found = next(m for m in find_mentions(text, "kk") if m.plain_value == value)
    assert found.unit == unit

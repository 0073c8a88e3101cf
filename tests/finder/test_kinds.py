"""The kind and value of numbers in Kazakh and Russian press sentences beyond the seeds."""

from __future__ import annotations

import pytest

from finder import find_mentions


def _kinds(text, lang=None):
    return [(m.text, m.kind, m.plain_value) for m in find_mentions(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts, with their scale applied
        ("Жұмыссыздар саны 398,6 мың адамды құрады.", [("398,6 мың", "count", 398600)]),
        ("Население выросло на 3,5 миллионы человек.", [("3,5 миллионы", "count", 3500000)]),
        ("Занято 387, 9 тысячи человек.", [("387, 9 тысячи", "count", 387900)]),
        ("Всего 26,11детей в группе.", [("26,11", "count", 26.11)]),
        ("В семь законов и в трех регионах.", [("семь", "count", 7), ("трех", "count", 3)]),
        ("Десять школ, жеті заң, он облыс, үш мектеп.", None),
        ("Двадцать пять детей и сто двадцать тысяч человек.", None),
        ("Жиырма бес бала, бес жүз мың адам.", None),
        ("в 2 раза больше", [("2 раза", "ratio", 2)]),  # how many times, not a count
        ("2000 детей", [("2000", "count", 2000)]),
        # percents, per mille and rates
        ("Қылмыс 18%-ға азайды, 43,3%-ы, 59,7 пайызы.", None),
        ("рост на 3.5 процента", [("3.5 процента", "percent", 3.5)]),
        ("на 5-процентный рост", [("5-процентный", "percent", 5)]),
        ("выросла на 2,3 п.п.", [("2,3 п.п.", "percent", 2.3)]),
        ("2,3 пайыздық тармаққа", [("2,3 пайыздық", "percent", 2.3)]),
        ("смертность 22,7 на 1000 живорождений", [("22,7 на 1000", "rate", 22.7)]),
        ("коэффициент 5‰", [("5‰", "rate", 5)]),
        ("1000 тұрғынға шаққанда 21,5 нәресте", [("1000 тұрғынға шаққанда 21,5", "rate", 21.5)]),
        # money
        ("Бюджет 2,5 млрд тенге.", [("2,5 млрд", "money", 2500000000)]),
        ("$100 млн и 200 ₸, 5 млн АҚШ доллары, 100 МРП", None),
        # years, with or without a year word
        ("в 2024 Казахстан", [("2024", "year", 2024)]),
        ("2015-тен бастап", [("2015-тен", "year", 2015)]),
        ("с 2016 жылдан", [("2016 жылдан", "year", 2016)]),
        # durations and ages
        ("за 9 месяцев", [("9 месяцев", "duration", 9)]),
        ("10 айының қорытындысы", [("10 айының", "duration", 10)]),
        ("Ему 10 лет, детям до 18 лет", [("10 лет", "duration", 10), ("18 лет", "duration", 18)]),
        ("18 жасқа толғанға дейін", [("18 жасқа", "duration", 18)]),
        ("5-летний мальчик", [("5-летний", "duration", 5)]),
        ("5 жылдық жоспар", [("5 жылдық", "duration", 5)]),
        ("три года назад", [("три года", "duration", 3)]),
        # ordinals
        ("70-й сессии", [("70-й", "ordinal", 70)]),
        ("4-ші баяндама", [("4-ші", "ordinal", 4)]),
        ("2-сынып оқушылары", [("2-сынып", "ordinal", 2)]),
        (
            "четвертого доклада, бесінші орын",
            [("четвертого", "ordinal", 4), ("бесінші", "ordinal", 5)],
        ),
        ("двадцать пятого съезда", [("двадцать пятого", "ordinal", 25)]),
        ("1. Социальная политика\n2) Здоровье", [("1.", "ordinal", 1), ("2)", "ordinal", 2)]),
        # anniversaries
        ("посвященная 25-летию Независимости", [("25-летию", "anniversary", 25)]),
        ("тәуелсіздігінің 25 жылдығына", [("25 жылдығына", "anniversary", 25)]),
        ("30 жылдық мерейтойы", [("30 жылдық мерейтойы", "anniversary", 30)]),
        ("30-я годовщина", [("30-я годовщина", "anniversary", 30)]),
        ("25 лет со дня принятия", [("25 лет", "anniversary", 25)]),
        ("отметили 30-летний юбилей Конвенции", [("30-летний юбилей", "anniversary", 30)]),
        ("қабылданғанына 30 жыл толуына арналған", [("30 жыл толуына", "anniversary", 30)]),
        ("Конвенция қабылданғанына 36 жыл толды", [("36 жыл толды", "anniversary", 36)]),
        ("5-летний ребенок", [("5-летний", "duration", 5)]),
        ("30 жыл бұрын", [("30 жыл", "duration", 30)]),
        # identifiers
        ("ЦУР 4: интеграция", [("ЦУР 4", "identifier", 4)]),
        ("программы MICS-2024 (", [("MICS-2024", "identifier", 2024)]),
        ("EXPO-2017 қатысушы", [("EXPO-2017", "identifier", 2017)]),
        ("3D-моделдеу", [("3D", "identifier", 3)]),
        ("COVID-19 и G20", [("COVID-19", "identifier", 19), ("G20", "identifier", 20)]),
        ("статьи 19 Конвенции, ст. 5, № 7", None),
        ("в 10:30", [("10:30", "identifier", 10)]),
        (
            "В рамках ЦУР 16 и ЦУР 4 работа",
            [("ЦУР 16", "identifier", 16), ("ЦУР 4", "identifier", 4)],
        ),
        ("ЦУР 4 аясында", [("ЦУР 4", "identifier", 4)]),
        ("Исследование MICS 2024 показало", [("MICS 2024", "identifier", 2024)]),
        ("PISA 2022 бағдарламасы", [("PISA 2022", "identifier", 2022)]),
        ("в РК 5 460 449 детей", [("5 460 449", "count", 5460449)]),  # a name, then a count
    ],
)
def test_kind_and_value(text, expected):
    got = _kinds(text)
    if expected is None:  # the cases below spell out every number
        expected = _EXPECTED[text]
    assert got == expected


_EXPECTED = {
    "Десять школ, жеті заң, он облыс, үш мектеп.": [
        ("Десять", "count", 10),
        ("жеті", "count", 7),
        ("он", "count", 10),
        ("үш", "count", 3),
    ],
    "Двадцать пять детей и сто двадцать тысяч человек.": [
        ("Двадцать пять", "count", 25),
        ("сто двадцать тысяч", "count", 120000),
    ],
    "Жиырма бес бала, бес жүз мың адам.": [
        ("Жиырма бес", "count", 25),
        ("бес жүз мың", "count", 500000),
    ],
    "Қылмыс 18%-ға азайды, 43,3%-ы, 59,7 пайызы.": [
        ("18%-ға", "percent", 18),
        ("43,3%-ы", "percent", 43.3),
        ("59,7 пайызы", "percent", 59.7),
    ],
    "$100 млн и 200 ₸, 5 млн АҚШ доллары, 100 МРП": [
        ("$100 млн", "money", 100000000),
        ("200 ₸", "money", 200),
        ("5 млн", "money", 5000000),
        ("100", "money", 100),
    ],
    "статьи 19 Конвенции, ст. 5, № 7": [
        ("19", "identifier", 19),
        ("5", "identifier", 5),
        ("№ 7", "identifier", 7),
    ],
}


@pytest.mark.parametrize(
    "phone",
    [
        "+7 (7172) 74-26-88",
        "8 727 123 45 67",
        "+7 701 123 4567",
        "8 (800) 080 7777",
        "(7172) 74-26-88",
    ],
)
def test_a_telephone_number_is_one_identifier(phone):
    assert _kinds(f"Тел.: {phone}.") == [(phone, "identifier", None)]


def test_thousands_grouping_is_no_telephone_number():
    assert _kinds("8 100 200 300 тенге") == [("8 100 200 300", "money", 8100200300)]


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("детей от 3 до 6 лет", "duration", "лет"),
        ("3 пен 6 жас аралығындағы", "duration", "жас"),
        ("10-15 детей", "count", "детей"),
        ("на 10–15%", "percent", None),
        ("от 5 до 10 млн тенге", "money", "тенге"),
    ],
)
def test_the_first_number_of_a_range_shares_the_kind_of_the_second(text, kind, unit):
    first, second = find_mentions(text)
    assert (first.kind, first.unit) == (second.kind, second.unit) == (kind, unit)


def test_russian_he_is_not_ten_and_kazakh_ten_is():
    assert _kinds("Он сказал, что детей много.", "ru") == []
    assert _kinds("он облыста", "kk") == [("он", "count", 10)]


@pytest.mark.parametrize(
    "text",
    [
        "одна из которых принята",  # "one of"
        "являются одним из приоритетов",
        "в первую очередь",  # "first of all"
        "во-первых, во-вторых",
        "бір ауыздан қабылданды",  # "unanimously"
        "бір-бірімен, бірге, бірден",  # "each other", "together", "at once"
        "Онда, оның, үшін",  # "there", "its", "for"
        "ондаған бастамалар",  # "tens of": no number
        "тысячи детей",  # "thousands of"
        "Саммит тысячелетия",  # millennium
    ],
)
def test_words_that_state_no_number(text):
    assert _kinds(text) == []


def test_lone_month_name_is_no_mention_but_a_month_range_is():
    assert _kinds("В ноябре прошла конференция.") == []
    assert _kinds("январь–октябрь") == [("январь–октябрь", "date_range", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # clock times written with a point name a time, they count nothing
        ("Приём ведётся с 9.00 до 18.00.", "ru", [("9.00", "identifier"), ("18.00", "identifier")]),
        ("Рабочее время 9.30–18.30.", "ru", [("9.30", "identifier"), ("18.30", "identifier")]),
        (
            "Қабылдау сағат 9.00-ден 18.00-ге дейін.",
            "kk",
            [("9.00", "identifier"), ("18.00", "identifier")],
        ),
        ("Показатель составил 9.45.", "ru", [("9.45", "count")]),
        # a helpline's number names it; a count after its name counts
        ("Детский телефон доверия 111 принял звонки.", "ru", [("111", "identifier")]),
        ("По телефону 150 можно позвонить.", "ru", [("150", "identifier")]),
        ("111 балалар сенім телефоны жұмыс істейді.", "kk", [("111", "identifier")]),
        ("Сенім телефонына 3 200 өтініш түсті.", "kk", [("3 200", "count")]),
        # a room, an office, a house in an address
        ("Приём в кабинете 305.", "ru", [("305", "identifier")]),
        (
            "Адрес: ул. Мангилик Ел, 8, кабинет 305.",
            "ru",
            [("8", "identifier"), ("305", "identifier")],
        ),
        ("Кеңсе: Абай даңғылы, 10.", "kk", [("10", "identifier")]),
        # a helpline or contact centre by other names, a number in quotes
        ("Единая линия 111 работает круглосуточно.", "ru", [("111", "identifier")]),
        ("Обратиться можно в службу «111».", "ru", [("111", "identifier")]),
        ("На линию поступило 500 звонков.", "ru", [("500", "count")]),
        ("111 байланыс орталығына хабарласыңыз.", "kk", [("111", "identifier")]),
        ("1414 бірыңғай байланыс орталығы жұмыс істейді.", "kk", [("1414", "identifier")]),
        ("На улице Абая 12 волонтеров.", "ru", [("12", "count")]),
    ],
)
def test_clock_times_helplines_and_rooms_are_no_counts(text, lang, expected):
    assert [(m.text, m.kind) for m in find_mentions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # how many times: a ratio, with its qualifier; not a count of "раза"
        ("Число обращений увеличилось в 2,5 раза.", "ru", [("2,5 раза", "ratio", 2.5, "exact")]),
        ("Сократилось почти в два раза.", "ru", [("два раза", "ratio", 2, "about")]),
        ("Выросло более чем в 2 раза.", "ru", [("2 раза", "ratio", 2, "more_than")]),
        ("Снизилось в полтора раза.", "ru", [("полтора раза", "ratio", 1.5, "exact")]),
        (
            "Выросло в 2–3 раза.",
            "ru",
            [("2", "ratio", 2, "exact"), ("3 раза", "ratio", 3, "exact")],
        ),
        ("Өтініштер саны 2,5 есе артты.", "kk", [("2,5 есе", "ratio", 2.5, "exact")]),
        ("Саны екі есеге жуық қысқарды.", "kk", [("екі есеге", "ratio", 2, "about")]),
        ("Үш еседен астам өсті.", "kk", [("Үш еседен", "ratio", 3, "more_than")]),
        # "2 раза в год" counts occasions: no "в" before the number
        ("Проверка проводится 2 раза в год.", "ru", [("2", "count", 2, "exact")]),
    ],
)
def test_how_many_times_is_a_ratio(text, lang, expected):
    got = [(m.text, m.kind, m.plain_value, m.qualifier) for m in find_mentions(text, lang)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Охват учащихся 1–4 классов вырос.", "ru", [("1", "ordinal"), ("4", "ordinal")]),
        ("Дети принимаются в 1-4 классы.", "ru", [("1", "ordinal"), ("4", "ordinal")]),
        ("1-4 сыныптарға қабылданады.", "kk", [("1", "ordinal"), ("4", "ordinal")]),
        ("1–4 сынып оқушылары", "kk", [("1", "ordinal"), ("4", "ordinal")]),
        # a count of classes stays a count
        ("Открыто 50 новых классов.", "ru", [("50", "count")]),
        ("В школе 20–25 классов.", "ru", [("20", "count"), ("25", "count")]),
    ],
)
def test_a_range_of_school_grades_is_two_ordinals(text, lang, expected):
    got = [(m.text, m.kind) for m in find_mentions(text, lang)]
    assert got == expected
    assert all(m.unit is None for m in find_mentions(text, lang) if m.kind == "ordinal")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Қылмыстық кодекстің 120-бабы қолданылады.", [("120-бабы", "identifier")]),
        ("Заңның 5-бабының 3-тармағына сәйкес", [("5-бабының", "identifier"), ("3", "identifier")]),
        ("2-сынып оқушылары", [("2-сынып", "ordinal")]),  # a grade is a rank
    ],
)
def test_a_kazakh_article_number_is_an_identifier(text, expected):
    assert [(m.text, m.kind) for m in find_mentions(text, "kk")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рождаемость за 9 мес. 2024 г. выросла.", ("9 мес", "duration", "мес")),
        ("За 2 нед. поступило обращений.", ("2 нед", "duration", "нед")),
        ("Срок рассмотрения 10 дн.", ("10 дн", "duration", "дн")),
        ("Ребенок провел там 3 сут.", ("3 сут", "duration", "сут")),
    ],
)
def test_abbreviated_time_words_make_a_duration(text, expected):
    first = find_mentions(text, "ru")[0]
    assert (first.text, first.kind, first.unit) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Жәрдемақы 63 АЕК-ті құрайды.", "exact"),
        ("Төлем 100 АЕК-ке дейін.", "less_than"),
        ("Көмек 5 АЕК-тен астам.", "more_than"),
    ],
)
def test_a_currency_abbreviation_with_a_kazakh_case_ending_is_money(text, qualifier):
    (found,) = find_mentions(text, "kk")
    assert (found.kind, found.qualifier, found.unit.split("-")[0]) == ("money", qualifier, "АЕК")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a fraction of a whole is a ratio below one, with its qualifier
        ("Более трети детей живут в селе.", "ru", [("трети", 1 / 3, "more_than")]),
        ("Две трети школ отремонтированы.", "ru", [("Две трети", 2 / 3, "exact")]),
        ("Около четверти семей получают пособие.", "ru", [("четверти", 0.25, "about")]),
        ("Балалардың үштен бірі ауылда тұрады.", "kk", [("үштен бірі", 1 / 3, "exact")]),
        ("Оқушылардың үштен екісі қатысты.", "kk", [("үштен екісі", 2 / 3, "exact")]),
        ("Мектептердің бестен бірінде", "kk", [("бестен бірінде", 0.2, "exact")]),
        ("Одна пятая часть детей живет в селе.", "ru", [("Одна пятая часть", 0.2, "exact")]),
        ("Две пятых школ отремонтированы.", "ru", [("Две пятых", 0.4, "exact")]),
    ],
)
def test_a_fraction_of_a_whole_is_a_ratio(text, lang, expected):
    got = [(m.text, m.plain_value, m.qualifier) for m in find_mentions(text, lang)]
    assert got == [(t, pytest.approx(v), q) for t, v, q in expected]
    assert all(m.kind == "ratio" for m in find_mentions(text, lang))


@pytest.mark.parametrize(
    "text",
    ["Во второй четверти учебного года", "В III четверти", "Четверть века назад", "Третью неделю"],
)
def test_a_school_term_a_quarter_century_or_an_ordinal_is_no_fraction(text):
    assert all(m.kind != "ratio" for m in find_mentions(text, "ru"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Каждый пятый ребенок не посещает детский сад.", "ru", ("Каждый пятый", 0.2)),
        ("Каждая третья семья получает пособие.", "ru", ("Каждая третья", 1 / 3)),
        ("Әрбір бесінші бала мектепке дейінгі ұйымға бармайды.", "kk", ("әрбір бесінші", 0.2)),
        ("Число обращений сократилось вдвое.", "ru", ("вдвое", 2)),
        ("Половина детей занимается спортом.", "ru", ("Половина", 0.5)),
        ("Половина семей получает пособие.", "ru", ("Половина", 0.5)),
        ("Балалардың жартысы спортпен айналысады.", "kk", ("жартысы", 0.5)),
    ],
)
def test_every_nth_a_half_and_twofold_are_ratios(text, lang, expected):
    (found,) = find_mentions(text, lang)
    assert (found.text.lower(), found.kind, found.plain_value) == (
        expected[0].lower(),
        "ratio",
        pytest.approx(expected[1]),
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Во второй половине 2024 года", "ru"),
        ("Встреча в половине пятого", "ru"),
        ("Половина дня ушла на дорогу", "ru"),
        ("Жылдың екінші жартысында", "kk"),
    ],
)
def test_a_half_that_names_a_period_or_a_time_is_no_ratio(text, lang):
    assert all(m.kind != "ratio" for m in find_mentions(text, lang))


def test_tenths_of_a_percent_are_a_percent():
    (found,) = find_mentions("Доля снизилась на три десятых процента.", "ru")
    assert (found.text, found.kind, found.plain_value) == ("три десятых процента", "percent", 0.3)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a document number with its parts is one name
        ("Приказ № 1-2/345 утвердил правила.", "ru", [("№ 1-2/345", "identifier")]),
        ("Решение № 45/2 принято.", "ru", [("№ 45/2", "identifier")]),
        # a headline in capitals counts; a code before a number still names it
        ("ЧИСЛО ШКОЛ 7 845", "ru", [("7 845", "count")]),
        ("БАЛАЛАР САНЫ 5 460 449", "kk", [("5 460 449", "count")]),
        ("Бағдарлама ЦУР 4", "kk", [("ЦУР 4", "identifier")]),
        # list items within a line
        (
            "Направления: 1) питание; 2) здоровье.",
            "ru",
            [("1)", "ordinal"), ("2)", "ordinal")],
        ),
        # a year written as an ordinal, a Kazakh plural year word in the dative
        ("2024-ші жылы мектеп салынды.", "kk", [("2024-ші жылы", "year")]),
        ("2020-2025 жылдарға арналған бағдарлама", "kk", [("2020-2025 жылдарға", "date_range")]),
    ],
)
def test_official_document_forms(text, lang, expected):
    assert [(m.text, m.kind) for m in find_mentions(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пособие составит 100 000 (сто тысяч) тенге.", ("100 000 (сто тысяч)", "money", "тенге")),
        (
            "Срок не может превышать 6 (шести) месяцев.",
            ("6 (шести) месяцев", "duration", "месяцев"),
        ),
        ("Жәрдемақы 45 000 (қырық бес мың) теңге.", ("45 000 (қырық бес мың)", "money", "теңге")),
    ],
)
def test_a_number_restated_in_words_is_one_number(text, expected):
    (found,) = find_mentions(text)
    assert (found.text, found.kind, found.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Соотношение 1:5 соблюдено.", [("1:5", "ratio")]),
        ("Соотношение воспитателей и детей 1:15.", [("1:15", "ratio")]),
        ("Приём в 10:30.", [("10:30", "identifier")]),  # a clock time
    ],
)
def test_a_colon_between_numbers_is_a_ratio_unless_it_tells_the_time(text, expected):
    assert [(m.text, m.kind) for m in find_mentions(text, "ru")] == expected

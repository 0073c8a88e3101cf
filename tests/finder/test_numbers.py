import pytest

from finder.numbers import guess_language, parse_digits, read_numbers


@pytest.mark.parametrize(
    ("text", "value", "percent"),
    [
        ("Қазақстанда 5 460 449 бала бар", 5460449, False),
        ("5\u00a0460\u00a0449", 5460449, False),
        ("5\u202f460\u202f449", 5460449, False),
        ("на – 12,5%", 12.5, True),
        ("кірістің 50%-ы", 50, True),
        ("59,7 пайызы", 59.7, True),
        ("рост на 3.5 процента", 3.5, True),
        ("398,6 мың", 398600, False),
        ("3,5 миллионы", 3500000, False),
        ("387, 9 тысячи", 387900, False),
        ("2,5 млрд", 2500000000, False),
        ("в семь законов", 7, False),
        ("первых трех Целей", 3, False),
        ("жеті заң", 7, False),
        ("жиырма бес бала", 25, False),
    ],
)
def test_reads_the_first_number(text, value, percent):
    token = read_numbers(text)[0]
    assert token.value == pytest.approx(value)
    assert token.percent is percent


def test_a_list_of_years_is_not_read_as_a_decimal():
    assert [t.value for t in read_numbers("в 2015, 2016 годах")] == [2015, 2016]


def test_russian_pronoun_is_not_ten():
    assert read_numbers("он сказал") == []
    assert [t.value for t in read_numbers("он екі бала")] == [12]


def test_parse_digits_and_language_guess():
    assert parse_digits("1 300") == 1300
    assert guess_language("бала бар") == "ru"  # no letters unique to Kazakh
    assert guess_language("нәресте") == "kk"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a point before three digits separates thousands; otherwise it is a decimal point
        ("составило 98.540 человек", [98540]),
        ("выплачено 1.234.567 тенге", [1234567]),
        ("доля 0.125", [0.125]),
        ("рост на 2.125%", [2.125]),
        ("1.500 млн тенге", [1500000]),
        ("рост на 3.5 процента", [3.5]),
        ("12.3456 единиц", [12.3456]),
        # a larger scale then a smaller amount, spaces between, is one number
        ("3 млн 850 тыс. человек", [3850000]),
        ("3 млн 850 мың адам", [3850000]),
        ("2 тыс. 150 пособий", [2150]),
        ("5 мың 200 бала", [5200]),
        ("3 млн, 850 тыс. человек", [3000000, 850000]),
        ("3 тыс. 5 млн", [3000, 5000000]),
        ("2 млн 15%", [2000000, 15]),
        # a half after a whole number; vague plurals before a scale state no number
        ("бір жарым миллион", [1500000]),
        ("екі жарым жас", [2.5]),
        ("жарым миллион", [500000]),
        ("два с половиной миллиона", [2500000]),
        ("три с половиной года", [3.5]),
        ("жүздеген мың бала", []),
        ("ондаған мың отбасы", []),
        ("бірнеше миллион теңге", []),
        ("несколько тысяч детей", []),
        ("сотни тысяч семей", []),
        ("мың бала", [1000]),
    ],
)
def test_points_scales_halves_and_vague_plurals(text, values):
    assert [t.value for t in read_numbers(text)] == pytest.approx(values)

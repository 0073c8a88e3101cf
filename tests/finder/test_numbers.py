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

"""The number-word tables: one per language, every form spelled out."""

from __future__ import annotations

import pytest

from finder import find_mentions
from finder.number_words import KK_WORDS, RU_WORDS, SCALE_AFTER_NUMBER, kk_case_forms, kk_ordinal
from finder.numbers import guess_language, word_value


def test_each_language_has_its_own_table():
    assert RU_WORDS["семь"].value == 7 and "семь" not in KK_WORDS
    assert KK_WORDS["жеті"].value == 7 and "жеті" not in RU_WORDS
    assert RU_WORDS["четвертого"].role == "ordinal" and KK_WORDS["төртінші"].role == "ordinal"


@pytest.mark.parametrize(
    ("stem", "forms"),
    [
        ("бес", ["бес", "беске", "бесте", "бестен", "бестің", "бесті", "беспен", "бестей"]),
        (
            "алты",
            ["алты", "алтыға", "алтыда", "алтыдан", "алтының", "алтыны", "алтымен", "алтыдай"],
        ),
        ("мың", ["мың", "мыңға", "мыңда", "мыңнан", "мыңның", "мыңды", "мыңмен", "мыңдай"]),
        ("жүз", ["жүз", "жүзге", "жүзде", "жүзден", "жүздің", "жүзді", "жүзбен", "жүздей"]),
    ],
)
def test_kazakh_case_forms_follow_vowel_harmony_and_the_last_sound(stem, forms):
    assert kk_case_forms(stem) == forms


@pytest.mark.parametrize(
    ("stem", "ordinal"),
    [
        ("бір", "бірінші"),
        ("алты", "алтыншы"),
        ("жеті", "жетінші"),
        ("он", "оныншы"),
        ("жиырма", "жиырмасыншы"),
        ("қырық", "қырқыншы"),
        ("елу", "елуінші"),
    ],
)
def test_kazakh_ordinals(stem, ordinal):
    assert kk_ordinal(stem) == ordinal


@pytest.mark.parametrize("word", ["бірге", "бірден", "онда", "ондай", "оны", "оның", "үшін"])
def test_kazakh_words_that_look_like_numbers_are_not(word):
    assert word not in KK_WORDS


def test_a_form_of_one_language_that_is_a_word_in_the_other():
    assert word_value("он", "kk") == 10
    assert word_value("он", "ru") is None  # "he"
    assert word_value("семью", "ru") is None  # "family", far more often than "with seven"


def test_scale_words_are_whole_forms():
    assert SCALE_AFTER_NUMBER["миллионы"] == 10**6 and SCALE_AFTER_NUMBER["тыс."] == 1000
    assert "тысячелетия" not in SCALE_AFTER_NUMBER and "мыңдаған" not in SCALE_AFTER_NUMBER


def test_language_guess_by_share_of_kazakh_letters():
    russian_with_a_kazakh_name = "Программа «Қазақстан балалары» принята. " + "Дети и семьи. " * 20
    assert guess_language(russian_with_a_kazakh_name) == "ru"
    assert guess_language("Қазақстанда 5 460 449 бала бар") == "kk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он жеті өңірдің он екісі жоспарды орындады.", [17, 12]),  # twelve of the seventeen
        ("Жиырма баланың жетісі ауылдан келді.", [20, 7]),
        ("Жүз мектептің қырқы жөндеуден өтті.", [100, 40]),
        # "one of", "in the world", "its quarter": no number
        ("Қазақстан — әлемдегі ең ірі елдердің бірі.", []),
        ("Жер жүзінде балалар", []),
        ("Жылдың үшінші тоқсанының қорытындысы", None),
    ],
)
def test_kazakh_possessive_numerals(text, expected):
    counts = [m.plain_value for m in find_mentions(text, "kk") if m.kind == "count"]
    if expected is None:  # the quarter is a date range, no count of ninety
        assert 90 not in counts
    else:
        assert counts == expected

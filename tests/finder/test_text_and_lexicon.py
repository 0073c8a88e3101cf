from finder.lexicon import stated_direction, states_qualifier
from finder.text import locate, locate_all, normalise_space


def test_quote_matches_across_any_white_space_but_nothing_else():
    text = "прошла \u00a0Международная\nконференция"
    assert locate(text, "прошла Международная конференция") == (0, len(text))
    assert locate(text, "прошла международная конференция") is None
    assert normalise_space(" a\u202f b ") == "a b"


def test_a_paragraph_printed_twice_is_found_twice():
    assert len(locate_all("x 12 y. x 12 y.", "x 12 y")) == 2


def test_direction_and_qualifier_words():
    assert stated_direction("снижение преступлений на 30%") == -1
    assert stated_direction("қылмыс 5%-ға азайды") == -1
    assert stated_direction("рост рождаемости") == 1
    assert stated_direction("30% детей") == 0
    assert states_qualifier("более 1300 участников", "more_than")
    assert states_qualifier("(шамамен 1000 адам)", "about")
    assert not states_qualifier("1300 участников", "more_than")

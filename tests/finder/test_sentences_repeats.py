"""Sentences, and a paragraph printed twice."""

from __future__ import annotations

from finder import find_mentions
from finder.sentences import sentence_spans
from loaders.paths import DATA_DIR


def _sentences(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_end_at_stops_and_line_breaks_not_at_abbreviations_or_initials():
    text = (
        "21 и 22 ноября 2016 г. в Астане прошла конференция. Президент Н. Назарбаев подписал "
        "протоколы.\nДата публикации: 23 ноября 2016\n\n«Қазақстанда 5 460 449 бала бар. "
        "2016 жылы т.б. барады», - деді."
    )
    assert _sentences(text) == [
        "21 и 22 ноября 2016 г. в Астане прошла конференция.",
        "Президент Н. Назарбаев подписал протоколы.",
        "Дата публикации: 23 ноября 2016",
        "«Қазақстанда 5 460 449 бала бар.",
        "2016 жылы т.б. барады», - деді.",
    ]


def test_a_wrapped_line_goes_on():
    assert _sentences("Всего 12 детей\nполучили помощь. Дальше.") == [
        "Всего 12 детей\nполучили помощь.",
        "Дальше.",
    ]


def test_a_paragraph_printed_twice_gives_each_mention_once_with_its_repeats():
    paragraph = "Қазір 12 тақырыпты жарияладық. Әлемнің 35 елінен сарапшылар келеді."
    text = f"Кіріспе: 5 бала.\n{paragraph}\nАралық.\n{paragraph}\n"
    mentions = find_mentions(text, "kk")
    assert [(m.text, m.repeats, len(m.occurrences)) for m in mentions] == [
        ("5", 1, 1),
        ("12", 2, 2),
        ("35", 2, 2),
    ]
    twelve = mentions[1]
    assert twelve.start == text.index("12")
    assert [text[s:e] for s, e in twelve.occurrences] == ["12", "12"]
    assert twelve.sentence == "Қазір 12 тақырыпты жарияладық."


def test_the_same_number_in_different_sentences_stays_two_mentions():
    mentions = find_mentions("Было 12 школ. Стало 12 детских садов.", "ru")
    assert [(m.text, m.repeats) for m in mentions] == [("12", 1), ("12", 1)]


def test_the_seed_document_printed_twice_counts_each_repeat():
    text = (DATA_DIR / "sources" / "001_9a8ff3abb1ea9e4e.txt").read_text(encoding="utf-8")
    mentions = find_mentions(text, "kk")
    assert len(mentions) == 19
    assert {m.repeats for m in mentions} == {1, 2}
    assert sum(m.repeats for m in mentions) == 32

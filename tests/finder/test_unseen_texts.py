"""Two press paragraphs written for this test, in the style of statistical releases, that
no part of the finder was built on: every number, its kind, value, qualifier, unit, date
and, for quantities, the proposed indicator."""

from __future__ import annotations

import pytest

from finder import find_mentions
from finder.suggest import load_suggester
from indicators.load import REGISTRY_DIR

RU = (
    "По данным Бюро национальной статистики, в январе–сентябре 2024 года в Казахстане "
    "родились 287,4 тыс. детей, что на 8,5% меньше, чем за аналогичный период 2023 года. "
    "Коэффициент рождаемости составил 19,6 на 1000 человек. Численность детей в возрасте "
    "до 18 лет на 1 октября 2024 года достигла 6 952 318 человек, или 34,7% населения. "
    "На поддержку многодетных семей направлено свыше 120 млрд тенге. В 17 регионах открыто "
    "около двухсот центров поддержки семьи.\n"
)
KK = (
    "Ұлттық статистика бюросының мәліметінше, 2024 жылдың қаңтар-қыркүйек айларында "
    "елімізде 287,4 мың нәресте дүниеге келді. Бұл өткен жылдың сәйкес кезеңімен "
    "салыстырғанда 8,5 пайызға аз. 2024 жылғы 1 қазандағы жағдай бойынша 18 жасқа дейінгі "
    "балалар саны 6\u00a0952\u00a0318 адамды құрады. Көпбалалы отбасыларды қолдауға "
    "120 млрд теңгеден астам қаржы бөлінді. Биыл 17 өңірде отбасыны қолдаудың 200-ге жуық "
    "орталығы ашылды. Форумға 35 елден 1500-ден астам қатысушы келді, 12 тақырыптық алаң "
    "жұмыс істеді.\n"
)

EXPECTED = {
    "ru": [
        ("январе–сентябре 2024 года", "date_range", None, "exact", None, "2024-01/2024-09", None),
        ("287,4 тыс.", "count", 287400, "exact", "детей", None, "BIRTHS"),
        ("8,5%", "percent", 8.5, "exact", None, None, None),
        ("2023 года", "year", 2023, "exact", None, "2023", None),
        ("19,6 на 1000", "rate", 19.6, "exact", "на 1000 человек", None, None),
        ("18 лет", "duration", 18, "less_than", "лет", None, None),
        ("1 октября 2024 года", "date", None, "exact", None, "2024-10-01", None),
        ("6 952 318", "count", 6952318, "exact", "человек", None, "CHILD_POP"),
        ("34,7%", "percent", 34.7, "exact", None, None, None),
        ("120 млрд", "money", 120_000_000_000, "more_than", "тенге", None, None),
        ("17", "count", 17, "exact", "регионах", None, None),
        ("двухсот", "count", 200, "about", "центров", None, None),
    ],
    "kk": [
        ("2024 жылдың қаңтар-қыркүйек", "date_range", None, "exact", None, "2024-01/2024-09", None),
        ("287,4 мың", "count", 287400, "exact", "нәресте", None, "BIRTHS"),
        ("8,5 пайызға", "percent", 8.5, "exact", None, None, None),  # "fewer by", no bound
        ("2024 жылғы 1 қазандағы", "date", None, "exact", None, "2024-10-01", None),
        ("18 жасқа", "duration", 18, "less_than", "жасқа", None, None),  # under 18
        ("6\u00a0952\u00a0318", "count", 6952318, "exact", "адамды", None, "CHILD_POP"),
        ("120 млрд", "money", 120_000_000_000, "more_than", "теңгеден", None, None),
        ("17", "count", 17, "exact", "өңірде", None, None),
        ("200-ге", "count", 200, "about", "орталығы", None, None),
        ("35", "count", 35, "exact", "елден", None, "EVENT_COUNTRIES"),
        ("1500-ден", "count", 1500, "more_than", "қатысушы", None, "EVENT_PARTICIPANTS"),
        ("12", "count", 12, "exact", "алаң", None, "THEMATIC_PLATFORMS"),
    ],
}


@pytest.mark.parametrize(("lang", "text"), [("ru", RU), ("kk", KK)])
def test_every_number_of_an_unseen_paragraph(lang, text):
    suggester = load_suggester(REGISTRY_DIR)
    got = [
        (
            m.text,
            m.kind,
            m.plain_value,
            m.qualifier,
            m.unit,
            m.date or (f"{m.start_date}/{m.end_date}" if m.start_date else None),
            m.indicator,
        )
        for m in find_mentions(text, None, suggester)
    ]
    assert got == EXPECTED[lang]

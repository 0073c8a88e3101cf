"""Word patterns the finder reads a number's kind from, in Russian and Kazakh.

Each is a regular expression matched, case-insensitively, against one whole word.
"""

from __future__ import annotations

import re

from finder.number_words import words_of

_KK_CASE = (
    "ға|ге|қа|ке|на|не|а|е|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ндан|нден|"
    "ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|н|ын|ін|мен|бен|пен|"
    "дағы|дегі|тағы|тегі|ндағы|ндегі|ғы|гі|қы|кі|дай|дей|тай|тей|дейін|ға дейін"
)
# What a Kazakh writer hangs on a number with a hyphen: "2015-тен", "18%-ға", "5-і".
KK_SUFFIX = re.compile(
    rf"(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі|ын|ін)?(?:{_KK_CASE})?", re.IGNORECASE
)
KK_ORDINAL_SUFFIX = re.compile(rf"(?:ші|шы|інші|ыншы|нші|ншы)(?:сы|сі|{_KK_CASE})?", re.I)
RU_ORDINAL_SUFFIX = re.compile(
    r"й|я|е|го|му|м|ю|ой|ая|ое|ые|ым|ом|ую|ый|ий|ей|ого|ому|его|ему|им|ем|ими|ыми|ых", re.I
)
RU_CARDINAL_SUFFIX = re.compile(r"х|ух|ех|ёх|ти|и|ми|мя|ью", re.I)

RU_ANNIVERSARY_SUFFIX = re.compile(r"лет(?:ие|ия|ию|ием|ии)", re.I)
KK_ANNIVERSARY = re.compile(r"жылдығ[а-яәғқңөұүһі]*", re.I)
ANNIVERSARY_AFTER_ORDINAL = re.compile(r"годовщин[а-я]*|юбиле[а-я]*|мерейтой[а-яәғқңөұүһі]*", re.I)
KK_YEARS_ADJECTIVE = re.compile(r"жылдық", re.I)  # "30 жылдық мерейтойы": 30th anniversary
# "жыл толуына": a number of years being completed, an anniversary ("30 жыл толуына арналған").
KK_YEARS_COMPLETED = re.compile(r"тол(?:уы|уына|ды|ған|ғаны|ғанына|атын)[а-яәғқңөұүһі]*", re.I)
CURRENCY_COUNTRY = re.compile(r"ақш|сша", re.I)  # "АҚШ доллары", "долларов США"
DURATION_SUFFIX = re.compile(
    r"(?:летн|месячн|дневн|недельн|часов|минутн|суточн|годичн|жылдық|айлық|күндік|сағаттық)"
    r"[а-яәғқңөұүһі]*",
    re.I,
)
PERCENT_SUFFIX = re.compile(r"процентн[а-я]*|пайыздық", re.I)

# A time unit after a number makes it a duration ("за 9 месяцев", "10 айының"), an age
# word too ("18 жасқа", "до 18 лет"). "год"/"жыл" only after a number below 1000.
DURATION_WORD = re.compile(
    r"лет|месяц[а-я]*|мес|недел[а-я]*|нед|дн(?:я|ей|ям|ями|ях)?|день|сут(?:ки|ок|кам|ках)?|"
    r"час(?:а|ов|ам|ами|ах)?|минут[а-я]*|секунд[а-я]*|"
    r"ай|ай(?:ы|ын|ының|ына|ында|ынан|да|дан|ға|лық|лар|лары|ларында|лардың)|"
    r"апта[а-яәғқңөұүһі]*|күн(?:і|ін|інің|іне|інде|нен|ге|де|дер|дері|дерде|дік)?|"
    r"тәулік[а-яәғқңөұүһі]*|сағат[а-яәғқңөұүһі]*|"
    r"жас|жас(?:қа|та|тан|тың|ты|ы|ында|ына|тағы|ар|арға|тар|тары)",
    re.I,
)
# Nouns for people, in general or by what they are ("1300 человек", "500-ден астам адам",
# "700 специалистов", "10 мыңнан астам оқушы"): a count of them may be of participants,
# children, anything the words around say. Stems; any ending may follow.
_PEOPLE_STEMS = (
    "человек чел. граждан персон специалист эксперт делегат педагог учител ученик учащ "
    "школьник студент выпускник воспитанник волонтер волонтёр врач медик родител подрост "
    "молодеж молодёж представител гост спикер участниц слушател жител сотрудник работник "
    "адам тұлға кісі маман сарапшы мұғалім оқушы оқытушы түлек тәрбиеленуші "
    "ерікті дәрігер ата-ана жасөспірім жастар өкіл қонақ тыңдаушы тұрғын қызметкер "
    "сәби бөбек младен малыш матер отц отец мужчин женщин девоч девушк мальчик юнош сирот "
    "беременн жетім әйел"
)
PEOPLE_NOUN = re.compile(
    "лиц|лица|лицам|лицами|лицах|(?:"  # "лиц" whole: not "лицей", "лицензия"
    + "|".join(re.escape(stem) for stem in _PEOPLE_STEMS.split())
    + ")[^\\W\\d_]*",
    re.I,
)
# A Kazakh case ending hyphenated to a number, a scale word or an abbreviation: "1,5 млн-нан",
# "63 АЕК-ті", "2,5 млн-ға".
CASE_ENDING = re.compile(r"[-‑][^\W\d_]{1,4}(?![^\W\d_])")
# How many times one number is another: Russian "в 2,5 раза" (with "в" before the number: "2
# раза в год" counts occasions), Kazakh "2,5 есе", "екі есеге жуық", "3 еседен астам".
RU_TIMES = re.compile(r"раза?", re.I)
KK_TIMES = re.compile(r"есе(?:ге|ден|дей)?", re.I)
# A school grade: "1–4 классов", "1-4 сыныптарға" (a range of grades, not a count of classes).
GRADE_WORD = re.compile(r"класс(?:ы|ов|ах|ам|е)?|сынып[а-яәғқңөұүһі]*", re.I)
YEAR_WORD = re.compile(
    r"год|года|году|годом|годы|годах|лет|"
    r"жыл|жылы|жылға|жылдан|жылда|жылдың|жылғы|жылмен|жылдар|жылдары|жылдық",
    re.I,
)
CURRENCY_WORD = re.compile(
    r"тенге|тенге[а-я]*|теңге[а-яәғқңөұүһі]*|тг|руб(?:л[а-я]*)?|доллар[а-яәғқңөұүһі]*|долл|"
    r"евро|еуро|сом[а-яәғқңөұүһі]*|usd|eur|kzt|rub|мрп|аек",
    re.I,
)
CURRENCY_SIGN = "₸$€₽"

# Words before a number that make it a reference, not a quantity ("статьи 19", "5-бап").
REFERENCE_WORD = re.compile(
    r"стат(?:ья|ьи|ье|ью|ьей)|ст|пункт[а-я]*|п|пп|подпункт[а-я]*|глав[аыеу]|"
    r"част[ьи]|приложени[а-я]*|бап|баб[а-яәғқңөұүһі]*|тармақ[а-яәғқңөұүһі]*|"
    r"тармағ[а-яәғқңөұүһі]*|тарау[а-яәғқңөұүһі]*|номер[а-я]*|нөмір[а-яәғқңөұүһі]*|"
    # an address or a room ("кабинет 305", "үй 8"), a helpline ("телефон доверия 111")
    r"кабинет[а-яәғқңөұүһі]*|каб|офис[а-яәғқңөұүһі]*|дом|д|кв|корпус[а-я]*|"
    r"үй|пәтер[а-яәғқңөұүһі]*|доверия|телефон|телефона|телефону|"
    # a helpline or contact centre named by its number ("единая линия 111", "службу 111")
    r"лини[яиюе]|линией|служб[аыуе]|службой|желісі|желісіне|желісінің",
    re.I,
)
# A helpline named after its number ("111 сенім телефоны", "150 балалар сенім телефонына",
# "сенім телефоны 111"); "сенім телефонына 3 200 өтініш" counts.
HOTLINE_BEFORE = re.compile(r"сенім[ \u00a0]телефоны?[ \u00a0]?$", re.I)
HOTLINE_AFTER = re.compile(
    r"(?:[ \u00a0][а-яәғқңөұүһі]+){0,2}[ \u00a0]"
    r"(?:сенім[ \u00a0]телефон|телефон[а-я]*[ \u00a0]доверия|байланыс[ \u00a0]орталы[ғқ]|"
    r"(?:колл|call|контакт)[- ]?(?:центр|орталы[ғқ])|жедел[ \u00a0]желі|сенім[ \u00a0]желі)",
    re.I,
)
# A street before a house number in an address ("ул. Мангилик Ел, 8", "Абай даңғылы, 10").
ADDRESS_BEFORE = re.compile(
    r"(?:(?<![а-яәғқңөұүһі])(?:ул|пр|просп|мкр)\.|улиц[аеы]|проспект[а-я]*|микрорайон[а-я]*|"
    r"көшесі|даңғылы|шағын[ \u00a0]ауданы)[^,.;:()\n]{0,40},[ \u00a0]*(?:д\.[ \u00a0]*)?$",
    re.I,
)

# Words before a clock time written with a point ("с 9.00 до 18.00", "сағат 10.30-да").
CLOCK_WORD = re.compile(r"с|со|до|в|к|по|сағат[а-яәғқңөұүһі]*|час[а-я]*", re.I)

# Names of numbered series: the number after them names a goal, a survey round or an event
# ("ЦУР 4", "MICS 2024", "EXPO 2017"), whatever word follows.
SERIES_NAME = re.compile(
    r"ЦУР|ЦРТ|ТДМ|МДМ|SDGs?|MDGs?|MICS|DHS|PISA|TIMSS|PIRLS|ICCS|TALIS|EXPO|ЭКСПО|COVID|"
    r"ISO|ГОСТ|СТ\s?РК|COP|G",
)
# An acronym in Latin capitals before a year-like number names an edition ("PISA 2022").
LATIN_ACRONYM = re.compile(r"[A-Z]{2,12}")


# Words that are no counted noun: prepositions, conjunctions, particles, pronouns.
STOP_WORDS = words_of(
    """
    в во на с со к ко по о об обо от до из за у для при про без над под перед через между
    против среди после кроме вместо согласно благодаря ради вне внутри возле вдоль и а
    но или либо что чтобы как это этот эта эти тот та те то не ни же ли бы уже еще ещё также
    тоже только лишь более менее около почти свыше порядка примерно чем всего которые который
    которых которым когда где его ее её их он она они мы вы я және мен бен пен да де та те бұл
    ол осы сол үшін бойынша дейін кейін бері арқылы туралы сияқты емес бар жоқ еді болды болып
    деп ал бірақ яғни тағы ғана қана әр әрбір шамамен астам артық аса жуық кем көп аз шамасында
    шақты немесе яки бастап соң бұрын қарай шейін таман
    """
)

# Not "-ий": after a number it is mostly a noun's genitive plural ("1 987 преступлений").
_RU_ADJECTIVE = re.compile(r".{2,}(?:ых|их|ыми|ими|ого|его|ому|ему|ую|ый|ые|ая|яя|ое|ее)", re.I)
_KK_ADJECTIVE = re.compile(
    r".{2,}(?:лық|лік|дық|дік|тық|тік|дағы|дегі|тағы|тегі|ғы|гі|қы|кі|лы|лі)", re.I
)


# Kazakh adjectives with no ending that marks them, common between a number and its noun
# ("312 жаңа мектеп", "1000 қосымша орын", "5 арнайы мектеп").
_KK_PLAIN_ADJECTIVES = frozenset(
    [
        "жаңа",
        "қосымша",
        "арнайы",
        "шағын",
        "үлкен",
        "ірі",
        "жеке",
        "бос",
        "ескі",
        "кіші",
        "басқа",
        "бірыңғай",
    ]
)


def is_adjective(word: str, lang: str) -> bool:
    """Looks like an adjective that stands between a number and its noun
    ("трех основных направлениях", "үш негізгі бағыт", "312 жаңа мектеп")."""
    if lang == "ru":
        return bool(_RU_ADJECTIVE.fullmatch(word))
    return word.lower() in _KK_PLAIN_ADJECTIVES or bool(_KK_ADJECTIVE.fullmatch(word))


# Who a rate is counted per ("на 1000 человек населения", "100 мың балаға"): the nouns of a
# population, in the cases a base puts them in (Russian genitive after "на N", Kazakh dative).
RU_POPULATION_NOUN = re.compile(
    r"человек|населени[яею]|жител(?:ей|я)|дет(?:ей|я)|реб[её]н(?:ок|ка)|мальчик(?:ов|а)|"
    r"девоч(?:ек|ки)|девушек|юнош(?:ей|и)|женщин[ыу]?|мужчин[ыу]?|родивш(?:ихся|егося)|"
    r"новорожд[её]нн(?:ых|ого)|живорожд(?:ений|ения|[её]нн(?:ых|ого))|"
    r"рожд(?:ений|ения)|родов|младенц(?:ев|а)|подростк(?:ов|а)|школьник(?:ов|а)|"
    r"учащ(?:ихся|егося)|студент(?:ов|а)|сверстник(?:ов|а)|воспитанник(?:ов|а)|"
    r"сем(?:ей|ьи|ью)|домохозяйств|брак(?:ов|а)|беременност(?:ей|и)|пациент(?:ов|а)",
    re.I,
)
KK_DATIVE_ENDING = "(?:ға|ге|қа|ке|на|не)"
_KK_POPULATION = (
    "адам|тұрғын|бала|нәресте|сәби|халық|халқ|әйел|қыз|ұл|оқушы|студент|отбасы|"
    "жасөспірім|ана|туған|туылған|жан|неке"
)
KK_POPULATION_DATIVE = re.compile(
    rf"(?:{_KK_POPULATION})(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)?{KK_DATIVE_ENDING}", re.I
)
KK_DATIVE = re.compile(rf".+{KK_DATIVE_ENDING}", re.I)
# "1000 тұрғынға шаққанда", "100 мың адамға есептегенде": per so many.
KK_PER_WORD = re.compile(r"шаққанда(?:ғы)?|есептегенде(?:гі)?", re.I)
# A Kazakh participle or converb ("арналған", "берілген", "өсіп") ends the phrase a
# number stands in.
KK_VERB_FORM = re.compile(r".{2,}(?:ған|ген|қан|кен|ып|іп)", re.I)
# A word before "на N" that makes N a difference, not a base ("выросло на 1000 человек").
RU_COMPARISON = re.compile(
    r"(?:больше|меньше|выше|ниже|превыш|превыс|отлича|измени|прибав|убав|сократ|увелич|"
    r"уменьш|сниз|повыс|вырос|возрос|упал|опуст|подня)[а-яё]*",
    re.I,
)

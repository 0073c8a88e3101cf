"""Throughput of the figure finder over a large generated Kazakh and Russian corpus.

    .venv/bin/python -m benchmarks.finder_throughput            # 40 MB, prints MB/s
    .venv/bin/python -m benchmarks.finder_throughput --mb 5

The corpus is made in memory from sentence templates in both languages, filled with
numbers in every style the finder reads (grouped thousands with a space, a no-break or
a narrow no-break space, decimal commas and points, scale words, percents with Kazakh
endings, number words, dates and ranges, ordinals, anniversaries, identifiers), mixed
with sentences that state no number, and cut into press-release-sized documents. The
finder runs on each document as the build does, with indicator suggestions.
Results are recorded in docs/benchmarks.md ("Figure finder").
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from dataclasses import dataclass

from finder import find_mentions
from finder.suggest import load_suggester
from indicators.load import REGISTRY_DIR

SEPARATORS = (" ", "\u00a0", "\u202f")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


RU_MONTHS = _words(
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
)
KK_MONTHS = _words(
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
)
RU_WORDS = ("семь", "трех", "десять", "двадцать пять", "сто двадцать", "две тысячи")
KK_WORDS = ("бір", "үш", "жеті", "он", "жиырма бес", "бес жүз")

RU_TEMPLATES = (
    "За {months} месяцев {year} года в Казахстане родилось {big} детей.",
    "В конференции приняли участие более {n} участников из {small} стран.",
    "Число особо тяжких преступлений против детей снизилось на {pct}%.",
    "{day} {ru_month} {year} г. в Астане подписан меморандум о сотрудничестве.",
    "В {ru_month_loc} {year} года ЮНИСЕФ провел {ordinal}-й форум, посвященный {n}-летию.",
    "Изменения внесены в {ru_word} законов, около {dec} тыс. семей получили помощь.",
    "Бюджет программы составил {dec} млрд тенге, охват — {pct} процента.",
    "Коэффициент смертности составил {dec} на 1000 живорождений, по итогам ЦУР {small}.",
    "На каждые 100 тыс. детей приходилось {dec} случая, в {small} регионах меньше.",
    "С {year} по {year2} год реализована программа MICS-{year}, охват {pct}%.",
)
RU_PROSE = (
    "Правительство продолжает работу по защите прав детей в регионах страны.",
    "Представители министерств обсудили вопросы образования и здравоохранения.",
    "Участники отметили важность межведомственного взаимодействия и поддержки семей, "
    "оказавшихся в трудной жизненной ситуации.",
    "По итогам встречи стороны подтвердили готовность к дальнейшему сотрудничеству и "
    "реализации совместных инициатив в интересах будущих поколений.",
    "Особое внимание уделено профилактике насилия, раннему выявлению семей группы риска и "
    "развитию инклюзивного образования.",
    "Эксперты международных организаций поделились лучшими практиками и рекомендациями.",
)
KK_TEMPLATES = (
    "{year} жылдың {months} айының қорытындысы бойынша {big} нәресте дүниеге келген.",
    "Қазақстанда {big} бала бар, оның {pct}%-ы мектепке барады.",
    "{year} жылғы {day} {kk_month} күні конференцияға шамамен {n} адам қатысты.",
    "{day}-{day2} {kk_month} күндері {small} елінен {n}-нан астам сарапшы келеді.",
    "Қылмыс саны {pct}%-ға азайды, {dec} пайызы қалада тіркелген.",
    "Тәуелсіздіктің {small} жылдығына арналған {ordinal}-ші форум өтті, {kk_word} бағыт бар.",
    "Қорға {dec} млрд теңге бөлінді, {n} мың отбасы көмек алды.",
    "Туу коэффициенті 1000 адамға {dec} болды, {small} өңірде одан жоғары.",
    "Іс-шара EXPO-{year} аясында {kk_month} айында өтеді, {small} жасқа дейінгі балалар.",
)
KK_PROSE = (
    "Балалар құқықтарын қорғау саласында жүйелі жұмыс жүргізілуде.",
    "Мемлекеттік органдар мен үкіметтік емес ұйымдар бірлесіп жұмыс істейді.",
    "Конференция барысында балалардың құқығын қорғау саласындағы өзекті мәселелер "
    "талқыланып, нақты ұсыныстар әзірленді.",
    "Ұйымдастырушылар балалардың дауысы естілгенін және конференция қорытындылары "
    "мемлекеттік саясатты жетілдіруге оң ықпал ететінін атап өтті.",
    "Халықаралық сарапшылар үздік тәжірибелерімен бөлісіп, отбасыларды қолдау тетіктерін "
    "күшейту қажеттігін жеткізді.",
    "Іс-шараға депутаттар, мемлекеттік органдардың және қоғамдық ұйымдардың өкілдері қатысты.",
)
RU_MONTHS_LOC = _words(
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
)


def _grouped(number: int, rng: random.Random) -> str:
    separator = rng.choice(SEPARATORS)
    digits = str(number)
    head = len(digits) % 3 or 3
    return separator.join(
        [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    )


def _fill(template: str, rng: random.Random) -> str:
    year = rng.randint(1990, 2025)
    return template.format(
        year=year,
        year2=year + rng.randint(1, 5),
        months=rng.randint(2, 11),
        big=_grouped(rng.randint(10_000, 9_999_999), rng),
        n=rng.randint(100, 5000),
        small=rng.randint(2, 60),
        pct=rng.choice((str(rng.randint(1, 99)), f"{rng.randint(1, 99)},{rng.randint(1, 9)}")),
        dec=f"{rng.randint(1, 999)}{rng.choice(',.')}{rng.randint(1, 9)}",
        day=rng.randint(1, 14),
        day2=rng.randint(15, 28),
        ru_month=rng.choice(RU_MONTHS),
        ru_month_loc=rng.choice(RU_MONTHS_LOC),
        kk_month=rng.choice(KK_MONTHS),
        ordinal=rng.randint(2, 90),
        ru_word=rng.choice(RU_WORDS),
        kk_word=rng.choice(KK_WORDS),
    )


# The share of sentences that state numbers: about 2 numeric mentions a KB, as in the
# seed documents (70 mentions, repeats included, in 34.6 KB).
NUMERIC_SHARE = 0.17


def make_corpus(
    megabytes: float, seed: int = 2016, numeric_share: float = NUMERIC_SHARE
) -> list[str]:
    """Documents of about 4 KB each, half Kazakh and half Russian, `megabytes` in all."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    documents, size = [], 0
    while size < target:
        templates, prose = rng.choice(((RU_TEMPLATES, RU_PROSE), (KK_TEMPLATES, KK_PROSE)))
        paragraphs = []
        for _ in range(rng.randint(4, 8)):
            sentences = [
                _fill(rng.choice(templates), rng)
                if rng.random() < numeric_share
                else rng.choice(prose)
                for _ in range(rng.randint(2, 5))
            ]
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.2:  # some releases print a paragraph twice
            paragraphs.append(paragraphs[0])
        document = "\n\n".join(paragraphs) + "\n"
        documents.append(document)
        size += len(document.encode("utf-8"))
    return documents


@dataclass(frozen=True)
class Result:
    megabytes: float
    documents: int
    mentions: int
    seconds: float
    cpu_seconds: float

    @property
    def mb_per_second(self) -> float:
        """Wall-clock throughput."""
        return self.megabytes / self.seconds if self.seconds else float("inf")

    @property
    def mb_per_cpu_second(self) -> float:
        """Throughput per second of this process's CPU time."""
        return self.megabytes / self.cpu_seconds if self.cpu_seconds else float("inf")


def run(megabytes: float, seed: int = 2016, numeric_share: float = NUMERIC_SHARE) -> Result:
    """Time the finder (with suggestions) over a generated corpus of `megabytes` MB."""
    documents = make_corpus(megabytes, seed, numeric_share)
    size = sum(len(d.encode("utf-8")) for d in documents) / 1_000_000
    suggester = load_suggester(REGISTRY_DIR)
    started, cpu_started = time.perf_counter(), time.process_time()
    mentions = sum(len(find_mentions(d, None, suggester)) for d in documents)
    return Result(
        size,
        len(documents),
        mentions,
        time.perf_counter() - started,
        time.process_time() - cpu_started,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=40.0, help="corpus size in MB (UTF-8)")
    parser.add_argument("--seed", type=int, default=2016)
    parser.add_argument(
        "--numeric-share",
        type=float,
        default=NUMERIC_SHARE,
        help="share of sentences that state numbers (default: about 2 mentions a KB)",
    )
    args = parser.parse_args(argv)
    result = run(args.mb, args.seed, args.numeric_share)
    print(
        f"figure finder: {result.megabytes:.1f} MB in {result.documents} documents, "
        f"{result.mentions} mentions ({result.mentions / result.megabytes / 1000:.1f} per KB), "
        f"{result.seconds:.1f} s: {result.mb_per_second:.2f} MB/s "
        f"({result.mb_per_cpu_second:.2f} MB per CPU second; "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"one process, load average {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

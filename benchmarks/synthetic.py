"""Synthetic tables at scale, with the exact schemas of loaders/schemas.py.

The shape follows what the ombudsman's office will add: every release, the 20 regions with their
ISO 3166-2:KZ codes, both sexes, age groups, 1990-2025. A few hundred indicators (names and
definitions in kk/ru/en); one statistical release per year and domain and one press release per
year as sources, each source's text holding the quotes of its figures; milestones on the timeline.

Growth is by breakdown: the national totals come first (about 10^4 cells), then the same figures
by sex, age, region and their crossings, then the half-year releases, then announced, estimated
and preliminary figures beside the headline ones. So the number of headline national figures (what
the overview shows) is about the same at every size, and the extracts grow.

Everything is vectorised with numpy and pyarrow; the 10^7 set is written in slices of 10^6 rows.

    python -m benchmarks.synthetic --rows 1e6 --out benchmarks/data/1e6
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import yaml

from indicators.areas import load_areas
from indicators.codes import (
    ANNOUNCED,
    DOMAINS,
    EVENT_CATEGORIES,
    LANGUAGES,
    NOT_STATED,
    OBS_STATUSES,
    OFFICIAL,
    PERIOD_BASES,
    QUALIFIERS,
    REPORTED,
    SEXES,
    STATED,
    TOTAL,
)
from indicators.registry import UNITS_FILE, Unit
from loaders import schemas
from loaders.paths import DATA_DIR
from loaders.previous import previous_positions
from loaders.shapes import load_map, shapes_table

YEARS = np.arange(1990, 2026)
PERIOD_REASONS = {
    "kk": "Хабарлама кестесін тек жылмен белгілейді.",
    "ru": "Релиз датирует свою таблицу только годом.",
    "en": "The release dates its table by the year only.",
}
AGES = (TOTAL, "Y0T4", "Y5T9", "Y10T14", "Y15T17")
CHILD_TOTAL_AGE = "Y0T17"

SLICE_ROWS = 1_000_000
EPOCH = dt.date(1970, 1, 1)

# (domain, unit, measure, better, total_age, kk, ru, en)
TOPICS = (
    ("demography", "BIRTHS", "count", "neutral", TOTAL,
     "Туған нәрестелер", "Число родившихся", "Live births"),
    ("demography", "CHILDREN", "count", "neutral", CHILD_TOTAL_AGE,
     "Балалар саны", "Численность детей", "Number of children"),
    ("demography", "PERSONS", "count", "lower", TOTAL,
     "Нәресте өлімі", "Младенческая смертность", "Infant deaths"),
    ("demography", "CHILDREN", "count", "higher", CHILD_TOTAL_AGE,
     "Асырап алынған балалар", "Усыновлённые дети", "Adopted children"),
    ("protection", "CHILDREN", "count", "lower", CHILD_TOTAL_AGE,
     "Ата-ана қамқорлығынсыз қалған балалар", "Дети, оставшиеся без попечения родителей",
     "Children without parental care"),
    ("protection", "PERSONS", "count", "lower", TOTAL,
     "Балаларға қарсы қылмыстар", "Преступления против детей", "Crimes against children"),
    ("protection", "PERCENT_CHANGE", "percent_change", "lower", TOTAL,
     "Балаларға қарсы қылмыстардың өзгерісі", "Изменение числа преступлений против детей",
     "Change in crimes against children"),
    ("protection", "PERSONS", "count", "lower", TOTAL,
     "Кәмелетке толмағандардың құқық бұзушылықтары", "Правонарушения несовершеннолетних",
     "Juvenile offences"),
    ("protection", "CHILDREN", "count", "higher", CHILD_TOTAL_AGE,
     "Қабылдаушы отбасылардағы балалар", "Дети в приёмных семьях", "Children in foster families"),
    ("participation", "PERSONS", "count", "higher", TOTAL,
     "Балалар парламентінің мүшелері", "Члены детского парламента",
     "Members of children's parliaments"),
    ("participation", "PERCENT", "share", "higher", TOTAL,
     "Мектепке дейінгі біліммен қамту", "Охват дошкольным образованием",
     "Pre-school enrolment"),
    ("participation", "PERCENT", "share", "higher", TOTAL,
     "Мектеппен қамту", "Охват школьным образованием", "School enrolment"),
    ("participation", "PERSONS", "count", "higher", TOTAL,
     "Жастар іс-шараларының қатысушылары", "Участники молодёжных мероприятий",
     "Participants in youth events"),
    ("legislation_institutions", "LAWS", "count", "neutral", TOTAL,
     "Өзгертілген заңдар", "Изменённые законы", "Laws amended"),
    ("legislation_institutions", "PERSONS", "count", "neutral", TOTAL,
     "Бала құқықтары жөніндегі уәкілге өтініштер", "Обращения к уполномоченному по правам ребёнка",
     "Appeals to the children's ombudsman"),
    ("legislation_institutions", "PLATFORMS", "count", "higher", TOTAL,
     "Тақырыптық алаңдар", "Тематические площадки", "Thematic platforms"),
    ("finance", "PERCENT", "share", "higher", TOTAL,
     "Балаларға арналған бюджет үлесі", "Доля бюджета на детей",
     "Share of the budget spent on children"),
    ("finance", "CHILDREN", "count", "neutral", CHILD_TOTAL_AGE,
     "Балалар жәрдемақысын алушылар", "Получатели детских пособий",
     "Recipients of child benefits"),
    ("finance", "PERCENT_CHANGE", "percent_change", "higher", TOTAL,
     "Балалар жәрдемақысына шығыстардың өзгерісі", "Изменение расходов на детские пособия",
     "Change in spending on child benefits"),
    ("finance", "PERCENT", "share", "higher", TOTAL,
     "Қордан балаларға берілетін табыс үлесі", "Доля дохода фонда, направляемая детям",
     "Share of fund income given to children"),
)  # fmt: skip
# (kk, ru, en) qualifiers that make 15 indicators of each topic.
VARIANTS = (
    ("барлығы", "всего", "total"),
    ("қалалық жерде", "в городской местности", "urban areas"),
    ("ауылдық жерде", "в сельской местности", "rural areas"),
    ("тіркелген", "зарегистрированные", "registered"),
    ("алғаш рет", "впервые", "first time"),
    ("қайталап", "повторно", "repeated"),
    ("мемлекеттік мекемелерде", "в государственных учреждениях", "state institutions"),
    ("жеке ұйымдарда", "в частных организациях", "private organisations"),
    ("мүгедектігі бар", "с инвалидностью", "with disabilities"),
    ("көпбалалы отбасылардан", "из многодетных семей", "from large families"),
    ("полиция деректері бойынша", "по данным полиции", "police data"),
    ("мектептер деректері бойынша", "по данным школ", "school data"),
    ("зерттеулер бойынша", "по данным обследований", "survey data"),
    ("жылдық жоспар бойынша", "по годовому плану", "annual plan"),
    ("нақты", "фактически", "actual"),
)


@dataclass(frozen=True)
class Shape:
    """How many of each thing a set of `rows` observations holds."""

    rows: int
    indicators: int = len(TOPICS) * len(VARIANTS)
    events: int = 120
    seed: int = 2025


# ---------------------------------------------------------------- small tables


def _units() -> dict[str, Unit]:
    raw = yaml.safe_load(UNITS_FILE.read_text(encoding="utf-8"))["units"]
    return {u["code"]: Unit(**u) for u in raw}


def indicator_rows(count: int) -> list[dict]:
    units = _units()
    rows = []
    for k in range(count):
        topic = TOPICS[k % len(TOPICS)]
        variant = VARIANTS[(k // len(TOPICS)) % len(VARIANTS)]
        domain, unit, measure, better, total_age, *names = topic
        code = f"SYN_{domain[:4].upper()}_{k:03d}"
        row = {
            "code": code,
            "unit": unit,
            "unit_kind": units[unit].kind,
            "domain": domain,
            "measure": measure,
            "better": better,
            "total_age": total_age,
            "crc_article": str(1 + k % 40),
            "sdg_target": f"{1 + k % 17}.{1 + k % 9}" if k % 3 == 0 else None,
            "keywords_kk": [names[0].split()[0].lower()],
            "keywords_ru": [names[1].split()[0].lower()],
            "origin": schemas.STATED,
            "dataset_id": None,
            "children": True,
        }
        for i, lang in enumerate(LANGUAGES):
            row[f"name_{lang}"] = f"{names[i]} ({variant[i]})"
            row[f"unit_{lang}"] = units[unit].name.get(lang)
        row["definition_kk"] = f"{names[0]}, {variant[0]}: кезеңдегі синтетикалық көрсеткіш."
        row["definition_ru"] = f"{names[1]}, {variant[1]}: синтетический показатель за период."
        row["definition_en"] = f"{names[2]}, {variant[2]}: a synthetic indicator for the period."
        rows.append(row)
    return rows


def _release_quote(name_kk: str, name_ru: str, lang: str, year: int) -> str:
    if lang == "kk":
        return f"{name_kk}: {year} жылғы деректер аумақтар, жыныс және жас топтары бойынша кестеде"
    return f"{name_ru}: данные за {year} год приводятся в таблице по регионам, полу и возрасту"


def _press_quote(name_kk: str, name_ru: str, lang: str, year: int) -> str:
    if lang == "kk":
        return f"{name_kk} бойынша {year} жылдың алдын ала және жоспарлы деректері"
    return f"предварительные и плановые данные за {year} год: {name_ru}"


@dataclass
class Sources:
    rows: list[dict]
    # (source index, indicator index) -> (quote index, start, end)
    quotes: list[str]
    quote_of: np.ndarray  # [source, indicator] -> quote index, -1 when the source has none
    start_of: np.ndarray
    end_of: np.ndarray
    release: np.ndarray  # [year, domain] -> source index
    press: np.ndarray  # [year] -> source index
    event_quotes: dict[int, tuple[int, str, int, int]]  # event -> (source, quote, start, end)


def _date(day: dt.date) -> int:
    return (day - EPOCH).days


def make_sources(indicators: list[dict], events: list[dict]) -> Sources:
    """One statistical release per year and domain, one press release per year."""
    n_ind = len(indicators)
    domains = [DOMAINS.index(i["domain"]) for i in indicators]
    release = np.zeros((len(YEARS), len(DOMAINS)), np.int32)
    press = np.zeros(len(YEARS), np.int32)
    plans: list[tuple[str, int, int | None]] = []  # (kind, year, domain)
    for y, year in enumerate(YEARS):
        for d in range(len(DOMAINS)):
            release[y, d] = len(plans)
            plans.append(("release", int(year), d))
        press[y] = len(plans)
        plans.append(("press", int(year), None))

    quote_of = np.full((len(plans), n_ind), -1, np.int32)
    start_of = np.zeros((len(plans), n_ind), np.int32)
    end_of = np.zeros((len(plans), n_ind), np.int32)
    quotes: list[str] = []
    event_quotes: dict[int, tuple[int, str, int, int]] = {}
    events_by_year: dict[int, list[int]] = {}
    for e, ev in enumerate(events):
        events_by_year.setdefault(ev["year"], []).append(e)
    rows = []
    for s, (kind, year, domain) in enumerate(plans):
        lang = "kk" if (s % 2 == 0) else "ru"
        if kind == "release":
            dname = DOMAINS[domain]
            title = (
                f"Балалар жағдайы туралы статистикалық бюллетень: {dname}, {year} жыл"
                if lang == "kk"
                else f"Статистический бюллетень о положении детей: {dname}, {year} год"
            )
            published = dt.date(year + 1, 3, 15)
            members = [i for i in range(n_ind) if domains[i] == domain]
            quote_fn = _release_quote
        else:
            title = (
                f"Бала құқықтары жөніндегі баспасөз хабарламасы, {year} жыл"
                if lang == "kk"
                else f"Пресс-релиз о правах детей, {year} год"
            )
            published = dt.date(year, 12, 20)
            members = list(range(n_ind))
            quote_fn = _press_quote
        text = title + "\n\n"
        for i in members:
            ind = indicators[i]
            quote = quote_fn(ind["name_kk"], ind["name_ru"], lang, year)
            start = len(text)
            text += quote + ".\n"
            quote_of[s, i] = len(quotes)
            start_of[s, i], end_of[s, i] = start, start + len(quote)
            quotes.append(quote)
        if kind == "press":
            for e in events_by_year.get(year, []):
                ev = events[e]
                quote = ev["title_kk"] if lang == "kk" else ev["title_ru"]
                quote = f"{quote} ({ev['date']})"
                start = len(text) + 1
                text += "\n" + quote + ".\n"
                event_quotes[e] = (s, quote, start, start + len(quote))
        rows.append(
            {
                "source_id": f"syn_{kind}_{year}" + (f"_{domain}" if domain is not None else ""),
                "file": f"synthetic/{kind}_{year}_{domain if domain is not None else 'all'}.txt",
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "title": title,
                "publisher": "Synthetic statistics office" if kind == "release" else None,
                "language": lang,
                "kind": "official_release" if kind == "release" else "news",
                "published": published.isoformat(),
                "published_precision": "day",
                "published_basis": STATED,
                "published_start": published,
                "published_end": published,
                **{f"published_note_{lang}": None for lang in LANGUAGES},
                "text": text,
                "dataset_id": None,
            }
        )
    return Sources(rows, quotes, quote_of, start_of, end_of, release, press, event_quotes)


def event_rows(count: int, rng: np.random.Generator) -> list[dict]:
    rows = []
    for e in range(count):
        year = int(YEARS[0] + (e * len(YEARS)) // count)
        day = dt.date(year, 1, 1) + dt.timedelta(days=int(rng.integers(0, 360)))
        category = EVENT_CATEGORIES[e % len(EVENT_CATEGORIES)]
        rows.append(
            {
                "event_id": f"SYN_EVENT_{e:03d}",
                "date": day.isoformat(),
                "precision": "day",
                "date_start": day,
                "date_end": day,
                "year": year,
                "category": category,
                "status": REPORTED if day.year < 2025 else ANNOUNCED,
                "title_kk": f"Бала құқықтары бойынша іс-шара № {e + 1}",
                "title_ru": f"Мероприятие по правам детей № {e + 1}",
                "title_en": f"Children's rights event no. {e + 1}",
                "note": None,
            }
        )
    return rows


# ---------------------------------------------------------------- observations


def _combos(n_areas: int) -> np.ndarray:
    """(area, sex, age) index triples, national totals first, then by more breakdowns."""
    triples = [
        (a, s, g) for a in range(n_areas) for s in range(len(SEXES)) for g in range(len(AGES))
    ]
    return np.array(
        sorted(triples, key=lambda t: (sum(x > 0 for x in t), t[0] > 0, t)), dtype=np.int32
    )


@dataclass
class Cells:
    """The groups that get a headline figure: indicator, (area, sex, age), year, half-year."""

    indicator: np.ndarray
    combo: np.ndarray
    year: np.ndarray  # index into YEARS
    half: np.ndarray  # 0 annual, 1 first half-year (partial period)


def choose_cells(count: int, n_ind: int, n_combos: int, rng: np.random.Generator) -> Cells:
    """The first `count` cells in order of breakdown, a random part of the last tier."""
    first = rng.integers(0, 21, n_ind)  # each indicator starts in 1990 + first
    every5 = rng.random(n_ind) < 0.3  # and some only every five years
    ind, yr = np.meshgrid(np.arange(n_ind), np.arange(len(YEARS)), indexing="ij")
    valid = (yr >= first[:, None]) & (~every5[:, None] | (YEARS[yr] % 5 == 0))
    pairs_i, pairs_y = ind[valid].astype(np.int32), yr[valid].astype(np.int32)
    per_tier = len(pairs_i)
    parts: list[tuple[np.ndarray, int, int]] = []
    left = count
    for combo in range(n_combos):
        for half in (0, 1):
            if left <= 0:
                break
            take = (
                np.arange(per_tier)
                if left >= per_tier
                else np.sort(rng.choice(per_tier, left, replace=False))
            )
            parts.append((take, combo, half))
            left -= len(take)
    total = sum(len(p[0]) for p in parts)
    cells = Cells(
        indicator=np.concatenate([pairs_i[p[0]] for p in parts]),
        combo=np.concatenate([np.full(len(p[0]), p[1], np.int32) for p in parts]),
        year=np.concatenate([pairs_y[p[0]] for p in parts]),
        half=np.concatenate([np.full(len(p[0]), p[2], np.int8) for p in parts]),
    )
    assert len(cells.indicator) == total
    return cells


def _dictionary(indices: np.ndarray, values: list[str]) -> pa.DictionaryArray:
    return pa.DictionaryArray.from_arrays(
        pa.array(indices, pa.int32()), pa.array(values, pa.string())
    )


def _totals(n: int, *names: str) -> dict[str, pa.DictionaryArray]:
    """Breakdown columns holding the total (`_T`) on every row."""
    return {name: _dictionary(np.zeros(n, np.int32), [TOTAL]) for name in names}


def _ids(positions: np.ndarray) -> pa.Array:
    """The obs_id of each stored position: SYN-00000042."""
    text = pc.cast(pa.array(positions), pa.string())
    return pc.binary_join_element_wise("SYN-", pc.utf8_lpad(text, 8, "0"), "")


def _previous_ids(positions: np.ndarray) -> pa.Array:
    """The obs_id at each stored position, null where it is -1 (no previous value)."""
    ids = _ids(np.maximum(positions, 0))
    return pc.if_else(pa.array(positions < 0), pa.scalar(None, pa.string()), ids)


def _dates(days: np.ndarray, null: np.ndarray) -> pa.Array:
    return pa.array(days.astype(np.int32), pa.int32(), mask=null).cast(pa.date32())


def generate(out: Path, shape: Shape) -> dict[str, int]:
    """Write observations, indicators, sources and events for `shape.rows` observations."""
    rng = np.random.default_rng(shape.seed)
    out.mkdir(parents=True, exist_ok=True)
    indicators = indicator_rows(shape.indicators)
    events = event_rows(shape.events, rng)
    sources = make_sources(indicators, events)
    for e, ev in enumerate(events):
        s, quote, start, end = sources.event_quotes[e]
        ev.update(
            source_id=sources.rows[s]["source_id"], quote=quote, quote_start=start, quote_end=end
        )
    n_ind = len(indicators)
    areas = [a.code for a in load_areas()]
    combos = _combos(len(areas))
    unit_kind = np.array([i["unit_kind"] for i in indicators])
    ind_domain = np.array([DOMAINS.index(i["domain"]) for i in indicators], np.int32)
    ind_child = np.array([i["total_age"] == CHILD_TOTAL_AGE for i in indicators])

    # Event figures (a participation count per milestone) and figures with no stated period.
    n_events = min(shape.events, max(0, shape.rows // 100))
    n_unstated = min(n_ind // 20, max(0, (shape.rows - n_events) // 100))
    n_extra = round((shape.rows - n_events - n_unstated) * 0.15)
    n_cells = shape.rows - n_events - n_unstated - n_extra
    cells = choose_cells(n_cells, n_ind, len(combos), rng)
    n_cells = len(cells.indicator)
    n_extra = shape.rows - n_events - n_unstated - n_cells

    # Rows: headline cells, then extra (non-headline) figures for random cells, then the rest.
    extra_of = rng.integers(0, n_cells, n_extra) if n_cells else np.zeros(0, np.int64)
    event_ind = np.flatnonzero(ind_domain == DOMAINS.index("participation"))
    n = shape.rows
    ind = np.concatenate(
        [
            cells.indicator,
            cells.indicator[extra_of],
            rng.choice(event_ind, n_events),
            rng.choice(n_ind, n_unstated, replace=False),
        ]
    ).astype(np.int32)
    combo = np.concatenate(
        [cells.combo, cells.combo[extra_of], np.zeros(n_events + n_unstated, np.int32)]
    )
    year_idx = np.concatenate(
        [
            cells.year,
            cells.year[extra_of],
            np.array([e["year"] - YEARS[0] for e in events[:n_events]], np.int32),
            np.zeros(n_unstated, np.int32),
        ]
    ).astype(np.int32)
    half = np.concatenate(
        [cells.half, cells.half[extra_of], np.zeros(n_events + n_unstated, np.int8)]
    )
    kind = np.concatenate(
        [
            np.zeros(n_cells, np.int8),  # 0 headline of a cell
            np.ones(n_extra, np.int8),  # 1 extra figure of a cell
            np.full(n_events, 2, np.int8),  # 2 event figure
            np.full(n_unstated, 3, np.int8),  # 3 period not stated
        ]
    )
    area_i, sex_i, age_i = combos[combo, 0], combos[combo, 1], combos[combo, 2]

    # Periods: one code per year, per first half-year, "not stated", and per event day.
    n_years = len(YEARS)
    period_codes = [str(y) for y in YEARS] + [f"{y}-01/{y}-06" for y in YEARS] + [NOT_STATED]
    period_codes += [ev["date"] for ev in events[:n_events]]
    starts = [_date(dt.date(int(y), 1, 1)) for y in YEARS] * 2 + [0]
    ends = [_date(dt.date(int(y), 12, 31)) for y in YEARS]
    ends += [_date(dt.date(int(y), 6, 30)) for y in YEARS] + [0]
    starts += [_date(ev["date_start"]) for ev in events[:n_events]]
    ends += [_date(ev["date_end"]) for ev in events[:n_events]]
    period_years = [int(y) for y in YEARS] * 2 + [0] + [ev["year"] for ev in events[:n_events]]
    period = np.where(half == 1, n_years + year_idx, year_idx).astype(np.int32)
    period[kind == 3] = 2 * n_years
    period[kind == 2] = 2 * n_years + 1 + np.arange(n_events, dtype=np.int32)
    unstated = kind == 3

    # Status, qualifier, headline flag, source and quote.
    r = rng.random(n)
    status = np.where(half == 1, 1, 0).astype(np.int32)
    extra = kind == 1
    status[extra] = np.where(r[extra] < 0.4, 2, np.where(r[extra] < 0.7, 3, status[extra]))
    q = rng.random(n)
    qualifier = np.select([q < 0.9, q < 0.95, q < 0.98], [0, 1, 2], 3).astype(np.int32)
    is_headline = kind != 1
    year_of_row = np.where(unstated, n_years - 1, year_idx)
    source = np.where(
        extra | (kind == 2) | unstated,
        sources.press[year_of_row],
        sources.release[year_of_row, ind_domain[ind]],
    ).astype(np.int32)
    quote = sources.quote_of[source, ind]
    event_rows_at = np.flatnonzero(kind == 2)
    event_source = np.array(
        [sources.event_quotes[e][0] for e in range(n_events)], np.int32
    ).reshape(-1)
    source[event_rows_at] = event_source
    quote = sources.quote_of[source, ind]
    quote_start = sources.start_of[source, ind]
    quote_end = sources.end_of[source, ind]

    # Values: a base per indicator, shares by region, sex and age, a trend over the years.
    base = np.exp(rng.uniform(np.log(1e3), np.log(1e6), n_ind))
    region_share = rng.dirichlet(np.full(len(areas) - 1, 4.0))
    area_share = np.concatenate([[1.0], region_share])[area_i]
    sex_share = np.array([1.0, 0.487, 0.513])[sex_i]
    age_share = np.array([1.0, 0.3, 0.28, 0.25, 0.17])[age_i]
    trend = 1 + 0.012 * (YEARS[year_idx] - 2000)
    noise = rng.normal(1, 0.03, n)
    k = unit_kind[ind]
    count_value = np.round(base[ind] * area_share * sex_share * age_share * trend * noise)
    count_value = np.where(half == 1, np.round(count_value / 2), count_value)
    percent_value = np.clip(np.round(rng.uniform(5, 95, n_ind)[ind] * noise, 1), 0, 100)
    change_value = np.round(rng.uniform(-40, 40, n), 1)
    value = np.where(
        k == "count", count_value, np.where(k == "percent", percent_value, change_value)
    )
    value = np.maximum(value, np.where(k == "percent_change", -100.0, 0.0))

    inferred = (kind == 0) & (rng.random(n) < 0.03) & (half == 0)
    basis = np.where(unstated, 2, np.where(inferred, 1, 0)).astype(np.int32)
    age_codes = [*AGES, CHILD_TOTAL_AGE]
    age_code = np.where((age_i == 0) & ind_child[ind], len(AGES), age_i).astype(np.int32)
    unit_codes = sorted({i["unit"] for i in indicators})
    unit_index = np.array([unit_codes.index(i["unit"]) for i in indicators], np.int32)
    event_idx = np.full(n, -1, np.int32)
    event_idx[event_rows_at] = np.arange(n_events, dtype=np.int32)

    # Stored order: release by release (as curated files grow), in random order within one.
    order = np.lexsort((rng.random(n), source))
    # A statistical release's figures stand for official series (the Regions page ranks them).
    official = np.array([s["kind"] == "official_release" for s in sources.rows])[source]

    ind_codes = [i["code"] for i in indicators]
    source_ids = [s["source_id"] for s in sources.rows]
    event_ids = [e["event_id"] for e in events]

    def series_columns(at: np.ndarray) -> dict[str, pa.Array]:
        """What tells a row's series and period: its slice of the table, or all of it for
        the previous values."""
        p = period[at]
        return {
            "indicator": _dictionary(ind[at], ind_codes),
            "ref_area": _dictionary(area_i[at], areas),
            "sex": _dictionary(sex_i[at], list(SEXES)),
            "age": _dictionary(age_code[at], age_codes),
            **_totals(len(at), "urbanisation", "education_level", "wealth_quintile"),
            "time_period": _dictionary(p, period_codes),
            "period_start": _dates(np.array(starts)[p], unstated[at]),
            "period_end": _dates(np.array(ends)[p], unstated[at]),
            "is_headline": pa.array(is_headline[at]),
        }

    # The build's previous values (loaders/previous.py), over the whole table in stored order.
    previous = previous_positions(pa.table(series_columns(order)))
    writer = pq.ParquetWriter(
        out / "observations.parquet", schemas.OBSERVATIONS, compression="zstd"
    )
    try:
        for lo in range(0, n, SLICE_ROWS):
            at = order[lo : lo + SLICE_ROWS]
            p = period[at]
            null_period = unstated[at]
            ev = event_idx[at]
            columns = {
                "obs_id": _ids(lo + np.arange(len(at))),
                **series_columns(at),
                "previous_obs_id": _previous_ids(previous[lo : lo + len(at)]),
                "year": pa.array(np.array(period_years, np.int16)[p], pa.int16(), mask=null_period),
                "period_basis": _dictionary(basis[at], list(PERIOD_BASES)),
                **{
                    f"period_reason_{lang}": pc.if_else(
                        pa.array(basis[at] == 1), reason, pa.scalar(None, pa.string())
                    )
                    for lang, reason in PERIOD_REASONS.items()
                },
                "value": pa.array(value[at], pa.float64()),
                "lower_bound": pa.nulls(len(at), pa.float64()),
                "upper_bound": pa.nulls(len(at), pa.float64()),
                "unit": _dictionary(unit_index[ind[at]], unit_codes),
                "qualifier": _dictionary(qualifier[at], list(QUALIFIERS)),
                "obs_status": _dictionary(status[at], list(OBS_STATUSES)),
                "origin": _dictionary(official[at].astype(np.int32), [STATED, OFFICIAL]),
                "conflict": pa.array(np.zeros(len(at), bool)),
                "event_id": pa.DictionaryArray.from_arrays(
                    pa.array(ev, pa.int32(), mask=ev < 0), pa.array(event_ids, pa.string())
                ),
                "source_id": _dictionary(source[at], source_ids),
                "quote": _dictionary(quote[at], sources.quotes),
                "quote_start": pa.array(quote_start[at], pa.int32()),
                "quote_end": pa.array(quote_end[at], pa.int32()),
                "source_line": pa.nulls(len(at), pa.int32()),
                **{f"note_{lang}": pa.nulls(len(at), pa.string()) for lang in LANGUAGES},
            }
            table = pa.table(columns).select(schemas.OBSERVATIONS.names)
            writer.write_table(table.cast(schemas.OBSERVATIONS))
    finally:
        writer.close()

    small = {
        "indicators": (indicators, schemas.INDICATORS),
        "sources": (sources.rows, schemas.SOURCES),
        "events": (events, schemas.EVENTS),
    }
    for name, (rows, schema) in small.items():
        pq.write_table(
            pa.Table.from_pylist(rows, schema=schema), out / f"{name}.parquet", compression="zstd"
        )
    write_shapes(out)
    counts = {
        "observations": n,
        "indicators": n_ind,
        "sources": len(sources.rows),
        "events": len(events),
    }
    info = {"generator": "benchmarks.synthetic", "seed": shape.seed, "rows": counts}
    (out / "synthetic.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return counts


def write_shapes(out: Path) -> None:
    """The region map of data/ (the synthetic regions are the real ones)."""
    problems: list = []
    shapes = shapes_table(load_map(DATA_DIR, problems), DATA_DIR, problems)
    if problems:
        raise SystemExit("\n".join(map(str, problems)))
    pq.write_table(shapes, out / "shapes.parquet", compression="zstd")


def parse_size(text: str) -> int:
    """1e6, 1000000 or 10**6 style sizes."""
    return int(float(text.replace("10**", "1e").replace("10^", "1e")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic", description=__doc__)
    parser.add_argument("--rows", type=parse_size, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=Shape.seed)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.out, Shape(rows=args.rows, seed=args.seed))
    print(f"{counts} in {time.perf_counter() - started:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time and size of the PDF brief: the seed data plus official series shaped like the national
SDG platform's (every series by year, for the country and its 20 regions, by sex).

    .venv/bin/python -m benchmarks.brief                 # 25 series, prints one table
    .venv/bin/python -m benchmarks.brief --series 40

The seed data is built into a temporary folder; where its tables hold no official series yet,
synthetic ones are added (values, file lines and a dataset file as their source, as the build
writes them). Each brief is made in this process with `dashboard.brief.make_brief`, the first
one cold (fonts and code loaded), then each selection in kk, ru and en; the cache is not used.
Results are recorded in docs/benchmarks.md ("PDF brief").
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import platform
import tempfile
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pypdf

from dashboard.selection import Selection
from dashboard.tables import Tables, read_tables
from indicators.areas import area_codes
from indicators.codes import OFFICIAL
from loaders.build import build
from loaders.paths import DATA_DIR
from loaders.periods import parse_period
from loaders.schemas import OBSERVATIONS

YEARS = range(2010, 2024)
SEXES = ("_T", "F", "M")
SELECTIONS = {
    "all years": Selection(),
    "2016": Selection(year=2016),
    "2016, Almaty": Selection(year=2016, area="KZ-75"),
}


def _row(code: str, area: str, sex: str, year: int, value: float, line: int) -> dict:
    period = parse_period(str(year))
    return {
        "obs_id": f"{code}_{area}_{sex}_{year}",
        "indicator": code,
        "ref_area": area,
        "sex": sex,
        "age": "_T",
        "urbanisation": "_T",
        "education_level": "_T",
        "wealth_quintile": "_T",
        "time_period": str(year),
        "period_start": period.start,
        "period_end": period.end,
        "year": year,
        "period_basis": "stated",
        "value": value,
        "unit": "PERSONS",
        "qualifier": "exact",
        "obs_status": "A",
        "is_headline": True,
        "origin": OFFICIAL,
        "conflict": False,
        "source_id": f"bench/indicator_{code}.csv",
        "quote": f"{year},{area},{sex},{value}",
        "source_line": line,
    }


def with_series(tables: Tables, count: int) -> Tables:
    """`count` official series, each in its own dataset file, added to `tables`."""
    areas = area_codes()
    rows, indicators, sources = [], [], []
    template_ind = tables.indicators.iloc[0]
    template_src = tables.sources.iloc[0]
    for n in range(count):
        code = f"BENCH_{n:02d}"
        line = 1
        for area_i, area in enumerate(areas):
            for sex in SEXES:
                for year in YEARS:
                    line += 1
                    value = 1000 + 37 * n + 11 * area_i - 9 * (year - 2010) + len(sex)
                    rows.append(_row(code, area, sex, year, float(value), line))
        ind = template_ind.copy()
        ind["code"], ind["unit"], ind["unit_kind"] = code, "PERSONS", "count"
        for lang in ("kk", "ru", "en"):
            ind[f"name_{lang}"] = f"{template_ind[f'name_{lang}']} ({n + 1})"
        indicators.append(ind)
        src = template_src.copy()
        src["source_id"] = src["file"] = f"bench/indicator_{code}.csv"
        src["kind"], src["dataset_id"] = "dataset", "bench"
        sources.append(src)
    extra = pa.Table.from_pylist(rows, schema=OBSERVATIONS)
    observations = pa.concat_tables([tables.observations.cast(OBSERVATIONS), extra])
    return dataclasses.replace(
        tables,
        observations=observations.unify_dictionaries(),
        indicators=pd.concat(
            [tables.indicators, pd.DataFrame(indicators).set_index("code", drop=False)]
        ),
        sources=pd.concat(
            [tables.sources, pd.DataFrame(sources).set_index("source_id", drop=False)]
        ),
    )


def measure(tables: Tables, sel: Selection, lang: str) -> tuple[float, float, int, int]:
    """Wall-clock and CPU seconds of one brief (the CPU's tell on a shared machine), its size
    and its pages."""
    from dashboard.brief import make_brief

    start, cpu = time.perf_counter(), time.process_time()
    pdf = make_brief(tables, sel, lang, "http://127.0.0.1:8501")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return seconds, cpu, len(pdf), len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--series", type=int, default=25, help="official series to add")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        build(DATA_DIR, Path(folder), warn=lambda _: None)
        tables = read_tables(Path(folder))
    official = tables.observations["origin"].to_pylist().count(OFFICIAL)
    if not official:
        tables = with_series(tables, args.series)
    rows = tables.observations.num_rows
    print(f"PDF brief: {rows} observations, {len(tables.indicators)} indicators")
    print("| selection | language | seconds | CPU seconds | pages | size |")
    print("| --- | --- | --- | --- | --- | --- |")
    runs = [("2016, cold (first in the process)", Selection(year=2016), "kk")]
    runs += [(name, sel, lang) for name, sel in SELECTIONS.items() for lang in ("kk", "ru", "en")]
    for name, sel, lang in runs:
        seconds, cpu, size, pages = measure(tables, sel, lang)
        print(f"| {name} | {lang} | {seconds:.2f} | {cpu:.2f} | {pages} | {size / 1000:.0f} kB |")
    load = os.getloadavg()[0]
    print(f"(Python {platform.python_version()}, {os.cpu_count()} cores, load average {load:.1f})")


if __name__ == "__main__":
    main()

"""Server-side rerun time of each page when the year filter changes (AppTest), in this process;
on the Regions page, when the year or the indicator changes between views that draw a map.

    python -m benchmarks.pages --tables benchmarks/data/1e6 --reruns 20

Prints one JSON object: the tables' load time, each page's first run and median rerun, the same
for an empty Streamlit page (the framework's floor), and this process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import time
from pathlib import Path

from loaders.paths import DATA_ENV, ROOT, TABLES_ENV

APP = str(ROOT / "app.py")
DEFAULT_PAGE = "overview"
PAGES = {
    "overview": None,
    "timeline": "pages/timeline.py",
    "explorer": "pages/explorer.py",
    "regions": "pages/regions.py",
    "sources": "pages/sources.py",
    "downloads": "pages/downloads.py",
}
EMPTY_PAGE = "import streamlit as st\n"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _check(at) -> None:
    if at.exception:
        raise RuntimeError([e.value for e in at.exception])


def _rerun(at, page: str | None) -> float:
    if page is None:
        # AppTest 1.67 reruns with the hash of the page the last run ended on and then drops
        # the entrypoint's elements; the default page's empty hash keeps them, as a browser does.
        at._finished_page_script_hash = ""
        at._page_hash = ""
    started = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - started
    _check(at)
    return elapsed


MIN_RERUNS = 20  # every page's median is of at least this many reruns (or all that were asked)


def time_page(page: str | None, steps: list[dict], reruns: int, budget: float) -> dict:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=3600)
    at.query_params["lang"] = "en"
    started = time.perf_counter()
    at.run()
    _check(at)
    if page is not None:
        at.switch_page(page)
        at.run()
        _check(at)
    first = time.perf_counter() - started
    times: list[float] = []
    spent = 0.0
    for i in range(reruns):
        for key, value in steps[i % len(steps)].items():  # a different view on every rerun
            at.session_state[key] = value
        times.append(_rerun(at, page))
        spent += times[-1]
        if spent > budget and len(times) >= min(reruns, MIN_RERUNS):
            break  # the budget cuts only reruns beyond the 20 a median needs
    return {
        "first_s": first,
        "median_ms": statistics.median(times) * 1000,
        "reruns": len(times),
    }


def time_empty(reruns: int) -> dict:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string(EMPTY_PAGE, default_timeout=60)
    at.run()
    times = [_rerun(at, "") for _ in range(reruns)]
    return {"median_ms": statistics.median(times) * 1000, "reruns": len(times)}


def regional_steps(loaded) -> list[dict]:
    """The Regions page's views that draw a map: every indicator with regional values, each
    in every year that has them; in this order, a rerun changes the year, or the indicator."""
    from dashboard.views import regions

    return [
        {"indicator": code, "year": year}
        for code in regions.regional_indicators(loaded, "en")
        for year in regions.regional_years(loaded, code)
    ]


def measure(tables: Path, reruns: int, budget: float, pages: list[str]) -> dict:
    os.environ[TABLES_ENV] = str(tables)
    os.environ.pop(DATA_ENV, None)
    from dashboard.tables import current_tables
    from dashboard.views import options

    started = time.perf_counter()
    loaded = current_tables(tables)  # what the app does on its first run
    load_s = time.perf_counter() - started
    # Years in the data, newest first, so that each rerun changes the year.
    years = options.year_options(loaded)
    result = {
        "rows": loaded.observations.num_rows,
        "load_s": load_s,
        "floor": time_empty(max(reruns, 20)),
        "pages": {},
    }
    year_steps = [{"year": year} for year in years]
    for name in pages:
        steps = (regional_steps(loaded) if name == "regions" else None) or year_steps
        result["pages"][name] = time_page(PAGES[name], steps, reruns, budget)
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pages")
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument("--budget", type=float, default=120.0, help="seconds for reruns past 20")
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.tables, args.reruns, args.budget, args.pages)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

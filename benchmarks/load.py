"""Load on one app process (`streamlit run serve.py`) over 127.0.0.1.

    python -m benchmarks.load --out docs/benchmarks.md           # seed data, 50 clients 30 s
    python -m benchmarks.load --smoke                             # seconds: 5 clients, 2 s

1. API: `--clients` concurrent clients (each one keep-alive connection) for `--seconds`,
   each looping over a mix of requests: a small filtered extract (one indicator and year,
   JSON and CSV), a year's CSV, the registry, the sources, /healthz, and a bad request
   (its 400 is the expected answer). Reported: requests per second, p50/p95/p99 per kind and
   overall, errors (an exception or an unexpected status), the server's RSS before, after
   and at its peak.
2. Pages: `--sessions` concurrent browser sessions (Playwright driving /usr/bin/chromium),
   each opening the Overview, waiting for its first KPI, then choosing another year in the
   sidebar twice; reported: time to the first KPI (median, worst), year changes, error boxes
   (Streamlit's exception and error elements) seen.

The table goes into the "Load" section of the output file (the rest is left as it is).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx2

from benchmarks.__main__ import rss_mb, write_section
from benchmarks.server import serve
from loaders.build import build
from loaders.paths import DATA_DIR, ROOT
from loaders.publish import resolve

OUT = ROOT / "docs" / "benchmarks.md"
START = "<!-- load-benchmark:start -->"
END = "<!-- load-benchmark:end -->"
SECTION = "## Load: concurrent clients and browser sessions"
CHROMIUM = os.environ.get("KZCR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
# (kind, path and query, expected status)
MIX = [
    ("small extract json", "/api/v1/observations.json?indicator=BIRTHS&year=2016&lang=en", 200),
    ("small extract csv", "/api/v1/observations.csv?indicator=BIRTHS&year=2016&lang=ru", 200),
    ("year csv", "/api/v1/observations.csv?year=2016&lang=kk", 200),
    ("all csv", "/api/v1/observations.csv?lang=en", 200),
    ("indicators", "/api/v1/indicators.json", 200),
    ("sources", "/api/v1/sources.json", 200),
    ("healthz", "/healthz", 200),
    ("bad request", "/api/v1/observations.json?year=abc", 400),
]


def log(message: str) -> None:
    print(f"[load {dt.datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


@dataclass
class ApiLoad:
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    rss: dict[str, float] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())


async def _client(base: str, until: float, offset: int, result: ApiLoad) -> None:
    async with httpx2.AsyncClient(base_url=base, timeout=60) as client:
        turn = offset
        while time.monotonic() < until:
            kind, target, status = MIX[turn % len(MIX)]
            turn += 1
            started = time.perf_counter()
            try:
                answer = await client.get(target)
                await answer.aread()
            except Exception as err:  # a reset, a timeout: an error, counted
                result.errors.append(f"{kind}: {type(err).__name__}")
                continue
            result.latencies.setdefault(kind, []).append(time.perf_counter() - started)
            if answer.status_code != status:
                result.errors.append(f"{kind}: HTTP {answer.status_code}")


async def api_load(base: str, pid: int, clients: int, seconds: float) -> ApiLoad:
    result = ApiLoad()
    result.rss["before"] = rss_mb(pid)[0]
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_client(base, until, i, result) for i in range(clients)))
    result.seconds = time.monotonic() - started
    result.rss["after"], result.rss["peak"] = rss_mb(pid)
    return result


@dataclass
class Sessions:
    first_kpi: list[float] = field(default_factory=list)
    changes: int = 0
    error_boxes: int = 0
    failures: list[str] = field(default_factory=list)


ERROR_BOXES = '[data-testid="stException"], [data-testid="stAlertContentError"]'


async def _session(browser, base: str, years: list[str], index: int, result: Sessions) -> None:
    context = await browser.new_context(viewport={"width": 1366, "height": 768})
    page = await context.new_page()
    try:
        started = time.perf_counter()
        await page.goto(f"{base}/?lang=en", timeout=300_000)
        await page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=300_000)
        result.first_kpi.append(time.perf_counter() - started)
        for year in (years[index % len(years)], years[(index + 1) % len(years)]):
            # The year's control, named by its label (the area's stands beside it when the
            # data has regions).
            sidebar = page.locator('[data-testid="stSidebar"]')
            await sidebar.get_by_label("Year", exact=True).click()
            await page.get_by_role("option", name=year, exact=True).click()
            await page.wait_for_function(
                "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                timeout=300_000,
            )
            result.changes += 1
            result.error_boxes += await page.locator(ERROR_BOXES).count()
    except Exception as err:
        result.failures.append(f"session {index}: {type(err).__name__}: {str(err)[:200]}")
    finally:
        await context.close()


async def browser_sessions(base: str, sessions: int, years: list[str]) -> Sessions:
    from playwright.async_api import async_playwright

    result = Sessions()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            await asyncio.gather(
                *(_session(browser, base, years, i, result) for i in range(sessions))
            )
        finally:
            await browser.close()
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def api_table(load: ApiLoad, clients: int) -> list[str]:
    before, after, peak = (load.rss[k] for k in ("before", "after", "peak"))
    lines = [
        f"{clients} clients for {load.seconds:.0f} s: {load.requests} requests, "
        f"{load.requests / load.seconds:.0f} requests/s, {len(load.errors)} errors; server RSS "
        f"{before:.0f} MB before, {after:.0f} MB after (growth {after - before:+.0f} MB), "
        f"peak {peak:.0f} MB.",
        "",
        "| request | count | p50 | p95 | p99 |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    every = [v for values in load.latencies.values() for v in values]
    for kind, values in [*load.latencies.items(), ("all", every)]:
        cells = [_ms(percentile(values, p)) for p in (0.5, 0.95, 0.99)]
        lines.append(f"| {kind} | {len(values)} | " + " | ".join(cells) + " |")
    if load.errors:
        lines += ["", "Errors: " + ", ".join(sorted(set(load.errors)))]
    return lines


def sessions_table(seen: Sessions, sessions: int) -> list[str]:
    if not seen.first_kpi:
        return [f"{sessions} browser sessions: none reached a KPI ({'; '.join(seen.failures)})"]
    return [
        f"{sessions} concurrent browser sessions: first KPI after "
        f"{statistics.median(seen.first_kpi):.1f} s (median), "
        f"{max(seen.first_kpi):.1f} s (worst); {seen.changes} year changes, "
        f"{seen.error_boxes} error boxes, {len(seen.failures)} sessions failed"
        + (f" ({'; '.join(seen.failures[:3])})" if seen.failures else "")
        + ".",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__)
    parser.add_argument("--tables", type=Path, help="tables to serve (default: data/ built)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--out", type=Path, default=None, help="write the section here")
    parser.add_argument("--smoke", action="store_true", help="5 clients for 2 s, no browser")
    args = parser.parse_args(argv)
    if args.smoke:
        args.clients, args.seconds, args.sessions = 5, 2.0, 0
    with tempfile.TemporaryDirectory(prefix="kzcr-load-") as scratch:
        tables = args.tables
        if tables is None:
            build(DATA_DIR, Path(scratch) / "tables")
            tables = resolve(Path(scratch) / "tables")
        with serve(tables, timeout=300) as up:
            pid = up.process.pid
            httpx2.get(f"{up.url}/api/v1/observations.csv?lang=en", timeout=120)  # warm-up
            log(f"{args.clients} API clients for {args.seconds:.0f} s")
            load = asyncio.run(api_load(up.url, pid, args.clients, args.seconds))
            lines = api_table(load, args.clients)
            if args.sessions:
                log(f"{args.sessions} browser sessions")
                years = ["2016", "2025", "2015"]
                seen = asyncio.run(browser_sessions(up.url, args.sessions, years))
                lines += ["", *sessions_table(seen, args.sessions)]
                lines.append(f"Server RSS after the sessions: {rss_mb(pid)[0]:.0f} MB.")
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    text = "\n".join(
        [
            "### Latest run",
            "",
            f"`python -m benchmarks.load {' '.join(argv if argv is not None else sys.argv[1:])}`"
            f" on {dt.date.today().isoformat()}, on the seed data unless `--tables` says "
            f"otherwise; load average at the end {load_avg} (the benchmark's own clients and "
            f"browsers included; {os.cpu_count()} cores).",
            "",
            *lines,
            "",
        ]
    )
    print(text)
    if args.out:
        write_section(args.out, text, start=START, end=END, section=SECTION)
    return 1 if load.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

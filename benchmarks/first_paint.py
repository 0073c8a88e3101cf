"""The first look: how long until the Overview's first KPI is painted, against a bare Streamlit
page that shows one metric, both measured in the same run in headless Chromium.

    python -m benchmarks.first_paint --tables benchmarks/data/1e4 --runs 7

Each run opens a fresh browser context (no cache, no session) and records, in the page, the
time from navigation start until the first KPI value holds text (a MutationObserver): a
`stMetricValue` on the bare page, a card's value (`data-kpi-value`, dashboard/cards.py) on the
Overview; the same event for both. The two are measured alternately, so that other work on the
machine weighs on both alike; the result is the median of each and their ratio. Prints one
JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.server import HOST, free_port, running, serve, tables_env

CHROMIUM = "/usr/bin/chromium"
BARE_PAGE = 'import streamlit as st\n\nst.metric("Births", "308 297")\n'
# Set before any script of the page runs: the moment the first KPI value holds text.
WATCH = """
window.__firstKpi = null;
new MutationObserver((_, observer) => {
  const value = document.querySelector('[data-testid="stMetricValue"], [data-kpi-value]');
  if (value && value.textContent.trim()) {
    window.__firstKpi = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""


def first_kpi_ms(browser, url: str, timeout_ms: float = 120_000) -> float:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    try:
        context.add_init_script(WATCH)
        page = context.new_page()
        page.goto(url, wait_until="commit")
        page.wait_for_function("window.__firstKpi !== null", timeout=timeout_ms)
        return page.evaluate("window.__firstKpi")
    finally:
        context.close()


def measure(tables: Path, runs: int = 7) -> dict:
    """Median first-KPI paint of the Overview over `tables` and of the bare page, and the ratio."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        bare_script = Path(folder) / "bare.py"
        bare_script.write_text(BARE_PAGE, encoding="utf-8")
        port = free_port()
        bare_command = [sys.executable, "-m", "streamlit", "run", str(bare_script)]
        bare_command += ["--server.address", HOST, "--server.port", str(port)]
        bare_command += ["--server.headless", "true"]
        bare_url = f"http://{HOST}:{port}"
        with (
            running(bare_command, bare_url, "/_stcore/health", env=tables_env(tables)) as bare,
            serve(tables, timeout=900) as app,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            try:
                overview_url = f"{app.url}/?lang=en"
                first_kpi_ms(browser, overview_url)  # warm-up: the tables read, caches filled
                first_kpi_ms(browser, bare.url)
                bare_ms, overview_ms = [], []
                for _ in range(runs):
                    bare_ms.append(first_kpi_ms(browser, bare.url))
                    overview_ms.append(first_kpi_ms(browser, overview_url))
            finally:
                browser.close()
    bare_median, overview_median = statistics.median(bare_ms), statistics.median(overview_ms)
    return {
        "runs": runs,
        "bare_ms": bare_median,
        "overview_ms": overview_median,
        "ratio": overview_median / bare_median,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.first_paint", description=__doc__)
    parser.add_argument("--tables", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.tables, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

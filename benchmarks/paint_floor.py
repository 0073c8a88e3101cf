"""How fast Streamlit itself paints the first of 27 KPI cards, whatever the app: synthetic
pages of growing richness, each measured against the bare one-metric page in the same run.

    python -m benchmarks.paint_floor --runs 9

The Overview's first-paint target (1.15 × the bare page, `benchmarks.first_paint`) is only
reachable if a page of 27 cards can meet it at all. These pages hold no data and no app code:
plain `streamlit run` scripts, each drawing what the Overview's cards were made of, one step
more each (FLOOR_PAGES); then, to tell the cards' cost from the controls', one metric with the
sidebar's controls, and the cards drawn in HTML (as dashboard/cards.py draws them) with and
without those controls, and with the lighter controls the app now draws after its cards.
Measured like `benchmarks.first_paint` (a fresh browser context a load, the time until the
first KPI value holds text, pages taken in turn, medians).
Prints one JSON object, then the same as a Markdown table (docs/benchmarks.md keeps the last).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from benchmarks.first_paint import BARE_PAGE, CHROMIUM, first_kpi_ms
from benchmarks.server import HOST, free_port, running

CARDS = 27  # the Overview's cards on its first screen (seed data, all years)

# Every page draws CARDS cards the same way; each later page adds one kind of element to them.
_CARD_BLOCKS = f"""
with st.container(horizontal=True, wrap=True, gap="small"):
    for i in range({CARDS}):
        with st.container(border=True, width=280):
"""
_NAME = '            st.markdown(f"**Births in the first ten months {i}**", help=HELP)\n'
_METRIC = (
    '            st.metric("Births", f"{308297 + i:,}", delta="+1.2%", '
    'label_visibility="collapsed")\n'
)
_CAPTION = '            st.caption("persons · 2016 · stated  \\nPeriod ended 9 years ago")\n'
_HTML_CAPTION = (
    '            st.caption(\'<svg role="img" aria-label="trend" width="100%" '
    'viewBox="0 0 240 36"><polyline points="0,30 120,5 240,20" fill="none" '
    'stroke="#1f5fa8"/></svg>\\n\\npersons · 2016\', unsafe_allow_html=True)\n'
)
_SIDEBAR = (
    'st.sidebar.radio("Language", ["kk", "ru", "en"], horizontal=True)\n'
    'st.sidebar.selectbox("Year", ["All years", *range(2010, 2026)])\n'
    'st.sidebar.selectbox("Area", ["Kazakhstan", "Almaty", "Astana"])\n'
)
# The controls as the app now draws them (dashboard/state.py): the language and the year as a
# segmented control and pills, the area's pills folded in an expander, after the page's cards.
_LIGHT_SIDEBAR = (
    'st.sidebar.segmented_control("Language", ["kk", "ru", "en"], default="en", '
    'required=True, width="stretch")\n'
    'st.sidebar.pills("Year", ["All years", *range(2025, 2009, -1)], default="All years", '
    "required=True)\n"
    'with st.sidebar.expander("Area: Kazakhstan"):\n'
    '    st.pills("Area", ["Kazakhstan", "Almaty", "Astana"], default="Kazakhstan", '
    "required=True)\n"
)
_HEAD = (
    "import streamlit as st\n\n"
    'HELP = "Source: a press release, 2016. Quote: «...» [In the document](/sources)"\n'
    'st.title("Child rights in Kazakhstan")\n'
)
# The same cards drawn by the browser from HTML, one element for a row of six: a KPI value is
# marked `data-kpi-value`, which the measure watches for as it does for `stMetricValue`.
_HTML_CARD = (
    '<div style="border:1px solid #d0d5dd;border-radius:8px;padding:8px;width:260px">'
    "<b>Births in the first ten months {i}</b>"
    '<div data-kpi-value style="font-size:2.25rem">{value}</div><div>+1.2%</div>'
    "<small>persons · 2016 · stated<br>Period ended 9 years ago</small></div>"
)
_HTML_CARDS = (
    f"CARD = {_HTML_CARD!r}\n"
    f"for row in range(0, {CARDS}, 6):\n"
    '    cards = "".join(CARD.format(i=i, value=f"{308297 + i:,}") '
    f"for i in range(row, min(row + 6, {CARDS})))\n"
    "    st.html(f'<div style=\"display:flex;flex-wrap:wrap;gap:8px\">{cards}</div>')\n"
)
FLOOR_PAGES = {
    "bare": ("one metric", BARE_PAGE),
    "sidebar": (
        "one metric under a title, with the sidebar's three controls",
        _HEAD + _SIDEBAR + 'st.metric("Births", "308 297")\n',
    ),
    "metrics": (f"{CARDS} metrics", _HEAD + f"for i in range({CARDS}):\n" + _METRIC[8:]),
    "cards": (
        f"{CARDS} bordered cards, a metric in each",
        _HEAD + _CARD_BLOCKS + _METRIC,
    ),
    "cards_text": (
        "and a name with a tooltip and a caption in each",
        _HEAD + _CARD_BLOCKS + _NAME + _METRIC + _CAPTION,
    ),
    "cards_sidebar": (
        "and the sidebar's three controls",
        _HEAD + _SIDEBAR + _CARD_BLOCKS + _NAME + _METRIC + _CAPTION,
    ),
    "cards_html": (
        "and the caption in HTML (a trend line)",
        _HEAD + _SIDEBAR + _CARD_BLOCKS + _NAME + _METRIC + _HTML_CAPTION,
    ),
    "html_cards": (
        f"{CARDS} cards in HTML, one element a row of six, no metric",
        _HEAD + _HTML_CARDS,
    ),
    "html_cards_sidebar": (
        "the same, with the sidebar's three controls",
        _HEAD + _SIDEBAR + _HTML_CARDS,
    ),
    "html_cards_light_sidebar": (
        "the same, the controls as a segmented control and pills drawn after the cards",
        _HEAD + _HTML_CARDS + _LIGHT_SIDEBAR,
    ),
}


def measure(runs: int = 9) -> dict:
    """Median first-KPI paint of each floor page, and its ratio to the bare page."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, ExitStack() as stack:
        urls = {}
        for name, (_, script) in FLOOR_PAGES.items():
            path = Path(folder) / f"{name}.py"
            path.write_text(script, encoding="utf-8")
            port = free_port()
            command = [sys.executable, "-m", "streamlit", "run", str(path)]
            command += ["--server.address", HOST, "--server.port", str(port)]
            command += ["--server.headless", "true"]
            up = stack.enter_context(running(command, f"http://{HOST}:{port}", "/_stcore/health"))
            urls[name] = up.url
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        stack.callback(browser.close)
        for url in urls.values():  # warm-up: each server's first session
            first_kpi_ms(browser, url)
        times = {name: [] for name in urls}
        for _ in range(runs):
            for name, url in urls.items():
                times[name].append(first_kpi_ms(browser, url))
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "runs": runs,
        "pages": {
            name: {"ms": ms, "ratio": ms / medians["bare"], "what": FLOOR_PAGES[name][0]}
            for name, ms in medians.items()
        },
    }


def table(result: dict) -> str:
    """The floor pages as a Markdown table: what each draws, its median, its ratio."""
    lines = ["| page | first KPI ms | × bare |", "| --- | --- | --- |"]
    for page in result["pages"].values():
        lines.append(f"| {page['what']} | {page['ms']:.0f} | {page['ratio']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.paint_floor", description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    result = measure(args.runs)
    print(json.dumps(result))
    print(table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""End-to-end fixtures: what `make run` serves (`streamlit run serve.py`), driven in Debian's
Chromium.

Nothing here downloads a browser: Playwright drives /usr/bin/chromium (installed by
`make test` with apt when missing).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, sync_playwright

from benchmarks.server import serve
from indicators.codes import LANGUAGES
from loaders.paths import ROOT
from tests.e2e.checks import AXE_RULES, BLOCKING, axe_run, horizontal_overflow, text_overlaps

CHROMIUM = os.environ.get("KZCR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
PAGES = {
    "overview": "",  # the default page lives at the root
    "timeline": "timeline",
    "explorer": "explorer",
    "regions": "regions",
    "sources": "sources",
    "downloads": "downloads",
}
LANGS = LANGUAGES

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="session")
def app_url(seed_tables: Path) -> Iterator[str]:
    """What `make run` serves (serve.py) on 127.0.0.1 and a free port; always stopped."""
    ARTIFACTS.mkdir(exist_ok=True)
    with serve(seed_tables, log=ARTIFACTS / "streamlit.log", timeout=60) as up:
        yield up.url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        for key in [k for k in _CONTEXTS if k[0] == id(chromium)]:
            _CONTEXTS.pop(key).close()
        chromium.close()


class ConsoleErrors(list):
    """Console errors and uncaught page errors seen by a page."""


# Opening a page's own URL (/timeline) makes Streamlit's front end probe
# /timeline/_stcore/health and /host-config before the root ones (Streamlit issue 7074):
# two 404s that come from the framework's base-path detection, not from the app.
FRAMEWORK_PROBE = re.compile(r"/[^/?]+/_stcore/(health|host-config)(\?|$)")


def is_framework_probe(message: ConsoleMessage) -> bool:
    url = (message.location or {}).get("url", "")
    return "Failed to load resource" in message.text and bool(FRAMEWORK_PROBE.search(url))


_CONTEXTS: dict[tuple[int, int, int], BrowserContext] = {}


def new_page(browser: Browser, width: int = 1366, height: int = 768) -> tuple[Page, ConsoleErrors]:
    """A new tab, with a Streamlit session of its own, in the browser's one context for this
    screen size: after the first page the app's static files come from the browser's cache,
    as for a reader who opens the dashboard again. Close it with `page.close()`."""
    key = (id(browser), width, height)
    if key not in _CONTEXTS:
        _CONTEXTS[key] = browser.new_context(
            viewport={"width": width, "height": height}, accept_downloads=True, locale="en-US"
        )
    page = _CONTEXTS[key].new_page()
    errors = ConsoleErrors()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not is_framework_probe(message):
            errors.append(f"{message.text} ({(message.location or {}).get('url', '')})")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return page, errors


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page, errors = new_page(browser)
    page.console_errors = errors  # type: ignore[attr-defined]
    yield page
    page.close()


def open_page(page: Page, app_url: str, path: str = "", **params: str) -> Page:
    """Go to a page of the app and wait until its script has finished running."""
    query = "&".join(f"{k}={v}" for k, v in params.items())
    page.goto(f"{app_url}/{path}" + (f"?{query}" if query else ""))
    wait_idle(page)
    return page


SETTLED = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    const idle = app && app.dataset.testScriptState === 'notRunning'
        && app.dataset.testConnectionState === 'CONNECTED'
        && document.querySelector('[data-testid="stMainBlockContainer"] h1')
        && !document.querySelector('[data-testid="stSkeleton"]');
    window.__settled = idle ? (window.__settled || 0) + 1 : 0;
    return window.__settled >= 4;
}"""


def wait_idle(page: Page, timeout: float = 30_000) -> None:
    """Wait until the app is connected and its script has stayed finished for a while.

    The app root carries the script's and the connection's state; no element may still
    be a loading skeleton; requiring four idle polls in a row lets a rerun that an
    interaction requested start first.
    """
    page.evaluate("() => { window.__settled = 0; }")
    page.wait_for_function(SETTLED, timeout=timeout, polling=150)


def screenshot(page: Page, name: str, full: bool = True) -> Path:
    """What the reader sees first (`name.png`) and the whole page (`name_full.png`)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    if full:
        full_page_screenshot(page, ARTIFACTS / f"{name}_full.png")
    return path


MAIN_HEIGHT = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    return main ? main.scrollHeight : 0;
}"""


def full_page_screenshot(page: Page, path: Path, limit: int = 16_000) -> None:
    """The whole page, down to its last element.

    Streamlit scrolls inside its main panel, not the document, so Playwright's full_page
    shot holds only the viewport: for one shot the viewport is made as tall as the panel's
    content (up to `limit` pixels), then set back.
    """
    size = page.viewport_size
    height = min(page.evaluate(MAIN_HEIGHT), limit)
    if height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": height})
        page.wait_for_timeout(500)  # charts and tables redraw for the new size
    try:
        page.screenshot(path=str(path))
    finally:
        page.set_viewport_size(size)


# ---------------------------------------------------------------- one visit, several checks

VIEWPORTS = {"laptop": (1366, 768), "phone": (390, 844)}


@dataclass
class Visit:
    """What the page-by-page checks read from one visit of a page in a language and a screen
    size: the page is opened once for all of them (each check is still a test of its own)."""

    console_errors: list[str]
    exceptions: int  # Streamlit exception boxes
    error_alerts: int  # st.error boxes
    overlaps: list[tuple[str, str]]
    overflow: float  # px of horizontal scroll
    # axe-core, on a laptop's screen (a phone's visit checks the layout only):
    violations: list[dict] | None  # serious and critical, WCAG 2.1 A/AA and best practice
    contrast: list[dict] | None  # the color-contrast rule at any impact


@pytest.fixture(scope="session")
def visit(browser: Browser, app_url: str):
    """`visit(name, lang, viewport)`: the page of PAGES opened once a session, its first
    screen saved (`NAME_LANG_VIEWPORT.png`; on a laptop the whole page too, `..._full.png`),
    every check's finding kept."""
    done: dict[tuple[str, str, str], Visit] = {}

    def go(name: str, lang: str, viewport: str = "laptop") -> Visit:
        key = (name, lang, viewport)
        if key not in done:
            page, errors = new_page(browser, *VIEWPORTS[viewport])
            try:
                open_page(page, app_url, PAGES[name], lang=lang)
                laptop = viewport == "laptop"
                screenshot(page, "_".join(key), full=laptop)
                exceptions = page.locator('[data-testid="stException"]').count()
                error_alerts = page.locator('[data-testid="stAlertContentError"]').count()
                overlaps, overflow = text_overlaps(page), horizontal_overflow(page)
                options = {"resultTypes": ["violations"], "runOnly": AXE_RULES}
                found = axe_run(page, options) if laptop else None
                done[key] = Visit(
                    console_errors=list(errors),
                    exceptions=exceptions,
                    error_alerts=error_alerts,
                    overlaps=overlaps,
                    overflow=overflow,
                    violations=found and [v for v in found if v["impact"] in BLOCKING],
                    # color-contrast is a WCAG 2 AA rule: the same run finds it.
                    contrast=found and [v for v in found if v["id"] == "color-contrast"],
                )
            finally:
                page.close()
        return done[key]

    return go

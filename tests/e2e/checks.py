"""What the browser tests check on a page as it stands: axe-core's rules, overlapping text,
horizontal overflow."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
AXE_RULES = {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}
BLOCKING = {"serious", "critical"}


def axe_run(page: Page, options: dict) -> list[dict]:
    """axe-core's violations on the page as it stands."""
    page.add_script_tag(path=str(AXE))
    script = "async (options) => (await axe.run(document, options)).violations"
    return page.evaluate(script, options)


def axe_violations(page: Page) -> list[dict]:
    """The serious and critical violations of WCAG 2.1 A/AA and axe's best practices."""
    found = axe_run(page, {"resultTypes": ["violations"], "runOnly": AXE_RULES})
    return [v for v in found if v["impact"] in BLOCKING]


def contrast_violations(page: Page) -> list[dict]:
    """axe-core's color-contrast rule alone (WCAG AA, 4.5:1 for text), at any impact."""
    rule = {"type": "rule", "values": ["color-contrast"]}
    return axe_run(page, {"resultTypes": ["violations"], "runOnly": rule})


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = [", ".join(node["target"]) for node in v["nodes"][:3]]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return "\n".join(lines)


TEXT = (
    '[data-testid="stMain"] h1, [data-testid="stMain"] h2, [data-testid="stMain"] h3,'
    ' [data-testid="stMain"] [data-testid="stMarkdownContainer"] p,'
    ' [data-testid="stMain"] [data-testid="stMetricValue"],'
    ' [data-testid="stMain"] [data-testid="stCaptionContainer"],'
    ' [data-testid="stMain"] [data-testid="stBadge"]'
)


def boxes(page: Page, selector: str) -> list[dict]:
    """Visible boxes of the matching elements, with their text, in page coordinates."""
    return page.evaluate(
        """(selector) => [...document.querySelectorAll(selector)]
            .filter(e => e.offsetParent !== null && e.innerText.trim())
            .map((e, i) => { const r = e.getBoundingClientRect();
                return {i, x: r.left, y: r.top + window.scrollY, w: r.width, h: r.height,
                        text: e.innerText.slice(0, 40), el: e}; })
            .map(({el, ...rest}) => rest)""",
        selector,
    )


def overlapping(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (
        a["x"] + a["w"] - slack > b["x"]
        and b["x"] + b["w"] - slack > a["x"]
        and a["y"] + a["h"] - slack > b["y"]
        and b["y"] + b["h"] - slack > a["y"]
    )


def text_overlaps(page: Page) -> list[tuple[str, str]]:
    """Pairs of visible texts whose boxes overlap (a text inside another does not count)."""
    nested = page.evaluate(
        """(selector) => { const els = [...document.querySelectorAll(selector)]
              .filter(e => e.offsetParent !== null && e.innerText.trim());
            const pairs = [];
            els.forEach((a, i) => els.forEach((b, j) => {
              if (i < j && (a.contains(b) || b.contains(a))) pairs.push([i, j]); }));
            return pairs; }""",
        TEXT,
    )
    skip = {tuple(p) for p in nested}
    found = boxes(page, TEXT)
    return [
        (a["text"], b["text"])
        for a in found
        for b in found
        if a["i"] < b["i"] and (a["i"], b["i"]) not in skip and overlapping(a, b)
    ]


def horizontal_overflow(page: Page) -> float:
    """How many pixels the page is wider than the screen."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )

"""Escaping text from the URL or the data before it reaches Markdown or HTML on a page.

Every such text goes through this module, whatever the element: `md` for everything Streamlit
renders as Markdown (titles, captions, warnings, labels, tooltips, metric labels), `plotly_text`
for plotly's hover labels, `highlighted_html` for a source's text; the Overview's cards are
HTML escaped by dashboard/cards.py (their trend line drawn here, `sparkline_img`).
Table cells are drawn as text by st.dataframe and need none (no link or image columns).
tests/dashboard/test_escaping.py feeds Markdown and HTML through every page.
"""

from __future__ import annotations

import base64
import html
import re

# What Markdown (GFM, with Streamlit's directives, emoji and math) reads as markup, and only
# that: so that a text's own punctuation reaches the reader, and the labels screen readers take
# from it ("Help for …"), without backslashes. The escaped character is each match's last.
_MARKDOWN_SPECIAL = re.compile(
    r"[\\`*_{}\[\]<>~$|#]"  # emphasis, code, links, HTML, math, tables, headings
    r"|:(?=\S)"  # directives (:red[), emoji (:smile:), icons (:material/), URL schemes
    r"|(?<!\d)\.(?=\w)"  # a dot inside a word, not a number's: www.site, an e-mail (autolinks)
    r"|^[ \t]*(?:[-+=]|\d{1,9}[.)](?=\s|$))",  # a line's bullet, numbered item, heading underline
    re.MULTILINE,
)


def md(text: object) -> str:
    """Text shown literally inside Markdown (labels, tooltips): each character that would be
    read as markup escaped, the rest left as it is."""
    return _MARKDOWN_SPECIAL.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], str(text))


def plotly_text(text: str) -> str:
    """Data text made safe for plotly's hover labels, which read a little HTML.

    Only < > & are escaped: plotly decodes &lt; &gt; &amp; but shows &quot; as it is.
    """
    return html.escape(text, quote=False)


def highlighted_html(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text, HTML-escaped, with each (start, end, css_class) span wrapped in <mark>.

    Overlapping spans are merged into the first; line breaks are kept.
    """
    out, cursor = [], 0
    for start, end, css in sorted(spans):
        if start < cursor:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f'<mark class="{html.escape(css)}">{html.escape(text[start:end])}</mark>')
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out).replace("\n", "<br>")


SPARK_WIDTH, SPARK_HEIGHT = 240, 36


def sparkline_img(values: list[float], alt: str) -> str:
    """A small trend line: an SVG drawn as an image (a data URL: the page's HTML sanitizer
    keeps images and drops inline SVG), with its words as the image's text alternative, so
    screen readers and axe-core find words where the eye finds a line."""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = SPARK_WIDTH / (len(values) - 1)
    points = " ".join(
        f"{i * step:.1f},{SPARK_HEIGHT - 2 - (v - low) / span * (SPARK_HEIGHT - 4):.1f}"
        for i, v in enumerate(values)
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SPARK_WIDTH} {SPARK_HEIGHT}" '
        f'preserveAspectRatio="none"><polyline points="{points}" fill="none" stroke="#1f5fa8" '
        'stroke-width="2" vector-effect="non-scaling-stroke"/></svg>'
    )
    data = base64.b64encode(svg.encode("ascii")).decode("ascii")  # cheaper than %-escaping
    return (
        f'<img class="kpi-trend" alt="{html.escape(alt)}" src="data:image/svg+xml;base64,{data}">'
    )

"""Escaping text from the data before it reaches Markdown or HTML on a page."""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: object) -> str:
    """Text shown literally inside Markdown (labels, tooltips): every special character escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


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

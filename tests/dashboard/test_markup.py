import html
import re

import pytest
from markdown_it import MarkdownIt

from dashboard.markup import md
from tests.dashboard.helpers import svg_of


def test_a_sparkline_is_an_image_with_its_words_escaped():
    from dashboard.markup import SPARK_HEIGHT, sparkline_img

    img = sparkline_img([3.0, 1.0, 2.0], "Trend <b>2010</b>–2012: 3 → 2")
    assert img.startswith('<img class="kpi-trend" ') and "<b>" not in img
    assert 'alt="Trend &lt;b&gt;2010&lt;/b&gt;–2012: 3 → 2"' in img
    src = svg_of(re.search(r'src="(data:image/svg\+xml[^"]*)"', img).group(1))
    assert src.startswith("<svg ") and src.endswith("</svg>")
    points = [
        tuple(map(float, p.split(","))) for p in src.split('points="')[1].split('"')[0].split()
    ]
    assert [x for x, _ in points] == [0.0, 120.0, 240.0]
    ys = [y for _, y in points]
    assert ys[1] == SPARK_HEIGHT - 2 and ys[0] < ys[2] < ys[1]  # the highest value on top


# Texts that Markdown would read as markup, each on its own and inside a sentence.
MARKUP = [
    "1. first",
    "2016) a numbered item",
    "- a bullet",
    "+ a bullet",
    "Title\n===",
    "Title\n---",
    "# heading",
    "> quote",
    "*em* _em_ **strong** ~~gone~~",
    "`code`",
    "[link](https://evil.example/l)",
    "![image](https://evil.example/p.png)",
    "<u>u</u> <img src=x>",
    "https://evil.example/bare",
    "www.evil.example",
    "www.1site.kz",
    "mail@evil.example",
    "a | b\n--|--\nc | d",
    "$x$ :red[red] :smile: :material/home:",
    "back\\slash",
]
PLAIN = [
    "2016 ж.",
    "Births (January–October), 2016",
    "ТДМ 3.2.1 көрсеткішінің файлы",
    "Source: a press release, 2016-11-03",
    "Рождаемость — 21,6 на 1 000 человек!",
    "6.5 per cent, up 1.2 points",
]
RENDER = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable(
    ["linkify", "strikethrough", "table"]
)


def _rendered_text(markdown: str) -> str:
    """The text a reader sees: one paragraph, its line breaks as newlines, no tag at all."""
    out = RENDER.render(markdown).strip()
    assert out.startswith("<p>") and out.endswith("</p>"), out
    inner = out[3:-4].replace("<br />", "")
    assert "<" not in inner, out
    return html.unescape(inner)


@pytest.mark.parametrize("text", MARKUP + [f"See {t} here" for t in MARKUP if "\n" not in t])
def test_md_shows_markup_as_the_text_it_is(text):
    assert _rendered_text(md(text)) == text


@pytest.mark.parametrize("text", PLAIN)
def test_md_leaves_plain_punctuation_alone(text):
    """A label's full stop, brackets, dashes and colons reach Streamlit as they are: screen
    readers read its tooltip's label ("Help for …") with any backslash in it."""
    assert md(text) == text
    assert _rendered_text(md(text)) == text

"""Sentences of a press text, and the repeats of a paragraph printed twice."""

from __future__ import annotations

import bisect
import re

from finder.number_words import words_of
from finder.text import normalise_space

_END = re.compile(r"[.!?…]+[\"»”)]*(?=\s+[«\"“(\-–—]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\d])|\n")
_WORD_BEFORE_DOT = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")
# Abbreviations a period does not end a sentence after ("2016 г. в", "Н. Назарбаев").
_ABBREVIATIONS = words_of(
    """
    г гг ж жж т т.е т.д т.п т.б т.с.с ст п пп тыс млн млрд трлн руб долл чел им др см обл ул д
    тг р
    """
)
_LOWER_START = re.compile(r"\s*[a-zа-яёәғқңөұүһі]")


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    if match.group(0) == "\n":
        return not _LOWER_START.match(text, match.end())  # a wrapped line goes on
    if not match.group(0).startswith("."):
        return True
    word = _WORD_BEFORE_DOT.search(text, max(0, match.start() - 12), match.start())
    if word is None:
        return True
    token = word.group(1)
    if len(token) == 1 and token.isupper():
        return False  # an initial
    return token.lower() not in _ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, white space trimmed, in order."""
    spans, start = [], 0
    for match in _END.finditer(text):
        if _is_boundary(text, match):
            _append(spans, text, start, match.end())
            start = match.end()
    _append(spans, text, start, len(text))
    return spans


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        first = start + (len(chunk) - len(chunk.lstrip()))
        spans.append((first, first + len(stripped)))


class Sentences:
    """Look up the sentence around a position."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]
        self._texts: dict[tuple[int, int], str] = {}

    def around(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        start, end = self.spans[i]
        return (start, end) if pos < end else (start, max(end, pos + 1))

    def text_of(self, span: tuple[int, int]) -> str:
        if span not in self._texts:
            self._texts[span] = normalise_space(self.text[span[0] : span[1]])
        return self._texts[span]

"""Kazakh rates: "1000 тұрғынға шаққанда 22,5" (22.5 per 1000 inhabitants). The base
"1000 тұрғынға шаққанда" belongs to the number that follows it in the same sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from finder.numbers import LETTER, SPACE

_BASE = re.compile(
    rf"(?:әрбір{SPACE}+)?(?P<n>1{SPACE}?000|10{SPACE}?000|100{SPACE}?000|100|1000)"
    rf"{SPACE}+(?P<noun>{LETTER}+(?:ға|ге|қа|ке)){SPACE}+шаққанда(?!{LETTER})",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class RateBase:
    start: int
    end: int
    noun: str


class RateBases:
    def __init__(self, bases: list[RateBase], text: str):
        self._by_number_start = {b.start: b for b in bases}
        self._text = text
        self.pending: RateBase | None = None

    def base_at(self, pos: int) -> RateBase | None:
        return self._by_number_start.get(pos)

    def take_pending(self, pos: int) -> RateBase | None:
        """The base just read, when the number at `pos` follows it in the same sentence."""
        base, self.pending = self.pending, None
        if base is None or _SENTENCE_END.search(self._text, base.end, pos):
            return None
        return base


def kk_rate_bases(text: str) -> RateBases:
    if "шаққанда" not in text.lower():
        return RateBases([], text)
    bases = [RateBase(m.start("n"), m.end(), m.group("noun")) for m in _BASE.finditer(text)]
    return RateBases(bases, text)

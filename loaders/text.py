"""Whitespace-normalised text matching, shared by quote checks and the finder."""

from __future__ import annotations

import re

_SPACE_RUN = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Fold every run of white space (incl. no-break and narrow no-break) to one space."""
    return _SPACE_RUN.sub(" ", text).strip()


def quote_pattern(quote: str) -> re.Pattern[str]:
    """A pattern that finds `quote` with any white space between its words, nothing else."""
    words = normalise_space(quote).split(" ")
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Character offsets of the first occurrence of `quote` in `text`, or None."""
    if not quote.strip():
        return None
    match = quote_pattern(quote).search(text)
    return (match.start(), match.end()) if match else None


def locate_all(text: str, quote: str) -> list[tuple[int, int]]:
    """Offsets of every occurrence (a paragraph printed twice gives two)."""
    if not quote.strip():
        return []
    return [(m.start(), m.end()) for m in quote_pattern(quote).finditer(text)]

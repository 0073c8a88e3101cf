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


def trie_pattern(words: list[str] | set[str] | dict[str, object]) -> str:
    """A regular expression that matches any of `words`, written as a prefix tree.

    Long alternations of plain words ("января|январе|...") make the regex engine try
    every word at every position; a tree shares the prefixes and fails after one letter.
    Longer words are preferred where one word is a prefix of another.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _tree_pattern(tree)


def _tree_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _tree_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body

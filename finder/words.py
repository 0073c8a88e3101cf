"""The words right before and after a position, and the clause around it."""

from __future__ import annotations

import re

from finder.numbers import LETTER, SPACE

_NEXT = re.compile(rf"{SPACE}*({LETTER}+(?:-{LETTER}+)*)")  # "іс-шара" is one word
_PREVIOUS = re.compile(rf"(?<!{LETTER})({LETTER}+)\.?{SPACE}*$")
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]")  # not the comma of "1,2"


def next_word(text: str, pos: int) -> tuple[str, int, int] | None:
    """The word after `pos` when only spaces stand between (no line break, no sign)."""
    match = _NEXT.match(text, pos)
    return (match.group(1), match.start(1), match.end(1)) if match else None


def previous_word(text: str, pos: int, max_gap: int = 2) -> tuple[str, int, int] | None:
    """The word before `pos` ("ст." allowed), with at most `max_gap` spaces or a dot between."""
    match = _PREVIOUS.search(text, max(0, pos - 40), pos)
    if not match or pos - match.end(1) > max_gap:
        return None
    return match.group(1), match.start(1), match.end(1)


def words_before(text: str, pos: int, limit: int = 60) -> str:
    """The text of the clause before `pos`, at most `limit` characters, lower case."""
    start = max(0, pos - limit)
    chunk = text[start:pos]
    marks = list(_CLAUSE_MARK.finditer(chunk))
    if marks:
        chunk = chunk[marks[-1].end() :]
    return chunk.lower()


def clause(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The clause around `pos` inside the sentence [start, end): up to , ; : ( ) [ ].

    A number in brackets speaks of the clause before them ("қатысады деп күтілуде
    (шамамен 1000 адам)"): that clause is taken in too."""
    marks = [m for m in _CLAUSE_MARK.finditer(text, start, pos)]
    left = marks[-1].end() if marks else start
    if marks and marks[-1].group(0) in "([":
        left = marks[-2].end() if len(marks) > 1 else start
    right_mark = _CLAUSE_MARK.search(text, pos, end)
    return left, right_mark.start() if right_mark else end

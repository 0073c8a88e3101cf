"""A paragraph printed twice gives each of its mentions once, with the count of repeats.

Two occurrences are the same mention when their sentences read the same (white space
aside), they stand at the same place in it and read the same. The first occurrence
keeps its offsets; `occurrences` lists them all.
"""

from __future__ import annotations

from finder.mention import Mention
from finder.text import normalise_space


def repeat_key(text: str, mention: Mention) -> tuple[str, str, str]:
    sentence_start = mention.sentence_span[0]
    before = normalise_space(text[sentence_start : mention.start])
    return (mention.sentence, before, normalise_space(mention.text))


def group_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    firsts: dict[tuple[str, str, str], Mention] = {}
    for mention in mentions:
        key = repeat_key(text, mention)
        first = firsts.get(key)
        if first is None:
            firsts[key] = mention
        else:
            first.repeats += 1
            first.occurrences.append((mention.start, mention.end))
    return list(firsts.values())

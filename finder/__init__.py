"""The figure finder: every numeric mention of a Kazakh or Russian text, with its kind,
value, qualifier, unit, sentence and a proposed indicator. See docs/finder.md."""

from __future__ import annotations

from finder.mention import JSON_KEYS, KINDS, QUANTITY_KINDS, Mention
from finder.repeats import group_repeats
from finder.scan import scan
from finder.sentences import Sentences
from finder.suggest import Suggester

__all__ = ["JSON_KEYS", "KINDS", "QUANTITY_KINDS", "Mention", "Suggester", "find_mentions"]


def find_mentions(
    text: str, lang: str | None = None, suggester: Suggester | None = None
) -> list[Mention]:
    """Each mention once per distinct sentence, in reading order, with its repeats."""
    sentences = Sentences(text)
    mentions = scan(text, lang)
    for mention in mentions:
        span = sentences.around(mention.start)
        mention.sentence_span = span
        mention.sentence = sentences.text_of(span)
        mention.occurrences = [(mention.start, mention.end)]
        if suggester is not None:
            found = suggester.suggest(
                text, mention.kind, (mention.start, mention.end), span, mention.unit_span
            )
            if found is not None:
                mention.indicator, mention.matched, mention.score = (
                    found.indicator,
                    found.matched,
                    found.score,
                )
    return group_repeats(text, mentions)

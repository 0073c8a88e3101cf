"""The build's step for numeric mentions: find them in every source, cover them by the
curated figures, milestones and dismissals, and report stale dismissals as problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from finder import find_mentions
from finder.suggest import Suggester
from indicators.problems import Problem
from indicators.registry import Indicator, Unit
from loaders.coverage import Covered, cover
from loaders.models import DismissalEntry, EventEntry, FigureEntry
from loaders.sources import Source


@dataclass(frozen=True)
class SourceMention:
    source_id: str
    covered: Covered

    @property
    def mention_id(self) -> str:
        return f"{self.source_id}@{self.covered.mention.start}"

    def warning(self) -> str:
        m = self.covered.mention
        value = "" if m.value is None else f" {m.plain_value}"
        proposal = f"; proposed indicator {m.indicator}" if m.indicator else ""
        return (
            f"{self.source_id}: open mention «{m.text}» ({m.kind}{value}) at {m.start}-{m.end}: "
            f"no figure or milestone uses it and no entry of dismissed.yaml dismisses it{proposal}"
        )


def find_source_mentions(
    dismissed_file: Path,
    *,
    sources: dict[str, Source],
    figures: list[FigureEntry],
    events: list[EventEntry],
    dismissals: list[DismissalEntry],
    indicators: dict[str, Indicator],
    units: dict[str, Unit],
    problems: list[Problem],
) -> list[SourceMention]:
    """Every source's mentions with their coverage; stale dismissals go to `problems`."""
    suggester = Suggester(list(indicators.values()), units)
    by_source: dict[str, list[tuple[int, DismissalEntry]]] = {}
    for index, dismissal in enumerate(dismissals):
        if dismissal.source not in sources:
            problems.append(
                Problem(
                    str(dismissed_file),
                    _name(index, dismissal),
                    f"unknown source {dismissal.source} (or the source itself failed its checks)",
                )
            )
            continue
        by_source.setdefault(dismissal.source, []).append((index, dismissal))
    found: list[SourceMention] = []
    for source_id, source in sources.items():
        mentions = find_mentions(source.text, source.entry.language, suggester)
        rows, stale = cover(
            source.text,
            mentions,
            [f for f in figures if f.source == source_id],
            [e for e in events if e.source == source_id],
            by_source.get(source_id, []),
            units,
        )
        found += [SourceMention(source_id, row) for row in rows]
        for index, reason in stale:
            name = _name(index, dismissals[index])
            problems.append(Problem(str(dismissed_file), name, f"stale dismissal: {reason}"))
    return found


def _name(index: int, dismissal: DismissalEntry) -> str:
    return f"entry #{index + 1} ({dismissal.source} «{dismissal.text}»)"

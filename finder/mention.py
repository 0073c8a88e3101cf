"""A numeric mention: one number a text states, with its kind, value and context."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = (
    "count",
    "percent",
    "rate",
    "ratio",
    "money",
    "year",
    "date",
    "date_range",
    "duration",
    "ordinal",
    "anniversary",
    "identifier",
)
QUANTITY_KINDS = frozenset({"count", "percent", "rate", "money"})
# The keys of each object `python -m loaders extract --json` prints, in this order.
JSON_KEYS = (
    "value",
    "kind",
    "qualifier",
    "unit",
    "sentence",
    "start",
    "end",
    "date",
    "start_date",
    "end_date",
    "indicator",
    "matched",
    "score",
    "repeats",
)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    unit_span: tuple[int, int] | None = None
    date: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    sentence: str = ""
    sentence_span: tuple[int, int] = (0, 0)
    indicator: str | None = None
    matched: tuple[str, ...] = ()
    score: float | None = None
    repeats: int = 1
    occurrences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def plain_value(self) -> int | float | None:
        """The value as an int when it is whole (308297, not 308297.0)."""
        if self.value is None:
            return None
        return int(self.value) if float(self.value).is_integer() else self.value

    def as_json(self) -> dict[str, object]:
        row = {
            "value": self.plain_value,
            "kind": self.kind,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "date": self.date,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "indicator": self.indicator,
            "matched": list(self.matched),
            "score": self.score,
            "repeats": self.repeats,
        }
        assert tuple(row) == JSON_KEYS
        return row

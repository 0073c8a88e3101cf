"""A source over the size limit builds, with a warning naming it (its page shows passages)."""

from __future__ import annotations

from loaders import sources
from loaders.build import build
from tests.broken_cases import GOOD


def test_a_large_source_builds_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "LARGE_SOURCE_BYTES", 5_000)
    warnings: list[str] = []
    counts = build(GOOD, tmp_path / "out", warn=warnings.append)
    assert counts["sources"] == 2
    large = [w for w in warnings if "more than 5000" in w]
    assert len(large) == 1 and "002_59ee36b4ed65a8bd.txt: id mfa2025" in large[0]

"""The throughput benchmark's corpus and timing, on a tiny corpus (the real run is by hand:
`python -m benchmarks.finder_throughput`, see docs/benchmarks.md)."""

from __future__ import annotations

from benchmarks.finder_throughput import make_corpus, run
from finder import find_mentions


def test_the_generated_corpus_is_kazakh_and_russian_and_reproducible():
    corpus = make_corpus(0.05)
    assert corpus == make_corpus(0.05)
    text = "".join(corpus)
    assert 50_000 <= len(text.encode("utf-8")) < 70_000
    assert "нәресте" in text and "детей" in text


def test_every_digit_of_the_generated_corpus_lies_in_a_mention():
    for document in make_corpus(0.05, numeric_share=0.5):
        covered = set()
        for mention in find_mentions(document):
            for start, end in mention.occurrences:
                covered.update(range(start, end))
        forgotten = [i for i, ch in enumerate(document) if ch.isdigit() and i not in covered]
        assert not forgotten, document[forgotten[0] - 40 : forgotten[0] + 40]


def test_run_reports_size_mentions_and_speed():
    result = run(0.02)
    assert result.documents > 0 and result.mentions > 0
    assert 0.02 <= result.megabytes < 0.03
    assert result.mb_per_second > 0

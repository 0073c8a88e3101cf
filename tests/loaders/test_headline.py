import datetime as dt

from loaders.headline import headline_ids
from loaders.tables import _Candidate


def c(obs_id, status="A", published=None, qualifier="exact", group=("X",)):
    return _Candidate(obs_id, group, status, published, qualifier)


def test_reported_beats_announced_even_when_announced_is_newer():
    assert headline_ids([c("a", "F", dt.date(2020, 1, 1)), c("b", "A", dt.date(2010, 1, 1))]) == {
        "b"
    }


def test_then_the_later_publication_then_the_more_precise_value():
    assert headline_ids([c("a", published=dt.date(2016, 1, 1)), c("b", published=None)]) == {"a"}
    assert headline_ids([c("a", qualifier="about"), c("b")]) == {"b"}


def test_one_headline_per_group_whatever_the_order():
    items = [c("b", group=("X",)), c("a", group=("X",)), c("z", group=("Y",))]
    assert headline_ids(items) == headline_ids(list(reversed(items))) == {"a", "z"}

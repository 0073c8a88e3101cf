import pyarrow as pa

from dashboard.selection import Selection, distinct, relabel, select


def _obs():
    codes = pa.array(["A", "B", "A", "C"]).dictionary_encode()
    return pa.table(
        {
            "indicator": codes,
            "year": pa.array([2016, 2016, 2017, None], pa.int16()),
            "ref_area": pa.array(["KZ"] * 4).dictionary_encode(),
            "sex": pa.array(["_T", "F", "_T", "_T"]).dictionary_encode(),
            "age": pa.array(["_T"] * 4).dictionary_encode(),
            "event_id": pa.array([None, None, "E", None], pa.string()).dictionary_encode(),
            "source_id": pa.array(["s1", "s2", "s1", "s1"]).dictionary_encode(),
            "is_headline": [True, False, True, True],
        }
    )


def test_filters_combine():
    obs = _obs()
    assert select(obs, Selection()).num_rows == 4
    assert select(obs, Selection(year=2016)).num_rows == 2
    assert select(obs, Selection(indicators=("A", "C"))).num_rows == 3
    assert select(obs, Selection(year=2016, sex="_T")).num_rows == 1
    assert select(obs, Selection(headline_only=True, source="s1")).num_rows == 3
    assert select(obs, Selection(event="E")).num_rows == 1


def test_relabel_rewrites_the_dictionary_and_keeps_labels_unique():
    col = _obs()["indicator"]
    out = relabel(col, {"A": "same", "B": "same"})
    assert out.to_pylist() == ["same", "same", "same", "C"]
    assert len(out.chunk(0).dictionary) == 2


def test_distinct_sorts_and_drops_nulls():
    assert distinct(_obs()["year"]) == [2016, 2017]
    assert distinct(_obs()["indicator"]) == ["A", "B", "C"]

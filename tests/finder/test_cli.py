"""`python -m loaders extract FILE... [--json]`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from finder import JSON_KEYS
from loaders.paths import DATA_DIR, ROOT

SEED = DATA_DIR / "sources" / "003_568ea453ec8b69be.txt"


def _extract(*args):
    return subprocess.run(
        [sys.executable, "-m", "loaders", "extract", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_json_lists_each_mention_with_exactly_the_documented_keys():
    result = _extract(SEED, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert JSON_KEYS == (
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
    assert all(list(row) == list(JSON_KEYS) for row in rows)
    assert [(r["value"], r["kind"]) for r in rows] == [
        (30, "percent"),
        (12.5, "percent"),
        (7, "count"),
        (2024, "identifier"),
    ]
    laws = rows[2]
    assert laws["unit"] == "законов" and laws["indicator"] == "LAWS_AMENDED"
    assert laws["matched"] == ["закон", "изменения и дополнения"]
    assert laws["date"] is None and laws["repeats"] == 1
    text = SEED.read_text(encoding="utf-8")
    assert text[laws["start"] : laws["end"]] == "семь"


def test_offsets_are_those_of_the_file_even_with_crlf_and_a_bom(tmp_path):
    file = tmp_path / "crlf.txt"
    file.write_bytes("\ufeffЗаголовок\r\nВ 2016 году родилось 400 тысяч детей.\r\n".encode())
    rows = json.loads(_extract(file, "--json").stdout)
    text = file.read_bytes().decode("utf-8")
    assert [text[r["start"] : r["end"]] for r in rows] == ["2016 году", "400 тысяч"]
    assert rows[1]["value"] == 400000 and rows[1]["indicator"] == "BIRTHS"


def test_text_output_is_a_table_per_file():
    other = DATA_DIR / "sources" / "002_59ee36b4ed65a8bd.txt"
    result = _extract(SEED, other)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith("003_568ea453ec8b69be.txt (ru): 4 mentions")
    assert lines[1].split() == [
        "span",
        "kind",
        "value",
        "qualifier",
        "unit",
        "date",
        "indicator",
        "×",
        "text",
    ]
    assert any("MICS-2024" in line and "identifier" in line for line in lines)
    assert any(line.endswith("002_59ee36b4ed65a8bd.txt (kk): 5 mentions") for line in lines)


def test_several_files_in_json_give_one_array_in_file_order():
    other = DATA_DIR / "sources" / "002_59ee36b4ed65a8bd.txt"
    rows = json.loads(_extract(SEED, other, "--json").stdout)
    assert len(rows) == 4 + 5
    assert rows[4]["date"] == "2025-11-20"


@pytest.mark.parametrize("bad", ["missing.txt", "binary.bin"])
def test_an_unreadable_file_is_an_error(tmp_path, bad):
    path = tmp_path / bad
    if bad.endswith(".bin"):
        path.write_bytes(b"\xff\xfe\x00bad")
    result = _extract(path)
    assert result.returncode == 1
    assert str(path) in result.stderr


def test_the_language_can_be_given():
    result = _extract(SEED, "--lang", "ru")
    assert "(ru): 4 mentions" in result.stdout


def test_python_m_finder_prints_what_loaders_extract_prints():
    via_finder = subprocess.run(
        [sys.executable, "-m", "finder", str(SEED), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert via_finder.returncode == 0, via_finder.stderr
    assert via_finder.stdout == _extract(SEED, "--json").stdout

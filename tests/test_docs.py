"""Docs that could drift are read against the code they describe (as datasette tests its docs).

- docs/data-model.md: every column of every table schema (loaders/schemas.py) has its line, with
  its type, in the table of its section, and no line names a column the schema lacks;
- README.md: the HTTP API's parameter table has a line for each parameter the API takes
  (api/params.py FILTERS), and none more;
- docs/finder.md: the JSON keys' table lists finder.JSON_KEYS, in their order.

Each failure names the file, the section and what to add or remove.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pytest

from api.params import FILTERS
from finder import JSON_KEYS
from loaders.paths import ROOT
from loaders.schemas import TABLES

DATA_MODEL = ROOT / "docs" / "data-model.md"
FINDER_DOC = ROOT / "docs" / "finder.md"
README = ROOT / "README.md"
# The tables whose columns are described in another doc, under that heading.
ELSEWHERE = {"mentions": (FINDER_DOC, "### mentions.parquet")}
API_SECTION = "## HTTP API"
JSON_SECTION = "## Running it"


def section(path: Path, heading: str) -> list[str]:
    """The lines under `heading` down to the next heading of the same or a higher level."""
    lines = path.read_text(encoding="utf-8").splitlines()
    level = len(heading) - len(heading.lstrip("#"))
    try:
        start = lines.index(heading) + 1
    except ValueError:
        return []
    fenced = False
    for end in range(start, len(lines)):
        fenced ^= lines[end].startswith("```")
        hashes = len(lines[end]) - len(lines[end].lstrip("#"))
        if not fenced and 0 < hashes <= level and lines[end][hashes : hashes + 1] == " ":
            return lines[start:end]
    return lines[start:]


def table_rows(lines: list[str], first_header: str) -> list[list[str]]:
    """The cells of each row of the first Markdown table whose first header is `first_header`."""
    rows: list[list[str]] = []
    inside = False
    for line in lines:
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if "|" in line else []
        if not inside:
            inside = bool(cells) and cells[0] == first_header
            continue
        if not cells:
            if rows:
                break
            continue
        if not set(cells[0]) <= set("-: "):
            rows.append(cells)
    return rows


def names_in(cell: str) -> list[str]:
    """The code names a cell lists: `start`, `end` -> ["start", "end"]."""
    return re.findall(r"`([^`]+)`", cell)


def type_word(kind: pa.DataType) -> str:
    """How the docs write a column's type."""
    if pa.types.is_dictionary(kind):
        return "code"
    if pa.types.is_list(kind):
        return f"list of {type_word(kind.value_type)}"
    if pa.types.is_date(kind):
        return "date"
    return {"double": "float64", "large_string": "string"}.get(str(kind), str(kind))


def schema_doc_problems(tables: dict[str, pa.Schema]) -> list[str]:
    """What the docs lack or say wrongly about the columns of `tables`."""
    problems = []
    for name, schema in tables.items():
        path, heading = ELSEWHERE.get(name, (DATA_MODEL, f"## {name}.parquet"))
        where = f"{path.relative_to(ROOT)}, the table under '{heading}'"
        documented: dict[str, str] = {}
        for cells in table_rows(section(path, heading), "column"):
            for column in names_in(cells[0]):
                documented[column] = cells[1] if len(cells) > 1 else ""
        for field in schema:
            wanted = type_word(field.type)
            if field.name not in documented:
                problems.append(
                    f"{where}: no line for column `{field.name}` ({wanted}); add "
                    f"'| `{field.name}` | {wanted} | what it holds |'"
                )
            elif documented[field.name] != wanted:
                problems.append(
                    f"{where}: column `{field.name}` is written as "
                    f"'{documented[field.name]}', the schema says '{wanted}'"
                )
        for column in documented.keys() - set(schema.names):
            problems.append(f"{where}: line for `{column}`, which {name}.parquet does not have")
    return problems


def listing_problems(
    where: str, documented: list[str], wanted: tuple[str, ...], what: str, origin: str, line: str
) -> list[str]:
    """`documented` against `wanted`: each missing name with the line to add, each extra one."""
    problems = [
        f"{where}: no line for {what} `{name}` ({origin}); add '| `{name}` | {line} |'"
        for name in wanted
        if name not in documented
    ]
    problems += [
        f"{where}: line for `{name}`, which {origin} does not have"
        for name in documented
        if name not in wanted
    ]
    return problems


def listed_names(path: Path, heading: str, first_header: str) -> list[str]:
    rows = table_rows(section(path, heading), first_header)
    return [name for cells in rows for name in names_in(cells[0])]


def parameter_doc_problems(parameters: tuple[str, ...]) -> list[str]:
    where = f"README.md, the parameter table under '{API_SECTION}'"
    documented = listed_names(README, API_SECTION, "parameter")
    return listing_problems(
        where,
        documented,
        parameters,
        "parameter",
        "api/params.py FILTERS",
        "its values | its default",
    )


def json_key_doc_problems(keys: tuple[str, ...]) -> list[str]:
    where = f"docs/finder.md, the key table under '{JSON_SECTION}'"
    documented = listed_names(FINDER_DOC, JSON_SECTION, "key")
    problems = listing_problems(
        where, documented, keys, "JSON key", "finder.JSON_KEYS", "its meaning"
    )
    if not problems and documented != list(keys):
        problems.append(f"{where}: keys in the order {documented}, JSON_KEYS has {list(keys)}")
    return problems


def test_every_column_of_every_table_has_its_line() -> None:
    assert schema_doc_problems(TABLES) == []


def test_every_api_parameter_has_its_line() -> None:
    assert parameter_doc_problems(FILTERS) == []


def test_every_json_key_of_the_finder_has_its_line() -> None:
    assert json_key_doc_problems(JSON_KEYS) == []


def test_the_docs_tests_read_some_lines() -> None:
    """Guards against a renamed heading that would leave nothing to compare."""
    assert len(table_rows(section(DATA_MODEL, "## observations.parquet"), "column")) > 20
    assert len(table_rows(section(README, API_SECTION), "parameter")) == len(FILTERS)
    assert len(table_rows(section(FINDER_DOC, JSON_SECTION), "key")) > 10


def test_a_column_added_without_its_line_is_named() -> None:
    extra = TABLES["observations"].append(pa.field("extra_column", pa.int32()))
    assert schema_doc_problems({**TABLES, "observations": extra}) == [
        "docs/data-model.md, the table under '## observations.parquet': no line for column "
        "`extra_column` (int32); add '| `extra_column` | int32 | what it holds |'"
    ]


def test_a_column_of_a_table_documented_elsewhere_or_of_a_new_table_is_named() -> None:
    mentions = TABLES["mentions"].append(pa.field("flag", pa.bool_()))
    new = pa.schema([pa.field("code", pa.dictionary(pa.int32(), pa.string()))])
    assert schema_doc_problems({"mentions": mentions, "new_table": new}) == [
        "docs/finder.md, the table under '### mentions.parquet': no line for column `flag` "
        "(bool); add '| `flag` | bool | what it holds |'",
        "docs/data-model.md, the table under '## new_table.parquet': no line for column `code` "
        "(code); add '| `code` | code | what it holds |'",
    ]


def test_a_changed_type_or_a_removed_column_is_named() -> None:
    events = pa.schema(
        [f if f.name != "year" else pa.field("year", pa.int32()) for f in TABLES["events"]]
    ).remove(TABLES["events"].get_field_index("note"))
    assert schema_doc_problems({"events": events}) == [
        "docs/data-model.md, the table under '## events.parquet': column `year` is written as "
        "'int16', the schema says 'int32'",
        "docs/data-model.md, the table under '## events.parquet': line for `note`, which "
        "events.parquet does not have",
    ]


def test_a_parameter_added_without_its_line_is_named() -> None:
    assert parameter_doc_problems((*FILTERS, "region")) == [
        "README.md, the parameter table under '## HTTP API': no line for parameter `region` "
        "(api/params.py FILTERS); add '| `region` | its values | its default |'"
    ]
    assert parameter_doc_problems(FILTERS[1:]) == [
        "README.md, the parameter table under '## HTTP API': line for `year`, which "
        "api/params.py FILTERS does not have"
    ]


@pytest.mark.parametrize(
    ("keys", "problem"),
    [
        (
            (*JSON_KEYS, "confidence"),
            "no line for JSON key `confidence` (finder.JSON_KEYS); "
            "add '| `confidence` | its meaning |'",
        ),
        (JSON_KEYS[:-1], "line for `repeats`, which finder.JSON_KEYS does not have"),
        (
            (JSON_KEYS[1], JSON_KEYS[0], *JSON_KEYS[2:]),
            f"keys in the order {list(JSON_KEYS)}, JSON_KEYS has "
            f"{[JSON_KEYS[1], JSON_KEYS[0], *JSON_KEYS[2:]]}",
        ),
    ],
)
def test_a_json_key_added_removed_or_moved_is_named(keys: tuple[str, ...], problem: str) -> None:
    where = "docs/finder.md, the key table under '## Running it'"
    assert json_key_doc_problems(keys) == [f"{where}: {problem}"]

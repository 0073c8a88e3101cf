"""The build on the real seed data: four tables, declared schemas, verified quotes."""

from __future__ import annotations

import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from finder.text import normalise_space
from loaders import schemas
from loaders.build import BUILD_INFO, build, is_stale
from loaders.paths import DATA_DIR, DATA_ENV, ROOT, TABLES_ENV
from loaders.publish import resolve


def _read(folder, name):
    return pq.read_table(folder / f"{name}.parquet")


@pytest.mark.parametrize("name", list(schemas.TABLES))
def test_each_table_has_its_declared_schema(seed_tables, name):
    assert _read(seed_tables, name).schema.equals(schemas.TABLES[name])


def test_every_quote_is_found_in_its_source_text(seed_tables):
    sources = _read(seed_tables, "sources").to_pandas().set_index("source_id")
    for table in ("observations", "events"):
        rows = _read(seed_tables, table).to_pandas()
        for row in rows.itertuples():
            text = sources.loc[row.source_id, "text"]
            assert normalise_space(row.quote) in normalise_space(text), row
            span = text[row.quote_start : row.quote_end]
            assert normalise_space(span) == normalise_space(row.quote)


def test_sources_table_holds_the_raw_documents_byte_for_byte(seed_tables):
    import hashlib

    for row in _read(seed_tables, "sources").to_pylist():
        # a document's file is under data/sources/, a dataset file's under data/ (series/...)
        folder = DATA_DIR if row["kind"] == "dataset" else DATA_DIR / "sources"
        raw = (folder / row["file"]).read_bytes()
        assert row["text"].encode("utf-8") == raw
        assert hashlib.sha256(raw).hexdigest() == row["sha256"]


EXPECTED = {
    # obs_id: (indicator, time_period, value, qualifier, obs_status, is_headline)
    "BIRTHS_2016_JAN_OCT": ("BIRTHS", "2016-01/2016-10", 308297, "exact", "PA", True),
    "CHILD_POP_2016": ("CHILD_POP", "2016", 5460449, "exact", "A", True),
    "CRIME_GRAVE_CHANGE": ("CRIME_GRAVE_VS_CHILDREN_CHANGE", "not stated", -30, "exact", "A", True),
    "CRIME_SEXUAL_CHANGE": (
        "CRIME_SEXUAL_VS_MINORS_CHANGE",
        "not stated",
        -12.5,
        "exact",
        "A",
        True,
    ),
    "CONF2016_PARTICIPANTS_REPORTED": (
        "EVENT_PARTICIPANTS",
        "2016-11-21/2016-11-22",
        1300,
        "more_than",
        "A",
        True,
    ),
    "CONF2016_PARTICIPANTS_ANNOUNCED": (
        "EVENT_PARTICIPANTS",
        "2016-11-21/2016-11-22",
        1000,
        "about",
        "F",
        False,
    ),
    "CONF2016_COUNTRIES_REPORTED": (
        "EVENT_COUNTRIES",
        "2016-11-21/2016-11-22",
        30,
        "exact",
        "A",
        True,
    ),
    "CONF2016_COUNTRIES_ANNOUNCED": (
        "EVENT_COUNTRIES",
        "2016-11-21/2016-11-22",
        35,
        "exact",
        "F",
        False,
    ),
    "CONF2016_PLATFORMS_REPORTED": (
        "THEMATIC_PLATFORMS",
        "2016-11-21/2016-11-22",
        12,
        "exact",
        "A",
        True,
    ),
    "LAWS_AMENDED_SEVEN": ("LAWS_AMENDED", "not stated", 7, "exact", "A", True),
    "FUND_SHARE_50": ("FUND_INCOME_SHARE_TO_CHILDREN", "not stated", 50, "exact", "A", True),
}


@pytest.mark.parametrize("obs_id", sorted(EXPECTED))
def test_observations_hold_the_issue_figures(seed_tables, obs_id):
    rows = {r["obs_id"]: r for r in _read(seed_tables, "observations").to_pylist()}
    row = rows[obs_id]
    got = (
        row["indicator"],
        row["time_period"],
        row["value"],
        row["qualifier"],
        row["obs_status"],
        row["is_headline"],
    )
    assert got == EXPECTED[obs_id]


def test_not_stated_periods_have_no_dates_and_no_year(seed_tables):
    for row in _read(seed_tables, "observations").to_pylist():
        if row["time_period"] == "not stated":
            assert row["period_start"] is None and row["year"] is None
            assert row["period_basis"] == "not_stated"
        else:
            assert row["year"] == row["period_end"].year


def test_exactly_one_headline_per_group(seed_tables):
    obs = _read(seed_tables, "observations").to_pandas()
    keys = ["indicator", "ref_area", "sex", "age", "time_period", "event_id"]
    counts = obs.astype(str).groupby(keys)["is_headline"].apply(lambda s: (s == "True").sum())
    assert set(counts) == {1}


def test_milestones_cover_1989_to_2025(seed_tables):
    events = _read(seed_tables, "events").to_pylist()
    by_id = {e["event_id"]: e for e in events}
    assert str(by_id["CRC_ADOPTED"]["date_start"]) == "1989-11-20"
    assert by_id["UNICEF_WHO_FIRST_MISSION"]["precision"] == "month"
    conf = by_id["CONF2016_CHILD_FRIENDLY"]
    assert (str(conf["date_start"]), str(conf["date_end"])) == ("2016-11-21", "2016-11-22")
    assert by_id["MFA_WORLD_CHILDRENS_DAY_2025"]["year"] == 2025
    assert by_id["LAW_WOMEN_RIGHTS_CHILD_SAFETY"]["date_start"] is None


def test_publication_dates_record_only_what_the_text_supports(seed_tables):
    rows = {r["source_id"]: r for r in _read(seed_tables, "sources").to_pylist()}
    assert rows["conf2016_report_ru"]["published"] == "2016-11-23"
    assert rows["conf2016_announce_kk"]["published"] == "2016"
    assert rows["conf2016_announce_kk"]["published_basis"] == "implied"
    not_stated = [s for s, r in rows.items() if r["published"] == "not stated"]
    assert sorted(not_stated) == ["karin_unicef_meeting_ru", "unicef_kz_reference_ru"]


def test_build_is_stale_until_built_and_after_an_input_changes(tmp_path):
    data = tmp_path / "data"
    import shutil

    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("processed"))
    out = tmp_path / "out"
    assert is_stale(data, out)
    build(data, out)
    assert not is_stale(data, out)
    (data / "figures.yaml").write_text(
        (data / "figures.yaml").read_text(encoding="utf-8") + "\n# touched\n", encoding="utf-8"
    )
    assert is_stale(data, out)
    assert (resolve(out) / BUILD_INFO).is_file()


def test_cli_prints_a_one_line_summary(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    # 12 stated figures and the snapshot's 4 927 official values; the warnings counted
    assert "4939 observations" in lines[0] and "17 events" in lines[0]
    assert "4 areas outside their years, 30 conflicting duplicates" in lines[0]
    assert "2 Latin look-alike letters in Cyrillic labels" in lines[0]


def _cli_build(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in (TABLES_ENV, DATA_ENV)}
    return subprocess.run(
        [sys.executable, "-m", "loaders", "build", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**clean, **env},
    )


def test_if_stale_never_writes_over_a_ready_made_tables_folder(tmp_path):
    generated = tmp_path / "generated"
    generated.mkdir()
    (generated / "observations.parquet").write_bytes(b"not ours to replace")
    result = _cli_build("--if-stale", env={TABLES_ENV: str(generated)})
    assert result.returncode == 0, result.stderr
    assert "not built" in result.stdout
    assert (generated / "observations.parquet").read_bytes() == b"not ours to replace"


def test_if_stale_builds_the_tables_folder_when_an_input_folder_is_named(tmp_path):
    out = tmp_path / "out"
    result = _cli_build("--if-stale", env={TABLES_ENV: str(out), DATA_ENV: str(DATA_DIR)})
    assert result.returncode == 0, result.stderr
    assert (resolve(out) / "observations.parquet").is_file()

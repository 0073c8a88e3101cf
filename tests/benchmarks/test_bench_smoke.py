"""`python -m benchmarks --smoke`: every step at 10^4, in a temporary folder."""

from __future__ import annotations

import json

from benchmarks.__main__ import END, SECTION, START, main, size_name, write_section


def test_smoke_run_measures_every_page_and_the_api(tmp_path):
    out = tmp_path / "benchmarks.md"
    out.write_text("# Benchmarks\n\n## Figure finder\n\nkept as it is\n", encoding="utf-8")
    assert main(["--smoke", "--data-dir", str(tmp_path / "data"), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\n## Figure finder\n\nkept as it is\n")
    assert SECTION in text and START in text and END in text
    row = next(line for line in text.splitlines() if line.startswith("| 10 000 |"))
    assert "×" in row
    result = json.loads((tmp_path / "data" / "results.json").read_text())[0]
    pages = result["pages"]
    assert set(pages["pages"]) == {
        "overview",
        "timeline",
        "explorer",
        "regions",
        "sources",
        "downloads",
    }
    assert all(p["median_ms"] > pages["floor"]["median_ms"] > 0 for p in pages["pages"].values())
    server = result["server"]
    assert server["full_mb"] > server["filtered_mb"] > 0
    assert server["sdmx_full_mb"] > 0 and server["sdmx_full_s"] > 0  # the SDMX-CSV export
    assert server["rss_api_mb"] > 0


def test_a_rerun_replaces_only_its_own_section(tmp_path):
    out = tmp_path / "benchmarks.md"
    write_section(out, "first table")
    out.write_text(out.read_text() + "\n## Figure finder\n\nother\n", encoding="utf-8")
    write_section(out, "second table")
    text = out.read_text()
    assert "second table" in text and "first table" not in text
    assert text.endswith("## Figure finder\n\nother\n") and text.count(SECTION) == 1


def test_size_names():
    assert [size_name(n) for n in (10**4, 10**7, 150_000)] == ["1e4", "1e7", "150000"]

"""Over real HTTP: large extracts stream in pieces, and `streamlit run serve.py` serves both."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import httpx2
import pytest
import uvicorn

from api.routes import create_app
from benchmarks.server import free_port, serve, wait_until_up
from benchmarks.synthetic import Shape, generate
from dashboard import extracts
from dashboard.extract_stream import SLICE_ROWS
from dashboard.selection import Selection
from dashboard.tables import read_tables
from loaders.paths import TABLES_ENV


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    generate(folder, Shape(rows=150_000))
    return folder


@pytest.fixture(scope="module")
def server(synthetic: Path):
    previous = os.environ.get(TABLES_ENV)
    os.environ[TABLES_ENV] = str(synthetic)
    port = free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    try:
        wait_until_up(f"http://127.0.0.1:{port}/healthz", 60)
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join(10)
        if previous is None:
            os.environ.pop(TABLES_ENV, None)
        else:
            os.environ[TABLES_ENV] = previous


def test_a_large_csv_streams_in_pieces_and_equals_the_downloads_file(server, synthetic):
    pieces = []
    with httpx2.stream("GET", f"{server}/api/v1/observations.csv?lang=en", timeout=60) as answer:
        assert answer.status_code == 200
        assert answer.headers.get("transfer-encoding") == "chunked"
        assert "content-length" not in answer.headers
        pieces = list(answer.iter_raw())
    table = extracts.extract_table(read_tables(synthetic), Selection(), "en")
    assert table.num_rows == 150_000
    assert len(pieces) > 10
    assert b"".join(pieces) == extracts.csv_bytes(table)


def test_an_extract_of_one_slice_is_sent_whole_with_its_length(server, synthetic):
    url = f"{server}/api/v1/observations.csv?year=2016&area=KZ&sex=_T&lang=en"
    answer = httpx2.get(url, timeout=60)
    assert answer.status_code == 200
    assert "transfer-encoding" not in answer.headers
    assert int(answer.headers["content-length"]) == len(answer.content)
    sel = Selection(year=2016, area="KZ", sex="_T")
    table = extracts.extract_table(read_tables(synthetic), sel, "en")
    assert 0 < table.num_rows <= SLICE_ROWS
    assert answer.content == extracts.csv_bytes(table)


def test_a_large_json_streams_and_parses(server, synthetic):
    url = f"{server}/api/v1/observations.json?area=KZ&sex=_T&lang=ru"
    with httpx2.stream("GET", url, timeout=60) as answer:
        assert answer.status_code == 200
        pieces = list(answer.iter_raw())
    table = extracts.extract_table(read_tables(synthetic), Selection(area="KZ", sex="_T"), "ru")
    body = json.loads(b"".join(pieces))
    assert body["rows"] == table.num_rows > 10_000
    assert body["data"] == table.to_pylist()


def test_streamlit_run_serve_py_serves_pages_and_api(rich_tables_dir, rich):
    with serve(rich_tables_dir) as up:
        base = up.url
        assert httpx2.get(f"{base}/_stcore/health").text == "ok"
        assert '<div id="root">' in httpx2.get(f"{base}/").text
        answer = httpx2.get(f"{base}/api/v1/observations.csv", params={"year": "2016"})
        expected = extracts.extract_table(rich, Selection(year=2016), "kk")
        assert answer.content == extracts.csv_bytes(expected)
        bad = httpx2.get(f"{base}/api/v1/observations.json", params={"sex": "X"})
        assert bad.status_code == 400 and bad.json()["parameter"] == "sex"
        unknown = httpx2.get(f"{base}/api/v1/observations.xlsx")
        assert (
            unknown.status_code == 404 and "/api/v1/observations.csv" in unknown.json()["endpoints"]
        )

"""What the API refuses: non-ASCII digits, unknown parameters on every endpoint, long values
echoed back whole, and (through the real server, tests/api/test_serve_start.py) long URLs."""

from __future__ import annotations

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.testclient import TestClient

from api import routes
from api.limits import MAX_URL, UrlLengthLimit
from api.params import QUOTE_CHARS
from dashboard import startup

ENDPOINTS = [*routes.ENDPOINTS]


@pytest.mark.parametrize("year", ["２０１６", "٢٠١٦", "۲۰۱۶", " 2016", "2_016", "+2016"])
def test_a_year_must_be_written_in_ascii_digits(client, year):
    answer = client.get("/api/v1/observations.json", params={"year": year})
    assert answer.status_code == 400 and answer.json()["parameter"] == "year"


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_endpoint_rejects_an_unknown_parameter(client, endpoint):
    answer = client.get(endpoint, params={"nope": "1"})
    assert answer.status_code == 400
    assert answer.json()["parameter"] == "nope"


@pytest.mark.parametrize("name", ["lang", "year", "indicator", "area", "sex", "headline_only"])
def test_an_error_quotes_at_most_100_characters_of_a_bad_value(client, name):
    value = "x" * 50_000
    answer = client.get("/api/v1/observations.json", params={name: value})
    assert answer.status_code == 400
    assert "x" * QUOTE_CHARS in answer.text and "x" * (QUOTE_CHARS + 1) not in answer.text
    assert len(answer.content) < 1000


def test_an_unknown_parameter_s_long_name_is_cut_too(client):
    answer = client.get("/api/v1/indicators.json", params={"y" * 50_000: "1"})
    assert answer.status_code == 400 and len(answer.content) < 1000


def test_a_long_unknown_path_is_cut_in_the_404(client):
    answer = client.get("/api/" + "z" * 5000)
    assert answer.status_code == 404 and len(answer.content) < 1000


def test_healthz_says_building_while_the_build_at_start_runs(client, monkeypatch):
    monkeypatch.setattr(startup, "building", lambda: True)
    answer = client.get("/healthz")
    assert answer.status_code == 503 and answer.json() == {"status": "building"}


def test_the_url_limit_answers_414_before_any_route(rich):
    app = Starlette(routes=routes.ROUTES, middleware=[Middleware(UrlLengthLimit)])
    client = TestClient(app)
    assert client.get("/healthz").status_code == 200
    answer = client.get("/healthz?x=" + "1" * MAX_URL)
    assert answer.status_code == 414 and len(answer.content) < 200

"""Routes of the extract API: observations as CSV or JSON, indicators, sources, health.

    GET /api/v1/observations.csv       ?year= &indicator= (repeatable) &area= &sex= &age= &lang=
    GET /api/v1/observations.json           &headline_only=   (the pages' filters)
    GET /api/v1/observations.sdmx.csv       (SDMX-CSV 2.0, dashboard.sdmx_extract)
    GET /api/v1/brief.pdf               the same parameters: the selection's PDF brief
    GET /api/v1/indicators.json
    GET /api/v1/sources.json
    GET /healthz

The rows and columns are those of the Downloads page (`dashboard.extracts.extract_table`), the
CSV is byte for byte its file (`dashboard.extract_stream`): sent whole when it is one slice
(65 536 rows), streamed slice by slice when longer. Tables are
read once per version of their files (`dashboard.tables.current_tables`) from data/processed/
or $KZCR_TABLES_DIR, so a rebuild is picked up without a restart.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from api.params import BadParameter, only, parse, quoted
from dashboard import startup
from dashboard.brief import cached_brief
from dashboard.extract_stream import SLICE_ROWS, csv_chunks, json_chunks
from dashboard.extracts import BRIEF_NAME, extract_table, file_name, labelled_table
from dashboard.sdmx_extract import sdmx_chunks, selected
from dashboard.tables import Tables, current_tables, has_tables
from loaders.paths import tables_dir

PREFIX = "/api/v1"


class NoTables(RuntimeError):
    pass


def load() -> Tables:
    folder = tables_dir()
    if not has_tables(folder):
        raise NoTables(f"no tables in {folder}: run `make data`")
    return current_tables(folder)


def bad_request(request: Request, bad: BadParameter) -> JSONResponse:
    return JSONResponse({"error": bad.message, "parameter": bad.parameter}, status_code=400)


def unavailable(request: Request, error: NoTables) -> JSONResponse:
    return JSONResponse({"error": str(error)}, status_code=503)


# What a route raises becomes its answer here, for the API alone and for serve.py alike.
EXCEPTION_HANDLERS = {BadParameter: bad_request, NoTables: unavailable}


def _plain(value: Any) -> Any:
    """A value of a pandas record as JSON: dates as ISO, arrays as lists, NaN as null."""
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _records(frame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


CHUNKS = {"csv": csv_chunks, "json": json_chunks, "sdmx.csv": sdmx_chunks}
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "sdmx.csv": "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8",
}


def _extract(params, kind: str) -> tuple[pa.Table, dict[str, str], bytes | None]:
    """The selection's table, the answer's headers, and for an extract of one slice its whole
    body: all in one call, so that a small extract costs the request one trip to the thread
    pool, where each trip queues behind every other request under load."""
    tables = load()
    asked = parse(params, tables)
    if kind == "sdmx.csv":  # codes only: `labels` changes nothing
        table = selected(tables, asked.selection, asked.lang)
    else:
        table = extract_table(tables, asked.selection, asked.lang)
    labels = asked.labels and kind != "sdmx.csv"
    if labels:
        table = labelled_table(tables, table, asked.lang)
    name = file_name(asked.selection, asked.lang, kind, labels=labels)
    headers = {
        "Content-Disposition": f'attachment; filename="{name}"',
        "X-Total-Rows": str(table.num_rows),
    }
    small = table.num_rows <= SLICE_ROWS
    return table, headers, b"".join(CHUNKS[kind](table)) if small else None


async def observations(request: Request) -> Response:
    """An extract: whole when it is one slice, else streamed slice by slice."""
    kind = request.url.path.rsplit("/", 1)[-1].removeprefix("observations.")
    table, headers, body = await run_in_threadpool(_extract, request.query_params, kind)
    if body is not None:
        return Response(body, media_type=MEDIA_TYPES[kind], headers=headers)
    return StreamingResponse(CHUNKS[kind](table), media_type=MEDIA_TYPES[kind], headers=headers)


async def brief(request: Request) -> Response:
    """The selection's PDF brief (dashboard/brief.py), made once per selection and data version;
    its footer links the dashboard at the address the request came to."""
    tables = await run_in_threadpool(load)
    asked = parse(request.query_params, tables)
    base = str(request.base_url)
    pdf = await run_in_threadpool(cached_brief, tables, asked.selection, asked.lang, base)
    name = file_name(asked.selection, asked.lang, "pdf", name=BRIEF_NAME)
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(pdf, media_type="application/pdf", headers=headers)


async def indicators(request: Request) -> Response:
    only(request.query_params)
    tables = await run_in_threadpool(load)
    data = _records(tables.indicators)
    return JSONResponse({"rows": len(data), "data": data})


async def sources(request: Request) -> Response:
    only(request.query_params)
    tables = await run_in_threadpool(load)
    frame = tables.sources.drop(columns=["text"])
    data = _records(frame)
    for row, text in zip(data, tables.sources["text"], strict=True):
        row["text_chars"] = len(text)
    return JSONResponse({"rows": len(data), "data": data})


async def healthz(request: Request) -> Response:
    # Its own answer while the build at start runs or when there are no tables: a status for
    # monitors, not an error only.
    only(request.query_params)
    if startup.building():
        return JSONResponse({"status": "building"}, status_code=503)
    try:
        tables = await run_in_threadpool(load)
    except NoTables as error:
        return JSONResponse({"status": "no tables", "error": str(error)}, status_code=503)
    return JSONResponse(
        {
            "status": "ok",
            "tables": tables.fingerprint[0],
            "observations": tables.observations.num_rows,
        }
    )


async def not_found(request: Request) -> Response:
    """Any other path under /api: a JSON 404 naming the endpoints (not the dashboard's page)."""
    return JSONResponse(
        {"error": f"no such endpoint: {quoted(request.url.path)}", "endpoints": ENDPOINTS},
        status_code=404,
    )


ROUTES = [
    Route(f"{PREFIX}/observations.csv", observations, methods=["GET"]),
    Route(f"{PREFIX}/observations.json", observations, methods=["GET"]),
    Route(f"{PREFIX}/observations.sdmx.csv", observations, methods=["GET"]),
    Route(f"{PREFIX}/brief.pdf", brief, methods=["GET"]),
    Route(f"{PREFIX}/indicators.json", indicators, methods=["GET"]),
    Route(f"{PREFIX}/sources.json", sources, methods=["GET"]),
    Route("/healthz", healthz, methods=["GET"]),
]
ENDPOINTS = [route.path for route in ROUTES]
ROUTES.append(Route("/api/{rest:path}", not_found))


def create_app() -> Starlette:
    """The API alone (tests, or serving it without the dashboard)."""
    return Starlette(routes=ROUTES, exception_handlers=EXCEPTION_HANDLERS)

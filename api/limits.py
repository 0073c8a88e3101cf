"""Limits on the size of a request, for the pages and the API alike (serve.py).

A request target (path and query) longer than MAX_URL gets HTTP 414 with a JSON body, before
any route reads it. The HTTP server (uvicorn's h11) would otherwise close the connection on a
request head over its own 16 KB limit while the client is still sending it, which the client
sees as a reset connection instead of an answer; `allow_long_request_heads` raises that limit
to MAX_HEAD, so a long URL reaches the middleware and is answered.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

MAX_URL = 8192
MAX_HEAD = 1 << 20


class UrlLengthLimit:
    """ASGI middleware: 414 for a request target longer than MAX_URL characters."""

    def __init__(self, app: ASGIApp, max_url: int = MAX_URL) -> None:
        self.app = app
        self.max_url = max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            target = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
            if target > self.max_url and scope["type"] == "http":
                answer = JSONResponse(
                    {"error": f"URL of {target} bytes, longer than {self.max_url}"},
                    status_code=414,
                )
                await answer(scope, receive, send)
                return
        await self.app(scope, receive, send)


def allow_long_request_heads() -> None:
    """Let request heads up to MAX_HEAD reach the application (uvicorn's h11 protocol)."""
    try:
        from uvicorn.protocols.http import h11_impl
    except ImportError:  # another server: its own limits apply
        return
    h11_impl.DEFAULT_MAX_INCOMPLETE_EVENT_SIZE = max(
        h11_impl.DEFAULT_MAX_INCOMPLETE_EVENT_SIZE, MAX_HEAD
    )

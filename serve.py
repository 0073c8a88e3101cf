"""One process for the dashboard and its HTTP API: `streamlit run serve.py` (see `make run`).

Streamlit serves `app.py` (the pages, with st.navigation) as before, and the extract API's
routes (api/routes.py) beside it on the same host and port, with TCP_NODELAY on its
connections (api/sockets.py), a short thread switch interval (api/threads.py), and Arrow's
memory from the system allocator, two malloc arenas and freed memory given back half a second
after answers (api/memory.py). As the server starts, the tables are built
(or found up to date) in the background: pages wait for that build, `/healthz` says
"building" meanwhile. Over-long URLs get HTTP 414 (api/limits.py).
"""

from contextlib import asynccontextmanager

import streamlit as st
from starlette.middleware import Middleware

from api.limits import UrlLengthLimit, allow_long_request_heads
from api.memory import TrimAfterAnswers, return_memory_to_the_system
from api.routes import EXCEPTION_HANDLERS, ROUTES
from api.sockets import answer_without_delay
from api.threads import share_the_interpreter_fairly
from dashboard import startup
from dashboard.shell import navigation_from_the_start


@asynccontextmanager
async def build_at_start(app):
    answer_without_delay()
    share_the_interpreter_fairly()
    return_memory_to_the_system()
    startup.begin()
    yield


allow_long_request_heads()
navigation_from_the_start()
app = st.App(
    "app.py",
    routes=ROUTES,
    middleware=[Middleware(UrlLengthLimit), Middleware(TrimAfterAnswers)],
    exception_handlers=EXCEPTION_HANDLERS,
    lifespan=build_at_start,
)

"""One process for the dashboard and its HTTP API: `streamlit run serve.py` (see `make run`).

Streamlit serves `app.py` (the pages, with st.navigation) as before, and the extract API's
routes (api/routes.py) beside it on the same host and port.
"""

import streamlit as st

from api.routes import EXCEPTION_HANDLERS, ROUTES

app = st.App("app.py", routes=ROUTES, exception_handlers=EXCEPTION_HANDLERS)

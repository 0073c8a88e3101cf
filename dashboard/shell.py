"""Keep Streamlit in st.navigation mode although the project has a top-level `pages/` folder.

A `pages/` folder beside the main script makes Streamlit start a process in its old
multipage mode, in which a first request for /timeline runs pages/timeline.py on its
own, without app.py (no sidebar, no language, no year). app.py's st.navigation switches
the process to the new mode; a page that finds itself run without it switches too and
reruns, so that app.py runs first and the page comes with its sidebar and state.
"""

from __future__ import annotations

from typing import NoReturn

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def navigation_from_the_start() -> None:
    """Called by serve.py as the server starts, before any session: st.navigation mode from
    the first run on. Otherwise the process's first session runs once in the old mode, whose
    sidebar lists the `pages/` file names (app, downloads ...) until app.py switches."""
    PagesManager.uses_pages_directory = False


def use_navigation() -> None:
    """Called first by app.py: switch to st.navigation mode for good.

    On a process's very first run the old mode wraps app.py in its own navigation,
    under which st.navigation reports "page not found"; that run is restarted at once.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def ensure_entrypoint() -> None:
    """Called first by every page: rerun through app.py when it was skipped."""
    use_navigation()


class PageEnd(Exception):
    """Raised by `end_page`; app.py catches it and goes on to the sidebar's controls."""


def end_page() -> NoReturn:
    """A page's early end (an empty state said), instead of st.stop(): st.stop() would also
    stop app.py, which draws the sidebar's controls after the page."""
    raise PageEnd

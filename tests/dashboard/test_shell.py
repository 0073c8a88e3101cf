"""The app's shell: st.navigation mode although the project has a top-level `pages/` folder."""

from __future__ import annotations

import importlib

from streamlit.runtime.pages_manager import PagesManager

from loaders.paths import ROOT


def test_serve_py_starts_in_navigation_mode(monkeypatch):
    """Without it a fresh server's first session would list the pages/ file names."""
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    importlib.reload(importlib.import_module("serve"))  # its start, even if imported before
    PagesManager(str(ROOT / "app.py"))  # what each new session makes
    assert PagesManager.uses_pages_directory is False


def test_without_it_the_pages_folder_would_switch_the_old_mode_on(monkeypatch):
    monkeypatch.setattr(PagesManager, "uses_pages_directory", None)
    PagesManager(str(ROOT / "app.py"))
    assert PagesManager.uses_pages_directory is True


def test_no_page_stops_the_script():
    """st.stop() in a page would also stop app.py before it draws the sidebar's controls
    (after the page); a page ends early with shell.end_page()."""
    for page in (ROOT / "pages").glob("*.py"):
        assert "st.stop(" not in page.read_text(encoding="utf-8"), page.name

"""The project's code lists, declared once: every module that needs one imports it from here."""

from __future__ import annotations

# The marker of a period or a date that a document does not state.
NOT_STATED = "not stated"

"""Telephone numbers ("+7 (7172) 74-26-88", "8 727 123 45 67"): identifiers, not counts.

Written so that no grouped number matches: a code in brackets, a "+7", or groups of
3-3-2-2 or 3-3-4 digits, which thousands grouping (3-3-3) never gives.
"""

from __future__ import annotations

import re

_SEP = r"[ \u00a0\-]?"
# Each branch starts with its first character and looks behind only then: the regex
# engine skips at once to the next "+", "8" or "(" (a look-behind first would be tried
# at every position).
_PLUS7 = r"\+(?<![\w+]\+)7"
_EIGHT = r"8(?<![\w+]8)"
_PHONE = re.compile(
    rf"(?:{_PLUS7}|{_EIGHT}){_SEP}\(\d{{3,5}}\){_SEP}\d{{1,3}}(?:[ \u00a0\-]\d{{2,4}}){{1,3}}(?!\d)"
    rf"|{_PLUS7}{_SEP}\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{2}}{_SEP}?\d{{2}}(?!\d)"
    rf"|{_EIGHT}{_SEP}\d{{3}}{_SEP}\d{{3}}(?:{_SEP}\d{{2}}{_SEP}\d{{2}}|{_SEP}\d{{4}})(?!\d)"
    r"|\((?<![\w(]\()\d{3,5}\)[ \u00a0]?\d{2,3}(?:[ \u00a0\-]\d{2,3}){1,3}(?!\d)"
)


def find_phones(text: str) -> list[tuple[int, int]]:
    """(start, end) of each telephone number."""
    return [match.span() for match in _PHONE.finditer(text)]

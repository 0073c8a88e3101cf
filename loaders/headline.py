"""Which of several figures for the same thing is the headline.

Figures for the same indicator, area, sex, age, period and event are kept
side by side; exactly one of each group is the headline, chosen by:
1. reported beats estimated, which beats announced;
2. then the later publication (a source with no stated date counts as oldest);
3. then the more precise value (exact beats about / more than / less than);
4. then the smaller obs_id, so that the choice never depends on file order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from indicators.codes import EXACT, OBS_ANNOUNCED, OBS_ESTIMATED, OBS_NORMAL, OBS_PARTIAL

_STATUS_RANK = {OBS_NORMAL: 0, OBS_PARTIAL: 0, OBS_ESTIMATED: 1, OBS_ANNOUNCED: 2}


class Candidate(Protocol):
    obs_id: str
    group: tuple
    obs_status: str
    published_end: dt.date | None
    qualifier: str


def _rank(c: Candidate) -> tuple:
    published = c.published_end.toordinal() if c.published_end else 0
    return (_STATUS_RANK.get(c.obs_status, 3), -published, c.qualifier != EXACT, c.obs_id)


def headline_ids(candidates: Iterable[Candidate]) -> set[str]:
    """obs_ids of the one headline figure in each group."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        if c.group not in best or _rank(c) < _rank(best[c.group]):
            best[c.group] = c
    return {c.obs_id for c in best.values()}

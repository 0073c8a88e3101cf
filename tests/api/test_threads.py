"""The server's switch interval (api/threads.py)."""

from __future__ import annotations

import sys

from api.threads import SWITCH_INTERVAL, share_the_interpreter_fairly


def test_the_server_shares_the_interpreter_in_half_millisecond_turns():
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)  # Python's default
        share_the_interpreter_fairly()
        assert sys.getswitchinterval() == SWITCH_INTERVAL < 0.005
    finally:
        sys.setswitchinterval(before)

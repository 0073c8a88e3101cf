"""The hostile-input corpus of tests/fixtures/broken/: each case is a folder that turns a copy
of tests/fixtures/good/ into one broken data folder.

A case folder holds the files that differ (copied over the good ones), `expect.txt` (the
fragments the build's error output must contain, one a line) and, where a file cannot simply
be stored (a directory where a file should be, a link leading out, a 6 MB file, an alias bomb,
bytes that are not UTF-8, CRLF), `setup.json`: a list of operations applied after the copy:

    {"op": "replace", "file": F, "old": TEXT, "new": TEXT}   replace TEXT (must occur)
    {"op": "remove", "file": F}                               delete F
    {"op": "mkdir", "file": F}                                F becomes an empty directory
    {"op": "symlink", "file": F, "to": TARGET}                F becomes a link to TARGET
    {"op": "write", "file": F, "parts": [[TEXT, N], ...], "encoding": E}
                                                              F holds each TEXT N times
    {"op": "crlf", "file": F} / {"op": "bom", "file": F}      line ends CRLF / a BOM in front
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import FIXTURES

GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"
CASES = sorted(p.name for p in BROKEN.iterdir() if p.is_dir())
META = ("expect.txt", "setup.json")


def _apply(op: dict, data: Path) -> None:
    path = data / op["file"]
    kind = op["op"]
    if kind == "replace":
        text = path.read_text(encoding="utf-8")
        assert op["old"] in text, f"{op['old']!r} not in {path}"
        path.write_text(text.replace(op["old"], op["new"]), encoding="utf-8")
    elif kind == "remove":
        path.unlink()
    elif kind == "mkdir":
        path.unlink(missing_ok=True)
        path.mkdir()
    elif kind == "symlink":
        path.unlink(missing_ok=True)
        path.symlink_to(op["to"])
    elif kind == "write":
        text = "".join(part * count for part, count in op["parts"])
        path.write_bytes(text.encode(op.get("encoding", "utf-8")))
    elif kind == "crlf":
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    elif kind == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    else:
        raise ValueError(f"unknown operation {kind!r}")


def make_case(case: str, data: Path) -> Path:
    """A copy of the good folder at `data`, broken as `case` says; returns `data`."""
    shutil.copytree(GOOD, data)
    folder = BROKEN / case
    shutil.copytree(folder, data, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*META))
    setup = folder / "setup.json"
    if setup.is_file():
        for op in json.loads(setup.read_text(encoding="utf-8")):
            _apply(op, data)
    return data


def expected(case: str) -> list[str]:
    return (BROKEN / case / "expect.txt").read_text(encoding="utf-8").splitlines()

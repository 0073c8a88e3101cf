"""The source manifest and the raw documents it lists.

A source is a regular file inside the data folder's `sources/`: its `file` is a relative path
with no `..`, and no link may lead out of `sources/`. A path that breaks this is refused before
the file is opened, so no message ever tells anything (digest, content) of a file outside.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from indicators.inputs import find_duplicates, load_entries
from indicators.problems import Problem
from loaders.models import SourceEntry

# A source larger than this builds, with a warning: its page shows the part around its quotes.
LARGE_SOURCE_BYTES = 2_000_000


@dataclass(frozen=True)
class Source:
    entry: SourceEntry
    text: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def source_path(folder: Path, name: str) -> tuple[Path | None, str | None]:
    """The file `name` inside `folder` (the data folder's sources/), or None and the reason."""
    pure = PurePosixPath(name)
    if pure.is_absolute() or PureWindowsPath(name).is_absolute() or "\\" in name:
        return None, f"file {name!r} must be a relative path inside sources/, not absolute"
    if ".." in pure.parts or not pure.parts:
        return None, f"file {name!r} must stay inside sources/ (no '..')"
    path = folder / pure
    try:
        inside = path.resolve(strict=True).is_relative_to(folder.resolve(strict=True))
    except (OSError, RuntimeError):
        return None, f"source file sources/{name} not found"
    if not inside:
        return None, f"file {name!r} is a link leading out of sources/"
    if not path.is_file():
        return None, f"file {name!r} is not a regular file"
    return path, None


def _published_in_future(entry: SourceEntry, today: dt.date) -> str | None:
    start = entry.published.period.start
    if start and start > today:
        return f"published {entry.published.date} lies after the build's date ({today})"
    return None


def load_sources(
    data_dir: Path,
    problems: list[Problem],
    warnings: list[str] | None = None,
    today: dt.date | None = None,
) -> dict[str, Source]:
    """Sources by id, each verified against the sha256 in the manifest."""
    today = today or dt.date.today()
    manifest = data_dir / "sources.yaml"
    entries = load_entries(manifest, "sources", SourceEntry, problems)
    find_duplicates(manifest, [e.id for e in entries], problems)
    sources = {}
    for entry in entries:
        name = f"id {entry.id}"
        future = _published_in_future(entry, today)
        if future:
            problems.append(Problem(str(manifest), name, future))
        path, refused = source_path(data_dir / "sources", entry.file)
        if path is None:
            problems.append(Problem(str(manifest), name, refused))
            continue
        data = path.read_bytes()  # hashed and decoded from one read: no swap in between
        actual = hashlib.sha256(data).hexdigest()
        if actual != entry.sha256:
            problems.append(
                Problem(
                    str(path),
                    name,
                    f"sha256 {actual} differs from the manifest's {entry.sha256}: "
                    "the raw document was changed",
                )
            )
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            problems.append(Problem(str(path), name, f"not UTF-8 text: {err}"))
            continue
        if len(data) > LARGE_SOURCE_BYTES and warnings is not None:
            warnings.append(
                f"{path}: {name}: {len(data)} bytes, more than {LARGE_SOURCE_BYTES}: "
                "its page shows the text around the quotes, the rest on demand"
            )
        sources[entry.id] = Source(entry, text)
    return sources

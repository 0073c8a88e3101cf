"""The source manifest and the raw documents it lists."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from indicators.inputs import find_duplicates, load_entries
from indicators.problems import Problem
from loaders.models import SourceEntry


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


def load_sources(data_dir: Path, problems: list[Problem]) -> dict[str, Source]:
    """Sources by id, each verified against the sha256 in the manifest."""
    manifest = data_dir / "sources.yaml"
    entries = load_entries(manifest, "sources", SourceEntry, problems)
    find_duplicates(manifest, [e.id for e in entries], problems)
    sources = {}
    for entry in entries:
        path = data_dir / "sources" / entry.file
        name = f"id {entry.id}"
        if not path.is_file():
            problems.append(Problem(str(manifest), name, f"source file {path} not found"))
            continue
        actual = sha256_of(path)
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
            text = path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as err:
            problems.append(Problem(str(path), name, f"not UTF-8 text: {err}"))
            continue
        sources[entry.id] = Source(entry, text)
    return sources

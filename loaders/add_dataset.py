"""`python -m loaders add-dataset FILE --dataset ID`: add a downloaded file to an official dataset.

The file is read first, as the build will read it (its format recognised by its header, every
row a SeriesRow, a count in `skipped`, or a named problem). A file with an error is refused
with every reason and nothing is written. Otherwise it is copied unchanged into
`D/series/ID/` and the dataset's entry of `D/datasets.yaml` is written (a new dataset) or
extended (its `files:` list, when it has one); the rest of the manifest stays as it is, its
comments included. It then prints what the build will take from the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from indicators.areas import load_areas
from indicators.codes import NOT_STATED
from loaders.models import DatasetEntry
from loaders.series import formats
from loaders.series.model import ReadContext, SeriesRead

MANIFEST = "datasets.yaml"
SERIES = "series"
PLATFORMS = {
    "opensdg": "Open SDG",
    "sdmx-csv": "SDMX-CSV",
    "unicef-dw": "UNICEF Data Warehouse",
}
NOT_GIVEN = "not stated"


class Refused(Exception):
    """The file is not added: every reason, nothing written."""

    def __init__(self, reasons: list[str]):
        super().__init__("\n".join(reasons))
        self.reasons = reasons


@dataclass
class Added:
    format: str
    read: SeriesRead
    target: Path
    sha256: str
    manifest_change: str


def _entries(manifest: Path) -> list[dict]:
    if not manifest.is_file():
        return []
    raw = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
    return list(raw.get("datasets") or [])


def _new_entry(args: argparse.Namespace, format_name: str) -> dict:
    platform = args.platform or PLATFORMS[format_name]
    title = args.title or f"{platform}: {args.dataset}"
    entry = {
        "id": args.dataset,
        "title": {"kk": title, "ru": title, "en": title},
        "publisher": args.publisher or ("UNICEF" if format_name == "unicef-dw" else NOT_GIVEN),
        "platform": platform,
        "licence": args.licence or NOT_GIVEN,
        "repository": args.repository or args.source_url or NOT_GIVEN,
        "taken": args.taken or dt.date.today().isoformat(),
        "format": format_name,
    }
    if args.source_url:
        entry["source_url"] = args.source_url
    return entry


def _context(entry: dict, folder: Path) -> ReadContext:
    try:
        model = DatasetEntry(**entry)
    except ValidationError as err:
        raise Refused(
            [f"{MANIFEST}: {entry.get('id')}: {e['msg']}" for e in err.errors()]
        ) from None
    return ReadContext(model, folder, load_areas())


def _format_of(path: Path, entry: dict | None) -> str:
    try:
        name = formats.sniff(formats.read_header(path))
    except OSError as err:
        raise Refused([f"{path}: cannot be read: {err}"]) from None
    if name is None:
        header = ",".join(formats.read_header(path))[:200]
        known = ", ".join(formats.FORMATS)
        raise Refused([f"{path}: line 1: not a format the build reads ({known}): {header}"])
    if entry and entry.get("format") and entry["format"] != name:
        raise Refused(
            [
                f"{path}: the file is {name}, dataset {entry['id']} is {entry['format']}: "
                "add it as another dataset"
            ]
        )
    return name


def _append_entry(text: str, entry: dict) -> str:
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100)
    block = "".join(f"  {line}" if line.strip() else line for line in block.splitlines(True))
    if not text.strip():
        text = "datasets:\n"
    return text.rstrip("\n") + "\n" + block


def _extend_files(text: str, dataset: str, name: str) -> str:
    """The manifest with `name` added to the `files:` list of `dataset` (text edit, comments
    kept)."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {dataset}")
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) <= indent
        ),
        len(lines),
    )
    at = next(i for i in range(start, end) if lines[i].strip() == "files:")
    items = at + 1
    while items < end and lines[items].lstrip().startswith("- "):
        items += 1
    item_indent = " " * (len(lines[at]) - len(lines[at].lstrip()) + 2)
    lines.insert(items, f"{item_indent}- {yaml.safe_dump(name).splitlines()[0]}\n")
    return "".join(lines)


def _manifest_text(manifest: Path, entry: dict | None, new: dict | None, name: str) -> str:
    text = manifest.read_text(encoding="utf-8") if manifest.is_file() else ""
    if entry is None:
        return _append_entry(text, new)
    if entry.get("files") is None or name in entry["files"]:
        return text
    return _extend_files(text, entry["id"], name)


def _checked(text: str, dataset: str, name: str) -> None:
    """The manifest as it will be: valid, and the dataset's entry reads the new file."""
    entries = yaml.safe_load(text).get("datasets") or []
    entry = next(e for e in entries if e.get("id") == dataset)
    DatasetEntry(**entry)
    if entry.get("files") is not None and name not in entry["files"]:
        raise Refused([f"{MANIFEST}: {dataset}: could not add {name} to its files"])


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, so a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)


def add_dataset(args: argparse.Namespace) -> Added:
    """Read, check, then copy and write the manifest; Refused (nothing written) on any error."""
    source = Path(args.file)
    data_dir = Path(args.data_dir)
    manifest = data_dir / MANIFEST
    folder = data_dir / SERIES / args.dataset
    target = folder / source.name
    if not source.is_file():
        raise Refused([f"{source}: no such file"])
    try:
        entry = next((e for e in _entries(manifest) if e.get("id") == args.dataset), None)
    except yaml.YAMLError as err:
        raise Refused([f"{manifest}: not valid YAML: {err}"]) from None
    format_name = _format_of(source, entry)
    new = None if entry else _new_entry(args, format_name)
    read = formats.FORMATS[format_name].read(source, _context(entry or new, folder))
    if read.errors:
        raise Refused([str(p) for p in read.errors])
    if not read.rows:
        raise Refused([f"{source}: no row of Kazakhstan with a value: nothing for the build"])
    content = source.read_bytes()
    if target.exists() and target.read_bytes() != content and not args.replace:
        raise Refused([f"{target} exists with other content: give --replace to take the new file"])
    text = _manifest_text(manifest, entry, new, source.name)
    try:
        _checked(text, args.dataset, source.name)
    except (ValidationError, yaml.YAMLError, StopIteration) as err:
        raise Refused([f"{manifest}: the entry would not be valid: {err}"]) from None
    change = "unchanged (the dataset reads every file of its folder)"
    if entry is None:
        change = f"new entry {args.dataset}"
    elif text != (manifest.read_text(encoding="utf-8") if manifest.is_file() else ""):
        change = f"{source.name} added to the files of {args.dataset}"
    if source.resolve() != target.resolve():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    _write(manifest, text.encode("utf-8"))
    return Added(format_name, read, target, hashlib.sha256(content).hexdigest(), change)


def _years(read: SeriesRead) -> str:
    years = set()
    for row in read.rows:
        if row.time_period != NOT_STATED:
            years.update(int(part[:4]) for part in row.time_period.split("/"))
    if not years:
        return "none stated"
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def summary(added: Added) -> list[str]:
    read = added.read
    records = len(read.rows) + sum(read.skipped.values())
    indicators = sorted({r.indicator for r in read.rows})
    skipped = ", ".join(f"{reason}: {n}" for reason, n in sorted(read.skipped.items()))
    lines = [
        f"format: {added.format} ({PLATFORMS[added.format]})",
        f"rows: {records}; Kazakhstan's rows: {len(read.rows)}"
        + (f"; left out: {skipped}" if skipped else ""),
        f"indicators ({len(indicators)}): {', '.join(indicators)}",
        f"years: {_years(read)}",
        f"copied to {added.target} (sha256 {added.sha256})",
        f"manifest: {added.manifest_change}",
    ]
    lines += [f"warning: {w}" for w in read.warnings]
    return lines


def add_command(commands, default_data_dir) -> None:
    """The `add-dataset` subcommand of `python -m loaders`."""
    a = commands.add_parser(
        "add-dataset",
        help="copy a downloaded dataset file into data/series/ID/ and list it in datasets.yaml",
    )
    a.add_argument("file", help="the downloaded file (SDMX-CSV, UNICEF warehouse CSV, Open SDG)")
    a.add_argument("--dataset", required=True, help="the dataset's id: its folder's name")
    a.add_argument("--data-dir", default=str(default_data_dir), help="input folder (default data/)")
    a.add_argument("--publisher", help="who publishes the data (a new dataset)")
    a.add_argument("--licence", help="the data's licence (a new dataset)")
    a.add_argument("--source-url", help="where the file was downloaded (a new dataset)")
    a.add_argument("--repository", help="the platform or repository (default: the source URL)")
    a.add_argument("--platform", help="the platform's name (default: from the format)")
    a.add_argument("--title", help="the dataset's title (default: platform and id)")
    a.add_argument("--taken", help="ISO date the file was taken (default: today)")
    a.add_argument("--replace", action="store_true", help="replace a file of the same name")
    a.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        added = add_dataset(args)
    except Refused as refused:
        for reason in refused.reasons:
            print(f"error: {reason}", file=sys.stderr)
        print(f"{args.file} refused: nothing written", file=sys.stderr)
        return 1
    print("\n".join(summary(added)))
    return 0

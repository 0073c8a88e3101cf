"""`python -m finder FILE... [--json]` (also `python -m loaders extract`): list numeric mentions."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from finder import JSON_KEYS, QUANTITY_KINDS, Mention, find_mentions
from finder.numbers import guess_language
from finder.suggest import load_suggester
from indicators.load import REGISTRY_DIR
from indicators.problems import BuildFailed

_COLUMNS = ("span", "kind", "value", "qualifier", "unit", "date", "indicator", "×", "text")


DESCRIPTION = (
    "List each number the texts state, in reading order: its value, kind, "
    "qualifier, unit, sentence, offsets, dates and a proposed indicator."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text file(s)")
    parser.add_argument(
        "--json",
        action="store_true",
        help=f"print a JSON array of objects with the keys {', '.join(JSON_KEYS)}",
    )
    parser.add_argument(
        "--lang", choices=("kk", "ru"), help="the texts' language (default: guessed)"
    )
    parser.add_argument(
        "--registry-dir", default=str(REGISTRY_DIR), help="indicator registry folder"
    )
    parser.set_defaults(run=run_extract)


def add_extract_command(commands: argparse._SubParsersAction) -> None:
    """`extract` as a subcommand of another CLI (`python -m loaders extract`)."""
    parser = commands.add_parser(
        "extract",
        help="list every numeric mention of Kazakh or Russian texts (see docs/finder.md)",
        description=DESCRIPTION,
    )
    add_arguments(parser)


def main(argv: list[str] | None = None) -> int:
    """`python -m finder FILE... [--json]`, the same as `python -m loaders extract`."""
    parser = argparse.ArgumentParser(prog="python -m finder", description=DESCRIPTION)
    add_arguments(parser)
    args = parser.parse_args(argv)
    return args.run(args)


def _read(path: str) -> str:
    # Decoded as is (no newline translation), so offsets are those of the file.
    return Path(path).read_bytes().decode("utf-8")


def run_extract(args: argparse.Namespace) -> int:
    try:
        suggester = load_suggester(Path(args.registry_dir))
    except BuildFailed as failed:
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    found: list[tuple[str, str, list[Mention]]] = []
    for path in args.files:
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as err:
            print(f"error: {path}: {err}", file=sys.stderr)
            return 1
        lang = args.lang or guess_language(text)
        found.append((path, lang, find_mentions(text, lang, suggester)))
    if args.json:
        rows = [m.as_json() for _, _, mentions in found for m in mentions]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for path, lang, mentions in found:
        print(f"{path} ({lang}): {len(mentions)} mentions")
        print(format_table(mentions))
    return 0


def _cell(mention: Mention, column: str) -> str:
    if column == "span":
        return f"{mention.start}-{mention.end}"
    if column == "value":
        if mention.value is None:
            return ""
        if mention.kind in QUANTITY_KINDS:
            return f"{mention.plain_value:,}".replace(",", " ")
        if mention.kind == "ratio":  # a fraction: 0.333333, not 0.3333333333333333
            return f"{mention.plain_value:g}"
        return str(mention.plain_value)
    if column == "date":
        if mention.start_date:
            return f"{mention.start_date}/{mention.end_date}"
        return mention.date or ""
    if column == "indicator":
        return f"{mention.indicator} ({mention.score:g})" if mention.indicator else ""
    if column == "×":
        return str(mention.repeats) if mention.repeats > 1 else ""
    if column == "text":
        return mention.text
    return str(getattr(mention, column) or "")


def format_table(mentions: list[Mention]) -> str:
    """A plain text table, one mention a line."""
    rows = [list(_COLUMNS)] + [[_cell(m, c) for c in _COLUMNS] for m in mentions]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )

"""Command line: `python -m loaders build`, `add-dataset` (README), `extract` (docs/finder.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from finder.cli import add_extract_command
from indicators.load import REGISTRY_DIR
from indicators.problems import BuildFailed
from loaders.add_dataset import add_command
from loaders.build import build, is_stale, read_build_info
from loaders.paths import DATA_ENV, TABLES_ENV, builds_at_start, tables_dir
from loaders.paths import data_dir as default_data_dir


def _build_command(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else tables_dir()
    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    registry_dir = Path(args.registry_dir)
    if args.if_stale and not args.out and not builds_at_start():
        # The app reads a ready-made folder (generated data, say) as it is, and so does this:
        # "build if stale" must never write the seed data over it.
        print(f"tables in {out} are read as they are ({TABLES_ENV} without {DATA_ENV}): not built")
        return 0
    if args.if_stale and not is_stale(data_dir, out, registry_dir):
        print(f"tables in {out} are up to date")
        return 0
    try:
        counts = build(data_dir, out, registry_dir, allow_shrink=args.allow_shrink)
    except BuildFailed as failed:
        for problem in failed.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(
            f"build failed with {len(failed.problems)} error(s); {out} left unchanged",
            file=sys.stderr,
        )
        return 1
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    warnings = read_build_info(out).get("warnings", {})
    listed = ", ".join(f"{n} {kind}" for kind, n in warnings.items())
    print(f"built {out}: {summary}; warnings: {listed or 'none'}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m loaders", description=__doc__)
    commands = top.add_subparsers(dest="command", required=True)
    b = commands.add_parser("build", help="validate data/ and write the Parquet tables")
    b.add_argument(
        "--data-dir",
        default=None,
        help=f"input folder, laid out as data/ (default ${DATA_ENV} or data/)",
    )
    b.add_argument(
        "--out", default=None, help=f"output folder (default ${TABLES_ENV} or data/processed/)"
    )
    b.add_argument("--registry-dir", default=str(REGISTRY_DIR), help="indicator registry folder")
    b.add_argument(
        "--if-stale",
        action="store_true",
        help="build only when a table is missing or an input changed",
    )
    b.add_argument(
        "--allow-shrink",
        action="store_true",
        help="replace the tables even when the new set empties a table or loses more than "
        "half of the last good observations",
    )
    b.set_defaults(run=_build_command)
    add_command(commands, default_data_dir())
    add_extract_command(commands)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())

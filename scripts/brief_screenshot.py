"""A picture of the PDF brief's first page for the README, rendered from the PDF itself.

    .venv/bin/python scripts/brief_screenshot.py                  # 2016, English
    .venv/bin/python scripts/brief_screenshot.py --year 2016 --lang kk --out /tmp/brief.png

The brief is made from the current tables (data/processed/ or $KZCR_TABLES_DIR) and its first
page drawn with pypdfium2 (PDFium, from requirements-dev.txt): no browser is involved.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.brief import make_brief
from dashboard.selection import Selection
from dashboard.tables import read_tables
from loaders.paths import ROOT, tables_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--year", type=int, default=2016)
    parser.add_argument("--lang", default="en", choices=("kk", "ru", "en"))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or ROOT / "docs" / "screenshots" / f"brief_{args.lang}_page1.png"
    pdf = make_brief(
        read_tables(tables_dir()), Selection(year=args.year), args.lang, "http://127.0.0.1:8501"
    )
    page = pypdfium2.PdfDocument(io.BytesIO(pdf))[0]
    page.render(scale=1.5).to_pil().save(out, optimize=True)
    print(f"{out}: first page of the {args.lang} brief of {args.year} ({len(pdf)} bytes of PDF)")


if __name__ == "__main__":
    main()

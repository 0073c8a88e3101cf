"""`python -m finder FILE... [--json]`: the figure finder's command line."""

import sys

from finder.cli import main

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Create the virtual environment: scripts/ensure-venv.sh PYTHON VENV.
# Debian ships venv's pip bootstrap (ensurepip) in the python3-venv package; install it with
# apt when it is missing, so that a fresh machine needs nothing but Python 3.11.
set -euo pipefail
PYTHON="${1:-python3}"
VENV="${2:-.venv}"
if [ -x "$VENV/bin/python" ]; then
  exit 0
fi
if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
  bash "$(dirname "$0")/apt-install.sh" python3-venv
fi
"$PYTHON" -m venv "$VENV"

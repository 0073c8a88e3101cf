#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it with apt when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" chromium

#!/usr/bin/env bash
# Install Debian packages with apt (with sudo when not root): scripts/apt-install.sh PACKAGE...
set -euo pipefail
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-install: $* missing and apt-get is not available; install it by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "apt-install: installing Debian's $*"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null

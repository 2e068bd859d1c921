#!/usr/bin/env bash
# Installs Debian's chromium (and a font) when no Chromium is on PATH, for the
# browser test of the HTML report (tests/html.rs). CI machines start without
# it. Prints the path of the browser.
set -euo pipefail
for b in chromium chromium-browser; do
  if command -v "$b" >/dev/null 2>&1; then command -v "$b"; exit 0; fi
done
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
command -v chromium

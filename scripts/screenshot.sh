#!/usr/bin/env bash
# Makes docs/html-report.png, the README's picture of the HTML report: the
# report of the seed in headless Chromium, first finding selected.
#   bash scripts/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
browser="$(bash scripts/install-chromium.sh)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo run --quiet -- check --format html --fail-on never --output "$tmp/seed.html" \
  corpus/36180-164-beleidsagenda-buitenlandse-handel.txt
mkdir -p docs
"$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
  --disable-background-networking --disable-component-update --disable-sync --no-first-run \
  --hide-scrollbars --user-data-dir="$tmp/profile" --virtual-time-budget=5000 \
  --window-size=1400,900 --screenshot="$PWD/docs/html-report.png" \
  "file://$tmp/seed.html?selftest#f0" 2>/dev/null
echo "wrote docs/html-report.png"

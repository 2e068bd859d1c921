#!/usr/bin/env bash
# Builds kamerlint's page for the browser: web/dist/index.html, one file with
# the page, its script and kamerlint compiled to WebAssembly (inlined as
# base64), which an editor opens from a web server or from a saved copy
# (file://) alike. It makes no network request; see the README, "In the
# browser".
#
#   bash scripts/build-web.sh [OUT_DIR]   (relative to the repository; default web/dist)
#
# Needs the Rust target wasm32-unknown-unknown and the wasm-bindgen command of
# the version Cargo.lock holds for the wasm-bindgen crate:
# scripts/install-wasm-bindgen.sh installs both; this script installs nothing
# and says what is missing (exit 3). wasm-opt (Debian's binaryen 108) is not
# used: on this module it made the gzipped size larger (2.27 MB for 2.19 MB).
# The wasm build has its own target directory (target/web, or
# KAMERLINT_WEB_TARGET), so that it never waits for or disturbs a native build
# or `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-web/dist}
target=${KAMERLINT_WEB_TARGET:-$root/target/web}

# The wasm-bindgen crate's version, from the lock file: the command must match.
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$version" ]; then
  echo "error: no wasm-bindgen in Cargo.lock" >&2
  exit 2
fi
install="bash scripts/install-wasm-bindgen.sh (or: cargo install --locked wasm-bindgen-cli --version $version)"
if ! command -v wasm-bindgen >/dev/null 2>&1; then
  echo "error: the wasm-bindgen command is not installed; install it with $install" >&2
  exit 3
fi
have=$(wasm-bindgen --version | awk '{ print $2 }')
if [ "$have" != "$version" ]; then
  echo "error: wasm-bindgen $have is installed, but kamerlint-web is locked to $version; install that with $install" >&2
  exit 3
fi
if command -v rustup >/dev/null 2>&1 &&
  ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "error: the Rust target wasm32-unknown-unknown is missing; add it with rustup target add wasm32-unknown-unknown" >&2
  exit 3
fi

# The `wasm` profile (Cargo.toml): release, for size as much as for speed.
CARGO_TARGET_DIR=$target cargo build --locked --quiet --profile wasm \
  -p kamerlint-web --lib --target wasm32-unknown-unknown
bindgen=$target/bindgen
rm -rf "$bindgen"
# no-modules: the glue is a classic script that can be inlined in the page;
# given the module's bytes, it fetches nothing.
wasm-bindgen --target no-modules --no-typescript --remove-name-section --remove-producers-section --out-dir "$bindgen" \
  "$target/wasm32-unknown-unknown/wasm/kamerlint_web.wasm"

# The page: web/page/index.html with its marker lines replaced by the style,
# the module (base64) and the scripts.
mkdir -p "$out"
tmp=$(mktemp "$out/.index.XXXXXX")
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line; do
  case "$line" in
    "<!-- @style -->")
      printf '<style>\n'
      cat web/page/style.css
      printf '</style>\n'
      ;;
    "<!-- @wasm -->")
      printf '<script type="application/octet-stream" id="kamerlint-wasm">'
      base64 -w 0 "$bindgen/kamerlint_web_bg.wasm"
      printf '</script>\n'
      ;;
    "<!-- @script -->")
      printf '<script>\n'
      cat "$bindgen/kamerlint_web.js"
      printf '\n'
      cat web/page/app.js
      printf '</script>\n'
      ;;
    *) printf '%s\n' "$line" ;;
  esac
done <web/page/index.html >"$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out/index.html"
trap - EXIT

wasm_raw=$(wc -c <"$bindgen/kamerlint_web_bg.wasm")
wasm_gz=$(gzip -6 -c "$bindgen/kamerlint_web_bg.wasm" | wc -c)
page_raw=$(wc -c <"$out/index.html")
page_gz=$(gzip -6 -c "$out/index.html" | wc -c)
echo "$out/index.html: $page_raw bytes ($page_gz gzipped); kamerlint.wasm: $wasm_raw bytes ($wasm_gz gzipped)"

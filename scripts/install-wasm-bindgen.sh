#!/usr/bin/env bash
# Installs what scripts/build-web.sh needs when it is missing: the Rust target
# wasm32-unknown-unknown (rustup) and the wasm-bindgen command of the version
# that Cargo.lock holds for the wasm-bindgen crate (cargo install --locked,
# from crates.io; a few minutes, once). For CI (.ci/run, the Pages workflow)
# and developers; the tests never install anything.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if command -v rustup >/dev/null 2>&1 &&
  ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" != "$version" ]; then
  cargo install --locked --quiet wasm-bindgen-cli --version "$version"
fi
wasm-bindgen --version

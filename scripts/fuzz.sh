#!/usr/bin/env bash
# Fuzzes kamerlint's readers and loaders with cargo-fuzz (libFuzzer).
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Runs each target (default: all of them) for SECONDS (default 60) and
# stops at the first crash, hang or out-of-memory input, which libFuzzer
# saves under fuzz/artifacts/TARGET/. Keep such an input as a regression
# test: copy it to tests/fixtures/fuzz/ and add it to
# tests/fuzz_regressions.rs.
#
# Targets (fuzz/fuzz_targets/):
#   text        the plain-text reader, then every rule and report
#   xml         official publication XML
#   docx        .docx as raw bytes (the zip container)
#   docx_parts  .docx parts as text, packed into a valid archive
#   config      kamerlint.toml and rule files, and the rules they compile
#   report      the text reports (human, compact, GitHub, parse) of any text,
#               with findings anywhere, lines without breaks or beyond
#               column 65,535, and control characters that must not reach a
#               terminal raw
#
# cargo-fuzz needs nightly compiler features; on a stable toolchain they
# are unlocked with RUSTC_BOOTSTRAP=1. It is installed with `cargo install`
# when missing. The corpus grows in fuzz/corpus/TARGET/ (not committed) and
# is seeded from the test fixtures and the default rule files.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
all=(text xml docx docx_parts config report)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

if ! cargo fuzz --help >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

# Seeds: what each target reads, taken from the fixtures.
seed() {
  local target="$1" dir="fuzz/corpus/$1"
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || return 0
  case "$target" in
    text)
      cp tests/fixtures/txt/defects/*.txt tests/fixtures/layouts/*.txt "$dir"/
      [ ! -d tests/fixtures/fuzz ] || cp tests/fixtures/fuzz/*.txt "$dir"/ 2>/dev/null || true
      ;;
    report)
      # The first byte is the shape (common::reports): 0 as it is, 0x08 without
      # line breaks, 0x19 one made-up finding, no line breaks, repeated past 70,000 bytes.
      local f mode
      for f in tests/fixtures/txt/defects/*.txt tests/fixtures/layouts/*.txt; do
        for mode in 00 08 19; do
          { printf "\\x$mode"; [ "$mode" != 19 ] || printf '\x80\x03\x05\x10'; cat "$f"; } \
            >"$dir/$mode-$(basename "$f")"
        done
      done
      [ ! -d tests/fixtures/fuzz ] || cp tests/fixtures/fuzz/report-* "$dir"/ 2>/dev/null || true
      ;;
    xml)
      cp tests/fixtures/xml/defects/*.xml tests/fixtures/xml/*.xml "$dir"/
      ;;
    docx)
      cp tests/fixtures/docx/defects/*.docx "$dir"/
      ;;
    docx_parts)
      local f n first p
      for f in tests/fixtures/docx/defects/*.docx; do
        n="$dir/$(basename "$f" .docx)"
        : >"$n"
        first=1
        for p in word/document.xml word/footnotes.xml word/numbering.xml word/styles.xml \
          word/_rels/document.xml.rels word/endnotes.xml _rels/.rels word/_rels/footnotes.xml.rels; do
          [ "$first" = 1 ] || printf '\n--part--\n' >>"$n"
          first=0
          unzip -p "$f" "$p" >>"$n" 2>/dev/null || true
        done
      done
      ;;
    config)
      local f i=0
      for f in rules/*.toml; do
        { printf '\x01'; cat "$f"; } >"$dir/rules-$(basename "$f")"
      done
      for f in 'profile = "final"' '[rules]\nplaceholder = "error"\n"style/spelling-variant" = "off"' \
        '[limits]\nmax-warnings = 2\nmax-file-size = 100' '[settings.figure]\ntolerance = "exact"'; do
        i=$((i + 1))
        printf "\\x00$f\\n" >"$dir/config-$i"
      done
      ;;
  esac
}

dict() {
  case "$1" in
    text | report) echo fuzz/dicts/text.dict ;;
    xml) echo fuzz/dicts/xml.dict ;;
    docx | docx_parts) echo fuzz/dicts/docx.dict ;;
    config) echo fuzz/dicts/config.dict ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  seed "$target"
  echo "== fuzz $target for ${seconds}s" >&2
  # No sanitizer: kamerlint is safe Rust, and without ASan the fuzzer runs
  # several times faster. Debug assertions (overflow checks) stay on.
  # -timeout: one input running longer than this is a hang.
  if ! cargo fuzz run --sanitizer none "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -dict="$(dict "$target")" -print_final_stats=1; then
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: found a problem in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz.sh: no crash in ${targets[*]} (${seconds}s each)" >&2

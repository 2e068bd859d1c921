#!/usr/bin/env bash
# Checks that a change to kamerlint (a speed-up, a refactoring) leaves its
# output exactly as it was: builds the release binary of REV (default: the
# last commit, HEAD) in a git worktree and of the working tree, and compares
# their JSON reports, byte for byte, on a generated corpus, every test
# fixture and corpus/, and their human, HTML, SARIF and GitHub reports on the
# fixtures and corpus/.
#
#   scripts/same-output.sh [REV] [--docs N]
#
# --docs N: lists in the generated corpus (default 300, about 60 MB).
# Everything goes under $CARGO_TARGET_DIR (or target/)/same-output; the
# first run builds REV from scratch (several minutes). Exit status 0 when
# the outputs are the same, 1 when they differ (the first differing lines
# are shown).
set -euo pipefail
cd "$(dirname "$0")/.."

rev=HEAD
docs=300
while [ $# -gt 0 ]; do
    case "$1" in
        --docs) docs=$2; shift 2 ;;
        -*) echo "usage: $0 [REV] [--docs N]" >&2; exit 2 ;;
        *) rev=$1; shift ;;
    esac
done

# Resolved here: inside the worktree, HEAD would be the worktree's own.
rev=$(git rev-parse --verify "$rev^{commit}")

target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
work="$target/same-output"
mkdir -p "$work"
base="$work/base"
if [ -d "$base" ]; then
    git -C "$base" checkout --quiet --detach "$rev"
else
    git worktree add --quiet --detach "$base" "$rev"
fi
echo "same-output: building $rev ($(git -C "$base" rev-parse --short HEAD)) and the working tree" >&2
(cd "$base" && CARGO_TARGET_DIR="$work/base-target" cargo build --quiet --release --bin kamerlint)
cargo build --quiet --release --bin kamerlint --example gen-corpus
"$target/release/examples/gen-corpus" --docs "$docs" --out "$work/corpus" --seed 7 >/dev/null

run() { # binary, format, output file, paths...
    local bin=$1 format=$2 out=$3
    shift 3
    "$bin" check --threads 1 --format "$format" --fail-on never "$@" >"$out" 2>"$out.err" || true
}
pairs=()
for format in json human html sarif github; do
    paths=(tests/fixtures corpus)
    [ "$format" != json ] || paths=("$work/corpus" "${paths[@]}")
    run "$work/base-target/release/kamerlint" "$format" "$work/before.$format" "${paths[@]}"
    run "$target/release/kamerlint" "$format" "$work/after.$format" "${paths[@]}"
    pairs+=("before.$format:after.$format" "before.$format.err:after.$format.err")
done
same=1
for f in "${pairs[@]}"; do
    a="$work/${f%%:*}"
    b="$work/${f##*:}"
    if ! cmp -s "$a" "$b"; then
        same=0
        echo "same-output: $(basename "$a") and $(basename "$b") differ:" >&2
        diff "$a" "$b" | head -20 >&2 || true
    fi
done
if [ $same = 1 ]; then
    echo "same-output: identical ($(wc -c <"$work/after.json") bytes of JSON over $docs generated lists, the fixtures and corpus/; the human, HTML, SARIF and GitHub reports of the fixtures and corpus/)" >&2
    exit 0
fi
exit 1

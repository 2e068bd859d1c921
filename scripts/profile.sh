#!/usr/bin/env bash
# Where kamerlint's time goes: instruction counts from callgrind (valgrind)
# on the release build with line tables (`--profile profiling`), for the
# seed and for the seed ten times over (the difference is the cost of
# 9 × 147 KB of text without the fixed start-up cost). Instruction counts do
# not depend on what else runs on the machine.
#
# Usage: scripts/profile.sh [--top N]
# Prints, per run: total instructions, the inclusive share of each phase,
# and the N functions with the most instructions of their own (inlined
# code counted where it was inlined). Needs valgrind (Debian: valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
top=20
[ "${1:-}" != "--top" ] || top=$2

command -v valgrind >/dev/null || {
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y valgrind >/dev/null
}
target=${CARGO_TARGET_DIR:-target}
work="$target/profile"
mkdir -p "$work"
cargo build --quiet --profile profiling --bin kamerlint
cargo build --quiet --release --example gen-corpus
bin="$target/profiling/kamerlint"
"$target/release/examples/gen-corpus" --long 10 --out "$work" >/dev/null

# Phases, by the function that does them (inclusive cost; they nest: the
# rule families are part of "all rules", regex compilation is part of
# whatever first used the regex).
phases=(
    "kamerlint::config::Resolver::for_dir|configuration: default rule files compiled"
    "kamerlint::document::detect::read_with|reader (entries, markers, furniture, tables)"
    "kamerlint::document::figures::annotate_until|figures (quantities, identities, breakdowns)"
    "kamerlint::rules::check_within|all rules"
    "kamerlint::rules::set::RuleSet::check_declarative|  rules as data (rules/*.toml)"
    "kamerlint::rules::figure::check|  figure"
    "kamerlint::rules::total::check|  total"
    "kamerlint::rules::format::check|  format"
    "kamerlint::rules::footnote::check|  footnote"
    "kamerlint::rules::xref::check|  xref"
    "kamerlint::rules::structure::check|  structure"
    "kamerlint::stream::Stream::part|report (compact)"
    "regex::builders::Builder::build_one_string|regex compilation (in all of the above)"
)

for run in seed long-10x; do
    case $run in
        seed) file=corpus/36180-164-beleidsagenda-buitenlandse-handel.txt ;;
        *) file="$work/$run.txt" ;;
    esac
    out="$work/callgrind.$run"
    valgrind --tool=callgrind --callgrind-out-file="$out" \
        "$bin" check --format compact --fail-on never "$file" >/dev/null 2>"$work/valgrind.log"
    total=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
    echo "## $run ($(stat -c %s "$file") bytes): $(printf "%'d" "$total") instructions"
    echo
    echo "| phase | instructions | share |"
    echo "|---|---|---|"
    callgrind_annotate --auto=no --inclusive=yes --threshold=100 "$out" 2>/dev/null >"$work/inclusive.$run"
    for phase in "${phases[@]}"; do
        fn=${phase%%|*}
        label=${phase#*|}
        # The largest entry of the function (inlined copies are listed apart).
        n=$(awk -v fn="$fn" '
            /^ *[0-9,]+ / {
                name = $0; sub(/^ *[0-9,]+ *(\([^)]*\))? +/, "", name); sub(/^[^:]*:/, "", name); sub(/ \[.*$/, "", name)
                if (name == fn || index(name, fn "<") == 1) { c = $1; gsub(",", "", c); if (c + 0 > best) best = c + 0 }
            }
            END { print best + 0 }' "$work/inclusive.$run")
        printf '| %s | %s | %.1f %% |\n' "$label" "$(printf "%'d" "$n")" "$(awk -v n="$n" -v t="$total" 'BEGIN {print 100 * n / t}')"
    done
    echo
    echo "Top $top functions by their own instructions:"
    echo
    callgrind_annotate --auto=no --threshold=100 "$out" 2>/dev/null | awk '
        /^ *[0-9,]+ / && !/PROGRAM TOTALS/ {
            c = $1; gsub(",", "", c)
            name = $0; sub(/^ *[0-9,]+ *(\([^)]*\))? +/, "", name); sub(/^[^:]*:/, "", name); sub(/ \[.*$/, "", name)
            own[name] += c
        }
        END { for (n in own) print own[n], n }' | sort -rn | awk -v top="$top" 'NR <= top' |
        awk -v t="$total" '{c = $1; $1 = ""; printf "%6.2f %%  %s\n", 100 * c / t, substr($0, 2)}'
    echo
done

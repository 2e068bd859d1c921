#!/usr/bin/env bash
# Measures kamerlint end to end on a generated corpus and prints the table
# of the README's "Speed" section:
#
#   - the seed: wall time of `kamerlint check` including process start;
#   - the corpus: MB/s and documents/s on one thread and on all cores, the
#     same bytes searched by ripgrep (the reading limit) and kamerlint's time
#     as a multiple of it, and peak memory;
#   - the floor (benches/floor.rs): one pass of plain code on one thread
#     that splits lines, finds question starts, parses every number as an
#     exact decimal and runs one Aho-Corasick automaton of the phrase list;
#     the least kamerlint's work can cost;
#   - the peer, textlint (scripts/bench-textlint.sh installs it from npm
#     into the work directory): prh with the same phrase list, no-todo and
#     two local rules (question references, numbers), on the corpus (or a
#     part of it: --textlint-docs, --textlint-tenth) and on the seed, and
#     with sentence-length on the seed; left out, saying why, when npm or
#     textlint cannot be set up;
#   - peak memory on a tenth of the corpus (it should not grow with the corpus);
#   - the seed 1, 10, 100 and 300 times over (time per byte should stay
#     flat: the 300x file's CPU time per KB against the 10x file's);
#   - kamerlint on one core as a multiple of the floor, and the seed's
#     start against the 5 ms target.
#
# The phrase list (about 300, written to $work/phrases.tsv) is kamerlint's
# own: the substitutions written as plain text in rules/*.toml (with their
# corrections), the figures' vocabulary (src/document/figures/key/words.rs),
# the spelling variants of rules/spelling.toml and the ministries' names and
# abbreviations in rules/data/names.toml.
#
# Every time is the median of --reps runs (the machine may be shared; the
# load average before and after is printed with the table). Files are read
# once beforehand so that all runs read from the page cache.
#
# Usage: scripts/bench.sh [--docs N] [--reps R] [--work DIR] [--skip-long]
#                         [--textlint-docs N | --textlint-tenth | --no-textlint]
#                         [--quick]
#   --docs N   documents in the corpus (default 2000: about 360 MB)
#   --reps R   runs per measurement (default 3; the seed gets 10×R)
#   --work DIR where the corpus and results go (default $CARGO_TARGET_DIR
#              or target/, then /bench; never inside the repository's tree
#              outside target/)
#   --textlint-docs N  textlint on a corpus of N documents (default: the
#              whole corpus; at a few MB/s that is minutes)
#   --textlint-tenth   textlint on the tenth of the corpus
#   --no-textlint      no textlint rows
#   --quick    a test of the script: --docs 200 --reps 1 --textlint-docs 50
#
# Needs: cargo, ripgrep (rg) and GNU time (/usr/bin/time); on Debian the
# last two are installed with apt-get when missing. For textlint: node 20
# and npm, and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=2000
reps=3
long=1
tl_docs=""
textlint=1
args="$*"
target=${CARGO_TARGET_DIR:-target}
work="$target/bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --docs) docs=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --skip-long) long=0; shift ;;
        --textlint-docs) tl_docs=$2; shift 2 ;;
        --textlint-tenth) tl_docs=tenth; shift ;;
        --no-textlint) textlint=0; shift ;;
        --quick) docs=200; reps=1; tl_docs=50; shift ;;
        *)
            echo "usage: $0 [--docs N] [--reps R] [--work DIR] [--skip-long]" \
                "[--textlint-docs N | --textlint-tenth | --no-textlint] [--quick]" >&2
            exit 2
            ;;
    esac
done
tenth_docs=$(( (docs + 9) / 10 ))
case "$tl_docs" in
    "") tl_docs=$docs ;;
    tenth) tl_docs=$tenth_docs ;;
esac

need() { # command, Debian package
    command -v "$1" >/dev/null 2>&1 && return
    echo "bench: installing $2" >&2
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get install -y "$2" >/dev/null || {
        echo "bench: please install $2" >&2
        exit 2
    }
}
need rg ripgrep
[ -x /usr/bin/time ] || need /usr/bin/time time

echo "bench: building (release)" >&2
cargo build --release --quiet --bin kamerlint --example gen-corpus --example floor
bin="$target/release/kamerlint"
gen="$target/release/examples/gen-corpus"
floor="$target/release/examples/floor"
seed=corpus/36180-164-beleidsagenda-buitenlandse-handel.txt
lengths_k=(1 10 100 300)

mkdir -p "$work"
corpus="$work/corpus-$docs"
tenth="$work/corpus-$tenth_docs"
tl_corpus="$work/corpus-$tl_docs"
lengths="$work/long"
rm -rf "$work"/corpus-* "$lengths"
echo "bench: generating $docs documents in $corpus" >&2
"$gen" --docs "$docs" --out "$corpus" >&2
"$gen" --docs "$tenth_docs" --out "$tenth" >&2
[ "$textlint" -eq 0 ] || [ -d "$tl_corpus" ] || "$gen" --docs "$tl_docs" --out "$tl_corpus" >&2
[ "$long" -eq 0 ] || "$gen" --long "$(IFS=,; echo "${lengths_k[*]}")" --out "$lengths" >&2
# Into the page cache, so that every run reads the same way.
dirs=("$corpus" "$tenth")
[ "$long" -eq 0 ] || dirs+=("$lengths")
[ "$textlint" -eq 0 ] || dirs+=("$tl_corpus")

# The phrase list of the floor and of textlint's prh dictionary:
# phrase<tab>what to write instead (itself when it is not a mistake); the
# first of two equal phrases is kept.
phrases="$work/phrases.tsv"
{
    grep -h '^swap = ' rules/*.toml | grep -oE "'[^'\\\\()?[]+' = \"[^\"]*\"" |
        sed -E "s/^'([^']*)' = \"(.*)\"$/\1\t\2/"
    grep -o '"[^"{]*"' src/document/figures/key/words.rs | tr -d '"'
    sed -n '/^\[rule.consistency\]/,/^\]/p' rules/*.toml | grep -o '"[^"]*"' | tr -d '"'
    grep -E '^(name|short) = ' rules/data/names.toml | grep -o '"[^"]*"' | tr -d '"'
} | awk -F'\t' '$1 != "" && !seen[$1]++ { print $1 "\t" ($2 == "" ? $1 : $2) }' >"$phrases"
phrase_count=$(wc -l <"$phrases")

# textlint: installed (once) next to the corpus; its rows are left out when
# that fails.
tl_run=() tl_sentences=()
if [ "$textlint" -eq 1 ]; then
    echo "bench: setting up textlint" >&2
    if tl_commands=$(scripts/bench-textlint.sh "$work/textlint" "$phrases"); then
        read -ra tl_run <<<"$(sed -n 1p <<<"$tl_commands")"
        read -ra tl_sentences <<<"$(sed -n 2p <<<"$tl_commands")"
        tl_version=$("${tl_run[0]}" --version)
    else
        echo "bench: textlint could not be set up (above); its rows are left out" >&2
        textlint=0
    fi
fi
find "$seed" "${dirs[@]}" -type f -print0 | xargs -0 cat >/dev/null

bytes_of() { find "$1" -type f -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}'; }
files_of() { find "$1" -type f -name '*.txt' | wc -l; }

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# run N CMD...: runs CMD N times; sets $secs (median wall seconds), $cpu
# (median user + system seconds) and $peak (median peak resident set, MB).
# Exit status 1 (findings) is fine.
run() {
    local n=$1
    shift
    local walls=() cpus=() rsss=() t0 t1 status
    for _ in $(seq "$n"); do
        t0=$EPOCHREALTIME
        status=0
        /usr/bin/time -f '%M %U %S' -o "$work/rss" "$@" >/dev/null 2>"$work/stderr" || status=$?
        t1=$EPOCHREALTIME
        if [ "$status" -gt 1 ]; then
            echo "bench: $* failed ($status):" >&2
            cat "$work/stderr" >&2
            exit 1
        fi
        walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
        rsss+=("$(tail -1 "$work/rss" | awk '{print $1}')")
        cpus+=("$(tail -1 "$work/rss" | awk '{print $2 + $3}')")
    done
    secs=$(printf '%s\n' "${walls[@]}" | median)
    cpu=$(printf '%s\n' "${cpus[@]}" | median)
    peak=$(printf '%s\n' "${rsss[@]}" | median | awk '{printf "%.0f", $1 / 1024}')
}

cores=$(nproc)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bytes=$(bytes_of "$corpus")
files=$(files_of "$corpus")
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
check=("$bin" check --format compact --fail-on never)

echo "bench: the seed" >&2
# One run for the peak memory, then 10 × reps runs back to back, timed as a
# whole (the timing tools' own start-up, several ms, would swamp a
# 30 ms run): the mean wall and CPU time per run, process start included.
run 1 "${check[@]}" "$seed"
seed_peak=$peak
n=$((10 * reps))
TIMEFORMAT='%R %U %S'
seed_times=$( { time (for _ in $(seq "$n"); do "${check[@]}" "$seed" >/dev/null; done); } 2>&1 )
seed_ms=$(echo "$seed_times" | awk -v n="$n" '{printf "%.1f", $1 * 1000 / n}')
seed_cpu_ms=$(echo "$seed_times" | awk -v n="$n" '{printf "%.1f", ($2 + $3) * 1000 / n}')

# row label secs cpu peak [reference secs [bytes files]]: a line of the
# table; the reference is ripgrep's time on the corpus, compared per byte
# (textlint may run on a part of the corpus: its own bytes and files).
row() {
    local b=${6:-$bytes} f=${7:-$files} mbs dps ratio="–"
    mbs=$(awk -v b="$b" -v s="$2" 'BEGIN {printf "%.1f", b / 1e6 / s}')
    dps=$(awk -v f="$f" -v s="$2" 'BEGIN {printf "%.1f", f / s}')
    [ -z "${5:-}" ] || ratio=$(awk -v s="$2" -v r="$5" -v b="$b" -v rb="$bytes" 'BEGIN {printf "%.0f×", (s / b) / (r / rb)}')
    printf '| %s | %.2f s | %.2f s | %s | %s | %s | %s MB |\n' "$1" "$2" "$3" "$mbs" "$dps" "$ratio" "$4"
}

echo "bench: reading limit (rg)" >&2
run "$reps" rg -j1 --no-ignore --count vraag "$corpus"
rg1=$secs rg1_cpu=$cpu rg1_peak=$peak
run "$reps" rg "-j$cores" --no-ignore --count vraag "$corpus"
rgn=$secs rgn_cpu=$cpu rgn_peak=$peak
echo "bench: the floor" >&2
run "$reps" "$floor" --phrases "$phrases" "$corpus"
fl=$secs fl_cpu=$cpu fl_peak=$peak
echo "bench: kamerlint, one thread" >&2
run "$reps" "${check[@]}" --threads 1 "$corpus"
k1=$secs k1_cpu=$cpu k1_peak=$peak
echo "bench: kamerlint, $cores threads" >&2
run "$reps" "${check[@]}" --threads "$cores" "$corpus"
kn=$secs kn_cpu=$cpu kn_peak=$peak
echo "bench: kamerlint, $cores threads, human report" >&2
run "$reps" "$bin" check --fail-on never --threads "$cores" "$corpus"
kh=$secs kh_cpu=$cpu kh_peak=$peak
echo "bench: kamerlint on a tenth of the corpus" >&2
run "$reps" "${check[@]}" --threads "$cores" "$tenth"
kt=$secs kt_cpu=$cpu kt_peak=$peak
if [ "$textlint" -eq 1 ]; then
    tl_bytes=$(bytes_of "$tl_corpus")
    tl_files=$(files_of "$tl_corpus")
    echo "bench: textlint on $tl_files documents" >&2
    run "$reps" "${tl_run[@]}" "$tl_corpus"
    tl=$secs tl_cpu=$cpu tl_peak=$peak
    echo "bench: textlint on the seed" >&2
    run "$reps" "${tl_run[@]}" "$seed"
    tls=$secs tls_cpu=$cpu tls_peak=$peak
    echo "bench: textlint with sentence-length on the seed" >&2
    run "$reps" "${tl_sentences[@]}" "$seed"
    tlss=$secs tlss_cpu=$cpu tlss_peak=$peak
fi

ratio=""
long_rows=()
if [ "$long" -eq 1 ]; then
    declare -A per_kb
    for k in "${lengths_k[@]}"; do
        f="$lengths/long-${k}x.txt"
        n=$reps
        [ "$k" -lt 100 ] || n=$(( (reps + 1) / 2 ))
        echo "bench: kamerlint, the seed ${k}×" >&2
        run "$n" "${check[@]}" "$f"
        size=$(stat -c %s "$f")
        per_kb[$k]=$(awk -v b="$size" -v s="$cpu" 'BEGIN {print s * 1e6 / (b / 1024)}')
        long_rows+=("$(printf '| %s× | %.1f MB | %.2f s | %.2f s | %.0f | %s MB |' "$k" \
            "$(awk -v b="$size" 'BEGIN {print b / 1e6}')" "$secs" "$cpu" "${per_kb[$k]}" "$peak")")
    done
    ratio=$(awk -v a="${per_kb[300]}" -v b="${per_kb[10]}" 'BEGIN {printf "%.2f", a / b}')
fi

out="$work/results.md"
{
    echo "Corpus: $files documents, $mb MB ($(bytes_of "$tenth" | awk '{printf "%.1f", $1 / 1e6}') MB in the tenth)," \
        "generated by \`scripts/bench.sh${args:+ $args}\`; median of $reps runs," \
        "$cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
        "load average $load_before before and $(cut -d' ' -f1-3 /proc/loadavg) after."
    echo "Phrase list: $phrase_count phrases (the floor's automaton and textlint's prh dictionary)."
    [ "$textlint" -eq 0 ] || echo "textlint $tl_version (node $(node --version)): prh, no-todo and two local rules" \
        "(question references, numbers); with sentence-length on the seed only (it is quadratic in a document's length)."
    echo
    echo "| run | wall time | CPU time | MB/s | documents/s | × reading limit | peak memory |"
    echo "|---|---|---|---|---|---|---|"
    row "rg, 1 thread (reading limit)" "$rg1" "$rg1_cpu" "$rg1_peak"
    row "floor (benches/floor.rs), 1 thread" "$fl" "$fl_cpu" "$fl_peak" "$rg1"
    row "kamerlint, 1 thread" "$k1" "$k1_cpu" "$k1_peak" "$rg1"
    [ "$textlint" -eq 0 ] || row "textlint, 1 thread, $tl_files documents ($(awk -v b="$tl_bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB)" \
        "$tl" "$tl_cpu" "$tl_peak" "$rg1" "$tl_bytes" "$tl_files"
    row "rg, $cores threads (reading limit)" "$rgn" "$rgn_cpu" "$rgn_peak"
    row "kamerlint, $cores threads" "$kn" "$kn_cpu" "$kn_peak" "$rgn"
    row "kamerlint, $cores threads, human report" "$kh" "$kh_cpu" "$kh_peak" "$rgn"
    printf '| kamerlint, %s threads, a tenth of the corpus | %.2f s | %.2f s | | | | %s MB |\n' "$cores" "$kt" "$kt_cpu" "$kt_peak"
    seed_kb=$(( $(stat -c %s "$seed") / 1024 ))
    printf '| kamerlint, the seed (%s KB, process start included; mean of 10 × reps runs) | %s ms | %s ms | | | | %s MB |\n' \
        "$seed_kb" "$seed_ms" "$seed_cpu_ms" "$seed_peak"
    if [ "$textlint" -eq 1 ]; then
        printf '| textlint, the seed | %.0f ms | %.0f ms | | | | %s MB |\n' \
            "$(awk -v s="$tls" 'BEGIN {print s * 1000}')" "$(awk -v s="$tls_cpu" 'BEGIN {print s * 1000}')" "$tls_peak"
        printf '| textlint with sentence-length, the seed | %.0f ms | %.0f ms | | | | %s MB |\n' \
            "$(awk -v s="$tlss" 'BEGIN {print s * 1000}')" "$(awk -v s="$tlss_cpu" 'BEGIN {print s * 1000}')" "$tlss_peak"
    fi
    if [ "$long" -eq 1 ]; then
        echo
        echo "| the seed repeated (one file) | size | wall time | CPU time | µs per KB (CPU) | peak memory |"
        echo "|---|---|---|---|---|---|"
        printf '%s\n' "${long_rows[@]}"
    fi
    echo
    echo "| target | now |"
    echo "|---|---|"
    awk -v b="$bytes" -v k="$k1" -v f="$fl" -v c="$cores" -v n="$kn" 'BEGIN {
        printf "| kamerlint within 2× of the floor on one core (≥ %.0f MB/s) | %.1f MB/s on 1 thread, %.1f per core on %d: %.1f× the floor’s %.1f MB/s |\n",
            b / 1e6 / f / 2, b / 1e6 / k, b / 1e6 / n / c, c, k / f, b / 1e6 / f }'
    awk -v m="$seed_ms" 'BEGIN {
        printf "| the seed in under 5 ms, process start included | %s ms (%.1f× the target) |\n", m, m / 5 }'
    [ -z "$ratio" ] || awk -v r="$ratio" 'BEGIN {
        printf "| linear: CPU per KB at 300× within 15 %% of 10× | %.2f× (%+.0f %%) |\n", r, (r - 1) * 100 }'
} | tee "$out"
echo "bench: written to $out" >&2

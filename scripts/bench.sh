#!/usr/bin/env bash
# Measures kamerlint end to end on a generated corpus and prints the table
# of the README's "Speed" section:
#
#   - the seed: wall time of `kamerlint check` including process start;
#   - the corpus: MB/s and documents/s on one thread and on all cores, the
#     same bytes searched by ripgrep (the reading limit) and kamerlint's time
#     as a multiple of it, and peak memory;
#   - peak memory on a tenth of the corpus (it should not grow with the corpus);
#   - the seed 1, 10 and 100 times over (time per byte should stay flat).
#
# Every time is the median of --reps runs (the machine may be shared; the
# load average before and after is printed with the table). Files are read
# once beforehand so that all runs read from the page cache.
#
# Usage: scripts/bench.sh [--docs N] [--reps R] [--work DIR] [--skip-long]
#   --docs N   documents in the corpus (default 2000: about 360 MB)
#   --reps R   runs per measurement (default 3; the seed gets 10×R)
#   --work DIR where the corpus and results go (default $CARGO_TARGET_DIR
#              or target/, then /bench; never inside the repository's tree
#              outside target/)
#
# Needs: cargo, ripgrep (rg) and GNU time (/usr/bin/time); on Debian the
# last two are installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=2000
reps=3
long=1
target=${CARGO_TARGET_DIR:-target}
work="$target/bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --docs) docs=$2; shift 2 ;;
        --reps) reps=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --skip-long) long=0; shift ;;
        *) echo "usage: $0 [--docs N] [--reps R] [--work DIR] [--skip-long]" >&2; exit 2 ;;
    esac
done

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
cargo build --release --quiet --bin kamerlint --example gen-corpus
bin="$target/release/kamerlint"
gen="$target/release/examples/gen-corpus"
seed=corpus/36180-164-beleidsagenda-buitenlandse-handel.txt

mkdir -p "$work"
corpus="$work/corpus-$docs"
tenth="$work/corpus-$(( (docs + 9) / 10 ))"
lengths="$work/long"
rm -rf "$corpus" "$tenth" "$lengths"
echo "bench: generating $docs documents in $corpus" >&2
"$gen" --docs "$docs" --out "$corpus" >&2
"$gen" --docs "$(( (docs + 9) / 10 ))" --out "$tenth" >&2
[ "$long" -eq 0 ] || "$gen" --long 1,10,100 --out "$lengths" >&2
# Into the page cache, so that every run reads the same way.
dirs=("$corpus" "$tenth")
[ "$long" -eq 0 ] || dirs+=("$lengths")
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

row() { # label secs cpu peak [reference secs]
    local mbs dps ratio="–"
    mbs=$(awk -v b="$bytes" -v s="$2" 'BEGIN {printf "%.1f", b / 1e6 / s}')
    dps=$(awk -v f="$files" -v s="$2" 'BEGIN {printf "%.1f", f / s}')
    [ -z "${5:-}" ] || ratio=$(awk -v s="$2" -v r="$5" 'BEGIN {printf "%.0f×", s / r}')
    printf '| %s | %.2f s | %.2f s | %s | %s | %s | %s MB |\n' "$1" "$2" "$3" "$mbs" "$dps" "$ratio" "$4"
}

echo "bench: reading limit (rg)" >&2
run "$reps" rg -j1 --no-ignore --count vraag "$corpus"
rg1=$secs rg1_cpu=$cpu rg1_peak=$peak
run "$reps" rg "-j$cores" --no-ignore --count vraag "$corpus"
rgn=$secs rgn_cpu=$cpu rgn_peak=$peak
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

out="$work/results.md"
{
    echo "Corpus: $files documents, $mb MB ($(bytes_of "$tenth" | awk '{printf "%.1f", $1 / 1e6}') MB in the tenth)," \
        "generated by \`scripts/bench.sh --docs $docs --reps $reps\`; median of $reps runs," \
        "$cores cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))," \
        "load average $load_before before and $(cut -d' ' -f1-3 /proc/loadavg) after."
    echo
    echo "| run | wall time | CPU time | MB/s | documents/s | × reading limit | peak memory |"
    echo "|---|---|---|---|---|---|---|"
    row "rg, 1 thread (reading limit)" "$rg1" "$rg1_cpu" "$rg1_peak"
    row "kamerlint, 1 thread" "$k1" "$k1_cpu" "$k1_peak" "$rg1"
    row "rg, $cores threads (reading limit)" "$rgn" "$rgn_cpu" "$rgn_peak"
    row "kamerlint, $cores threads" "$kn" "$kn_cpu" "$kn_peak" "$rgn"
    row "kamerlint, $cores threads, human report" "$kh" "$kh_cpu" "$kh_peak" "$rgn"
    printf '| kamerlint, %s threads, a tenth of the corpus | %.2f s | %.2f s | | | | %s MB |\n' "$cores" "$kt" "$kt_cpu" "$kt_peak"
    printf '| kamerlint, the seed (%s KB, process start included; mean of 10 × reps runs) | %s ms | %s ms | | | | %s MB |\n' \
        "$(( $(stat -c %s "$seed") / 1024 ))" "$seed_ms" "$seed_cpu_ms" "$seed_peak"
    if [ "$long" -eq 1 ]; then
        echo
        echo "| the seed repeated (one file) | size | wall time | CPU time | µs per KB (CPU) | peak memory |"
        echo "|---|---|---|---|---|---|"
        for k in 1 10 100; do
            f="$lengths/long-${k}x.txt"
            n=$reps
            [ "$k" -lt 100 ] || n=$(( (reps + 1) / 2 ))
            run "$n" "${check[@]}" "$f"
            size=$(stat -c %s "$f")
            printf '| %s× | %.1f MB | %.2f s | %.2f s | %.0f | %s MB |\n' "$k" \
                "$(awk -v b="$size" 'BEGIN {print b / 1e6}')" "$secs" "$cpu" \
                "$(awk -v b="$size" -v s="$cpu" 'BEGIN {print s * 1e6 / (b / 1024)}')" "$peak"
        done
    fi
} | tee "$out"
echo "bench: written to $out" >&2

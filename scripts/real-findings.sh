#!/usr/bin/env bash
# Prints what kamerlint reads and reports on each real document in
# ../shared/real/docs/, in the terms of tests/real/expectations.toml:
# questions, distinct markers, definitions, and every finding as
# "line:column rule" with its severity and message. Read each new finding
# in the document, then judge it in expectations.toml.
#
#   bash scripts/real-findings.sh [FILE-GLOB]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=../shared/real/docs
[ -d "$dir" ] || { echo "no $dir: the real documents are not here" >&2; exit 2; }
cargo build --release --quiet
for f in "$dir"/${1:-*}; do
  ./target/release/kamerlint parse --format json "$f" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("%s\n  layout %s (%s)\n  questions = %d, markers = %d, definitions = %d" % (
    d["file"].split("/")[-1], d["layout"], d["layout_evidence"],
    sum(len(e["numbers"]) for e in d["entries"]),
    len({m["number"] for m in d["markers"]}), len(d["definitions"])))'
  ./target/release/kamerlint check --format json --fail-on never "$f" | python3 -c '
import json, sys
for x in json.load(sys.stdin)["diagnostics"]:
    print("  %d:%d %s  %s  %s" % (x["line"], x["column"], x["rule"], x["severity"], x["message"]))'
done

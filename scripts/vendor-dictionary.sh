#!/usr/bin/env bash
# Refreshes rules/dictionary/ from Debian's hunspell-nl and hunspell-en-us
# (apt-get install hunspell-nl hunspell-en-us), then record the versions in
# rules/dictionary/README.md. nl.dic is sorted by the word of each line, for
# the binary search in src/rules/spelling/dictionary.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
out=rules/dictionary
cp /usr/share/hunspell/nl.aff /usr/share/hunspell/en_US.aff /usr/share/hunspell/en_US.dic "$out/"
cp /usr/share/doc/hunspell-nl/copyright "$out/COPYRIGHT.nl"
cp /usr/share/doc/hunspell-en-us/copyright "$out/COPYRIGHT.en_US"
python3 - /usr/share/hunspell/nl.dic "$out/nl.dic" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
head, body = lines[0], [l for l in lines[1:] if l]
def stem(l):
    i = 0
    while True:
        j = l.find("/", i)
        if j < 0:
            return l
        if j > 0 and l[j - 1] == "\\":
            i = j + 1
            continue
        return l[:j]
body.sort(key=lambda l: (stem(l).encode("utf-8"), l.encode("utf-8")))
open(sys.argv[2], "w", encoding="utf-8").write(head + "\n" + "\n".join(body) + "\n")
PY
dpkg-query -W hunspell-nl hunspell-en-us

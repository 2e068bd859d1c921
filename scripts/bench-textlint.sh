#!/usr/bin/env bash
# Sets up textlint, the peer of scripts/bench.sh, in a folder of the bench's
# work directory (never in the repository), with rules doing work comparable
# to kamerlint's:
#
#   - textlint-rule-prh with a dictionary of the same phrases the floor
#     program searches (the figures' vocabulary, the spelling variants, the
#     substitutions, the ministries' names; about 300): one rule per phrase,
#     a substitution's wrong form with its correction, every other phrase
#     searched but never reported (prh reports a match only when it differs
#     from the expected text);
#   - textlint-rule-no-todo (placeholders), and textlint-rule-sentence-length
#     in a second configuration (see below: it is quadratic);
#   - two local rules (--rulesdir), written here: `question-reference`
#     collects the question numbers (a paragraph line starting "12 ", "12.",
#     "12<tab>" or "Vraag 12") and reports every "vraag N" / "vragen N en M"
#     that names no question; `number` parses every number into an exact
#     decimal (BigInt mantissa and scale: Dutch thousands dots, a decimal
#     comma) and reports a decimal point ("1.5 miljoen").
#
# textlint reads the .txt files with its built-in text plugin.
#
# Usage: scripts/bench-textlint.sh DIR PHRASES
#   DIR      the folder to install into (reused when it holds these versions)
#   PHRASES  the phrase list: phrase<tab>expected, one a line
# Prints two commands to run textlint, one a line, on standard output: the
# rules without sentence-length, and all of them. On
# failure says why on standard error and exits 1.
set -euo pipefail

# Pinned: checked with `npm view` to exist and to support node 20
# (textlint 15 needs node >= 20.18).
versions=(textlint@15.8.0 textlint-rule-prh@6.1.0 textlint-rule-no-todo@2.0.1 textlint-rule-sentence-length@5.2.1)

[ $# -eq 2 ] || { echo "usage: $0 DIR PHRASES" >&2; exit 2; }
dir=$1
phrases=$2
fail() { echo "bench-textlint: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || fail "node is not installed"
command -v npm >/dev/null 2>&1 || fail "npm is not installed"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ "$(cat "$dir/installed" 2>/dev/null)" != "${versions[*]}" ]; then
    echo "bench-textlint: installing ${versions[*]} into $dir" >&2
    rm -rf "$dir/node_modules" "$dir/package.json" "$dir/package-lock.json" "$dir/installed"
    echo '{"private": true}' >"$dir/package.json"
    (cd "$dir" && npm install --no-audit --no-fund --save-exact --loglevel=error "${versions[@]}" >&2) ||
        fail "npm install failed"
    echo "${versions[*]}" >"$dir/installed"
fi
textlint="$dir/node_modules/.bin/textlint"
[ -x "$textlint" ] || fail "$textlint is missing"

# The prh dictionary, in single-quoted YAML scalars (no escapes but ''). Each pattern is
# written as a regular expression, escaped here: prh escapes a plain
# pattern's "-" too, which its own /u flag then rejects.
awk -F'\t' '
    function q(s) { gsub(/\047/, "\047\047", s); return "\047" s "\047" }
    function re(s,    r, i, c) {
        r = ""
        for (i = 1; i <= length(s); i++) {
            c = substr(s, i, 1)
            r = r (index(".*+?^$(){}|[]\\/", c) ? "\\" : "") c
        }
        return "/" r "/"
    }
    BEGIN { print "version: 1"; print "rules:" }
    $1 != "" { print "  - expected: " q($2 == "" ? $1 : $2); print "    pattern: " q(re($1)) }
' "$phrases" >"$dir/prh.yml"

# The local rules are not named here: --rulesdir turns them on (named, they
# are looked for as packages, and the whole file fails to load).
# sentence-length has a configuration of its own: sentence-splitter 5.0.1
# pads each paragraph it splits with an array as long as the paragraph's
# offset in the document (lib/parser/SourceCode.js), so its time grows with
# the square of the document's length (the seed: 16 s with it, about 1 s
# without). bench.sh times it on the seed only.
rc() { # file, extra rule
    cat >"$1" <<EOF
{
  "rules": {
    "prh": { "rulePaths": ["$dir/prh.yml"] },
    "no-todo": true$2
  }
}
EOF
}
rc "$dir/textlintrc.json" ""
rc "$dir/textlintrc-sentences.json" ',
    "sentence-length": { "max": 100 }'

mkdir -p "$dir/rules"
cat >"$dir/rules/question-reference.js" <<'EOF'
"use strict";
// The question numbers of the list (a line starting "12 ", "12.", "12\t" or
// "Vraag 12"), and every "vraag N" / "vragen N en M" naming none of them.
module.exports = function (context) {
    const { Syntax, RuleError, report, getSource, locator } = context;
    const questions = new Set();
    const references = [];
    return {
        [Syntax.Paragraph](node) {
            const text = getSource(node);
            for (const m of text.matchAll(/^[ \t]*(?:Vraag )?(\d+)(?:[.\t ]|$)/gm)) {
                questions.add(Number(m[1]));
            }
            for (const m of text.matchAll(/\bvra(?:ag|gen) (\d+)(?:(?:, | en | t\/m |-)(\d+))*/gi)) {
                for (const n of m[0].matchAll(/\d+/g)) {
                    references.push({ node, number: Number(n[0]), index: m.index + n.index, length: n[0].length });
                }
            }
        },
        [Syntax.DocumentExit]() {
            for (const r of references) {
                if (!questions.has(r.number)) {
                    report(r.node, new RuleError(`vraag ${r.number} bestaat niet`, {
                        padding: locator.range([r.index, r.index + r.length]),
                    }));
                }
            }
        },
    };
};
EOF
cat >"$dir/rules/number.js" <<'EOF'
"use strict";
// Every number as an exact decimal: digits, thousands dots before exactly
// three digits, a decimal comma (BigInt mantissa and scale, never a float).
// Reports a decimal point ("1.5"), which Dutch writes as a comma.
module.exports = function (context) {
    const { Syntax, RuleError, report, getSource, locator } = context;
    let sum = 0n;
    return {
        [Syntax.Str](node) {
            const text = getSource(node);
            for (const m of text.matchAll(/\d+(?:\.\d{3}(?!\d))*(?:,(\d+))?/g)) {
                const scale = m[1] ? m[1].length : 0;
                sum += BigInt(m[0].replace(/[.,]/g, "")) + BigInt(scale);
                const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
                if (!m[1] && /^\.\d{1,2}(?!\d)/.test(after)) {
                    report(node, new RuleError("een decimaalpunt: schrijf een komma", {
                        padding: locator.range([m.index, m.index + m[0].length + 2]),
                    }));
                }
            }
        },
    };
};
EOF

# It must run: one document with a finding of each rule.
sample="$dir/sample.txt"
printf '1 Kan de minister dit toelichten?\nAntwoord: zie het antwoord op vraag 7. Het bedrag is 1.234,5 miljoen, of 1.5 miljoen. TODO: dit met de danwel regel nakijken. Het kabinet heeft in de afgelopen jaren met vele partners in binnen- en buitenland uitgebreid overlegd over de handelsagenda en haar uitvoering.\n' >"$sample"
for config in textlintrc.json textlintrc-sentences.json; do
    command="$textlint --config $dir/$config --rulesdir $dir/rules --format compact"
    out=$($command "$sample" 2>&1) && status=0 || status=$?
    [ "$status" -eq 1 ] || fail "textlint did not run on a sample (exit $status): $out"
    rules="prh no-todo question-reference number"
    [ "$config" = textlintrc.json ] || rules="$rules sentence-length"
    for rule in $rules; do
        grep -q "($rule)\$" <<<"$out" || fail "rule $rule found nothing in the sample: $out"
    done
    echo "$command"
done

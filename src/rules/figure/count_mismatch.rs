//! figure/count-mismatch: a stated count ("vier priomarkten:") against the
//! enumeration that follows it.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const COUNT_MISMATCH: RuleMeta = RuleMeta {
    id: "figure/count-mismatch",
    severity: Severity::Warning,
    summary: "A stated number of items differs from the list that follows",
    explanation: r#"
"Er zijn drie prioritaire landen: Duitsland, België en Frankrijk." The
number before the colon must match the items listed after it. Lists
introduced with "o.a.", "waaronder", "zoals" or "bijvoorbeeld" are not
counted, nor lists that contain further colons.
"#,
    summary_nl: "Een genoemd aantal verschilt van de opsomming erna",
    explanation_nl: r#"
"Er zijn drie prioritaire landen: Duitsland, België en Frankrijk." Het aantal
voor de dubbele punt moet kloppen met de opsomming erna. Opsommingen die
beginnen met "o.a.", "waaronder", "zoals" of "bijvoorbeeld" worden niet
geteld, en opsommingen met nog een dubbele punt evenmin.
"#,
    bad: &[Example::list(
        r#"
1 Welke landen zijn prioritair?
Er zijn momenteel vier priomarkten: Duitsland, België en Frankrijk.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke landen zijn prioritair?
Er zijn momenteel drie priomarkten: Duitsland, België en Frankrijk.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "“{number} {noun}” kondigt er {stated} aan, maar de opsomming telt er {count}",
            r#""{number} {noun}" announces {stated}, but the list has {count}"#,
        ),
        Text::new(
            "help",
            "verbeter het aantal of de opsomming",
            "correct the number or the list",
        ),
        Text::new("related", "{count} in de opsomming", "{count} items"),
    ],
};

/// "vier priomarkten" right before a colon (matched on the text before
/// each colon only: running it over whole answers was the slowest part of
/// the figure rules). The nouns are Latin letters (with Latin-1 and
/// Latin Extended-A), not `\p{L}`: five copies of all of Unicode's letters
/// took 2 ms to compile.
static COUNTED_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?-u:\b)((?i:[0-9]{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf))\s+((?:[A-Za-zÀ-ÖØ-öø-ɏ’'/-]+\s+){0,3}?[A-Za-zÀ-ÖØ-öø-ɏ’'/-]+)\s*$",
    )
});
static HEDGED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:o\.a\.|onder andere|onder meer|waaronder|zoals|bijvoorbeeld|bijv\.|m\.n\.|met name|enkele|ruim|circa|ongeveer)",
    )
});
/// Names that contain " en " and count as one item.
const JOINED_NAMES: &[&str] = &[
    "bosnië en herzegovina",
    "trinidad en tobago",
    "antigua en barbuda",
    "sint kitts en nevis",
    "são tomé en principe",
    "saint vincent en de grenadines",
    "papoea-nieuw-guinea",
];

fn number_word(s: &str) -> Option<usize> {
    let words = [
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    ];
    s.parse::<usize>().ok().or_else(|| {
        words
            .iter()
            .position(|w| w.eq_ignore_ascii_case(s))
            .map(|i| i + 2)
    })
}

/// "Er zijn vier priomarkten: Duitsland, België en Frankrijk."
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for e in &doc.entries {
        let answer = doc.answer_text(e);
        let text = answer.text.as_str();
        for (colon, _) in text.match_indices(':') {
            let mut from = colon.saturating_sub(80);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let Some(c) = COUNTED_HEAD.captures(&text[from..colon]) else {
                continue;
            };
            let (Some(n), Some(noun)) = (c.get(1), c.get(2)) else {
                continue;
            };
            let Some(stated) = number_word(n.as_str()) else {
                continue;
            };
            // The list: up to the full stop, without further colons or semicolons.
            let rest = &text[colon + 1..];
            let Some(stop) = rest.find(['.', ':', ';']) else {
                continue;
            };
            if !rest[stop..].starts_with('.') {
                continue;
            }
            // The list's span starts at its first item, not at the space
            // or line break after the colon.
            let list_text = rest[..stop].trim_start();
            let list_start = colon + 1 + (stop - list_text.len());
            let (n_start, n_end) = (from + n.start(), from + n.end());
            let mut head_from = n_start.saturating_sub(30);
            while !text.is_char_boundary(head_from) {
                head_from -= 1;
            }
            let head = &text[head_from..n_start];
            if HEDGED_LIST.is_match(list_text)
                || HEDGED_LIST.is_match(head)
                || HEDGED_LIST.is_match(noun.as_str())
            {
                continue;
            }
            let mut l = list_text.to_lowercase();
            for name in JOINED_NAMES {
                l = l.replace(name, "x");
            }
            if !l.contains(',') && !l.contains(" en ") {
                continue;
            }
            // "a, b, c en d": commas, and one " en " before the last item;
            // "vervoer en opslag" inside a comma item stays one item.
            let pieces: Vec<&str> = l.split(',').collect();
            let mut items: Vec<&str> = Vec::new();
            for (k, p) in pieces.iter().enumerate() {
                match (k + 1 == pieces.len(), p.split_once(" en ")) {
                    (true, Some((a, b))) => items.extend([a, b]),
                    _ => items.push(p),
                }
            }
            let items: Vec<&str> = items
                .into_iter()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            // Only short items: names, not clauses.
            if items.iter().any(|i| i.split_whitespace().count() > 4) {
                continue;
            }
            if items.len() == stated {
                continue;
            }
            out.push(
                COUNT_MISMATCH
                    .at(
                        answer.source_span(n_start, n_end),
                        COUNT_MISMATCH.say(
                            "message",
                            &[
                                ("number", &n.as_str()),
                                ("noun", &noun.as_str()),
                                ("stated", &stated),
                                ("count", &items.len()),
                            ],
                        ),
                    )
                    .with_question(Some(e.first_number()))
                    .with_related(
                        answer.source_span(list_start, list_start + list_text.len()),
                        COUNT_MISMATCH.say("related", &[("count", &items.len())]),
                    )
                    .with_help(COUNT_MISMATCH.say("help", &[])),
            );
        }
    }
}

//! figure/: the same quantity given twice with different values, a stated
//! percentage against the ratio it describes, and a stated count against
//! the enumeration that follows it.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::RoundingStrategy;

use super::registry::Family;
use super::rounding::{dutch, overlap, ratio_percent, Figure};
use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Key, Quantity, Unit};
use crate::document::{Document, Span};

pub const INCONSISTENT_REPEAT: RuleMeta = RuleMeta {
    id: "figure/inconsistent-repeat",
    severity: Severity::Error,
    summary: "The same quantity is given twice with different values",
    explanation: r#"
Two figures with the same identity — what is measured, the year, the unit
and qualifiers such as goederen/diensten, direct/indirect, the country —
must agree. Printed with the same number of decimals they must be equal
(352,4 and 352,5 miljard disagree, though their rounding intervals touch);
printed with different precision their rounding intervals must overlap.
Figures whose identity kamerlint cannot establish are not compared.
"#,
    bad: &[Example::list(
        r#"
1 Hoe groot was de wederuitvoer in 2023?
In 2023 bedroeg de wederuitvoer EUR 352,5 miljard.

2 Welk deel van de export was wederuitvoer?
In 2023 bedroeg de wederuitvoer EUR 352,4 miljard.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe groot was de wederuitvoer in 2023?
In 2023 bedroeg de wederuitvoer EUR 352,4 miljard.

2 Welk deel van de export was wederuitvoer?
In 2023 bedroeg de wederuitvoer EUR 352,4 miljard.
"#,
    )],
    texts: &[],
};

pub const SHARE_MISMATCH: RuleMeta = RuleMeta {
    id: "figure/share-mismatch",
    severity: Severity::Error,
    summary: "A stated percentage does not match the figures it describes",
    explanation: r#"
"EUR 352,4 miljard (52%)" of EUR 676,9 miljard, or "EUR 676,9 miljard, wat
72% van de totale export betreft" with a total export of EUR 945,2 miljard:
the percentage must lie within the ratio of the two figures, each widened to
its rounding interval.
"#,
    bad: &[Example::list(
        r#"
1 Hoe groot was de goederenexport in 2023?
In 2023 bedroeg de export van goederen en diensten EUR 945,2 miljard. De totale uitvoer van goederen bedroeg EUR 676,9 miljard in 2023, wat 75% van de totale export betreft.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe groot was de goederenexport in 2023?
In 2023 bedroeg de export van goederen en diensten EUR 945,2 miljard. De totale uitvoer van goederen bedroeg EUR 676,9 miljard in 2023, wat 72% van de totale export betreft.
"#,
    )],
    texts: &[],
};

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
    texts: &[],
};

/// The figure family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "figure",
    rules: &[&INCONSISTENT_REPEAT, &SHARE_MISMATCH, &COUNT_MISMATCH],
    check: Some(check),
    settings: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    repeats(doc, out);
    breakdown_shares(doc, out);
    share_of_total(doc, out);
    counts(doc, out);
}

fn figure(q: &Quantity) -> Figure {
    Figure {
        value: q.value,
        half_width: q.half_width(),
    }
}

fn question_label(doc: &Document, q: &Quantity) -> String {
    match q.entry.and_then(|i| doc.entries.get(i)) {
        Some(e) => format!("question {}", e.first_number()),
        None => "the front matter".to_string(),
    }
}

/// Groups figures by identity and reports each group that disagrees, once.
/// Whether two values are within a factor 1.5 of each other.
fn same_size(a: rust_decimal::Decimal, b: rust_decimal::Decimal) -> bool {
    let (a, b) = (a.abs(), b.abs());
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    hi * rust_decimal::Decimal::TWO <= lo * rust_decimal::Decimal::from(3)
}

fn repeats(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut groups: BTreeMap<(&Key, Unit), Vec<&Quantity>> = BTreeMap::new();
    for q in &doc.quantities {
        if q.cell.is_none() && q.key.is_comparable() && q.is_exact_number() && q.unit != Unit::None
        {
            groups.entry((&q.key, q.unit)).or_default().push(q);
        }
    }
    for ((key, _), group) in groups {
        if group.len() < 2 {
            continue;
        }
        // The most precise figure is the reference; the first one on ties.
        let Some(reference) = group.iter().copied().max_by(|a, b| {
            a.precision
                .cmp(&b.precision)
                .then(b.span.start.cmp(&a.span.start))
        }) else {
            continue;
        };
        let disagree: Vec<&Quantity> = group
            .iter()
            .copied()
            .filter(|q| !std::ptr::eq(*q, reference))
            // Figures far apart (here € 6.250, there € 25.000) are two
            // measures that share their words, not one figure mistyped: a
            // slip changes a digit or two, not the size.
            .filter(|q| same_size(q.value, reference.value))
            .filter(|q| {
                if q.precision == reference.precision {
                    q.value != reference.value
                } else {
                    !overlap(q.interval(), reference.interval())
                }
            })
            .collect();
        let Some(first) = disagree.first() else {
            continue;
        };
        let what = describe(key);
        let mut d = INCONSISTENT_REPEAT
            .at(
                first.span,
                format!(
                    "{what} is given as {} here, but as {} in {}",
                    first.text,
                    reference.text,
                    question_label(doc, reference)
                ),
            )
            .with_question(super::question_at(doc, first.span.start))
            .with_help(
                "use one value everywhere, or make clear that the figures measure different things",
            );
        d = d.with_related(reference.span, format!("{} here", reference.text));
        for q in group
            .iter()
            .filter(|q| !std::ptr::eq(**q, reference) && !std::ptr::eq(**q, *first))
        {
            d = d.with_related(q.span, format!("also given as {}", q.text));
        }
        out.push(d);
    }
}

fn describe(key: &Key) -> String {
    let mut s = key.measure.clone().unwrap_or_default();
    if let Some(y) = key.year {
        s.push_str(&format!(" ({y}"));
        for q in &key.qualifiers {
            s.push_str(&format!(", {}", q.trim_start_matches("land:")));
        }
        s.push(')');
    }
    s
}

/// "EUR 352,4 miljard (52%)" in a "waarvan" breakdown: the share of the part in the whole.
fn breakdown_shares(doc: &Document, out: &mut Vec<Diagnostic>) {
    for b in &doc.breakdowns {
        let Some(total) = doc.quantities.get(b.total) else {
            continue;
        };
        for &(p, s) in &b.shares {
            let (Some(part), Some(share)) = (doc.quantities.get(p), doc.quantities.get(s)) else {
                continue;
            };
            check_ratio(doc, out, part, total, share);
        }
    }
}

static SHARE_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:,\s*)?(?:wat|dat|ofwel|oftewel|ongeveer|circa|is|zijnde)?\s*(?:is\s+)?$",
    )
});

/// "EUR 676,9 miljard in 2023, wat 72% van de totale export betreft": the
/// percentage against the named total elsewhere in the same answer.
fn share_of_total(doc: &Document, out: &mut Vec<Diagnostic>) {
    for (i, share) in doc.quantities.iter().enumerate() {
        if share.unit != Unit::Percent || share.cell.is_some() || !share.is_exact_number() {
            continue;
        }
        let Some(measure) = share
            .key
            .measure
            .as_deref()
            .and_then(|m| m.strip_prefix("aandeel "))
        else {
            continue;
        };
        // The part: the figure before the share in the same sentence.
        let Some(part) = doc.quantities[..i]
            .iter()
            .rev()
            .find(|q| q.sentence == share.sentence && q.unit != Unit::Percent && q.cell.is_none())
        else {
            continue;
        };
        if part.span.end > share.span.start {
            continue;
        }
        let between = doc.slice(Span::new(part.span.end, share.span.start));
        let between_words = between
            .split_whitespace()
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .count();
        if between_words > 4 || (!SHARE_OF.is_match(between) && !between.contains("wat")) {
            continue;
        }
        // The whole: a figure of that measure, same year and unit, in the same entry.
        let Some(whole) = doc.quantities.iter().find(|q| {
            !std::ptr::eq(*q, part)
                && q.entry == share.entry
                && q.unit == part.unit
                && q.key.measure.as_deref() == Some(measure)
                && q.key.year == part.key.year
                && q.key.year.is_some()
                && q.is_exact_number()
                && q.cell.is_none()
        }) else {
            continue;
        };
        check_ratio(doc, out, part, whole, share);
    }
}

fn check_ratio(
    doc: &Document,
    out: &mut Vec<Diagnostic>,
    part: &Quantity,
    whole: &Quantity,
    share: &Quantity,
) {
    if !part.is_exact_number() || !whole.is_exact_number() || !share.is_exact_number() {
        return;
    }
    let Some(ratio) = ratio_percent(figure(part), figure(whole)) else {
        return;
    };
    if overlap(ratio, share.interval()) {
        return;
    }
    out.push(
        SHARE_MISMATCH
            .at(
                share.span,
                format!(
                    "{} of {} is between {}% and {}%, not {}",
                    part.text,
                    whole.text,
                    dutch(
                        ratio
                            .0
                            .round_dp_with_strategy(1, RoundingStrategy::ToNegativeInfinity)
                    ),
                    dutch(
                        ratio
                            .1
                            .round_dp_with_strategy(1, RoundingStrategy::ToPositiveInfinity)
                    ),
                    share.text
                ),
            )
            .with_question(super::question_at(doc, share.span.start))
            .with_related(part.span, "the part")
            .with_related(whole.span, "the whole")
            .with_help("recompute the percentage, or check the two figures"),
    );
}

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
fn counts(doc: &Document, out: &mut Vec<Diagnostic>) {
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
                        format!(
                            "\"{} {}\" announces {stated}, but the list has {}",
                            n.as_str(),
                            noun.as_str(),
                            items.len()
                        ),
                    )
                    .with_question(Some(e.first_number()))
                    .with_related(
                        answer.source_span(list_start, list_start + list_text.len()),
                        format!("{} items", items.len()),
                    )
                    .with_help("correct the number or the list"),
            );
        }
    }
}

//! figure/share-mismatch: a stated percentage against the ratio of the
//! figures it describes, in a "waarvan" breakdown or against a named total.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::RoundingStrategy;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Quantity, Unit};
use crate::document::{Document, Span};
use crate::rules::rounding::{dutch, overlap, ratio_percent, Figure};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const SHARE_MISMATCH: RuleMeta = RuleMeta {
    id: "figure/share-mismatch",
    severity: Severity::Error,
    summary: "A stated percentage does not match the figures it describes",
    explanation: r#"
"EUR 352,4 miljard (52%)" of EUR 676,9 miljard, or "EUR 676,9 miljard, wat
72% van de totale export betreft" with a total export of EUR 945,2 miljard:
the percentage must lie within the ratio of the two figures, each widened to
its rounding interval. Shares printed with their parts in other sentences
than their whole ("Van de totale import van wolfraam was ruim 61 % (circa
1709 ton)", of "circa 2793 ton") are checked the same way, each hedged
figure widened to the interval its hedge allows ("ruim 61 %" is 61 % to
64 %, "circa 1709" 1692 to 1726; see the README).
"#,
    summary_nl: "Een genoemd percentage klopt niet met de cijfers waar het over gaat",
    explanation_nl: r#"
"EUR 352,4 miljard (52%)" van EUR 676,9 miljard, of "EUR 676,9 miljard, wat
72% van de totale export betreft" bij een totale export van EUR 945,2
miljard: het percentage moet binnen de verhouding van de twee cijfers liggen,
elk verruimd tot zijn afrondingsinterval. Percentages die met hun delen in
een andere zin staan dan hun geheel ("Van de totale import van wolfraam was
ruim 61 % (circa 1709 ton)", van "circa 2793 ton"), worden op dezelfde
manier gecontroleerd, elk cijfer met een voorbehoud verruimd tot het interval
dat dat voorbehoud toelaat ("ruim 61 %" is 61 % tot 64 %, "circa 1709" 1692
tot 1726; zie de README).
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
    texts: &[
        Text::new(
            "message",
            "{part} van {whole} is tussen {low}% en {high}%, niet {share}",
            "{part} of {whole} is between {low}% and {high}%, not {share}",
        ),
        Text::new(
            "help",
            "bereken het percentage opnieuw, of controleer de twee cijfers",
            "recompute the percentage, or check the two figures",
        ),
        Text::new("related.part", "het deel", "the part"),
        Text::new("related.whole", "het geheel", "the whole"),
    ],
};

/// The shares printed in "waarvan" breakdowns, then shares of a named total.
pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    breakdown_shares(doc, out);
    share_of_total(doc, out);
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
    let wholes = wholes(&doc.quantities);
    // The last figure (not a percentage, not a cell) of each sentence so
    // far: a share's part, found without reading back over every figure.
    let mut last_in_sentence: HashMap<Span, usize> = HashMap::new();
    for (i, share) in doc.quantities.iter().enumerate() {
        if share.unit != Unit::Percent && share.cell.is_none() {
            last_in_sentence.insert(share.sentence, i);
            continue;
        }
        let Some(measure) = share_measure(share) else {
            continue;
        };
        // The part: the figure before the share in the same sentence.
        let Some((pi, part)) = last_in_sentence
            .get(&share.sentence)
            .and_then(|&pi| Some((pi, doc.quantities.get(pi)?)))
        else {
            continue;
        };
        if !introduces(doc, part, share) {
            continue;
        }
        // The whole: a figure of that measure, same year and unit, in the same entry.
        let Some(year) = part.key.year else {
            continue;
        };
        let Some(whole) = wholes
            .get(&(share.entry, part.unit, measure, year))
            .and_then(|list| list.iter().find(|&&w| w != pi))
            .and_then(|&w| doc.quantities.get(w))
        else {
            continue;
        };
        check_ratio(doc, out, part, whole, share);
    }
}

/// The measure a share is a share of ("aandeel export" gives "export"), if
/// `share` is an exact percentage outside a table with such a measure.
fn share_measure(share: &Quantity) -> Option<&str> {
    if share.unit != Unit::Percent || share.cell.is_some() || !share.is_exact_number() {
        return None;
    }
    share.key.measure.as_deref()?.strip_prefix("aandeel ")
}

/// Whether the words between `part` and `share` (a few, with "van" or
/// "wat") make the share one of that part.
fn introduces(doc: &Document, part: &Quantity, share: &Quantity) -> bool {
    if part.span.end > share.span.start {
        return false;
    }
    let between = doc.slice(Span::new(part.span.end, share.span.start));
    let between_words = between
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    between_words <= 4 && (SHARE_OF.is_match(between) || between.contains("wat"))
}

/// What a whole is looked up by: entry, unit, measure and year.
type WholeKey<'d> = (Option<usize>, Unit, &'d str, u16);

/// The figures that can be a whole (exact, not a cell, with a measure and
/// a year), by [`WholeKey`]: the first two of each in document order, as
/// the whole is the first that is not the part. Built once, so a share does
/// not scan every figure of the document (shares × figures, quadratic in a
/// long document).
fn wholes(quantities: &[Quantity]) -> HashMap<WholeKey<'_>, Vec<usize>> {
    let mut out: HashMap<WholeKey, Vec<usize>> = HashMap::new();
    for (i, q) in quantities.iter().enumerate() {
        let (Some(measure), Some(year)) = (q.key.measure.as_deref(), q.key.year) else {
            continue;
        };
        if !q.is_exact_number() || q.cell.is_some() {
            continue;
        }
        let list = out.entry((q.entry, q.unit, measure, year)).or_default();
        if list.len() < 2 {
            list.push(i);
        }
    }
    out
}

fn check_ratio(
    doc: &Document,
    out: &mut Vec<Diagnostic>,
    part: &Quantity,
    whole: &Quantity,
    share: &Quantity,
) {
    let exact = part.is_exact_number() && whole.is_exact_number() && share.is_exact_number();
    let ratio = if exact {
        let Some(ratio) = ratio_percent(figure(part), figure(whole)) else {
            return;
        };
        if overlap(ratio, share.interval()) {
            return;
        }
        ratio
    } else {
        // Hedged figures ("ruim 61 % (circa 1709 ton)"): the intervals
        // their hedges allow.
        let (Some(p), Some(w), Some(s)) = (part.bounds(), whole.bounds(), share.bounds()) else {
            return;
        };
        let Some(ratio) = p.percent_of(&w) else {
            return;
        };
        if ratio.overlaps(&s) {
            return;
        }
        match (ratio.lo, ratio.hi) {
            (Some(lo), Some(hi)) => (lo, hi),
            _ => return,
        }
    };
    // The ratio's interval widened outward to one decimal.
    let low = ratio
        .0
        .round_dp_with_strategy(1, RoundingStrategy::ToNegativeInfinity);
    let high = ratio
        .1
        .round_dp_with_strategy(1, RoundingStrategy::ToPositiveInfinity);
    out.push(
        SHARE_MISMATCH
            .at(
                share.span,
                SHARE_MISMATCH.say(
                    "message",
                    &[
                        ("part", &part.text),
                        ("whole", &whole.text),
                        ("low", &dutch(low)),
                        ("high", &dutch(high)),
                        ("share", &share.text),
                    ],
                ),
            )
            .with_question(question_at(doc, share.span.start))
            .with_related(part.span, SHARE_MISMATCH.say("related.part", &[]))
            .with_related(whole.span, SHARE_MISMATCH.say("related.whole", &[]))
            .with_help(SHARE_MISMATCH.say("help", &[])),
    );
}

fn figure(q: &Quantity) -> Figure {
    Figure {
        value: q.value,
        half_width: q.half_width(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `share_of_total` as it was before its lookups were indexed: every
    /// figure before the share for the part, every figure for the whole.
    fn share_of_total_by_scan(doc: &Document, out: &mut Vec<Diagnostic>) {
        for (i, share) in doc.quantities.iter().enumerate() {
            let Some(measure) = share_measure(share) else {
                continue;
            };
            let Some(part) = doc.quantities[..i].iter().rev().find(|q| {
                q.sentence == share.sentence && q.unit != Unit::Percent && q.cell.is_none()
            }) else {
                continue;
            };
            if !introduces(doc, part, share) {
                continue;
            }
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

    /// The indexed lookups find the same parts and wholes as the scans:
    /// wholes before and after the share, a part that is itself a figure
    /// of the whole's measure, a whole only in another answer.
    #[test]
    fn indexed_lookups_agree_with_the_scans() {
        let text = "\
1 Hoe groot was de goederenexport in 2023?
In 2023 bedroeg de export van goederen en diensten EUR 945,2 miljard. De totale uitvoer van goederen bedroeg EUR 676,9 miljard in 2023, wat 75% van de totale export betreft.

2 En in 2022?
De totale uitvoer van goederen bedroeg EUR 600,0 miljard in 2022, wat 72% van de totale export betreft. In 2022 bedroeg de export van goederen en diensten EUR 900,0 miljard.

3 En de diensten?
In 2023 bedroeg de export van goederen en diensten EUR 300,0 miljard, wat 40% van de totale export betreft. In 2023 bedroeg de export van goederen en diensten EUR 945,2 miljard.

4 En de import?
De invoer van goederen bedroeg EUR 500,0 miljard in 2023, wat 90% van de totale import betreft.
";
        let doc = crate::read_bytes("test.txt", text.as_bytes());
        let mut indexed = Vec::new();
        share_of_total(&doc, &mut indexed);
        let mut scanned = Vec::new();
        share_of_total_by_scan(&doc, &mut scanned);
        assert_eq!(scanned.len(), 3, "{scanned:#?}");
        assert_eq!(indexed, scanned);
    }
}

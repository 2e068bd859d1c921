//! total/shares: the percentages of one breakdown (a table row, a split in
//! one sentence, the shares printed with "waarvan" parts) against 100.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::{figure, report, Figures, Shares, Whole};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Bounds, Quantity, Scale, Unit};
use crate::document::{Document, Span, Table};
use crate::rules::rounding::{verdict, Figure};
use crate::rules::{Example, RuleMeta, Text};

pub const SHARES: RuleMeta = RuleMeta {
    id: "total/shares",
    severity: Severity::Error,
    summary: "The percentages of one breakdown do not add up to 100",
    explanation: r#"
Shares of one whole (a table row of percentages, "uitgesplitst naar ...:
45,1% in ...; 14,3% in ...") add up to 100 %, within the rounding of the
printed shares: 33 % + 33 % + 33 % is a rounding difference, 40 % + 35 % +
20 % is wrong. A list is only checked when it reads as a breakdown and its
shares add up to between 90 and 110. The rest of a split in the sentence
after it ("In overige regio's gezamenlijk is 19,6% geïnvesteerd") belongs
to it. Hedged shares ("ruim 61 %", "de overige bijna 39 %") agree when the
intervals their hedges allow can make 100 %.
"#,
    summary_nl: "De percentages van één uitsplitsing tellen niet op tot 100",
    explanation_nl: r#"
De aandelen van één geheel (een tabelrij van percentages, "uitgesplitst naar
...: 45,1% in ...; 14,3% in ...") tellen op tot 100 %, binnen de afronding
van de percentages zoals ze er staan: 33 % + 33 % + 33 % is een
afrondingsverschil, 40 % + 35 % + 20 % is fout. Een opsomming wordt alleen
gecontroleerd als ze leest als een uitsplitsing en haar percentages optellen
tot tussen 90 en 110. De rest van een uitsplitsing in de zin erna ("In
overige regio's gezamenlijk is 19,6% geïnvesteerd") hoort erbij. Percentages
met een voorbehoud ("ruim 61 %", "de overige bijna 39 %") kloppen als de
intervallen die hun voorbehoud toelaat samen 100 % kunnen maken.
"#,
    bad: &[Example::list(
        r#"
1 Hoe is het geld verdeeld?
Uitgesplitst naar sectoren heeft II als volgt geïnvesteerd: 45,1% in water; 14,3% in agri-food; 10,9% in healthcare; 19,9% in overige sectoren.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe is het geld verdeeld?
Uitgesplitst naar sectoren heeft II als volgt geïnvesteerd: 45,1% in water; 14,3% in agri-food; 10,9% in healthcare; 29,7% in overige sectoren.
"#,
    )],
    texts: &[
        Text::new("message.row", "de percentages in deze rij tellen op tot {sum}%, niet 100%: {list} (verschil {difference}, meer dan de afrondingsmarge van {allowance})", "the shares in this row add up to {sum}%, not 100%: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::new("message.parts", "de percentages bij deze delen tellen op tot {sum}%, niet 100%: {list} (verschil {difference}, meer dan de afrondingsmarge van {allowance})", "the shares of these parts add up to {sum}%, not 100%: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::new("message.sentence", "de percentages in deze zin tellen op tot {sum}%, niet 100%: {list} (verschil {difference}, meer dan de afrondingsmarge van {allowance})", "the shares in this sentence add up to {sum}%, not 100%: {list} (difference {difference}, more than the rounding allowance of {allowance})"),
        Text::new("help", "controleer elk percentage aan de bron", "check each share against the source"),
        Text::new("related", "deel: {part}", "part: {part}"),
    ],
};

static SHARE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)uitgesplitst|als\s+volgt|verdeling|verdeeld|bestemd\s+voor|aandelen")
});

/// The sentence with the rest of a split: "In overige regio's
/// gezamenlijk ...", "De overige ...", "De rest ...".
static REST_SHARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)^\s*(?:in\s+|de\s+|het\s+)?(?:overige|resterende|rest)\b")
});

/// A row of percentages that reads as a split of one whole (adds up to 90–110).
/// The finding of shares beyond rounding ([`super::report`]).
pub(super) fn finding(shares: Shares, at: Span, f: &Figures) -> Diagnostic {
    let args = f.args_with_list();
    let message = match shares {
        Shares::Row => SHARES.say("message.row", &args),
        Shares::Parts => SHARES.say("message.parts", &args),
        Shares::Sentence => SHARES.say("message.sentence", &args),
    };
    let mut d = SHARES.at(at, message).with_help(SHARES.say("help", &[]));
    for (span, text) in f.parts {
        d = d.with_related(*span, SHARES.say("related", &[("part", text)]));
    }
    d
}

pub(super) fn table_shares(
    doc: &Document,
    ti: usize,
    table: &Table,
    cells: &BTreeMap<(usize, usize, usize), &Quantity>,
    out: &mut Vec<Diagnostic>,
) {
    for (ri, row) in table.rows.iter().enumerate() {
        if row.cells.len() < 2 {
            continue;
        }
        let shares: Option<Vec<&Quantity>> = (0..row.cells.len())
            .map(|c| cells.get(&(ti, ri, c)).copied())
            .collect();
        let Some(shares) = shares else { continue };
        if !shares.iter().all(|q| q.unit == Unit::Percent) {
            continue;
        }
        shares_to_100(doc, out, &shares, row.span, Shares::Row);
    }
}

pub(super) fn shares_to_100(
    doc: &Document,
    out: &mut Vec<Diagnostic>,
    shares: &[&Quantity],
    at: Span,
    what: Shares,
) {
    let sum: Decimal = shares.iter().map(|q| q.value).sum();
    if sum < Decimal::from(90) || sum > Decimal::from(110) {
        return;
    }
    // Hedged shares ("ruim 61 %", "bijna 39 %") agree when the intervals
    // their hedges allow can make 100 %.
    if shares.iter().any(|q| !q.is_exact_number()) {
        let Some(each) = shares
            .iter()
            .map(|q| q.bounds())
            .collect::<Option<Vec<_>>>()
        else {
            return;
        };
        let hundred = Bounds::exact(Decimal::ONE_HUNDRED, Decimal::ONE_HUNDRED);
        if Bounds::sum(&each).overlaps(&hundred) {
            return;
        }
    }
    let figures: Vec<Figure> = shares.iter().map(|q| figure(q)).collect();
    let hundred = Figure {
        value: Decimal::ONE_HUNDRED,
        half_width: Decimal::ZERO,
    };
    let v = verdict(hundred, &figures);
    let listed: Vec<(Span, String)> = shares.iter().map(|q| (q.span, q.text.clone())).collect();
    let first = shares.first().map(|q| q.span).unwrap_or(at);
    report(
        doc,
        out,
        Whole::Shares(what),
        first,
        &listed,
        v,
        sum,
        (
            Scale::One,
            shares.iter().map(|q| q.decimals).max().unwrap_or(0),
        ),
    );
}

/// "Uitgesplitst naar sectoren ...: 45,1% in water; 14,3% in ..." within one sentence.
pub(super) fn text_shares(doc: &Document, out: &mut Vec<Diagnostic>) {
    let in_breakdown: Vec<usize> = doc
        .breakdowns
        .iter()
        .flat_map(|b| b.shares.iter().map(|&(_, s)| s))
        .collect();
    let mut by_sentence: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, q) in doc.quantities.iter().enumerate() {
        if q.unit == Unit::Percent && q.cell.is_none() && !in_breakdown.contains(&i) {
            by_sentence
                .entry((q.sentence.start, q.sentence.end))
                .or_default()
                .push(i);
        }
    }
    // "... 7,1% in zuid oost Azië en Pacific. In overige regio's
    // gezamenlijk is 19,6% geïnvesteerd.": the rest of a split, in the
    // sentence after it, belongs to it.
    let sentences: Vec<((usize, usize), Vec<usize>)> = by_sentence.into_iter().collect();
    let mut merged: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    let mut k = 0;
    while k < sentences.len() {
        let ((start, end), mut idx) = sentences[k].clone();
        let mut end = end;
        if let Some(((next_start, next_end), rest)) = sentences.get(k + 1) {
            let between = doc.text.get(end..*next_start).unwrap_or("x");
            let next = doc.slice(Span::new(*next_start, *next_end));
            let same_entry = doc.quantities[idx[0]].entry == doc.quantities[rest[0]].entry;
            if idx.len() >= 2
                && rest.len() == 1
                && same_entry
                && between.trim().is_empty()
                && REST_SHARE.is_match(next)
                && SHARE_CUE.is_match(doc.slice(Span::new(start, end)))
            {
                idx.extend(rest);
                end = *next_end;
                k += 1;
            }
        }
        merged.push(((start, end), idx));
        k += 1;
    }
    for ((start, end), idx) in merged {
        if idx.len() < 2 {
            continue;
        }
        let sentence = doc.slice(Span::new(start, end));
        // A share of a share ("97% MKB, waarvan 11% ...") is no split.
        if !SHARE_CUE.is_match(sentence) || sentence.contains("waarvan") {
            continue;
        }
        // "Duitsland (60%) en België (45%)": a ratio per name, not a split.
        let shares: Vec<&Quantity> = idx
            .iter()
            .filter_map(|&i| doc.quantities.get(i))
            .filter(|q| !doc.text[..q.span.start].ends_with('('))
            .collect();
        if shares.len() < 2 {
            continue;
        }
        if shares
            .iter()
            .any(|q| !q.is_exact_number() || q.value.is_sign_negative())
        {
            continue;
        }
        shares_to_100(doc, out, &shares, Span::new(start, end), Shares::Sentence);
    }
}

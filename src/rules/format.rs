//! format/: how figures are written — a decimal point in Dutch text, a
//! missing scale word, a currency without amount or written twice, "60%"
//! and "60 %" in one document, a figure whose dot may be thousands or decimal.

use std::sync::LazyLock;

use regex::Regex;

use super::registry::Family;
use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::figures::{Notation, Quantity, Scale, Unit};
use crate::document::{Document, NoteKind, Span};

pub const DECIMAL_POINT: RuleMeta = RuleMeta {
    id: "format/decimal-point",
    severity: Severity::Warning,
    summary: "A decimal point in Dutch text",
    explanation: r#"
Dutch writes a decimal comma (12,5%) and uses the dot for thousands (1.709).
"12.5%" or "3.4 miljard" is read as English notation and may be misread.
"#,
    bad: &[Example::list(
        r#"
1 Hoe is het geïnvesteerd?
In zuid oost Azië is 7.1% geïnvesteerd.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe is het geïnvesteerd?
In zuid oost Azië is 7,1% geïnvesteerd.
"#,
    )],
    texts: &[],
};

pub const MISSING_SCALE: RuleMeta = RuleMeta {
    id: "format/missing-scale",
    severity: Severity::Warning,
    summary: "An amount without the scale word its neighbours use",
    explanation: r#"
"EUR 3,36 miljard, waarvan EUR 2,42 aan goederen": the second amount lost
its "miljard" and now reads as two euros and forty-two cents.
"#,
    bad: &[Example::list(
        r#"
1 Wat is de import uit Israël?
De totale import bedroeg EUR 3,36 miljard in 2024, waarvan EUR 2,42 aan goederen.
"#,
    )],
    good: &[Example::list(
        r#"
1 Wat is de import uit Israël?
De totale import bedroeg EUR 3,36 miljard in 2024, waarvan EUR 2,42 miljard aan goederen.
"#,
    )],
    texts: &[],
};

pub const CURRENCY_WITHOUT_AMOUNT: RuleMeta = RuleMeta {
    id: "format/currency-without-amount",
    severity: Severity::Warning,
    summary: "A currency code or sign that is not followed by an amount",
    explanation: r#"
"EUR Nederland 591,8 miljard": the currency has slipped away from its
amount, which now has none.
"#,
    bad: &[Example::list(
        r#"
1 Wat is de goedereninvoer?
In 2023 bedroeg de totale goedereninvoer naar EUR Nederland 591,8 miljard.
"#,
    )],
    good: &[Example::list(
        r#"
1 Wat is de goedereninvoer?
In 2023 bedroeg de totale goedereninvoer naar Nederland EUR 591,8 miljard.
"#,
    )],
    texts: &[],
};

pub const CURRENCY_TWICE: RuleMeta = RuleMeta {
    id: "format/currency-twice",
    severity: Severity::Warning,
    summary: "An amount with its currency written twice",
    explanation: r#"
"€ 100 miljoen euro" or "EUR 1 mln. euro": write the currency once.
"#,
    bad: &[Example::list(
        r#"
1 Is het budget verhoogd?
Het budget is met EUR 1 mln. euro verhoogd.
"#,
    )],
    good: &[Example::list(
        r#"
1 Is het budget verhoogd?
Het budget is met EUR 1 mln. verhoogd.
"#,
    )],
    texts: &[],
};

pub const PERCENT_SPACING: RuleMeta = RuleMeta {
    id: "format/percent-spacing",
    severity: Severity::Info,
    summary: "The document writes both \"60%\" and \"60 %\"",
    explanation: r#"
One document, one style. kamerlint reports the less frequent form once,
naming each place it occurs.
"#,
    bad: &[Example::list(
        r#"
1 Hoeveel wederuitvoer gaat naar de buurlanden?
Naar Duitsland gaat 60 % en naar België 55%. Ongeveer 75% van de bedrijven heeft een Nederlandse eigenaar.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoeveel wederuitvoer gaat naar de buurlanden?
Naar Duitsland gaat 60% en naar België 55%. Ongeveer 75% van de bedrijven heeft een Nederlandse eigenaar.
"#,
    )],
    texts: &[],
};

pub const AMBIGUOUS_NUMBER: RuleMeta = RuleMeta {
    id: "format/ambiguous-number",
    severity: Severity::Warning,
    summary: "A figure whose dot may be a thousands separator or a decimal point",
    explanation: r#"
"1.500" is fifteen hundred in Dutch, but in an answer that also writes
decimal points ("7.1%") it may mean one and a half; a percentage of
"12.500%" is not plausible either way.
"#,
    bad: &[Example::list(
        r#"
1 Hoe groot is de groei?
De groei was 2.5% in 2023 en de export steeg met 1.500 miljoen.
"#,
    )],
    good: &[Example::list(
        r#"
1 Hoe groot is de groei?
De groei was 2,5% in 2023 en de export steeg met 1.500 miljoen.
"#,
    )],
    texts: &[],
};

pub const INVALID_ENCODING: RuleMeta = RuleMeta {
    id: "format/invalid-encoding",
    severity: Severity::Warning,
    summary: "The file is not valid UTF-8, or carries replacement characters from a bad conversion",
    explanation: r#"
kamerlint reads UTF-8. Bytes that are not valid UTF-8 (often a Windows-1252
export) are replaced by U+FFFD and the first bad byte is reported; a U+FFFD
already in the text means a character was lost in an earlier conversion.
Save the file as UTF-8 and restore the lost characters.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt ge�mporteerd?
Nee.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.
"#,
    )],
    texts: &[],
};

/// The format family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "format",
    rules: &[
        &DECIMAL_POINT,
        &MISSING_SCALE,
        &CURRENCY_WITHOUT_AMOUNT,
        &CURRENCY_TWICE,
        &PERCENT_SPACING,
        &AMBIGUOUS_NUMBER,
        &INVALID_ENCODING,
    ],
    check: Some(check),
    settings: None,
};

static CURRENCY: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?:\b(?:EUR|USD|GBP)\b|€)"));
/// A price or yield per unit.
static PER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\bper\s+(?:euro|kg|kilo|ton|stuk|liter|vte|fte|inwoner|persoon|eenheid|uur|dag|maand|vat|m2|m3)\b",
    )
});
/// An amount ending right before a currency code: "100 miljoen EUR", "18 mld. EUR".
static AMOUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?:[0-9]|\b(?:duizend|duizenden|miljoen|miljoenen|miljard|miljarden|mln\.?|mld\.?|mrd\.?|biljoen))\s*$",
    )
});
static AMOUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"^\s*(?:[-–−+]\s?)?[0-9]|^\s*(?:duizend|miljoen|miljard|mln|mld|mrd|biljoen)\b|^\s*[)/]|^\s*[0-9]",
    )
});
static PERCENT: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"[0-9](\s?)%"));

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let prose: Vec<&Quantity> = doc.quantities.iter().filter(|q| q.cell.is_none()).collect();
    for q in &prose {
        let question = super::question_at(doc, q.span.start);
        if q.notation == Notation::DecimalPoint {
            out.push(
                DECIMAL_POINT
                    .at(
                        q.number_span,
                        format!(
                            "\"{}\" uses a decimal point; Dutch writes {}",
                            doc.slice(q.number_span),
                            doc.slice(q.number_span).replace('.', ",")
                        ),
                    )
                    .with_question(question)
                    .with_help("write a decimal comma"),
            );
        }
        if q.currencies.len() >= 2 {
            let mut d = CURRENCY_TWICE
                .at(
                    q.currencies[q.currencies.len() - 1],
                    format!("the currency of \"{}\" is written twice", q.text),
                )
                .with_question(question)
                .with_help("write the currency once");
            d = d.with_related(q.currencies[0], "first written here");
            out.push(d);
        }
    }
    missing_scale(doc, &prose, out);
    currency_without_amount(doc, out);
    percent_spacing(doc, out);
    ambiguous(doc, &prose, out);
    invalid_encoding(doc, out);
}

/// What the reader found when it decoded the bytes (`NoteKind::InvalidEncoding`).
fn invalid_encoding(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in doc
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::InvalidEncoding)
    {
        out.push(
            INVALID_ENCODING
                .at(n.span, n.message.clone())
                .with_question(super::question_at(doc, n.span.start))
                .with_help("save the file as UTF-8"),
        );
    }
}

/// A money amount with a decimal comma and no scale, next to amounts with a
/// scale word in the same or the previous sentence.
fn missing_scale(doc: &Document, prose: &[&Quantity], out: &mut Vec<Diagnostic>) {
    for (i, q) in prose.iter().enumerate() {
        if !q.unit.is_money() || q.scale != Scale::One || q.decimals == 0 {
            continue;
        }
        // "EUR 0,51 per euro export", "Per euro ... EUR 0,51": a price per unit.
        if PER_UNIT.is_match(doc.slice(q.sentence)) {
            continue;
        }
        let neighbour = prose[..i]
            .iter()
            .rev()
            .take(3)
            .chain(prose[i + 1..].iter().take(2))
            .find(|n| {
                n.entry == q.entry
                    && n.unit == q.unit
                    && n.scale >= Scale::Million
                    && near(doc, n.span, q.span)
            });
        let Some(n) = neighbour else { continue };
        out.push(
            MISSING_SCALE
                .at(
                    q.span,
                    format!(
                        "\"{}\" has no scale word, while \"{}\" nearby has one",
                        q.text, n.text
                    ),
                )
                .with_question(super::question_at(doc, q.span.start))
                .with_related(n.span, "with a scale word")
                .with_help(format!("did you mean \"{} {}\"?", q.text, scale_word(n))),
        );
    }
}

fn scale_word(n: &Quantity) -> &'static str {
    match n.scale {
        Scale::Thousand => "duizend",
        Scale::Million => "miljoen",
        Scale::Billion => "miljard",
        Scale::Trillion => "biljoen",
        Scale::One => "",
    }
}

/// Within about two sentences of each other.
fn near(doc: &Document, a: Span, b: Span) -> bool {
    let (lo, hi) = if a.start < b.start { (a, b) } else { (b, a) };
    let between = doc.slice(Span::new(lo.end, hi.start));
    between.len() < 300 && between.matches(". ").count() <= 1
}

fn currency_without_amount(doc: &Document, out: &mut Vec<Diagnostic>) {
    for e in &doc.entries {
        for joined in [doc.question_text(e), doc.answer_text(e)] {
            for m in CURRENCY.find_iter(&joined.text) {
                let after = &joined.text[m.end()..];
                let before = &joined.text[..m.start()];
                // "(in EUR miljard)", "(x € 1.000)": a table's unit.
                if AMOUNT_AFTER.is_match(after) || before.trim_end().ends_with(['(', 'x']) {
                    continue;
                }
                // "100 EUR", "18 mld. EUR": the amount before the code.
                if AMOUNT_BEFORE.is_match(before) {
                    continue;
                }
                // "EUR-Lex", "EUR/USD": a name, not a currency.
                if after.starts_with(['-', '/']) || before.ends_with('/') {
                    continue;
                }
                let span = joined.source_span(m.start(), m.end());
                out.push(
                    CURRENCY_WITHOUT_AMOUNT
                        .at(
                            span,
                            format!("\"{}\" is not followed by an amount", m.as_str()),
                        )
                        .with_question(Some(e.first_number()))
                        .with_help("put the currency right before its amount"),
                );
            }
        }
    }
}

fn percent_spacing(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut tight: Vec<Span> = Vec::new();
    let mut spaced: Vec<Span> = Vec::new();
    for e in &doc.entries {
        for part in e.question.iter().chain(e.answer.iter()) {
            let s = doc.slice(*part);
            for c in PERCENT.captures_iter(s) {
                let (Some(m), Some(space)) = (c.get(0), c.get(1)) else {
                    continue;
                };
                let span = Span::new(part.start + m.start() + 1, part.start + m.end());
                if space.as_str().is_empty() {
                    tight.push(span);
                } else {
                    spaced.push(span);
                }
            }
        }
    }
    if tight.is_empty() || spaced.is_empty() {
        return;
    }
    let (minority, majority, form, other) = if spaced.len() <= tight.len() {
        (&spaced, &tight, "\"60 %\"", "\"60%\"")
    } else {
        (&tight, &spaced, "\"60%\"", "\"60 %\"")
    };
    let Some(first) = minority.first() else {
        return;
    };
    let mut d = PERCENT_SPACING
        .at(
            *first,
            format!(
                "the document writes {form} {} and {other} {}",
                times(minority.len()),
                times(majority.len())
            ),
        )
        .with_question(super::question_at(doc, first.start))
        .with_help(format!("write {other} everywhere"));
    for s in minority.iter().skip(1) {
        d = d.with_related(*s, format!("also {form}"));
    }
    if let Some(m) = majority.first() {
        d = d.with_related(*m, format!("{other} here and elsewhere"));
    }
    out.push(d);
}

/// A one-group "1.500" in an answer that also writes decimal points, or a
/// thousands-dot percentage.
fn ambiguous(doc: &Document, prose: &[&Quantity], out: &mut Vec<Diagnostic>) {
    // The entries that write a decimal point somewhere (once, not per figure).
    let with_points: std::collections::BTreeSet<Option<usize>> = prose
        .iter()
        .filter(|o| o.notation == Notation::DecimalPoint)
        .map(|o| o.entry)
        .collect();
    for q in prose {
        if q.notation != Notation::ThousandsDot {
            continue;
        }
        let digits = doc.slice(q.number_span);
        let one_group = digits.matches('.').count() == 1;
        let entry_points = with_points.contains(&q.entry);
        let percent = q.unit == Unit::Percent;
        // "EUR 421.574": whole euros, never three decimals.
        let whole_money = q.unit.is_money() && q.scale == Scale::One;
        if !(percent || one_group && entry_points && !whole_money) {
            continue;
        }
        out.push(
            AMBIGUOUS_NUMBER
                .at(
                    q.number_span,
                    format!(
                        "\"{digits}\" may be read as {} or as {}",
                        digits.replace('.', ""),
                        digits.replace('.', ",")
                    ),
                )
                .with_question(super::question_at(doc, q.span.start))
                .with_help(
                    "write the figure unambiguously: a decimal comma, or the thousands written out",
                ),
        );
    }
}

fn times(n: usize) -> String {
    if n == 1 {
        "once".to_string()
    } else {
        format!("{n} times")
    }
}

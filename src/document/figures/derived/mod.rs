//! Derived figures: a figure an answer states as computed from other
//! figures of the same sentence (or the one before), which can be
//! recomputed.
//!
//! - a change: "steeg van X naar Y, een stijging van Z%", "daalde van X tot
//!   Y (−Z%)", "is met Z gestegen van X naar Y", "Y, een stijging van Z ten
//!   opzichte van X", or "... van X naar Y. Dit is een stijging van Z.";
//! - a difference: "X, D meer dan Y", "X en Y, een verschil van D";
//! - a factor: "verdubbelde van X naar Y" (×2), "gehalveerd" (×½), "A is
//!   k keer zo groot als B";
//! - an average beside its parts: "A, B en C, gemiddeld M".
//!
//! Only where the sentence's grammar makes the relation certain: the
//! stated figure stands right after (or right before) the figures it is
//! computed from, with nothing but the words of the relation between
//! them. Everything else is left alone. [`recompute`] gives each one its
//! verdict; the rules and `kamerlint parse` both use it.

mod grammar;
mod interval;
mod operand;
mod verdict;

use rust_decimal::Decimal;
use serde::Serialize;

pub use interval::Shown;
pub use verdict::{recompute, Operation, Recomputed, Verdict};

use super::quantity::sentences;
use super::Quantity;
use crate::document::{table, Document, Joined, Span};

/// Which way a stated change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// "een stijging van", "meer dan", "verdubbeld": the stated figure is
    /// the rise.
    Up,
    /// "een daling van", "minder dan", "gehalveerd": the stated figure is
    /// the fall.
    Down,
    /// "(+3,1%)", "(−2,4%)": the stated figure carries its sign.
    Signed,
    /// "een verschil van": the size of the difference, either way.
    Either,
}

/// How the stated figure follows from the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    /// From `from[0]` to `from[1]`: the change, relative (a percentage),
    /// in procentpunten, or in the figures' unit, by the stated unit.
    Change,
    /// `from[0]` against `from[1]`: their difference, relative or in
    /// their unit.
    Difference,
    /// From `from[0]` to `from[1]`: the factor `from[1] / from[0]`.
    Factor,
    /// `from[0]` and `from[1]` in either order: the larger over the
    /// smaller ("k keer zo groot als").
    Ratio,
    /// The mean of the parts in `from`.
    Average,
}

/// One derived figure as the answer states it.
#[derive(Debug, Clone, Serialize)]
pub struct Derived {
    pub relation: Relation,
    pub direction: Direction,
    /// Index into [`Document::quantities`] of the stated figure; `None`
    /// when a word states it ("verdubbeld").
    pub stated: Option<usize>,
    /// The factor a word states: "verdubbeld" 2, "gehalveerd" 0,5,
    /// "drie keer zo groot" 3.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub factor: Option<Decimal>,
    /// The hedge of that word ("ruim verdubbeld", "bijna gehalveerd").
    pub hedge: Option<String>,
    /// "k keer hoger": Dutch usage reads it as ×k or as ×(k + 1); either
    /// agrees.
    pub or_one_more: bool,
    /// An average of rates (percentages, amounts "per" something), which
    /// may be weighted: it need only lie within its parts.
    pub weighted: bool,
    /// Indices into [`Document::quantities`] of the figures it is computed
    /// from, in the order [`Relation`] names them.
    pub from: Vec<usize>,
    /// Figures of `from` whose hedge, as the reader took it, is the
    /// relation's words: "EUR 20 miljard meer dan EUR 100 miljard".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub plain: Vec<usize>,
    /// Where the relation is stated: the stated figure, or the word.
    pub span: Span,
}

impl Derived {
    /// Figure `from[k]` as an editor reads it: its span and text, or, for
    /// a figure read as a range whose upper end is the other figure ("van
    /// 5 tot 10 miljoen", "tussen 300 en 200"), its own number.
    pub fn operand<'q>(&self, quantities: &'q [Quantity], k: usize) -> Option<(Span, &'q str)> {
        let q = quantities.get(*self.from.get(k)?)?;
        let nested = self
            .from
            .iter()
            .filter_map(|&i| quantities.get(i))
            .any(|o| q.upper.is_some() && o.span.start > q.span.start && o.span.start < q.span.end);
        if nested {
            let at = q.number_span.start - q.span.start;
            let len = q.number_span.len();
            return Some((q.number_span, q.text.get(at..at + len).unwrap_or(&q.text)));
        }
        Some((q.span, &q.text))
    }
}

/// The derived figures of every answer's running text (not its tables,
/// not its question).
pub fn find(doc: &Document) -> Vec<Derived> {
    let mut out = Vec::new();
    // The running-text figures of each entry, in one pass.
    let mut by_entry: Vec<Vec<usize>> = vec![Vec::new(); doc.entries.len()];
    for (i, q) in doc.quantities.iter().enumerate() {
        if let (Some(e), None) = (q.entry, q.cell) {
            if let Some(list) = by_entry.get_mut(e) {
                list.push(i);
            }
        }
    }
    // Each entry's tables, found once (not all tables for every answer).
    let tables_of = table::spans_by_entry(&doc.tables, doc.entries.len());
    for (ei, entry) in doc.entries.iter().enumerate() {
        if by_entry[ei].len() < 2 {
            continue;
        }
        let tables = tables_of.get(ei).map_or(&[][..], Vec::as_slice);
        let prose: Vec<Span> = entry
            .answer
            .iter()
            .copied()
            .filter(|s| !table::within_any(tables, s))
            .collect();
        if prose.is_empty() {
            continue;
        }
        let answer = Answer::new(doc, &by_entry[ei], &prose);
        if answer.figures.len() < 2 {
            continue;
        }
        grammar::find(&answer, &mut out);
    }
    // One relation a stated figure: the first pattern that claimed it.
    let mut seen = std::collections::HashSet::new();
    out.retain(|d| d.stated.is_none_or(|s| seen.insert(s)));
    out.sort_by_key(|d| d.span.start);
    out
}

/// A figure of the answer, placed in the joined text.
#[derive(Debug, Clone, Copy)]
struct Figure<'a> {
    /// Index into `doc.quantities`.
    index: usize,
    q: &'a Quantity,
    /// Span in the joined text.
    start: usize,
    end: usize,
    /// Index of its sentence in `Answer::sentences`.
    sentence: usize,
}

/// An answer's running text, joined, with its figures and sentences.
struct Answer<'a> {
    text: String,
    joined: Joined,
    figures: Vec<Figure<'a>>,
    sentences: Vec<(usize, usize)>,
}

impl<'a> Answer<'a> {
    fn new(doc: &'a Document, figures: &[usize], prose: &[Span]) -> Self {
        let joined = Joined::new(&doc.text, prose);
        // Where each part starts in the joined text (joined by one space).
        let mut starts = Vec::with_capacity(prose.len());
        let mut at = 0;
        for p in prose {
            starts.push(at);
            at += p.len() + 1;
        }
        // The parts are in text order: the part an offset is in is the
        // last that starts before it (at or before it, for a start).
        let to_joined = |offset: usize, end: bool| -> Option<usize> {
            let i = prose
                .partition_point(|p| {
                    if end {
                        p.start < offset
                    } else {
                        p.start <= offset
                    }
                })
                .checked_sub(1)?;
            let p = prose[i];
            let inside = if end { offset <= p.end } else { offset < p.end };
            inside.then(|| starts[i] + offset - p.start)
        };
        let sentences = sentences(&joined.text);
        let mut figures: Vec<Figure> = figures
            .iter()
            .filter_map(|&index| Some((index, doc.quantities.get(index)?)))
            .filter_map(|(index, q)| {
                let start = to_joined(q.span.start, false)?;
                let end = to_joined(q.span.end, true)?;
                let sentence = sentences.partition_point(|&(_, b)| b <= start);
                (end > start).then_some(Figure {
                    index,
                    q,
                    start,
                    end,
                    sentence,
                })
            })
            .collect();
        figures.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        Answer {
            text: joined.text.clone(),
            joined,
            figures,
            sentences,
        }
    }

    /// The source span of a range of the joined text.
    fn source(&self, start: usize, end: usize) -> Span {
        self.joined.source_span(start, end)
    }

    /// The text between two figures (empty when they overlap).
    fn gap(&self, a: &Figure, b: &Figure) -> &str {
        self.text.get(a.end..b.start).unwrap_or("")
    }

    /// The text between two figures past the first one's noun ("400
    /// projecten, ": ", ") and without the second one's hedge.
    fn between(&self, a: &Figure, b: &Figure) -> &str {
        unhedged(past_noun(self.gap(a, b), a.q), b.q)
    }

    /// The sentence's text before a figure.
    fn before(&self, f: &Figure) -> &str {
        let from = self.sentences.get(f.sentence).map_or(0, |s| s.0);
        self.text.get(from..f.start).unwrap_or("")
    }

    /// The sentence's text after a figure.
    fn after(&self, f: &Figure) -> &str {
        let to = self
            .sentences
            .get(f.sentence)
            .map_or(self.text.len(), |s| s.1);
        self.text.get(f.end..to.max(f.end)).unwrap_or("")
    }

    /// The figures of sentence `s`, in order.
    fn in_sentence(&self, s: usize) -> impl Iterator<Item = (usize, &Figure<'a>)> {
        self.figures
            .iter()
            .enumerate()
            .filter(move |(_, f)| f.sentence == s)
    }
}

/// `text` without the hedge `q` was read with at its end: "van ruim " is
/// "van ".
fn unhedged<'t>(text: &'t str, q: &Quantity) -> &'t str {
    let Some(h) = q.hedge.as_deref() else {
        return text;
    };
    let trimmed = text.trim_end();
    let cut = trimmed.len().saturating_sub(h.len());
    match trimmed.get(cut..) {
        Some(tail) if tail.eq_ignore_ascii_case(h) => &trimmed[..cut],
        _ => text,
    }
}

/// Words the reader may take for the noun after a figure that are words
/// of the sentence: "naar" in "van 120 naar 3", "meer" in "50 meer dan".
const NOT_NOUNS: &str = "meer minder hoger lager groter kleiner extra naar tot keer maal per van \
    met dan als uit voor tegen tegenover ten een het de bij aan over zijn was waren is";

/// What a bare count counts, as printed after it ("400 projecten"); not a
/// word of the sentence that happens to follow it.
fn counted(q: &Quantity) -> Option<&str> {
    q.noun
        .as_deref()
        .filter(|n| !NOT_NOUNS.split_whitespace().any(|w| w == *n))
}

/// `text` (which follows `q`) past the noun `q` was read with: "
/// projecten, " after "400" is ", ".
fn past_noun<'t>(text: &'t str, q: &Quantity) -> &'t str {
    let Some(noun) = counted(q) else {
        return text;
    };
    let rest = text.trim_start();
    match rest.get(..noun.len()) {
        Some(head) if head.eq_ignore_ascii_case(noun) => &rest[noun.len()..],
        _ => text,
    }
}

#[cfg(test)]
mod tests;

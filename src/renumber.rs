//! `kamerlint renumber`: the edits that number a draft's questions 1..N in
//! document order and its footnotes in the order of their markers, and
//! rewrite every internal reference to match, so that each reference
//! keeps pointing at the question or note it named. Or, against a previous
//! version, the edits that repair the references `draft/stale-reference`
//! finds.
//!
//! Only the digits change: a question's number (and the numbers of its
//! "Vraag"/"Antwoord" labels), "vraag N" in the text, footnote markers,
//! the numbers of footnote definitions and "voetnoot N". What cannot be
//! rewritten with certainty (a reference to a number two questions carry,
//! a range whose questions no longer follow each other) is left as it is
//! and said.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::Diagnostic;
use crate::document::{Document, Span};
use crate::lang::Msg;
use crate::rules::draft::STALE_REFERENCE;
use crate::rules::xref::refs;

const REFERENCE: Msg = Msg::new("verwijzing", "reference");
const QUESTION: Msg = Msg::new("vraag", "question");
const ANSWER_LABEL: Msg = Msg::new("kopje", "label");
const MARKER: Msg = Msg::new("voetnootteken", "footnote marker");
const FOOTNOTE: Msg = Msg::new("voetnoot", "footnote");
const FOOTNOTE_REFERENCE: Msg = Msg::new("verwijzing naar een voetnoot", "footnote reference");
const TWO_QUESTIONS: Msg = Msg::new(
    "vraag {number} is het nummer van twee vragen: welke bedoeld is, valt niet te zeggen",
    "question {number} is the number of two questions: which one is meant cannot be told",
);
const NO_QUESTION: Msg = Msg::new("er is geen vraag {number}", "there is no question {number}");
const NOT_FOLLOWING: Msg = Msg::new(
    "de vragen van “{printed}” volgen niet meer op elkaar",
    "the questions of \"{printed}\" no longer follow each other",
);

/// One change to the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The digits replaced.
    pub span: Span,
    pub old: String,
    pub new: String,
    /// What the digits are: "question", "label", "reference", "footnote
    /// marker", "footnote", "footnote reference".
    pub what: Msg,
}

/// The edits, and what was left alone and why.
#[derive(Debug, Default)]
pub struct Plan {
    /// Sorted by position, not overlapping.
    pub edits: Vec<Edit>,
    pub left: Vec<(Span, String)>,
}

/// "Vraag 12", "Antwoord 12", "Antwoord op vraag 5 en 6": a label line and
/// its numbers.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?m)^[ \t]*(?:Vraag|VRAAG|Antwoord|ANTWOORD)(?:[ \t]+(?i:op[ \t]+(?:de[ \t]+)?vra(?:ag|gen)))?[ \t]+([0-9]{1,4}(?:[ \t]*(?:,|en|&)[ \t]*[0-9]{1,4})*)",
    )
});
static DIGITS: LazyLock<Regex> = LazyLock::new(|| crate::static_regex(r"[0-9]{1,4}"));
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"^([0-9]{1,4})(\s*(?:t/m|tot\s+en\s+met|-|–)\s*)([0-9]{1,4})$")
});

/// Numbers the questions 1..N in document order (within each part whose
/// numbering starts again), the footnotes in the order of their markers,
/// and rewrites the references to match.
pub fn renumber(doc: &Document) -> Plan {
    let mut plan = Plan::default();
    questions(doc, &mut plan);
    footnotes(doc, &mut plan);
    plan.finish()
}

/// The edits that repair the references `draft/stale-reference` found in
/// `diagnostics` (a check against the previous version).
pub fn repair(doc: &Document, diagnostics: &[Diagnostic]) -> Plan {
    let mut plan = Plan::default();
    for d in diagnostics.iter().filter(|d| d.rule == STALE_REFERENCE.id) {
        match &d.fix {
            Some(fix) => plan.edits.push(Edit {
                span: fix.span,
                old: doc.slice(fix.span).to_string(),
                new: fix.replacement.clone(),
                what: REFERENCE,
            }),
            None => plan.left.push((d.span, d.message.clone())),
        }
    }
    plan.finish()
}

impl Plan {
    fn finish(mut self) -> Plan {
        self.edits.retain(|e| e.old != e.new);
        self.edits.sort_by_key(|e| (e.span.start, e.span.end));
        self.edits.dedup_by(|b, a| a.span == b.span);
        // Two edits of one place: keep the first (never expected).
        let mut end = 0;
        self.edits.retain(|e| {
            let ok = e.span.start >= end;
            if ok {
                end = e.span.end;
            }
            ok
        });
        self.left.sort_by_key(|(s, _)| s.start);
        self
    }

    /// `text` with every edit made.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for e in &self.edits {
            if e.span.start < at || e.span.end > text.len() {
                continue;
            }
            out.push_str(&text[at..e.span.start]);
            out.push_str(&e.new);
            at = e.span.end;
        }
        out.push_str(&text[at..]);
        out
    }
}

fn questions(doc: &Document, plan: &mut Plan) {
    // Each entry's new numbers, and per part of the document the new
    // number of each old one, a lettered one ("12a") by its letter
    // (`None` where two entries carry it).
    let mut next: BTreeMap<u32, u32> = BTreeMap::new();
    let mut per_entry: Vec<Vec<(u32, u32)>> = Vec::with_capacity(doc.entries.len());
    let mut map: BTreeMap<(u32, u32, Option<char>), Option<u32>> = BTreeMap::new();
    for e in &doc.entries {
        let counter = next.entry(e.section).or_insert(1);
        let mut pairs = Vec::new();
        for &old in &e.numbers {
            let new = *counter;
            *counter += 1;
            pairs.push((old, new));
            map.entry((e.section, old, e.suffix))
                .and_modify(|m| *m = None)
                .or_insert(Some(new));
        }
        per_entry.push(pairs);
    }
    // The numbers of each entry: where it is numbered, and its labels.
    for (e, pairs) in doc.entries.iter().zip(&per_entry) {
        if let (Some(_), Some(&(_, new))) = (e.suffix, pairs.first()) {
            // "12a" as a whole becomes its number.
            plan.edits.push(Edit {
                span: e.number_span,
                old: doc.slice(e.number_span).to_string(),
                new: new.to_string(),
                what: QUESTION,
            });
            continue;
        }
        let own = |n: u32| pairs.iter().find(|(o, _)| *o == n).map(|(_, new)| *new);
        rewrite_numbers(doc, e.number_span, &own, QUESTION, plan);
        let body = doc.slice(e.span);
        for caps in LABEL.captures_iter(body) {
            let Some(m) = caps.get(1) else { continue };
            let span = Span::new(e.span.start + m.start(), e.span.start + m.end());
            if span.start < e.number_span.end && span.end > e.number_span.start {
                continue; // the entry's own number, done above
            }
            rewrite_numbers(doc, span, &own, ANSWER_LABEL, plan);
        }
    }
    // References, by the part of the document they stand in.
    for r in refs::collect(doc) {
        let section = doc.entries[r.entry].section;
        let mapped = |n: u32, suffix: Option<char>| map.get(&(section, n, suffix)).copied();
        let mut k = 0;
        while k < r.targets.len() {
            // The targets of one span: one number, or a range's.
            let span = r.targets[k].span;
            let mut end = k + 1;
            while end < r.targets.len() && r.targets[end].span == span {
                end += 1;
            }
            let group = &r.targets[k..end];
            k = end;
            let printed = doc.slice(span);
            if let [t] = group {
                let shown = match t.suffix {
                    Some(c) => format!("{}{c}", t.number),
                    None => t.number.to_string(),
                };
                match mapped(t.number, t.suffix) {
                    Some(Some(new)) => plan.edits.push(Edit {
                        span,
                        old: printed.to_string(),
                        new: new.to_string(),
                        what: REFERENCE,
                    }),
                    Some(None) => plan
                        .left
                        .push((span, TWO_QUESTIONS.say(&[("number", &shown)]))),
                    None => plan
                        .left
                        .push((span, NO_QUESTION.say(&[("number", &shown)]))),
                }
                continue;
            }
            // "12 t/m 15": rewritten when the questions still follow each
            // other.
            let Some(caps) = RANGE.captures(printed) else {
                continue;
            };
            let (Ok(a), Ok(b)) = (caps[1].parse::<u32>(), caps[3].parse::<u32>()) else {
                continue;
            };
            match (mapped(a, None), mapped(b, None)) {
                (Some(Some(x)), Some(Some(y))) if y >= x && y - x == b.saturating_sub(a) => {
                    plan.edits.push(Edit {
                        span,
                        old: printed.to_string(),
                        new: format!("{x}{}{y}", &caps[2]),
                        what: REFERENCE,
                    });
                }
                _ => plan
                    .left
                    .push((span, NOT_FOLLOWING.say(&[("printed", &printed)]))),
            }
        }
    }
}

/// Rewrites each number in `span` that `own` maps.
fn rewrite_numbers(
    doc: &Document,
    span: Span,
    own: &dyn Fn(u32) -> Option<u32>,
    what: Msg,
    plan: &mut Plan,
) {
    for m in DIGITS.find_iter(doc.slice(span)) {
        let Ok(old) = m.as_str().parse::<u32>() else {
            continue;
        };
        if let Some(new) = own(old) {
            plan.edits.push(Edit {
                span: Span::new(span.start + m.start(), span.start + m.end()),
                old: m.as_str().to_string(),
                new: new.to_string(),
                what,
            });
        }
    }
}

fn footnotes(doc: &Document, plan: &mut Plan) {
    // In the order of the markers, then the notes no marker refers to.
    let mut map: BTreeMap<u32, u32> = BTreeMap::new();
    let mut next = 1;
    let numbers = doc
        .markers
        .iter()
        .map(|m| m.number)
        .chain(doc.definitions.iter().map(|d| d.number));
    for n in numbers {
        map.entry(n).or_insert_with(|| {
            next += 1;
            next - 1
        });
    }
    let mut edit = |span: Span, number: u32, what: Msg| {
        if let Some(&new) = map.get(&number) {
            plan.edits.push(Edit {
                span,
                old: doc.slice(span).to_string(),
                new: new.to_string(),
                what,
            });
        }
    };
    for m in &doc.markers {
        if doc.slice(m.span) == m.number.to_string() {
            edit(m.span, m.number, MARKER);
        }
    }
    for d in &doc.definitions {
        // A number defined twice is footnote/duplicate-definition's: both
        // keep it, renumbered alike.
        if doc.slice(d.number_span) == d.number.to_string() {
            edit(d.number_span, d.number, FOOTNOTE);
        }
    }
    for r in refs::footnote_refs(doc) {
        edit(r.span, r.number, FOOTNOTE_REFERENCE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renumbered(text: &str) -> String {
        let doc = crate::read_bytes("t.txt", text.as_bytes());
        renumber(&doc).apply(&doc.text)
    }

    #[test]
    fn numbers_the_questions_in_order_and_keeps_references_on_their_question() {
        let text = "1 Hoeveel missies waren er?\nTwaalf.\n\n3 Welke landen zijn bezocht?\nVietnam.\n\n4 Wat kostte het?\nZie het antwoord op vraag 3.\n";
        assert_eq!(
            renumbered(text),
            "1 Hoeveel missies waren er?\nTwaalf.\n\n2 Welke landen zijn bezocht?\nVietnam.\n\n3 Wat kostte het?\nZie het antwoord op vraag 2.\n"
        );
    }

    #[test]
    fn an_inserted_lettered_question_gets_its_number_and_keeps_its_references() {
        let text = "1 Hoeveel missies waren er?\nTwaalf.\n\n1a Welke landen zijn bezocht?\nVietnam.\n\n2 Wat kostte het?\nZie het antwoord op vraag 1a en op vraag 1.\n";
        assert_eq!(
            renumbered(text),
            "1 Hoeveel missies waren er?\nTwaalf.\n\n2 Welke landen zijn bezocht?\nVietnam.\n\n3 Wat kostte het?\nZie het antwoord op vraag 2 en op vraag 1.\n"
        );
    }

    #[test]
    fn a_numbered_list_in_order_is_left_alone() {
        let text = "1 Hoeveel missies waren er?\nTwaalf.\n\n2 Wat kostte het?\nZie het antwoord op vraag 1.\n";
        let doc = crate::read_bytes("t.txt", text.as_bytes());
        assert!(renumber(&doc).edits.is_empty());
    }
}

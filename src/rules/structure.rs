//! structure/: the numbering of the entries and text the reader could not place.

use std::collections::BTreeMap;

use super::registry::Family;
use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Kind, NoteKind, Span};

pub const NO_ENTRIES: RuleMeta = RuleMeta {
    id: "structure/no-entries",
    severity: Severity::Error,
    summary: "No numbered questions were found, so nothing was checked",
    explanation: r#"
kamerlint recognises entries as "1 Vraag?", "1. Vraag?", a line with only
"1", or "Vraag 1" / "Antwoord 1". A file in which none is found is reported,
because a check that silently checks nothing is worse than none.
"#,
    bad: &[Example::list(
        r#"
Lijst van vragen en antwoorden

De commissie heeft vragen gesteld.
De antwoorden volgen later.
"#,
    )],
    good: &[Example::list(
        r#"
Lijst van vragen en antwoorden

1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland geen goud uit Soedan.
"#,
    )],
    texts: &[],
};

pub const DUPLICATE_NUMBER: RuleMeta = RuleMeta {
    id: "structure/duplicate-number",
    severity: Severity::Error,
    summary: "Two entries carry the same question number",
    explanation: r#"
Every question in a list has its own number; a number printed twice usually
means a question was renumbered or pasted twice, and references to it become
ambiguous.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

2 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

3 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
"#,
    )],
    texts: &[],
};

pub const MISSING_NUMBER: RuleMeta = RuleMeta {
    id: "structure/missing-number",
    severity: Severity::Error,
    summary: "A question number is missing from the sequence",
    explanation: r#"
Questions are numbered 1, 2, 3, ... without gaps. A missing number means a
question (and its answer) fell out of the list, or an entry was renumbered.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

4 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

3 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
"#,
    )],
    texts: &[],
};

pub const OUT_OF_ORDER: RuleMeta = RuleMeta {
    id: "structure/out-of-order",
    severity: Severity::Error,
    summary: "An entry's number breaks the ascending order",
    explanation: r#"
Entries appear in the order of their numbers. kamerlint keeps the longest
ascending run and reports the entries outside it, so one misplaced or
renumbered entry gives one finding. Left alone: a letter, which answers the
committee's questions in the order it grouped them, and numbering that
starts again at 1 under a heading (each section is checked on its own).
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

3 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.

3 Hoeveel fiscale verdragen bestaan er met Israël?
Twee.
"#,
    )],
    texts: &[],
};

pub const EMPTY_ANSWER: RuleMeta = RuleMeta {
    id: "structure/empty-answer",
    severity: Severity::Error,
    summary: "A question has no answer",
    explanation: r#"
Every question in a published list is answered, if only with "Zie het
antwoord op vraag N." An entry without answer text was forgotten or lost its
answer in editing. Left alone: questions answered together under one label
("Antwoord 5 en 6"), and, in a letter, questions printed one after another
and then answered together (the Rekenkamer's form): they are read as one
entry.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland geen goud uit Soedan.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    texts: &[],
};

pub const UNPLACED_TEXT: RuleMeta = RuleMeta {
    id: "structure/unplaced-text",
    severity: Severity::Warning,
    summary: "Text after the column head that belongs to no question",
    explanation: r#"
Text between the list's column head ("Nr Vraag Bijlage Blz. (van) t/m") and
the first question belongs to no entry: often a question whose number was
lost.
"#,
    bad: &[Example::list(
        r#"
Nr Vraag Bijlage Blz. (van) t/m

Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
Nr Vraag Bijlage Blz. (van) t/m

1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?
Nee.

2 Hoeveel handelsverdragen bestaan er met Israël?
Eén.
"#,
    )],
    texts: &[],
};

pub const ANSWER_LABEL: RuleMeta = RuleMeta {
    id: "structure/answer-label",
    severity: Severity::Warning,
    summary: "An \"Antwoord N\" label does not match the question it follows",
    explanation: r#"
In lists with "Vraag N" / "Antwoord N" labels, the answer label repeats the
question's number. A different number means the answer was pasted under the
wrong question.
"#,
    bad: &[Example::list(
        r#"
Vraag 1
Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?

Antwoord 2
Nee.

Vraag 2
Hoeveel handelsverdragen bestaan er met Israël?

Antwoord 2
Eén.
"#,
    )],
    good: &[Example::list(
        r#"
Vraag 1
Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd?

Antwoord 1
Nee.

Vraag 2
Hoeveel handelsverdragen bestaan er met Israël?

Antwoord 2
Eén.
"#,
    )],
    texts: &[],
};

pub const UNNUMBERED_QUESTION: RuleMeta = RuleMeta {
    id: "structure/unnumbered-question",
    severity: Severity::Warning,
    summary: "A question is printed without its number",
    explanation: r#"
In a nota naar aanleiding van het verslag every question carries its number
in the margin. A question between two answers without a number of its own (a
second "Antwoord" under one number) lost it in editing; references to it
cannot name it. kamerlint reads it as the next number and says so.
"#,
    bad: &[Example::list(
        r#"
1
De leden van de CDA-fractie vragen of de toets volstaat?
Antwoord
Ja.
De leden van de CDA-fractie vragen ook naar de complexiteit.
Antwoord
Dat valt binnen het mandaat.
3
Deze leden doen een suggestie. Wat vindt de regering?
Antwoord
De regering neemt die over.
"#,
    )],
    good: &[Example::list(
        r#"
1
De leden van de CDA-fractie vragen of de toets volstaat?
Antwoord
Ja.
2
De leden van de CDA-fractie vragen ook naar de complexiteit.
Antwoord
Dat valt binnen het mandaat.
3
Deze leden doen een suggestie. Wat vindt de regering?
Antwoord
De regering neemt die over.
"#,
    )],
    texts: &[],
};

pub const TRUNCATED: RuleMeta = RuleMeta {
    id: "structure/truncated",
    severity: Severity::Warning,
    summary: "The document ends in the middle of an answer",
    explanation: r#"
In a text that lost its line breaks (a dataset export, a whole letter on one
line), the last answer stops in the middle of a word or sentence, with
nothing after it: the export cut the document off. What is missing cannot be
checked, and a reference past the end is not reported as missing. Left
alone: any other text, whose last answer may simply lack its full stop ("Zie
het antwoord op vraag 7"), and a last word that is not lower case ("XXX", a
name).
"#,
    bad: &[Example::list("Antwoorden Algemene Rekenkamer bij vragen van de Tweede Kamer    Vraag 1  Wat wordt bedoeld met de rijksbrede aanpak van het IT-beheer?  Wij bedoelen daarmee dat alle ministeries dezelfde kaders hanteren voor het beheer van hun IT-systemen, ook de uitvoeringsorganisaties.    Vraag 2  Welke ministeries hebben hun IT-beheer op orde?  In ons rapport noemen we vier domeinen: autorisatiebeheer,  wijzigingsbeheer, beveiliging en back-up. Het ministerie van BZK heeft in 2021 een aanpak opgesteld, maar de uitvoering daarvan is bij de\n")],
    good: &[Example::list("Antwoorden Algemene Rekenkamer bij vragen van de Tweede Kamer    Vraag 1  Wat wordt bedoeld met de rijksbrede aanpak van het IT-beheer?  Wij bedoelen daarmee dat alle ministeries dezelfde kaders hanteren voor het beheer van hun IT-systemen, ook de uitvoeringsorganisaties.    Vraag 2  Welke ministeries hebben hun IT-beheer op orde?  In ons rapport noemen we vier domeinen: autorisatiebeheer,  wijzigingsbeheer, beveiliging en back-up. Het ministerie van BZK heeft in 2021 een aanpak opgesteld en voert die sinds 2022 uit.\n")],
    texts: &[],
};

pub const ANSWERS_TO_FOLLOW: RuleMeta = RuleMeta {
    id: "structure/answers-to-follow",
    severity: Severity::Info,
    summary: "A Mededeling: the questions are answered elsewhere or later",
    explanation: r#"
A Mededeling in the Aanhangsel prints the questions with a notice instead of
the answers (they follow later, or were answered by letter). kamerlint
checks its questions and says what kind of document it is, rather than
reporting every question as unanswered.
"#,
    bad: &[Example::list(
        r#"
Vraag 1
Kunt u de analyse delen?
Mededeling
De vragen zijn beantwoord bij brief van 7 juni 2024.
"#,
    )],
    good: &[Example::list(
        r#"
Vraag 1
Kunt u de analyse delen?
Antwoord 1
Ja, de analyse is bijgevoegd.
"#,
    )],
    texts: &[],
};

/// The structure family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "structure",
    rules: &[
        &NO_ENTRIES,
        &DUPLICATE_NUMBER,
        &MISSING_NUMBER,
        &OUT_OF_ORDER,
        &EMPTY_ANSWER,
        &UNPLACED_TEXT,
        &ANSWER_LABEL,
        &UNNUMBERED_QUESTION,
        &TRUNCATED,
        &ANSWERS_TO_FOLLOW,
        &super::limits::TIME_BUDGET_RULE,
    ],
    check: Some(check),
    settings: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    no_entries(doc, out);
    // Numbering that starts again at 1 under a heading is checked per section.
    let sections = doc.entries.iter().map(|e| e.section).max().unwrap_or(0);
    if sections == 0 {
        duplicates(doc, out);
        order_and_gaps(doc, out);
    } else {
        for s in 0..=sections {
            let mut part = doc.clone();
            part.entries.retain(|e| e.section == s);
            duplicates(&part, out);
            order_and_gaps(&part, out);
        }
    }
    empty_answers(doc, out);
    unplaced(doc, out);
    notes(doc, out);
    notice(doc, out);
}

fn notice(doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some((label, _)) = &doc.notice else {
        return;
    };
    out.push(
        ANSWERS_TO_FOLLOW
            .at(
                *label,
                format!(
                    "this is a Mededeling: its {} questions are not answered in this document",
                    doc.entries.iter().map(|e| e.numbers.len()).sum::<usize>()
                ),
            )
            .with_help(
                "the questions were checked; the answers are in the document the notice names",
            ),
    );
}

fn no_entries(doc: &Document, out: &mut Vec<Diagnostic>) {
    if !doc.entries.is_empty() {
        return;
    }
    let first_line_end = doc.text.find(['\n', '\r']).unwrap_or(doc.text.len());
    let message = match doc.kind {
        Kind::Motie | Kind::Amendement | Kind::Letter => format!(
            "this is a {} with no numbered questions, not an answer list: nothing in this file was checked",
            doc.kind.name()
        ),
        _ => "no numbered questions found: nothing in this file was checked".to_string(),
    };
    out.push(
        NO_ENTRIES.at(Span::new(0, first_line_end), message)
        .with_help("entries start with \"1 Vraag?\", \"1. Vraag?\", a line with only \"1\", or \"Vraag 1\"; see `kamerlint parse` for what was read"),
    );
}

/// A number used by several entries is reported at the entries that break
/// the ascending order (a renumbered entry), or else at every repeat.
fn duplicates(doc: &Document, out: &mut Vec<Diagnostic>) {
    let numbers: Vec<u32> = doc.entries.iter().map(|e| e.first_number()).collect();
    let keep = longest_ascending(&numbers);
    let mut users: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, e) in doc.entries.iter().enumerate() {
        for &n in &e.numbers {
            users.entry(n).or_default().push(i);
        }
    }
    for (n, idx) in users {
        if idx.len() < 2 {
            continue;
        }
        let anchor = idx.iter().copied().find(|&i| keep[i]).unwrap_or(idx[0]);
        for &i in idx.iter().filter(|&&i| i != anchor) {
            out.push(
                DUPLICATE_NUMBER
                    .at(
                        doc.entries[i].number_span,
                        format!("question number {n} is used twice"),
                    )
                    .with_question(Some(n))
                    .with_related(
                        doc.entries[anchor].number_span,
                        format!("question {n} is also here"),
                    )
                    .with_help("renumber one of the entries, and check references to it"),
            );
        }
    }
}

/// Entries outside the longest ascending run are out of order; numbers
/// between the smallest and largest that no entry carries are missing.
fn order_and_gaps(doc: &Document, out: &mut Vec<Diagnostic>) {
    let numbers: Vec<u32> = doc.entries.iter().map(|e| e.first_number()).collect();
    let keep = longest_ascending(&numbers);
    let mut prev: Option<usize> = None;
    let mut count: BTreeMap<u32, usize> = BTreeMap::new();
    for &n in &numbers {
        *count.entry(n).or_default() += 1;
    }
    for (i, e) in doc.entries.iter().enumerate() {
        // A letter answers the committee's questions in the order it grouped
        // them (the Rekenkamer's letters say so); only a list is in order.
        if keep[i] || doc.kind == Kind::Letter {
            prev = Some(i);
            continue;
        }
        let n = e.first_number();
        if count.get(&n).copied().unwrap_or(0) > 1 {
            continue; // reported as structure/duplicate-number
        }
        let mut d = OUT_OF_ORDER
            .at(
                e.number_span,
                match prev {
                    Some(p) => format!(
                        "question {n} follows question {}",
                        doc.entries[p].first_number()
                    ),
                    None => format!("question {n} comes before the questions it should follow"),
                },
            )
            .with_question(Some(n))
            .with_help("put the entry in numerical order, or correct its number");
        if let Some(p) = prev {
            d = d.with_related(doc.entries[p].number_span, "the entry before it");
        }
        out.push(d);
    }

    let present: std::collections::BTreeSet<u32> = doc
        .entries
        .iter()
        .flat_map(|e| e.numbers.iter().copied())
        .collect();
    let (Some(&lo), Some(&hi)) = (present.first(), present.last()) else {
        return;
    };
    let lo = lo.min(1);
    let mut n = lo.max(1);
    while n <= hi {
        if present.contains(&n) {
            n += 1;
            continue;
        }
        let start = n;
        while n <= hi && !present.contains(&n) {
            n += 1;
        }
        let end = n - 1;
        // Report at the entry that follows the last number before the gap.
        let before = doc
            .entries
            .iter()
            .position(|e| e.numbers.contains(&(start.saturating_sub(1))));
        let at = match before {
            Some(b) => doc.entries.get(b + 1),
            None => doc.entries.iter().find(|e| e.first_number() > end),
        };
        let Some(at) = at else { continue };
        let what = if start == end {
            format!("question {start} is missing")
        } else if end == start + 1 {
            format!("questions {start} and {end} are missing")
        } else {
            format!("questions {start} to {end} are missing")
        };
        let mut d = MISSING_NUMBER
            .at(at.number_span, what)
            .with_question(Some(at.first_number()))
            .with_help("add the missing entries or renumber the list");
        if let Some(b) = before {
            d = d.with_related(
                doc.entries[b].number_span,
                format!("question {} is here", start - 1),
            );
        }
        out.push(d);
    }
}

/// Marks the elements of the longest strictly ascending subsequence
/// (O(n log n), patience sorting); ties keep the earliest elements.
fn longest_ascending(v: &[u32]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new();
    let mut parent: Vec<Option<usize>> = vec![None; v.len()];
    for i in 0..v.len() {
        let pos = tails.partition_point(|&t| v[t] < v[i]);
        if tails.get(pos).is_some_and(|&t| v[t] == v[i]) {
            continue; // an equal number earlier keeps its place
        }
        parent[i] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; v.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = parent[i];
    }
    keep
}

fn empty_answers(doc: &Document, out: &mut Vec<Diagnostic>) {
    if doc.notice.is_some() {
        return; // a Mededeling: reported once, by notice()
    }
    for e in &doc.entries {
        if e.answer.iter().any(|s| !doc.slice(*s).trim().is_empty()) {
            continue;
        }
        let span = e.question_span().unwrap_or(e.number_span);
        out.push(
            EMPTY_ANSWER.at(e.number_span,
                format!("question {} has no answer", e.first_number()),
            )
            .with_question(Some(e.first_number()))
            .with_related(span, "the question")
            .with_help("answer the question, or refer to the answer that covers it (\"Zie het antwoord op vraag N.\")"),
        );
    }
}

fn unplaced(doc: &Document, out: &mut Vec<Diagnostic>) {
    // Consecutive lines form one block.
    let mut blocks: Vec<Span> = Vec::new();
    for s in &doc.unplaced {
        match blocks.last_mut() {
            Some(b) if doc.line_col(s.start).line <= doc.line_col(b.end).line + 1 => {
                *b = b.cover(*s)
            }
            _ => blocks.push(*s),
        }
    }
    for b in blocks {
        out.push(
            UNPLACED_TEXT
                .at(b, "this text belongs to no question")
                .with_help("give it a question number, or move it before the column head"),
        );
    }
}

fn notes(doc: &Document, out: &mut Vec<Diagnostic>) {
    for n in &doc.notes {
        let (meta, help) = match n.kind {
            NoteKind::UncertainEntry => (
                &ANSWER_LABEL,
                "check that the answer is under the right question",
            ),
            NoteKind::UnnumberedQuestion => (
                &UNNUMBERED_QUESTION,
                "print the question's number, and check the references to the questions after it",
            ),
            NoteKind::Truncated => (
                &TRUNCATED,
                "check the file against the original: its end is missing",
            ),
            // format/invalid-encoding and the footnote/ notes.
            NoteKind::InvalidEncoding
            | NoteKind::UncertainMarker
            | NoteKind::BrokenFootnoteReference
            | NoteKind::UnnumberedFootnote => continue,
        };
        out.push(
            Diagnostic::new(meta.id, meta.severity, n.span, n.message.clone())
                .with_question(super::question_at(doc, n.span.start))
                .with_help(help),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::longest_ascending;

    #[test]
    fn longest_ascending_drops_the_misplaced_entry() {
        let keep = longest_ascending(&[1, 2, 75, 4, 5, 6]);
        assert_eq!(keep, vec![true, true, false, true, true, true]);
        let keep = longest_ascending(&[1, 3, 2, 4]);
        assert_eq!(keep.iter().filter(|k| !**k).count(), 1);
    }
}

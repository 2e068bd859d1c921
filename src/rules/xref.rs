//! xref/: references to other questions, footnotes and appendices.
//!
//! Dutch forms: "zie (het) antwoord op vraag 57", "zie vraag 125",
//! "vragen 12 t/m 15", "vragen 3, 7 en 9", "de beantwoording van vraag 4",
//! "zoals aangegeven in vraag 139", "het antwoord op de vragen 12 en 13",
//! "zie voetnoot 12", "bijlage 2".

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::registry::Family;
use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Kind, NoteKind, Span};

pub const MISSING_TARGET: RuleMeta = RuleMeta {
    id: "xref/missing-target",
    severity: Severity::Error,
    summary: "A reference to a question that is not in the list",
    explanation: r#"
"Zie het antwoord op vraag 139" must point at a question of this list. A
number that does not exist is a typo or a leftover from an earlier
numbering.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 139.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 2.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
};

pub const SELF_REFERENCE: RuleMeta = RuleMeta {
    id: "xref/self-reference",
    severity: Severity::Warning,
    summary: "An answer refers to its own question",
    explanation: r#"
An answer that says "zie het antwoord op vraag N" inside question N refers
to itself; the intended target is usually a neighbouring question.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 1.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies naar hoge risico landen zijn er gepland?
Zie het antwoord op vraag 2.

2 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
};

pub const CHAIN: RuleMeta = RuleMeta {
    id: "xref/chain",
    severity: Severity::Warning,
    summary: "A reference leads to an answer that only refers on",
    explanation: r#"
When the target's answer is itself only "Zie het antwoord op vraag M", the
reader has to follow a chain. Refer to the answer where the chain ends.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 2.

2 Welke missies gaan naar hoge risico landen?
Zie het antwoord op vraag 3.

3 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 3.

2 Welke missies gaan naar hoge risico landen?
Zie het antwoord op vraag 3.

3 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
};

pub const CYCLE: RuleMeta = RuleMeta {
    id: "xref/cycle",
    severity: Severity::Error,
    summary: "Answers refer to each other and none answers",
    explanation: r#"
Question 3 says "zie vraag 5" and question 5 says "zie vraag 3": neither is
answered.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 2.

2 Welke missies gaan naar hoge risico landen?
Zie het antwoord op vraag 1.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 2.

2 Welke missies gaan naar hoge risico landen?
Er zijn geen missies naar hoge risico landen gepland.
"#,
    )],
};

pub const MISSING_FOOTNOTE: RuleMeta = RuleMeta {
    id: "xref/missing-footnote",
    severity: Severity::Error,
    summary: "A reference to a footnote that does not exist",
    explanation: r#"
"Zie voetnoot 12" must name a footnote of this document (a marker or a
definition with that number).
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Zie voetnoot 2 voor de bron.

1 CBS, Nederland Handelsland 2025.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Zie voetnoot 1 voor de bron.

1 CBS, Nederland Handelsland 2025.
"#,
    )],
};

pub const MISSING_APPENDIX: RuleMeta = RuleMeta {
    id: "xref/missing-appendix",
    severity: Severity::Warning,
    summary: "A reference to an appendix (bijlage) the document does not have",
    explanation: r#"
When a document has appendices (lines starting with "Bijlage N"), every "zie
bijlage N" in an answer must name one of them. Documents without appendix
headings are not checked, because their appendices are usually separate
files.
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
Zie bijlage 2 voor de bron.

Bijlage 1
Bronnen.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
Zie bijlage 1 voor de bron.

Bijlage 1
Bronnen.
"#,
    )],
};

/// The xref family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "xref",
    rules: &[
        &MISSING_TARGET,
        &SELF_REFERENCE,
        &CHAIN,
        &CYCLE,
        &MISSING_FOOTNOTE,
        &MISSING_APPENDIX,
    ],
    check: Some(check),
    settings: None,
};

/// "vraag 57", "vragen 12 t/m 15", "vragen 3, 7 en 9", "vraag 12 en 13".
/// Zero-width characters pasted from a web page ("vraag\u{200b} 57") count
/// as nothing between the word and the number.
static QUESTION_REF: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\bvra(?:ag|gen)[\s\u{200b}-\u{200d}\u{2060}\u{feff}]+(?:nr\.?\s*)?([0-9]{1,4}(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*[0-9]{1,4})*)\b(\s+(?:van|uit)\s+(?:de|het)\s+(?:lijst|kamervragen|schriftelijke|commissie|feitelijke|begroting)|\s+van\s+het\s+lid)?",
    )
});
static NUMBER_OR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"[0-9]{1,4}|t/m|tot\s+en\s+met|-|–"));
static FOOTNOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bvoetnoot\s+([0-9]{1,3})\b"));
static APPENDIX_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bbijlage\s+([0-9]{1,2})\b"));
static APPENDIX_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?m)^\s*(?:Bijlage|BIJLAGE)\s+([0-9]{1,2})\b"));
/// An answer that is only a reference: "Zie het antwoord op vraag 57." or "Zie vraag 72".
static REDIRECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)^\s*(?:zie\s+(?:ook\s+)?)?(?:(?:het|mijn)\s+)?(?:(?:antwoord|beantwoording)\s+(?:op|van|bij)?\s*(?:de\s+)?)?vra(?:ag|gen)\s+[0-9\s,en/tm–-]+\.?\s*$",
    )
});

/// One number of a reference, with the span of its digits.
#[derive(Debug, Clone, Copy)]
struct Target {
    number: u32,
    span: Span,
}

/// All question references of an entry.
#[derive(Debug)]
struct EntryRefs {
    entry: usize,
    targets: Vec<Target>,
    /// Whether the whole answer is only a reference.
    redirect: bool,
}

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let refs = collect(doc);
    let existing: BTreeSet<u32> = doc
        .entries
        .iter()
        .flat_map(|e| e.numbers.iter().copied())
        .collect();
    let truncated = doc.notes.iter().any(|n| n.kind == NoteKind::Truncated);
    if !existing.is_empty() {
        for r in &refs {
            let entry = &doc.entries[r.entry];
            let own = entry.first_number();
            // Past the end of a document that was cut off: unknowable.
            let missing = |t: &Target| {
                let cut_off = truncated && existing.last().is_some_and(|&l| t.number > l);
                !existing.contains(&t.number) && !cut_off
            };
            // The missing numbers of one reference ("vragen 12 t/m 15"
            // shares one span) are one finding.
            let mut gone: Vec<(Span, Vec<u32>)> = Vec::new();
            for t in r.targets.iter().filter(|t| missing(t)) {
                match gone.last_mut() {
                    Some((span, numbers)) if *span == t.span => numbers.push(t.number),
                    _ => gone.push((t.span, vec![t.number])),
                }
            }
            for (span, numbers) in gone {
                out.push(
                    MISSING_TARGET
                        .at(span, missing_message(&numbers))
                        .with_question(Some(own))
                        .with_help(range_help(&existing)),
                );
            }
            for t in &r.targets {
                if missing(t) {
                    continue;
                } else if entry.numbers.contains(&t.number) {
                    out.push(
                        SELF_REFERENCE
                            .at(
                                t.span,
                                format!(
                                    "the answer to question {own} refers to question {} itself",
                                    t.number
                                ),
                            )
                            .with_question(Some(own))
                            .with_help("refer to the question that holds the answer"),
                    );
                }
            }
        }
        chains(doc, &refs, out);
    }
    footnotes(doc, out);
    appendices(doc, out);
}

/// In a letter, "... schrijven de ministers in antwoord op vraag 13": the
/// answer of another document, named by its author just before.
fn answers_elsewhere(before: &str) -> bool {
    let start = before.len().saturating_sub(160);
    let start = (start..=before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let near = before[start..].to_lowercase();
    near.trim_end().ends_with("antwoord op")
        && ["minister", "staatssecretaris", "kabinet", "regering"]
            .iter()
            .any(|w| near.contains(w))
}

/// "question 12 does not exist", "questions 12 to 15 do not exist",
/// "questions 5 and 9 do not exist".
fn missing_message(numbers: &[u32]) -> String {
    match numbers {
        [one] => format!("question {one} does not exist"),
        [first, .., last] if numbers.windows(2).all(|w| w[1] == w[0] + 1) && numbers.len() > 2 => {
            format!("questions {first} to {last} do not exist")
        }
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(u32::to_string).collect();
            format!("questions {} and {last} do not exist", init.join(", "))
        }
        [] => String::new(),
    }
}

fn range_help(existing: &BTreeSet<u32>) -> String {
    match (existing.first(), existing.last()) {
        (Some(a), Some(b)) => format!("this list has questions {a} to {b}"),
        _ => "this list has no questions".to_string(),
    }
}

fn collect(doc: &Document) -> Vec<EntryRefs> {
    let mut all = Vec::new();
    for (i, e) in doc.entries.iter().enumerate() {
        let mut targets = Vec::new();
        for joined in [doc.question_text(e), doc.answer_text(e)] {
            for caps in QUESTION_REF.captures_iter(&joined.text) {
                if caps.get(2).is_some() {
                    continue; // a question of another document
                }
                let Some(whole) = caps.get(0) else { continue };
                if doc.kind == Kind::Letter && answers_elsewhere(&joined.text[..whole.start()]) {
                    continue;
                }
                let Some(list) = caps.get(1) else { continue };
                // "(vraag 10)": the question restated, not a reference.
                let restated = joined.text[..whole.start()].ends_with('(')
                    && joined.text[list.end()..].starts_with(')');
                if restated
                    && e.numbers
                        .iter()
                        .any(|n| list.as_str().trim() == n.to_string())
                {
                    continue;
                }
                for (n, s, t) in numbers(list.as_str()) {
                    let at = list.start();
                    let span = joined.source_span(at + s, at + t);
                    targets.push(Target { number: n, span });
                }
            }
        }
        let answer = doc.answer_text(e);
        let redirect = !answer.text.trim().is_empty() && REDIRECT.is_match(&answer.text);
        if !targets.is_empty() {
            all.push(EntryRefs {
                entry: i,
                targets,
                redirect,
            });
        }
    }
    all
}

/// Numbers of a list "12 t/m 15" with the byte range of each number
/// (a range yields every number, all pointing at the range's text, its
/// first number included).
fn numbers(s: &str) -> Vec<(u32, usize, usize)> {
    let mut out: Vec<(u32, usize, usize)> = Vec::new();
    let mut range = false;
    for m in NUMBER_OR_RANGE.find_iter(s) {
        let Ok(n) = m.as_str().parse::<u32>() else {
            range = true;
            continue;
        };
        if range {
            if let Some(&(from, fs, _)) = out.last() {
                if n > from && n - from <= 50 {
                    if let Some(first) = out.last_mut() {
                        first.2 = m.end();
                    }
                    for k in from + 1..=n {
                        out.push((k, fs, m.end()));
                    }
                    range = false;
                    continue;
                }
            }
            range = false;
        }
        out.push((n, m.start(), m.end()));
    }
    out
}

/// Follows answers that are only a reference: a chain longer than one step
/// is a warning, a loop an error.
fn chains(doc: &Document, refs: &[EntryRefs], out: &mut Vec<Diagnostic>) {
    // The single target of every redirect-only answer, by question number.
    let redirect_of = |n: u32| -> Option<(&EntryRefs, Target)> {
        let r = refs
            .iter()
            .find(|r| r.redirect && doc.entries[r.entry].numbers.contains(&n))?;
        (r.targets.len() == 1).then(|| (r, r.targets[0]))
    };
    let mut reported_cycles: BTreeSet<Vec<u32>> = BTreeSet::new();
    for r in refs {
        let own = doc.entries[r.entry].first_number();
        for t in &r.targets {
            if doc.entries[r.entry].numbers.contains(&t.number) {
                continue;
            }
            let mut path = vec![own, t.number];
            let mut steps: Vec<Span> = Vec::new();
            let mut cur = t.number;
            let mut cycle = false;
            while let Some((_, next)) = redirect_of(cur) {
                steps.push(next.span);
                if path.contains(&next.number) {
                    cycle = next.number == own || path[1..].contains(&next.number);
                    path.push(next.number);
                    break;
                }
                path.push(next.number);
                cur = next.number;
                if path.len() > 64 {
                    break;
                }
            }
            if cycle {
                if !r.redirect {
                    continue; // reported where the loop itself is
                }
                let mut members: Vec<u32> = path[..path.len() - 1].to_vec();
                members.sort_unstable();
                members.dedup();
                if !reported_cycles.insert(members) {
                    continue;
                }
                let mut d = CYCLE
                    .at(
                        t.span,
                        format!("references go round in a circle: {}", arrows(&path)),
                    )
                    .with_question(Some(own))
                    .with_help("answer one of these questions, and let the others refer to it");
                for s in &steps {
                    d = d.with_related(*s, "refers on here");
                }
                out.push(d);
            } else if !steps.is_empty() {
                let end = *path.last().unwrap_or(&t.number);
                let mut d = CHAIN
                    .at(
                        t.span,
                        format!(
                            "question {} only refers on: {}; the answer is in question {end}",
                            t.number,
                            arrows(&path)
                        ),
                    )
                    .with_question(Some(own))
                    .with_help(format!("refer to question {end} directly"));
                for s in &steps {
                    d = d.with_related(*s, "refers on here");
                }
                out.push(d);
            }
        }
    }
}

fn arrows(path: &[u32]) -> String {
    path.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" → ")
}

fn footnotes(doc: &Document, out: &mut Vec<Diagnostic>) {
    let known: BTreeSet<u32> = doc
        .markers
        .iter()
        .map(|m| m.number)
        .chain(doc.definitions.iter().map(|d| d.number))
        .collect();
    for e in &doc.entries {
        let answer = doc.answer_text(e);
        for caps in FOOTNOTE_REF.captures_iter(&answer.text) {
            let Some(m) = caps.get(1) else { continue };
            let Ok(n) = m.as_str().parse::<u32>() else {
                continue;
            };
            if known.contains(&n) {
                continue;
            }
            out.push(
                MISSING_FOOTNOTE
                    .at(
                        answer.source_span(m.start(), m.end()),
                        format!("footnote {n} does not exist"),
                    )
                    .with_question(Some(e.first_number()))
                    .with_help("refer to an existing footnote"),
            );
        }
    }
}

fn appendices(doc: &Document, out: &mut Vec<Diagnostic>) {
    let headings: BTreeSet<u32> = APPENDIX_HEADING
        .captures_iter(&doc.text)
        .filter_map(|c| c.get(1)?.as_str().parse().ok())
        .collect();
    if headings.is_empty() {
        return;
    }
    for e in &doc.entries {
        let answer = doc.answer_text(e);
        for caps in APPENDIX_REF.captures_iter(&answer.text) {
            let Some(m) = caps.get(1) else { continue };
            let Ok(n) = m.as_str().parse::<u32>() else {
                continue;
            };
            if headings.contains(&n) {
                continue;
            }
            out.push(
                MISSING_APPENDIX
                    .at(
                        answer.source_span(m.start(), m.end()),
                        format!("bijlage {n} does not exist in this document"),
                    )
                    .with_question(Some(e.first_number()))
                    .with_help("refer to an existing appendix, or add it"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn number_lists_and_ranges() {
        let got: Vec<u32> = numbers("12 t/m 15").into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec![12, 13, 14, 15]);
        let got: Vec<u32> = numbers("3, 7 en 9").into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec![3, 7, 9]);
    }
}

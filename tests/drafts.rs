//! A draft against the committee's list and against its previous version
//! (issue 13), on the seed and on real documents of other layouts: an
//! Aanhangsel answer ("Vraag N" labels, a joint answer) and an Algemene
//! Rekenkamer letter whose line breaks were lost. From each document the
//! committee's list is derived by keeping only its questions; then one
//! change at a time is made and the draft/ rules must report exactly it.
//! The real documents are read from `../shared/real/docs/` and skipped,
//! with a note, when they are absent.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use kamerlint::renumber;
use kamerlint::rules::xref::question_references;
use kamerlint::{Config, Diagnostic, Document, Versions};

/// The documents, each with the question to change.
const DOCUMENTS: &[(&str, u32)] = &[
    ("seed", 10),
    (
        "ah-tk-20232024-1786-exportkredietverzekeringen-baggersector.txt",
        4,
    ),
    (
        "ar-2013-04-17-bezuinigingen-op-uitvoeringsorganisaties.txt",
        3,
    ),
];

/// The question to drop from each document. In a letter whose line breaks
/// were lost, the reader follows the numbers in sequence and does not read
/// past a gap ("2." then "4."): the last question is dropped there.
fn to_drop(name: &str, at: u32, doc: &Document) -> u32 {
    if doc.line_breaks_lost {
        doc.entries.last().map_or(at, |e| e.first_number())
    } else {
        let _ = name;
        at
    }
}

fn text_of(name: &str) -> Option<String> {
    if name == "seed" {
        return Some(common::seed_text());
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/real/docs")
        .join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            common::skipped(&format!("../shared/real/docs/{name} not found (the real documents are not in this repository)"));
            None
        }
    }
}

fn read(name: &str, text: &str) -> Arc<Document> {
    kamerlint::read_other(name, text.as_bytes(), Config::standard()).expect("readable")
}

/// The draft/ findings of `draft` against `questions` and `previous`.
fn drafts(draft: &str, questions: Option<&str>, previous: Option<&str>) -> Vec<Diagnostic> {
    let versions = Versions {
        questions: questions.map(|t| read("list.txt", t)),
        previous: previous.map(|t| read("old.txt", t)),
    };
    kamerlint::check_against("draft.txt", draft.as_bytes(), Config::standard(), &versions)
        .expect("checked")
        .diagnostics
        .into_iter()
        .filter(|d| d.rule.starts_with("draft/"))
        .collect()
}

fn shown(found: &[Diagnostic]) -> String {
    found
        .iter()
        .map(|d| format!("{} {:?} {}\n", d.rule, d.question, d.message))
        .collect()
}

/// Where the label of an entry starts: "Vraag 7" in a letter, the number
/// itself in a numbered list.
fn label_start(doc: &Document, number_start: usize) -> usize {
    let before = &doc.text[..number_start];
    let trimmed = before.trim_end_matches([' ', '\t']);
    let lower = trimmed.to_lowercase();
    if lower.ends_with("vraag") {
        trimmed.len() - "vraag".len()
    } else if doc.line_breaks_lost {
        number_start
    } else {
        before.rfind('\n').map_or(0, |i| i + 1)
    }
}

/// The committee's list: each question with its number, as the document
/// prints them, and nothing of the answers.
fn list_of(doc: &Document) -> String {
    let mut out = String::new();
    for e in &doc.entries {
        let start = label_start(doc, e.number_span.start);
        let end = e.question_span().map_or(e.number_span.end, |q| q.end);
        out.push_str(doc.text[start..end].trim());
        out.push_str("\n\n");
    }
    out
}

/// The document with the question text of entry `number` changed: its
/// first long word is replaced. Returns the text and the word.
fn reworded(doc: &Document, number: u32) -> (String, String) {
    let e = doc
        .entries
        .iter()
        .find(|e| e.numbers == [number])
        .expect("entry");
    let q = e.question_span().expect("question");
    let question = &doc.text[q.start..q.end];
    let (at, word) = question
        .split_whitespace()
        .filter(|w| w.len() >= 7 && w.chars().all(char::is_alphabetic))
        .map(|w| (w.as_ptr() as usize - question.as_ptr() as usize, w))
        .next()
        .unwrap_or_else(|| panic!("a long word in question {number}: {question}"));
    let mut text = doc.text.to_string();
    text.replace_range(q.start + at..q.start + at + word.len(), "onderwerp");
    (text, word.to_string())
}

/// The document without entry `number` (from its label to the next
/// entry's label).
fn dropped(doc: &Document, number: u32) -> String {
    let i = doc
        .entries
        .iter()
        .position(|e| e.numbers == [number])
        .expect("entry");
    let start = label_start(doc, doc.entries[i].number_span.start);
    let end = doc
        .entries
        .get(i + 1)
        .map_or(doc.text.len(), |n| label_start(doc, n.number_span.start));
    let mut text = doc.text.to_string();
    text.replace_range(start..end, "");
    text
}

/// The document with a question inserted before entry `number`, the
/// questions from there renumbered (and their labels), the references
/// not: as an editor leaves a draft after inserting a question.
fn inserted(doc: &Document, number: u32) -> String {
    let e = doc
        .entries
        .iter()
        .find(|e| e.numbers == [number])
        .expect("entry");
    let start = label_start(doc, e.number_span.start);
    let label = &doc.text[start..e.number_span.start];
    // Between the number and the question: " ", ". " or a line break.
    let q = e.question_span().expect("question").start;
    let sep = &doc.text[e.number_span.end..q];
    let (question, answer) = (
        "Hoeveel exportvergunningen zijn in 2024 geweigerd?",
        "In 2024 zijn 17 vergunningen geweigerd.",
    );
    let new = if doc.line_breaks_lost {
        format!("{label}{number}{sep}{question} {answer} ")
    } else if label.trim().is_empty() {
        format!("{number}{sep}{question}\n{answer}\n\n")
    } else {
        format!("{label}{number}{sep}{question}\nAntwoord {number}\n{answer}\n")
    };
    let mut text = doc.text.to_string();
    text.insert_str(start, &new);
    // Renumber what follows, labels included, and leave the references.
    let draft = read("draft.txt", &text);
    let mut plan = renumber::renumber(&draft);
    plan.edits
        .retain(|e| e.what.en == "question" || e.what.en == "label");
    plan.apply(&draft.text)
}

#[test]
fn an_unchanged_draft_gives_no_draft_finding() {
    for &(name, _) in DOCUMENTS {
        let Some(text) = text_of(name) else { continue };
        let doc = read(name, &text);
        let list = list_of(&doc);
        let numbers = |d: &Document| d.entries.iter().map(|e| e.numbers.len()).sum::<usize>();
        assert_eq!(
            numbers(&read("list.txt", &list)),
            numbers(&doc),
            "{name}: the derived list reads back with every question\n{list}"
        );
        let found = drafts(&text, Some(&list), Some(&text));
        assert!(found.is_empty(), "{name}:\n{}", shown(&found));
    }
}

#[test]
fn a_reworded_question_is_shown_with_its_difference() {
    for &(name, at) in DOCUMENTS {
        let Some(text) = text_of(name) else { continue };
        let doc = read(name, &text);
        let list = list_of(&doc);
        let (draft, word) = reworded(&doc, at);
        let found = drafts(&draft, Some(&list), None);
        assert_eq!(found.len(), 1, "{name}:\n{}", shown(&found));
        let d = &found[0];
        assert_eq!(
            (d.rule, d.question),
            ("draft/question-changed", Some(at)),
            "{name}"
        );
        assert!(
            d.message.contains(&format!("[-{word}-] {{+onderwerp+}}")),
            "{name}: {}",
            d.message
        );
        assert_eq!(&draft[d.span.start..d.span.end], "onderwerp", "{name}");
    }
}

#[test]
fn a_dropped_question_is_missing() {
    for &(name, at) in DOCUMENTS {
        let Some(text) = text_of(name) else { continue };
        let doc = read(name, &text);
        let list = list_of(&doc);
        let at = to_drop(name, at, &doc);
        let found = drafts(&dropped(&doc, at), Some(&list), None);
        assert_eq!(found.len(), 1, "{name}:\n{}", shown(&found));
        assert_eq!(
            (found[0].rule, found[0].question),
            ("draft/missing-question", Some(at)),
            "{name}"
        );
    }
}

/// After a question is inserted and the questions renumbered, each
/// reference to a question that moved is stale, with the right number to
/// write, and no other reference is; `renumber --previous` repairs them,
/// the same as renumbering the whole draft would.
#[test]
fn references_left_behind_by_an_insertion_are_stale_and_repaired() {
    for &(name, at) in DOCUMENTS {
        let Some(text) = text_of(name) else { continue };
        let doc = read(name, &text);
        let draft = inserted(&doc, at);
        let found = drafts(&draft, None, Some(&text));
        let expected: Vec<u32> = question_references(&doc)
            .into_iter()
            .filter(|&(_, n, span)| n >= at && doc.text[span.start..span.end] == n.to_string())
            .map(|(_, n, _)| n + 1)
            .collect();
        let mut fixes: Vec<u32> = found
            .iter()
            .map(|d| {
                assert_eq!(d.rule, "draft/stale-reference", "{name}: {}", shown(&found));
                let fix = d.fix.as_ref().expect("a fix");
                fix.replacement.parse().expect("a number")
            })
            .collect();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort_unstable();
        fixes.sort_unstable();
        assert_eq!(fixes, expected_sorted, "{name}:\n{}", shown(&found));
        if name == "seed" {
            // Read by hand: 18 references in the seed name a question
            // after 10.
            assert_eq!(found.len(), 18);
        }

        let draft_doc = read("draft.txt", &draft);
        let result = kamerlint::check_against(
            "draft.txt",
            draft.as_bytes(),
            Config::standard(),
            &Versions {
                questions: None,
                previous: Some(read("old.txt", &text)),
            },
        )
        .expect("checked");
        let repaired = renumber::repair(&draft_doc, &result.diagnostics).apply(&draft_doc.text);
        let left = drafts(&repaired, None, Some(&text));
        assert!(
            left.is_empty(),
            "{name}: stale references left after the repair:\n{}\nfirst:\n{}",
            shown(&left),
            shown(&found)
        );
        // Each reference names the question it named before the insertion.
        let repaired = read("repaired.txt", &repaired);
        let before = question_references(&doc);
        let after = question_references(&repaired);
        assert_eq!(before.len(), after.len(), "{name}");
        for ((_, b, _), (_, a, _)) in before.iter().zip(&after) {
            assert_eq!(
                question(&doc, *b),
                question(&repaired, *a),
                "{name}: reference to {b} became {a}"
            );
        }
    }
}

/// The question text of question `n`, in words.
fn question(d: &Document, n: u32) -> String {
    let e = d
        .entries
        .iter()
        .find(|e| e.numbers.contains(&n))
        .expect("target");
    d.question_text(e)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `renumber` numbers a draft with a gap 1..N and keeps each reference on
/// the question it named.
#[test]
fn renumber_closes_a_gap_and_keeps_references_on_their_question() {
    let Some(text) = text_of("seed") else { return };
    let doc = read("seed", &text);
    let draft = read("draft.txt", &dropped(&doc, 20));
    let plan = renumber::renumber(&draft);
    let new = read("new.txt", &plan.apply(&draft.text));
    let numbers: Vec<u32> = new.entries.iter().flat_map(|e| e.numbers.clone()).collect();
    assert_eq!(numbers, (1..=147).collect::<Vec<u32>>());
    // Each reference names the question with the same text as before.
    let before = question_references(&draft);
    let after = question_references(&new);
    assert_eq!(before.len(), after.len());
    for ((_, b, _), (_, a, _)) in before.iter().zip(&after) {
        assert_eq!(question(&draft, *b), question(&new, *a), "{b} became {a}");
    }
}

/// A question inserted as "10a" in the seed, with a reference to it: read
/// as a question of its own (a warning, no numbering error), and
/// `renumber` numbers the list 1..149 with every reference on its question.
#[test]
fn a_lettered_question_is_read_and_renumbered() {
    let Some(text) = text_of("seed") else { return };
    let doc = read("seed", &text);
    let e = doc
        .entries
        .iter()
        .find(|e| e.numbers == [11])
        .expect("entry 11");
    let at = label_start(&doc, e.number_span.start);
    let mut draft = text.clone();
    draft.insert_str(
        at,
        "10a Hoeveel exportvergunningen zijn in 2024 geweigerd?\nIn 2024 zijn 17 vergunningen geweigerd; zie ook vraag 9.\n\n",
    );
    let result = kamerlint::check_bytes("draft.txt", draft.as_bytes());
    let rules: Vec<&str> = result.diagnostics.iter().map(|d| d.rule).collect();
    assert!(rules.contains(&"structure/lettered-number"), "{rules:?}");
    for rule in [
        "structure/duplicate-number",
        "structure/out-of-order",
        "structure/missing-number",
    ] {
        assert!(!rules.contains(&rule), "{rule}");
    }
    let draft_doc = read("draft.txt", &draft);
    let new = read(
        "new.txt",
        &renumber::renumber(&draft_doc).apply(&draft_doc.text),
    );
    let numbers: Vec<u32> = new.entries.iter().flat_map(|e| e.numbers.clone()).collect();
    assert_eq!(numbers, (1..=149).collect::<Vec<u32>>());
    assert!(new.entries.iter().all(|e| e.suffix.is_none()));
    let before = question_references(&draft_doc);
    let after = question_references(&new);
    assert_eq!(before.len(), after.len());
    for ((_, b, _), (_, a, _)) in before.iter().zip(&after) {
        assert_eq!(
            question(&draft_doc, *b),
            question(&new, *a),
            "{b} became {a}"
        );
    }
}

/// Every real document, unchanged, against the list derived from it and
/// against itself as the previous version: no draft/ finding.
#[test]
fn no_real_document_differs_from_its_own_list_or_itself() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        common::skipped(
            "../shared/real/docs not found (the real documents are not in this repository)",
        );
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut wrong = Vec::new();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
    {
        let text = std::fs::read_to_string(path).expect("readable");
        let doc = read("doc.txt", &text);
        if doc.entries.is_empty() {
            continue;
        }
        // Against itself as the previous version: always silent.
        let found = drafts(&text, None, Some(&text));
        if !found.is_empty() {
            wrong.push(format!("{} (previous):\n{}", path.display(), shown(&found)));
        }
        // Against the list of its questions, where one can be derived: a
        // letter whose line breaks were lost gives no list a committee
        // would send, and a nota answers a verslag, not a numbered list.
        let list = list_of(&doc);
        let numbers = |d: &Document| d.entries.iter().map(|e| e.numbers.len()).sum::<usize>();
        if doc.line_breaks_lost || numbers(&read("list.txt", &list)) != numbers(&doc) {
            continue;
        }
        let found = drafts(&text, Some(&list), None);
        if !found.is_empty() {
            wrong.push(format!("{}:\n{}", path.display(), shown(&found)));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

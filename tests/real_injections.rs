//! The injections of `tests/injections.rs` on real documents of three
//! layouts: answers to Kamervragen from the Aanhangsel (labels, footnote
//! blocks at the page foot), the nota naar aanleiding van het verslag
//! (margin numbers), and a Rekenkamer letter whose line breaks were lost.
//! Each copy carries one defect, and the finding it must bring appears at
//! the injected place. Read from `../shared/real/docs/`; skipped (with a
//! printed note) where that folder is absent.

mod common;

use std::path::PathBuf;

use common::replace_on_line;

fn real(name: &str) -> Option<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs");
    let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
        common::skipped(&format!(
            "../shared/real/docs/{name} not found (the real documents are not in this repository)"
        ));
        return None;
    };
    Some(text)
}

/// (rule, line) of the diagnostics `changed` has and `original` has not.
fn added(original: &str, changed: &str) -> Vec<(String, usize)> {
    common::added_findings(original, changed, |_| true)
}

fn delete_lines(text: &str, from: usize, to: usize, first: &str) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    assert!(lines[from - 1].starts_with(first), "{:?}", lines[from - 1]);
    lines.drain(from - 1..to);
    lines.join("\n")
}

fn insert_lines(text: &str, after: usize, new: &[&str]) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    for (k, l) in new.iter().enumerate() {
        lines.insert(after + k, l);
    }
    lines.join("\n")
}

const AANHANGSEL: &str = "ah-tk-20232024-1786-exportkredietverzekeringen-baggersector.txt";
const QUANTUM: &str = "ah-tk-20232024-1178-quantumproof-encryptie.txt";
const NOTA: &str = "36450-6-nota-naar-aanleiding-van-het-verslag-instellingswet-atr.txt";
const LETTER: &str = "ar-2020-02-13-hilversum-in-beeld.txt";

#[test]
fn aanhangsel_removed_definition() {
    let Some(t) = real(AANHANGSEL) else { return };
    // Footnote 1 ("https://www.bothends.org/...", line 49) under its number (line 43); marker "Ends1?" on line 22.
    let cut = delete_lines(&t, 49, 49, "https://www.bothends.org");
    let cut = delete_lines(&cut, 43, 43, "1");
    assert_eq!(
        added(&t, &cut),
        vec![("footnote/undefined".to_string(), 22)]
    );
}

#[test]
fn aanhangsel_duplicated_definition() {
    let Some(t) = real(AANHANGSEL) else { return };
    let twice = insert_lines(&t, 49, &["1", "https://www.bothends.org/en/Whats-new/"]);
    let found = added(&t, &twice);
    assert!(
        found.contains(&("footnote/duplicate-definition".to_string(), 50)),
        "{found:?}"
    );
}

#[test]
fn aanhangsel_reference_to_a_missing_question() {
    let Some(t) = real(QUANTUM) else { return };
    let changed = replace_on_line(&t, 91, "(zie vraag 3)", "(zie vraag 13)");
    assert_eq!(
        added(&t, &changed),
        vec![("xref/missing-target".to_string(), 91)]
    );
}

#[test]
fn aanhangsel_renumbered_question() {
    let Some(t) = real(QUANTUM) else { return };
    let changed = replace_on_line(&t, 85, "Vraag 4", "Vraag 6");
    let found = added(&t, &changed);
    assert!(
        found.contains(&("structure/duplicate-number".to_string(), 85)),
        "{found:?}"
    );
    assert!(
        found.contains(&("structure/missing-number".to_string(), 85)),
        "{found:?}"
    );
}

#[test]
fn nota_reference_to_a_missing_question() {
    let Some(t) = real(NOTA) else { return };
    // "... verwijs ik naar het antwoord op vraag" / "11." (answer 12).
    let changed = replace_on_line(&t, 261, "11.", "111.");
    assert_eq!(
        added(&t, &changed),
        vec![("xref/missing-target".to_string(), 261)]
    );
}

#[test]
fn nota_renumbered_question() {
    let Some(t) = real(NOTA) else { return };
    let changed = replace_on_line(&t, 262, "13", "31");
    let found = added(&t, &changed);
    assert!(
        found.contains(&("structure/duplicate-number".to_string(), 262)),
        "{found:?}"
    );
    assert!(
        found.contains(&("structure/missing-number".to_string(), 262)),
        "{found:?}"
    );
}

#[test]
fn nota_removed_definition() {
    let Some(t) = real(NOTA) else { return };
    // Footnote 5 ("Sira (2021) ...", two lines) under its number on line 277; marker "Sira5" on line 255.
    let cut = delete_lines(&t, 277, 280, "5");
    assert_eq!(
        added(&t, &cut),
        vec![("footnote/undefined".to_string(), 255)]
    );
}

#[test]
fn nota_duplicated_definition() {
    let Some(t) = real(NOTA) else { return };
    let twice = insert_lines(&t, 280, &["5", "Sira (2021), nogmaals."]);
    let found = added(&t, &twice);
    assert!(
        found.contains(&("footnote/duplicate-definition".to_string(), 281)),
        "{found:?}"
    );
}

#[test]
fn letter_reference_to_a_missing_question() {
    let Some(t) = real(LETTER) else { return };
    assert_eq!(t.matches("(zie antwoord op  vraag 3)").count(), 1);
    let changed = t.replacen(
        "(zie antwoord op  vraag 3)",
        "(zie antwoord op  vraag 30)",
        1,
    );
    assert_eq!(
        added(&t, &changed),
        vec![("xref/missing-target".to_string(), 1)]
    );
}

#[test]
fn letter_renumbered_question() {
    let Some(t) = real(LETTER) else { return };
    assert_eq!(t.matches("  5. Hoeveel procent").count(), 1);
    let changed = t.replacen("  5. Hoeveel procent", "  4. Hoeveel procent", 1);
    let found = added(&t, &changed);
    assert!(
        found.contains(&("structure/duplicate-number".to_string(), 1)),
        "{found:?}"
    );
}

#[test]
fn letter_footnote_numbering_stays_silent() {
    // Where the line breaks were lost a definition cannot be told from the
    // text, so a marker without one is not reported (by design; see
    // footnote/undefined). The marker is still read.
    let Some(t) = real(LETTER) else { return };
    let changed = t.replacen(
        "over ons rapport Hilversum in beeld.",
        "over ons rapport Hilversum in beeld.1",
        1,
    );
    let r = kamerlint::check_bytes("real.txt", changed.as_bytes());
    assert_eq!(r.document.markers.len(), 1);
    assert!(added(&t, &changed).is_empty());
}

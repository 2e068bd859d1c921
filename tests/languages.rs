//! kamerlint speaks Dutch by default and English with `--lang en` or
//! `KAMERLINT_LANG=en`: the same findings in both, every message in the
//! language chosen, and no user-facing text written in one language only.

use std::path::Path;
use std::process::{Command, Output};

use kamerlint::lang::{scoped, Lang};
use regex::Regex;

const SEED: &str = "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt";

/// The binary with `args` and `env`, without the caller's KAMERLINT_LANG.
fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("KAMERLINT_LANG")
        .env("NO_COLOR", "1")
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("kamerlint runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_speaks_dutch_by_default_and_english_on_request() {
    let dutch = text(&run(&["check", SEED], &[]).stdout);
    assert!(dutch.contains(" fouten, "), "{dutch}");
    assert!(dutch.contains(" waarschuwingen, "), "{dutch}");
    assert!(dutch.contains("148 vragen, 66 voetnoottekens"), "{dutch}");
    assert!(dutch.contains("\n  hulp: "), "{dutch}");
    assert!(!dutch.contains("\n  help: "), "{dutch}");

    for english in [
        text(&run(&["check", "--lang", "en", SEED], &[]).stdout),
        text(&run(&["--lang", "en", "check", SEED], &[]).stdout),
        text(&run(&["check", SEED], &[("KAMERLINT_LANG", "en")]).stdout),
    ] {
        assert!(english.contains(" errors, "), "{english}");
        assert!(
            english.contains("148 questions, 66 footnote markers"),
            "{english}"
        );
        assert!(english.contains("\n  help: "), "{english}");
    }
    // The flag wins over the environment.
    let flag = text(
        &run(
            &["check", "--lang", "nl", SEED],
            &[("KAMERLINT_LANG", "en")],
        )
        .stdout,
    );
    assert!(flag.contains(" fouten, "), "{flag}");
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let flag = run(&["check", "--lang", "fr", SEED], &[]);
    assert_eq!(flag.status.code(), Some(2));
    assert!(
        text(&flag.stderr).contains("nl or en"),
        "{}",
        text(&flag.stderr)
    );
    let env = run(&["check", SEED], &[("KAMERLINT_LANG", "klingon")]);
    assert_eq!(env.status.code(), Some(2));
    assert!(
        text(&env.stderr).contains("KAMERLINT_LANG is `klingon`; gebruik nl of en"),
        "{}",
        text(&env.stderr)
    );
}

/// JSON, SARIF and GitHub output carry the messages in the language
/// chosen, and the same findings in both.
#[test]
fn machine_formats_carry_the_chosen_language() {
    let json = |lang: &str| -> serde_json::Value {
        let out = run(&["check", "--format", "json", "--lang", lang, SEED], &[]);
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let (nl, en) = (json("nl"), json("en"));
    assert_eq!(nl["lang"], "nl");
    assert_eq!(en["lang"], "en");
    let places = |v: &serde_json::Value| -> Vec<(String, u64, u64)> {
        v["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                (
                    d["rule"].as_str().unwrap_or("").to_string(),
                    d["line"].as_u64().unwrap_or(0),
                    d["column"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    assert!(!places(&nl).is_empty());
    assert_eq!(places(&nl), places(&en));
    let messages = |v: &serde_json::Value| -> Vec<String> {
        v["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| d["message"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let differ = messages(&nl)
        .iter()
        .zip(messages(&en))
        .filter(|(a, b)| *a != b)
        .count();
    assert!(
        differ * 10 >= messages(&nl).len() * 9,
        "only {differ} of {} messages differ between Dutch and English",
        messages(&nl).len()
    );

    let sarif = run(&["check", "--format", "sarif", SEED], &[]);
    let sarif: serde_json::Value = serde_json::from_slice(&sarif.stdout).expect("SARIF");
    assert_eq!(sarif["runs"][0]["language"], "nl");
    let github = text(&run(&["check", "--format", "github", "--lang", "en", SEED], &[]).stdout);
    assert!(github.contains("%0Ahelp: "), "{github}");
    let github = text(&run(&["check", "--format", "github", SEED], &[]).stdout);
    assert!(github.contains("%0Ahulp: "), "{github}");
}

/// The HTML report's own words follow the language, and so does its
/// `lang` attribute (screen readers pronounce by it).
#[test]
fn the_html_report_speaks_the_chosen_language() {
    let page =
        |lang: &str| text(&run(&["check", "--format", "html", "--lang", lang, SEED], &[]).stdout);
    let nl = page("nl");
    assert!(nl.contains("<html lang=\"nl\">"));
    assert!(
        nl.contains("per vraag") && nl.contains("alle regels"),
        "Dutch controls"
    );
    let en = page("en");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(
        en.contains("by question") && en.contains("all rules"),
        "English controls"
    );
}

/// A document read from Word names every place in Word's terms, in
/// either language, for a finding and its related places alike.
#[test]
fn word_places_in_both_languages() {
    let bytes = std::fs::read("tests/fixtures/docx/seed-part.docx").expect("fixture");
    let render = |lang| {
        scoped(lang, || {
            let result = kamerlint::check_bytes("seed-part.docx", &bytes);
            kamerlint::report::json::render(std::slice::from_ref(&result)).expect("JSON")
        })
    };
    let nl: serde_json::Value = serde_json::from_str(&render(Lang::Nl)).expect("JSON");
    let en: serde_json::Value = serde_json::from_str(&render(Lang::En)).expect("JSON");
    let locations = |v: &serde_json::Value| -> Vec<String> {
        let mut out = Vec::new();
        for d in v["diagnostics"].as_array().expect("diagnostics") {
            out.push(d["location"].as_str().unwrap_or("(none)").to_string());
            for r in d["related"].as_array().expect("related") {
                out.push(r["location"].as_str().unwrap_or("(none)").to_string());
            }
        }
        out
    };
    let (nl, en) = (locations(&nl), locations(&en));
    assert!(nl.iter().any(|l| l.contains("vraag 8, antwoord")), "{nl:?}");
    assert!(
        en.iter().any(|l| l.contains("question 8, answer")),
        "{en:?}"
    );
    assert!(
        !nl.contains(&"(none)".to_string()),
        "every place named: {nl:?}"
    );
}

/// Every text a reporter, a command, a reader or a rule writes for a user
/// is made in both languages: a `Msg::new(nl, en)` (or a rule's
/// `Text::new`), never a bare English string. This scans the source for
/// string literals that read as English prose outside those; what it
/// leaves alone is listed in `ALLOWED` with the reason.
#[test]
fn no_user_text_is_written_in_one_language_only() {
    let english = Regex::new(
        r"\b(?:the|to|and|not|with|was|cannot|found|this|are|has|have|than|from|which|into|its|been|there|where|could|does|must|each|every|only)\b",
    )
    .expect("pattern");
    let literal = Regex::new(r#""((?:[^"\\]|\\.)*)""#).expect("pattern");
    let raw = Regex::new(r##"(?s)r#".*?"#"##).expect("pattern");
    let word = Regex::new(r"\b[a-z]{2,}\b").expect("pattern");
    let mut found = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.expect("walk");
        let path = entry.path();
        let name = path
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        if path.extension().is_none_or(|e| e != "rs")
            || name.ends_with("/tests.rs")
            || name.contains("/tests/")
            || ALLOWED.iter().any(|(prefix, _)| name.starts_with(prefix))
        {
            continue;
        }
        let source = std::fs::read_to_string(path).expect("source");
        // Code before the tests; raw strings (explanations, examples) blanked.
        let code = source.split("#[cfg(test)]").next().unwrap_or("");
        let code = raw.replace_all(code, |c: &regex::Captures| {
            "\n".repeat(c[0].matches('\n').count())
        });
        let lines: Vec<&str> = code.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            for m in literal.captures_iter(line) {
                let value = &m[1];
                // Patterns and markup are not prose.
                let code_like = ["(?", "\\s", "\\b", "<"].iter().any(|c| value.contains(c));
                // Prose has spaces (a rule id has none).
                if code_like
                    || !value.contains(' ')
                    || word.find_iter(value).count() < 3
                    || !english.is_match(value)
                {
                    continue;
                }
                // In a two-language constructor, or a rule's English
                // summary (its Dutch is the next field).
                let context = lines[i.saturating_sub(4)..=i].join("\n");
                if [
                    "Msg::new(",
                    "Text::new(",
                    "summary:",
                    "debug_assert!",
                    "panic!(",
                ]
                .iter()
                .any(|c| context.contains(c))
                {
                    continue;
                }
                found.push(format!("{name}:{}: \"{value}\"", i + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} texts in one language only (make them lang::Msg::new(nl, en)):\n{}",
        found.len(),
        found.join("\n")
    );
}

/// Files whose words are not messages to a user, or are English by
/// decision.
const ALLOWED: &[(&str, &str)] = &[
    (
        "src/build.rs",
        "the build script's panics are for whoever builds kamerlint, at compile time, never a user's run",
    ),
    (
        "src/report/parse",
        "`kamerlint parse` is the reader's debugging view, in the terms of the model (English)",
    ),
    (
        "src/cli.rs",
        "`--help` is clap's, in English (the option names are English too)",
    ),
    (
        "src/lang.rs",
        "the build error for a text without both languages",
    ),
    (
        "src/document/figures/derived/verdict.rs",
        "why a figure was not recomputed: shown by `kamerlint parse` only",
    ),
    (
        "src/document/figures/derived/operand.rs",
        "why a figure was not recomputed: shown by `kamerlint parse` only",
    ),
    (
        "src/rules/names/data.rs",
        "errors in kamerlint's own data file (rules/data/names.toml), caught by its tests",
    ),
    (
        "src/rules/total/outcome.rs",
        "a breakdown's verdict in words: shown by `kamerlint parse` only",
    ),
];

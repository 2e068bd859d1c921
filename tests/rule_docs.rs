//! Every rule, built-in or from a default rule file, is documented, and its
//! examples behave as documented: each bad one triggers the rule, each good
//! one does not and has no other warning or error. Every rule id a check
//! can emit is registered.

use std::collections::BTreeSet;
use std::path::Path;

use kamerlint::config::Config;
use kamerlint::rules::set::Form;
use kamerlint::rules::{registry, Example, RuleInfo};
use kamerlint::Diagnostic;

fn defaults() -> Config {
    Config::defaults().unwrap_or_else(|e| panic!("{}", e.render(false)))
}

/// The findings of `example`, as `kamerlint check` reports them under the
/// default rules (or under the configuration the example gives).
fn findings(defaults: &Config, example: &Example) -> Vec<Diagnostic> {
    let config = match example.config_text() {
        Some(text) => Config::parse("kamerlint.toml", Path::new("."), text)
            .unwrap_or_else(|e| panic!("{}", e.render(false))),
        None => defaults.clone(),
    };
    let mut versions = kamerlint::Versions::default();
    if let Some(other) = example.other_body() {
        let read = kamerlint::read_other("other.txt", other.as_bytes(), &config)
            .unwrap_or_else(|e| panic!("{e}"));
        match example.form {
            Form::AgainstQuestions => versions.questions = Some(read),
            _ => versions.previous = Some(read),
        }
    }
    kamerlint::check_against(
        "example.txt",
        example.document().as_bytes(),
        &config,
        &versions,
    )
    .unwrap_or_else(|e| panic!("{e}"))
    .diagnostics
}

fn examples_hold(rule: &RuleInfo, defaults: &Config, failures: &mut Vec<String>) {
    if rule.bad.is_empty() || rule.good.is_empty() {
        failures.push(format!("{}: no bad or no good example", rule.id));
    }
    for example in &rule.bad {
        let found = findings(defaults, example);
        if !found.iter().any(|d| d.rule == rule.id) {
            failures.push(format!(
                "{}: bad example does not trigger it: {:?}\nfound: {found:?}",
                rule.id, example.text
            ));
        }
    }
    for example in &rule.good {
        let found = findings(defaults, example);
        if found.iter().any(|d| d.rule == rule.id) {
            failures.push(format!("{}: good example triggers it", rule.id));
        }
        // A good example is a correct document: no error or warning at all
        // (a document without questions is the one rule that cannot be
        // shown correct without other findings).
        let loud: Vec<_> = found
            .iter()
            .filter(|d| d.severity >= kamerlint::Severity::Warning)
            .map(|d| format!("{} {}", d.rule, d.message))
            .collect();
        if !loud.is_empty() && rule.id != "structure/no-entries" {
            failures.push(format!(
                "{}: good example has other findings: {loud:?}",
                rule.id
            ));
        }
    }
}

#[test]
fn every_rule_is_documented_and_its_examples_hold() {
    let defaults = defaults();
    let rules = defaults.rules.infos();
    assert!(rules.len() >= 40, "only {} rules", rules.len());
    let mut failures = Vec::new();
    for r in &rules {
        let (cat, name) = r.id.split_once('/').unwrap_or(("", ""));
        if !registry::is_category(cat)
            || name.is_empty()
            || !name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        {
            failures.push(format!("{}: id is not category/name", r.id));
        }
        if r.summary.en.is_empty() || r.explanation.en.len() < 40 {
            failures.push(format!("{}: summary or explanation missing", r.id));
        }
        examples_hold(r, &defaults, &mut failures);
    }
    let ids: BTreeSet<_> = rules.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), rules.len(), "duplicate rule ids");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The ids in the source: every `id: "category/name"` of a rule's
/// metadata and every string literal handed to `Diagnostic::new`.
fn ids_in_source(dir: &Path, out: &mut BTreeSet<String>) {
    let id = regex::Regex::new(r#"(?:id: |Diagnostic::new\(\s*)"([a-z]+/[a-z0-9-]+)""#)
        .expect("pattern");
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            out.extend(id.captures_iter(&text).map(|c| c[1].to_string()));
        }
    }
}

#[test]
fn every_rule_id_a_check_can_emit_is_registered() {
    let registered: BTreeSet<&str> = kamerlint::rules::all().iter().map(|r| r.id).collect();
    // Statically: every id written in the rules' source.
    let mut written = BTreeSet::new();
    ids_in_source(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"),
        &mut written,
    );
    assert!(written.len() >= 30, "{written:?}");
    let unregistered: Vec<&String> = written
        .iter()
        .filter(|id| !registered.contains(id.as_str()))
        .collect();
    assert!(
        unregistered.is_empty(),
        "rule ids in src/rules/ that no family of rules::registry lists: {unregistered:?}"
    );
    // And at run time: every finding on the corpus and on every example.
    let defaults = defaults();
    let known: BTreeSet<&str> = defaults.rules.infos().iter().map(|r| r.id).collect();
    let mut emitted = BTreeSet::new();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"))
        .expect("corpus")
        .flatten()
    {
        let bytes = std::fs::read(entry.path()).expect("corpus file");
        let result = kamerlint::check_bytes_with("c.txt", &bytes, &defaults);
        emitted.extend(result.diagnostics.iter().map(|d| d.rule));
    }
    for rule in defaults.rules.infos() {
        for example in rule.bad.iter().chain(&rule.good) {
            emitted.extend(findings(&defaults, example).iter().map(|d| d.rule));
        }
    }
    let unknown: Vec<&&str> = emitted.iter().filter(|id| !known.contains(**id)).collect();
    assert!(
        unknown.is_empty(),
        "emitted but not registered: {unknown:?}"
    );
}

/// `docs/rules.md` (English) and `docs/regels.md` (Dutch) are what the
/// rules' metadata makes of them. Run with `KAMERLINT_UPDATE_DOCS=1` to
/// rewrite them after changing a rule.
#[test]
fn the_rules_pages_are_current() {
    use kamerlint::lang::Lang;
    use kamerlint::rules::docs;
    let infos = defaults().rules.infos();
    for lang in Lang::ALL {
        let name = docs::file_name(lang);
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("docs")
            .join(name);
        let page = docs::markdown(&infos, lang);
        if std::env::var_os("KAMERLINT_UPDATE_DOCS").is_some() {
            std::fs::write(&path, &page).expect("write the rules page");
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == page,
            "docs/{name} is not what the rules' metadata makes of it; \
             rewrite it with `KAMERLINT_UPDATE_DOCS=1 cargo test --test rule_docs`"
        );
    }
}

/// Every rule says everything in both languages: its summary, its
/// explanation and every template of what it reports.
#[test]
fn every_rule_speaks_dutch_and_english() {
    let mut missing = Vec::new();
    for rule in defaults().rules.infos() {
        if !rule.summary.is_complete() {
            missing.push(format!("{}: summary", rule.id));
        }
        if !rule.explanation.is_complete() {
            missing.push(format!("{}: explanation", rule.id));
        }
    }
    for meta in kamerlint::rules::all() {
        for text in meta.texts {
            if text.nl.trim().is_empty() || text.en.trim().is_empty() {
                missing.push(format!("{}: text {:?}", meta.id, text.key));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} texts lack a language:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

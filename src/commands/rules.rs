//! `kamerlint rules`: every rule with the severity in force, and
//! `--verify`, which checks the examples of the rules of rule files.

use std::path::Path;

use kamerlint::config::Config;
use kamerlint::lang::{Msg, Noun};
use kamerlint::rules::RuleInfo;
use kamerlint::Severity;

use crate::cli::RulesArgs;
use crate::{config_error, emit, resolver, FAILURE, FOUND};

/// `id  severity  summary`, one rule per line, in columns; the severity
/// is the one in force under the configuration ("off" when switched off).
pub(crate) fn list_rules(args: &RulesArgs) -> u8 {
    let config = match resolver(&args.config)
        .and_then(|mut r| r.for_dir(Path::new(".")).map_err(config_error))
    {
        Ok(c) => c,
        Err(code) => return code,
    };
    let all = config.rules.infos();
    if args.verify {
        return verify(&config, &all);
    }
    let width = all.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for rule in &all {
        let level = config
            .rules
            .severity_of(rule.id, rule.severity)
            .map_or("off", Severity::as_str);
        out.push_str(&format!(
            "{:<width$}  {:<7}  {}\n",
            rule.id, level, rule.summary
        ));
    }
    if emit(&out) {
        0
    } else {
        FAILURE
    }
}

const VERIFIED: Msg = Msg::new(
    "{rules} regels nagegaan, {failures}",
    "{rules} rules checked, {failures}",
);
const FAILURES: Noun = Noun::new(
    Msg::new("voorbeeld klopt niet", "failure"),
    Msg::new("voorbeelden kloppen niet", "failures"),
);

/// `kamerlint rules --verify`: the examples of every rule defined in a rule
/// file hold (those of built-in rules are kamerlint's own tests).
fn verify(config: &Config, all: &[RuleInfo]) -> u8 {
    let mut failures = Vec::new();
    let files: Vec<&RuleInfo> = all.iter().filter(|r| r.file.is_some()).collect();
    for rule in files.iter().copied() {
        failures.extend(kamerlint::rules::declarative::examples_hold(rule, |text| {
            kamerlint::check_bytes_with("example.txt", text.as_bytes(), config).diagnostics
        }));
    }
    let mut out = String::new();
    for f in &failures {
        out.push_str(&format!("{f}\n"));
    }
    out.push_str(&format!(
        "{}\n",
        VERIFIED.say(&[
            ("rules", &files.len()),
            ("failures", &FAILURES.count(failures.len()))
        ])
    ));
    if !emit(&out) {
        return FAILURE;
    }
    if failures.is_empty() {
        0
    } else {
        FOUND
    }
}

//! The `kamerlint` command. Exit status: 0 clean, 1 findings at or above
//! `--fail-on` (or more warnings than `--max-warnings`), 2 usage, I/O or
//! configuration errors.

/// Every message to standard error passes through `report::visible`: a
/// file name or a document's text quoted in an error cannot command the
/// terminal. (Defined before the modules, so theirs do too.)
macro_rules! eprintln {
    ($($arg:tt)*) => {
        std::eprintln!("{}", kamerlint::report::visible(&format!($($arg)*)))
    };
}

mod check;
mod cli;
mod watch;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use kamerlint::config::{Config, ConfigError, Resolver};
use kamerlint::report::parse;
use kamerlint::rules::RuleInfo;
use kamerlint::{FileResult, Severity};

use cli::{Cli, Command, ConfigArgs, ParseArgs, ParseFormat, RulesArgs};

const FOUND: u8 = 1;
const FAILURE: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and --version go to stdout with status 0; usage errors to
            // stderr with status 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(FAILURE));
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::check(&args),
        Command::Parse(args) => parse_file(&args),
        Command::Rules(args) => list_rules(&args),
        Command::Watch(args) => watch::run(&args),
        Command::Explain { rule, config } => explain(&rule, &config),
    };
    ExitCode::from(code)
}

/// The configurations of a run; an invalid one is reported with its place
/// in the file.
pub(crate) fn resolver(args: &ConfigArgs) -> Result<Resolver, u8> {
    Resolver::new(args.config.as_deref(), args.profile.map(Into::into)).map_err(config_error)
}

pub(crate) fn config_error(e: ConfigError) -> u8 {
    eprint!("{}", e.render(std::io::stderr().is_terminal()));
    FAILURE
}

/// Reads and checks one file. A panic in the reader or a rule is reported
/// as an error for that file instead of ending the whole run.
pub(crate) fn read_and_check(input: &cli::Input, config: &Config) -> Result<FileResult, String> {
    // Before reading: a file over max-file-size (64 MiB by default) is
    // never loaded into memory.
    let max = config.limits.read_limits().file_size;
    let size = std::fs::metadata(&input.path)
        .map_err(|e| format!("{}: {e}", input.display))?
        .len();
    if size > max {
        return Err(format!(
            "{}: {size} bytes, larger than max-file-size ({max}); not checked",
            input.display
        ));
    }
    let bytes = std::fs::read(&input.path).map_err(|e| format!("{}: {e}", input.display))?;
    std::panic::catch_unwind(|| kamerlint::try_check_bytes_with(&input.display, &bytes, config))
        .map_err(|_| {
            format!(
                "{}: internal error while checking this file (a bug in kamerlint)",
                input.display
            )
        })?
        .map_err(|e| format!("{}: {e}", input.display))
}

fn parse_file(args: &ParseArgs) -> u8 {
    let input = cli::Input {
        path: args.file.clone(),
        display: cli::display(&args.file),
    };
    let document = match read_and_check(&input, Config::standard()) {
        Ok(result) => result.document,
        Err(error) => {
            eprintln!("error: {error}");
            return FAILURE;
        }
    };
    let output = match args.format {
        ParseFormat::Text => parse::text(&document),
        ParseFormat::Json => match parse::json(&document) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: could not write the JSON dump: {e}");
                return FAILURE;
            }
        },
    };
    if emit(&output) {
        0
    } else {
        FAILURE
    }
}

/// `id  severity  summary`, one rule per line, in columns; the severity
/// is the one in force under the configuration ("off" when switched off).
fn list_rules(args: &RulesArgs) -> u8 {
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
        "{} rules checked, {} failure{}\n",
        files.len(),
        failures.len(),
        if failures.len() == 1 { "" } else { "s" }
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

fn explain(id: &str, args: &ConfigArgs) -> u8 {
    let config =
        match resolver(args).and_then(|mut r| r.for_dir(Path::new(".")).map_err(config_error)) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let all = config.rules.infos();
    let category: Vec<&RuleInfo> = all
        .iter()
        .filter(|r| r.id.split('/').next() == Some(id))
        .collect();
    if !category.is_empty() && !id.contains('/') {
        let mut out = format!(
            "{id}: {} rules (kamerlint explain RULE-ID for one)\n",
            category.len()
        );
        for r in category {
            out.push_str(&format!(
                "  {:<36} {:<8} {}\n",
                r.id,
                r.severity.describe(),
                r.summary
            ));
        }
        return if emit(&out) { 0 } else { FAILURE };
    }
    let Some(rule) = all.iter().find(|r| r.id == id) else {
        eprintln!("error: unknown rule `{id}`");
        let ids: Vec<&'static str> = all.iter().map(|r| r.id).collect();
        for close in close_ids(id, &ids) {
            eprintln!("  did you mean `{close}`?");
        }
        eprintln!("run `kamerlint rules` to list every rule");
        return FAILURE;
    };
    if emit(&explanation(rule)) {
        0
    } else {
        FAILURE
    }
}

fn explanation(rule: &RuleInfo) -> String {
    let mut out = format!(
        "{}\nseverity: {}\nsummary:  {}\n",
        rule.id,
        rule.severity.describe(),
        rule.summary,
    );
    if let Some(file) = &rule.file {
        out.push_str(&format!("defined in: {file}\n"));
    }
    out.push_str(&format!("\n{}\n", rule.explanation.trim()));
    for (label, examples) in [("Bad", &rule.bad), ("Good", &rule.good)] {
        out.push_str(&format!("\n{label}:\n"));
        for (i, example) in examples.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            for line in example.text.trim_matches(['\n', '\r']).lines() {
                if line.trim().is_empty() {
                    out.push('\n');
                } else {
                    out.push_str(&format!("    {line}\n"));
                }
            }
        }
    }
    out
}

/// Rule ids that look like `id`: a few edits away, or sharing its name part
/// ("undefined" finds "footnote/undefined"). Closest first, at most three.
fn close_ids(id: &str, all: &[&'static str]) -> Vec<&'static str> {
    let id = id.to_lowercase();
    let mut scored: Vec<(usize, &'static str)> = all
        .iter()
        .filter_map(|&rule| {
            let name = rule.rsplit('/').next().unwrap_or(rule);
            let distance = edit_distance(&id, rule).min(edit_distance(&id, name));
            let contained = id.len() >= 3 && rule.contains(id.as_str());
            (distance <= (rule.len() / 4).max(2) || contained).then_some((distance, rule))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// One Levenshtein distance for the whole program (config keys and rule ids).
use kamerlint::config::edit_distance;

/// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
fn use_colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Writes to stdout. A closed pipe (`kamerlint check . | head`) is not an
/// error; anything else is reported.
fn emit(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => true,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => true,
        Err(e) => {
            eprintln!("error: writing output: {e}");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kamerlint::rules::{Example, RuleMeta};

    const BAD: &[Example] = &[Example::list("\n1 Vraag?\nAntwoord.\n\n2 Vraag?\n")];
    const GOOD: &[Example] = &[Example::list("1 Vraag?\n")];

    const fn meta(id: &'static str) -> RuleMeta {
        RuleMeta {
            id,
            severity: kamerlint::Severity::Error,
            summary: "A summary.",
            explanation: "Why it matters.\n",
            bad: BAD,
            good: GOOD,
        }
    }

    static UNDEFINED: RuleMeta = meta("footnote/undefined");

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ë", "e"), 1);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn suggestions_for_unknown_ids() {
        let all = [
            "footnote/undefined",
            "footnote/unused",
            "xref/unknown-question",
        ];
        assert_eq!(close_ids("footnote/undefind", &all), ["footnote/undefined"]);
        assert_eq!(close_ids("footnote/unuse", &all), ["footnote/unused"]);
        assert_eq!(close_ids("undefined", &all), ["footnote/undefined"]);
        assert_eq!(close_ids("xref", &all), ["xref/unknown-question"]);
        assert!(close_ids("something/else-entirely", &all).is_empty());
    }

    #[test]
    fn explanation_indents_examples() {
        assert_eq!(
            explanation(&RuleInfo::from(&UNDEFINED)),
            "footnote/undefined\nseverity: error\nsummary:  A summary.\n\nWhy it matters.\n\
             \nBad:\n    1 Vraag?\n    Antwoord.\n\n    2 Vraag?\n\
             \nGood:\n    1 Vraag?\n"
        );
    }
}

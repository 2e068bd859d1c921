//! The `kamerlint` command. Exit status: 0 clean, 1 findings at or above
//! `--fail-on`, 2 usage or I/O errors.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use kamerlint::report::{compact, human, json, parse};
use kamerlint::rules::{self, RuleMeta};
use kamerlint::FileResult;

use cli::{CheckArgs, Cli, Command, OutputFormat, ParseArgs, ParseFormat};

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
        Command::Check(args) => check(&args),
        Command::Parse(args) => parse_file(&args),
        Command::Rules => list_rules(),
        Command::Explain { rule } => explain(&rule),
    };
    ExitCode::from(code)
}

fn check(args: &CheckArgs) -> u8 {
    let mut failed = false;
    let mut results: Vec<FileResult> = Vec::new();
    for root in &args.paths {
        let (inputs, errors) = cli::collect(root);
        for error in errors {
            eprintln!("error: {error}");
            failed = true;
        }
        for input in inputs {
            match read_and_check(&input) {
                Ok(result) => results.push(result),
                Err(error) => {
                    eprintln!("error: {error}");
                    failed = true;
                }
            }
        }
    }
    if results.is_empty() {
        return FAILURE;
    }

    let output = match args.format {
        OutputFormat::Human => human::render(&results, use_colour()),
        OutputFormat::Compact => compact::render(&results),
        OutputFormat::Json => match json::render(&results) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: could not write the JSON report: {e}");
                return FAILURE;
            }
        },
    };
    if !emit(&output) || failed {
        return FAILURE;
    }
    let threshold = args.fail_on.threshold();
    let found = results
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| threshold.is_some_and(|t| d.severity >= t));
    if found {
        FOUND
    } else {
        0
    }
}

/// Reads and checks one file. A panic in the reader or a rule is reported
/// as an error for that file instead of ending the whole run.
fn read_and_check(input: &cli::Input) -> Result<FileResult, String> {
    let bytes = std::fs::read(&input.path).map_err(|e| format!("{}: {e}", input.display))?;
    std::panic::catch_unwind(|| kamerlint::check_bytes(&input.display, &bytes)).map_err(|_| {
        format!(
            "{}: internal error while checking this file (a bug in kamerlint)",
            input.display
        )
    })
}

fn parse_file(args: &ParseArgs) -> u8 {
    let input = cli::Input {
        path: args.file.clone(),
        display: cli::display(&args.file),
    };
    let document = match read_and_check(&input) {
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

/// `id  severity  summary`, one rule per line, in columns.
fn list_rules() -> u8 {
    let all = rules::all();
    let width = all.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for rule in all {
        out.push_str(&format!(
            "{:<width$}  {:<7}  {}\n",
            rule.id,
            rule.severity.as_str(),
            rule.summary
        ));
    }
    if emit(&out) {
        0
    } else {
        FAILURE
    }
}

fn explain(id: &str) -> u8 {
    let Some(rule) = rules::find(id) else {
        eprintln!("error: unknown rule `{id}`");
        for close in close_ids(id, &rules::all()) {
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

fn explanation(rule: &RuleMeta) -> String {
    let mut out = format!(
        "{}\nseverity: {}\nsummary:  {}\n\n{}\n",
        rule.id,
        rule.severity,
        rule.summary,
        rule.explanation.trim()
    );
    for (label, example) in [("Bad", rule.bad), ("Good", rule.good)] {
        out.push_str(&format!("\n{label}:\n"));
        for line in example.trim_matches(['\n', '\r']).lines() {
            if line.trim().is_empty() {
                out.push('\n');
            } else {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    out
}

/// Rule ids that look like `id`: a few edits away, or sharing its name part
/// ("undefined" finds "footnote/undefined"). Closest first, at most three.
fn close_ids(id: &str, all: &[&RuleMeta]) -> Vec<&'static str> {
    let id = id.to_lowercase();
    let mut scored: Vec<(usize, &'static str)> = all
        .iter()
        .filter_map(|rule| {
            let name = rule.id.rsplit('/').next().unwrap_or(rule.id);
            let distance = edit_distance(&id, rule.id).min(edit_distance(&id, name));
            let contained = id.len() >= 3 && rule.id.contains(id.as_str());
            (distance <= (rule.id.len() / 4).max(2) || contained).then_some((distance, rule.id))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

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

    const fn meta(id: &'static str) -> RuleMeta {
        RuleMeta {
            id,
            severity: kamerlint::Severity::Error,
            summary: "A summary.",
            explanation: "Why it matters.\n",
            bad: "\n1 Vraag?\nAntwoord.\n\n2 Vraag?\n",
            good: "1 Vraag?\n",
        }
    }

    static UNDEFINED: RuleMeta = meta("footnote/undefined");
    static UNUSED: RuleMeta = meta("footnote/unused");
    static UNKNOWN: RuleMeta = meta("xref/unknown-question");

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ë", "e"), 1);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn suggestions_for_unknown_ids() {
        let all = [&UNDEFINED, &UNUSED, &UNKNOWN];
        assert_eq!(close_ids("footnote/undefind", &all), ["footnote/undefined"]);
        assert_eq!(close_ids("footnote/unuse", &all), ["footnote/unused"]);
        assert_eq!(close_ids("undefined", &all), ["footnote/undefined"]);
        assert_eq!(close_ids("xref", &all), ["xref/unknown-question"]);
        assert!(close_ids("something/else-entirely", &all).is_empty());
    }

    #[test]
    fn explanation_indents_examples() {
        assert_eq!(
            explanation(&UNDEFINED),
            "footnote/undefined\nseverity: error\nsummary:  A summary.\n\nWhy it matters.\n\
             \nBad:\n    1 Vraag?\n    Antwoord.\n\n    2 Vraag?\n\
             \nGood:\n    1 Vraag?\n"
        );
    }
}

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

/// An error for standard error: "fout: ..." (or "error: ...").
macro_rules! fail {
    ($($arg:tt)*) => {
        eprintln!("{}: {}", $crate::ERROR.text(), format!($($arg)*))
    };
}

mod cli;
mod commands;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use kamerlint::config::{Config, ConfigError, Resolver};
use kamerlint::FileResult;

use cli::{Cli, Command, ConfigArgs};

const TOO_LARGE: kamerlint::lang::Msg = kamerlint::lang::Msg::new(
    "{size} bytes, groter dan max-file-size ({max}); niet gecontroleerd",
    "{size} bytes, larger than max-file-size ({max}); not checked",
);
const INTERNAL: kamerlint::lang::Msg = kamerlint::lang::Msg::new(
    "interne fout bij het controleren van dit bestand (een fout in kamerlint)",
    "internal error while checking this file (a bug in kamerlint)",
);
const WRITING: kamerlint::lang::Msg = kamerlint::lang::Msg::new(
    "schrijven van de uitvoer: {error}",
    "writing output: {error}",
);

/// The word that starts an error message.
pub(crate) const ERROR: kamerlint::lang::Msg = kamerlint::lang::Msg::new("fout", "error");

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
    match cli.lang.map(Ok).unwrap_or_else(lang_from_env) {
        Ok(lang) => kamerlint::lang::set_default(lang),
        Err(value) => {
            fail!("{}", BAD_LANG.say(&[("value", &value)]));
            return ExitCode::from(FAILURE);
        }
    }
    let code = match cli.command {
        Command::Check(args) => commands::check::check(&args),
        Command::Parse(args) => commands::parse::parse_file(&args),
        Command::Rules(args) => commands::rules::list_rules(&args),
        Command::Watch(args) => commands::watch::run(&args),
        Command::Renumber(args) => commands::renumber::run(&args),
        Command::Explain { rule, config } => commands::explain::explain(&rule, &config),
    };
    ExitCode::from(code)
}

const BAD_LANG: kamerlint::lang::Msg = kamerlint::lang::Msg::new(
    "KAMERLINT_LANG is `{value}`; gebruik nl of en",
    "KAMERLINT_LANG is `{value}`; use nl or en",
);

/// The language of `KAMERLINT_LANG` (Dutch when it is unset or empty).
fn lang_from_env() -> Result<kamerlint::lang::Lang, String> {
    match std::env::var("KAMERLINT_LANG") {
        Ok(value) if !value.trim().is_empty() => kamerlint::lang::Lang::parse(&value).ok_or(value),
        _ => Ok(kamerlint::lang::Lang::default()),
    }
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
pub(crate) fn read_and_check(
    input: &cli::Input,
    config: &Config,
    versions: &kamerlint::Versions,
) -> Result<FileResult, String> {
    // Before reading: a file over max-file-size (64 MiB by default) is
    // never loaded into memory.
    let max = config.limits.read_limits().file_size;
    let size = std::fs::metadata(&input.path)
        .map_err(|e| format!("{}: {e}", input.display))?
        .len();
    if size > max {
        return Err(format!(
            "{}: {}",
            input.display,
            TOO_LARGE.say(&[("size", &size), ("max", &max)])
        ));
    }
    let bytes = std::fs::read(&input.path).map_err(|e| format!("{}: {e}", input.display))?;
    std::panic::catch_unwind(|| kamerlint::check_against(&input.display, &bytes, config, versions))
        .map_err(|_| format!("{}: {INTERNAL}", input.display))?
        .map_err(|e| format!("{}: {e}", input.display))
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
            fail!("{}", WRITING.say(&[("error", &e)]));
            false
        }
    }
}

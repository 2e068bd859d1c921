//! The command line: arguments, and the files a `check` PATH stands for.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use kamerlint::Severity;

/// File extensions checked when walking a directory. A file named
/// explicitly on the command line is checked whatever its extension.
pub const EXTENSIONS: &[&str] = &["txt", "docx", "xml"];

/// "0.1.0 (rule set 519103d4f5cf6dbb, 75 rules)": the version and the
/// rules it checks with (a hash over the default rule files and the
/// built-in rule ids: microseconds, once per process).
fn version() -> clap::builder::Resettable<clap::builder::Str> {
    static LINE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let line = LINE.get_or_init(kamerlint::rules::ruleset::version_line);
    clap::builder::Resettable::Value(clap::builder::Str::from(line.as_str()))
}

#[derive(Debug, Parser)]
#[command(
    name = "kamerlint",
    version = version(),
    about = "Checks Dutch parliamentary answer lists (Lijst van vragen en antwoorden)",
    after_help = "Exit status: 0 when nothing at or above --fail-on was found (and no more warnings\n\
                  than --max-warnings), 1 when something was, 2 on usage errors, unreadable files,\n\
                  an invalid kamerlint.toml or rule file, or a PATH with no files to check."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages, help texts and reports: nl (the default)
    /// or en. Also KAMERLINT_LANG. Rule ids and JSON keys are the same in
    /// both.
    #[arg(long, global = true, value_name = "nl|en", value_parser = parse_lang)]
    pub lang: Option<kamerlint::lang::Lang>,
}

const NO_FILES: kamerlint::lang::Msg =
    kamerlint::lang::Msg::new("geen bestanden om te controleren", "no files to check");

fn parse_lang(text: &str) -> Result<kamerlint::lang::Lang, String> {
    kamerlint::lang::Lang::parse(text).ok_or_else(|| format!("`{text}`: use nl or en"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check answer lists and report what is wrong with them.
    Check(CheckArgs),
    /// Show what the reader understood of one file.
    Parse(ParseArgs),
    /// List every rule with its severity under the configuration.
    Rules(RulesArgs),
    /// Re-check a draft every time it is saved, printing the findings and
    /// rewriting an HTML report (the open page reloads itself).
    Watch(WatchArgs),
    /// Number the questions 1..N and the footnotes in marker order, and
    /// rewrite every reference to match, into a new file (never FILE).
    Renumber(RenumberArgs),
    /// Explain a rule, with an example that triggers it and a corrected one.
    Explain {
        /// A rule id as listed by `kamerlint rules`, e.g. footnote/undefined,
        /// or a category (footnote) for the list of its rules.
        #[arg(value_name = "RULE-ID")]
        rule: String,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

/// The documents a draft is compared with.
#[derive(Debug, Args)]
pub struct AgainstArgs {
    /// The committee's list of questions (.txt, .docx or .xml): report
    /// questions of it that the draft leaves out, adds, renumbers or
    /// rewords (draft/*). Overrides `questions` in kamerlint.toml.
    #[arg(long, value_name = "LIST")]
    pub questions: Option<PathBuf>,
    /// The previous version of the draft: report references that still
    /// carry the number their question or footnote had there
    /// (draft/stale-reference), and say what changed. One draft only.
    #[arg(long, value_name = "OLD")]
    pub previous: Option<PathBuf>,
}

/// Where the configuration comes from.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Use this configuration file instead of the kamerlint.toml found by
    /// walking up from each checked file.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// draft: placeholders and unfilled template fields are warnings;
    /// final: they are errors. Overrides the configuration's profile.
    #[arg(long, value_enum)]
    pub profile: Option<ProfileArg>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The draft to watch (.docx, .xml or .txt).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Rewrite this HTML report after every check; open it beside the
    /// draft, it reloads itself when the report changes.
    #[arg(long, value_name = "OUT")]
    pub html: Option<PathBuf>,
    /// How often to look for a change, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 500, hide = true)]
    pub interval: u64,
    /// Stop after this many checks (for tests).
    #[arg(long, value_name = "N", hide = true)]
    pub checks: Option<usize>,
    #[command(flatten)]
    pub against: AgainstArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct RenumberArgs {
    /// The draft (.txt; for .docx and .xml the changes are printed only).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Where to write the renumbered copy.
    #[arg(long, short = 'o', value_name = "NEW")]
    pub output: PathBuf,
    /// Repair only the references that still carry the numbers of this
    /// previous version (draft/stale-reference), and renumber nothing.
    #[arg(long, value_name = "OLD")]
    pub previous: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Check the examples of every rule defined in a rule file (the bad ones
    /// trigger it, the good ones do not) and exit with 1 if one fails.
    #[arg(long)]
    pub verify: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileArg {
    Draft,
    Final,
}

impl From<ProfileArg> for kamerlint::config::Profile {
    fn from(p: ProfileArg) -> Self {
        match p {
            ProfileArg::Draft => kamerlint::config::Profile::Draft,
            ProfileArg::Final => kamerlint::config::Profile::Final,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories. Directories are walked for .txt, .docx and .xml
    /// files, skipping hidden entries, Word's lock files (~$*) and target/.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with status 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Exit with status 1 when more than N warnings are reported.
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<usize>,
    /// Report only findings that are not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in this baseline file and exit with 0.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Check N files at a time. Default: one per core (or
    /// RAYON_NUM_THREADS). Never more threads than files, nor more than 4
    /// per core (more only cost time). The report is the same whatever N is.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<NonZeroUsize>,
    #[command(flatten)]
    pub against: AgainstArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Source snippets with labels, then a summary.
    Human,
    /// The stable JSON report (version 1).
    Json,
    /// One line per finding: file:line:col: severity rule-id message.
    Compact,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations), then the totals.
    Github,
    /// One self-contained HTML page: the text with every finding highlighted.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    /// Findings never fail the run (--max-warnings still does, and an
    /// error exits with 2).
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    Text,
    Json,
}

/// A file to check: where it is and how reports name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    /// The PATH as given, joined with the walked relative path by '/'.
    pub display: String,
}

/// The files a PATH stands for, and an error message (naming the file) for
/// everything that could not be read. A PATH that yields no file at all is
/// an error too.
pub fn collect(root: &Path) -> (Vec<Input>, Vec<String>) {
    let shown = display(root);
    let metadata = match std::fs::metadata(root) {
        Ok(m) => m,
        Err(e) => return (Vec::new(), vec![format!("{shown}: {e}")]),
    };
    if !metadata.is_dir() {
        let input = Input {
            path: root.to_path_buf(),
            display: shown,
        };
        return (vec![input], Vec::new());
    }

    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let walk = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !skipped(e));
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let at = e
                    .path()
                    .map(|p| joined(&shown, root, p))
                    .unwrap_or_else(|| shown.clone());
                let cause = e
                    .io_error()
                    .map(|io| io.to_string())
                    .unwrap_or_else(|| e.to_string());
                errors.push(format!("{at}: {cause}"));
                continue;
            }
        };
        let is_file =
            entry.file_type().is_file() || (entry.path_is_symlink() && entry.path().is_file());
        if is_file && checked_extension(entry.path()) {
            inputs.push(Input {
                path: entry.path().to_path_buf(),
                display: joined(&shown, root, entry.path()),
            });
        }
    }
    if inputs.is_empty() && errors.is_empty() {
        errors.push(format!("{shown}: {NO_FILES}"));
    }
    (inputs, errors)
}

/// Hidden files and directories, and cargo's `target/`.
fn skipped(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    name.starts_with('.')
        || name.starts_with("~$")
        || (entry.file_type().is_dir() && name == "target")
}

fn checked_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Whether `a` and `b` name the same existing file (through links and
/// relative paths). kamerlint never writes to a file it checks: an
/// `--output`, `--write-baseline` or `--html` that is one is refused.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A path as the user gave it, with '/' separators.
pub fn display(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        text.into_owned()
    } else {
        text.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// `shown` (the root as given) joined with `path`'s part below `root`.
fn joined(shown: &str, root: &Path, path: &Path) -> String {
    let Ok(relative) = path.strip_prefix(root) else {
        return display(path);
    };
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        return shown.to_string();
    }
    let base = shown.trim_end_matches('/');
    let base = if base.is_empty() && shown.starts_with('/') {
        ""
    } else {
        base
    };
    format!("{base}/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walked_paths_keep_the_root_as_given() {
        let root = Path::new("corpus/");
        assert_eq!(
            joined("corpus/", root, Path::new("corpus/a/x.txt")),
            "corpus/a/x.txt"
        );
        let root = Path::new("corpus");
        assert_eq!(
            joined("corpus", root, Path::new("corpus/x.txt")),
            "corpus/x.txt"
        );
        assert_eq!(joined("corpus", root, Path::new("corpus")), "corpus");
        let root = Path::new(".");
        assert_eq!(joined(".", root, Path::new("./x.txt")), "./x.txt");
        let root = Path::new("/");
        assert_eq!(joined("/", root, Path::new("/x.txt")), "/x.txt");
    }

    #[test]
    fn extensions_are_case_insensitive() {
        assert!(checked_extension(Path::new("a/b.txt")));
        assert!(checked_extension(Path::new("a/b.TXT")));
        assert!(!checked_extension(Path::new("a/b.pdf")));
        assert!(!checked_extension(Path::new("a/txt")));
    }

    #[test]
    fn fail_on_thresholds() {
        assert_eq!(FailOn::Warning.threshold(), Some(Severity::Warning));
        assert_eq!(FailOn::Never.threshold(), None);
    }
}

//! The command line: arguments, and the files a `check` PATH stands for.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use kamerlint::Severity;

/// File extensions checked when walking a directory. A file named
/// explicitly on the command line is checked whatever its extension.
pub const EXTENSIONS: &[&str] = &["txt"];

#[derive(Debug, Parser)]
#[command(
    name = "kamerlint",
    version,
    about = "Checks Dutch parliamentary answer lists (Lijst van vragen en antwoorden)",
    after_help = "Exit status: 0 when nothing at or above --fail-on was found, 1 when something was,\n\
                  2 on usage errors, unreadable files, or a PATH with no files to check."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check answer lists and report what is wrong with them.
    Check(CheckArgs),
    /// Show what the reader understood of one file.
    Parse(ParseArgs),
    /// List every rule with its default severity.
    Rules,
    /// Explain a rule, with an example that triggers it and a corrected one.
    Explain {
        /// A rule id as listed by `kamerlint rules`, e.g. footnote/undefined.
        #[arg(value_name = "RULE-ID")]
        rule: String,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories. Directories are walked for .txt files, skipping
    /// hidden entries and target/.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Exit with status 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    /// Exit with 0 whatever was found.
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
        errors.push(format!("{shown}: no files to check"));
    }
    (inputs, errors)
}

/// Hidden files and directories, and cargo's `target/`.
fn skipped(entry: &walkdir::DirEntry) -> bool {
    let name = entry.file_name().to_string_lossy();
    name.starts_with('.') || (entry.file_type().is_dir() && name == "target")
}

fn checked_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
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

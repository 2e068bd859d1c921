//! Where `check` writes: the report sink (standard output, or a file
//! replaced in one step), baselines, the report of all results at once,
//! the HTML pages of several files, and SARIF on a failed run.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use kamerlint::baseline::{self, Baseline};
use kamerlint::config::Resolver;
use kamerlint::lang::Msg;
use kamerlint::report::reporter::Format;
use kamerlint::report::{html, sarif, Totals};
use kamerlint::{FileResult, Severity};

use super::{check_all, print_errors, split, Job};
use crate::cli::{self, CheckArgs, OutputFormat};
use crate::commands::watch;
use crate::{emit, use_colour, FAILURE};

const RECORDED: Msg = Msg::new(
    "{findings} bevindingen vastgelegd in {file}",
    "recorded {findings} findings in {file}",
);
const NOT_WRITTEN: Msg = Msg::new("niet geschreven", "not written");
const NOT_OPEN: Msg = Msg::new("niet geopend", "not open");
const WRITING: Msg = Msg::new(
    "schrijven van de uitvoer: {error}",
    "writing output: {error}",
);

/// `--write-baseline FILE`: writes the baseline; exits with 0 unless a file
/// could not be checked.
pub(super) fn write_baseline(args: &CheckArgs, baseline: &Baseline, failed: bool) -> u8 {
    let Some(path) = &args.write_baseline else {
        return FAILURE;
    };
    if let Err(e) = watch::replace_file(path, baseline.to_json().as_bytes()) {
        fail!("{}: {e}", cli::display(path));
        return FAILURE;
    }
    let recorded: usize = baseline.findings.iter().map(|f| f.count).sum();
    eprintln!(
        "kamerlint: {}",
        RECORDED.say(&[("findings", &recorded), ("file", &cli::display(path))])
    );
    if failed {
        FAILURE
    } else {
        0
    }
}

/// Where a streamed report goes: standard output, or `--output FILE`
/// through a temporary file renamed over it when the report is complete (as
/// [`watch::replace_file`] does), so that a browser or editor never sees
/// half a report and an interrupted run leaves the old one. A closed pipe
/// (`kamerlint check . | head`) is not an error: the rest is dropped.
/// Errors name the file ("FILE: ...") or say "writing output: ...".
pub(super) enum Sink {
    Stdout {
        closed: bool,
    },
    File {
        out: Option<std::io::BufWriter<std::fs::File>>,
        tmp: PathBuf,
        path: PathBuf,
        /// Why the temporary file could not be made, said at the first write.
        error: Option<String>,
    },
}

impl Sink {
    pub(super) fn new(path: Option<&Path>) -> Sink {
        let Some(path) = path else {
            return Sink::Stdout { closed: false };
        };
        let tmp = watch::temporary_beside(path);
        let (out, error) = match std::fs::File::create(&tmp) {
            Ok(file) => (Some(std::io::BufWriter::new(file)), None),
            Err(e) => (None, Some(e.to_string())),
        };
        Sink::File {
            out,
            tmp,
            path: path.to_path_buf(),
            error,
        }
    }

    /// The report is complete: put the file in place.
    pub(super) fn commit(mut self) -> std::io::Result<()> {
        self.flush()?;
        if let Sink::File { out, tmp, path, .. } = &mut self {
            let Some(out) = out.take() else {
                return Err(std::io::Error::other(format!(
                    "{}: {NOT_WRITTEN}",
                    cli::display(path)
                )));
            };
            let named = |e: std::io::Error| {
                std::io::Error::new(e.kind(), format!("{}: {e}", cli::display(path)))
            };
            let done = out
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|file| {
                    drop(file);
                    std::fs::rename(&*tmp, &*path)
                });
            if let Err(e) = done {
                let _ = std::fs::remove_file(&*tmp);
                return Err(named(e));
            }
        }
        Ok(())
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout { closed: true } => Ok(buf.len()),
            Sink::Stdout { closed } => match std::io::stdout().write_all(buf) {
                Ok(()) => Ok(buf.len()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    *closed = true;
                    Ok(buf.len())
                }
                Err(e) => Err(std::io::Error::new(e.kind(), WRITING.say(&[("error", &e)]))),
            },
            Sink::File {
                out: Some(out),
                path,
                ..
            } => out
                .write(buf)
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", cli::display(path)))),
            Sink::File { path, error, .. } => Err(std::io::Error::other(format!(
                "{}: {}",
                cli::display(path),
                error.as_deref().unwrap_or(NOT_OPEN.text())
            ))),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout { closed: true } => Ok(()),
            Sink::Stdout { closed } => match std::io::stdout().flush() {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                    *closed = true;
                    Ok(())
                }
                other => other,
            },
            Sink::File {
                out: Some(out),
                path,
                ..
            } => out
                .flush()
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", cli::display(path)))),
            Sink::File { .. } => Ok(()),
        }
    }
}

impl Drop for Sink {
    /// An unfinished report leaves no temporary file behind.
    fn drop(&mut self) {
        if let Sink::File {
            out: Some(_), tmp, ..
        } = self
        {
            let _ = std::fs::remove_file(&*tmp);
        }
    }
}

/// The findings of a baseline by file.
pub(super) fn per_file(baseline: &Baseline) -> BTreeMap<&str, Baseline> {
    let mut files: BTreeMap<&str, Baseline> = BTreeMap::new();
    for finding in &baseline.findings {
        files
            .entry(finding.file.as_str())
            .or_insert_with(|| Baseline {
                version: baseline.version,
                findings: Vec::new(),
            })
            .findings
            .push(finding.clone());
    }
    files
}

/// The baseline given with `--baseline`.
pub(super) fn read_baseline(path: &Path, keys: &baseline::Keys) -> Result<Baseline, u8> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|text| Baseline::read(&text, keys))
        .map_err(|e| {
            fail!("{}: {}: {e}", cli::display(path), super::NOT_BASELINE);
            FAILURE
        })
}

/// The format `--format` names, with what it needs from the run: colour
/// for the terminal, the rules of the configurations used (SARIF lists
/// them).
pub(super) fn format(format: OutputFormat, configs: &Resolver) -> Format {
    match format {
        OutputFormat::Human => Format::Human {
            color: use_colour(),
        },
        OutputFormat::Compact => Format::Compact,
        OutputFormat::Json => Format::Json,
        OutputFormat::Github => Format::Github,
        OutputFormat::Html => Format::Html,
        OutputFormat::Sarif => Format::Sarif {
            rules: sarif::Catalog::of(configs.used().iter().map(|c| &c.rules)),
        },
    }
}

/// `--format html --output INDEX` over several files: each file's page is
/// written into `INDEX.bestanden/` as soon as the file is checked (its
/// document then dropped), then the index page linking them.
#[allow(clippy::type_complexity)]
pub(super) fn html_pages(
    index: &Path,
    jobs: &[Job],
    all: &[&Job],
    pool: Option<&rayon::ThreadPool>,
    suppress: &(dyn Fn(&mut FileResult) + Sync),
    walk_errors: Vec<(usize, String)>,
    mut errors: Vec<(usize, String)>,
) -> Result<(Totals, Option<Severity>, bool), u8> {
    use kamerlint::report::html::index as pages;
    let dir = pages::pages_dir(index);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        fail!("{}: {e}", cli::display(&dir));
        return Err(FAILURE);
    }
    let mut ranked: Vec<&str> = jobs.iter().map(|(i, ..)| i.display.as_str()).collect();
    ranked.sort_unstable();
    let names: BTreeMap<&str, String> = ranked
        .iter()
        .enumerate()
        .map(|(rank, path)| (*path, pages::page_name(rank, path)))
        .collect();
    let written = check_all(all, pool, |mut result| {
        suppress(&mut result);
        let name = names.get(result.path.as_str()).cloned().unwrap_or_default();
        let page = html::render(std::slice::from_ref(&result), &html::Options::default());
        let ok = write_file(&dir.join(&name), &page);
        (
            pages::Entry::of(&result, name),
            result.diagnostics.iter().map(|d| d.severity).max(),
            ok,
        )
    });
    let mut entries = split(written, 0..jobs.len(), &mut errors);
    let mut messages: Vec<(usize, String)> = walk_errors.iter().chain(&errors).cloned().collect();
    messages.sort_by_key(|(i, _)| *i);
    let messages: Vec<String> = messages.into_iter().map(|(_, m)| m).collect();
    let failed = !walk_errors.is_empty() || !errors.is_empty() || entries.iter().any(|e| !e.2);
    print_errors(walk_errors, errors);
    if entries.is_empty() {
        return Err(FAILURE);
    }
    entries.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let mut totals = Totals::default();
    let mut worst = None;
    for (entry, w, _) in &entries {
        totals.files += 1;
        totals.errors += entry.totals.errors;
        totals.warnings += entry.totals.warnings;
        totals.infos += entry.totals.infos;
        worst = worst.max(*w);
    }
    let shown_dir = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let list: Vec<pages::Entry> = entries.into_iter().map(|(e, ..)| e).collect();
    if !write_file(index, &pages::render(&list, &shown_dir, &messages)) {
        return Err(FAILURE);
    }
    Ok((totals, worst, failed))
}

/// `--format sarif` on a run that stops with exit 2 before its report (a
/// configuration error, an unreadable baseline, nothing to check): a valid
/// SARIF log that says so (`executionSuccessful: false`, the errors as
/// notifications), so code scanning shows the failure instead of receiving
/// an empty file.
pub(super) fn sarif_failure(args: &CheckArgs, errors: &[String]) {
    if !matches!(args.format, OutputFormat::Sarif) {
        return;
    }
    if let Ok(log) = sarif::render_with_errors(&[], &sarif::Catalog::default(), errors) {
        let _ = match &args.output {
            Some(path) => write_file(path, &log),
            None => emit(&log),
        };
    }
}

/// Writes a report to a file (replacing it in one step, so a browser or
/// editor never sees half of it).
pub(super) fn write_file(path: &Path, text: &str) -> bool {
    match watch::replace_file(path, text.as_bytes()) {
        Ok(()) => true,
        Err(e) => {
            fail!("{}: {e}", cli::display(path));
            false
        }
    }
}

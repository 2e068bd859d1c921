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

mod cli;
mod watch;

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use kamerlint::baseline::{self, Baseline};
use kamerlint::config::{Config, ConfigError, Resolver};
use kamerlint::report::{compact, github, html, human, json, parse, sarif, Totals};
use kamerlint::rules::RuleInfo;
use kamerlint::stream::{self, Stream};
use kamerlint::{FileResult, Severity};
use rayon::prelude::*;

use cli::{CheckArgs, Cli, Command, ConfigArgs, OutputFormat, ParseArgs, ParseFormat, RulesArgs};

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

/// What `check` does with each file once it is checked.
#[derive(Debug, Clone, Copy)]
enum Mode {
    /// Keep every result for a report that needs all documents at once
    /// (HTML, SARIF) or when one path is given twice.
    Keep,
    /// Render the file's part of the report, write it when the parts before
    /// it are written, and drop the document.
    Stream(Stream),
    /// Record the file's findings for `--write-baseline` and drop its document.
    Record,
    /// Render the file's SARIF results and drop its document.
    Sarif,
    /// Write the file's HTML page and drop its document; then the index
    /// (`--format html --output FILE` over several files).
    HtmlPages,
}

/// A file to check, with its configuration.
type Job = (cli::Input, Arc<Config>);

/// Files checked at a time per thread while a report is streamed: enough to
/// keep every thread busy past the slowest file of a batch, few enough that
/// the parts waiting to be written stay small.
const BATCH_PER_THREAD: usize = 16;

fn check(args: &CheckArgs) -> u8 {
    let mut configs = match Resolver::new(
        args.config.config.as_deref(),
        args.config.profile.map(Into::into),
    ) {
        Ok(r) => r,
        Err(e) => {
            sarif_failure(args, &[e.render(false)]);
            return config_error(e);
        }
    };
    // Every file with its configuration, in the order given; the errors of
    // the walk are printed between the files' errors where they occurred.
    let mut jobs: Vec<Job> = Vec::new();
    let mut walk_errors: Vec<(usize, String)> = Vec::new();
    for root in &args.paths {
        let (inputs, errors) = cli::collect(root);
        walk_errors.extend(errors.into_iter().map(|e| (jobs.len(), e)));
        for input in inputs {
            match configs.for_file(&input.path) {
                Ok(config) => jobs.push((input, config)),
                Err(e) => {
                    for (_, error) in &walk_errors {
                        eprintln!("error: {error}");
                    }
                    sarif_failure(args, &[e.render(false)]);
                    return config_error(e);
                }
            }
        }
    }
    // kamerlint never writes to a file it checks.
    for (flag, target) in [
        ("--output", &args.output),
        ("--write-baseline", &args.write_baseline),
    ] {
        let Some(target) = target else { continue };
        if let Some((input, _)) = jobs.iter().find(|(i, _)| cli::same_file(&i.path, target)) {
            eprintln!(
                "error: {flag} {} is a file being checked; kamerlint never writes to the files it checks",
                input.display
            );
            return FAILURE;
        }
    }
    // A baseline names files relative to itself (`baseline::Keys`).
    let read_keys = args.baseline.as_deref().map(baseline::Keys::for_baseline);
    let write_keys = args
        .write_baseline
        .as_deref()
        .map(baseline::Keys::for_baseline);
    let baseline = match (&args.baseline, &read_keys) {
        (Some(path), Some(keys)) => match read_baseline(path, keys) {
            Ok(baseline) => Some(baseline),
            Err(code) => {
                sarif_failure(
                    args,
                    &[format!("{}: not a kamerlint baseline", cli::display(path))],
                );
                return code;
            }
        },
        _ => None,
    };
    let key = |path: &str| {
        read_keys
            .as_ref()
            .map_or_else(|| path.to_string(), |k| k.key(path))
    };

    let mut paths: Vec<&str> = jobs
        .iter()
        .map(|(input, _)| input.display.as_str())
        .collect();
    paths.sort_unstable();
    let shared = paths.windows(2).any(|w| w[0] == w[1]);
    let mode = if shared {
        Mode::Keep
    } else if args.write_baseline.is_some() {
        Mode::Record
    } else {
        match args.format {
            OutputFormat::Human => Mode::Stream(Stream::Human {
                color: use_colour(),
            }),
            OutputFormat::Compact => Mode::Stream(Stream::Compact),
            OutputFormat::Json => Mode::Stream(Stream::Json),
            OutputFormat::Github => Mode::Stream(Stream::Github),
            OutputFormat::Sarif => Mode::Sarif,
            OutputFormat::Html if args.output.is_some() && jobs.len() > 1 => Mode::HtmlPages,
            OutputFormat::Html => Mode::Keep,
        }
    };
    // A streamed or recorded file's findings are matched against the
    // baseline's findings of its path alone (paths are unique then).
    let per_file: BTreeMap<&str, Baseline> = match (&baseline, mode) {
        (Some(b), Mode::Stream(_) | Mode::Record | Mode::Sarif | Mode::HtmlPages) => per_file(b),
        _ => BTreeMap::new(),
    };
    let suppress = |result: &mut FileResult| {
        if let Some(b) = per_file.get(key(&result.path).as_str()) {
            b.suppress_keyed(std::slice::from_mut(result), &key);
        }
    };
    let pool = match thread_pool(args.threads, jobs.len()) {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("error: could not start the threads to check with: {e}");
            return FAILURE;
        }
    };
    let all: Vec<&Job> = jobs.iter().collect();
    // The errors of files, by their place in `jobs`.
    let mut errors: Vec<(usize, String)> = Vec::new();

    let (totals, worst, failed) = match mode {
        Mode::Stream(stream) => {
            // In the order of the report (by path), a batch at a time; each
            // part is written as soon as the parts before it are.
            let mut order: Vec<usize> = (0..jobs.len()).collect();
            order.sort_by(|&a, &b| jobs[a].0.display.cmp(&jobs[b].0.display));
            let threads = pool.as_ref().map_or(1, |p| p.current_num_threads());
            let mut report = stream::Report::new(stream, Sink::new(args.output.as_deref()));
            for batch in order.chunks(threads * BATCH_PER_THREAD) {
                let batch_jobs: Vec<&Job> = batch.iter().map(|&i| &jobs[i]).collect();
                let parts = check_all(&batch_jobs, pool.as_ref(), |mut result| {
                    suppress(&mut result);
                    stream.part(&result)
                });
                for part in split(parts, batch.iter().copied(), &mut errors) {
                    if let Err(e) = report.push(part) {
                        print_errors(walk_errors, errors);
                        eprintln!("error: {e}");
                        return FAILURE;
                    }
                }
            }
            let failed = !walk_errors.is_empty() || !errors.is_empty();
            print_errors(walk_errors, errors);
            let totals = report.totals();
            if totals.files == 0 {
                return FAILURE;
            }
            let worst = report.worst();
            if let Err(e) = report.finish().and_then(Sink::commit) {
                eprintln!("error: {e}");
                return FAILURE;
            }
            (totals, worst, failed)
        }
        Mode::Record => {
            let recorded = check_all(&all, pool.as_ref(), |mut result| {
                suppress(&mut result);
                Baseline::of(std::slice::from_ref(&result)).findings
            });
            let recorded = split(recorded, 0..jobs.len(), &mut errors);
            let failed = !walk_errors.is_empty() || !errors.is_empty();
            print_errors(walk_errors, errors);
            if recorded.is_empty() {
                return FAILURE;
            }
            let mut findings: Vec<baseline::Entry> = recorded.into_iter().flatten().collect();
            findings.sort();
            let baseline = Baseline {
                version: baseline::VERSION,
                findings,
            };
            let baseline = match &write_keys {
                Some(keys) => baseline.keyed(keys),
                None => baseline,
            };
            return write_baseline(args, &baseline, failed);
        }
        Mode::Sarif => {
            // Each file's results are rendered on its thread and its
            // document dropped; the log is put together in path order.
            let parts = check_all(&all, pool.as_ref(), |mut result| {
                suppress(&mut result);
                let totals = Totals::of(std::slice::from_ref(&result));
                let worst = result.diagnostics.iter().map(|d| d.severity).max();
                (result.path.clone(), totals, worst, sarif::part(&result))
            });
            let mut parts = split(parts, 0..jobs.len(), &mut errors);
            let failed = !walk_errors.is_empty() || !errors.is_empty();
            let mut messages: Vec<(usize, String)> =
                walk_errors.iter().chain(&errors).cloned().collect();
            messages.sort_by_key(|(i, _)| *i);
            let messages: Vec<String> = messages.into_iter().map(|(_, m)| m).collect();
            print_errors(walk_errors, errors);
            if parts.is_empty() {
                sarif_failure(args, &messages);
                return FAILURE;
            }
            parts.sort_by(|a, b| a.0.cmp(&b.0));
            let mut totals = Totals::default();
            let mut worst = None;
            for (_, t, w, _) in &parts {
                totals.files += t.files;
                totals.errors += t.errors;
                totals.warnings += t.warnings;
                totals.infos += t.infos;
                worst = worst.max(*w);
            }
            let rules: Vec<RuleInfo> = configs
                .used()
                .iter()
                .flat_map(|c| c.rules.infos_in_force())
                .collect();
            let parts = parts.into_iter().map(|(.., part)| part).collect();
            let output = match sarif::render_parts(parts, &rules, &messages) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("error: could not write the SARIF report: {e}");
                    return FAILURE;
                }
            };
            let written = match &args.output {
                Some(path) => write_file(path, &output),
                None => emit(&output),
            };
            if !written {
                return FAILURE;
            }
            (totals, worst, failed)
        }
        Mode::HtmlPages => {
            let Some(index) = args.output.as_deref() else {
                return FAILURE;
            };
            match html_pages(
                index,
                &jobs,
                &all,
                pool.as_ref(),
                &suppress,
                walk_errors,
                errors,
            ) {
                Ok(outcome) => outcome,
                Err(code) => return code,
            }
        }
        Mode::Keep => {
            let results = check_all(&all, pool.as_ref(), |result| result);
            let mut results = split(results, 0..jobs.len(), &mut errors);
            let failed = !walk_errors.is_empty() || !errors.is_empty();
            // The SARIF log lists what made the run fail.
            let mut messages: Vec<(usize, String)> =
                walk_errors.iter().chain(&errors).cloned().collect();
            messages.sort_by_key(|(i, _)| *i);
            let messages: Vec<String> = messages.into_iter().map(|(_, m)| m).collect();
            print_errors(walk_errors, errors);
            if results.is_empty() {
                sarif_failure(args, &messages);
                return FAILURE;
            }
            if let Some(baseline) = &baseline {
                baseline.suppress_keyed(&mut results, &key);
            }
            if let Some(keys) = &write_keys {
                return write_baseline(args, &Baseline::of(&results).keyed(keys), failed);
            }
            let output = match render(args.format, &results, &configs, &messages) {
                Ok(text) => text,
                Err((what, e)) => {
                    eprintln!("error: could not write the {what} report: {e}");
                    return FAILURE;
                }
            };
            let written = match &args.output {
                Some(path) => write_file(path, &output),
                None => emit(&output),
            };
            if !written {
                return FAILURE;
            }
            let worst = results
                .iter()
                .flat_map(|r| &r.diagnostics)
                .map(|d| d.severity)
                .max();
            (Totals::of(&results), worst, failed)
        }
    };
    if failed {
        return FAILURE;
    }
    let found = args
        .fail_on
        .threshold()
        .is_some_and(|t| worst.is_some_and(|w| w >= t));
    let warnings = totals.warnings;
    let max_warnings = args.max_warnings.or_else(|| {
        configs
            .used()
            .iter()
            .filter_map(|c| c.limits.max_warnings)
            .min()
    });
    let too_many = max_warnings.is_some_and(|max| warnings > max);
    if too_many {
        eprintln!(
            "kamerlint: {warnings} warnings, more than the maximum of {}",
            max_warnings.unwrap_or(0)
        );
    }
    if found || too_many {
        FOUND
    } else {
        0
    }
}
/// The threads to check `jobs` files with: none for one file or one thread
/// (the common case in an editor, and no threads to start), else `threads`
/// or one per core (or RAYON_NUM_THREADS).
fn thread_pool(
    threads: Option<NonZeroUsize>,
    jobs: usize,
) -> Result<Option<rayon::ThreadPool>, rayon::ThreadPoolBuildError> {
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let rayon_default = std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|n| n.parse().ok());
    let threads = thread_count(threads, rayon_default, jobs, cores);
    if threads <= 1 {
        return Ok(None);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        // The main thread's stack size, so that a document that can be
        // read on the main thread can be read on any.
        .stack_size(8 << 20)
        .build()?;
    Ok((pool.current_num_threads() > 1).then_some(pool))
}

/// Threads beyond this many per core only cost: `--threads 5000` on 50
/// files took 13 s instead of half a second, starting threads.
const THREADS_PER_CORE: usize = 4;

/// How many threads check `jobs` files: as asked (`--threads`, else
/// RAYON_NUM_THREADS, else one per core), but never more than there are
/// files or [`THREADS_PER_CORE`] times the cores.
fn thread_count(
    asked: Option<NonZeroUsize>,
    rayon_default: Option<usize>,
    jobs: usize,
    cores: usize,
) -> usize {
    let asked = asked
        .map(NonZeroUsize::get)
        .or(rayon_default.filter(|&n| n > 0))
        .unwrap_or(cores);
    asked.min(jobs).min(cores.max(1) * THREADS_PER_CORE).max(1)
}

/// Reads and checks every job (on the pool's threads, if any) and passes
/// each result to `finish` on the thread that checked it, so a document
/// lives only as long as `finish` needs it. The outcomes are in the order
/// of `jobs` whatever the number of threads.
fn check_all<T: Send>(
    jobs: &[&Job],
    pool: Option<&rayon::ThreadPool>,
    finish: impl Fn(FileResult) -> T + Sync,
) -> Vec<Result<T, String>> {
    let one = |(input, config): &&Job| read_and_check(input, config).map(&finish);
    match pool {
        // An indexed parallel iterator collects in order.
        Some(pool) => pool.install(|| jobs.par_iter().map(one).collect()),
        None => jobs.iter().map(one).collect(),
    }
}

/// The values of `outcomes`; their errors go to `errors` with the indices
/// of their jobs.
fn split<T>(
    outcomes: Vec<Result<T, String>>,
    indices: impl Iterator<Item = usize>,
    errors: &mut Vec<(usize, String)>,
) -> Vec<T> {
    let mut values = Vec::with_capacity(outcomes.len());
    for (i, outcome) in indices.zip(outcomes) {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push((i, error)),
        }
    }
    values
}

/// The errors of the walk and of the files, in the order of the files
/// (whatever the order they were checked in).
fn print_errors(walk: Vec<(usize, String)>, mut files: Vec<(usize, String)>) {
    files.sort_by_key(|(i, _)| *i);
    let mut walk = walk.into_iter().peekable();
    for (i, error) in files {
        while let Some((_, e)) = walk.next_if(|(at, _)| *at <= i) {
            eprintln!("error: {e}");
        }
        eprintln!("error: {error}");
    }
    for (_, e) in walk {
        eprintln!("error: {e}");
    }
}

/// `--write-baseline FILE`: writes the baseline; exits with 0 unless a file
/// could not be checked.
fn write_baseline(args: &CheckArgs, baseline: &Baseline, failed: bool) -> u8 {
    let Some(path) = &args.write_baseline else {
        return FAILURE;
    };
    if let Err(e) = watch::replace_file(path, baseline.to_json().as_bytes()) {
        eprintln!("error: {}: {e}", cli::display(path));
        return FAILURE;
    }
    let recorded: usize = baseline.findings.iter().map(|f| f.count).sum();
    eprintln!(
        "kamerlint: recorded {recorded} findings in {}",
        cli::display(path)
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
enum Sink {
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
    fn new(path: Option<&Path>) -> Sink {
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
    fn commit(mut self) -> std::io::Result<()> {
        self.flush()?;
        if let Sink::File { out, tmp, path, .. } = &mut self {
            let Some(out) = out.take() else {
                return Err(std::io::Error::other(format!(
                    "{}: not written",
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
                Err(e) => Err(std::io::Error::new(
                    e.kind(),
                    format!("writing output: {e}"),
                )),
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
                error.as_deref().unwrap_or("not open")
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
fn per_file(baseline: &Baseline) -> BTreeMap<&str, Baseline> {
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
fn read_baseline(path: &Path, keys: &baseline::Keys) -> Result<Baseline, u8> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|text| Baseline::read(&text, keys))
        .map_err(|e| {
            eprintln!(
                "error: {}: not a kamerlint baseline: {e}",
                cli::display(path)
            );
            FAILURE
        })
}

/// The report of all results at once.
fn render(
    format: OutputFormat,
    results: &[FileResult],
    configs: &Resolver,
    errors: &[String],
) -> Result<String, (&'static str, serde_json::Error)> {
    Ok(match format {
        OutputFormat::Human => human::render(results, use_colour()),
        OutputFormat::Compact => compact::render(results),
        OutputFormat::Github => github::render(results),
        OutputFormat::Html => html::render(results, &html::Options::default()),
        OutputFormat::Json => json::render(results).map_err(|e| ("JSON", e))?,
        OutputFormat::Sarif => {
            let rules: Vec<RuleInfo> = configs
                .used()
                .iter()
                .flat_map(|c| c.rules.infos_in_force())
                .collect();
            sarif::render_with_errors(results, &rules, errors).map_err(|e| ("SARIF", e))?
        }
    })
}

/// `--format html --output INDEX` over several files: each file's page is
/// written into `INDEX.bestanden/` as soon as the file is checked (its
/// document then dropped), then the index page linking them.
#[allow(clippy::type_complexity)]
fn html_pages(
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
        eprintln!("error: {}: {e}", cli::display(&dir));
        return Err(FAILURE);
    }
    let mut ranked: Vec<&str> = jobs.iter().map(|(i, _)| i.display.as_str()).collect();
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
fn sarif_failure(args: &CheckArgs, errors: &[String]) {
    if !matches!(args.format, OutputFormat::Sarif) {
        return;
    }
    if let Ok(log) = sarif::render_with_errors(&[], &[], errors) {
        let _ = match &args.output {
            Some(path) => write_file(path, &log),
            None => emit(&log),
        };
    }
}

/// Writes a report to a file (replacing it in one step, so a browser or
/// editor never sees half of it).
fn write_file(path: &Path, text: &str) -> bool {
    match watch::replace_file(path, text.as_bytes()) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("error: {}: {e}", cli::display(path));
            false
        }
    }
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
    use kamerlint::rules::RuleMeta;

    #[test]
    fn threads_are_capped_by_files_and_cores() {
        let n = NonZeroUsize::new;
        assert_eq!(thread_count(n(5000), None, 50, 2), 8);
        assert_eq!(thread_count(n(5000), None, 3, 2), 3);
        assert_eq!(thread_count(n(3), None, 50, 2), 3);
        assert_eq!(thread_count(None, None, 50, 2), 2);
        assert_eq!(thread_count(None, Some(6), 50, 2), 6);
        assert_eq!(thread_count(None, Some(0), 50, 2), 2);
        assert_eq!(thread_count(n(4), Some(6), 1, 2), 1);
    }

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

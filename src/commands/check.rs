//! `kamerlint check`: collect the files, resolve their configurations,
//! check them on a thread pool, and write the report — streamed file by
//! file, as SARIF parts, as HTML pages, or all at once.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::sync::Arc;

use kamerlint::baseline::{self, Baseline};
use kamerlint::config::{Config, Resolver};
use kamerlint::lang::Msg;
use kamerlint::report::reporter;
use kamerlint::report::Totals;
use kamerlint::stream;
use kamerlint::{FileResult, Versions};
use rayon::prelude::*;

use super::versions;
use crate::cli::{self, CheckArgs, OutputFormat};
use crate::{config_error, emit, read_and_check, FAILURE, FOUND};

mod output;
use output::{
    format, html_pages, per_file, read_baseline, sarif_failure, write_baseline, write_file, Sink,
};

/// What `check` does with each file once it is checked.
#[derive(Debug, Clone, Copy)]
enum Mode {
    /// Keep every result, when one path is given twice (its results are
    /// matched against the baseline together, and their findings
    /// interleave in one part of the report).
    Keep,
    /// Render the file's part of the report, write it when the parts before
    /// it are written, and drop the document.
    Stream,
    /// Record the file's findings for `--write-baseline` and drop its document.
    Record,
    /// Write the file's HTML page and drop its document; then the index
    /// (`--format html --output FILE` over several files).
    HtmlPages,
}

/// A file to check, with its configuration and the documents it is
/// compared with.
type Job = (cli::Input, Arc<Config>, Arc<Versions>);

/// Files checked at a time per thread while a report is streamed: enough to
/// keep every thread busy past the slowest file of a batch, few enough that
/// the parts waiting to be written stay small.
const BATCH_PER_THREAD: usize = 16;

const WRITES_CHECKED: Msg = Msg::new(
    "{flag} {file} is een bestand dat gecontroleerd wordt; kamerlint schrijft nooit in de \
     bestanden die het controleert",
    "{flag} {file} is a file being checked; kamerlint never writes to the files it checks",
);
pub(crate) const NOT_BASELINE: Msg =
    Msg::new("geen baseline van kamerlint", "not a kamerlint baseline");
const NO_THREADS: Msg = Msg::new(
    "de threads om mee te controleren konden niet starten: {error}",
    "could not start the threads to check with: {error}",
);
const INTERNAL: Msg = Msg::new(
    "interne fout bij het schrijven van het rapport van dit bestand (een fout in kamerlint)",
    "internal error while writing the report of this file (a bug in kamerlint)",
);
const TOO_MANY: Msg = Msg::new(
    "{warnings}, meer dan het maximum van {max}",
    "{warnings}, more than the maximum of {max}",
);

pub fn check(args: &CheckArgs) -> u8 {
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
    let mut found: Vec<(cli::Input, Arc<Config>)> = Vec::new();
    let mut walk_errors: Vec<(usize, String)> = Vec::new();
    for root in &args.paths {
        let (inputs, errors) = cli::collect(root);
        walk_errors.extend(errors.into_iter().map(|e| (found.len(), e)));
        for input in inputs {
            match configs.for_file(&input.path) {
                Ok(config) => found.push((input, config)),
                Err(e) => {
                    for (_, error) in &walk_errors {
                        fail!("{error}");
                    }
                    sarif_failure(args, &[e.render(false)]);
                    return config_error(e);
                }
            }
        }
    }
    if found
        .iter()
        .any(|(_, c)| kamerlint::rules::spelling::wanted(&c.rules))
    {
        kamerlint::rules::spelling::warm_up();
    }
    let drafts: Vec<(&cli::Input, &Config)> = found.iter().map(|(i, c)| (i, c.as_ref())).collect();
    let versions = match versions::for_drafts(&args.against, &drafts) {
        Ok(versions) => versions,
        Err(e) => {
            print_errors(walk_errors, Vec::new());
            fail!("{}", kamerlint::report::visible(&e));
            sarif_failure(args, &[e]);
            return FAILURE;
        }
    };
    let jobs: Vec<Job> = found
        .into_iter()
        .zip(versions)
        .map(|((input, config), versions)| (input, config, versions))
        .collect();
    // kamerlint never writes to a file it checks.
    for (flag, target) in [
        ("--output", &args.output),
        ("--write-baseline", &args.write_baseline),
    ] {
        let Some(target) = target else { continue };
        if let Some((input, ..)) = jobs.iter().find(|(i, ..)| cli::same_file(&i.path, target)) {
            fail!(
                "{}",
                WRITES_CHECKED.say(&[("flag", &flag), ("file", &input.display)])
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
                sarif_failure(args, &[format!("{}: {NOT_BASELINE}", cli::display(path))]);
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
        .map(|(input, ..)| input.display.as_str())
        .collect();
    paths.sort_unstable();
    let shared = paths.windows(2).any(|w| w[0] == w[1]);
    let mode = if shared {
        Mode::Keep
    } else if args.write_baseline.is_some() {
        Mode::Record
    } else if args.format == OutputFormat::Html && args.output.is_some() && jobs.len() > 1 {
        Mode::HtmlPages
    } else {
        Mode::Stream
    };
    let format = format(args.format, &configs);
    // A streamed or recorded file's findings are matched against the
    // baseline's findings of its path alone (paths are unique then).
    let per_file: BTreeMap<&str, Baseline> = match (&baseline, mode) {
        (Some(b), Mode::Stream | Mode::Record | Mode::HtmlPages) => per_file(b),
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
            fail!("{}", NO_THREADS.say(&[("error", &e)]));
            return FAILURE;
        }
    };
    let all: Vec<&Job> = jobs.iter().collect();
    // The errors of files, by their place in `jobs`.
    let mut errors: Vec<(usize, String)> = Vec::new();

    let (totals, worst, failed) = match mode {
        Mode::Stream => {
            // In the order of the report (by path), a batch at a time; each
            // part is written as soon as the parts before it are.
            let mut order: Vec<usize> = (0..jobs.len()).collect();
            order.sort_by(|&a, &b| jobs[a].0.display.cmp(&jobs[b].0.display));
            let threads = pool.as_ref().map_or(1, |p| p.current_num_threads());
            let renderer = format.clone().reporter();
            let mut report =
                stream::Report::new(format.reporter(), Sink::new(args.output.as_deref()));
            for batch in order.chunks(threads * BATCH_PER_THREAD) {
                let batch_jobs: Vec<&Job> = batch.iter().map(|&i| &jobs[i]).collect();
                let parts = check_all(&batch_jobs, pool.as_ref(), |mut result| {
                    suppress(&mut result);
                    renderer.part(std::slice::from_ref(&result))
                });
                for part in split(parts, batch.iter().copied(), &mut errors) {
                    if let Err(e) = report.push(part) {
                        print_errors(walk_errors, errors);
                        fail!("{e}");
                        return FAILURE;
                    }
                }
            }
            let failed = !walk_errors.is_empty() || !errors.is_empty();
            let messages = report_errors(walk_errors, errors);
            let totals = report.totals();
            if totals.files == 0 {
                sarif_failure(args, &messages);
                return FAILURE;
            }
            let worst = report.worst();
            if let Err(e) = report.finish(&messages).and_then(Sink::commit) {
                fail!("{e}");
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
            let messages = report_errors(walk_errors, errors);
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
            let output = reporter::render(format.reporter(), &results, &messages);
            if !deliver(args, &output) {
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
    // Against a previous version: what changed, in one line.
    if let Some((input, config, _)) = jobs.first().filter(|_| jobs.len() == 1) {
        if let Some(line) = versions::summary(&args.against, input, config) {
            eprintln!("kamerlint: {line}");
        }
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
            "kamerlint: {}",
            TOO_MANY.say(&[
                (
                    "warnings",
                    &kamerlint::report::words::WARNINGS.count(warnings)
                ),
                ("max", &max_warnings.unwrap_or(0))
            ])
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
    // A panic while rendering a file's report (a bug, like miette's on long
    // lines was) costs that file's part, not the report of every file.
    let one = |(input, config, versions): &&Job| {
        let result = read_and_check(input, config, versions)?;
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| finish(result)))
            .map_err(|_| format!("{}: {INTERNAL}", input.display))
    };
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
/// Writes a whole report to `--output`, or to standard output.
fn deliver(args: &CheckArgs, output: &str) -> bool {
    match &args.output {
        Some(path) => write_file(path, output),
        None => emit(output),
    }
}

/// Prints what made the run fail, and returns the messages in path order
/// (the SARIF log lists them).
fn report_errors(walk: Vec<(usize, String)>, files: Vec<(usize, String)>) -> Vec<String> {
    let mut messages: Vec<(usize, String)> = walk.iter().chain(&files).cloned().collect();
    messages.sort_by_key(|(i, _)| *i);
    print_errors(walk, files);
    messages.into_iter().map(|(_, m)| m).collect()
}

fn print_errors(walk: Vec<(usize, String)>, mut files: Vec<(usize, String)>) {
    files.sort_by_key(|(i, _)| *i);
    let mut walk = walk.into_iter().peekable();
    for (i, error) in files {
        while let Some((_, e)) = walk.next_if(|(at, _)| *at <= i) {
            fail!("{e}");
        }
        fail!("{error}");
    }
    for (_, e) in walk {
        fail!("{e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}

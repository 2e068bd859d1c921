//! `kamerlint watch FILE [--html OUT] [--questions LIST] [--previous OLD]`: re-checks a draft every time it is
//! saved. It polls the file's modification time and size (Word saves by
//! writing a new file and renaming it, which file-system events report
//! unreliably), waits until two polls agree so a half-written file is not
//! read, prints the findings, and rewrites the HTML report. Beside the
//! report it writes `OUT.version.js`; the open page loads that script every
//! second and reloads itself when the version changed.
//!
//! The file's `kamerlint.toml` and the rule files of its rule folders are
//! polled too: a change reads the configuration again and checks the file
//! with it; a configuration that does not load is reported and the last one
//! that did is kept. A directory is refused; a file that disappears is said
//! once. Every check's summary line carries the time (UTC).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use std::sync::Arc;

use kamerlint::config::{Config, Resolver};
use kamerlint::lang::Msg;
use kamerlint::report::{compact, html};
use kamerlint::FileResult;

use crate::cli::{self, WatchArgs};

const FAILURE: u8 = 2;

/// What the file looked like at one poll.
type Stamp = Option<(SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// What the configuration of the watched file was read from at one poll:
/// its `kamerlint.toml` and the rule files of its rule folders, each with
/// its stamp.
type Sources = Vec<(PathBuf, Stamp)>;

fn sources(args: &WatchArgs, config: &Config) -> Sources {
    let file = args
        .config
        .config
        .clone()
        .or_else(|| Config::discover(args.file.parent().unwrap_or(Path::new("."))));
    let mut out: Sources = file
        .into_iter()
        .map(|p| {
            let s = stamp(&p);
            (p, s)
        })
        .collect();
    // The documents the draft is compared with: a new list or previous
    // version checks it again.
    let questions = args
        .against
        .questions
        .as_ref()
        .or(config.questions.as_ref());
    for other in questions.into_iter().chain(&args.against.previous) {
        let s = stamp(other);
        out.push((other.clone(), s));
    }
    for folder in &config.rule_folders {
        let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        out.push((folder.clone(), None));
        out.extend(files.into_iter().map(|p| {
            let s = stamp(&p);
            (p, s)
        }));
    }
    out
}

/// The configuration of the watched file, read again.
fn load(args: &WatchArgs) -> Result<Arc<Config>, kamerlint::config::ConfigError> {
    Resolver::new(
        args.config.config.as_deref(),
        args.config.profile.map(Into::into),
    )?
    .for_file(&args.file)
}

/// "14:03:21 UTC", the time of a check.
fn clock() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day = secs % 86_400;
    format!("{:02}:{:02}:{:02} UTC", day / 3600, day / 60 % 60, day % 60)
}

const DIRECTORY: Msg = Msg::new(
    "{path} is een map; watch volgt één bestand (controleer een map met `kamerlint check {path}`)",
    "{path} is a directory; watch follows one file (check a directory with `kamerlint check {path}`)",
);
const UNREADABLE: Msg = Msg::new(
    "het bestand kan niet gelezen worden",
    "cannot read the file",
);
const WATCHED: Msg = Msg::new(
    "--html {file} is het bestand dat gevolgd wordt; kamerlint schrijft nooit in de bestanden \
     die het controleert",
    "--html {file} is the file being watched; kamerlint never writes to the files it checks",
);
const WATCHING: Msg = Msg::new(
    "volgt {file}{report} (Ctrl-C om te stoppen)",
    "watching {file}{report} (Ctrl-C to stop)",
);
const REPORT_IN: Msg = Msg::new(", rapport in {file}", ", report in {file}");
const RELOADED: Msg = Msg::new("configuratie opnieuw gelezen", "configuration read again");
const KEEPING: Msg = Msg::new(
    "de laatste configuratie die werkte blijft gelden",
    "keeping the last configuration that worked",
);
const DELETED: Msg = Msg::new(
    "{file} is verwijderd (of hernoemd); wacht tot het terug is",
    "{file} was deleted (or renamed away); waiting for it to come back",
);
const WAITING: Msg = Msg::new(
    "{error} (wacht op de volgende keer opslaan)",
    "{error} (waiting for the next save)",
);
const CHECKED_AT: Msg = Msg::new("gecontroleerd om {time}", "checked at {time}");

pub fn run(args: &WatchArgs) -> u8 {
    if args.file.is_dir() {
        fail!("{}", DIRECTORY.say(&[("path", &cli::display(&args.file))]));
        return FAILURE;
    }
    let mut config = match load(args) {
        Ok(c) => c,
        Err(e) => return crate::config_error(e),
    };
    let input = cli::Input {
        path: args.file.clone(),
        display: cli::display(&args.file),
    };
    if stamp(&input.path).is_none() {
        fail!("{}: {UNREADABLE}", input.display);
        return FAILURE;
    }
    if args
        .html
        .as_deref()
        .is_some_and(|out| cli::same_file(out, &input.path))
    {
        fail!("{}", WATCHED.say(&[("file", &input.display)]));
        return FAILURE;
    }
    let version_file = args.html.as_deref().map(version_path);
    let interval = Duration::from_millis(args.interval.clamp(50, 10_000));
    eprintln!(
        "kamerlint: {}",
        WATCHING.say(&[
            ("file", &input.display),
            (
                "report",
                &args
                    .html
                    .as_deref()
                    .map(|p| REPORT_IN.say(&[("file", &cli::display(p))]))
                    .unwrap_or_default()
            )
        ])
    );
    let mut read_from = sources(args, &config);
    let mut checked: Stamp = None;
    let mut previous: Stamp = None;
    let mut checks = 0usize;
    loop {
        // The configuration first: a change checks the file again.
        let now_sources = sources(args, &config);
        if now_sources != read_from {
            read_from = now_sources;
            match load(args) {
                Ok(c) => {
                    config = c;
                    read_from = sources(args, &config);
                    checked = None;
                    eprintln!("kamerlint: {} {RELOADED}", clock());
                }
                Err(e) => {
                    crate::config_error(e);
                    eprintln!("kamerlint: {} {KEEPING}", clock());
                }
            }
        }
        let now = stamp(&input.path);
        if now.is_none() && previous.is_some() {
            eprintln!(
                "kamerlint: {} {}",
                clock(),
                DELETED.say(&[("file", &input.display)])
            );
            checked = None;
        }
        // Check when the file changed and has stayed the same for one poll.
        if now.is_some() && now == previous && now != checked {
            checked = now;
            checks += 1;
            let versions = super::versions::for_drafts(&args.against, &[(&input, &config)]);
            match versions.and_then(|v| {
                let versions = v.first().cloned().unwrap_or_default();
                crate::read_and_check(&input, &config, &versions)
            }) {
                Ok(result) => report(&result, args.html.as_deref(), version_file.as_deref()),
                Err(e) => fail!(
                    "{}",
                    WAITING.say(&[("error", &kamerlint::report::visible(&e))])
                ),
            }
            if args.checks.is_some_and(|n| checks >= n) {
                return 0;
            }
        }
        previous = now;
        std::thread::sleep(interval);
    }
}

fn report(result: &FileResult, html_out: Option<&Path>, version_file: Option<&Path>) {
    let results = std::slice::from_ref(result);
    let totals = kamerlint::report::Totals::of(results);
    print!("{}", compact::render(results));
    println!(
        "{}: {totals} ({})",
        kamerlint::report::visible(&result.path),
        CHECKED_AT.say(&[("time", &clock())])
    );
    let (Some(out), Some(version_file)) = (html_out, version_file) else {
        return;
    };
    let script_name = version_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let page = html::render_page(
        results,
        &html::Options {
            reload_script: Some(script_name),
        },
    );
    if let Err(e) = replace_file(out, page.html.as_bytes()) {
        fail!("{}: {e}", cli::display(out));
        return;
    }
    if let Err(e) = replace_file(version_file, html::version_script(&page.version).as_bytes()) {
        fail!("{}: {e}", cli::display(version_file));
    }
}

/// `report.html` → `report.html.version.js`, beside it.
fn version_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report.html".into());
    out.with_file_name(format!("{name}.version.js"))
}

/// The temporary file a report for `path` is written to before it is
/// renamed over `path`: hidden, in the same folder (so the rename is atomic).
pub fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.kamerlint-tmp"))
}

/// Writes `bytes` to a temporary file beside `path` and renames it over
/// `path`, so a reader never sees a half-written file.
pub fn replace_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temporary_beside(path);
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

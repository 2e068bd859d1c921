//! `kamerlint watch FILE [--html OUT]`: re-checks a draft every time it is
//! saved. It polls the file's modification time and size (Word saves by
//! writing a new file and renaming it, which file-system events report
//! unreliably), waits until two polls agree so a half-written file is not
//! read, prints the findings, and rewrites the HTML report. Beside the
//! report it writes `OUT.version.js`; the open page loads that script every
//! second and reloads itself when the version changed.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

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

pub fn run(args: &WatchArgs) -> u8 {
    let mut configs = match crate::resolver(&args.config) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let config = match configs.for_file(&args.file) {
        Ok(c) => c,
        Err(e) => return crate::config_error(e),
    };
    let input = cli::Input {
        path: args.file.clone(),
        display: cli::display(&args.file),
    };
    if stamp(&input.path).is_none() {
        eprintln!("error: {}: cannot read the file", input.display);
        return FAILURE;
    }
    if args
        .html
        .as_deref()
        .is_some_and(|out| cli::same_file(out, &input.path))
    {
        eprintln!(
            "error: --html {} is the file being watched; kamerlint never writes to the files it checks",
            input.display
        );
        return FAILURE;
    }
    let version_file = args.html.as_deref().map(version_path);
    let interval = Duration::from_millis(args.interval.clamp(50, 10_000));
    eprintln!(
        "kamerlint: watching {}{} (Ctrl-C to stop)",
        input.display,
        args.html
            .as_deref()
            .map(|p| format!(", report in {}", cli::display(p)))
            .unwrap_or_default()
    );
    let mut checked: Stamp = None;
    let mut previous: Stamp = None;
    let mut checks = 0usize;
    loop {
        let now = stamp(&input.path);
        // Check when the file changed and has stayed the same for one poll.
        if now.is_some() && now == previous && now != checked {
            checked = now;
            checks += 1;
            match crate::read_and_check(&input, &config) {
                Ok(result) => report(&result, args.html.as_deref(), version_file.as_deref()),
                Err(e) => eprintln!("error: {e} (waiting for the next save)"),
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
    println!("{}: {totals}", result.path);
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
        eprintln!("error: {}: {e}", cli::display(out));
        return;
    }
    if let Err(e) = replace_file(version_file, html::version_script(&page.version).as_bytes()) {
        eprintln!("error: {}: {e}", cli::display(version_file));
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

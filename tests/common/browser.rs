//! Headless Chromium for the browser tests (`tests/html.rs`, `tests/web.rs`).
//!
//! Nothing is ever installed here: the browser is `KAMERLINT_CHROMIUM` or a
//! Chromium on PATH. Without one a test prints a visible "skipped" line that
//! says how to run it; `.ci/run` installs Chromium first and sets
//! `KAMERLINT_REQUIRE_BROWSER=1`, which turns the skip into a failure.
//! `KAMERLINT_SKIP_BROWSER=1` skips the browser tests outright.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The flags of every run: headless, as root in a container, and quiet on
/// the network (no background requests, updates, sync or first-run pages).
pub const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
];

/// The browser to test with: `KAMERLINT_CHROMIUM`, else a Chromium on PATH;
/// `None` under `KAMERLINT_SKIP_BROWSER=1`.
pub fn chromium() -> Option<PathBuf> {
    if std::env::var_os("KAMERLINT_SKIP_BROWSER").is_some_and(|v| v == "1") {
        return None;
    }
    if let Some(path) = std::env::var_os("KAMERLINT_CHROMIUM") {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|b| dir.join(b)))
        .find(|b| b.is_file())
}

/// Whether a browser test must run (CI): a missing tool is then a failure.
pub fn required() -> bool {
    std::env::var_os("KAMERLINT_REQUIRE_BROWSER").is_some_and(|v| v == "1")
}

/// Skips a browser test, visibly, saying why and how to run it; under
/// `KAMERLINT_REQUIRE_BROWSER=1` fails instead.
pub fn skip(why: &str) {
    assert!(!required(), "KAMERLINT_REQUIRE_BROWSER=1, but {why}");
    super::skipped(why);
}

/// A fresh profile directory for one run of the browser.
fn profile(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("kamerlint-chromium-{}-{tag}", std::process::id()))
}

/// Starts the browser headless on `url` with `extra` arguments, its output
/// piped (standard output) or dropped.
pub fn start(browser: &Path, url: &str, extra: &[&str], tag: &str) -> Child {
    let profile = profile(tag);
    let _ = std::fs::remove_dir_all(&profile);
    Command::new(browser)
        .args(FLAGS)
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the browser starts")
}

/// Ends a browser started with [`start`] and removes its profile.
pub fn stop(mut child: Child, tag: &str) {
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(profile(tag));
}

/// Runs the browser headless on `url` with `extra` arguments (a
/// `--dump-dom` or `--screenshot=` that ends the run, when the page has
/// loaded, or with `--virtual-time-budget=MS` that long after), with a time
/// limit, and returns its standard output.
pub fn browse(browser: &Path, url: &str, extra: &[&str]) -> String {
    let tag = format!("browse-{}", extra.len());
    let mut child = start(browser, url, extra, &tag);
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            stop(child, &tag);
            panic!("the browser did not finish within 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    stop(child, &tag);
    reader.join().expect("output")
}

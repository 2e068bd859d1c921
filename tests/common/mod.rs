//! Helpers shared by the integration tests: a temporary workspace, running
//! the binary in it, and the seed with "what an injection added".
//!
//! Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The seed answer list, relative to the package root (where tests run).
pub const SEED: &str = "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt";

pub fn seed_text() -> String {
    std::fs::read_to_string(SEED).expect("the seed is in the repository")
}

/// A fresh directory for one test, removed when the test ends.
pub struct Workspace(PathBuf);

impl std::ops::Deref for Workspace {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An empty directory named after the test file (`suite`) and the test.
pub fn workspace(suite: &str, name: &str) -> Workspace {
    let dir = std::env::temp_dir().join(format!("kamerlint-{suite}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    Workspace(dir)
}

/// Writes a file below `dir`, making its folders.
pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("dir");
    }
    std::fs::write(path, bytes).expect("write");
}

/// Says a test was skipped, and how to run it, where `cargo test` shows it:
/// straight to standard error, past the test harness's capture.
pub fn skipped(why: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "skipped: {why}");
}

/// Runs kamerlint in `dir`, without colours.
pub fn kamerlint(dir: &Path, args: &[&str]) -> Output {
    kamerlint_with_env(dir, args, &[])
}

/// Runs kamerlint in `dir` with extra environment variables (and without
/// the caller's RAYON_NUM_THREADS).
pub fn kamerlint_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("RAYON_NUM_THREADS")
        .envs(env.iter().copied())
        .output()
        .expect("kamerlint runs")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(o)))
}

/// Every diagnostic of the rules `keep` accepts, as ((rule, message),
/// line). Messages carry question and footnote numbers but no line
/// numbers, so they survive inserted or deleted lines.
pub fn findings(text: &str, keep: impl Fn(&str) -> bool) -> Vec<((String, String), usize)> {
    let r = kamerlint::check_bytes("injected.txt", text.as_bytes());
    r.diagnostics
        .iter()
        .filter(|d| keep(d.rule))
        .map(|d| {
            (
                (d.rule.to_string(), d.message.clone()),
                r.document.line_col(d.span.start).line,
            )
        })
        .collect()
}

/// (rule, line) of the diagnostics (of the rules `keep` accepts) that a
/// changed copy of the seed has and the seed has not.
pub fn new_findings(injected: &str, keep: impl Fn(&str) -> bool) -> Vec<(String, usize)> {
    added_findings(&seed_text(), injected, keep)
}

/// (rule, line) of the diagnostics (of the rules `keep` accepts) that
/// `changed` has and `original` has not.
pub fn added_findings(
    original: &str,
    changed: &str,
    keep: impl Fn(&str) -> bool,
) -> Vec<(String, usize)> {
    let mut before: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (key, _) in findings(original, &keep) {
        *before.entry(key).or_default() += 1;
    }
    let mut added = Vec::new();
    for (key, line) in findings(changed, &keep) {
        match before.get_mut(&key) {
            Some(n) if *n > 0 => *n -= 1,
            _ => added.push((key.0, line)),
        }
    }
    added.sort();
    added
}

/// Replaces the only occurrence of `from` on 1-based line `line`.
pub fn replace_on_line(text: &str, line: usize, from: &str, to: &str) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    let l = &mut lines[line - 1];
    assert_eq!(
        l.matches(from).count(),
        1,
        "line {line}: {l:?} should contain {from:?} once"
    );
    *l = l.replacen(from, to, 1);
    lines.join("\n")
}

/// A zip archive of `entries`, each stored with `method`.
pub fn zip(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        for (name, bytes) in entries {
            w.start_file(*name, options).expect("entry");
            w.write_all(bytes).expect("write");
        }
        w.finish().expect("finish");
    }
    out.into_inner()
}
pub mod browser;
pub mod fixtures;

/// A real document of `../shared/real/docs/` checked with the default
/// configuration, or `None` with the skip printed where the folder (not
/// part of this repository) is absent.
pub fn real_checked(name: &str) -> Option<kamerlint::FileResult> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs");
    let Ok(bytes) = std::fs::read(dir.join(name)) else {
        skipped(&format!(
            "../shared/real/docs/{name} not found (the real documents are not in this repository)"
        ));
        return None;
    };
    Some(kamerlint::check_bytes(name, &bytes))
}

/// The findings of `rule` as (line, text covered).
pub fn found_at(result: &kamerlint::FileResult, rule: &str) -> Vec<(usize, String)> {
    let doc = &result.document;
    result
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| {
            (
                doc.line_col(d.span.start).line,
                doc.slice(d.span).to_string(),
            )
        })
        .collect()
}

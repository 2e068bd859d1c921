//! Baselines, for adopting kamerlint on documents that already have
//! findings: `--write-baseline FILE` records the current findings,
//! `--baseline FILE` reports only findings that are not in it.
//!
//! A finding is recorded by a semantic fingerprint: its rule, the number
//! of the question it is in, and the text it is about with spaces squashed
//! (the message when it is about no text). Line numbers are not part of
//! it, so a baseline survives edits elsewhere in the document: lines
//! inserted above a finding, a paragraph rewrapped. A fingerprint that
//! occurs several times in a file is recorded with its count; a new
//! occurrence beyond the count is reported.
//!
//! A finding's `file` is its path relative to the directory of the
//! baseline file, normalised ([`Keys`]): `check antwoorden/`, `check .`,
//! `check ./antwoorden/x.txt` and an absolute path all give
//! `antwoorden/x.txt` for a baseline beside `antwoorden/`. (Version 1
//! recorded the path as it was given; such a file is still read, its paths
//! taken relative to the current directory.)
//!
//! ```json
//! {"version": 2, "findings": [{"file": "antwoorden/x.txt", "rule": "placeholder/marker",
//!   "question": null, "text": "XXX", "fingerprint": "5f1c0e2a9b3d7e64", "count": 2}]}
//! ```

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::FileResult;

/// The version of the baseline file's shape: 2 since paths are relative
/// to the baseline file.
pub const VERSION: u32 = 2;

/// How a checked file is named in a baseline: its path relative to the
/// baseline file's directory, with `/` between components, symbolic links
/// and `.`/`..` resolved.
#[derive(Debug, Clone)]
pub struct Keys {
    base: PathBuf,
    cwd: PathBuf,
}

impl Keys {
    /// The keys of the baseline file `file` (which need not exist yet).
    pub fn for_baseline(file: &Path) -> Keys {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let dir = match file.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let base = absolute(dir, &cwd);
        Keys { base, cwd }
    }

    /// The key of a checked file, given as a path (relative to the current
    /// directory or absolute).
    pub fn key(&self, path: &str) -> String {
        relative(&absolute(Path::new(path), &self.cwd), &self.base)
    }
}

fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    };
    std::fs::canonicalize(&joined).unwrap_or_else(|_| lexical(&joined))
}

/// `.` and `..` resolved without asking the file system.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// `path` relative to `base`, both absolute: `../` for every component of
/// `base` past their common part.
fn relative(path: &Path, base: &Path) -> String {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); base.len() - common];
    parts.extend(
        path[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// The text a finding is about, spaces squashed.
pub fn finding_text(d: &Diagnostic, doc: &Document) -> String {
    let text = doc
        .slice(d.span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        d.message.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text
    }
}

/// The semantic fingerprint: 16 hex digits of a stable 64-bit FNV-1a hash
/// of rule, question number and [`finding_text`].
pub fn fingerprint(d: &Diagnostic, doc: &Document) -> String {
    let question = d
        .question
        .map_or_else(|| "-".to_string(), |q| q.to_string());
    let key = format!("{}\u{0}{}\u{0}{}", d.rule, question, finding_text(d, doc));
    format!("{:016x}", fnv1a(key.as_bytes()))
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub file: String,
    pub rule: String,
    pub question: Option<u32>,
    /// For people reading the file; the fingerprint is what counts.
    pub text: String,
    pub fingerprint: String,
    /// How many findings in the file have this fingerprint.
    pub count: usize,
}

/// The recorded findings, sorted.
const UNSUPPORTED: crate::lang::Msg = crate::lang::Msg::new(
    "baselineversie {version} wordt niet ondersteund (verwacht: {expected}, of 1)",
    "baseline version {version} is not supported (expected {expected}, or 1)",
);

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

impl Baseline {
    /// The findings of `results`.
    pub fn of(results: &[FileResult]) -> Baseline {
        let mut counted: BTreeMap<(String, String), Entry> = BTreeMap::new();
        for result in results {
            for d in &result.diagnostics {
                let fp = fingerprint(d, &result.document);
                counted
                    .entry((result.path.clone(), fp.clone()))
                    .and_modify(|e| e.count += 1)
                    .or_insert_with(|| Entry {
                        file: result.path.clone(),
                        rule: d.rule.to_string(),
                        question: d.question,
                        text: finding_text(d, &result.document),
                        fingerprint: fp,
                        count: 1,
                    });
            }
        }
        let mut findings: Vec<Entry> = counted.into_values().collect();
        findings.sort();
        Baseline {
            version: VERSION,
            findings,
        }
    }

    /// The baseline file: pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".to_string());
        out.push('\n');
        out
    }

    /// A baseline file as written; its paths are as recorded (see
    /// [`Baseline::read`]).
    pub fn from_json(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if baseline.version != VERSION && baseline.version != 1 {
            return Err(UNSUPPORTED.say(&[("version", &baseline.version), ("expected", &VERSION)]));
        }
        Ok(baseline)
    }

    /// A baseline file, with its paths as [`Keys`]: a version 1 file's
    /// paths (as they were given on the command line) are taken relative
    /// to the current directory.
    pub fn read(text: &str, keys: &Keys) -> Result<Baseline, String> {
        let mut baseline = Baseline::from_json(text)?;
        if baseline.version == 1 {
            baseline = baseline.keyed(keys);
        }
        Ok(baseline)
    }

    /// The same findings with each file named by its key (as written by
    /// `--write-baseline`).
    pub fn keyed(self, keys: &Keys) -> Baseline {
        let mut counted: BTreeMap<(String, String), Entry> = BTreeMap::new();
        for mut e in self.findings {
            e.file = keys.key(&e.file);
            counted
                .entry((e.file.clone(), e.fingerprint.clone()))
                .and_modify(|old| old.count += e.count)
                .or_insert(e);
        }
        let mut findings: Vec<Entry> = counted.into_values().collect();
        findings.sort();
        Baseline {
            version: VERSION,
            findings,
        }
    }

    /// Removes from `results` the findings the baseline records (per file
    /// and fingerprint, up to the recorded count, earliest first). Returns
    /// how many were removed. `key` names a result's file as the baseline
    /// does.
    pub fn suppress_keyed(
        &self,
        results: &mut [FileResult],
        key: &dyn Fn(&str) -> String,
    ) -> usize {
        let mut budget: BTreeMap<(String, String), usize> = BTreeMap::new();
        for e in &self.findings {
            *budget
                .entry((e.file.clone(), e.fingerprint.clone()))
                .or_default() += e.count;
        }
        let mut removed = 0;
        for result in results.iter_mut() {
            let document = result.document.clone();
            let path = key(&result.path);
            result.diagnostics.retain(|d| {
                let fp = fingerprint(d, &document);
                match budget.get_mut(&(path.clone(), fp)) {
                    Some(left) if *left > 0 => {
                        *left -= 1;
                        removed += 1;
                        false
                    }
                    _ => true,
                }
            });
        }
        removed
    }
}

impl Baseline {
    /// [`Baseline::suppress_keyed`] with files named by their paths as
    /// given.
    pub fn suppress(&self, results: &mut [FileResult]) -> usize {
        self.suppress_keyed(results, &|p: &str| p.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_relative_to_the_baseline_file() {
        let keys = Keys {
            base: PathBuf::from("/nonexistent-kamerlint/repo"),
            cwd: PathBuf::from("/nonexistent-kamerlint/repo/antwoorden"),
        };
        assert_eq!(keys.key("d2.txt"), "antwoorden/d2.txt");
        assert_eq!(keys.key("./d2.txt"), "antwoorden/d2.txt");
        assert_eq!(keys.key("../antwoorden/./d2.txt"), "antwoorden/d2.txt");
        assert_eq!(
            keys.key("/nonexistent-kamerlint/repo/antwoorden/d2.txt"),
            "antwoorden/d2.txt"
        );
        assert_eq!(
            keys.key("/nonexistent-kamerlint/elders/x.txt"),
            "../elders/x.txt"
        );
    }

    #[test]
    fn fnv_is_stable() {
        // Reference values of 64-bit FNV-1a.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}

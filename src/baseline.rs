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
//! ```json
//! {"version": 1, "findings": [{"file": "antwoorden/x.txt", "rule": "placeholder/marker",
//!   "question": null, "text": "XXX", "fingerprint": "5f1c0e2a9b3d7e64", "count": 2}]}
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::FileResult;

/// The version of the baseline file's shape.
pub const VERSION: u32 = 1;

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

    pub fn from_json(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if baseline.version != VERSION {
            return Err(format!(
                "baseline version {} is not supported (expected {VERSION})",
                baseline.version
            ));
        }
        Ok(baseline)
    }

    /// Removes from `results` the findings the baseline records (per file
    /// and fingerprint, up to the recorded count, earliest first). Returns
    /// how many were removed.
    pub fn suppress(&self, results: &mut [FileResult]) -> usize {
        let mut budget: BTreeMap<(String, String), usize> = BTreeMap::new();
        for e in &self.findings {
            *budget
                .entry((e.file.clone(), e.fingerprint.clone()))
                .or_default() += e.count;
        }
        let mut removed = 0;
        for result in results.iter_mut() {
            let document = result.document.clone();
            let path = result.path.clone();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_stable() {
        // Reference values of 64-bit FNV-1a.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}

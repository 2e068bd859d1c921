//! Every unknown key of a `kamerlint.toml` at once. serde's
//! `deny_unknown_fields` stops at the first, so a file with three
//! misspelt keys took three runs to fix; the keys of the file's own tables
//! are checked first, and all that are unknown are reported together.

use toml::de::{DeTable, DeValue};

use crate::error::ConfigError;

/// The top-level keys of `kamerlint.toml`.
const TOP: &[&str] = &[
    "profile",
    "rule-folders",
    "questions",
    "rules",
    "limits",
    "settings",
];

/// The keys of `[limits]`.
const LIMITS: &[&str] = &[
    "max-warnings",
    "max-file-size",
    "max-docx-entries",
    "max-docx-size",
    "max-docx-part-size",
    "max-xml-depth",
    "max-xml-size",
    "max-xml-nodes",
    "max-regex-size",
    "time-budget-ms",
];

/// An error naming every unknown key of the file's top level and of
/// `[limits]`, each at its place; `Ok` when there is none (or when the
/// TOML does not parse: serde then says why).
pub fn check(shown: &str, text: &str) -> Result<(), ConfigError> {
    let Ok(table) = DeTable::parse(text) else {
        return Ok(());
    };
    let mut unknown: Vec<(String, std::ops::Range<usize>, &'static [&'static str])> = Vec::new();
    for (key, value) in table.get_ref() {
        let name: &str = key.get_ref();
        if !TOP.contains(&name) {
            unknown.push((name.to_string(), key.span(), TOP));
        } else if name == "limits" {
            if let DeValue::Table(limits) = value.get_ref() {
                for key in limits.keys() {
                    let inner: &str = key.get_ref();
                    if !LIMITS.contains(&inner) {
                        unknown.push((format!("limits.{inner}"), key.span(), LIMITS));
                    }
                }
            }
        }
    }
    unknown.sort_by_key(|(_, span, _)| span.start);
    let label = |name: &str, expected: &[&str]| {
        let last = name.rsplit('.').next().unwrap_or(name);
        expected
            .iter()
            .min_by_key(|k| super::edit_distance(last, k))
            .filter(|k| super::edit_distance(last, k) <= 3)
            .map_or_else(
                || "unknown key".to_string(),
                |k| format!("did you mean `{k}`?"),
            )
    };
    let mut places = unknown
        .iter()
        .map(|(name, span, expected)| (span.clone(), label(name, expected)));
    let Some((span, first)) = places.next() else {
        return Ok(());
    };
    let names: Vec<String> = unknown.iter().map(|(n, ..)| format!("`{n}`")).collect();
    let message = if names.len() == 1 {
        format!("unknown key {}", names[0])
    } else {
        format!("{} unknown keys: {}", names.len(), names.join(", "))
    };
    let tables: Vec<String> = [("the top level", TOP), ("[limits]", LIMITS)]
        .iter()
        .filter(|(_, keys)| unknown.iter().any(|(_, _, e)| std::ptr::eq(*e, *keys)))
        .map(|(table, keys)| format!("{table}: {}", keys.join(", ")))
        .collect();
    Err(ConfigError::at(shown, text, span, message, first)
        .also_at(text, places)
        .with_help(format!("the keys are, {}", tables.join("; "))))
}

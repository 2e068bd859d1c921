//! Every unknown key of a `kamerlint.toml` at once. serde's
//! `deny_unknown_fields` stops at the first, so a file with three
//! misspelt keys took three runs to fix; the keys of the file's own tables
//! are checked first, and all that are unknown are reported together.

use toml::de::{DeTable, DeValue};

use crate::error::ConfigError;
use crate::lang::Msg;

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
const UNKNOWN: Msg = Msg::new("onbekende sleutel", "unknown key");
const DID_YOU_MEAN: Msg = Msg::new("bedoelt u `{key}`?", "did you mean `{key}`?");
const UNKNOWN_ONE: Msg = Msg::new("onbekende sleutel {key}", "unknown key {key}");
const UNKNOWN_MANY: Msg = Msg::new(
    "{count} onbekende sleutels: {keys}",
    "{count} unknown keys: {keys}",
);
const TOP_LEVEL: Msg = Msg::new("het hoogste niveau", "the top level");
const THE_KEYS: Msg = Msg::new("de sleutels zijn, {tables}", "the keys are, {tables}");

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
            .map_or_else(|| UNKNOWN.to_string(), |k| DID_YOU_MEAN.say(&[("key", k)]))
    };
    let mut places = unknown
        .iter()
        .map(|(name, span, expected)| (span.clone(), label(name, expected)));
    let Some((span, first)) = places.next() else {
        return Ok(());
    };
    let names: Vec<String> = unknown.iter().map(|(n, ..)| format!("`{n}`")).collect();
    let message = if names.len() == 1 {
        UNKNOWN_ONE.say(&[("key", &names[0])])
    } else {
        UNKNOWN_MANY.say(&[("count", &names.len()), ("keys", &names.join(", "))])
    };
    let tables: Vec<String> = [(TOP_LEVEL.text(), TOP), ("[limits]", LIMITS)]
        .iter()
        .filter(|(_, keys)| unknown.iter().any(|(_, _, e)| std::ptr::eq(*e, *keys)))
        .map(|(table, keys)| format!("{table}: {}", keys.join(", ")))
        .collect();
    Err(ConfigError::at(shown, text, span, message, first)
        .also_at(text, places)
        .with_help(THE_KEYS.say(&[("tables", &tables.join("; "))])))
}

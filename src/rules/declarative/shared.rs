//! Helpers the kinds share: exceptions to a match, and the captures of a
//! match as template variables. Separate from the kinds, each of which
//! uses some of them.

use std::collections::BTreeSet;
use std::ops::Range;

use regex::{Captures, Regex};
use toml::Spanned;

use super::{Compiler, Vars};
use crate::error::ConfigError;

/// Matches that make a finding not count: `except = ['Noord-Macedonië']`
/// keeps a rule for "Macedonië" quiet inside "Noord-Macedonië".
#[derive(Debug, Clone, Default)]
pub(crate) struct Except(Vec<Regex>);

impl Except {
    pub fn compile(patterns: &[Spanned<String>], cx: &Compiler) -> Result<Except, ConfigError> {
        patterns
            .iter()
            .map(|p| cx.regex(p))
            .collect::<Result<_, _>>()
            .map(Except)
    }

    /// The ranges of `text` that exceptions cover.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.0
            .iter()
            .flat_map(|re| re.find_iter(text).map(|m| m.range()))
            .collect()
    }

    pub fn covers(ranges: &[Range<usize>], range: &Range<usize>) -> bool {
        ranges
            .iter()
            .any(|r| r.start < range.end && range.start < r.end)
    }
}

/// The capture names every regex has (a variable must be there whichever
/// pattern matched).
pub(crate) fn common_captures(regexes: &[&Regex]) -> BTreeSet<String> {
    let mut iter = regexes.iter().map(|re| {
        re.capture_names()
            .flatten()
            .map(str::to_string)
            .collect::<BTreeSet<String>>()
    });
    let first = iter.next().unwrap_or_default();
    iter.fold(first, |acc, names| {
        acc.intersection(&names).cloned().collect()
    })
}

/// The named captures of a match as template variables (an optional
/// group that did not match is empty), plus `match`.
pub(crate) fn capture_vars(re: &Regex, caps: &Captures<'_>) -> Vars {
    let mut vars = Vars::new();
    for name in re.capture_names().flatten() {
        let value = caps.name(name).map_or("", |m| m.as_str());
        vars.insert(name.to_string(), value.to_string());
    }
    vars.insert(
        "match".to_string(),
        caps.get(0).map_or("", |m| m.as_str()).to_string(),
    );
    vars
}

/// Whitespace runs (line joins included) as one space, trimmed.
pub(crate) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A set of variable names.
pub(crate) fn names(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|s| s.to_string()).collect()
}

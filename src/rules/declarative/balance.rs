//! `[rule.balance]`: quotes and brackets opened and never closed (or closed
//! and never opened) within one region: a question, an answer, a footnote.
//!
//! ```toml
//! [[rule.balance.pair]]
//! open = "‘"
//! close = "’"
//! apostrophe = true     # "’" inside or before a word ("auto’s", "’s") is an apostrophe
//! [[rule.balance.pair]]
//! open = "("
//! close = ")"
//! enumerators = true    # "a)", "2)", "iv)" with nothing open are list labels
//! ```
//!
//! Each pair is counted on its own. Variables: `{char}` (the character
//! found), `{open}`, `{close}`, `{region}` ("answer", ...), `{this_region}`
//! ("this answer", "dit antwoord": the Dutch needs the article with the
//! noun), `{state}` ("opened and not closed" or "closed but never opened").
//! The words are in the language in force.

use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::messages as m;
use super::{names, Check, Compiled, Compiler, Context, Finding, Kind, Region, Scope, Vars};
use crate::error::ConfigError;
use crate::lang::Msg;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spec {
    pair: Spanned<Vec<PairSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PairSpec {
    open: Spanned<String>,
    close: Spanned<String>,
    #[serde(default)]
    apostrophe: bool,
    #[serde(default)]
    enumerators: bool,
}

impl Kind for Spec {
    const SCOPE: &'static [Scope] = &[Scope::Questions, Scope::Answers, Scope::Footnotes];

    fn compile(self, cx: &Compiler) -> Result<Compiled, ConfigError> {
        if self.pair.get_ref().is_empty() {
            return Err(cx.error(self.pair.span(), m::NO_PAIRS.text(), m::ADD_PAIR.text()));
        }
        let one_char = |s: &Spanned<String>| -> Result<char, ConfigError> {
            let mut chars = s.get_ref().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(cx.error(s.span(), m::ONE_CHAR.text(), m::THIS.text())),
            }
        };
        let mut pairs = Vec::new();
        for p in self.pair.get_ref() {
            let open = one_char(&p.open)?;
            let close = one_char(&p.close)?;
            if open == close {
                return Err(cx.error(p.close.span(), m::SAME_CHAR.text(), m::THIS.text()));
            }
            pairs.push(Pair {
                open,
                close,
                apostrophe: p.apostrophe,
                enumerators: p.enumerators,
            });
        }
        // One search for every pair's characters: a class, so the regex
        // engine's fast scan finds them.
        let class: String = pairs
            .iter()
            .flat_map(|p| [p.open, p.close])
            .map(|c| regex::escape(&c.to_string()))
            .collect();
        let chars = cx
            .build(&format!("[{class}]"))
            .map_err(|e| cx.regex_error(self.pair.span(), &e))?;
        Ok(Compiled {
            check: Arc::new(Balance { pairs, chars }),
            variables: names(&["char", "open", "close", "region", "this_region", "state"]),
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Pair {
    open: char,
    close: char,
    apostrophe: bool,
    enumerators: bool,
}

#[derive(Debug)]
struct Balance {
    pairs: Vec<Pair>,
    /// Any character of any pair.
    chars: regex::Regex,
}

impl Check for Balance {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Where the line breaks were lost, page headers and scanned noise
        // stand inside the questions and answers: a bracket or quote
        // cannot be followed across them.
        if cx.doc.line_breaks_lost {
            return;
        }
        for region in &cx.regions {
            let text = region.text();
            let found: Vec<(usize, char)> = self
                .chars
                .find_iter(text)
                .filter_map(|m| Some((m.start(), m.as_str().chars().next()?)))
                .collect();
            for pair in &self.pairs {
                let of_pair = found
                    .iter()
                    .copied()
                    .filter(|&(_, c)| c == pair.open || c == pair.close);
                check_pair(region, of_pair, *pair, out);
            }
        }
    }
}

/// Counts one pair in a region, given where its characters are.
fn check_pair(
    region: &Region,
    found: impl Iterator<Item = (usize, char)>,
    pair: Pair,
    out: &mut Vec<Finding>,
) {
    let text = region.text();
    let mut open: Vec<usize> = Vec::new();
    let mut report = |at: usize, c: char, state: Msg| {
        let range = at..at + c.len_utf8();
        let mut vars = Vars::new();
        vars.insert("char".into(), c.to_string());
        vars.insert("open".into(), pair.open.to_string());
        vars.insert("close".into(), pair.close.to_string());
        vars.insert("region".into(), region.scope.noun().to_string());
        vars.insert("this_region".into(), region.scope.this().to_string());
        vars.insert("state".into(), state.text().to_string());
        out.push(Finding::new(region.span(range), region.question, vars));
    };
    for (at, c) in found {
        if region.masked(&(at..at + c.len_utf8())) {
            continue;
        }
        if c == pair.open {
            open.push(at);
            continue;
        }
        if pair.apostrophe && is_apostrophe(text, at) {
            continue;
        }
        if open.pop().is_some() {
            continue;
        }
        if pair.apostrophe {
            // "Jezus’ woorden": with nothing open, a closing single quote
            // is read as an apostrophe.
            continue;
        }
        if pair.enumerators && is_enumerator(text, at) {
            continue;
        }
        report(at, c, m::CLOSED);
    }
    for at in open {
        report(at, pair.open, m::OPENED);
    }
}

/// Whether the character at byte `at` of `text` (a ’) is an apostrophe:
/// "auto’s", "zo’n" (between letters) or "’s-Gravenhage", "’t" (at the
/// start of a word).
pub(super) fn is_apostrophe(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let mut rest = text[at..].chars();
    rest.next();
    let rest = rest.as_str();
    let after = rest.chars().next();
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    if letter(before) && letter(after) {
        return true;
    }
    let word_start = before.is_none_or(|c| c.is_whitespace() || "(‘“\"".contains(c));
    if word_start && letter(after) {
        // ’s, ’t, ’n, ’80: short forms before a word end.
        let next: String = rest.chars().take(3).collect();
        let short = next.chars().take_while(|c| c.is_alphanumeric()).count();
        return short <= 2 || next.starts_with("s-");
    }
    false
}

/// Whether the ")" at byte `at` is a list label: "a)", "2)", "iv)" — one to
/// three letters or digits after a space or the start, and nothing but
/// space after.
fn is_enumerator(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let len = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .take(4)
        .count();
    if !(1..=3).contains(&len) {
        return false;
    }
    let label: usize = before.chars().rev().take(len).map(char::len_utf8).sum();
    let starts_word = before[..before.len() - label]
        .chars()
        .next_back()
        .is_none_or(char::is_whitespace);
    let mut after = text[at..].chars();
    after.next();
    let ends = after.next().is_none_or(char::is_whitespace);
    starts_word && ends
}

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
//! found), `{open}`, `{close}`, `{region}` ("answer", ...), `{state}`
//! ("opened and not closed" or "closed but never opened").

use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::{names, Check, Compiled, Compiler, Context, Finding, Kind, Region, Scope, Vars};
use crate::config::ConfigError;

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
            return Err(cx.error(
                self.pair.span(),
                "no pairs",
                "add at least one [[rule.balance.pair]]",
            ));
        }
        let one_char = |s: &Spanned<String>| -> Result<char, ConfigError> {
            let mut chars = s.get_ref().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(cx.error(s.span(), "one character expected", "this")),
            }
        };
        let mut pairs = Vec::new();
        for p in self.pair.get_ref() {
            let open = one_char(&p.open)?;
            let close = one_char(&p.close)?;
            if open == close {
                return Err(cx.error(
                    p.close.span(),
                    "the closing character must differ from the opening one",
                    "this",
                ));
            }
            pairs.push(Pair {
                open,
                close,
                apostrophe: p.apostrophe,
                enumerators: p.enumerators,
            });
        }
        Ok(Compiled {
            check: Arc::new(Balance { pairs }),
            variables: names(&["char", "open", "close", "region", "state"]),
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
}

impl Check for Balance {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for region in &cx.regions {
            for pair in &self.pairs {
                check_pair(region, *pair, out);
            }
        }
    }
}

fn check_pair(region: &Region, pair: Pair, out: &mut Vec<Finding>) {
    let text = region.text();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut open: Vec<usize> = Vec::new();
    let mut report = |at: usize, c: char, state: &str| {
        let range = at..at + c.len_utf8();
        let mut vars = Vars::new();
        vars.insert("char".into(), c.to_string());
        vars.insert("open".into(), pair.open.to_string());
        vars.insert("close".into(), pair.close.to_string());
        vars.insert("region".into(), region.scope.noun().to_string());
        vars.insert("state".into(), state.to_string());
        out.push(Finding::new(region.span(range), region.question, vars));
    };
    for (i, &(at, c)) in chars.iter().enumerate() {
        if c != pair.open && c != pair.close {
            continue;
        }
        if region.masked(&(at..at + c.len_utf8())) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j].1);
        let after = chars.get(i + 1).map(|&(_, c)| c);
        if c == pair.open {
            open.push(at);
            continue;
        }
        if pair.apostrophe && is_apostrophe(before, after, &chars, i) {
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
        if pair.enumerators && is_enumerator(&chars, i) {
            continue;
        }
        report(at, c, "closed but never opened");
    }
    for at in open {
        report(at, pair.open, "opened and not closed");
    }
}

/// "auto’s", "zo’n" (between letters) or "’s-Gravenhage", "’t" (at the
/// start of a word).
pub(super) fn is_apostrophe(
    before: Option<char>,
    after: Option<char>,
    chars: &[(usize, char)],
    i: usize,
) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    if letter(before) && letter(after) {
        return true;
    }
    let word_start = before.is_none_or(|c| c.is_whitespace() || "(‘“\"".contains(c));
    if word_start && letter(after) {
        // ’s, ’t, ’n, ’80: short forms before a word end.
        let rest: String = chars[i + 1..].iter().take(3).map(|&(_, c)| c).collect();
        let short = rest.chars().take_while(|c| c.is_alphanumeric()).count();
        return short <= 2 || rest.starts_with("s-");
    }
    false
}

/// "a)", "2)", "iv)" as a list label: one to three letters or digits
/// after a space or the start, and nothing but space after.
fn is_enumerator(chars: &[(usize, char)], i: usize) -> bool {
    let mut j = i;
    let mut len = 0;
    while j > 0 && chars[j - 1].1.is_alphanumeric() {
        j -= 1;
        len += 1;
    }
    let starts_word = j == 0 || chars[j - 1].1.is_whitespace();
    let ends = chars.get(i + 1).is_none_or(|&(_, c)| c.is_whitespace());
    (1..=3).contains(&len) && starts_word && ends
}

//! What a built-in rule says: its messages, helps and the labels of its
//! related places, kept as templates in the rule's metadata
//! ([`super::RuleMeta::texts`]) rather than as literals where a finding is
//! made. One place to read everything a rule can say, and one place to
//! translate it (as ESLint keeps `meta.messages` beside a rule and reports
//! by `messageId`).
//!
//! A template holds `{name}` where a value is filled in at the emit site:
//! `RULE.say("message", &[("number", &7)])`. Keys are plain words;
//! `message`, `help` and `related` are the usual ones, with a suffix for a
//! rule that says different things in different cases (`message.range`).
//! `tests/rule_texts.rs` holds the two ends together: every key a rule's
//! file says exists in its metadata, and every template is said somewhere.

use std::fmt::{Display, Write as _};

/// One template of a rule.
#[derive(Debug, Clone, Copy)]
pub struct Text {
    /// How the emit site names it: `message`, `help`, `message.range`.
    pub key: &'static str,
    /// The Dutch text, with `{name}` placeholders.
    pub nl: &'static str,
    /// The English text, with the same placeholders.
    pub en: &'static str,
}

impl Text {
    /// A template in both languages, Dutch first; the build fails when
    /// either is empty.
    pub const fn new(key: &'static str, nl: &'static str, en: &'static str) -> Text {
        assert!(
            !nl.is_empty() && !en.is_empty(),
            "a text needs both languages"
        );
        Text { key, nl, en }
    }

    /// An English template whose Dutch is still to be written (it says the
    /// English in Dutch too, until then).
    pub const fn en(key: &'static str, en: &'static str) -> Text {
        Text { key, nl: "", en }
    }

    /// The template in `lang`.
    pub fn get(&self, lang: crate::lang::Lang) -> &'static str {
        match lang {
            crate::lang::Lang::Nl if !self.nl.is_empty() => self.nl,
            _ => self.en,
        }
    }
}

/// The values for a template's placeholders, by name.
pub type Args<'a> = &'a [(&'a str, &'a dyn Display)];

/// The names of a template's placeholders, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// `template` with each `{name}` replaced by its value in `args`. A name
/// without a value is left as written (and is a bug that debug builds,
/// and so the tests, stop on).
pub fn fill(template: &str, args: Args) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template:?}");
                out.push_str(&rest[open..open + close + 2]);
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    debug_assert!(
        args.iter().all(|(n, _)| placeholders(template).contains(n)),
        "a value that {template:?} does not use: {:?}",
        args.iter().map(|(n, _)| *n).collect::<Vec<_>>()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_every_placeholder_with_its_value() {
        assert_eq!(
            fill(
                "questions {first} to {last} do not exist",
                &[("first", &12), ("last", &"15")]
            ),
            "questions 12 to 15 do not exist"
        );
        assert_eq!(fill("keep the URL once", &[]), "keep the URL once");
        assert_eq!(fill("{a}{a}", &[("a", &1)]), "11");
    }

    #[test]
    fn a_value_is_not_read_as_a_template() {
        assert_eq!(fill("said {x}", &[("x", &"{x} {y}")]), "said {x} {y}");
    }

    #[test]
    fn lists_the_placeholders() {
        assert_eq!(placeholders("{a} and {b}, {a}"), ["a", "b", "a"]);
        assert!(placeholders("no braces").is_empty());
    }
}

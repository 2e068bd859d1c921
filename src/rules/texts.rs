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

    /// The template in `lang`.
    pub fn get(&self, lang: crate::lang::Lang) -> &'static str {
        match lang {
            crate::lang::Lang::Nl => self.nl,
            crate::lang::Lang::En => self.en,
        }
    }
}

pub use crate::lang::{fill, placeholders, Args};

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

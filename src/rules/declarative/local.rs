//! A rule file's texts in two languages. `summary`, `explanation`,
//! `message` and `help` of a rule (and the `message` of a citation check)
//! are one string, said in both languages (a project's own rule files need
//! no second language), or a table with both halves:
//!
//! ```toml
//! message.nl = "plaatshouder “{match}” staat nog in de tekst"
//! message.en = "placeholder “{match}” left in the text"
//! # or: message = { nl = "...", en = "..." }
//! ```
//!
//! Both halves of a table are required, and the two halves of a template
//! use the same `{variables}` ([`super::Compiler::local_template`]).

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use crate::lang::{self, Lang};

/// A text as written: one string, or a table with `nl` and `en` (either
/// may be missing here; the compiler says so, at its place).
#[derive(Debug)]
pub(crate) enum LocalSpec {
    One(String),
    Two {
        nl: Option<Spanned<String>>,
        en: Option<Spanned<String>>,
    },
}

impl<'de> Deserialize<'de> for LocalSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LocalSpec;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a table { nl = \"...\", en = \"...\" }")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<LocalSpec, E> {
                Ok(LocalSpec::One(v.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalSpec, A::Error> {
                let (mut nl, mut en) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "nl" => &mut nl,
                        "en" => &mut en,
                        other => return Err(de::Error::unknown_field(other, &["nl", "en"])),
                    };
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(if key == "nl" {
                            "nl"
                        } else {
                            "en"
                        }));
                    }
                    *slot = Some(map.next_value::<Spanned<String>>()?);
                }
                Ok(LocalSpec::Two { nl, en })
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// One thing in both languages: a rule file's text, or its template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Both<T> {
    pub nl: T,
    pub en: T,
}

impl<T> Both<T> {
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The one in the language in force.
    pub fn current(&self) -> &T {
        self.get(lang::current())
    }
}

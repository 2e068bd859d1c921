//! The `severity` of a `[[rule]]`: one severity, or one per profile.
//! Separate because it is read by hand (a string or a table), with serde's
//! errors, unlike the rest of the rule table.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::diagnostic::Severity;
use crate::rules::set::ProfileSeverity;

/// `severity = "warning"` or `severity = { draft = "warning", final = "error" }`.
#[derive(Debug, Clone, Copy)]
pub(super) struct SeveritySpec(pub(super) ProfileSeverity);

impl<'de> Deserialize<'de> for SeveritySpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SeveritySpec;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "\"error\", \"warning\", \"info\", or a table { draft = ..., final = ... }",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<SeveritySpec, E> {
                parse_severity(v).map(|s| SeveritySpec(ProfileSeverity::same(s)))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SeveritySpec, A::Error> {
                let (mut draft, mut final_) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let value: String = map.next_value()?;
                    let severity = parse_severity(&value)?;
                    match key.as_str() {
                        "draft" => draft = Some(severity),
                        "final" => final_ = Some(severity),
                        other => return Err(de::Error::unknown_field(other, &["draft", "final"])),
                    }
                }
                match (draft, final_) {
                    (Some(draft), Some(final_)) => {
                        Ok(SeveritySpec(ProfileSeverity { draft, final_ }))
                    }
                    (None, _) => Err(de::Error::missing_field("draft")),
                    (_, None) => Err(de::Error::missing_field("final")),
                }
            }
        }
        deserializer.deserialize_any(V)
    }
}

fn parse_severity<E: de::Error>(v: &str) -> Result<Severity, E> {
    match v {
        "error" => Ok(Severity::Error),
        "warning" => Ok(Severity::Warning),
        "info" => Ok(Severity::Info),
        other => Err(de::Error::unknown_variant(
            other,
            &["error", "warning", "info"],
        )),
    }
}

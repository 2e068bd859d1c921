//! `[rule.substitution]`: a wrong or discouraged form and its replacement,
//! offered as a fix.
//!
//! ```toml
//! [rule.substitution]
//! swap = { 'danwel' = "dan wel", 'pro-actie(?P<end>f|ve)' = "proactie{end}" }
//! except = ['Noord-Macedonië']    # optional
//! ignore-case = false             # optional
//! ```
//!
//! Keys are regular expressions; a key that begins or ends with a letter or
//! digit matches whole words only, and a key that begins with a lowercase
//! letter also matches with a capital (at the start of a sentence). The replacement may use the key's named
//! captures. A match that starts with a capital gets a capitalised
//! replacement. The fix is offered only where the match lies on one line.
//!
//! Variables: `{match}`, `{replacement}`.

use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::messages as m;
use super::{
    capture_vars, names, Check, Compiled, Compiler, Context, Except, Finding, Kind, Scope,
    Template, WordRegex,
};
use crate::diagnostic::Fix;
use crate::error::ConfigError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spec {
    swap: Spanned<std::collections::BTreeMap<Spanned<String>, Spanned<String>>>,
    #[serde(default)]
    except: Vec<Spanned<String>>,
    #[serde(default)]
    ignore_case: bool,
}

impl Kind for Spec {
    const SCOPE: &'static [Scope] = &[Scope::Answers];

    fn compile(self, cx: &Compiler) -> Result<Compiled, ConfigError> {
        if self.swap.get_ref().is_empty() {
            return Err(cx.error(self.swap.span(), m::NO_SWAPS.text(), m::ADD_ONE.text()));
        }
        let mut swaps = Vec::new();
        for (key, replacement) in self.swap.get_ref() {
            let ignore_case = self.ignore_case;
            let word_start = key.get_ref().starts_with(|c: char| c.is_alphanumeric());
            // A key that ends in its own `\b` needs no second one.
            let word_end = key.get_ref().ends_with(|c: char| c.is_alphanumeric())
                && !key.get_ref().ends_with(r"\b");
            let re = cx.word_regex_with(key, |p| {
                let p = sentence_case(&p);
                format!(
                    "{}{}(?:{p}){}",
                    if ignore_case { "(?i)" } else { "" },
                    if word_start { r"\b" } else { "" },
                    if word_end { r"\b" } else { "" }
                )
            })?;
            let mut available: std::collections::BTreeSet<String> =
                re.capture_names().flatten().map(str::to_string).collect();
            available.insert("match".to_string());
            let template = cx.template(replacement, &available)?;
            swaps.push((re, template));
        }
        let except = Except::compile(&self.except, cx)?;
        Ok(Compiled {
            check: Arc::new(Substitution { swaps, except }),
            variables: names(&["match", "replacement"]),
        })
    }
}

#[derive(Debug)]
struct Substitution {
    swaps: Vec<(WordRegex, Template)>,
    except: Except,
}

impl Check for Substitution {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for region in &cx.regions {
            let text = region.text();
            let mut excepted = None;
            // Every match of every form, then the earliest (and longest)
            // of overlapping ones.
            let mut found: Vec<(Range<usize>, String)> = Vec::new();
            for (re, template) in &self.swaps {
                for caps in re.captures_iter(text) {
                    let Some(m) = caps.get(0) else { continue };
                    let range = m.range();
                    let excepted = excepted.get_or_insert_with(|| self.except.ranges(text));
                    if region.masked(&range) || Except::covers(excepted, &range) {
                        continue;
                    }
                    let vars = capture_vars(re.regex(), &caps);
                    let replacement = capitalised_like(m.as_str(), template.render(&vars));
                    found.push((range, replacement));
                }
            }
            found.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
            let mut last_end = 0;
            for (range, replacement) in found {
                if range.start < last_end {
                    continue;
                }
                last_end = range.end;
                let matched = text[range.clone()].to_string();
                if matched == replacement {
                    continue;
                }
                let mut vars = super::Vars::new();
                vars.insert("match".to_string(), super::squash(&matched));
                vars.insert("replacement".to_string(), replacement.clone());
                let mut finding = Finding::new(region.span(range.clone()), region.question, vars);
                if let Some(span) = region.exact(&cx.doc.text, range) {
                    finding.fix = Some(Fix { span, replacement });
                }
                out.push(finding);
            }
        }
    }
}

/// A key that begins with a lowercase letter also matches it capitalised,
/// at the start of a sentence: "danwel" → "[dD]anwel".
fn sentence_case(pattern: &str) -> String {
    let mut chars = pattern.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => {
            let upper: String = first.to_uppercase().collect();
            format!("[{first}{upper}]{}", chars.as_str())
        }
        _ => pattern.to_string(),
    }
}

/// The replacement with a capital first letter when the match has one and
/// the replacement does not ("Danwel" → "Dan wel").
fn capitalised_like(matched: &str, replacement: String) -> String {
    let upper = matched.chars().next().is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some(first) if upper && first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => replacement,
    }
}

#[cfg(test)]
mod tests {
    use super::capitalised_like;

    #[test]
    fn capitals_follow_the_match() {
        assert_eq!(capitalised_like("Danwel", "dan wel".into()), "Dan wel");
        assert_eq!(capitalised_like("danwel", "dan wel".into()), "dan wel");
        assert_eq!(capitalised_like("Swaziland", "Eswatini".into()), "Eswatini");
    }
}

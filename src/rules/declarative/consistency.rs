//! `[rule.consistency]`: variants that must not both occur in one document.
//!
//! ```toml
//! [rule.consistency]
//! sets = [["mkb", "MKB"], ["e-mail", "email"]]   # the first form is preferred
//! ```
//!
//! Every set is searched for whole words, case-insensitively, and each
//! occurrence is counted for the variant it is written as (a capitalised
//! variant, "Mkb" at the start of a sentence, counts as "mkb"; a form that
//! is none of the variants is not counted). When a document uses more than
//! one variant, the most frequent is the majority form (on a tie, the one
//! listed first), and every other variant gets one diagnostic at its first
//! occurrence naming all its other occurrences and where the majority form
//! is.
//!
//! Variables: `{match}` and `{minority}` (the minority form),
//! `{minority_count}`, `{majority}`, `{majority_count}`, `{preferred}`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::{
    names, Check, Compiled, Compiler, Context, Except, Finding, Kind, Scope, Vars, WordRegex,
};
use crate::config::ConfigError;
use crate::document::Span;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spec {
    sets: Spanned<Vec<Spanned<Vec<String>>>>,
    #[serde(default)]
    except: Vec<Spanned<String>>,
}

impl Kind for Spec {
    const SCOPE: &'static [Scope] = &[Scope::Answers];

    fn compile(self, cx: &Compiler) -> Result<Compiled, ConfigError> {
        if self.sets.get_ref().is_empty() {
            return Err(cx.error(self.sets.span(), "no sets of variants", "add at least one"));
        }
        let mut sets = Vec::new();
        for set in self.sets.get_ref() {
            let variants: Vec<String> =
                set.get_ref().iter().map(|v| v.trim().to_string()).collect();
            let mut distinct = variants.clone();
            distinct.sort();
            distinct.dedup();
            if distinct.len() < 2
                || distinct.len() != variants.len()
                || variants.iter().any(String::is_empty)
            {
                return Err(cx.error(
                    set.span(),
                    "a set lists at least two different, non-empty variants",
                    "this set",
                ));
            }
            let alternatives: Vec<String> = variants.iter().map(|v| regex::escape(v)).collect();
            let pattern = format!(r"(?i)\b(?:{})\b", alternatives.join("|"));
            let re = cx.word_regex_at(&pattern, set.span())?;
            sets.push(VariantSet { variants, re });
        }
        Ok(Compiled {
            check: Arc::new(Consistency {
                sets,
                except: Except::compile(&self.except, cx)?,
            }),
            variables: names(&[
                "match",
                "minority",
                "minority_count",
                "majority",
                "majority_count",
                "preferred",
            ]),
        })
    }
}

#[derive(Debug)]
struct VariantSet {
    variants: Vec<String>,
    re: WordRegex,
}

impl VariantSet {
    /// The variant `found` is written as, if any.
    fn classify(&self, found: &str) -> Option<usize> {
        self.variants.iter().position(|v| v == found).or_else(|| {
            self.variants
                .iter()
                .position(|v| capitalise(v) == found && v != found)
        })
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[derive(Debug)]
struct Consistency {
    sets: Vec<VariantSet>,
    except: Except,
}

impl Check for Consistency {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for set in &self.sets {
            // variant → occurrences (span, question) in document order.
            let mut seen: BTreeMap<usize, Vec<(Span, Option<u32>)>> = BTreeMap::new();
            for region in &cx.regions {
                let text = region.text();
                let mut excepted = None;
                for range in set.re.find_iter(text) {
                    let excepted = excepted.get_or_insert_with(|| self.except.ranges(text));
                    if region.masked(&range) || Except::covers(excepted, &range) {
                        continue;
                    }
                    if let Some(v) = set.classify(&text[range.clone()]) {
                        seen.entry(v)
                            .or_default()
                            .push((region.span(range), region.question));
                    }
                }
            }
            if seen.len() < 2 {
                continue;
            }
            for list in seen.values_mut() {
                list.sort_by_key(|(span, _)| *span);
            }
            let Some((&majority, majority_list)) = seen
                .iter()
                .max_by_key(|(v, list)| (list.len(), std::cmp::Reverse(**v)))
            else {
                continue;
            };
            let majority_form = &set.variants[majority];
            for (&v, list) in &seen {
                if v == majority {
                    continue;
                }
                let Some(&(first, question)) = list.first() else {
                    continue;
                };
                let form = &set.variants[v];
                let mut vars = Vars::new();
                vars.insert("match".into(), form.clone());
                vars.insert("minority".into(), form.clone());
                vars.insert("minority_count".into(), list.len().to_string());
                vars.insert("majority".into(), majority_form.clone());
                vars.insert("majority_count".into(), majority_list.len().to_string());
                vars.insert("preferred".into(), set.variants[0].clone());
                let mut finding = Finding::new(first, question, vars);
                for &(span, _) in list.iter().skip(1) {
                    finding = finding.related(span, format!("“{form}” here too"));
                }
                if let Some(&(span, _)) = majority_list.first() {
                    let times = match majority_list.len() {
                        1 => "once".to_string(),
                        n => format!("{n} times"),
                    };
                    finding = finding.related(
                        span,
                        format!("“{majority_form}” is used here ({times} in all)"),
                    );
                }
                out.push(finding);
            }
        }
    }
}

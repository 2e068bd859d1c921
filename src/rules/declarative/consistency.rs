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

use super::messages as m;
use super::word::is_boundary;
use super::{names, Check, Compiled, Compiler, Context, Except, Finding, Kind, Scope, Vars};
use crate::document::Span;
use crate::error::ConfigError;

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
            return Err(cx.error(self.sets.span(), m::NO_SETS.text(), m::ADD_ONE.text()));
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
                return Err(cx.error(set.span(), m::BAD_SET.text(), m::THIS_SET.text()));
            }
            sets.push(VariantSet { variants });
        }
        // Every variant, and its capitalised form (the form it takes at the
        // start of a sentence), of every set: one automaton.
        let mut forms = Vec::new();
        let mut owners = Vec::new();
        for (si, set) in sets.iter().enumerate() {
            for (vi, v) in set.variants.iter().enumerate() {
                let capital = capitalise(v);
                if capital != *v {
                    forms.push(capital);
                    owners.push((si, vi));
                }
                forms.push(v.clone());
                owners.push((si, vi));
            }
        }
        let forms = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            // A DFA: a few hundred phrases, searched in every answer.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&forms)
            .map_err(|e| {
                cx.error(
                    self.sets.span(),
                    m::UNSEARCHABLE.say(&[("error", &e)]),
                    m::THESE_SETS.text(),
                )
            })?;
        Ok(Compiled {
            check: Arc::new(Consistency {
                sets,
                forms,
                owners,
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

/// Variant → where it is written (span, question), in document order.
type Occurrences = BTreeMap<usize, Vec<(Span, Option<u32>)>>;

#[derive(Debug)]
struct Consistency {
    sets: Vec<VariantSet>,
    /// Every variant of every set, as written and capitalised.
    forms: aho_corasick::AhoCorasick,
    /// The set and variant of each form.
    owners: Vec<(usize, usize)>,
    except: Except,
}

impl Consistency {
    /// The whole-word occurrences of each set's variants in `text`, per
    /// set, left to right without overlaps (at one place, the variant
    /// listed first).
    fn occurrences(&self, text: &str) -> Vec<Vec<std::ops::Range<usize>>> {
        let mut found: Vec<(usize, usize, usize, usize)> = self
            .forms
            .find_overlapping_iter(text)
            .filter(|m| is_boundary(text, m.start()) && is_boundary(text, m.end()))
            .filter_map(|m| {
                let &(set, variant) = self.owners.get(m.pattern().as_usize())?;
                Some((set, m.start(), variant, m.end()))
            })
            .collect();
        found.sort_unstable();
        let mut out = vec![Vec::new(); self.sets.len()];
        for (set, start, _, end) in found {
            let taken: &mut Vec<std::ops::Range<usize>> = &mut out[set];
            if taken.last().is_some_and(|r| start < r.end) {
                continue;
            }
            taken.push(start..end);
        }
        out
    }
}

impl Check for Consistency {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Per set: variant → occurrences (span, question) in document order.
        let mut seen: Vec<Occurrences> = vec![BTreeMap::new(); self.sets.len()];
        for region in &cx.regions {
            let text = region.text();
            let mut excepted = None;
            for (set, ranges) in self.occurrences(text).into_iter().enumerate() {
                for range in ranges {
                    let excepted = excepted.get_or_insert_with(|| self.except.ranges(text));
                    if region.masked(&range) || Except::covers(excepted, &range) {
                        continue;
                    }
                    if let Some(v) = self.sets[set].classify(&text[range.clone()]) {
                        seen[set]
                            .entry(v)
                            .or_default()
                            .push((region.span(range), region.question));
                    }
                }
            }
        }
        for (set, mut seen) in self.sets.iter().zip(seen) {
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
                    finding = finding.related(span, m::HERE_TOO.say(&[("form", form)]));
                }
                if let Some(&(span, _)) = majority_list.first() {
                    let times = match majority_list.len() {
                        1 => m::ONCE.text().to_string(),
                        n => m::TIMES.say(&[("n", &n)]),
                    };
                    finding = finding.related(
                        span,
                        m::VARIANT_USED.say(&[("form", majority_form), ("times", &times)]),
                    );
                }
                out.push(finding);
            }
        }
    }
}

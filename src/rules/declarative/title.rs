//! `[rule.title]`: the document's own title, and titles it cites more than
//! once, written the same way everywhere (word order, punctuation, case).
//!
//! ```toml
//! [rule.title]
//! min-words = 3      # shorter quotations are not titles
//! ```
//!
//! Titles are the quotations (‘…’, “…”, "…") that begin with a capital and
//! have at least `min-words` words. Two quotations are the same title when
//! they have the same words in any order and case; they are written the
//! same way when they are equal up to spaces and a final full stop. The
//! document's own title (the subject on the cover page, or the quoted part
//! of it) is the reference for its own quotations; for other titles the
//! form used most often is (on a tie, the first). Each other form gets one
//! diagnostic at its first occurrence.
//!
//! Variables: `{match}` (the form found), `{title}` (the reference form),
//! `{count}` (how often the reference form is used).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Deserialize;

use super::messages as m;
use super::{
    names, squash, Check, Compiled, Compiler, Context, Finding, Kind, Region, Scope, Vars,
};
use crate::document::Span;
use crate::error::ConfigError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spec {
    #[serde(default = "default_min_words")]
    min_words: usize,
}

fn default_min_words() -> usize {
    3
}

impl Kind for Spec {
    const SCOPE: &'static [Scope] = &[Scope::Answers, Scope::Footnotes];

    fn compile(self, _cx: &Compiler) -> Result<Compiled, ConfigError> {
        Ok(Compiled {
            check: Arc::new(Title {
                min_words: self.min_words.max(1),
            }),
            variables: names(&["match", "title", "count"]),
        })
    }
}

#[derive(Debug)]
struct Title {
    min_words: usize,
}

/// A quotation: its text as written (spaces squashed) and where.
#[derive(Debug, Clone)]
struct Quote {
    form: String,
    span: Span,
    question: Option<u32>,
}

impl Check for Title {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut groups: BTreeMap<String, Vec<Quote>> = BTreeMap::new();
        for region in &cx.regions {
            for quote in quotations(region) {
                if quote.form.chars().next().is_some_and(char::is_uppercase)
                    && words(&quote.form).len() >= self.min_words
                {
                    groups.entry(key(&quote.form)).or_default().push(quote);
                }
            }
        }
        let own = own_title(cx);
        for (group_key, quotes) in groups {
            let own_here = own
                .as_ref()
                .filter(|(form, _)| key(form) == group_key)
                .map(|(form, span)| (comparable(form), *span));
            let mut by_form: BTreeMap<String, Vec<&Quote>> = BTreeMap::new();
            for q in &quotes {
                by_form.entry(comparable(&q.form)).or_default().push(q);
            }
            let reference = match &own_here {
                Some((form, _)) => form.clone(),
                None => {
                    if by_form.len() < 2 {
                        continue;
                    }
                    // Most used; on a tie, the one that comes first.
                    let Some((form, _)) = by_form.iter().max_by_key(|(_, list)| {
                        (
                            list.len(),
                            std::cmp::Reverse(list.iter().map(|q| q.span.start).min()),
                        )
                    }) else {
                        continue;
                    };
                    form.clone()
                }
            };
            let reference_uses = by_form.get(&reference).map_or(0, Vec::len);
            for (form, list) in &by_form {
                if *form == reference {
                    continue;
                }
                let mut list = list.clone();
                list.sort_by_key(|q| q.span);
                let Some(first) = list.first() else { continue };
                let mut vars = Vars::new();
                vars.insert("match".into(), first.form.clone());
                vars.insert("title".into(), reference.clone());
                vars.insert("count".into(), reference_uses.to_string());
                let mut finding = Finding::new(first.span, first.question, vars);
                for q in list.iter().skip(1) {
                    finding = finding.related(q.span, m::WRITTEN_HERE_TOO.text());
                }
                if let Some((_, span)) = &own_here {
                    finding = finding.related(*span, m::OWN_TITLE.text());
                } else if let Some(q) = by_form
                    .get(&reference)
                    .and_then(|l| l.iter().min_by_key(|q| q.span))
                {
                    finding = finding.related(q.span, m::TITLE_USED.say(&[("title", &reference)]));
                }
                out.push(finding);
            }
        }
    }
}

/// The document's own title: the quoted part of the subject on the cover
/// page ("Beleidsagenda Buitenlandse Handel ‘Nederland: welvarend en
/// weerbaar’" gives "Nederland: welvarend en weerbaar"), or the subject.
fn own_title(cx: &Context<'_>) -> Option<(String, Span)> {
    let subject = cx.doc.meta.subject.as_ref()?;
    let value = subject.value.as_str();
    let opener = value.find(['‘', '“', '"']);
    let title = match opener {
        Some(at) => {
            let rest = &value[at..];
            let inner = rest.chars().skip(1).collect::<String>();
            let inner = inner
                .split(['’', '”', '"'])
                .next()
                .unwrap_or_default()
                .to_string();
            inner
        }
        None => value.to_string(),
    };
    let title = squash(&title);
    (!title.is_empty()).then_some((title, subject.span))
}

/// The form two quotations are compared in: spaces squashed, a final full
/// stop or comma dropped.
fn comparable(form: &str) -> String {
    squash(form)
        .trim_end_matches(['.', ',', ';', ':'])
        .to_string()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The same words in any order and case.
fn key(text: &str) -> String {
    let mut w = words(text);
    w.sort();
    w.join(" ")
}

/// The quotations of a region: ‘…’ (an apostrophe does not close it), “…”
/// and "…", at most 300 characters long.
fn quotations(region: &Region) -> Vec<Quote> {
    let text = region.text();
    if !text.contains(['‘', '“', '"']) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let close = match c {
            '‘' => '’',
            '“' => '”',
            '"' => '"',
            _ => {
                i += 1;
                continue;
            }
        };
        let mut j = i + 1;
        let mut end = None;
        while j < chars.len() && j - i <= 300 {
            let (_, d) = chars[j];
            if d == close && (close != '’' || !super::balance::is_apostrophe(text, chars[j].0)) {
                end = Some(j);
                break;
            }
            j += 1;
        }
        let Some(j) = end else {
            i += 1;
            continue;
        };
        let start = at + c.len_utf8();
        let stop = chars[j].0;
        let inner = &text[start..stop];
        let range = start..stop;
        if !inner.trim().is_empty() && !region.masked(&range) {
            out.push(Quote {
                form: squash(inner),
                span: region.span(range),
                question: region.question,
            });
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_any_order() {
        assert_eq!(
            key("Nederland: welvarend en weerbaar"),
            key("Nederland weerbaar en welvarend")
        );
        assert_ne!(
            comparable("Nederland: welvarend en weerbaar"),
            comparable("Nederland weerbaar en welvarend")
        );
        assert_eq!(
            comparable("Nederland  Handelsland 2025."),
            "Nederland Handelsland 2025"
        );
    }
}

//! `[rule.citation]`: references to parliamentary papers and official
//! publications, recognised by a pattern with named captures and checked.
//!
//! ```toml
//! [rule.citation]
//! pattern = '\b(?P<pub>Stb|Stcrt|Trb)(?P<dot>\.?)\s*(?P<year>\d{4}),?\s*(?P<nr>nr\.\s*)?(?P<num>\d+)'
//!
//! [[rule.citation.check]]          # one or more; each is one of:
//! capture = "dot"                  #   the capture (default: the whole match)
//! matches = '\.'                   #   must match this, in full
//! fix = "."                        #   optional replacement for the capture
//! at = "dossier"                   #   optional: report at this capture ("match": the whole)
//! message = "write “{pub}.”"       #   optional, instead of the rule's message
//!                                  #   (or message.nl and message.en)
//! # absent = "nr"                  #   the capture must not be there (fix = "" deletes it)
//! # required = ["num", "letter"]   #   at least one of them must be there
//! # consecutive = ["y1", "y2"]     #   two consecutive years: 2024/25, 2024–2025
//! # same = "{main}{sub}/{num}"     #   references with this key are written one way
//! # form = "{head}"                #   with `same`: what "one way" compares
//! ```
//!
//! A check about a capture that did not match is skipped. `same` compares
//! the whole matches (spaces squashed) of references whose key (the
//! template with every value reduced to its lowercase letters and digits)
//! is equal: the form used most often (on a tie, the first) is the
//! reference, every other form gets one diagnostic at its first occurrence.
//! With `form`, the form compared is that template instead of the whole
//! match, spaces squashed and every digit written as 9: the shape of a
//! reference, not its numbers ("Kamerstukken II 9999/99" against
//! "Kamerstuk"), so that a constant key (`same = "document"`) finds a
//! document that cites in two shapes; `{match}` and `{majority}` are then
//! the first reference written in each shape.
//!
//! Variables: the pattern's named captures, `{match}`, and for `same`
//! `{majority}` (the reference form) and `{count}`.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use regex::{Captures, Regex};
use serde::Deserialize;
use toml::Spanned;

use super::local::{Both, LocalSpec};
use super::messages as m;
use super::{
    capture_vars, squash, Check, Compiled, Compiler, Context, Except, Finding, Kind, Region, Scope,
    Template, Vars,
};
use crate::diagnostic::Fix;
use crate::document::Span;
use crate::error::ConfigError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spec {
    pattern: Spanned<String>,
    #[serde(default)]
    except: Vec<Spanned<String>>,
    check: Spanned<Vec<CheckSpec>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct CheckSpec {
    capture: Option<Spanned<String>>,
    matches: Option<Spanned<String>>,
    absent: Option<Spanned<String>>,
    required: Option<Spanned<Vec<String>>>,
    consecutive: Option<Spanned<Vec<String>>>,
    same: Option<Spanned<String>>,
    form: Option<Spanned<String>>,
    message: Option<Spanned<LocalSpec>>,
    fix: Option<Spanned<String>>,
    at: Option<Spanned<String>>,
}

#[derive(Debug)]
enum Test {
    Matches {
        capture: Option<String>,
        re: Regex,
    },
    Absent(String),
    Required(Vec<String>),
    Consecutive(String, String),
    /// The key, and the form compared (the whole match when `None`).
    Same(Template, Option<Template>),
}

#[derive(Debug)]
struct CitationCheck {
    test: Test,
    message: Option<Both<Template>>,
    fix: Option<Template>,
    /// The capture the finding is reported at, if not the checked one.
    at: Option<String>,
}

impl Kind for Spec {
    const SCOPE: &'static [Scope] = &[Scope::Answers, Scope::Footnotes];

    fn compile(self, cx: &Compiler) -> Result<Compiled, ConfigError> {
        let pattern = cx.regex(&self.pattern)?;
        let captures: BTreeSet<String> = pattern
            .capture_names()
            .flatten()
            .map(str::to_string)
            .collect();
        let mut variables = captures.clone();
        variables.insert("match".to_string());
        let has_same = self.check.get_ref().iter().any(|c| c.same.is_some());
        if has_same {
            variables.insert("majority".to_string());
            variables.insert("count".to_string());
        }
        if self.check.get_ref().is_empty() {
            return Err(cx.error(self.check.span(), m::NO_CHECKS.text(), m::ADD_CHECK.text()));
        }
        let known = |name: &str, span: Range<usize>| -> Result<String, ConfigError> {
            if captures.contains(name) {
                Ok(name.to_string())
            } else {
                Err(cx
                    .error(
                        span,
                        m::NO_CAPTURE.say(&[("name", &name)]),
                        m::THIS_NAME.text(),
                    )
                    .with_help(m::CAPTURES.say(&[(
                        "list",
                        &captures.iter().cloned().collect::<Vec<_>>().join(", "),
                    )])))
            }
        };
        let mut checks = Vec::new();
        for c in self.check.get_ref() {
            let given = [
                c.matches.as_ref().map(|s| s.span()),
                c.absent.as_ref().map(|s| s.span()),
                c.required.as_ref().map(|s| s.span()),
                c.consecutive.as_ref().map(|s| s.span()),
                c.same.as_ref().map(|s| s.span()),
            ];
            let spans: Vec<Range<usize>> = given.into_iter().flatten().collect();
            let check_span = self.check.span();
            if spans.len() != 1 {
                let at = spans.get(1).cloned().unwrap_or(check_span);
                return Err(cx.error(at, m::ONE_TEST.text(), m::THIS_CHECK.text()));
            }
            if c.capture.is_some() && c.matches.is_none() {
                let span = c.capture.as_ref().map_or(0..0, |s| s.span());
                return Err(cx.error(span, m::CAPTURE_WITHOUT_MATCHES.text(), m::HERE.text()));
            }
            if c.form.is_some() && c.same.is_none() {
                let span = c.form.as_ref().map_or(0..0, |s| s.span());
                return Err(cx.error(span, m::FORM_WITHOUT_SAME.text(), m::HERE.text()));
            }
            if c.fix.is_some() && c.matches.is_none() && c.absent.is_none() {
                let span = c.fix.as_ref().map_or(0..0, |s| s.span());
                return Err(cx.error(span, m::FIX_WITHOUT_TEST.text(), m::HERE.text()));
            }
            let test = if let Some(m) = &c.matches {
                let capture = match &c.capture {
                    Some(name) => Some(known(name.get_ref(), name.span())?),
                    None => None,
                };
                let re = cx.regex_with(m, |p| format!("^(?:{p})$")).or_else(|e| {
                    // A pattern that may be empty ("must be empty") is fine here.
                    cx.build(&format!("^(?:{})$", m.get_ref())).map_err(|_| e)
                })?;
                Test::Matches { capture, re }
            } else if let Some(name) = &c.absent {
                Test::Absent(known(name.get_ref(), name.span())?)
            } else if let Some(list) = &c.required {
                if list.get_ref().is_empty() {
                    return Err(cx.error(list.span(), m::NAME_A_CAPTURE.text(), m::HERE.text()));
                }
                let names = list
                    .get_ref()
                    .iter()
                    .map(|n| known(n, list.span()))
                    .collect::<Result<Vec<_>, _>>()?;
                Test::Required(names)
            } else if let Some(list) = &c.consecutive {
                match list.get_ref().as_slice() {
                    [a, b] => Test::Consecutive(known(a, list.span())?, known(b, list.span())?),
                    _ => {
                        return Err(cx.error(list.span(), m::NAME_TWO_YEARS.text(), m::HERE.text()))
                    }
                }
            } else if let Some(key) = &c.same {
                let form = match &c.form {
                    Some(f) => Some(cx.template(f, &captures)?),
                    None => None,
                };
                Test::Same(cx.template(key, &captures)?, form)
            } else {
                return Err(cx.error(check_span, m::EMPTY_CHECK.text(), m::HERE.text()));
            };
            let message = match &c.message {
                Some(text) => Some(cx.local_template("message", text, &variables)?),
                None => None,
            };
            let fix = match &c.fix {
                Some(f) => Some(cx.template(f, &variables)?),
                None => None,
            };
            let at = match &c.at {
                Some(name) if name.get_ref() == "match" => Some("match".to_string()),
                Some(name) => Some(known(name.get_ref(), name.span())?),
                None => None,
            };
            checks.push(CitationCheck {
                test,
                message,
                fix,
                at,
            });
        }
        Ok(Compiled {
            check: Arc::new(Citation {
                pattern,
                except: Except::compile(&self.except, cx)?,
                checks,
            }),
            variables,
        })
    }
}

#[derive(Debug)]
struct Citation {
    pattern: Regex,
    except: Except,
    checks: Vec<CitationCheck>,
}

/// One reference found.
struct Found<'a> {
    region: &'a Region,
    caps: Captures<'a>,
    vars: Vars,
}

impl Found<'_> {
    fn range(&self, name: Option<&str>) -> Option<Range<usize>> {
        match name {
            Some(n) => self.caps.name(n).map(|m| m.range()),
            None => self.caps.get(0).map(|m| m.range()),
        }
    }

    fn present(&self, name: &str) -> bool {
        self.caps
            .name(name)
            .is_some_and(|m| !m.as_str().trim().is_empty())
    }

    fn whole(&self) -> Range<usize> {
        self.range(None).unwrap_or(0..0)
    }
}

impl Check for Citation {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut found: Vec<Found<'_>> = Vec::new();
        for region in &cx.regions {
            let text = region.text();
            let excepted = self.except.ranges(text);
            for caps in self.pattern.captures_iter(text) {
                let Some(m) = caps.get(0) else { continue };
                let range = m.range();
                if region.masked(&range) || Except::covers(&excepted, &range) {
                    continue;
                }
                let vars = capture_vars(&self.pattern, &caps);
                found.push(Found { region, caps, vars });
            }
        }
        for check in &self.checks {
            match &check.test {
                Test::Same(key, form) => same(check, key, form.as_ref(), &found, out),
                test => {
                    for f in &found {
                        if let Some((range, fixable)) = failed(test, f) {
                            out.push(finding(check, f, range, fixable, &cx.doc.text, &f.vars));
                        }
                    }
                }
            }
        }
    }
}

/// Where a per-reference check fails, and whether its fix applies there.
fn failed(test: &Test, f: &Found<'_>) -> Option<(Range<usize>, bool)> {
    match test {
        Test::Matches { capture, re } => {
            let range = f.range(capture.as_deref())?;
            let text = &f.region.text()[range.clone()];
            (!re.is_match(text)).then_some((range, true))
        }
        Test::Absent(name) => f
            .present(name)
            .then(|| (f.range(Some(name)).unwrap_or(0..0), true)),
        Test::Required(names) => (!names.iter().any(|n| f.present(n))).then(|| (f.whole(), false)),
        Test::Consecutive(a, b) => {
            let first: u32 = f.caps.name(a)?.as_str().parse().ok()?;
            let second_text = f.caps.name(b)?.as_str();
            let second: u32 = second_text.parse().ok()?;
            let ok = if second_text.len() == 2 {
                (first + 1) % 100 == second
            } else {
                first + 1 == second
            };
            let start = f.caps.name(a)?.start();
            let end = f.caps.name(b)?.end();
            (!ok).then_some((start..end, false))
        }
        Test::Same(..) => None,
    }
}

fn finding(
    check: &CitationCheck,
    f: &Found<'_>,
    range: Range<usize>,
    fixable: bool,
    source: &str,
    vars: &Vars,
) -> Finding {
    let shown = match check.at.as_deref() {
        Some("match") => f.whole(),
        Some(name) => f.range(Some(name)).unwrap_or_else(|| range.clone()),
        None => range.clone(),
    };
    let span = f.region.span(shown);
    let mut finding = Finding::new(span, f.region.question, vars.clone());
    finding.message = check.message.as_ref().map(|t| t.current().render(vars));
    if let (true, Some(fix)) = (fixable, &check.fix) {
        if let Some(span) = f.region.exact(source, range) {
            finding.fix = Some(Fix {
                span,
                replacement: fix.render(vars),
            });
        }
    }
    finding
}

/// References with the same key written in more than one way.
fn same(
    check: &CitationCheck,
    key: &Template,
    shape: Option<&Template>,
    found: &[Found<'_>],
    out: &mut Vec<Finding>,
) {
    // key → form → occurrences (span, index into found)
    let mut groups: BTreeMap<String, BTreeMap<String, Vec<(Span, usize)>>> = BTreeMap::new();
    for (i, f) in found.iter().enumerate() {
        let k = key.render_with(&f.vars, |v| {
            v.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        });
        // "nr," is "nr." as a scan reads it: one form, not two.
        let form = match shape {
            Some(shape) => squash(&shape.render(&f.vars))
                .chars()
                .map(|c| if c.is_ascii_digit() { '9' } else { c })
                .collect(),
            None => squash(&f.region.text()[f.whole()]).replace("nr,", "nr."),
        };
        let span = f.region.span(f.whole());
        groups
            .entry(k)
            .or_default()
            .entry(form)
            .or_default()
            .push((span, i));
    }
    for forms in groups.values() {
        if forms.len() < 2 {
            continue;
        }
        let Some((reference, reference_list)) = forms.iter().max_by_key(|(_, list)| {
            (
                list.len(),
                std::cmp::Reverse(list.iter().map(|(s, _)| *s).min()),
            )
        }) else {
            continue;
        };
        for (form, list) in forms {
            if form == reference {
                continue;
            }
            let mut list = list.clone();
            list.sort();
            let Some(&(span, index)) = list.first() else {
                continue;
            };
            let f = &found[index];
            let mut vars = f.vars.clone();
            // With a shape, the references themselves are shown.
            let (shown, majority) = match shape {
                Some(_) => {
                    let first = |list: &[(Span, usize)]| {
                        list.iter()
                            .min()
                            .map(|&(_, i)| squash(&found[i].region.text()[found[i].whole()]))
                            .unwrap_or_default()
                    };
                    (first(&list), first(reference_list))
                }
                None => (form.clone(), reference.clone()),
            };
            vars.insert("match".into(), shown);
            vars.insert("majority".into(), majority.clone());
            vars.insert("count".into(), reference_list.len().to_string());
            let mut finding = Finding::new(span, f.region.question, vars.clone());
            finding.message = check.message.as_ref().map(|t| t.current().render(&vars));
            for &(other, _) in list.iter().skip(1) {
                finding = finding.related(other, m::WRITTEN_HERE_TOO.text());
            }
            if let Some(&(first, _)) = reference_list.iter().min() {
                finding = finding.related(first, m::WRITTEN_AS.say(&[("form", &majority)]));
            }
            out.push(finding);
        }
    }
}

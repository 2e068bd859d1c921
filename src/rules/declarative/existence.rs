//! `[rule.existence]`: patterns that must not appear (placeholders left in
//! a draft, template text never filled in).
//!
//! ```toml
//! [rule.existence]
//! patterns = ['\bX{3,}\b', '\bTODO\b']
//! except = ['\bXXX-L\b']          # optional: matches inside these are fine
//! ```
//!
//! Variables: `{match}` and the named captures every pattern has.

use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::messages as m;
use super::{
    capture_vars, common_captures, Check, Compiled, Compiler, Context, Except, Finding, Kind,
    Scope, WordRegex,
};
use crate::error::ConfigError;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Spec {
    patterns: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    except: Vec<Spanned<String>>,
}

impl Kind for Spec {
    const SCOPE: &'static [Scope] = Scope::ALL;

    fn compile(self, cx: &Compiler) -> Result<Compiled, ConfigError> {
        if self.patterns.get_ref().is_empty() {
            return Err(cx.error(
                self.patterns.span(),
                m::NO_PATTERNS.text(),
                m::ADD_ONE.text(),
            ));
        }
        let patterns = self
            .patterns
            .get_ref()
            .iter()
            .map(|p| cx.word_regex(p))
            .collect::<Result<Vec<WordRegex>, _>>()?;
        let mut variables =
            common_captures(&patterns.iter().map(WordRegex::regex).collect::<Vec<_>>());
        variables.insert("match".to_string());
        let except = Except::compile(&self.except, cx)?;
        Ok(Compiled {
            check: Arc::new(Existence { patterns, except }),
            variables,
        })
    }
}

#[derive(Debug)]
struct Existence {
    patterns: Vec<WordRegex>,
    except: Except,
}

impl Check for Existence {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for region in &cx.regions {
            let text = region.text();
            let mut excepted = None;
            let mut taken: Vec<Range<usize>> = Vec::new();
            for re in &self.patterns {
                for caps in re.captures_iter(text) {
                    let Some(m) = caps.get(0) else { continue };
                    let range = m.range();
                    let excepted = excepted.get_or_insert_with(|| self.except.ranges(text));
                    if region.masked(&range)
                        || Except::covers(excepted, &range)
                        || Except::covers(&taken, &range)
                    {
                        continue;
                    }
                    taken.push(range.clone());
                    out.push(Finding::new(
                        region.span(range),
                        region.question,
                        capture_vars(re.regex(), &caps),
                    ));
                }
            }
        }
    }
}

//! Loading a rule file: serde reads it, then every `[[rule]]` is compiled
//! and checked (its id, kind, templates, explanation, examples and scope).
//! Separate from the types a loaded file is made of, in `mod.rs`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::messages as m;
use super::{
    compile_kind, Compiler, LevelSetting, Loaded, Origin, Rule, RuleSpec, SettingsTable, REGEX_SIZE,
};
use crate::error::ConfigError;
use crate::lang::Local;
use crate::rules::registry;
use crate::rules::set::{intern, Example, Form, Level, RuleInfo};

/// A rule file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    #[serde(default)]
    patterns: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    rule: Vec<RuleSpec>,
    /// Levels of rules defined elsewhere (built-in rules, other files).
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    settings: BTreeMap<Spanned<String>, Spanned<toml::Table>>,
}
/// Loads and compiles one rule file, with the default size limit of its
/// patterns.
pub fn load(file: &str, text: &str) -> Result<Loaded, ConfigError> {
    load_with(file, text, REGEX_SIZE)
}

/// Loads and compiles one rule file; each pattern may compile to at most
/// `regex_size` bytes.
pub fn load_with(file: &str, text: &str, regex_size: usize) -> Result<Loaded, ConfigError> {
    let spec: FileSpec =
        toml::from_str(text).map_err(|e| ConfigError::from_toml(file, text, &e))?;
    let origin = Origin::new(file, text, 0..0);
    let fragments = spec
        .patterns
        .into_iter()
        .map(|(name, value)| {
            let span = value.span();
            (name.into_inner(), (value.into_inner(), span))
        })
        .collect();
    let cx = Compiler {
        origin: origin.clone(),
        fragments,
        regex_size,
    };
    let mut rules = Vec::new();
    for rule in spec.rule {
        rules.push(compile_rule(rule, &cx)?);
    }
    let settings = spec
        .settings
        .into_iter()
        .map(|(family, table)| SettingsTable {
            origin: origin.with_span(family.span()),
            family: family.into_inner(),
            table: table.into_inner(),
        })
        .collect();
    let levels = spec
        .rules
        .into_iter()
        .map(|(key, level)| LevelSetting {
            origin: origin.with_span(key.span()),
            key: key.into_inner(),
            level,
        })
        .collect();
    Ok(Loaded {
        rules,
        levels,
        settings,
    })
}

fn compile_rule(mut spec: RuleSpec, cx: &Compiler) -> Result<Rule, ConfigError> {
    let id_origin = cx.origin.with_span(spec.id.span());
    let id = spec.id.get_ref().clone();
    let id = id.as_str();
    check_id(id).map_err(|help| {
        id_origin
            .error(m::NOT_AN_ID.say(&[("id", &id)]), m::THIS_ID.text())
            .with_help(help)
    })?;
    let (compiled, default_scope) = compile_kind(&mut spec, cx, &id_origin)?;
    let message = cx.local_template("message", &spec.message, &compiled.variables)?;
    let help = match &spec.help {
        Some(h) => Some(cx.local_template("help", h, &compiled.variables)?),
        None => None,
    };
    let summary = cx.local("summary", &spec.summary)?;
    let explanation = cx.local("explanation", &spec.explanation)?;
    for half in [&summary.nl, &summary.en] {
        if half.get_ref().trim().is_empty() {
            return Err(cx
                .error(half.span(), m::EMPTY_SUMMARY.text(), m::THIS_SUMMARY.text())
                .with_help(m::EMPTY_SUMMARY_HELP.text()));
        }
    }
    for half in [&explanation.nl, &explanation.en] {
        if half.get_ref().trim().len() < 40 {
            return Err(cx
                .error(
                    half.span(),
                    m::SHORT_EXPLANATION.text(),
                    m::THIS_EXPLANATION.text(),
                )
                .with_help(m::SHORT_EXPLANATION_HELP.text()));
        }
    }
    let example = |text: &String, whole: bool| Example {
        text: text.clone().into(),
        form: if whole { Form::List } else { Form::Answer },
        other: None,
    };
    let bad: Vec<Example> = spec
        .bad
        .iter()
        .map(|t| example(t, false))
        .chain(spec.bad_documents.iter().map(|t| example(t, true)))
        .collect();
    let good: Vec<Example> = spec
        .good
        .iter()
        .map(|t| example(t, false))
        .chain(spec.good_documents.iter().map(|t| example(t, true)))
        .collect();
    if bad.is_empty() || good.is_empty() {
        let missing = if bad.is_empty() {
            m::NO_BAD_EXAMPLE
        } else {
            m::NO_GOOD_EXAMPLE
        };
        return Err(id_origin
            .error(missing.say(&[("id", &id)]), m::THIS_RULE.text())
            .with_help(m::EXAMPLES_HELP.text()));
    }
    let scope = match &spec.scope {
        Some(s) if s.get_ref().is_empty() => {
            return Err(cx.error(s.span(), m::EMPTY_SCOPE.text(), m::THIS_SCOPE.text()))
        }
        Some(s) => {
            let mut v = s.get_ref().clone();
            v.sort();
            v.dedup();
            v
        }
        None => default_scope.to_vec(),
    };
    let info = RuleInfo {
        id: intern(id),
        severity: spec.severity.get_ref().0,
        summary: Local::new(
            summary.nl.get_ref().trim().to_string(),
            summary.en.get_ref().trim().to_string(),
        ),
        explanation: Local::new(
            explanation.nl.get_ref().trim().to_string(),
            explanation.en.get_ref().trim().to_string(),
        ),
        bad,
        good,
        file: Some(cx.origin.file.clone()),
    };
    Ok(Rule {
        info,
        id_origin,
        scope,
        message,
        help,
        check: compiled.check,
    })
}

/// `category/name` with a known category and a name of a-z, 0-9 and '-'.
fn check_id(id: &str) -> Result<(), String> {
    let Some((category, name)) = id.split_once('/') else {
        return Err(m::ID_FORM.text().to_string());
    };
    if !registry::is_category(category) {
        return Err(m::ID_CATEGORY.say(&[("categories", &registry::categories().join(", "))]));
    }
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !name_ok {
        return Err(m::ID_NAME.text().to_string());
    }
    Ok(())
}

//! The rules' reference pages, `docs/rules.md` (English) and
//! `docs/regels.md` (Dutch), generated from the same metadata
//! `kamerlint explain` prints: every rule's id, severity, summary,
//! explanation and examples, built-in and declarative alike. Nothing in them
//! is written by hand, so they cannot drift from the code; `tests/rule_docs.rs`
//! fails when a committed page is not what this module makes
//! (`KAMERLINT_UPDATE_DOCS=1 cargo test --test rule_docs` rewrites them).

use std::fmt::Write as _;

use super::set::{Form, RuleInfo};
use crate::lang::{self, Lang, Msg};

const TITLE: Msg = Msg::new("# De regels van kamerlint", "# kamerlint rules");
const GENERATED: Msg = Msg::new(
    "<!-- Gemaakt uit de gegevens van de regels (src/rules/, rules/*.toml) door \
     `KAMERLINT_UPDATE_DOCS=1 cargo test --test rule_docs`; niet met de hand bewerken. -->",
    "<!-- Generated from the rules' metadata (src/rules/, rules/*.toml) by \
     `KAMERLINT_UPDATE_DOCS=1 cargo test --test rule_docs`; do not edit. -->",
);
const INTRO: Msg = Msg::new(
    "{rules} regels in {categories} categorieën. `kamerlint explain REGEL` geeft dezelfde \
     tekst; `kamerlint rules` geeft de regels met het niveau dat onder een configuratie geldt. \
     Een niveau als \"warning (draft), error (final)\" hangt af van `--profile`. \
     [English](rules.md).",
    "{rules} rules in {categories} categories. `kamerlint explain RULE-ID` prints the same text; \
     `kamerlint rules` lists the rules with the severity in force under a configuration. \
     A severity written as \"warning (draft), error (final)\" depends on `--profile`. \
     [Nederlands](regels.md).",
);
const HEADER: Msg = Msg::new(
    "| Regel | Niveau | Samenvatting |",
    "| Rule | Severity | Summary |",
);
const BUILT_IN: Msg = Msg::new("ingebouwd", "built in");
const SEVERITY: Msg = Msg::new("niveau", "severity");
pub const BAD: Msg = Msg::new("Fout", "Bad");
pub const GOOD: Msg = Msg::new("Goed", "Good");
const QUESTIONS: Msg = Msg::new(
    "De vragenlijst van de commissie (`--questions`):",
    "The committee's list (`--questions`):",
);
const PREVIOUS: Msg = Msg::new(
    "De vorige versie (`--previous`):",
    "The previous version (`--previous`):",
);
const DRAFT: Msg = Msg::new("Het concept:", "The draft:");

/// The page's file name under `docs/` in `lang`.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "regels.md",
        Lang::En => "rules.md",
    }
}

/// The Markdown page for `rules` (sorted by id, as [`super::set::RuleSet::infos`]
/// gives them) in `lang`.
pub fn markdown(rules: &[RuleInfo], lang: Lang) -> String {
    lang::scoped(lang, || page(rules))
}

fn page(rules: &[RuleInfo]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{TITLE}\n\n{GENERATED}\n");
    let categories = categories(rules);
    let _ = writeln!(
        out,
        "{}\n",
        INTRO.say(&[("rules", &rules.len()), ("categories", &categories.len())])
    );
    let _ = writeln!(out, "{HEADER}\n|---|---|---|");
    for rule in rules {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            rule.id,
            anchor(rule.id),
            rule.severity.describe(),
            table_cell(rule.summary.text())
        );
    }
    for category in categories {
        let _ = writeln!(out, "\n## {category}");
        for rule in rules.iter().filter(|r| r.category() == category) {
            section(&mut out, rule);
        }
    }
    out
}

/// The categories of `rules`, in order of first appearance.
fn categories(rules: &[RuleInfo]) -> Vec<&str> {
    let mut seen: Vec<&str> = Vec::new();
    for rule in rules {
        if !seen.contains(&rule.category()) {
            seen.push(rule.category());
        }
    }
    seen
}

fn section(out: &mut String, rule: &RuleInfo) {
    let _ = writeln!(out, "\n### `{}`\n", rule.id);
    let defined = rule
        .file
        .as_deref()
        .map_or_else(|| BUILT_IN.to_string(), |f| format!("`{f}`"));
    let _ = writeln!(
        out,
        "**{}** · {SEVERITY} {} · {defined}\n",
        rule.summary.text().trim(),
        rule.severity.describe()
    );
    let _ = writeln!(out, "{}", rule.explanation.text().trim());
    for (label, examples) in [(BAD, &rule.bad), (GOOD, &rule.good)] {
        let _ = writeln!(out, "\n{label}:\n");
        for example in examples.iter() {
            // A draft checked against another document shows that one
            // first, named.
            let against = match example.form {
                Form::AgainstQuestions => Some(QUESTIONS),
                Form::AgainstPrevious => Some(PREVIOUS),
                _ => None,
            };
            if let (Some(label), Some(other)) = (against, example.other_body()) {
                let _ = writeln!(
                    out,
                    "{label}\n\n```text\n{}\n```\n\n{DRAFT}\n",
                    other.trim_end()
                );
            }
            // A configuration example is a kamerlint.toml; the others are
            // document text (a whole list, or the text of one answer).
            let language = if example.form == Form::Config {
                "toml"
            } else {
                "text"
            };
            let _ = writeln!(out, "```{language}\n{}\n```", example.body().trim_end());
        }
    }
}

/// The anchor GitHub gives the heading "`footnote/undefined`".
fn anchor(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .collect::<String>()
        .to_lowercase()
}

/// Text in a table cell: no line breaks, pipes escaped.
fn table_cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_githubs() {
        assert_eq!(anchor("footnote/undefined"), "footnoteundefined");
        assert_eq!(anchor("style/title-form"), "styletitle-form");
    }

    #[test]
    fn page_lists_and_explains_every_rule() {
        let rules: Vec<RuleInfo> = super::super::all()
            .into_iter()
            .map(RuleInfo::from)
            .collect();
        let page = markdown(&rules, Lang::En);
        for rule in &rules {
            assert!(page.contains(&format!("| [`{}`](#{})", rule.id, anchor(rule.id))));
            assert!(page.contains(&format!("\n### `{}`\n", rule.id)));
        }
        assert!(
            page.contains("```toml\n# kamerlint.toml\n[limits]"),
            "the time budget example"
        );
    }
}

//! The rules' reference page, `docs/rules.md`, generated from the same
//! metadata `kamerlint explain` prints: every rule's id, severity, summary,
//! explanation and examples, built-in and declarative alike. Nothing in it
//! is written by hand, so it cannot drift from the code; `tests/rule_docs.rs`
//! fails when the committed page is not what this module makes
//! (`KAMERLINT_UPDATE_DOCS=1 cargo test --test rule_docs` rewrites it).

use std::fmt::Write as _;

use super::set::{Form, RuleInfo};

/// The Markdown page for `rules` (sorted by id, as [`super::set::RuleSet::infos`]
/// gives them).
pub fn markdown(rules: &[RuleInfo]) -> String {
    let mut out = String::new();
    out.push_str("# kamerlint rules\n\n");
    out.push_str(
        "<!-- Generated from the rules' metadata (src/rules/, rules/*.toml) by \
         `KAMERLINT_UPDATE_DOCS=1 cargo test --test rule_docs`; do not edit. -->\n\n",
    );
    let categories = categories(rules);
    let _ = writeln!(
        out,
        "{} rules in {} categories. `kamerlint explain RULE-ID` prints the same text; \
         `kamerlint rules` lists the rules with the severity in force under a configuration. \
         A severity written as \"warning (draft), error (final)\" depends on `--profile`.\n",
        rules.len(),
        categories.len()
    );
    out.push_str("| Rule | Severity | Summary |\n|---|---|---|\n");
    for rule in rules {
        let _ = writeln!(
            out,
            "| [`{}`](#{}) | {} | {} |",
            rule.id,
            anchor(rule.id),
            rule.severity.describe(),
            table_cell(&rule.summary)
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
        .map_or_else(|| "built in".to_string(), |f| format!("`{f}`"));
    let _ = writeln!(
        out,
        "**{}** · severity {} · {defined}\n",
        rule.summary.trim(),
        rule.severity.describe()
    );
    let _ = writeln!(out, "{}", rule.explanation.trim());
    for (label, examples) in [("Bad", &rule.bad), ("Good", &rule.good)] {
        let _ = writeln!(out, "\n{label}:\n");
        for example in examples.iter() {
            // A draft checked against another document shows that one
            // first, named.
            let against = match example.form {
                Form::AgainstQuestions => Some("The committee's list (`--questions`):"),
                Form::AgainstPrevious => Some("The previous version (`--previous`):"),
                _ => None,
            };
            if let (Some(label), Some(other)) = (against, example.other_body()) {
                let _ = writeln!(
                    out,
                    "{label}\n\n```text\n{}\n```\n\nThe draft:\n",
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
        let page = markdown(&rules);
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

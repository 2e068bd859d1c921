//! `kamerlint explain RULE` (a rule's documentation and examples) and
//! `kamerlint explain CATEGORY` (the rules of a category).

use std::path::Path;

// One Levenshtein distance for the whole program (config keys and rule ids).
use kamerlint::config::edit_distance;
use kamerlint::lang::Msg;
use kamerlint::rules::docs::{BAD, GOOD};
use kamerlint::rules::{set::Form, RuleInfo};

use crate::cli::ConfigArgs;
use crate::{config_error, emit, resolver, FAILURE};

const CATEGORY: Msg = Msg::new(
    "{rules} regels (kamerlint explain REGEL voor één)",
    "{rules} rules (kamerlint explain RULE-ID for one)",
);
const UNKNOWN: Msg = Msg::new("onbekende regel `{id}`", "unknown rule `{id}`");
const DID_YOU_MEAN: Msg = Msg::new("bedoelt u `{id}`?", "did you mean `{id}`?");
const LIST: Msg = Msg::new(
    "`kamerlint rules` geeft alle regels",
    "run `kamerlint rules` to list every rule",
);
// Padded to one width in each language, so the values line up.
const SEVERITY: Msg = Msg::new("niveau:     ", "severity:");
const SUMMARY: Msg = Msg::new("samenvatting:", "summary: ");
const DEFINED: Msg = Msg::new("bestand:    ", "defined in:");
const QUESTIONS: Msg = Msg::new(
    "de vragenlijst van de commissie (--questions):",
    "the committee's list (--questions):",
);
const PREVIOUS: Msg = Msg::new(
    "de vorige versie (--previous):",
    "the previous version (--previous):",
);
const DRAFT: Msg = Msg::new("het concept:", "the draft:");

pub(crate) fn explain(id: &str, args: &ConfigArgs) -> u8 {
    let config =
        match resolver(args).and_then(|mut r| r.for_dir(Path::new(".")).map_err(config_error)) {
            Ok(c) => c,
            Err(code) => return code,
        };
    let all = config.rules.infos();
    let category: Vec<&RuleInfo> = all
        .iter()
        .filter(|r| r.id.split('/').next() == Some(id))
        .collect();
    if !category.is_empty() && !id.contains('/') {
        let mut out = format!("{id}: {}\n", CATEGORY.say(&[("rules", &category.len())]));
        for r in category {
            out.push_str(&format!(
                "  {:<36} {:<8} {}\n",
                r.id,
                r.severity.describe(),
                r.summary
            ));
        }
        return if emit(&out) { 0 } else { FAILURE };
    }
    let Some(rule) = all.iter().find(|r| r.id == id) else {
        fail!("{}", UNKNOWN.say(&[("id", &id)]));
        let ids: Vec<&'static str> = all.iter().map(|r| r.id).collect();
        for close in close_ids(id, &ids) {
            eprintln!("  {}", DID_YOU_MEAN.say(&[("id", &close)]));
        }
        eprintln!("{LIST}");
        return FAILURE;
    };
    if emit(&explanation(rule)) {
        0
    } else {
        FAILURE
    }
}

fn explanation(rule: &RuleInfo) -> String {
    let mut out = format!(
        "{}\n{SEVERITY} {}\n{SUMMARY} {}\n",
        rule.id,
        rule.severity.describe(),
        rule.summary,
    );
    if let Some(file) = &rule.file {
        out.push_str(&format!("{DEFINED} {file}\n"));
    }
    out.push_str(&format!("\n{}\n", rule.explanation.text().trim()));
    for (label, examples) in [(BAD, &rule.bad), (GOOD, &rule.good)] {
        out.push_str(&format!("\n{label}:\n"));
        for (i, example) in examples.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let against = match example.form {
                Form::AgainstQuestions => Some(QUESTIONS),
                Form::AgainstPrevious => Some(PREVIOUS),
                _ => None,
            };
            if let (Some(label), Some(other)) = (against, example.other) {
                out.push_str(&format!("  {label}\n"));
                indent(&mut out, other);
                out.push_str(&format!("  {DRAFT}\n"));
            }
            indent(&mut out, &example.text);
        }
    }
    out
}

/// `text` indented as an example, blank lines kept blank.
fn indent(out: &mut String, text: &str) {
    for line in text.trim_matches(['\n', '\r']).lines() {
        if line.trim().is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("    {line}\n"));
        }
    }
}

/// Rule ids that look like `id`: a few edits away, or sharing its name part
/// ("undefined" finds "footnote/undefined"). Closest first, at most three.
fn close_ids(id: &str, all: &[&'static str]) -> Vec<&'static str> {
    let id = id.to_lowercase();
    let mut scored: Vec<(usize, &'static str)> = all
        .iter()
        .filter_map(|&rule| {
            let name = rule.rsplit('/').next().unwrap_or(rule);
            let distance = edit_distance(&id, rule).min(edit_distance(&id, name));
            let contained = id.len() >= 3 && rule.contains(id.as_str());
            (distance <= (rule.len() / 4).max(2) || contained).then_some((distance, rule))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kamerlint::rules::{Example, RuleMeta};

    const BAD: &[Example] = &[Example::list("\n1 Vraag?\nAntwoord.\n\n2 Vraag?\n")];
    const GOOD: &[Example] = &[Example::list("1 Vraag?\n")];

    const fn meta(id: &'static str) -> RuleMeta {
        RuleMeta {
            id,
            severity: kamerlint::Severity::Error,
            summary: "A summary.",
            summary_nl: "Een samenvatting.",
            explanation: "Why it matters.\n",
            explanation_nl: "Waarom het ertoe doet.\n",
            bad: BAD,
            good: GOOD,
            texts: &[],
        }
    }

    static UNDEFINED: RuleMeta = meta("footnote/undefined");

    #[test]
    fn distances() {
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("ë", "e"), 1);
        assert_eq!(edit_distance("same", "same"), 0);
    }

    #[test]
    fn suggestions_for_unknown_ids() {
        let all = [
            "footnote/undefined",
            "footnote/unused",
            "xref/unknown-question",
        ];
        assert_eq!(close_ids("footnote/undefind", &all), ["footnote/undefined"]);
        assert_eq!(close_ids("footnote/unuse", &all), ["footnote/unused"]);
        assert_eq!(close_ids("undefined", &all), ["footnote/undefined"]);
        assert_eq!(close_ids("xref", &all), ["xref/unknown-question"]);
        assert!(close_ids("something/else-entirely", &all).is_empty());
    }

    #[test]
    fn explanation_indents_examples() {
        kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
            assert_eq!(
                explanation(&RuleInfo::from(&UNDEFINED)),
                "footnote/undefined\nseverity: error\nsummary:  A summary.\n\nWhy it matters.\n\
                 \nBad:\n    1 Vraag?\n    Antwoord.\n\n    2 Vraag?\n\
                 \nGood:\n    1 Vraag?\n"
            );
        })
    }
}

//! Every rule has documentation with a bad and a good example, and the
//! examples behave as documented: the bad one triggers the rule, the good
//! one does not.

const CATEGORIES: &[&str] = &[
    "structure",
    "xref",
    "footnote",
    "figure",
    "total",
    "format",
    "citation",
    "placeholder",
    "style",
];

#[test]
fn every_rule_is_documented_and_its_examples_hold() {
    let mut failures = Vec::new();
    let rules = kamerlint::rules::all();
    assert!(rules.len() >= 20, "only {} rules", rules.len());
    for r in &rules {
        let (cat, name) = r.id.split_once('/').unwrap_or(("", ""));
        if !CATEGORIES.contains(&cat)
            || name.is_empty()
            || !name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        {
            failures.push(format!("{}: id is not category/name", r.id));
        }
        if r.summary.is_empty() || r.explanation.len() < 40 {
            failures.push(format!("{}: summary or explanation missing", r.id));
        }
        let bad = kamerlint::check_bytes("bad.txt", r.bad.as_bytes());
        if !bad.diagnostics.iter().any(|d| d.rule == r.id) {
            failures.push(format!(
                "{}: bad example does not trigger it: {:?}",
                r.id, bad.diagnostics
            ));
        }
        let good = kamerlint::check_bytes("good.txt", r.good.as_bytes());
        if good.diagnostics.iter().any(|d| d.rule == r.id) {
            failures.push(format!("{}: good example triggers it", r.id));
        }
        // The good example is a correct document: no error or warning at all.
        let loud: Vec<_> = good
            .diagnostics
            .iter()
            .filter(|d| d.severity >= kamerlint::Severity::Warning)
            .map(|d| format!("{} {}", d.rule, d.message))
            .collect();
        if !loud.is_empty() && r.id != "structure/no-entries" {
            failures.push(format!(
                "{}: good example has other findings: {loud:?}",
                r.id
            ));
        }
    }
    let mut ids: Vec<_> = rules.iter().map(|r| r.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), rules.len(), "duplicate rule ids");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

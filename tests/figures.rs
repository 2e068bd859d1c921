//! Figures on the seed: the tables it holds, the one real inconsistency
//! (352,4 against 352,5 miljard), the rounding difference in the table of
//! answer 14, silence where the figures agree — and copies of the seed with
//! one figure changed, where a new finding must point at the change.

use std::collections::BTreeMap;

mod common;

use common::{replace_on_line, seed_text};

fn check(text: &str) -> kamerlint::FileResult {
    kamerlint::check_bytes("seed.txt", text.as_bytes())
}

const FIGURE_RULES: &[&str] = &["figure/", "total/", "format/"];

fn is_figure_rule(rule: &str) -> bool {
    FIGURE_RULES.iter().any(|p| rule.starts_with(p))
}

/// (rule, line) of the figure findings a changed seed adds.
fn new_findings(injected: &str) -> Vec<(String, usize)> {
    common::new_findings(injected, is_figure_rule)
}

#[test]
fn every_table_of_the_seed_is_read_with_its_rows() {
    let r = check(&seed_text());
    let doc = &r.document;
    let mut by_question: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for t in &doc.tables {
        let q = t
            .entry
            .map(|e| doc.entries[e].first_number())
            .expect("table in an entry");
        by_question.entry(q).or_default().push(t.rows.len());
    }
    // (question, rows of each table)
    let expected: &[(u32, &[usize])] = &[
        (14, &[5]),
        (15, &[10, 10]),
        (16, &[15]),
        (17, &[6]),
        (24, &[9]),
        (30, &[5]),
        (41, &[2]),
        (42, &[9]),
        (44, &[10]),
    ];
    for (q, rows) in expected {
        assert_eq!(
            by_question.get(q).map(Vec::as_slice),
            Some(*rows),
            "tables of question {q}: {by_question:?}"
        );
    }
    assert_eq!(
        by_question.len(),
        expected.len(),
        "unexpected tables: {by_question:?}"
    );
    // The table of answer 14 with its labels broken over lines and its total.
    let t14 = doc
        .tables
        .iter()
        .find(|t| t.entry.map(|e| doc.entries[e].first_number()) == Some(14))
        .expect("table 14");
    let labels: Vec<&str> = t14
        .rows
        .iter()
        .filter_map(|r| r.label.as_ref().map(|l| l.text.as_str()))
        .collect();
    assert_eq!(
        labels,
        vec![
            "Intermediaire invoer verwerkt voor binnenlandse bestedingen",
            "Intermediaire invoer verwerkt voor de uitvoer",
            "Directe invoer voor binnenlandse bestedingen",
            "Invoer voor wederuitvoer",
            "Totaal"
        ]
    );
    assert!(t14.problems.is_empty(), "{:?}", t14.problems);
}

#[test]
fn the_seed_has_one_repeated_figure_that_disagrees_and_one_rounding_difference_in_table_14() {
    let r = check(&seed_text());
    let doc = &r.document;
    let line = |d: &kamerlint::Diagnostic| doc.line_col(d.span.start).line;
    let repeats: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.rule == "figure/inconsistent-repeat")
        .collect();
    assert_eq!(repeats.len(), 1, "{repeats:?}");
    assert_eq!(doc.slice(repeats[0].span), "EUR 352,4 miljard");
    assert_eq!(line(repeats[0]), 851);
    assert_eq!(repeats[0].related.len(), 1);
    assert_eq!(doc.slice(repeats[0].related[0].span), "EUR 352,5 miljard");
    assert_eq!(doc.line_col(repeats[0].related[0].span.start).line, 230);

    // The services column of the table in answer 14: 234,1 printed, 234,2 summed.
    let rounding: Vec<_> = r
        .diagnostics
        .iter()
        .filter(|d| d.rule == "total/rounding-difference")
        .collect();
    assert!(
        rounding
            .iter()
            .any(|d| line(d) == 225 && d.message.contains("234,1") && d.message.contains("234,2")),
        "{rounding:?}"
    );
    assert!(rounding
        .iter()
        .all(|d| d.severity == kamerlint::Severity::Info));
    // No error-level figure or total finding other than the real one.
    let errors: Vec<String> = r
        .diagnostics
        .iter()
        .filter(|d| is_figure_rule(d.rule) && d.severity == kamerlint::Severity::Error)
        .map(|d| format!("{} {}: {}", line(d), d.rule, d.message))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn changed_table_cell() {
    // Table 14, goods column: 154,7 → 164,7; the total 591,8 no longer adds up.
    let t = replace_on_line(&seed_text(), 216, "154,7", "164,7");
    assert_eq!(
        new_findings(&t),
        vec![("total/sum-mismatch".to_string(), 225)]
    );
}

#[test]
fn changed_printed_total() {
    let t = replace_on_line(&seed_text(), 225, "591,8", "581,8");
    // The parts no longer add up to it, and the text above the table
    // (line 198) still gives the old total.
    assert_eq!(
        new_findings(&t),
        vec![
            ("figure/table-mismatch".to_string(), 198),
            ("total/sum-mismatch".to_string(), 225)
        ]
    );
}

#[test]
fn changed_part_of_a_waarvan_sentence() {
    // Answer 41: 676,9 = 352,4 + 324,5; make the second part 314,5.
    let t = replace_on_line(&seed_text(), 852, "EUR 324,5 miljard", "EUR 314,5 miljard");
    let found = new_findings(&t);
    assert!(
        found.contains(&("total/sum-mismatch".to_string(), 851)),
        "{found:?}"
    );
}

#[test]
fn changed_one_of_two_mentions_of_the_same_figure() {
    // Total export 2023: EUR 945,2 miljard in answers 14, 39 and 41.
    let t = replace_on_line(&seed_text(), 850, "EUR 945,2 miljard", "EUR 954,2 miljard");
    let found = new_findings(&t);
    assert!(
        found.contains(&("figure/inconsistent-repeat".to_string(), 850)),
        "{found:?}"
    );
}

#[test]
fn changed_share_in_a_row_of_percentages() {
    // Table 16: "Geneesmiddelen 25% 75%" → 35% 75%.
    let t = replace_on_line(&seed_text(), 329, "25%", "35%");
    assert_eq!(new_findings(&t), vec![("total/shares".to_string(), 329)]);
}

#[test]
fn changed_share_against_its_ratio() {
    // Answer 39: EUR 676,9 of 945,2 miljard is 71,6%, printed as 72%.
    let t = replace_on_line(&seed_text(), 825, "72%", "78%");
    assert_eq!(
        new_findings(&t),
        vec![("figure/share-mismatch".to_string(), 825)]
    );
}

#[test]
fn decimal_comma_turned_into_a_point() {
    let t = replace_on_line(&seed_text(), 2435, "14,3%", "14.3%");
    assert_eq!(
        new_findings(&t),
        vec![("format/decimal-point".to_string(), 2435)]
    );
}

#[test]
fn figures_that_agree_stay_silent() {
    // Repeated figures of the seed that agree: 945,2, 676,9 and 324,5
    // miljard, 2,6 miljoen voltijdbanen, 31,4% and 35,2%.
    let r = check(&seed_text());
    let doc = &r.document;
    let keyed = |m: &str| {
        doc.quantities
            .iter()
            .filter(|q| q.key.measure.as_deref() == Some(m) && q.key.year == Some(2023))
            .count()
    };
    assert!(keyed("export") >= 3);
    assert!(keyed("goederenexport") >= 3);
    assert!(keyed("nederlandse makelij") >= 2);
    assert!(keyed("voltijdbanen") >= 3);
    assert!(keyed("aandeel werkgelegenheid") >= 3);
    assert!(keyed("aandeel bbp") >= 2);
}

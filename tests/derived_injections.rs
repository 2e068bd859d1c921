//! Derived figures (issue 14) injected into the seed and into real
//! documents: a correct derived statement stays silent, and the same
//! statement with one figure changed brings exactly one finding, at the
//! changed place, that names the figures it is computed from. Only the
//! figure/ rules are compared (another rule's message may count figures
//! and so change with any insertion). The real documents are read from
//! `../shared/real/docs/` and skipped, with a note, where it is absent.

mod common;

use std::path::PathBuf;

use common::{replace_on_line, seed_text};

fn figure_rules(rule: &str) -> bool {
    rule.starts_with("figure/")
}

/// (rule, line) of the figure/ findings `changed` has and `original` has not.
fn added(original: &str, changed: &str) -> Vec<(String, usize)> {
    common::added_findings(original, changed, figure_rules)
}

/// The messages of the figure/ findings of `text` on `line`.
fn messages_on(text: &str, line: usize) -> Vec<String> {
    common::findings(text, figure_rules)
        .into_iter()
        .filter(|(_, l)| *l == line)
        .map(|((_, m), _)| m)
        .collect()
}

fn one(rule: &str, line: usize) -> Vec<(String, usize)> {
    vec![(rule.to_string(), line)]
}

fn real(name: &str) -> Option<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs");
    let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
        common::skipped(&format!(
            "../shared/real/docs/{name} not found (the real documents are not in this repository)"
        ));
        return None;
    };
    Some(text)
}

/// `text` with its only occurrence of `from` replaced.
fn swap(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?}");
    text.replacen(from, to, 1)
}

#[test]
fn seed_factor_of_the_ces_against_european_fairs() {
    // Question 89: the CES (87 miljoen) against European fairs (50 miljoen),
    // "een factor 1,5-2 keer hoger" (1,74): right, and silent in the seed.
    let seed = seed_text();
    let t = replace_on_line(&seed, 1714, "(87 miljoen euro)", "(160 miljoen euro)");
    assert_eq!(added(&seed, &t), one("figure/growth-mismatch", 1715));
    let m = messages_on(&t, 1715).join("\n");
    assert!(
        m.contains("50 miljoen euro") && m.contains("160 miljoen euro") && m.contains("1,5-2"),
        "{m}"
    );
}

#[test]
fn seed_change_of_a_percentage_in_procent_instead_of_procentpunt() {
    // Question 24: the share of the bbp earned by export fell from 32,6%
    // (2021) to 31,8% (2020) in its table; the answer's sentence, given
    // the figures, in procentpunten is right and silent.
    let seed = seed_text();
    let from = "een lichte daling tot 31,8%";
    let right = replace_on_line(
        &seed,
        562,
        from,
        "een lichte daling van 32,6% tot 31,8% (-0,8 procentpunt)",
    );
    assert_eq!(added(&seed, &right), vec![]);
    // The same change in %: procentpunten meant.
    let percent = replace_on_line(
        &seed,
        562,
        from,
        "een lichte daling van 32,6% tot 31,8% (-0,8%)",
    );
    assert_eq!(added(&seed, &percent), one("figure/percentage-points", 562));
    // One figure changed: no reading fits.
    let wrong = replace_on_line(
        &seed,
        562,
        from,
        "een lichte daling van 32,6% tot 31,8% (-1,8 procentpunt)",
    );
    assert_eq!(added(&seed, &wrong), one("figure/growth-mismatch", 562));
    let m = messages_on(&wrong, 562).join("\n");
    assert!(m.contains("32,6%") && m.contains("31,8%"), "{m}");
}

#[test]
fn seed_difference_of_earnings_per_euro_of_export() {
    // Question 41: 51,1 eurocent per euro of domestic make, 11,9 of
    // re-export; the difference stated beside them.
    let seed = seed_text();
    let from = "eurocent verdiend, bij wederuitvoer 11,9 eurocent.";
    let right = replace_on_line(
        &seed,
        854,
        from,
        "eurocent verdiend, 39,2 eurocent meer dan de 11,9 eurocent bij wederuitvoer.",
    );
    assert_eq!(added(&seed, &right), vec![]);
    let wrong = replace_on_line(
        &seed,
        854,
        from,
        "eurocent verdiend, 29,2 eurocent meer dan de 11,9 eurocent bij wederuitvoer.",
    );
    assert_eq!(added(&seed, &wrong), one("figure/growth-mismatch", 854));
    let m = messages_on(&wrong, 854).join("\n");
    assert!(
        m.contains("51,1 eurocent") && m.contains("11,9 eurocent"),
        "{m}"
    );
}

#[test]
fn letter_doubling_of_a_budget_cut() {
    // A Rekenkamer letter: "loopt op van € 5 miljoen in 2014 naar € 10
    // miljoen in 2017" (one line: the dataset lost its line breaks).
    let Some(t) = real("ar-2013-04-17-bezuinigingen-op-uitvoeringsorganisaties.txt") else {
        return;
    };
    let from = "naar € 10 miljoen in 2017.";
    let right = swap(&t, from, "naar € 10 miljoen in 2017, een verdubbeling.");
    assert_eq!(added(&t, &right), vec![]);
    let wrong = swap(&t, from, "naar € 12 miljoen in 2017, een verdubbeling.");
    assert_eq!(added(&t, &wrong), one("figure/growth-mismatch", 1));
    let m = messages_on(&wrong, 1).join("\n");
    assert!(
        m.contains("€ 5 miljoen") && m.contains("€ 12 miljoen"),
        "{m}"
    );
}

#[test]
fn letter_underspending_against_the_budget() {
    // "In 2012 heeft het ministerie € 727,4 miljoen uitgegeven ... Dit is
    // € 186,4 miljoen minder dan begroot": with the budget named.
    let Some(t) = real("ar-2013-06-07-rbj-2012-van-min-ez.txt") else {
        return;
    };
    let from = "Dit is € 186,4 miljoen minder dan begroot.";
    let right = swap(
        &t,
        from,
        "Dit is € 186,4 miljoen minder dan de € 913,8 miljoen die was begroot.",
    );
    assert_eq!(added(&t, &right), vec![]);
    let wrong = swap(
        &t,
        from,
        "Dit is € 186,4 miljoen minder dan de € 931,8 miljoen die was begroot.",
    );
    assert_eq!(added(&t, &wrong), one("figure/growth-mismatch", 1));
    let m = messages_on(&wrong, 1).join("\n");
    assert!(
        m.contains("€ 727,4 miljoen") && m.contains("€ 931,8 miljoen"),
        "{m}"
    );
}

#[test]
fn letter_poverty_rate_in_procentpunten() {
    // "in 2023 3,1% van de mensen in armoede leefde, vergeleken met 7,1% in
    // 2018", written as a change.
    let Some(t) = real("ar-2025-06-10-vo-2024-min-szw.txt") else {
        return;
    };
    let from = "Hieruit blijkt dat in 2023 3,1% van de mensen in armoede leefde,  vergeleken met 7,1% in 2018,";
    let right = swap(
        &t,
        from,
        "Hieruit blijkt dat het aandeel mensen in armoede daalde van 7,1% in 2018 naar 3,1% in 2023, een daling van 4 procentpunt,",
    );
    assert_eq!(added(&t, &right), vec![]);
    let percent = swap(
        &t,
        from,
        "Hieruit blijkt dat het aandeel mensen in armoede daalde van 7,1% in 2018 naar 3,1% in 2023, een daling van 4%,",
    );
    assert_eq!(added(&t, &percent), one("figure/percentage-points", 1));
}

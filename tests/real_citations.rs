//! The citation slips of issue 15 on the real documents in
//! `../shared/real/docs/`: "nr" without its full stop is found in each of
//! the three letters that print it, one document citing Kamerstukken in
//! two forms is said (an info), and none of these is taken for a
//! reference without its number. Skipped, with a printed note, where the
//! folder is absent. The other examples ("Kamerstukken ll",
//! "Kamerstukken II2015–16", "nr 874") are in none of these documents nor
//! in the seed; the rules' fixtures hold them.

mod common;
use common::real_checked as real;

use kamerlint::FileResult;

/// The text covered by each finding of `rule`.
fn found(result: &FileResult, rule: &str) -> Vec<String> {
    result
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| result.document.slice(d.span).to_string())
        .collect()
}

#[test]
fn nr_without_its_full_stop() {
    for name in [
        // "(Tweede Kamer, vergaderjaar 2011-2012, 31 839, nr 158)": as the text
        // has it, though the page header prints "nr. 158" on every other page
        // (the scan lost it: judged false in tests/real/expectations.toml)
        "ar-2012-02-13-kosten-jeugdbescherming-en-jeugdreclassering.txt",
        // "(Tweede Kamer, vergaderjaar 2012—2013, 26488 / 31300, nr 305)"
        "ar-2013-11-04-validering-nota-in-het-belang-van-nederland.txt",
        // "(vergaderjaar 2013-2014, kamerstuk 31 460, nr 39)", in the letter's opening
        "ar-2014-04-02-kamerbrief-programma-speer-van-ministerie-van-defensie.txt",
    ] {
        let Some(r) = real(name) else { return };
        assert_eq!(found(&r, "citation/number-form"), ["nr"], "{name}");
        assert!(found(&r, "citation/missing-number").is_empty(), "{name}");
        let fix = r
            .diagnostics
            .iter()
            .find(|d| d.rule == "citation/number-form")
            .and_then(|d| d.fix.as_ref())
            .expect("a fix");
        assert_eq!(fix.replacement, ".", "{name}");
        assert_eq!(r.document.slice(fix.span), "", "{name}");
    }
}

#[test]
fn two_forms_in_one_document() {
    let Some(r) = real("ah-tk-20232024-1481-zorg-ongedocumenteerden-caribisch-deel.txt") else {
        return;
    };
    // Footnote 1 "Kamerstuk 36 200 IV, nr. 25." against footnotes 2 and 3,
    // "Kamerstukken II 2023/24, 36 410 IV, nr. 15" and "... nr. 49".
    assert_eq!(
        found(&r, "citation/mixed-forms"),
        ["Kamerstuk 36 200 IV, nr. 25"]
    );
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "citation/mixed-forms")
        .unwrap();
    assert_eq!(d.severity, kamerlint::Severity::Info);
    assert!(
        d.message
            .contains("Kamerstukken II 2023/24, 36 410 IV, nr. 15"),
        "{}",
        d.message
    );
}

#[test]
fn no_citation_slip_where_there_is_none() {
    for name in [
        "36450-6-nota-naar-aanleiding-van-het-verslag-instellingswet-atr.txt",
        "ah-tk-20232024-1786-exportkredietverzekeringen-baggersector.txt",
        "ah-tk-20232024-2129-ontwikkelingen-jemen.txt",
    ] {
        let Some(r) = real(name) else { return };
        let slips: Vec<&str> = r
            .diagnostics
            .iter()
            .map(|d| d.rule)
            .filter(|rule| rule.starts_with("citation/"))
            .collect();
        assert!(slips.is_empty(), "{name}: {slips:?}");
    }
}

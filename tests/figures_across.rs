//! Figures that no single sentence shows (issue 14): copies of the seed
//! with one figure changed, each of which must give exactly one new
//! finding, at or naming the changed figure, with the figures it disagrees
//! with in its message. The unchanged seed agrees with itself: its
//! cross-sentence sums and shares (answers 8, 14, 39, 94, 129) are read and
//! found right.

mod common;

use common::{replace_on_line, seed_text};
use kamerlint::Diagnostic;

/// The findings the changed copy has and the seed has not.
fn added(changed: &str) -> Vec<(Diagnostic, String)> {
    let before = kamerlint::check_bytes("seed.txt", seed_text().as_bytes());
    let after = kamerlint::check_bytes("seed.txt", changed.as_bytes());
    let key = |d: &Diagnostic| (d.rule, d.message.clone());
    let mut old: Vec<(&str, String)> = before.diagnostics.iter().map(key).collect();
    let mut out = Vec::new();
    for d in &after.diagnostics {
        match old.iter().position(|k| *k == key(d)) {
            Some(i) => {
                old.remove(i);
            }
            None => {
                let places: Vec<String> = std::iter::once(d.span)
                    .chain(d.related.iter().map(|r| r.span))
                    .map(|s| after.document.slice(s).to_string())
                    .collect();
                out.push((d.clone(), places.join(" | ")));
            }
        }
    }
    out
}

/// Changes `from` to `to` on `line` and asserts one new finding of `rule`
/// whose message names every text of `names`, and which points at the
/// changed figure (its span or a related place).
fn one_finding(line: usize, from: &str, to: &str, rule: &str, names: &[&str]) {
    let changed = replace_on_line(&seed_text(), line, from, to);
    let found = added(&changed);
    assert_eq!(found.len(), 1, "{from} → {to}: {found:#?}");
    let (d, places) = &found[0];
    assert_eq!(d.rule, rule, "{from} → {to}: {}", d.message);
    for name in names {
        assert!(
            d.message.contains(name),
            "{from} → {to}: {:?} lacks {name:?}",
            d.message
        );
    }
    let figure = to.trim_start_matches(|c: char| !c.is_ascii_digit());
    let figure = figure.split([' ', '%']).next().unwrap_or(figure);
    assert!(
        places.contains(figure),
        "{from} → {to}: the finding is at {places:?}"
    );
}

#[test]
fn the_seed_agrees_with_itself() {
    let result = kamerlint::check_bytes("seed.txt", seed_text().as_bytes());
    let errors: Vec<&str> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == "total/sum-mismatch" || d.rule == "figure/share-mismatch")
        .map(|d| d.message.as_str())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// Answer 8: exports of goods (EUR 4,07 miljard, "waarvan" in one
/// sentence) and services (EUR 892 miljoen, four sentences later) make
/// the EUR 4,96 miljard of goederen en diensten.
#[test]
fn services_export_in_another_sentence() {
    one_finding(
        136,
        "EUR 892 miljoen",
        "EUR 982 miljoen",
        "total/sum-mismatch",
        &[
            "EUR 4,96 miljard",
            "EUR 4,07 miljard",
            "EUR 982 miljoen",
            "5,052 miljard",
        ],
    );
}

/// Answer 8: the imports, where the goods are printed without their
/// "miljard" ("EUR 2,42", read in the whole's scale).
#[test]
fn services_import_in_another_sentence() {
    one_finding(
        137,
        "EUR 938 miljoen",
        "EUR 893 miljoen",
        "total/sum-mismatch",
        &[
            "EUR 3,36 miljard",
            "EUR 2,42",
            "EUR 893 miljoen",
            "3,313 miljard",
        ],
    );
}

/// Answer 14: the export of goederen en diensten (EUR 945,2 miljard) is
/// goods (EUR 676,9 miljard) and services (EUR 268,3 miljard), in three
/// sentences.
#[test]
fn services_export_of_2023() {
    one_finding(
        231,
        "EUR 268,3 miljard",
        "EUR 286,3 miljard",
        "total/sum-mismatch",
        &[
            "EUR 945,2 miljard",
            "EUR 676,9 miljard",
            "EUR 286,3 miljard",
        ],
    );
}

/// Answer 41: "waarvan" within one sentence, the fourth example.
#[test]
fn made_in_the_netherlands() {
    let changed = replace_on_line(&seed_text(), 852, "EUR 324,5 miljard", "EUR 314,5 miljard");
    let found = added(&changed);
    assert!(
        found
            .iter()
            .any(|(d, _)| d.rule == "total/sum-mismatch" && d.message.contains("666,9 miljard")),
        "{found:#?}"
    );
}

/// Answer 94: "circa 2793 ton" imported, "ruim 61 % (circa 1709 ton)" for
/// use here and "de overige bijna 39 % (circa 1084 ton)" for transit:
/// hedged figures, and 1790 is 5 % off.
#[test]
fn a_hedged_part_five_percent_off() {
    one_finding(
        1832,
        "circa 1709 ton",
        "circa 1790 ton",
        "total/sum-mismatch",
        &["circa 2793 ton", "circa 1790 ton", "circa 1084 ton", "2874"],
    );
}

/// Answer 94: the part of "bijna 39 %" 5 % more than 39 % of 2793 ton.
#[test]
fn a_hedged_share_against_its_part() {
    one_finding(
        1833,
        "circa 1084 ton",
        "circa 1138 ton",
        "figure/share-mismatch",
        &["1138 ton", "2793 ton", "39 %"],
    );
}

/// Answer 129: the split by region runs over two sentences ("In overige
/// regio's gezamenlijk is 19.6%").
#[test]
fn shares_with_their_rest_in_the_next_sentence() {
    one_finding(
        2437,
        "22,9% in west",
        "32,9% in west",
        "total/shares",
        &["110", "32,9%", "19.6%"],
    );
}

/// Answer 39: a share of the total export named elsewhere in the answer.
#[test]
fn a_share_of_the_total_export() {
    one_finding(
        825,
        "wat 72% van",
        "wat 75% van",
        "figure/share-mismatch",
        &["EUR 676,9 miljard", "EUR 945,2 miljard", "75%"],
    );
}

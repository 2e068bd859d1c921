//! Figures read from sentences, and the numbers in them that are not figures.

use super::d;
use super::hedges::HEDGED_AND_OTHERS;
use super::numbers::{NOT_NUMBERS, NUMBERS};
use super::units::WITH_UNITS;
use crate::document::figures::quantity::scan;
use crate::document::figures::Quantity;
use crate::document::{Joined, Span};

/// Sentences in which no figure may be read.
const NOT_FIGURES: &[&str] = &[
    "In 2024 importeerde Nederland geen goud.",
    "Sinds 15 juli 2025 wordt het beleid uitgedragen.",
    "Zie het antwoord op vraag 129 hierover.",
    "Dit staat in artikel 9.5 van de Aanwijzingen.",
    "Het naleven van artikel 7 lid 3 is van belang.",
    "Zie de brief (Kamerstuk 21501-02, nr. 3221) hierover.",
    "Zie Kamerstuk 21501 02, nr. 3185 hierover.",
    "Zie Kamerstukken II 2024/25, 21 501-02, nr. 3221 hierover.",
    "Het verdrag (Trb. 1996, 155) geldt nog.",
    "Het 3W-kader en de 1/3e van het BBP.",
    "De vergaderjaar 2024–2025 stukken en de periode 2021-2027.",
    "Het kabinet (TZ202503-107) informeert.",
    "Een top 10 van landen en een top-5 van risico's.",
    "Het stond in hoofdstuk 6 op pagina 12 bij stap 3.",
    "De regeling BWBR0050313 is van toepassing.",
    "Het Omnibus I voorstel en tier-1 beperking.",
    "Dit was de 1 mei raming van het CPB.",
    "Een D2B-programma en de 3TG-mineralen.",
];

fn figures_in(sentence: &str) -> Vec<Quantity> {
    let span = Span::new(0, sentence.len());
    let joined = Joined::new(sentence, &[span]);
    scan(sentence, &joined, &[], None)
        .into_iter()
        .map(|(q, _, _)| q)
        .collect()
}

#[test]
fn dutch_figures_with_currency_scale_unit_and_hedge() {
    let mut failures = Vec::new();
    for (sentence, text, value, decimals, precision, unit, scale, hedge) in
        WITH_UNITS.iter().chain(HEDGED_AND_OTHERS)
    {
        let found = figures_in(sentence);
        let Some(q) = found.iter().find(|q| q.text == *text) else {
            failures.push(format!(
                "{sentence}: no figure {text:?}, found {:?}",
                found.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
            continue;
        };
        let got = (
            q.value,
            q.decimals,
            q.precision,
            q.unit,
            q.scale,
            q.hedge.as_deref(),
        );
        let want = (d(value), *decimals, *precision, *unit, *scale, *hedge);
        if got != want {
            failures.push(format!("{sentence}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        NUMBERS.len()
            + WITH_UNITS.len()
            + HEDGED_AND_OTHERS.len()
            + NOT_FIGURES.len()
            + NOT_NUMBERS.len()
            >= 60
    );
}

#[test]
fn ranges_keep_their_upper_end() {
    let q = &figures_in("Een factor 1,5-2 keer hoger.")[0];
    assert_eq!(q.upper, Some(d("2")));
    let q = &figures_in("Tussen 5 en 7 miljard euro.")[0];
    assert_eq!(q.upper, Some(d("7000000000")));
    assert!(!q.is_exact_number());
}

#[test]
fn numbers_that_are_not_figures() {
    let mut failures = Vec::new();
    for sentence in NOT_FIGURES {
        let found = figures_in(sentence);
        if !found.is_empty() {
            failures.push(format!(
                "{sentence}: {:?}",
                found.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn footnote_marker_glued_to_a_year_is_not_a_figure() {
    let s = "Zoals in het verslag van 15 mei 202522 waarin.";
    let at = s.find("22 waarin").expect("marker");
    let joined = Joined::new(s, &[Span::new(0, s.len())]);
    let found = scan(s, &joined, &[Span::new(at, at + 2)], None);
    assert!(
        found.is_empty(),
        "{:?}",
        found.iter().map(|(q, _, _)| &q.text).collect::<Vec<_>>()
    );
}

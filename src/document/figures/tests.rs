//! Dutch number forms and what kamerlint reads from them: exact values,
//! printed decimals, precision after the scale word, unit, hedge — and the
//! numbers that are not figures at all.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::number::{parse, Notation};
use super::quantity::{scan, Scale, Unit};
use crate::document::{Joined, Span};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("test decimal")
}

/// (input, value, decimals, notation)
const NUMBERS: &[(&str, &str, u32, Notation)] = &[
    ("1709", "1709", 0, Notation::Plain),
    ("1.709", "1709", 0, Notation::ThousandsDot),
    ("60.759.767", "60759767", 0, Notation::ThousandsDot),
    ("352,4", "352.4", 1, Notation::Plain),
    ("62,0", "62.0", 1, Notation::Plain),
    ("0,51", "0.51", 2, Notation::Plain),
    ("9.221,5", "9221.5", 1, Notation::ThousandsDot),
    ("9 660,8", "9660.8", 1, Notation::ThousandsSpace),
    ("36 100", "36100", 0, Notation::ThousandsSpace),
    ("-0,6", "-0.6", 1, Notation::Plain),
    ("–0,4", "-0.4", 1, Notation::Plain),
    ("−3", "-3", 0, Notation::Plain),
    ("‒12,25", "-12.25", 2, Notation::Plain),
    ("5,–", "5", 0, Notation::Plain),
    ("5,-", "5", 0, Notation::Plain),
    ("12.5", "12.5", 1, Notation::DecimalPoint),
    ("3.4", "3.4", 1, Notation::DecimalPoint),
    ("19.60", "19.60", 2, Notation::DecimalPoint),
    ("1,234.5", "1234.5", 1, Notation::DecimalPoint),
    ("0", "0", 0, Notation::Plain),
    ("007", "7", 0, Notation::Plain),
    ("1.000.000,00", "1000000.00", 2, Notation::ThousandsDot),
];

const NOT_NUMBERS: &[&str] = &[
    "", "abc", "1.2.3", "12.34.56", "1,2,3", "1..2", ",5", "5,", "1.00.000", "1 00",
];

#[test]
fn dutch_number_notation() {
    for (input, value, decimals, notation) in NUMBERS {
        let n = parse(input).unwrap_or_else(|| panic!("{input} should parse"));
        assert_eq!(
            (n.value, n.decimals, n.notation),
            (d(value), *decimals, *notation),
            "{input}"
        );
    }
    for input in NOT_NUMBERS {
        assert!(parse(input).is_none(), "{input} should not parse");
    }
}

/// One figure in a sentence: (sentence, figure text, value in base units,
/// printed decimals, precision, unit, scale, hedge).
#[allow(clippy::type_complexity)]
const FIGURES: &[(&str, &str, &str, u32, i32, Unit, Scale, Option<&str>)] = &[
    (
        "De export was EUR 352,4 miljard.",
        "EUR 352,4 miljard",
        "352400000000",
        1,
        -8,
        Unit::Euro,
        Scale::Billion,
        None,
    ),
    (
        "Dat is EUR 4,96 miljard.",
        "EUR 4,96 miljard",
        "4960000000",
        2,
        -7,
        Unit::Euro,
        Scale::Billion,
        None,
    ),
    (
        "Het ging om EUR 892 miljoen.",
        "EUR 892 miljoen",
        "892000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Een budget van EUR 97 mln. voor missies.",
        "EUR 97 mln.",
        "97000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Een budget van EUR 97 mln voor missies.",
        "EUR 97 mln",
        "97000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Een bedrag van € 2,5 mld. per jaar.",
        "€ 2,5 mld.",
        "2500000000",
        1,
        -8,
        Unit::Euro,
        Scale::Billion,
        None,
    ),
    (
        "Een bedrag van €2,5 mrd. per jaar.",
        "€2,5 mrd.",
        "2500000000",
        1,
        -8,
        Unit::Euro,
        Scale::Billion,
        None,
    ),
    (
        "De schuld is 1,2 biljoen euro.",
        "1,2 biljoen euro",
        "1200000000000",
        1,
        -11,
        Unit::Euro,
        Scale::Trillion,
        None,
    ),
    (
        "Er is 50 miljoen euro beschikbaar.",
        "50 miljoen euro",
        "50000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Een opbrengst van 51,1 eurocent per euro.",
        "51,1 eurocent",
        "51.1",
        1,
        1,
        Unit::Eurocent,
        Scale::One,
        None,
    ),
    (
        "Voor USD 284.196 aan gom.",
        "USD 284.196",
        "284196",
        0,
        0,
        Unit::Dollar,
        Scale::One,
        None,
    ),
    (
        "Voor USD 60.759.767 aan kobalt.",
        "USD 60.759.767",
        "60759767",
        0,
        0,
        Unit::Dollar,
        Scale::One,
        None,
    ),
    (
        "De kosten waren EUR 442.604 in totaal.",
        "EUR 442.604",
        "442604",
        0,
        0,
        Unit::Euro,
        Scale::One,
        None,
    ),
    (
        "Een extra EUR 350 miljoen is toegevoegd.",
        "EUR 350 miljoen",
        "350000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Het gaat om 3 duizend banen.",
        "3 duizend banen",
        "3000",
        0,
        -3,
        Unit::Jobs,
        Scale::Thousand,
        None,
    ),
    (
        "Dit betrof ongeveer 1,8% van de import.",
        "1,8%",
        "1.8",
        1,
        1,
        Unit::Percent,
        Scale::One,
        Some("ongeveer"),
    ),
    (
        "Het aandeel is 35,2% van het bbp.",
        "35,2%",
        "35.2",
        1,
        1,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "Het aandeel is 60 % van de export.",
        "60 %",
        "60",
        0,
        0,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "Het aandeel is 15 procent van de export.",
        "15 procent",
        "15",
        0,
        0,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "De groei daalt met 0,6 procentpunt in 2026.",
        "0,6 procentpunt",
        "0.6",
        1,
        1,
        Unit::PercentagePoint,
        Scale::One,
        None,
    ),
    (
        "De groei daalt met 1 procentpunt in 2026.",
        "1 procentpunt",
        "1",
        0,
        0,
        Unit::PercentagePoint,
        Scale::One,
        None,
    ),
    (
        "De uitvoergroei daalt (-0,2% in 2025).",
        "-0,2%",
        "-0.2",
        1,
        1,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "Een groei van –0,4% in 2025.",
        "–0,4%",
        "-0.4",
        1,
        1,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "Een krimp van −1,5% in 2025.",
        "−1,5%",
        "-1.5",
        1,
        1,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "Er werd circa 2793 ton wolfraam ingevoerd.",
        "2793 ton",
        "2793",
        0,
        0,
        Unit::Ton,
        Scale::One,
        Some("circa"),
    ),
    (
        "Er werd 23 kg tantaal ingevoerd.",
        "23 kg",
        "23",
        0,
        0,
        Unit::Kilogram,
        Scale::One,
        None,
    ),
    (
        "Goed voor 2,6 miljoen voltijdbanen in 2023.",
        "2,6 miljoen voltijdbanen",
        "2600000",
        1,
        -5,
        Unit::Jobs,
        Scale::Million,
        None,
    ),
    (
        "Het gaat om 451.000 vte in totaal.",
        "451.000 vte",
        "451000",
        0,
        0,
        Unit::Jobs,
        Scale::One,
        None,
    ),
    (
        "Er werken 120 fte aan.",
        "120 fte",
        "120",
        0,
        0,
        Unit::Jobs,
        Scale::One,
        None,
    ),
    (
        "Het budget is ca. EUR 20 miljoen.",
        "EUR 20 miljoen",
        "20000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        Some("ca."),
    ),
    (
        "Het budget is circa EUR 20 miljoen.",
        "EUR 20 miljoen",
        "20000000",
        0,
        -6,
        Unit::Euro,
        Scale::Million,
        Some("circa"),
    ),
    (
        "Het budget is zo’n EUR 18 miljard.",
        "EUR 18 miljard",
        "18000000000",
        0,
        -9,
        Unit::Euro,
        Scale::Billion,
        Some("zo’n"),
    ),
    (
        "Het budget is zo'n EUR 18 miljard.",
        "EUR 18 miljard",
        "18000000000",
        0,
        -9,
        Unit::Euro,
        Scale::Billion,
        Some("zo'n"),
    ),
    (
        "Het budget is ruim EUR 5 miljard.",
        "EUR 5 miljard",
        "5000000000",
        0,
        -9,
        Unit::Euro,
        Scale::Billion,
        Some("ruim"),
    ),
    (
        "Het budget is bijna EUR 5 miljard.",
        "EUR 5 miljard",
        "5000000000",
        0,
        -9,
        Unit::Euro,
        Scale::Billion,
        Some("bijna"),
    ),
    (
        "Het gaat om meer dan 120 maatregelen.",
        "120",
        "120",
        0,
        0,
        Unit::None,
        Scale::One,
        Some("meer dan"),
    ),
    (
        "Het gaat om minder dan 1000 werknemers.",
        "1000",
        "1000",
        0,
        0,
        Unit::None,
        Scale::One,
        Some("minder dan"),
    ),
    (
        "Er zijn ten minste 13 sectoren.",
        "13",
        "13",
        0,
        0,
        Unit::None,
        Scale::One,
        Some("ten minste"),
    ),
    (
        "Er zijn momenteel 25 priomarkten.",
        "25",
        "25",
        0,
        0,
        Unit::None,
        Scale::One,
        None,
    ),
    (
        "De gemiddelde waarde is EUR 1,367 miljard.",
        "EUR 1,367 miljard",
        "1367000000",
        3,
        -6,
        Unit::Euro,
        Scale::Billion,
        None,
    ),
    (
        "Een bedrag van EUR 36,5 miljoen structureel.",
        "EUR 36,5 miljoen",
        "36500000",
        1,
        -5,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Een bedrag van +€36,5 miljoen structureel.",
        "€36,5 miljoen",
        "36500000",
        1,
        -5,
        Unit::Euro,
        Scale::Million,
        None,
    ),
    (
        "Een factor 1,5-2 keer hoger.",
        "1,5-2",
        "1.5",
        1,
        1,
        Unit::None,
        Scale::One,
        None,
    ),
    (
        "De kosten zijn 9.221 in totaal.",
        "9.221",
        "9221",
        0,
        0,
        Unit::None,
        Scale::One,
        None,
    ),
    (
        "De totale omzet is 0,7% gestegen.",
        "0,7%",
        "0.7",
        1,
        1,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "De waarde is 0,51 per euro.",
        "0,51",
        "0.51",
        2,
        2,
        Unit::None,
        Scale::One,
        None,
    ),
    (
        "Dat is 7.1% van het totaal.",
        "7.1%",
        "7.1",
        1,
        1,
        Unit::Percent,
        Scale::One,
        None,
    ),
    (
        "Het kost € 5,– per stuk.",
        "€ 5,–",
        "5",
        0,
        0,
        Unit::Euro,
        Scale::One,
        None,
    ),
    (
        "Dat is 12 duizend euro.",
        "12 duizend euro",
        "12000",
        0,
        -3,
        Unit::Euro,
        Scale::Thousand,
        None,
    ),
];

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

fn figures_in(sentence: &str) -> Vec<super::Quantity> {
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
    for (sentence, text, value, decimals, precision, unit, scale, hedge) in FIGURES {
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
    assert!(NUMBERS.len() + FIGURES.len() + NOT_FIGURES.len() + NOT_NUMBERS.len() >= 60);
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

//! Derived figures found in short answers, and their verdicts: what each
//! pattern takes, and what it must leave alone.

use super::*;

/// The derived figures of one answer to question 1, as "relation
/// direction: from → stated: verdict", the figures as printed.
fn derived(answer: &str) -> Vec<String> {
    let text = format!("1 Kan de minister dit toelichten?\n{answer}\n");
    let doc = crate::read_bytes("test.txt", text.as_bytes());
    doc.derived
        .iter()
        .map(|d| {
            let r = recompute(&doc.quantities, d);
            let from: Vec<&str> = (0..d.from.len())
                .filter_map(|k| d.operand(&doc.quantities, k).map(|(_, t)| t))
                .collect();
            let stated = match (d.stated, d.factor) {
                (Some(i), _) => doc.quantities[i].text.clone(),
                (None, Some(f)) => format!("×{f}"),
                (None, None) => "?".into(),
            };

            format!(
                "{} {}: {} → {stated}: {}",
                d.relation.name(),
                d.direction.name(),
                from.join(" | "),
                r.verdict.name()
            )
        })
        .collect()
}

/// The serialised (kebab-case) name of a unit enum.
trait Named {
    fn name(&self) -> String;
}

impl<T: Serialize> Named for T {
    fn name(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            _ => "?".into(),
        }
    }
}

fn one(answer: &str) -> String {
    let found = derived(answer);
    assert_eq!(found.len(), 1, "{answer}: {found:?}");
    found[0].clone()
}

fn none(answer: &str) {
    let found = derived(answer);
    assert!(found.is_empty(), "{answer}: {found:?}");
}

#[test]
fn a_change_from_to_with_its_rise_or_fall() {
    assert_eq!(
        one("De uitvoer steeg van EUR 100 miljard in 2020 naar EUR 120 miljard in 2023, een stijging van 20%."),
        "change up: EUR 100 miljard | EUR 120 miljard → 20%: exact"
    );
    assert_eq!(
        one("De uitvoer steeg van EUR 100 miljard in 2020 naar EUR 120 miljard in 2023, een stijging van 25%."),
        "change up: EUR 100 miljard | EUR 120 miljard → 25%: inconsistent"
    );
    assert_eq!(
        one("Het aantal daalde van 1.200 naar 900, een daling van 25 procent."),
        "change down: 1.200 | 900 → 25 procent: exact"
    );
    assert_eq!(
        one("Het daalde van 100 naar 90 (-10%)."),
        "change signed: 100 | 90 → -10%: exact"
    );
    assert_eq!(
        one("Het aantal steeg van 5 naar 7 projecten (+40%)."),
        "change signed: 5 | 7 → 40%: exact"
    );
    assert_eq!(
        one("Het budget gaat van EUR 5 miljoen naar EUR 7 miljoen, een verhoging van EUR 2 miljoen."),
        "change up: EUR 5 miljoen | EUR 7 miljoen → EUR 2 miljoen: exact"
    );
    // "een verandering van" gives no sign: its size is compared.
    assert_eq!(
        one("Het aantal ging van 120 naar 114, een verandering van 5%."),
        "change either: 120 | 114 → 5%: exact"
    );
    assert_eq!(
        one("Het steeg van EUR 800 miljoen naar EUR 1,2 miljard, een stijging van 50%."),
        "change up: EUR 800 miljoen | EUR 1,2 miljard → 50%: exact"
    );
}

#[test]
fn the_change_stated_before_or_in_the_next_sentence() {
    assert_eq!(
        one("De kosten stegen met 10% van EUR 100 naar EUR 110 per ton."),
        "change up: EUR 100 | EUR 110 → 10%: exact"
    );
    assert_eq!(
        one("De export steeg van 5 tot 10 miljoen euro. Dit is een stijging van 50%."),
        "change up: 5 | 10 miljoen euro → 50%: inconsistent"
    );
    assert_eq!(
        one("In 2023 was de export EUR 120 miljard, een stijging van 25% ten opzichte van de EUR 100 miljard in 2022."),
        "change up: EUR 100 miljard | EUR 120 miljard → 25%: inconsistent"
    );
}

#[test]
fn a_change_of_a_percentage_in_procentpunten_or_in_percent() {
    assert_eq!(
        one("Het aandeel steeg van 31,8% naar 35,2%, een stijging van 3,4%."),
        "change up: 31,8% | 35,2% → 3,4%: percentage-points"
    );
    assert_eq!(
        one("Het aandeel steeg van 31,8% naar 35,2%, een stijging van 3,4 procentpunt."),
        "change up: 31,8% | 35,2% → 3,4 procentpunt: exact"
    );
    assert_eq!(
        one("Het aandeel steeg van 31,8% naar 35,2%, een stijging van 10,7%."),
        "change up: 31,8% | 35,2% → 10,7%: exact"
    );
    // Near 100 % both readings agree: nothing to say.
    assert_eq!(
        one("Het percentage gaat van 95% naar 98%, een verhoging van 3%."),
        "change up: 95% | 98% → 3%: exact"
    );
    assert_eq!(
        one("Het percentage gaat van 20 naar 25 procent, een stijging van 5 procentpunt."),
        "change up: 20 | 25 procent → 5 procentpunt: exact"
    );
    // A change of a percentage without a unit: indeterminate.
    assert_eq!(
        one("Het aandeel steeg van 31,8% naar 35,2%, een stijging van 3,4."),
        "change up: 31,8% | 35,2% → 3,4: indeterminate"
    );
}

#[test]
fn differences_factors_and_ratios() {
    assert_eq!(
        one("De omzet was EUR 50 miljoen, EUR 10 miljoen hoger dan de EUR 40 miljoen van vorig jaar."),
        "difference up: EUR 50 miljoen | EUR 40 miljoen → EUR 10 miljoen: exact"
    );
    assert_eq!(
        one("In 2023 waren er 400 projecten, 50 meer dan de 350 projecten van 2022."),
        "difference up: 400 | 350 → 50: exact"
    );
    assert_eq!(
        one("Het verschil tussen 300 en 200 banen is 150."),
        "difference either: 300 | 200 banen → 150: inconsistent"
    );
    assert_eq!(
        one("De export is verdubbeld van 5 miljoen euro naar 10 miljoen euro."),
        "factor up: 5 miljoen euro | 10 miljoen euro → ×2: within-rounding"
    );
    assert_eq!(
        one("Het tarief gaat van 10% naar 20%, een verdubbeling."),
        "factor up: 10% | 20% → ×2: within-rounding"
    );
    assert_eq!(
        one("De export (EUR 100 miljard) is 2,5 keer zo groot als de import (EUR 40 miljard)."),
        "ratio up: EUR 100 miljard | EUR 40 miljard → 2,5: exact"
    );
    assert_eq!(
        one("De export is EUR 100 miljard, twee keer zo groot als de import van EUR 40 miljard."),
        "ratio up: EUR 100 miljard | EUR 40 miljard → ×2: inconsistent"
    );
    // "keer hoger": ×k or ×(k + 1).
    assert_eq!(
        one("Wanneer de waarde van Europese beurzen (50 miljoen euro) wordt vergeleken met de CES (130 miljoen euro) ligt die een factor 1,5-2 keer hoger dan bij Europese beurzen."),
        "ratio up: 50 miljoen euro | 130 miljoen euro → 1,5-2: within-rounding"
    );
}

#[test]
fn averages_beside_their_parts() {
    assert_eq!(
        one("De uitgaven waren EUR 10, 12 en 14 miljoen, gemiddeld EUR 12 miljoen."),
        "average up: EUR 10 | 12 | 14 miljoen → EUR 12 miljoen: exact"
    );
    assert_eq!(
        one("Het aantal missies was 10 in 2022, 12 in 2023 en 14 in 2024. Dat is gemiddeld 14 missies per jaar."),
        "average up: 10 | 12 | 14 → 14: inconsistent"
    );
    // Percentages may be weighted: within the parts is enough.
    assert_eq!(
        one("De heffingen zijn 10%, 25% en 44%, gemiddeld 14%."),
        "average up: 10% | 25% | 44% → 14%: within-rounding"
    );
    // Counts of different things.
    assert_eq!(
        one("Er waren 3, 4 en 5 missies, gemiddeld 20 deelnemers per missie."),
        "average up: 3 | 4 | 5 → 20: indeterminate"
    );
}

#[test]
fn what_the_grammar_does_not_make_certain_is_left_alone() {
    // No starting figure, no stated change, a range, another subject.
    none("De inkoop is toegenomen met 2,5 miljard euro tot ruim 2,8 miljard euro.");
    none("De taakstelling loopt op van € 5 miljoen in 2014 naar € 10 miljoen in 2017.");
    none("Het sanctiebedrag varieert van 0% tot 0,95%, een verschil dat klein is.");
    none("De export steeg van EUR 100 miljard naar EUR 120 miljard, terwijl de import een stijging van 5% liet zien.");
    none("Volgens de DNB raming valt de groei met 1 procentpunt terug naar 0,4% in 2026.");
    none("In 2023 bedroeg de export EUR 120 miljard, 20% meer dan in 2022.");
    none("In 2023 bedroeg de export EUR 120 miljard, EUR 20 miljard meer dan de import (EUR 100 miljard).");
    none("Dit is € 186,4 miljoen minder dan begroot.");
    // Two changes, two stated figures: which is which is not said.
    none("De export steeg van 100 naar 120 en de import van 80 naar 90, stijgingen van 20% en 12,5%.");
    // "verdubbelde" of another clause; "keer zo groot" of a country
    // without a figure.
    none("Het aantal bedrijven verdubbelde terwijl omzet steeg van EUR 5 naar EUR 7 miljoen.");
    none("De export naar Duitsland (EUR 100 miljard) is twee keer zo groot als die naar België, terwijl die naar Frankrijk EUR 40 miljard bedraagt.");
    // A rate per year, or a change against another base.
    none("De uitgaven stegen van EUR 100 miljoen naar EUR 120 miljoen (+5% ten opzichte van de begroting).");
    none("De export steeg van 100 in 2020 naar 120 in 2023, een stijging van 6% per jaar.");
    none("De export steeg van 100 in 2020 naar 120 in 2023, een gemiddelde stijging van 6%.");
    none("De export steeg jaarlijks met 6% van 100 in 2020 naar 120 in 2023.");
    none("De export steeg van 100 in 2020 naar 120 in 2023. Dit is een gemiddelde groei van 6%.");
    none("In 2023 was het 120, een jaarlijkse stijging van 6% ten opzichte van de 100 in 2020.");
    // An average per year of parts that are not by year; a weighted one.
    none("De kosten per project waren EUR 10, 12 en 14 miljoen, gemiddeld EUR 5 miljoen per jaar.");
    none("In 2021, 2022 en 2023 ontvingen respectievelijk 10, 12 en 14 bedrijven subsidie, gemiddeld EUR 50.000 per bedrijf.");
}

#[test]
fn only_the_pair_next_to_the_stated_change_is_taken() {
    assert_eq!(
        one(
            "De export steeg van 100 naar 120 en de import van 80 naar 90, een stijging van 12,5%."
        ),
        "change up: 80 | 90 → 12,5%: exact"
    );
}

#[test]
fn hedges_widen_the_intervals() {
    assert_eq!(
        one("Het steeg van circa 100 naar ruim 150, een stijging van 50%."),
        "change up: 100 | 150 → 50%: within-rounding"
    );
    // A word states its factor within 2 %.
    assert_eq!(
        one("Het budget is verdubbeld van EUR 10,0 miljoen naar EUR 18,5 miljoen."),
        "factor up: EUR 10,0 miljoen | EUR 18,5 miljoen → ×2: inconsistent"
    );
    assert_eq!(
        one("Het budget is verdubbeld van EUR 10,0 miljoen naar EUR 19,0 miljoen."),
        "factor up: EUR 10,0 miljoen | EUR 19,0 miljoen → ×2: inconsistent"
    );
    assert_eq!(
        one("Het budget is bijna verdubbeld van EUR 10,0 miljoen naar EUR 19,0 miljoen."),
        "factor up: EUR 10,0 miljoen | EUR 19,0 miljoen → ×2: within-rounding"
    );
    assert_eq!(
        one("Het budget is bijna verdubbeld van EUR 10,0 miljoen naar EUR 19,5 miljoen."),
        "factor up: EUR 10,0 miljoen | EUR 19,5 miljoen → ×2: within-rounding"
    );
}

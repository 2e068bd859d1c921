//! Figures of the text against the tables of their answers (issue 14):
//! copies of the seed, and of a real Rekenkamer letter, with one figure
//! changed, where exactly the new finding must appear at the changed place
//! and name the cell it disagrees with.

mod common;

use std::path::PathBuf;

use common::{replace_on_line, seed_text};

/// (rule, line) of every diagnostic a changed seed adds.
fn new_findings(injected: &str) -> Vec<(String, usize)> {
    common::new_findings(injected, |_| true)
}

/// The messages of the `rule` findings in `text`, in English.
fn messages(text: &str, rule: &str) -> Vec<String> {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        common::findings(text, |r| r == rule)
    })
    .into_iter()
    .map(|((_, message), _)| message)
    .collect()
}

fn mismatch(line: usize) -> Vec<(String, usize)> {
    vec![("figure/table-mismatch".to_string(), line)]
}

#[test]
fn changed_figure_that_restates_a_cell_of_table_14() {
    // "In 2023 was EUR 276,7 miljard van de goederenimport bestemd voor
    // wederuitvoer": the row "Invoer voor wederuitvoer", column "Goederinvoer".
    let t = replace_on_line(&seed_text(), 233, "EUR 276,7 miljard", "EUR 267,7 miljard");
    assert_eq!(new_findings(&t), mismatch(233));
    assert!(
        messages(&t, "figure/table-mismatch").contains(
            &"EUR 267,7 miljard differs from the table, which gives 276,7 for Invoer voor wederuitvoer, Goederinvoer".to_string()
        ),
        "{:?}",
        messages(&t, "figure/table-mismatch")
    );
}

#[test]
fn changed_total_before_table_14() {
    // "In 2023 bedroeg de totale goedereninvoer ... 591,8 miljard": the
    // row "Totaal", printed in the table 35 lines further down.
    let t = replace_on_line(&seed_text(), 198, "591,8 miljard", "519,8 miljard");
    assert_eq!(new_findings(&t), mismatch(198));
}

#[test]
fn changed_cell_that_the_text_restates() {
    // The services column of "Invoer voor wederuitvoer": 33,2 → 32,3. The
    // text of line 234 no longer matches it, and the column no longer adds
    // up to its total.
    let t = replace_on_line(&seed_text(), 223, "33,2", "32,3");
    assert_eq!(
        new_findings(&t),
        vec![
            ("figure/table-mismatch".to_string(), 234),
            ("total/sum-mismatch".to_string(), 225)
        ]
    );
}

#[test]
fn changed_year_of_a_share_in_answer_24() {
    // "In 2023 werd 35,2% van het ... BBP verdiend": said of 2022, whose
    // figure is 35,7; 35,2 is the figure of 2023.
    let t = replace_on_line(&seed_text(), 526, "In 2023 werd", "In 2022 werd");
    assert_eq!(new_findings(&t), mismatch(527));
    assert_eq!(
        messages(&t, "figure/table-mismatch"),
        vec!["35,2% differs from the table, which gives 35,7 for 2022; it gives 35,2 for 2023"]
    );
}

#[test]
fn changed_figure_of_a_respectievelijk_list_in_answer_42() {
    // "voor Nederlandse makelij, wederuitvoer en diensten, respectievelijk
    // 51, 12 en 63 cent": the second is re-export's 0,12 euro of 2023.
    let t = replace_on_line(&seed_text(), 894, "51, 12 en 63", "51, 21 en 63");
    assert_eq!(new_findings(&t), mismatch(894));
    assert_eq!(
        messages(&t, "figure/table-mismatch"),
        vec!["21 differs from the table, which gives 0,12 for 2023, Wederuitvoer"]
    );
}

#[test]
fn a_period_that_ends_in_the_year_of_its_figure_is_no_finding() {
    // The seed's info on answer 24 goes when the period is the one the
    // table shows the fall in (2019 33,3 → 2020 31,8), or when the figure
    // is the one of 2021.
    let info = |t: &str| messages(t, "figure/table-year");
    assert_eq!(info(&seed_text()).len(), 1);
    let period = replace_on_line(&seed_text(), 562, "Tussen 2020-2021", "Tussen 2019-2020");
    assert!(info(&period).is_empty());
    let figure = replace_on_line(&seed_text(), 562, "tot 31,8%", "tot 32,6%");
    assert!(info(&figure).is_empty());
    assert!(
        new_findings(&figure).is_empty(),
        "{:?}",
        new_findings(&figure)
    );
}

#[test]
fn figures_that_restate_cells_in_other_words_stay_silent() {
    // Equal in another precision or under a hedge: 277 miljard (circa)
    // for 276,7, 33 miljard for 33,2.
    let t = replace_on_line(
        &seed_text(),
        233,
        "EUR 276,7 miljard",
        "circa EUR 277 miljard",
    );
    let t = replace_on_line(&t, 234, "EUR 33,2 miljard", "EUR 33 miljard");
    assert_eq!(new_findings(&t), Vec::<(String, usize)>::new());
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

#[test]
fn changed_amount_of_a_department_in_a_rekenkamer_letter() {
    // "De € 47 miljoen van Financiën (€ 35,5 miljoen aan
    // verplichtingenmutaties ...)" under a table "Departement Bedrag x € 1
    // mln ... Financiën 47": the amount changed to 74; the parts in
    // brackets and OCW's "leeuwendeel (€ 379 miljoen)" of 386 stay silent.
    let name = "ar-2019-06-11-vo-2018-de-staat-van-de-rijksverantwoording-2018.txt";
    let Some(t) = real(name) else { return };
    let changed = replace_on_line(
        &t,
        1,
        "De € 47 miljoen van Financiën",
        "De € 74 miljoen van Financiën",
    );
    assert_eq!(common::added_findings(&t, &changed, |_| true), mismatch(1));
    assert_eq!(
        messages(&changed, "figure/table-mismatch"),
        vec!["€ 74 miljoen differs from the table, which gives 47 for Financiën"]
    );
}

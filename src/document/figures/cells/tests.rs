use super::{CellVerdict, Linked};

/// (line of the figure, figure, cell, verdict, how) of every link.
fn links(text: &str) -> Vec<(usize, String, String, CellVerdict, Linked)> {
    let r = crate::check_bytes("t.txt", text.as_bytes());
    let doc = &r.document;
    doc.cell_links
        .iter()
        .map(|l| {
            let figure = &doc.quantities[l.figure];
            (
                doc.line_col(figure.span.start).line,
                figure.text.clone(),
                doc.quantities[l.cell].text.clone(),
                l.verdict,
                l.how,
            )
        })
        .collect()
}

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/36180-164-beleidsagenda-buitenlandse-handel.txt"
    ))
    .unwrap_or_default()
}

fn link(
    line: usize,
    figure: &str,
    cell: &str,
    verdict: CellVerdict,
    how: Linked,
) -> (usize, String, String, CellVerdict, Linked) {
    (line, figure.into(), cell.into(), verdict, how)
}

#[test]
fn the_seed_restates_cells_of_three_tables() {
    use CellVerdict::*;
    use Linked::*;
    assert_eq!(
        links(&seed()),
        vec![
            // Answer 14: the totals before the table, the re-export row after it.
            link(198, "591,8 miljard", "591,8", Exact, Named),
            link(200, "EUR 234,1 miljard", "234,1", Exact, Named),
            link(233, "EUR 276,7 miljard", "276,7", Exact, Named),
            link(234, "EUR 33,2 miljard", "33,2", Exact, Named),
            // Answer 24: the share of 2023, and the fall "tussen 2020-2021
            // ... tot 31,8%" against 2021's 32,6 (31,8 is 2020's).
            link(527, "35,2%", "35,2", Exact, Named),
            link(562, "31,8%", "32,6", Mismatch, EndOfPeriod),
            // Answer 42: "respectievelijk 51, 12 en 63 cent" against 2023's
            // 0,51 0,12 0,63 euro.
            link(894, "51", "0,51", Exact, Respectively),
            link(894, "12", "0,12", Exact, Respectively),
            link(894, "63", "0,63", Exact, Respectively),
        ]
    );
}

#[test]
fn different_precision_and_hedges_agree_within_their_intervals() {
    use CellVerdict::*;
    let t = seed()
        .replace("was EUR 276,7 miljard", "was circa EUR 277 miljard")
        .replace("was EUR 33,2 miljard", "was EUR 33 miljard")
        .replace(
            "respectievelijk 51, 12 en 63",
            "respectievelijk 51,2, 12 en 63",
        );
    let found = links(&t);
    let verdict = |figure: &str| {
        found
            .iter()
            .find(|l| l.1 == figure)
            .map(|l| l.3)
            .unwrap_or_else(|| panic!("{figure} not linked: {found:?}"))
    };
    assert_eq!(verdict("EUR 277 miljard"), WithinHedge);
    assert_eq!(verdict("EUR 33 miljard"), WithinRounding);
    // 51,2 cent is 0,512 euro, which the cell's 0,51 (0,505 to 0,515)
    // holds: printed more precisely than the cell, it agrees within rounding.
    assert_eq!(verdict("51,2"), WithinRounding);
}

#[test]
fn a_row_named_without_its_column_is_no_link() {
    // Answer 17: "1,2 miljoen direct" names the column Direct of the table
    // by industry, but no industry: it is the column's total of all
    // industries, not a cell.
    let found = links(&seed());
    assert!(found.iter().all(|l| l.0 < 355 || l.0 > 390), "{found:?}");
}

#[test]
fn a_head_is_named_without_the_words_its_caption_gives_every_cell() {
    use CellVerdict::*;
    // Under "Toegevoegde waarde per euro export", "per euro export" names
    // no column: "wederuitvoer" names one, and "12 cent" is 0,12 euro.
    let t = seed().replace(
        "Eerder zijn er geen berekeningen",
        "In 2022 verdiende de wederuitvoer 11 cent per euro export. Bij diensten was dat in 2016 65 cent. Eerder zijn er geen berekeningen",
    );
    let found = links(&t);
    let of = |figure: &str| {
        found
            .iter()
            .find(|l| l.0 == 896 && l.1 == figure)
            .map(|l| (l.2.clone(), l.3))
    };
    assert_eq!(of("11"), Some(("0,11".to_string(), Exact)), "{found:?}");
    assert_eq!(of("65"), Some(("0,65".to_string(), Exact)), "{found:?}");
    // Two amounts in one clause name no cell.
    let t = seed().replace(
        "Eerder zijn er geen berekeningen",
        "In 2022 verdiende de wederuitvoer 11 cent per euro en de dienstenexport 61 cent. Eerder zijn er geen berekeningen",
    );
    assert!(links(&t).iter().all(|l| l.0 != 896));
}

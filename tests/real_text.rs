//! The slips of issue 15 that the text/ rules find, on the real documents
//! in `../shared/real/docs/`: every example the issue names there is found
//! by its rule, at its exact characters. Skipped, with a printed note,
//! where the folder is absent (the documents are not copied into this
//! repository). The examples the issue names that are in none of these
//! documents ("realiseren?Overweegt") are in the rules' fixtures.

mod common;
use common::{found_at as found, real_checked as real};

const NOTA: &str = "36450-6-nota-naar-aanleiding-van-het-verslag-instellingswet-atr.txt";

#[test]
fn received_twice_in_the_mededeling() {
    let Some(r) = real("ah-tk-20232024-1999-mededeling-juridische-analyse-hoofdlijnenakkoord.txt")
    else {
        return;
    };
    // "Koninkrijksrelaties) (ontvangen (ontvangen 7 juni 2024)."
    assert_eq!(
        found(&r, "text/doubled-word"),
        [(18, "(ontvangen".to_string())]
    );
    // The header family reads through it and says nothing of it.
    assert!(
        r.diagnostics
            .iter()
            .filter(|d| d.rule.starts_with("header/"))
            .all(|d| !r.document.slice(d.span).contains("ontvangen")),
        "{:?}",
        r.diagnostics
    );
}

#[test]
fn footnote_marker_glued_between_sentences() {
    let Some(r) = real("ah-tk-20232024-1481-zorg-ongedocumenteerden-caribisch-deel.txt") else {
        return;
    };
    // "... van de Landen gesproken.3Toekomstige samenwerking en ..."
    assert_eq!(found(&r, "text/glued-sentence"), [(88, ".3".to_string())]);
}

#[test]
fn full_stops_missing_in_the_nota() {
    let Some(r) = real(NOTA) else { return };
    // "... Economische\nZaken en Klimaat Omgekeerd was het niet altijd ..."
    // "toets moeilijk te operationaliseren is Zie ook het antwoord op vraag 71."
    assert_eq!(
        found(&r, "text/missing-full-stop"),
        [(1149, "Omgekeerd".to_string()), (1444, "Zie".to_string())]
    );
    // "opgenomen dat dat het adviescollege": "dat dat" is left alone.
    assert!(found(&r, "text/doubled-word").is_empty());
}

#[test]
fn letters_whose_line_breaks_were_lost() {
    let Some(r) = real("ar-2017-06-08-vo-2016-min-ocw.txt") else {
        return;
    };
    // "daadwerkelijk krijgen.”     De de memorie van toelichting"
    assert_eq!(found(&r, "text/doubled-word"), [(1, "de".to_string())]);
    let Some(r) = real("ar-2012-06-11-rbj-2011-van-min-financien.txt") else {
        return;
    };
    // "... van de informatie. De [footnote 1:] De vraag is hier exact
    // weergegeven ...": a page ended on "De", its footnote starts with it.
    assert!(found(&r, "text/doubled-word").is_empty());
    let Some(r) = real("ar-2015-02-26-belastingontwijking.txt") else {
        return;
    };
    // "die wij bij de Belastingdienst hebben onderzocht.Op basis van"
    assert_eq!(found(&r, "text/glued-sentence"), [(1, ".".to_string())]);
}

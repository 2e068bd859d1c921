//! The names/ rules on real documents: the issue's example ("Teunissen
//! (PvdA)" in questions sent in on 4 April 2024) is found; the Rekenkamer's
//! letters, which name the ministries of their own day ("Ministerie van
//! VenJ" in 2013, "IenM" in 2018 about 2017), stay silent; and names put
//! into real documents are found where they are wrong on the document's
//! own date and not where they are right. Read from `../shared/real/docs/`;
//! skipped (with a printed note) where that folder is absent.

mod common;

use std::path::PathBuf;

use common::replace_on_line;

fn dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: ../shared/real/docs not found (the real documents are not in this repository)");
        None
    }
}

fn real(name: &str) -> Option<String> {
    let path = dir()?.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!("skipped: ../shared/real/docs/{name} not found");
            None
        }
    }
}

/// (rule, line, message) of the names/ findings of `text`.
fn names(text: &str) -> Vec<(String, usize, String)> {
    let r = kamerlint::check_bytes("real.txt", text.as_bytes());
    r.diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("names/"))
        .map(|d| {
            (
                d.rule.to_string(),
                r.document.line_col(d.span.start).line,
                d.message.clone(),
            )
        })
        .collect()
}

/// (rule, line) of the names/ findings `changed` has and `original` has not.
fn added(original: &str, changed: &str) -> Vec<(String, usize)> {
    common::added_findings(original, changed, |rule| rule.starts_with("names/"))
}

const BAGGER: &str = "ah-tk-20232024-1786-exportkredietverzekeringen-baggersector.txt";
const QUANTUM: &str = "ah-tk-20232024-1178-quantumproof-encryptie.txt";
const LONGCOVID: &str = "ah-tk-20232024-2313-longcovid-wia.txt";
const JEMEN: &str = "ah-tk-20232024-2129-ontwikkelingen-jemen.txt";
const BZK_2025: &str = "ar-2025-06-10-vo-2024-min-binnenlandse-zaken-en-koninkrijksrelaties-2.txt";

#[test]
fn teunissen_pvda_in_questions_of_april_2024_is_found() {
    let Some(t) = real(BAGGER) else { return };
    let found = names(&t);
    assert_eq!(found.len(), 1, "{found:?}");
    let (rule, line, message) = &found[0];
    assert_eq!((rule.as_str(), *line), ("names/fractie-period", 13));
    assert!(
        message.contains("PvdA") && message.contains("4 april 2024"),
        "{message}"
    );
}

#[test]
fn letters_that_name_the_ministries_of_their_own_day_stay_silent() {
    let Some(dir) = dir() else { return };
    let mut letters = 0;
    let mut wrong = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("readable") {
        let path = entry.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !name.starts_with("ar-") {
            continue;
        }
        letters += 1;
        let text = std::fs::read_to_string(&path).expect("text");
        for (rule, line, message) in names(&text) {
            if rule == "names/ministry-period" || rule == "names/fractie-period" {
                wrong.push(format!("{name}:{line}: {message}"));
            }
        }
    }
    assert!(letters >= 60, "only {letters} letters");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_renamed_ministry_is_found_on_the_date_of_the_questions_and_of_the_answers() {
    let Some(t) = real(QUANTUM) else { return };
    assert!(names(&t).is_empty(), "{:?}", names(&t));
    // The header's questions were sent in on 16 January 2024 ...
    let header = replace_on_line(&t, 14, "Justitie en Veiligheid", "Veiligheid en Justitie");
    assert_eq!(
        added(&t, &header),
        [("names/ministry-period".to_string(), 14)]
    );
    // ... the answer received on 7 March 2024.
    let answer = replace_on_line(&t, 119, "Justitie en Veiligheid", "Veiligheid en Justitie");
    assert_eq!(
        added(&t, &answer),
        [("names/ministry-period".to_string(), 119)]
    );
}

#[test]
fn van_and_voor_mixed_up_in_a_real_header_and_letter() {
    let Some(t) = real(BAGGER) else { return };
    let van = replace_on_line(
        &t,
        14,
        "Minister voor Buitenlandse",
        "Minister van Buitenlandse",
    );
    assert_eq!(added(&t, &van), [("names/van-voor".to_string(), 14)]);
    let Some(letter) = real(BZK_2025) else { return };
    // Volkshuisvesting en Ruimtelijke Ordening is a ministry since
    // 2 July 2024: in June 2025 its minister is "van".
    let voor = replace_on_line(
        &letter,
        1,
        "naar de minister van VRO",
        "naar de minister voor VRO",
    );
    assert_eq!(added(&letter, &voor), [("names/van-voor".to_string(), 1)]);
}

#[test]
fn a_portfolio_that_shares_the_van_of_a_list_is_found_and_fixed_with_its_voor() {
    let Some(t) = real(JEMEN) else { return };
    // "aan de Ministers van Buitenlandse Zaken en voor Buitenlandse Handel
    // en Ontwikkelingssamenwerking": without its "voor", the portfolio
    // takes the list's "van".
    let shared = replace_on_line(&t, 14, "en voor Buitenlandse", "en Buitenlandse");
    assert_eq!(added(&t, &shared), [("names/van-voor".to_string(), 14)]);
    let r = kamerlint::check_bytes("real.txt", shared.as_bytes());
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "names/van-voor")
        .expect("found");
    let fix = d.fix.as_ref().expect("a fix");
    assert!(fix.span.is_empty(), "{fix:?}");
    assert_eq!(fix.replacement, "voor ");
    assert!(shared[fix.span.start..].starts_with("Buitenlandse Handel"));
}

#[test]
fn a_fractie_is_held_to_the_new_kamer_two_weeks_after_its_installation() {
    let Some(t) = real(BAGGER) else { return };
    // The Kamer of 6 December 2023: questions of 2 January 2024 that name
    // a "PvdA" member are wrong; questions of 12 December 2023 are in the
    // days a header may have been set before the installation.
    let january = replace_on_line(&t, 16, "4 april 2024", "2 januari 2024");
    let december = replace_on_line(&t, 16, "4 april 2024", "12 december 2023");
    let keep = |s: &str| s.starts_with("names/fractie-period");
    assert_eq!(common::added_findings("", &january, keep).len(), 1);
    assert_eq!(common::added_findings("", &december, keep), []);
}

#[test]
fn the_weeks_after_a_new_cabinet_are_left_alone_but_not_an_old_renaming() {
    let Some(t) = real(LONGCOVID) else { return };
    // Received 22 August 2024, seven weeks after the cabinet-Schoof: the
    // old portfolio's name is not held against it ...
    let recent = replace_on_line(
        &t,
        26,
        "Ja.",
        "Ja. De Minister voor Klimaat en Energie is daarbij betrokken.",
    );
    assert_eq!(added(&t, &recent), []);
    // ... a name of before 2017 is.
    let old = replace_on_line(
        &t,
        26,
        "Ja.",
        "Ja. Het Ministerie van Veiligheid en Justitie is daarbij betrokken.",
    );
    assert_eq!(added(&t, &old), [("names/ministry-period".to_string(), 26)]);
}

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
        common::skipped(
            "../shared/real/docs not found (the real documents are not in this repository)",
        );
        None
    }
}

fn real(name: &str) -> Option<String> {
    let path = dir()?.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            common::skipped(&format!("../shared/real/docs/{name} not found"));
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
    let mut found = names(&t);
    // (The document's "Both Ends" is names/spelling-variant's, below.)
    found.retain(|(rule, ..)| rule != "names/spelling-variant");
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

/// The names/spelling-variant findings of `text`: (line, column,
/// severity, message, related lines).
fn variants(text: &str) -> Vec<(usize, usize, String, String, Vec<usize>)> {
    let r = kamerlint::check_bytes("real.txt", text.as_bytes());
    r.diagnostics
        .iter()
        .filter(|d| d.rule == "names/spelling-variant")
        .map(|d| {
            let lc = r.document.line_col(d.span.start);
            let related = d
                .related
                .iter()
                .map(|x| r.document.line_col(x.span.start).line)
                .collect();
            (
                lc.line,
                lc.column,
                d.severity.to_string(),
                d.message.clone(),
                related,
            )
        })
        .collect()
}

const CURACAO: &str = "ah-tk-20232024-1481-zorg-ongedocumenteerden-caribisch-deel.txt";

#[test]
fn the_issues_names_written_two_ways_are_found_as_infos() {
    // Each time the rarer spelling stands in the member's question and
    // the other in the answers: an info, at the question's spelling, with
    // the first use of the answers' spelling as a related place.
    for (file, line, column, message, related) in [
        (
            CURACAO,
            30,
            27,
            "“Sala pa Tur” (1×), “Salu pa Tur” (1×)",
            vec![37],
        ),
        (
            BAGGER,
            22,
            23,
            "“Both Ends” (1×), “Both ENDS” (2×)",
            vec![204],
        ),
        (
            JEMEN,
            119,
            18,
            "“Saudi-Arabië” (1×), “Saoedi-Arabië” (1×)",
            vec![124],
        ),
    ] {
        let Some(t) = real(file) else { return };
        let found = variants(&t);
        assert_eq!(found.len(), 1, "{file}: {found:?}");
        let (l, c, severity, m, r) = &found[0];
        assert_eq!(
            (*l, *c, severity.as_str()),
            (line, column, "info"),
            "{file}"
        );
        assert!(m.ends_with(message), "{file}: {m}");
        assert_eq!(r, &related, "{file}");
    }
}

#[test]
fn a_name_written_two_ways_in_the_answers_is_a_warning() {
    // The answer of 2129 takes the question's spelling of Saudi-Arabië
    // for one of its uses: now the answers themselves disagree.
    let Some(t) = real(JEMEN) else { return };
    let changed = replace_on_line(&t, 124, "Saoedi-Arabië", "Saoedi-Arabië en Saudi-Arabië");
    let found = variants(&changed);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "warning", "{found:?}");
}

#[test]
fn the_real_documents_name_nothing_else_two_ways() {
    // Every finding on the real documents is judged in
    // tests/real/expectations.toml; here: the letters with a scan's
    // misreadings ("Rekenkarner", "Detensie") and the addresses in
    // capitals ("DEN HAAG") stay silent.
    let Some(dir) = dir() else { return };
    for name in [
        "ar-2013-04-17-bezuinigingen-op-uitvoeringsorganisaties.txt",
        "ar-2013-02-01-kamerbrief-vastgoedplan-defensie.txt",
        "ar-2023-06-06-vo-2022-min-szw.txt",
        "ar-2014-05-26-bestrijden-witwassen-stand-van-zaken-2013.txt",
        "ah-tk-20232024-1178-quantumproof-encryptie.txt",
    ] {
        let Ok(t) = std::fs::read_to_string(dir.join(name)) else {
            common::skipped(&format!("../shared/real/docs/{name} not found"));
            continue;
        };
        assert_eq!(variants(&t), [], "{name}");
    }
}

#[test]
fn many_names_are_compared_in_linear_time() {
    // 12,000 names (9,000 distinct), most one letter from another, in one
    // answer list: each name is looked up in a few dozen buckets, never
    // compared with every other name (the whole check, all rules, in the
    // unoptimised test build).
    let mut text = String::new();
    let mut n = 0u32;
    for q in 1..=600 {
        text.push_str(&format!("{q} Wat doet de minister?\nDe minister sprak met"));
        for _ in 0..20 {
            let a = (b'a' + (n % 26) as u8) as char;
            let b = (b'a' + (n / 26 % 26) as u8) as char;
            let c = (b'a' + (n / 676 % 13) as u8) as char;
            text.push_str(&format!(" Stichting{a}{b}{c}xyz"));
            n += 1;
        }
        text.push_str(" over de zorg.\n\n");
    }
    let start = std::time::Instant::now();
    let r = kamerlint::check_bytes("many.txt", text.as_bytes());
    let took = start.elapsed();
    assert!(
        took < std::time::Duration::from_secs(20),
        "{took:?} for {} bytes",
        text.len()
    );
    assert!(r
        .diagnostics
        .iter()
        .all(|d| d.rule != "structure/time-budget"));
}

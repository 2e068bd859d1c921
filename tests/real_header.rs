//! The header of answers to Kamervragen (`header/` rules) on the real
//! Aanhangsels in `../shared/real/docs/`: every header is read in full,
//! and every slip issue 15 names in them is found by its rule, at its
//! exact characters. Skipped, with a printed note, where the folder is
//! absent (the documents are not copied into this repository).

mod common;
use common::{found_at as found, real_checked as real};

use std::path::PathBuf;

use kamerlint::rules::header::{flat, Header};
use kamerlint::Document;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/real/docs")
}

#[test]
fn every_real_header_is_read_in_full() {
    let Ok(entries) = std::fs::read_dir(dir()) else {
        common::skipped(
            "../shared/real/docs not found (the real documents are not in this repository)",
        );
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("ah-tk-"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 11, "{names:?}");
    for name in names {
        let bytes = std::fs::read(dir().join(&name)).unwrap();
        let doc: Document = kamerlint::read_bytes(&name, &bytes);
        let h = Header::of(&doc).unwrap_or_else(|| panic!("{name}: no header"));
        let q = h
            .questions
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no questions"));
        let m = q
            .members
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no members"));
        assert!(!m.names.is_empty(), "{name}");
        assert!(
            m.names.iter().all(|n| n.party.is_some()),
            "{name}: a member without party"
        );
        assert!(!q.addressees.is_empty(), "{name}: no addressee");
        assert!(q.subject.is_some(), "{name}: no subject");
        let sent = q.sent.and_then(|s| s.date);
        let a = h
            .answer
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no answer"));
        assert!(!a.offices.is_empty(), "{name}: nobody answers");
        let received = a.received.and_then(|r| r.date);
        match (sent, received) {
            (Some(s), Some(r)) => assert!(s <= r, "{name}: {s} after {r}"),
            _ => panic!("{name}: a date not read: {sent:?} {received:?}"),
        }
    }
}

#[test]
fn the_issues_examples_are_found() {
    let cases = [
        (
            "ah-tk-20232024-1984-hoge-raad-gratis-lunch.txt",
            "header/member-agreement",
            (13, "het lid"),
        ),
        (
            "ah-tk-20232024-1999-mededeling-juridische-analyse-hoofdlijnenakkoord.txt",
            "header/name-list",
            (32, ","),
        ),
        (
            "ah-tk-20232024-2313-longcovid-wia.txt",
            "header/space-before-bracket",
            (13, "n("),
        ),
        (
            "ah-tk-20232024-2129-ontwikkelingen-jemen.txt",
            "header/minister-list",
            (17, "van"),
        ),
        (
            "ah-tk-20232024-1178-quantumproof-encryptie.txt",
            "header/aanhangsel-number",
            (18, "1028"),
        ),
    ];
    for (name, rule, (line, text)) in cases {
        let Some(result) = real(name) else { return };
        assert_eq!(
            found(&result, rule),
            [(line, text.to_string())],
            "{name}: {rule}"
        );
    }
}

/// "Sneller, Chakor, Van Nispen" is in the notice of the Mededeling; the
/// header itself lists the three with their "en".
#[test]
fn the_name_list_is_the_notices() {
    let Some(result) =
        real("ah-tk-20232024-1999-mededeling-juridische-analyse-hoofdlijnenakkoord.txt")
    else {
        return;
    };
    let doc = &result.document;
    let h = Header::of(doc).unwrap();
    let notice = h.notice_members.as_ref().unwrap();
    assert_eq!(flat(doc, notice.span), "Sneller, Chakor, Van Nispen");
    let header = h.questions.as_ref().unwrap().members.as_ref().unwrap();
    assert_eq!(
        flat(doc, header.span),
        "Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP)"
    );
}

/// "(ontvangen (ontvangen 7 juni 2024)" is a doubled word (the general
/// doubled-word rule's to report); the header is read through it, its
/// date is the date, and no header rule trips over it.
#[test]
fn the_doubled_word_does_not_hide_the_received_date() {
    let Some(result) =
        real("ah-tk-20232024-1999-mededeling-juridische-analyse-hoofdlijnenakkoord.txt")
    else {
        return;
    };
    let doc = &result.document;
    let h = Header::of(doc).unwrap();
    let received = h.answer.unwrap().received.unwrap();
    assert_eq!(doc.line_col(received.span.start).line, 18);
    assert_eq!(received.date.unwrap().to_string(), "7 juni 2024");
    let header_findings: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule.starts_with("header/") && d.rule != "header/name-list")
        .collect();
    assert!(header_findings.is_empty(), "{header_findings:?}");
}

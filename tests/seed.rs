//! The real answer list (Kamerstuk 36180-164) read and checked end to end.

use kamerlint::document::MarkerKind;

const SEED: &str = "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt";

fn seed() -> kamerlint::FileResult {
    let bytes = std::fs::read(SEED).expect("the seed is in the repository");
    kamerlint::check_bytes(SEED, &bytes)
}

#[test]
fn reads_all_148_questions_in_order() {
    let r = seed();
    let doc = &r.document;
    let numbers: Vec<u32> = doc.entries.iter().flat_map(|e| e.numbers.clone()).collect();
    assert_eq!(numbers, (1..=148).collect::<Vec<_>>());
    let first = doc.question_text(&doc.entries[0]).text;
    assert!(
        first.starts_with("Kan worden aangegeven of er goud en/of gom afkomstig uit Sudan"),
        "{first}"
    );
    assert!(first.ends_with("wordt geïmporteerd?"), "{first}");
    let last = doc.entries.last().expect("entries");
    let q = doc.question_text(last).text;
    assert!(
        q.starts_with("Hoe wordt geborgd dat de inzet van het DRIVE-instrumentarium"),
        "{q}"
    );
    let a = doc.answer_text(last).text;
    assert!(
        a.starts_with("Hoewel DRIVE primair een ontwikkelingsdoelstelling beoogt"),
        "{a}"
    );
    assert!(a.ends_with("antwoord op vraag 143."), "{a}");
    // Every answer is non-empty and no answer text is a page header.
    for e in &doc.entries {
        let a = doc.answer_text(e).text;
        assert!(
            !a.trim().is_empty(),
            "question {:?} has an empty answer",
            e.numbers
        );
        assert!(
            !a.contains("Totaallijst feitelijke vragen"),
            "header inside answer {:?}",
            e.numbers
        );
    }
}

#[test]
fn questions_that_span_pages_and_footnote_blocks_are_whole() {
    let r = seed();
    let doc = &r.document;
    let q = |n: u32| {
        let (_, e) = doc.entries_numbered(n).next().expect("entry");
        (doc.question_text(e).text, doc.answer_text(e).text)
    };
    // Question 50 is interrupted by a block of footnote definitions.
    let (q50, a50) = q(50);
    assert!(
        q50.ends_with("Wordt dat instrumentarium afgebouwd?"),
        "{q50}"
    );
    assert!(
        a50.starts_with("De keuze voor weerbaarheid en welvaart"),
        "{a50}"
    );
    // Question 62 has a page reference glued to its first line.
    let (_, e62) = doc.entries_numbered(62).next().expect("entry");
    assert_eq!(e62.page_refs.len(), 1);
    assert_eq!(e62.page_refs[0].values, vec![7]);
    assert!(q(62)
        .0
        .contains("betrokken raken bij mensenrechtenschendingen in Saudi-Arabië?"));
    // Question 127 has several question sentences.
    assert!(q(127).0.ends_with("niet uit?"));
    // Footnote definitions are not answer text.
    assert!(!q(3).1.contains("UN Comtrade"));
    assert!(q(3)
        .1
        .contains("Israël inzake wederzijdse administratieve bijstand"));
}

#[test]
fn finds_all_66_markers_including_glued_to_years_and_detached() {
    let r = seed();
    let doc = &r.document;
    let numbers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
    assert_eq!(numbers, (1..=66).collect::<Vec<_>>());
    let kind = |n: u32| doc.markers.iter().find(|m| m.number == n).map(|m| m.kind);
    assert_eq!(kind(22), Some(MarkerKind::AfterYear)); // "15 mei 202522"
    assert_eq!(kind(50), Some(MarkerKind::AfterYear)); // "juli 202350"
    assert_eq!(kind(42), Some(MarkerKind::Detached)); // "aan de orde. 42 Wel"
    assert_eq!(kind(24), Some(MarkerKind::Glued)); // "7 april 2025.24"
    let m22 = doc
        .markers
        .iter()
        .find(|m| m.number == 22)
        .expect("marker 22");
    assert_eq!(doc.slice(m22.span), "22");
    assert_eq!(doc.line_col(m22.span.start).line, 1058);
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
}

#[test]
fn reads_every_definition_present_in_the_text() {
    let r = seed();
    let doc = &r.document;
    let numbers: Vec<u32> = doc.definitions.iter().map(|d| d.number).collect();
    let mut expected: Vec<u32> = (1..=28).collect();
    expected.extend([30, 35, 39, 40, 43, 44, 46, 47, 63, 64, 65, 66]);
    assert_eq!(numbers, expected);
    // A URL broken over two lines is joined.
    let d27 = doc
        .definitions
        .iter()
        .find(|d| d.number == 27)
        .expect("def 27");
    assert!(d27.urls[0]
        .value
        .ends_with("promote-responsible-business-conduct_25ba114b-en.html"));
    assert_eq!(
        doc.meta.dossier.as_ref().map(|d| d.value.as_str()),
        Some("36180-164")
    );
    assert!(doc
        .meta
        .committee
        .as_ref()
        .is_some_and(|c| c.value.contains("Buitenlandse Handel en Ontwikkelingshulp")));
}

#[test]
fn reports_exactly_the_missing_definitions_and_no_false_structure_or_xref_finding() {
    // The messages are compared in English.
    let r = kamerlint::lang::scoped(kamerlint::lang::Lang::En, seed);
    let undefined: Vec<u32> = r
        .diagnostics
        .iter()
        .filter(|d| d.rule == "footnote/undefined")
        .map(|d| r.document.slice(d.span).parse().expect("marker digits"))
        .collect();
    let mut expected = vec![29, 31, 32, 33, 34, 36, 37, 38, 41, 42, 45];
    expected.extend(48..=62);
    assert_eq!(undefined, expected);
    // Only the structure, xref and footnote families: the other families
    // (figures, citations, spelling, ...) have their own seed tests.
    let others: Vec<String> = r
        .diagnostics
        .iter()
        .filter(|d| {
            ["structure/", "xref/", "footnote/"]
                .iter()
                .any(|c| d.rule.starts_with(c))
        })
        .filter(|d| d.rule != "footnote/undefined")
        .map(|d| format!("{} {}", d.rule, d.message))
        .collect();
    assert_eq!(
        others,
        vec![
            "footnote/duplicate-url footnote 5 gives the same URL 8 times: https://verdragenbank.overheid.nl/",
            "footnote/detached-marker footnote marker 42 stands apart from the text it belongs to",
        ]
    );
}

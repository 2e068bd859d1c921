//! Word (.docx) and official XML read into the same model as text: the
//! same defects give the same rules in every format, the seed gives the
//! same findings from text, .docx and XML, locations name paragraphs and
//! table cells, and hostile archives and XML are refused safely.
//!
//! The fixtures are made by `scripts/make-fixtures.py` (see its header);
//! `tests/fixtures/xml/vraag-antwoord.xml` is written by hand.

mod common;

use std::collections::BTreeMap;
use std::process::Command;

use kamerlint::document::detect::{detect, Detected};
use kamerlint::document::Format;
use serde_json::Value;

use common::zip;

const SEED: &str = "corpus/36180-164-beleidsagenda-buitenlandse-handel.txt";
const FORMATS: &[(&str, &str)] = &[("txt", "txt"), ("docx", "docx"), ("xml", "xml")];

fn check(path: &str) -> kamerlint::FileResult {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    kamerlint::try_check_bytes(path, &bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn rules(path: &str) -> Vec<String> {
    let mut out: Vec<String> = check(path)
        .diagnostics
        .iter()
        .map(|d| d.rule.to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn the_same_defect_gives_the_same_rules_in_every_format() {
    let expected: BTreeMap<String, Vec<String>> = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/txt/defects/expected.json")
            .expect("expected.json"),
    )
    .expect("valid JSON");
    assert!(expected.len() >= 10, "{expected:?}");
    let mut failures = Vec::new();
    for (name, want) in &expected {
        for (dir, ext) in FORMATS {
            let path = format!("tests/fixtures/{dir}/defects/{name}.{ext}");
            let got = rules(&path);
            if &got != want {
                failures.push(format!("{path}: {got:?}, expected {want:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// (rule, message) of a finding → the questions it is in, and whether one
/// of them is in a footnote text.
type Findings = BTreeMap<(String, String), (Vec<Option<u32>>, bool)>;

/// Every finding of a file, grouped as [`Findings`].
fn findings(path: &str) -> Findings {
    let r = check(path);
    let mut out: Findings = BTreeMap::new();
    for d in &r.diagnostics {
        let in_note = r
            .document
            .location_at(d.span.start)
            .is_some_and(|l| l.starts_with("voetnoot"));
        let entry = out
            .entry((d.rule.to_string(), d.message.clone()))
            .or_default();
        entry.0.push(d.question);
        entry.1 |= in_note;
    }
    for v in out.values_mut() {
        v.0.sort();
    }
    out
}

/// The .docx and the XML made from the seed have no page furniture and
/// their footnotes are real; everything the seed's text shows, they show
/// with the same message, as often, and in the same question. One
/// difference is the PDF's: a footnote text printed at the bottom of a
/// page belongs, in the text, to the question that runs there; in Word and
/// XML it belongs to the question of its marker.
#[test]
fn the_seed_gives_the_same_findings_as_text_docx_and_xml() {
    let text = findings(SEED);
    assert!(text.len() > 20, "{text:?}");
    for path in [
        "tests/fixtures/docx/seed.docx",
        "tests/fixtures/xml/seed.xml",
    ] {
        let other = findings(path);
        let mut differences = Vec::new();
        for key in text.keys().chain(other.keys()) {
            let (a, b) = (text.get(key), other.get(key));
            match (a, b) {
                (Some((qa, _)), Some((qb, in_note))) => {
                    if qa.len() != qb.len() || (!in_note && qa != qb) {
                        differences.push(format!("{key:?}: text {qa:?}, {path} {qb:?}"));
                    }
                }
                _ => differences.push(format!("{key:?}: text {a:?}, {path} {b:?}")),
            }
        }
        differences.dedup();
        assert!(differences.is_empty(), "{differences:#?}");
    }
}

#[test]
fn the_seed_docx_is_read_like_the_text() {
    let text = check(SEED);
    let docx = check("tests/fixtures/docx/seed.docx");
    let doc = &docx.document;
    assert_eq!(doc.format, Format::Docx);
    let numbers = |d: &kamerlint::Document| -> Vec<u32> {
        d.entries.iter().flat_map(|e| e.numbers.clone()).collect()
    };
    assert_eq!(numbers(doc), (1..=148).collect::<Vec<_>>());
    assert_eq!(doc.markers.len(), text.document.markers.len());
    assert_eq!(doc.definitions.len(), text.document.definitions.len());
    assert!(doc.furniture.is_empty(), "{:?}", doc.furniture);
    assert_eq!(doc.tables.len(), text.document.tables.len());
    // The list numbers come from numbering.xml through the paragraph style.
    let first = doc.question_text(&doc.entries[0]).text;
    assert!(
        first.starts_with("Kan worden aangegeven of er goud"),
        "{first}"
    );
    assert_eq!(doc.slice(doc.entries[0].number_span), "1");
    // One paragraph per line: question 1 is one line.
    let q = doc.line_col(doc.entries[0].span.start).line;
    assert_eq!(doc.line_col(doc.entries[0].question[0].end).line, q);
}

#[test]
fn docx_tables_footnotes_and_locations() {
    let r = check("tests/fixtures/docx/seed-part.docx");
    let doc = &r.document;
    assert_eq!(doc.entries.len(), 15);
    // The table of question 14 is a w:tbl with a header row.
    let t = doc.tables.first().expect("a table");
    assert_eq!(t.entry.map(|e| doc.entries[e].first_number()), Some(14));
    assert_eq!(t.header.len(), 1);
    assert_eq!(t.rows.len(), 5);
    let total = t.rows.last().expect("rows");
    assert_eq!(
        total.label.as_ref().map(|c| c.text.as_str()),
        Some("Totaal")
    );
    assert_eq!(total.cells[1].text, "234,1");
    assert_eq!(doc.slice(total.cells[1].span), "234,1");
    assert_eq!(
        doc.location_at(total.cells[1].span.start),
        Some("vraag 14, tabel 1, rij 6, kolom 3")
    );
    // Real footnotes: markers glued where the reference is, texts collected
    // after the body and named by their number.
    let m = &doc.markers[0];
    assert_eq!((m.number, doc.slice(m.span)), (1, "1"));
    let d = &doc.definitions[0];
    assert!(doc.slice(d.span).starts_with("1 UN Comtrade. HS code 1301"));
    assert_eq!(doc.location_at(d.span.start), Some("voetnoot 1"));
    // A definition belongs to the question of its marker.
    let dup = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "footnote/duplicate-url")
        .expect("footnote 5 repeats its URL");
    assert_eq!(
        dup.question,
        Some(3),
        "the question of marker 5, not of the page bottom"
    );
    assert_eq!(doc.location_at(dup.span.start), Some("voetnoot 5"));
    // Paragraph locations.
    let e = &doc.entries[0];
    assert_eq!(doc.location_at(e.number_span.start), Some("vraag 1"));
    assert_eq!(
        doc.location_at(e.answer[0].start),
        Some("vraag 1, antwoord")
    );
}

#[test]
fn official_xml_vraag_antwoord_tables_and_footnote_defects() {
    // The messages are compared in English.
    let r = kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        check("tests/fixtures/xml/vraag-antwoord.xml")
    });
    let doc = &r.document;
    assert_eq!(doc.format, Format::Xml);
    let numbers: Vec<u32> = doc.entries.iter().flat_map(|e| e.numbers.clone()).collect();
    assert_eq!(numbers, [1, 2, 3]);
    assert_eq!(
        doc.meta.dossier.as_ref().map(|d| d.value.as_str()),
        Some("36180-170")
    );
    assert_eq!(
        doc.meta.title.as_ref().map(|d| d.value.as_str()),
        Some("LIJST VAN VRAGEN EN ANTWOORDEN")
    );
    // CALS: two header rows, a cell spanning two columns, one two rows.
    let t = doc.tables.first().expect("a table");
    assert_eq!(
        t.caption.as_ref().map(|c| c.text.as_str()),
        Some("Invoer en uitvoer per land")
    );
    assert_eq!(t.header.len(), 2);
    assert_eq!(t.header[0].len(), 3);
    assert_eq!(t.rows.len(), 3);
    assert_eq!(t.rows[1].label.as_ref().map(|c| c.text.as_str()), Some(""));
    assert_eq!(t.rows[1].cells[0].text, "9,0");
    // The extref target is the URL of footnote 1.
    assert_eq!(
        doc.definitions[0].urls[0].value,
        "https://comtradeplus.un.org/"
    );
    // A repeat reference (nootref) is no new marker; the defects are found.
    let mut got: Vec<(&str, &str)> = r
        .diagnostics
        .iter()
        .map(|d| (d.rule, d.message.as_str()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            (
                "footnote/duplicate-definition",
                "footnote 3 is defined twice"
            ),
            (
                "footnote/out-of-order",
                "a footnote without a number (noot without noot.nr); read as footnote 4"
            ),
            ("footnote/out-of-order", "footnote 3 follows footnote 3"),
            (
                "footnote/undefined",
                "footnote reference (nootref refid=\"n9\") points to no footnote"
            ),
        ]
    );
}

#[test]
fn formats_are_detected_by_content() {
    for (path, want) in [
        (SEED, Detected::Text),
        ("tests/fixtures/docx/seed-part.docx", Detected::Zip),
        ("tests/fixtures/xml/vraag-antwoord.xml", Detected::Xml),
    ] {
        let bytes = std::fs::read(path).expect("fixture");
        assert_eq!(detect(&bytes), want, "{path}");
    }
    // Whatever the name says.
    let bytes = std::fs::read("tests/fixtures/docx/seed-part.docx").expect("fixture");
    let r = kamerlint::try_check_bytes("draft.txt", &bytes).expect("read as docx");
    assert_eq!(r.document.format, Format::Docx);
    let err = kamerlint::try_check_bytes("x.txt", b"%PDF-1.7\n").expect_err("a PDF");
    assert!(err.to_string().contains("pdftotext"), "{err}");
    let err = kamerlint::try_check_bytes("x.docx", b"PK\x03\x04garbage").expect_err("broken zip");
    assert!(err.to_string().contains("zip"), "{err}");
}

#[test]
fn zip_bombs_and_archives_of_many_entries_are_refused() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        // 70 MiB of spaces in word/document.xml compress to a few hundred KiB.
        let big = vec![b' '; 70 << 20];
        let bomb = zip(
            &[("word/document.xml", &big)],
            zip::CompressionMethod::Deflated,
        );
        assert!(bomb.len() < 1 << 20, "{}", bomb.len());
        let err = kamerlint::try_check_bytes("bomb.docx", &bomb).expect_err("refused");
        assert!(err.to_string().contains("zip bomb"), "{err}");

        let names: Vec<String> = (0..10_001).map(|i| format!("f{i}")).collect();
        let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
        let many = zip(&entries, zip::CompressionMethod::Stored);
        let err = kamerlint::try_check_bytes("many.docx", &many).expect_err("refused");
        assert!(err.to_string().contains("entries"), "{err}");

        let other = zip(&[("readme.txt", b"hello")], zip::CompressionMethod::Stored);
        let err = kamerlint::try_check_bytes("x.docx", &other).expect_err("not Word");
        assert!(err.to_string().contains("word/document.xml"), "{err}");
    })
}

#[test]
fn xml_entities_are_not_fetched_and_expansion_is_bounded() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let head = "<?xml version=\"1.0\"?>\n";
        // An external entity is not fetched: the document is refused or the
        // entity stays empty, and no file content appears.
        let external = format!(
            "{head}<!DOCTYPE officiele-publicatie [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\
             <officiele-publicatie><al>1 Wat staat er? &x;</al><al>Niets.</al></officiele-publicatie>"
        );
        let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
        if let Ok(r) = kamerlint::try_check_bytes("x.xml", external.as_bytes()) {
            assert!(host.trim().is_empty() || !r.document.text.contains(host.trim()));
        }
        // Billion laughs.
        let mut dtd = String::from("<!ENTITY a0 \"lol\">");
        for i in 1..10 {
            let prev = format!("&a{};", i - 1);
            dtd.push_str(&format!("<!ENTITY a{i} \"{}\">", prev.repeat(10)));
        }
        let laughs = format!(
            "{head}<!DOCTYPE officiele-publicatie [{dtd}]><officiele-publicatie><al>&a9;</al></officiele-publicatie>"
        );
        let started = std::time::Instant::now();
        let r = kamerlint::try_check_bytes("x.xml", laughs.as_bytes());
        assert!(started.elapsed().as_secs() < 5);
        if let Ok(r) = r {
            assert!(r.document.text.len() < 1 << 20);
        }
        // Deep nesting.
        let deep = format!(
            "{head}<officiele-publicatie>{}{}</officiele-publicatie>",
            "<divisie>".repeat(5000),
            "</divisie>".repeat(5000)
        );
        let err = kamerlint::try_check_bytes("x.xml", deep.as_bytes()).expect_err("too deep");
        assert!(err.to_string().contains("nested"), "{err}");
        // Not an official publication.
        let err = kamerlint::try_check_bytes("x.xml", b"<?xml version=\"1.0\"?><html/>")
            .expect_err("other XML");
        assert!(err.to_string().contains("officiele-publicatie"), "{err}");
    })
}

fn kamerlint(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kamerlint"))
        .args(args)
        // The messages these tests read are the English ones.
        .env("KAMERLINT_LANG", "en")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

#[test]
fn json_names_the_location_in_a_docx_and_null_in_text() {
    let out = kamerlint(&[
        "check",
        "--format",
        "json",
        "--fail-on",
        "never",
        "tests/fixtures/docx/seed-part.docx",
        "tests/fixtures/txt/defects/undefined-footnote.txt",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diags = v["diagnostics"].as_array().expect("diagnostics");
    let docx: Vec<&Value> = diags
        .iter()
        .filter(|d| d["file"].as_str().is_some_and(|f| f.ends_with(".docx")))
        .collect();
    assert!(!docx.is_empty());
    for d in &docx {
        assert!(d["location"].is_string(), "{d}");
    }
    let url = docx
        .iter()
        .find(|d| d["rule"] == "footnote/duplicate-url")
        .expect("duplicate-url");
    // In English, as the run is (KAMERLINT_LANG=en); Dutch is Word's own
    // "voetnoot 5" (tests/languages.rs).
    assert_eq!(url["location"], "footnote 5");
    for d in diags
        .iter()
        .filter(|d| d["file"].as_str().is_some_and(|f| f.ends_with(".txt")))
    {
        assert!(d["location"].is_null(), "{d}");
    }
}

#[test]
fn directories_are_walked_for_docx_and_xml_and_a_pdf_is_explained() {
    let out = kamerlint(&["check", "--format", "compact", "tests/fixtures/xml/defects"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("unknown-question.xml:"), "{text}");
    let dir = std::env::temp_dir().join(format!("kamerlint-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let pdf = dir.join("lijst.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n").expect("write");
    let out = kamerlint(&["check", pdf.to_str().expect("utf-8 path")]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("this is a PDF") && err.contains("pdftotext"),
        "{err}"
    );
}

//! Any bytes in, a clear result out: no panic, no hang.

use std::time::{Duration, Instant};

fn check(bytes: &[u8]) -> kamerlint::FileResult {
    kamerlint::check_bytes("input.txt", bytes)
}

#[test]
fn empty_file_says_nothing_was_checked() {
    let r = check(b"");
    assert!(r.document.entries.is_empty());
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.rule == "structure/no-entries"));
}

#[test]
fn binary_file() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let r = check(&bytes);
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.rule == "format/invalid-encoding"));
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.rule == "structure/no-entries"));
}

#[test]
fn file_of_only_numbers() {
    let text: String = (1..2000).map(|i| format!("{i}\n{i} {}\n", i * 7)).collect();
    let r = check(text.as_bytes());
    assert!(r
        .diagnostics
        .iter()
        .any(|d| d.rule == "structure/no-entries"));
}

#[test]
fn crlf_and_cr_line_ends_keep_lines_and_columns() {
    let text = "1 Welke landen?\r\nZie vraag 9.\r\n\r\n2 Welke sectoren?\rJa.\r";
    let r = check(text.as_bytes());
    assert_eq!(r.document.entries.len(), 2);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "xref/missing-target")
        .expect("finding");
    let at = r.document.line_col(d.span.start);
    assert_eq!((at.line, at.column), (2, 11));
}

#[test]
fn bom_and_multibyte_text() {
    let text = "\u{feff}1 Kan worden aangegeven of er gom uit Soedan wordt geïmporteerd?\nJa, uit Soedan.1 Zie ‘vraag 7’.\n\n1 UN Comtrade.\n";
    let r = check(text.as_bytes());
    assert_eq!(r.document.entries.len(), 1);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.rule == "xref/missing-target")
        .expect("finding");
    let at = r.document.line_col(d.span.start);
    // Columns count characters: "Ja, uit Soedan.1 Zie ‘vraag " is 28 characters.
    assert_eq!((at.line, at.column), (2, 29));
}

#[test]
fn hundred_thousand_lines_in_reasonable_time() {
    let seed = std::fs::read_to_string("corpus/36180-164-beleidsagenda-buitenlandse-handel.txt")
        .expect("seed");
    let mut text = String::new();
    while text.lines().count() < 100_000 {
        text.push_str(&seed);
        text.push('\n');
    }
    let start = Instant::now();
    let r = check(text.as_bytes());
    // Copies restart their numbering, so later copies read as out-of-sequence
    // entries; this test is about time and panics, not about counts.
    assert!(r.document.entries.len() >= 148);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn pathological_lines_do_not_panic() {
    for input in [
        "1\n".repeat(5000),
        "Vraag 1\n".repeat(3000),
        "Antwoord op vraag 1:\n".repeat(3000),
        format!("1 {}?\n", "a".repeat(200_000)),
        "1 Vraag?\n1\n1 https://\n1 htps:\n".repeat(500),
        "\0\0\0 1 \u{feff}\u{200b}2\u{a0}3?\n".repeat(1000),
        "Nr Vraag Bijlage Blz. (van) t/m\n".to_string(),
        "Totaallijst\nweerbaar (36180-164) 5/102\n".repeat(100),
    ] {
        let _ = check(input.as_bytes());
    }
}

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
    // 9,999 numbered entries of ten lines (100,000 lines) with figures,
    // footnotes and cross-references: every entry is read, and the check
    // stays linear (a quadratic step would not finish within the bound).
    let mut text = String::from("Lijst van vragen en antwoorden\n\n");
    for n in 1..=9_999u32 {
        // Footnote numbers have at most three digits.
        let marker = if n <= 999 {
            n.to_string()
        } else {
            String::new()
        };
        text.push_str(&format!(
            "{n} Hoe groot was de wederuitvoer naar land {n} in 2023, en hoe\n\
             verhoudt zich dat tot de invoer?\n\
             In 2023 bedroeg de wederuitvoer naar dit land EUR {n},5 miljoen.\n\
             De invoer bedroeg EUR {n},2 miljoen, waarvan EUR 1,2 miljoen\n\
             aan goederen en EUR {n},0 miljoen aan diensten. Zie ook\n\
             het antwoord op vraag {}.{marker} Dit betreft\n\
             goederenstromen die de Nederlandse grens over komen.\n\
             \n\
             {}\n\
             \n",
            n.max(2) - 1,
            if marker.is_empty() {
                "Dit cijfer is voorlopig.".to_string()
            } else {
                format!("{marker} CBS, Internationaliseringsmonitor {n}.")
            }
        ));
    }
    text.push_str(&"Met vriendelijke groet,\n".repeat(10));
    assert!(text.lines().count() >= 100_000, "{}", text.lines().count());
    let start = Instant::now();
    let r = check(text.as_bytes());
    assert_eq!(r.document.entries.len(), 9_999);
    assert_eq!(r.document.markers.len(), 999);
    assert_eq!(r.document.definitions.len(), 999);
    assert!(
        start.elapsed() < Duration::from_secs(120),
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

mod common;

/// The seed with its line breaks removed (150 KB, one line), and a
/// 20 MB line, in the default human report: miette panicked on a label
/// beyond column 65,535 (exit 101, no output at all, in a directory run the
/// report of every other file lost too). Now each snippet shows a window of
/// the line.
#[test]
fn the_human_report_of_one_very_long_line() {
    let dir = common::workspace("robustness", "long-line");
    let one_line: String = common::seed_text().replace(['\n', '\r'], " ");
    common::write(&dir, "a-one-line.txt", &one_line);
    common::write(&dir, "b-seed.txt", common::seed_text());
    let mut huge = String::from("1 Welke landen?\n");
    huge.push_str(&"woord ".repeat(3_500_000));
    huge.push_str("XXX einde\n");
    common::write(&dir, "c-huge.txt", &huge);
    let started = Instant::now();
    let out = common::kamerlint(&dir, &["check", "."]);
    let stdout = common::stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    // The seed on one line is read as a text that lost its line breaks
    // (90 of its 148 questions: with single spaces for its line breaks a
    // question start is not always seen): findings
    // far into its one line, each shown in a window.
    assert!(
        stdout.contains("a-one-line.txt: "),
        "{}",
        &stdout[..2000.min(stdout.len())]
    );
    assert!(
        stdout
            .lines()
            .filter_map(|l| l.split("a-one-line.txt:1:").nth(1))
            .filter_map(|c| c.trim_end_matches(']').parse::<usize>().ok())
            .any(|column| column > 65_535),
        "{}",
        &stdout[..2000.min(stdout.len())]
    );
    assert!(
        stdout.contains("c-huge.txt:2:21000001]"),
        "{}",
        &stdout[stdout.len().saturating_sub(3000)..]
    );
    assert!(stdout.contains("b-seed.txt: 148 questions"));
    let longest = stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(
        longest < 1000,
        "a line of {longest} characters in the report"
    );
}

//! A document cannot command the terminal kamerlint prints to: escape
//! sequences in its text (ESC ] 0 ; ... BEL retitles a terminal, ESC [ 2 J
//! clears it) or in a file name are shown as control pictures (␛, ␇) in
//! every text report and on standard error, never sent raw.

mod common;

/// What the output may hold: text, line feeds and tabs. (No colour: the
/// tests run without a terminal and with NO_COLOR.)
fn assert_clean(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect();
    assert!(bad.is_empty(), "{what} sends {bad:?} raw:\n{text}");
}

#[test]
fn escape_sequences_in_a_document_are_shown_not_sent() {
    let dir = common::workspace("terminal", "escapes");
    let list = "Lijst van vragen en antwoorden\n\
                1 Kan de minister \u{1b}]0;gehackt\u{7}toelichten?\n\
                Zie het antwoord op vraag 99. XXX \u{1b}[2J\u{1b}[31m\u{9b}0m\r\n\
                2 Welke landen?\n\
                Geen.\n";
    common::write(&dir, "lijst\u{1b}[2J.txt", list);
    for format in ["human", "compact", "github"] {
        let out = common::kamerlint(&dir, &["check", ".", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
        let stdout = common::stdout(&out);
        assert_clean(format, &stdout);
        assert!(stdout.contains("lijst␛[2J.txt"), "{format}: {stdout}");
    }
    let human = common::stdout(&common::kamerlint(&dir, &["check", "."]));
    assert!(human.contains("XXX ␛[2J␛[31m\\u{9b}0m\n"), "{human}");
    assert!(
        human.contains("minister ␛]0;gehackt␇toelichten?"),
        "{human}"
    );

    let out = common::kamerlint(&dir, &["parse", "lijst\u{1b}[2J.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_clean("parse", &common::stdout(&out));
    assert!(common::stdout(&out).contains("␛]0;gehackt␇"));

    // An error naming the file.
    let out = common::kamerlint(&dir, &["check", "missing\u{1b}]0;x\u{7}.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_clean("standard error", &common::stderr(&out));
    assert!(
        common::stderr(&out).contains("missing␛]0;x␇.txt"),
        "{}",
        common::stderr(&out)
    );
}

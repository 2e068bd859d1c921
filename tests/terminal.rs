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

#[test]
fn machine_formats_escape_every_control_character() {
    // serde_json escapes C0 characters in strings, but would write DEL and
    // the C1 characters (U+009B is CSI to some terminals) as they are: a
    // JSON or SARIF report printed to a terminal must not carry them either.
    let dir = common::workspace("terminal", "machine");
    let list = "Lijst van vragen en antwoorden\n\
                1 Kan de minister \u{9b}2J\u{7f}toelichten?\n\
                Zie het antwoord op vraag 99 \u{9b}31m.\n\
                2 Welke landen?\n\
                Geen.\n";
    common::write(&dir, "lijst\u{9b}.txt", list);
    for args in [
        &["check", ".", "--format", "json"][..],
        &["check", ".", "--format", "sarif"],
        &["check", "lijst\u{9b}.txt", "--format", "json"],
        &["parse", "lijst\u{9b}.txt", "--format", "json"],
    ] {
        let out = common::kamerlint(&dir, args);
        let stdout = common::stdout(&out);
        assert_clean(&format!("{args:?}"), &stdout);
        let value: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
        if !args.contains(&"sarif") {
            // (SARIF quotes no text of this document: its file is a
            // percent-encoded URI.)
            assert!(stdout.contains("\\u009b"), "{args:?}: {stdout}");
            // The escapes decode to the document's own text.
            assert!(value.to_string().contains('\u{9b}'), "{args:?}");
        }
    }
}

#[test]
fn a_configuration_error_quotes_its_file_visibly() {
    let dir = common::workspace("terminal", "config");
    common::write(
        &dir,
        "kamerlint.toml",
        "[rules]\n\"\u{1b}]0;gehackt\u{7}\" = \"error\"\n",
    );
    common::write(&dir, "a.txt", "1 Vraag?\nAntwoord.\n");
    let out = common::kamerlint(&dir, &["check", "a.txt"]);
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    let stderr = common::stderr(&out);
    assert_clean("a configuration error", &stderr);
    assert!(stderr.contains("␛]0;gehackt␇"), "{stderr}");
}

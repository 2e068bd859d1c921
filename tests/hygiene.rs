//! Input hygiene: the byte-level forms answer lists arrive in (byte-order
//! marks, Windows line ends, NUL bytes, broken or legacy encodings,
//! typographic spaces and ligatures, zero-width characters, very long
//! lines) are read into the same document, with findings at the positions
//! an editor shows.

use kamerlint::document::figures::Notation;
use kamerlint::FileResult;

fn check(bytes: &[u8]) -> FileResult {
    kamerlint::check_bytes("input.txt", bytes)
}

/// Every finding as (rule, line, column, end line, end column).
fn positions(r: &FileResult) -> Vec<(&'static str, usize, usize, usize, usize)> {
    r.diagnostics
        .iter()
        .map(|d| {
            let start = r.document.line_col(d.span.start);
            let end = r.document.line_col(d.span.end);
            (d.rule, start.line, start.column, end.line, end.column)
        })
        .collect()
}

/// (line, column) of each finding of `rule`.
fn at(r: &FileResult, rule: &str) -> Vec<(usize, usize)> {
    r.diagnostics
        .iter()
        .filter(|d| d.rule == rule)
        .map(|d| {
            let p = r.document.line_col(d.span.start);
            (p.line, p.column)
        })
        .collect()
}

fn questions(r: &FileResult) -> Vec<String> {
    r.document
        .entries
        .iter()
        .map(|e| r.document.question_text(e).text)
        .collect()
}

fn answers(r: &FileResult) -> Vec<String> {
    r.document
        .entries
        .iter()
        .map(|e| r.document.answer_text(e).text)
        .collect()
}

fn message<'a>(r: &'a FileResult, rule: &str) -> &'a str {
    r.diagnostics
        .iter()
        .find(|d| d.rule == rule)
        .map(|d| d.message.as_str())
        .unwrap_or_else(|| panic!("no {rule} in {:?}", positions(r)))
}

const LIST: &str = "Lijst van vragen en antwoorden XXX\n\n\
1 Welke landen importeren goud uit Soedan?\n\
Duitsland en België; zie het antwoord op vraag 9.\n\n\
2 Hoeveel banen waren er in 2023?\n\
In 2023 waren er 1.709 banen.\n";

#[test]
fn utf8_with_and_without_byte_order_mark() {
    let plain = check(LIST.as_bytes());
    let with_bom = check(format!("\u{feff}{LIST}").as_bytes());
    // The mark is not text: it takes no column on the first line.
    assert_eq!(at(&plain, "placeholder/marker"), [(1, 32)]);
    assert_eq!(positions(&plain), positions(&with_bom));
    assert_eq!(questions(&plain), questions(&with_bom));
    assert_eq!(
        questions(&plain),
        [
            "Welke landen importeren goud uit Soedan?",
            "Hoeveel banen waren er in 2023?"
        ]
    );
    assert!(!with_bom.document.text.contains('\u{feff}'));
    assert!(!with_bom
        .diagnostics
        .iter()
        .any(|d| d.rule == "format/invalid-encoding"));
}

#[test]
fn crlf_and_cr_line_ends_keep_lines_and_columns() {
    let lf = check(LIST.as_bytes());
    let expected = positions(&lf);
    assert!(
        expected.contains(&("xref/missing-target", 4, 48, 4, 49)),
        "{expected:?}"
    );
    for ending in ["\r\n", "\r"] {
        let r = check(LIST.replace('\n', ending).as_bytes());
        assert_eq!(positions(&r), expected, "line end {ending:?}");
        assert_eq!(questions(&r), questions(&lf), "line end {ending:?}");
        assert_eq!(answers(&r), answers(&lf), "line end {ending:?}");
        assert!(answers(&r).iter().all(|a| !a.contains('\r')));
    }
    // Mixed in one file, as after copying between editors.
    let mixed: String = LIST
        .split_inclusive('\n')
        .enumerate()
        .map(|(i, line)| match i % 3 {
            0 => line.replace('\n', "\r\n"),
            1 => line.replace('\n', "\r"),
            _ => line.to_string(),
        })
        .collect();
    assert_eq!(positions(&check(mixed.as_bytes())), expected);
}

#[test]
fn nul_bytes_are_characters_and_utf16_is_decoded() {
    // A NUL byte in UTF-8 text is kept (one column), not a line end.
    let r = check(b"1 Welke\0 landen?\n\0Zie vraag 9.\n");
    assert_eq!(questions(&r), ["Welke\0 landen?"]);
    assert_eq!(at(&r, "xref/missing-target"), [(2, 12)]);

    // Text saved as "Unicode" (UTF-16, every other byte NUL), with or
    // without a byte-order mark, reads as the same list.
    let lf = check(LIST.as_bytes());
    let le: Vec<u8> = LIST.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = LIST.encode_utf16().flat_map(u16::to_be_bytes).collect();
    for (name, bytes) in [
        ("UTF-16LE with BOM", [&[0xff, 0xfe][..], &le].concat()),
        ("UTF-16BE with BOM", [&[0xfe, 0xff][..], &be].concat()),
        ("UTF-16LE", le.clone()),
        ("UTF-16BE", be.clone()),
    ] {
        let r = check(&bytes);
        assert_eq!(questions(&r), questions(&lf), "{name}");
        assert_eq!(positions(&r), positions(&lf), "{name}");
    }
}

#[test]
fn invalid_utf8_is_read_lossily_with_the_byte_offset() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        // A UTF-8 file ("België" is valid) with one damaged byte.
        let mut bytes = LIST.as_bytes().to_vec();
        let offset = LIST.find("Soedan").expect("word") + 2;
        bytes[offset] = 0xff;
        let r = check(&bytes);
        let m = message(&r, "format/invalid-encoding");
        assert!(m.contains(&format!("0xFF at offset {offset}")), "{m}");
        assert!(m.contains("replacement characters"), "{m}");
        // The warning is at the damaged character, the rest is read as before.
        assert_eq!(at(&r, "format/invalid-encoding"), [(3, 38)]);
        assert_eq!(
            questions(&r)[0],
            "Welke landen importeren goud uit So\u{fffd}dan?"
        );
        let mut expected = positions(&check(LIST.as_bytes()));
        expected.push(("format/invalid-encoding", 3, 38, 3, 39));
        expected.sort();
        let mut got = positions(&r);
        got.sort();
        assert_eq!(got, expected);

        // A truncated multi-byte character at the very end.
        let r = check(b"1 Welke landen?\nBelgi\xc3");
        let m = message(&r, "format/invalid-encoding");
        assert!(m.contains("offset 21"), "{m}");
        assert_eq!(at(&r, "format/invalid-encoding"), [(2, 6)]);
    })
}

#[test]
fn windows_1252_from_old_exports() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        // "geïmporteerd", an en dash and curly quotes, as Windows-1252 bytes.
        let bytes =
            b"1 Wordt er goud uit Soedan ge\xefmporteerd?\nNee, zie vraag 9 \x96 en \x93vraag 8\x94.\n";
        let r = check(bytes);
        assert_eq!(questions(&r), ["Wordt er goud uit Soedan geïmporteerd?"]);
        assert_eq!(answers(&r), ["Nee, zie vraag 9 – en “vraag 8”."]);
        let m = message(&r, "format/invalid-encoding");
        assert!(m.contains("Windows-1252"), "{m}");
        assert!(m.contains("0xEF at offset 29"), "{m}");
        // One byte is one character: columns are those of the file.
        assert_eq!(at(&r, "format/invalid-encoding"), [(1, 30)]);
        assert_eq!(at(&r, "xref/missing-target"), [(2, 16), (2, 30)]);
    })
}

#[test]
fn ligatures_count_as_one_character() {
    let r = check(
        "1 Wordt er bĳ de grens gecontroleerd?\nJa, bĳ de ﬁnanciële grens; zie vraag 9.\n"
            .as_bytes(),
    );
    assert_eq!(questions(&r), ["Wordt er bĳ de grens gecontroleerd?"]);
    assert_eq!(answers(&r), ["Ja, bĳ de ﬁnanciële grens; zie vraag 9."]);
    // "Ja, bĳ de ﬁnanciële grens; zie vraag " is 37 characters (ĳ, ﬁ and
    // ë one each) and more bytes.
    assert_eq!(at(&r, "xref/missing-target"), [(2, 38)]);
    assert!(!r
        .diagnostics
        .iter()
        .any(|d| d.rule == "format/invalid-encoding"));
}

#[test]
fn non_breaking_and_thin_spaces_group_thousands() {
    for space in ['\u{a0}', '\u{2009}', '\u{202f}'] {
        let text = format!(
            "1 Hoeveel banen waren er in 2023?\n\
             In 2023 waren er 1{space}709 banen, waarvan 1{space}000 in Amsterdam en 709 in Rotterdam.\n"
        );
        let r = check(text.as_bytes());
        let read: Vec<(String, String, Notation)> = r
            .document
            .quantities
            .iter()
            .map(|q| (q.text.clone(), q.value.to_string(), q.notation))
            .collect();
        assert_eq!(
            read,
            [
                (
                    format!("1{space}709 banen"),
                    "1709".into(),
                    Notation::ThousandsSpace
                ),
                (
                    format!("1{space}000"),
                    "1000".into(),
                    Notation::ThousandsSpace
                ),
                ("709".into(), "709".into(), Notation::Plain),
            ],
            "{space:?}"
        );
        // The breakdown adds up: nothing to say.
        assert!(positions(&r).is_empty(), "{:?}", positions(&r));

        // And one that does not is caught, at the whole.
        let wrong = text.replace("709 in Rotterdam", "700 in Rotterdam");
        let r = check(wrong.as_bytes());
        assert_eq!(at(&r, "total/sum-mismatch"), [(2, 18)], "{space:?}");
    }
}

#[test]
fn zero_width_characters() {
    // Inside a number, pasted from a web page: still one figure.
    let r = check("1 Hoeveel banen?\nHet gaat om 1\u{200b}709 banen.\n".as_bytes());
    let values: Vec<String> = r
        .document
        .quantities
        .iter()
        .map(|q| q.value.to_string())
        .collect();
    assert_eq!(values, ["1709"]);

    // Elsewhere a zero-width character is one column, as editors count it,
    // and the text around it is read as usual.
    let r = check(
        "\u{200b}1 Welke landen?\nDuitsland\u{200d} en België; zie\u{200c} vraag 9.\n".as_bytes(),
    );
    assert_eq!(r.document.entries.len(), 1);
    assert_eq!(questions(&r), ["Welke landen?"]);
    assert_eq!(at(&r, "xref/missing-target"), [(2, 34)]);
    // A byte-order mark inside the text is a zero-width space too.
    let r = check("1 Welke landen?\nDuitsland\u{feff}; zie vraag 9.\n".as_bytes());
    assert_eq!(at(&r, "xref/missing-target"), [(2, 23)]);
    // Between "vraag" and its number it hides nothing.
    for zw in ["\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}", "\u{feff}"] {
        let r = check(format!("1 Welke landen?\nZie vraag{zw} 9 en vraag 1{zw}.\n").as_bytes());
        assert_eq!(at(&r, "xref/missing-target"), [(2, 12)], "{zw:?}");
    }
}

#[test]
fn very_long_lines() {
    // One answer line of 1 MB (a PDF extraction without line breaks), with
    // a finding at its end: the column counts every character before it.
    let filler = "De uitvoer naar België groeide. ".repeat(32_768);
    let chars = filler.chars().count();
    let text = format!("1 Welke landen?\n{filler}Zie vraag 9.\n");
    let started = std::time::Instant::now();
    let r = check(text.as_bytes());
    assert_eq!(r.document.entries.len(), 1);
    assert_eq!(at(&r, "xref/missing-target"), [(2, chars + 11)]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );

    // A long line of multi-byte characters only.
    let text = format!("1 Welke landen?\n{}\nZie vraag 9.\n", "ë".repeat(1 << 18));
    let r = check(text.as_bytes());
    assert_eq!(at(&r, "xref/missing-target"), [(3, 11)]);
}

/// kamerlint reads the files it checks and never writes to them: not with
/// any report format, not with `--output`, `--write-baseline` or `watch
/// --html` pointed at one of them (refused, exit 2). There is no mode that
/// fixes a file in place; reports and baselines are written to a
/// temporary file beside their target and renamed over it.
#[test]
fn checked_files_are_never_written() {
    let dir = std::env::temp_dir().join(format!("kamerlint-hygiene-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let docx = std::fs::read("tests/fixtures/docx/defects/clean.docx").expect("fixture");
    let xml = std::fs::read("tests/fixtures/xml/defects/clean.xml").expect("fixture");
    let files: [(&str, &[u8]); 3] = [
        ("lijst.txt", LIST.as_bytes()),
        ("lijst.docx", &docx),
        ("lijst.xml", &xml),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("write");
    }
    let stamp = |name: &str| {
        let m = std::fs::metadata(dir.join(name)).expect("exists");
        (m.modified().expect("mtime"), m.len())
    };
    let before: Vec<_> = files.iter().map(|(n, _)| stamp(n)).collect();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kamerlint"))
            // The messages these tests read are the English ones.
            .env("KAMERLINT_LANG", "en")
            .current_dir(&dir)
            .args(args)
            .output()
            .expect("runs")
    };
    for format in ["human", "json", "compact", "sarif", "github", "html"] {
        let o = run(&["check", "--format", format, "--output", "report.out", "."]);
        assert_eq!(o.status.code(), Some(1), "{format}");
    }
    let o = run(&["check", "--write-baseline", "baseline.json", "."]);
    assert_eq!(o.status.code(), Some(0));
    for (flag, target) in [
        ("--output", "lijst.txt"),
        ("--write-baseline", "lijst.docx"),
        ("--output", "./lijst.xml"),
    ] {
        let o = run(&["check", flag, target, "."]);
        assert_eq!(o.status.code(), Some(2), "{flag} {target}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("never writes to the files it checks"), "{err}");
    }
    let o = run(&["watch", "lijst.txt", "--html", "lijst.txt", "--checks", "1"]);
    assert_eq!(o.status.code(), Some(2));

    for ((name, bytes), stamp_before) in files.iter().zip(&before) {
        assert_eq!(
            &std::fs::read(dir.join(name)).expect("read"),
            bytes,
            "{name}"
        );
        assert_eq!(&stamp(name), stamp_before, "{name}");
    }
    // Nothing else was left beside them (no temporary files).
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "baseline.json",
            "lijst.docx",
            "lijst.txt",
            "lijst.xml",
            "report.out",
            // The HTML report of several files: a page each, beside the index.
            "report.out.bestanden"
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

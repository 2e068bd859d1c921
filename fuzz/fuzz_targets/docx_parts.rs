//! The Word reader's XML side: the input is the text of the parts of a
//! .docx, separated by a line `--part--`, in the order of [`PARTS`]. They
//! are packed into a valid archive, so the fuzzer spends its time in the
//! WordprocessingML reading (lists, tables, footnotes, relationships)
//! rather than on zip checksums.
#![no_main]

use std::io::{Cursor, Write};

use libfuzzer_sys::fuzz_target;
use zip::write::SimpleFileOptions;

mod common;

const PARTS: &[&str] = &[
    "word/document.xml",
    "word/footnotes.xml",
    "word/numbering.xml",
    "word/styles.xml",
    "word/_rels/document.xml.rels",
    "word/endnotes.xml",
    "_rels/.rels",
    "word/_rels/footnotes.xml.rels",
];

const SEPARATOR: &[u8] = b"\n--part--\n";

fn split(data: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = data;
    while let Some(at) = rest.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
        out.push(&rest[..at]);
        rest = &rest[at + SEPARATOR.len()..];
    }
    out.push(rest);
    out
}

fuzz_target!(|data: &[u8]| {
    let mut archive = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in PARTS.iter().zip(split(data)) {
        // An empty part is a part left out.
        if content.is_empty() {
            continue;
        }
        if archive.start_file(*name, options).is_err() || archive.write_all(content).is_err() {
            return;
        }
    }
    let Ok(cursor) = archive.finish() else { return };
    let bytes = cursor.into_inner();
    if let Ok(document) = kamerlint::document::docx::read("fuzz.docx", &bytes) {
        common::exercise(document, kamerlint::Config::standard(), data.len() % 3 == 0);
    }
});

//! The Word reader on raw bytes: the zip container (zip bombs, broken
//! archives, odd entry names), then whatever parts it holds. Seeded with
//! the .docx fixtures.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = kamerlint::document::docx::read("fuzz.docx", data) {
        common::exercise(document, kamerlint::Config::standard(), data.len() % 3 == 0);
    }
});

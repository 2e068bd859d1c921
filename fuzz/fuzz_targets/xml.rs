//! The official-publication XML reader (and the XML limits it shares with
//! the Word reader).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = kamerlint::document::xml::read("fuzz.xml", data) {
        common::exercise(document, kamerlint::Config::standard(), data.len() % 3 == 0);
    }
});

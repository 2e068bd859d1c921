//! The plain-text reader, whatever the bytes look like (it never refuses).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let document = kamerlint::document::text::read("fuzz.txt", data);
    common::exercise(document, kamerlint::Config::standard(), data.len() % 3 == 0);
});

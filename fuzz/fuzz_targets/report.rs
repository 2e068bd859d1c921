//! The text reports (human plain and in colour, compact, GitHub, parse
//! text) of arbitrary text, with findings anywhere in it: the rules' own and
//! made-up ones at any span. See `common::reports` for the input's shape.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::reports(data);
});

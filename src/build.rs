//! Compiles the Dutch word list's entries (`rules/dictionary/nl.dic`) into
//! two `fst` sets that the binary uses in place (`include_bytes!`, no
//! parsing at start): the words with an entry the list allows, and the
//! words whose every entry is forbidden ("maatregen/Fw"). They answer
//! `spelling/unknown-word`'s "is this an entry of the list?" (tried for
//! every one-letter edit of an unknown word) by a walk of the set, where a
//! binary search over the file's lines cost most of a check's time.

use std::collections::BTreeMap;
use std::path::Path;

#[path = "rules/spelling/dic_line.rs"]
mod dic_line;

fn main() {
    let dic = "rules/dictionary/nl.dic";
    println!("cargo::rerun-if-changed={dic}");
    println!("cargo::rerun-if-changed=src/rules/spelling/dic_line.rs");
    let text = std::fs::read_to_string(dic).expect("rules/dictionary/nl.dic is vendored");
    // Each word: whether any of its entries is allowed.
    let mut words: BTreeMap<&str, bool> = BTreeMap::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        *words.entry(dic_line::stem(line)).or_default() |= dic_line::allowed(line);
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, allowed) in [("nl-entries.fst", true), ("nl-forbidden.fst", false)] {
        let set = fst::Set::from_iter(
            words
                .iter()
                .filter(|(_, a)| **a == allowed)
                .map(|(w, _)| w.as_bytes()),
        )
        .expect("a BTreeMap's keys are sorted and distinct");
        std::fs::write(Path::new(&out).join(name), set.as_fst().as_bytes())
            .expect("OUT_DIR is writable");
    }
}

//! The configuration and rule-file loader, and the declarative rules it
//! compiles. The first byte chooses what the rest is:
//!
//! - even: a `kamerlint.toml` (`Config::parse`);
//! - odd: a rule file (`declarative::load`); when it loads, it is put in a
//!   rule folder of a configuration, and its rules run over their own
//!   examples and over a small answer list, as `kamerlint rules --verify`
//!   and `kamerlint check` would.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

mod common;

const SAMPLE: &str = "Lijst van vragen en antwoorden\n\n\
1 Kan worden aangegeven of er goud uit Sudan wordt geïmporteerd? XXX\n\
Nee, zie het antwoord op vraag 2.1 Het MKB en het mkb (Kamerstuk 21501 02, nr. 12).\n\n\
2 Hoeveel bedroeg de uitvoer in 2023?\n\
EUR 352,4 miljard, waarvan EUR 200 miljard naar Duitsland en EUR 152,4 miljard naar België.\n\n\
1 https://www.rijksoverheid.nl/\n";

/// A folder of this process for the rule file under test.
fn folder() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("kamerlint-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(dir.join("regels"));
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    if mode % 2 == 0 {
        // Rule folders are resolved below a folder that does not exist.
        let base = PathBuf::from("/nonexistent/kamerlint-fuzz");
        if let Ok(config) = kamerlint::Config::parse("kamerlint.toml", &base, text) {
            let document = kamerlint::document::text::read("sample.txt", SAMPLE.as_bytes());
            common::exercise(document, &config, true);
        }
        return;
    }
    let Ok(loaded) = kamerlint::rules::declarative::load("fuzz.toml", text) else {
        return;
    };
    if loaded.rules.is_empty() {
        return;
    }
    let dir = folder();
    if std::fs::write(dir.join("regels").join("fuzz.toml"), text).is_err() {
        return;
    }
    let Ok(config) =
        kamerlint::Config::parse("kamerlint.toml", dir, "rule-folders = [\"regels\"]\n")
    else {
        return;
    };
    for rule in config.rules.infos().iter().filter(|r| r.file.is_some()) {
        if rule
            .file
            .as_deref()
            .is_some_and(|f| f.ends_with("fuzz.toml"))
        {
            let _ = kamerlint::rules::declarative::examples_hold(rule, |t| {
                kamerlint::check_bytes_with("example.txt", t.as_bytes(), &config).diagnostics
            });
        }
    }
    let document = kamerlint::document::text::read("sample.txt", SAMPLE.as_bytes());
    common::exercise(document, &config, true);
});

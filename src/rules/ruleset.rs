//! What `kamerlint --version` says of the rules: how many there are and a
//! fingerprint of the rule set (every built-in rule's id and default
//! severity, the text of the default rule files, and the data the rules
//! read: the official names, the word lists), so a report can be
//! traced to the rules that made it, and two binaries with the same
//! version number but different rules tell apart.

use super::declarative::DEFAULT_FILES;

/// The built-in and default declarative rules: their number and an
/// FNV-1a fingerprint, stable across platforms and runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSetId {
    pub rules: usize,
    pub fingerprint: u64,
}

impl RuleSetId {
    pub fn of_defaults() -> RuleSetId {
        let mut hash = Fnv::default();
        let builtin = super::all();
        for rule in &builtin {
            hash.write(rule.id.as_bytes());
            hash.write(rule.severity.as_str().as_bytes());
        }
        let mut declarative = 0;
        for (path, text) in DEFAULT_FILES {
            hash.write(path.as_bytes());
            hash.write(text.as_bytes());
            declarative += text.lines().filter(|l| l.trim() == "[[rule]]").count();
        }
        // The data the built-in rules read: official names, words.
        hash.write(super::names::data::FILE.1.as_bytes());
        let (words, sizes) = super::spelling::data_for_fingerprint();
        hash.write(words.as_bytes());
        for size in sizes {
            hash.write(&(size as u64).to_le_bytes());
        }
        RuleSetId {
            rules: builtin.len() + declarative,
            fingerprint: hash.0,
        }
    }
}

impl std::fmt::Display for RuleSetId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "rule set {:016x}, {} rules",
            self.fingerprint, self.rules
        )
    }
}

/// 64-bit FNV-1a: a few lines, no dependency, the same everywhere (the
/// standard library's hasher is randomly seeded and may change).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().chain(&[0xff]) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The line `kamerlint --version` prints after the program's name.
pub fn version_line() -> String {
    format!(
        "{} ({})",
        env!("CARGO_PKG_VERSION"),
        RuleSetId::of_defaults()
    )
}

// The count is tested against `kamerlint rules` in tests/cli.rs.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_is_the_same_every_time() {
        assert_eq!(RuleSetId::of_defaults(), RuleSetId::of_defaults());
        assert!(RuleSetId::of_defaults().rules > super::super::all().len());
    }
}

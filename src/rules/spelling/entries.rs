//! The Dutch list's entries, apart from Hunspell: which words the list has
//! an allowed entry for, and which it only forbids ("maatregen/Fw").
//!
//! In the binary they are two `fst` sets that `src/build.rs` compiles from
//! `nl.dic` and that are used in place: no parse at start, a lookup a walk
//! of a few states. The page's WebAssembly leaves them out (they would add
//! 0.8 MB to its gzipped download, a third of it) and reads the same words
//! from the `.dic` into hash sets when the list is loaded, with the same
//! line reader as the build script ([`super::dic_line`]); a test compares
//! the two.

#[cfg(not(target_arch = "wasm32"))]
mod compiled {
    use fst::Set;

    static ALLOWED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nl-entries.fst"));
    static FORBIDDEN_ONLY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/nl-forbidden.fst"));

    /// The two sets, in place in the binary.
    pub struct Entries {
        allowed: Set<&'static [u8]>,
        forbidden: Set<&'static [u8]>,
    }

    impl Entries {
        /// Opens the sets (reads their headers only); `None` only if the
        /// build wrote something else, which a test rules out.
        pub fn open(_dic: &'static str) -> Option<Entries> {
            Some(Entries {
                allowed: Set::new(ALLOWED).ok()?,
                forbidden: Set::new(FORBIDDEN_ONLY).ok()?,
            })
        }

        pub fn allows(&self, key: &str) -> bool {
            self.allowed.contains(key.as_bytes())
        }

        pub fn forbids(&self, key: &str) -> bool {
            self.forbidden.contains(key.as_bytes())
        }

        #[cfg(test)]
        pub fn len(&self) -> usize {
            self.allowed.len() + self.forbidden.len()
        }
    }
}

#[cfg(any(target_arch = "wasm32", test))]
mod read {
    use foldhash::{HashMap, HashSet};

    use super::super::dic_line;

    /// The two sets, read from the `.dic`.
    pub struct Entries {
        allowed: HashSet<&'static str>,
        forbidden: HashSet<&'static str>,
    }

    impl Entries {
        pub fn open(dic: &'static str) -> Option<Entries> {
            // Each word: whether any of its entries is allowed.
            let mut words: HashMap<&str, bool> = HashMap::default();
            for line in dic.lines().skip(1).filter(|l| !l.trim().is_empty()) {
                *words.entry(dic_line::stem(line)).or_default() |= dic_line::allowed(line);
            }
            let (allowed, forbidden): (Vec<_>, Vec<_>) = words.into_iter().partition(|(_, a)| *a);
            Some(Entries {
                allowed: allowed.into_iter().map(|(w, _)| w).collect(),
                forbidden: forbidden.into_iter().map(|(w, _)| w).collect(),
            })
        }

        pub fn allows(&self, key: &str) -> bool {
            self.allowed.contains(key)
        }

        pub fn forbids(&self, key: &str) -> bool {
            self.forbidden.contains(key)
        }

        #[cfg(test)]
        pub fn words(&self) -> impl Iterator<Item = (&'static str, bool)> + '_ {
            let allowed = self.allowed.iter().map(|w| (*w, true));
            allowed.chain(self.forbidden.iter().map(|w| (*w, false)))
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use compiled::Entries;
#[cfg(target_arch = "wasm32")]
pub use read::Entries;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_sets_hold_what_the_list_says() {
        let dic = super::super::dictionary::dic();
        let compiled = Entries::open(dic).expect("the compiled sets open");
        let read = read::Entries::open(dic).expect("the list reads");
        let mut n = 0;
        for (word, allowed) in read.words() {
            assert_eq!(compiled.allows(word), allowed, "{word}");
            assert_eq!(compiled.forbids(word), !allowed, "{word}");
            n += 1;
        }
        assert!(n > 170_000);
        assert_eq!(compiled.len(), n);
        assert!(read.forbids("maatregen") && !read.allows("maatregen"));
        assert!(compiled.forbids("maatregen") && !compiled.allows("maatregen"));
        assert!(compiled.allows("maatregel") && !compiled.forbids("maatregel"));
    }
}

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

        #[cfg(test)]
        pub fn allows(&self, key: &str) -> bool {
            self.allowed.contains(key.as_bytes())
        }

        /// Whether any of `key[..end]`, for `end` in `ends` (ascending),
        /// is allowed: one walk of the set along `key`, where a lookup
        /// per end walked the same prefix again each time.
        pub fn allows_any_prefix(&self, key: &str, ends: &[usize]) -> bool {
            let fst = self.allowed.as_fst();
            let mut node = fst.root();
            let mut wanted = ends.iter().copied().peekable();
            for (i, &b) in key.as_bytes().iter().enumerate() {
                while wanted.next_if(|&e| e < i).is_some() {}
                if wanted.next_if_eq(&i).is_some() && node.is_final() {
                    return true;
                }
                if wanted.peek().is_none() {
                    return false;
                }
                match node.find_input(b) {
                    Some(t) => node = fst.node(node.transition_addr(t)),
                    None => return false,
                }
            }
            wanted.any(|e| e == key.len()) && node.is_final()
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

        /// Whether any of `key[..end]`, for `end` in `ends`, is allowed.
        pub fn allows_any_prefix(&self, key: &str, ends: &[usize]) -> bool {
            ends.iter()
                .any(|&e| key.get(..e).is_some_and(|k| self.allows(k)))
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

    #[test]
    fn one_walk_finds_the_prefixes_the_lookups_find() {
        let dic = super::super::dictionary::dic();
        let compiled = Entries::open(dic).expect("the compiled sets open");
        let read = read::Entries::open(dic).expect("the list reads");
        for key in [
            "maatregelen",
            "maatregel",
            "maatregels",
            "maatregen",
            "huizen",
            "huis",
            "risico's",
            "xyz",
            "",
            "a",
            "infrastructuurontwikkeling",
            "ĳsbeer",
        ] {
            let n = key.len();
            let all: Vec<usize> = (0..=n).filter(|&e| key.is_char_boundary(e)).collect();
            let mut sets: Vec<Vec<usize>> = vec![vec![], vec![n], all.clone()];
            sets.extend(all.iter().map(|&e| vec![e]));
            sets.extend(all.windows(2).map(|w| w.to_vec()));
            for ends in sets {
                let one = ends.iter().any(|&e| compiled.allows(&key[..e]));
                assert_eq!(
                    compiled.allows_any_prefix(key, &ends),
                    one,
                    "{key} {ends:?}"
                );
                assert_eq!(read.allows_any_prefix(key, &ends), one, "{key} {ends:?}");
            }
        }
    }
}

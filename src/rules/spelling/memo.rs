//! The word list's answers, remembered by each thread for the documents it
//! checks next. Judging a word costs microseconds (Hunspell's affixes and
//! compounds) and searching for a correction about a millisecond (every
//! one-letter edit looked up), and a corpus repeats its words from document
//! to document: the second document asks mostly what the first did. Every
//! answer remembered is a function of the word alone (the list is fixed),
//! so remembering changes no finding.

use foldhash::HashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// Answers a thread keeps per table at most; the table is emptied when it
/// is full, so memory stays bounded whatever is checked.
const CAPACITY: usize = 1 << 16;

/// One table of answers.
pub type Table<V> = LocalKey<RefCell<HashMap<String, V>>>;

/// The answer for `key` from `table`, computed (and kept) if not there.
pub fn remembered<V: Clone>(table: &'static Table<V>, key: &str, compute: impl FnOnce() -> V) -> V {
    if let Some(v) = table.with(|t| t.borrow().get(key).cloned()) {
        return v;
    }
    let v = compute();
    table.with(|t| {
        let mut t = t.borrow_mut();
        if t.len() >= CAPACITY {
            t.clear();
        }
        t.insert(key.to_string(), v.clone());
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static SQUARES: RefCell<HashMap<String, usize>> = RefCell::new(HashMap::default());
    }

    #[test]
    fn an_answer_is_computed_once_and_the_table_stays_bounded() {
        let mut calls = 0;
        for _ in 0..3 {
            let v = remembered(&SQUARES, "12", || {
                calls += 1;
                144
            });
            assert_eq!(v, 144);
        }
        assert_eq!(calls, 1);
        for i in 0..CAPACITY + 10 {
            remembered(&SQUARES, &i.to_string(), || i * i);
        }
        assert!(SQUARES.with(|t| t.borrow().len()) <= CAPACITY);
        // What was dropped is computed again, the same.
        assert_eq!(remembered(&SQUARES, "7", || 49), 49);
    }
}

//! The strings near a word that the unknown-word rule tries against the
//! list: the word cut in two, and every string one edit away.

/// The ways to cut `word` in two parts of at least `min` letters each.
pub fn splits(word: &str, min: usize) -> impl Iterator<Item = (&str, &str)> {
    let n = word.chars().count();
    word.char_indices()
        .enumerate()
        .filter(move |(k, _)| *k >= min && n - k >= min)
        .map(move |(_, (i, _))| (&word[..i], &word[i..]))
}

/// The letters an edit may add or change.
const LETTERS: &str = "abcdefghijklmnopqrstuvwxyzëïé";

/// Every string one edit from `word`, with its rank: 0 an apostrophe left
/// out before a final "s" ("risicos"), 1 two letters swapped, 2 a doubled
/// letter ("buillding"), 3 a letter left out, 4 a letter too many, 5 a
/// letter changed.
pub fn edits(word: &str, mut visit: impl FnMut(u8, &str)) {
    let cs: Vec<char> = word.chars().collect();
    let n = cs.len();
    let mut buf = String::with_capacity(word.len() + 4);
    let mut emit = |rank: u8, chars: &mut dyn Iterator<Item = char>| {
        buf.clear();
        buf.extend(chars);
        visit(rank, &buf);
    };
    if n > 1 && cs[n - 1] == 's' {
        emit(0, &mut cs[..n - 1].iter().copied().chain("'s".chars()));
    }
    for i in 0..n.saturating_sub(1) {
        if cs[i] != cs[i + 1] {
            let mut v = cs.clone();
            v.swap(i, i + 1);
            emit(1, &mut v.into_iter());
        }
    }
    for i in 0..n {
        let doubled = (i > 0 && cs[i - 1] == cs[i]) || (i + 1 < n && cs[i + 1] == cs[i]);
        let rank = if doubled { 2 } else { 4 };
        emit(rank, &mut cs[..i].iter().chain(&cs[i + 1..]).copied());
    }
    for i in 0..=n {
        for a in LETTERS.chars() {
            emit(
                3,
                &mut cs[..i]
                    .iter()
                    .copied()
                    .chain([a])
                    .chain(cs[i..].iter().copied()),
            );
        }
    }
    for i in 0..n {
        for a in LETTERS.chars() {
            if a != cs[i] {
                emit(
                    5,
                    &mut cs[..i]
                        .iter()
                        .copied()
                        .chain([a])
                        .chain(cs[i + 1..].iter().copied()),
                );
            }
        }
    }
}

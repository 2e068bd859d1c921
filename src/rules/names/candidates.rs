//! The pairs of names that may be one name written two ways, for
//! `names/spelling-variant`: found by hashing each name's keys with a
//! letter or two left out, so that no name is compared with every other.

use super::words;

/// A bucket larger than this holds names too alike to tell apart (a
/// list of codes, numbered series: "Stichting A" to "Stichting Z"); its
/// names are not compared, which also keeps the pairs linear in the names.
const BUCKET: usize = 16;

/// Pairs of names (indices into `names`) that may be variants: the same
/// in lower case, the same key, or one or two letters apart (found by
/// their keys with a letter or two left out, so that each name is looked
/// up a few dozen times and never compared with every other). The keys
/// are kept as hashes in one sorted list: a few bytes per key, not a
/// string and a map entry (equal hashes of different keys only add a
/// pair that [`words::compare`] then refuses).
///
/// The hashes are polynomial ([`Poly`]): a key with a letter or two left
/// out is hashed in a step or two from the key's prefix and suffix
/// hashes, where hashing each shortened key anew cost a quarter of the
/// rule (a name of n letters has n²/2 of them).
pub(super) fn candidates(names: &[&str]) -> Vec<(usize, usize)> {
    let mut keys: Vec<(u64, u32)> = Vec::new();
    let mut poly = Poly::default();
    for (n, form) in names.iter().enumerate() {
        let n = n as u32;
        let lower = form.chars().flat_map(char::to_lowercase).fold(LOWER, step);
        keys.push((lower, n));
        poly.set(&words::key(form));
        let k = poly.len();
        keys.push((poly.prefix[k], n));
        if k >= 4 {
            for i in 0..k {
                keys.push((poly.without(i), n));
                if k >= 7 {
                    // The key without letters i and j: its hash up to j,
                    // then the suffix after j.
                    let mut head = poly.prefix[i];
                    for j in i + 1..k {
                        keys.push((poly.join(head, j + 1), n));
                        head = step_value(head, poly.chars[j]);
                    }
                }
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for run in keys.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 || run.len() > BUCKET {
            continue;
        }
        for (x, &(_, a)) in run.iter().enumerate() {
            for &(_, b) in &run[x + 1..] {
                pairs.push((a.min(b) as usize, a.max(b) as usize));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The modulus of the hashes, the prime 2⁶¹ − 1: two different keys of a
/// document's length collide with a chance of about one in 2⁶¹ / 30.
const MOD: u64 = (1 << 61) - 1;

/// The base of the polynomial (any number below [`MOD`] of no pattern).
const BASE: u64 = 0x0f3c_9b2e_57a1_d863;

/// The starting values of the two kinds of key, so that a name in lower
/// case and another's key never share a hash: the lower-case form, and
/// [`words::key`] (with its shortenings).
const LOWER: u64 = 0x0123_4567_89ab_cdef;
const KEY: u64 = 0x0fed_cba9_8765_4321;

/// `x` modulo [`MOD`], for `x` below 2¹²³ (a product of two hashes plus
/// a third).
fn reduce(x: u128) -> u64 {
    let x = (x as u64 & MOD) as u128 + (x >> 61);
    let x = (x as u64 & MOD) + (x >> 61) as u64;
    if x >= MOD {
        x - MOD
    } else {
        x
    }
}

/// `a · b + c` modulo [`MOD`].
fn mul_add(a: u64, b: u64, c: u64) -> u64 {
    reduce(a as u128 * b as u128 + c as u128)
}

/// The hash `h` of a string followed by `c`.
fn step(h: u64, c: char) -> u64 {
    step_value(h, c as u64 + 1)
}

/// The hash `h` followed by a letter's value (its code plus one, so that
/// no letter counts as nothing).
fn step_value(h: u64, v: u64) -> u64 {
    mul_add(h, BASE, v)
}

/// One key's letters with its prefix and suffix hashes; the buffers are
/// kept from name to name.
#[derive(Default)]
struct Poly {
    /// The letters' values.
    chars: Vec<u64>,
    /// `prefix[i]`: the hash of the first `i` letters, from [`KEY`].
    prefix: Vec<u64>,
    /// `suffix[i]`: the letters from `i` on, each times the power of
    /// [`BASE`] it has in the whole key's hash.
    suffix: Vec<u64>,
    /// `power[i]`: [`BASE`] to the `i`.
    power: Vec<u64>,
}

impl Poly {
    fn set(&mut self, key: &str) {
        self.chars.clear();
        self.chars.extend(key.chars().map(|c| c as u64 + 1));
        let k = self.chars.len();
        self.prefix.clear();
        self.prefix.push(KEY);
        self.power.clear();
        self.power.push(1);
        for i in 0..k {
            self.prefix.push(step_value(self.prefix[i], self.chars[i]));
            self.power.push(mul_add(self.power[i], BASE, 0));
        }
        self.suffix.clear();
        self.suffix.resize(k + 1, 0);
        for i in (0..k).rev() {
            self.suffix[i] = mul_add(self.chars[i], self.power[k - 1 - i], self.suffix[i + 1]);
        }
    }

    fn len(&self) -> usize {
        self.chars.len()
    }

    /// The hash of the key without letter `i`.
    fn without(&self, i: usize) -> u64 {
        self.join(self.prefix[i], i + 1)
    }

    /// The hash of a string hashed as `head`, followed by the key's
    /// letters from `from` on.
    fn join(&self, head: u64, from: usize) -> u64 {
        mul_add(head, self.power[self.len() - from], self.suffix[from])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_found_by_buckets_in_linear_time() {
        // 8,000 names of one shape, one or two letters apart: a
        // comparison of every name with every other would be 32 million
        // pairs.
        let forms: Vec<String> = (0..8_000u32)
            .map(|n| {
                let l = |k: u32| char::from(b'a' + (n / k % 26) as u8);
                format!("Stichting{}{}{}{}", l(1), l(26), l(676), l(17_576))
            })
            .collect();
        let names: Vec<&str> = forms.iter().map(String::as_str).collect();
        let start = std::time::Instant::now();
        let pairs = candidates(&names);
        assert!(start.elapsed() < std::time::Duration::from_secs(10));
        assert!(pairs.len() < 40 * names.len(), "{}", pairs.len());
    }

    #[test]
    fn close_names_are_candidates() {
        let names = [
            "Saudi-Arabië",
            "Saoedi-Arabië",
            "Sala",
            "Salu",
            "Ends",
            "ENDS",
            "Rotterdam",
        ];
        let pairs = candidates(&names);
        for pair in [(0, 1), (2, 3), (4, 5)] {
            assert!(pairs.contains(&pair), "{pair:?} in {pairs:?}");
        }
        assert!(!pairs.iter().any(|&(a, b)| a == 6 || b == 6));
    }

    #[test]
    fn a_shortened_key_hashes_as_the_shortened_string() {
        let whole = |s: &str| s.chars().fold(KEY, step);
        let key = "stichtingé-x";
        let mut poly = Poly::default();
        poly.set(key);
        let chars: Vec<char> = key.chars().collect();
        assert_eq!(poly.prefix[chars.len()], whole(key));
        for i in 0..chars.len() {
            let one: String = (0..chars.len())
                .filter(|&x| x != i)
                .map(|x| chars[x])
                .collect();
            assert_eq!(poly.without(i), whole(&one));
            let mut head = poly.prefix[i];
            for j in i + 1..chars.len() {
                let two: String = (0..chars.len())
                    .filter(|&x| x != i && x != j)
                    .map(|x| chars[x])
                    .collect();
                assert_eq!(poly.join(head, j + 1), whole(&two), "{i} {j}");
                head = step_value(head, poly.chars[j]);
            }
        }
    }
}

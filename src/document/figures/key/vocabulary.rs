//! The vocabulary of measures, qualifiers and places, and the search for its phrases in a text.

use super::words::{DIRECTED, MEASURES, PLACES, QUALIFIERS};

/// A canonical name and the phrases that mean it.
#[derive(Debug, Clone)]
pub struct Term {
    pub canonical: String,
    pub phrases: Vec<String>,
    pub kind: TermKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Measure,
    Qualifier,
    Place,
}

/// The synonym lists behind figure keys.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// All phrases, longest first, lower-cased: (phrase, term index).
    phrases: Vec<(String, usize)>,
    terms: Vec<Term>,
    /// One alternation of every phrase, longest first, so a single pass
    /// over a text finds the longest phrase at each place.
    /// Every phrase, in the order of `phrases` (longest first).
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl Default for Vocabulary {
    fn default() -> Self {
        let mut terms = Vec::new();
        for (c, p) in MEASURES.iter().chain(DIRECTED) {
            terms.push(term(c, p, TermKind::Measure));
        }
        for (c, p) in QUALIFIERS {
            terms.push(term(c, p, TermKind::Qualifier));
        }
        for p in PLACES {
            terms.push(Term {
                canonical: format!("land:{p}"),
                phrases: vec![p.to_string()],
                kind: TermKind::Place,
            });
        }
        Vocabulary::new(terms)
    }
}

fn term(canonical: &str, phrases: &[&str], kind: TermKind) -> Term {
    Term {
        canonical: canonical.to_string(),
        phrases: phrases.iter().map(|s| s.to_string()).collect(),
        kind,
    }
}

/// A term found in a text: where, and which.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub term: usize,
}

impl Vocabulary {
    pub fn new(terms: Vec<Term>) -> Self {
        let mut phrases: Vec<(String, usize)> = terms
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.phrases.iter().map(move |p| (p.to_lowercase(), i)))
            .collect();
        phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let matcher = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            // A DFA: a few hundred phrases, searched in every answer.
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(phrases.iter().map(|(p, _)| p))
            .ok();
        Vocabulary {
            phrases,
            terms,
            matcher,
        }
    }

    /// The built-in vocabulary, built once.
    pub fn builtin() -> &'static Vocabulary {
        static BUILTIN: std::sync::LazyLock<Vocabulary> =
            std::sync::LazyLock::new(Vocabulary::default);
        &BUILTIN
    }

    pub fn term(&self, hit: &Hit) -> &Term {
        &self.terms[hit.term]
    }

    /// Every term in `text` (already lower-cased), longest match first,
    /// whole words only, non-overlapping, sorted by position.
    pub fn find(&self, lower: &str) -> Vec<Hit> {
        if let Some(ac) = &self.matcher {
            return self.find_standalone(ac, lower);
        }
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut hits = Vec::new();
        for (phrase, term) in &self.phrases {
            let mut from = 0;
            while let Some(pos) = lower[from..].find(phrase.as_str()) {
                let start = from + pos;
                let end = start + phrase.len();
                from = end;
                let before_ok = lower[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after_ok = lower[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if !before_ok || !after_ok || taken.iter().any(|&(a, b)| start < b && end > a) {
                    continue;
                }
                taken.push((start, end));
                hits.push(Hit {
                    start,
                    end,
                    term: *term,
                });
            }
        }
        hits.sort_by_key(|h| h.start);
        hits
    }
}

impl Vocabulary {
    /// Every phrase occurrence that stands alone (a character that is no
    /// letter or digit, or the end of the text, on both sides), then from
    /// the left the first (longest) phrase at each place, skipping those
    /// that overlap the one before: what the alternation
    /// `(?:^|[^\p{L}\p{N}])(phrase|...)(?:$|[^\p{L}\p{N}])` found when it
    /// was a regex, at a fraction of the cost of compiling it.
    fn find_standalone(&self, ac: &aho_corasick::AhoCorasick, lower: &str) -> Vec<Hit> {
        let word = |c: char| c.is_alphabetic() || c.is_numeric();
        let mut found: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(lower)
            .map(|m| (m.start(), m.pattern().as_usize(), m.end()))
            .filter(|&(start, _, end)| {
                lower[..start].chars().next_back().is_none_or(|c| !word(c))
                    && lower[end..].chars().next().is_none_or(|c| !word(c))
            })
            .collect();
        // By place, then the phrase's rank (longest first).
        found.sort_unstable();
        let mut hits = Vec::new();
        let mut at = 0;
        for (start, phrase, end) in found {
            // The regex's match began at the character before the phrase.
            let before = lower[..start].chars().next_back().map_or(0, char::len_utf8);
            let free = if start == 0 {
                at == 0
            } else {
                start - before >= at
            };
            if free {
                hits.push(Hit {
                    start,
                    end,
                    term: self.phrases[phrase].1,
                });
                at = end;
            }
        }
        hits
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::figures::key::lower_same_len;

    /// The phrase search finds what the regex alternation it replaced found.
    #[test]
    fn phrases_found_as_the_alternation_found_them() {
        let vocabulary = Vocabulary::builtin();
        let alternation: Vec<String> = vocabulary
            .phrases
            .iter()
            .map(|(p, _)| regex::escape(p))
            .collect();
        let re = regex::Regex::new(&format!(
            r"(?:^|[^\p{{L}}\p{{N}}])({})(?:$|[^\p{{L}}\p{{N}}])",
            alternation.join("|")
        ))
        .unwrap();
        let by_regex = |lower: &str| {
            let mut hits = Vec::new();
            let mut at = 0;
            while let Some(c) = re.captures_at(lower, at) {
                let g = c.get(1).unwrap();
                let term = vocabulary
                    .phrases
                    .iter()
                    .find(|(q, _)| q == g.as_str())
                    .unwrap()
                    .1;
                hits.push((g.start(), g.end(), term));
                at = g.end();
            }
            hits
        };
        let seed =
            include_str!("../../../../corpus/36180-164-beleidsagenda-buitenlandse-handel.txt");
        let texts = [
            "de export naar duitsland en de uitvoer van goederen",
            "exportwaarde; export-waarde, de export.",
            "handelsbalans handelsbalansen (handelsbalans)",
            "",
            "export",
            "ëexport exportë",
        ];
        for text in texts.iter().copied().chain(seed.lines()) {
            let lower = lower_same_len(text);
            let ours: Vec<(usize, usize, usize)> = vocabulary
                .find(&lower)
                .iter()
                .map(|h| (h.start, h.end, h.term))
                .collect();
            assert_eq!(ours, by_regex(&lower), "{text:?}");
        }
    }
}

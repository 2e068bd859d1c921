//! The words that name a row or a column: the content words of a label or
//! a column head, and of the clause around a figure, reduced to one form
//! each so that "goedereninvoer", "Goederinvoer" and "invoer van goederen"
//! name the same column and "totale" names the row "Totaal".

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Function words that name nothing.
const STOP: &[&str] = &[
    "de", "het", "een", "van", "voor", "in", "op", "aan", "en", "of", "met", "naar", "per", "bij",
    "uit", "door", "als", "tot", "te", "is", "was", "zijn", "waren", "werd", "wordt", "dat", "die",
    "dit", "deze", "dan", "om", "ook", "nog", "wel", "niet", "er", "hun", "haar", "we", "wij", "u",
    "eur", "euro", "miljoen", "miljard", "mln", "mld", "mrd", "duizend", "x", "procent",
];

/// Words with one meaning under several forms (before stemming).
fn synonym(word: &str) -> Option<&'static str> {
    Some(match word {
        "invoer" | "import" | "ingevoerd" | "geïmporteerd" => "import",
        "uitvoer" | "export" | "uitgevoerd" | "geëxporteerd" => "export",
        "nl" | "nederland" | "nederlandse" | "nederlands" => "nederlands",
        "goederen" => "goederen",
        "diensten" | "dienst" => "diensten",
        _ => return None,
    })
}

/// Compounds of a kind of trade and its direction, split in two:
/// "goedereninvoer" is "goederen" and "import" (and the misspelt
/// "goederinvoer" too).
const COMPOUND_HEADS: &[&str] = &["goederen", "goeder", "diensten"];

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Dutch));

/// The terms of one word (lower case): none for a function word or a
/// number, two for a split compound, else its stem.
pub fn terms_of(word: &str) -> Vec<String> {
    if word.is_empty() || STOP.contains(&word) || word.chars().all(|c| !c.is_alphabetic()) {
        return Vec::new();
    }
    if let Some(s) = synonym(word) {
        return vec![s.to_string()];
    }
    for head in COMPOUND_HEADS {
        if let Some(rest) = word.strip_prefix(head) {
            if let Some(direction) = synonym(rest).filter(|s| *s == "import" || *s == "export") {
                let kind = if head.starts_with("goeder") {
                    "goederen"
                } else {
                    "diensten"
                };
                return vec![kind.to_string(), direction.to_string()];
            }
        }
    }
    vec![STEMMER.stem(word).into_owned()]
}

/// The terms of a text with the byte offset of the word each comes from.
pub fn terms(text: &str) -> Vec<(String, usize)> {
    let lower = crate::document::figures::key::lower_same_len(text);
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in lower
        .char_indices()
        .chain(std::iter::once((lower.len(), ' ')))
    {
        let inside = c.is_alphanumeric();
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                for t in terms_of(&lower[s..i]) {
                    out.push((t, s));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The terms of a label or head, each once.
pub fn term_set(text: &str) -> Vec<String> {
    let mut out: Vec<String> = terms(text).into_iter().map(|(t, _)| t).collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trade_compounds_split_and_forms_meet() {
        assert_eq!(term_set("Goederinvoer"), vec!["goederen", "import"]);
        assert_eq!(term_set("goedereninvoer"), vec!["goederen", "import"]);
        assert_eq!(term_set("de goederenimport"), vec!["goederen", "import"]);
        assert_eq!(term_set("Dienstenexport"), vec!["diensten", "export"]);
        assert_eq!(term_set("Totaal"), term_set("de totale"));
        assert_eq!(
            term_set("Invoer voor wederuitvoer"),
            vec!["import", "wederuitvoer"]
        );
        assert_eq!(term_set("NL makelij"), term_set("Nederlandse makelij"));
        assert!(term_set("exportverdiensten")
            .iter()
            .all(|t| t != "diensten"));
    }
}

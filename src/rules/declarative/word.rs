//! Whole-word patterns that stay on the regex engine's fast path.
//!
//! A Unicode `\b` keeps the regex crate's DFAs off any text with a
//! non-ASCII character (and Dutch answers nearly always have one: “ ” ë é),
//! so every search falls back to the slow engines. Most rule patterns have
//! `\b` only at their two ends (`\bdanwel\b`, and the boundaries the
//! substitution and consistency kinds add), so [`WordRegex`] compiles the
//! pattern without them and tests the two boundaries itself, with the
//! regex crate's own definition of a word character.
//!
//! The matches are exactly those of the pattern as written: where a match
//! of the bare pattern fails a boundary test, the pattern as written
//! (compiled on first need) searches on from that match's start. That is
//! sound because every match of the pattern as written is also a match of
//! the bare one at the same start, so the bare pattern never skips past a
//! match of the full one; `tests::same_matches_as_the_pattern_as_written`
//! compares both on words in and around non-ASCII text.

use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};
use regex_syntax::ast::{parse::Parser, AssertionKind, Ast};

/// A compiled pattern whose outer word boundaries are tested outside the
/// regex.
#[derive(Debug)]
pub(crate) struct WordRegex {
    /// The pattern without its outer `\b`s (the pattern itself when it has
    /// none).
    bare: Regex,
    /// Whether a `\b` was taken off the start and the end.
    start: bool,
    end: bool,
    /// The pattern as written, for the rare match that fails a boundary.
    written: String,
    full: OnceLock<Option<Regex>>,
    size_limit: usize,
}

impl WordRegex {
    /// Compiles `pattern`, each part within `size_limit` bytes.
    pub fn new(pattern: &str, size_limit: usize) -> Result<WordRegex, regex::Error> {
        let (bare, start, end) = outer_boundaries(pattern);
        let bare = build(&bare, size_limit)?;
        Ok(WordRegex {
            bare,
            start,
            end,
            written: pattern.to_string(),
            full: OnceLock::new(),
            size_limit,
        })
    }

    /// The pattern as written, compiled.
    fn full(&self) -> Option<&Regex> {
        if !self.start && !self.end {
            return Some(&self.bare);
        }
        self.full
            .get_or_init(|| build(&self.written, self.size_limit).ok())
            .as_ref()
    }

    /// Whether the pattern as written matches the empty text.
    pub fn matches_empty(&self) -> bool {
        self.bare.is_match("") && self.full().is_some_and(|re| re.is_match(""))
    }

    /// The names of the capture groups.
    pub fn capture_names(&self) -> impl Iterator<Item = Option<&str>> {
        self.bare.capture_names()
    }

    /// The regex the captures of [`WordRegex::captures_iter`] come from
    /// (both compilations have the same groups).
    pub fn regex(&self) -> &Regex {
        &self.bare
    }

    fn bounded(&self, text: &str, range: &Range<usize>) -> bool {
        (!self.start || is_boundary(text, range.start))
            && (!self.end || is_boundary(text, range.end))
    }

    /// The next match at or after `at`, with its groups.
    fn captures_at<'t>(&self, text: &'t str, at: usize) -> Option<Captures<'t>> {
        // Most searches find nothing: a plain search first allocates no
        // groups. Searching again from the match's start finds that match.
        let start = self.bare.find_at(text, at)?.start();
        let caps = self.bare.captures_at(text, start)?;
        let range = caps.get(0)?.range();
        if self.bounded(text, &range) {
            return Some(caps);
        }
        self.full()?.captures_at(text, range.start)
    }

    /// Every match in `text`, with its groups, as `Regex::captures_iter`.
    pub fn captures_iter<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = Captures<'t>> + 'r
    where
        't: 'r,
    {
        let mut step = Step::default();
        std::iter::from_fn(move || {
            step.next(text, |at| {
                let caps = self.captures_at(text, at)?;
                Some((caps.get(0)?.range(), caps))
            })
        })
    }
}

/// Where an iteration over matches is, with the regex crate's rule for
/// empty matches: one that starts where the previous match ended is
/// skipped, and the search goes on a character further.
#[derive(Default)]
struct Step {
    at: usize,
    last_end: Option<usize>,
    done: bool,
}

impl Step {
    fn next<T>(
        &mut self,
        text: &str,
        mut search: impl FnMut(usize) -> Option<(Range<usize>, T)>,
    ) -> Option<T> {
        while !self.done {
            let Some((range, found)) = search(self.at) else {
                self.done = true;
                return None;
            };
            if range.is_empty() && self.last_end == Some(range.start) {
                match text.get(range.start..).and_then(|t| t.chars().next()) {
                    Some(c) => self.at = range.start + c.len_utf8(),
                    None => self.done = true,
                }
                continue;
            }
            self.at = range.end;
            self.last_end = Some(range.end);
            return Some(found);
        }
        None
    }
}

fn build(pattern: &str, size_limit: usize) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .size_limit(size_limit)
        .build()
}

/// Whether a Unicode `\b` holds at byte `at` of `text`.
pub(crate) fn is_boundary(text: &str, at: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(regex_syntax::is_word_character);
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    let after = text.get(at..).and_then(|t| t.chars().next());
    word(before) != word(after)
}

/// The pattern without a `\b` that opens or closes it (after any leading
/// flags such as `(?i)`, inside groups that wrap the rest), and which of
/// the two it had. A pattern that switches Unicode off anywhere (`(?-u)`)
/// is left as it is: its `\b` may be an ASCII one.
fn outer_boundaries(pattern: &str) -> (String, bool, bool) {
    let unchanged = (pattern.to_string(), false, false);
    if switches_unicode_off(pattern) {
        return unchanged;
    }
    let Ok(ast) = Parser::new().parse(pattern) else {
        return unchanged;
    };
    let start = edge(&ast, Edge::Start);
    let end = edge(&ast, Edge::End);
    if start.is_some() && start == end {
        // The pattern is one `\b`.
        return unchanged;
    }
    let mut bare = pattern.to_string();
    // The end first, so the start's offsets still hold.
    if let Some(r) = &end {
        bare.replace_range(r.clone(), "");
    }
    if let Some(r) = &start {
        bare.replace_range(r.clone(), "");
    }
    (bare, start.is_some(), end.is_some())
}

#[derive(Clone, Copy, PartialEq)]
enum Edge {
    Start,
    End,
}

/// Where a `\b` is that every match of `ast` starts (or ends) with: the
/// first (last) item of a sequence, looked for inside groups (a `\b` is
/// empty, so taking it out of a capture group leaves the group's text as
/// it was). Leading flags are skipped.
fn edge(ast: &Ast, which: Edge) -> Option<Range<usize>> {
    match ast {
        Ast::Assertion(a) if a.kind == AssertionKind::WordBoundary => {
            Some(a.span.start.offset..a.span.end.offset)
        }
        Ast::Group(g) => edge(&g.ast, which),
        Ast::Concat(c) => {
            let item = match which {
                Edge::Start => c.asts.iter().find(|a| !matches!(a, Ast::Flags(_))),
                Edge::End => c.asts.last(),
            };
            edge(item?, which)
        }
        _ => None,
    }
}

/// Whether a flag group turns Unicode off: `(?-u)`, `(?i-u:...)`.
fn switches_unicode_off(pattern: &str) -> bool {
    pattern.match_indices("(?").any(|(i, _)| {
        let flags: String = pattern[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
            .collect();
        flags
            .split_once('-')
            .is_some_and(|(_, off)| off.contains('u'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outer_boundaries_are_taken_off() {
        assert_eq!(
            outer_boundaries(r"\bdanwel\b"),
            ("danwel".into(), true, true)
        );
        assert_eq!(
            outer_boundaries(r"(?i)\b(?:mkb|MKB)\b"),
            ("(?i)(?:mkb|MKB)".into(), true, true)
        );
        assert_eq!(outer_boundaries(r"\bX{3,}"), ("X{3,}".into(), true, false));
        // A top-level alternation: the \b belongs to one branch.
        assert_eq!(
            outer_boundaries(r"\ba|b\b"),
            (r"\ba|b\b".into(), false, false)
        );
        // An ASCII boundary, and inner ones, stay.
        assert_eq!(
            outer_boundaries(r"(?-u:\b)a\b"),
            (r"(?-u:\b)a\b".into(), false, false)
        );
        assert_eq!(outer_boundaries(r"a\bb"), (r"a\bb".into(), false, false));
        assert_eq!(outer_boundaries(r"\b"), (r"\b".into(), false, false));
        assert_eq!(
            outer_boundaries(r"\\b\\b"),
            (r"\\b\\b".into(), false, false)
        );
        // Inside the groups the substitution kind wraps keys in.
        assert_eq!(
            outer_boundaries(r"(?:\b(?P<abbr>[A-Z]{2,})(?P<rest>[a-z]{4,})\b)"),
            (
                "(?:(?P<abbr>[A-Z]{2,})(?P<rest>[a-z]{4,}))".into(),
                true,
                true
            )
        );
        assert_eq!(
            outer_boundaries(r"(\bx)|y"),
            (r"(\bx)|y".into(), false, false)
        );
        assert_eq!(
            outer_boundaries(r"(?:\bx)*"),
            (r"(?:\bx)*".into(), false, false)
        );
    }

    /// Every pattern's matches, found by `WordRegex`, are those of the
    /// regex crate on the pattern as written.
    #[test]
    fn same_matches_as_the_pattern_as_written() {
        let patterns = [
            r"\bdanwel\b",
            r"(?i)\b(?:mkb|MKB)\b",
            r"\b(?:a|ab)\b",
            r"\b(?P<abbr>[A-Z]{2,})(?P<rest>[a-z]{4,})\b",
            r"\bMacedonië\b",
            r"\bX{3,}\b",
            r"\b\w*\b",
            r"\bté\b",
            r"\b(?:e\-commerce|ecommerce)\b",
            r"\bte? alle tijde\b",
            r"(?:\b(?P<abbr>[A-Z]{2,})(?P<rest>[a-z]{4,})\b)",
            r"(?i)\b(?:(?P<w>é+)\b)",
        ];
        let texts = [
            "danwel “danwel” xdanwel danwelx danwel.",
            "Het mkb, het MKB en Mkb; mkbbedrijven en “MKB”.",
            "ab a abc ab",
            "IMVOschendingen, ÉIMVOschendingen, IMVOschendingenë, ICTsector.",
            "Noord-Macedonië en Macedoniëx en Macedonië",
            "XXXX en XXXé, ëXXX",
            "één twee",
            "té tét été té",
            "e-commerce, ecommerce en “e-commerce”",
            "te alle tijde, ste alle tijden, e alle tijde",
            "",
        ];
        for p in patterns {
            let word = WordRegex::new(p, 1 << 20).unwrap();
            let plain = Regex::new(p).unwrap();
            for t in texts {
                let ours: Vec<Range<usize>> = word
                    .captures_iter(t)
                    .filter_map(|c| Some(c.get(0)?.range()))
                    .collect();
                let theirs: Vec<Range<usize>> = plain.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(ours, theirs, "{p} on {t:?}");
                let ours: Vec<Vec<Option<Range<usize>>>> = word
                    .captures_iter(t)
                    .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                    .collect();
                let theirs: Vec<Vec<Option<Range<usize>>>> = plain
                    .captures_iter(t)
                    .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                    .collect();
                assert_eq!(ours, theirs, "{p} on {t:?} (groups)");
            }
        }
    }
}

//! The prose declarative rules read: the front matter, every question,
//! every answer and every footnote definition, each joined into one string
//! (lines joined by a space, page furniture and footnote blocks left out)
//! with a map back to the exact source characters.

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

use super::messages as m;
use crate::document::{Document, Joined, Span};

/// Which part of the document a region is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    /// The text before the first question (cover page, committee, title).
    FrontMatter,
    /// The questions (the committee's text).
    Questions,
    /// The answers (the ministry's text).
    Answers,
    /// Footnote definitions.
    Footnotes,
}

impl Scope {
    pub const ALL: &'static [Scope] = &[
        Scope::FrontMatter,
        Scope::Questions,
        Scope::Answers,
        Scope::Footnotes,
    ];

    /// "answer", for messages, in the language in force.
    pub fn noun(self) -> &'static str {
        let noun = match self {
            Scope::FrontMatter => m::FRONT_MATTER,
            Scope::Questions => m::QUESTION,
            Scope::Answers => m::ANSWER,
            Scope::Footnotes => m::FOOTNOTE,
        };
        noun.text()
    }

    /// "this answer" ("dit antwoord"), for messages, in the language in
    /// force.
    pub fn this(self) -> &'static str {
        let this = match self {
            Scope::FrontMatter => m::THIS_FRONT_MATTER,
            Scope::Questions => m::THIS_QUESTION,
            Scope::Answers => m::THIS_ANSWER,
            Scope::Footnotes => m::THIS_FOOTNOTE,
        };
        this.text()
    }
}

/// One stretch of prose.
#[derive(Debug, Clone)]
pub struct Region {
    pub scope: Scope,
    pub joined: Joined,
    /// The question the region belongs to (none for the front matter).
    pub question: Option<u32>,
    /// Ranges of `joined.text` that are URLs or e-mail addresses: no rule
    /// reports inside them.
    masked: Vec<Range<usize>>,
}

impl Region {
    fn new(scope: Scope, joined: Joined, question: Option<u32>) -> Self {
        let masked = masks(&joined.text);
        Region {
            scope,
            joined,
            question,
            masked,
        }
    }

    pub fn text(&self) -> &str {
        &self.joined.text
    }

    /// The source span of a range of [`Region::text`].
    pub fn span(&self, range: Range<usize>) -> Span {
        self.joined.source_span(range.start, range.end)
    }

    /// Whether the range touches a URL or e-mail address.
    pub fn masked(&self, range: &Range<usize>) -> bool {
        self.masked
            .iter()
            .any(|m| m.start < range.end.max(range.start + 1) && range.start < m.end)
    }

    /// The source span of a range whose source text is exactly the joined
    /// text (it does not cross a line break), for fixes that are safe to
    /// apply.
    pub fn exact(&self, source: &str, range: Range<usize>) -> Option<Span> {
        let span = self.span(range.clone());
        let wanted = self.text().get(range.clone())?;
        if range.is_empty() {
            let at = self.joined.source_offset(range.start);
            return Some(Span::new(at, at));
        }
        (span.text(source) == wanted).then_some(span)
    }
}

/// Every region of a document, in document order within each scope.
#[derive(Debug, Clone)]
pub struct Prose {
    pub regions: Vec<Region>,
}

impl Prose {
    pub fn of(doc: &Document) -> Prose {
        let mut regions = Vec::new();
        if let Some(front) = doc.front_matter {
            let lines = front_lines(doc, front);
            if !lines.is_empty() {
                let joined = Joined::new(&doc.text, &lines);
                regions.push(Region::new(Scope::FrontMatter, joined, None));
            }
        }
        for entry in &doc.entries {
            let question = Some(entry.first_number());
            if !entry.question.is_empty() {
                let joined = doc.question_text(entry);
                regions.push(Region::new(Scope::Questions, joined, question));
            }
            if !entry.answer.is_empty() {
                let joined = doc.answer_text(entry);
                regions.push(Region::new(Scope::Answers, joined, question));
            }
        }
        for def in &doc.definitions {
            if def.text.is_empty() {
                continue;
            }
            let joined = Joined::new(&doc.text, &def.text);
            let question = crate::rules::question_at(doc, def.span.start);
            regions.push(Region::new(Scope::Footnotes, joined, question));
        }
        Prose { regions }
    }
}

/// The lines of the front matter that are not page furniture (the column
/// head), without line ends.
fn front_lines(doc: &Document, front: Span) -> Vec<Span> {
    let text = front.text(&doc.text);
    let mut lines = Vec::new();
    let mut start = front.start;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let span = Span::new(start, start + content.len());
        start += line.len();
        if content.trim().is_empty() {
            continue;
        }
        let furniture = doc
            .furniture
            .iter()
            .any(|f| f.span.start < span.end && span.start < f.span.end);
        if !furniture {
            lines.push(span);
        }
    }
    lines
}

/// URLs and e-mail addresses in `text`. A URL broken over two lines goes
/// on after the joining space when the next piece looks like a path.
fn masks(text: &str) -> Vec<Range<usize>> {
    static URL: OnceLock<Option<Regex>> = OnceLock::new();
    static MAIL: OnceLock<Option<Regex>> = OnceLock::new();
    let bytes = text.as_bytes();
    let may_have_url = memchr::memmem::find(bytes, b"://").is_some()
        || memchr::memchr2_iter(b'w', b'W', bytes).any(|i| {
            bytes
                .get(i..i + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
        });
    // Compiled on the first text that may need them.
    let url = may_have_url.then(|| {
        URL.get_or_init(|| {
            Regex::new(r#"\b(?i:https?://|www\.)[^\s<>"“”‘’()]+(?:\([^\s()]*\)[^\s<>"“”‘’()]*)*"#)
                .ok()
        })
    });
    let mail = text
        .contains('@')
        .then(|| MAIL.get_or_init(|| Regex::new(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b").ok()));
    let mut out = Vec::new();
    if let Some(url) = url.and_then(Option::as_ref) {
        for m in url.find_iter(text) {
            let mut end = m.start() + m.as_str().trim_end_matches(['.', ',', ';', ':']).len();
            // "https://example.org/a/ b/c.pdf": the piece after a line
            // join that goes on with a path.
            while text[end..].starts_with(' ') {
                let rest = &text[end + 1..];
                let token_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
                let token = &rest[..token_len];
                let path_like = token.contains(['/', '=', '?', '&', '#', '%'])
                    || token.ends_with(".html")
                    || token.ends_with(".pdf");
                if token.is_empty() || !path_like {
                    break;
                }
                end = end + 1 + token.trim_end_matches(['.', ',', ';', ':', ')']).len();
            }
            out.push(m.start()..end);
        }
    }
    if let Some(mail) = mail.and_then(Option::as_ref) {
        out.extend(mail.find_iter(text).map(|m| m.range()));
    }
    out.sort_by_key(|r| (r.start, r.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_addresses_are_masked() {
        let text = "zie https://www.cbs.nl/nl-nl/a/ 2025/b.pdf (bijlage) of mail info@minbuza.nl.";
        let m = masks(text);
        let shown: Vec<&str> = m.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            shown,
            ["https://www.cbs.nl/nl-nl/a/ 2025/b.pdf", "info@minbuza.nl"]
        );
        let text = "(zie https://example.org/x).";
        let m = masks(text);
        assert_eq!(&text[m[0].clone()], "https://example.org/x");
    }
}

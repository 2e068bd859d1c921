//! URLs in footnote definitions, joined where a line break cut them.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Located, Span};

static URL: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"\b(?i:https?|ftp|htps?|htttps?|hhtps?)\s?:?/{1,3}[^\s<>“”‘’]*|\b(?i:www)\.[^\s<>“”‘’]+",
    )
});

/// URLs in a definition's lines. A URL broken at a line end
/// ("...the-netherlands-", then "multi-stakeholder...html") is joined and its
/// span covers both parts; URLs run together ("nl/.https://") are split at each scheme.
pub(crate) fn urls(text: &str, parts: &[Span]) -> Vec<Located<String>> {
    let mut out: Vec<Located<String>> = Vec::new();
    let mut open_url = false;
    for part in parts {
        let s = part.text(text);
        let mut from = 0;
        if open_url {
            let mut word_end = s.find(char::is_whitespace).unwrap_or(s.len());
            // Stop at the next URL run together with this one.
            if let Some(&(cut, _)) = split_schemes(&s[..word_end]).get(1) {
                word_end = cut;
            }
            if let Some(u) = out.last_mut() {
                u.value.push_str(&s[..word_end]);
                u.span = u.span.cover(Span::new(part.start, part.start + word_end));
                from = word_end;
            }
        }
        open_url = false;
        for m in URL.find_iter(&s[from..]) {
            let base = part.start + from + m.start();
            for (off, piece) in split_schemes(m.as_str()) {
                out.push(Located {
                    value: piece.to_string(),
                    span: Span::new(base + off, base + off + piece.len()),
                });
            }
            open_url =
                from + m.end() == s.len() && m.as_str().ends_with(['/', '-', '?', '_', '=', '&']);
        }
    }
    for u in &mut out {
        let keep = u.value.trim_end_matches(['.', ',', ';', ')']).len();
        let cut = u.value.len() - keep;
        u.value.truncate(keep);
        u.span.end = u.span.end.saturating_sub(cut).max(u.span.start);
    }
    out
}

/// Splits "a://x/.https://y" into "a://x/." and "https://y" (with offsets).
fn split_schemes(s: &str) -> Vec<(usize, &str)> {
    let mut cuts: Vec<usize> = s
        .match_indices("http")
        .map(|(i, _)| i)
        .filter(|&i| {
            i > 0
                && s[i..]
                    .trim_start_matches("https")
                    .trim_start_matches("http")
                    .starts_with("://")
        })
        .collect();
    cuts.insert(0, 0);
    cuts.push(s.len());
    cuts.windows(2)
        .map(|w| (w[0], &s[w[0]..w[1]]))
        .filter(|(_, p)| !p.is_empty())
        .collect()
}

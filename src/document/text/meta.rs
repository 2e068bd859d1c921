//! Document metadata from the front matter and the running page header.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::{Furniture, FurnitureKind, Joined, Located, Meta, Span};

static TITLE: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)lijst van (?:feitelijke )?vragen en antwoorden"));
static COMMITTEE: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\b(?:de\s+)?((?:vaste\s+|algemene\s+)?commissie\s+voor\s+.+?)\s+heeft\b",
    )
});
/// "over de Beleidsagenda ... (36180, nr. 164)".
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"\bover\s+(?:de|het)\s+(.+?)\s*\(([0-9][0-9 ]{2,6}[0-9](?:-[0-9A-Z]+)?),?\s*nr\.\s*([0-9]+)\)",
    )
});
/// "(36180-164) 5/102" in a page header.
static HEADER_DOSSIER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"\(([0-9]{3,6}(?:-[0-9A-Z]{1,8})?)\)\s+[0-9]"));

pub fn read(text: &str, front: &[Span], furniture: &[Furniture]) -> Meta {
    let mut meta = Meta::default();
    let joined = Joined::new(text, front);
    let located = |start: usize, end: usize| {
        let span = joined.source_span(start, end);
        Located {
            value: joined.text[start..end].to_string(),
            span,
        }
    };
    if let Some(m) = TITLE.find(&joined.text) {
        meta.title = Some(located(m.start(), m.end()));
    }
    if let Some(c) = COMMITTEE.captures(&joined.text).and_then(|c| c.get(1)) {
        meta.committee = Some(located(c.start(), c.end()));
    }
    if let Some(caps) = SUBJECT.captures(&joined.text) {
        if let Some(s) = caps.get(1) {
            meta.subject = Some(located(s.start(), s.end()));
        }
        if let (Some(d), Some(n)) = (caps.get(2), caps.get(3)) {
            let dossier: String = d.as_str().chars().filter(|c| !c.is_whitespace()).collect();
            meta.dossier = Some(Located {
                value: format!("{dossier}-{}", n.as_str()),
                span: joined.source_span(d.start(), n.end()),
            });
        }
    }
    if meta.dossier.is_none() {
        for f in furniture
            .iter()
            .filter(|f| f.kind == FurnitureKind::PageHeader)
        {
            if let Some(c) = HEADER_DOSSIER
                .captures(f.span.text(text))
                .and_then(|c| c.get(1))
            {
                meta.dossier = Some(Located {
                    value: c.as_str().to_string(),
                    span: Span::new(f.span.start + c.start(), f.span.start + c.end()),
                });
                break;
            }
        }
    }
    meta
}

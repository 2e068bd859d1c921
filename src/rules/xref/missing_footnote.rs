//! xref/missing-footnote: "zie voetnoot 12" where there is no footnote 12.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_FOOTNOTE: RuleMeta = RuleMeta {
    id: "xref/missing-footnote",
    severity: Severity::Error,
    summary: "A reference to a footnote that does not exist",
    explanation: r#"
"Zie voetnoot 12" must name a footnote of this document (a marker or a
definition with that number).
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Zie voetnoot 2 voor de bron.

1 CBS, Nederland Handelsland 2025.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Zie voetnoot 1 voor de bron.

1 CBS, Nederland Handelsland 2025.
"#,
    )],
    texts: &[
        Text::en("message", "footnote {number} does not exist"),
        Text::en("help", "refer to an existing footnote"),
    ],
};

static FOOTNOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bvoetnoot\s+([0-9]{1,3})\b"));

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let known: BTreeSet<u32> = doc
        .markers
        .iter()
        .map(|m| m.number)
        .chain(doc.definitions.iter().map(|d| d.number))
        .collect();
    for e in &doc.entries {
        let answer = doc.answer_text(e);
        for caps in FOOTNOTE_REF.captures_iter(&answer.text) {
            let Some(m) = caps.get(1) else { continue };
            let Ok(n) = m.as_str().parse::<u32>() else {
                continue;
            };
            if known.contains(&n) {
                continue;
            }
            out.push(
                MISSING_FOOTNOTE
                    .at(
                        answer.source_span(m.start(), m.end()),
                        MISSING_FOOTNOTE.say("message", &[("number", &n)]),
                    )
                    .with_question(Some(e.first_number()))
                    .with_help(MISSING_FOOTNOTE.say("help", &[])),
            );
        }
    }
}

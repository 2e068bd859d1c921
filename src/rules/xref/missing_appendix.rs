//! xref/missing-appendix: "zie bijlage 2" in a document whose appendix
//! headings do not include "Bijlage 2".

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MISSING_APPENDIX: RuleMeta = RuleMeta {
    id: "xref/missing-appendix",
    severity: Severity::Warning,
    summary: "A reference to an appendix (bijlage) the document does not have",
    explanation: r#"
When a document has appendices (lines starting with "Bijlage N"), every "zie
bijlage N" in an answer must name one of them. Documents without appendix
headings are not checked, because their appendices are usually separate
files.
"#,
    summary_nl: "Een verwijzing naar een bijlage die het document niet heeft",
    explanation_nl: r#"
Heeft een document bijlagen (regels die beginnen met "Bijlage N"), dan moet
elke "zie bijlage N" in een antwoord er een van noemen. Documenten zonder
kopjes van bijlagen worden niet gecontroleerd, omdat hun bijlagen meestal
aparte bestanden zijn.
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
Zie bijlage 2 voor de bron.

Bijlage 1
Bronnen.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
Zie bijlage 1 voor de bron.

Bijlage 1
Bronnen.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "bijlage {number} staat niet in dit document",
            "bijlage {number} does not exist in this document",
        ),
        Text::new(
            "help",
            "verwijs naar een bestaande bijlage, of voeg de bijlage toe",
            "refer to an existing appendix, or add it",
        ),
    ],
};

static APPENDIX_REF: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?i)\bbijlage\s+([0-9]{1,2})\b"));
static APPENDIX_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?m)^\s*(?:Bijlage|BIJLAGE)\s+([0-9]{1,2})\b"));

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let headings: BTreeSet<u32> = APPENDIX_HEADING
        .captures_iter(&doc.text)
        .filter_map(|c| c.get(1)?.as_str().parse().ok())
        .collect();
    if headings.is_empty() {
        return;
    }
    for e in &doc.entries {
        let answer = doc.answer_text(e);
        for caps in APPENDIX_REF.captures_iter(&answer.text) {
            let Some(m) = caps.get(1) else { continue };
            let Ok(n) = m.as_str().parse::<u32>() else {
                continue;
            };
            if headings.contains(&n) {
                continue;
            }
            out.push(
                MISSING_APPENDIX
                    .at(
                        answer.source_span(m.start(), m.end()),
                        MISSING_APPENDIX.say("message", &[("number", &n)]),
                    )
                    .with_question(Some(e.first_number()))
                    .with_help(MISSING_APPENDIX.say("help", &[])),
            );
        }
    }
}

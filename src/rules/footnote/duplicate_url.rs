//! footnote/duplicate-url: one definition gives the same URL twice or more.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const DUPLICATE_URL: RuleMeta = RuleMeta {
    id: "footnote/duplicate-url",
    severity: Severity::Warning,
    summary: "A footnote definition repeats the same URL",
    explanation: r#"
A URL printed several times in one footnote is a paste or conversion error
("https://verdragenbank.overheid.nl/.https://verdragenbank.overheid.nl/.").
"#,
    summary_nl: "Een voetnoottekst noemt dezelfde URL meer dan eens",
    explanation_nl: r#"
Een URL die meer dan eens in één voetnoot staat, is een plak- of conversiefout
("https://verdragenbank.overheid.nl/.https://verdragenbank.overheid.nl/.").
"#,
    bad: &[Example::list(
        r#"
1 Kunt u de verdragen uitputtend noemen?
Een overzicht staat in de Verdragenbank.1

1 https://verdragenbank.overheid.nl/ https://verdragenbank.overheid.nl/
"#,
    )],
    good: &[Example::list(
        r#"
1 Kunt u de verdragen uitputtend noemen?
Een overzicht staat in de Verdragenbank.1

1 https://verdragenbank.overheid.nl/
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "voetnoot {number} noemt dezelfde URL {count} keer: {url}",
            "footnote {number} gives the same URL {count} times: {url}",
        ),
        Text::new("related", "de eerste keer", "first given here"),
        Text::new("help", "noem de URL één keer", "keep the URL once"),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.definitions {
        let mut first_url: BTreeMap<&str, Span> = BTreeMap::new();
        for u in &d.urls {
            if let Some(first) = first_url.get(u.value.as_str()) {
                // Once per definition, at the first repetition.
                let count = d.urls.iter().filter(|x| x.value == u.value).count();
                out.push(
                    DUPLICATE_URL
                        .at(
                            u.span,
                            DUPLICATE_URL.say(
                                "message",
                                &[("number", &d.number), ("count", &count), ("url", &u.value)],
                            ),
                        )
                        .with_question(question_at(doc, d.span.start))
                        .with_related(*first, DUPLICATE_URL.say("related", &[]))
                        .with_help(DUPLICATE_URL.say("help", &[])),
                );
                break;
            }
            first_url.insert(u.value.as_str(), u.span);
        }
    }
}

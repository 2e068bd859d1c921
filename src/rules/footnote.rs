//! footnote/: markers in the text against the definitions at page bottoms.

use std::collections::{BTreeMap, BTreeSet};

use super::registry::Family;
use super::{Example, RuleMeta};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, MarkerKind, NoteKind};

pub const UNDEFINED: RuleMeta = RuleMeta {
    id: "footnote/undefined",
    severity: Severity::Error,
    summary: "A footnote marker without a definition",
    explanation: r#"
Every marker in the text ("Soedan.1") needs a definition ("1 UN Comtrade
..."). In text extracted from a PDF, a missing definition often means the
footnote was lost in the layout: check the source. Left alone: a text that
lost its line breaks (a dataset export, one line for a whole letter), where
a definition cannot be told from the running text; kamerlint still reads the
markers there but reports no footnote numbering.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
"#,
    )],
};

pub const UNREFERENCED: RuleMeta = RuleMeta {
    id: "footnote/unreferenced",
    severity: Severity::Warning,
    summary: "A footnote definition whose marker is missing from the text",
    explanation: r#"
A definition that no marker points to is either stale or its marker was
deleted in editing.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
2 UN Comtrade. HS code 7108.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
"#,
    )],
};

pub const DUPLICATE_DEFINITION: RuleMeta = RuleMeta {
    id: "footnote/duplicate-definition",
    severity: Severity::Error,
    summary: "Two footnote definitions with one number",
    explanation: r#"
Each footnote number is defined once. A second definition is a pasted
duplicate or a numbering slip.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
1 UN Comtrade. HS code 1301.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
In 2024 importeerde Nederland gom uit Soedan.1 Dit betrof 1,8% van de import.

1 UN Comtrade. HS code 1301.
"#,
    )],
};

pub const OUT_OF_ORDER: RuleMeta = RuleMeta {
    id: "footnote/out-of-order",
    severity: Severity::Warning,
    summary: "Footnote numbering out of order or with a gap",
    explanation: r#"
Footnotes are numbered 1, 2, 3, ... in the order their markers appear, and
their definitions follow the same order.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom en goud uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 Nederland importeerde geen goud uit Soedan.3 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
3 UN Comtrade. HS code 7108.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom en goud uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 Nederland importeerde geen goud uit Soedan.2 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
2 UN Comtrade. HS code 7108.
"#,
    )],
};

pub const DETACHED_MARKER: RuleMeta = RuleMeta {
    id: "footnote/detached-marker",
    severity: Severity::Warning,
    summary: "A footnote marker stands apart from the word it belongs to",
    explanation: r#"
A marker follows its word or punctuation without a space ("aan de orde.42").
A detached marker ("aan de orde. 42 Wel") reads as an ordinary number.
"#,
    bad: &[Example::list(
        r#"
1 Zijn tegenmaatregelen aan de orde?
Daarmee zijn tegenmaatregelen voorlopig niet aan de orde. 1 Wel acht het kabinet het wenselijk dat de EU de mogelijkheid behoudt.

1 Kamerstuk 21501-02, nr. 3221.
"#,
    )],
    good: &[Example::list(
        r#"
1 Zijn tegenmaatregelen aan de orde?
Daarmee zijn tegenmaatregelen voorlopig niet aan de orde.1 Wel acht het kabinet het wenselijk dat de EU de mogelijkheid behoudt.

1 Kamerstuk 21501-02, nr. 3221.
"#,
    )],
};

pub const DUPLICATE_URL: RuleMeta = RuleMeta {
    id: "footnote/duplicate-url",
    severity: Severity::Warning,
    summary: "A footnote definition repeats the same URL",
    explanation: r#"
A URL printed several times in one footnote is a paste or conversion error
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
};

pub const EMPTY_DEFINITION: RuleMeta = RuleMeta {
    id: "footnote/empty-definition",
    severity: Severity::Error,
    summary: "A footnote definition without text",
    explanation: r#"
A definition that is only its number tells the reader nothing: the source or
URL is missing.
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Dit zijn de meest recente cijfers van het CPB.2

1 CBS, Nederland Handelsland 2025.
2
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CBS.1 Dit zijn de meest recente cijfers van het CPB.2

1 CBS, Nederland Handelsland 2025.
2 CPB, Juniraming 2025.
"#,
    )],
};

pub const MALFORMED_URL: RuleMeta = RuleMeta {
    id: "footnote/malformed-url",
    severity: Severity::Warning,
    summary: "A URL in a footnote that cannot work as written",
    explanation: r#"
A URL needs a scheme written as "https://" (not "htps://" or "https//"), a
host name with a dot, and no spaces.
"#,
    bad: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CPB.1 Dit zijn de meest recente cijfers.

1 htps://www.cpb.nl/economische-effecten-van-importheffingen
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke bron gebruikt u?
De cijfers komen van het CPB.1 Dit zijn de meest recente cijfers.

1 https://www.cpb.nl/economische-effecten-van-importheffingen
"#,
    )],
};

pub const UNCERTAIN_MARKER: RuleMeta = RuleMeta {
    id: "footnote/uncertain-marker",
    severity: Severity::Info,
    summary: "Digits glued to a word that may be a footnote marker out of sequence",
    explanation: r#"
Markers run 1, 2, 3, ... through a document; kamerlint uses that to tell
them from ordinary numbers. Digits glued to a word that do not fit the
sequence are reported rather than guessed: either a marker is out of order,
or the digits belong to the word.
"#,
    bad: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 en kobalt uit Congo.9 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
"#,
    )],
    good: &[Example::list(
        r#"
1 Kan worden aangegeven of er gom uit Sudan wordt geïmporteerd?
Nederland importeerde gom uit Soedan.1 en kobalt uit Congo.2 Dit betreft goederenstromen.

1 UN Comtrade. HS code 1301.
2 UN Comtrade. HS code 8105.
"#,
    )],
};

/// The footnote family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "footnote",
    rules: &[
        &UNDEFINED,
        &UNREFERENCED,
        &DUPLICATE_DEFINITION,
        &OUT_OF_ORDER,
        &DETACHED_MARKER,
        &DUPLICATE_URL,
        &EMPTY_DEFINITION,
        &MALFORMED_URL,
        &UNCERTAIN_MARKER,
    ],
    check: Some(check),
    settings: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let start = out.len();
    check_all(doc, out);
    // Where the line breaks were lost, a definition cannot be told from
    // the running text (nor a marker from a number): the numbering rules
    // stay silent rather than guess.
    if doc.line_breaks_lost {
        let mine = out.split_off(start);
        out.extend(mine.into_iter().filter(|d| {
            ![
                UNDEFINED.id,
                UNREFERENCED.id,
                OUT_OF_ORDER.id,
                DUPLICATE_DEFINITION.id,
                DETACHED_MARKER.id,
                UNCERTAIN_MARKER.id,
                DUPLICATE_URL.id,
            ]
            .contains(&d.rule)
        }));
    }
}

fn check_all(doc: &Document, out: &mut Vec<Diagnostic>) {
    let q = |offset: usize| super::question_at(doc, offset);
    let defined: BTreeMap<u32, &crate::document::FootnoteDef> = doc
        .definitions
        .iter()
        .rev()
        .map(|d| (d.number, d))
        .collect();
    let marked: BTreeSet<u32> = doc.markers.iter().map(|m| m.number).collect();

    for m in &doc.markers {
        if !defined.contains_key(&m.number) {
            out.push(
                UNDEFINED
                    .at(m.span, format!("footnote {} has no definition", m.number))
                    .with_question(q(m.span.start))
                    .with_help("add the footnote text, or remove the marker"),
            );
        }
        if m.kind == MarkerKind::Detached {
            out.push(
                DETACHED_MARKER
                    .at(
                        m.span,
                        format!(
                            "footnote marker {} stands apart from the text it belongs to",
                            m.number
                        ),
                    )
                    .with_question(q(m.span.start))
                    .with_help(
                        "attach the marker to the preceding word or punctuation, without a space",
                    ),
            );
        }
    }
    let mut prev_marker: Option<&crate::document::Marker> = None;
    for m in &doc.markers {
        if let Some(p) = prev_marker {
            if m.number != p.number + 1 {
                let what = if m.number <= p.number {
                    format!("footnote {} follows footnote {}", m.number, p.number)
                } else if m.number == p.number + 2 {
                    format!(
                        "footnote {} is skipped: {} follows {}",
                        p.number + 1,
                        m.number,
                        p.number
                    )
                } else {
                    format!(
                        "footnotes {} to {} are skipped: {} follows {}",
                        p.number + 1,
                        m.number - 1,
                        m.number,
                        p.number
                    )
                };
                out.push(
                    OUT_OF_ORDER
                        .at(m.span, what)
                        .with_question(q(m.span.start))
                        .with_related(p.span, format!("footnote {} is here", p.number))
                        .with_help("number footnotes in the order their markers appear"),
                );
            }
        } else if m.number != 1 {
            out.push(
                OUT_OF_ORDER
                    .at(
                        m.span,
                        format!("the first footnote is numbered {}", m.number),
                    )
                    .with_question(q(m.span.start))
                    .with_help("number footnotes from 1"),
            );
        }
        prev_marker = Some(m);
    }

    let mut seen: BTreeMap<u32, &crate::document::FootnoteDef> = BTreeMap::new();
    let mut prev_def: Option<u32> = None;
    for d in &doc.definitions {
        if let Some(first) = seen.get(&d.number) {
            out.push(
                DUPLICATE_DEFINITION
                    .at(
                        d.number_span,
                        format!("footnote {} is defined twice", d.number),
                    )
                    .with_question(q(d.span.start))
                    .with_related(first.number_span, "first defined here")
                    .with_help("remove one definition, or renumber it"),
            );
        } else {
            seen.insert(d.number, d);
            if let Some(p) = prev_def {
                if d.number < p {
                    out.push(
                        OUT_OF_ORDER
                            .at(
                                d.number_span,
                                format!(
                                    "definition of footnote {} follows definition {}",
                                    d.number, p
                                ),
                            )
                            .with_question(q(d.span.start))
                            .with_help("put footnote definitions in numerical order"),
                    );
                }
            }
            prev_def = Some(d.number);
            if !marked.contains(&d.number) {
                out.push(
                    UNREFERENCED
                        .at(
                            d.number_span,
                            format!(
                                "footnote {} is defined but no marker refers to it",
                                d.number
                            ),
                        )
                        .with_question(q(d.span.start))
                        .with_help(
                            "add the marker where the footnote belongs, or remove the definition",
                        ),
                );
            }
        }
        let text: String = d
            .text
            .iter()
            .map(|s| doc.slice(*s))
            .collect::<Vec<_>>()
            .join(" ");
        if text.trim().is_empty() {
            out.push(
                EMPTY_DEFINITION
                    .at(d.number_span, format!("footnote {} has no text", d.number))
                    .with_question(q(d.span.start))
                    .with_help("add the source or URL"),
            );
        }
        let mut first_url: BTreeMap<&str, crate::document::Span> = BTreeMap::new();
        let mut reported = false;
        for u in &d.urls {
            if let Some(problem) = url_problem(
                &u.value,
                doc.slice(u.span),
                &doc.text[u.span.end.min(doc.text.len())..],
            ) {
                out.push(
                    MALFORMED_URL
                        .at(
                            u.span,
                            format!("malformed URL in footnote {}: {problem}", d.number),
                        )
                        .with_question(q(d.span.start))
                        .with_help("write the URL as https://host.tld/path, without spaces"),
                );
            }
            match first_url.get(u.value.as_str()) {
                Some(first) if !reported => {
                    reported = true;
                    let count = d.urls.iter().filter(|x| x.value == u.value).count();
                    out.push(
                        DUPLICATE_URL
                            .at(
                                u.span,
                                format!(
                                    "footnote {} gives the same URL {count} times: {}",
                                    d.number, u.value
                                ),
                            )
                            .with_question(q(d.span.start))
                            .with_related(*first, "first given here")
                            .with_help("keep the URL once"),
                    );
                }
                Some(_) => {}
                None => {
                    first_url.insert(u.value.as_str(), u.span);
                }
            }
        }
    }

    for n in &doc.notes {
        // Footnote structure that only XML and Word can express: a
        // reference to no footnote is an undefined marker, a footnote
        // without a number breaks the numbering.
        let structural = match n.kind {
            NoteKind::BrokenFootnoteReference => Some((
                &UNDEFINED,
                "point the reference to an existing footnote, or remove it",
            )),
            NoteKind::UnnumberedFootnote => Some((&OUT_OF_ORDER, "give the footnote its number")),
            _ => None,
        };
        if let Some((meta, help)) = structural {
            out.push(
                Diagnostic::new(meta.id, meta.severity, n.span, n.message.clone())
                    .with_question(q(n.span.start))
                    .with_help(help),
            );
        }
        if n.kind == NoteKind::UncertainMarker {
            out.push(
                UNCERTAIN_MARKER.at(n.span, n.message.clone())
                    .with_question(q(n.span.start))
                    .with_help("if this is a footnote marker, check the numbering; if not, separate the digits from the word"),
            );
        }
    }
}

/// Why a URL cannot work, if it cannot. `printed` is the URL as it stands
/// in the text, `after` the text that follows it.
fn url_problem(url: &str, printed: &str, after: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let Some((scheme, rest)) = lower.split_once(':') else {
        if lower.starts_with("www.") {
            return None;
        }
        return Some("no scheme".into());
    };
    if !matches!(scheme.trim(), "http" | "https" | "ftp") {
        if lower.starts_with("www.") {
            return None;
        }
        return Some(format!("unknown scheme \"{}\"", scheme.trim()));
    }
    if scheme.ends_with(' ') {
        return Some("a space before the colon".into());
    }
    let Some(rest) = rest.strip_prefix("//") else {
        return Some("the scheme is not followed by \"//\"".into());
    };
    if rest.starts_with('/') {
        return Some("too many slashes after the scheme".into());
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Some("no host name".into());
    }
    if !host.contains('.') {
        return Some(format!("host \"{host}\" has no domain"));
    }
    if host.ends_with('.') && rest.len() == host.len() {
        // "https://www.cpb. nl": broken by a space
        return Some("the host name is cut off".into());
    }
    let after: String = after.trim_start_matches(' ').chars().take(8).collect();
    if printed.len() < 400
        && (after.starts_with(".nl")
            || after.starts_with(".eu")
            || after.starts_with(".com")
            || after.starts_with(".org"))
    {
        return Some("a space inside the host name".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::url_problem;

    #[test]
    fn url_problems() {
        assert!(url_problem("https://www.cpb.nl/x", "", "").is_none());
        assert!(url_problem("www.cpb.nl", "", "").is_none());
        assert!(url_problem("htps://www.cpb.nl/x", "", "").is_some());
        assert!(url_problem("https//www.cpb.nl/x", "", "").is_some());
        assert!(url_problem("https://www.cpb", "", " .nl/x").is_some());
        assert!(url_problem("https://localhost/x", "", "").is_some());
    }
}

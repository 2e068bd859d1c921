//! footnote/malformed-url: a URL in a definition that cannot work as
//! written (scheme, slashes, host, a space inside).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const MALFORMED_URL: RuleMeta = RuleMeta {
    id: "footnote/malformed-url",
    severity: Severity::Warning,
    summary: "A URL in a footnote that cannot work as written",
    explanation: r#"
A URL needs a scheme written as "https://" (not "htps://" or "https//"), a
host name with a dot, and no spaces.
"#,
    summary_nl: "Een URL in een voetnoot die zo niet werkt",
    explanation_nl: r#"
Een URL heeft een protocol, geschreven als "https://" (niet "htps://" of
"https//"), een domeinnaam met een punt, en geen spaties.
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
    texts: &[
        Text::new(
            "message.no-scheme",
            "onjuiste URL in voetnoot {number}: geen protocol (https://)",
            "malformed URL in footnote {number}: no scheme",
        ),
        Text::new(
            "message.unknown-scheme",
            "onjuiste URL in voetnoot {number}: onbekend protocol “{scheme}”",
            "malformed URL in footnote {number}: unknown scheme \"{scheme}\"",
        ),
        Text::new(
            "message.space-before-colon",
            "onjuiste URL in voetnoot {number}: een spatie voor de dubbele punt",
            "malformed URL in footnote {number}: a space before the colon",
        ),
        Text::new(
            "message.no-slashes",
            "onjuiste URL in voetnoot {number}: na het protocol ontbreekt “//”",
            "malformed URL in footnote {number}: the scheme is not followed by \"//\"",
        ),
        Text::new(
            "message.too-many-slashes",
            "onjuiste URL in voetnoot {number}: te veel schuine strepen na het protocol",
            "malformed URL in footnote {number}: too many slashes after the scheme",
        ),
        Text::new(
            "message.no-host",
            "onjuiste URL in voetnoot {number}: geen domeinnaam",
            "malformed URL in footnote {number}: no host name",
        ),
        Text::new(
            "message.no-domain",
            "onjuiste URL in voetnoot {number}: “{host}” is geen volledige domeinnaam",
            "malformed URL in footnote {number}: host \"{host}\" has no domain",
        ),
        Text::new(
            "message.host-cut-off",
            "onjuiste URL in voetnoot {number}: de domeinnaam is afgebroken",
            "malformed URL in footnote {number}: the host name is cut off",
        ),
        Text::new(
            "message.space-in-host",
            "onjuiste URL in voetnoot {number}: een spatie in de domeinnaam",
            "malformed URL in footnote {number}: a space inside the host name",
        ),
        Text::new(
            "help",
            "schrijf de URL als https://domein.nl/pad, zonder spaties",
            "write the URL as https://host.tld/path, without spaces",
        ),
    ],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.definitions {
        for u in &d.urls {
            let after = &doc.text[u.span.end.min(doc.text.len())..];
            if let Some(problem) = url_problem(&u.value, doc.slice(u.span), after) {
                let n = &d.number;
                let message = match &problem {
                    Problem::NoScheme => MALFORMED_URL.say("message.no-scheme", &[("number", n)]),
                    Problem::UnknownScheme(scheme) => MALFORMED_URL.say(
                        "message.unknown-scheme",
                        &[("number", n), ("scheme", scheme)],
                    ),
                    Problem::SpaceBeforeColon => {
                        MALFORMED_URL.say("message.space-before-colon", &[("number", n)])
                    }
                    Problem::NoSlashes => MALFORMED_URL.say("message.no-slashes", &[("number", n)]),
                    Problem::TooManySlashes => {
                        MALFORMED_URL.say("message.too-many-slashes", &[("number", n)])
                    }
                    Problem::NoHost => MALFORMED_URL.say("message.no-host", &[("number", n)]),
                    Problem::NoDomain(host) => {
                        MALFORMED_URL.say("message.no-domain", &[("number", n), ("host", host)])
                    }
                    Problem::HostCutOff => {
                        MALFORMED_URL.say("message.host-cut-off", &[("number", n)])
                    }
                    Problem::SpaceInHost => {
                        MALFORMED_URL.say("message.space-in-host", &[("number", n)])
                    }
                };
                out.push(
                    MALFORMED_URL
                        .at(u.span, message)
                        .with_question(question_at(doc, d.span.start))
                        .with_help(MALFORMED_URL.say("help", &[])),
                );
            }
        }
    }
}

/// Why a URL cannot work.
#[derive(Debug)]
enum Problem {
    NoScheme,
    UnknownScheme(String),
    SpaceBeforeColon,
    NoSlashes,
    TooManySlashes,
    NoHost,
    NoDomain(String),
    HostCutOff,
    SpaceInHost,
}

/// Why a URL cannot work, if it cannot. `printed` is the URL as it stands
/// in the text, `after` the text that follows it.
fn url_problem(url: &str, printed: &str, after: &str) -> Option<Problem> {
    let lower = url.to_ascii_lowercase();
    let Some((scheme, rest)) = lower.split_once(':') else {
        if lower.starts_with("www.") {
            return None;
        }
        return Some(Problem::NoScheme);
    };
    if !matches!(scheme.trim(), "http" | "https" | "ftp") {
        if lower.starts_with("www.") {
            return None;
        }
        return Some(Problem::UnknownScheme(scheme.trim().to_string()));
    }
    if scheme.ends_with(' ') {
        return Some(Problem::SpaceBeforeColon);
    }
    let Some(rest) = rest.strip_prefix("//") else {
        return Some(Problem::NoSlashes);
    };
    if rest.starts_with('/') {
        return Some(Problem::TooManySlashes);
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Some(Problem::NoHost);
    }
    if !host.contains('.') {
        return Some(Problem::NoDomain(host.to_string()));
    }
    if host.ends_with('.') && rest.len() == host.len() {
        // "https://www.cpb. nl": broken by a space
        return Some(Problem::HostCutOff);
    }
    let after: String = after.trim_start_matches(' ').chars().take(8).collect();
    if printed.len() < 400
        && (after.starts_with(".nl")
            || after.starts_with(".eu")
            || after.starts_with(".com")
            || after.starts_with(".org"))
    {
        return Some(Problem::SpaceInHost);
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

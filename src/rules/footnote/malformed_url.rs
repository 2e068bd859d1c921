//! footnote/malformed-url: a URL in a definition that cannot work as
//! written (scheme, slashes, host, a space inside).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{question_at, Example, RuleMeta};

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
    texts: &[],
};

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    for d in &doc.definitions {
        for u in &d.urls {
            let after = &doc.text[u.span.end.min(doc.text.len())..];
            if let Some(problem) = url_problem(&u.value, doc.slice(u.span), after) {
                out.push(
                    MALFORMED_URL
                        .at(
                            u.span,
                            format!("malformed URL in footnote {}: {problem}", d.number),
                        )
                        .with_question(question_at(doc, d.span.start))
                        .with_help("write the URL as https://host.tld/path, without spaces"),
                );
            }
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

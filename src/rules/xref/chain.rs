//! xref/chain: a reference that leads to an answer that only refers on.
//! The walk along such answers is shared with xref/cycle.

use super::refs::{EntryRefs, Target};
use super::Refs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Span;
use crate::rules::{Example, RuleMeta, Text};

pub const CHAIN: RuleMeta = RuleMeta {
    id: "xref/chain",
    severity: Severity::Warning,
    summary: "A reference leads to an answer that only refers on",
    explanation: r#"
When the target's answer is itself only "Zie het antwoord op vraag M", the
reader has to follow a chain. Refer to the answer where the chain ends.
"#,
    summary_nl: "Een verwijzing leidt naar een antwoord dat zelf alleen doorverwijst",
    explanation_nl: r#"
Is het antwoord waarnaar verwezen wordt zelf alleen "Zie het antwoord op vraag
M", dan moet de lezer een keten volgen. Verwijs naar het antwoord waar de
keten eindigt.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 2.

2 Welke missies gaan naar hoge risico landen?
Zie het antwoord op vraag 3.

3 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 3.

2 Welke missies gaan naar hoge risico landen?
Zie het antwoord op vraag 3.

3 Kunt u een lijst delen van landen met een hoog risico?
Een dergelijke lijst bestaat niet.
"#,
    )],
    texts: &[
        Text::new("message", "het antwoord op vraag {number} verwijst alleen door: {path}; het eigenlijke antwoord staat bij vraag {end}",
            "question {number} only refers on: {path}; the answer is in question {end}",
        ),
        Text::new("related", "de doorverwijzing", "refers on here"),
        Text::new("help", "verwijs direct naar vraag {end}", "refer to question {end} directly"),
    ],
};

/// Where a reference leads when every answer on the way is only a
/// reference: the question numbers passed (the referring question first),
/// the spans of the references followed, and whether the walk came back
/// to a question it had passed.
pub(super) struct Walk {
    pub(super) path: Vec<u32>,
    pub(super) steps: Vec<Span>,
    pub(super) cycle: bool,
}

/// Follows target `t` of `r` along answers that are only a reference.
pub(super) fn follow(cx: &Refs, r: &EntryRefs, t: &Target) -> Walk {
    // The single target of the redirect-only answer of question n.
    let redirect_of = |n: u32| -> Option<Target> {
        let r = cx.refs.iter().find(|r| {
            let e = &cx.doc.entries[r.entry];
            r.redirect && e.suffix.is_none() && e.numbers.contains(&n)
        })?;
        (r.targets.len() == 1).then(|| r.targets[0])
    };
    let own = cx.doc.entries[r.entry].first_number();
    let mut path = vec![own, t.number];
    let mut steps: Vec<Span> = Vec::new();
    let mut cur = t.number;
    let mut cycle = false;
    while let Some(next) = redirect_of(cur) {
        steps.push(next.span);
        if path.contains(&next.number) {
            cycle = next.number == own || path[1..].contains(&next.number);
            path.push(next.number);
            break;
        }
        path.push(next.number);
        cur = next.number;
        if path.len() > 64 {
            break;
        }
    }
    Walk { path, steps, cycle }
}

/// "1 → 2 → 3".
pub(super) fn arrows(path: &[u32]) -> String {
    path.iter()
        .map(|n| n.to_string())
        .collect::<Vec<_>>()
        .join(" → ")
}

pub(super) fn check(cx: &Refs, out: &mut Vec<Diagnostic>) {
    for r in &cx.refs {
        let own = cx.doc.entries[r.entry].first_number();
        for t in &r.targets {
            // A lettered question of a draft is not followed further.
            if cx.names_own(r.entry, t) || t.suffix.is_some() {
                continue;
            }
            let walk = follow(cx, r, t);
            if walk.cycle || walk.steps.is_empty() {
                continue;
            }
            let end = *walk.path.last().unwrap_or(&t.number);
            let mut d = CHAIN
                .at(
                    t.span,
                    CHAIN.say(
                        "message",
                        &[
                            ("number", &t.number),
                            ("path", &arrows(&walk.path)),
                            ("end", &end),
                        ],
                    ),
                )
                .with_question(Some(own))
                .with_help(CHAIN.say("help", &[("end", &end)]));
            for s in &walk.steps {
                d = d.with_related(*s, CHAIN.say("related", &[]));
            }
            out.push(d);
        }
    }
}

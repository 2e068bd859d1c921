//! xref/cycle: answers that refer to each other, so that none answers.

use std::collections::BTreeSet;

use super::chain::{arrows, follow};
use super::Refs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::{Example, RuleMeta, Text};

pub const CYCLE: RuleMeta = RuleMeta {
    id: "xref/cycle",
    severity: Severity::Error,
    summary: "Answers refer to each other and none answers",
    explanation: r#"
Question 3 says "zie vraag 5" and question 5 says "zie vraag 3": neither is
answered.
"#,
    summary_nl: "Antwoorden verwijzen naar elkaar en geen ervan geeft antwoord",
    explanation_nl: r#"
Vraag 3 zegt "zie vraag 5" en vraag 5 zegt "zie vraag 3": geen van beide is
beantwoord.
"#,
    bad: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 2.

2 Welke missies gaan naar hoge risico landen?
Zie het antwoord op vraag 1.
"#,
    )],
    good: &[Example::list(
        r#"
1 Welke handelsmissies zijn er gepland?
Zie het antwoord op vraag 2.

2 Welke missies gaan naar hoge risico landen?
Er zijn geen missies naar hoge risico landen gepland.
"#,
    )],
    texts: &[
        Text::new(
            "message",
            "de antwoorden verwijzen in een kring naar elkaar: {path}",
            "references go round in a circle: {path}",
        ),
        Text::new("related", "de doorverwijzing", "refers on here"),
        Text::new(
            "help",
            "beantwoord een van deze vragen, en laat de andere ernaar verwijzen",
            "answer one of these questions, and let the others refer to it",
        ),
    ],
};

pub(super) fn check(cx: &Refs, out: &mut Vec<Diagnostic>) {
    let mut reported: BTreeSet<Vec<u32>> = BTreeSet::new();
    for r in &cx.refs {
        // A loop is reported where the loop itself is, at an answer that
        // is only a reference, not at every answer that leads into it.
        if !r.redirect {
            continue;
        }
        let own = cx.doc.entries[r.entry].first_number();
        for t in &r.targets {
            if cx.names_own(r.entry, t) || t.suffix.is_some() {
                continue;
            }
            let walk = follow(cx, r, t);
            if !walk.cycle {
                continue;
            }
            let mut members: Vec<u32> = walk.path[..walk.path.len() - 1].to_vec();
            members.sort_unstable();
            members.dedup();
            if !reported.insert(members) {
                continue;
            }
            let mut d = CYCLE
                .at(
                    t.span,
                    CYCLE.say("message", &[("path", &arrows(&walk.path))]),
                )
                .with_question(Some(own))
                .with_help(CYCLE.say("help", &[]));
            for s in &walk.steps {
                d = d.with_related(*s, CYCLE.say("related", &[]));
            }
            out.push(d);
        }
    }
}

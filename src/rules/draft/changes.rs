//! What changed between a draft and its previous version, in short: the
//! questions added, removed and renumbered, the answers changed, and the
//! findings that are new and fixed. Questions are matched by their text
//! ([`super::matching`]); a finding is the same in both versions when its
//! rule, its question (the draft's number of it) and the text it is about
//! are (as a baseline keeps them, [`crate::baseline::finding_text`]).

use std::collections::BTreeMap;

use super::matching::{self, Reference};
use super::words;
use crate::baseline::finding_text;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// The changes between two versions.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// The draft's numbers of questions the previous version did not have.
    pub added: Vec<u32>,
    /// The previous version's numbers of questions the draft lacks.
    pub removed: Vec<u32>,
    /// Questions under another number than before.
    pub renumbered: usize,
    /// The draft's numbers of questions whose answer changed.
    pub answers_changed: Vec<u32>,
    /// Findings of the draft that the previous version did not have.
    pub new_findings: usize,
    /// Findings of the previous version that the draft no longer has.
    pub fixed_findings: usize,
}

/// The changes from `old` (with its findings) to `draft` (with its).
pub fn between(
    old: &Document,
    old_findings: &[Diagnostic],
    draft: &Document,
    draft_findings: &[Diagnostic],
) -> Changes {
    let pairing = matching::pair(old, Reference::Previous, draft);
    let mut changes = Changes::default();
    let mut to_draft: BTreeMap<u32, u32> = BTreeMap::new();
    for (i, unit) in pairing.old.iter().enumerate() {
        let Some(j) = pairing.to_new[i] else {
            changes.removed.extend(&unit.numbers);
            continue;
        };
        let now = &pairing.new[j];
        for (a, b) in unit.numbers.iter().zip(&now.numbers) {
            to_draft.insert(*a, *b);
        }
        if now.numbers != unit.numbers {
            changes.renumbered += 1;
        }
        if answer_key(old, &unit.entries) != answer_key(draft, &now.entries) {
            changes.answers_changed.push(now.first_number());
        }
    }
    for (j, unit) in pairing.new.iter().enumerate() {
        if pairing.to_old[j].is_none() {
            changes.added.extend(&unit.numbers);
        }
    }
    // Findings by (rule, the draft's question number, text), with counts.
    // Findings of the draft/ rules compare the versions themselves.
    let own = |d: &&Diagnostic| !d.rule.starts_with("draft/");
    let mut before: BTreeMap<(&str, Option<u32>, String), usize> = BTreeMap::new();
    for d in old_findings.iter().filter(own) {
        let question = d.question.map(|q| to_draft.get(&q).copied().unwrap_or(q));
        *before
            .entry((d.rule, question, finding_text(d, old)))
            .or_default() += 1;
    }
    for d in draft_findings.iter().filter(own) {
        let key = (d.rule, d.question, finding_text(d, draft));
        match before.get_mut(&key) {
            Some(n) if *n > 0 => *n -= 1,
            _ => changes.new_findings += 1,
        }
    }
    changes.fixed_findings = before.values().sum();
    changes
}

/// The words of the answers of `entries`, layout aside.
fn answer_key(doc: &Document, entries: &[usize]) -> String {
    let lines: Vec<_> = entries
        .iter()
        .flat_map(|&e| doc.entries[e].answer.iter().copied())
        .collect();
    words::joined(&words::of_lines(doc, &lines))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inserted_question_moves_the_rest_and_a_fixed_placeholder_is_fixed() {
        let old = "1 Hoeveel missies waren er?\nTwaalf, zie XXX.\n\n2 Wat kostte het?\nZie het antwoord op vraag 1.\n";
        let new = "1 Hoeveel missies waren er?\nTwaalf.\n\n2 Welke landen?\nVietnam.\n\n3 Wat kostte het?\nZie het antwoord op vraag 1.\n";
        let a = crate::check_bytes("old.txt", old.as_bytes());
        let b = crate::check_bytes("new.txt", new.as_bytes());
        let c = between(&a.document, &a.diagnostics, &b.document, &b.diagnostics);
        assert_eq!(c.added, [2]);
        assert!(c.removed.is_empty());
        assert_eq!(c.renumbered, 1);
        assert_eq!(c.answers_changed, [1]);
        assert_eq!((c.new_findings, c.fixed_findings), (0, 1));
    }
}

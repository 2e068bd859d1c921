//! draft/stale-reference: a reference that kept a number the questions or
//! footnotes no longer have since the previous version.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::matching::{Pairing, Unit};
use super::{opening, opening_words, words};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, FootnoteDef, NoteKind, Span};
use crate::rules::xref::refs;
use crate::rules::{Example, RuleMeta, Text};

pub const STALE_REFERENCE: RuleMeta = RuleMeta {
    id: "draft/stale-reference",
    severity: Severity::Error,
    summary: "A reference still carries the number its question or footnote had in the previous version",
    explanation: r#"
Checked with `--previous OLD`, the version of the draft before the last
changes. The questions of both versions are matched by their text. A
reference that stood in OLD as it stands now ("zie het antwoord op vraag
57") meant OLD's question 57; when that question has another number now
and 57 is another question, the reference points at the wrong answer
although the number exists. The finding names the question meant and the
number to write, and offers the fix. The same holds for a footnote marker
and for "zie voetnoot N" when the footnotes were renumbered: the note is
matched by its text. A reference that was written or corrected since OLD
is left alone, and so is one whose question kept its number.
"#,
    summary_nl: "Een verwijzing heeft nog het nummer dat haar vraag of voetnoot in de vorige versie had",
    explanation_nl: r#"
Gecontroleerd met `--previous OLD`, de versie van het concept van vóór de
laatste wijzigingen. De vragen van beide versies worden op hun tekst aan
elkaar gekoppeld. Een verwijzing die in OLD stond zoals ze nu staat ("zie
het antwoord op vraag 57"), bedoelde vraag 57 van OLD; heeft die vraag nu
een ander nummer en is 57 een andere vraag, dan wijst de verwijzing naar
het verkeerde antwoord, hoewel het nummer bestaat. De bevinding noemt de
bedoelde vraag en het nummer dat er moet staan, en biedt de verbetering
aan. Hetzelfde geldt voor een voetnootteken en voor "zie voetnoot N" als
de voetnoten opnieuw zijn genummerd: de voetnoot wordt op haar tekst
gekoppeld. Niet gemeld: een verwijzing die sinds OLD is geschreven of
verbeterd, en een verwijzing waarvan de vraag haar nummer hield.
"#,
    bad: &[Example::against_previous(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Wat waren de kosten van deze missies?
Zie het antwoord op vraag 1.
"#,
        r#"
1 Welke landen zijn in 2024 bezocht?
Onder meer Vietnam, Kenia en Brazilië.

2 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

3 Wat waren de kosten van deze missies?
Zie het antwoord op vraag 1.
"#,
    )],
    good: &[Example::against_previous(
        r#"
1 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

2 Wat waren de kosten van deze missies?
Zie het antwoord op vraag 1.
"#,
        r#"
1 Welke landen zijn in 2024 bezocht?
Onder meer Vietnam, Kenia en Brazilië.

2 Hoeveel handelsmissies zijn er in 2024 georganiseerd?
Er zijn twaalf handelsmissies georganiseerd.

3 Wat waren de kosten van deze missies?
Zie het antwoord op vraag 2.
"#,
    )],
    texts: &[
        Text::new("message", "deze verwijzing bedoelde vraag {old} van de vorige versie (“{opening}”), die nu vraag {new} is", "this reference meant question {old} of the previous version (\"{opening}\"), which is now question {new}",
        ),
        Text::new("help", "schrijf {new}", "write {new}"),
        Text::new("message.removed", "deze verwijzing bedoelde vraag {old} van de vorige versie (“{opening}”), die niet meer in het concept staat; vraag {old} is nu een andere vraag", "this reference meant question {old} of the previous version (\"{opening}\"), which is no longer in the draft; question {old} is now another question",
        ),
        Text::new("help.removed", "verwijs naar het antwoord dat er nu op ingaat, of verwijder de verwijzing", "refer to the answer that covers it now, or remove the reference",
        ),
        Text::new("related", "vraag {old} in de vorige versie", "question {old} in the previous version"),
        Text::new("message.marker", "voetnootteken {old} bedoelde de voetnoot “{opening}”, die nu voetnoot {new} is", "footnote marker {old} meant the note \"{opening}\", which is now footnote {new}",
        ),
        Text::new("message.footnote", "deze verwijzing bedoelde voetnoot {old} (“{opening}”), die nu voetnoot {new} is", "this reference meant footnote {old} (\"{opening}\"), which is now footnote {new}",
        ),
        Text::new("related.footnote", "voetnoot {old} in de vorige versie", "footnote {old} in the previous version"),
    ],
};

pub(super) fn check(
    doc: &Document,
    old: &Arc<Document>,
    pairing: &Pairing,
    out: &mut Vec<Diagnostic>,
) {
    questions(doc, old, pairing, out);
    footnotes(doc, old, pairing, out);
}

/// "zie het antwoord op vraag 57" where 57 was another question.
fn questions(doc: &Document, old: &Arc<Document>, pairing: &Pairing, out: &mut Vec<Diagnostic>) {
    let old_refs = refs::collect(old);
    for r in refs::collect(doc) {
        let Some(was) = pairing.old_of_new_entry(r.entry) else {
            continue;
        };
        let before = targets_of(old, &old_refs, was);
        for t in &r.targets {
            // The same reference stood in OLD: the same number after the
            // same words. One that OLD did not have, or had with another
            // number, was written or corrected since: it means what it
            // says.
            if !before.contains(&(context(doc, t.span), t.number)) {
                continue;
            }
            let names = |u: &Unit| u.numbers.contains(&t.number) && u.suffix == t.suffix;
            let Some(i) = pairing.old.iter().position(&names) else {
                continue;
            };
            let meant = &pairing.old[i];
            let own = doc.entries[r.entry].first_number();
            let related_span = old.entries[meant.entries[0]].number_span;
            let printed = doc.slice(t.span);
            let related = STALE_REFERENCE.say("related", &[("old", &meant.label())]);
            let opening = opening(&meant.words);
            match pairing.to_new[i].map(|j| &pairing.new[j]) {
                Some(now) if names(now) => {}
                Some(now) => {
                    let new = now.label();
                    let mut d = STALE_REFERENCE
                        .at(
                            t.span,
                            STALE_REFERENCE.say(
                                "message",
                                &[("old", &printed), ("opening", &opening), ("new", &new)],
                            ),
                        )
                        .with_question(Some(own))
                        .with_help(STALE_REFERENCE.say("help", &[("new", &new)]))
                        .with_related_in(old, related_span, related);
                    // A range ("vragen 12 t/m 15") shares one span: no
                    // single number to replace.
                    if meant.label() == printed {
                        d = d.with_fix(t.span, new.clone());
                    }
                    out.push(d);
                }
                // Removed: stale only if the number now names another
                // question (else xref/missing-target says it).
                None if doc
                    .entries
                    .iter()
                    .any(|e| e.numbers.contains(&t.number) && e.suffix == t.suffix) =>
                {
                    out.push(
                        STALE_REFERENCE
                            .at(
                                t.span,
                                STALE_REFERENCE.say(
                                    "message.removed",
                                    &[("old", &printed), ("opening", &opening)],
                                ),
                            )
                            .with_question(Some(own))
                            .with_help(STALE_REFERENCE.say("help.removed", &[]))
                            .with_related_in(old, related_span, related),
                    );
                }
                None => {}
            }
        }
    }
}

/// The references of the entries of `unit` in OLD: the words before each
/// and its number.
fn targets_of(
    old: &Document,
    old_refs: &[refs::EntryRefs],
    unit: &Unit,
) -> BTreeSet<(String, u32)> {
    old_refs
        .iter()
        .filter(|r| unit.entries.contains(&r.entry))
        .flat_map(|r| r.targets.iter().map(|t| (context(old, t.span), t.number)))
        .collect()
}

/// The words before a reference's number, white space in one form
/// ("zie het antwoord op vraag "; "vragen 6 en " for the 7 of "vragen 6 en
/// 7"): what makes it the same reference in two versions.
fn context(doc: &Document, span: Span) -> String {
    const BYTES: usize = 32;
    let start = span.start.saturating_sub(BYTES);
    let start = (start..=span.start)
        .find(|&i| doc.text.is_char_boundary(i))
        .unwrap_or(span.start);
    doc.text[start..span.start]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Footnote markers and "zie voetnoot N" whose note moved to another
/// number since OLD.
fn footnotes(doc: &Document, old: &Arc<Document>, pairing: &Pairing, out: &mut Vec<Diagnostic>) {
    let old_notes = notes(old);
    let new_notes = notes(doc);
    // The number each note has now, by its text.
    let mut now: BTreeMap<&str, u32> = BTreeMap::new();
    for (number, (text, _)) in &new_notes {
        now.entry(text.as_str()).or_insert(*number);
    }
    // Where a number of OLD went: (its new number, its text, its span in OLD).
    let moved = |number: u32| -> Option<(u32, String, Span)> {
        let (text, span) = old_notes.get(&number)?;
        if new_notes.get(&number).is_some_and(|(t, _)| t == text) {
            return None; // the note kept its number
        }
        let new = *now.get(text.as_str())?;
        (new != number).then(|| (new, text.clone(), *span))
    };
    // Markers: the same marker, glued to the same word, in the same
    // question of both versions. A marker left behind by a renumbering is
    // often out of sequence, so the reader only notes it as uncertain: it
    // counts too.
    for (number, span, entry) in markers(doc) {
        let Some(entry) = entry else { continue };
        let Some(was) = pairing.old_of_new_entry(entry) else {
            continue;
        };
        let anchor = word_before(doc, span);
        let kept = old.markers.iter().any(|o| {
            o.number == number
                && o.entry.is_some_and(|e| was.entries.contains(&e))
                && word_before(old, o.span) == anchor
        });
        if !kept {
            continue;
        }
        if let Some((new, text, old_span)) = moved(number) {
            out.push(footnote_finding(
                doc, old, span, number, new, &text, old_span, true,
            ));
        }
    }
    // "zie voetnoot N", standing in OLD's answer to the same question.
    let old_refs = refs::footnote_refs(old);
    for r in refs::footnote_refs(doc) {
        let Some(was) = pairing.old_of_new_entry(r.entry) else {
            continue;
        };
        let kept = old_refs
            .iter()
            .any(|o| o.number == r.number && was.entries.contains(&o.entry));
        if !kept {
            continue;
        }
        if let Some((new, text, span)) = moved(r.number) {
            out.push(footnote_finding(
                doc, old, r.span, r.number, new, &text, span, false,
            ));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn footnote_finding(
    doc: &Document,
    old: &Arc<Document>,
    at: Span,
    number: u32,
    new: u32,
    text: &str,
    old_span: Span,
    marker: bool,
) -> Diagnostic {
    let opening = opening_words(text.split(' '));
    let args: &[(&str, &dyn std::fmt::Display)] =
        &[("old", &number), ("opening", &opening), ("new", &new)];
    let message = if marker {
        STALE_REFERENCE.say("message.marker", args)
    } else {
        STALE_REFERENCE.say("message.footnote", args)
    };
    let mut d = STALE_REFERENCE
        .at(at, message)
        .with_question(crate::rules::question_at(doc, at.start))
        .with_help(STALE_REFERENCE.say("help", &[("new", &new)]))
        .with_related_in(
            old,
            old_span,
            STALE_REFERENCE.say("related.footnote", &[("old", &number)]),
        );
    if doc.slice(at) == number.to_string() {
        d = d.with_fix(at, new.to_string());
    }
    d
}

/// The markers of `doc` (number, digits, entry), with the digits the
/// reader noted as an uncertain marker.
fn markers(doc: &Document) -> Vec<(u32, Span, Option<usize>)> {
    let mut out: Vec<(u32, Span, Option<usize>)> = doc
        .markers
        .iter()
        .map(|m| (m.number, m.span, m.entry))
        .collect();
    for n in doc
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::UncertainMarker)
    {
        if let Ok(number) = doc.slice(n.span).parse::<u32>() {
            out.push((number, n.span, doc.entry_at(n.span.start)));
        }
    }
    out
}

/// Every footnote's text (its words' keys, joined) and its number's span,
/// by number; the first definition of a number.
fn notes(doc: &Document) -> BTreeMap<u32, (String, Span)> {
    let mut out = BTreeMap::new();
    for d in &doc.definitions {
        out.entry(d.number)
            .or_insert_with(|| (note_text(doc, d), d.number_span));
    }
    out
}

fn note_text(doc: &Document, d: &FootnoteDef) -> String {
    words::joined(&words::of_lines(doc, &d.text))
}

/// The word a marker is glued to or follows: the text before it back to
/// the previous white space (at most 40 bytes).
fn word_before(doc: &Document, marker: Span) -> &str {
    let start = marker.start.saturating_sub(40);
    let start = (start..=marker.start)
        .find(|&i| doc.text.is_char_boundary(i))
        .unwrap_or(marker.start);
    let before = &doc.text[start..marker.start];
    let before = before.trim_end();
    match before.rfind(char::is_whitespace) {
        Some(i) => before[i..].trim_start(),
        None => before,
    }
}

//! Choosing the layout of the entries by evidence. The strongest evidence is numbering that
//! runs 1, 2, 3, ...: every layout's candidate starts are counted as the
//! longest run in sequence, and the layout with the longest run wins.
//!
//! The layouts:
//! - numbered inline ("1 Kan worden ...?"), with a dot ("1. Kan ...?"), or a
//!   bare number on a line of its own before the question: the
//!   committee's lists as the PDF and the websites print them
//!   ([`super::numbered`]);
//! - labelled ("Vraag 1" ... "Antwoord 1"): answers to Kamervragen in the
//!   Aanhangsel, web pages, and letters ([`super::labels`]);
//! - margin ("12" on a line of its own, the question, "Antwoord"): the nota
//!   naar aanleiding van het verslag ([`super::margin`]).
//!
//! A new layout is a module with its start shape, its run count here, and
//! its line handling in [`Reader::entry_line`].

use super::labels::{label_numbers, VRAAG};
use super::Reader;
use crate::document::Layout;

impl Reader<'_> {
    /// Picks the entry layout with the longest run of consecutive numbers,
    /// and says why.
    pub(super) fn detect_layout(&self) -> (Layout, String) {
        let mut runs: Vec<(Layout, usize)> = vec![
            (Layout::Labelled, self.labelled_run()),
            (Layout::Margin, self.margin_run()),
        ];
        for layout in [
            Layout::NumberedInline,
            Layout::NumberedDot,
            Layout::BareNumber,
        ] {
            let mut expected = 1u32;
            let mut run = 0usize;
            for i in 0..self.lines.len() {
                if let Some((n, _, _)) = self.numbered_start(i, layout) {
                    if n == expected && self.looks_like_question(i, layout) {
                        expected += 1;
                        run += 1;
                    }
                }
            }
            runs.push((layout, run));
        }
        // The first of the longest runs: labels are the clearest evidence,
        // then margin numbers with their answer labels.
        let mut best = (Layout::None, 0usize);
        for &(layout, run) in &runs {
            if run > best.1 {
                best = (layout, run);
            }
        }
        let others = runs
            .iter()
            .filter(|(l, _)| *l != best.0)
            .map(|(l, r)| format!("{} {r}", l.name()))
            .collect::<Vec<_>>()
            .join(", ");
        let why = if best.0 == Layout::None {
            crate::document::says::NO_SEQUENCE.say(&[("others", &others)])
        } else {
            crate::document::says::IN_SEQUENCE.say(&[
                ("count", &best.1),
                ("layout", &best.0.describe()),
                ("others", &others),
            ])
        };
        (best.0, why)
    }

    /// The longest run of "Vraag N" labels in sequence.
    fn labelled_run(&self) -> usize {
        let mut run = 0usize;
        let mut expected: Option<u32> = None;
        for i in 0..self.lines.len() {
            let Some(caps) = VRAAG.captures(self.line_text(i)) else {
                continue;
            };
            let numbers = caps
                .get(1)
                .map(|m| label_numbers(m.as_str()))
                .unwrap_or_default();
            let (Some(&first), Some(&last)) = (numbers.first(), numbers.last()) else {
                continue;
            };
            if expected.is_none_or(|e| e == first) {
                run += numbers.len();
                expected = Some(last + 1);
            }
        }
        run
    }
}

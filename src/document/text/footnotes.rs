//! Footnote definitions: "3 UN Comtrade ..." on one line, with its
//! continuation lines, and the blocks that `pdftotext` prints at a page's
//! foot: a number on a line of its own with its text below, several
//! numbers together before their texts, or a number displaced past the
//! texts ([`Reader::footnote_zone`]).

use super::lines::{definition_line, trimmed};
use super::{Prev, Reader};
use crate::document::{FootnoteDef, FurnitureKind, Span};

impl Reader<'_> {
    /// Whether line `i` could be a footnote definition given the markers
    /// seen so far (definitions follow their markers).
    pub(super) fn could_be_definition(&self, i: usize) -> bool {
        let s = self.line_text(i);
        let Some(found) = definition_line(s) else {
            return false;
        };
        let Ok(n) = s[found.number].parse::<u32>() else {
            return false;
        };
        found.rest.is_some() && self.markers.seen(n)
    }

    /// A footnote definition line "N text" whose marker N has been seen,
    /// in order, or a second definition with the number just defined.
    pub(super) fn definition_start(&mut self, i: usize, blank_before: bool) -> Option<FootnoteDef> {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        let found = definition_line(s)?;
        let n: u32 = s[found.number.clone()].parse().ok()?;
        // "1 januari 2022 monitort ...": a sentence that starts with a
        // number, not a note (a note starts with a capital, a digit or a URL).
        let rest = found.rest.clone().map_or("", |r| s[r].trim_start());
        let word = rest.split(char::is_whitespace).next().unwrap_or("");
        if !word.is_empty() && word.chars().all(|c| c.is_lowercase()) {
            return None;
        }
        let last = self.definitions.last().map(|d| d.number).unwrap_or(0);
        let in_block = self.prev == Prev::Definition || self.in_definition;
        let defined = self.definitions.iter().any(|d| d.number == n);
        let accept = if self.markers.seen(n) && !defined {
            // In order, or filling a hole in a block of definitions.
            n > last || in_block || blank_before
        } else {
            // A duplicate, or a definition whose marker is missing: inside a
            // block of definitions, or standing alone at a page bottom when
            // it reads like a source (a URL, "Kamerstuk ...", "Titel | Site").
            let text = found.rest.clone().map_or("", |r| &s[r]);
            n > 0
                && (in_block
                    || ((blank_before || self.prev == Prev::Furniture) && reads_like_source(text)))
        };
        if !accept {
            return None;
        }
        let number_span = Span::new(
            span.start + found.number.start,
            span.start + found.number.end,
        );
        let text_span = found
            .rest
            .map(|r| Span::new(span.start + r.start, span.start + r.end))
            .map(|t| trimmed(self.text, t));
        let whole = trimmed(self.text, span);
        Some(FootnoteDef {
            number: n,
            number_span,
            span: whole,
            text: text_span.into_iter().filter(|t| !t.is_empty()).collect(),
            urls: Vec::new(),
        })
    }

    /// A definition that is only its number, directly under another definition.
    pub(super) fn empty_definition(&self, i: usize) -> Option<FootnoteDef> {
        let span = trimmed(self.text, self.lines[i].span);
        let n: u32 = span.text(self.text).parse().ok()?;
        let last = self.definitions.last()?.number;
        (n == last + 1 && self.markers.seen(n)).then(|| FootnoteDef {
            number: n,
            number_span: span,
            span,
            text: Vec::new(),
            urls: Vec::new(),
        })
    }

    pub(super) fn extend_definition(&mut self, span: Span) {
        let content = trimmed(self.text, span);
        if let Some(def) = self.definitions.last_mut() {
            def.text.push(content);
            def.span = def.span.cover(content);
        }
    }

    /// The last definition line ends inside a URL and this line continues it.
    pub(super) fn continues_url(&self, i: usize) -> bool {
        let s = self.line_text(i);
        if s.starts_with(char::is_whitespace) || s.trim().contains(' ') {
            return false;
        }
        let Some(last) = self.definitions.last().and_then(|d| d.text.last()) else {
            return false;
        };
        let prev = last.text(self.text).trim_end();
        let last_word = prev.rsplit(char::is_whitespace).next().unwrap_or("");
        (last_word.contains("://") || last_word.contains('/'))
            && last_word.ends_with(['/', '-', '?', '_', '=', '&', '.'])
    }

    /// A line continuing the last footnote definition: the definition line
    /// was full (wrapped) or ends in the middle of a URL, and this line does
    /// not start with the space that marks resumed body text.
    pub(super) fn is_continuation(&self, i: usize) -> bool {
        let s = self.line_text(i);
        if s.starts_with(char::is_whitespace) {
            return false;
        }
        let Some(def) = self.definitions.last() else {
            return false;
        };
        let Some(last) = def.text.last().copied().or(Some(def.span)) else {
            return false;
        };
        let prev_line = self.lines[self.lines_index_of(last.start)]
            .span
            .text(self.text);
        let prev_len = prev_line.chars().count();
        let t = s.trim();
        let url_like =
            t.contains("://") || t.starts_with("www.") || (!t.contains(' ') && t.contains('/'));
        let prev_open = prev_line
            .trim_end()
            .ends_with(['/', '-', '?', ':', '_', '=', '&']);
        prev_len > 95
            || (url_like && (prev_open || prev_len > 75))
            || (prev_open && prev_line.contains("://"))
    }

    pub(super) fn lines_index_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.span.start <= offset)
            .saturating_sub(1)
    }
}

/// The shape of a footnote's text: a URL, a parliamentary or treaty
/// citation, or "Title | Site" as copied from a web page.
fn reads_like_source(t: &str) -> bool {
    let t = t.trim();
    t.contains("://")
        || t.starts_with("www.")
        || t.contains(" | ")
        || [
            "Kamerstuk",
            "Kamerstukken",
            "Trb.",
            "Stb.",
            "Stcrt.",
            "Staatscourant",
            "Zie ",
        ]
        .iter()
        .any(|p| t.starts_with(p))
}

/// How far a footnote block at a page's foot may reach.
const ZONE_LINES: usize = 60;
/// Lines of text a block may have per footnote number.
const ZONE_TEXT_PER_NOTE: usize = 8;

/// One line of a footnote block.
enum Item {
    Number(u32, Span),
    /// A line of text, and its index.
    Text(Span, usize),
}

impl Reader<'_> {
    /// A footnote number on a line of its own.
    fn lone_number(&self, i: usize) -> Option<u32> {
        let t = self.line_text(i).trim();
        if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        t.parse().ok().filter(|&n| n > 0)
    }

    fn defined(&self, n: u32) -> bool {
        self.definitions.iter().any(|d| d.number == n)
    }

    /// "5 Kamerstuk 26 485, nr. 407" inside a block: number and text.
    fn numbered_text(&self, i: usize, from: u32) -> Option<(u32, Span, Span)> {
        let span = self.lines[i].span;
        let s = span.text(self.text);
        let found = definition_line(s)?;
        let n: u32 = s[found.number.clone()].parse().ok()?;
        let rest = found.rest?;
        if !(from..from + 10).contains(&n) || !self.markers.seen(n) {
            return None;
        }
        let number = Span::new(
            span.start + found.number.start,
            span.start + found.number.end,
        );
        let text = trimmed(
            self.text,
            Span::new(span.start + rest.start, span.start + rest.end),
        );
        Some((n, number, text))
    }

    /// Reads the footnote block that starts at line `i`, as `pdftotext`
    /// prints one above a page footer: the first number on a line of its
    /// own followed by a blank line (or the next number), the texts below,
    /// further numbers between them or displaced past them ("9", texts,
    /// "11", text, "12", text, "10"), the first page's imprint among them.
    /// Numbers are matched to texts in order, so the block must hold a
    /// run of numbers whose markers were seen and not yet defined, and as
    /// many texts. Returns whether line `i` started such a block; its lines
    /// are then consumed up to the footer.
    pub(super) fn footnote_zone(&mut self, i: usize) -> bool {
        let Some(n) = self.lone_number(i) else {
            return false;
        };
        // The next footnote in sequence may open a block before its marker
        // is known: a marker standing apart ("vragen 17 een") is found
        // from its definition afterwards.
        let expected = n == self.markers.max_seen() + 1;
        if !(self.markers.seen(n) || expected) || self.defined(n) {
            return false;
        }
        let next = i + 1;
        if next < self.lines.len() && !(self.is_blank(next) || self.lone_number(next).is_some()) {
            return false;
        }
        let mut lines = Vec::new();
        let mut imprint = Vec::new();
        let mut end = None;
        let mut j = i;
        while j < self.lines.len() && j < i + ZONE_LINES {
            if self.is_blank(j) {
                j += 1;
                continue;
            }
            if self.is_page_footer(j) {
                end = Some(j);
                break;
            }
            let t = self.line_text(j);
            if super::labels::VRAAG.is_match(t) || super::labels::is_answer_label(t) {
                return false;
            }
            if self.is_imprint(j) {
                imprint.push(j);
            } else {
                lines.push((j, self.lone_number(j)));
            }
            j += 1;
        }
        // A text that starts with a number ("10 miljoen euro toegekend ...")
        // is a numbered definition only when no line of the block has that
        // number on its own.
        let lone: Vec<u32> = lines.iter().filter_map(|(_, m)| *m).collect();
        let mut items = Vec::new();
        for &(j, m) in &lines {
            let span = trimmed(self.text, self.lines[j].span);
            if let Some(m) = m {
                items.push(Item::Number(m, span));
            } else if let Some((m, number, text)) =
                self.numbered_text(j, n).filter(|(m, ..)| !lone.contains(m))
            {
                items.push(Item::Number(m, number));
                items.push(Item::Text(text, j));
            } else {
                items.push(Item::Text(span, j));
            }
        }
        let at_end = j >= self.lines.len();
        let Some(end) = end.or(at_end.then_some(j)) else {
            return false;
        };
        let numbers: Vec<(u32, Span)> = items
            .iter()
            .filter_map(|it| match it {
                Item::Number(m, s) => Some((*m, *s)),
                Item::Text(..) => None,
            })
            .collect();
        // Sorted with repeats: a number printed twice is defined twice
        // (footnote/duplicate-definition), each with its own text.
        let mut sorted: Vec<u32> = numbers.iter().map(|x| x.0).collect();
        sorted.sort_unstable();
        let mut distinct = sorted.clone();
        distinct.dedup();
        let k = sorted.len();
        let run = distinct
            .last()
            .is_some_and(|&l| (l + 1).saturating_sub(n) == distinct.len() as u32);
        let max = self.markers.max_seen() + 1;
        let all_open = distinct
            .iter()
            .all(|&m| (self.markers.seen(m) || m == max) && !self.defined(m));
        if sorted.first() != Some(&n) || !run || !all_open {
            return self.displaced_definition(n, &numbers, &items, end);
        }
        let mut groups: Vec<Vec<Span>> = Vec::new();
        for it in &items {
            match it {
                Item::Number(..) => groups.push(Vec::new()),
                Item::Text(s, _) => match groups.last_mut() {
                    Some(g) => g.push(*s),
                    None => groups.push(vec![*s]),
                },
            }
        }
        groups.retain(|g| !g.is_empty());
        let lines: usize = groups.iter().map(Vec::len).sum();
        if groups.is_empty() || lines > ZONE_TEXT_PER_NOTE * k {
            return false;
        }
        if at_end && groups.iter().any(|g| g.len() > 3) {
            return false;
        }
        while groups.len() < k && split_one(self.text, &mut groups) {}
        while groups.len() > k {
            let Some(last) = groups.pop() else { break };
            if let Some(g) = groups.last_mut() {
                g.extend(last);
            }
        }
        if groups.len() != k {
            return false;
        }
        let mut used = vec![false; numbers.len()];
        for (m, text) in sorted.iter().zip(groups) {
            // The first unused number line of this number.
            let Some(at) = (0..numbers.len()).find(|&j| numbers[j].0 == *m && !used[j]) else {
                continue;
            };
            used[at] = true;
            let number_span = numbers[at].1;
            let (Some(first), Some(last)) = (text.first(), text.last()) else {
                continue;
            };
            let body = first.cover(*last);
            let span = if number_span.start < body.start {
                number_span.cover(body)
            } else {
                body
            };
            self.definitions.push(FootnoteDef {
                number: *m,
                number_span,
                span,
                text,
                urls: Vec::new(),
            });
        }
        for j in imprint {
            self.push_furniture(FurnitureKind::PageFooter, j);
        }
        self.consumed = end;
        self.in_definition = false;
        self.prev = Prev::Definition;
        true
    }
}

impl Reader<'_> {
    /// A footnote number displaced into a table or a column of numbers
    /// (ah-tk-20232024-1314: "2" among the cells, its text above the
    /// footer): when `n` is the only number of the block whose marker
    /// waits for its definition, and the last lines before the footer
    /// read like a source, they are its text. Only those lines are taken.
    fn displaced_definition(
        &mut self,
        n: u32,
        numbers: &[(u32, Span)],
        items: &[Item],
        end: usize,
    ) -> bool {
        let open = numbers
            .iter()
            .filter(|(m, _)| self.markers.seen(*m) && !self.defined(*m))
            .count();
        if open != 1 || !self.markers.seen(n) || end >= self.lines.len() {
            return false;
        }
        let tail: Vec<(Span, usize)> = items
            .iter()
            .rev()
            .map_while(|it| match it {
                Item::Text(s, j) => Some((*s, *j)),
                Item::Number(..) => None,
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let Some(&(first, _)) = tail.first() else {
            return false;
        };
        if tail.len() > 4 || !reads_like_source(first.text(self.text)) {
            return false;
        }
        let Some(&(_, number_span)) = numbers.iter().find(|(m, _)| *m == n) else {
            return false;
        };
        self.skip.extend(tail.iter().map(|(_, j)| *j));
        let text: Vec<Span> = tail.iter().map(|(s, _)| *s).collect();
        let span = text.iter().fold(first, |a, b| a.cover(*b));
        self.definitions.push(FootnoteDef {
            number: n,
            number_span,
            span,
            text,
            urls: Vec::new(),
        });
        true
    }
}

/// Splits the group with the most lines where one note most plausibly
/// ends and the next begins; false if no group has two lines.
fn split_one(text: &str, groups: &mut Vec<Vec<Span>>) -> bool {
    let Some((g, _)) = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| g.len() > 1)
        .max_by_key(|(i, g)| (g.len(), std::cmp::Reverse(*i)))
    else {
        return false;
    };
    let score = |b: usize| {
        let prev = groups[g][b - 1].text(text).trim_end();
        let next = groups[g][b].text(text).trim_start();
        let mut s = 0;
        if prev.ends_with(['.', ')']) {
            s += 2;
        }
        if next.starts_with(char::is_uppercase)
            || next.starts_with("http")
            || next.starts_with("www.")
        {
            s += 1;
        }
        if prev.chars().count() < 70 {
            s += 1;
        }
        s
    };
    let Some(b) = (1..groups[g].len()).max_by_key(|&b| (score(b), std::cmp::Reverse(b))) else {
        return false;
    };
    let tail = groups[g].split_off(b);
    groups.insert(g + 1, tail);
    true
}

//! A table as the text can name its cells: its rows and columns by the
//! words of their labels and heads, or by their years; the year the table
//! is about; the measures, unit and scale its caption or head names.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::words;
use crate::document::figures::key::{self, TermKind, Vocabulary};
use crate::document::figures::quantity::{Scale, Unit};
use crate::document::{Cell, Document, Span, Table};

/// One row or one column of a table, as the text can name it.
#[derive(Debug, Clone, Default)]
pub(super) struct Head {
    /// The terms a clause must hold to name the head: those of its label,
    /// less the ones the caption gives every cell ("export" of
    /// "Dienstenexport" under "Toegevoegde waarde per euro export"), unless
    /// that leaves none.
    pub(super) terms: Vec<String>,
    /// All the terms of its label, the caption's too.
    pub(super) all: Vec<String>,
    /// The terms of this head that no other head of its axis has, nor the
    /// caption: a clause that holds one speaks of this head.
    pub(super) distinctive: Vec<String>,
}

/// The rows or the columns of a table.
#[derive(Debug, Clone)]
pub(super) struct Axis {
    pub(super) heads: Vec<Head>,
    /// The year of each head, when every head is a year ("2023").
    pub(super) years: Option<Vec<u16>>,
}

impl Axis {
    /// The heads of `texts` (a label or head each, `None` where there is
    /// none) under a caption of `caption` terms.
    pub(super) fn new(texts: &[Option<&str>], caption: &[String]) -> Axis {
        let years: Option<Vec<u16>> = texts
            .iter()
            .map(|t| t.and_then(as_year))
            .collect::<Option<Vec<u16>>>()
            .filter(|ys| !ys.is_empty());
        let term_sets: Vec<Vec<String>> = texts
            .iter()
            .map(|t| t.map(words::term_set).unwrap_or_default())
            .collect();
        // How many heads have each term: a distinctive term has one.
        let mut heads_with: HashMap<&str, usize> = HashMap::new();
        for terms in &term_sets {
            for t in terms {
                *heads_with.entry(t.as_str()).or_default() += 1;
            }
        }
        let heads = term_sets
            .iter()
            .map(|terms| {
                let own: Vec<String> = terms
                    .iter()
                    .filter(|t| !caption.contains(t))
                    .cloned()
                    .collect();
                Head {
                    distinctive: own
                        .iter()
                        .filter(|t| heads_with.get(t.as_str()) == Some(&1))
                        .cloned()
                        .collect(),
                    terms: if own.is_empty() { terms.clone() } else { own },
                    all: terms.clone(),
                }
            })
            .collect();
        Axis { heads, years }
    }

    pub(super) fn len(&self) -> usize {
        self.heads.len()
    }

    /// The one head `found` names in full, with no other head touched by
    /// a word of its own; `None` when none or several are named.
    pub(super) fn named(&self, found: &[&str]) -> Option<usize> {
        let has = |t: &String| found.contains(&t.as_str());
        let named: Vec<usize> = (0..self.len())
            .filter(|&i| !self.heads[i].terms.is_empty() && self.heads[i].terms.iter().all(has))
            .collect();
        let touched = (0..self.len()).filter(|&i| self.heads[i].distinctive.iter().any(has));
        // Of several heads named, the one that holds all the others' words
        // ("Coalitieakkoord totaal" over "Totaal").
        let best = named.iter().copied().find(|&i| {
            named.iter().all(|&j| {
                self.heads[j]
                    .all
                    .iter()
                    .all(|t| self.heads[i].all.contains(t))
            })
        })?;
        if named
            .iter()
            .any(|&j| j != best && self.heads[j].all.len() == self.heads[best].all.len())
        {
            return None;
        }
        touched.into_iter().all(|i| i == best).then_some(best)
    }
}

fn as_year(text: &str) -> Option<u16> {
    let t = text.trim();
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|y| (1950..=2100).contains(y))
}

/// A table as the text can name its cells.
pub(super) struct Grid {
    pub(super) rows: Axis,
    pub(super) columns: Axis,
    /// Where each column's head is printed.
    pub(super) column_spans: Vec<Option<Span>>,
    /// The year the table is about, when it has no axis of years: its
    /// caption's one year, else the one year of the answer's figures.
    pub(super) year: Option<u16>,
    /// The measures of the vocabulary the caption or head names ("bbp").
    pub(super) measures: Vec<String>,
    /// The content words of the caption, the head and the sentence that
    /// leads in to the table ("slotwetmutaties"): what its cells measure.
    pub(super) title: Vec<String>,
    /// The unit and scale the caption or head gives cells that the figure
    /// reader left without ("(% van het bbp)", "Bedrag x € 1 mln").
    pub(super) unit: Option<(Unit, Scale)>,
}

static PERCENT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(r"(?i)\(\s*%|\bin\s+%|%\s+van\b|\bin procenten\b|percentage")
});
static MONEY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?i)\bx\s*(?:€|eur)\s*1\s*(?P<a>mln|miljoen|mld|miljard)\b|\bx\s*(?:€|eur)\s*(?P<t>1\.000(?:\.000)?)|\bin\s+(?P<b>miljoenen|miljarden)\s+(?:€|eur|euro)|\bbedragen\s+in\s+(?P<c>miljoenen|miljarden)\b",
    )
});

impl Grid {
    pub(super) fn of(
        doc: &Document,
        table: &Table,
        vocabulary: &Vocabulary,
        answer_year: Option<u16>,
        lead_in: &str,
    ) -> Option<Grid> {
        let n = table.rows.first()?.cells.len();
        if n == 0 || table.rows.iter().any(|r| r.cells.len() != n) {
            return None;
        }
        let labels: Vec<Option<&str>> = table
            .rows
            .iter()
            .map(|r| r.label.as_ref().map(|l| l.text.as_str()))
            .collect();
        let caption: Vec<String> = table
            .caption
            .as_ref()
            .map(|c| words::term_set(&c.text))
            .unwrap_or_default();
        let rows = Axis::new(&labels, &caption);
        let heads = column_heads(table, n, rows.years.is_some(), vocabulary);
        let (columns, column_spans) = match heads {
            Some(h) => (
                Axis::new(
                    &h.iter().map(|(s, _)| Some(s.as_str())).collect::<Vec<_>>(),
                    &caption,
                ),
                h.iter().map(|(_, span)| Some(*span)).collect(),
            ),
            None if n == 1 => (Axis::new(&[None], &caption), vec![None]),
            None => return None,
        };
        let mut context: Vec<&str> = table.caption.iter().map(|c| c.text.as_str()).collect();
        if table.caption.is_none() {
            let before = doc.text.get(..table.span.start).unwrap_or("").trim_end();
            context.extend(before.lines().next_back());
        }
        context.extend(table.header.iter().flatten().map(|c| c.text.as_str()));
        let context = context.join(" ");
        let mut title: Vec<String> = words::term_set(&format!("{context} {lead_in}"))
            .into_iter()
            .filter(|t| t.chars().count() >= 4 && t.chars().any(char::is_alphabetic))
            .collect();
        title.dedup();
        let lower = key::lower_same_len(&context);
        let mut measures: Vec<String> = vocabulary
            .find(&lower)
            .iter()
            .map(|h| vocabulary.term(h))
            .filter(|t| t.kind == TermKind::Measure && !t.canonical.contains("{dir}"))
            .map(|t| t.canonical.clone())
            .collect();
        measures.sort();
        measures.dedup();
        let unit = if PERCENT_HEAD.is_match(&context) {
            Some((Unit::Percent, Scale::One))
        } else {
            MONEY_HEAD.captures(&context).map(|c| {
                let word = ["a", "b", "c"]
                    .iter()
                    .find_map(|g| c.name(g))
                    .map(|m| m.as_str());
                let scale = match (word, c.name("t").map(|m| m.as_str())) {
                    (_, Some("1.000")) => Scale::Thousand,
                    (_, Some(_)) => Scale::Million,
                    (Some(w), None) => Scale::from_word(w).unwrap_or(Scale::One),
                    (None, None) => Scale::One,
                };
                (Unit::Euro, scale)
            })
        };
        let caption_years: Vec<u16> = {
            let mut ys: Vec<u16> = table
                .caption
                .iter()
                .flat_map(|c| key::years(&c.text))
                .map(|(_, y)| y)
                .collect();
            ys.sort_unstable();
            ys.dedup();
            ys
        };
        let year = match caption_years.as_slice() {
            [y] => Some(*y),
            [] => answer_year,
            _ => None,
        };
        Some(Grid {
            rows,
            columns,
            column_spans,
            measures,
            title,
            year,
            unit,
        })
    }

    pub(super) fn has_years(&self) -> bool {
        self.rows.years.is_some() || self.columns.years.is_some()
    }
}

/// The heads of the `n` value columns: a header row with one head a
/// column, or one more (the head of the labels: "Bedrijfstak", "Jaar").
/// A header the reader split into words ("Jaar NL makelij Wederuitvoer
/// Dienstenexport" over three columns) is rejoined only when its last
/// heads are single measures of the vocabulary, so that the words left
/// over can only be the first head.
fn column_heads(
    table: &Table,
    n: usize,
    year_rows: bool,
    vocabulary: &Vocabulary,
) -> Option<Vec<(String, Span)>> {
    let head = |cells: &[Cell]| -> Option<(String, Span)> {
        let first = cells.first()?;
        let last = cells.last()?;
        let text: Vec<&str> = cells.iter().map(|c| c.text.trim()).collect();
        Some((text.join(" "), first.span.cover(last.span)))
    };
    for header in table.header.iter().rev() {
        if header.len() == n || header.len() == n + 1 {
            let skip = header.len() - n;
            return header[skip..]
                .iter()
                .map(|c| head(std::slice::from_ref(c)))
                .collect();
        }
        let first_is_year_head = header
            .first()
            .is_some_and(|c| c.text.trim().eq_ignore_ascii_case("jaar"));
        if n >= 2 && header.len() > n + 1 && year_rows && first_is_year_head {
            let pieces = &header[1..];
            let split = pieces.len() - (n - 1);
            let single_measure = |c: &Cell| {
                let lower = key::lower_same_len(c.text.trim());
                let hits = vocabulary.find(&lower);
                hits.len() == 1
                    && hits[0].start == 0
                    && hits[0].end == lower.len()
                    && matches!(
                        vocabulary.term(&hits[0]).kind,
                        TermKind::Measure | TermKind::Qualifier
                    )
            };
            if pieces[split..].iter().all(single_measure) {
                let mut out = vec![head(&pieces[..split])?];
                for c in &pieces[split..] {
                    out.push(head(std::slice::from_ref(c))?);
                }
                return Some(out);
            }
        }
    }
    None
}

//! The document's own date, as far as its text makes it certain: the day a
//! minister's answers were received ("(ontvangen 21 mei 2024)"), the day
//! the questions were sent in ("(ingezonden 4 april 2024)"), a letter's
//! "DATUM 7 juni 2013", a nota's "Ontvangen 27 maart 2024", a list's
//! "Vastgesteld 30 oktober 2025", or only the vergaderjaar of the print
//! ("Vergaderjaar 2023–2024": a span of a year). A file's name is never
//! read. Without one of these, the names/ rules that need a date say
//! nothing.
//!
//! A small reader of its own: the header/ family reads the Kamervragen
//! header fully; this one takes only the dates, and the two can be folded
//! into one later.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::months::MONTHS;
use crate::document::{Document, Kind, Span};

/// A calendar day, counted from a fixed epoch so that days compare and
/// subtract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i64);

impl Day {
    /// The day `year-month-day`, if it exists (1 ≤ month ≤ 12, the day
    /// within its month).
    pub fn new(year: i64, month: u32, day: u32) -> Option<Day> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        if day == 0 || day > days_in {
            return None;
        }
        // Days from civil (H. Hinnant): the year starts in March, so that
        // the leap day is the last of its year.
        let (m, d) = (i64::from(month), i64::from(day));
        let y = if m <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe))
    }

    /// The day `days` later (earlier when negative).
    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// Back to year, month and day.
    pub fn ymd(self) -> (i64, u32, u32) {
        let z = self.0;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m as u32, d as u32)
    }

    pub fn year(self) -> i64 {
        self.ymd().0
    }
}

/// In Dutch, as documents write it: "26 oktober 2017".
impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{d} {} {y}", MONTHS[(m - 1) as usize])
    }
}

/// A date the document gives itself: one day, or the span of a
/// vergaderjaar, with where it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub first: Day,
    pub last: Day,
    /// The words that say it ("ontvangen 21 mei 2024", "Vergaderjaar
    /// 2023–2024").
    pub span: Span,
}

/// The dates of one document: Kamervragen have two (the questions were
/// written when they were sent in, the answers when they were received);
/// other documents one.
#[derive(Debug, Clone, Default)]
pub struct Dates {
    /// The questions' date, where it differs from the answers'.
    questions: Option<Dated>,
    /// The date of everything else (the answers, the letter, the nota).
    rest: Option<Dated>,
    /// Where the answer's header begins ("Antwoord van ...", "Mededeling
    /// van ..."): front matter before it is the questions'.
    answer_header: usize,
}

static MONTH: &str =
    "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)";

/// "(ingezonden 4 april 2024)".
static SENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(&format!(
        r"\(\s*(ingezonden\s+([0-9]{{1,2}})\s+{MONTH}\s+((?:19|20)[0-9]{{2}}))\s*\)"
    ))
});

/// "(ontvangen 21 mei 2024)", also with the word doubled.
static RECEIVED: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(&format!(
        r"\(\s*(?:ontvangen\s+\(?\s*)?(ontvangen\s+([0-9]{{1,2}})\s+{MONTH}\s+((?:19|20)[0-9]{{2}}))\s*\)"
    ))
});

/// A letter's "DATUM 7 juni 2013" (letter-spaced in some prints:
/// "D A T U M", "DA TU M"), "Datum: 7 juni 2013", or "datum" set apart by
/// more than one space as in a letterhead ("datum  7 juni 2022", not "de
/// datum 1 januari" of running text); a nota's "Ontvangen 27 maart 2024"
/// and a list's "Vastgesteld 30 oktober 2025" at the start of a line.
static OWN: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(&format!(
        r"(?:\bD ?A ?T ?U ?M\s*:?\s+|\b[Dd]atum(?:[ \t]*:[ \t]*|[ \t]{{2,}}|\t)|(?m:^[ \t]*(?:Ontvangen|Vastgesteld)\s+))(([0-9]{{1,2}})\s+{MONTH}\s+((?:19|20)[0-9]{{2}}))\b"
    ))
});

/// The header's answer: "Antwoord van" or "Mededeling van" at a line's
/// start.
static ANSWER_HEADER: LazyLock<Regex> =
    LazyLock::new(|| crate::static_regex(r"(?m)^[ \t]*(?:Antwoord|Mededeling)\s+van\b"));

/// The print's "Vergaderjaar 2023–2024" on a line of its own.
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    crate::static_regex(
        r"(?m)^[ \t]*(Vergaderjaar\s+((?:19|20)[0-9]{2})\s*[–-]\s*((?:19|20)[0-9]{2}))[ \t]*$",
    )
});

/// How far into the document a date of its own is looked for: the front
/// matter of a print, the letterhead of a letter.
const HEAD: usize = 4000;

impl Dates {
    pub fn of(doc: &Document) -> Dates {
        let text = &doc.text;
        let end = head_end(text, doc.front_matter.map_or(0, |f| f.end));
        let head = &text[..end];
        let session = SESSION.captures(head).and_then(|c| {
            let (y1, y2) = (c[2].parse::<i64>().ok()?, c[3].parse::<i64>().ok()?);
            (y2 == y1 + 1).then_some(())?;
            let m = c.get(1)?;
            Some(Dated {
                // The year runs from Prinsjesdag (the third Tuesday of
                // September) to the next: the whole of both Septembers
                // is taken, so that no day of it is left out.
                first: Day::new(y1, 9, 1)?,
                last: Day::new(y2, 9, 30)?,
                span: Span::new(m.start(), m.end()),
            })
        });
        match doc.kind {
            Kind::Kamervragen | Kind::Mededeling => {
                let answer_header = ANSWER_HEADER.find(head).map_or(end, |m| m.start());
                Dates {
                    questions: day_of(&SENT, head).or(session),
                    rest: day_of(&RECEIVED, head).or(session),
                    answer_header,
                }
            }
            _ => Dates {
                questions: None,
                rest: day_of(&OWN, head).or(session),
                answer_header: 0,
            },
        }
    }

    /// The date of the text at `offset`: for Kamervragen the questions'
    /// (the header up to "Antwoord van", and each question) or, for the
    /// answers, the days from the questions to the answers; for other
    /// documents their one date.
    pub fn at(&self, doc: &Document, offset: usize) -> Option<Dated> {
        if self.questions.is_none() {
            return self.rest;
        }
        let in_question = offset < self.answer_header
            || doc
                .entry_at(offset)
                .and_then(|i| doc.entries[i].question_span())
                .is_some_and(|q| q.start <= offset && offset < q.end);
        if in_question {
            return self.questions;
        }
        // An answer may speak of the day the questions were asked ("uw
        // vragen aan de Minister voor ..."): a name valid on any day from
        // the questions to the answers is the answer's.
        match (self.questions, self.rest) {
            (Some(q), Some(a)) => Some(Dated {
                first: q.first.min(a.first),
                ..a
            }),
            (_, rest) => rest,
        }
    }
}

/// The end of the part of the text searched for the document's date: the
/// front matter, at least the first lines, at most [`HEAD`] bytes.
fn head_end(text: &str, front_matter_end: usize) -> usize {
    let mut end = front_matter_end.max(HEAD.min(text.len())).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// The first day `re` finds in `head`: group 1 the words, 2 the day, 3 the
/// month, 4 the year.
fn day_of(re: &Regex, head: &str) -> Option<Dated> {
    let c = re.captures(head)?;
    let month = MONTHS.iter().position(|m| *m == &c[3])? as u32 + 1;
    let day = Day::new(c[4].parse().ok()?, month, c[2].parse().ok()?)?;
    let words = c.get(1)?;
    Some(Dated {
        first: day,
        last: day,
        span: Span::new(words.start(), words.end()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Document {
        crate::document::text::read("x.txt", text.as_bytes())
    }

    #[test]
    fn days_count_and_print_back() {
        let a = Day::new(2017, 10, 26).unwrap_or(Day(0));
        assert_eq!(a.ymd(), (2017, 10, 26));
        assert_eq!(a.plus(7).ymd(), (2017, 11, 2));
        assert_eq!(
            Day::new(2024, 3, 1).map(|d| d.plus(-1).ymd()),
            Some((2024, 2, 29))
        );
        assert_eq!(a.to_string(), "26 oktober 2017");
        assert_eq!(Day::new(2023, 2, 29), None);
        assert_eq!(Day::new(2023, 13, 1), None);
    }

    #[test]
    fn kamervragen_have_a_date_for_questions_and_one_for_answers() {
        let doc = read(
            "Vragen van het lid Sneller (D66) aan de Minister van Financiën over x (ingezonden 16 januari 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 7 maart 2024).\n\
             Vraag 1\nKlopt dit?\nAntwoord 1\nJa.\n",
        );
        let dates = Dates::of(&doc);
        let end = doc.text.len() - 2;
        // The answers: from the questions' day to theirs.
        let answer = dates.at(&doc, end).map(|d| (d.first.ymd(), d.last.ymd()));
        assert_eq!(answer, Some(((2024, 1, 16), (2024, 3, 7))));
        assert_eq!(
            dates.at(&doc, 10).map(|d| d.first.ymd()),
            Some((2024, 1, 16))
        );
    }

    #[test]
    fn a_letter_is_dated_by_its_letterhead_even_letter_spaced() {
        let doc = read(
            "BEZORGEN  D A T U M  4 juni 2019  B E T R E F T  antwoorden. Vraag 1 Klopt dit? Ja.\n",
        );
        let d = Dates::of(&doc).at(&doc, 40).map(|d| d.first.ymd());
        assert_eq!(d, Some((2019, 6, 4)));
    }

    #[test]
    fn a_vergaderjaar_is_a_span_and_no_date_is_none() {
        let doc = read("Tweede Kamer\n\nVergaderjaar 2023–2024\n\n1 Klopt dit?\nJa.\n");
        let d = Dates::of(&doc)
            .at(&doc, 40)
            .map(|d| (d.first.ymd(), d.last.ymd()));
        assert_eq!(d, Some(((2023, 9, 1), (2024, 9, 30))));
        let doc = read("1 Klopt dit, in 2019?\nJa, op 4 juni 2019.\n");
        assert!(Dates::of(&doc).at(&doc, 5).is_none());
        let doc = read("1 Wanneer gaat het in?\nOp de datum 1 januari 2027 gaat het in.\n");
        assert!(Dates::of(&doc).at(&doc, 5).is_none());
    }
}

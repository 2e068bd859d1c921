//! header/: the front matter of answers to Kamervragen. Its two sentences
//! have a fixed grammar,
//!
//! > Vragen van het lid X (Partij) aan de Minister van Y over Z (ingezonden D).
//! > Antwoord van Minister N (Y), mede namens de Minister van W (ontvangen D).
//!
//! and are read here once into their parts, each with its place: the
//! members with their parties, the ministers the questions are addressed
//! to, the subject, the date they were sent in; the ministers who answer
//! (and on whose behalf), the date the answer was received; a "Zie ook"
//! reference to an earlier Aanhangsel. A Mededeling's notice names the
//! members again ("De schriftelijke vragen van de leden A, B en C"): they
//! are read too. One file a rule, each checking one part of that reading.
//!
//! What is not read with certainty is not read: a sentence that does not
//! follow the grammar leaves its part empty, and the rules say nothing
//! about it.

mod aanhangsel_number;
mod date;
mod date_order;
mod member_agreement;
mod minister_list;
mod missing_van;
mod name_list;
mod parse;
mod space_before_bracket;
mod words;

pub use aanhangsel_number::AANHANGSEL_NUMBER;
pub use date::Date;
pub use date_order::DATE_ORDER;
pub use member_agreement::MEMBER_AGREEMENT;
pub use minister_list::MINISTER_LIST;
pub use missing_van::MISSING_VAN;
pub use name_list::NAME_LIST;
pub use space_before_bracket::SPACE_BEFORE_BRACKET;

use super::registry::Family;
use crate::diagnostic::Diagnostic;
use crate::document::{Document, Kind, Span};
use crate::lang::Msg;

/// The header family: its rules and its check ([`super::registry`]).
pub const FAMILY: Family = Family {
    name: "header",
    rules: &[
        &MEMBER_AGREEMENT,
        &NAME_LIST,
        &MINISTER_LIST,
        &MISSING_VAN,
        &SPACE_BEFORE_BRACKET,
        &DATE_ORDER,
        &AANHANGSEL_NUMBER,
    ],
    check: Some(check),
    settings: None,
    compare: None,
};

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some(header) = Header::of(doc) else {
        return;
    };
    member_agreement::check(doc, &header, out);
    name_list::check(doc, &header, out);
    minister_list::check(doc, &header, out);
    missing_van::check(doc, &header, out);
    space_before_bracket::check(doc, &header, out);
    date_order::check(&header, out);
    aanhangsel_number::check(doc, &header, out);
}

/// The text of `span` as one line: every run of white space (a line
/// break in a name, "Van" / "Nispen") one space, page furniture inside it
/// left out.
pub fn flat(doc: &Document, span: Span) -> String {
    words::Flat::of(doc, span).text
}

/// Quotation marks around a name in a message: Dutch “…”, English "…".
const QUOTED: Msg = Msg::new("“{text}”", "\"{text}\"");

/// [`flat`] in quotation marks, for a message.
fn quoted(doc: &Document, span: Span) -> String {
    QUOTED.say(&[("text", &flat(doc, span))])
}

/// The header of answers to Kamervragen (or of a Mededeling), as read.
#[derive(Debug, Clone, Default)]
pub struct Header {
    /// "Vragen van het lid ... (ingezonden D)."
    pub questions: Option<Questions>,
    /// "Antwoord van Minister ... (ontvangen D)." or "Mededeling van ...".
    pub answer: Option<Answer>,
    /// "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594."
    pub references: Vec<Reference>,
    /// The members as the notice of a Mededeling names them.
    pub notice_members: Option<Members>,
}

/// The sentence of the questions.
#[derive(Debug, Clone)]
pub struct Questions {
    /// From "Vragen" to the bracket of the date (or as far as it was read).
    pub span: Span,
    pub members: Option<Members>,
    /// The ministers and state secretaries the questions are addressed to.
    pub addressees: Vec<Office>,
    /// What the questions are about: after "over", before the date.
    pub subject: Option<Span>,
    /// "(ingezonden D)".
    pub sent: Option<Dated>,
}

/// The sentence of the answer.
#[derive(Debug, Clone)]
pub struct Answer {
    /// From "Antwoord" to the bracket of the date (or as far as it was read).
    pub span: Span,
    /// "Antwoord" or "Mededeling".
    pub verb: Span,
    /// Who answers, then on whose behalf ("mede namens").
    pub offices: Vec<Office>,
    /// "(ontvangen D)".
    pub received: Option<Dated>,
}

/// "het lid X (P)", "de leden X (P), Y (Q) en Z (R)", "de leden X en Y
/// (beiden P)".
#[derive(Debug, Clone)]
pub struct Members {
    /// The list, from the first name to the last bracket.
    pub span: Span,
    /// "het lid" or "de leden".
    pub article: Span,
    /// "de leden".
    pub plural: bool,
    pub names: Vec<Member>,
    /// What stands between name `i` and name `i + 1`.
    pub joints: Vec<Joint>,
    /// "c.s.": more members than are named.
    pub cum_suis: bool,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub name: Span,
    pub party: Option<Party>,
}

/// A party in brackets, after one name or shared by several ("beiden").
#[derive(Debug, Clone, Copy)]
pub struct Party {
    /// The opening bracket.
    pub open: Span,
    /// The text inside the brackets.
    pub span: Span,
    /// "beiden", "allen": the party of every name since the last bracket.
    pub shared: Option<Span>,
    /// How many names the bracket closes.
    pub names: usize,
}

/// A minister or state secretary: "de Minister van Financiën" (addressed),
/// "Minister Heinen (Financiën)" (answering).
#[derive(Debug, Clone)]
pub struct Office {
    /// The whole office: "de Minister van Financiën" without its article,
    /// "Minister Heinen (Financiën)".
    pub span: Span,
    /// "Minister", "Staatssecretarissen", "Minister-President".
    pub role: Span,
    pub plural: bool,
    /// The word right after the role ("van", "voor", a name).
    pub next: Option<Span>,
    /// "Heinen", where the office names its holder.
    pub name: Option<Span>,
    /// "van Financiën", or the text in the bracket after the name.
    pub portfolio: Option<Span>,
    /// The opening bracket of "(Financiën)".
    pub bracket: Option<Span>,
    /// How it is joined to the office before it; `None` for the first of
    /// its sentence.
    pub joint: Option<Joint>,
}

/// What joins two members or two offices.
#[derive(Debug, Clone, Copy)]
pub struct Joint {
    pub kind: JointKind,
    /// The joining words ("en", ",", "mede namens"; the word that stands
    /// where they should); for a missing one, the start of what follows.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JointKind {
    En,
    Comma,
    MedeNamens,
    /// Another word: "Minister A (BZ) van Minister B".
    Other,
    /// Nothing: "Sneller (D66) Chakor (GroenLinks-PvdA)".
    Missing,
}

/// "(ingezonden 30 mei 2024)", "(ontvangen 7 juni 2024)".
#[derive(Debug, Clone, Copy)]
pub struct Dated {
    /// The opening bracket.
    pub open: Span,
    /// "30 mei 2024".
    pub span: Span,
    /// The date, when it is a date of the calendar printed in full and the
    /// bracket closes right after it.
    pub date: Option<Date>,
}

/// "Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594".
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    pub span: Span,
    /// "2023–2024".
    pub year: Span,
    /// "nr." (or "nr") if it is there.
    pub nr: Option<Span>,
    /// "594".
    pub number: Span,
}

impl Header {
    /// The header of `doc`, if it is answers to Kamervragen (or a
    /// Mededeling) with a front matter.
    pub fn of(doc: &Document) -> Option<Header> {
        if !matches!(doc.kind, Kind::Kamervragen | Kind::Mededeling) {
            return None;
        }
        let front = doc.front_matter?;
        let mut header = parse::front(doc, front);
        if let Some((_, lines)) = &doc.notice {
            header.notice_members = parse::notice_members(doc, lines);
        }
        Some(header)
    }

    /// Every member list, the header's and the notice's.
    pub fn member_lists(&self) -> impl Iterator<Item = &Members> {
        self.questions
            .as_ref()
            .and_then(|q| q.members.as_ref())
            .into_iter()
            .chain(self.notice_members.as_ref())
    }

    /// Every office, addressed and answering, each list by itself.
    pub fn office_lists(&self) -> impl Iterator<Item = &[Office]> {
        self.questions
            .as_ref()
            .map(|q| q.addressees.as_slice())
            .into_iter()
            .chain(self.answer.as_ref().map(|a| a.offices.as_slice()))
    }
}

#[cfg(test)]
mod tests;

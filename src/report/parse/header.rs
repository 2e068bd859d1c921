//! The header of answers to Kamervragen as the `header/` rules read it
//! ([`crate::rules::header`]): who asked, whom, about what and when; who
//! answered and when. Shown by `kamerlint parse`, so that a reader can see
//! what the rules check.

use serde::Serialize;

use super::dump::{Field, Place};
use crate::document::{Document, Span};
use crate::rules::header::{flat, Dated, Header, JointKind, Members, Office};

#[derive(Debug, Serialize)]
pub struct HeaderDump {
    /// "het lid" or "de leden", as printed.
    pub article: Option<Field>,
    pub members: Vec<MemberDump>,
    pub addressees: Vec<OfficeDump>,
    pub subject: Option<Field>,
    pub sent: Option<DateDump>,
    pub answer: Vec<OfficeDump>,
    pub received: Option<DateDump>,
    pub references: Vec<Field>,
    /// The members as a Mededeling's notice names them.
    pub notice_members: Vec<MemberDump>,
}

#[derive(Debug, Serialize)]
pub struct MemberDump {
    pub name: String,
    pub party: Option<String>,
    /// Whether the party's bracket follows this name (not so for the first
    /// of "X en Y (beiden P)").
    pub bracket: bool,
    /// What joins it to the name before: "en", ",", nothing.
    pub joint: Option<&'static str>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct OfficeDump {
    pub office: String,
    /// What joins it to the office before: "en", ",", "mede namens", the
    /// word that stands there, nothing.
    pub joint: Option<String>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct DateDump {
    pub text: String,
    /// The date as read (year-month-day), when it is certain.
    pub date: Option<String>,
    #[serde(flatten)]
    pub at: Place,
}

/// The header of `doc`, for a Kamervragen document (or a Mededeling).
pub fn header(doc: &Document, place: &dyn Fn(Span) -> Place) -> Option<HeaderDump> {
    let h = Header::of(doc)?;
    let text = |span: Span| flat(doc, span);
    let field = |span: Span| Field {
        value: text(span),
        at: place(span),
    };
    let members = |m: Option<&Members>| -> Vec<MemberDump> {
        let Some(m) = m else { return Vec::new() };
        m.names
            .iter()
            .enumerate()
            .map(|(i, n)| MemberDump {
                name: text(n.name),
                party: n.party.map(|p| text(p.span)),
                bracket: n.party.is_some_and(|p| {
                    m.names
                        .get(i + 1)
                        .and_then(|next| next.party)
                        .is_none_or(|q| q.open != p.open)
                }),
                joint: i
                    .checked_sub(1)
                    .and_then(|j| m.joints.get(j))
                    .map(|j| match j.kind {
                        JointKind::En => "en",
                        JointKind::Comma => ",",
                        JointKind::MedeNamens => "mede namens",
                        JointKind::Other => "other",
                        JointKind::Missing => "missing",
                    }),
                at: place(n.name),
            })
            .collect()
    };
    let offices = |list: &[Office]| -> Vec<OfficeDump> {
        list.iter()
            .map(|o| OfficeDump {
                office: text(o.span),
                joint: o.joint.map(|j| match j.kind {
                    JointKind::Missing => "missing".to_string(),
                    _ => text(j.span),
                }),
                at: place(o.span),
            })
            .collect()
    };
    let date = |d: Dated| DateDump {
        text: text(d.span),
        date: d
            .date
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        at: place(d.span),
    };
    let q = h.questions.as_ref();
    let question_members = q.and_then(|q| q.members.as_ref());
    Some(HeaderDump {
        article: question_members.map(|m| field(m.article)),
        members: members(question_members),
        addressees: q.map(|q| offices(&q.addressees)).unwrap_or_default(),
        subject: q.and_then(|q| q.subject).map(field),
        sent: q.and_then(|q| q.sent).map(date),
        answer: h
            .answer
            .as_ref()
            .map(|a| offices(&a.offices))
            .unwrap_or_default(),
        received: h.answer.as_ref().and_then(|a| a.received).map(date),
        references: h.references.iter().map(|r| field(r.span)).collect(),
        notice_members: members(h.notice_members.as_ref()),
    })
}

//! The grammar of the header's two sentences, read over the words of the
//! front matter ([`super::words`]). Each part is read only when its words
//! are where the grammar puts them; what does not fit is left unread.

use super::words::{tokens, Flat, Tok};
use super::{
    Answer, Date, Dated, Header, Joint, JointKind, Member, Members, Office, Party, Questions,
    Reference,
};
use crate::document::{Document, Span};

/// The words of a flat text, with the depth of brackets before each.
struct Words {
    flat: Flat,
    toks: Vec<Tok>,
    depth: Vec<i32>,
}

impl Words {
    fn new(flat: Flat) -> Words {
        let toks = tokens(&flat.text);
        let mut depth = Vec::with_capacity(toks.len());
        let mut d = 0;
        for t in &toks {
            let s = &flat.text[t.start..t.end];
            if s == ")" {
                d -= 1;
            }
            depth.push(d);
            if s == "(" {
                d += 1;
            }
        }
        Words { flat, toks, depth }
    }

    fn len(&self) -> usize {
        self.toks.len()
    }

    fn s(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.flat.text[t.start..t.end])
    }

    /// Token `i` is `word`, in any case.
    fn is(&self, i: usize, word: &str) -> bool {
        self.s(i).to_lowercase() == word
    }

    fn word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// The source span of tokens `i..j`.
    fn span(&self, i: usize, j: usize) -> Span {
        match (
            self.toks.get(i),
            j.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(a), Some(b)) if j > i => self.flat.span(a.start, b.end),
            _ => Span::default(),
        }
    }

    fn tok(&self, i: usize) -> Span {
        self.span(i, i + 1)
    }

    /// The closing bracket of the one opened at `open`, before `hi`.
    fn close(&self, open: usize, hi: usize) -> Option<usize> {
        let d = *self.depth.get(open)?;
        (open + 1..hi).find(|&i| self.s(i) == ")" && self.depth[i] == d)
    }

    /// The first token in `from..to` at the bracket depth of `from` for
    /// which `hit` holds.
    fn find(&self, from: usize, to: usize, hit: impl Fn(usize) -> bool) -> Option<usize> {
        let d = *self.depth.get(from)?;
        (from..to.min(self.len())).find(|&i| self.depth[i] == d && hit(i))
    }
}

/// The header sentences in the front matter `front`.
pub(super) fn front(doc: &Document, front: Span) -> Header {
    let w = Words::new(Flat::of(doc, front));
    let n = w.len();
    let mut header = Header::default();
    // The sentence opens with a capital "Vragen van"; a title before it
    // ("Antwoord op vragen van het lid Erkens over ...", as tweedekamer.nl
    // prints one) is not it. Without a capital one, any will do.
    let opens = |i: usize, capital: bool| {
        (if capital {
            w.s(i) == "Vragen"
        } else {
            w.is(i, "vragen")
        }) && w.is(i + 1, "van")
    };
    let start = (0..n)
        .find(|&i| opens(i, true))
        .or_else(|| (0..n).find(|&i| opens(i, false)));
    // The answer's sentence opens with a capital after the questions' end:
    // "(ingezonden 29 mei 2024). Antwoord van" (a subject that speaks of
    // "het antwoord van de minister" is not it).
    let answer_at = (start.map_or(0, |s| s + 2)..n).find(|&i| {
        matches!(w.s(i), "Antwoord" | "Mededeling")
            && w.is(i + 1, "van")
            && (i == 0 || matches!(w.s(i - 1), "." | ")"))
    });
    if let Some(s) = start {
        header.questions = Some(questions(&w, s, answer_at.unwrap_or(n)));
    }
    if let Some(a) = answer_at {
        header.answer = Some(answer(&w, a, n));
    }
    header.references = references(&w);
    header
}

/// "Vragen van het lid ... (ingezonden D)" from token `s` to `hi`.
fn questions(w: &Words, s: usize, hi: usize) -> Questions {
    let article = article(w, s + 2);
    let body = if article.is_some() { s + 4 } else { s + 2 };
    let aan = w.find(body, hi, |i| w.s(i) == "aan");
    let over = w.find(aan.map_or(body, |a| a + 1), hi, |i| w.s(i) == "over");
    let open = (s..hi).find(|&i| w.s(i) == "(" && w.is(i + 1, "ingezonden"));
    let members_end = aan.or(over);
    let members = match (article, members_end) {
        (Some((span, plural)), Some(end)) => members(w, span, plural, body, end),
        _ => None,
    };
    let addressees = match aan {
        Some(a) => offices(w, a + 1, over.or(open).unwrap_or(hi)),
        None => Vec::new(),
    };
    let subject = over.and_then(|o| {
        let end = open.unwrap_or(hi);
        (end > o + 1).then(|| w.span(o + 1, end))
    });
    let sent = open.map(|o| dated(w, o, "ingezonden", hi));
    let end = sent.as_ref().map_or(hi, |(_, after)| *after).max(s + 1);
    Questions {
        span: w.span(s, end),
        members,
        addressees,
        subject,
        sent: sent.map(|(d, _)| d),
    }
}

/// "het lid" or "de leden" at `i`: its span and whether it is plural.
fn article(w: &Words, i: usize) -> Option<(Span, bool)> {
    if w.is(i, "het") && w.is(i + 1, "lid") {
        Some((w.span(i, i + 2), false))
    } else if w.is(i, "de") && w.is(i + 1, "leden") {
        Some((w.span(i, i + 2), true))
    } else {
        None
    }
}

/// "Antwoord van Minister ... (ontvangen D)" from token `a` to `hi`.
fn answer(w: &Words, a: usize, hi: usize) -> Answer {
    let open = (a..hi).find(|&i| w.s(i) == "(" && w.is(i + 1, "ontvangen"));
    let end_of_offices = open
        .or_else(|| w.find(a, hi, |i| w.s(i) == "."))
        .unwrap_or(hi);
    let received = open.map(|o| dated(w, o, "ontvangen", hi));
    let end = received
        .as_ref()
        .map_or(end_of_offices, |(_, after)| *after)
        .max(a + 1);
    Answer {
        span: w.span(a, end),
        verb: w.tok(a),
        offices: offices(w, a + 2, end_of_offices),
        received: received.map(|(d, _)| d),
    }
}

/// The date bracket opened at `open` ("(ingezonden 30 mei 2024)"), and
/// the token after it. A word doubled at the bracket's start ("(ontvangen
/// (ontvangen 7 juni 2024)") is read past: that slip is a doubled word,
/// not a date that cannot be read.
fn dated(w: &Words, open: usize, word: &str, hi: usize) -> (Dated, usize) {
    let mut j = open + 2;
    while w.s(j) == "(" && w.is(j + 1, word) {
        j += 2;
    }
    let three = j + 3 <= hi && (j..j + 3).all(|i| w.word(i));
    let closes = three && w.s(j + 3) == ")";
    let date = closes
        .then(|| Date::read(w.s(j), w.s(j + 1), w.s(j + 2)))
        .flatten();
    let span = if three {
        w.span(j, j + 3)
    } else {
        w.tok(open + 1)
    };
    let after = if closes { j + 4 } else { j.min(hi) };
    (
        Dated {
            open: w.tok(open),
            span,
            date,
        },
        after,
    )
}

/// Name particles, written in lower case inside a name ("Van der Lee").
const PARTICLES: &[&str] = &[
    "van", "der", "den", "de", "het", "ten", "ter", "te", "t", "in", "op", "la", "le", "du", "von",
    "zu", "di", "da", "dos", "das", "del", "el", "al", "d",
];

/// Tokens `a..b` are a name: capitalised words and particles, no digits,
/// ending in a capitalised word.
fn is_name(w: &Words, a: usize, b: usize) -> bool {
    let capital = |i: usize| w.s(i).starts_with(char::is_uppercase);
    b > a
        && b - a <= 7
        && capital(b - 1)
        && (a..b).all(|i| {
            let s = w.s(i);
            if !w.word(i) {
                return matches!(s, "'" | "’");
            }
            !s.chars().any(|c| c.is_ascii_digit())
                && (capital(i) || PARTICLES.contains(&s.to_lowercase().as_str()))
        })
}

/// The members from token `lo` to `hi`: names, each with its party or
/// sharing one ("X en Y (beiden P)"), and what joins them.
fn members(w: &Words, article: Span, plural: bool, lo: usize, hi: usize) -> Option<Members> {
    let mut m = Members {
        span: w.span(lo, hi),
        article,
        plural,
        names: Vec::new(),
        joints: Vec::new(),
        cum_suis: false,
    };
    let mut current: Option<(usize, usize)> = None;
    let mut pending: Option<Joint> = None;
    // The first name the next party bracket is for.
    let mut since = 0;
    let finish =
        |current: &mut Option<(usize, usize)>, names: &mut Vec<Member>| match current.take() {
            Some((a, b)) if is_name(w, a, b) => {
                names.push(Member {
                    name: w.span(a, b),
                    party: None,
                });
                true
            }
            Some(_) => false,
            None => true,
        };
    let mut k = lo;
    while k < hi {
        let s = w.s(k);
        if s == "(" {
            let close = w.close(k, hi)?;
            if !finish(&mut current, &mut m.names) || m.names.len() == since || close == k + 1 {
                return None;
            }
            let shared = ["beiden", "allen", "alle"]
                .iter()
                .any(|x| w.is(k + 1, x))
                .then(|| w.tok(k + 1));
            let party = Party {
                open: w.tok(k),
                span: w.span(k + 1, close),
                shared,
                names: m.names.len() - since,
            };
            for name in &mut m.names[since..] {
                name.party = Some(party);
            }
            since = m.names.len();
            k = close + 1;
        } else if s == "," || s == "en" {
            if !finish(&mut current, &mut m.names) || m.names.is_empty() {
                return None;
            }
            pending = match (pending, s) {
                (None, ",") => Some(Joint {
                    kind: JointKind::Comma,
                    span: w.tok(k),
                }),
                (
                    None
                    | Some(Joint {
                        kind: JointKind::Comma,
                        ..
                    }),
                    "en",
                ) => Some(Joint {
                    kind: JointKind::En,
                    span: w.tok(k),
                }),
                _ => return None,
            };
            k += 1;
        } else if w.is(k, "c") && w.s(k + 1) == "." && w.is(k + 2, "s") {
            if !finish(&mut current, &mut m.names) || m.names.is_empty() {
                return None;
            }
            m.cum_suis = true;
            k += if w.s(k + 3) == "." { 4 } else { 3 };
        } else {
            match &mut current {
                Some((_, b)) => *b = k + 1,
                None => {
                    if !m.names.is_empty() {
                        m.joints.push(pending.take().unwrap_or(Joint {
                            kind: JointKind::Missing,
                            span: w.tok(k),
                        }));
                    } else if pending.is_some() {
                        return None;
                    }
                    current = Some((k, k + 1));
                }
            }
            k += 1;
        }
    }
    if !finish(&mut current, &mut m.names) || pending.is_some() || m.names.is_empty() {
        return None;
    }
    Some(m)
}

fn is_role(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "minister"
            | "ministers"
            | "staatssecretaris"
            | "staatssecretarissen"
            | "minister-president"
    )
}

/// The offices from token `lo` to `hi`: "de Ministers van X en van Y",
/// "Minister A (X), mede namens de Minister van Y".
fn offices(w: &Words, lo: usize, hi: usize) -> Vec<Office> {
    let Some(&base) = w.depth.get(lo) else {
        return Vec::new();
    };
    let roles: Vec<usize> = (lo..hi.min(w.len()))
        .filter(|&i| w.depth[i] == base && is_role(w.s(i)))
        .collect();
    // Each office's joint with the one before, and where that joint starts
    // (the end of the office before).
    let mut joints: Vec<(Option<Joint>, usize)> = Vec::new();
    for (k, &r) in roles.iter().enumerate() {
        let Some(&prev) = k.checked_sub(1).and_then(|p| roles.get(p)) else {
            joints.push((None, r));
            continue;
        };
        joints.push(joint(w, prev, r));
    }
    let mut out = Vec::new();
    for (k, &r) in roles.iter().enumerate() {
        let end = joints.get(k + 1).map_or(hi, |(_, start)| *start);
        let next = (r + 1 < end).then(|| w.tok(r + 1));
        let mut office = Office {
            span: w.span(r, end),
            role: w.tok(r),
            plural: matches!(
                w.s(r).to_lowercase().as_str(),
                "ministers" | "staatssecretarissen"
            ),
            next,
            name: None,
            portfolio: None,
            bracket: None,
            joint: joints[k].0,
        };
        // "van" and "voor" in lower case: "Minister Van Hijum" is a name.
        if matches!(w.s(r + 1), "van" | "voor") {
            office.portfolio = (end > r + 1).then(|| w.span(r + 1, end));
        } else {
            let open = w.find(r + 1, end, |i| w.s(i) == "(");
            let name_end = open.unwrap_or(end);
            if name_end > r + 1 {
                office.name = Some(w.span(r + 1, name_end));
            }
            if let Some(o) = open {
                if let Some(c) = w.close(o, hi) {
                    office.bracket = Some(w.tok(o));
                    office.portfolio = (c > o + 1).then(|| w.span(o + 1, c));
                    office.span = w.span(r, c + 1);
                }
            }
        }
        out.push(office);
    }
    out
}

/// How the office whose role is at `r` is joined to the one whose role is
/// at `prev`, and where the joint starts.
fn joint(w: &Words, prev: usize, r: usize) -> (Option<Joint>, usize) {
    let article = r > prev + 1 && w.is(r - 1, "de");
    let j = if article { r - 1 } else { r };
    if j == prev + 1 {
        return (
            Some(Joint {
                kind: JointKind::Missing,
                span: w.span(j, r + 1),
            }),
            j,
        );
    }
    let j = j - 1;
    // "en van Minister B", "en aan de Minister van Y": the preposition
    // repeated after the joint.
    let k = if matches!(w.s(j), "van" | "aan") && j > prev + 1 && matches!(w.s(j - 1), "en" | ",") {
        j - 1
    } else {
        j
    };
    let (kind, from) = if w.is(k, "namens") && k - 1 > prev && w.is(k - 1, "mede") {
        (JointKind::MedeNamens, k - 1)
    } else if w.is(k, "namens") {
        (JointKind::MedeNamens, k)
    } else if w.s(k) == "en" {
        (JointKind::En, k)
    } else if w.s(k) == "," {
        (JointKind::Comma, k)
    } else if w.word(j) && w.s(j).starts_with(char::is_lowercase) {
        (JointKind::Other, j)
    } else {
        return (
            Some(Joint {
                kind: JointKind::Missing,
                span: w.span(j + 1, r + 1),
            }),
            j + 1,
        );
    };
    let start = if from > prev + 1 && w.s(from - 1) == "," {
        from - 1
    } else {
        from
    };
    (
        Some(Joint {
            kind,
            span: w.span(from, j + 1),
        }),
        start,
    )
}

/// "Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 594" anywhere in
/// the front matter (the cover's "Aanhangsel van de Handelingen" has no
/// year and is not one).
fn references(w: &Words) -> Vec<Reference> {
    let year = |i: usize| w.s(i).len() == 4 && w.s(i).bytes().all(|b| b.is_ascii_digit());
    let mut out = Vec::new();
    for i in (0..w.len()).filter(|&i| w.is(i, "aanhangsel")) {
        let mut j = i + 1;
        if w.is(j, "van") && w.is(j + 1, "de") {
            j += 2;
        }
        if !w.is(j, "handelingen") {
            continue;
        }
        j += 1;
        if w.s(j) == "II" {
            j += 1;
        }
        if w.s(j) == "," {
            j += 1;
        }
        if w.is(j, "vergaderjaar") {
            j += 1;
        }
        // "2023–2024", or "2023/24".
        let second =
            |i: usize| year(i) || w.s(i).len() == 2 && w.s(i).bytes().all(|b| b.is_ascii_digit());
        if !(year(j) && matches!(w.s(j + 1), "–" | "-" | "/" | "—") && second(j + 2)) {
            continue;
        }
        let years = w.span(j, j + 3);
        j += 3;
        if w.s(j) == "," {
            j += 1;
        }
        let nr = if ["nr", "nrs", "nummer"].iter().any(|n| w.is(j, n)) {
            let to = if w.s(j + 1) == "." { j + 2 } else { j + 1 };
            let span = w.span(j, to);
            j = to;
            Some(span)
        } else {
            None
        };
        if !(w.word(j) && w.s(j).bytes().all(|b| b.is_ascii_digit())) {
            continue;
        }
        out.push(Reference {
            span: w.span(i, j + 1),
            year: years,
            nr,
            number: w.tok(j),
        });
    }
    out
}

/// The members named in a Mededeling's notice: "De schriftelijke vragen
/// van de leden Sneller, Chakor, Van Nispen over ...".
pub(super) fn notice_members(doc: &Document, lines: &[Span]) -> Option<Members> {
    let w = Words::new(Flat::of_lines(doc, lines));
    let s = (0..w.len()).find(|&i| w.is(i, "vragen") && w.is(i + 1, "van"))?;
    let (span, plural) = article(&w, s + 2)?;
    let end = w.find(s + 4, s + 40, |i| matches!(w.s(i), "aan" | "over"))?;
    members(&w, span, plural, s + 4, end)
}

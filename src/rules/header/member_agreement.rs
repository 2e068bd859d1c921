//! header/member-agreement: "het lid" before two names, "de leden" before
//! one, "beiden" after one name.

use super::{quoted, Header, Members};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MEMBER_AGREEMENT: RuleMeta = RuleMeta {
    id: "header/member-agreement",
    severity: Severity::Warning,
    summary: "\"het lid\" before several names, or \"de leden\" before one",
    explanation: r#"
The header of answers to Kamervragen names the members who asked: "Vragen
van het lid Klaver (GroenLinks-PvdA)" for one, "Vragen van de leden Ceder
(ChristenUnie) en Dobbe (SP)" or "de leden Bushoff en Patijn (beiden
GroenLinks-PvdA)" for more. "het lid" before two names, "de leden" before
one, or "beiden" (both) after a single name, is a slip in the published
record of who asked. The same is checked where a Mededeling's notice names
the members again ("De schriftelijke vragen van de leden ...").

Left alone: a list that ends in "c.s." (more members than are named), and
a member list that is not names with parties in brackets, joined by
commas and "en" (kamerlint then cannot count the members with certainty).
Only the header and the notice of answers to Kamervragen (and of a
Mededeling) are read.
"#,
    summary_nl: "“het lid” voor meer namen, of “de leden” voor één naam",
    explanation_nl: r#"
De kop van antwoorden op Kamervragen noemt de leden die de vragen stelden:
“Vragen van het lid Klaver (GroenLinks-PvdA)” bij één, “Vragen van de leden
Ceder (ChristenUnie) en Dobbe (SP)” of “de leden Bushoff en Patijn (beiden
GroenLinks-PvdA)” bij meer. “het lid” voor twee namen, “de leden” voor één,
of “beiden” na één naam is een vergissing in het officiële verslag van wie
de vragen stelde. Hetzelfde wordt gecontroleerd waar de mededeling van een
Mededeling de leden opnieuw noemt (“De schriftelijke vragen van de leden
...”).

Niet gemeld: een opsomming die eindigt op “c.s.” (meer leden dan er worden
genoemd), en een ledenlijst die niet bestaat uit namen met de fractie tussen
haakjes, verbonden door komma’s en “en” (kamerlint kan de leden dan niet met
zekerheid tellen). Alleen de kop en de mededeling van antwoorden op
Kamervragen (en van een Mededeling) worden gelezen.
"#,
    bad: &[Example::list(
        r#"
Vragen van het lid Van Eijk en Aartsen (beiden VVD) aan de Staatssecretaris
van Financiën over gratis lunches op het werk (ingezonden 29 mei 2024).
Antwoord van Staatssecretaris Van Rij (Financiën) (ontvangen 14 juni 2024).
Vraag 1
Bent u bekend met het arrest van de Hoge Raad van 24 mei 2024?
Antwoord 1
Ja.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van de leden Van Eijk en Aartsen (beiden VVD) aan de Staatssecretaris
van Financiën over gratis lunches op het werk (ingezonden 29 mei 2024).
Antwoord van Staatssecretaris Van Rij (Financiën) (ontvangen 14 juni 2024).
Vraag 1
Bent u bekend met het arrest van de Hoge Raad van 24 mei 2024?
Antwoord 1
Ja.
"#,
    )],
    texts: &[
        Text::new(
            "message.singular",
            "“{article}” (één lid) staat voor {count} namen: {names}",
            "\"{article}\" (one member) stands before {count} names: {names}",
        ),
        Text::new(
            "help.singular",
            "schrijf “de leden” bij meer dan één lid",
            "write \"de leden\" for more than one member",
        ),
        Text::new(
            "message.plural",
            "“{article}” (meer leden) staat voor één naam: {name}",
            "\"{article}\" (several members) stands before one name: {name}",
        ),
        Text::new(
            "help.plural",
            "schrijf “het lid” bij één lid",
            "write \"het lid\" for one member",
        ),
        Text::new(
            "message.shared",
            "“{word}” geeft meer leden dezelfde fractie, maar staat na één naam, {name}",
            "\"{word}\" shares the party among several members, but stands after one name, {name}",
        ),
        Text::new(
            "help.shared",
            "laat “{word}” weg, of vul de leden aan voor wie het staat",
            "leave out \"{word}\", or add the members it stands for",
        ),
        Text::new("related", "lid {number}", "member {number}"),
    ],
};

pub(super) fn check(doc: &Document, header: &Header, out: &mut Vec<Diagnostic>) {
    for members in header.member_lists() {
        agreement(doc, members, out);
        shared(doc, members, out);
    }
}

fn agreement(doc: &Document, m: &Members, out: &mut Vec<Diagnostic>) {
    if m.cum_suis {
        return;
    }
    let article = doc.slice(m.article);
    let mut d = if !m.plural && m.names.len() > 1 {
        let names: Vec<String> = m.names.iter().map(|n| quoted(doc, n.name)).collect();
        MEMBER_AGREEMENT
            .at(
                m.article,
                MEMBER_AGREEMENT.say(
                    "message.singular",
                    &[
                        ("article", &article),
                        ("count", &m.names.len()),
                        ("names", &names.join(", ")),
                    ],
                ),
            )
            .with_help(MEMBER_AGREEMENT.say("help.singular", &[]))
            .with_fix(m.article, "de leden")
    } else if m.plural && m.names.len() == 1 {
        MEMBER_AGREEMENT
            .at(
                m.article,
                MEMBER_AGREEMENT.say(
                    "message.plural",
                    &[
                        ("article", &article),
                        ("name", &quoted(doc, m.names[0].name)),
                    ],
                ),
            )
            .with_help(MEMBER_AGREEMENT.say("help.plural", &[]))
            .with_fix(m.article, "het lid")
    } else {
        return;
    };
    for (i, name) in m.names.iter().enumerate() {
        d = d.with_related(
            name.name,
            MEMBER_AGREEMENT.say("related", &[("number", &(i + 1))]),
        );
    }
    out.push(d);
}

/// "X (beiden P)": a shared party after one name.
fn shared(doc: &Document, m: &Members, out: &mut Vec<Diagnostic>) {
    let mut seen = Vec::new();
    for member in &m.names {
        let Some(party) = member.party else { continue };
        let Some(word) = party.shared else { continue };
        if party.names != 1 || seen.contains(&word) {
            continue;
        }
        seen.push(word);
        let text = doc.slice(word);
        out.push(
            MEMBER_AGREEMENT
                .at(
                    word,
                    MEMBER_AGREEMENT.say(
                        "message.shared",
                        &[("word", &text), ("name", &quoted(doc, member.name))],
                    ),
                )
                .with_help(MEMBER_AGREEMENT.say("help.shared", &[("word", &text)])),
        );
    }
}

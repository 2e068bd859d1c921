//! header/name-list: a list of members without its "en" ("Sneller,
//! Chakor, Van Nispen").

use super::{quoted, Header, JointKind};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const NAME_LIST: RuleMeta = RuleMeta {
    id: "header/name-list",
    severity: Severity::Warning,
    summary: "A list of members without \"en\" before the last name",
    explanation: r#"
Several members are listed as "Sneller (D66), Chakor (GroenLinks-PvdA) en
Van Nispen (SP)": commas between the names, "en" before the last. "de leden
Sneller, Chakor, Van Nispen" lacks its "en", and "Sneller (D66) Chakor
(GroenLinks-PvdA)" lacks anything between the two. Checked in the header
of answers to Kamervragen and where a Mededeling's notice names the
members again.

Left alone: "A en B en C" (heavy, but not wrong), and a member list that
is not names with parties in brackets, joined by commas and "en": a
sentence kamerlint cannot read as a list of names is not reported.
"#,
    summary_nl: "Een opsomming van leden zonder “en” vóór de laatste naam",
    explanation_nl: r#"
Meer leden worden opgesomd als “Sneller (D66), Chakor (GroenLinks-PvdA) en
Van Nispen (SP)”: komma’s tussen de namen, “en” vóór de laatste. In “de leden
Sneller, Chakor, Van Nispen” ontbreekt de “en”, en in “Sneller (D66) Chakor
(GroenLinks-PvdA)” staat niets tussen de twee. Gecontroleerd in de kop van
antwoorden op Kamervragen en waar de mededeling van een Mededeling de leden
opnieuw noemt.

Niet gemeld: “A en B en C” (zwaar, maar niet fout), en een ledenlijst die
niet bestaat uit namen met de fractie tussen haakjes, verbonden door komma’s
en “en”: een zin die kamerlint niet als opsomming van namen kan lezen, wordt
niet gemeld.
"#,
    bad: &[Example::list(
        r#"
Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA), Van Nispen (SP)
aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over juridische
analyses van het hoofdlijnenakkoord (ingezonden 30 mei 2024).
Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 7 juni 2024).
Vraag 1
Klopt het bericht dat ambtenaren een juridische analyse hebben gemaakt?
Antwoord 1
Ja.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP)
aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over juridische
analyses van het hoofdlijnenakkoord (ingezonden 30 mei 2024).
Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 7 juni 2024).
Vraag 1
Klopt het bericht dat ambtenaren een juridische analyse hebben gemaakt?
Antwoord 1
Ja.
"#,
    )],
    texts: &[
        Text::new(
            "message.comma",
            "in de opsomming van leden staat geen “en” vóór de laatste naam, {name}",
            "the list of members has no \"en\" before its last name, {name}",
        ),
        Text::new(
            "message.missing",
            "niets scheidt {name} van het lid ervoor",
            "nothing separates {name} from the member before it",
        ),
        Text::new(
            "help",
            "schrijf “en” vóór de laatste naam en komma’s tussen de andere",
            "write \"en\" before the last name and commas between the others",
        ),
        Text::new("related", "de opsomming van leden", "the list of members"),
    ],
};

pub(super) fn check(doc: &Document, header: &Header, out: &mut Vec<Diagnostic>) {
    for m in header.member_lists() {
        let list = m.span;
        for (i, joint) in m.joints.iter().enumerate() {
            let name = quoted(doc, m.names[i + 1].name);
            let final_joint = i + 1 == m.joints.len();
            let d = match joint.kind {
                JointKind::Comma if final_joint => NAME_LIST
                    .at(
                        joint.span,
                        NAME_LIST.say("message.comma", &[("name", &name)]),
                    )
                    .with_fix(joint.span, " en"),
                JointKind::Missing => NAME_LIST.at(
                    m.names[i + 1].name,
                    NAME_LIST.say("message.missing", &[("name", &name)]),
                ),
                _ => continue,
            };
            out.push(
                d.with_help(NAME_LIST.say("help", &[]))
                    .with_related(list, NAME_LIST.say("related", &[])),
            );
        }
    }
}

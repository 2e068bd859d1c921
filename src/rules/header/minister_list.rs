//! header/minister-list: two ministers (or state secretaries) in the
//! header without "en" or "mede namens" between them.

use super::{quoted, Header, JointKind, Office};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Document;
use crate::rules::{Example, RuleMeta, Text};

pub const MINISTER_LIST: RuleMeta = RuleMeta {
    id: "header/minister-list",
    severity: Severity::Warning,
    summary: "Two ministers in the header without \"en\" or \"mede namens\" between them",
    explanation: r#"
The header names the ministers and state secretaries the questions are
addressed to ("aan de Staatssecretaris van Financiën en de Minister van
Sociale Zaken en Werkgelegenheid") and those who answer ("Antwoord van
Minister Van Hijum (Sociale Zaken en Werkgelegenheid), mede namens de
Minister van Volksgezondheid, Welzijn en Sport"). Two of them are joined by
"en" (or commas and a last "en"), or the answer is given "mede namens" the
others. "Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher
(Buitenlandse Handel en Ontwikkelingssamenwerking)" says neither: it does
not tell who answered on whose behalf.

Left alone: the ministries of one minister ("aan de Ministers van
Binnenlandse Zaken en Koninkrijksrelaties en van Justitie en Veiligheid"
names two ministers by their ministries, which is right), "de
Minister-President, Minister van Algemene Zaken" (one person), and
ministers named anywhere but in the header of answers to Kamervragen.
"#,
    summary_nl: "Twee bewindspersonen in de kop zonder “en” of “mede namens” ertussen",
    explanation_nl: r#"
De kop noemt de ministers en staatssecretarissen aan wie de vragen zijn
gericht (“aan de Staatssecretaris van Financiën en de Minister van Sociale
Zaken en Werkgelegenheid”) en die antwoorden (“Antwoord van Minister Van
Hijum (Sociale Zaken en Werkgelegenheid), mede namens de Minister van
Volksgezondheid, Welzijn en Sport”). Twee van hen worden verbonden door “en”
(of komma’s en een laatste “en”), of het antwoord wordt gegeven “mede
namens” de anderen. “Antwoord van Minister Bruins Slot (BZ) van Minister
Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking)” zegt geen
van beide: er staat niet wie namens wie antwoordt.

Niet gemeld: één titel voor de ministers van meer ministeries (“aan de
Ministers van Binnenlandse Zaken en Koninkrijksrelaties en van Justitie en
Veiligheid” noemt twee ministers bij hun ministerie, en dat is juist), “de
Minister-President, Minister van Algemene Zaken” (één persoon), en ministers
die ergens anders worden genoemd dan in de kop van antwoorden op
Kamervragen.
"#,
    bad: &[Example::list(
        r#"
Vragen van de leden Ceder (ChristenUnie) en Dobbe (SP) aan de Ministers van
Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking
over ontwikkelingen in Jemen (ingezonden 5 juni 2024).
Antwoord van Minister Bruins Slot (Buitenlandse Zaken) van Minister
Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking) (ontvangen
28 juni 2024).
Vraag 1
Bent u bekend met de recente oproep van humanitaire organisaties in Jemen?
Antwoord 1
Ja.
"#,
    )],
    good: &[Example::list(
        r#"
Vragen van de leden Ceder (ChristenUnie) en Dobbe (SP) aan de Ministers van
Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking
over ontwikkelingen in Jemen (ingezonden 5 juni 2024).
Antwoord van Minister Bruins Slot (Buitenlandse Zaken), mede namens de
Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking (ontvangen
28 juni 2024).
Vraag 1
Bent u bekend met de recente oproep van humanitaire organisaties in Jemen?
Antwoord 1
Ja.
"#,
    )],
    texts: &[
        Text::new(
            "message.other",
            "“{word}” verbindt {office} met de {role} ervoor, waar “en” of “mede namens” hoort",
            "\"{word}\" joins {office} to the {role} before it, where \"en\" or \"mede namens\" belongs",
        ),
        Text::new(
            "message.missing",
            "niets verbindt {office} met de {role} ervoor",
            "nothing joins {office} to the {role} before it",
        ),
        Text::new(
            "message.comma",
            "in de opsomming van bewindspersonen staat geen “en” vóór de laatste, {office}",
            "the list of ministers has no \"en\" before its last one, {office}",
        ),
        Text::new(
            "help",
            "verbind ze met “en”, of zeg namens wie het antwoord wordt gegeven: “, mede namens de Minister van ...”",
            "join them with \"en\", or say on whose behalf the answer is given: \", mede namens de Minister van ...\"",
        ),
        Text::new(
            "help.comma",
            "schrijf “en” vóór de laatste van de opsomming",
            "write \"en\" before the last of the list",
        ),
        Text::new("related", "de {role} ervoor", "the {role} before"),
    ],
};

pub(super) fn check(doc: &Document, header: &Header, out: &mut Vec<Diagnostic>) {
    for offices in header.office_lists() {
        list(doc, offices, out);
    }
}

fn list(doc: &Document, offices: &[Office], out: &mut Vec<Diagnostic>) {
    for (k, office) in offices.iter().enumerate() {
        let (Some(joint), Some(before)) = (office.joint, k.checked_sub(1).map(|p| &offices[p]))
        else {
            continue;
        };
        let role = doc.slice(before.role).to_lowercase();
        let this = quoted(
            doc,
            office.name.map_or(office.span, |n| office.role.cover(n)),
        );
        let d = match joint.kind {
            JointKind::Other => MINISTER_LIST
                .at(
                    joint.span,
                    MINISTER_LIST.say(
                        "message.other",
                        &[
                            ("word", &doc.slice(joint.span)),
                            ("office", &this),
                            ("role", &role),
                        ],
                    ),
                )
                .with_help(MINISTER_LIST.say("help", &[])),
            JointKind::Missing => MINISTER_LIST
                .at(
                    joint.span,
                    MINISTER_LIST.say("message.missing", &[("office", &this), ("role", &role)]),
                )
                .with_help(MINISTER_LIST.say("help", &[])),
            JointKind::Comma if last_of_its_list(offices, k) && role != "minister-president" => {
                MINISTER_LIST
                    .at(
                        joint.span,
                        MINISTER_LIST.say("message.comma", &[("office", &this)]),
                    )
                    .with_help(MINISTER_LIST.say("help.comma", &[]))
                    .with_fix(joint.span, " en")
            }
            _ => continue,
        };
        out.push(d.with_related(
            before.span,
            MINISTER_LIST.say("related", &[("role", &role)]),
        ));
    }
}

/// Office `k` is the last of its list: of those who answer, or of those on
/// whose behalf ("mede namens") they do.
fn last_of_its_list(offices: &[Office], k: usize) -> bool {
    offices
        .get(k + 1)
        .is_none_or(|o| o.joint.is_some_and(|j| j.kind == JointKind::MedeNamens))
}

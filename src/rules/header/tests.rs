//! The header's grammar in the variations real Aanhangsels print, and the
//! near-misses the rules must leave alone.

use super::*;

const TAIL: &str = "Vraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\n";

fn doc(header: &str) -> Document {
    crate::read_bytes("kamervragen.txt", format!("{header}\n{TAIL}").as_bytes())
}

fn read(header: &str) -> (Document, Header) {
    let d = doc(header);
    let h = Header::of(&d).expect("a Kamervragen header");
    (d, h)
}

/// Every header finding as (rule, text covered).
fn findings(header: &str) -> Vec<(&'static str, String)> {
    let d = doc(header);
    let mut out = Vec::new();
    check(&d, &mut out);
    out.iter().map(|x| (x.rule, flat(&d, x.span))).collect()
}

fn names(d: &Document, m: &Members) -> Vec<String> {
    m.names.iter().map(|n| flat(d, n.name)).collect()
}

fn offices(d: &Document, list: &[Office]) -> Vec<String> {
    list.iter().map(|o| flat(d, o.span)).collect()
}

#[test]
fn reads_members_ministers_subject_and_dates() {
    let (d, h) = read(
        "Vragen van de leden Bushoff en Patijn (beiden GroenLinks-PvdA) aan de\n\
         Ministers van Sociale Zaken en Werkgelegenheid en van Volksgezondheid,\n\
         Welzijn en Sport over het bericht «Erkenning van longcovid» (ingezonden\n\
         5 juli 2024).\n\
         Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid), mede\n\
         namens de Minister van Volksgezondheid, Welzijn en Sport (ontvangen\n\
         22 augustus 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024,\n\
         nr. 2166.",
    );
    let q = h.questions.as_ref().unwrap();
    let m = q.members.as_ref().unwrap();
    assert!(m.plural);
    assert_eq!(names(&d, m), ["Bushoff", "Patijn"]);
    let party = m.names[0].party.unwrap();
    assert_eq!(flat(&d, party.span), "beiden GroenLinks-PvdA");
    assert_eq!(party.names, 2);
    assert_eq!(
        offices(&d, &q.addressees),
        ["Ministers van Sociale Zaken en Werkgelegenheid en van Volksgezondheid, Welzijn en Sport"]
    );
    assert_eq!(
        flat(&d, q.subject.unwrap()),
        "het bericht «Erkenning van longcovid»"
    );
    let sent = q.sent.unwrap();
    assert_eq!(sent.date.unwrap().to_string(), "5 juli 2024");
    let a = h.answer.as_ref().unwrap();
    assert_eq!(
        offices(&d, &a.offices),
        [
            "Minister Van Hijum (Sociale Zaken en Werkgelegenheid)",
            "Minister van Volksgezondheid, Welzijn en Sport"
        ]
    );
    assert_eq!(flat(&d, a.offices[0].name.unwrap()), "Van Hijum");
    assert_eq!(a.offices[1].joint.unwrap().kind, JointKind::MedeNamens);
    assert_eq!(
        a.received.unwrap().date.unwrap().to_string(),
        "22 augustus 2024"
    );
    assert_eq!(h.references.len(), 1);
    assert!(h.references[0].nr.is_some());
    assert!(findings_of(&d).is_empty());
}

fn findings_of(d: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    check(d, &mut out);
    out
}

#[test]
fn reads_a_list_of_members_each_with_a_party() {
    let (d, h) = read(
        "Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA) en Van\n\
         Nispen (SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties\n\
         over juridische analyse(s) van het hoofdlijnenakkoord (ingezonden 30 mei\n\
         2024).\n\
         Antwoord van Minister De Jonge (Binnenlandse Zaken en\n\
         Koninkrijksrelaties) (ontvangen 7 juni 2024).",
    );
    let m = h.questions.as_ref().unwrap().members.as_ref().unwrap();
    assert_eq!(names(&d, m), ["Sneller", "Chakor", "Van Nispen"]);
    let kinds: Vec<JointKind> = m.joints.iter().map(|j| j.kind).collect();
    assert_eq!(kinds, [JointKind::Comma, JointKind::En]);
    assert!(m
        .names
        .iter()
        .all(|n| n.party.is_some_and(|p| p.names == 1)));
    // "analyse(s)" is the subject's, not a bracket of the grammar.
    assert!(findings_of(&d).is_empty());
}

#[test]
fn a_doubled_word_in_the_date_bracket_does_not_hide_the_date() {
    let (_, h) = read(
        "Vragen van het lid Sneller (D66) aan de Minister van Binnenlandse Zaken en\n\
         Koninkrijksrelaties over analyses (ingezonden 30 mei 2024).\n\
         Mededeling van Minister De Jonge (Binnenlandse Zaken en\n\
         Koninkrijksrelaties) (ontvangen (ontvangen 7 juni 2024).",
    );
    let received = h.answer.unwrap().received.unwrap();
    assert_eq!(received.date.unwrap().to_string(), "7 juni 2024");
}

#[test]
fn the_issues_slips_are_found() {
    assert_eq!(
        findings(
            "Vragen van het lid Van Eijk en Aartsen (beiden VVD) aan de Staatssecretaris\n\
             van Financiën over lunches (ingezonden 29 mei 2024).\n\
             Antwoord van Staatssecretaris Van Rij (Financiën) (ontvangen 14 juni 2024)"
        ),
        [("header/member-agreement", "het lid".to_string())]
    );
    assert_eq!(
        findings(
            "Vragen van de leden Bushoff en Patijn(beiden GroenLinks-PvdA) aan de\n\
             Minister van Financiën over longcovid (ingezonden 5 juli 2024).\n\
             Antwoord van Minister Heinen (Financiën)(ontvangen 22 augustus 2024)."
        ),
        [
            ("header/space-before-bracket", "n(".to_string()),
            ("header/space-before-bracket", ")(".to_string())
        ]
    );
    assert_eq!(
        findings(
            "Vragen van de leden Ceder (ChristenUnie) en Dobbe (SP) aan de Ministers van\n\
             Buitenlandse Zaken en voor Buitenlandse Handel en Ontwikkelingssamenwerking\n\
             over Jemen (ingezonden 5 juni 2024).\n\
             Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher\n\
             (Buitenlandse Handel en Ontwikkelingssamenwerking) (ontvangen 28 juni\n\
             2024)."
        ),
        [("header/minister-list", "van".to_string())]
    );
    assert_eq!(
        findings(
            "Vragen van het lid Sneller (D66) aan de Minister Justitie en Veiligheid\n\
             over encryptie (ingezonden 16 januari 2024).\n\
             Antwoord van Minister Yeşilgöz-Zegerius (Justitie en Veiligheid) (ontvangen\n\
             7 maart 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028"
        ),
        [
            ("header/missing-van", "Minister Justitie".to_string()),
            ("header/aanhangsel-number", "1028".to_string())
        ]
    );
    assert_eq!(
        findings(
            "Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van\n\
             Financiën over rekeninggluren (ingezonden 28 juni 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 29 mei 2024)."
        ),
        [("header/date-order", "29 mei 2024".to_string())]
    );
}

#[test]
fn lists_without_their_en() {
    assert_eq!(
        findings(
            "Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA), Van Nispen (SP)\n\
             aan de Minister van Financiën over analyses (ingezonden 30 mei 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 7 juni 2024)."
        ),
        [("header/name-list", ",".to_string())]
    );
    assert_eq!(
        findings(
            "Vragen van de leden Sneller (D66) Chakor (GroenLinks-PvdA) aan de\n\
             Minister van Financiën over analyses (ingezonden 30 mei 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 7 juni 2024)."
        ),
        [("header/name-list", "Chakor".to_string())]
    );
    assert_eq!(
        findings(
            "Vragen van het lid Sneller (D66) aan de Minister van Financiën, de\n\
             Minister van Defensie over analyses (ingezonden 30 mei 2024).\n\
             Antwoord van Minister Heinen (Financiën), Minister Brekelmans (Defensie)\n\
             (ontvangen 7 juni 2024)."
        ),
        [
            ("header/minister-list", ",".to_string()),
            ("header/minister-list", ",".to_string())
        ]
    );
    assert_eq!(
        findings(
            "Vragen van het lid Sneller (D66) aan de Minister van Financiën de\n\
             Minister van Defensie over analyses (ingezonden 30 mei 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 7 juni 2024)."
        ),
        [("header/minister-list", "de Minister".to_string())]
    );
}

#[test]
fn agreement_the_other_way_and_a_shared_party_after_one_name() {
    assert_eq!(
        findings(
            "Vragen van de leden Klaver (GroenLinks-PvdA) aan de Minister van\n\
             Financiën over rekeninggluren (ingezonden 28 juni 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024)."
        ),
        [("header/member-agreement", "de leden".to_string())]
    );
    assert_eq!(
        findings(
            "Vragen van de leden Klaver (beiden GroenLinks-PvdA) en Ceder\n\
             (ChristenUnie) aan de Minister van Financiën over rekeninggluren\n\
             (ingezonden 28 juni 2024).\n\
             Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024)."
        ),
        [("header/member-agreement", "beiden".to_string())]
    );
}

/// Forms that look like the slips and are right.
#[test]
fn near_misses_are_silent() {
    for header in [
        // c.s.: more members than are named.
        "Vragen van het lid Omtzigt c.s. aan de Minister van Financiën over\n\
         toeslagen (ingezonden 3 maart 2020).\n\
         Antwoord van Minister Hoekstra (Financiën) (ontvangen 1 april 2020).",
        // One person: the Minister-President is the Minister van Algemene Zaken.
        "Vragen van het lid Klaver (GroenLinks) aan de Minister-President,\n\
         Minister van Algemene Zaken over het kabinet (ingezonden 3 maart 2020).\n\
         Antwoord van Minister-President Rutte (Algemene Zaken) (ontvangen\n\
         1 april 2020).",
        // A minister and a state secretary of one ministry, and three on
        // whose behalf with commas and a last "en".
        "Vragen van de leden Kops en Van Dijck (beiden PVV) aan de Minister en de\n\
         Staatssecretaris van Financiën over belastingen (ingezonden 3 maart 2020).\n\
         Antwoord van Minister Hoekstra (Financiën), mede namens de Minister van\n\
         Defensie, de Minister voor Medische Zorg en de Staatssecretaris van\n\
         Financiën (ontvangen 1 april 2020).",
        // A title before the header, as tweedekamer.nl prints it; "allen";
        // several ministers by their portfolios, on whose behalf the answer
        // is given.
        "Antwoord schriftelijke vragen : Antwoord op vragen van de leden Bouchallikh,\n\
         Bromet en Kröger over een gezonde leefomgeving voor kinderen\n\
         Vragen van de leden Bouchallikh, Bromet en Kröger (allen GroenLinks) aan de\n\
         Staatssecretaris van Infrastructuur en Waterstaat en de Ministers van\n\
         Infrastructuur en Waterstaat, voor Volkshuisvesting en Ruimtelijke Ordening en\n\
         voor Landbouw, Natuur en Voedselkwaliteit over een gezonde leefomgeving voor\n\
         kinderen (ingezonden 30 mei 2022).\n\
         Antwoord van Staatssecretaris Heijnen (Infrastructuur en Waterstaat), mede namens\n\
         de Ministers voor Volkshuisvesting en Ruimtelijke Ordening, van Landbouw, Natuur en\n\
         Voedselkwaliteit en voor Armoedebeleid, Participatie en Pensioenen en de Staatssecretaris\n\
         van Volksgezondheid, Welzijn en Sport (ontvangen 14 juli 2022). Zie ook Aanhangsel\n\
         Handelingen, vergaderjaar 2021–2022, nr. 3173.",
        // Two titles sharing their ministry.
        "Vragen van het lid Sneller (D66) aan de Minister en Staatssecretaris van\n\
         Binnenlandse Zaken en Koninkrijksrelaties over uitvoeringsorganisaties\n\
         (ingezonden 12 april 2024).\n\
         Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en\n\
         Koninkrijksrelaties) (ontvangen 14 mei 2024).",
        // The preposition repeated after "en"; "namens" alone.
        "Vragen van de leden Ceder (ChristenUnie) en Dobbe (SP) aan de Minister van\n\
         Buitenlandse Zaken en aan de Minister voor Buitenlandse Handel en\n\
         Ontwikkelingssamenwerking over Jemen (ingezonden 5 juni 2024).\n\
         Antwoord van Minister Bruins Slot (Buitenlandse Zaken) en van Minister\n\
         Schreinemacher (Buitenlandse Handel en Ontwikkelingssamenwerking), namens\n\
         de Minister van Defensie (ontvangen 28 juni 2024).",
        // A name with particles and a first name; a party with a slash.
        "Vragen van de leden Gijs van Dijk (PvdA) en Kuzu (Groep Kuzu/Öztürk)\n\
         aan de Minister van Sociale Zaken en Werkgelegenheid over pensioenen\n\
         (ingezonden 3 maart 2020).\n\
         Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid)\n\
         (ontvangen 1 april 2020).",
        // The same day; a date that is no date is not compared.
        "Vragen van het lid Klaver (GroenLinks) aan de Minister van Financiën\n\
         over iets (ingezonden 3 maart 2020).\n\
         Antwoord van Minister Hoekstra (Financiën) (ontvangen 3 maart 2020).",
        "Vragen van het lid Klaver (GroenLinks) aan de Minister van Financiën\n\
         over iets (ingezonden 31 juni 2020).\n\
         Antwoord van Minister Hoekstra (Financiën) (ontvangen 3 maart 2020).",
        // A subject that speaks of an answer and of ministers.
        "Vragen van het lid Klaver (GroenLinks) aan de Minister van Financiën\n\
         over het antwoord van de Minister Financiën-woordvoerder op de vraag van\n\
         Minister Justitie-watcher(s) (ingezonden 3 maart 2020).\n\
         Antwoord van Minister Hoekstra (Financiën) (ontvangen 4 maart 2020).",
        // "nr." present, in the short form of the year.
        "Vragen van het lid Klaver (GroenLinks) aan de Minister van Financiën\n\
         over iets (ingezonden 3 maart 2020).\n\
         Antwoord van Minister Hoekstra (Financiën) (ontvangen 4 maart 2020). Zie\n\
         ook Aanhangsel Handelingen II 2019/20, nr. 1234.",
        // A member list that is not names: nothing is counted.
        "Vragen van het lid Klaver (GroenLinks), mede namens het lid Ceder\n\
         (ChristenUnie), aan de Minister van Financiën over iets (ingezonden\n\
         3 maart 2020).\n\
         Antwoord van Minister Hoekstra (Financiën) (ontvangen 4 maart 2020).",
    ] {
        assert_eq!(findings(header), [], "{header}");
    }
}

#[test]
fn the_header_is_read_after_a_title() {
    let (d, h) = read(
        "Antwoord schriftelijke vragen : Antwoord op vragen van het lid Erkens over\n\
         adviesorganen bij de Rijksoverheid\n\
         Vragen van het lid Erkens (VVD) aan de Minister van Binnenlandse Zaken en\n\
         Koninkrijksrelaties over adviesorganen bij de Rijksoverheid (ingezonden\n\
         20 december 2024).\n\
         Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties)\n\
         (ontvangen 4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar\n\
         2024–2025, nr. 1028.",
    );
    let q = h.questions.unwrap();
    let m = q.members.unwrap();
    assert_eq!(flat(&d, m.span), "Erkens (VVD)");
    let (sent, received) = (q.sent.unwrap(), h.answer.unwrap().received.unwrap());
    assert!(sent.date.unwrap() < received.date.unwrap());
}

#[test]
fn only_answers_to_kamervragen_have_a_header() {
    let d = crate::read_bytes(
        "lijst.txt",
        "1 Vragen van het lid Klaver aan de Minister Justitie?\nJa.\n".as_bytes(),
    );
    assert!(Header::of(&d).is_none());
}

#[test]
fn page_furniture_inside_the_header_is_left_out() {
    let (d, h) = read(
        "Vragen van de leden Bushoff en Patijn (beiden GroenLinks-PvdA) aan de\n\
         Ministers van Sociale Zaken en Werkgelegenheid en van Volksgezondheid,\n\
         \n\
         ah-tk-20232024-2313\n\
         ISSN 0921 - 7398\n\
         ’s-Gravenhage 2024\n\
         Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\
         \n\
         1\n\
         Welzijn en Sport over longcovid (ingezonden 5 juli 2024).\n\
         Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid)\n\
         (ontvangen 22 augustus 2024).",
    );
    let q = h.questions.unwrap();
    assert_eq!(
        offices(&d, &q.addressees),
        ["Ministers van Sociale Zaken en Werkgelegenheid en van Volksgezondheid, Welzijn en Sport"]
    );
}

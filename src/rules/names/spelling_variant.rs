//! names/spelling-variant: one name written two ways in one document
//! ("Sala pa Tur" and "Salu pa Tur", "Both Ends" and "Both ENDS",
//! "Saudi-Arabië" and "Saoedi-Arabië").

use std::collections::BTreeMap;

use foldhash::{HashMap, HashSet};
use std::sync::LazyLock;

use super::candidates::candidates;
use super::scan;
use super::words::{self, Word};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::{question_at, Example, RuleMeta, Text};

pub const SPELLING_VARIANT: RuleMeta = RuleMeta {
    id: "names/spelling-variant",
    severity: Severity::Warning,
    summary: "One name written two ways in one document (“Salu pa Tur”, “Sala pa Tur”)",
    explanation: r#"
An organisation, a place or a person named twice should be spelled the same
way twice: "Sala pa Tur" in one place and "Salu pa Tur" in the next, "Both
Ends" and "Both ENDS", "Saudi-Arabië" and "Saoedi-Arabië" leave the reader
to wonder whether they are one and the same, and a search finds only one.
kamerlint looks at the words that stand where names stand (capitalised in
the middle of a sentence) and reports a name whose spellings differ in
capitals only, in accents or transliteration ("oe" for "u", "ij" for "y"),
or in one or two letters of a long name; a short name needs a neighbour
that both spellings share ("pa Tur" after "Sala" and "Salu"). One finding
per name, at the first use of the rarer spelling, with every other use of
the spellings to change and the first use of the one the text mostly writes
as related places. The questions are the member's text, reprinted as sent in:
where one spelling stands only in the questions, the finding is an info.

Left alone: forms of one word (Nederland, Nederlands, Nederlandse;
Ministers, Ministerie; plurals and genitives); a capital at the start of a
sentence or of a part after a hyphen ("EU-Lidstaten" in a title); words in
capitals in a heading or an address ("DEN HAAG"); abbreviations, which
differ by a letter and are other bodies (IenW, IenM; AIV, AIVD), and an
abbreviation in a compound ("EU-maatregelen"); names that begin with
another letter (Gambia, Zambia) and short names without a shared neighbour
(Jansen, Janssen may be two people); a hyphen more or less
(style/abbreviation-compound's, or a line end the extraction joined);
differences a scan makes ("rn" read for "m", "f" for "t"); words that
stand in lower case elsewhere in the text (a common word, not a name);
quotations, footnotes and English passages (a report's English title);
and the sets style/spelling-variant and style/spelling already report
("mkb", "MKB"; "Filippijnen").
"#,
    summary_nl: "Eén naam op twee manieren geschreven in één document (“Salu pa Tur”, “Sala pa Tur”)",
    explanation_nl: r#"
Een organisatie, een plaats of een persoon die twee keer wordt genoemd,
wordt twee keer hetzelfde gespeld: "Sala pa Tur" op de ene plek en "Salu
pa Tur" op de volgende, "Both Ends" en "Both ENDS", "Saudi-Arabië" en
"Saoedi-Arabië" laten de lezer zich afvragen of het om dezelfde gaat, en
een zoekopdracht vindt er maar één. kamerlint kijkt naar de woorden die
staan waar namen staan (met een hoofdletter midden in een zin) en meldt een
naam waarvan de spellingen alleen verschillen in hoofdletters, in accenten
of transcriptie ("oe" voor "u", "ij" voor "y"), of in een of twee letters
van een lange naam; een korte naam heeft een buurwoord nodig dat beide
spellingen delen ("pa Tur" na "Sala" en "Salu"). Eén bevinding per naam,
bij het eerste gebruik van de zeldzamere spelling; ze wijst elk ander
gebruik aan van de spellingen die moeten veranderen, en het eerste gebruik
van de spelling die de tekst meestal schrijft. De vragen zijn de tekst van
het lid, herdrukt zoals ze zijn ingezonden: staat een spelling alleen in
de vragen, dan is de bevinding een opmerking.

Niet gemeld: vormen van één woord (Nederland, Nederlands, Nederlandse;
Ministers, Ministerie; meervouden en genitieven); een hoofdletter aan het
begin van een zin of van een deel na een koppelteken ("EU-Lidstaten" in
een titel); woorden in hoofdletters in een kop of een adres ("DEN HAAG");
afkortingen, die met één letter verschillen en andere organen zijn (IenW,
IenM; AIV, AIVD), en een afkorting in een samenstelling
("EU-maatregelen"); namen die met een andere letter beginnen (Gambia,
Zambia) en korte namen zonder gedeeld buurwoord (Jansen en Janssen kunnen
twee personen zijn); een koppelteken meer of minder (dat meldt
style/abbreviation-compound, of het is een regeleinde dat de extractie
samenvoegde); verschillen die een scan maakt ("rn" gelezen waar "m" staat,
"f" waar "t" staat); woorden die elders in de tekst met een kleine letter
staan (een gewoon woord, geen naam); citaten, voetnoten en Engelse
passages (de Engelse titel van een rapport); en de reeksen die
style/spelling-variant en style/spelling al melden ("mkb", "MKB";
"Filippijnen").
"#,
    bad: &[Example::answer(
        "Het ministerie sprak met Salu pa Tur en met Stichting Vluchteling. Daarna volgde een gesprek met Sala pa Tur over de zorg.\n",
    )],
    good: &[Example::answer(
        "Het ministerie sprak met Salu pa Tur en met Stichting Vluchteling. Daarna volgde een gesprek met Salu pa Tur over de zorg.\n",
    )],
    texts: &[
        Text::new("message", "één naam op {count} manieren geschreven: {variants}", "one name written {count} ways: {variants}"),
        Text::new("help", "schrijf de naam overal op dezelfde manier; de tekst schrijft meestal “{majority}”", "write the name one way throughout; the text mostly writes “{majority}”",
        ),
        Text::new("help.tie", "schrijf de naam overal op dezelfde manier", "write the name one way throughout"),
        Text::new("help.question", "“{variant}” staat alleen in de vragen van het lid, die worden afgedrukt zoals ze zijn ingezonden; controleer welke spelling juist is en of de antwoorden die gebruiken", "“{variant}” stands only in the member's questions, which are printed as sent in; check which spelling is right and that the answers use it",
        ),
        Text::new("related", "geschreven als “{form}”", "written “{form}”"),
        Text::new("variant", "“{form}” ({count}×)", "“{form}” ({count}×)"),
    ],
};

/// One spelling and where it stands.
struct Variant {
    form: String,
    /// The form with the neighbours all spellings share ("Sala pa Tur").
    shown: String,
    uses: Vec<usize>,
    /// Every use is in a question.
    questions_only: bool,
}

pub(super) fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let text: &str = &doc.text;
    let ws = words::words(text);
    let lower = words::lower_words(text, &ws);
    // The capitalised words by spelling, with their uses; a spelling is a
    // name when one of its uses stands mid-sentence and the word does not
    // stand in lower case too.
    let mut forms: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, w) in ws.iter().enumerate() {
        if w.cap {
            forms
                .entry(&text[w.span.start..w.span.end])
                .or_default()
                .push(i);
        }
    }
    let names: Vec<&str> = forms
        .iter()
        .filter(|(form, uses)| {
            form.chars().count() >= 3
                && uses.iter().any(|&i| ws[i].mid)
                && !lower.contains(form.to_lowercase().as_str())
                && !reported_elsewhere(form)
        })
        .map(|(form, _)| *form)
        .collect();
    let pairs = candidates(&names);
    let mut groups = Groups::new(names.len());
    for (a, b) in pairs {
        let (fa, fb) = (names[a], names[b]);
        let (context, mixed) = shared(text, &ws, &forms[fa], &forms[fb]);
        if words::compare(fa, fb, context, mixed).is_some() && !same_set(fa, fb) {
            groups.join(a, b);
        }
    }
    let questions: Vec<Span> = doc
        .entries
        .iter()
        .flat_map(|e| e.question.iter().copied())
        .collect();
    let in_question = |at: usize| {
        let i = questions.partition_point(|s| s.end <= at);
        questions.get(i).is_some_and(|s| s.contains(at))
    };
    for members in groups.sets() {
        let mut variants: Vec<Variant> = members
            .iter()
            .map(|&m| {
                let uses: Vec<usize> = forms[names[m]]
                    .iter()
                    .copied()
                    .filter(|&i| usable(doc, &ws, i))
                    .collect();
                let questions_only = uses.iter().all(|&i| in_question(ws[i].span.start));
                Variant {
                    form: names[m].to_string(),
                    shown: String::new(),
                    uses,
                    questions_only,
                }
            })
            .filter(|v| !v.uses.is_empty())
            .collect();
        if variants.len() < 2 {
            continue;
        }
        let mut common: Option<HashSet<(bool, String)>> = None;
        for v in &variants {
            let keys: HashSet<_> = around(text, &ws, &v.uses).into_keys().collect();
            common = Some(match common {
                None => keys,
                Some(c) => c.intersection(&keys).cloned().collect(),
            });
        }
        let common = common.unwrap_or_default();
        for v in &mut variants {
            v.shown = shown(text, &ws, v, &common);
        }
        // The rarer spelling first: fewer uses, then the one only the
        // questions have, then the later.
        variants.sort_by_key(|v| {
            (
                v.uses.len(),
                !v.questions_only,
                std::cmp::Reverse(v.uses[0]),
            )
        });
        out.push(finding(doc, &ws, &variants));
    }
}

/// The finding for one name's spellings, the rarest first.
fn finding(doc: &Document, ws: &[Word], variants: &[Variant]) -> Diagnostic {
    let rare = &variants[0];
    let majority = variants
        .iter()
        .max_by_key(|v| {
            (
                v.uses.len(),
                !v.questions_only,
                std::cmp::Reverse(v.uses[0]),
            )
        })
        .unwrap_or(rare);
    let mut by_place: Vec<&Variant> = variants.iter().collect();
    by_place.sort_by_key(|v| v.uses[0]);
    let list: Vec<String> = by_place
        .iter()
        .map(|v| SPELLING_VARIANT.say("variant", &[("form", &v.shown), ("count", &v.uses.len())]))
        .collect();
    let primary = ws[rare.uses[0]].span;
    let message = SPELLING_VARIANT.say(
        "message",
        &[("count", &variants.len()), ("variants", &list.join(", "))],
    );
    let only_questions = variants.iter().find(|v| v.questions_only);
    let mut d = SPELLING_VARIANT.at(primary, message);
    d = match only_questions {
        Some(v) => {
            d.severity = Severity::Info;
            d.with_help(SPELLING_VARIANT.say("help.question", &[("variant", &v.shown)]))
        }
        None if variants
            .iter()
            .filter(|v| v.uses.len() == majority.uses.len())
            .count()
            > 1 =>
        {
            d.with_help(SPELLING_VARIANT.say("help.tie", &[]))
        }
        None => d.with_help(SPELLING_VARIANT.say("help", &[("majority", &majority.shown)])),
    };
    // Every other use of the spellings to change, and the first use of
    // the one the text mostly writes (its other uses are right as they
    // stand, and a name used forty times would bury the places to fix).
    let mut related: Vec<(usize, &str)> = variants
        .iter()
        .flat_map(|v| {
            let uses = if std::ptr::eq(v, majority) {
                &v.uses[..1]
            } else {
                &v.uses[..]
            };
            uses.iter().map(move |&i| (i, v.shown.as_str()))
        })
        .filter(|&(i, _)| ws[i].span != primary)
        .collect();
    related.sort_unstable();
    for (i, form) in related {
        d = d.with_related(
            ws[i].span,
            SPELLING_VARIANT.say("related", &[("form", &form)]),
        );
    }
    d.with_question(question_at(doc, primary.start))
}

/// Whether the use at word `i` counts: not in a quotation, a footnote or
/// an English passage.
fn usable(doc: &Document, ws: &[Word], i: usize) -> bool {
    let span = ws[i].span;
    !scan::in_footnote(doc, span.start)
        && !scan::quoted(&doc.text, span)
        && !words::english(&doc.text, ws, i)
}

/// The neighbours within the name of the uses of one spelling: (after?,
/// lower-case words) with whether none of them is in capitals.
fn around(text: &str, ws: &[Word], uses: &[usize]) -> HashMap<(bool, String), bool> {
    let mut set: HashMap<(bool, String), bool> = HashMap::default();
    for &i in uses {
        if let Some(n) = words::before(text, ws, i) {
            *set.entry((false, n.key)).or_insert(true) &= !n.upper;
        }
        if let Some(n) = words::after(text, ws, i) {
            *set.entry((true, n.key)).or_insert(true) &= !n.upper;
        }
    }
    set
}

/// How a spelling is shown: with the neighbours every spelling of the
/// name shares ("Sala pa Tur", "Both ENDS"), at its first use that has
/// them; else the word alone.
fn shown(text: &str, ws: &[Word], v: &Variant, common: &HashSet<(bool, String)>) -> String {
    let has = |i: usize, after: bool| {
        let n = if after {
            words::after(text, ws, i)
        } else {
            words::before(text, ws, i)
        };
        n.filter(|n| common.contains(&(after, n.key.clone())))
    };
    for &i in &v.uses {
        let (b, a) = (has(i, false), has(i, true));
        if b.is_none() && a.is_none() {
            continue;
        }
        let start = b.map_or(ws[i].span.start, |n| n.span.start);
        let end = a.map_or(ws[i].span.end, |n| n.span.end);
        return text[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    }
    v.form.clone()
}

/// Whether some use of one spelling and some use of the other share a
/// neighbour within the name, and whether that neighbour is not in
/// capitals at either (a heading in capitals).
fn shared(text: &str, ws: &[Word], a: &[usize], b: &[usize]) -> (bool, bool) {
    let (na, nb) = (around(text, ws, a), around(text, ws, b));
    let mut context = false;
    let mut mixed = false;
    for (k, ma) in &na {
        if let Some(mb) = nb.get(k) {
            context = true;
            mixed |= *ma && *mb;
        }
    }
    (context, mixed)
}

/// The sets of the default rule files that style/spelling-variant reports
/// (lower case), and the misspellings style/spelling corrects: a name
/// there is reported by those rules, not here.
struct Elsewhere {
    sets: Vec<Vec<String>>,
    swaps: Vec<String>,
}

static ELSEWHERE: LazyLock<Elsewhere> = LazyLock::new(|| {
    let mut e = Elsewhere {
        sets: Vec::new(),
        swaps: Vec::new(),
    };
    let file = crate::rules::declarative::DEFAULT_FILES
        .iter()
        .find(|(name, _)| *name == "rules/spelling.toml")
        .map_or("", |(_, text)| *text);
    let Ok(table) = file.parse::<toml::Table>() else {
        return e;
    };
    let rules = table.get("rule").and_then(|r| r.as_array());
    for rule in rules.into_iter().flatten() {
        let id = rule.get("id").and_then(|v| v.as_str());
        if id == Some("style/spelling-variant") {
            let sets = rule
                .get("consistency")
                .and_then(|c| c.get("sets"))
                .and_then(|s| s.as_array());
            for set in sets.into_iter().flatten() {
                let forms = set.as_array().into_iter().flatten();
                e.sets.push(
                    forms
                        .filter_map(|f| f.as_str())
                        .map(str::to_lowercase)
                        .collect(),
                );
            }
        }
        if id == Some("style/spelling") {
            let swaps = rule
                .get("substitution")
                .and_then(|c| c.get("swap"))
                .and_then(|s| s.as_table());
            // The literal misspellings ("Filippijnen"); the patterns
            // among them are not names.
            for pattern in swaps.into_iter().flat_map(|t| t.keys()) {
                if pattern
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == ' ')
                {
                    e.swaps.push(pattern.clone());
                }
            }
        }
    }
    e
});

/// Whether style/spelling corrects `form` itself ("Filippijnen").
fn reported_elsewhere(form: &str) -> bool {
    ELSEWHERE.swaps.iter().any(|s| s == form)
}

/// Whether style/spelling-variant has `a` and `b` in one set.
fn same_set(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    ELSEWHERE
        .sets
        .iter()
        .any(|s| s.contains(&a) && s.contains(&b))
}

/// Names joined into groups (union-find), so that one name with three
/// spellings is one finding.
struct Groups {
    parent: Vec<usize>,
}

impl Groups {
    fn new(n: usize) -> Groups {
        Groups {
            parent: (0..n).collect(),
        }
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }

    /// The groups of more than one name, in the order of their first name.
    fn sets(mut self) -> Vec<Vec<usize>> {
        let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for x in 0..self.parent.len() {
            let r = self.root(x);
            by_root.entry(r).or_default().push(x);
        }
        by_root.into_values().filter(|g| g.len() > 1).collect()
    }
}

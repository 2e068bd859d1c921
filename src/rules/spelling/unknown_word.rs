//! spelling/unknown-word: a word the Dutch word list does not know, one
//! edit away from a word it lists.

use std::cell::{OnceCell, RefCell};

use foldhash::{HashMap, HashSet};

use super::dictionary::{lexicon, Lexicon};
use super::edits::{edits, splits};
use super::memo::remembered;
use super::words::{words, Word, MIN_LETTERS};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Span};
use crate::rules::lower::lower_case;
use crate::rules::{Example, RuleMeta, Text};

pub const UNKNOWN_WORD: RuleMeta = RuleMeta {
    id: "spelling/unknown-word",
    severity: Severity::Info,
    summary: "A word the Dutch word list does not know, one letter from a word it lists",
    explanation: r#"
Every word of the questions and answers is looked up in OpenTaal's Dutch
word list (the Hunspell dictionary Debian ships as `hunspell-nl`, compiled
into kamerlint), with its inflections and the compounds the list can build
("infrastructuurontwikkeling" from "infrastructuur" and "ontwikkeling"). A
word it does not know is reported when one edit — a letter left out, added,
changed, or two letters swapped — turns it into a word the list has as an
entry: "risicos" (risico's), "maatregen" (maatregel), "voortang"
(voortgang), "buillding" (building). The closest such word is offered as
the fix: a left-out apostrophe first, then swapped letters, a doubled letter
removed, a left-out letter, a letter too many, a letter changed. In a
compound, one part may be the misspelled one: "Infastructuurontwikkeling"
(infrastructuur + ontwikkeling).

Only an *entry* of the list counts as the word meant, not any compound the
list could build: nearly every unknown word is one letter from some compound
("lastenluwe" from "lastensluwe"). A word that splits into two entries
("doenvermogen", "basispad") is taken as a compound the list does not know
and left alone, unless the entry one letter away is written elsewhere in the
document ("maatregen" beside "sanctiemaatregelen"). A word the list itself
marks as wrong ("maatregen") is always reported.

An info: the list does not know every compound, term and name of Dutch
government, so a finding is a question to the editor, not a verdict. Add
the project's names and jargon to `words` in a `[settings.spelling]` table
(in a rule file of a rule folder, or in `kamerlint.toml`); case does not
matter there.

Left alone: words of fewer than five letters; words with digits, in URLs,
e-mail addresses and paths, or with full stops inside ("o.a."); words
in capitals or with a capital inside ("DNB", "KvK"); a capitalised word in
mid-sentence shorter than nine letters (a name, most likely; longer ones,
such as a sector in a list, "Luchvaart", are read as the word they
capitalise); the first part of a compound cut off by a hyphen or bracket
("bedrijfs- en", "(overheids)organisaties"); a word the list knows with a
full stop after it, or one whose fix would add letters before a full stop (an
abbreviation: "bijv.", "Theolog."); a listed word with an ending the list
does not give it ("factsheets", "zwaarwegendere"); a capitalised word
written so more than once (a name: "Logius"); a word the text extraction
broke in two, whose pieces together are a word ("verantwoordin g", "finan-
ciering"); the front matter, footnotes
and text outside the questions and answers (titles, sources, quotations
of their own); English words (the list of English words of Debian's
`hunspell-en-us`, compiled in too, keeps "with" and "nature" quiet, not
"buillding").
"#,
    summary_nl: "Een woord dat niet in de Nederlandse woordenlijst staat, één letter verschillend van een woord dat er wel in staat",
    explanation_nl: r#"
Elk woord van de vragen en antwoorden wordt opgezocht in de Nederlandse
woordenlijst van OpenTaal (het Hunspell-woordenboek dat Debian levert als
`hunspell-nl`, in kamerlint ingebouwd), met de verbuigingen en de
samenstellingen die de lijst kan vormen (“infrastructuurontwikkeling” uit
“infrastructuur” en “ontwikkeling”). Een woord dat de lijst niet kent, wordt
gemeld als één bewerking — een letter weggelaten, toegevoegd of veranderd, of
twee letters verwisseld — er een woord van maakt dat als trefwoord in de
lijst staat: “risicos” (risico’s), “maatregen” (maatregel), “voortang”
(voortgang), “buillding” (building). Het dichtstbijzijnde woord wordt als
verbetering voorgesteld: eerst een weggelaten apostrof, dan verwisselde
letters, een verdubbelde letter weggehaald, een weggelaten letter, een letter
te veel, een veranderde letter. In een samenstelling kan één deel het
verkeerd gespelde zijn: “Infastructuurontwikkeling” (infrastructuur +
ontwikkeling).

Alleen een *trefwoord* van de lijst geldt als het bedoelde woord, niet elke
samenstelling die de lijst zou kunnen vormen: bijna elk onbekend woord ligt
één letter van een of andere samenstelling af (“lastenluwe” van
“lastensluwe”). Een woord dat in twee trefwoorden uiteenvalt (“doenvermogen”,
“basispad”), wordt gezien als een samenstelling die de lijst niet kent en
niet gemeld, tenzij het trefwoord op één letter afstand elders in het
document staat (“maatregen” naast “sanctiemaatregelen”). Een woord dat de
lijst zelf als fout aanmerkt (“maatregen”), wordt altijd gemeld.

Een opmerking: de lijst kent niet elke samenstelling, term en naam van de
Nederlandse overheid, dus een bevinding is een vraag aan de redactie, geen
oordeel. Zet de namen en het jargon van het project in `words` in een tabel
`[settings.spelling]` (in een regelbestand van een regelmap, of in
`kamerlint.toml`); hoofdletters maken daar niet uit.

Niet gemeld: woorden van minder dan vijf letters; woorden met cijfers, in
URL’s, e-mailadressen en paden, of met punten erin (“o.a.”); woorden in
hoofdletters of met een hoofdletter erin (“DNB”, “KvK”); een woord van minder
dan negen letters met een hoofdletter midden in een zin (vermoedelijk een
naam; langere, zoals een sector in een opsomming, “Luchvaart”, worden gelezen
als het woord dat ze met een hoofdletter schrijven); het eerste deel van een
samenstelling dat met een streepje of haakje is afgebroken (“bedrijfs- en”,
“(overheids)organisaties”); een woord dat de lijst kent met een punt erna, of
een woord waarvan de verbetering letters vóór een punt zou toevoegen (een
afkorting: “bijv.”, “Theolog.”); een woord uit de lijst met een uitgang die de
lijst er niet bij geeft (“factsheets”, “zwaarwegendere”); een woord met
hoofdletter dat vaker zo wordt geschreven (een naam: “Logius”); een woord dat
de tekstextractie in tweeën heeft gebroken en waarvan de stukken samen een
woord zijn (“verantwoordin g”, “finan- ciering”); de kop, de voetnoten en
tekst buiten de vragen en antwoorden (titels, bronnen, citaten, met hun eigen
spelling); Engelse woorden (de lijst van Engelse woorden van Debians
`hunspell-en-us`, ook ingebouwd, laat “with” en “nature” ongemeld, maar niet
“buillding”).
"#,
    bad: &[Example::answer(
        "Het is echter niet in het belang van de onderhandelingen om uitspraken te doen over eventuele nieuwe maatregen.\n",
    )],
    good: &[Example::answer(
        "Het is echter niet in het belang van de onderhandelingen om uitspraken te doen over eventuele nieuwe maatregelen.\n",
    )],
    texts: &[
        Text::new(
            "message",
            "“{word}” staat niet in de Nederlandse woordenlijst; “{suggestion}” wel",
            "“{word}” is not in the Dutch word list; “{suggestion}” is",
        ),
        Text::new(
            "help",
            "verbeter het in “{suggestion}”; is “{word}” een naam of term van het project, zet het dan in `words` onder `[settings.spelling]`",
            "correct it to “{suggestion}”, or, if “{word}” is a name or term of your own, add it to `words` under `[settings.spelling]`",
        ),
    ],
};

/// Distinct misspelled words reported in one document at most (each
/// further unknown word is left alone). A word with a correction costs a
/// search of the document's text (is the correction written elsewhere? is
/// a capitalised word a name written twice?), so this bound keeps the pass
/// linear; a document with more is not Dutch prose the list can judge.
const MAX_SUSPECTS: usize = 200;

/// Distinct unknown words searched for a correction in one document at
/// most (each search tries every one-letter edit against the list, about
/// half a millisecond); further unknown words are left alone. The seed has
/// about a hundred; a text of thousands is not prose the list can judge
/// (a list of names, a table of codes), and without the bound 9,000
/// invented names took seconds.
const MAX_SEARCHES: usize = 1000;

/// A word's verdict: the correction to offer, in lower case, or none.
type Verdict = Option<String>;

/// A document's text in lower case, made when first asked for (only a
/// suspected compound asks).
struct Lowered<'a> {
    text: &'a str,
    lower: OnceCell<String>,
}

impl Lowered<'_> {
    fn get(&self) -> &str {
        self.lower.get_or_init(|| self.text.to_lowercase())
    }
}

/// The verdicts of one document by word in lower case: before a full stop
/// (`[1]`, where an abbreviation may be meant) and elsewhere (`[0]`).
type Memo = [HashMap<String, Verdict>; 2];

pub(super) fn check(doc: &Document, project_words: &[String], out: &mut Vec<Diagnostic>) {
    let own: HashSet<String> = BUILT_IN_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .chain(project_words.iter().map(|w| w.trim().to_lowercase()))
        .collect();
    let text: &str = &doc.text;
    let mut memo = Memo::default();
    let lowered = Lowered {
        text,
        lower: OnceCell::new(),
    };
    let mut suspects = 0;
    let mut searches = 0;
    for entry in &doc.entries {
        for lines in [&entry.question, &entry.answer] {
            for word in words(text, lines) {
                let Some((span, found, suggestion)) = judge(
                    &word,
                    &own,
                    text,
                    &lowered,
                    &mut memo,
                    &mut suspects,
                    &mut searches,
                ) else {
                    continue;
                };
                out.push(
                    UNKNOWN_WORD
                        .at(
                            span,
                            UNKNOWN_WORD
                                .say("message", &[("word", &found), ("suggestion", &suggestion)]),
                        )
                        .with_question(Some(entry.first_number()))
                        .with_help(
                            UNKNOWN_WORD
                                .say("help", &[("word", &found), ("suggestion", &suggestion)]),
                        )
                        .with_fix(span, suggestion.clone()),
                );
            }
        }
    }
}

/// The words kamerlint adds to the list (`rules/dictionary/words.txt`).
pub(super) static BUILT_IN_WORDS: &str = include_str!("../../../rules/dictionary/words.txt");

/// The misspelled part of `word` (the word itself, or one part of a
/// hyphenated word), its text and the correction, cased as written.
fn judge<'a>(
    word: &Word<'a>,
    own: &HashSet<String>,
    text: &str,
    lowered: &Lowered,
    memo: &mut Memo,
    suspects: &mut usize,
    searches: &mut usize,
) -> Option<(Span, &'a str, String)> {
    let capital = word.text.chars().next().is_some_and(char::is_uppercase);
    // A capitalised word in mid-sentence is a name unless it is long
    // enough to be a compound (a sector in a list, a programme's name).
    if capital && !word.opens && word.text.chars().count() < 9 {
        return None;
    }
    let whole_lower = lower_case(word.text);
    if own.contains(whole_lower.as_ref()) {
        return None;
    }
    // The parts to judge, in a vector only for a hyphenated word: one per
    // word was an allocation per word.
    let whole = [(0, word.text)];
    let hyphenated: Vec<(usize, &str)>;
    let mut parts: &[(usize, &str)] = &whole;
    if word.text.contains('-') {
        let lexicon = lexicon()?;
        if known(lexicon, word.text) {
            return None;
        }
        hyphenated = word
            .text
            .split('-')
            .scan(0, |at, p| {
                let start = *at;
                *at += p.len() + 1;
                Some((start, p))
            })
            .filter(|(_, p)| p.chars().count() >= MIN_LETTERS)
            .collect();
        parts = &hyphenated;
    }
    for &(offset, part) in parts {
        // The whole word's lower case when it is the only part.
        let part_lower;
        let lower: &str = if part.len() == word.text.len() {
            &whole_lower
        } else {
            part_lower = lower_case(part);
            &part_lower
        };
        if own.contains(lower) {
            continue;
        }
        let before_stop = word.next == Some('.');
        let memo = &mut memo[usize::from(before_stop)];
        let verdict = match memo.get(lower) {
            Some(v) => v.clone(),
            None if *suspects >= MAX_SUSPECTS => None,
            None => {
                let v = verdict(part, lower, before_stop, lowered, own, searches);
                *suspects += usize::from(v.is_some());
                memo.insert(lower.to_owned(), v.clone());
                v
            }
        };
        if let Some(suggestion) = verdict {
            // A word the text extraction broke in two ("ministe rie",
            // "finan- ciering") is not a spelling slip.
            if let Some(lexicon) = lexicon() {
                let joined_before = word.piece_before.map(|p| format!("{p}{part}"));
                let joined_after = word.piece_after.map(|p| format!("{part}{p}"));
                if joined_before
                    .into_iter()
                    .chain(joined_after)
                    .any(|w| known(lexicon, &w))
                {
                    continue;
                }
            }
            // An abbreviation cuts letters: "Theolog." for "Theologische".
            if word.next == Some('.') && suggestion.chars().count() > lower.chars().count() {
                continue;
            }
            // A capitalised word written so more than once is a name
            // ("Logius", "Boerman"): a slip is seldom made twice alike.
            if part.chars().next().is_some_and(char::is_uppercase)
                && text.matches(part).nth(1).is_some()
            {
                continue;
            }
            let start = word.span.start + offset;
            let span = Span::new(start, start + part.len());
            let cased = if part.chars().next().is_some_and(char::is_uppercase) {
                capitalise(&suggestion)
            } else {
                suggestion
            };
            return Some((span, part, cased));
        }
    }
    None
}

fn known(lexicon: &Lexicon, word: &str) -> bool {
    lexicon.knows(word) || lexicon.knows(&word.to_lowercase())
}

/// The verdict on one word (no hyphen), `lower` its lower case, in a
/// document whose text in lower case is `lowered`.
fn verdict(
    word: &str,
    lower: &str,
    before_stop: bool,
    lowered: &Lowered,
    own: &HashSet<String>,
    searches: &mut usize,
) -> Verdict {
    let lexicon = lexicon()?;
    if known(lexicon, word) {
        return None;
    }
    // An abbreviation the list has with its full stop: "bijv.", "resp.".
    if before_stop && lexicon.knows(&format!("{lower}.")) {
        return None;
    }
    if *searches >= MAX_SEARCHES {
        return None;
    }
    *searches += 1;
    // A word the list marks as wrong ("maatregen/Fw") is the slip whatever
    // it could be built from.
    if lexicon.forbidden(lower) {
        return closest(lexicon, lower);
    }
    // An inflection the list lacks of a word it lists: "factsheets",
    // "zwaarwegendere"; a compound's first part cut off by a line break
    // ("bedrijfsvoerings").
    if lacks_inflection(lexicon, lower) {
        return None;
    }
    let compound = compound_of_entries(lexicon, lower, own);
    if let Some(c) = closest(lexicon, lower) {
        // A word that is two entries may be a compound the list lacks
        // ("basispad", not "basispas"): it is the slip only when the
        // document writes the word meant elsewhere ("maatregen" beside
        // "sanctiemaatregelen").
        if compound && !lowered.get().contains(c.as_str()) {
            return None;
        }
        return english_veto(word, lower).then_some(c);
    }
    if compound {
        return None;
    }
    part_corrected(lexicon, lower).filter(|_| english_veto(word, lower))
}

/// Whether `lower` is a listed word with an ending the list does not give
/// it (an apostrophe left out before the "s" is not: "risicos").
fn lacks_inflection(lexicon: &Lexicon, lower: &str) -> bool {
    ["s", "en", "e", "er", "ere", "r", "n"].iter().any(|e| {
        lower.strip_suffix(e).is_some_and(|stem| {
            stem.chars().count() >= 4
                && lexicon.listed(stem)
                && !(*e == "s" && lexicon.listed(&format!("{stem}'s")))
        })
    })
}

/// Whether English does not know the word either.
fn english_veto(word: &str, lower: &str) -> bool {
    match super::dictionary::english() {
        Some(en) => !(en.check(word) || en.check(lower)),
        None => true,
    }
}

/// The best listed word one edit from `lower`, by the order of
/// [`edits`].
fn closest(lexicon: &Lexicon, lower: &str) -> Option<String> {
    thread_local! {
        static CLOSEST: RefCell<HashMap<String, Verdict>> = RefCell::new(HashMap::default());
    }
    remembered(&CLOSEST, lower, || search(lexicon, lower))
}

/// [`closest`], searched.
fn search(lexicon: &Lexicon, lower: &str) -> Option<String> {
    let mut best: Option<(u8, String)> = None;
    edits(lower, |rank, candidate| {
        if best.as_ref().is_some_and(|(r, _)| *r <= rank) {
            return;
        }
        if lexicon.listed(candidate) {
            best = Some((rank, candidate.to_string()));
        }
    });
    best.map(|(_, c)| c)
}

/// Whether `lower` is two listed words (or words of `own`), the first
/// perhaps with a linking "s" or "e(n)": a compound the list does not
/// build but a reader does ("controlfunctie" with "control" in `own`).
fn compound_of_entries(lexicon: &Lexicon, lower: &str, own: &HashSet<String>) -> bool {
    let listed = |w: &str| own.contains(w) || lexicon.listed(w);
    splits(lower, 3).any(|(head, tail)| {
        listed(tail)
            && (listed(head)
                || ["s", "e", "en"].iter().any(|link| {
                    head.strip_suffix(link)
                        .is_some_and(|h| h.chars().count() >= 3 && listed(h))
                }))
    })
}

/// A compound with one misspelled part: "infastructuurontwikkeling" is
/// "infrastructuur" + "ontwikkeling" with a letter left out of its first
/// part. The corrected compound must be one Hunspell builds.
fn part_corrected(lexicon: &Lexicon, lower: &str) -> Option<String> {
    // The longest listed last part, the first part wrong (perhaps with its
    // linking "s").
    if let Some((head, tail)) = splits(lower, 5).find(|(_, tail)| lexicon.listed(tail)) {
        let bare = head.strip_suffix('s').filter(|h| h.chars().count() >= 5);
        let tries = [Some((head, "")), bare.map(|b| (b, "s"))];
        for (part, link) in tries.into_iter().flatten() {
            if lexicon.listed(part) {
                break;
            }
            if let Some(c) = closest(lexicon, part) {
                let whole = format!("{c}{link}{tail}");
                if lexicon.knows(&whole) {
                    return Some(whole);
                }
            }
        }
    }
    // The longest listed first part, the last part wrong.
    let (head, tail) = splits(lower, 5)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find(|(head, _)| lexicon.listed(head))?;
    let c = closest(lexicon, tail)?;
    let whole = format!("{head}{c}");
    lexicon.knows(&whole).then_some(whole)
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggest(word: &str) -> Verdict {
        verdict(
            word,
            &word.to_lowercase(),
            false,
            &Lowered {
                text: "Maatregelen voortgang luchtvaart",
                lower: OnceCell::new(),
            },
            &HashSet::default(),
            &mut 0,
        )
    }

    #[test]
    fn the_issues_examples() {
        assert_eq!(suggest("risicos").as_deref(), Some("risico's"));
        assert_eq!(suggest("buillding").as_deref(), Some("building"));
        assert_eq!(suggest("maatregen").as_deref(), Some("maatregel"));
        assert_eq!(suggest("voortang").as_deref(), Some("voortgang"));
        assert_eq!(suggest("Luchvaart").as_deref(), Some("luchtvaart"));
        assert_eq!(
            suggest("Infastructuurontwikkeling").as_deref(),
            Some("infrastructuurontwikkeling")
        );
    }

    #[test]
    fn compounds_and_english_are_quiet() {
        for w in [
            "doenvermogen",
            "rekeninggluren",
            "infrastructuurontwikkeling",
            "nature",
            "with",
        ] {
            assert_eq!(suggest(w), None, "{w}");
        }
    }
}

//! The declarative rules' own words, in both languages: the errors about a
//! rule file that cannot be loaded (each with the label of its place and a
//! help), and what the kinds write into their findings themselves (related
//! places, and values such as `{state}` and `{this_region}`). What a rule
//! says is its rule file's (`message.nl`, `message.en`); these are the
//! words around it. Everything here is said in the language in force when
//! it is made: a [`crate::error::ConfigError`] when the file is loaded, a
//! finding's words when a document is checked.
//!
//! A text with a literal brace (a pattern's `{{fragment}}`, a counted
//! repetition `{1000}`) is taken with [`Msg::text`], never filled.

use crate::lang::Msg;

// ------------------------------------------------------- shared labels

pub const HERE: Msg = Msg::new("hier", "here");
pub const THIS: Msg = Msg::new("dit", "this");
pub const THIS_PATTERN: Msg = Msg::new("dit patroon", "this pattern");
pub const THIS_TEXT: Msg = Msg::new("deze tekst", "this text");
pub const THIS_RULE: Msg = Msg::new("deze regel", "this rule");
pub const ADD_ONE: Msg = Msg::new("voeg er minstens één toe", "add at least one");
/// Joins the last two of a list: "existence and citation".
pub const AND: Msg = Msg::new(" en ", " and ");
/// An empty list of variables.
pub const NONE: Msg = Msg::new("geen", "none");

// ------------------------------------------------- the rule table (load)

pub const NOT_AN_ID: Msg = Msg::new("`{id}` is geen regel-id", "`{id}` is not a rule id");
pub const THIS_ID: Msg = Msg::new("deze id", "this id");
pub const ID_FORM: Msg = Msg::new(
    "een regel-id is categorie/naam, bijvoorbeeld placeholder/marker",
    "rule ids are category/name, e.g. placeholder/marker",
);
pub const ID_CATEGORY: Msg = Msg::new(
    "de categorie is een van: {categories}",
    "the category is one of: {categories}",
);
pub const ID_NAME: Msg = Msg::new(
    "de naam na de categorie bestaat uit kleine letters, cijfers en '-'",
    "the name after the category is lowercase letters, digits and '-'",
);
pub const SHORT_EXPLANATION: Msg = Msg::new("de uitleg is te kort", "the explanation is too short");
pub const THIS_EXPLANATION: Msg = Msg::new("deze uitleg", "this explanation");
pub const SHORT_EXPLANATION_HELP: Msg = Msg::new(
    "zeg in een paar zinnen waarom dit ertoe doet en wat er te doen is (minstens 40 tekens)",
    "say in a few sentences why this matters and what to do (at least 40 characters)",
);
pub const EMPTY_SUMMARY: Msg = Msg::new("de samenvatting is leeg", "the summary is empty");
pub const THIS_SUMMARY: Msg = Msg::new("deze samenvatting", "this summary");
pub const EMPTY_SUMMARY_HELP: Msg = Msg::new(
    "zeg in één regel wat de regel vindt",
    "say in one line what the rule finds",
);
pub const NO_BAD_EXAMPLE: Msg = Msg::new(
    "regel {id} heeft geen fout voorbeeld (`bad`)",
    "rule {id} has no bad example",
);
pub const NO_GOOD_EXAMPLE: Msg = Msg::new(
    "regel {id} heeft geen goed voorbeeld (`good`)",
    "rule {id} has no good example",
);
pub const EXAMPLES_HELP: Msg = Msg::new(
    "elke regel heeft voorbeelden: `bad = [\"tekst waarin de regel iets vindt\"]` en `good = [\"tekst waarin hij niets vindt\"]` (of bad-documents / good-documents met hele antwoordlijsten)",
    "every rule carries examples: `bad = [\"text that triggers it\"]` and `good = [\"text that does not\"]` (or bad-documents / good-documents with whole answer lists)",
);
pub const EMPTY_SCOPE: Msg = Msg::new(
    "een lege `scope` controleert niets",
    "an empty scope checks nothing",
);
pub const THIS_SCOPE: Msg = Msg::new("deze scope", "this scope");
pub const TWO_KINDS: Msg = Msg::new(
    "een regel heeft één soort, deze heeft {kinds}",
    "a rule has one kind, this one has {kinds}",
);
pub const SECOND_KIND: Msg = Msg::new("tweede soort", "second kind");
pub const NO_KIND: Msg = Msg::new(
    "de regel heeft geen tabel voor zijn soort",
    "the rule has no kind table",
);
pub const NO_KIND_HELP: Msg = Msg::new("voeg een van deze toe: {tables}", "add one of: {tables}");

// ------------------------------------- texts in two languages (local)

pub const ONLY_DUTCH: Msg = Msg::new(
    "`{key}` heeft alleen een Nederlandse tekst: voeg `{key}.en` toe",
    "`{key}` has only a Dutch text: add `{key}.en`",
);
pub const ONLY_ENGLISH: Msg = Msg::new(
    "`{key}` heeft alleen een Engelse tekst: voeg `{key}.nl` toe",
    "`{key}` has only an English text: add `{key}.nl`",
);
pub const NO_TEXT: Msg = Msg::new(
    "`{key}` heeft geen tekst: geef één tekst voor beide talen, of `{key}.nl` en `{key}.en`",
    "`{key}` has no text: give one text for both languages, or `{key}.nl` and `{key}.en`",
);
pub const BOTH_HELP: Msg = Msg::new(
    "geef één tekst voor beide talen, of een tabel met zowel `nl` als `en`",
    "a text is one string for both languages, or a table with both `nl` and `en`",
);
pub const THE_DUTCH: Msg = Msg::new("de Nederlandse tekst", "the Dutch text");
pub const THE_ENGLISH: Msg = Msg::new("de Engelse tekst", "the English text");
pub const OTHER_VARIABLES: Msg = Msg::new(
    "de Nederlandse en de Engelse `{key}` gebruiken andere variabelen: {nl} in het Nederlands, {en} in het Engels",
    "the Dutch and the English `{key}` use different variables: {nl} in the Dutch, {en} in the English",
);
pub const OTHER_VARIABLES_HELP: Msg = Msg::new(
    "gebruik in beide talen dezelfde variabelen",
    "use the same variables in both languages",
);

// ------------------------------------------------ patterns (compiler)

pub const MATCHES_EMPTY: Msg = Msg::new(
    "het patroon past op lege tekst en zou dus overal passen",
    "the pattern matches empty text, so it would match everywhere",
);
pub const TOO_LARGE: Msg = Msg::new(
    "het patroon is te groot: het wordt meer dan {limit} bytes",
    "the pattern is too large: it compiles to more than {limit} bytes",
);
/// Literal braces: [`Msg::text`].
pub const TOO_LARGE_HELP: Msg = Msg::new(
    "vereenvoudig het (grote aantallen herhalingen zoals {1000} vermenigvuldigen de omvang), of verhoog `max-regex-size` in kamerlint.toml [limits]",
    "simplify it (large counted repetitions such as {1000} multiply its size), or raise `max-regex-size` in kamerlint.toml [limits]",
);
pub const INVALID_REGEX: Msg = Msg::new(
    "ongeldige reguliere expressie",
    "invalid regular expression",
);
pub const FRAGMENT_LOOP: Msg = Msg::new(
    "fragmenten verwijzen in een kring naar elkaar",
    "fragments refer to each other in a loop",
);
/// Literal braces: [`Msg::text`].
pub const FRAGMENT_UNCLOSED: Msg = Msg::new(
    "`{{` zonder `}}` in een patroon",
    "`{{` without `}}` in a pattern",
);
pub const NO_FRAGMENT: Msg = Msg::new(
    "geen fragment `{name}` in [patterns]",
    "no fragment `{name}` in [patterns]",
);
pub const DEFINE_FRAGMENT: Msg = Msg::new(
    "definieer het in een tabel [patterns] in hetzelfde bestand",
    "define it in a [patterns] table of the same file",
);
pub const FRAGMENTS_HERE: Msg = Msg::new(
    "fragmenten van dit bestand: {list}",
    "fragments of this file: {list}",
);
pub const INVALID_TEMPLATE: Msg =
    Msg::new("ongeldig sjabloon: {error}", "invalid template: {error}");
pub const UNKNOWN_VARIABLE: Msg =
    Msg::new("onbekende variabele `{name}`", "unknown variable `{name}`");
pub const VARIABLES_HERE: Msg = Msg::new("variabelen hier: {list}", "variables here: {list}");

// ------------------------------------------------- templates (template)

pub const NAME_CHAR: Msg = Msg::new(
    "`{char}` in een variabelenaam; een naam bestaat uit letters, cijfers en _ (schrijf {open} voor een letterlijke accolade)",
    "`{char}` in a variable name; names are letters, digits and _ (write {open} for a literal brace)",
);
pub const NEVER_CLOSED: Msg = Msg::new(
    "een `{open}` wordt nergens gesloten",
    "a `{open}` is never closed",
);
pub const EMPTY_VARIABLE: Msg = Msg::new(
    "een lege variabele `{empty}`",
    "an empty variable `{empty}`",
);
pub const STRAY_CLOSE: Msg = Msg::new(
    "een `{close}` zonder `{open}` (schrijf {close2} voor een letterlijke accolade)",
    "a `{close}` without `{open}` (write {close2} for a literal brace)",
);

// ----------------------------------------------------------- the kinds

pub const NO_PATTERNS: Msg = Msg::new("geen patronen", "no patterns");
pub const NO_SWAPS: Msg = Msg::new("geen vormen om te vervangen", "no forms to swap");

pub const NO_PAIRS: Msg = Msg::new("geen paren", "no pairs");
pub const ADD_PAIR: Msg = Msg::new(
    "voeg minstens één [[rule.balance.pair]] toe",
    "add at least one [[rule.balance.pair]]",
);
pub const ONE_CHAR: Msg = Msg::new("één teken verwacht", "one character expected");
pub const SAME_CHAR: Msg = Msg::new(
    "het sluitteken moet verschillen van het openingsteken",
    "the closing character must differ from the opening one",
);

pub const NO_SETS: Msg = Msg::new("geen reeksen varianten", "no sets of variants");
pub const BAD_SET: Msg = Msg::new(
    "een reeks noemt minstens twee verschillende, niet-lege varianten",
    "a set lists at least two different, non-empty variants",
);
pub const THIS_SET: Msg = Msg::new("deze reeks", "this set");
pub const UNSEARCHABLE: Msg = Msg::new(
    "de reeksen kunnen niet worden doorzocht: {error}",
    "the sets cannot be searched: {error}",
);
pub const THESE_SETS: Msg = Msg::new("deze reeksen", "these sets");

pub const NO_CHECKS: Msg = Msg::new("geen controles", "no checks");
pub const ADD_CHECK: Msg = Msg::new(
    "voeg minstens één [[rule.citation.check]] toe",
    "add at least one [[rule.citation.check]]",
);
pub const NO_CAPTURE: Msg = Msg::new(
    "het patroon heeft geen benoemde groep `{name}`",
    "the pattern has no capture `{name}`",
);
pub const THIS_NAME: Msg = Msg::new("deze naam", "this name");
pub const CAPTURES: Msg = Msg::new(
    "benoemde groepen van het patroon: {list}",
    "captures of the pattern: {list}",
);
pub const ONE_TEST: Msg = Msg::new(
    "een controle is precies één van: matches, absent, required, consecutive, same",
    "a check is exactly one of: matches, absent, required, consecutive, same",
);
pub const THIS_CHECK: Msg = Msg::new("deze controle", "this check");
pub const CAPTURE_WITHOUT_MATCHES: Msg = Msg::new(
    "`capture` hoort bij `matches`",
    "`capture` goes with `matches`",
);
pub const FORM_WITHOUT_SAME: Msg = Msg::new("`form` hoort bij `same`", "`form` goes with `same`");
pub const FIX_WITHOUT_TEST: Msg = Msg::new(
    "`fix` hoort bij `matches` of `absent`",
    "`fix` goes with `matches` or `absent`",
);
pub const NAME_A_CAPTURE: Msg = Msg::new(
    "noem minstens één benoemde groep",
    "name at least one capture",
);
pub const NAME_TWO_YEARS: Msg = Msg::new(
    "noem twee benoemde groepen: het eerste en het tweede jaar",
    "name two captures: the first and the second year",
);
pub const EMPTY_CHECK: Msg = Msg::new("een lege controle", "an empty check");

// --------------------------------------------------- in the findings

/// Every other place a form is written (citation, title).
pub const WRITTEN_HERE_TOO: Msg = Msg::new("hier ook zo geschreven", "written this way here too");
/// Where a reference is written in the form used most (citation).
pub const WRITTEN_AS: Msg = Msg::new("hier geschreven als “{form}”", "written “{form}” here");
/// The document's own title (title).
pub const OWN_TITLE: Msg = Msg::new("de titel van het document", "the document's title");
/// Where the title is written in the form used most (title).
pub const TITLE_USED: Msg = Msg::new("hier staat “{title}”", "“{title}” is used here");
/// Every other place a minority variant is written (consistency).
pub const HERE_TOO: Msg = Msg::new("ook hier “{form}”", "“{form}” here too");
/// Where the majority variant is written (consistency).
pub const VARIANT_USED: Msg = Msg::new(
    "hier staat “{form}” (in totaal {times})",
    "“{form}” is used here ({times} in all)",
);
pub const ONCE: Msg = Msg::new("één keer", "once");
pub const TIMES: Msg = Msg::new("{n} keer", "{n} times");
/// `{state}` of a bracket or quote (balance).
pub const OPENED: Msg = Msg::new("geopend maar niet gesloten", "opened and not closed");
pub const CLOSED: Msg = Msg::new("gesloten maar nooit geopend", "closed but never opened");

/// `{region}` and `{this_region}` (balance): the part of the document.
pub const FRONT_MATTER: Msg = Msg::new("tekst vóór de eerste vraag", "front matter");
pub const THIS_FRONT_MATTER: Msg = Msg::new("de tekst vóór de eerste vraag", "this front matter");
pub const QUESTION: Msg = Msg::new("vraag", "question");
pub const THIS_QUESTION: Msg = Msg::new("deze vraag", "this question");
pub const ANSWER: Msg = Msg::new("antwoord", "answer");
pub const THIS_ANSWER: Msg = Msg::new("dit antwoord", "this answer");
pub const FOOTNOTE: Msg = Msg::new("voetnoot", "footnote");
pub const THIS_FOOTNOTE: Msg = Msg::new("deze voetnoot", "this footnote");

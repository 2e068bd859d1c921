//! The language kamerlint speaks: Dutch by default (its users are Dutch
//! editors checking Dutch text), English with `--lang en` or
//! `KAMERLINT_LANG=en`. Rule ids, JSON keys and exit codes are the same in
//! both.
//!
//! Every text a user reads exists in both languages: a rule's templates
//! ([`crate::rules::Text`]), its summary and explanation, and the
//! reporters' and commands' own words ([`Msg`], whose constructor refuses
//! an empty half at compile time).
//!
//! The language in force is the process default ([`set_default`], which
//! the command line sets once) unless a thread has chosen its own for a
//! while ([`scoped`]: a library caller or a test that checks in English
//! next to tests that check in Dutch).

use std::cell::Cell;
use std::fmt::{Display, Write as _};
use std::sync::atomic::{AtomicU8, Ordering};

/// A language of kamerlint's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// `nl` or `en` (also `NL`, `nl_NL.UTF-8`, `en-GB`, `dutch`, `english`).
    pub fn parse(text: &str) -> Option<Lang> {
        let code = text.trim().to_ascii_lowercase();
        let head = code.split(['_', '-', '.']).next().unwrap_or("");
        match head {
            "nl" | "dutch" | "nederlands" => Some(Lang::Nl),
            "en" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    /// The two-letter code, as `--lang` takes it and JSON says it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::Nl => 0,
            Lang::En => 1,
        }
    }

    fn from_index(i: u8) -> Lang {
        if i == 1 {
            Lang::En
        } else {
            Lang::Nl
        }
    }
}

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CHOSEN: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language in force on this thread.
pub fn current() -> Lang {
    CHOSEN
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(DEFAULT.load(Ordering::Relaxed)))
}

/// Sets the language of the whole process (the command line does, once,
/// before any work starts; threads started later speak it too).
pub fn set_default(lang: Lang) {
    DEFAULT.store(lang.index(), Ordering::Relaxed);
}

/// Runs `f` with `lang` in force on this thread, then restores the one
/// before (also when `f` panics).
pub fn scoped<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CHOSEN.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CHOSEN.with(|c| c.replace(Some(lang))));
    f()
}

/// One text in both languages, with `{name}` placeholders filled by
/// [`Msg::say`]. Built by [`Msg::new`], which fails the build when either
/// half is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Msg {
    /// Dutch first: it is the language most readers see.
    pub const fn new(nl: &'static str, en: &'static str) -> Msg {
        assert!(
            !nl.is_empty() && !en.is_empty(),
            "a text needs both languages"
        );
        Msg { nl, en }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }

    /// The text in the language in force.
    pub fn text(&self) -> &'static str {
        self.get(current())
    }

    /// The text in the language in force, its placeholders filled.
    pub fn say(&self, args: Args) -> String {
        fill(self.text(), args)
    }
}

impl Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

/// A text read at run time (a rule file's summary, a rule's explanation)
/// in both languages. A rule file may give one text for both.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Local {
    pub nl: std::borrow::Cow<'static, str>,
    pub en: std::borrow::Cow<'static, str>,
}

impl Local {
    pub fn new(
        nl: impl Into<std::borrow::Cow<'static, str>>,
        en: impl Into<std::borrow::Cow<'static, str>>,
    ) -> Local {
        Local {
            nl: nl.into(),
            en: en.into(),
        }
    }

    /// The text in `lang` (the other one where it is empty).
    pub fn get(&self, lang: Lang) -> &str {
        let (want, other) = match lang {
            Lang::Nl => (&self.nl, &self.en),
            Lang::En => (&self.en, &self.nl),
        };
        if want.is_empty() {
            other
        } else {
            want
        }
    }

    /// The text in the language in force.
    pub fn text(&self) -> &str {
        self.get(current())
    }

    /// Both halves given.
    pub fn is_complete(&self) -> bool {
        !self.nl.trim().is_empty() && !self.en.trim().is_empty()
    }
}

impl Display for Local {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

/// One text for both languages.
impl From<String> for Local {
    fn from(text: String) -> Local {
        Local::new(text.clone(), text)
    }
}

/// A noun in both languages, singular and plural, for counts: "1 vraag",
/// "3 vragen".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Noun {
    pub one: Msg,
    pub many: Msg,
}

impl Noun {
    pub const fn new(one: Msg, many: Msg) -> Noun {
        Noun { one, many }
    }

    /// "1 vraag", "0 vragen" in the language in force.
    pub fn count(&self, n: usize) -> String {
        let noun = if n == 1 { self.one } else { self.many };
        format!("{n} {}", noun.text())
    }
}

/// The values for a template's placeholders, by name.
pub type Args<'a> = &'a [(&'a str, &'a dyn Display)];

/// The names of a template's placeholders, in order of appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// `template` with each `{name}` replaced by its value in `args`. A name
/// without a value is left as written (and is a bug that debug builds,
/// and so the tests, stop on).
pub fn fill(template: &str, args: Args) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template:?}");
                out.push_str(&rest[open..open + close + 2]);
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    debug_assert!(
        args.iter().all(|(n, _)| placeholders(template).contains(n)),
        "a value that {template:?} does not use: {:?}",
        args.iter().map(|(n, _)| *n).collect::<Vec<_>>()
    );
    out
}

/// miette heads a help "help:", in English; in Dutch it is "hulp:", as
/// wide, so miette's wrapping of a long help lines up the same.
const HELP_LABEL: Msg = Msg::new("hulp:", "help:");

/// `rendered` (a finding or an error as miette drew it) with its help
/// labelled in the language in force.
pub fn help_label(rendered: &str) -> std::borrow::Cow<'_, str> {
    if current() == Lang::En {
        return rendered.into();
    }
    let label = HELP_LABEL.text();
    let mut out = String::with_capacity(rendered.len());
    for line in rendered.split_inclusive('\n') {
        // The label is miette's, at the start of a line (after the indent
        // and, in colour, a style code); a document's text is always
        // behind a gutter ("12 │").
        match line.find("help:") {
            Some(at) if is_label_prefix(&line[..at]) => {
                out.push_str(&line[..at]);
                out.push_str(label);
                out.push_str(&line[at + "help:".len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out.into()
}

/// Two spaces, optionally followed by an ANSI style code.
fn is_label_prefix(prefix: &str) -> bool {
    let rest = prefix.strip_prefix("  ").unwrap_or("x");
    rest.is_empty() || (rest.starts_with("\u{1b}[") && rest.ends_with('m') && !rest.contains(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_ways_of_naming_a_language() {
        for (text, lang) in [
            ("nl", Lang::Nl),
            ("NL", Lang::Nl),
            ("nl_NL.UTF-8", Lang::Nl),
            ("en", Lang::En),
            ("en-GB", Lang::En),
            ("English", Lang::En),
        ] {
            assert_eq!(Lang::parse(text), Some(lang), "{text}");
        }
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn a_scope_chooses_the_language_of_its_thread_and_restores_it() {
        const YES: Msg = Msg::new("ja", "yes");
        let before = current();
        assert_eq!(scoped(Lang::En, || YES.text()), "yes");
        assert_eq!(scoped(Lang::Nl, || scoped(Lang::En, || YES.text())), "yes");
        assert_eq!(scoped(Lang::Nl, || YES.text()), "ja");
        assert_eq!(current(), before);
        let _ = std::panic::catch_unwind(|| scoped(Lang::En, || panic!("on purpose")));
        assert_eq!(current(), before);
    }

    #[test]
    fn counts_with_the_right_noun() {
        const QUESTIONS: Noun = Noun::new(
            Msg::new("vraag", "question"),
            Msg::new("vragen", "questions"),
        );
        assert_eq!(scoped(Lang::Nl, || QUESTIONS.count(1)), "1 vraag");
        assert_eq!(scoped(Lang::Nl, || QUESTIONS.count(3)), "3 vragen");
        assert_eq!(scoped(Lang::En, || QUESTIONS.count(0)), "0 questions");
    }
}

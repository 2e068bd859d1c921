//! Errors in rule files and `kamerlint.toml`: a message, the file, and the
//! exact place in it, rendered by miette as a snippet of the TOML.

use std::fmt;
use std::ops::Range;

use miette::{LabeledSpan, NamedSource, SourceCode};

/// A rule file or configuration that cannot be used. Never ignored: the
/// command line reports it and exits with status 2.
#[derive(Debug)]
pub struct ConfigError(Box<Inner>);

#[derive(Debug)]
struct Inner {
    message: String,
    /// The file's name as shown (a path, or `rules/x.toml` for a default
    /// rule file).
    file: String,
    /// The file's text as shown: control characters in their visible forms
    /// (a configuration file cannot command the terminal either), with
    /// `span` and `also` in its offsets.
    source: Option<NamedSource<String>>,
    span: Option<Range<usize>>,
    /// 1-based line and character column of the error in the file as written.
    position: Option<(usize, usize)>,
    label: String,
    /// More places with the same fault (every unknown key of a file), each
    /// with its label.
    also: Vec<(Range<usize>, String)>,
    help: Option<String>,
}

impl ConfigError {
    /// What is wrong, in one sentence.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The file as shown.
    pub fn file_name(&self) -> &str {
        &self.0.file
    }

    /// An error about a whole file (unreadable, missing).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Self {
        ConfigError(Box::new(Inner {
            message: message.into(),
            file: file.into(),
            source: None,
            span: None,
            position: None,
            label: String::new(),
            also: Vec::new(),
            help: None,
        }))
    }

    /// An error at `span` (byte offsets) in the TOML text `source`.
    pub fn at(
        file: &str,
        source: &str,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Self {
        let end = floor(source, span.end.min(source.len()));
        let start = floor(source, span.start.min(end));
        ConfigError(Box::new(Inner {
            message: message.into(),
            file: file.to_string(),
            source: Some(NamedSource::new(
                file,
                crate::terminal::visible(source).into_owned(),
            )),
            span: Some(shown(source, start)..shown(source, end)),
            position: Some(position(source, start)),
            label: label.into(),
            also: Vec::new(),
            help: None,
        }))
    }

    /// A TOML syntax or shape error (unknown key, wrong type) from serde.
    pub fn from_toml(file: &str, source: &str, error: &toml::de::Error) -> Self {
        let message = error.message().trim().to_string();
        match error.span() {
            Some(span) => ConfigError::at(file, source, span, message, HERE.text()),
            None => ConfigError::file(file, message),
        }
    }

    /// The same fault at more places, each with its label.
    /// `source` is the file's text, as given to [`ConfigError::at`].
    pub fn also_at(
        mut self,
        source: &str,
        places: impl IntoIterator<Item = (Range<usize>, String)>,
    ) -> Self {
        let at = |offset: usize| shown(source, floor(source, offset.min(source.len())));
        self.0.also.extend(
            places
                .into_iter()
                .map(|(s, label)| (at(s.start)..at(s.end), label)),
        );
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.0.help = Some(help.into());
        self
    }

    /// 1-based line and column (in characters) of the error, if it has a place.
    pub fn position(&self) -> Option<(usize, usize)> {
        self.0.position
    }

    /// The error as one line: `file:line:col: message`.
    pub fn one_line(&self) -> String {
        match self.position() {
            Some((line, column)) => format!("{}:{line}:{column}: {}", self.0.file, self.0.message),
            None => format!("{}: {}", self.0.file, self.0.message),
        }
    }

    /// The error as miette draws it, with a snippet of the file.
    pub fn render(&self, color: bool) -> String {
        let theme = if color {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        };
        let handler = miette::GraphicalReportHandler::new_themed(theme)
            .with_width(crate::terminal::WIDTH)
            .with_links(false);
        let mut out = String::new();
        if handler.render_report(&mut out, self).is_err() {
            out = format!("{}: {}\n", ERROR.text(), self.one_line());
        }
        crate::lang::help_label(&out).into_owned()
    }
}

const HERE: crate::lang::Msg = crate::lang::Msg::new("hier", "here");
const ERROR: crate::lang::Msg = crate::lang::Msg::new("fout", "error");

/// The largest character boundary of `text` at or before `offset`.
fn floor(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// 1-based line and character column of `offset` (a character boundary).
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit_once('\n')
        .map_or(before, |(_, last)| last)
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Where `offset` of `text` falls in [`crate::terminal::visible`]`(text)`.
fn shown(text: &str, offset: usize) -> usize {
    let mut out = offset;
    let mut picture = String::new();
    for c in text[..offset]
        .chars()
        .filter(|&c| crate::terminal::is_hidden(c))
    {
        picture.clear();
        crate::terminal::push_visible(&mut picture, c);
        out = out + picture.len() - c.len_utf8();
    }
    out
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position() {
            Some(_) => f.write_str(&self.0.message),
            None => write!(f, "{}: {}", self.0.file, self.0.message),
        }
    }
}

impl std::error::Error for ConfigError {}

impl miette::Diagnostic for ConfigError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new("kamerlint::config"))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.0.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.0.span.clone()?;
        let first = LabeledSpan::new_with_span(Some(self.0.label.clone()), span);
        let more = self
            .0
            .also
            .iter()
            .map(|(span, label)| LabeledSpan::new_with_span(Some(label.clone()), span.clone()));
        Some(Box::new(std::iter::once(first).chain(more)))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.0
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let source = "a = 1\nbé = \"x\"\n";
        let at = source.find('=').map(|_| source.rfind('=').unwrap_or(0));
        let e = ConfigError::at(
            "k.toml",
            source,
            at.unwrap_or(0)..at.unwrap_or(0) + 1,
            "m",
            "l",
        );
        assert_eq!(e.position(), Some((2, 4)));
        assert_eq!(e.one_line(), "k.toml:2:4: m");
        let shown = e.render(false);
        assert!(
            shown.contains("[k.toml:2:") && shown.contains("bé = \"x\""),
            "{shown}"
        );
    }
}

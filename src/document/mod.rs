//! The format-independent document model.
//!
//! Every element keeps byte spans into [`Document::text`]; lines and columns
//! come from [`Document::lines`]. Readers (one per format) build a
//! [`Document`]; rules only ever look at this model.

pub mod detect;
pub mod docx;
pub mod encoding;
pub mod entities;
pub mod figures;
pub mod joined;
pub mod kind;
pub mod months;
pub mod says;
pub mod span;
pub mod synth;
pub mod table;
pub mod text;
pub mod xml;

use std::sync::Arc;

use serde::Serialize;

pub use joined::Joined;
pub use span::{LineCol, LineIndex, Span};
pub use table::{Cell, Row, Table};

/// Which input format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    /// Word (.docx), read through a synthesized text: one paragraph per line.
    Docx,
    /// Official publication XML (officiele-publicatie), read the same way.
    Xml,
}

/// The entry layout the reader recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// "1 Kan worden aangegeven ...?" followed by the answer (published PDF lists).
    NumberedInline,
    /// "1. Kan worden ...?"
    NumberedDot,
    /// A line with only "1", then the question.
    BareNumber,
    /// "Vraag 1" ... "Antwoord 1" / "Antwoord op vraag 1:".
    Labelled,
    /// "12" in the margin on a line of its own, the question, then
    /// "Antwoord" (a nota naar aanleiding van het verslag).
    Margin,
    /// No entries found.
    None,
}

impl Layout {
    /// The name used in `kamerlint parse` and the JSON dump.
    pub fn name(self) -> &'static str {
        match self {
            Layout::NumberedInline => "numbered-inline",
            Layout::NumberedDot => "numbered-dot",
            Layout::BareNumber => "bare-number",
            Layout::Labelled => "labelled",
            Layout::Margin => "margin",
            Layout::None => "none",
        }
    }

    /// In words, for the reader's evidence.
    pub fn describe(self) -> &'static str {
        match self {
            Layout::NumberedInline => says::LAYOUT_INLINE,
            Layout::NumberedDot => says::LAYOUT_DOT,
            Layout::BareNumber => says::LAYOUT_BARE,
            Layout::Labelled => says::LAYOUT_LABELLED,
            Layout::Margin => says::LAYOUT_MARGIN,
            Layout::None => says::LAYOUT_NONE,
        }
        .text()
    }
}

/// What kind of document this is, as far as its own words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A committee's list of questions with the answers ("Lijst van vragen en antwoorden").
    AnswerList,
    /// Answers to a member's written Kamervragen (Aanhangsel van de Handelingen).
    Kamervragen,
    /// Kamervragen with a notice that the answers follow later.
    Mededeling,
    /// A nota naar aanleiding van het verslag.
    Nota,
    /// A letter answering questions (the Algemene Rekenkamer's, a minister's).
    Letter,
    /// A motion: no answers in it.
    Motie,
    /// An amendment.
    Amendement,
    /// Not recognised.
    Unknown,
}

impl Kind {
    /// In Dutch, as editors call it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::AnswerList => "lijst van vragen en antwoorden",
            Kind::Kamervragen => "antwoord op Kamervragen",
            Kind::Mededeling => "mededeling",
            Kind::Nota => "nota naar aanleiding van het verslag",
            Kind::Letter => "brief",
            Kind::Motie => "motie",
            Kind::Amendement => "amendement",
            Kind::Unknown => "onbekend",
        }
    }
}

/// A value together with where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Meta {
    /// "Lijst van vragen en antwoorden" or the document's own heading.
    pub title: Option<Located<String>>,
    /// What the list is about, e.g. "Beleidsagenda Buitenlandse Handel ‘Nederland: welvarend en weerbaar".
    pub subject: Option<Located<String>>,
    /// Dossier and ondernummer as printed, e.g. "36180-164".
    pub dossier: Option<Located<String>>,
    pub committee: Option<Located<String>>,
}

/// A page-reference cell (Bijlage / Blz. (van) / t/m) printed beside a question.
#[derive(Debug, Clone, Serialize)]
pub struct PageRef {
    pub values: Vec<u32>,
    pub span: Span,
}

/// One numbered question with its answer.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The question number, or several for a combined entry ("Vraag 12 en 13").
    pub numbers: Vec<u32>,
    /// Where the number is printed.
    pub number_span: Span,
    /// From the number to the end of the answer (may include furniture and footnote blocks).
    pub span: Span,
    /// The question text, one span per line, without furniture or footnote definitions.
    pub question: Vec<Span>,
    /// The answer text, one span per line, without furniture or footnote definitions.
    pub answer: Vec<Span>,
    /// Page references printed with this entry, where the reader could tell.
    pub page_refs: Vec<PageRef>,
    /// The part of the document whose numbering this entry follows: 0, or
    /// more where the numbering starts again at 1 under a heading
    /// ("Vragen over het Mobiliteitsfonds" ... "Vragen over het Deltafonds").
    pub section: u32,
    /// The letter after the number of a question inserted in a draft
    /// ("12a" after 12): its `numbers` are [12], and `number_span` covers
    /// "12a".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suffix: Option<char>,
}

impl Entry {
    pub fn first_number(&self) -> u32 {
        self.numbers.first().copied().unwrap_or(0)
    }

    /// The entry's number as printed: "12", "12a", "5, 6".
    pub fn label(&self) -> String {
        let mut out = self
            .numbers
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        out.extend(self.suffix);
        out
    }

    pub fn question_span(&self) -> Option<Span> {
        cover(&self.question)
    }

    pub fn answer_span(&self) -> Option<Span> {
        cover(&self.answer)
    }
}

fn cover(parts: &[Span]) -> Option<Span> {
    let first = parts.first()?;
    let last = parts.last()?;
    Some(first.cover(*last))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MarkerKind {
    /// Digits glued to a word or its punctuation: "Soedan.1", "kobalt3".
    Glued,
    /// Digits glued to a year: "202522" is 2025 + marker 22.
    AfterYear,
    /// Standing alone after punctuation: "aan de orde. 42 Wel".
    Detached,
    /// Standing apart in mid-sentence ("vragen 17 een"), found from its
    /// definition: how `pdftotext` prints some superscripts.
    Apart,
}

/// A footnote reference in the running text.
#[derive(Debug, Clone, Serialize)]
pub struct Marker {
    pub number: u32,
    /// The digits of the marker only.
    pub span: Span,
    pub kind: MarkerKind,
    /// Index into [`Document::entries`], if the marker is inside an entry.
    pub entry: Option<usize>,
}

/// A footnote definition ("3 UN Comtrade. HS code 8105 ...").
#[derive(Debug, Clone, Serialize)]
pub struct FootnoteDef {
    pub number: u32,
    pub number_span: Span,
    /// The whole definition, continuation lines included.
    pub span: Span,
    /// The text after the number, one span per line.
    pub text: Vec<Span>,
    /// Every URL in the text, with its span. A URL broken over two lines
    /// is joined.
    pub urls: Vec<Located<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FurnitureKind {
    /// A running page header ("Totaallijst feitelijke vragen ... 5/102").
    PageHeader,
    /// A line with only page references ("7", "7 8", "13 16") or margin line numbers.
    PageReference,
    /// The table head of the list ("Nr Vraag Bijlage Blz. (van) t/m").
    ColumnHeader,
    /// A page footer ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"),
    /// a letter's page marker ("2/9"), or the first page's imprint (its
    /// identifier, ISSN and place).
    PageFooter,
    /// A section heading between the questions ("2.1 Voorgeschiedenis").
    Heading,
}

#[derive(Debug, Clone, Serialize)]
pub struct Furniture {
    pub kind: FurnitureKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// Digits that look like a footnote marker but do not fit the sequence.
    UncertainMarker,
    /// A line that looks like a question start but does not fit the numbering.
    UncertainEntry,
    /// The input was not valid UTF-8 and was read lossily.
    InvalidEncoding,
    /// A structural footnote reference that points to no footnote (a
    /// `nootref` without target, a Word reference to a missing footnote).
    BrokenFootnoteReference,
    /// A structural footnote without a number (a `noot` without `noot.nr`).
    UnnumberedFootnote,
    /// A question printed without its number, read as the next one.
    UnnumberedQuestion,
    /// The document ends in the middle of an answer.
    Truncated,
}

/// Something the reader could not decide; surfaced as a diagnostic.
#[derive(Debug, Clone, Serialize)]
pub struct ReaderNote {
    pub kind: NoteKind,
    pub span: Span,
    pub message: String,
}

/// A part of a document read from a structured format (a paragraph, a table
/// row, a footnote) with the location an editor would look for it under.
#[derive(Debug, Clone, Serialize)]
pub struct Region {
    pub span: Span,
    /// "vraag 14, antwoord, alinea 2", "vraag 14, tabel 1, rij 5", "voetnoot 3".
    pub location: String,
    /// The entry this part belongs to when it is printed elsewhere: a
    /// footnote text collected after the body belongs to the entry of its
    /// first marker. [`Document::region_at`] follows it.
    pub entry: Option<usize>,
}

/// A document read into the model.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The path as given by the user, for reports.
    pub path: String,
    pub format: Format,
    pub layout: Layout,
    /// Why the reader chose the layout: the runs of numbers it counted.
    pub layout_evidence: String,
    /// Whether the text had lost its line breaks (a dataset export), so
    /// that it was read in virtual lines: rules that depend on the lines
    /// (footnote numbering, balanced brackets) stay silent.
    pub line_breaks_lost: bool,
    /// What kind of document this is.
    pub kind: Kind,
    #[serde(skip)]
    pub text: Arc<str>,
    #[serde(skip)]
    pub lines: LineIndex,
    pub meta: Meta,
    /// The text before the first entry (cover page, committee, column header).
    pub front_matter: Option<Span>,
    pub entries: Vec<Entry>,
    pub markers: Vec<Marker>,
    pub definitions: Vec<FootnoteDef>,
    pub furniture: Vec<Furniture>,
    /// Tables inside answers.
    pub tables: Vec<Table>,
    /// Every figure in the entries and table cells.
    pub quantities: Vec<figures::Quantity>,
    /// "X, waarvan A en B" in running text.
    pub breakdowns: Vec<figures::Breakdown>,
    /// Figures of the running text that restate a cell of their answer's table.
    pub cell_links: Vec<figures::cells::CellLink>,
    /// Figures stated as computed from others: a change, a difference, a
    /// factor, an average ([`figures::derived`]).
    pub derived: Vec<figures::derived::Derived>,
    /// Text the reader could not attribute to anything.
    pub unplaced: Vec<Span>,
    /// A "Mededeling" label and its text: the answers follow later.
    pub notice: Option<(Span, Vec<Span>)>,
    pub notes: Vec<ReaderNote>,
    /// Human locations of paragraphs, table rows and footnotes, sorted by
    /// span and not overlapping; empty for plain text.
    pub regions: Vec<Region>,
}

impl Document {
    /// A document with its text and line index and nothing read yet.
    /// Readers start from this, so a field added to the model needs a
    /// default in one place only.
    pub fn empty(path: &str, format: Format, text: Arc<str>) -> Self {
        let lines = LineIndex::new(&text);
        Document::with_lines(path, format, text, lines)
    }

    /// A document with nothing read yet, whose line index is already made.
    pub fn with_lines(path: &str, format: Format, text: Arc<str>, lines: LineIndex) -> Self {
        Document {
            path: path.to_string(),
            format,
            layout: Layout::None,
            layout_evidence: String::new(),
            line_breaks_lost: false,
            kind: Kind::Unknown,
            text,
            lines,
            meta: Meta::default(),
            front_matter: None,
            entries: Vec::new(),
            markers: Vec::new(),
            definitions: Vec::new(),
            furniture: Vec::new(),
            tables: Vec::new(),
            quantities: Vec::new(),
            breakdowns: Vec::new(),
            cell_links: Vec::new(),
            derived: Vec::new(),
            unplaced: Vec::new(),
            notice: None,
            notes: Vec::new(),
            regions: Vec::new(),
        }
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines.line_col(&self.text, offset)
    }

    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// Index of the entry whose extent contains `offset`.
    pub fn entry_at(&self, offset: usize) -> Option<usize> {
        let i = self.entries.partition_point(|e| e.span.start <= offset);
        let i = i.checked_sub(1)?;
        self.entries[i].span.contains(offset).then_some(i)
    }

    /// Index of the entry whose region holds `offset`: the last entry that
    /// starts at or before it. Unlike [`Document::entry_at`] this includes
    /// the footnote blocks and furniture between one entry and the next.
    pub fn region_at(&self, offset: usize) -> Option<usize> {
        if let Some(entry) = self.located_at(offset).and_then(|r| r.entry) {
            return Some(entry);
        }
        let i = self.entries.partition_point(|e| e.span.start <= offset);
        i.checked_sub(1)
    }

    /// The region (paragraph, table row, footnote) holding `offset`, for
    /// documents read from a structured format.
    pub fn located_at(&self, offset: usize) -> Option<&Region> {
        let i = self.regions.partition_point(|r| r.span.start <= offset);
        let r = self.regions.get(i.checked_sub(1)?)?;
        (offset < r.span.end.max(r.span.start + 1)).then_some(r)
    }

    /// The human location of `offset` ("vraag 14, tabel 1, rij 5"), if the
    /// document was read from a structured format.
    pub fn location_at(&self, offset: usize) -> Option<&str> {
        self.located_at(offset).map(|r| r.location.as_str())
    }

    /// The answer of an entry as one string with a map back to the source.
    pub fn answer_text(&self, entry: &Entry) -> Joined {
        Joined::new(&self.text, &entry.answer)
    }

    pub fn question_text(&self, entry: &Entry) -> Joined {
        Joined::new(&self.text, &entry.question)
    }

    /// All entries that carry question number `n`.
    pub fn entries_numbered(&self, n: u32) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, e)| e.numbers.contains(&n))
    }
}

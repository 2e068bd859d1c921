//! `kamerlint parse FILE`: what the reader understood, for people
//! (`--format text`) and tools (`--format json`).
//!
//! Every item carries its 1-based line and character column as well as its
//! byte span, so the dump can be checked against the source by eye and by
//! program. Texts are cut to their first few words.

use std::fmt::Write;

use serde::Serialize;

use crate::document::{Document, Format, Kind, Layout, Located, Span};

/// How many words of a question, answer or definition the dump shows.
pub const WORDS: usize = 8;
/// The most characters an excerpt shows, for lines without spaces.
const MAX_CHARS: usize = 80;

#[derive(Debug, Serialize)]
pub struct Dump<'a> {
    pub file: &'a str,
    pub format: Format,
    pub layout: Layout,
    /// Why the reader chose the layout.
    pub layout_evidence: &'a str,
    pub kind: Kind,
    pub lines: usize,
    pub meta: MetaDump,
    pub front_matter: Option<Place>,
    pub entries: Vec<EntryDump>,
    pub markers: Vec<MarkerDump>,
    pub definitions: Vec<DefinitionDump>,
    pub furniture: Vec<FurnitureDump>,
    pub tables: Vec<TableDump>,
    pub quantities: Vec<QuantityDump<'a>>,
    pub breakdowns: Vec<BreakdownDump>,
    pub unplaced: Vec<Excerpt>,
    pub notes: Vec<NoteDump>,
}

#[derive(Debug, Serialize)]
pub struct TableDump {
    pub question: Option<u32>,
    pub caption: Option<String>,
    pub header: Vec<Vec<String>>,
    pub rows: Vec<RowDump>,
    /// Why the table's totals are not checked; empty when they are.
    pub problems: Vec<String>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct RowDump {
    pub label: Option<String>,
    pub cells: Vec<String>,
    #[serde(flatten)]
    pub at: Place,
}

/// A figure with everything kamerlint understood of it.
#[derive(Debug, Serialize)]
pub struct QuantityDump<'a> {
    pub text: &'a str,
    #[serde(flatten)]
    pub quantity: &'a crate::document::figures::Quantity,
    pub question: Option<u32>,
    #[serde(rename = "at")]
    pub place: Place,
}

#[derive(Debug, Serialize)]
pub struct BreakdownDump {
    /// Index into `quantities`.
    pub total: usize,
    pub parts: Vec<usize>,
    pub shares: Vec<(usize, usize)>,
    #[serde(flatten)]
    pub at: Place,
}

/// Where an item is: the start's line and column, the line it ends on, and
/// its byte span.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub span: Span,
}

#[derive(Debug, Serialize)]
pub struct MetaDump {
    pub title: Option<Field>,
    pub subject: Option<Field>,
    pub dossier: Option<Field>,
    pub committee: Option<Field>,
}

#[derive(Debug, Serialize)]
pub struct Field {
    pub value: String,
    #[serde(flatten)]
    pub at: Place,
}

/// The first words of a run of text lines.
#[derive(Debug, Serialize)]
pub struct Excerpt {
    pub text: String,
    /// How many source lines the text spans.
    pub parts: usize,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct EntryDump {
    pub numbers: Vec<u32>,
    /// From the number to the end of the answer.
    #[serde(flatten)]
    pub at: Place,
    pub number_span: Span,
    pub question: Option<Excerpt>,
    pub answer: Option<Excerpt>,
    pub page_refs: Vec<PageRefDump>,
}

#[derive(Debug, Serialize)]
pub struct PageRefDump {
    pub values: Vec<u32>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct MarkerDump {
    pub number: u32,
    pub kind: crate::document::MarkerKind,
    /// The first question number of the entry the marker is in.
    pub question: Option<u32>,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct DefinitionDump {
    pub number: u32,
    pub text: String,
    pub urls: Vec<Field>,
    /// The whole definition, continuation lines included.
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct FurnitureDump {
    pub kind: crate::document::FurnitureKind,
    pub text: String,
    #[serde(flatten)]
    pub at: Place,
}

#[derive(Debug, Serialize)]
pub struct NoteDump {
    pub kind: crate::document::NoteKind,
    pub message: String,
    #[serde(flatten)]
    pub at: Place,
}

pub fn dump(doc: &Document) -> Dump<'_> {
    let place = |span: Span| Place {
        line: doc.line_col(span.start).line,
        column: doc.line_col(span.start).column,
        end_line: doc.line_col(span.end).line,
        span,
    };
    let field = |located: &Option<Located<String>>| {
        located.as_ref().map(|l| Field {
            value: l.value.clone(),
            at: place(l.span),
        })
    };
    let excerpt = |parts: &[Span]| {
        let first = parts.first()?;
        let last = parts.last()?;
        let text: Vec<&str> = parts.iter().map(|s| doc.slice(*s)).collect();
        Some(Excerpt {
            text: first_words(&text.join(" ")),
            parts: parts.len(),
            at: place(first.cover(*last)),
        })
    };
    Dump {
        file: &doc.path,
        format: doc.format,
        layout: doc.layout,
        layout_evidence: &doc.layout_evidence,
        kind: doc.kind,
        lines: line_count(&doc.text),
        meta: MetaDump {
            title: field(&doc.meta.title),
            subject: field(&doc.meta.subject),
            dossier: field(&doc.meta.dossier),
            committee: field(&doc.meta.committee),
        },
        front_matter: doc.front_matter.map(place),
        entries: doc
            .entries
            .iter()
            .map(|e| EntryDump {
                numbers: e.numbers.clone(),
                at: place(e.span),
                number_span: e.number_span,
                question: excerpt(&e.question),
                answer: excerpt(&e.answer),
                page_refs: e
                    .page_refs
                    .iter()
                    .map(|p| PageRefDump {
                        values: p.values.clone(),
                        at: place(p.span),
                    })
                    .collect(),
            })
            .collect(),
        markers: doc
            .markers
            .iter()
            .map(|m| MarkerDump {
                number: m.number,
                kind: m.kind,
                question: m
                    .entry
                    .and_then(|i| doc.entries.get(i))
                    .map(|e| e.first_number()),
                at: place(m.span),
            })
            .collect(),
        definitions: doc
            .definitions
            .iter()
            .map(|d| DefinitionDump {
                number: d.number,
                text: excerpt(&d.text).map(|e| e.text).unwrap_or_default(),
                urls: d
                    .urls
                    .iter()
                    .filter_map(|u| field(&Some(u.clone())))
                    .collect(),
                at: place(d.span),
            })
            .collect(),
        furniture: doc
            .furniture
            .iter()
            .map(|f| FurnitureDump {
                kind: f.kind,
                text: first_words(doc.slice(f.span)),
                at: place(f.span),
            })
            .collect(),
        tables: doc
            .tables
            .iter()
            .map(|t| TableDump {
                question: t
                    .entry
                    .and_then(|i| doc.entries.get(i))
                    .map(|e| e.first_number()),
                caption: t.caption.as_ref().map(|c| c.text.clone()),
                header: t
                    .header
                    .iter()
                    .map(|h| h.iter().map(|c| c.text.clone()).collect())
                    .collect(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| RowDump {
                        label: r.label.as_ref().map(|l| l.text.clone()),
                        cells: r.cells.iter().map(|c| c.text.clone()).collect(),
                        at: place(r.span),
                    })
                    .collect(),
                problems: t.problems.clone(),
                at: place(t.span),
            })
            .collect(),
        quantities: doc
            .quantities
            .iter()
            .map(|q| QuantityDump {
                text: q.text.as_str(),
                quantity: q,
                question: q
                    .entry
                    .and_then(|i| doc.entries.get(i))
                    .map(|e| e.first_number()),
                place: place(q.span),
            })
            .collect(),
        breakdowns: doc
            .breakdowns
            .iter()
            .map(|b| BreakdownDump {
                total: b.total,
                parts: b.parts.clone(),
                shares: b.shares.clone(),
                at: place(b.span),
            })
            .collect(),
        unplaced: doc.unplaced.iter().filter_map(|s| excerpt(&[*s])).collect(),
        notes: doc
            .notes
            .iter()
            .map(|n| NoteDump {
                kind: n.kind,
                message: n.message.clone(),
                at: place(n.span),
            })
            .collect(),
    }
}

/// The dump as pretty JSON with a trailing newline.
pub fn json(doc: &Document) -> serde_json::Result<String> {
    super::pretty_json(&dump(doc))
}

/// The dump as text: a heading with a count per group, one item per line.
pub fn text(doc: &Document) -> String {
    let d = dump(doc);
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored throughout.
    let _ = writeln!(out, "file:   {}", d.file);
    let _ = writeln!(out, "format: {}", name(&d.format));
    let _ = writeln!(out, "layout: {}", name(&d.layout));
    if !d.layout_evidence.is_empty() {
        let _ = writeln!(out, "        {}", d.layout_evidence);
    }
    let _ = writeln!(out, "kind:   {}", d.kind.name());
    let _ = writeln!(out, "lines:  {}", d.lines);

    let _ = writeln!(out, "\nmetadata");
    for (label, value) in [
        ("title", &d.meta.title),
        ("subject", &d.meta.subject),
        ("dossier", &d.meta.dossier),
        ("committee", &d.meta.committee),
    ] {
        match value {
            Some(f) => writeln!(out, "  {label:<10} line {:<5} {}", f.at.line, f.value),
            None => writeln!(out, "  {label:<10} (not found)"),
        }
        .ok();
    }
    match &d.front_matter {
        Some(p) => writeln!(out, "  {:<10} lines {}-{}", "front", p.line, p.end_line),
        None => writeln!(out, "  {:<10} (none)", "front"),
    }
    .ok();

    heading(&mut out, "entries", d.entries.len());
    for e in &d.entries {
        let numbers: Vec<String> = e.numbers.iter().map(u32::to_string).collect();
        let part = |x: &Option<Excerpt>| match x {
            Some(x) => format!("(line {}) {}", x.at.line, x.text),
            None => "(none)".to_string(),
        };
        let _ = write!(
            out,
            "  {:>5}  line {:<5}  Q {}  A {}",
            numbers.join("+"),
            e.at.line,
            part(&e.question),
            part(&e.answer)
        );
        for p in &e.page_refs {
            let values: Vec<String> = p.values.iter().map(u32::to_string).collect();
            let _ = write!(out, "  [pages {} (line {})]", values.join(" "), p.at.line);
        }
        out.push('\n');
    }

    heading(&mut out, "footnote markers", d.markers.len());
    for m in &d.markers {
        let at = format!("{}:{}", m.at.line, m.at.column);
        let question = m
            .question
            .map(|q| format!("  in question {q}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  {:>4}  line {at:<9}  {:<11}{question}",
            m.number,
            name(&m.kind)
        );
    }

    heading(&mut out, "footnote definitions", d.definitions.len());
    for f in &d.definitions {
        let _ = writeln!(out, "  {:>4}  line {:<5}  {}", f.number, f.at.line, f.text);
        for url in &f.urls {
            let _ = writeln!(out, "        url    line {:<5}  {}", url.at.line, url.value);
        }
    }

    heading(&mut out, "furniture", d.furniture.len());
    for f in &d.furniture {
        let _ = writeln!(
            out,
            "  {:<16} line {:<5}  {}",
            name(&f.kind),
            f.at.line,
            f.text
        );
    }

    heading(&mut out, "tables", d.tables.len());
    for t in &d.tables {
        let q = t
            .question
            .map(|q| format!("question {q}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  line {:<5}  {q}  {}",
            t.at.line,
            t.caption.as_deref().unwrap_or("(no caption)")
        );
        for h in &t.header {
            let _ = writeln!(out, "    header      {}", h.join(" | "));
        }
        for r in &t.rows {
            let _ = writeln!(
                out,
                "    line {:<5}  {} | {}",
                r.at.line,
                r.label.as_deref().unwrap_or("(no label)"),
                r.cells.join(" | ")
            );
        }
        for p in &t.problems {
            let _ = writeln!(out, "    not checked: {p}");
        }
    }

    heading(&mut out, "figures", d.quantities.len());
    for q in &d.quantities {
        let f = q.quantity;
        let key = &f.key;
        let mut what = vec![name(&f.unit), format!("precision {}", f.precision)];
        if f.scale != crate::document::figures::Scale::One {
            what.push(name(&f.scale));
        }
        if let Some(h) = &f.hedge {
            what.push(format!("hedge {h}"));
        }
        if let Some(u) = &f.upper {
            what.push(format!("up to {u}"));
        }
        let key = format!(
            "{} {} {}",
            key.measure.as_deref().unwrap_or("-"),
            key.year
                .map(|y| y.to_string())
                .unwrap_or_else(|| "-".into()),
            key.qualifiers.join(",")
        );
        let _ = writeln!(
            out,
            "  line {:<5} {:<28} = {:<16} ({})  key: {}",
            format!("{}:{}", q.place.line, q.place.column),
            q.text,
            f.value.to_string(),
            what.join(", "),
            key.trim_end()
        );
    }

    heading(&mut out, "breakdowns", d.breakdowns.len());
    for b in &d.breakdowns {
        let text = |i: usize| d.quantities.get(i).map(|q| q.text).unwrap_or("?");
        let parts: Vec<&str> = b.parts.iter().map(|&i| text(i)).collect();
        let _ = writeln!(
            out,
            "  line {:<5}  {} = {}",
            b.at.line,
            text(b.total),
            parts.join(" + ")
        );
    }

    heading(&mut out, "unplaced text", d.unplaced.len());
    for u in &d.unplaced {
        let _ = writeln!(out, "  line {:<5}  {}", u.at.line, u.text);
    }

    heading(&mut out, "reader notes", d.notes.len());
    for n in &d.notes {
        let at = format!("{}:{}", n.at.line, n.at.column);
        let _ = writeln!(out, "  {:<18} line {at:<9}  {}", name(&n.kind), n.message);
    }
    super::visible_owned(out)
}

/// Lines as an editor counts them: a final line break ends the last line
/// rather than starting an empty one.
fn line_count(text: &str) -> usize {
    let body = text.strip_suffix('\n').unwrap_or(text);
    let body = body.strip_suffix('\r').unwrap_or(body);
    if text.is_empty() {
        0
    } else {
        crate::document::LineIndex::new(body).line_count()
    }
}

fn heading(out: &mut String, title: &str, n: usize) {
    let _ = writeln!(out, "\n{title} ({n})");
}

/// The serialised name of a unit enum ("numbered-inline", "after-year").
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::from("?"),
    }
}

/// The first [`WORDS`] words, at most [`MAX_CHARS`] characters, with "…"
/// when something was cut.
pub fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words
        .iter()
        .take(WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut cut = words.len() > WORDS;
    if out.chars().count() > MAX_CHARS {
        out = out.chars().take(MAX_CHARS).collect();
        cut = true;
    }
    if cut {
        out.push_str(" …");
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::report::fixture;

    #[test]
    fn lines_are_counted_like_an_editor() {
        assert_eq!(line_count(""), 0);
        assert_eq!(line_count("a"), 1);
        assert_eq!(line_count("a\n"), 1);
        assert_eq!(line_count("a\r\nb\r\n"), 2);
        assert_eq!(line_count("a\rb\r"), 2);
        assert_eq!(line_count("a\n\n"), 2);
    }

    #[test]
    fn excerpts_are_cut_to_a_few_words() {
        assert_eq!(first_words("  een  twee\ndrie "), "een twee drie");
        assert_eq!(first_words("1 2 3 4 5 6 7 8 9 10"), "1 2 3 4 5 6 7 8 …");
        let long = "x".repeat(200);
        assert_eq!(first_words(&long).chars().count(), MAX_CHARS + 2);
    }

    #[test]
    fn json_has_lines_and_spans() {
        let doc = fixture::document("corpus/x.txt");
        let value: Value =
            serde_json::from_str(&json(&doc).expect("serialisable")).expect("valid JSON");
        assert_eq!(value["file"], "corpus/x.txt");
        assert_eq!(value["layout"], "numbered-inline");
        assert_eq!(value["lines"], 6);
        assert_eq!(
            value["meta"]["title"]["value"],
            "Lijst van vragen en antwoorden"
        );
        assert_eq!(value["meta"]["title"]["line"], 1);
        assert_eq!(value["meta"]["subject"], Value::Null);

        let entry = &value["entries"][0];
        assert_eq!(entry["numbers"], serde_json::json!([1]));
        assert_eq!(entry["line"], 2);
        assert_eq!(entry["end_line"], 3);
        assert_eq!(
            entry["question"]["text"],
            "Kan de minister ‘Nederland: welvarend’ toelichten?"
        );
        assert_eq!(entry["answer"]["line"], 3);
        assert_eq!(
            entry["answer"]["text"],
            "Ja, zie de financiële bijlage.7 Zie ook het …"
        );
        assert_eq!(entry["page_refs"][0]["values"], serde_json::json!([7, 8]));

        let marker = &value["markers"][0];
        assert_eq!(marker["number"], 7);
        assert_eq!(marker["kind"], "glued");
        assert_eq!(marker["question"], 1);
        assert_eq!(
            (marker["line"].as_u64(), marker["column"].as_u64()),
            (Some(3), Some(31))
        );
        let start = fixture::at("7 Zie ook").start as u64;
        assert_eq!(marker["span"]["start"].as_u64(), Some(start));

        let definition = &value["definitions"][0];
        assert_eq!(definition["line"], 6);
        assert_eq!(definition["text"], "Zie https://example.org/bijlage.");
        assert_eq!(
            definition["urls"][0]["value"],
            "https://example.org/bijlage"
        );
        assert_eq!(definition["urls"][0]["column"], 7);

        assert_eq!(value["furniture"][0]["kind"], "column-header");
        assert_eq!(value["notes"][0]["kind"], "uncertain-marker");
        assert_eq!(value["notes"][0]["line"], 3);
        assert_eq!(value["unplaced"], serde_json::json!([]));
    }

    /// The dump quotes the document; what would command a terminal is
    /// shown instead.
    #[test]
    fn control_characters_are_shown_not_sent() {
        let doc = crate::document::text::read(
            "x\u{1b}.txt",
            b"1 Kan de minister \x1b]0;titel\x07 toelichten?\n\x1b[2JJa.\n",
        );
        let out = text(&doc);
        assert!(out.contains("file:   x␛.txt\n"), "{out}");
        assert!(out.contains("minister ␛]0;titel␇ toelichten?"), "{out}");
        assert!(
            !out.contains(|c: char| c.is_control() && c != '\n'),
            "{out}"
        );
    }

    #[test]
    fn text_groups_items_under_counted_headings() {
        let out = text(&fixture::document("corpus/x.txt"));
        println!("{out}");
        for expected in [
            "file:   corpus/x.txt\n",
            "layout: numbered-inline\n",
            "  title      line 1     Lijst van vragen en antwoorden\n",
            "  subject    (not found)\n",
            "\nentries (2)\n",
            "      1  line 2      Q (line 2) Kan de minister ‘Nederland: welvarend’ toelichten?  \
             A (line 3) Ja, zie de financiële bijlage.7 Zie ook het …  [pages 7 8 (line 1)]\n",
            "\nfootnote markers (1)\n     7  line 3:31       glued        in question 1\n",
            "\nfootnote definitions (1)\n     7  line 6      Zie https://example.org/bijlage.\n",
            "        url    line 6      https://example.org/bijlage\n",
            "\nfurniture (1)\n  column-header    line 1      Lijst van vragen en antwoorden\n",
            "\nunplaced text (0)\n",
            "\nreader notes (1)\n  uncertain-marker   line 3:63       99 looks like",
        ] {
            assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
        }
    }
}

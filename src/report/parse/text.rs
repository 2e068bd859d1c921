//! `--format text`: the dump as a heading with a count per group and one
//! item per line. Separate from the dump's types, which JSON shares.

use std::fmt::Write;

use serde::Serialize;

use super::{dump, Excerpt};
use crate::document::figures::derived::Relation;
use crate::document::Document;

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

    if let Some(h) = &d.header {
        header(&mut out, h);
    }

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
            "  line {:<5}  {} = {}  [{}: {}]",
            b.at.line,
            text(b.total),
            parts.join(" + "),
            name(&b.kind),
            b.verdict
        );
    }

    heading(&mut out, "table links", d.cell_links.len());
    for l in &d.cell_links {
        let text = |i: usize| d.quantities.get(i).map(|q| q.text).unwrap_or("?");
        let place = [l.row_head.as_deref(), l.column_head.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" / ");
        let other = l
            .other
            .map(|o| {
                format!(
                    " (agrees with {} on line {})",
                    text(o),
                    d.quantities.get(o).map_or(0, |q| q.place.line)
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "  line {:<9} {:<24} cell line {:<5} {:<10} {}: {} ({}){other}",
            format!("{}:{}", l.at.line, l.at.column),
            text(l.figure),
            l.cell_at.line,
            text(l.cell),
            place,
            name(&l.verdict),
            name(&l.how),
        );
    }

    heading(&mut out, "derived figures", d.derived.len());
    for x in &d.derived {
        let text = |i: usize| d.quantities.get(i).map(|q| q.text).unwrap_or("?");
        let from: Vec<&str> = x.from.iter().map(|&i| text(i)).collect();
        let joiner = match x.relation {
            Relation::Change | Relation::Factor => " → ",
            Relation::Difference | Relation::Ratio => " against ",
            Relation::Average => ", ",
        };
        let stated = match (x.stated, &x.factor) {
            (Some(i), _) => text(i).to_string(),
            (None, Some(f)) => format!("×{f}"),
            (None, None) => "?".to_string(),
        };
        let end = |e: &Option<String>| e.clone().unwrap_or_else(|| "…".into());
        let computed = match (&x.low, &x.high) {
            (None, None) => String::new(),
            (lo, hi) => format!(", computed {} to {}", end(lo), end(hi)),
        };
        let points = match &x.points {
            Some((lo, hi)) => format!(", in procentpunten {} to {}", end(lo), end(hi)),
            None => String::new(),
        };
        let why = x.reason.map(|r| format!(" ({r})")).unwrap_or_default();
        let _ = writeln!(
            out,
            "  line {:<5}  {} {}: {} {}  {}{why}{computed}{points}",
            x.at.line,
            name(&x.relation),
            name(&x.direction),
            from.join(joiner),
            stated,
            name(&x.verdict),
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
    crate::report::visible_owned(out)
}

/// The header of answers to Kamervragen, a line per part.
fn header(out: &mut String, h: &super::HeaderDump) {
    let _ = writeln!(out, "\nheader");
    let mut line = |label: &str, at: usize, text: &str| {
        let _ = writeln!(out, "  {label:<10} line {at:<5} {text}");
    };
    let members = |list: &[super::MemberDump]| {
        list.iter()
            .map(|m| {
                let joint = match m.joint {
                    Some(",") => ", ",
                    Some("en") => " en ",
                    Some("missing") => " [missing: en] ",
                    _ => "",
                };
                match &m.party {
                    Some(p) if m.bracket => format!("{joint}{} ({p})", m.name),
                    _ => format!("{joint}{}", m.name),
                }
            })
            .collect::<String>()
    };
    if let Some(a) = &h.article {
        line(
            "members",
            a.at.line,
            &format!("{}: {}", a.value, members(&h.members)),
        );
    }
    for (label, list) in [("addressed", &h.addressees), ("answer", &h.answer)] {
        for o in list {
            let text = match &o.joint {
                Some(j) if j == "missing" => format!("[missing: en] {}", o.office),
                Some(j) => format!("[{j}] {}", o.office),
                None => o.office.clone(),
            };
            line(label, o.at.line, &text);
        }
    }
    if let Some(s) = &h.subject {
        line("subject", s.at.line, &super::first_words(&s.value));
    }
    for (label, d) in [("sent", &h.sent), ("received", &h.received)] {
        if let Some(d) = d {
            let read = d.date.as_deref().unwrap_or("(not read)");
            line(label, d.at.line, &format!("{} = {read}", d.text));
        }
    }
    for r in &h.references {
        line("see also", r.at.line, &r.value);
    }
    if let Some(first) = h.notice_members.first() {
        line("notice", first.at.line, &members(&h.notice_members));
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

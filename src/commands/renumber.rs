//! `kamerlint renumber FILE --output NEW [--previous OLD]`: writes NEW, a
//! copy of FILE with its questions numbered 1..N in document order and its
//! footnotes in the order of their markers, every internal reference
//! rewritten to point where it pointed before; with `--previous`, only the
//! references `draft/stale-reference` finds are repaired. It never writes
//! FILE, and prints every change it made.
//!
//! Only text files are rewritten: a .docx or .xml cannot be changed here
//! without changing it elsewhere too, so for those the edits are printed
//! with their place (question, paragraph) for the editor to make in Word.

use std::io::Write;

use kamerlint::document::Format;
use kamerlint::lang::{Msg, Noun};
use kamerlint::renumber::{self, Plan};
use kamerlint::report::visible;
use kamerlint::{Document, FileResult};

use super::versions;
use crate::cli::{self, AgainstArgs, RenumberArgs};
use crate::{read_and_check, resolver, FAILURE};

const ITSELF: Msg = Msg::new(
    "--output {file} is het bestand zelf; kamerlint schrijft nooit in de bestanden die het leest",
    "--output {file} is the file itself; kamerlint never writes to the files it reads",
);
const NO_QUESTIONS: Msg = Msg::new(
    "geen vragen gevonden; er valt niets te hernummeren",
    "no questions found; nothing to renumber",
);
const NOT_WRITTEN: Msg = Msg::new(
    "{file} is een {format}-bestand; breng de wijzigingen hierboven daarin aan (er is niets geschreven)",
    "{file} is a {format} file; make the changes above in it (nothing was written)",
);
const WRITTEN: Msg = Msg::new(
    "{changes} geschreven naar {file}",
    "{changes} written to {file}",
);
const CHANGES: Noun = Noun::new(
    Msg::new("wijziging", "change"),
    Msg::new("wijzigingen", "changes"),
);
const NOT_UTF8: Msg = Msg::new(
    "het bestand is geen UTF-8; het nieuwe is in UTF-8 geschreven",
    "the file is not UTF-8; the new one is written in UTF-8",
);
const LEFT: Msg = Msg::new("ongewijzigd gelaten:", "left as is:");
const NOTHING: Msg = Msg::new("niets te wijzigen", "nothing to change");

pub fn run(args: &RenumberArgs) -> u8 {
    if cli::same_file(&args.file, &args.output) {
        fail!("{}", ITSELF.say(&[("file", &cli::display(&args.output))]));
        return FAILURE;
    }
    let mut configs = match resolver(&args.config) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let config = match configs.for_file(&args.file) {
        Ok(c) => c,
        Err(e) => return crate::config_error(e),
    };
    let input = cli::Input {
        path: args.file.clone(),
        display: cli::display(&args.file),
    };
    let against = AgainstArgs {
        questions: None,
        previous: args.previous.clone(),
    };
    let versions = match versions::for_drafts(&against, &[(&input, &config)]) {
        Ok(v) => v.into_iter().next().unwrap_or_default(),
        Err(e) => {
            fail!("{e}");
            return FAILURE;
        }
    };
    let result = match read_and_check(&input, &config, &versions) {
        Ok(r) => r,
        Err(e) => {
            fail!("{e}");
            return FAILURE;
        }
    };
    let doc = &result.document;
    if doc.entries.is_empty() {
        fail!("{}: {NO_QUESTIONS}", input.display);
        return FAILURE;
    }
    let plan = if args.previous.is_some() {
        renumber::repair(doc, &result.diagnostics)
    } else {
        renumber::renumber(doc)
    };
    print_plan(&result, &plan);
    if doc.format != Format::Text {
        eprintln!(
            "kamerlint: {}",
            NOT_WRITTEN.say(&[
                ("file", &input.display),
                (
                    "format",
                    &if doc.format == Format::Docx {
                        "Word"
                    } else {
                        "XML"
                    }
                )
            ])
        );
        return 0;
    }
    let text = new_text(&args.file, doc, &plan);
    if let Err(e) = std::fs::write(&args.output, text) {
        fail!("{}: {e}", cli::display(&args.output));
        return FAILURE;
    }
    eprintln!(
        "kamerlint: {}",
        WRITTEN.say(&[
            ("changes", &CHANGES.count(plan.edits.len())),
            ("file", &cli::display(&args.output))
        ])
    );
    0
}

/// FILE's bytes with the edits made: the file as it was read when the
/// reader kept it as it was (UTF-8), else the text as read, in UTF-8.
fn new_text(path: &std::path::Path, doc: &Document, plan: &Plan) -> Vec<u8> {
    match std::fs::read(path) {
        Ok(bytes) if bytes == doc.text.as_bytes() => plan.apply(&doc.text).into_bytes(),
        _ => {
            eprintln!("kamerlint: {NOT_UTF8}");
            plan.apply(&doc.text).into_bytes()
        }
    }
}

/// Every change, then what was left as it is, one line each.
fn print_plan(result: &FileResult, plan: &Plan) {
    let doc = &result.document;
    let place = |span: kamerlint::document::Span| {
        let at = doc.line_col(span.start);
        match doc.location_at(span.start) {
            Some(location) => format!(
                "{}:{}:{} ({})",
                result.path,
                at.line,
                at.column,
                kamerlint::report::words::location(location)
            ),
            None => format!("{}:{}:{}", result.path, at.line, at.column),
        }
    };
    let mut out = std::io::stdout().lock();
    for e in &plan.edits {
        let _ = writeln!(
            out,
            "{}",
            visible(&format!(
                "{}: {} {} → {}",
                place(e.span),
                e.what,
                e.old,
                e.new
            ))
        );
    }
    for (span, why) in &plan.left {
        let _ = writeln!(
            out,
            "{}",
            visible(&format!("{}: {LEFT} {why}", place(*span)))
        );
    }
    if plan.edits.is_empty() {
        let _ = writeln!(out, "{}: {NOTHING}", visible(&result.path));
    }
}

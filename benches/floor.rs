//! The floor: the least the work of checking an answer list can cost, as one
//! pass of plain code over each file, for `scripts/bench.sh` to compare
//! kamerlint with. It uses nothing of kamerlint's library (it is the yardstick
//! for it), only crates kamerlint itself uses.
//!
//! ```sh
//! cargo build --release --example floor
//! target/release/examples/floor --phrases PHRASES FILE_OR_DIR...
//! ```
//!
//! On one thread, over every file given (directories walked, sorted):
//! read the file as UTF-8, split it into lines, find question starts (a line
//! that starts with a number followed by a full stop, tab or space, or with
//! "Vraag N"), parse every number in the text into an exact decimal (integer
//! digits, Dutch thousands dots, a decimal comma: a mantissa and a scale,
//! never a float), and run one Aho–Corasick automaton of the phrases in
//! PHRASES (one a line; a tab ends the phrase, as in the list the script
//! writes) over the text, ignoring ASCII case, longest match first. Prints
//! counts and a checksum of the numbers, so that none of the work can be
//! optimised away.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aho_corasick::{AhoCorasick, MatchKind};

#[derive(Default)]
struct Counts {
    files: u64,
    bytes: u64,
    lines: u64,
    questions: u64,
    numbers: u64,
    /// Sum of every number's mantissa plus its scale (wrapping).
    checksum: u128,
    phrases: u64,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("floor: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut phrases: Option<PathBuf> = None;
    let mut roots = Vec::new();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--phrases" => phrases = Some(args.next().ok_or("--phrases needs a file")?.into()),
            _ => roots.push(PathBuf::from(arg)),
        }
    }
    let phrases = phrases.ok_or("usage: floor --phrases FILE FILE_OR_DIR...")?;
    let list =
        std::fs::read_to_string(&phrases).map_err(|e| format!("{}: {e}", phrases.display()))?;
    let list: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split('\t').next())
        .filter(|p| !p.is_empty())
        .collect();
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&list)
        .map_err(|e| e.to_string())?;

    let mut files = Vec::new();
    for root in &roots {
        walk(root, &mut files)?;
    }
    let mut counts = Counts::default();
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        check(&text, &automaton, &mut counts);
        counts.files += 1;
    }
    println!(
        "files {} bytes {} lines {} question-starts {} numbers {} checksum {} phrases {} ({} in the list)",
        counts.files,
        counts.bytes,
        counts.lines,
        counts.questions,
        counts.numbers,
        counts.checksum,
        counts.phrases,
        list.len()
    );
    Ok(())
}

/// Every file under `path` (itself, if it is one), in sorted order.
fn walk(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    entries.sort();
    for entry in entries {
        walk(&entry, out)?;
    }
    Ok(())
}

fn check(text: &str, automaton: &AhoCorasick, counts: &mut Counts) {
    let bytes = text.as_bytes();
    counts.bytes += bytes.len() as u64;
    for line in text.lines() {
        counts.lines += 1;
        if question_start(line.trim_start_matches([' ', '\t']).as_bytes()) {
            counts.questions += 1;
        }
    }
    numbers(bytes, counts);
    counts.phrases += automaton.find_iter(text).count() as u64;
}

/// "12. Tekst", "12\tTekst", "12 Tekst" or "Vraag 12".
fn question_start(line: &[u8]) -> bool {
    if let Some(rest) = line.strip_prefix(b"Vraag ") {
        return rest.first().is_some_and(u8::is_ascii_digit);
    }
    let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && matches!(line.get(digits), Some(b'.' | b'\t' | b' '))
}

/// Parses every number in the text: "1.234.567,89" is mantissa 123456789,
/// scale 2; a dot is a thousands separator only before exactly three digits.
fn numbers(bytes: &[u8], counts: &mut Counts) {
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut mantissa: u128 = 0;
        let mut scale: u32 = 0;
        let digit = |mantissa: &mut u128, b: u8| {
            *mantissa = mantissa.wrapping_mul(10).wrapping_add(u128::from(b - b'0'));
        };
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            digit(&mut mantissa, bytes[i]);
            i += 1;
        }
        // Thousands groups: ".ddd" not followed by a fourth digit.
        while i + 3 < bytes.len()
            && bytes[i] == b'.'
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            for &b in &bytes[i + 1..i + 4] {
                digit(&mut mantissa, b);
            }
            i += 4;
        }
        // The decimal comma.
        if i + 1 < bytes.len() && bytes[i] == b',' && bytes[i + 1].is_ascii_digit() {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                digit(&mut mantissa, bytes[i]);
                scale += 1;
                i += 1;
            }
        }
        counts.numbers += 1;
        counts.checksum = counts
            .checksum
            .wrapping_add(mantissa)
            .wrapping_add(u128::from(scale));
    }
}

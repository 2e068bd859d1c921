//! Writes a large corpus of answer lists for `scripts/bench.sh`, made from
//! the documents in `corpus/` (see `benches/corpus/mod.rs`).
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --docs 2000 --out /tmp/corpus
//! cargo run --release --example gen-corpus -- --long 1,10,100 --out /tmp/long
//! ```
//!
//! `--docs N` writes N varied lists under OUT (100 to a directory);
//! `--long K,...` writes OUT/long-Kx.txt, a valid list about K times as
//! long as the seed: up to ten copies with renumbered questions and
//! footnotes, then every answer repeated. `--seed S` changes the variation.
//! Prints what it wrote: files, bytes.

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-corpus: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut docs: Option<usize> = None;
    let mut long: Vec<u32> = Vec::new();
    let mut out: Option<PathBuf> = None;
    let mut seed: u64 = 2025;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--docs" => docs = Some(value()?.parse().map_err(|e| format!("--docs: {e}"))?),
            "--long" => {
                long = value()?
                    .split(',')
                    .map(|k| k.trim().parse::<u32>().map_err(|e| format!("--long: {e}")))
                    .collect::<Result<_, _>>()?
            }
            "--out" => out = Some(PathBuf::from(value()?)),
            "--seed" => seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            _ => {
                return Err(format!(
                    "unknown argument {arg}; usage: gen-corpus (--docs N | --long K,...) --out DIR [--seed S]"
                ))
            }
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    if docs.is_none() && long.is_empty() {
        return Err("give --docs N or --long K,...".into());
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = corpus::Source::all(root);
    let mut files = 0usize;
    let mut bytes = 0usize;
    let mut write = |name: &str, text: &str| -> Result<(), String> {
        let path = out.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        files += 1;
        bytes += text.len();
        Ok(())
    };
    if let Some(docs) = docs {
        for (name, text) in corpus::varied_corpus(&sources, docs, seed) {
            write(&name, &text)?;
        }
    }
    for k in long {
        write(&format!("long-{k}x.txt"), &sources[0].long(k))?;
    }
    println!("{files} files, {bytes} bytes in {}", out.display());
    Ok(())
}

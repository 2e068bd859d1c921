//! The HTML report of several files written as pages: one page per file
//! (the report of that file alone, as `--format html` makes it), written
//! right after the file is checked so its document can be dropped, and an
//! index page linking them with their counts. Memory is then bounded by
//! the largest file, not by the corpus (one page for 2,000 lists held
//! every document: 3.2 GB).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::escape;
use crate::report::{question_count, words, Totals};
use crate::FileResult;

/// The folder beside `index` that holds the pages: `rapport.html` →
/// `rapport.html.bestanden/`.
pub fn pages_dir(index: &Path) -> PathBuf {
    let name = index
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "rapport.html".into());
    index.with_file_name(format!("{name}.bestanden"))
}

/// The page name of the `rank`-th file (in path order): its rank, so names
/// never collide, and its path with every character but letters, digits,
/// `.` and `-` made `-`.
pub fn page_name(rank: usize, path: &str) -> String {
    let tail: String = path
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!(
        "{:04}-{}.html",
        rank + 1,
        tail.trim_start_matches(['.', '-'])
    )
}

/// One file's line in the index.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: String,
    pub page: String,
    pub questions: usize,
    pub totals: Totals,
}

impl Entry {
    pub fn of(result: &FileResult, page: String) -> Entry {
        Entry {
            path: result.path.clone(),
            page,
            questions: question_count(&result.document),
            totals: Totals::of(std::slice::from_ref(result)),
        }
    }
}

/// The index page: the totals, then every file with its counts and a link
/// to its page (relative, so the folder can be moved as a whole).
pub fn render(entries: &[Entry], pages: &str, errors: &[String]) -> String {
    let mut all = Totals::default();
    for e in entries {
        all.files += 1;
        all.errors += e.totals.errors;
        all.warnings += e.totals.warnings;
        all.infos += e.totals.infos;
    }
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>kamerlint</title>\n<style>\n\
         body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}\n\
         table{{border-collapse:collapse}}td,th{{padding:.3rem .8rem;text-align:right}}\n\
         td:first-child,th:first-child{{text-align:left}}tr:nth-child(even){{background:#f4f4f4}}\n\
         .e{{color:#b00020}}.w{{color:#8a5a00}}.err{{color:#b00020}}\n</style>\n</head>\n<body>\n",
        crate::lang::current().code()
    );
    let _ = writeln!(
        out,
        "<h1>kamerlint</h1>\n<p>{}</p>",
        escape(&all.to_string())
    );
    for e in errors {
        let _ = writeln!(
            out,
            "<p class=\"err\">{}: {}</p>",
            words::ERRORS.one,
            escape(e)
        );
    }
    let _ = writeln!(
        out,
        "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        words::FILES.one,
        words::QUESTIONS.many,
        words::ERRORS.many,
        words::WARNINGS.many,
        words::INFOS.many
    );
    for e in entries {
        let _ = writeln!(
            out,
            "<tr><td><a href=\"{}/{}\">{}</a></td><td>{}</td><td class=\"e\">{}</td><td class=\"w\">{}</td><td>{}</td></tr>",
            escape(pages),
            escape(&e.page),
            escape(&e.path),
            e.questions,
            e.totals.errors,
            e.totals.warnings,
            e.totals.infos
        );
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_are_unique_and_plain() {
        assert_eq!(
            page_name(0, "antwoorden/a b.txt"),
            "0001-antwoorden-a-b.txt.html"
        );
        assert_eq!(page_name(11, "./x<y>.docx"), "0012-x-y-.docx.html");
        assert_ne!(page_name(0, "a/b.txt"), page_name(1, "a-b.txt"));
        assert_eq!(
            pages_dir(Path::new("out/rapport.html")),
            PathBuf::from("out/rapport.html.bestanden")
        );
    }

    #[test]
    fn the_index_escapes_and_links() {
        crate::lang::scoped(crate::lang::Lang::En, || {
            let entry = Entry {
                path: "<a>.txt".into(),
                page: "0001-a-.txt.html".into(),
                questions: 3,
                totals: Totals {
                    files: 1,
                    errors: 2,
                    warnings: 1,
                    infos: 0,
                },
            };
            let page = render(&[entry], "rapport.html.bestanden", &["x.txt: <weg>".into()]);
            assert!(
                page.contains(
                    "<a href=\"rapport.html.bestanden/0001-a-.txt.html\">&lt;a&gt;.txt</a>"
                ),
                "{page}"
            );
            assert!(
                page.contains("2 errors, 1 warning, 0 infos in 1 file"),
                "{page}"
            );
            assert!(page.contains("error: x.txt: &lt;weg&gt;"), "{page}");
        })
    }
}

//! Limits: every one is set in `kamerlint.toml` `[limits]`, and a file that
//! hits one gets a clear message, never a hang or an unbounded allocation.
//! File size, a .docx's entries and decompressed size (zip bombs), XML
//! nesting and entities, the size of a rule file's patterns, and the time
//! budget of one file's check.

mod common;

use common::*;
use std::path::Path;
use std::time::{Duration, Instant};

use kamerlint::config::{Config, ConfigError};
use kamerlint::document::detect::ReadLimits;
use kamerlint::lang::{self, Lang};
use kamerlint::rules::limits::Budget;

fn config(text: &str) -> Config {
    Config::parse("kamerlint.toml", Path::new("."), text)
        .unwrap_or_else(|e| panic!("{}", e.render(false)))
}

fn config_error(text: &str) -> ConfigError {
    match Config::parse("kamerlint.toml", Path::new("."), text) {
        Ok(_) => panic!("accepted: {text}"),
        Err(e) => e,
    }
}

fn read_error(bytes: &[u8], config: &Config) -> String {
    match kamerlint::try_check_bytes_with("input", bytes, config) {
        Ok(r) => panic!("read: {} entries", r.document.entries.len()),
        Err(e) => e.to_string(),
    }
}

const LIST: &str = "Lijst van vragen en antwoorden XXX\n\n\
1 Welke landen importeren goud uit Soedan?\n\
Duitsland en België; zie het antwoord op vraag 9.\n";

const DOCX_BODY: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>1 Welke landen importeren goud uit Soedan?</w:t></w:r></w:p>
<w:p><w:r><w:t>Duitsland; zie het antwoord op vraag 9.</w:t></w:r></w:p>
</w:body></w:document>"#;

#[test]
fn the_limits_have_defaults_and_are_read_from_kamerlint_toml() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let defaults = Config::standard().limits.read_limits();
        assert_eq!(defaults, ReadLimits::default());
        assert_eq!(defaults.file_size, 64 << 20);
        assert_eq!(defaults.docx_entries, 10_000);
        assert_eq!(defaults.docx_size, 192 << 20);
        assert_eq!(defaults.xml_depth, 200);
        assert_eq!(defaults.docx_part_size, 64 << 20);
        assert_eq!(defaults.xml_size, 64 << 20);
        assert_eq!(
            Config::standard().limits.time_budget(),
            Duration::from_secs(60)
        );

        let c = config(
            "[limits]\nmax-file-size = 1000\nmax-docx-entries = 5\nmax-docx-size = 2000\n\
             max-xml-depth = 12\nmax-regex-size = 4096\ntime-budget-ms = 250\n\
             max-docx-part-size = 300\nmax-xml-size = 5000\nmax-xml-nodes = 700\n",
        );
        assert_eq!(
            c.limits.read_limits(),
            ReadLimits {
                file_size: 1000,
                docx_entries: 5,
                docx_size: 2000,
                docx_part_size: 300,
                xml_depth: 12,
                xml_size: 5000,
                xml_nodes: 700,
            }
        );
        assert_eq!(c.limits.regex_size(), 4096);
        assert_eq!(c.limits.time_budget(), Duration::from_millis(250));

        // Out of range, or unknown: a configuration error at the key.
        let e = config_error("[limits]\nmax-xml-depth = 100000\n");
        assert!(
            e.render(false).contains("between 1 and 1000"),
            "{}",
            e.render(false)
        );
        assert!(
            e.render(false).contains("kamerlint.toml:2:"),
            "{}",
            e.render(false)
        );
        let e = config_error("[limits]\nmax-regex-size = 10\n");
        assert!(
            e.render(false).contains("at least 1024"),
            "{}",
            e.render(false)
        );
        let e = config_error("[limits]\nmax-entity-expansion = 10\n");
        assert!(
            e.render(false).contains("max-entity-expansion"),
            "{}",
            e.render(false)
        );
    })
}

#[test]
fn file_size() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let c = config("[limits]\nmax-file-size = 100\n");
        let small = "1 Welke landen?\nDuitsland.\n";
        assert!(kamerlint::try_check_bytes_with("a.txt", small.as_bytes(), &c).is_ok());
        let e = read_error(LIST.as_bytes(), &c);
        assert_eq!(
            e,
            format!(
                "{} bytes, larger than max-file-size (100); not checked",
                LIST.len()
            )
        );

        // The default: 64 MiB.
        let huge = vec![b'a'; (64 << 20) + 1];
        let e = read_error(&huge, Config::standard());
        assert!(e.contains("larger than max-file-size (67108864)"), "{e}");

        // On the command line: reported, not read, exit 2; the other files are
        // still checked.
        let dir = workspace("limits", "file-size");
        write(&dir, "kamerlint.toml", "[limits]\nmax-file-size = 100\n");
        write(&dir, "groot.txt", LIST);
        write(&dir, "klein.txt", small);
        let o = kamerlint(
            &dir,
            &["check", "--format", "compact", "groot.txt", "klein.txt"],
        );
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).contains("groot.txt")
                && stderr(&o).contains("larger than max-file-size (100)"),
            "{}",
            stderr(&o)
        );
        assert!(!stdout(&o).contains("groot.txt"), "{}", stdout(&o));
    })
}

#[test]
fn docx_entries_and_decompressed_size() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let word = zip(
            &[("word/document.xml", DOCX_BODY.as_bytes())],
            zip::CompressionMethod::Deflated,
        );
        let r = kamerlint::try_check_bytes("a.docx", &word).expect("a small .docx");
        assert_eq!(r.document.entries.len(), 1);

        // Entries.
        let names: Vec<String> = (0..6).map(|i| format!("docProps/x{i}.xml")).collect();
        let mut entries: Vec<(&str, &[u8])> =
            names.iter().map(|n| (n.as_str(), &b"<x/>"[..])).collect();
        entries.push(("word/document.xml", DOCX_BODY.as_bytes()));
        let many = zip(&entries, zip::CompressionMethod::Stored);
        let e = read_error(&many, &config("[limits]\nmax-docx-entries = 5\n"));
        assert!(
            e.contains("7 entries, more than the 5 accepted (max-docx-entries)"),
            "{e}"
        );
        assert!(kamerlint::try_check_bytes_with(
            "a.docx",
            &many,
            &config("[limits]\nmax-docx-entries = 7\n")
        )
        .is_ok());

        // Decompressed size, counted over the parts read.
        let c = config("[limits]\nmax-docx-size = 200\n");
        let e = read_error(&word, &c);
        assert!(e.contains("word/document.xml in the .docx decompresses to more than 200 bytes (max-docx-size 200, all parts together)"), "{e}");
        assert!(e.contains("zip bomb"), "{e}");
        // One part's size has its own setting, and the message names the one
        // that governs: the part cap was hard-coded, and the message named
        // max-docx-size, which did not change it.
        let e = read_error(&word, &config("[limits]\nmax-docx-part-size = 100\n"));
        assert!(
            e.contains("decompresses to more than 100 bytes (max-docx-part-size 100)"),
            "{e}"
        );
        let raised = "[limits]\nmax-docx-part-size = 100000\nmax-docx-size = 200000\n";
        assert!(kamerlint::try_check_bytes_with("a.docx", &word, &config(raised)).is_ok());

        // A bomb whose headers lie about its size: 64 MiB of spaces that
        // say they are 100 bytes. Refused quickly, whatever the header says.
        let big = vec![b' '; 64 << 20];
        let mut bomb = zip(
            &[("word/document.xml", &big)],
            zip::CompressionMethod::Deflated,
        );
        let declared = (big.len() as u32).to_le_bytes();
        let mut patched = 0;
        for at in 0..bomb.len().saturating_sub(4) {
            if bomb[at..at + 4] == declared {
                bomb[at..at + 4].copy_from_slice(&100u32.to_le_bytes());
                patched += 1;
            }
        }
        assert!(patched >= 2, "local and central headers");
        let started = Instant::now();
        let e = read_error(&bomb, &config("[limits]\nmax-docx-size = 1000000\n"));
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        assert!(!e.is_empty());
    })
}

fn nested(depth: usize) -> String {
    format!(
        "<?xml version=\"1.0\"?>\n<officiele-publicatie>{}<al>1 Welke landen?</al>{}</officiele-publicatie>",
        "<divisie>".repeat(depth - 2),
        "</divisie>".repeat(depth - 2)
    )
}

#[test]
fn xml_depth() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let c = config("[limits]\nmax-xml-depth = 12\n");
        // Root, ten divisions and the paragraph: 12 levels.
        assert!(kamerlint::try_check_bytes_with("a.xml", nested(12).as_bytes(), &c).is_ok());
        let e = read_error(nested(13).as_bytes(), &c);
        assert_eq!(
            e,
            "the XML is nested deeper than 12 elements (max-xml-depth)"
        );
        // The default, 200.
        assert!(kamerlint::try_check_bytes("a.xml", nested(200).as_bytes()).is_ok());
        let e = kamerlint::try_check_bytes("a.xml", nested(201).as_bytes()).expect_err("too deep");
        assert!(e.to_string().contains("deeper than 200"), "{e}");
        // Raised: deeper documents are read, and read whole.
        let c = config("[limits]\nmax-xml-depth = 1000\n");
        let r = kamerlint::try_check_bytes_with("a.xml", nested(900).as_bytes(), &c).expect("deep");
        assert!(r.document.text.contains("1 Welke landen?"));

        // The same limit holds for the parts of a .docx.
        let deep = DOCX_BODY
            .replace(
                "<w:body>",
                &format!("<w:body>{}", "<w:customXml>".repeat(20)),
            )
            .replace(
                "</w:body>",
                &format!("{}</w:body>", "</w:customXml>".repeat(20)),
            );
        let word = zip(
            &[("word/document.xml", deep.as_bytes())],
            zip::CompressionMethod::Stored,
        );
        let e = read_error(&word, &config("[limits]\nmax-xml-depth = 12\n"));
        assert!(e.contains("nested deeper than 12"), "{e}");
        let r = kamerlint::try_check_bytes("a.docx", &word).expect("within the default");
        assert_eq!(r.document.entries.len(), 1);
    })
}

#[test]
fn xml_nodes() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        // A flat document of many small elements: the node count, not the
        // depth or the size, is what its tree costs.
        let many = |n: usize| {
            format!(
                "<officiele-publicatie><al>1 Welke landen?</al>{}</officiele-publicatie>",
                "<al/>".repeat(n)
            )
        };
        let c = config("[limits]\nmax-xml-nodes = 100\n");
        assert!(kamerlint::try_check_bytes_with("a.xml", many(50).as_bytes(), &c).is_ok());
        let e = read_error(many(200).as_bytes(), &c);
        assert_eq!(e, "the XML has more than 100 nodes (max-xml-nodes)");
        // The default is far above a real document.
        assert!(kamerlint::try_check_bytes("a.xml", many(200).as_bytes()).is_ok());
        // The parts of a .docx are held to it too.
        let word = zip(
            &[("word/document.xml", DOCX_BODY.as_bytes())],
            zip::CompressionMethod::Stored,
        );
        let e = read_error(&word, &config("[limits]\nmax-xml-nodes = 3\n"));
        assert_eq!(e, "the XML has more than 3 nodes (max-xml-nodes)");
        // Out of range: a configuration error.
        let e = config_error("[limits]\nmax-xml-nodes = 0\n");
        assert!(e.to_string().contains("max-xml-nodes is between 1"), "{e}");
    })
}

#[test]
fn xml_entities_are_never_fetched_and_never_expand_without_bound() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        let head = "<?xml version=\"1.0\"?>\n";
        // An internal entity is expanded (it is part of the document).
        let internal = format!(
            "{head}<!DOCTYPE officiele-publicatie [<!ENTITY min \"ministerie\">]>\
             <officiele-publicatie><al>1 Welk &min; is het?</al><al>Dat van Financiën.</al></officiele-publicatie>"
        );
        let r = kamerlint::try_check_bytes("a.xml", internal.as_bytes()).expect("internal entity");
        assert!(
            r.document.text.contains("1 Welk ministerie is het?"),
            "{}",
            r.document.text
        );

        // An external one is not fetched: the file's text never appears.
        let secret = workspace("limits", "entity");
        write(&secret, "geheim.txt", "GEHEIM-7f3a");
        let external = format!(
            "{head}<!DOCTYPE officiele-publicatie [<!ENTITY x SYSTEM \"file://{}/geheim.txt\">]>\
             <officiele-publicatie><al>1 Wat staat er? &x;</al><al>Niets.</al></officiele-publicatie>",
            secret.display()
        );
        match kamerlint::try_check_bytes("a.xml", external.as_bytes()) {
            Ok(r) => assert!(!r.document.text.contains("GEHEIM"), "{}", r.document.text),
            Err(e) => assert!(e.to_string().contains("XML"), "{e}"),
        }

        // Billion laughs: ten levels of ten references, 10^10 expansions.
        let mut dtd = String::from("<!ENTITY a0 \"haha\">");
        for i in 1..=10 {
            dtd.push_str(&format!(
                "<!ENTITY a{i} \"{}\">",
                format!("&a{};", i - 1).repeat(10)
            ));
        }
        let laughs = format!(
            "{head}<!DOCTYPE officiele-publicatie [{dtd}]><officiele-publicatie><al>&a10;</al></officiele-publicatie>"
        );
        let started = Instant::now();
        let e = kamerlint::try_check_bytes("a.xml", laughs.as_bytes()).expect_err("refused");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
        // Refused before parsing, as the reading limit it is.
        assert!(e.to_string().contains("(max-xml-size)"), "{e}");

        // Word's parts admit no DTD at all.
        let with_dtd = DOCX_BODY.replacen("?>", "?><!DOCTYPE w:document [<!ENTITY a \"b\">]>", 1);
        let word = zip(
            &[("word/document.xml", with_dtd.as_bytes())],
            zip::CompressionMethod::Stored,
        );
        let e = kamerlint::try_check_bytes("a.docx", &word).expect_err("no DTD in Word");
        assert!(e.to_string().contains("not well-formed"), "{e}");
    })
}

fn rule_file(pattern: &str) -> String {
    format!(
        r#"[[rule]]
id = "style/groot"
severity = "warning"
summary = "A rule with a large pattern"
explanation = "A pattern that compiles to a large program, to test the size limit of rule files."
message = "found {{match}}"
bad = ["Het woord kamerlid staat hier."]
good = ["Het woord staat hier niet."]

[rule.existence]
patterns = ['{pattern}']
"#
    )
}

#[test]
fn regex_size_of_rule_files() {
    kamerlint::lang::scoped(kamerlint::lang::Lang::En, || {
        // A pattern that compiles to many megabytes is refused where it is
        // written, instead of taking memory and time on every check.
        let text = rule_file(r"\w{1000}\w{1000}\w{1000}kamerlid");
        let e =
            kamerlint::rules::declarative::load("regels/groot.toml", &text).expect_err("too large");
        let shown = e.render(false);
        assert!(e.message().contains("the pattern is too large"), "{shown}");
        assert!(shown.contains("regels/groot.toml:11:"), "{shown}");
        assert!(shown.contains("regex-size"), "{shown}");

        // The limit is the project's: a small pattern under the default, too
        // large under a tight limit in kamerlint.toml.
        let text = rule_file(r"\bkamerlid\w{0,30}");
        assert!(kamerlint::rules::declarative::load("regels/klein.toml", &text).is_ok());
        let dir = workspace("limits", "regex");
        write(&dir, "regels/klein.toml", &text);
        let strict = Config::parse(
            "kamerlint.toml",
            &dir,
            "rule-folders = [\"regels\"]\n[limits]\nmax-regex-size = 1024\n",
        );
        let e = strict.expect_err("too large for 1024 bytes");
        assert!(
            e.message().contains("more than 1024 bytes"),
            "{}",
            e.render(false)
        );
        let loose = Config::parse("kamerlint.toml", &dir, "rule-folders = [\"regels\"]\n");
        let loose = loose.unwrap_or_else(|e| panic!("{}", e.render(false)));
        let found = kamerlint::check_bytes_with(
            "a.txt",
            "1 Welke landen?\nDat weet het kamerlid niet.\n".as_bytes(),
            &loose,
        );
        assert!(found.diagnostics.iter().any(|d| d.rule == "style/groot"));
    })
}

#[test]
fn time_budget() {
    let doc = kamerlint::read_bytes("a.txt", LIST.as_bytes());
    let rules = &Config::standard().rules;
    let within = kamerlint::rules::check_within(&doc, rules, &Budget::new(Duration::from_secs(60)));
    let rules_found: Vec<&str> = within.iter().map(|d| d.rule).collect();
    assert_eq!(rules_found, ["placeholder/marker", "xref/missing-target"]);

    // Used up before the first family: nothing else runs, and the check
    // says so, naming what it skipped, in the language in force.
    let spent = Budget::since(
        Instant::now() - Duration::from_secs(2),
        Duration::from_secs(1),
    );
    let stopped = lang::scoped(Lang::En, || {
        kamerlint::rules::check_within(&doc, rules, &spent)
    });
    assert_eq!(stopped.len(), 1, "{stopped:?}");
    let d = &stopped[0];
    assert_eq!(d.rule, "structure/time-budget");
    assert_eq!(d.severity, kamerlint::Severity::Error);
    assert!(
        d.message.contains("past its time budget of 1000 ms"),
        "{}",
        d.message
    );
    assert!(
        d.message.contains(
            "not run: structure, xref, footnote, total, figure, format, header, answer, text, names, spelling, the rules of rule files"
        ),
        "{}",
        d.message
    );
    let stopped = lang::scoped(Lang::Nl, || {
        kamerlint::rules::check_within(&doc, rules, &spent)
    });
    assert_eq!(stopped.len(), 1, "{stopped:?}");
    let m = &stopped[0].message;
    assert!(m.contains("voorbij de tijdslimiet van 1000 ms"), "{m}");
    assert!(
        m.contains(
            "niet uitgevoerd: structure, xref, footnote, total, figure, format, header, answer, text, names, spelling, de regels uit regelbestanden"
        ),
        "{m}"
    );

    // From kamerlint.toml; 0 stops before the first rule.
    let c = config("[limits]\ntime-budget-ms = 0\n");
    let r = kamerlint::check_bytes_with("a.txt", LIST.as_bytes(), &c);
    let found: Vec<&str> = r.diagnostics.iter().map(|d| d.rule).collect();
    assert_eq!(found, ["structure/time-budget"]);
    let r = kamerlint::try_check_bytes_with("a.txt", LIST.as_bytes(), &c).expect("read");
    assert_eq!(r.diagnostics.len(), 1);
    // The figures are not read past the budget either.
    assert!(r.document.quantities.is_empty());
    let seed = std::fs::read(common::SEED).expect("seed");
    let r = kamerlint::try_check_bytes_with("seed.txt", &seed, &c).expect("read");
    assert!(r.document.quantities.is_empty());
    let r = kamerlint::try_check_bytes_with("seed.txt", &seed, Config::standard()).expect("read");
    assert!(
        r.document.quantities.len() > 100,
        "{}",
        r.document.quantities.len()
    );

    // A level like any rule's.
    let c =
        config("[limits]\ntime-budget-ms = 0\n[rules]\n\"structure/time-budget\" = \"warning\"\n");
    let r = kamerlint::check_bytes_with("a.txt", LIST.as_bytes(), &c);
    assert_eq!(r.diagnostics[0].severity, kamerlint::Severity::Warning);

    // On the command line: a finding, exit 1, and the rule is listed and
    // explained.
    let dir = workspace("limits", "budget");
    write(&dir, "kamerlint.toml", "[limits]\ntime-budget-ms = 0\n");
    write(&dir, "lijst.txt", LIST);
    let o = kamerlint(
        &dir,
        &["check", "--lang", "en", "--format", "compact", "lijst.txt"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o)
            .starts_with("lijst.txt:1:1: error structure/time-budget the check stopped after"),
        "{}",
        stdout(&o)
    );
    // In Dutch, the default.
    let o = kamerlint(
        &dir,
        &["check", "--lang", "nl", "--format", "compact", "lijst.txt"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("structure/time-budget de controle is na "),
        "{}",
        stdout(&o)
    );
    let o = kamerlint(&dir, &["rules"]);
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.starts_with("structure/time-budget")),
        "{}",
        stdout(&o)
    );
    let o = kamerlint(&dir, &["explain", "structure/time-budget"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("time-budget-ms"), "{}", stdout(&o));
}

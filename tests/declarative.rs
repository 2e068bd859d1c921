//! The declarative rules of `rules/*.toml`: they load, every rule carries
//! examples and its examples hold (the bad ones trigger it, the good ones
//! do not and are otherwise free of warnings and errors), every text is in
//! Dutch and English, and the rule kinds behave as documented on small
//! texts and on the seed.

mod common;

use std::path::Path;

use kamerlint::config::Config;
use kamerlint::lang::{self, Lang};
use kamerlint::rules::declarative::{self, DEFAULT_FILES};
use kamerlint::rules::RuleInfo;
use kamerlint::Diagnostic;

fn defaults() -> Config {
    match Config::defaults() {
        Ok(c) => c,
        Err(e) => panic!("the default rule files do not load:\n{}", e.render(false)),
    }
}

fn declarative_rules(config: &Config) -> Vec<RuleInfo> {
    config
        .rules
        .infos()
        .into_iter()
        .filter(|r| r.file.is_some())
        .collect()
}

fn check(text: &str) -> Vec<Diagnostic> {
    kamerlint::check_bytes("x.txt", text.as_bytes()).diagnostics
}

fn of_rule<'a>(found: &'a [Diagnostic], rule: &str) -> Vec<&'a Diagnostic> {
    found.iter().filter(|d| d.rule == rule).collect()
}

/// The answer text `answer` as the answer to question 1, as examples are.
fn answer(answer: &str) -> String {
    format!("1 Kan de minister dit toelichten?\n{answer}\n")
}

#[test]
fn every_default_rule_file_is_compiled_in() {
    let mut on_disk: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules"))
            .expect("rules/")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .map(|n| format!("rules/{n}"))
            .collect();
    on_disk.sort();
    let compiled: Vec<String> = DEFAULT_FILES.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(on_disk, compiled, "rules/*.toml and DEFAULT_FILES differ");
}

#[test]
fn every_declarative_rule_has_examples_that_hold() {
    let config = defaults();
    let rules = declarative_rules(&config);
    assert!(rules.len() >= 10, "only {} declarative rules", rules.len());
    let mut failures = Vec::new();
    for rule in &rules {
        if rule.bad.is_empty() || rule.good.is_empty() {
            failures.push(format!("{}: no bad or no good example", rule.id));
        }
        if rule.explanation.en.len() < 40 || rule.summary.en.is_empty() {
            failures.push(format!("{}: summary or explanation missing", rule.id));
        }
        failures.extend(declarative::examples_hold(rule, |text| {
            kamerlint::check_bytes_with("example.txt", text.as_bytes(), &config).diagnostics
        }));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ids_are_unique_across_built_in_and_declarative_rules() {
    let infos = defaults().rules.infos();
    let mut ids: Vec<&str> = infos.iter().map(|r| r.id).collect();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate rule ids");
}

#[test]
fn a_rule_without_examples_does_not_load() {
    let text = r#"
[[rule]]
id = "style/no-examples"
severity = "warning"
summary = "A rule without examples"
explanation = "This explanation is long enough to pass the length check of the loader."
message = "found {match}"

[rule.existence]
patterns = ['\bfoo\b']
"#;
    let e = lang::scoped(Lang::En, || declarative::load("rules/x.toml", text))
        .expect_err("no examples");
    assert!(e.message().contains("no bad example"), "{}", e.message());
    assert_eq!(e.position(), Some((3, 6)), "points at the id");
    // The loader's own words are in the language in force.
    let e = declarative::load("rules/x.toml", text).expect_err("no examples");
    assert!(
        e.message().contains("geen fout voorbeeld"),
        "{}",
        e.message()
    );
}

// ----------------------------------------------------------- two languages

/// A rule file whose `message` (and help) is `{message}`, for the rule
/// `style/kamerlid` that finds the word "kamerlid".
fn kamerlid_rule(message: &str) -> String {
    format!(
        r#"
[[rule]]
id = "style/kamerlid"
severity = "warning"
summary = "Het woord kamerlid met een kleine letter"
explanation = "Deze uitleg is lang genoeg om door de lengtecontrole van de lader te komen."
{message}
bad = ["Het kamerlid vroeg dit."]
good = ["Het Kamerlid vroeg dit."]

[rule.existence]
patterns = ['\bkamerlid\b']
"#
    )
}

/// The messages and helps of `style/kamerlid` on one answer, checked
/// under a configuration with `rule_file` in a rule folder, in `lang`.
fn kamerlid_says(test: &str, rule_file: &str, lang: Lang) -> Vec<(String, Option<String>)> {
    let dir = common::workspace("declarative", test);
    common::write(&dir, "regels/kamerlid.toml", rule_file);
    let config = Config::parse("kamerlint.toml", &dir, "rule-folders = [\"regels\"]\n")
        .unwrap_or_else(|e| panic!("{}", e.render(false)));
    let text = answer("Het kamerlid vroeg dit.");
    lang::scoped(lang, || {
        kamerlint::check_bytes_with("x.txt", text.as_bytes(), &config).diagnostics
    })
    .into_iter()
    .filter(|d| d.rule == "style/kamerlid")
    .map(|d| (d.message, d.help))
    .collect()
}

#[test]
fn a_rule_file_in_one_language_says_it_in_both() {
    let file = kamerlid_rule("message = \"het woord “{match}”\"\nhelp = \"schrijf Kamerlid\"");
    let said = (
        "het woord “kamerlid”".to_string(),
        Some("schrijf Kamerlid".to_string()),
    );
    for (test, lang) in [("one-nl", Lang::Nl), ("one-en", Lang::En)] {
        assert_eq!(
            kamerlid_says(test, &file, lang),
            std::slice::from_ref(&said),
            "{lang:?}"
        );
    }
    let loaded = declarative::load("regels/kamerlid.toml", &file).expect("loads");
    let info = &loaded.rules[0].info;
    assert_eq!(info.summary.nl, info.summary.en);
    assert!(info.summary.is_complete() && info.explanation.is_complete());
}

#[test]
fn a_rule_file_in_two_languages_says_each_in_its_own() {
    let file = kamerlid_rule(
        "message.nl = \"het woord “{match}” met een kleine letter\"\n\
         message.en = \"the word “{match}” in lower case\"\n\
         help = { nl = \"schrijf Kamerlid\", en = \"write Kamerlid\" }",
    );
    assert_eq!(
        kamerlid_says("two-nl", &file, Lang::Nl),
        [(
            "het woord “kamerlid” met een kleine letter".to_string(),
            Some("schrijf Kamerlid".to_string())
        )]
    );
    assert_eq!(
        kamerlid_says("two-en", &file, Lang::En),
        [(
            "the word “kamerlid” in lower case".to_string(),
            Some("write Kamerlid".to_string())
        )]
    );
}

#[test]
fn a_text_with_one_half_is_an_error_at_that_half() {
    let file = kamerlid_rule("message.nl = \"het woord “{match}”\"");
    let e = lang::scoped(Lang::En, || {
        declarative::load("regels/kamerlid.toml", &file)
    })
    .expect_err("no English");
    assert!(
        e.message()
            .contains("`message` has only a Dutch text: add `message.en`"),
        "{}",
        e.message()
    );
    let line = file
        .lines()
        .position(|l| l.starts_with("message.nl"))
        .expect("the line")
        + 1;
    assert_eq!(
        e.position(),
        Some((line, 14)),
        "points at the Dutch half:\n{}",
        e.render(false)
    );
    let file = kamerlid_rule("help.en = \"write Kamerlid\"\nmessage = \"{match}\"");
    let e = declarative::load("regels/kamerlid.toml", &file).expect_err("no Dutch");
    assert!(
        e.message()
            .contains("`help` heeft alleen een Engelse tekst"),
        "{}",
        e.message()
    );
    let file = kamerlid_rule("message = {}");
    let e = declarative::load("regels/kamerlid.toml", &file).expect_err("no text");
    assert!(
        e.message().contains("`message` heeft geen tekst"),
        "{}",
        e.message()
    );
    assert!(e.position().is_some(), "{}", e.render(false));
}

#[test]
fn the_two_halves_of_a_template_use_the_same_variables() {
    let file = kamerlid_rule(
        "message.nl = \"het woord “{match}”\"\nmessage.en = \"the word in lower case\"",
    );
    let e = lang::scoped(Lang::En, || {
        declarative::load("regels/kamerlid.toml", &file)
    })
    .expect_err("other variables");
    assert!(
        e.message().contains(
            "the Dutch and the English `message` use different variables: {match} in the Dutch, none in the English"
        ),
        "{}",
        e.message()
    );
    let line = file
        .lines()
        .position(|l| l.starts_with("message.en"))
        .expect("the line")
        + 1;
    assert_eq!(e.position().map(|p| p.0), Some(line), "at the English half");
    // A variable the rule does not have is an error in either half.
    let file =
        kamerlid_rule("message.nl = \"het woord “{match}”\"\nmessage.en = \"the word “{woord}”\"");
    let e = lang::scoped(Lang::En, || {
        declarative::load("regels/kamerlid.toml", &file)
    })
    .expect_err("unknown variable");
    assert!(
        e.message().contains("unknown variable `{woord}`"),
        "{}",
        e.message()
    );
}

#[test]
fn a_default_rule_speaks_dutch_by_default_and_english_when_asked() {
    let text = answer("De daarop door de XXX gegeven antwoorden.");
    let said = |lang: Option<Lang>| {
        let run = || check(&text);
        let found = match lang {
            Some(lang) => lang::scoped(lang, run),
            None => run(),
        };
        let d = found
            .into_iter()
            .find(|d| d.rule == "placeholder/marker")
            .expect("a placeholder");
        (d.message, d.help.unwrap_or_default())
    };
    assert_eq!(
        said(None),
        (
            "plaatshouder “XXX” staat nog in de tekst".to_string(),
            "vul de tekst in, of haal de plaatshouder weg".to_string()
        )
    );
    assert_eq!(said(Some(Lang::Nl)), said(None));
    assert_eq!(
        said(Some(Lang::En)),
        (
            "placeholder “XXX” left in the text".to_string(),
            "fill in the text, or remove the placeholder".to_string()
        )
    );
    let info = defaults()
        .rules
        .infos()
        .into_iter()
        .find(|r| r.id == "placeholder/marker")
        .expect("the rule");
    assert!(
        info.summary.nl.starts_with("Een plaatshouder"),
        "{}",
        info.summary.nl
    );
    assert!(
        info.summary.en.starts_with("A placeholder"),
        "{}",
        info.summary.en
    );
}

/// The default rule files give every text in both languages: `summary`,
/// `explanation`, `message`, `help` and a citation check's `message` are
/// tables with `nl` and `en`, never one string for both.
#[test]
fn every_default_rule_file_gives_both_languages() {
    let mut one_language = Vec::new();
    for (file, text) in DEFAULT_FILES {
        let table: toml::Table = toml::from_str(text).expect("a TOML table");
        let rules = table.get("rule").and_then(|r| r.as_array());
        for rule in rules.into_iter().flatten() {
            let id = rule.get("id").and_then(|v| v.as_str()).unwrap_or("?");
            let mut texts: Vec<(String, &toml::Value)> =
                ["summary", "explanation", "message", "help"]
                    .into_iter()
                    .filter_map(|k| rule.get(k).map(|v| (k.to_string(), v)))
                    .collect();
            let checks = rule
                .get("citation")
                .and_then(|c| c.get("check"))
                .and_then(|c| c.as_array());
            for (i, check) in checks.into_iter().flatten().enumerate() {
                if let Some(m) = check.get("message") {
                    texts.push((format!("citation.check[{i}].message"), m));
                }
            }
            for (key, value) in texts {
                let both = value.as_table().is_some_and(|t| {
                    ["nl", "en"].iter().all(|l| {
                        t.get(*l)
                            .and_then(|v| v.as_str())
                            .is_some_and(|s| !s.trim().is_empty())
                    })
                });
                if !both {
                    one_language.push(format!("{file}: {id}: {key}"));
                }
            }
        }
    }
    assert!(one_language.is_empty(), "{}", one_language.join("\n"));
}

// ------------------------------------------------------------ placeholders

#[test]
fn placeholders_in_the_front_matter_of_the_seed() {
    let bytes =
        std::fs::read("corpus/36180-164-beleidsagenda-buitenlandse-handel.txt").expect("seed");
    let result = kamerlint::check_bytes("seed.txt", &bytes);
    let found: Vec<(usize, usize, &str)> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == "placeholder/marker")
        .map(|d| {
            let at = result.document.line_col(d.span.start);
            (at.line, at.column, result.document.slice(d.span))
        })
        .collect();
    assert_eq!(found, [(5, 26, "XXX"), (7, 19, "XXX")]);
}

#[test]
fn profiles_set_the_severity_of_placeholders() {
    use kamerlint::config::Profile;
    use kamerlint::Severity;
    let text = answer("De daarop door de XXX gegeven antwoorden.");
    let draft = defaults();
    let fin = defaults().with_profile(Profile::Final);
    let severity = |config: &Config| {
        let found = kamerlint::check_bytes_with("x.txt", text.as_bytes(), config).diagnostics;
        of_rule(&found, "placeholder/marker")
            .first()
            .map(|d| d.severity)
    };
    assert_eq!(severity(&draft), Some(Severity::Warning));
    assert_eq!(severity(&fin), Some(Severity::Error));
}

// --------------------------------------------------------------- citations

#[test]
fn dossier_split_by_a_space_is_an_error_with_a_fix() {
    let found = check(&answer(
        "Zie Kamerstuk 21501 02, nr. 3185 en Kamerstuk 31 985, nr. 101.",
    ));
    let hits = of_rule(&found, "citation/dossier-number");
    assert_eq!(hits.len(), 1, "{found:?}");
    let fix = hits[0].fix.as_ref().expect("a fix");
    assert_eq!(fix.replacement, "-");
    let text = answer("Zie Kamerstuk 21501 02, nr. 3185 en Kamerstuk 31 985, nr. 101.");
    assert_eq!(&text[fix.span.start..fix.span.end], " ");
}

#[test]
fn correct_citations_are_silent() {
    let found = check(&answer(
        "Zie Kamerstukken II 2024/25, 21 501-02, nr. 3221, de brief (Kamerstuk 31 066, nr. 438), \
         de begroting (Kamerstuk 36 600 XVII, nr. 36), Kamerstukken I 2009/10, 32 217, A, \
         Stb. 2011, 35; Stcrt. 2015, 10247 en Trb. 2008, 175. Ook de brief van 1 juli \
         (Kamerstuk 2025D30502) noemt dit.",
    ));
    // Each is correct; that they are in two forms is an info of its own
    // (citation/mixed-forms), not a slip in any of them.
    let citation: Vec<_> = found
        .iter()
        .filter(|d| d.rule.starts_with("citation/") && d.rule != "citation/mixed-forms")
        .collect();
    assert!(citation.is_empty(), "{citation:?}");
}

#[test]
fn the_same_paper_written_two_ways() {
    let text = answer(
        "Zie Kamerstuk 21501-02, nr. 3221. Later: Kamerstukken II 2024/25, 21 501-02, nr. 3221. \
         En nogmaals Kamerstuk 21501-02, nr. 3221.",
    );
    let found = check(&text);
    let hits = of_rule(&found, "citation/inconsistent");
    assert_eq!(hits.len(), 1, "{found:?}");
    assert!(text[hits[0].span.start..].starts_with("Kamerstukken II 2024/25"));
    assert_eq!(hits[0].related.len(), 1, "the majority form's place");
}

#[test]
fn a_document_citing_in_two_shapes() {
    // Two papers, each cited once: no paper is cited two ways, but the
    // document cites in two shapes; the digits are not the shape.
    let text = answer(
        "Zie Kamerstuk 36 200 IV, nr. 25, Kamerstuk 26 485, nr. 432 en Kamerstukken II \
         2023/24, 36 410 IV, nr. 15.",
    );
    let found = check(&text);
    assert!(
        of_rule(&found, "citation/inconsistent").is_empty(),
        "{found:?}"
    );
    let hits = of_rule(&found, "citation/mixed-forms");
    assert_eq!(hits.len(), 1, "{found:?}");
    assert!(text[hits[0].span.start..].starts_with("Kamerstukken II 2023/24"));
    assert!(
        hits[0].message.contains("“Kamerstuk 36 200 IV, nr. 25”"),
        "the majority's first reference, as written: {}",
        hits[0].message
    );
}

#[test]
fn form_goes_with_same() {
    let text = r#"
[[rule]]
id = "citation/shape"
severity = "info"
summary = "A shape without a key"
explanation = "This explanation is long enough to pass the length check of the loader."
message = "found {match}"
bad = ["Kamerstuk 36 200, nr. 25"]
good = ["Geen verwijzing."]

[rule.citation]
pattern = '(?P<word>\bKamerstuk)\s+[0-9]+'

[[rule.citation.check]]
required = ["word"]
form = "{word}"
"#;
    let e = lang::scoped(Lang::En, || declarative::load("rules/x.toml", text))
        .expect_err("form without same");
    assert!(
        e.message().contains("`form` goes with `same`"),
        "{}",
        e.message()
    );
    let e = declarative::load("rules/x.toml", text).expect_err("form without same");
    assert!(
        e.message().contains("`form` hoort bij `same`"),
        "{}",
        e.message()
    );
}

#[test]
fn vergaderjaar_and_publication_forms() {
    let found = check(&answer(
        "Zie Kamerstukken II 2024/26, 21501-02, nr. 3221 en Trb. 1996, nr. 155.",
    ));
    assert_eq!(
        of_rule(&found, "citation/vergaderjaar").len(),
        1,
        "{found:?}"
    );
    let publication = of_rule(&found, "citation/publication");
    assert_eq!(publication.len(), 1, "{found:?}");
    assert_eq!(
        publication[0].fix.as_ref().map(|f| f.replacement.as_str()),
        Some("")
    );
}

// ------------------------------------------------------ spelling and quotes

#[test]
fn one_finding_names_every_minority_occurrence() {
    let text = answer("Het mkb groeit. Het MKB exporteert. Voor het MKB is dit goed. Het mkb wacht. Mkb-bedrijven ook.");
    let found = lang::scoped(Lang::En, || check(&text));
    let hits = of_rule(&found, "style/spelling-variant");
    assert_eq!(hits.len(), 1, "{found:?}");
    // "mkb" (3×, with the capitalised "Mkb") is the majority; "MKB" (2×) the minority.
    assert!(
        hits[0].message.contains("“MKB” (2×)"),
        "{}",
        hits[0].message
    );
    let related: Vec<&str> = hits[0].related.iter().map(|r| r.message.as_str()).collect();
    assert_eq!(
        related,
        ["“MKB” here too", "“mkb” is used here (3 times in all)"]
    );
    // In Dutch, the kind's own words too.
    let found = check(&text);
    let hits = of_rule(&found, "style/spelling-variant");
    let related: Vec<&str> = hits[0].related.iter().map(|r| r.message.as_str()).collect();
    assert_eq!(
        related,
        ["ook hier “MKB”", "hier staat “mkb” (in totaal 3 keer)"]
    );
}

#[test]
fn questions_are_not_held_to_the_answers_spelling() {
    let found = check(
        "1 Hoeveel goud komt uit Sudan?\nIn 2024 importeerde Nederland geen goud uit Soedan.\n",
    );
    assert!(
        of_rule(&found, "style/spelling-variant").is_empty(),
        "{found:?}"
    );
}

#[test]
fn substitution_offers_its_replacement() {
    let text = answer("Danwel de defensieindustrie, danwel de ICT-sector.");
    let found = check(&text);
    let fixes: Vec<(&str, &str)> = of_rule(&found, "style/spelling")
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .map(|f| (&text[f.span.start..f.span.end], f.replacement.as_str()))
        .collect();
    assert_eq!(
        fixes,
        [
            ("Danwel", "Dan wel"),
            ("defensieindustrie", "defensie-industrie"),
            ("danwel", "dan wel")
        ]
    );
}

#[test]
fn quotes_and_apostrophes() {
    let ok = check(&answer(
        "Het proces van ‘gepaste zorgvuldigheid’ weegt risico’s af, zo’n ‘terrible ten’ in ’s-Gravenhage.",
    ));
    assert!(of_rule(&ok, "style/unbalanced-quote").is_empty(), "{ok:?}");
    let text = answer("De beleidsagenda ‘Nederland: welvarend en weerbaar noemt dit.");
    let bad = check(&text);
    let hits = of_rule(&bad, "style/unbalanced-quote");
    assert_eq!(hits.len(), 1, "{bad:?}");
    assert_eq!(&text[hits[0].span.start..hits[0].span.end], "‘");
}

#[test]
fn a_stray_bracket_in_the_seed() {
    let bytes =
        std::fs::read("corpus/36180-164-beleidsagenda-buitenlandse-handel.txt").expect("seed");
    let result = kamerlint::check_bytes("seed.txt", &bytes);
    let at: Vec<(usize, usize)> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == "style/unbalanced-bracket")
        .map(|d| {
            let lc = result.document.line_col(d.span.start);
            (lc.line, lc.column)
        })
        .collect();
    assert_eq!(at, [(2402, 41)]);
}

#[test]
fn the_seed_quotes_its_own_title_once_in_another_order() {
    let bytes =
        std::fs::read("corpus/36180-164-beleidsagenda-buitenlandse-handel.txt").expect("seed");
    let result = kamerlint::check_bytes("seed.txt", &bytes);
    let hits: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.rule == "style/title-form")
        .collect();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(result.document.line_col(hits[0].span.start).line, 1732);
    assert!(hits[0]
        .message
        .contains("“Nederland weerbaar en welvarend”"));
}

#[test]
fn findings_in_a_match_across_lines_point_at_the_source() {
    // "Zuid\nKorea": the match crosses a line break; the span covers both
    // lines and no fix is offered (it would join the lines).
    let text = answer("Het MoU met Zuid\nKorea is getekend.");
    let found = check(&text);
    let hits = of_rule(&found, "style/spelling");
    assert_eq!(hits.len(), 1, "{found:?}");
    assert_eq!(&text[hits[0].span.start..hits[0].span.end], "Zuid\nKorea");
    assert!(hits[0].fix.is_none());
}

//! Tests of the dump, its JSON and its text, on the shared fixture; in a
//! file of their own so the code files stay short.

use serde_json::Value;

use super::dump::line_count;
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

#[test]
fn table_links_show_the_cell_and_the_verdict() {
    let text = "1 Welk percentage van het bbp wordt verdiend met export?\n\
        In 2023 werd 35,7% van het bbp verdiend door export.\n\n\
        Jaar NL verdiensten aan export (% van het bbp)\n\n2023 35,2\n\n2022 35,7\n\n2021 32,6\n";
    let doc = crate::check_bytes("t.txt", text.as_bytes()).document;
    let value: Value =
        serde_json::from_str(&json(&doc).expect("serialisable")).expect("valid JSON");
    let link = &value["cell_links"][0];
    assert_eq!(link["row_head"], "2023");
    assert_eq!(link["column_head"], Value::Null);
    assert_eq!(link["verdict"], "mismatch");
    assert_eq!(link["how"], "named");
    assert_eq!(
        (link["line"].as_u64(), link["column"].as_u64()),
        (Some(2), Some(14))
    );
    assert_eq!(link["cell_at"]["line"], 6);
    let shown = super::text(&doc);
    assert!(
        shown.contains("table links (1)\n  line 2:14      35,7%                    cell line 6     35,2       2023: mismatch (named) (agrees with 35,7 on line 8)"),
        "{shown}"
    );
}

/// A derived figure is listed with what it is computed from, its verdict
/// and the interval the verdict rests on, in JSON and in text.
#[test]
fn derived_figures_with_their_verdict() {
    let doc = crate::read_bytes(
        "x.txt",
        "1 Hoe ontwikkelde het aandeel zich?\nHet aandeel steeg van 31,8% naar 35,2%, een stijging van 3,4%.\n"
            .as_bytes(),
    );
    let value: Value =
        serde_json::from_str(&json(&doc).expect("serialisable")).expect("valid JSON");
    let d = &value["derived"][0];
    assert_eq!(d["relation"], "change");
    assert_eq!(d["direction"], "up");
    assert_eq!(d["verdict"], "percentage-points");
    assert_eq!(d["operation"], "relative");
    assert_eq!(
        (d["low"].as_str(), d["high"].as_str()),
        (Some("10,36%"), Some("11,03%"))
    );
    assert_eq!(
        d["points"],
        serde_json::json!(["3,30 procentpunt", "3,50 procentpunt"])
    );
    assert_eq!(d["line"], 2);
    let quantity = |k: &Value| value["quantities"][k.as_u64().unwrap() as usize]["text"].clone();
    assert_eq!(quantity(&d["stated"]), "3,4%");
    assert_eq!(quantity(&d["from"][0]), "31,8%");
    assert_eq!(quantity(&d["from"][1]), "35,2%");
    let out = text(&doc);
    assert!(
        out.contains(
            "\nderived figures (1)\n  line 2      change up: 31,8% → 35,2% 3,4%  percentage-points, \
             computed 10,36% to 11,03%, in procentpunten 3,30 procentpunt to 3,50 procentpunt\n"
        ),
        "{out}"
    );
}

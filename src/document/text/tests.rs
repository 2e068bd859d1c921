use super::lines::{definition_line, numbered_line};

/// Lines of every shape the reader meets, and the edges of the two
/// number shapes.
const LINES: &[&str] = &[
    "12 Wat is de omvang van de export?",
    "12. Wat is de omvang van de export?",
    "12",
    " 12",
    "  12",
    "12 ",
    "12.",
    "12. ",
    "12.Wat",
    "12 \u{a0}Wat",
    "\u{a0}7 Text",
    "1234 Text",
    "12345 Text",
    "123 Text",
    "5https://www.rijksoverheid.nl",
    "5 https://www.rijksoverheid.nl",
    "5é",
    "5\u{0663} Text",
    "\u{0663} Text",
    "7 8",
    "Vraag 12",
    "",
    " ",
    "12\tText",
    "12 Text\r",
    "12 Text\nmore",
    "12a",
    "1.2 miljard",
    "0 Text",
];

#[test]
fn numbered_line_reads_what_the_regex_read() {
    let re = crate::static_regex(r"^\s?(\d{1,4})(\.?)(?:\s+(\S.*))?$");
    for line in LINES {
        let theirs = re.captures(line).map(|c| {
            (
                c.get(1).map(|m| m.range()),
                c.get(2).is_some_and(|m| !m.as_str().is_empty()),
                c.get(3).map(|m| m.range()),
            )
        });
        // The regex's \d also takes other scripts' digits; those never
        // parse as a number, so the reader treats both answers alike.
        let theirs =
            theirs.filter(|(n, _, _)| n.clone().is_some_and(|n| line[n].parse::<u32>().is_ok()));
        let ours = numbered_line(line).map(|f| (Some(f.number), f.dot, f.rest));
        assert_eq!(ours, theirs, "{line:?}");
    }
}

#[test]
fn definition_line_reads_what_the_regex_read() {
    let re = crate::static_regex(r"^\s?(\d{1,3})(?:\s+(\S.*)|([A-Za-z].*))?$");
    for line in LINES {
        let theirs = re
            .captures(line)
            .filter(|c| c.get(1).is_some_and(|m| m.as_str().parse::<u32>().is_ok()))
            .map(|c| {
                (
                    c.get(1).map(|m| m.range()),
                    c.get(2).or(c.get(3)).map(|m| m.range()),
                )
            });
        let ours = definition_line(line).map(|f| (Some(f.number), f.rest));
        assert_eq!(ours, theirs, "{line:?}");
    }
}

#[test]
fn a_sentence_starting_with_a_date_is_no_footnote() {
    let text = "Vraag 1\nKent u het rapport van Both Ends1?\nAntwoord 1\nJa, sinds\n1 januari 2022 monitort ADSB de projecten.\n";
    let doc = super::read("t.txt", text.as_bytes());
    assert!(doc.definitions.is_empty(), "{:?}", doc.definitions);
    // A mistyped URL is still a note's text.
    let text = "1 Kent u het rapport van Both Ends1?\nJa.\n\n1 htps://www.bothends.org\n";
    let doc = super::read("t.txt", text.as_bytes());
    assert_eq!(doc.definitions.len(), 1);
}

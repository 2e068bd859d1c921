//! What the readers say when a file cannot be read, in both languages
//! ([`super::detect::ReadError`]).

use crate::lang::Msg;

pub const TOO_LARGE: Msg = Msg::new(
    "{size} bytes, groter dan max-file-size ({max}); niet gecontroleerd",
    "{size} bytes, larger than max-file-size ({max}); not checked",
);
pub const PDF: Msg = Msg::new(
    "dit is een pdf; kamerlint leest platte tekst, Word (.docx) en de officiële XML van een \
     publicatie. Haal de tekst eruit met `pdftotext -enc UTF-8 FILE.pdf FILE.txt` (Debian-pakket \
     poppler-utils) en controleer FILE.txt, of controleer de .docx of de XML van de publicatie",
    "this is a PDF; kamerlint reads plain text, Word (.docx) and official publication XML. \
     Extract the text with `pdftotext -enc UTF-8 FILE.pdf FILE.txt` (Debian package \
     poppler-utils) and check FILE.txt, or check the .docx or the XML of the publication instead",
);
pub const LEGACY_WORD: Msg = Msg::new(
    "dit is een Word 97-2003-document (.doc); sla het op als .docx (Word: Bestand > Opslaan als \
     > Word-document) en controleer dat",
    "this is a Word 97-2003 document (.doc); save it as .docx (Word: File > Save As > Word \
     Document) and check that",
);
pub const RTF: Msg = Msg::new(
    "dit is een RTF-document; sla het op als .docx of als platte tekst (UTF-8) en controleer dat",
    "this is an RTF document; save it as .docx or as plain text (UTF-8) and check that",
);
pub const NOT_ZIP: Msg = Msg::new(
    "geen geldig .docx-archief (zip): {error}",
    "not a valid .docx (zip) archive: {error}",
);
pub const TOO_MANY_ENTRIES: Msg = Msg::new(
    "de .docx heeft {entries} onderdelen, meer dan de {max} die worden aangenomen (max-docx-entries)",
    "the .docx has {entries} entries, more than the {max} accepted (max-docx-entries)",
);
pub const PART_UNREADABLE: Msg = Msg::new(
    "{name} in de .docx kan niet gelezen worden: {error}",
    "cannot read {name} in the .docx: {error}",
);
pub const ZIP_BOMB: Msg = Msg::new(
    "{name} in de .docx pakt uit tot meer dan {budget} bytes ({limit}): geweigerd (een zipbom?)",
    "{name} in the .docx decompresses to more than {budget} bytes ({limit}): refused (a zip bomb?)",
);
pub const PART_ERROR: Msg = Msg::new(
    "{name} in de .docx: {error}",
    "{name} in the .docx: {error}",
);
pub const NO_DOCUMENT: Msg = Msg::new(
    "geen Word-document: het archief heeft geen word/document.xml",
    "not a Word document: the archive has no word/document.xml",
);
pub const NO_BODY: Msg = Msg::new(
    "geen Word-document: word/document.xml heeft geen body",
    "not a Word document: word/document.xml has no body",
);
pub const XML_TOO_LARGE: Msg = Msg::new(
    "de XML is groter dan {max} bytes (max-xml-size)",
    "the XML is larger than {max} bytes (max-xml-size)",
);
pub const XML_ENTITIES: Msg = Msg::new(
    "de entiteiten van de XML maken hem groter dan {max} bytes (max-xml-size): geweigerd",
    "the XML's entities expand it to more than {max} bytes (max-xml-size): refused",
);
pub const XML_ROOT: Msg = Msg::new(
    "een XML-document met als wortel <{root}>; kamerlint leest de officiële XML van een \
     publicatie (wortel <officiele-publicatie>)",
    "an XML document with root <{root}>; kamerlint reads official publication XML (root \
     <officiele-publicatie>)",
);
pub const XML_NODES: Msg = Msg::new(
    "de XML heeft meer dan {max} knopen (max-xml-nodes)",
    "the XML has more than {max} nodes (max-xml-nodes)",
);
pub const XML_MALFORMED: Msg = Msg::new(
    "de XML is niet goed gevormd: {error}",
    "the XML is not well-formed: {error}",
);
pub const XML_DEPTH: Msg = Msg::new(
    "de XML is dieper genest dan {max} elementen (max-xml-depth)",
    "the XML is nested deeper than {max} elements (max-xml-depth)",
);
pub const XML_NOT_UTF8: Msg = Msg::new(
    "de XML is geen UTF-8 (eerste foute byte op positie {offset})",
    "the XML is not UTF-8 (first bad byte at offset {offset})",
);

// What the readers note about a document they did read (reader notes,
// shown by `kamerlint parse` and in the findings that report them).

pub const WINDOWS_1252: Msg = Msg::new(
    "het bestand is geen UTF-8 en is gelezen als Windows-1252 (eerste byte die geen UTF-8 is: \
     0x{byte} op bytepositie {offset}, gelezen als “{char}”)",
    "the file is not UTF-8: it was read as Windows-1252 (first byte that is not UTF-8: 0x{byte} \
     at offset {offset}, read as “{char}”)",
);
pub const INVALID_UTF8: Msg = Msg::new(
    "het bestand is geen geldige UTF-8 (eerste foute byte: 0x{byte} op bytepositie {offset}); \
     het is gelezen met vervangingstekens",
    "the file is not valid UTF-8 (first bad byte: 0x{byte} at offset {offset}); it was read \
     with replacement characters",
);
pub const BROKEN_CHARACTER: Msg = Msg::new(
    "het bestand is {name} met een beschadigd teken op bytepositie {offset}; het is gelezen \
     met een vervangingsteken",
    "the file is {name} with a broken character at offset {offset}; it was read with a \
     replacement character",
);
pub const ODD_BYTES: Msg = Msg::new(
    "het bestand is {name} maar heeft een oneven aantal bytes; de laatste byte is weggelaten",
    "the file is {name} but has an odd number of bytes; the last byte was dropped",
);
pub const REPLACEMENT_CHARACTER: Msg = Msg::new(
    "de tekst bevat een vervangingsteken (U+FFFD): bij een eerdere conversie is een teken \
     verloren gegaan",
    "the text contains a replacement character (U+FFFD): a character was lost in an earlier \
     conversion",
);
pub const LAYOUT_INLINE: Msg = Msg::new("regels als \"1 Vraag?\"", "\"1 Vraag?\" lines");
pub const LAYOUT_DOT: Msg = Msg::new("regels als \"1. Vraag?\"", "\"1. Vraag?\" lines");
pub const LAYOUT_BARE: Msg = Msg::new(
    "een nummer op een eigen regel voor elke vraag",
    "a number on a line of its own before each question",
);
pub const LAYOUT_LABELLED: Msg = Msg::new("kopjes als \"Vraag 1\"", "\"Vraag 1\" labels");
pub const LAYOUT_MARGIN: Msg = Msg::new(
    "nummers in de marge, elk beantwoord onder een kopje \"Antwoord\"",
    "margin numbers, each answered under an \"Antwoord\" label",
);
pub const LAYOUT_NONE: Msg = Msg::new("geen indeling", "no layout");
pub const NO_SEQUENCE: Msg = Msg::new(
    "geen doorlopende nummering gevonden (langste reeksen: {others})",
    "no numbering in sequence was found (longest runs: {others})",
);
pub const IN_SEQUENCE: Msg = Msg::new(
    "{count} vragen op volgorde als {layout} (andere indelingen: {others})",
    "{count} questions in sequence as {layout} (other layouts: {others})",
);
pub const SINGLE_QUESTION: Msg = Msg::new(
    "één vraag zonder nummer, onder de aanhef van de brief ({why})",
    "one question without a number, under the letter's heading ({why})",
);
pub const FLATTENED: Msg = Msg::new(
    "{why}; de tekst had zijn regeleinden verloren en is gelezen als {lines} regels",
    "{why}; the text had lost its line breaks and was read as {lines} lines",
);
pub const ENDS_INSIDE: Msg = Msg::new(
    "het document houdt op in het antwoord op vraag {numbers}, midden in een zin",
    "the document ends inside the answer to question {numbers}, in the middle of a sentence",
);
pub const ROW_CELLS: Msg = Msg::new(
    "rij \"{label}\" heeft {cells} cellen waar de andere er {mode} hebben",
    "row \"{label}\" has {cells} cells where the others have {mode}",
);
pub const NO_LABEL: Msg = Msg::new("(geen label)", "(no label)");
pub const ANSWER_UNDER: Msg = Msg::new(
    "antwoord {numbers} staat onder vraag {open}",
    "answer label for {numbers} under question {open}",
);
pub const NO_NUMBER: Msg = Msg::new(
    "deze vraag heeft geen eigen nummer en is gelezen als vraag {n}, na vraag {previous}",
    "this question has no number of its own; it is read as question {n}, after question {previous}",
);
pub const ALL_PARTS: Msg = Msg::new(
    "max-docx-size {max}, alle onderdelen samen",
    "max-docx-size {max}, all parts together",
);

/// Between two question numbers in a note: "vraag 5 en 6", "question 5 and 6".
pub const AND: Msg = Msg::new(" en ", " and ");

//! The text of a plain-text file: which encoding its bytes are in.
//!
//! - UTF-8, with or without a byte-order mark (the mark is not part of the
//!   text, so it takes no column on the first line);
//! - UTF-16 with a byte-order mark (Notepad's "Unicode");
//! - Windows-1252, the encoding of old Word and Windows exports: bytes that
//!   are not UTF-8 and no valid UTF-8 character beside them. Every byte is
//!   one character, so lines and columns are those of the file;
//! - anything else: UTF-8 with the bad bytes replaced by U+FFFD.
//!
//! Whatever is not plain UTF-8 comes with a note (the first bad byte and
//! its offset in the file), reported as `format/invalid-encoding`.

/// Decoded text, and what to say about its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Where (a byte offset into `text`) and what to report.
    pub note: Option<(usize, String)>,
}

const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

/// The text of `bytes`.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, u16::from_le_bytes, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, u16::from_be_bytes, "UTF-16BE");
    }
    match utf16_without_bom(bytes) {
        Some(Endian::Little) => return utf16(bytes, u16::from_le_bytes, "UTF-16LE"),
        Some(Endian::Big) => return utf16(bytes, u16::from_be_bytes, "UTF-16BE"),
        None => {}
    }
    let body = bytes.strip_prefix(BOM_UTF8).unwrap_or(bytes);
    let skipped = bytes.len() - body.len();
    match std::str::from_utf8(body) {
        Ok(s) => Decoded {
            text: s.to_string(),
            note: None,
        },
        Err(e) => {
            let at = e.valid_up_to();
            let bad = body.get(at).copied().unwrap_or(0);
            let file_offset = skipped + at;
            if looks_like_windows_1252(body) {
                // All bytes before the first bad one are ASCII, so its
                // offset in the text is its offset in the body.
                let text: String = body.iter().map(|&b| windows_1252(b)).collect();
                let end = at + windows_1252(bad).len_utf8();
                return Decoded {
                    note: Some((
                        at,
                        super::says::WINDOWS_1252.say(&[
                            ("byte", &format!("{bad:02X}")),
                            ("offset", &file_offset),
                            ("char", &text.get(at..end).unwrap_or("")),
                        ]),
                    )),
                    text,
                };
            }
            Decoded {
                text: String::from_utf8_lossy(body).into_owned(),
                note: Some((
                    at,
                    super::says::INVALID_UTF8
                        .say(&[("byte", &format!("{bad:02X}")), ("offset", &file_offset)]),
                )),
            }
        }
    }
}

enum Endian {
    Little,
    Big,
}

/// UTF-16 without a byte-order mark, by its NUL bytes: Dutch text is
/// almost all characters below U+0100, whose high byte is 0, so in UTF-16
/// every other byte is NUL and the others are not. (A UTF-8 text with a
/// few NUL bytes in it is not mistaken for it.)
fn utf16_without_bom(bytes: &[u8]) -> Option<Endian> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 4 >= pairs * 3 && even == 0 {
        Some(Endian::Little)
    } else if even * 4 >= pairs * 3 && odd == 0 {
        Some(Endian::Big)
    } else {
        None
    }
}

/// Not UTF-8, and not one valid multi-byte UTF-8 character in it: a
/// single-byte encoding. (A UTF-8 file with a few damaged bytes keeps its
/// other characters and is read as UTF-8.)
fn looks_like_windows_1252(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().all(|chunk| chunk.valid().is_ascii())
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Decoded {
    let units = bytes.chunks(2).map(|c| match c {
        [a, b] => unit([*a, *b]),
        // An odd byte at the end: not a character.
        _ => 0xfffd,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut first_bad = None;
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                first_bad.get_or_insert((text.len(), i * 2 + 2));
                text.push('\u{fffd}');
            }
        }
    }
    let odd = bytes.len() % 2 == 1;
    let note = match first_bad {
        Some((at, offset)) => Some((
            at,
            crate::document::says::BROKEN_CHARACTER.say(&[("name", &name), ("offset", &offset)]),
        )),
        None if odd => Some((
            text.len().saturating_sub('\u{fffd}'.len_utf8()),
            crate::document::says::ODD_BYTES.say(&[("name", &name)]),
        )),
        None => None,
    };
    Decoded { text, note }
}

/// A byte of Windows-1252 as a character. The five bytes the code page
/// leaves undefined map to the C1 controls of the same value, as browsers
/// do (WHATWG Encoding).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"ge\xc3\xafmporteerd").text, "geïmporteerd");
        let d = decode(b"\xef\xbb\xbfVraag");
        assert_eq!(d.text, "Vraag");
        assert_eq!(d.note, None);
    }

    #[test]
    fn windows_1252_exports() {
        let d = crate::lang::scoped(crate::lang::Lang::En, || {
            decode(b"ge\xefmporteerd \x80 5 \x93x\x94")
        });
        assert_eq!(d.text, "geïmporteerd € 5 “x”");
        let (at, message) = d.note.expect("a note");
        assert_eq!(at, 2);
        assert!(message.contains("Windows-1252"), "{message}");
        assert!(message.contains("0xEF at offset 2"), "{message}");
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let d = crate::lang::scoped(crate::lang::Lang::En, || {
            decode(b"financi\xc3\xable \xff sector")
        });
        assert_eq!(d.text, "financiële \u{fffd} sector");
        let (at, message) = d.note.expect("a note");
        assert_eq!(at, "financiële ".len());
        assert!(message.contains("0xFF at offset 12"), "{message}");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xff, 0xfe];
        for u in "1 Vraag?\r\nJa.".encode_utf16() {
            le.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&le).text, "1 Vraag?\r\nJa.");
        assert_eq!(decode(&le).note, None);
        let mut be = vec![0xfe, 0xff];
        for u in "ĳs".encode_utf16() {
            be.extend(u.to_be_bytes());
        }
        be.push(0);
        let d = decode(&be);
        assert_eq!(d.text, "ĳs\u{fffd}");
        assert!(d.note.is_some());
    }

    #[test]
    fn utf16_without_bom_by_its_nul_bytes() {
        let text = "1 Welke landen?\nDuitsland en België.\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).text, text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).text, text);
        // NUL bytes in UTF-8 text stay what they are.
        assert_eq!(
            decode(b"1 Welke\0 landen?\0\n").text,
            "1 Welke\0 landen?\0\n"
        );
    }
}

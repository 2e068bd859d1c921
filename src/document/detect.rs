//! Which format a file is in, by its content (not its extension), and
//! the reader for it.

use std::fmt;

use super::Document;

/// What a reader accepts: limits against zip bombs and runaway XML. Set
/// in `kamerlint.toml` `[limits]` ([`crate::config::Limits`]); a file
/// beyond one is not read, and [`read_with`] says which limit it hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// Most bytes in a file.
    pub file_size: u64,
    /// Most entries in a .docx archive.
    pub docx_entries: usize,
    /// Most decompressed bytes read from a .docx, all parts together.
    pub docx_size: u64,
    /// Most bytes of one part of a .docx, decompressed.
    pub docx_part_size: u64,
    /// Deepest element nesting in XML (official XML and Word's parts).
    pub xml_depth: usize,
    /// Most nodes in one XML document (official XML and Word's parts).
    pub xml_nodes: u32,
    /// Most bytes of official XML, with its entities expanded.
    pub xml_size: u64,
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            file_size: MAX_FILE_SIZE,
            docx_entries: super::docx::MAX_ENTRIES,
            docx_size: super::docx::MAX_TOTAL,
            docx_part_size: super::docx::MAX_PART,
            xml_depth: super::xml::MAX_DEPTH,
            xml_nodes: super::xml::MAX_NODES,
            xml_size: super::xml::MAX_XML_BYTES as u64,
        }
    }
}

/// Largest file read by default (`max-file-size`).
pub const MAX_FILE_SIZE: u64 = 64 << 20;

/// What the bytes look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    Text,
    /// A zip archive: a .docx when it has word/document.xml.
    Zip,
    /// XML (`<?xml` or a tag first).
    Xml,
    Pdf,
    /// A legacy Word .doc (OLE compound file).
    LegacyWord,
    Rtf,
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    pub message: String,
}

impl ReadError {
    pub fn new(message: impl Into<String>) -> Self {
        ReadError {
            message: message.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ReadError {}

/// The format of `bytes`, by their first bytes.
pub fn detect(bytes: &[u8]) -> Detected {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Detected::Zip;
    }
    if bytes.starts_with(b"%PDF") {
        return Detected::Pdf;
    }
    if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) {
        return Detected::LegacyWord;
    }
    if bytes.starts_with(b"{\\rtf") {
        return Detected::Rtf;
    }
    let rest = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = rest
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let rest = &rest[start..];
    if rest.starts_with(b"<?xml") || starts_with_official_root(rest) {
        return Detected::Xml;
    }
    Detected::Text
}

fn starts_with_official_root(bytes: &[u8]) -> bool {
    super::xml::ROOTS.iter().any(|root| {
        bytes
            .strip_prefix(b"<")
            .and_then(|b| b.strip_prefix(root.as_bytes()))
            .is_some_and(|b| matches!(b.first(), Some(b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'/')))
    })
}

/// Reads `bytes` with the reader for their format, within the default
/// limits.
pub fn read(path: &str, bytes: &[u8]) -> Result<Document, ReadError> {
    read_with(path, bytes, &ReadLimits::default())
}

/// Reads `bytes` with the reader for their format, within `limits`.
pub fn read_with(path: &str, bytes: &[u8], limits: &ReadLimits) -> Result<Document, ReadError> {
    if bytes.len() as u64 > limits.file_size {
        return Err(ReadError::new(
            super::says::TOO_LARGE.say(&[("size", &bytes.len()), ("max", &limits.file_size)]),
        ));
    }
    match detect(bytes) {
        Detected::Text => Ok(super::text::read(path, bytes)),
        Detected::Zip => super::docx::read_with(path, bytes, limits),
        Detected::Xml => super::xml::read_with(path, bytes, limits),
        Detected::Pdf => Err(ReadError::new(super::says::PDF.text())),
        Detected::LegacyWord => Err(ReadError::new(super::says::LEGACY_WORD.text())),
        Detected::Rtf => Err(ReadError::new(super::says::RTF.text())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_content() {
        assert_eq!(detect(b"PK\x03\x04rest"), Detected::Zip);
        assert_eq!(detect(b"%PDF-1.7"), Detected::Pdf);
        assert_eq!(
            detect(b"\xef\xbb\xbf<?xml version=\"1.0\"?>"),
            Detected::Xml
        );
        assert_eq!(detect(b"  <officiele-publicatie>"), Detected::Xml);
        assert_eq!(detect(b"<kamerstuk\n>"), Detected::Xml);
        assert_eq!(detect(b"<kamerstukken>"), Detected::Text);
        assert_eq!(detect(b"1 Kan worden aangegeven?"), Detected::Text);
        assert_eq!(detect(b""), Detected::Text);
        assert_eq!(detect(b"{\\rtf1"), Detected::Rtf);
    }

    #[test]
    fn pdf_says_how_to_check_it() {
        let err = read("x.pdf", b"%PDF-1.4\n...").unwrap_err();
        assert!(err.message.contains("pdftotext"), "{err}");
    }
}

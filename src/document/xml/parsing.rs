//! Safe XML parsing, shared with the Word reader: bounded depth and node count, UTF-8 text.

use super::HARD_MAX_DEPTH;
use crate::document::detect::ReadError;
use crate::document::says;

/// Parses XML with the limits above. `allow_dtd` admits an internal DTD
/// subset (its entities are expanded with roxmltree's loop and
/// billion-laughs limits; external ones are never fetched). Elements may
/// nest `limits.xml_depth` deep, and a document has at most
/// `limits.xml_nodes` nodes.
pub(crate) fn parse<'i>(
    text: &'i str,
    allow_dtd: bool,
    limits: &crate::document::detect::ReadLimits,
) -> Result<roxmltree::Document<'i>, ReadError> {
    let max_depth = limits.xml_depth.min(HARD_MAX_DEPTH);
    let options = roxmltree::ParsingOptions {
        allow_dtd,
        nodes_limit: limits.xml_nodes,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| match e {
        roxmltree::Error::NodesLimitReached => {
            ReadError::new(says::XML_NODES.say(&[("max", &limits.xml_nodes)]))
        }
        e => ReadError::new(says::XML_MALFORMED.say(&[("error", &e)])),
    })?;
    // Nesting depth, without recursion.
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > max_depth {
            return Err(ReadError::new(says::XML_DEPTH.say(&[("max", &max_depth)])));
        }
        for child in node.children().filter(|c| c.is_element()) {
            stack.push((child, depth + 1));
        }
    }
    Ok(doc)
}

/// The text of XML bytes: UTF-8, with a byte-order mark removed.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, ReadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    std::str::from_utf8(bytes)
        .map_err(|e| ReadError::new(says::XML_NOT_UTF8.say(&[("offset", &e.valid_up_to())])))
}

//! Plain-text reader (stub; being written).
use std::sync::Arc;

use super::*;

pub fn read(path: &str, bytes: &[u8]) -> Document {
    let text: Arc<str> = String::from_utf8_lossy(bytes).into();
    let lines = LineIndex::new(&text);
    Document {
        path: path.to_string(),
        format: Format::Text,
        layout: Layout::None,
        text,
        lines,
        meta: Meta::default(),
        front_matter: None,
        entries: Vec::new(),
        markers: Vec::new(),
        definitions: Vec::new(),
        furniture: Vec::new(),
        unplaced: Vec::new(),
        notes: Vec::new(),
    }
}

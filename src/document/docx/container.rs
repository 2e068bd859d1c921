//! The zip container: its parts, read within the size limits, and their relationships.

use crate::document::says;
use std::collections::HashMap;
use std::io::{Cursor, Read};

use super::{attr, local};
use crate::document::detect::{ReadError, ReadLimits};
use crate::document::xml::{parse, utf8};

/// The parts of the archive, read with limits.
pub(super) struct Parts<'a> {
    archive: zip::ZipArchive<Cursor<&'a [u8]>>,
    read_total: u64,
    /// Most decompressed bytes over all parts.
    max_total: u64,
    /// Most decompressed bytes of one part.
    max_part: u64,
    limits: ReadLimits,
}

impl<'a> Parts<'a> {
    pub(super) fn open(bytes: &'a [u8], limits: &ReadLimits) -> Result<Self, ReadError> {
        let archive = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ReadError::new(says::NOT_ZIP.say(&[("error", &e)])))?;
        if archive.len() > limits.docx_entries {
            return Err(ReadError::new(says::TOO_MANY_ENTRIES.say(&[
                ("entries", &archive.len()),
                ("max", &limits.docx_entries),
            ])));
        }
        Ok(Parts {
            archive,
            read_total: 0,
            max_total: limits.docx_size,
            max_part: limits.docx_part_size,
            limits: *limits,
        })
    }

    /// A part as text, or `None` when the archive does not have it.
    pub(super) fn read(&mut self, name: &str) -> Result<Option<String>, ReadError> {
        let name = name.trim_start_matches('/');
        let mut file = match self.archive.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(ReadError::new(
                    says::PART_UNREADABLE.say(&[("name", &name), ("error", &e)]),
                ))
            }
        };
        let left = self.max_total.saturating_sub(self.read_total);
        let (budget, limit) = if self.max_part <= left {
            (
                self.max_part,
                format!("max-docx-part-size {}", self.max_part),
            )
        } else {
            (left, says::ALL_PARTS.say(&[("max", &self.max_total)]))
        };
        let mut bytes = Vec::new();
        (&mut file)
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                ReadError::new(says::PART_UNREADABLE.say(&[("name", &name), ("error", &e)]))
            })?;
        if bytes.len() as u64 > budget {
            return Err(ReadError::new(says::ZIP_BOMB.say(&[
                ("name", &name),
                ("budget", &budget),
                ("limit", &limit),
            ])));
        }
        self.read_total += bytes.len() as u64;
        let text = utf8(&bytes)
            .map_err(|e| ReadError::new(says::PART_ERROR.say(&[("name", &name), ("error", &e)])))?
            .to_string();
        Ok(Some(text))
    }

    /// Relationship id → target of a relationships part.
    pub(super) fn relationships(
        &mut self,
        rels: &str,
    ) -> Result<HashMap<String, String>, ReadError> {
        let mut out = HashMap::new();
        let Some(xml) = self.read(rels)? else {
            return Ok(out);
        };
        let tree = parse(&xml, false, &self.limits)?;
        for r in tree.descendants().filter(|n| local(n) == "Relationship") {
            if let (Some(id), Some(target)) = (attr(&r, "Id"), attr(&r, "Target")) {
                out.insert(id.to_string(), target.to_string());
            }
        }
        Ok(out)
    }

    /// The target of the first relationship of a type ending in `/kind`,
    /// as a path inside the archive.
    pub(super) fn relationship_target(
        &mut self,
        rels: &str,
        dir: &str,
        kind: &str,
    ) -> Result<Option<String>, ReadError> {
        let Some(xml) = self.read(rels)? else {
            return Ok(None);
        };
        let tree = parse(&xml, false, &self.limits)?;
        let suffix = format!("/{kind}");
        let target = tree
            .descendants()
            .filter(|n| local(n) == "Relationship")
            .find(|r| attr(r, "Type").is_some_and(|t| t.ends_with(&suffix)))
            .and_then(|r| attr(&r, "Target"));
        Ok(target.map(|t| {
            if let Some(abs) = t.strip_prefix('/') {
                abs.to_string()
            } else if dir.is_empty() {
                t.to_string()
            } else {
                format!("{dir}/{t}")
            }
        }))
    }
}

/// `word/document.xml` → `word/_rels/document.xml.rels`.
pub(super) fn rels_path(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rels_paths() {
        assert_eq!(
            rels_path("word/document.xml"),
            "word/_rels/document.xml.rels"
        );
        assert_eq!(rels_path("document.xml"), "_rels/document.xml.rels");
    }
}

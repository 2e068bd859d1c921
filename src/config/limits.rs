//! `[limits]` of `kamerlint.toml`: the limits a project sets on a run, and
//! the checks of their values. Separate from the loading of the file: the
//! readers and the run take the limits, not the rest of the configuration.

use serde::Deserialize;

use crate::rules::declarative;

/// Limits a project sets on a run. Every limit that is hit is said: a file
/// beyond a reading limit is reported and not checked, a check past its
/// time budget stops with `structure/time-budget`, a rule file whose
/// pattern is too large is a configuration error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Limits {
    /// Exit with status 1 when more warnings than this are reported
    /// (`--max-warnings` wins).
    pub max_warnings: Option<usize>,
    /// Files larger than this many bytes are reported and not read
    /// (default [`crate::document::detect::MAX_FILE_SIZE`]).
    pub max_file_size: Option<u64>,
    /// Most entries in a .docx archive (default 10 000).
    pub max_docx_entries: Option<usize>,
    /// Most bytes a .docx decompresses to, all parts read together
    /// (default 192 MiB).
    pub max_docx_size: Option<u64>,
    /// Most bytes one part of a .docx decompresses to (default 64 MiB).
    pub max_docx_part_size: Option<u64>,
    /// Deepest element nesting in XML (default 200, at most 1000).
    #[serde(default, deserialize_with = "xml_depth")]
    pub max_xml_depth: Option<usize>,
    /// Most bytes of official XML, with its internal entities expanded
    /// (default 64 MiB).
    pub max_xml_size: Option<u64>,
    /// Most nodes of one XML document: official XML, or one part of a
    /// .docx (default 4 000 000).
    #[serde(default, deserialize_with = "xml_nodes")]
    pub max_xml_nodes: Option<u32>,
    /// Most bytes a pattern of a rule file may compile to (the regex
    /// crate's size limit; default [`declarative::REGEX_SIZE`]).
    #[serde(default, deserialize_with = "regex_size")]
    pub max_regex_size: Option<usize>,
    /// Milliseconds one file's check may take before it stops (default
    /// [`crate::rules::limits::TIME_BUDGET`]); 0 stops before the first rule.
    pub time_budget_ms: Option<u64>,
}

impl Limits {
    /// The limits of the readers.
    pub fn read_limits(&self) -> crate::document::detect::ReadLimits {
        let default = crate::document::detect::ReadLimits::default();
        crate::document::detect::ReadLimits {
            file_size: self.max_file_size.unwrap_or(default.file_size),
            docx_entries: self.max_docx_entries.unwrap_or(default.docx_entries),
            docx_size: self.max_docx_size.unwrap_or(default.docx_size),
            docx_part_size: self.max_docx_part_size.unwrap_or(default.docx_part_size),
            xml_depth: self.max_xml_depth.unwrap_or(default.xml_depth),
            xml_size: self.max_xml_size.unwrap_or(default.xml_size),
            xml_nodes: self.max_xml_nodes.unwrap_or(default.xml_nodes),
        }
    }

    /// How long one file's check may take.
    pub fn time_budget(&self) -> std::time::Duration {
        self.time_budget_ms.map_or(
            crate::rules::limits::TIME_BUDGET,
            std::time::Duration::from_millis,
        )
    }

    /// The size limit of the patterns of rule files.
    pub fn regex_size(&self) -> usize {
        self.max_regex_size.unwrap_or(declarative::REGEX_SIZE)
    }
}

const XML_DEPTH: crate::lang::Msg = crate::lang::Msg::new(
    "max-xml-depth ligt tussen 1 en {max}",
    "max-xml-depth is between 1 and {max}",
);
const XML_NODES: crate::lang::Msg = crate::lang::Msg::new(
    "max-xml-nodes ligt tussen 1 en {max}",
    "max-xml-nodes is between 1 and {max}",
);
const REGEX_SIZE: crate::lang::Msg = crate::lang::Msg::new(
    "max-regex-size is ten minste 1024 (bytes van een gecompileerd patroon)",
    "max-regex-size is at least 1024 (bytes of a compiled pattern)",
);

fn xml_depth<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    let depth = usize::deserialize(d)?;
    let max = crate::document::xml::HARD_MAX_DEPTH;
    if depth == 0 || depth > max {
        return Err(serde::de::Error::custom(XML_DEPTH.say(&[("max", &max)])));
    }
    Ok(Some(depth))
}

fn xml_nodes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let nodes = u64::deserialize(d)?;
    match u32::try_from(nodes) {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(serde::de::Error::custom(
            XML_NODES.say(&[("max", &u32::MAX)]),
        )),
    }
}

fn regex_size<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    let size = usize::deserialize(d)?;
    if size < 1024 {
        return Err(serde::de::Error::custom(REGEX_SIZE.text()));
    }
    Ok(Some(size))
}

use super::RuleMeta;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

pub const RULES: &[RuleMeta] = &[];

pub fn check(_doc: &Document, _out: &mut Vec<Diagnostic>) {}

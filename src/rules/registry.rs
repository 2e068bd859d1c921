//! The one list of rule families. Everything that enumerates rules derives
//! from [`FAMILIES`]: [`super::all`] (every built-in rule), the categories a
//! rule id or a `[rules]` level may name, the order the families run in,
//! and which families take `[settings.NAME]` tables. A new built-in rule is
//! one entry in its family's `rules`; a new family is one line here.

use super::draft::Versions;
use super::RuleMeta;
use crate::diagnostic::Diagnostic;
use crate::document::Document;

/// A family's check: appends the diagnostics of its rules.
pub type Check = fn(&Document, &mut Vec<Diagnostic>);

/// A family's check that needs the rule set: the family's settings, or
/// whether its rules are on before it loads anything costly.
pub type CheckConfigured = fn(&Document, &super::set::RuleSet, &mut Vec<Diagnostic>);

/// A family's check of a draft against other documents (the committee's
/// list, the previous version): appends the diagnostics of its rules.
pub type Compare = fn(&Document, &Versions, &mut Vec<Diagnostic>);

/// A family's settings check: deserializes the merged `[settings.NAME]`
/// table into the family's struct, or says why it cannot
/// ([`crate::rules::settings::validate_as`]).
pub type ValidateSettings = fn(&toml::Table) -> Result<(), String>;

/// One rule family: the category of its rule ids (`NAME/rule`).
#[derive(Debug, Clone, Copy)]
pub struct Family {
    /// The category: `footnote` for `footnote/undefined`.
    pub name: &'static str,
    /// Its built-in rules (declarative rules of the category come from rule
    /// files and are not listed here).
    pub rules: &'static [&'static RuleMeta],
    /// The built-in check, `None` for a category whose rules are all
    /// declarative (`rules/*.toml`).
    pub check: Option<Check>,
    /// The family's `[settings.NAME]` table, if it takes one.
    pub settings: Option<ValidateSettings>,
    /// The check against other documents, run when they are given
    /// (`--questions`, `--previous`).
    pub compare: Option<Compare>,
}

/// Every family, in the order their checks run (the diagnostics are sorted
/// afterwards; the order matters only for the time budget, which skips the
/// families not reached).
pub const FAMILIES: &[Family] = &[
    super::structure::FAMILY,
    super::xref::FAMILY,
    super::footnote::FAMILY,
    super::total::FAMILY,
    super::figure::FAMILY,
    super::format::FAMILY,
    super::draft::FAMILY,
    super::header::FAMILY,
    super::answer::FAMILY,
    super::text::FAMILY,
    super::names::FAMILY,
    super::spelling::FAMILY,
    Family::declarative("citation"),
    Family::declarative("placeholder"),
    Family::declarative("style"),
];

/// The families whose check takes the rule set ([`CheckConfigured`]),
/// by name; their `check` in [`FAMILIES`] is `None`.
pub const CONFIGURED: &[(&str, CheckConfigured)] = &[("spelling", super::spelling::check)];

/// The check of family `name` that takes the rule set, if it has one.
pub fn configured(name: &str) -> Option<CheckConfigured> {
    CONFIGURED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

impl Family {
    /// A category whose rules all come from rule files.
    pub const fn declarative(name: &'static str) -> Family {
        Family {
            name,
            rules: &[],
            check: None,
            settings: None,
            compare: None,
        }
    }
}

/// Whether `name` is a category of rule ids.
pub fn is_category(name: &str) -> bool {
    FAMILIES.iter().any(|f| f.name == name)
}

/// The categories, in run order, for messages.
pub fn categories() -> Vec<&'static str> {
    FAMILIES.iter().map(|f| f.name).collect()
}

/// The families that take a `[settings.NAME]` table.
pub fn with_settings() -> impl Iterator<Item = (&'static str, ValidateSettings)> {
    FAMILIES
        .iter()
        .filter_map(|f| f.settings.map(|validate| (f.name, validate)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_is_in_the_family_its_id_names() {
        for family in FAMILIES {
            for rule in family.rules {
                assert_eq!(
                    rule.id.split_once('/').map(|(c, _)| c),
                    Some(family.name),
                    "{} is listed under {}",
                    rule.id,
                    family.name
                );
            }
        }
        let mut names = categories();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FAMILIES.len(), "a family is listed twice");
    }
}

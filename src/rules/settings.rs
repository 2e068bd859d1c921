//! Parameters of the built-in rule families: `[settings.FAMILY]` tables.
//!
//! A family that has parameters (tolerance mode, scale words, synonym lists,
//! ...) declares a serde struct for them and names it in its
//! [`crate::rules::registry::Family`]:
//!
//! ```ignore
//! #[derive(Deserialize)]
//! #[serde(deny_unknown_fields, rename_all = "kebab-case")]
//! pub struct FigureSettings { pub tolerance: Tolerance, pub scale_words: Vec<String> }
//!
//! // in the family's descriptor:
//! settings: Some(validate_as::<FigureSettings>),
//!
//! // in the family's check:
//! let settings: FigureSettings = rules.settings().get("figure")?;
//! ```
//!
//! The defaults are a `[settings.figure]` table in a rule file under
//! `rules/` (compiled into the binary). A project overrides single keys in
//! a rule file of its own rule folders, or in `kamerlint.toml`; later
//! layers win key by key, nested tables are merged. The merged table is
//! deserialized into the family's struct when the configuration is loaded,
//! so an unknown key or a wrong type is a configuration error (exit 2)
//! pointing at the table that set it, never a surprise while checking. A
//! table for a family that is not registered is an error too.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

/// Deserializes `table` as `T`, for a family's `settings`.
pub fn validate_as<T: DeserializeOwned>(table: &toml::Table) -> Result<(), String> {
    T::deserialize(toml::Value::Table(table.clone()))
        .map(|_| ())
        .map_err(|e| e.message().trim().to_string())
}

/// The merged settings tables of every layer, by family.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Settings {
    tables: BTreeMap<String, toml::Table>,
}

impl Settings {
    /// The family's settings deserialized into its struct. Validated when
    /// the configuration was loaded, so this fails only for a family that
    /// takes no settings.
    pub fn get<T: DeserializeOwned>(&self, family: &str) -> Result<T, toml::de::Error> {
        let table = self.tables.get(family).cloned().unwrap_or_default();
        T::deserialize(toml::Value::Table(table))
    }

    /// The merged table of a family (empty when nothing set it).
    pub fn table(&self, family: &str) -> Option<&toml::Table> {
        self.tables.get(family)
    }

    /// The families that have a table.
    pub fn families(&self) -> impl Iterator<Item = &str> {
        self.tables.keys().map(String::as_str)
    }

    /// Lays `table` over the family's current table: its keys win, nested
    /// tables are merged key by key.
    pub fn merge(&mut self, family: &str, table: toml::Table) {
        let current = self.tables.entry(family.to_string()).or_default();
        merge_tables(current, table);
    }
}

fn merge_tables(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge_tables(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> toml::Table {
        toml::from_str(text).unwrap_or_default()
    }

    #[test]
    fn later_layers_win_key_by_key() {
        let mut s = Settings::default();
        s.merge(
            "figure",
            table("tolerance = \"rounding\"\n[scale]\nmln = 6\nmld = 9\n"),
        );
        s.merge(
            "figure",
            table("tolerance = \"exact\"\n[scale]\nmld = 9\nbiljoen = 12\n"),
        );
        let merged = s.table("figure").cloned().unwrap_or_default();
        assert_eq!(
            merged,
            table("tolerance = \"exact\"\n[scale]\nmln = 6\nmld = 9\nbiljoen = 12\n")
        );
    }

    #[test]
    fn a_family_reads_its_own_struct() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        #[serde(deny_unknown_fields, rename_all = "kebab-case")]
        struct Demo {
            scale_words: Vec<String>,
            #[serde(default)]
            strict: bool,
        }
        let mut s = Settings::default();
        s.merge("demo", table("scale-words = [\"mln\", \"mld\"]\n"));
        let demo: Demo = s.get("demo").expect("valid");
        assert_eq!(demo.scale_words, ["mln", "mld"]);
        assert!(!demo.strict);
        s.merge("demo", table("strikt = true\n"));
        let merged = s.table("demo").cloned().unwrap_or_default();
        let error = validate_as::<Demo>(&merged).expect_err("unknown key");
        assert!(error.contains("strikt"), "{error}");
    }
}

//! Configuration: `kamerlint.toml` and the rule files it adds.
//!
//! ```toml
//! profile = "final"                  # draft (default) or final
//! rule-folders = ["kamerlint-rules"] # more rule files, relative to this file
//! questions = "vragen-commissie.docx" # the committee's list, relative to this file
//!
//! [rules]                            # per rule id or per category
//! "style/spelling-variant" = "off"
//! "footnote/detached-marker" = "info"
//! placeholder = "error"
//!
//! [limits]
//! max-warnings = 20                  # exit 1 above this many warnings
//! max-file-size = 20000000           # bytes; larger files are not read
//! max-docx-entries = 10000           # entries of a .docx archive
//! max-docx-size = 201326592          # bytes a .docx decompresses to
//! max-docx-part-size = 67108864      # bytes one part of a .docx decompresses to
//! max-xml-depth = 200                # element nesting in XML
//! max-xml-size = 67108864            # bytes of XML, entities expanded
//! max-xml-nodes = 4000000             # nodes of one XML document
//! max-regex-size = 2097152           # bytes a rule file's pattern compiles to
//! time-budget-ms = 60000             # one file's check, then it stops
//!
//! [settings.figure]                  # parameters of a rule family
//! tolerance = "rounding"
//! ```
//!
//! The configuration of a file is the `kamerlint.toml` nearest above it
//! ([`Config::discover`]), or the one given with `--config`. Unknown keys,
//! unknown rule ids and invalid values are errors ([`ConfigError`]) that
//! point into the file; nothing is silently ignored.

mod keys;
mod limits;
mod names;
mod resolver;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use toml::Spanned;

pub use crate::error::ConfigError;
pub use crate::rules::set::Profile;
pub use crate::rules::settings;
pub use limits::Limits;
pub use names::{display_path, edit_distance};
pub use resolver::Resolver;

use crate::rules::declarative::{self, LevelSetting, Loaded, Origin};
use crate::rules::registry;
use crate::rules::set::{Level, RuleSet};
use crate::rules::settings::Settings;

/// The name of the configuration file looked for above each checked file.
pub const FILE_NAME: &str = "kamerlint.toml";

/// `kamerlint.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct File {
    profile: Option<Profile>,
    #[serde(default)]
    rule_folders: Vec<Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Level>,
    #[serde(default)]
    limits: Limits,
    #[serde(default)]
    settings: BTreeMap<Spanned<String>, Spanned<toml::Table>>,
    questions: Option<String>,
}

/// A loaded configuration: the rules in force and the limits.
#[derive(Debug, Clone)]
pub struct Config {
    /// The `kamerlint.toml` it was read from; `None` for the defaults.
    pub path: Option<PathBuf>,
    /// Its rule folders, as found (`kamerlint watch` reloads when a file in
    /// one changes).
    pub rule_folders: Vec<PathBuf>,
    pub rules: RuleSet,
    pub limits: Limits,
    /// The committee's list of questions the drafts are checked against
    /// (`questions = "..."`, relative to the file; `--questions` wins).
    pub questions: Option<PathBuf>,
}

impl Config {
    /// The default configuration (every default rule file, draft profile),
    /// compiled once per process.
    pub fn standard() -> &'static Config {
        static STANDARD: OnceLock<Config> = OnceLock::new();
        STANDARD.get_or_init(|| {
            // The default rule files are tested (tests/declarative.rs); if
            // they ever failed to load, the built-in rules still run.
            Config::defaults().unwrap_or_else(|_| Config {
                path: None,
                rule_folders: Vec::new(),
                rules: RuleSet::builtin_only(),
                limits: Limits::default(),
                questions: None,
            })
        })
    }

    /// Compiles the default rule files.
    pub fn defaults() -> Result<Config, ConfigError> {
        let layers = default_layers()?;
        build(
            layers,
            Vec::new(),
            Vec::new(),
            Profile::Draft,
            Limits::default(),
        )
    }

    /// Reads a `kamerlint.toml`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = display_path(path);
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError::file(&shown, says::UNREADABLE.say(&[("error", &e)])))?;
        let base = path.parent().unwrap_or(Path::new("."));
        Config::parse(&shown, base, &text).map(|mut c| {
            c.path = Some(path.to_path_buf());
            c
        })
    }

    /// Reads configuration text; rule folders are relative to `base`.
    pub fn parse(shown: &str, base: &Path, text: &str) -> Result<Config, ConfigError> {
        keys::check(shown, text)?;
        let file: File =
            toml::from_str(text).map_err(|e| ConfigError::from_toml(shown, text, &e))?;
        let mut layers = default_layers()?;
        let mut project = Vec::new();
        for folder in &file.rule_folders {
            project.extend(load_folder(
                shown,
                text,
                base,
                folder,
                file.limits.regex_size(),
            )?);
        }
        layers.extend(project.iter().cloned());
        let own_settings: Vec<declarative::SettingsTable> = file
            .settings
            .into_iter()
            .map(|(family, table)| declarative::SettingsTable {
                origin: Origin::new(shown, text, family.span()),
                family: family.into_inner(),
                table: table.into_inner(),
            })
            .collect();
        let own_levels: Vec<LevelSetting> = file
            .rules
            .into_iter()
            .map(|(key, level)| LevelSetting {
                origin: Origin::new(shown, text, key.span()),
                key: key.into_inner(),
                level,
            })
            .collect();
        let folders = file
            .rule_folders
            .iter()
            .map(|f| base.join(f.get_ref()))
            .collect();
        let questions = file.questions.as_ref().map(|q| base.join(q));
        build(
            layers,
            own_settings,
            own_levels,
            file.profile.unwrap_or_default(),
            file.limits,
        )
        .map(|mut c| {
            c.rule_folders = folders;
            c.questions = questions;
            c
        })
    }

    /// The nearest `kamerlint.toml` in `start` (a file's directory) or
    /// above it.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let start = std::path::absolute(start).unwrap_or_else(|_| start.to_path_buf());
        let mut dir = Some(start.as_path());
        while let Some(d) = dir {
            let candidate = d.join(FILE_NAME);
            if candidate.is_file() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        None
    }

    pub fn profile(&self) -> Profile {
        self.rules.profile()
    }

    /// The same configuration under another profile (`--profile`).
    pub fn with_profile(mut self, profile: Profile) -> Self {
        self.rules = self.rules.with_profile(profile);
        self
    }
}

/// The rule files compiled into the binary.
fn default_layers() -> Result<Vec<Loaded>, ConfigError> {
    declarative::DEFAULT_FILES
        .iter()
        .map(|(name, text)| declarative::load(name, text))
        .collect()
}

/// Every `*.toml` of a rule folder, in sorted order.
fn load_folder(
    shown: &str,
    config_text: &str,
    base: &Path,
    folder: &Spanned<String>,
    regex_size: usize,
) -> Result<Vec<Loaded>, ConfigError> {
    let dir = base.join(folder.get_ref());
    let entries = std::fs::read_dir(&dir).map_err(|e| {
        ConfigError::at(
            shown,
            config_text,
            folder.span(),
            says::NO_FOLDER.say(&[("folder", &display_path(&dir)), ("error", &e)]),
            says::THIS_FOLDER.text(),
        )
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .collect();
    paths.sort();
    let mut loaded = Vec::new();
    for path in paths {
        let name = display_path(&path);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ConfigError::file(&name, says::NO_RULE_FILE.say(&[("error", &e)])))?;
        loaded.push(declarative::load_with(&name, &text, regex_size)?);
    }
    Ok(loaded)
}

/// What the configuration's errors say, in both languages.
mod says {
    use crate::lang::Msg;

    pub const UNREADABLE: Msg = Msg::new(
        "de configuratie kan niet gelezen worden: {error}",
        "cannot read the configuration: {error}",
    );
    pub const NO_FOLDER: Msg = Msg::new(
        "de regelmap {folder} kan niet gelezen worden: {error}",
        "cannot read the rule folder {folder}: {error}",
    );
    pub const THIS_FOLDER: Msg = Msg::new("deze map", "this folder");
    pub const NO_RULE_FILE: Msg = Msg::new(
        "het regelbestand kan niet gelezen worden: {error}",
        "cannot read the rule file: {error}",
    );
    pub const BUILT_IN: Msg = Msg::new(
        "{id} is een ingebouwde regel en kan niet opnieuw worden gedefinieerd",
        "{id} is a built-in rule and cannot be redefined",
    );
    pub const THIS_ID: Msg = Msg::new("deze id", "this id");
    pub const BUILT_IN_HELP: Msg = Msg::new(
        "kies een andere id; een ingebouwde regel wordt uitgezet of krijgt een ander niveau in \
         kamerlint.toml [rules]",
        "choose another id; a built-in rule is switched off or given another severity in \
         kamerlint.toml [rules]",
    );
    pub const TWICE: Msg = Msg::new(
        "regel {id} is twee keer gedefinieerd in dit bestand",
        "rule {id} is defined twice in this file",
    );
    pub const SECOND: Msg = Msg::new("tweede definitie", "second definition");
    pub const NO_SETTINGS_YET: Msg = Msg::new(
        "nog geen enkele regelfamilie heeft instellingen",
        "no rule family takes settings yet",
    );
    pub const WITH_SETTINGS: Msg = Msg::new(
        "families met instellingen: {families}",
        "families with settings: {families}",
    );
    pub const NO_SETTINGS: Msg = Msg::new(
        "de regelfamilie `{family}` heeft geen instellingen",
        "no rule family `{family}` takes settings",
    );
    pub const UNKNOWN_FAMILY: Msg = Msg::new("onbekende familie", "unknown family");
    pub const INVALID_SETTINGS: Msg = Msg::new(
        "ongeldige [settings.{family}]: {error}",
        "invalid [settings.{family}]: {error}",
    );
    pub const IN_SETTINGS: Msg = Msg::new("in deze instellingen", "in these settings");
    pub const UNKNOWN_RULE: Msg = Msg::new(
        "onbekende regel of categorie `{name}`",
        "unknown rule or category `{name}`",
    );
    pub const NOT_RULE: Msg = Msg::new("geen regel-id", "not a rule id");
    pub const RULE_HELP: Msg = Msg::new(
        "`kamerlint rules` geeft elke regel-id; een categorie is een van {categories}",
        "run `kamerlint rules` for every rule id; a category is one of {categories}",
    );
    pub const DID_YOU_MEAN: Msg = Msg::new("bedoelt u {ids}?", "did you mean {ids}?");
}

/// Puts the layers together: rules by id (a later layer may redefine a
/// declarative rule of an earlier one, never a built-in rule), settings
/// merged and validated, levels checked against the known rules.
fn build(
    layers: Vec<Loaded>,
    own_settings: Vec<declarative::SettingsTable>,
    own_levels: Vec<LevelSetting>,
    profile: Profile,
    limits: Limits,
) -> Result<Config, ConfigError> {
    let builtin: Vec<&'static str> = crate::rules::all().into_iter().map(|r| r.id).collect();
    let mut rules: BTreeMap<&'static str, declarative::Rule> = BTreeMap::new();
    let mut settings = Settings::default();
    let mut last_origin: BTreeMap<String, Origin> = BTreeMap::new();
    let mut all_tables = Vec::new();
    let mut levels = Vec::new();
    for layer in layers {
        levels.extend(layer.levels);
        let mut seen_in_layer: BTreeSet<&'static str> = BTreeSet::new();
        for rule in layer.rules {
            let id = rule.info.id;
            if builtin.contains(&id) {
                return Err(rule
                    .id_origin()
                    .error(says::BUILT_IN.say(&[("id", &id)]), says::THIS_ID.text())
                    .with_help(says::BUILT_IN_HELP.text()));
            }
            if !seen_in_layer.insert(id) {
                return Err(rule
                    .id_origin()
                    .error(says::TWICE.say(&[("id", &id)]), says::SECOND.text()));
            }
            // A rule of a later layer (a project folder) replaces a default
            // rule with the same id.
            rules.insert(id, rule);
        }
        all_tables.extend(layer.settings);
    }
    all_tables.extend(own_settings);
    for table in all_tables {
        if !registry::with_settings().any(|(name, _)| name == table.family) {
            let known: Vec<&str> = registry::with_settings().map(|(name, _)| name).collect();
            let help = if known.is_empty() {
                says::NO_SETTINGS_YET.to_string()
            } else {
                says::WITH_SETTINGS.say(&[("families", &known.join(", "))])
            };
            return Err(table
                .origin
                .error(
                    says::NO_SETTINGS.say(&[("family", &table.family)]),
                    says::UNKNOWN_FAMILY.text(),
                )
                .with_help(help));
        }
        last_origin.insert(table.family.clone(), table.origin.clone());
        settings.merge(&table.family, table.table);
    }
    for (name, validate) in registry::with_settings() {
        if let Some(table) = settings.table(name) {
            if let Err(message) = validate(table) {
                let origin = last_origin.get(name).cloned().unwrap_or_default();
                return Err(origin.error(
                    says::INVALID_SETTINGS.say(&[("family", &name), ("error", &message)]),
                    says::IN_SETTINGS.text(),
                ));
            }
        }
    }

    let known: Vec<&'static str> = builtin
        .iter()
        .copied()
        .chain(rules.keys().copied())
        .collect();
    let mut checked = BTreeMap::new();
    levels.extend(own_levels);
    for LevelSetting { key, level, origin } in levels {
        let name = &key;
        let is_rule = known.contains(&name.as_str());
        let is_category = !name.contains('/') && registry::is_category(name);
        if !is_rule && !is_category {
            let mut scored: Vec<(usize, &str)> = known
                .iter()
                .map(|id| (edit_distance(name, id), *id))
                .filter(|(d, id)| *d <= 3 || id.ends_with(&format!("/{name}")))
                .collect();
            scored.sort();
            let close: Vec<&str> = scored.into_iter().take(3).map(|(_, id)| id).collect();
            let mut e = origin.error(
                says::UNKNOWN_RULE.say(&[("name", name)]),
                says::NOT_RULE.text(),
            );
            e = if close.is_empty() {
                e.with_help(
                    says::RULE_HELP.say(&[("categories", &registry::categories().join(", "))]),
                )
            } else {
                e.with_help(says::DID_YOU_MEAN.say(&[("ids", &close.join(", "))]))
            };
            return Err(e);
        }
        checked.insert(name.clone(), level);
    }

    Ok(Config {
        path: None,
        rule_folders: Vec::new(),
        questions: None,
        rules: RuleSet {
            profile,
            declarative: rules.into_values().collect(),
            levels: checked,
            settings,
        },
        limits,
    })
}

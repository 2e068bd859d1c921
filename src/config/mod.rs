//! Configuration: `kamerlint.toml` and the rule files it adds.
//!
//! ```toml
//! profile = "final"                  # draft (default) or final
//! rule-folders = ["kamerlint-rules"] # more rule files, relative to this file
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

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;
use toml::Spanned;

pub use crate::error::ConfigError;
pub use crate::rules::set::Profile;
pub use crate::rules::settings;

use crate::rules::declarative::{self, LevelSetting, Loaded, Origin};
use crate::rules::registry;
use crate::rules::set::{Level, RuleSet};
use crate::rules::settings::Settings;

/// The name of the configuration file looked for above each checked file.
pub const FILE_NAME: &str = "kamerlint.toml";

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

fn xml_depth<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    let depth = usize::deserialize(d)?;
    let max = crate::document::xml::HARD_MAX_DEPTH;
    if depth == 0 || depth > max {
        return Err(serde::de::Error::custom(format!(
            "max-xml-depth is between 1 and {max}"
        )));
    }
    Ok(Some(depth))
}

fn xml_nodes<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let nodes = u64::deserialize(d)?;
    match u32::try_from(nodes) {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(serde::de::Error::custom(format!(
            "max-xml-nodes is between 1 and {}",
            u32::MAX
        ))),
    }
}

fn regex_size<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    let size = usize::deserialize(d)?;
    if size < 1024 {
        return Err(serde::de::Error::custom(
            "max-regex-size is at least 1024 (bytes of a compiled pattern)",
        ));
    }
    Ok(Some(size))
}

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
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigError::file(&shown, format!("cannot read the configuration: {e}"))
        })?;
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
        build(
            layers,
            own_settings,
            own_levels,
            file.profile.unwrap_or_default(),
            file.limits,
        )
        .map(|mut c| {
            c.rule_folders = folders;
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
            format!("cannot read the rule folder {}: {e}", display_path(&dir)),
            "this folder",
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
            .map_err(|e| ConfigError::file(&name, format!("cannot read the rule file: {e}")))?;
        loaded.push(declarative::load_with(&name, &text, regex_size)?);
    }
    Ok(loaded)
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
                    .error(format!("{id} is a built-in rule and cannot be redefined"), "this id")
                    .with_help("choose another id; a built-in rule is switched off or given another severity in kamerlint.toml [rules]"));
            }
            if !seen_in_layer.insert(id) {
                return Err(rule.id_origin().error(
                    format!("rule {id} is defined twice in this file"),
                    "second definition",
                ));
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
                "no rule family takes settings yet".to_string()
            } else {
                format!("families with settings: {}", known.join(", "))
            };
            return Err(table
                .origin
                .error(
                    format!("no rule family `{}` takes settings", table.family),
                    "unknown family",
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
                    format!("invalid [settings.{name}]: {message}"),
                    "in these settings",
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
                format!("unknown rule or category `{name}`"),
                "not a rule id",
            );
            e = if close.is_empty() {
                e.with_help(
                    "run `kamerlint rules` for every rule id; a category is one of ".to_string()
                        + &registry::categories().join(", "),
                )
            } else {
                e.with_help(format!("did you mean {}?", close.join(", ")))
            };
            return Err(e);
        }
        checked.insert(name.clone(), level);
    }

    Ok(Config {
        path: None,
        rule_folders: Vec::new(),
        rules: RuleSet {
            profile,
            declarative: rules.into_values().collect(),
            levels: checked,
            settings,
        },
        limits,
    })
}

/// Levenshtein distance in characters, for "did you mean" suggestions.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A path with '/' separators, as reports show it: relative to the
/// current directory when it is below it.
pub fn display_path(path: &Path) -> String {
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf));
    let path = relative.as_deref().unwrap_or(path);
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        text.into_owned()
    } else {
        text.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// Finds and caches the configuration of each checked file: the one given
/// with `--config`, or the nearest `kamerlint.toml` above the file, or the
/// defaults. `--profile` applies to all of them.
#[derive(Debug, Default)]
pub struct Resolver {
    explicit: Option<Arc<Config>>,
    profile: Option<Profile>,
    /// By `kamerlint.toml` path (`None`: no file, the defaults).
    cache: BTreeMap<Option<PathBuf>, Arc<Config>>,
}

impl Resolver {
    /// `config`: a `--config FILE`; `profile`: a `--profile`.
    pub fn new(config: Option<&Path>, profile: Option<Profile>) -> Result<Resolver, ConfigError> {
        let explicit = match config {
            Some(path) => Some(Arc::new(Resolver::apply(Config::load(path)?, profile))),
            None => None,
        };
        Ok(Resolver {
            explicit,
            profile,
            cache: BTreeMap::new(),
        })
    }

    fn apply(config: Config, profile: Option<Profile>) -> Config {
        match profile {
            Some(p) => config.with_profile(p),
            None => config,
        }
    }

    /// The configuration for a file to check.
    pub fn for_file(&mut self, file: &Path) -> Result<Arc<Config>, ConfigError> {
        let dir = file.parent().unwrap_or(Path::new("."));
        self.for_dir(dir)
    }

    /// The configuration for a directory (for `kamerlint rules`, the
    /// current one).
    pub fn for_dir(&mut self, dir: &Path) -> Result<Arc<Config>, ConfigError> {
        if let Some(explicit) = &self.explicit {
            return Ok(explicit.clone());
        }
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let found = Config::discover(dir);
        if let Some(config) = self.cache.get(&found) {
            return Ok(config.clone());
        }
        let config = match &found {
            Some(path) => Config::load(path)?,
            None => Config::standard().clone(),
        };
        let config = Arc::new(Resolver::apply(config, self.profile));
        self.cache.insert(found, config.clone());
        Ok(config)
    }

    /// Every configuration used so far, in a stable order.
    pub fn used(&self) -> Vec<Arc<Config>> {
        self.explicit
            .iter()
            .cloned()
            .chain(self.cache.values().cloned())
            .collect()
    }
}

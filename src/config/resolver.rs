//! [`Resolver`]: which configuration applies to each checked file, with
//! each `kamerlint.toml` read once. Separate from the loading of one
//! configuration, which it only calls.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Config, ConfigError, Profile};

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

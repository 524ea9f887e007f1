//! The settings a person keeps: a configuration file and `PARALLAX_*` environment variables.
//!
//! Each setting comes from the first of: the command line, the environment, the file
//! (`$XDG_CONFIG_HOME/parallax/config.toml`, or the file `PARALLAX_CONFIG` names), the default.
//! The command line is applied by the caller ([`Settings::set`]); this module reads the rest and
//! says where each value came from, for `parallax config`.

use std::fmt;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use crate::align::AlignOptions;
use crate::report::Format;

/// When to colour output (`--color`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set (CLICOLOR_FORCE colours a pipe too).
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    /// Whether to colour: `always`, `never`, or for `auto` what `auto_choice` says of the
    /// destination.
    pub fn colors(self, auto_choice: impl FnOnce() -> bool) -> bool {
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => auto_choice(),
        }
    }
}

impl From<ColorWhen> for anstream::ColorChoice {
    fn from(when: ColorWhen) -> anstream::ColorChoice {
        match when {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        }
    }
}

/// The reader's and the text report's palette (`--theme`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ThemeName {
    /// Colours, symbols and styles.
    #[default]
    Default,
    /// Symbols and styles (bold, dim, italic) without colours.
    Monochrome,
}

/// The settings in force.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub min_score: f64,
    pub format: Format,
    pub color: ColorWhen,
    pub theme: ThemeName,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            min_score: AlignOptions::default().min_score,
            format: Format::Text,
            color: ColorWhen::Auto,
            theme: ThemeName::Default,
        }
    }
}

/// One setting: its name in the file and the environment variable that sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    MinScore,
    Format,
    Color,
    Theme,
}

impl Key {
    pub const ALL: [Key; 4] = [Key::MinScore, Key::Format, Key::Color, Key::Theme];

    /// The key in the file, as the command-line option is spelt.
    pub fn name(self) -> &'static str {
        match self {
            Key::MinScore => "min-score",
            Key::Format => "format",
            Key::Color => "color",
            Key::Theme => "theme",
        }
    }

    pub fn env_var(self) -> &'static str {
        match self {
            Key::MinScore => "PARALLAX_MIN_SCORE",
            Key::Format => "PARALLAX_FORMAT",
            Key::Color => "PARALLAX_COLOR",
            Key::Theme => "PARALLAX_THEME",
        }
    }

    fn from_name(name: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Settings given on the command line (`None`: not given).
#[derive(Debug, Clone, Copy, Default)]
pub struct Overrides {
    pub min_score: Option<f64>,
    pub format: Option<Format>,
    pub color: Option<ColorWhen>,
    pub theme: Option<ThemeName>,
}

/// Where a setting in force came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Default,
    File,
    Env(&'static str),
    CommandLine,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::File => f.write_str("config file"),
            Origin::Env(var) => f.write_str(var),
            Origin::CommandLine => f.write_str("command line"),
        }
    }
}

/// A configuration file or variable Parallax cannot use: one line naming the file and line, or
/// the variable, and the key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}: {e}", path.display())]
    Read { path: PathBuf, e: std::io::Error },
    #[error("{}:{line}: not valid TOML: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}:{line}: {key}: {problem}", path.display())]
    Key {
        path: PathBuf,
        line: usize,
        key: String,
        problem: String,
    },
    #[error("{var}: {problem}")]
    Env { var: &'static str, problem: String },
}

/// The settings in force and where each came from.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file read, or that would be read if it existed (`None`: no home directory).
    pub path: Option<PathBuf>,
    /// Whether that file exists.
    pub found: bool,
    pub settings: Settings,
    origins: [Origin; 4],
}

impl Config {
    /// Reads the file and the process's environment.
    pub fn load() -> Result<Config, ConfigError> {
        Config::load_from(default_path(), |var| std::env::var(var).ok())
    }

    /// Reads `path` (if it exists) and the variables `env` gives; an empty variable is unset.
    pub fn load_from(
        path: Option<PathBuf>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut config = Config {
            found: false,
            settings: Settings::default(),
            origins: std::array::from_fn(|_| Origin::Default),
            path: None,
        };
        if let Some(path) = &path {
            match std::fs::read_to_string(path) {
                Ok(text) => {
                    config.found = true;
                    config.read_file(path, &text)?;
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(ConfigError::Read {
                        path: path.clone(),
                        e,
                    });
                }
            }
        }
        config.path = path;
        for key in Key::ALL {
            let var = key.env_var();
            if let Some(value) = env(var).filter(|v| !v.trim().is_empty()) {
                config
                    .settings
                    .parse_into(key, &value)
                    .map_err(|problem| ConfigError::Env { var, problem })?;
                config.origins[key as usize] = Origin::Env(var);
            }
        }
        Ok(config)
    }

    fn read_file(&mut self, path: &Path, text: &str) -> Result<(), ConfigError> {
        let line = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
        let table = toml::de::DeTable::parse(text).map_err(|e| ConfigError::Syntax {
            path: path.to_path_buf(),
            line: line(e.span().map_or(0, |s| s.start)),
            message: e.message().trim().replace('\n', " "),
        })?;
        for (name, value) in table.get_ref() {
            let key_error = |problem: String| ConfigError::Key {
                path: path.to_path_buf(),
                line: line(name.span().start),
                key: name.get_ref().to_string(),
                problem,
            };
            let key = Key::from_name(name.get_ref()).ok_or_else(|| {
                key_error(format!(
                    "unknown setting (the settings are {})",
                    Key::ALL.map(Key::name).join(", ")
                ))
            })?;
            let raw = match value.get_ref() {
                toml::de::DeValue::String(s) => s.to_string(),
                toml::de::DeValue::Integer(i) if key == Key::MinScore => i.as_str().to_string(),
                toml::de::DeValue::Float(x) if key == Key::MinScore => x.as_str().to_string(),
                other => {
                    let wanted = if key == Key::MinScore {
                        "a number"
                    } else {
                        "a string"
                    };
                    return Err(key_error(format!(
                        "expected {wanted}, found {}",
                        other.type_str()
                    )));
                }
            };
            self.settings.parse_into(key, &raw).map_err(key_error)?;
            self.origins[key as usize] = Origin::File;
        }
        Ok(())
    }

    /// Applies the values given on the command line, which beat the environment and the file.
    pub fn apply(&mut self, given: Overrides) {
        let s = &mut self.settings;
        let set = [
            given.min_score.map(|x| s.min_score = x),
            given.format.map(|x| s.format = x),
            given.color.map(|x| s.color = x),
            given.theme.map(|x| s.theme = x),
        ];
        for (key, set) in Key::ALL.into_iter().zip(set) {
            if set.is_some() {
                self.origins[key as usize] = Origin::CommandLine;
            }
        }
    }

    pub fn origin(&self, key: Key) -> &Origin {
        &self.origins[key as usize]
    }

    /// What `parallax config` prints: the file, then the settings in force as TOML that can be
    /// pasted into it, each with where it came from.
    pub fn describe(&self) -> String {
        let mut out = match &self.path {
            Some(path) => format!(
                "# config file: {}{}\n",
                crate::sanitize::visible(&path.display().to_string()),
                if self.found { "" } else { " (not found)" }
            ),
            None => "# config file: none (no home directory)\n".to_string(),
        };
        for key in Key::ALL {
            let line = format!("{} = {}", key.name(), self.settings.toml_value(key));
            out.push_str(&format!("{line:<24} # {}\n", self.origin(key)));
        }
        out
    }
}

impl Settings {
    /// Sets `key` from text, as in the file or the environment (case-insensitive).
    fn parse_into(&mut self, key: Key, value: &str) -> Result<(), String> {
        match key {
            Key::MinScore => self.min_score = unit_interval(value)?,
            Key::Format => self.format = choice(value)?,
            Key::Color => self.color = choice(value)?,
            Key::Theme => self.theme = choice(value)?,
        }
        Ok(())
    }

    fn toml_value(&self, key: Key) -> String {
        match key {
            Key::MinScore => format!("{}", self.min_score),
            Key::Format => format!("{:?}", name(&self.format)),
            Key::Color => format!("{:?}", name(&self.color)),
            Key::Theme => format!("{:?}", name(&self.theme)),
        }
    }
}

/// A number from 0 to 1, for `--min-score` and its settings.
pub fn unit_interval(s: &str) -> Result<f64, String> {
    let x: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("\"{}\" is not a number", crate::sanitize::visible(s)))?;
    if (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(format!("{x} is not between 0 and 1"))
    }
}

/// One of the values of a command-line choice, in any case.
fn choice<T: ValueEnum>(s: &str) -> Result<T, String> {
    T::from_str(s.trim(), true).map_err(|_| {
        let names: Vec<String> = T::value_variants().iter().map(name).collect();
        // Quoted as `visible` shows it, once (clap's error is made of the visible arguments).
        let shown = crate::sanitize::visible(s);
        format!("\"{shown}\" is not one of {}", names.join(", "))
    })
}

fn name<T: ValueEnum>(value: &T) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

/// `PARALLAX_CONFIG` when set, else `config.toml` in Parallax's XDG configuration folder
/// (`$XDG_CONFIG_HOME/parallax`, by default `~/.config/parallax`).
pub fn default_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PARALLAX_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some(base.config_dir().join("parallax").join("config.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        Config::load_from(Some(path), |var| {
            env.iter()
                .find(|(k, _)| *k == var)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn defaults_without_file_or_variables() {
        let c = Config::load_from(Some("/no/such/parallax.toml".into()), |_| None).unwrap();
        assert!(!c.found);
        assert_eq!(c.settings, Settings::default());
        assert_eq!(c.origin(Key::Format), &Origin::Default);
    }

    #[test]
    fn the_environment_beats_the_file() {
        let c = load(
            "min-score = 0.5\nformat = \"JSON\"\ncolor = \"never\"\n",
            &[("PARALLAX_FORMAT", "Markdown"), ("PARALLAX_THEME", "")],
        )
        .unwrap();
        assert_eq!(c.settings.min_score, 0.5);
        assert_eq!(c.settings.format, Format::Markdown);
        assert_eq!(c.settings.color, ColorWhen::Never);
        assert_eq!(c.settings.theme, ThemeName::Default);
        assert_eq!(c.origin(Key::MinScore), &Origin::File);
        assert_eq!(c.origin(Key::Format), &Origin::Env("PARALLAX_FORMAT"));
        assert_eq!(c.origin(Key::Theme), &Origin::Default);
    }

    #[test]
    fn the_command_line_beats_the_environment() {
        let mut c = load("color = \"always\"", &[("PARALLAX_MIN_SCORE", "0.6")]).unwrap();
        c.apply(Overrides {
            min_score: Some(0.7),
            ..Overrides::default()
        });
        assert_eq!(c.settings.min_score, 0.7);
        assert_eq!(c.origin(Key::MinScore), &Origin::CommandLine);
        assert_eq!(c.settings.color, ColorWhen::Always);
    }

    #[test]
    fn whole_numbers_are_scores() {
        let c = load("min-score = 1", &[]).unwrap();
        assert_eq!(c.settings.min_score, 1.0);
    }

    #[test]
    fn a_bad_file_names_its_line_and_key() {
        let e = load("format = \"json\"\n\ncolour = \"never\"\n", &[]).unwrap_err();
        let msg = e.to_string();
        assert!(msg.ends_with(
            "config.toml:3: colour: unknown setting (the settings are min-score, format, color, theme)"
        ), "{msg}");
        let msg = load("min-score = 7", &[]).unwrap_err().to_string();
        assert!(
            msg.ends_with(":1: min-score: 7 is not between 0 and 1"),
            "{msg}"
        );
        let msg = load("\ntheme = true", &[]).unwrap_err().to_string();
        assert!(
            msg.ends_with(":2: theme: expected a string, found boolean"),
            "{msg}"
        );
        let msg = load("format = \"xml\"", &[]).unwrap_err().to_string();
        assert!(
            msg.ends_with(":1: format: \"xml\" is not one of json, text, markdown, html"),
            "{msg}"
        );
        let msg = load("color = \"auto\"\nformat = \n", &[])
            .unwrap_err()
            .to_string();
        assert!(msg.contains(":2: not valid TOML: "), "{msg}");
        assert!(!msg.contains('\n'), "{msg}");
    }

    #[test]
    fn a_bad_variable_is_named() {
        let e = load("", &[("PARALLAX_COLOR", "sometimes")]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "PARALLAX_COLOR: \"sometimes\" is not one of auto, always, never"
        );
    }

    #[test]
    fn describe_prints_toml_with_origins() {
        let c = load("theme = \"monochrome\"", &[]).unwrap();
        let text = c.describe();
        assert!(text.starts_with("# config file: "), "{text}");
        assert!(
            text.contains("theme = \"monochrome\"     # config file\n"),
            "{text}"
        );
        let default = format!("min-score = {}", AlignOptions::default().min_score);
        assert!(
            text.contains(&format!("{default:<24} # default\n")),
            "{text}"
        );
        let settings: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(settings["format"].as_str(), Some("text"));
    }
}

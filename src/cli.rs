//! What the `parallax` command needs beyond parsing its arguments: exit statuses, the help's
//! examples, atomic output files, and a hint for a mistyped command.

use std::io::Write;
use std::path::Path;

use clap::ValueEnum;

use crate::config::ColorWhen;

/// Exit statuses, as `--help` and the README list them.
pub mod exit {
    /// Done (also: the reports contradict each other, without `--exit-code`).
    pub const OK: u8 = 0;
    /// With `--exit-code`: the reports contradict each other (at least one conflict).
    pub const CONFLICTS: u8 = 1;
    /// Bad input or usage: an unreadable report, a bad option, a bad configuration.
    pub const BAD_INPUT: u8 = 2;
    /// The output could not be written (the `-o` file, standard output).
    pub const OUTPUT: u8 = 3;
    /// The reader could not use the terminal.
    pub const READER: u8 = 4;
}

/// The end of `--help` and of the manual page: examples, exit statuses, settings.
pub const AFTER_HELP: &str = "\
Examples:
  parallax                            the reader, on the bundled sample pair
  parallax a.txt b.html               the reader, on two reports
  parallax a.txt b.txt > out.txt      the text report (not a terminal)
  parallax report a.txt b.md -f json  the JSON report
  parallax report a.txt https://example.org/b -f html -o report.html
  parallax report a.txt b.txt --exit-code  status 1 if they contradict
  parallax batch pairs.tsv > out.jsonl  one JSON report per pair
  parallax completions fish > ~/.config/fish/completions/parallax.fish

Exit status:
  0  done
  1  the reports contradict each other (only with --exit-code)
  2  bad input or usage: a report that cannot be read, a bad option or setting
  3  the output could not be written
  4  the reader could not use the terminal

Settings: the command line beats the environment variables PARALLAX_MIN_SCORE, \
PARALLAX_FORMAT, PARALLAX_COLOR and PARALLAX_THEME, which beat the configuration file \
$XDG_CONFIG_HOME/parallax/config.toml (or the file PARALLAX_CONFIG names), with lines such \
as `min-score = 0.4` and `format = \"markdown\"`; `parallax config` shows the settings in \
force. NO_COLOR turns colours off and CLICOLOR_FORCE on, unless --color or a setting says \
otherwise.";

/// Writes `bytes` to `path` all at once: into a temporary file beside it, then renamed over it,
/// so that `path` never holds half a report (a full disk, a crash, a read-only folder leave it
/// as it was). The file keeps the permissions of the one it replaces, or gets rw-r--r--.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".parallax-").suffix(".tmp");
    let permissions = std::fs::metadata(path).map(|m| m.permissions());
    #[cfg(unix)]
    let permissions = permissions.or_else(|_| -> std::io::Result<_> {
        use std::os::unix::fs::PermissionsExt;
        Ok(std::fs::Permissions::from_mode(0o644))
    });
    if let Ok(permissions) = permissions {
        builder.permissions(permissions);
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    // On failure the temporary file is removed as it drops.
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The command `arg` is probably a typo of (`reprot` → `report`), unless `arg` is a file.
pub fn mistyped_command<'a>(arg: &str, commands: &[&'a str]) -> Option<&'a str> {
    if arg.len() < 3 || arg.starts_with('-') || arg.contains(['/', '.']) || Path::new(arg).exists()
    {
        return None;
    }
    let lower = arg.to_lowercase();
    commands
        .iter()
        .map(|&c| (strsim::damerau_levenshtein(&lower, c), c))
        .filter(|&(d, c)| c != arg && d <= 2 && d < c.len() / 2 + 1)
        .min()
        .map(|(_, c)| c)
}

/// The `--color` given on a command line (the last one; none after `--`), read before the
/// command line is parsed so that clap's own help and errors follow it too.
pub fn color_flag(args: &[String]) -> Option<ColorWhen> {
    let mut when = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--" => break,
            "--color" => args.next(),
            _ => arg.strip_prefix("--color=").map(|_| arg),
        };
        if let Some(value) = value {
            let value = value.strip_prefix("--color=").unwrap_or(value);
            when = ColorWhen::from_str(value, true).ok().or(when);
        }
    }
    when
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_color_flag_is_found_before_parsing() {
        let args = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(color_flag(&args("parallax a b")), None);
        assert_eq!(
            color_flag(&args("parallax --color never --help")),
            Some(ColorWhen::Never)
        );
        assert_eq!(
            color_flag(&args("parallax report --color=Always -h")),
            Some(ColorWhen::Always)
        );
        assert_eq!(
            color_flag(&args("parallax --color never --color auto")),
            Some(ColorWhen::Auto)
        );
        assert_eq!(color_flag(&args("parallax -- --color never")), None);
        assert_eq!(color_flag(&args("parallax --color sometimes")), None);
    }

    #[test]
    fn typos_of_commands_are_caught_and_files_are_not() {
        let commands = ["report", "batch", "config", "completions", "man"];
        assert_eq!(mistyped_command("reprot", &commands), Some("report"));
        assert_eq!(mistyped_command("Report", &commands), Some("report"));
        assert_eq!(mistyped_command("confg", &commands), Some("config"));
        assert_eq!(
            mistyped_command("completion", &commands),
            Some("completions")
        );
        assert_eq!(mistyped_command("a.txt", &commands), None);
        assert_eq!(mistyped_command("men", &commands), Some("man"));
        assert_eq!(
            mistyped_command("mn", &commands),
            None,
            "too short to guess"
        );
        assert_eq!(mistyped_command("story", &commands), None);
        assert_eq!(mistyped_command("-", &commands), None);
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_failed_rename_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("taken");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), b"x").unwrap();
        assert!(write_atomic(&target, b"report").is_err());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only the folder that was there");
    }
}

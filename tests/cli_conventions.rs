//! The command line behaves as scripts and people expect of a good tool (issue 12): exit
//! statuses, colour, settings, completions, the manual page, `-o`, a redirected stdout, empty
//! arguments, case-insensitive values.

mod input_common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use input_common::parallax;
use predicates::prelude::*;
use tempfile::TempDir;

fn sample(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// A report and a copy of it: every link agrees, no conflict.
fn twins(dir: &TempDir) -> (String, String) {
    let text = "Three people were killed in the blast on Sunday. Police said the bomb was hidden in a car.";
    let paths = ["a.txt", "b.txt"].map(|name| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    });
    (paths[0].clone(), paths[1].clone())
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn has_escape_codes(text: &str) -> bool {
    text.contains('\x1b')
}

/// A foreground colour (SGR 30–37, 90–97); bold, dim and reset are not colours.
fn has_colours(text: &str) -> bool {
    text.match_indices("\x1b[")
        .any(|(i, _)| matches!(text.as_bytes().get(i + 2), Some(b'3' | b'9')))
}

/// The lines of stderr; asserts that there is exactly one.
fn one_line(stderr: &[u8]) -> String {
    let err = String::from_utf8_lossy(stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    err
}

// Exit statuses.

#[test]
fn exit_status_0_when_done_even_with_conflicts() {
    parallax().args(["report", "--sample"]).assert().code(0);
    let dir = TempDir::new().unwrap();
    let (a, b) = twins(&dir);
    parallax()
        .args(["report", &a, &b, "--exit-code"])
        .assert()
        .code(0);
}

#[test]
fn exit_status_1_for_conflicts_with_exit_code() {
    // The sample pair has conflicts; the report is printed all the same.
    parallax()
        .args(["report", "--sample", "--exit-code"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("CONFLICT"));
    parallax()
        .args(["--sample", "--exit-code"])
        .assert()
        .code(1);
}

#[test]
fn exit_status_2_for_bad_input_and_usage() {
    parallax()
        .args([
            "report",
            "/no/such/file.txt",
            &sample("kazemi-report-b.txt"),
        ])
        .assert()
        .code(2)
        .stdout("");
    parallax()
        .args(["report", "--no-such-option"])
        .assert()
        .code(2);
    parallax()
        .args(["report", "--sample", "--format", "pdf"])
        .assert()
        .code(2);
    // Without reports, `report` is a usage error, not the sample.
    parallax()
        .arg("report")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "the reports to compare are missing",
        ));
}

#[test]
fn exit_status_3_when_the_output_cannot_be_written() {
    let dir = TempDir::new().unwrap();
    let taken = dir.path().join("a-folder");
    std::fs::create_dir(&taken).unwrap();
    let out = parallax()
        .args(["report", "--sample", "-o"])
        .arg(&taken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = one_line(&out.stderr);
    assert!(
        err.contains("cannot write") && err.contains("a-folder"),
        "{err}"
    );
    assert_eq!(entries(dir.path()), ["a-folder"], "no temporary file left");
}

#[test]
fn exit_status_4_when_the_reader_has_no_terminal() {
    // With a terminal to open (a developer's shell), the reader would start: only where there
    // is none, as in CI.
    if std::fs::File::open("/dev/tty").is_ok() {
        eprintln!("skipped: this process has a terminal");
        return;
    }
    let out = parallax().args(["--sample", "--reader"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = one_line(&out.stderr);
    assert!(err.contains("the reader failed"), "{err}");
}

// Standard output that is not a terminal.

#[test]
fn redirected_stdout_gets_the_text_report_without_escape_codes() {
    let out = stdout(parallax().args([
        &sample("kazemi-report-a.txt"),
        &sample("kazemi-report-b.txt"),
    ]));
    assert!(out.starts_with("left:  "), "{out}");
    assert!(out.contains("CONFLICT L"), "{out}");
    assert!(!has_escape_codes(&out), "{out:?}");
    assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
    // The same as `parallax report`.
    let report = stdout(parallax().args([
        "report",
        &sample("kazemi-report-a.txt"),
        &sample("kazemi-report-b.txt"),
    ]));
    assert_eq!(out, report);
    // --sample, too.
    assert_eq!(
        stdout(parallax().arg("--sample")),
        stdout(parallax().args(["report", "--sample"]))
    );
}

#[test]
fn no_reports_and_no_terminal_is_a_usage_error() {
    parallax()
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--sample"));
}

// Empty arguments (unset shell variables).

#[test]
fn empty_arguments_are_refused() {
    for args in [
        vec!["report", "", ""],
        vec!["report", "", &sample("kazemi-report-b.txt")],
        vec!["report", &sample("kazemi-report-a.txt"), " "],
        vec!["", ""],
    ] {
        parallax()
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(
                "an empty argument is not a report (an unset variable?)",
            ));
    }
}

// Colour.

fn report_with(color: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = parallax();
    cmd.args(["report", "--sample"]).args(color);
    for (k, v) in env {
        cmd.env(k, v);
    }
    stdout(&mut cmd)
}

#[test]
fn color_auto_is_plain_in_a_pipe() {
    assert!(!has_escape_codes(&report_with(&[], &[])));
    assert!(!has_escape_codes(&report_with(&["--color", "auto"], &[])));
}

#[test]
fn color_always_colours_the_verdicts_and_changes_no_word() {
    let plain = report_with(&[], &[]);
    let colored = report_with(&["--color", "always"], &[]);
    assert!(has_colours(&colored), "{colored:?}");
    assert!(colored.contains("\x1b[31mCONFLICT\x1b[0m"), "{colored:?}");
    assert_eq!(anstream::adapter::strip_str(&colored).to_string(), plain);
}

#[test]
fn color_never_beats_clicolor_force() {
    let out = report_with(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]);
    assert!(!has_escape_codes(&out));
}

#[test]
fn clicolor_force_colours_a_pipe_and_no_color_beats_it() {
    assert!(has_colours(&report_with(&[], &[("CLICOLOR_FORCE", "1")])));
    let both = report_with(&[], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!has_escape_codes(&both));
    // NO_COLOR set but empty does not count.
    assert!(has_colours(&report_with(
        &[],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")]
    )));
}

#[test]
fn color_always_beats_no_color() {
    assert!(has_colours(&report_with(
        &["--color", "always"],
        &[("NO_COLOR", "1")]
    )));
}

#[test]
fn the_monochrome_theme_keeps_bold_without_colours() {
    let out = report_with(&["--color", "always", "--theme", "monochrome"], &[]);
    assert!(has_escape_codes(&out));
    assert!(!has_colours(&out), "{out:?}");
}

#[test]
fn a_file_is_plain_unless_color_is_always() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("r.txt");
    let p = path.to_str().unwrap();
    parallax()
        .args(["report", "--sample", "-o", p])
        .env("CLICOLOR_FORCE", "1")
        .assert()
        .success()
        .stdout("");
    assert!(!has_escape_codes(&std::fs::read_to_string(&path).unwrap()));
    parallax()
        .args(["report", "--sample", "-o", p, "--color", "always"])
        .assert()
        .success();
    assert!(has_colours(&std::fs::read_to_string(&path).unwrap()));
}

#[test]
fn help_and_usage_errors_follow_color_too() {
    let help = stdout(parallax().args(["--help", "--color", "always"]));
    assert!(has_escape_codes(&help));
    assert!(!has_escape_codes(&stdout(parallax().arg("--help"))));
    let help = stdout(
        parallax()
            .args(["report", "--color=never", "--help"])
            .env("CLICOLOR_FORCE", "1"),
    );
    assert!(!has_escape_codes(&help));
    let out = parallax()
        .args(["report", "--color", "always"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(has_escape_codes(&String::from_utf8_lossy(&out.stderr)));
}

// Settings: command line > environment > file > defaults.

/// A configuration folder holding `parallax/config.toml` with `text`.
fn config_home(text: &str) -> TempDir {
    let home = TempDir::new().unwrap();
    std::fs::create_dir(home.path().join("parallax")).unwrap();
    std::fs::write(home.path().join("parallax/config.toml"), text).unwrap();
    home
}

/// A line of `parallax config`: the setting, and where it came from as a comment.
fn setting(toml: &str, origin: &str) -> String {
    format!("{toml:<24} # {origin}\n")
}

/// `parallax` reading its settings from `home` (as `$XDG_CONFIG_HOME`).
fn with_home(home: &TempDir) -> Command {
    let mut cmd = parallax();
    cmd.env_remove("PARALLAX_CONFIG")
        .env("XDG_CONFIG_HOME", home.path());
    cmd
}

#[test]
fn the_file_in_xdg_config_home_is_read() {
    let home = config_home("format = \"json\"\n");
    let out = stdout(with_home(&home).args(["report", "--sample"]));
    assert!(out.starts_with('{'), "{out}");
    let shown = stdout(with_home(&home).arg("config"));
    let path = home.path().join("parallax").join("config.toml");
    assert!(
        shown.starts_with(&format!("# config file: {}\n", path.display())),
        "{shown}"
    );
    assert!(
        shown.contains(&setting("format = \"json\"", "config file")),
        "{shown}"
    );
}

#[test]
fn the_environment_beats_the_file_and_the_command_line_beats_both() {
    let home = config_home("format = \"json\"\nmin-score = 0.9\n");
    let markdown = stdout(
        with_home(&home)
            .args(["report", "--sample"])
            .env("PARALLAX_FORMAT", "markdown"),
    );
    assert!(markdown.starts_with("# Parallax"), "{markdown}");
    let text = stdout(
        with_home(&home)
            .args(["report", "--sample", "--format", "text"])
            .env("PARALLAX_FORMAT", "markdown"),
    );
    assert!(text.starts_with("left:"), "{text}");
    // min-score 0.9 from the file leaves fewer links than 0.2 from the environment, and the
    // command line's 0.9 wins over that.
    let links = |cmd: &mut Command| -> usize {
        let json: serde_json::Value = serde_json::from_str(&stdout(cmd)).unwrap();
        json["links"].as_array().unwrap().len()
    };
    let from_file = links(with_home(&home).args(["report", "--sample"]));
    let from_env = links(
        with_home(&home)
            .args(["report", "--sample"])
            .env("PARALLAX_MIN_SCORE", "0.2"),
    );
    let from_cli = links(
        with_home(&home)
            .args(["report", "--sample", "--min-score", "0.9"])
            .env("PARALLAX_MIN_SCORE", "0.2"),
    );
    assert!(from_file < from_env, "{from_file} {from_env}");
    assert_eq!(from_cli, from_file);
    let shown = stdout(
        with_home(&home)
            .args(["config", "--color", "never"])
            .env("PARALLAX_FORMAT", "Markdown"),
    );
    for line in [
        setting("min-score = 0.9", "config file"),
        setting("format = \"markdown\"", "PARALLAX_FORMAT"),
        setting("color = \"never\"", "command line"),
        setting("theme = \"default\"", "default"),
    ] {
        assert!(shown.contains(&line), "{line} in {shown}");
    }
}

/// `parallax batch` takes the `min-score` setting as `parallax report` does: the file, then the
/// environment, then the command line.
#[test]
fn batch_follows_the_min_score_setting() {
    let home = config_home("min-score = 0.9\n");
    let pairs = format!(
        "{}\t{}\n",
        sample("kazemi-report-a.txt"),
        sample("kazemi-report-b.txt")
    );
    let min_score = |cmd: &mut Command| -> f64 {
        let out = stdout(cmd.write_stdin(pairs.clone()));
        let json: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        json["settings"]["min_score"].as_f64().unwrap()
    };
    assert_eq!(min_score(with_home(&home).arg("batch")), 0.9);
    assert_eq!(
        min_score(
            with_home(&home)
                .arg("batch")
                .env("PARALLAX_MIN_SCORE", "0.2")
        ),
        0.2
    );
    assert_eq!(
        min_score(
            with_home(&home)
                .args(["batch", "--min-score", "0.5"])
                .env("PARALLAX_MIN_SCORE", "0.2")
        ),
        0.5
    );
    // A bad setting is bad input for batch as for report.
    with_home(&home)
        .arg("batch")
        .env("PARALLAX_MIN_SCORE", "3")
        .write_stdin(pairs.clone())
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn color_and_theme_settings_apply() {
    let home = config_home("color = \"always\"\ntheme = \"Monochrome\"\n");
    let out = stdout(with_home(&home).args(["report", "--sample"]));
    assert!(has_escape_codes(&out) && !has_colours(&out), "{out:?}");
    let out = stdout(
        with_home(&home)
            .args(["report", "--sample"])
            .env("PARALLAX_THEME", "default"),
    );
    assert!(has_colours(&out));
}

#[test]
fn a_bad_file_is_one_line_naming_file_line_and_key() {
    let home = config_home("format = \"json\"\nmin-score = 3\n");
    let path = home.path().join("parallax").join("config.toml");
    for args in [&["report", "--sample"][..], &["config"], &["--sample"]] {
        let out = with_home(&home).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = one_line(&out.stderr);
        assert_eq!(
            err.trim_end(),
            format!(
                "parallax: {}:2: min-score: 3 is not between 0 and 1",
                path.display()
            )
        );
    }
    let home = config_home("[reader]\ncolour = 1\n");
    let out = with_home(&home).arg("config").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line(&out.stderr).contains("config.toml:1: reader: unknown setting"));
    let home = config_home("format = json\n");
    let out = with_home(&home).arg("config").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line(&out.stderr).contains("config.toml:1: not valid TOML"));
}

#[test]
fn a_bad_variable_is_named() {
    let out = parallax()
        .args(["report", "--sample"])
        .env("PARALLAX_MIN_SCORE", "lots")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        one_line(&out.stderr).trim_end(),
        "parallax: PARALLAX_MIN_SCORE: \"lots\" is not a number"
    );
}

#[test]
fn parallax_config_names_the_file_even_when_missing() {
    let home = TempDir::new().unwrap();
    let shown = stdout(with_home(&home).arg("config"));
    assert!(shown.contains("(not found)"), "{shown}");
    let default = parallax::align::AlignOptions::default().min_score;
    assert!(
        shown.contains(&format!("min-score = {default} ")),
        "{shown}"
    );
}

// Completions and the manual page.

#[test]
fn completions_for_each_shell() {
    for (shell, sign) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef parallax"),
        ("fish", "complete -c parallax"),
        ("elvish", "edit:completion:arg-completer[parallax]"),
        ("powershell", "Register-ArgumentCompleter"),
        ("ZSH", "#compdef parallax"),
    ] {
        let script = stdout(parallax().args(["completions", shell]));
        assert!(script.contains(sign), "{shell}: {sign}");
        for word in ["report", "min-score", "completions", "exit-code"] {
            assert!(script.contains(word), "{shell}: {word}");
        }
    }
    // Reports and -o complete as file names.
    let zsh = stdout(parallax().args(["completions", "zsh"]));
    assert!(zsh.contains("::right -- The right report:_files"), "{zsh}");
    let fish = stdout(parallax().args(["completions", "fish"]));
    assert!(
        fish.contains("-s o -l output") && fish.contains(" -r -F"),
        "{fish}"
    );
    parallax().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_bash_completion_script_is_valid_bash() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("parallax.bash");
    std::fs::write(&path, stdout(parallax().args(["completions", "bash"]))).unwrap();
    match std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .status()
    {
        Ok(status) => assert!(status.success()),
        Err(_) => eprintln!("skipped: no bash"),
    }
}

#[test]
fn the_manual_page() {
    let page = stdout(parallax().arg("man"));
    assert!(page.contains(".TH parallax 1"), "{}", &page[..200]);
    for word in [
        "report",
        "\\-\\-exit\\-code",
        "Exit status",
        "PARALLAX_CONFIG",
    ] {
        assert!(page.contains(word), "{word}");
    }
    // Each command has its own page too, with the global options.
    let page = stdout(parallax().args(["man", "report"]));
    assert!(page.contains(".TH parallax-report 1"), "{}", &page[..200]);
    for word in ["\\-\\-output", "\\-\\-sample", "\\-\\-color"] {
        assert!(page.contains(word), "{word}");
    }
    // A bad configuration does not stop the manual or the completions.
    let home = config_home("min-score = 3\n");
    with_home(&home).arg("man").assert().success();
    with_home(&home)
        .args(["completions", "bash"])
        .assert()
        .success();
}

#[test]
fn help_shows_examples_and_exit_statuses_wrapped_to_the_width() {
    let help = stdout(parallax().arg("--help").env("COLUMNS", "60"));
    for part in [
        "Examples:",
        "Exit status:",
        "  1  the reports contradict",
        "--color",
    ] {
        assert!(help.contains(part), "{part} in {help}");
    }
    let long: Vec<&str> = help.lines().filter(|l| l.chars().count() > 60).collect();
    // Only the examples, which are commands, may be wider.
    assert!(
        long.iter().all(|l| l.starts_with("  parallax ")),
        "{long:#?}"
    );
}

// Output to a file.

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn output_file_holds_the_report_and_stdout_is_empty() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("report.json");
    parallax()
        .args(["report", "--sample", "--format", "json", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    let expected = stdout(parallax().args(["report", "--sample", "--format", "json"]));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);
    // Written again, replaced whole.
    std::fs::write(
        &path,
        "old contents that are much longer than nothing at all",
    )
    .unwrap();
    parallax()
        .args(["report", "--sample", "--format", "json", "--output"])
        .arg(&path)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);
    assert_eq!(entries(dir.path()), ["report.json"]);
    // `-o -` is standard output.
    let out = stdout(parallax().args(["report", "--sample", "--format", "json", "-o", "-"]));
    assert_eq!(out, expected);
}

#[cfg(unix)]
/// A folder this process cannot write into: a read-only folder, or for root (who may write
/// anywhere) a folder on a read-only file system, when there is one.
fn unwritable_folder(dir: &TempDir) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(folder.join("probe"), b"").is_err() {
        return Some(folder);
    }
    std::fs::remove_file(folder.join("probe")).unwrap();
    ["/proc/self", "/sys/kernel"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.is_dir() && std::fs::write(p.join("parallax-probe"), b"").is_err())
}

#[cfg(unix)]
#[test]
fn output_into_a_read_only_folder_fails_and_leaves_nothing() {
    let dir = TempDir::new().unwrap();
    let Some(folder) = unwritable_folder(&dir) else {
        eprintln!("skipped: no folder this process cannot write into");
        return;
    };
    let before = std::fs::read_dir(&folder).unwrap().count();
    let path = folder.join("report.txt");
    let out = parallax()
        .args(["report", "--sample", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let err = one_line(&out.stderr);
    assert!(
        err.starts_with(&format!("parallax: cannot write {}: ", path.display())),
        "{err}"
    );
    assert!(!path.exists());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), before);
}

// Values, typos, the sample.

#[test]
fn values_are_case_insensitive() {
    let out = stdout(parallax().args(["report", "--sample", "--format", "JSON"]));
    assert!(out.starts_with('{'));
    let out = stdout(parallax().args([
        "report",
        "--sample",
        "--color",
        "Always",
        "--theme",
        "MONOCHROME",
        "--input-format",
        "Text",
    ]));
    assert!(has_escape_codes(&out));
}

#[test]
fn a_mistyped_command_gets_a_hint() {
    parallax()
        .args(["reprot", "a.txt", "b.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `parallax report`?"));
}

#[test]
fn version() {
    parallax()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("parallax {}\n", env!("CARGO_PKG_VERSION")));
}

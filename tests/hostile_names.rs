//! Hostile file names (issue 15): a name that carries a terminal escape sequence, an 8-bit CSI
//! or a line break is shown visibly (`\e`, `\u{7}`, `\n`) wherever Parallax prints it — errors,
//! report headers in every format, batch records, `parallax config` — and never emitted: no ESC,
//! BEL or C1 control reaches standard output or standard error, and an error stays one line.

mod input_common;

use std::path::{Path, PathBuf};
use std::process::Output;

use input_common::parallax;
use tempfile::TempDir;

/// Name fragments that would retitle the window (OSC 2 … BEL), clear the screen (CSI 2J), start
/// an 8-bit CSI (U+009B) or split a one-line error (a line feed), with how each is shown.
const HOSTILE: [(&str, &str); 4] = [
    ("bad\x1b]2;PWNED\x07name", "bad\\e]2;PWNED\\u{7}name"),
    ("cls\x1b[2J\x1b[31mred", "cls\\e[2J\\e[31mred"),
    ("csi\u{9b}2Jc1", "csi\\u{9b}2Jc1"),
    ("two\nlines", "two\\nlines"),
];

fn sample(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn text(path: &Path) -> String {
    path.to_str().expect("the names are UTF-8").to_string()
}

/// No ESC, BEL or C1 control anywhere in the output, which is UTF-8.
fn assert_clean(what: &str, bytes: &[u8]) {
    let s = String::from_utf8(bytes.to_vec())
        .unwrap_or_else(|e| panic!("{what}: not UTF-8 ({e}): {bytes:?}"));
    assert!(!bytes.contains(&0x1b), "{what}: ESC in {s:?}");
    assert!(!bytes.contains(&0x07), "{what}: BEL in {s:?}");
    assert!(
        !s.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{what}: C1 control in {s:?}"
    );
}

fn assert_output_clean(what: &str, out: &Output) {
    assert_clean(&format!("{what} (stdout)"), &out.stdout);
    assert_clean(&format!("{what} (stderr)"), &out.stderr);
}

/// A run that must succeed, with clean output: its standard output.
fn clean_success(what: &str, args: &[&str]) -> String {
    let out = parallax().args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{what}: {err}");
    assert_output_clean(what, &out);
    String::from_utf8(out.stdout).unwrap()
}

/// A failed run: status 2, nothing on stdout, one line on stderr that names the file visibly
/// and says the problem.
fn assert_one_line_error(what: &str, out: &Output, shown: &str, problem: &str) {
    assert_output_clean(what, out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{what}: {err}");
    assert!(out.stdout.is_empty(), "{what}: stdout not empty");
    assert_eq!(err.lines().count(), 1, "{what}: not one line: {err:?}");
    assert!(
        err.contains(shown),
        "{what}: {err:?} does not show {shown:?}"
    );
    assert!(
        err.contains(problem),
        "{what}: {err:?} does not say {problem:?}"
    );
}

/// A good pair of reports under hostile names: the sample pair.
fn good_pair(dir: &TempDir, hostile: &str) -> (PathBuf, PathBuf) {
    let left = dir.path().join(format!("{hostile}-left.txt"));
    let right = dir.path().join(format!("{hostile}-right.txt"));
    std::fs::copy(sample("kazemi-report-a.txt"), &left).unwrap();
    std::fs::copy(sample("kazemi-report-b.txt"), &right).unwrap();
    (left, right)
}

#[test]
fn the_names_are_really_hostile() {
    // The test means something only if the file system kept the bytes.
    let dir = TempDir::new().unwrap();
    for (hostile, _) in HOSTILE {
        let path = dir.path().join(hostile);
        std::fs::write(&path, "x").unwrap();
        assert!(
            std::fs::read_dir(dir.path())
                .unwrap()
                .any(|e| { e.unwrap().file_name().to_str() == Some(hostile) })
        );
    }
}

#[test]
fn missing_file_directory_and_bad_encoding() {
    let dir = TempDir::new().unwrap();
    let good = sample("kazemi-report-a.txt");
    for (hostile, shown) in HOSTILE {
        let missing = text(&dir.path().join(format!("{hostile}.txt")));
        let folder = dir.path().join(format!("{hostile}-dir"));
        std::fs::create_dir(&folder).unwrap();
        let broken = dir.path().join(format!("{hostile}-broken.txt"));
        std::fs::write(&broken, b"Caf\x81 society met on Sunday.").unwrap();
        for (bad, problem) in [
            (missing, "no such file"),
            (text(&folder), "is a directory"),
            (text(&broken), "no other encoding fits"),
        ] {
            for args in [[good.as_str(), &bad], [&bad, good.as_str()]] {
                let out = parallax().arg("report").args(args).output().unwrap();
                assert_one_line_error(&format!("{args:?}"), &out, shown, problem);
            }
        }
    }
}

#[test]
fn reports_in_every_format() {
    let dir = TempDir::new().unwrap();
    for (hostile, shown) in HOSTILE {
        let (left, right) = good_pair(&dir, hostile);
        for format in ["text", "markdown", "html", "json"] {
            let what = format!("{hostile:?} as {format}");
            let args = ["report", &text(&left), &text(&right), "--format", format];
            let stdout = clean_success(&what, &args);
            if format == "json" {
                let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
                let source = report["reports"][0]["source"].as_str();
                assert_eq!(source, Some(text(&left).as_str()), "{what}");
            }
            // The text report's `left:` line names the file visibly, on one line.
            if format == "text" {
                let left_line = stdout.lines().find(|l| l.starts_with("left:")).unwrap();
                assert!(
                    left_line.contains(&format!("{shown}-left.txt")),
                    "{left_line:?} does not show {shown:?}"
                );
            }
        }
    }
}

#[test]
fn the_output_file_cannot_be_written() {
    let dir = TempDir::new().unwrap();
    for (hostile, shown) in HOSTILE {
        let output = dir
            .path()
            .join(format!("{hostile}-missing"))
            .join("out.txt");
        let out = parallax()
            .args(["report", "--sample", "--output", &text(&output)])
            .output()
            .unwrap();
        assert_output_clean(&format!("--output {hostile:?}"), &out);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert_eq!(err.lines().count(), 1, "{err:?}");
        assert!(err.contains(shown), "{err:?} does not show {shown:?}");
    }
}

#[test]
fn batch_with_hostile_paths() {
    let dir = TempDir::new().unwrap();
    let mut lines = String::new();
    for (hostile, _) in HOSTILE {
        let (left, right) = good_pair(&dir, hostile);
        let missing = dir.path().join(format!("{hostile}-gone.txt"));
        for (l, r) in [(&left, &right), (&left, &missing)] {
            let record = serde_json::json!({"left": text(l), "right": text(r)});
            lines.push_str(&format!("{record}\n"));
        }
    }
    let pairs = dir.path().join("pairs.jsonl");
    std::fs::write(&pairs, lines).unwrap();
    let out = parallax().args(["batch", &text(&pairs)]).output().unwrap();
    assert_output_clean("batch", &out);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 2 * HOSTILE.len());
    for line in stdout.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(record.is_object(), "{line}");
    }
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);

    // A pairs file that is itself missing under a hostile name.
    for (hostile, shown) in HOSTILE {
        let missing = dir.path().join(format!("{hostile}-pairs.tsv"));
        let out = parallax()
            .args(["batch", &text(&missing)])
            .output()
            .unwrap();
        assert_one_line_error(&format!("batch {hostile:?}"), &out, shown, "");
    }
}

#[test]
fn config_at_a_hostile_path() {
    let dir = TempDir::new().unwrap();
    for (hostile, shown) in HOSTILE {
        // Not there: `parallax config` names it, visibly.
        let absent = dir.path().join(format!("{hostile}-absent.toml"));
        let out = parallax()
            .arg("config")
            .env("PARALLAX_CONFIG", &absent)
            .output()
            .unwrap();
        assert_output_clean(&format!("config {hostile:?}"), &out);
        assert!(out.status.success());
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            stdout.lines().next().unwrap().contains(shown),
            "{stdout:?} does not show {shown:?}"
        );
        // Not valid TOML, a bad value, a folder: one-line errors.
        let syntax = dir.path().join(format!("{hostile}-syntax.toml"));
        std::fs::write(&syntax, "min-score = = 1\n").unwrap();
        let value = dir.path().join(format!("{hostile}-value.toml"));
        std::fs::write(&value, "format = \"\\u001b[2J\"\n").unwrap();
        let folder = dir.path().join(format!("{hostile}-folder.toml"));
        std::fs::create_dir(&folder).unwrap();
        for path in [&syntax, &value, &folder] {
            for args in [&["config"][..], &["report", "--sample"][..]] {
                let out = parallax()
                    .args(args)
                    .env("PARALLAX_CONFIG", path)
                    .output()
                    .unwrap();
                assert_one_line_error(&format!("{args:?} with {path:?}"), &out, shown, "");
            }
        }
    }
}

/// `s` without the SGR sequences (`ESC [ … m`) that colour clap's messages.
fn without_colours(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let params = &rest[at + 2..];
        let end = params
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(params.len());
        if params[end..].starts_with('m') {
            rest = &params[end + 1..];
        } else {
            // Not a colour: kept, for the check to find.
            out.push_str("\x1b[");
            rest = params;
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn usage_errors_quote_arguments_visibly() {
    for (hostile, shown) in HOSTILE {
        // In colour, clap writes its own styles, never the argument's escapes.
        for color in ["always", "never"] {
            let out = parallax()
                .args([
                    "report", "--color", color, "a.txt", "b.txt", "--format", hostile,
                ])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2));
            let err = without_colours(&String::from_utf8(out.stderr).unwrap());
            assert_clean(
                &format!("--format {hostile:?} --color {color}"),
                err.as_bytes(),
            );
            assert!(err.contains(shown), "{err:?} does not show {shown:?}");
            assert!(out.stdout.is_empty());
        }
    }
}

#[test]
fn bad_values_are_quoted_visibly_once() {
    for (hostile, shown) in HOSTILE {
        let out = parallax()
            .args(["report", "a.txt", "b.txt", "--encoding", hostile])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert_output_clean(&format!("--encoding {hostile:?}"), &out);
        let err = String::from_utf8(out.stderr).unwrap();
        let line = format!("\"{shown}\" is not an encoding Parallax knows");
        assert!(err.contains(&line), "{err:?} does not say {line:?}");
        // The same for a score, and for a value of a setting.
        let out = parallax()
            .args(["report", "a.txt", "b.txt", "--min-score", hostile])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        let line = format!("\"{shown}\" is not a number");
        assert!(err.contains(&line), "{err:?} does not say {line:?}");
        let out = parallax()
            .args(["report", "a.txt", "b.txt"])
            .env("PARALLAX_FORMAT", hostile)
            .output()
            .unwrap();
        assert_output_clean(&format!("PARALLAX_FORMAT={hostile:?}"), &out);
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err:?}");
        let line = format!("\"{shown}\" is not one of");
        assert!(err.contains(&line), "{err:?} does not say {line:?}");
    }
}

#[test]
fn a_hostile_review_file() {
    let dir = TempDir::new().unwrap();
    let machine = parallax()
        .args(["report", "--sample", "--format", "json"])
        .output()
        .unwrap();
    let machine: serde_json::Value = serde_json::from_slice(&machine.stdout).unwrap();
    let l1 = machine["reports"][0]["statements"][0]["text"]
        .as_str()
        .unwrap();
    let l1 = l1.split_whitespace().collect::<Vec<_>>().join(" ");
    for (hostile, shown) in HOSTILE {
        let review = serde_json::json!({
            "parallax_review": 1,
            "decisions": [
                {"do": "note", "left": [{"text": l1}], "note": format!("note {hostile}")},
                {"do": "link", "left": [{"text": format!("Gone {hostile}.")}],
                 "right": [{"text": l1}]},
            ]
        });
        let path = dir.path().join(format!("{hostile}-review.json"));
        std::fs::write(&path, review.to_string()).unwrap();
        for format in ["text", "markdown", "html", "json"] {
            let what = format!("review {hostile:?} as {format}");
            let review = text(&path);
            let args = [
                "report", "--sample", "--format", format, "--review", &review,
            ];
            let stdout = clean_success(&what, &args);
            if format == "text" {
                assert!(stdout.contains(&format!("note: note {shown}")), "{stdout}");
            }
        }
        // Not a review file: the error names it visibly, on one line.
        std::fs::write(&path, "{ not json").unwrap();
        let out = parallax()
            .args(["report", "--sample", "--review", &text(&path)])
            .output()
            .unwrap();
        assert_one_line_error(&format!("bad review {hostile:?}"), &out, shown, "");
    }
}

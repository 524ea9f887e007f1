//! The command line as a user runs it: good input, every kind of bad input, standard input.
//! Every JSON report is checked against the published schema (`schema/`).

mod input_common;

use input_common::{contract, json_report, parallax};
use predicates::prelude::*;
use std::path::Path;
use tempfile::TempDir;

fn sample(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

/// Runs `parallax report GOOD BAD` and `parallax report BAD GOOD`: exit status 2, nothing on
/// stdout, and one stderr line naming the bad file and the problem.
fn rejects(bad: &str, problem: &str) {
    rejects_with(bad, problem, &[]);
}

/// `rejects` with more options.
fn rejects_with(bad: &str, problem: &str, options: &[&str]) {
    input_common::refused_beside(&sample("kazemi-report-a.txt"), bad, problem, options);
}

#[test]
fn missing_file() {
    rejects("/no/such/dir/report.txt", "no such file");
}

#[test]
fn directory() {
    let dir = TempDir::new().unwrap();
    rejects(&dir.path().to_string_lossy(), "is a directory");
}

#[test]
fn binary_file() {
    let dir = TempDir::new().unwrap();
    // A format Parallax knows is named (tests/inputs.rs has the others) …
    let path = write(&dir, "image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    rejects(&path, "a PNG image");
    // … and any other binary file is one.
    let path = write(&dir, "data.bin", b"\x01\x02abcdef\0\0\x07IHDR");
    rejects(&path, "binary file (NUL byte at offset 8)");
}

#[test]
fn invalid_utf8() {
    let dir = TempDir::new().unwrap();
    // Latin-1 text is now read as Windows-1252 (tests/inputs.rs); named UTF-8, it is invalid.
    let path = write(&dir, "latin1.txt", b"Caf\xe9 society met on Sunday.");
    rejects_with(
        &path,
        "invalid UTF-8 at byte offset 3",
        &["--encoding", "utf-8"],
    );
    // Bytes that no encoding fits stay an error, with the way out.
    let path = write(&dir, "broken.txt", b"Caf\x81 society met on Sunday.");
    rejects(
        &path,
        "invalid UTF-8 at byte offset 3, and no other encoding fits (name the file's encoding with --encoding)",
    );
}

#[test]
fn empty_and_whitespace_only() {
    let dir = TempDir::new().unwrap();
    rejects(&write(&dir, "empty.txt", b""), "empty report");
    rejects(&write(&dir, "blank.txt", b"  \n\t\r\n \n"), "empty report");
}

#[test]
fn no_sentence() {
    let dir = TempDir::new().unwrap();
    rejects(
        &write(&dir, "dashes.txt", b"---\n***\n...\n"),
        "no sentence",
    );
}

#[test]
fn too_large() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(parallax::document::MAX_REPORT_BYTES + 1)
        .unwrap();
    rejects(&path.to_string_lossy(), "too large");
}

/// Hardening (issue 15): a report too large for an interactive comparison is refused up front
/// with one line that names it and says how to split it (exit status 2), never an allocation
/// abort: two 16 MiB files of "I." lines once took 9.7 GB.
#[test]
fn over_budget_reports_are_refused_with_advice() {
    let dir = TempDir::new().unwrap();
    let words = parallax::document::MAX_WORDS;
    let statements = parallax::document::MAX_STATEMENTS;
    // Too many words (refused before segmenting), then too many statements of few words.
    let tiny = write(&dir, "tiny-lines.txt", "I.\n".repeat(words + 1).as_bytes());
    rejects(&tiny, "too large for an interactive comparison");
    rejects(&tiny, "split it into parts");
    let short = write(
        &dir,
        "short-lines.txt",
        "It rained.\n".repeat(statements + 1).as_bytes(),
    );
    rejects(&short, "statements per report");
    // At the budget, a comparison runs.
    let fits = write(
        &dir,
        "fits.txt",
        "It rained.\n".repeat(statements).as_bytes(),
    );
    let out = parallax()
        .args([
            "report",
            &fits,
            &sample("kazemi-report-b.txt"),
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Hostile shapes that once made parsing quadratic or a word diff unbounded: one line with no
/// full stop, one paragraph of thousands of sentences, one enormous word.
#[test]
fn huge_shapes_finish() {
    let dir = TempDir::new().unwrap();
    let words = [
        "police", "said", "three", "killed", "on", "Sunday", "in", "Baghdad",
    ];
    let line: String = (0..40_000)
        .map(|i| words[i % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    let paragraph: String = (0..4_000)
        .map(|i| format!("Police said {i} people were killed."))
        .collect::<Vec<_>>()
        .join(" ");
    let word = "a".repeat(300_000);
    for (name, text) in [("line", line), ("paragraph", paragraph), ("word", word)] {
        let path = write(&dir, name, text.as_bytes());
        let json = json_report(&path, &sample("kazemi-report-b.txt"), &[]);
        for s in json["reports"][0]["statements"].as_array().unwrap() {
            let len = s["end"].as_u64().unwrap() - s["start"].as_u64().unwrap();
            assert!(len <= 2_000, "{name}: a statement of {len} bytes");
        }
    }
}

#[test]
fn both_from_stdin_is_refused() {
    parallax()
        .args(["report", "-", "-"])
        .write_stdin("A sentence.")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("standard input"));
}

#[test]
fn report_from_stdin() {
    let left = std::fs::read_to_string(sample("kazemi-report-a.txt")).unwrap();
    let out = parallax()
        .args([
            "report",
            "-",
            &sample("kazemi-report-b.txt"),
            "--format",
            "json",
        ])
        .write_stdin(left)
        .output()
        .unwrap();
    assert!(out.status.success());
    let json = contract::valid_report(&String::from_utf8(out.stdout).unwrap(), "the report");
    assert_eq!(json["reports"][0]["source"], "-");
    assert_eq!(json["reports"][0]["statements"][0]["id"], "L1");
}

#[test]
fn invalid_utf8_on_stdin_names_stdin() {
    parallax()
        .args(["report", "-", &sample("kazemi-report-b.txt")])
        .args(["--encoding", "utf-8"])
        .write_stdin(&b"ok\xff"[..])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "<stdin>: invalid UTF-8 at byte offset 2",
        ));
}

#[test]
fn json_report_of_the_sample_follows_version_1() {
    let out = parallax()
        .args(["report", "--sample", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json = contract::valid_report(&String::from_utf8(out.stdout).unwrap(), "the report");
    assert_eq!(json["parallax_report"], 1);
    let reports = json["reports"].as_array().unwrap();
    assert_eq!(reports[0]["side"], "left");
    assert_eq!(reports[1]["side"], "right");
    let text = std::fs::read_to_string(sample("kazemi-report-a.txt")).unwrap();
    for s in reports[0]["statements"].as_array().unwrap() {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
    }
    assert!(json["links"].is_array());
    assert!(json["only_left"].is_array() && json["only_right"].is_array());
}

#[test]
fn text_and_markdown_reports() {
    parallax()
        .args(["report", "--sample"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kazemi-report-a.txt"))
        .stdout(predicate::str::contains("L1"));
    parallax()
        .args(["report", "--sample", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Parallax"));
}

#[test]
fn every_format_says_what_linked_a_paraphrase() {
    let why =
        "linked by words that no other statement of either report uses: fire, live, ammunition";
    for (format, expected) in [
        ("text", format!("  ({why})")),
        ("markdown", format!("*{why}*")),
        ("html", format!("<p class=\"why\">{why}</p>")),
        ("json", format!("\"note\": \"{why}\"")),
    ] {
        parallax()
            .args(["report", "--sample", "--format", format])
            .assert()
            .success()
            .stdout(predicate::str::contains(expected));
    }
}

#[test]
fn html_report_is_one_escaped_page() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "x.txt",
        b"The <script>alert(1)</script> attack hit three homes.",
    );
    let out = parallax()
        .args(["report", &path, &path, "--format", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    assert!(!html.contains("<script>"), "article text must be escaped");
    assert!(html.contains("&lt;script&gt;"));
}

#[test]
fn utf16_and_crlf_reports_are_read() {
    let dir = TempDir::new().unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Three drones hit the house.\r\nTwo were shot down.\r\n"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    let path = write(&dir, "utf16.txt", &utf16);
    let out = parallax()
        .args(["report", &path, &path, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json = contract::valid_report(&String::from_utf8(out.stdout).unwrap(), "the report");
    let statements = json["reports"][0]["statements"].as_array().unwrap();
    assert_eq!(statements.len(), 2);
    assert_eq!(statements[1]["text"], "Two were shot down.");
}

#[test]
fn escape_sequences_never_reach_stdout() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "evil.txt",
        b"Evil \x1b]0;pwned\x07title here.\x1b[2J\x1b[31m Red text follows.\x9b",
    );
    // \x9b alone is invalid UTF-8: named UTF-8, rejected, not printed …
    let out = parallax()
        .args(["report", &path, &path, "--encoding", "utf-8"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // … detected, Windows-1252 ("›"), never an 8-bit CSI.
    let legacy = path;
    let path = write(
        &dir,
        "evil2.txt",
        "Evil \x1b]0;pwned\x07title here.\x1b[2J\x1b[31m Red text \u{9b}31m follows.".as_bytes(),
    );
    for (format, path) in ["text", "json", "markdown", "html"]
        .into_iter()
        .flat_map(|f| [(f, &path), (f, &legacy)])
    {
        let out = parallax()
            .args(["report", path, path, "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(
            !stdout.chars().any(|c| c.is_control() && c != '\n'),
            "{format}: {stdout:?}"
        );
        assert!(
            !stdout.contains("\\u001b"),
            "{format}: escaped ESC in output"
        );
    }
}

#[test]
fn bad_options_are_usage_errors() {
    parallax()
        .args(["report", "--min-score", "7"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not between 0 and 1"));
    parallax().args(["report", "only-one.txt"]).assert().code(2);
}

#[test]
fn help_lists_the_commands() {
    parallax()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("report"))
        .stdout(predicate::str::contains("--min-score"));
    assert!(Path::new(&sample("kazemi-report-b.txt")).exists());
}

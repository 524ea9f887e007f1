//! Shared by the tests of real inputs (files and URLs): running the binary, reading its JSON
//! report, and checking a refusal.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

#[path = "../contract/mod.rs"]
pub mod contract;

pub fn parallax() -> Command {
    let mut cmd = Command::cargo_bin("parallax").expect("the binary is built");
    // Tests fetch only from the server they start on 127.0.0.1: never through a proxy.
    for var in [
        "http_proxy",
        "HTTP_PROXY",
        "https_proxy",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_PROXY", "127.0.0.1,localhost");
    // A developer's own settings never change what the tests see.
    for var in [
        "PARALLAX_MIN_SCORE",
        "PARALLAX_FORMAT",
        "PARALLAX_COLOR",
        "PARALLAX_THEME",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("PARALLAX_CONFIG", "/nonexistent/parallax/config.toml");
    cmd
}

/// A fixture under tests/inputs/.
pub fn fixture(name: &str) -> String {
    format!("{}/tests/inputs/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `parallax report LEFT RIGHT --format json` (plus `options`), which must succeed and follow
/// the published schema.
pub fn json_report(left: &str, right: &str, options: &[&str]) -> Value {
    let out = parallax()
        .args(["report", left, right, "--format", "json"])
        .args(options)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{left} {right}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let what = format!("report {left} {right} {options:?}");
    let json = contract::valid_report(&String::from_utf8(out.stdout).unwrap(), &what);
    contract::consistent(&json, &what);
    json
}

/// The statement texts of one report of a JSON report (0 left, 1 right).
pub fn statements(json: &Value, side: usize) -> Vec<String> {
    json["reports"][side]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap().to_string())
        .collect()
}

/// Runs `parallax report` with `bad` on either side of a good report (plus `options`): exit
/// status 2, nothing on stdout, one line on stderr that names `bad` and says `problem`.
pub fn refused(bad: &str, problem: &str, options: &[&str]) {
    refused_beside(&fixture("ferry-daily.txt"), bad, problem, options);
}

/// `refused`, with `good` as the other report.
pub fn refused_beside(good: &str, bad: &str, problem: &str, options: &[&str]) {
    for args in [[good, bad], [bad, good]] {
        let out = parallax()
            .arg("report")
            .args(args)
            .args(options)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}: stdout not empty");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(bad), "{err} does not name {bad}");
        assert!(err.contains(problem), "{err} does not say {problem}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// What a comparison says, whatever the reports were read from: statements with their spans,
/// links, and what only one report says.
pub fn verdicts(json: &Value) -> Value {
    let mut v = json.clone();
    for report in v["reports"].as_array_mut().unwrap() {
        let r = report.as_object_mut().unwrap();
        for field in [
            "source", "format", "encoding", "byline", "date", "url", "outlet", "spans_in", "text",
        ] {
            r.remove(field);
        }
    }
    v
}

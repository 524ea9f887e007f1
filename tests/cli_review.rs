//! `--review FILE` on the command line: `parallax report` applies a review and shows what was
//! decided by hand in every format; a corrupt or foreign review file is refused, named and
//! left as it is, by the report and the reader alike.

mod input_common;

use input_common::{contract, parallax};
use predicates::prelude::*;
use serde_json::{Value, json};
use tempfile::TempDir;

fn sample(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn report(args: &[&str]) -> String {
    let out = parallax()
        .arg("report")
        .args([sample("kazemi-report-a.txt"), sample("kazemi-report-b.txt")])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The text of statement `id` ("L17") as the JSON report gives it, on one line.
fn text_of(json: &Value, id: &str) -> String {
    let side = if id.starts_with('L') { 0 } else { 1 };
    let statements = json["reports"][side]["statements"].as_array().unwrap();
    let s = statements.iter().find(|s| s["id"] == id).unwrap();
    let text = s["text"].as_str().unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A review of the sample pair: the conflict L17 ↔ R7 is an agreement after all (with a note),
/// L6 ↔ R9 is no link, a note on L1, and a decision about a sentence that is not there.
fn write_review(dir: &TempDir) -> String {
    let machine: Value = serde_json::from_str(&report(&["--format", "json"])).unwrap();
    let a = |id: &str| json!([{ "text": text_of(&machine, id) }]);
    let review = json!({
        "parallax_review": 1,
        "decisions": [
            {"do": "verdict", "left": a("L17"), "right": a("R7"), "relation": "agree"},
            {"do": "note", "left": a("L17"), "right": a("R7"), "note": "both say it happened"},
            {"do": "unlink", "left": a("L6"), "right": a("R9")},
            {"do": "note", "left": a("L1"), "note": "NBC only"},
            {"do": "link", "left": [{"text": "A sentence no report has."}], "right": a("R1")},
        ]
    });
    let path = dir.path().join("review.json");
    std::fs::write(&path, serde_json::to_string_pretty(&review).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn report_with_a_review_in_every_format() {
    let dir = TempDir::new().unwrap();
    let review = write_review(&dir);
    let before = std::fs::read(&review).unwrap();

    let text = report(&["--review", &review]);
    assert!(text.contains("AGREE L17 ~ R7"), "{text}");
    assert!(!text.contains("RELATED L6 ~ R9"), "{text}");
    assert!(text.contains("\nDECIDED BY HAND\n"), "{text}");
    for line in [
        "  AGREE L17 ↔ R7: verdict set by hand (Parallax said conflict)\n    note: both say it happened",
        "  UNLINKED L6 ↔ R9: unlinked by hand (Parallax said related)",
        "  NOTE L1: note on the statement\n    note: NBC only",
        "  NOT APPLIED link left \"A sentence no report has.\"",
    ] {
        assert!(text.contains(line), "{line:?} in:\n{text}");
    }

    let md = report(&["--review", &review, "--format", "markdown"]);
    assert!(md.contains("## Decided by hand"), "{md}");
    assert!(
        md.contains("- **agree** L17 ↔ R7: verdict set by hand (Parallax said conflict)"),
        "{md}"
    );
    assert!(md.contains("  - note: both say it happened"), "{md}");

    let html = report(&["--review", &review, "--format", "html"]);
    assert!(html.contains("<h2>Decided by hand</h2>"), "{html}");
    assert!(
        html.contains("verdict set by hand (Parallax said conflict)"),
        "{html}"
    );
    assert!(html.contains("note: NBC only"), "{html}");
    assert!(html.trim_end().ends_with("</body></html>"), "{html}");

    // The reviewed report still follows the published schema (`review` is one more field) and
    // is consistent (link ids, summary counts).
    let json = contract::valid_report(
        &report(&["--review", &review, "--format", "json"]),
        "the report with a review",
    );
    contract::consistent(&json, "the report with a review");
    assert_eq!(json["parallax_report"], 1);
    let r = &json["review"];
    assert_eq!(
        r["links"][0],
        json!({"left": ["L17"], "right": ["R7"], "relation": "agree", "linked_by_hand": false,
               "machine_relation": "conflict", "note": "both say it happened"})
    );
    assert_eq!(
        r["unlinked"],
        json!([{"left": ["L6"], "right": ["R9"], "machine_relation": "related"}])
    );
    assert_eq!(r["notes"], json!([{"statement": "L1", "note": "NBC only"}]));
    assert_eq!(r["not_applied"].as_array().unwrap().len(), 1);
    // The links themselves carry the review.
    let links = json["links"].as_array().unwrap();
    let l17 = links.iter().find(|l| l["left"] == json!(["L17"])).unwrap();
    assert_eq!(l17["relation"], "agree");
    assert!(!links.iter().any(|l| l["left"] == json!(["L6"])));
    assert!(json["only_left"].as_array().unwrap().contains(&json!("L6")));

    // The report only reads the review.
    assert_eq!(std::fs::read(&review).unwrap(), before);
    // Without --review, the report is Parallax's own.
    assert!(!report(&[]).contains("DECIDED BY HAND"));
}

#[test]
fn a_read_only_review_is_applied() {
    let dir = TempDir::new().unwrap();
    let review = write_review(&dir);
    let mut perms = std::fs::metadata(&review).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&review, perms).unwrap();
    assert!(report(&["--review", &review]).contains("AGREE L17 ~ R7"));
}

#[test]
fn report_with_a_missing_review_file_is_an_error() {
    parallax()
        .arg("report")
        .args([sample("kazemi-report-a.txt"), sample("kazemi-report-b.txt")])
        .args(["--review", "/no/such/review.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("parallax: /no/such/review.json: no such review file\n");
    // Without reports, `report` is a usage error first (issue 12: the sample pair only with
    // --sample); still status 2, and nothing on stdout.
    parallax()
        .args(["report", "--review", "/no/such/review.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "the reports to compare are missing",
        ));
    parallax()
        .args(["report", "--sample", "--review", "/no/such/review.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("parallax: /no/such/review.json: no such review file\n");
}

#[test]
fn corrupt_and_foreign_review_files_are_refused_named_and_kept() {
    let dir = TempDir::new().unwrap();
    for (name, content) in [
        ("corrupt.json", "{\"parallax_review\": 1, \"decisions\": ["),
        (
            "package.json",
            "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}",
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let path = path.to_string_lossy().into_owned();
        // The report and the reader (which refuses before taking the terminal).
        for report in [true, false] {
            let mut cmd = parallax();
            if report {
                cmd.arg("report");
            }
            cmd.args([sample("kazemi-report-a.txt"), sample("kazemi-report-b.txt")])
                .args(["--review", &path])
                .env("XDG_DATA_HOME", dir.path())
                .assert()
                .code(2)
                .stdout("")
                .stderr(
                    predicate::str::starts_with(format!("parallax: {path}: not a Parallax review"))
                        .and(predicate::str::contains("left as it is")),
                );
        }
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            content
        );
    }
}

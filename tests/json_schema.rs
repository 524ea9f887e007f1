//! The JSON contract: the schemas under `schema/` are generated from the report's Rust types and
//! checked in; every JSON report Parallax writes validates against them.

mod contract;

use std::path::Path;

use assert_cmd::Command;
use parallax::align::AlignOptions;
use parallax::document::Document;
use parallax::report::{Meta, json, to_json};
use tempfile::TempDir;

/// With `UPDATE_SCHEMA=1`, writes the generated schemas instead of comparing them.
#[test]
fn checked_in_schemas_are_the_generated_ones() {
    for (name, generated) in [
        (contract::REPORT, json::report_schema()),
        (contract::BATCH_ERROR, json::batch_error_schema()),
    ] {
        let path = contract::schema_path(name);
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == generated,
            "schema/{name} is not what the Rust types generate: run \
             `UPDATE_SCHEMA=1 cargo test --test json_schema` and commit the file"
        );
    }
}

#[test]
fn the_schema_is_draft_2020_12_and_documents_its_fields() {
    let schema: serde_json::Value = serde_json::from_str(&json::report_schema()).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let text = json::report_schema();
    for needle in [
        "\"parallax_report\"",
        "\"evidence\"",
        "\"summary\"",
        "\"outlet\"",
    ] {
        assert!(text.contains(needle), "{needle}");
    }
}

/// Every gold pair (development and held-out sets) and the bundled sample, through the library.
#[test]
fn every_gold_pair_gives_a_valid_report() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut pairs = Vec::new();
    for set in std::fs::read_dir(&gold).unwrap() {
        let set = set.unwrap().path();
        if !set.is_dir() {
            continue;
        }
        for pair in std::fs::read_dir(&set).unwrap() {
            let pair = pair.unwrap().path();
            if pair.join("left.txt").is_file() && pair.join("right.txt").is_file() {
                pairs.push(pair);
            }
        }
    }
    assert!(pairs.len() >= 10, "gold pairs found: {}", pairs.len());
    let options = AlignOptions::default();
    let meta = Meta::new(&options);
    let load = |p: &Path| Document::load(&p.to_string_lossy()).unwrap();
    let mut comparisons = vec![(
        "the sample".to_string(),
        parallax::sample::documents(),
        options.clone(),
    )];
    for pair in pairs {
        comparisons.push((
            pair.display().to_string(),
            (load(&pair.join("left.txt")), load(&pair.join("right.txt"))),
            options.clone(),
        ));
    }
    let mut dated = 0;
    for (what, (l, r), options) in comparisons {
        let c = parallax::analyze(l, r, &options);
        let json = contract::valid_report(&to_json(&c, &meta), &what);
        contract::consistent(&json, &what);
        for report in json["reports"].as_array().unwrap() {
            if report["date"].is_string() && report["outlet"].is_string() {
                dated += 1;
            }
        }
    }
    assert!(
        dated > 0,
        "no gold report with a dateline and a URL in its header"
    );
}

fn parallax() -> Command {
    Command::cargo_bin("parallax").expect("the binary is built")
}

fn sample(name: &str) -> String {
    format!("{}/assets/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The command line's JSON: the sample, every link dropped, every candidate kept, hostile text
/// (the other command line tests check theirs too).
#[test]
fn every_command_line_json_report_is_valid() {
    let dir = TempDir::new().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_string_lossy().into_owned()
    };
    let hostile = write(
        "hostile.txt",
        b"Breaking <script>alert(1)</script>\n\nThe \"><img src=x onerror=alert(1)> attack hit \
          three homes on Sunday. Police said \x1b[31mtwo\x1b[0m people died.",
    );
    let (a, b) = (sample("kazemi-report-a.txt"), sample("kazemi-report-b.txt"));
    let runs: Vec<Vec<&str>> = vec![
        vec!["--sample"],
        vec![&a, &b, "--min-score", "1"],
        vec![&a, &b, "--min-score", "0"],
        vec![&hostile, &a],
        vec![&b, &hostile],
    ];
    for args in runs {
        let out = parallax()
            .arg("report")
            .args(&args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        let what = format!("report {args:?}");
        let json = contract::valid_report(&String::from_utf8(out.stdout).unwrap(), &what);
        contract::consistent(&json, &what);
        assert_eq!(json["tool"]["version"], env!("CARGO_PKG_VERSION"));
    }
}

#[test]
fn settings_and_evidence_are_reported() {
    let out = parallax()
        .args([
            "report",
            "--sample",
            "--format",
            "json",
            "--min-score",
            "0.3",
        ])
        .output()
        .unwrap();
    let json = contract::valid_report(&String::from_utf8(out.stdout).unwrap(), "sample");
    assert_eq!(json["settings"]["min_score"], 0.3);
    let anchored = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["evidence"]["kind"] == "anchors")
        .expect("the sample has a link made by anchor words");
    let words: Vec<&str> = anchored["evidence"]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert_eq!(
        anchored["evidence"]["note"],
        format!(
            "linked by words that no other statement of either report uses: {}",
            words.join(", ")
        )
    );
    assert_eq!(json["reports"][0]["title"], "kazemi-report-a.txt");
    assert!(json["reports"][0]["outlet"].is_null());
}

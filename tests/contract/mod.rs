//! The JSON contract, for the tests that check outputs against it: the schemas checked in under
//! `schema/`, compiled once per test binary.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::LazyLock;

use jsonschema::Validator;
use serde_json::Value;

/// The report's schema file name, and the batch error record's.
pub const REPORT: &str = "report.schema.json";
pub const BATCH_ERROR: &str = "batch-error.schema.json";

pub fn schema_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name)
}

fn compile(name: &str) -> Validator {
    let text = std::fs::read_to_string(schema_path(name)).expect("the schema is checked in");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

static REPORT_SCHEMA: LazyLock<Validator> = LazyLock::new(|| compile(REPORT));
static BATCH_ERROR_SCHEMA: LazyLock<Validator> = LazyLock::new(|| compile(BATCH_ERROR));

fn check(validator: &Validator, json: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(json)
        .take(10)
        .map(|e| format!("{e} (at {})", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what} breaks the schema: {errors:#?}");
}

/// Parses `text` as JSON and checks it against the report schema.
pub fn valid_report(text: &str, what: &str) -> Value {
    let json: Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{what} is not JSON: {e}"));
    check(&REPORT_SCHEMA, &json, what);
    json
}

/// Parses `text` as JSON and checks it against the batch error record's schema.
pub fn valid_batch_error(text: &str, what: &str) -> Value {
    let json: Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{what} is not JSON: {e}"));
    check(&BATCH_ERROR_SCHEMA, &json, what);
    json
}

/// Whether `json` (a valid report) is self-consistent beyond what a schema can say: the ids in
/// links and only-lists name statements of the report, link ids are link-1, link-2, … in order,
/// and the summary counts what the report lists.
pub fn consistent(json: &Value, what: &str) {
    let ids = |side: usize| -> Vec<String> {
        json["reports"][side]["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    let (left, right) = (ids(0), ids(1));
    let links = json["links"].as_array().unwrap();
    for (k, link) in links.iter().enumerate() {
        assert_eq!(link["id"], format!("link-{}", k + 1), "{what}");
        for (key, known) in [("left", &left), ("right", &right)] {
            for id in link[key].as_array().unwrap() {
                assert!(known.iter().any(|s| s == id), "{what}: {id} unknown");
            }
        }
    }
    let summary = &json["summary"];
    assert_eq!(summary["links"], links.len(), "{what}");
    for relation in ["agree", "related", "conflict"] {
        let n = links.iter().filter(|l| l["relation"] == relation).count();
        assert_eq!(summary[relation], n, "{what}: {relation}");
    }
    for side in ["only_left", "only_right"] {
        assert_eq!(
            summary[side],
            json[side].as_array().unwrap().len(),
            "{what}: {side}"
        );
    }
    // The closest statements are told of statements in no link only, and are the other
    // report's, likeliest first.
    let only: Vec<&serde_json::Value> = ["only_left", "only_right"]
        .iter()
        .flat_map(|side| json[side].as_array().unwrap())
        .collect();
    for near in json["closest"].as_array().unwrap() {
        let id = &near["id"];
        assert!(only.contains(&id), "{what}: {id} is linked");
        let other = if id.as_str().unwrap().starts_with('L') {
            &right
        } else {
            &left
        };
        let candidates = near["candidates"].as_array().unwrap();
        assert!((1..=3).contains(&candidates.len()), "{what}: {id}");
        let p: Vec<f64> = candidates
            .iter()
            .map(|c| c["probability"].as_f64().unwrap())
            .collect();
        assert!(p.windows(2).all(|w| w[0] >= w[1]), "{what}: {id} {p:?}");
        assert!(p.iter().all(|&x| (0.1..=1.0).contains(&x)), "{what}: {p:?}");
        for c in candidates {
            assert!(other.iter().any(|s| *s == c["id"]), "{what}: {id}");
        }
    }
    let findings: usize = links
        .iter()
        .map(|l| l["findings"].as_array().unwrap().len())
        .sum();
    let counted: u64 = summary["findings"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(counted, findings as u64, "{what}: findings");
}

//! Writes the link features of every statement pair of the gold report pairs, for fitting the
//! link model (`scripts/fit_links.py`). Not a test: run it by hand,
//! `PARALLAX_FEATURES=/tmp/features.jsonl cargo test --release --test dump_features -- --ignored`
//! (`PARALLAX_SETS=tests/gold/real-heldout4,…` to read other real sets instead).
//!
//! Real pairs (`tests/gold/real*/`: gold needles) are labelled by the script; written pairs
//! (gold statement ids) are labelled here: `y` is 1 for a gold link, 0 for a pair the gold does
//! not accept, and absent for an optional link.

use std::collections::HashMap;
use std::path::Path;

use parallax::document::Document;
use serde_json::{Value, json};

/// The written development pairs: the sample and the pairs not held out.
const WRITTEN: &[&str] = &[
    "pairs/factory-fire",
    "pairs/mine-rescue",
    "pairs/earthquake-peru",
    "pairs/election-montenegro",
    "pairs/court-lyon",
    "pairs/earnings-brenner",
    "pairs/protest-lapaz",
    "pairs-dev2/wildfire-sithonia",
    "pairs-dev2/rates-prague",
    "pairs-dev2/riot-turi",
    "pairs-dev2/cyclone-toamasina",
    "pairs-dev2/portstrike-santos",
    "pairs-dev2/border-fashaga",
];

fn load(path: &Path) -> Document {
    Document::load(path.to_str().unwrap()).unwrap()
}

fn spans(d: &Document) -> Vec<(usize, usize)> {
    d.statements
        .iter()
        .map(|s| (s.span.start, s.span.end))
        .collect()
}

/// Gold labels of a written pair by (left, right) statement index.
fn written_labels(links: &Value) -> HashMap<(usize, usize), bool> {
    let index = |id: &Value| id.as_str().unwrap()[1..].parse::<usize>().unwrap() - 1;
    let mut out = HashMap::new();
    for l in links["links"].as_array().unwrap() {
        let optional = l["optional"].as_bool().unwrap_or(false);
        for a in l["left"].as_array().unwrap() {
            for b in l["right"].as_array().unwrap() {
                let e = out.entry((index(a), index(b))).or_insert(!optional);
                *e |= !optional;
            }
        }
    }
    out
}

#[test]
#[ignore = "writes the features of the gold pairs for fitting; run by hand"]
fn dump_features() {
    let out = std::env::var("PARALLAX_FEATURES").expect("PARALLAX_FEATURES names the output");
    let mut lines = Vec::new();
    let mut emit = |pair: &str, l: &Document, r: &Document, labels: Option<&HashMap<_, _>>| {
        for (i, j, cand, f) in parallax::align::all_features(l, r) {
            let mut row = json!({
                "pair": pair, "i": i, "j": j, "cand": cand, "f": f,
                "ls": spans(l)[i], "rs": spans(r)[j],
            });
            if let Some(labels) = labels {
                match labels.get(&(i, j)) {
                    Some(true) => row["y"] = json!(1),
                    Some(false) => continue,
                    None => row["y"] = json!(0),
                }
            }
            lines.push(row.to_string());
        }
    };
    // The real sets fitted on; PARALLAX_SETS (comma-separated folders) reads others instead,
    // to look at the features of pairs never fitted on.
    let sets = std::env::var("PARALLAX_SETS")
        .unwrap_or_else(|_| "tests/gold/real,tests/gold/real-heldout".to_string());
    for set in sets.split(',') {
        let mut dirs: Vec<_> = std::fs::read_dir(set)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("gold.json").exists())
            .collect();
        dirs.sort();
        for dir in dirs {
            let (l, r) = (load(&dir.join("left.txt")), load(&dir.join("right.txt")));
            emit(dir.to_str().unwrap(), &l, &r, None);
        }
    }
    let (l, r) = parallax::sample::documents();
    let gold: Value = serde_json::from_str(include_str!("gold/kazemi-links.json")).unwrap();
    emit("written/kazemi", &l, &r, Some(&written_labels(&gold)));
    for pair in WRITTEN {
        let dir = Path::new("tests/gold").join(pair);
        let (l, r) = (load(&dir.join("left.txt")), load(&dir.join("right.txt")));
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("links.json")).unwrap())
                .unwrap();
        emit(
            &format!("written/{pair}"),
            &l,
            &r,
            Some(&written_labels(&gold)),
        );
    }
    std::fs::write(out, lines.join("\n") + "\n").unwrap();
}
